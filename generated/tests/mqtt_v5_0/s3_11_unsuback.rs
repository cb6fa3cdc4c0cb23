//! mqtt-v5.0 section 3.11: UNSUBACK – Unsubscribe acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.11.2-1 (MUST NOT, Server)
///
/// > The Server MUST NOT send this Property if it would increase the size of the UNSUBACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.2.1.2 (Reason String)
#[specgen::covers("MQTT-3.11.2-1", fp = "771a25da")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_11_2_1_server_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.11.2-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the UNSUBACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.2.1.3 (User Property)
#[specgen::covers("MQTT-3.11.2-2", fp = "2ba7a20f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_11_2_2_server_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.11.3-1 (MUST, Unknown)
///
/// > The order of Reason Codes in the UNSUBACK packet MUST match the order of Topic Filters in
/// > the UNSUBSCRIBE packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.3 (UNSUBACK Payload)
#[specgen::covers("MQTT-3.11.3-1", fp = "00f963d2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_11_3_1_order_reason_must_match_topic_filters() {
    todo!()
}

/// MQTT-3.11.3-2 (MUST, Server)
///
/// > The Server sending an UNSUBACK packet MUST use one of the Unsubscribe Reason Code values for
/// > each Topic Filter received.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.11.3 (UNSUBACK Payload)
#[specgen::covers("MQTT-3.11.3-2", fp = "a65c9b6b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_11_3_2_server_sending_must_use_one_unsubscribe() {
    todo!()
}
