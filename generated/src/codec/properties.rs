//! MQTT 5.0 properties (spec 2.2.2, Table 2-4): an ordered list of typed
//! values, so a test can send duplicates, or properties a packet must not
//! carry, and see exactly what arrived. Typed getters read the list
//! (`props.topic_alias()`), builders extend it (`.with_topic_alias(1)`).

use std::fmt;

use super::types::PacketType;

/// Wire data type of a property value (spec 1.5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropertyType {
    Byte,
    TwoByteInt,
    FourByteInt,
    VarInt,
    Utf8String,
    Utf8Pair,
    Binary,
}

/// Where a property sits: in a packet's properties, or in CONNECT's Will
/// Properties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PropertyPlace {
    Packet(PacketType),
    Will,
}

impl fmt::Display for PropertyPlace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PropertyPlace::Packet(t) => write!(f, "{t}"),
            PropertyPlace::Will => f.write_str("Will Properties"),
        }
    }
}

use PacketType::{
    Auth as AU, ConnAck as CA, Connect as CO, Disconnect as DI, PubAck as PA, PubComp as PC, PubRec as PR,
    PubRel as PL, Publish as PU, SubAck as SA, Subscribe as SU, UnsubAck as UA, Unsubscribe as US,
};

macro_rules! property_table {
    ($(
        $id:literal $variant:ident $getter:ident $builder:ident $name:literal
        $pty:ident ($rust:ty) -> $ret:ty { $conv:expr } ($param:ty) [$($pkt:ident),*] will=$will:literal;
    )*) => {
        /// Property identifier (Table 2-4).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum PropertyId {
            $($variant = $id,)*
            UserProperty = 0x26,
        }

        impl PropertyId {
            pub fn from_u8(v: u8) -> Option<PropertyId> {
                match v {
                    $($id => Some(PropertyId::$variant),)*
                    0x26 => Some(PropertyId::UserProperty),
                    _ => None,
                }
            }
            /// Every identifier, ascending.
            pub fn all() -> Vec<PropertyId> {
                let mut v = vec![$(PropertyId::$variant,)* PropertyId::UserProperty];
                v.sort();
                v
            }
            /// Spec name, e.g. "Topic Alias".
            pub fn name(self) -> &'static str {
                match self {
                    $(PropertyId::$variant => $name,)*
                    PropertyId::UserProperty => "User Property",
                }
            }
            pub fn data_type(self) -> PropertyType {
                match self {
                    $(PropertyId::$variant => PropertyType::$pty,)*
                    PropertyId::UserProperty => PropertyType::Utf8Pair,
                }
            }
            /// Packets Table 2-4 allows this property in.
            pub fn packets(self) -> &'static [PacketType] {
                match self {
                    $(PropertyId::$variant => &[$($pkt),*],)*
                    PropertyId::UserProperty => &[CO, CA, PU, PA, PR, PL, PC, SU, SA, US, UA, DI, AU],
                }
            }
            /// Whether it may appear in CONNECT's Will Properties.
            pub fn in_will(self) -> bool {
                match self {
                    $(PropertyId::$variant => $will,)*
                    PropertyId::UserProperty => true,
                }
            }
        }

        /// One property with its value. `Raw` writes an identifier byte and
        /// then `value` verbatim, for unknown identifiers and broken values.
        #[derive(Clone, Debug, PartialEq, Eq)]
        pub enum Property {
            $($variant($rust),)*
            UserProperty(String, String),
            Raw { id: u8, value: Vec<u8> },
        }

        impl Property {
            /// The identifier byte on the wire.
            pub fn id_byte(&self) -> u8 {
                match self {
                    $(Property::$variant(_) => $id,)*
                    Property::UserProperty(..) => 0x26,
                    Property::Raw { id, .. } => *id,
                }
            }
        }

        impl Properties {
            $(
                #[doc = concat!("First ", $name, " in the list.")]
                pub fn $getter(&self) -> Option<$ret> {
                    self.list.iter().find_map(|p| match p {
                        Property::$variant(v) => Some($conv(v)),
                        _ => None,
                    })
                }
                #[doc = concat!("Append a ", $name, ".")]
                pub fn $builder(self, v: $param) -> Self {
                    self.with(Property::$variant(v.into()))
                }
            )*
        }
    };
}

fn copy<T: Copy>(v: &T) -> T {
    *v
}
#[allow(clippy::ptr_arg)] // the table passes `&String` for String-valued properties
fn as_str(v: &String) -> &str {
    v.as_str()
}
#[allow(clippy::ptr_arg)]
fn as_bytes(v: &Vec<u8>) -> &[u8] {
    v.as_slice()
}

