//! MQTT 3.1.1 packet codec: typed packets, an incremental decoder and an
//! encoder that records where each field sits (so [`crate::malformed`] can
//! break a packet field by field).
//!
//! ```
//! use mqtt_conformance::codec::{decode, Decoded, Packet, Publish, QoS};
//!
//! let bytes = Packet::from(Publish::new("a/b", "hi").qos(QoS::AtLeastOnce, 7)).encode();
//! match decode(&bytes).unwrap() {
//!     Decoded::Packet { packet, len } => {
//!         assert_eq!(len, bytes.len());
//!         assert!(matches!(packet, Packet::Publish(p) if p.packet_id == 7));
//!     }
//!     Decoded::Incomplete { .. } => unreachable!(),
//! }
//! ```
//!
//! MQTT 5.0 is not implemented, but the shape leaves room for it: the
//! decoder and encoder take a [`ProtocolVersion`], CONNECT keeps the raw
//! protocol name and level, and the packets that carry properties in 5.0
//! have an (always empty) [`Properties`] slot.

use std::fmt;
use std::ops::Range;

/// Largest value the 4-byte Remaining Length can hold (spec 2.2.3).
pub const MAX_REMAINING_LENGTH: usize = 268_435_455;

/// Protocol revision the codec speaks. Only 3.1.1 is implemented; the enum is
/// non-exhaustive so 5.0 can be added without breaking callers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ProtocolVersion {
    #[default]
    V311,
}

impl ProtocolVersion {
    /// The CONNECT "Protocol Level" byte.
    pub fn level(self) -> u8 {
        match self {
            ProtocolVersion::V311 => 4,
        }
    }
    /// The CONNECT "Protocol Name".
    pub fn protocol_name(self) -> &'static str {
        "MQTT"
    }
}

/// Placeholder for MQTT 5.0 properties. Always empty for 3.1.1; present so
/// adding 5.0 does not reshape the structs that will carry properties.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Properties {}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QoS {
    AtMostOnce = 0,
    AtLeastOnce = 1,
    ExactlyOnce = 2,
}

impl QoS {
    pub fn from_u8(v: u8) -> Option<QoS> {
        match v {
            0 => Some(QoS::AtMostOnce),
            1 => Some(QoS::AtLeastOnce),
            2 => Some(QoS::ExactlyOnce),
            _ => None,
        }
    }
}

/// Control packet type, the high nibble of the first byte (spec 2.2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PacketType {
    Connect = 1,
    ConnAck = 2,
    Publish = 3,
    PubAck = 4,
    PubRec = 5,
    PubRel = 6,
    PubComp = 7,
    Subscribe = 8,
    SubAck = 9,
    Unsubscribe = 10,
    UnsubAck = 11,
    PingReq = 12,
    PingResp = 13,
    Disconnect = 14,
}

impl PacketType {
    pub fn from_u8(v: u8) -> Option<PacketType> {
        use PacketType::*;
        Some(match v {
            1 => Connect,
            2 => ConnAck,
            3 => Publish,
            4 => PubAck,
            5 => PubRec,
            6 => PubRel,
            7 => PubComp,
            8 => Subscribe,
            9 => SubAck,
            10 => Unsubscribe,
            11 => UnsubAck,
            12 => PingReq,
            13 => PingResp,
            14 => Disconnect,
            _ => return None,
        })
    }

    /// The fixed-header flags this type must carry (Table 2.2); PUBLISH has
    /// variable flags and returns `None`.
    pub fn fixed_flags(self) -> Option<u8> {
        match self {
            PacketType::Publish => None,
            PacketType::PubRel | PacketType::Subscribe | PacketType::Unsubscribe => Some(0b0010),
            _ => Some(0),
        }
    }

    /// Upper-case spec name, used in transcripts and errors.
    pub fn name(self) -> &'static str {
        use PacketType::*;
        match self {
            Connect => "CONNECT",
            ConnAck => "CONNACK",
            Publish => "PUBLISH",
            PubAck => "PUBACK",
            PubRec => "PUBREC",
            PubRel => "PUBREL",
            PubComp => "PUBCOMP",
            Subscribe => "SUBSCRIBE",
            SubAck => "SUBACK",
            Unsubscribe => "UNSUBSCRIBE",
            UnsubAck => "UNSUBACK",
            PingReq => "PINGREQ",
            PingResp => "PINGRESP",
            Disconnect => "DISCONNECT",
        }
    }
}

impl fmt::Display for PacketType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Will message carried in CONNECT.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Will {
    pub topic: String,
    pub payload: Vec<u8>,
    pub qos: QoS,
    pub retain: bool,
}

impl Will {
    pub fn new(topic: impl Into<String>, payload: impl Into<Vec<u8>>, qos: QoS, retain: bool) -> Will {
        Will { topic: topic.into(), payload: payload.into(), qos, retain }
    }
}

/// CONNECT. Protocol name and level are kept raw so tests can send (and the
/// decoder can report) unsupported values.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Connect {
    pub protocol_name: String,
    pub protocol_level: u8,
    pub clean_session: bool,
    pub keep_alive: u16,
    pub client_id: String,
    pub will: Option<Will>,
    pub username: Option<String>,
    pub password: Option<Vec<u8>>,
    pub properties: Properties,
}

