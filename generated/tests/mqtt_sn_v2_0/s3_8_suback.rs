//! mqtt-sn-v2.0 section 3.8: SUBACK - Subscribe Acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.8.2-1 (MUST, Unknown)
///
/// > Bits 7-3 of the SUBACK Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.8.2 (SUBACK Flags)
#[specgen::covers("MQTT-SN-3.8.2-1", fp = "f29c86f9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_2_1_bits_suback_must_set() {
    todo!()
}

/// MQTT-SN-3.8.2-2 (MUST, Client)
///
/// > The Client MUST validate that the reserved flags in the SUBACK packet are set to 0. If any
/// > of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.8.2 (SUBACK Flags)
#[specgen::covers("MQTT-SN-3.8.2-2", fp = "8362723b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_2_2_client_must_validate_reserved_flags_suback() {
    todo!()
}

/// MQTT-SN-3.8.2.1-1 (MUST, Unknown)
///
/// > The Topic Type in the SUBACK packet MUST be either Predefined Topic Alias or Session Topic
/// > Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.8.2.1 (Topic Type)
#[specgen::covers("MQTT-SN-3.8.2.1-1", fp = "36b7f826")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_2_1_1_topic_type_must_either_predefined_alias() {
    todo!()
}

/// MQTT-SN-3.8.2.1-2 (MUST, Unknown)
///
/// > If there is no Topic Alias returned the Topic Type MUST be Predefined Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.8.2.1 (Topic Type)
#[specgen::covers("MQTT-SN-3.8.2.1-2", fp = "9185a2d2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_2_1_2_no_topic_must_predefined() {
    todo!()
}

/// MQTT-SN-3.8.2.2-1 (MUST NOT, Unknown)
///
/// > If the Topic Alias Flag is set to 0, a Topic Alias MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.8.2.2 (Topic Alias Flag)
#[specgen::covers("MQTT-SN-3.8.2.2-1", fp = "4346d3cb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_2_2_1_topic_alias_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.8.2.2-2 (MUST, Unknown)
///
/// > If the Topic Alias Flag is set to 1, a Topic Alias MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.8.2.2 (Topic Alias Flag)
#[specgen::covers("MQTT-SN-3.8.2.2-2", fp = "be5c4960")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_2_2_2_topic_alias_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.8.4-1 (MUST, Server)
///
/// > If a Topic Alias is returned, it MUST be used instead of the Topic Name by the Server when
/// > sending PUBLISH packets to the client.
///
/// Spec: mqtt-sn-v2.0, section 3.8.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.8.4-1", fp = "457bee60")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_4_1_must_used_instead_topic_name_server() {
    todo!()
}

/// MQTT-SN-3.8.4-2 (MUST, Unknown)
///
/// > If no Topic Alias is returned, the Topic Alias Flag MUST be 0.
///
/// Spec: mqtt-sn-v2.0, section 3.8.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.8.4-2", fp = "0eb61e96")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_4_2_topic_alias_must() {
    todo!()
}

/// MQTT-SN-3.8.4-3 (MUST NOT, Unknown)
///
/// > If a Predefined Topic Alias was subscribed to, a Topic Alias MUST NOT be present in the
/// > SUBACK.
///
/// Spec: mqtt-sn-v2.0, section 3.8.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.8.4-3", fp = "3436efe6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_4_3_topic_alias_must_not_present_suback() {
    todo!()
}

/// MQTT-SN-3.8.5-1 (MUST, Both)
///
/// > The sender of the SUBACK Packet MUST use one of the Reason Codes applicable to SUBACK.
///
/// Spec: mqtt-sn-v2.0, section 3.8.5 (Reason Code)
#[specgen::covers("MQTT-SN-3.8.5-1", fp = "488b72a6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_8_5_1_sender_suback_must_use_one_reason() {
    todo!()
}