property_table! {
    0x01 PayloadFormatIndicator payload_format_indicator with_payload_format_indicator "Payload Format Indicator"
        Byte(u8) -> u8 { copy } (u8) [PU] will=true;
    0x02 MessageExpiryInterval message_expiry_interval with_message_expiry_interval "Message Expiry Interval"
        FourByteInt(u32) -> u32 { copy } (u32) [PU] will=true;
    0x03 ContentType content_type with_content_type "Content Type"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [PU] will=true;
    0x08 ResponseTopic response_topic with_response_topic "Response Topic"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [PU] will=true;
    0x09 CorrelationData correlation_data with_correlation_data "Correlation Data"
        Binary(Vec<u8>) -> &[u8] { as_bytes } (impl Into<Vec<u8>>) [PU] will=true;
    0x0B SubscriptionIdentifier subscription_identifier with_subscription_identifier "Subscription Identifier"
        VarInt(u32) -> u32 { copy } (u32) [PU, SU] will=false;
    0x11 SessionExpiryInterval session_expiry_interval with_session_expiry_interval "Session Expiry Interval"
        FourByteInt(u32) -> u32 { copy } (u32) [CO, CA, DI] will=false;
    0x12 AssignedClientIdentifier assigned_client_identifier with_assigned_client_identifier "Assigned Client Identifier"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [CA] will=false;
    0x13 ServerKeepAlive server_keep_alive with_server_keep_alive "Server Keep Alive"
        TwoByteInt(u16) -> u16 { copy } (u16) [CA] will=false;
    0x15 AuthenticationMethod authentication_method with_authentication_method "Authentication Method"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [CO, CA, AU] will=false;
    0x16 AuthenticationData authentication_data with_authentication_data "Authentication Data"
        Binary(Vec<u8>) -> &[u8] { as_bytes } (impl Into<Vec<u8>>) [CO, CA, AU] will=false;
    0x17 RequestProblemInformation request_problem_information with_request_problem_information "Request Problem Information"
        Byte(u8) -> u8 { copy } (u8) [CO] will=false;
    0x18 WillDelayInterval will_delay_interval with_will_delay_interval "Will Delay Interval"
        FourByteInt(u32) -> u32 { copy } (u32) [] will=true;
    0x19 RequestResponseInformation request_response_information with_request_response_information "Request Response Information"
        Byte(u8) -> u8 { copy } (u8) [CO] will=false;
    0x1A ResponseInformation response_information with_response_information "Response Information"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [CA] will=false;
    0x1C ServerReference server_reference with_server_reference "Server Reference"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [CA, DI] will=false;
    0x1F ReasonString reason_string with_reason_string "Reason String"
        Utf8String(String) -> &str { as_str } (impl Into<String>) [CA, PA, PR, PL, PC, SA, UA, DI, AU] will=false;
    0x21 ReceiveMaximum receive_maximum with_receive_maximum "Receive Maximum"
        TwoByteInt(u16) -> u16 { copy } (u16) [CO, CA] will=false;
    0x22 TopicAliasMaximum topic_alias_maximum with_topic_alias_maximum "Topic Alias Maximum"
        TwoByteInt(u16) -> u16 { copy } (u16) [CO, CA] will=false;
    0x23 TopicAlias topic_alias with_topic_alias "Topic Alias"
        TwoByteInt(u16) -> u16 { copy } (u16) [PU] will=false;
    0x24 MaximumQoS maximum_qos with_maximum_qos "Maximum QoS"
        Byte(u8) -> u8 { copy } (u8) [CA] will=false;
    0x25 RetainAvailable retain_available with_retain_available "Retain Available"
        Byte(u8) -> u8 { copy } (u8) [CA] will=false;
    0x27 MaximumPacketSize maximum_packet_size with_maximum_packet_size "Maximum Packet Size"
        FourByteInt(u32) -> u32 { copy } (u32) [CO, CA] will=false;
    0x28 WildcardSubscriptionAvailable wildcard_subscription_available with_wildcard_subscription_available "Wildcard Subscription Available"
        Byte(u8) -> u8 { copy } (u8) [CA] will=false;
    0x29 SubscriptionIdentifierAvailable subscription_identifier_available with_subscription_identifier_available "Subscription Identifier Available"
        Byte(u8) -> u8 { copy } (u8) [CA] will=false;
    0x2A SharedSubscriptionAvailable shared_subscription_available with_shared_subscription_available "Shared Subscription Available"
        Byte(u8) -> u8 { copy } (u8) [CA] will=false;
}

