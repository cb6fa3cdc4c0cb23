//! MQTT 5.0 Reason Codes (spec 2.4, Table 2-6): one byte, below 0x80
//! success, from 0x80 failure. A [`ReasonCode`] holds any byte, so a test
//! can send one that is not valid for its packet; [`ReasonCode::valid_for`]
//! and [`ReasonCode::name_for`] answer from the table.

use std::fmt;

use super::types::PacketType;

/// A Reason Code byte. The named constants are the spec's codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ReasonCode(pub u8);

use PacketType::{
    Auth as AU, ConnAck as CA, Disconnect as DI, PubAck as PA, PubComp as PC, PubRec as PR, PubRel as PL, SubAck as SA,
    UnsubAck as UA,
};

/// (value, name, packets) rows of Table 2-6. 0x00 has three names by packet.
const TABLE: &[(u8, &str, &[PacketType])] = &[
    (0x00, "Success", &[CA, PA, PR, PL, PC, UA, AU]),
    (0x00, "Normal disconnection", &[DI]),
    (0x00, "Granted QoS 0", &[SA]),
    (0x01, "Granted QoS 1", &[SA]),
    (0x02, "Granted QoS 2", &[SA]),
    (0x04, "Disconnect with Will Message", &[DI]),
    (0x10, "No matching subscribers", &[PA, PR]),
    (0x11, "No subscription existed", &[UA]),
    (0x18, "Continue authentication", &[AU]),
    (0x19, "Re-authenticate", &[AU]),
    (0x80, "Unspecified error", &[CA, PA, PR, SA, UA, DI]),
    (0x81, "Malformed Packet", &[CA, DI]),
    (0x82, "Protocol Error", &[CA, DI]),
    (0x83, "Implementation specific error", &[CA, PA, PR, SA, UA, DI]),
    (0x84, "Unsupported Protocol Version", &[CA]),
    (0x85, "Client Identifier not valid", &[CA]),
    (0x86, "Bad User Name or Password", &[CA]),
    (0x87, "Not authorized", &[CA, PA, PR, SA, UA, DI]),
    (0x88, "Server unavailable", &[CA]),
    (0x89, "Server busy", &[CA, DI]),
    (0x8A, "Banned", &[CA]),
    (0x8B, "Server shutting down", &[DI]),
    (0x8C, "Bad authentication method", &[CA, DI]),
    (0x8D, "Keep Alive timeout", &[DI]),
    (0x8E, "Session taken over", &[DI]),
    (0x8F, "Topic Filter invalid", &[SA, UA, DI]),
    (0x90, "Topic Name invalid", &[CA, PA, PR, DI]),
    (0x91, "Packet Identifier in use", &[PA, PR, SA, UA]),
    (0x92, "Packet Identifier not found", &[PL, PC]),
    (0x93, "Receive Maximum exceeded", &[DI]),
    (0x94, "Topic Alias invalid", &[DI]),
    (0x95, "Packet too large", &[CA, DI]),
    (0x96, "Message rate too high", &[DI]),
    (0x97, "Quota exceeded", &[CA, PA, PR, SA, DI]),
    (0x98, "Administrative action", &[DI]),
    (0x99, "Payload format invalid", &[CA, PA, PR, DI]),
    (0x9A, "Retain not supported", &[CA, DI]),
    (0x9B, "QoS not supported", &[CA, DI]),
    (0x9C, "Use another server", &[CA, DI]),
    (0x9D, "Server moved", &[CA, DI]),
    (0x9E, "Shared Subscriptions not supported", &[SA, DI]),
    (0x9F, "Connection rate exceeded", &[CA, DI]),
    (0xA0, "Maximum connect time", &[DI]),
    (0xA1, "Subscription Identifiers not supported", &[SA, DI]),
    (0xA2, "Wildcard Subscriptions not supported", &[SA, DI]),
];

