//! The packets as typed values: versions, QoS, packet types, one struct per
//! control packet, [`Packet`] and its one-line summary.

use std::fmt;

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
