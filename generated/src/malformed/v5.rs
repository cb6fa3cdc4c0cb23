//! MQTT 5.0 cases of the malformed builder: start from [`Malformed::v5`]
//! (a 5.0 encoding with field positions, so `properties_length`,
//! `properties[i]`, `will_properties_length`, `reason_code`, `options[i]`
//! can be addressed), then use the tweaks and constructors below.

use std::ops::Range;

use super::Malformed;
use crate::codec::{
    encode_var_int, hex, Connect, Packet, Property, ProtocolVersion, Publish, QoS, SubOptions, Subscribe, Will,
};

/// Shared-subscription filters that break spec 4.8.2: no topic filter, an
/// empty ShareName, a wildcard in the ShareName, no separator after it.
pub const INVALID_SHARED_FILTERS: &[&str] = &["$share/g", "$share//t", "$share/g+/t", "$share/g#/t", "$share/"];

impl Malformed {
    /// Start from a well-formed packet's 5.0 encoding.
    ///
    /// ```
    /// use mqtt_conformance::codec::{Property, Publish, PubAck};
    /// use mqtt_conformance::malformed::Malformed;
    ///
    /// // Topic Alias 0 [MQTT-3.3.2-8].
    /// let _ = Malformed::topic_alias("t", 0);
    /// // PUBLISH properties that claim one byte more than they have.
    /// let _ = Malformed::v5(Publish::new("t", "x").property(Property::TopicAlias(1))).properties_length(4);
    /// // PUBACK with a Reason Code not valid for it (0x8F is SUBACK/UNSUBACK/DISCONNECT).
    /// let _ = Malformed::v5(PubAck::new(1)).reason_code(0x8f);
    /// ```
    pub fn v5(packet: impl Into<Packet>) -> Malformed {
        Malformed::new_for(packet.into(), ProtocolVersion::V5)
    }

    /// `packet` (5.0) with `property` appended to its properties: a
    /// property in the wrong packet, or a second one of a kind that must
    /// not repeat. Panics for packets without properties (PINGREQ/PINGRESP).
    pub fn with_property(packet: impl Into<Packet>, property: Property) -> Malformed {
        let mut p = packet.into();
        let note = property.summary();
        p.properties_mut().expect("packet has no properties").push(property);
        Malformed::v5(p).note(format!("added {note}"))
    }

    /// `packet` (5.0) carrying `property` twice.
    pub fn duplicate_property(packet: impl Into<Packet>, property: Property) -> Malformed {
        let mut p = packet.into();
        let note = property.summary();
        let props = p.properties_mut().expect("packet has no properties");
        props.push(property.clone());
        props.push(property);
        Malformed::v5(p).note(format!("{note} twice"))
    }

    /// A QoS 0 PUBLISH on `topic` with Topic Alias `alias` (0 is never
    /// valid; above the server's Topic Alias Maximum neither).
    pub fn topic_alias(topic: &str, alias: u16) -> Malformed {
        Malformed::v5(Publish::new(topic, "alias").property(Property::TopicAlias(alias)))
            .note(format!("Topic Alias {alias}"))
    }

    /// A QoS 0 PUBLISH on `topic` of `size` bytes on the wire (e.g.
    /// Maximum Packet Size + 1). Where the Remaining Length gains a byte
    /// (e.g. 130 bytes for topic "t") no such packet exists and it is one
    /// byte longer; it is never shorter.
    pub fn publish_of_size(topic: &str, size: usize) -> Malformed {
        let len = |n: usize| Packet::from(Publish::new(topic, vec![0u8; n])).encode_v5().len();
        let base = len(0);
        assert!(size >= base, "a PUBLISH on {topic:?} takes at least {base} bytes");
        let mut payload = size - base;
        // Each extra Remaining Length byte takes one from the payload.
        while len(payload) > size {
            payload -= 1;
        }
        if len(payload) < size {
            payload += 1;
        }
        let m = Malformed::v5(Publish::new(topic, vec![b'x'; payload]));
        let total = m.to_bytes().len();
        m.note(format!("{total} bytes in all"))
    }

    /// SUBSCRIBE to `filter` with Subscription Identifier 0 (a Protocol Error, spec 3.8.2.1.2).
    pub fn subscription_identifier_zero(filter: &str) -> Malformed {
        Malformed::v5(Subscribe::one(1, filter, QoS::AtMostOnce).property(Property::SubscriptionIdentifier(0)))
            .note("Subscription Identifier 0".into())
    }

    /// SUBSCRIBE to `filter` with `options` as given (e.g. Retain Handling 3,
    /// or No Local on a `$share` filter).
    pub fn subscribe_options(filter: &str, qos: QoS, options: SubOptions) -> Malformed {
        let byte = options.byte(qos);
        Malformed::v5(Subscribe::one(1, filter, qos).with_options(options)).note(format!("options=0x{byte:02x}"))
    }

