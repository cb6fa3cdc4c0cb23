//! mqtt-sn-v2.0 section 3.15: SLEEPREQ - Sleep request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.15.2-1 (MUST, Unknown)
///
/// > Bits 7-1 of the SLEEPREQ Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.15.2 (SLEEPREQ Flags)
#[specgen::covers("MQTT-SN-3.15.2-1", fp = "82134de9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_2_1_bits_sleepreq_must_set() {
    todo!()
}

/// MQTT-SN-3.15.2-2 (MUST, Server)
///
/// > The Server MUST validate that the reserved flags in the SLEEPREQ packet are set to 0. If any
/// > of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.15.2 (SLEEPREQ Flags)
#[specgen::covers("MQTT-SN-3.15.2-2", fp = "e22fc47a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_2_2_server_must_validate_reserved_flags_sleepreq() {
    todo!()
}

/// MQTT-SN-3.15.2.1-1 (MUST NOT, Unknown)
///
/// > Predefined Topic aliases MUST NOT be removed by the setting of the Retain Topic Aliases flag
/// > to 1.
///
/// Spec: mqtt-sn-v2.0, section 3.15.2.1 (Retain Topic Aliases)
#[specgen::covers("MQTT-SN-3.15.2.1-1", fp = "8caf918d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_2_1_1_predefined_topic_must_not_removed_setting() {
    todo!()
}

/// MQTT-SN-3.15.4-1 (MUST, Unknown)
///
/// > The Sleep Duration MUST be greater than 0.
///
/// Spec: mqtt-sn-v2.0, section 3.15.4 (Sleep Duration)
#[specgen::covers("MQTT-SN-3.15.4-1", fp = "e2e8412b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_4_1_sleep_duration_must_greater() {
    todo!()
}

/// MQTT-SN-3.15.5-1 (no keyword, Server)
///
/// > A SLEEPREQ packet sent by a Server is a Protocol Error.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-1", fp = "b966c049")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_1_sleepreq_packet_sent_server_protocol_error() {
    todo!()
}

/// MQTT-SN-3.15.5-2 (MUST, Server)
///
/// > If there is a Virtual Connection for the Client, the Server MUST send a SLEEPRESP packet in
/// > response to a SLEEPREQ packet.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-2", fp = "a9c3d4ee")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_2_server_must_send_sleepresp_packet_response() {
    todo!()
}

/// MQTT-SN-3.15.5-3 (MAY, Server)
///
/// > If there is no Virtual Connection associated with the SLEEPREQ, the Server MAY send a
/// > DISCONNECT with Reason Code 0xF4 (No Virtual Connection Exists) in response.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-3", fp = "c8da9615")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_3_server_may_send_disconnect_reason_code() {
    todo!()
}

/// MQTT-SN-3.15.5-4 (MUST, Server)
///
/// > If the SLEEPREQ request is granted, the Server MUST suspend Keep Alive processing for the
/// > Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-4", fp = "1777670d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_4_server_must_suspend_keep_alive_processing() {
    todo!()
}

/// MQTT-SN-3.15.5-5 (MUST, Server)
///
/// > If the SLEEPREQ request is granted, the Server MUST start Sleep Duration processing for the
/// > Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-5", fp = "907f83d6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_5_server_must_start_sleep_duration_processing() {
    todo!()
}

/// MQTT-SN-3.15.5-6 (MUST NOT, Unknown)
///
/// > If the SLEEPREQ request is successful, the Virtual Connection MUST NOT be deleted.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-6", fp = "9bb0238f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_6_virtual_connection_must_not_deleted() {
    todo!()
}

/// MQTT-SN-3.15.5-7 (MUST, Server)
///
/// > If the Client is already in the Asleep state when a SLEEPREQ is received by the Server, the
/// > Server MUST stop the Sleep Duration Timer, and start a new sleep cycle using the updated
/// > Sleep Duration.
///
/// Spec: mqtt-sn-v2.0, section 3.15.5 (SLEEPREQ Actions)
#[specgen::covers("MQTT-SN-3.15.5-7", fp = "782c6596")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_15_5_7_server_must_stop_sleep_duration_timer() {
    todo!()
}