impl Connect {
    /// A 3.1.1 CONNECT with clean session and a 60 s keep-alive.
    pub fn new(client_id: impl Into<String>) -> Connect {
        let v = ProtocolVersion::V311;
        Connect {
            protocol_name: v.protocol_name().into(),
            protocol_level: v.level(),
            clean_session: true,
            keep_alive: 60,
            client_id: client_id.into(),
            will: None,
            username: None,
            password: None,
            properties: Properties::default(),
        }
    }
    pub fn clean_session(mut self, clean: bool) -> Self {
        self.clean_session = clean;
        self
    }
    pub fn keep_alive(mut self, secs: u16) -> Self {
        self.keep_alive = secs;
        self
    }
    pub fn will(mut self, will: Will) -> Self {
        self.will = Some(will);
        self
    }
    pub fn username(mut self, user: impl Into<String>) -> Self {
        self.username = Some(user.into());
        self
    }
    pub fn password(mut self, pass: impl Into<Vec<u8>>) -> Self {
        self.password = Some(pass.into());
        self
    }
    /// Override protocol name and level (e.g. level 3 "MQIsdp", or bogus ones).
    pub fn protocol(mut self, name: impl Into<String>, level: u8) -> Self {
        self.protocol_name = name.into();
        self.protocol_level = level;
        self
    }
}

/// CONNACK return codes (Table 3.1). Values 6..=255 are reserved and are
/// rejected by the decoder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConnectReturnCode {
    Accepted = 0,
    UnacceptableProtocolVersion = 1,
    IdentifierRejected = 2,
    ServerUnavailable = 3,
    BadUserNameOrPassword = 4,
    NotAuthorized = 5,
}