impl PropertyId {
    /// Whether `place` may carry this property.
    pub fn allowed_in(self, place: PropertyPlace) -> bool {
        match place {
            PropertyPlace::Packet(t) => self.packets().contains(&t),
            PropertyPlace::Will => self.in_will(),
        }
    }
    /// Whether it may appear more than once in `place`: User Property
    /// anywhere, Subscription Identifier in PUBLISH (spec 3.3.2.3.8).
    pub fn may_repeat(self, place: PropertyPlace) -> bool {
        self == PropertyId::UserProperty
            || (self == PropertyId::SubscriptionIdentifier && place == PropertyPlace::Packet(PacketType::Publish))
    }
}

impl Property {
    /// The identifier, `None` for a `Raw` property with an unknown one.
    pub fn id(&self) -> Option<PropertyId> {
        PropertyId::from_u8(self.id_byte())
    }
    /// Short form for transcripts, e.g. `Topic Alias=3`.
    pub fn summary(&self) -> String {
        let v = match self {
            Property::PayloadFormatIndicator(v)
            | Property::RequestProblemInformation(v)
            | Property::RequestResponseInformation(v)
            | Property::MaximumQoS(v)
            | Property::RetainAvailable(v)
            | Property::WildcardSubscriptionAvailable(v)
            | Property::SubscriptionIdentifierAvailable(v)
            | Property::SharedSubscriptionAvailable(v) => v.to_string(),
            Property::ServerKeepAlive(v)
            | Property::ReceiveMaximum(v)
            | Property::TopicAliasMaximum(v)
            | Property::TopicAlias(v) => v.to_string(),
            Property::MessageExpiryInterval(v)
            | Property::SubscriptionIdentifier(v)
            | Property::SessionExpiryInterval(v)
            | Property::WillDelayInterval(v)
            | Property::MaximumPacketSize(v) => v.to_string(),
            Property::ContentType(s)
            | Property::ResponseTopic(s)
            | Property::AssignedClientIdentifier(s)
            | Property::AuthenticationMethod(s)
            | Property::ResponseInformation(s)
            | Property::ServerReference(s)
            | Property::ReasonString(s) => format!("{s:?}"),
            Property::CorrelationData(b) | Property::AuthenticationData(b) => format!("{}B", b.len()),
            Property::UserProperty(k, v) => format!("{k:?}:{v:?}"),
            Property::Raw { id, value } => return format!("raw 0x{id:02x}=[{}]", super::hex(value)),
        };
        format!("{}={v}", self.id().map(|i| i.name()).unwrap_or("?"))
    }
}

/// A packet's (or the will's) properties, in wire order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Properties {
    pub list: Vec<Property>,
}

impl Properties {
    pub fn new() -> Properties {
        Properties::default()
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Property> {
        self.list.iter()
    }
    /// Append any property (duplicates and misplaced ones included).
    pub fn with(mut self, p: Property) -> Self {
        self.list.push(p);
        self
    }
    pub fn push(&mut self, p: Property) {
        self.list.push(p);
    }
    /// Append a User Property (may repeat).
    pub fn with_user_property(self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.with(Property::UserProperty(key.into(), value.into()))
    }
    /// Every User Property in order.
    pub fn user_properties(&self) -> Vec<(&str, &str)> {
        self.list
            .iter()
            .filter_map(|p| match p {
                Property::UserProperty(k, v) => Some((k.as_str(), v.as_str())),
                _ => None,
            })
            .collect()
    }
    /// Every Subscription Identifier in order (a PUBLISH may carry several).
    pub fn subscription_identifiers(&self) -> Vec<u32> {
        self.list
            .iter()
            .filter_map(|p| match p {
                Property::SubscriptionIdentifier(v) => Some(*v),
                _ => None,
            })
            .collect()
    }
    /// Every property with identifier `id`.
    pub fn all_of(&self, id: PropertyId) -> Vec<&Property> {
        self.list.iter().filter(|p| p.id() == Some(id)).collect()
    }
    /// e.g. `{Topic Alias=3, User Property="a":"b"}`; empty string when empty.
    pub fn summary(&self) -> String {
        if self.list.is_empty() {
            return String::new();
        }
        format!(" {{{}}}", self.list.iter().map(Property::summary).collect::<Vec<_>>().join(", "))
    }
}

impl FromIterator<Property> for Properties {
    fn from_iter<I: IntoIterator<Item = Property>>(it: I) -> Self {
        Properties { list: it.into_iter().collect() }
    }
}

impl From<Vec<Property>> for Properties {
    fn from(list: Vec<Property>) -> Self {
        Properties { list }
    }
}
