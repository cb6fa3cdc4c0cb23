//! Deliberately broken packets. Start from a valid typed packet (so only the
//! defect under test differs from a good one), then tweak it:
//!
//! ```
//! use mqtt_conformance::codec::{Connect, PubAck, Publish, QoS};
//! use mqtt_conformance::malformed::Malformed;
//!
//! // CONNECT with the reserved connect-flag bit set [MQTT-3.1.2-3].
//! let m = Malformed::from(Connect::new("c1")).connect_flags(|f| f | 0x01);
//! assert_eq!(m.to_bytes()[9], 0x03);
//!
//! // PUBLISH with QoS 3, a client id with U+0000, a 5-byte Remaining Length.
//! let _ = Malformed::from(Publish::new("t", "x")).qos_bits(3);
//! let _ = Malformed::from(Connect::new("")).string_field("client_id", b"a\0b");
//! let _ = Malformed::from(PubAck::new(1)).length_bytes(5);
//! ```
//!
//! 5.0 packets start from [`Malformed::v5`]; the 5.0 tweaks and ready-made
//! cases (duplicate or misplaced properties, bad Property Length, Topic
//! Alias, oversize PUBLISH, subscription options, `$share` filters, Reason
//! Codes, Will Properties) are in `malformed/v5.rs`.
//!
//! Every tweak is recorded, so a transcript says what was broken, e.g.
//! `malformed CONNECT [connect_flags=0x03]`.

use crate::codec::{hex, FieldKind, Packet, PacketType, ProtocolVersion, RawPacket};

pub mod v5;
pub use v5::{qos1_publishes, INVALID_SHARED_FILTERS};

/// How the Remaining Length is written.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Length {
    /// The body's true length, minimally encoded (the normal case).
    Minimal,
    /// A declared value that may disagree with the body.
    Value(usize),
    /// The true length padded with 0x80 continuation bytes to `n` bytes
    /// (n = 5 is overlong and therefore malformed).
    Padded(usize),
    /// Exact bytes.
    Raw(Vec<u8>),
}

/// A packet under construction for a negative test. See the module docs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Malformed {
    packet_type: Option<PacketType>,
    raw: RawPacket,
    length: Length,
    truncate: Option<usize>,
    notes: Vec<String>,
}

impl<P: Into<Packet>> From<P> for Malformed {
    fn from(p: P) -> Malformed {
        Malformed::new(p)
    }
}

impl Malformed {
    /// Start from a well-formed packet's 3.1.1 encoding ([`Malformed::v5`]
    /// for 5.0).
    pub fn new(packet: impl Into<Packet>) -> Malformed {
        Malformed::new_for(packet.into(), ProtocolVersion::V311)
    }

    fn new_for(packet: Packet, version: ProtocolVersion) -> Malformed {
        let raw = packet.to_raw(version).expect("base packet of a malformed builder must encode");
        Malformed {
            packet_type: Some(packet.packet_type()),
            raw,
            length: Length::Minimal,
            truncate: None,
            notes: vec![],
        }
    }

    /// Arbitrary bytes, sent exactly as given.
    pub fn raw(bytes: impl Into<Vec<u8>>) -> Malformed {
        let bytes = bytes.into();
        // No packet type marks raw mode: `to_bytes` returns the body as is.
        Malformed {
            packet_type: None,
            notes: vec![format!("{} bytes", bytes.len())],
            raw: RawPacket { first_byte: 0, body: bytes, fields: vec![] },
            length: Length::Minimal,
            truncate: None,
        }
    }

    fn note(mut self, s: String) -> Self {
        self.notes.push(s);
        self
    }

    /// Replace the low nibble of the first byte (fixed-header flags).
    pub fn flags(mut self, flags: u8) -> Self {
        self.raw.first_byte = (self.raw.first_byte & 0xf0) | (flags & 0x0f);
        self.note(format!("flags=0b{:04b}", flags & 0x0f))
    }

    /// Set the given bits in the fixed-header flags (e.g. `0b0001` on a
    /// packet whose flags are reserved).
    pub fn set_flag_bits(self, bits: u8) -> Self {
        let f = (self.raw.first_byte | bits) & 0x0f;
        self.flags(f)
    }

    /// Replace the packet type nibble (0 and 15 are reserved).
    pub fn packet_type(mut self, ty: u8) -> Self {
        self.raw.first_byte = (self.raw.first_byte & 0x0f) | (ty << 4);
        self.note(format!("type={ty}"))
    }

    /// Write `qos` (0..=3) into the PUBLISH QoS bits; 3 is invalid [MQTT-3.3.1-4].
    pub fn qos_bits(mut self, qos: u8) -> Self {
        self.raw.first_byte = (self.raw.first_byte & !0b0110) | ((qos & 3) << 1);
        self.note(format!("qos={qos}"))
    }

    /// Declare a Remaining Length that may disagree with the body.
    pub fn remaining_length(mut self, len: usize) -> Self {
        self.length = Length::Value(len);
        let body = self.raw.body.len();
        self.note(format!("remaining_length={len} (body {body})"))
    }

    /// Encode the true Remaining Length in `n` bytes (1..=5) by padding with
    /// continuation bytes: a non-minimal form for n <= 4, overlong for 5.
    pub fn length_bytes(mut self, n: usize) -> Self {
        assert!((1..=5).contains(&n), "length_bytes takes 1..=5");
        self.length = Length::Padded(n);
        self.note(format!("remaining_length in {n} bytes"))
    }

    /// Exact Remaining Length bytes.
    pub fn raw_length(mut self, bytes: &[u8]) -> Self {
        self.length = Length::Raw(bytes.to_vec());
        self.note(format!("remaining_length bytes [{}]", hex(bytes)))
    }