impl ConnectReturnCode {
    pub fn from_u8(v: u8) -> Option<Self> {
        use ConnectReturnCode::*;
        Some(match v {
            0 => Accepted,
            1 => UnacceptableProtocolVersion,
            2 => IdentifierRejected,
            3 => ServerUnavailable,
            4 => BadUserNameOrPassword,
            5 => NotAuthorized,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConnAck {
    pub session_present: bool,
    pub code: ConnectReturnCode,
    pub properties: Properties,
}

impl ConnAck {
    pub fn new(session_present: bool, code: ConnectReturnCode) -> ConnAck {
        ConnAck { session_present, code, properties: Properties::default() }
    }
    /// CONNACK 0x00 (accepted).
    pub fn accepted(session_present: bool) -> ConnAck {
        ConnAck::new(session_present, ConnectReturnCode::Accepted)
    }
}

/// PUBLISH. `packet_id` is only on the wire for QoS 1 and 2; for QoS 0 it is
/// ignored by the encoder and decoded as 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publish {
    pub dup: bool,
    pub qos: QoS,
    pub retain: bool,
    pub topic: String,
    pub packet_id: u16,
    pub payload: Vec<u8>,
    pub properties: Properties,
}

impl Publish {
    /// QoS 0, not retained.
    pub fn new(topic: impl Into<String>, payload: impl Into<Vec<u8>>) -> Publish {
        Publish {
            dup: false,
            qos: QoS::AtMostOnce,
            retain: false,
            topic: topic.into(),
            packet_id: 0,
            payload: payload.into(),
            properties: Properties::default(),
        }
    }
    /// Set QoS and packet id together, since they only make sense together
    /// (use id 0 with QoS 0).
    pub fn qos(mut self, qos: QoS, packet_id: u16) -> Self {
        self.qos = qos;
        self.packet_id = if qos == QoS::AtMostOnce { 0 } else { packet_id };
        self
    }
    pub fn retain(mut self, retain: bool) -> Self {
        self.retain = retain;
        self
    }
    pub fn dup(mut self, dup: bool) -> Self {
        self.dup = dup;
        self
    }
}

macro_rules! id_only {
    ($($(#[$m:meta])* $name:ident),*) => {$(
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct $name {
            pub packet_id: u16,
        }
        impl $name {
            pub fn new(packet_id: u16) -> Self {
                $name { packet_id }
            }
        }
    )*};
}
id_only!(
    /// PUBACK: QoS 1 acknowledgement.
    PubAck,
    /// PUBREC: QoS 2, part 1.
    PubRec,
    /// PUBREL: QoS 2, part 2 (fixed-header flags 0b0010).
    PubRel,
    /// PUBCOMP: QoS 2, part 3.
    PubComp,
    /// UNSUBACK.
    UnsubAck
);

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscribe {
    pub packet_id: u16,
    /// (topic filter, requested QoS); must not be empty on the wire.
    pub filters: Vec<(String, QoS)>,
    pub properties: Properties,
}

impl Subscribe {
    pub fn new(packet_id: u16, filters: impl IntoIterator<Item = (impl Into<String>, QoS)>) -> Subscribe {
        Subscribe {
            packet_id,
            filters: filters.into_iter().map(|(f, q)| (f.into(), q)).collect(),
            properties: Properties::default(),
        }
    }
    /// One filter.
    pub fn one(packet_id: u16, filter: impl Into<String>, qos: QoS) -> Subscribe {
        Subscribe::new(packet_id, [(filter.into(), qos)])
    }
}

/// One SUBACK return code: granted QoS or 0x80 failure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SubackCode {
    Granted(QoS),
    Failure,
}

impl SubackCode {
    pub fn to_u8(self) -> u8 {
        match self {
            SubackCode::Granted(q) => q as u8,
            SubackCode::Failure => 0x80,
        }
    }
    pub fn from_u8(v: u8) -> Option<Self> {
        match v {
            0x80 => Some(SubackCode::Failure),
            v => QoS::from_u8(v).map(SubackCode::Granted),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubAck {
    pub packet_id: u16,
    pub return_codes: Vec<SubackCode>,
}

impl SubAck {
    pub fn new(packet_id: u16, return_codes: impl Into<Vec<SubackCode>>) -> SubAck {
        SubAck { packet_id, return_codes: return_codes.into() }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsubscribe {
    pub packet_id: u16,
    /// Must not be empty on the wire.
    pub filters: Vec<String>,
}

impl Unsubscribe {
    pub fn new(packet_id: u16, filters: impl IntoIterator<Item = impl Into<String>>) -> Unsubscribe {
        Unsubscribe { packet_id, filters: filters.into_iter().map(Into::into).collect() }
    }
}

/// Any MQTT 3.1.1 control packet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Packet {
    Connect(Connect),
    ConnAck(ConnAck),
    Publish(Publish),
    PubAck(PubAck),
    PubRec(PubRec),
    PubRel(PubRel),
    PubComp(PubComp),
    Subscribe(Subscribe),
    SubAck(SubAck),
    Unsubscribe(Unsubscribe),
    UnsubAck(UnsubAck),
    PingReq,
    PingResp,
    Disconnect,
}

macro_rules! from_struct {
    ($($v:ident),*) => {$(
        impl From<$v> for Packet {
            fn from(p: $v) -> Packet {
                Packet::$v(p)
            }
        }
    )*};
}
from_struct!(Connect, ConnAck, Publish, PubAck, PubRec, PubRel, PubComp, Subscribe, SubAck, Unsubscribe, UnsubAck);

impl Packet {
    pub fn packet_type(&self) -> PacketType {
        match self {
            Packet::Connect(_) => PacketType::Connect,
            Packet::ConnAck(_) => PacketType::ConnAck,
            Packet::Publish(_) => PacketType::Publish,
            Packet::PubAck(_) => PacketType::PubAck,
            Packet::PubRec(_) => PacketType::PubRec,
            Packet::PubRel(_) => PacketType::PubRel,
            Packet::PubComp(_) => PacketType::PubComp,
            Packet::Subscribe(_) => PacketType::Subscribe,
            Packet::SubAck(_) => PacketType::SubAck,
            Packet::Unsubscribe(_) => PacketType::Unsubscribe,
            Packet::UnsubAck(_) => PacketType::UnsubAck,
            Packet::PingReq => PacketType::PingReq,
            Packet::PingResp => PacketType::PingResp,
            Packet::Disconnect => PacketType::Disconnect,
        }
    }

    /// Encode as 3.1.1. Panics if a field does not fit the wire format (a
    /// string over 65535 bytes, a packet over 256 MiB); use [`Packet::try_encode`]
    /// to get an error instead.
    pub fn encode(&self) -> Vec<u8> {
        self.try_encode().unwrap_or_else(|e| panic!("cannot encode {}: {e}", self.packet_type()))
    }

    pub fn try_encode(&self) -> Result<Vec<u8>, EncodeError> {
        self.to_raw(ProtocolVersion::V311).map(|r| r.to_bytes())
    }

    /// Encode into first byte + body with field positions, the starting point
    /// for deliberately malformed packets.
    pub fn to_raw(&self, version: ProtocolVersion) -> Result<RawPacket, EncodeError> {
        let _ = version; // 5.0 will branch here (properties, reason codes).
        let mut w = Writer::default();
        let ty = self.packet_type();
        let mut flags = ty.fixed_flags().unwrap_or(0);
        match self {
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
                w.string("client_id", &c.client_id)?;
                if let Some(will) = &c.will {
                    w.string("will_topic", &will.topic)?;
                    w.binary("will_payload", &will.payload)?;
                }
                if let Some(u) = &c.username {
                    w.string("username", u)?;
                }
                if let Some(p) = &c.password {
                    w.binary("password", p)?;
                }
            }
            Packet::ConnAck(c) => {
                w.u8("ack_flags", c.session_present as u8);
                w.u8("return_code", c.code as u8);
            }
            Packet::Publish(p) => {
                flags = (p.dup as u8) << 3 | (p.qos as u8) << 1 | p.retain as u8;
                w.string("topic", &p.topic)?;
                if p.qos != QoS::AtMostOnce {
                    w.u16("packet_id", p.packet_id);
                }
                w.raw("payload", &p.payload);
            }
            Packet::PubAck(PubAck { packet_id })
            | Packet::PubRec(PubRec { packet_id })
            | Packet::PubRel(PubRel { packet_id })
            | Packet::PubComp(PubComp { packet_id })
            | Packet::UnsubAck(UnsubAck { packet_id }) => w.u16("packet_id", *packet_id),
            Packet::Subscribe(s) => {
                w.u16("packet_id", s.packet_id);
                for (i, (f, q)) in s.filters.iter().enumerate() {
                    w.string(&format!("filter[{i}]"), f)?;
                    w.u8(&format!("qos[{i}]"), *q as u8);
                }
            }
            Packet::SubAck(s) => {
                w.u16("packet_id", s.packet_id);
                for (i, c) in s.return_codes.iter().enumerate() {
                    w.u8(&format!("return_code[{i}]"), c.to_u8());
                }
            }
            Packet::Unsubscribe(u) => {
                w.u16("packet_id", u.packet_id);
                for (i, f) in u.filters.iter().enumerate() {
                    w.string(&format!("filter[{i}]"), f)?;
                }
            }
            Packet::PingReq | Packet::PingResp | Packet::Disconnect => {}
        }
        if w.buf.len() > MAX_REMAINING_LENGTH {
            return Err(EncodeError::PacketTooLarge(w.buf.len()));
        }
        Ok(RawPacket { first_byte: (ty as u8) << 4 | flags, body: w.buf, fields: w.fields })
    }

    /// One-line summary for transcripts, e.g. `PUBLISH qos=1 id=7 topic="a/b" payload=2B`.
    pub fn summary(&self) -> String {
        match self {
            Packet::Connect(c) => format!(
                "CONNECT {:?} level={} client_id={:?} clean={} keep_alive={}{}{}{}",
                c.protocol_name,
                c.protocol_level,
                c.client_id,
                c.clean_session,
                c.keep_alive,
                c.will.as_ref().map(|w| format!(" will={:?}@{}", w.topic, w.qos as u8)).unwrap_or_default(),
                c.username.as_ref().map(|u| format!(" user={u:?}")).unwrap_or_default(),
                if c.password.is_some() { " password=…" } else { "" }
            ),
            Packet::ConnAck(c) => {
                format!("CONNACK session_present={} code={:?} (0x{:02x})", c.session_present, c.code, c.code as u8)
            }
            Packet::Publish(p) => format!(
                "PUBLISH qos={} id={} dup={} retain={} topic={:?} payload={}",
                p.qos as u8,
                p.packet_id,
                p.dup,
                p.retain,
                p.topic,
                show_payload(&p.payload)
            ),
            Packet::PubAck(p) => format!("PUBACK id={}", p.packet_id),
            Packet::PubRec(p) => format!("PUBREC id={}", p.packet_id),
            Packet::PubRel(p) => format!("PUBREL id={}", p.packet_id),
            Packet::PubComp(p) => format!("PUBCOMP id={}", p.packet_id),
            Packet::UnsubAck(p) => format!("UNSUBACK id={}", p.packet_id),
            Packet::Subscribe(s) => format!(
                "SUBSCRIBE id={} {}",
                s.packet_id,
                s.filters.iter().map(|(f, q)| format!("{f:?}@{}", *q as u8)).collect::<Vec<_>>().join(" ")
            ),
            Packet::SubAck(s) => format!(
                "SUBACK id={} codes=[{}]",
                s.packet_id,
                s.return_codes.iter().map(|c| format!("0x{:02x}", c.to_u8())).collect::<Vec<_>>().join(", ")
            ),
            Packet::Unsubscribe(u) => format!("UNSUBSCRIBE id={} {:?}", u.packet_id, u.filters),
            Packet::PingReq => "PINGREQ".into(),
            Packet::PingResp => "PINGRESP".into(),
            Packet::Disconnect => "DISCONNECT".into(),
        }
    }
}

fn show_payload(p: &[u8]) -> String {
    match std::str::from_utf8(p) {
        Ok(s) if p.len() <= 64 => format!("{s:?}"),
        _ => format!("{}B", p.len()),
    }
}

impl fmt::Display for Packet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.summary())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EncodeError {
    StringTooLong { field: String, len: usize },
    PacketTooLarge(usize),
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EncodeError::StringTooLong { field, len } => {
                write!(f, "field `{field}` is {len} bytes, more than the 65535 a length prefix allows")
            }
            EncodeError::PacketTooLarge(n) => {
                write!(f, "body is {n} bytes, more than Remaining Length can express ({MAX_REMAINING_LENGTH})")
            }
        }
    }
}
impl std::error::Error for EncodeError {}

/// What kind of wire field a [`Field`] is; tells the malformed builder how to
/// rewrite it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    U8,
    U16,
    /// 2-byte length prefix + UTF-8 bytes.
    String,
    /// 2-byte length prefix + bytes.
    Binary,
    /// Bytes to the end of the packet (PUBLISH payload).
    Raw,
}

/// A named field's byte range within [`RawPacket::body`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub kind: FieldKind,
    pub range: Range<usize>,
}

/// An encoded packet before the Remaining Length is attached: first byte
/// (type + flags) and body, with the location of every field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawPacket {
    pub first_byte: u8,
    pub body: Vec<u8>,
    pub fields: Vec<Field>,
}

