//! mqtt-v5.0 section 3.4: PUBACK – Publish acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

use crate::support_connack::*;

/// MQTT-3.4.2-1 (MUST, Both)
///
/// > The Client or Server sending the PUBACK packet MUST use one of the PUBACK Reason Codes.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.4.2.1 (PUBACK Reason Code)
#[specgen::covers("MQTT-3.4.2-1", fp = "45d53ab7")]
#[test]
fn mqtt_3_4_2_1_client_server_must_use_one_reason() -> R {
    // Server side: the PUBACKs it sends in success and error cases. (A
    // client's PUBACK Reason Codes are the client suite's.)
    ack_reason_codes_valid(PacketType::PubAck)
}

/// MQTT-3.4.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBACK packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.4.2.2.2 (Reason String)
#[specgen::covers("MQTT-3.4.2-2", fp = "e646ac00")]
#[test]
fn mqtt_3_4_2_2_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubAck, PropertyId::ReasonString)
}

/// MQTT-3.4.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBACK packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.4.2.2.3 (User Property)
#[specgen::covers("MQTT-3.4.2-3", fp = "e646ac00")]
#[test]
fn mqtt_3_4_2_3_sender_must_not_send_property_would() -> R {
    ack_property_within_max(PacketType::PubAck, PropertyId::UserProperty)
}
