//! mqtt-sn-v2.0 section 2.2: Packet Identifier.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-2.2-1 (MUST, Client)
///
/// > Each time a Client sends a new MQTT-SN Control Packet which is identified in Figure 2-5 as
/// > requiring a Packet Identifier, it MUST assign it a non-zero Packet Identifier that is
/// > currently unused.
///
/// Spec: mqtt-sn-v2.0, section 2.2 (Packet Identifier)
#[specgen::covers("MQTT-SN-2.2-1", fp = "f1104db0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_2_2_1_must_assign_non_zero_packet_identifier() {
    todo!()
}

/// MQTT-SN-2.2-2 (MUST NOT, Unknown)
///
/// > A PUBLISH packet MUST NOT contain a Packet Identifier if its QoS value is set to 0
///
/// Spec: mqtt-sn-v2.0, section 2.2 (Packet Identifier)
#[specgen::covers("MQTT-SN-2.2-2", fp = "f83fa718")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_2_2_2_publish_packet_must_not_contain_identifier() {
    todo!()
}

/// MQTT-SN-2.2-3 (MUST, Server)
///
/// > Each time a Server sends a new PUBLISH (with QoS greater than 0) MQTT-SN Control Packet it
/// > MUST assign it a non zero Packet Identifier that is currently unused.
///
/// Spec: mqtt-sn-v2.0, section 2.2 (Packet Identifier)
#[specgen::covers("MQTT-SN-2.2-3", fp = "5f3542ee")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_2_2_3_mqtt_sn_must_assign_non_zero() {
    todo!()
}

/// MQTT-SN-2.2-4 (MUST, Unknown)
///
/// > A PUBACK, PUBREC , PUBREL, or PUBCOMP packet MUST contain the same Packet Identifier as the
/// > PUBLISH packet that was originally sent. A SUBACK and UNSUBACK MUST contain the Packet
/// > Identifier that was used in the corresponding SUBSCRIBE and UNSUBSCRIBE packet respectively.
///
/// Spec: mqtt-sn-v2.0, section 2.2 (Packet Identifier)
#[specgen::covers("MQTT-SN-2.2-4", fp = "797e5b4b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_2_2_4_pubcomp_packet_must_contain_identifier_publish() {
    todo!()
}