impl RawPacket {
    /// First byte, minimal Remaining Length, body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.body.len() + 5);
        out.push(self.first_byte);
        encode_remaining_length(self.body.len(), &mut out);
        out.extend_from_slice(&self.body);
        out
    }
    pub fn field(&self, name: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Minimal variable-length encoding (spec 2.2.3).
pub fn encode_remaining_length(mut len: usize, out: &mut Vec<u8>) {
    loop {
        let mut byte = (len % 128) as u8;
        len /= 128;
        if len > 0 {
            byte |= 0x80;
        }
        out.push(byte);
        if len == 0 {
            break;
        }
    }
}

#[derive(Default)]
struct Writer {
    buf: Vec<u8>,
    fields: Vec<Field>,
}

impl Writer {
    fn mark(&mut self, name: &str, kind: FieldKind, start: usize) {
        self.fields.push(Field { name: name.into(), kind, range: start..self.buf.len() });
    }
    fn u8(&mut self, name: &str, v: u8) {
        let s = self.buf.len();
        self.buf.push(v);
        self.mark(name, FieldKind::U8, s);
    }
    fn u16(&mut self, name: &str, v: u16) {
        let s = self.buf.len();
        self.buf.extend_from_slice(&v.to_be_bytes());
        self.mark(name, FieldKind::U16, s);
    }
    fn prefixed(&mut self, name: &str, kind: FieldKind, b: &[u8]) -> Result<(), EncodeError> {
        let len =
            u16::try_from(b.len()).map_err(|_| EncodeError::StringTooLong { field: name.into(), len: b.len() })?;
        let s = self.buf.len();
        self.buf.extend_from_slice(&len.to_be_bytes());
        self.buf.extend_from_slice(b);
        self.mark(name, kind, s);
        Ok(())
    }
    fn string(&mut self, name: &str, v: &str) -> Result<(), EncodeError> {
        self.prefixed(name, FieldKind::String, v.as_bytes())
    }
    fn binary(&mut self, name: &str, v: &[u8]) -> Result<(), EncodeError> {
        self.prefixed(name, FieldKind::Binary, v)
    }
    fn raw(&mut self, name: &str, v: &[u8]) {
        let s = self.buf.len();
        self.buf.extend_from_slice(v);
        self.mark(name, FieldKind::Raw, s);
    }
}

// ---------------------------------------------------------------- decoding

/// Why a byte sequence is not a valid 3.1.1 packet. `Display` gives the reason
/// in spec terms, so it can go straight into a test failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// High nibble 0 or 15 (15 is AUTH in 5.0, reserved in 3.1.1).
    ReservedPacketType(u8),
    /// Fixed-header flags differ from Table 2.2 [MQTT-2.2.2-1].
    InvalidFlags {
        packet_type: PacketType,
        flags: u8,
    },
    /// PUBLISH with both QoS bits set [MQTT-3.3.1-4].
    InvalidQoS {
        packet_type: PacketType,
        field: String,
        value: u8,
    },
    /// DUP set on a QoS 0 PUBLISH [MQTT-3.3.1-2].
    DupOnQoS0,
    /// More than 4 Remaining Length bytes.
    RemainingLengthTooLong,
    /// Larger than the decoder's configured maximum.
    PacketTooLarge {
        len: usize,
        max: usize,
    },
    /// A field runs past the end of the body.
    Truncated {
        packet_type: PacketType,
        field: String,
        need: usize,
        have: usize,
    },
    /// Body has bytes left over after the last field.
    TrailingBytes {
        packet_type: PacketType,
        extra: usize,
    },
    /// Remaining Length not what this packet type requires.
    WrongRemainingLength {
        packet_type: PacketType,
        expected: usize,
        got: usize,
    },
    InvalidUtf8 {
        packet_type: PacketType,
        field: String,
    },
    /// U+0000 in a string [MQTT-1.5.3-2].
    NullCharacter {
        packet_type: PacketType,
        field: String,
    },
    /// Packet id 0 where a non-zero one is required [MQTT-2.3.1-1].
    ZeroPacketId(PacketType),
    /// CONNECT flags break 3.1.2.x (reserved bit, will flags, password without user name).
    InvalidConnectFlags {
        flags: u8,
        reason: &'static str,
    },
    /// CONNACK acknowledge flags bits 7-1 must be 0.
    InvalidConnackFlags(u8),
    InvalidConnectReturnCode(u8),
    InvalidSubackCode(u8),
    /// SUBSCRIBE requested-QoS byte with reserved bits set [MQTT-3.8.3-4].
    InvalidSubscribeOptions {
        index: usize,
        value: u8,
    },
    /// SUBSCRIBE/UNSUBSCRIBE without any topic filter [MQTT-3.8.3-3], [MQTT-3.10.3-2].
    NoTopicFilters(PacketType),
    /// Something this decoder cannot parse yet, e.g. a 5.0 CONNECT.
    Unsupported(String),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DecodeError::*;
        match self {
            ReservedPacketType(t) => write!(f, "reserved packet type {t} in fixed header"),
            InvalidFlags { packet_type, flags } => write!(
                f,
                "{packet_type}: fixed header flags 0b{flags:04b} must be 0b{:04b} [MQTT-2.2.2-1]",
                packet_type.fixed_flags().unwrap_or(0)
            ),
            InvalidQoS { packet_type, field, value } => {
                write!(f, "{packet_type}: {field} has invalid QoS {value}")?;
                if *packet_type == PacketType::Publish {
                    write!(f, " [MQTT-3.3.1-4]")?;
                }
                Ok(())
            }
            DupOnQoS0 => write!(f, "PUBLISH: DUP flag set on a QoS 0 message [MQTT-3.3.1-2]"),
            RemainingLengthTooLong => {
                write!(f, "malformed Remaining Length: continuation bit set on the 4th byte")
            }
            PacketTooLarge { len, max } => write!(f, "packet of {len} bytes exceeds maximum {max}"),
            Truncated { packet_type, field, need, have } => {
                write!(f, "{packet_type}: field `{field}` needs {need} bytes but only {have} remain")
            }
            TrailingBytes { packet_type, extra } => {
                write!(f, "{packet_type}: {extra} unexpected bytes after the last field")
            }
            WrongRemainingLength { packet_type, expected, got } => {
                write!(f, "{packet_type}: Remaining Length must be {expected}, got {got}")
            }
            InvalidUtf8 { packet_type, field } => {
                write!(f, "{packet_type}: field `{field}` is not well-formed UTF-8 [MQTT-1.5.3-1]")
            }
            NullCharacter { packet_type, field } => {
                write!(f, "{packet_type}: field `{field}` contains U+0000 [MQTT-1.5.3-2]")
            }
            ZeroPacketId(t) => write!(f, "{t}: packet identifier is 0 [MQTT-2.3.1-1]"),
            InvalidConnectFlags { flags, reason } => {
                write!(f, "CONNECT: connect flags 0b{flags:08b}: {reason}")
            }
            InvalidConnackFlags(v) => write!(f, "CONNACK: acknowledge flags 0x{v:02x} have reserved bits set"),
            InvalidConnectReturnCode(v) => write!(f, "CONNACK: reserved return code 0x{v:02x}"),
            InvalidSubackCode(v) => write!(f, "SUBACK: invalid return code 0x{v:02x}"),
            InvalidSubscribeOptions { index, value } => {
                write!(f, "SUBSCRIBE: requested QoS byte 0x{value:02x} of filter {index} is invalid [MQTT-3.8.3-4]")
            }
            NoTopicFilters(t) => write!(f, "{t}: payload has no topic filter"),
            Unsupported(s) => write!(f, "unsupported: {s}"),
        }
    }
}
impl std::error::Error for DecodeError {}

