//! MQTT 5.0 encoding: the 3.1.1 layout plus properties, reason codes and
//! subscription options. Field names add `properties_length`,
//! `properties[i]` (one whole property), `will_properties_length`,
//! `will_properties[i]`, `reason_code`, `reason_code[i]`, `options[i]`.

use super::encode::{encode_remaining_length, EncodeError, FieldKind, RawPacket, Writer};
use super::packet::Packet;
use super::properties::{Properties, Property};
use super::reason::ReasonCode;
use super::types::*;

/// Largest Variable Byte Integer (spec 1.5.5).
pub const MAX_VAR_INT: u32 = 268_435_455;

pub(super) fn to_raw_v5(p: &Packet) -> Result<RawPacket, EncodeError> {
    let mut w = Writer::default();
    let ty = p.packet_type();
    let mut flags = ty.fixed_flags().unwrap_or(0);
    match p {
        Packet::Connect(c) => {
            w.string("protocol_name", &c.protocol_name)?;
            w.u8("protocol_level", c.protocol_level);
            let mut f = 0u8;
            if c.clean_session {
                f |= 0x02;
            }
            if let Some(will) = &c.will {
                f |= 0x04 | ((will.qos as u8) << 3);
                if will.retain {
                    f |= 0x20;
                }
            }
            if c.password.is_some() {
                f |= 0x40;
            }
            if c.username.is_some() {
                f |= 0x80;
            }
            w.u8("connect_flags", f);
            w.u16("keep_alive", c.keep_alive);
            w.properties("", &c.properties)?;
            w.string("client_id", &c.client_id)?;
            if let Some(will) = &c.will {
                w.properties("will_", &will.properties)?;
                w.string("will_topic", &will.topic)?;
                w.binary("will_payload", &will.payload)?;
            }
            if let Some(u) = &c.username {
                w.string("username", u)?;
            }
            if let Some(pw) = &c.password {
                w.binary("password", pw)?;
            }
        }
        Packet::ConnAck(c) => {
            w.u8("ack_flags", c.session_present as u8);
            w.u8("reason_code", c.reason_code.0);
            w.properties("", &c.properties)?;
        }
        Packet::Publish(pb) => {
            flags = (pb.dup as u8) << 3 | (pb.qos as u8) << 1 | pb.retain as u8;
            w.string("topic", &pb.topic)?;
            if pb.qos != QoS::AtMostOnce {
                w.u16("packet_id", pb.packet_id);
            }
            w.properties("", &pb.properties)?;
            w.raw("payload", &pb.payload);
        }
        Packet::PubAck(a) => w.ack(a.packet_id, a.reason_code, &a.properties)?,
        Packet::PubRec(a) => w.ack(a.packet_id, a.reason_code, &a.properties)?,
        Packet::PubRel(a) => w.ack(a.packet_id, a.reason_code, &a.properties)?,
        Packet::PubComp(a) => w.ack(a.packet_id, a.reason_code, &a.properties)?,
        Packet::Subscribe(s) => {
            w.u16("packet_id", s.packet_id);
            w.properties("", &s.properties)?;
            for (i, (f, q)) in s.filters.iter().enumerate() {
                w.string(&format!("filter[{i}]"), f)?;
                w.u8(&format!("options[{i}]"), s.options.get(i).copied().unwrap_or_default().byte(*q));
            }
        }
        Packet::SubAck(s) => {
            w.u16("packet_id", s.packet_id);
            w.properties("", &s.properties)?;
            for (i, c) in s.reason_codes.iter().enumerate() {
                w.u8(&format!("reason_code[{i}]"), c.0);
            }
        }
        Packet::Unsubscribe(u) => {
            w.u16("packet_id", u.packet_id);
            w.properties("", &u.properties)?;
            for (i, f) in u.filters.iter().enumerate() {
                w.string(&format!("filter[{i}]"), f)?;
            }
        }
        Packet::UnsubAck(u) => {
            w.u16("packet_id", u.packet_id);
            w.properties("", &u.properties)?;
            for (i, c) in u.reason_codes.iter().enumerate() {
                w.u8(&format!("reason_code[{i}]"), c.0);
            }
        }
        Packet::PingReq | Packet::PingResp | Packet::Disconnect => {}
        Packet::DisconnectWith(d) => w.reason_tail(d.reason_code, &d.properties)?,
        Packet::Auth(a) => w.reason_tail(a.reason_code, &a.properties)?,
    }
    w.finish(ty, flags)
}

