//! mqtt-sn-v2.0 section 3.16: SLEEPRESP - Sleep response.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.16.2-1 (MUST, Unknown)
///
/// > Bits 7-1 of the SLEEPRESP Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.16.2 (SLEEPRESP Flags)
#[specgen::covers("MQTT-SN-3.16.2-1", fp = "c01fb80a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_2_1_bits_sleepresp_must_set() {
    todo!()
}

/// MQTT-SN-3.16.2-2 (MUST, Client)
///
/// > The Client MUST validate that the reserved flags in the SLEEPRESP packet are set to 0. If
/// > any of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.16.2 (SLEEPRESP Flags)
#[specgen::covers("MQTT-SN-3.16.2-2", fp = "5e736a97")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_2_2_client_must_validate_reserved_flags_sleepresp() {
    todo!()
}

/// MQTT-SN-3.16.2.1-1 (MUST NOT, Unknown)
///
/// > If the Sleep Duration Flag is set to 0, Sleep Duration MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.16.2.1 (Sleep Duration Flag)
#[specgen::covers("MQTT-SN-3.16.2.1-1", fp = "70d9c716")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_2_1_1_sleep_duration_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.16.2.1-2 (MUST, Unknown)
///
/// > If the Sleep Duration Flag is set to 1, Sleep Duration MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.16.2.1 (Sleep Duration Flag)
#[specgen::covers("MQTT-SN-3.16.2.1-2", fp = "8a13f521")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_2_1_2_sleep_duration_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.16.2.1-3 (MUST, Server)
///
/// > If the Allow Server Suggested Values Flag in the CONNECT Packet that created the current
/// > Virtual Connection was 0, the Server MUST set the Sleep Duration Flag in the SLEEPRESP
/// > Packet to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.16.2.1 (Sleep Duration Flag)
#[specgen::covers("MQTT-SN-3.16.2.1-3", fp = "72e68d08")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_2_1_3_server_must_set_sleep_duration_flag() {
    todo!()
}

/// MQTT-SN-3.16.4-1 (MUST, Client)
///
/// > If the Server sends a Sleep Duration on the SLEEPRESP packet, the Client MUST use this value
/// > instead of the Sleep Duration value the Client sent in the SLEEPREQ packet.
///
/// Spec: mqtt-sn-v2.0, section 3.16.4 (Sleep Duration)
#[specgen::covers("MQTT-SN-3.16.4-1", fp = "6cc4c991")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_4_1_client_must_use_value_instead_sleep() {
    todo!()
}

/// MQTT-SN-3.16.4-2 (MUST, Server)
///
/// > If the Server does not send the Sleep Duration, the Server MUST use the Sleep Duration value
/// > set by the Client in the SLEEPREQ packet.
///
/// Spec: mqtt-sn-v2.0, section 3.16.4 (Sleep Duration)
#[specgen::covers("MQTT-SN-3.16.4-2", fp = "548ef6b2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_4_2_server_must_use_sleep_duration_value() {
    todo!()
}

/// MQTT-SN-3.16.5-1 (MUST, Both)
///
/// > The sender of the SLEEPRESP packet MUST use one of the Reason Code values applicable to
/// > SLEEPRESP.
///
/// Spec: mqtt-sn-v2.0, section 3.16.5 (Reason Code)
#[specgen::covers("MQTT-SN-3.16.5-1", fp = "dab76a23")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_16_5_1_sender_sleepresp_must_use_one_reason() {
    todo!()
}