/// Result of a successful [`decode`] step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// A whole packet, which used the first `len` bytes of the input.
    Packet { packet: Packet, len: usize },
    /// Not enough bytes yet; `needed` is the total packet size once known.
    Incomplete { needed: Option<usize> },
}

/// Decode one 3.1.1 packet from the front of `buf`.
pub fn decode(buf: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(buf, ProtocolVersion::V311, MAX_REMAINING_LENGTH + 5)
}

/// Decode one packet for `version`, refusing packets larger than `max_len`
/// bytes in total. Errors are reported as soon as the bytes seen prove them
/// (a bad first byte fails before the body arrives).
pub fn decode_with(buf: &[u8], version: ProtocolVersion, max_len: usize) -> Result<Decoded, DecodeError> {
    let _ = version;
    let Some(&first) = buf.first() else {
        return Ok(Decoded::Incomplete { needed: None });
    };
    let ty = PacketType::from_u8(first >> 4).ok_or(DecodeError::ReservedPacketType(first >> 4))?;
    let flags = first & 0x0f;
    match ty.fixed_flags() {
        Some(want) if want != flags => return Err(DecodeError::InvalidFlags { packet_type: ty, flags }),
        None => {
            let qos = (flags >> 1) & 3;
            if qos == 3 {
                return Err(DecodeError::InvalidQoS { packet_type: ty, field: "fixed header".into(), value: 3 });
            }
            if qos == 0 && flags & 0x08 != 0 {
                return Err(DecodeError::DupOnQoS0);
            }
        }
        _ => {}
    }
    // Remaining Length: up to 4 bytes. 3.1.1 does not require the minimal
    // encoding (5.0 does, [MQTT-1.5.5-1]), so non-minimal forms are accepted.
    let mut len = 0usize;
    let mut i = 1;
    loop {
        let Some(&b) = buf.get(i) else {
            return Ok(Decoded::Incomplete { needed: None });
        };
        len += ((b & 0x7f) as usize) << (7 * (i - 1));
        i += 1;
        if b & 0x80 == 0 {
            break;
        }
        if i == 5 {
            return Err(DecodeError::RemainingLengthTooLong);
        }
    }
    let total = i + len;
    if total > max_len {
        return Err(DecodeError::PacketTooLarge { len: total, max: max_len });
    }
    if buf.len() < total {
        return Ok(Decoded::Incomplete { needed: Some(total) });
    }
    let packet = decode_body(ty, flags, &buf[i..total])?;
    Ok(Decoded::Packet { packet, len: total })
}

