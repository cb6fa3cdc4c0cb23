//! mqtt-v5.0 section 3.7: PUBCOMP – Publish complete (QoS 2 delivery part 3).
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// MQTT-3.7.2-1 (MUST, Both)
///
/// > The Client or Server sending the PUBCOMP packet MUST use one of the PUBCOMP Reason Code
/// > values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.7.2.1 (PUBCOMP Reason Code)
#[specgen::covers("MQTT-3.7.2-1", fp = "213c125a")]
#[test]
fn mqtt_3_7_2_1_client_server_must_use_one_reason() -> R {
    // Server side: the PUBCOMPs it sends, for complete QoS 2 flows and for
    // a PUBREL of an unknown id. (A client's are the client suite's.)
    ack_reason_codes_valid(PacketType::PubComp)
}

/// MQTT-3.7.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this Property if it would increase the size of the PUBCOMP packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.7.2.2.2 (Reason String)
#[specgen::covers("MQTT-3.7.2-2", fp = "d6f48a94")]
#[test]
fn mqtt_3_7_2_2_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubComp, PropertyId::ReasonString)
}

/// MQTT-3.7.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBCOMP packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.7.2.2.3 (User Property)
#[specgen::covers("MQTT-3.7.2-3", fp = "b576f097")]
#[test]
fn mqtt_3_7_2_3_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubComp, PropertyId::UserProperty)
}
