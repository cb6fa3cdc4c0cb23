//! mqtt-sn-v2.0 section 3.5: REGACK - Register Topic Alias Acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.5.2-1 (MUST, Unknown)
///
/// > Bits 7-3 of the REGACK Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.5.2 (REGACK Flags)
#[specgen::covers("MQTT-SN-3.5.2-1", fp = "5cb3fbd4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_2_1_bits_regack_must_set() {
    todo!()
}

/// MQTT-SN-3.5.2-2 (MUST, Both)
///
/// > The receiver MUST validate that the reserved flags in the REGACK packet are set to 0. If any
/// > of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.5.2 (REGACK Flags)
#[specgen::covers("MQTT-SN-3.5.2-2", fp = "c87d362f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_2_2_receiver_must_validate_reserved_flags_regack() {
    todo!()
}

/// MQTT-SN-3.5.2.1-1 (MUST, Unknown)
///
/// > The Topic Type in the REGACK packet MUST be Predefined Topic Alias or Session Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.5.2.1 (Topic Type)
#[specgen::covers("MQTT-SN-3.5.2.1-1", fp = "95109b15")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_2_1_1_topic_type_must_predefined_alias_session() {
    todo!()
}

/// MQTT-SN-3.5.2.2-1 (MUST NOT, Unknown)
///
/// > If the Topic Alias Flag is set to 0, a Topic Alias MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.5.2.2 (Topic Alias Flag)
#[specgen::covers("MQTT-SN-3.5.2.2-1", fp = "4346d3cb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_2_2_1_topic_alias_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.5.2.2-2 (MUST, Unknown)
///
/// > If the Topic Alias Flag is set to 1, a Topic Alias MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.5.2.2 (Topic Alias Flag)
#[specgen::covers("MQTT-SN-3.5.2.2-2", fp = "be5c4960")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_2_2_2_topic_alias_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.5.4-1 (MUST NOT, Client)
///
/// > When sent by a Client the REGACK MUST NOT contain a Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.5.4 (Topic Alias)
#[specgen::covers("MQTT-SN-3.5.4-1", fp = "0c866221")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_4_1_sent_client_must_not_contain_topic() {
    todo!()
}

/// MQTT-SN-3.5.5-1 (MUST, Both)
///
/// > The sender of the REGACK Packet MUST use one of the Reason Codes applicable to REGACK.
///
/// Spec: mqtt-sn-v2.0, section 3.5.5 (Reason Code)
#[specgen::covers("MQTT-SN-3.5.5-1", fp = "ad31809a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_5_5_1_sender_regack_must_use_one_reason() {
    todo!()
}
