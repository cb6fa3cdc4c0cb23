//! mqtt-sn-v2.0 section 3.4: REGISTER - Register Topic Alias Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.4-1 (MUST NOT, Client)
///
/// > If the REGISTER packet is sent by a Client, it MUST NOT contain a Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.4 (REGISTER - Register Topic Alias Request)
#[specgen::covers("MQTT-SN-3.4-1", fp = "c780d06f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_4_1_must_not_contain_topic_alias() {
    todo!()
}

/// MQTT-SN-3.4-2 (MUST, Server)
///
/// > If the REGISTER packet is sent by a Server, it MUST contain a Topic Alias.
///
/// Spec: mqtt-sn-v2.0, section 3.4 (REGISTER - Register Topic Alias Request)
#[specgen::covers("MQTT-SN-3.4-2", fp = "b0443496")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_4_2_must_contain_topic_alias() {
    todo!()
}

/// MQTT-SN-3.4.2-1 (MUST, Unknown)
///
/// > Bits 7-1 of the REGISTER Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.4.2 (REGISTER Flags)
#[specgen::covers("MQTT-SN-3.4.2-1", fp = "1e15df1e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_4_2_1_bits_register_must_set() {
    todo!()
}

/// MQTT-SN-3.4.2-2 (MUST, Both)
///
/// > The receiver MUST validate that the reserved flags in the REGISTER packet are set to 0. If
/// > any of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.4.2 (REGISTER Flags)
#[specgen::covers("MQTT-SN-3.4.2-2", fp = "c5d3cb87")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_4_2_2_receiver_must_validate_reserved_flags_register() {
    todo!()
}

/// MQTT-SN-3.4.2.1-1 (MUST NOT, Unknown)
///
/// > If the Topic Alias Flag is set to 0, a Topic Alias MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.4.2.1 (Topic Alias Flag)
#[specgen::covers("MQTT-SN-3.4.2.1-1", fp = "4346d3cb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_4_2_1_1_topic_alias_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.4.2.1-2 (MUST, Unknown)
///
/// > If the Topic Alias Flag is set to 1, a Topic Alias MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.4.2.1 (Topic Alias Flag)
#[specgen::covers("MQTT-SN-3.4.2.1-2", fp = "be5c4960")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_4_2_1_2_topic_alias_must_present_packet() {
    todo!()
}