    /// Cut the finished packet to its first `n` bytes.
    pub fn truncate(mut self, n: usize) -> Self {
        self.truncate = Some(n);
        self.note(format!("truncated to {n} bytes"))
    }

    /// Drop the last `n` body bytes but keep declaring the original length,
    /// so the receiver waits for bytes that never come.
    pub fn truncate_body(mut self, n: usize) -> Self {
        let full = self.raw.body.len();
        self.length = Length::Value(full);
        self.raw.body.truncate(full.saturating_sub(n));
        self.note(format!("body cut by {n} bytes, length still {full}"))
    }

    /// Append bytes to the body (Remaining Length follows unless set explicitly).
    pub fn append(mut self, bytes: &[u8]) -> Self {
        self.raw.body.extend_from_slice(bytes);
        self.note(format!("appended [{}]", hex(bytes)))
    }

    /// Overwrite body bytes at `offset`.
    pub fn patch(mut self, offset: usize, bytes: &[u8]) -> Self {
        self.raw.body[offset..offset + bytes.len()].copy_from_slice(bytes);
        self.note(format!("body[{offset}..] = [{}]", hex(bytes)))
    }

    /// Replace a whole named field (see [`crate::codec::Field`] names such as
    /// `protocol_name`, `client_id`, `topic`, `packet_id`, `filter[0]`) with
    /// exact bytes, length prefix included if the field has one.
    pub fn field_bytes(mut self, name: &str, bytes: &[u8]) -> Self {
        let Some(f) = self.raw.field(name).cloned() else {
            panic!("{}: no field `{name}`; fields: {:?}", self.title(), self.field_names());
        };
        self.raw.body.splice(f.range.clone(), bytes.iter().copied());
        let delta = bytes.len() as isize - f.range.len() as isize;
        for g in &mut self.raw.fields {
            if g.range.start >= f.range.end && g.name != name {
                g.range = (g.range.start as isize + delta) as usize..(g.range.end as isize + delta) as usize;
            }
        }
        if let Some(g) = self.raw.fields.iter_mut().find(|g| g.name == name) {
            g.range = f.range.start..f.range.start + bytes.len();
        }
        self.note(format!("{name}=[{}]", hex(bytes)))
    }

    /// Replace the content of a length-prefixed string/binary field with
    /// arbitrary bytes (ill-formed UTF-8, U+0000, ...), fixing its prefix.
    pub fn string_field(self, name: &str, content: &[u8]) -> Self {
        let kind = self.raw.field(name).map(|f| f.kind);
        assert!(
            matches!(kind, Some(FieldKind::String | FieldKind::Binary)),
            "{}: `{name}` is not a string field",
            self.title()
        );
        let mut b = (content.len() as u16).to_be_bytes().to_vec();
        b.extend_from_slice(content);
        self.field_bytes(name, &b)
    }

    /// Set the packet identifier field (0 is invalid [MQTT-2.3.1-1]).
    pub fn packet_id(self, id: u16) -> Self {
        self.field_bytes("packet_id", &id.to_be_bytes())
    }

    /// CONNECT protocol name, e.g. "MQTX" or "MQIsdp".
    pub fn protocol_name(self, name: &[u8]) -> Self {
        self.string_field("protocol_name", name)
    }

    /// CONNECT protocol level byte.
    pub fn protocol_level(self, level: u8) -> Self {
        self.field_bytes("protocol_level", &[level])
    }

    /// Rewrite the CONNECT flags byte.
    pub fn connect_flags(self, f: impl FnOnce(u8) -> u8) -> Self {
        let i = self.raw.field("connect_flags").expect("connect_flags: not a CONNECT").range.start;
        let v = f(self.raw.body[i]);
        self.field_bytes("connect_flags", &[v])
    }

    /// The finished bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let body = &self.raw.body;
        let mut out = Vec::with_capacity(body.len() + 6);
        if self.packet_type.is_some() {
            out.push(self.raw.first_byte);
            match &self.length {
                Length::Minimal => crate::codec::encode_remaining_length(body.len(), &mut out),
                Length::Value(v) => crate::codec::encode_remaining_length(*v, &mut out),
                Length::Padded(n) => out.extend(padded_length(body.len(), *n)),
                Length::Raw(b) => out.extend_from_slice(b),
            }
        }
        out.extend_from_slice(body);
        if let Some(n) = self.truncate {
            out.truncate(n);
        }
        out
    }

    /// e.g. `malformed CONNECT [connect_flags=[03]]`, for transcripts.
    pub fn describe(&self) -> String {
        if self.notes.is_empty() {
            return format!("{} (unmodified)", self.title());
        }
        format!("{} [{}]", self.title(), self.notes.join(", "))
    }

    fn title(&self) -> String {
        match self.packet_type {
            Some(t) => format!("malformed {t}"),
            None => "raw bytes".into(),
        }
    }

    /// Names of the fields that can be addressed.
    pub fn field_names(&self) -> Vec<&str> {
        self.raw.fields.iter().map(|f| f.name.as_str()).collect()
    }
}

/// `len` in exactly `n` variable-length bytes: the minimal encoding followed
/// by zero-valued continuation digits (each adds 0 to the value).
fn padded_length(len: usize, n: usize) -> Vec<u8> {
    let mut v = Vec::new();
    crate::codec::encode_remaining_length(len, &mut v);
    assert!(v.len() <= n, "{len} needs {} length bytes, more than {n}", v.len());
    while v.len() < n {
        *v.last_mut().unwrap() |= 0x80;
        v.push(0);
    }
    v
}
