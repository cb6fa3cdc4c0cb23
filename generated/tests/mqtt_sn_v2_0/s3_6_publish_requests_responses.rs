//! mqtt-sn-v2.0 section 3.6: Publish Requests and Responses.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.6-1 (MUST, Unknown)
///
/// > If forwarded to an MQTT connection, PUBWOS packets MUST have their MQTT Quality of Service
/// > level set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.6.1 (PUBWOS - Publish Without Session)
#[specgen::covers("MQTT-SN-3.6-1", fp = "77ea7cae")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_pubwos_packets_must_mqtt_quality_service() {
    todo!()
}

/// MQTT-SN-3.6.1.2-1 (MUST, Unknown)
///
/// > Bits 7-5 and 3-2 of the PUBWOS FLAGS are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.6.1.2 (PUBWOS Flags)
#[specgen::covers("MQTT-SN-3.6.1.2-1", fp = "00c9146f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_2_1_bits_pubwos_must_set() {
    todo!()
}

/// MQTT-SN-3.6.1.2-2 (MUST, Both)
///
/// > The receiver MUST validate that the reserved flags in the PUBWOS packet are set to 0. If any
/// > of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.1.2 (PUBWOS Flags)
#[specgen::covers("MQTT-SN-3.6.1.2-2", fp = "ea737f77")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_2_2_receiver_must_validate_reserved_flags_pubwos() {
    todo!()
}

/// MQTT-SN-3.6.1.2.1-1 (MUST, Unknown)
///
/// > The Topic Type in the PUBWOS packet MUST be Predefined Topic Alias or Topic Name.
///
/// Spec: mqtt-sn-v2.0, section 3.6.1.2.1 (Topic Type)
#[specgen::covers("MQTT-SN-3.6.1.2.1-1", fp = "4a97c956")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_2_1_1_topic_type_must_predefined_alias_name() {
    todo!()
}

/// MQTT-SN-3.6.1.4-1 (MUST, Unknown)
///
/// > If the Topic Type is Topic Name, the Topic Name field MUST be present in the PUBWOS packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.1.4 (Topic Name)
#[specgen::covers("MQTT-SN-3.6.1.4-1", fp = "526d89ab")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_4_1_topic_name_must_present_pubwos_packet() {
    todo!()
}

/// MQTT-SN-3.6.1.4-2 (MUST NOT, Unknown)
///
/// > If the Topic Type is Predefined Topic Alias, the Topic Name field MUST NOT be present in the
/// > PUBWOS packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.1.4 (Topic Name)
#[specgen::covers("MQTT-SN-3.6.1.4-2", fp = "d8adb964")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_4_2_topic_name_must_not_present_pubwos() {
    todo!()
}

/// MQTT-SN-3.6.1.6-1 (MUST, Both)
///
/// > If received by a Client or Server, the PUBWOS packet MUST be treated as if its QoS were 0
///
/// Spec: mqtt-sn-v2.0, section 3.6.1.6 (PUBWOS Actions)
#[specgen::covers("MQTT-SN-3.6.1.6-1", fp = "fb825a36")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_1_6_1_pubwos_packet_must_treated_qos() {
    todo!()
}

/// MQTT-SN-3.6.2-1 (MUST, Both)
///
/// > PUBLISH packets received by a Client or Server MUST be associated with a Session.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2 (PUBLISH - Publish Request)
#[specgen::covers("MQTT-SN-3.6.2-1", fp = "b4f7a27e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_1_publish_packets_must_associated_session() {
    todo!()
}

/// MQTT-SN-3.6.2.2-1 (MUST, Unknown)
///
/// > Bits 3-2 of the PUBLISH Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.2 (PUBLISH Flags)
#[specgen::covers("MQTT-SN-3.6.2.2-1", fp = "00f22715")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_2_1_bits_publish_must_set() {
    todo!()
}

/// MQTT-SN-3.6.2.2-2 (MUST, Both)
///
/// > The receiver MUST validate that the reserved flags in the PUBLISH packet are set to 0. If
/// > any of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.2 (PUBLISH Flags)
#[specgen::covers("MQTT-SN-3.6.2.2-2", fp = "245e95e5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_2_2_receiver_must_validate_reserved_flags_publish() {
    todo!()
}

/// MQTT-SN-3.6.2.2.1-1 (MUST, Unknown)
///
/// > The Topic Type MUST be Topic Name, Predefined Topic Alias or Session Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.2.1 (Topic Type)
#[specgen::covers("MQTT-SN-3.6.2.2.1-1", fp = "efbbcaba")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_2_1_1_topic_type_must_name() {
    todo!()
}

