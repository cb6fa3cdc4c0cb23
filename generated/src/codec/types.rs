//! The packets as typed values: versions, QoS, packet types, one struct per
//! control packet, [`Packet`] and its one-line summary. One set of structs
//! serves both versions: the 5.0 parts (reason codes, properties,
//! subscription options) default to "absent" and the 3.1.1 encoder ignores
//! them.

use std::fmt;

pub use super::properties::Properties;
use super::properties::Property;
use super::reason::ReasonCode;

/// Largest value the 4-byte Remaining Length can hold (spec 2.2.3).
pub const MAX_REMAINING_LENGTH: usize = 268_435_455;

/// Protocol revision the codec speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum ProtocolVersion {
    #[default]
    V311,
    V5,
}

impl ProtocolVersion {
    /// The CONNECT "Protocol Level" byte.
    pub fn level(self) -> u8 {
        match self {
            ProtocolVersion::V311 => 4,
            ProtocolVersion::V5 => 5,
        }
    }
    /// The CONNECT "Protocol Name".
    pub fn protocol_name(self) -> &'static str {
        "MQTT"
    }
}

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
    /// 5.0 only; reserved in 3.1.1.
    Auth = 15,
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
            15 => Auth,
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
            Auth => "AUTH",
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
    /// 5.0 Will Properties.
    pub properties: Properties,
}