    /// SUBSCRIBE with Retain Handling 3 (a Protocol Error).
    pub fn retain_handling_3(filter: &str) -> Malformed {
        Malformed::subscribe_options(filter, QoS::AtMostOnce, SubOptions::default().retain_handling(3))
    }

    /// SUBSCRIBE to `$share/{group}/{filter}` with No Local set [MQTT-3.8.3-4].
    pub fn no_local_shared(group: &str, filter: &str) -> Malformed {
        let f = format!("$share/{group}/{filter}");
        Malformed::subscribe_options(&f, QoS::AtMostOnce, SubOptions::default().no_local(true))
    }

    /// SUBSCRIBE (5.0) to a malformed shared filter, e.g. one of
    /// [`INVALID_SHARED_FILTERS`].
    pub fn shared_filter(filter: &str) -> Malformed {
        Malformed::v5(Subscribe::one(1, filter, QoS::AtMostOnce)).note(format!("filter {filter:?}"))
    }

    /// A 5.0 CONNECT with a will whose Will Properties block is replaced by
    /// `block` (Property Length included): by default an undefined property
    /// identifier 0x7f.
    pub fn bad_will_properties(client_id: &str, block: Option<&[u8]>) -> Malformed {
        let c = Connect::v5(client_id).will(Will::new("will/t", "w", QoS::AtMostOnce, false));
        Malformed::v5(c).will_properties_bytes(block.unwrap_or(&[0x01, 0x7f]))
    }

    /// Declare a Property Length of `n` for the packet's properties (the
    /// properties themselves unchanged).
    pub fn properties_length(self, n: u32) -> Self {
        let mut b = vec![];
        encode_var_int(n, &mut b);
        self.field_bytes("properties_length", &b)
    }

    /// Declare a Property Length of `n` for the Will Properties.
    pub fn will_properties_length(self, n: u32) -> Self {
        let mut b = vec![];
        encode_var_int(n, &mut b);
        self.field_bytes("will_properties_length", &b)
    }

    /// Replace the whole Will Properties (length and properties) with `bytes`.
    pub fn will_properties_bytes(mut self, bytes: &[u8]) -> Self {
        let start =
            self.raw.field("will_properties_length").expect("no Will Properties: not a 5.0 CONNECT with a will");
        let end = self.raw.field("will_topic").expect("will_topic").range.start;
        let range = start.range.start..end;
        self.splice(range, bytes, "will_properties");
        self.note(format!("will properties=[{}]", hex(bytes)))
    }

    /// Set the Reason Code byte, adding it after the packet id (or as the
    /// whole body of DISCONNECT/AUTH) when the short form left it out.
    pub fn reason_code(mut self, code: u8) -> Self {
        if self.raw.field("reason_code").is_some() {
            return self.field_bytes("reason_code", &[code]);
        }
        let at = self.raw.body.len();
        self.raw.body.push(code);
        self.raw.fields.push(crate::codec::Field {
            name: "reason_code".into(),
            kind: crate::codec::FieldKind::U8,
            range: at..at + 1,
        });
        self.note(format!("reason_code=0x{code:02x}"))
    }

    /// Replace `range` of the body, dropping the fields inside it (one new
    /// field `name` covers the bytes) and moving the ones after it.
    fn splice(&mut self, range: Range<usize>, bytes: &[u8], name: &str) {
        let delta = bytes.len() as isize - range.len() as isize;
        self.raw.body.splice(range.clone(), bytes.iter().copied());
        self.raw.fields.retain(|f| f.range.end <= range.start || f.range.start >= range.end);
        for f in &mut self.raw.fields {
            if f.range.start >= range.end {
                f.range = (f.range.start as isize + delta) as usize..(f.range.end as isize + delta) as usize;
            }
        }
        let at = self.raw.fields.iter().position(|f| f.range.start >= range.start).unwrap_or(self.raw.fields.len());
        let kind = crate::codec::FieldKind::Raw;
        self.raw
            .fields
            .insert(at, crate::codec::Field { name: name.into(), kind, range: range.start..range.start + bytes.len() });
    }
}

/// `n` QoS 1 PUBLISHes on `topic` with packet ids `first_id`, `first_id+1`,
/// ... and payloads "0", "1", ...: sent without waiting for PUBACKs, more
/// than the server's Receive Maximum exceeds it.
/// Ids wrap from 65535 to 1 (0 is not a packet identifier).
pub fn qos1_publishes(topic: &str, n: u16, first_id: u16) -> Vec<Publish> {
    let first = first_id.max(1) as u32;
    (0..n as u32)
        .map(|i| {
            let id = ((first - 1 + i) % 65_535 + 1) as u16;
            Publish::new(topic, i.to_string()).qos(QoS::AtLeastOnce, id)
        })
        .collect()
}