struct Reader<'a> {
    ty: PacketType,
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, field: &str, n: usize) -> Result<&'a [u8], DecodeError> {
        let have = self.buf.len() - self.pos;
        if have < n {
            return Err(DecodeError::Truncated { packet_type: self.ty, field: field.into(), need: n, have });
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn u8(&mut self, field: &str) -> Result<u8, DecodeError> {
        Ok(self.take(field, 1)?[0])
    }
    fn u16(&mut self, field: &str) -> Result<u16, DecodeError> {
        let b = self.take(field, 2)?;
        Ok(u16::from_be_bytes([b[0], b[1]]))
    }
    fn packet_id(&mut self) -> Result<u16, DecodeError> {
        match self.u16("packet_id")? {
            0 => Err(DecodeError::ZeroPacketId(self.ty)),
            id => Ok(id),
        }
    }
    fn binary(&mut self, field: &str) -> Result<&'a [u8], DecodeError> {
        let n = self.u16(field)? as usize;
        self.take(field, n)
    }
    fn string(&mut self, field: &str) -> Result<String, DecodeError> {
        let b = self.binary(field)?;
        // Rust's UTF-8 check also rejects surrogates and overlong forms, which
        // is exactly "well-formed UTF-8" per RFC 3629.
        let s = std::str::from_utf8(b)
            .map_err(|_| DecodeError::InvalidUtf8 { packet_type: self.ty, field: field.into() })?;
        if s.contains('\0') {
            return Err(DecodeError::NullCharacter { packet_type: self.ty, field: field.into() });
        }
        Ok(s.to_owned())
    }
    fn rest(&mut self) -> &'a [u8] {
        let s = &self.buf[self.pos..];
        self.pos = self.buf.len();
        s
    }
    fn remaining(&self) -> usize {
        self.buf.len() - self.pos
    }
    fn finish(&self) -> Result<(), DecodeError> {
        match self.remaining() {
            0 => Ok(()),
            extra => Err(DecodeError::TrailingBytes { packet_type: self.ty, extra }),
        }
    }
}