/// MQTT-SN-3.6.2.2.3-1 (MUST, Unknown)
///
/// > If the QoS field is set to 0 or 1, the DUP flag MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.2.3 (DUP)
#[specgen::covers("MQTT-SN-3.6.2.2.3-1", fp = "a1235d59")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_2_3_1_dup_flag_must_set() {
    todo!()
}

/// MQTT-SN-3.6.2.3-1 (MUST, Unknown)
///
/// > If the QoS field is set to 0, the Packet Identifier field MUST not be present in the PUBLISH
/// > packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.3 (Packet Identifier)
#[specgen::covers("MQTT-SN-3.6.2.3-1", fp = "7517a32b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_3_1_packet_identifier_must_not_present_publish() {
    todo!()
}

/// MQTT-SN-3.6.2.3-2 (MUST, Unknown)
///
/// > If the QoS field is set to 1 or 2, the Packet Identifier field MUST be present in the
/// > PUBLISH packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.3 (Packet Identifier)
#[specgen::covers("MQTT-SN-3.6.2.3-2", fp = "3fc31f4c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_3_2_packet_identifier_must_present_publish() {
    todo!()
}

/// MQTT-SN-3.6.2.5-1 (MUST, Unknown)
///
/// > If the Topic Type is Topic Name (0b11), the Topic Name field MUST be present in the PUBLISH
/// > packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.5 (Topic Name)
#[specgen::covers("MQTT-SN-3.6.2.5-1", fp = "71523f0c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_5_1_topic_name_must_present_publish_packet() {
    todo!()
}

/// MQTT-SN-3.6.2.5-2 (MUST NOT, Unknown)
///
/// > If the Topic Type is Predefined Topic Alias or Session Topic Alias, then the Topic Name
/// > field MUST NOT be present in the PUBLISH packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.5 (Topic Name)
#[specgen::covers("MQTT-SN-3.6.2.5-2", fp = "0efddde6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_5_2_topic_name_must_not_present_publish() {
    todo!()
}

/// MQTT-SN-3.6.2.7-1 (MUST, Both)
///
/// > The receiver of a PUBLISH packet MUST respond with the packet as determined by the QoS in
/// > the PUBLISH Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.7 (PUBLISH Actions)
#[specgen::covers("MQTT-SN-3.6.2.7-1", fp = "47f9baf0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_7_1_receiver_publish_must_respond_determined_qos() {
    todo!()
}

/// MQTT-SN-3.6.2.7-2 (MUST, Server)
///
/// > In this case the Server MUST deliver the Application Message to the Client respecting the
/// > maximum QoS of all the matching subscriptions.
///
/// Spec: mqtt-sn-v2.0, section 3.6.2.7 (PUBLISH Actions)
#[specgen::covers("MQTT-SN-3.6.2.7-2", fp = "f625cbb5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_2_7_2_case_server_must_deliver_application_message() {
    todo!()
}

/// MQTT-SN-3.6.3.3-1 (MUST, Both)
///
/// > The sender of the PUBACK Packet MUST use one of the Reason Codes applicable to PUBACK.
///
/// Spec: mqtt-sn-v2.0, section 3.6.3.3 (Reason Code)
#[specgen::covers("MQTT-SN-3.6.3.3-1", fp = "fcf15f21")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_3_3_1_sender_puback_must_use_one_reason() {
    todo!()
}

/// MQTT-SN-3.6.4.3-1 (MUST, Both)
///
/// > The sender of the PUBREC Packet MUST use one of the Reason Codes applicable to PUBREC.
///
/// Spec: mqtt-sn-v2.0, section 3.6.4.3 (Reason Code)
#[specgen::covers("MQTT-SN-3.6.4.3-1", fp = "5cd1582e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_4_3_1_sender_pubrec_must_use_one_reason() {
    todo!()
}

/// MQTT-SN-3.6.5.3-1 (MUST, Both)
///
/// > The sender of the PUBREL Packet MUST use one of the Reason Codes applicable to PUBREL.
///
/// Spec: mqtt-sn-v2.0, section 3.6.5.3 (Reason Code)
#[specgen::covers("MQTT-SN-3.6.5.3-1", fp = "908fa59e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_5_3_1_sender_pubrel_must_use_one_reason() {
    todo!()
}

/// MQTT-SN-3.6.6.3-1 (MUST, Both)
///
/// > The sender of the PUBCOMP Packet MUST use one of the Reason Codes applicable to PUBCOMP.
///
/// Spec: mqtt-sn-v2.0, section 3.6.6.3 (Reason Code)
#[specgen::covers("MQTT-SN-3.6.6.3-1", fp = "ffb125d9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_6_6_3_1_sender_pubcomp_must_use_one_reason() {
    todo!()
}