/// Minimal Variable Byte Integer (spec 1.5.5).
pub fn encode_var_int(v: u32, out: &mut Vec<u8>) {
    encode_remaining_length(v as usize, out)
}

/// One property, identifier first, as it goes on the wire.
pub fn encode_property(p: &Property) -> Result<Vec<u8>, EncodeError> {
    let mut out = vec![p.id_byte()];
    let prefixed = |out: &mut Vec<u8>, b: &[u8]| -> Result<(), EncodeError> {
        let n = u16::try_from(b.len()).map_err(|_| EncodeError::StringTooLong { field: p.summary(), len: b.len() })?;
        out.extend_from_slice(&n.to_be_bytes());
        out.extend_from_slice(b);
        Ok(())
    };
    use Property::*;
    match p {
        PayloadFormatIndicator(v)
        | RequestProblemInformation(v)
        | RequestResponseInformation(v)
        | MaximumQoS(v)
        | RetainAvailable(v)
        | WildcardSubscriptionAvailable(v)
        | SubscriptionIdentifierAvailable(v)
        | SharedSubscriptionAvailable(v) => out.push(*v),
        ServerKeepAlive(v) | ReceiveMaximum(v) | TopicAliasMaximum(v) | TopicAlias(v) => {
            out.extend_from_slice(&v.to_be_bytes())
        }
        MessageExpiryInterval(v) | SessionExpiryInterval(v) | WillDelayInterval(v) | MaximumPacketSize(v) => {
            out.extend_from_slice(&v.to_be_bytes())
        }
        SubscriptionIdentifier(v) => {
            if *v > MAX_VAR_INT {
                return Err(EncodeError::VarIntTooLarge { field: p.summary(), value: *v as u64 });
            }
            encode_var_int(*v, &mut out)
        }
        ContentType(s)
        | ResponseTopic(s)
        | AssignedClientIdentifier(s)
        | AuthenticationMethod(s)
        | ResponseInformation(s)
        | ServerReference(s)
        | ReasonString(s) => prefixed(&mut out, s.as_bytes())?,
        CorrelationData(b) | AuthenticationData(b) => prefixed(&mut out, b)?,
        UserProperty(k, v) => {
            prefixed(&mut out, k.as_bytes())?;
            prefixed(&mut out, v.as_bytes())?;
        }
        Raw { value, .. } => out.extend_from_slice(value),
    }
    Ok(out)
}

impl Writer {
    fn var_int(&mut self, name: &str, v: usize) {
        let s = self.buf.len();
        encode_remaining_length(v, &mut self.buf);
        self.mark(name, FieldKind::VarInt, s);
    }

    /// Property Length then each property; `prefix` is "" or "will_".
    fn properties(&mut self, prefix: &str, props: &Properties) -> Result<(), EncodeError> {
        let encoded = props.iter().map(encode_property).collect::<Result<Vec<_>, _>>()?;
        let total: usize = encoded.iter().map(Vec::len).sum();
        self.var_int(&format!("{prefix}properties_length"), total);
        for (i, bytes) in encoded.iter().enumerate() {
            let s = self.buf.len();
            self.buf.extend_from_slice(bytes);
            self.mark(&format!("{prefix}properties[{i}]"), FieldKind::Property, s);
        }
        Ok(())
    }

    /// PUBACK/PUBREC/PUBREL/PUBCOMP: packet id, then Reason Code and
    /// properties unless they can be omitted (spec 3.4.2.1).
    fn ack(&mut self, id: u16, reason: ReasonCode, props: &Properties) -> Result<(), EncodeError> {
        self.u16("packet_id", id);
        self.reason_tail(reason, props)
    }

    /// Reason Code and properties in their shortest form: nothing for
    /// Success/no properties, the code alone without properties.
    fn reason_tail(&mut self, reason: ReasonCode, props: &Properties) -> Result<(), EncodeError> {
        if reason == ReasonCode::Success && props.is_empty() {
            return Ok(());
        }
        self.u8("reason_code", reason.0);
        if !props.is_empty() {
            self.properties("", props)?;
        }
        Ok(())
    }
}