fn exact_len(ty: PacketType, body: &[u8], expected: usize) -> Result<(), DecodeError> {
    if body.len() != expected {
        return Err(DecodeError::WrongRemainingLength { packet_type: ty, expected, got: body.len() });
    }
    Ok(())
}

fn decode_body(ty: PacketType, flags: u8, body: &[u8]) -> Result<Packet, DecodeError> {
    let mut r = Reader { ty, buf: body, pos: 0 };
    let p = match ty {
        PacketType::Connect => Packet::Connect(decode_connect(&mut r)?),
        PacketType::ConnAck => {
            exact_len(ty, body, 2)?;
            let f = r.u8("ack_flags")?;
            if f & 0xfe != 0 {
                return Err(DecodeError::InvalidConnackFlags(f));
            }
            let c = r.u8("return_code")?;
            let code = ConnectReturnCode::from_u8(c).ok_or(DecodeError::InvalidConnectReturnCode(c))?;
            Packet::ConnAck(ConnAck::new(f == 1, code))
        }
        PacketType::Publish => {
            let qos = QoS::from_u8((flags >> 1) & 3).expect("checked in fixed header");
            let topic = r.string("topic")?;
            let packet_id = if qos == QoS::AtMostOnce { 0 } else { r.packet_id()? };
            Packet::Publish(Publish {
                dup: flags & 0x08 != 0,
                qos,
                retain: flags & 1 != 0,
                topic,
                packet_id,
                payload: r.rest().to_vec(),
                properties: Properties::default(),
            })
        }
        PacketType::PubAck | PacketType::PubRec | PacketType::PubRel | PacketType::PubComp | PacketType::UnsubAck => {
            exact_len(ty, body, 2)?;
            let id = r.packet_id()?;
            match ty {
                PacketType::PubAck => Packet::PubAck(PubAck::new(id)),
                PacketType::PubRec => Packet::PubRec(PubRec::new(id)),
                PacketType::PubRel => Packet::PubRel(PubRel::new(id)),
                PacketType::PubComp => Packet::PubComp(PubComp::new(id)),
                _ => Packet::UnsubAck(UnsubAck::new(id)),
            }
        }
        PacketType::Subscribe => {
            let packet_id = r.packet_id()?;
            let mut filters = Vec::new();
            while r.remaining() > 0 {
                let i = filters.len();
                let f = r.string(&format!("filter[{i}]"))?;
                let q = r.u8(&format!("qos[{i}]"))?;
                let qos = QoS::from_u8(q).ok_or(DecodeError::InvalidSubscribeOptions { index: i, value: q })?;
                filters.push((f, qos));
            }
            if filters.is_empty() {
                return Err(DecodeError::NoTopicFilters(ty));
            }
            Packet::Subscribe(Subscribe { packet_id, filters, properties: Properties::default() })
        }
        PacketType::SubAck => {
            let packet_id = r.packet_id()?;
            let return_codes = r
                .rest()
                .iter()
                .map(|&c| SubackCode::from_u8(c).ok_or(DecodeError::InvalidSubackCode(c)))
                .collect::<Result<Vec<_>, _>>()?;
            if return_codes.is_empty() {
                return Err(DecodeError::Truncated {
                    packet_type: ty,
                    field: "return_code[0]".into(),
                    need: 1,
                    have: 0,
                });
            }
            Packet::SubAck(SubAck { packet_id, return_codes })
        }
        PacketType::Unsubscribe => {
            let packet_id = r.packet_id()?;
            let mut filters = Vec::new();
            while r.remaining() > 0 {
                filters.push(r.string(&format!("filter[{}]", filters.len()))?);
            }
            if filters.is_empty() {
                return Err(DecodeError::NoTopicFilters(ty));
            }
            Packet::Unsubscribe(Unsubscribe { packet_id, filters })
        }
        PacketType::PingReq | PacketType::PingResp | PacketType::Disconnect => {
            exact_len(ty, body, 0)?;
            match ty {
                PacketType::PingReq => Packet::PingReq,
                PacketType::PingResp => Packet::PingResp,
                _ => Packet::Disconnect,
            }
        }
    };
    r.finish()?;
    Ok(p)
}

