//! mqtt-v5.0 section 3.9: SUBACK – Subscribe acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.9.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT send this Property if it would increase the size of the SUBACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.2.1.2 (Reason String)
#[specgen::covers("MQTT-3.9.2-1", fp = "d27997ce")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_9_2_1_server_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.9.2-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the SUBACK packet
/// > beyond the Maximum Packet Size specified by Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.2.1.3 (User Property)
#[specgen::covers("MQTT-3.9.2-2", fp = "9ed1e062")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_9_2_2_server_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.9.3-1 (MUST, Unknown)
///
/// > The order of Reason Codes in the SUBACK packet MUST match the order of Topic Filters in the
/// > SUBSCRIBE packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.3 (SUBACK Payload)
#[specgen::covers("MQTT-3.9.3-1", fp = "4672c79b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_9_3_1_order_reason_must_match_topic_filters() {
    todo!()
}

/// MQTT-3.9.3-2 (MUST, Server)
///
/// > The Server sending a SUBACK packet MUST use one of the Subscribe Reason Codes for each Topic
/// > Filter received.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.9.3 (SUBACK Payload)
#[specgen::covers("MQTT-3.9.3-2", fp = "991d41d0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_9_3_2_server_sending_must_use_one_subscribe() {
    todo!()
}
