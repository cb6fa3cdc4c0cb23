//! mqtt-v5.0 section 3.6: PUBREL – Publish release (QoS 2 delivery part 2).
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.6.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the Fixed Header in the PUBREL packet are reserved and MUST be set to
/// > 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and close the
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.1 (PUBREL Fixed Header)
#[specgen::covers("MQTT-3.6.1-1", fp = "73438cd9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_6_1_1_fixed_header_must_set() {
    todo!()
}

/// MQTT-3.6.2-1 (MUST, Both)
///
/// > The Client or Server sending the PUBREL packet MUST use one of the PUBREL Reason Code
/// > values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.2.1 (PUBREL Reason Code)
#[specgen::covers("MQTT-3.6.2-1", fp = "03b7e4e8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_6_2_1_client_server_must_use_one_reason() {
    todo!()
}

/// MQTT-3.6.2-2 (MUST NOT, Both)
///
/// > The sender MUST NOT send this Property if it would increase the size of the PUBREL packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.2.2.2 (Reason String)
#[specgen::covers("MQTT-3.6.2-2", fp = "29b3282c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_6_2_2_sender_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.6.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the PUBREL packet
/// > beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.6.2.2.3 (User Property)
#[specgen::covers("MQTT-3.6.2-3", fp = "c72aaa05")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_6_2_3_sender_must_not_send_property_would() {
    todo!()
}
