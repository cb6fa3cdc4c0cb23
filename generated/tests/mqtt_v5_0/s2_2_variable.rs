//! mqtt-v5.0 section 2.2: Variable Header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-2.2.1-2 (MUST NOT, Unknown)
///
/// > A PUBLISH packet MUST NOT contain a Packet Identifier if its QoS value is set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-2", fp = "600a1971")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_1_2_publish_packet_must_not_contain_identifier() {
    todo!()
}

/// MQTT-2.2.1-3 (MUST, Client)
///
/// > Each time a Client sends a new SUBSCRIBE, UNSUBSCRIBE,or PUBLISH (where QoS > 0) MQTT
/// > Control Packet it MUST assign it a non-zero Packet Identifier that is currently unused.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-3", fp = "1d4190ab")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_1_3_mqtt_control_must_assign_non_zero() {
    todo!()
}

/// MQTT-2.2.1-4 (MUST, Server)
///
/// > Each time a Server sends a new PUBLISH (with QoS > 0) MQTT Control Packet it MUST assign it
/// > a non zero Packet Identifier that is currently unused.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-4", fp = "9ad6854f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_1_4_mqtt_control_must_assign_non_zero() {
    todo!()
}

/// MQTT-2.2.1-5 (MUST, Unknown)
///
/// > A PUBACK, PUBREC, PUBREL, or PUBCOMP packet MUST contain the same Packet Identifier as the
/// > PUBLISH packet that was originally sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-5", fp = "daa7737a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_1_5_pubcomp_packet_must_contain_identifier_publish() {
    todo!()
}

/// MQTT-2.2.1-6 (MUST, Unknown)
///
/// > A SUBACK and UNSUBACK MUST contain the Packet Identifier that was used in the corresponding
/// > SUBSCRIBE and UNSUBSCRIBE packet respectively.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.1 (Packet Identifier)
#[specgen::covers("MQTT-2.2.1-6", fp = "581d74d3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_1_6_suback_unsuback_must_contain_packet_identifier() {
    todo!()
}

/// MQTT-2.2.2-1 (MUST, Unknown)
///
/// > If there are no properties, this MUST be indicated by including a Property Length of zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.2.2.1 (Property Length)
#[specgen::covers("MQTT-2.2.2-1", fp = "5c8194ca")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_2_2_1_must_indicated_including_property_length_zero() {
    todo!()
}