#[allow(non_upper_case_globals)]
impl ReasonCode {
    pub const Success: ReasonCode = ReasonCode(0x00);
    pub const NormalDisconnection: ReasonCode = ReasonCode(0x00);
    pub const GrantedQoS0: ReasonCode = ReasonCode(0x00);
    pub const GrantedQoS1: ReasonCode = ReasonCode(0x01);
    pub const GrantedQoS2: ReasonCode = ReasonCode(0x02);
    pub const DisconnectWithWillMessage: ReasonCode = ReasonCode(0x04);
    pub const NoMatchingSubscribers: ReasonCode = ReasonCode(0x10);
    pub const NoSubscriptionExisted: ReasonCode = ReasonCode(0x11);
    pub const ContinueAuthentication: ReasonCode = ReasonCode(0x18);
    pub const ReAuthenticate: ReasonCode = ReasonCode(0x19);
    pub const UnspecifiedError: ReasonCode = ReasonCode(0x80);
    pub const MalformedPacket: ReasonCode = ReasonCode(0x81);
    pub const ProtocolError: ReasonCode = ReasonCode(0x82);
    pub const ImplementationSpecificError: ReasonCode = ReasonCode(0x83);
    pub const UnsupportedProtocolVersion: ReasonCode = ReasonCode(0x84);
    pub const ClientIdentifierNotValid: ReasonCode = ReasonCode(0x85);
    pub const BadUserNameOrPassword: ReasonCode = ReasonCode(0x86);
    pub const NotAuthorized: ReasonCode = ReasonCode(0x87);
    pub const ServerUnavailable: ReasonCode = ReasonCode(0x88);
    pub const ServerBusy: ReasonCode = ReasonCode(0x89);
    pub const Banned: ReasonCode = ReasonCode(0x8A);
    pub const ServerShuttingDown: ReasonCode = ReasonCode(0x8B);
    pub const BadAuthenticationMethod: ReasonCode = ReasonCode(0x8C);
    pub const KeepAliveTimeout: ReasonCode = ReasonCode(0x8D);
    pub const SessionTakenOver: ReasonCode = ReasonCode(0x8E);
    pub const TopicFilterInvalid: ReasonCode = ReasonCode(0x8F);
    pub const TopicNameInvalid: ReasonCode = ReasonCode(0x90);
    pub const PacketIdentifierInUse: ReasonCode = ReasonCode(0x91);
    pub const PacketIdentifierNotFound: ReasonCode = ReasonCode(0x92);
    pub const ReceiveMaximumExceeded: ReasonCode = ReasonCode(0x93);
    pub const TopicAliasInvalid: ReasonCode = ReasonCode(0x94);
    pub const PacketTooLarge: ReasonCode = ReasonCode(0x95);
    pub const MessageRateTooHigh: ReasonCode = ReasonCode(0x96);
    pub const QuotaExceeded: ReasonCode = ReasonCode(0x97);
    pub const AdministrativeAction: ReasonCode = ReasonCode(0x98);
    pub const PayloadFormatInvalid: ReasonCode = ReasonCode(0x99);
    pub const RetainNotSupported: ReasonCode = ReasonCode(0x9A);
    pub const QoSNotSupported: ReasonCode = ReasonCode(0x9B);
    pub const UseAnotherServer: ReasonCode = ReasonCode(0x9C);
    pub const ServerMoved: ReasonCode = ReasonCode(0x9D);
    pub const SharedSubscriptionsNotSupported: ReasonCode = ReasonCode(0x9E);
    pub const ConnectionRateExceeded: ReasonCode = ReasonCode(0x9F);
    pub const MaximumConnectTime: ReasonCode = ReasonCode(0xA0);
    pub const SubscriptionIdentifiersNotSupported: ReasonCode = ReasonCode(0xA1);
    pub const WildcardSubscriptionsNotSupported: ReasonCode = ReasonCode(0xA2);

    pub fn value(self) -> u8 {
        self.0
    }
    /// Below 0x80: the operation succeeded.
    pub fn is_success(self) -> bool {
        self.0 < 0x80
    }
    /// Whether Table 2-6 lists this code for `packet`.
    pub fn valid_for(self, packet: PacketType) -> bool {
        self.name_for(packet).is_some()
    }
    /// The code's name in `packet` (0x00 is "Success", "Normal
    /// disconnection" or "Granted QoS 0"), if valid there.
    pub fn name_for(self, packet: PacketType) -> Option<&'static str> {
        TABLE.iter().find(|(v, _, ps)| *v == self.0 && ps.contains(&packet)).map(|(_, n, _)| *n)
    }
    /// The packets Table 2-6 allows this code in.
    pub fn packets(self) -> Vec<PacketType> {
        TABLE.iter().filter(|(v, _, _)| *v == self.0).flat_map(|(_, _, ps)| ps.iter().copied()).collect()
    }
    /// The first name the table gives this value, if it is a defined code.
    pub fn name(self) -> Option<&'static str> {
        TABLE.iter().find(|(v, _, _)| *v == self.0).map(|(_, n, _)| *n)
    }
    /// Every defined code value, ascending.
    pub fn all() -> Vec<ReasonCode> {
        let mut v: Vec<ReasonCode> = TABLE.iter().map(|(v, _, _)| ReasonCode(*v)).collect();
        v.dedup();
        v
    }
}

impl fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(n) => write!(f, "0x{:02x} {n}", self.0),
            None => write!(f, "0x{:02x} (undefined)", self.0),
        }
    }
}
