//! mqtt-sn-v2.0 section 3.13: DISCONNECT - Disconnect Notification.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.13.2-1 (MUST, Unknown)
///
/// > Bits 7-3 of the DISCONNECT Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2 (DISCONNECT Flags)
#[specgen::covers("MQTT-SN-3.13.2-1", fp = "ce30e200")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_1_bits_disconnect_must_set() {
    todo!()
}

/// MQTT-SN-3.13.2-2 (MUST, Both)
///
/// > The receiver MUST validate that the reserved flags in the DISCONNECT packet are set to 0. If
/// > any of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2 (DISCONNECT Flags)
#[specgen::covers("MQTT-SN-3.13.2-2", fp = "941f7f94")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_2_receiver_must_validate_reserved_flags_disconnect() {
    todo!()
}

/// MQTT-SN-3.13.2.1-1 (MUST NOT, Unknown)
///
/// > If the Packet Identifier Flag is set to 0, a Packet Identifier MUST NOT be present in the
/// > Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2.1 (Packet Identifier Flag)
#[specgen::covers("MQTT-SN-3.13.2.1-1", fp = "f22e2b38")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_1_1_packet_identifier_must_not_present() {
    todo!()
}

/// MQTT-SN-3.13.2.1-2 (MUST, Unknown)
///
/// > If the Packet Identifier Flag is set to 1, a Packet Identifier MUST be present in the
/// > Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2.1 (Packet Identifier Flag)
#[specgen::covers("MQTT-SN-3.13.2.1-2", fp = "5dfc3ea5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_1_2_packet_identifier_must_present() {
    todo!()
}

/// MQTT-SN-3.13.2.2-1 (MUST NOT, Unknown)
///
/// > If the Session Expiry Interval Flag is set to 0, a Session Expiry Interval MUST NOT be
/// > present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2.2 (Session Expiry Interval Flag)
#[specgen::covers("MQTT-SN-3.13.2.2-1", fp = "dacddfbe")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_2_1_session_expiry_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.13.2.2-2 (MUST, Unknown)
///
/// > If the Session Expiry Interval Flag is set to 1, a Session Expiry Interval MUST be present
/// > in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2.2 (Session Expiry Interval Flag)
#[specgen::covers("MQTT-SN-3.13.2.2-2", fp = "68d6d9b6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_2_2_session_expiry_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.13.2.3-1 (MUST NOT, Unknown)
///
/// > If the Reason Code Flag is set to 0, a Reason Code MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2.3 (Reason Code Flag)
#[specgen::covers("MQTT-SN-3.13.2.3-1", fp = "7a6c068b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_3_1_reason_code_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.13.2.3-2 (MUST, Unknown)
///
/// > If the Reason Code Flag is set to 1, a Reason Code MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.13.2.3 (Reason Code Flag)
#[specgen::covers("MQTT-SN-3.13.2.3-2", fp = "871ef1c1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_2_3_2_reason_code_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.13.4-1 (MUST, Both)
///
/// > The sender of the DISCONNECT packet MUST use one of the Reason Code values applicable to
/// > DISCONNECT.
///
/// Spec: mqtt-sn-v2.0, section 3.13.4 (Reason Code)
#[specgen::covers("MQTT-SN-3.13.4-1", fp = "14ac7068")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_4_1_sender_disconnect_must_use_one_reason() {
    todo!()
}

/// MQTT-SN-3.13.5-1 (MUST NOT, Server)
///
/// > The Session Expiry Interval MUST NOT be sent on a DISCONNECT by the Server.
///
/// Spec: mqtt-sn-v2.0, section 3.13.5 (Session Expiry Interval)
#[specgen::covers("MQTT-SN-3.13.5-1", fp = "7c3d5699")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_5_1_session_expiry_must_not_sent_disconnect() {
    todo!()
}

/// MQTT-SN-3.13.7-1 (MUST NOT, Both)
///
/// > After sending a DISCONNECT packet the sender MUST NOT send any more MQTT-SN Control Packets
/// > on that Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.13.7 (DISCONNECT Actions)
#[specgen::covers("MQTT-SN-3.13.7-1", fp = "e5aa401e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_7_1_after_sending_must_not_send_more() {
    todo!()
}

/// MQTT-SN-3.13.7-2 (MUST, Both)
///
/// > After sending a DISCONNECT packet the sender MUST delete the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.13.7 (DISCONNECT Actions)
#[specgen::covers("MQTT-SN-3.13.7-2", fp = "ed653df2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_7_2_after_sending_must_delete_virtual_connection() {
    todo!()
}

/// MQTT-SN-3.13.7-3 (MUST, Server)
///
/// > On receipt of DISCONNECT with a Reason Code of 0x00 (Success) the Server MUST discard any
/// > Will Message associated with the current Connection without publishing it
///
/// Spec: mqtt-sn-v2.0, section 3.13.7 (DISCONNECT Actions)
#[specgen::covers("MQTT-SN-3.13.7-3", fp = "70be1b0e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_7_3_server_must_discard_message_associated_current() {
    todo!()
}

/// MQTT-SN-3.13.7-4 (MUST NOT, Both)
///
/// > On receipt of DISCONNECT, the receiver MUST NOT send any more MQTT-SN Control Packets on the
/// > Virtual Connection, if one exists.
///
/// Spec: mqtt-sn-v2.0, section 3.13.7 (DISCONNECT Actions)
#[specgen::covers("MQTT-SN-3.13.7-4", fp = "3d092bfc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_13_7_4_receiver_must_not_send_more_mqtt() {
    todo!()
}
