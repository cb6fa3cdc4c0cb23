//! mqtt-v5.0 section 3.5: PUBREC – Publish received (QoS 2 delivery part 1).
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// MQTT-3.5.2-1 (MUST, Both)
///
/// > The Client or Server sending the PUBREC packet MUST use one of the PUBREC Reason Code
/// > values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.5.2.1 (PUBREC Reason Code)
#[specgen::covers("MQTT-3.5.2-1", fp = "9ebc08fc")]
#[test]
fn mqtt_3_5_2_1_client_server_must_use_one_reason() -> R {
    // Server side: the PUBRECs it sends in success and error cases. (A
    // client's PUBREC Reason Codes are the client suite's.)
    ack_reason_codes_valid(PacketType::PubRec)
}

/// MQTT-3.5.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBREC packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.5.2.2.2 (Reason String)
#[specgen::covers("MQTT-3.5.2-2", fp = "e2b7bdbf")]
#[test]
fn mqtt_3_5_2_2_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubRec, PropertyId::ReasonString)
}

/// MQTT-3.5.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBREC packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.5.2.2.3 (User Property)
#[specgen::covers("MQTT-3.5.2-3", fp = "e2b7bdbf")]
#[test]
fn mqtt_3_5_2_3_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubRec, PropertyId::UserProperty)
}