impl Will {
    pub fn new(topic: impl Into<String>, payload: impl Into<Vec<u8>>, qos: QoS, retain: bool) -> Will {
        Will { topic: topic.into(), payload: payload.into(), qos, retain, properties: Properties::default() }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
    pub fn property(mut self, p: Property) -> Self {
        self.properties.push(p);
        self
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
    /// A 5.0 CONNECT (level 5) with clean start and a 60 s keep-alive.
    pub fn v5(client_id: impl Into<String>) -> Connect {
        Connect::new(client_id).protocol("MQTT", ProtocolVersion::V5.level())
    }
    /// A CONNECT for `version`.
    pub fn for_version(version: ProtocolVersion, client_id: impl Into<String>) -> Connect {
        Connect::new(client_id).protocol("MQTT", version.level())
    }
    /// 5.0 name of the clean session bit.
    pub fn clean_start(self, clean: bool) -> Self {
        self.clean_session(clean)
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
    pub fn property(mut self, p: Property) -> Self {
        self.properties.push(p);
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
    /// The 5.0 Reason Code of the same meaning (spec 5.0 Table 3-1 against
    /// 3.1.1 Table 3.1).
    pub fn to_reason(self) -> ReasonCode {
        use ConnectReturnCode::*;
        match self {
            Accepted => ReasonCode::Success,
            UnacceptableProtocolVersion => ReasonCode::UnsupportedProtocolVersion,
            IdentifierRejected => ReasonCode::ClientIdentifierNotValid,
            ServerUnavailable => ReasonCode::ServerUnavailable,
            BadUserNameOrPassword => ReasonCode::BadUserNameOrPassword,
            NotAuthorized => ReasonCode::NotAuthorized,
        }
    }
    /// The 3.1.1 code closest to a 5.0 CONNACK Reason Code: the one of the
    /// same meaning, Accepted for any success, and ServerUnavailable
    /// ("the MQTT service is unavailable") for refusals 3.1.1 cannot name.
    pub fn from_reason(r: ReasonCode) -> Self {
        use ConnectReturnCode::*;
        match r {
            r if r.is_success() => Accepted,
            ReasonCode::UnsupportedProtocolVersion => UnacceptableProtocolVersion,
            ReasonCode::ClientIdentifierNotValid => IdentifierRejected,
            ReasonCode::BadUserNameOrPassword => BadUserNameOrPassword,
            ReasonCode::NotAuthorized => NotAuthorized,
            _ => ServerUnavailable,
        }
    }
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
    /// 3.1.1 return code (in a 5.0 CONNACK: derived from `reason_code`).
    pub code: ConnectReturnCode,
    /// 5.0 Reason Code (in a 3.1.1 CONNACK: derived from `code`). Each
    /// encoder writes its own version's field.
    pub reason_code: ReasonCode,
    pub properties: Properties,
}

impl ConnAck {
    pub fn new(session_present: bool, code: ConnectReturnCode) -> ConnAck {
        ConnAck { session_present, code, reason_code: code.to_reason(), properties: Properties::default() }
    }
    /// A 5.0 CONNACK with `reason`.
    pub fn v5(session_present: bool, reason: ReasonCode) -> ConnAck {
        ConnAck {
            session_present,
            code: ConnectReturnCode::from_reason(reason),
            reason_code: reason,
            properties: Properties::default(),
        }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
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
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
    pub fn property(mut self, p: Property) -> Self {
        self.properties.push(p);
        self
    }
}

macro_rules! acks {
    ($($(#[$m:meta])* $name:ident),*) => {$(
        $(#[$m])*
        /// In 5.0 it also carries a Reason Code and properties; with Success
        /// and no properties it is encoded in the 2-byte short form.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub struct $name {
            pub packet_id: u16,
            pub reason_code: ReasonCode,
            pub properties: Properties,
        }
        impl $name {
            pub fn new(packet_id: u16) -> Self {
                $name { packet_id, reason_code: ReasonCode::Success, properties: Properties::default() }
            }
            /// A 5.0 acknowledgement with `reason`.
            pub fn v5(packet_id: u16, reason: ReasonCode) -> Self {
                $name { packet_id, reason_code: reason, properties: Properties::default() }
            }
            pub fn properties(mut self, p: Properties) -> Self {
                self.properties = p;
                self
            }
        }
    )*};
}
acks!(
    /// PUBACK: QoS 1 acknowledgement.
    PubAck,
    /// PUBREC: QoS 2, part 1.
    PubRec,
    /// PUBREL: QoS 2, part 2 (fixed-header flags 0b0010).
    PubRel,
    /// PUBCOMP: QoS 2, part 3.
    PubComp
);

/// UNSUBACK. 3.1.1 carries only the packet id; 5.0 adds properties and one
/// Reason Code per filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnsubAck {
    pub packet_id: u16,
    pub reason_codes: Vec<ReasonCode>,
    pub properties: Properties,
}

impl UnsubAck {
    pub fn new(packet_id: u16) -> UnsubAck {
        UnsubAck { packet_id, reason_codes: vec![], properties: Properties::default() }
    }
    pub fn v5(packet_id: u16, reason_codes: impl Into<Vec<ReasonCode>>) -> UnsubAck {
        UnsubAck { packet_id, reason_codes: reason_codes.into(), properties: Properties::default() }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
}

/// 5.0 Subscription Options besides the QoS (spec 3.8.3.1).
/// `retain_handling` is written as given (3 is a Protocol Error).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SubOptions {
    pub no_local: bool,
    pub retain_as_published: bool,
    pub retain_handling: u8,
}

impl SubOptions {
    pub fn no_local(mut self, v: bool) -> Self {
        self.no_local = v;
        self
    }
    pub fn retain_as_published(mut self, v: bool) -> Self {
        self.retain_as_published = v;
        self
    }
    pub fn retain_handling(mut self, v: u8) -> Self {
        self.retain_handling = v;
        self
    }
    /// The options byte with `qos` in bits 0-1.
    pub fn byte(self, qos: QoS) -> u8 {
        qos as u8 | (self.no_local as u8) << 2 | (self.retain_as_published as u8) << 3 | (self.retain_handling & 3) << 4
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subscribe {
    pub packet_id: u16,
    /// (topic filter, requested QoS); must not be empty on the wire.
    pub filters: Vec<(String, QoS)>,
    /// 5.0 options of each filter, by index (missing ones are the default);
    /// the 3.1.1 encoder ignores them.
    pub options: Vec<SubOptions>,
    pub properties: Properties,
}

impl Subscribe {
    pub fn new(packet_id: u16, filters: impl IntoIterator<Item = (impl Into<String>, QoS)>) -> Subscribe {
        let filters: Vec<(String, QoS)> = filters.into_iter().map(|(f, q)| (f.into(), q)).collect();
        let options = vec![SubOptions::default(); filters.len()];
        Subscribe { packet_id, filters, options, properties: Properties::default() }
    }
    /// 5.0: (filter, QoS, options) triples.
    pub fn v5(packet_id: u16, filters: impl IntoIterator<Item = (impl Into<String>, QoS, SubOptions)>) -> Subscribe {
        let mut s = Subscribe::new(packet_id, Vec::<(String, QoS)>::new());
        for (f, q, o) in filters {
            s.filters.push((f.into(), q));
            s.options.push(o);
        }
        s
    }
    /// The same options for every filter.
    pub fn with_options(mut self, o: SubOptions) -> Self {
        self.options = vec![o; self.filters.len()];
        self
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
    pub fn property(mut self, p: Property) -> Self {
        self.properties.push(p);
        self
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
    /// 3.1.1 return codes (in a 5.0 SUBACK: derived, any failure is `Failure`).
    pub return_codes: Vec<SubackCode>,
    /// 5.0 Reason Codes (in a 3.1.1 SUBACK: derived, `Failure` is 0x80).
    /// Each encoder writes its own version's list.
    pub reason_codes: Vec<ReasonCode>,
    pub properties: Properties,
}

impl SubAck {
    pub fn new(packet_id: u16, return_codes: impl Into<Vec<SubackCode>>) -> SubAck {
        let return_codes: Vec<SubackCode> = return_codes.into();
        let reason_codes = return_codes.iter().map(|c| ReasonCode(c.to_u8())).collect();
        SubAck { packet_id, return_codes, reason_codes, properties: Properties::default() }
    }
    /// A 5.0 SUBACK.
    pub fn v5(packet_id: u16, reason_codes: impl Into<Vec<ReasonCode>>) -> SubAck {
        let reason_codes: Vec<ReasonCode> = reason_codes.into();
        let return_codes = reason_codes
            .iter()
            .map(|r| match QoS::from_u8(r.0) {
                Some(q) => SubackCode::Granted(q),
                None => SubackCode::Failure,
            })
            .collect();
        SubAck { packet_id, return_codes, reason_codes, properties: Properties::default() }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsubscribe {
    pub packet_id: u16,
    /// Must not be empty on the wire.
    pub filters: Vec<String>,
    pub properties: Properties,
}

impl Unsubscribe {
    pub fn new(packet_id: u16, filters: impl IntoIterator<Item = impl Into<String>>) -> Unsubscribe {
        Unsubscribe {
            packet_id,
            filters: filters.into_iter().map(Into::into).collect(),
            properties: Properties::default(),
        }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
}

/// 5.0 DISCONNECT with a Reason Code and/or properties. One without either
/// is [`Packet::Disconnect`]; `Packet::from` picks that form.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Disconnect {
    pub reason_code: ReasonCode,
    pub properties: Properties,
}

impl Disconnect {
    pub fn new(reason: ReasonCode) -> Disconnect {
        Disconnect { reason_code: reason, properties: Properties::default() }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
    pub fn property(mut self, p: Property) -> Self {
        self.properties.push(p);
        self
    }
}

/// 5.0 AUTH (spec 3.15). Success with no properties is the short form.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Auth {
    pub reason_code: ReasonCode,
    pub properties: Properties,
}

impl Auth {
    pub fn new(reason: ReasonCode) -> Auth {
        Auth { reason_code: reason, properties: Properties::default() }
    }
    pub fn properties(mut self, p: Properties) -> Self {
        self.properties = p;
        self
    }
    pub fn property(mut self, p: Property) -> Self {
        self.properties.push(p);
        self
    }
}