fn decode_connect(r: &mut Reader) -> Result<Connect, DecodeError> {
    let protocol_name = r.string("protocol_name")?;
    let protocol_level = r.u8("protocol_level")?;
    if protocol_level == 5 {
        // 5.0 puts properties after keep-alive; parsing it as 3.1.1 would misreport.
        return Err(DecodeError::Unsupported("MQTT 5.0 CONNECT (protocol level 5)".into()));
    }
    let flags = r.u8("connect_flags")?;
    let bad = |reason| Err(DecodeError::InvalidConnectFlags { flags, reason });
    if flags & 0x01 != 0 {
        return bad("reserved bit 0 is set [MQTT-3.1.2-3]");
    }
    let will_flag = flags & 0x04 != 0;
    let will_qos = (flags >> 3) & 3;
    let will_retain = flags & 0x20 != 0;
    if !will_flag && (will_qos != 0 || will_retain) {
        return bad("will QoS/retain set without will flag [MQTT-3.1.2-13], [MQTT-3.1.2-15]");
    }
    if will_qos == 3 {
        return bad("will QoS 3 [MQTT-3.1.2-14]");
    }
    let has_user = flags & 0x80 != 0;
    let has_pass = flags & 0x40 != 0;
    if has_pass && !has_user {
        return bad("password flag without user name flag [MQTT-3.1.2-22]");
    }
    let keep_alive = r.u16("keep_alive")?;
    let client_id = r.string("client_id")?;
    let will = if will_flag {
        let topic = r.string("will_topic")?;
        let payload = r.binary("will_payload")?.to_vec();
        Some(Will { topic, payload, qos: QoS::from_u8(will_qos).expect("checked"), retain: will_retain })
    } else {
        None
    };
    let username = if has_user { Some(r.string("username")?) } else { None };
    let password = if has_pass { Some(r.binary("password")?.to_vec()) } else { None };
    Ok(Connect {
        protocol_name,
        protocol_level,
        clean_session: flags & 0x02 != 0,
        keep_alive,
        client_id,
        will,
        username,
        password,
        properties: Properties::default(),
    })
}

/// Incremental decoder over a byte stream: `push` what the socket gave,
/// then call `next` until it returns `Ok(None)` ("need more bytes").
#[derive(Debug)]
pub struct Decoder {
    buf: Vec<u8>,
    version: ProtocolVersion,
    max_len: usize,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new(ProtocolVersion::V311)
    }
}

impl Decoder {
    pub fn new(version: ProtocolVersion) -> Decoder {
        Decoder { buf: Vec::new(), version, max_len: MAX_REMAINING_LENGTH + 5 }
    }
    /// Refuse packets larger than `max` bytes in total.
    pub fn max_packet_size(mut self, max: usize) -> Self {
        self.max_len = max;
        self
    }
    pub fn push(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }
    /// Next complete packet with its raw bytes. After an error the buffer is
    /// left as is (a stream that broke framing cannot be resynchronised).
    pub fn next_raw(&mut self) -> Result<Option<(Packet, Vec<u8>)>, DecodeError> {
        match decode_with(&self.buf, self.version, self.max_len)? {
            Decoded::Packet { packet, len } => {
                let raw = self.buf.drain(..len).collect();
                Ok(Some((packet, raw)))
            }
            Decoded::Incomplete { .. } => Ok(None),
        }
    }
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<Packet>, DecodeError> {
        Ok(self.next_raw()?.map(|(p, _)| p))
    }
    /// Bytes received but not yet consumed as a packet.
    pub fn buffered(&self) -> &[u8] {
        &self.buf
    }
}

/// Lower-case hex with a space between bytes, the format used in transcripts
/// and snapshots.
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        s.push_str(&format!("{b:02x}"));
    }
    s
}
