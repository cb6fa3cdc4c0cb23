//! mqtt-v3.1.1 section 2.3: Packet Identifier.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-2.3.1-1 (MUST, Unknown)
///
/// > SUBSCRIBE, UNSUBSCRIBE, and PUBLISH (in cases where QoS > 0) Control Packets MUST contain a
/// > non-zero 16-bit Packet Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-1", fp = "0e07c4e9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_1_control_packets_must_contain_non_zero() {
    todo!()
}

/// MQTT-2.3.1-2 (MUST, Client)
///
/// > Each time a Client sends a new packet of one of these types it MUST assign it a currently
/// > unused Packet Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-2", fp = "6dfd2dcd")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_2_each_time_must_assign_currently_unused() {
    todo!()
}

/// MQTT-2.3.1-3 (MUST, Client)
///
/// > If a Client re-sends a particular Control Packet, then it MUST use the same Packet
/// > Identifier in subsequent re-sends of that packet. The Packet Identifier becomes available
/// > for reuse after the Client has processed the corresponding acknowledgement packet. In the
/// > case of a QoS 1 PUBLISH this is the corresponding PUBACK; in the case of QoS 2 it is
/// > PUBCOMP. For SUBSCRIBE or UNSUBSCRIBE it is the corresponding SUBACK or UNSUBACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-3", fp = "843111b2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_3_must_use_packet_identifier_subsequent_re() {
    todo!()
}

/// MQTT-2.3.1-4 (no keyword, Server)
///
/// > The same conditions apply to a Server when it sends a PUBLISH with QoS > 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-4", fp = "0b732105")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_4_conditions_apply_server_sends_publish_qos() {
    todo!()
}

/// MQTT-2.3.1-5 (MUST NOT, Unknown)
///
/// > A PUBLISH Packet MUST NOT contain a Packet Identifier if its QoS value is set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-5", fp = "7ec0bb82")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_5_publish_packet_must_not_contain_identifier() {
    todo!()
}

/// MQTT-2.3.1-6 (MUST, Unknown)
///
/// > A PUBACK, PUBREC or PUBREL Packet MUST contain the same Packet Identifier as the PUBLISH
/// > Packet that was originally sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-6", fp = "12cc0ccf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_6_pubrec_pubrel_must_contain_identifier_publish() {
    todo!()
}

/// MQTT-2.3.1-7 (MUST, Unknown)
///
/// > Similarly SUBACK and UNSUBACK MUST contain the Packet Identifier that was used in the
/// > corresponding SUBSCRIBE and UNSUBSCRIBE Packet respectively.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.3.1 (Packet Identifier)
#[specgen::covers("MQTT-2.3.1-7", fp = "cb9d7658")]
#[test]
#[ignore = "skeleton"]
fn mqtt_2_3_1_7_similarly_suback_must_contain_packet_identifier() {
    todo!()
}
