//! mqtt-sn-v2.0 section 3.2: CONNACK - Connect Acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.2.2-1 (MUST, Unknown)
///
/// > Bits 7-4 of the CONNACK Flags are reserved and MUST be set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2 (CONNACK Flags)
#[specgen::covers("MQTT-SN-3.2.2-1", fp = "d892b284")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_1_bits_connack_must_set() {
    todo!()
}

/// MQTT-SN-3.2.2-2 (MUST, Client)
///
/// > The Client MUST validate that the reserved flags in the CONNACK packet are set to 0. If any
/// > of the reserved flags is not 0 it is a Malformed Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2 (CONNACK Flags)
#[specgen::covers("MQTT-SN-3.2.2-2", fp = "8a8e0ff3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_2_client_must_validate_reserved_flags_connack() {
    todo!()
}

/// MQTT-SN-3.2.2.1-1 (MUST, Server)
///
/// > If the Server accepts a CONNECT with Clean Start set to 1, the Server MUST set Session
/// > Present to 0 in the CONNACK Packet in addition to setting a 0x00 (Success) Reason Code in
/// > the CONNACK packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.1 (Session Present)
#[specgen::covers("MQTT-SN-3.2.2.1-1", fp = "307df7bf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_1_1_server_must_set_session_present_connack() {
    todo!()
}

/// MQTT-SN-3.2.2.1-2 (MUST, Client)
///
/// > If the Server accepts a CONNECT with Clean Start set to 0 and the Server has Session State
/// > for the client identifier it MUST set Session Present to 1 in the CONNACK packet, otherwise
/// > it MUST set Session Present to 0 in the CONNACK packet. In both cases it MUST set a 0x00
/// > (Success) Reason Code in the CONNACK packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.1 (Session Present)
#[specgen::covers("MQTT-SN-3.2.2.1-2", fp = "0254b4ba")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_1_2_server_accepts_must_present_connack_packet() {
    todo!()
}

/// MQTT-SN-3.2.2.1-3 (MUST, Client)
///
/// > If the Client does not have Session State and receives Session Present set to 1 it MUST
/// > delete the Virtual Connection. If it wishes to restart with a new Session the Client can
/// > reconnect using Clean Start set to 1.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.1 (Session Present)
#[specgen::covers("MQTT-SN-3.2.2.1-3", fp = "79413815")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_1_3_client_does_must_delete_virtual_connection() {
    todo!()
}

/// MQTT-SN-3.2.2.1-4 (MUST, Client)
///
/// > If the Client does have Session State and receives Session Present set to 0 it MUST discard
/// > its Session State if it continues with the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.1 (Session Present)
#[specgen::covers("MQTT-SN-3.2.2.1-4", fp = "ffa80a4a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_1_4_client_does_must_discard_continues_virtual() {
    todo!()
}

/// MQTT-SN-3.2.2.1-5 (MUST, Server)
///
/// > If a Server sends a CONNACK packet containing a non-zero Reason Code it MUST set Session
/// > Present to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.1 (Session Present)
#[specgen::covers("MQTT-SN-3.2.2.1-5", fp = "2adec6ab")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_1_5_server_sends_must_set_session_present() {
    todo!()
}

/// MQTT-SN-3.2.2.2-1 (MUST NOT, Unknown)
///
/// > If the Session Expiry Interval Flag is set to 0, a Session Expiry Interval MUST NOT be
/// > present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.2 (Session Expiry Interval Flag)
#[specgen::covers("MQTT-SN-3.2.2.2-1", fp = "dacddfbe")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_2_1_session_expiry_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.2.2.2-2 (MUST, Unknown)
///
/// > If the Session Expiry Interval Flag is set to 1, a Session Expiry Interval MUST be present
/// > in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.2 (Session Expiry Interval Flag)
#[specgen::covers("MQTT-SN-3.2.2.2-2", fp = "68d6d9b6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_2_2_session_expiry_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.2.2.3-1 (MUST NOT, Server)
///
/// > If the Server Keep Alive Flag is set to 0, a Server Keep Alive field MUST NOT be present in
/// > the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.3 (Server Keep Alive Flag)
#[specgen::covers("MQTT-SN-3.2.2.3-1", fp = "6bb75203")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_3_1_server_keep_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.2.2.3-2 (MUST, Server)
///
/// > If the Server Keep Alive Flag is set to 1, a Server Keep Alive field MUST be present in the
/// > Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.3 (Server Keep Alive Flag)
#[specgen::covers("MQTT-SN-3.2.2.3-2", fp = "b7f6c033")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_3_2_server_keep_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.2.2.4-1 (MUST NOT, Unknown)
///
/// > If the Authentication Flag is set to 0, Authentication Method and Data MUST NOT be present
/// > in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.4 (Authentication Flag)
#[specgen::covers("MQTT-SN-3.2.2.4-1", fp = "752c1706")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_4_1_authentication_method_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.2.2.4-2 (MUST, Unknown)
///
/// > If the Authentication Flag is set to 1, Authentication Method and Data MUST be present in
/// > the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.2.2.4 (Authentication Flag)
#[specgen::covers("MQTT-SN-3.2.2.4-2", fp = "6865fe07")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_2_4_2_authentication_method_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.2.4-1 (MUST, Server)
///
/// > The Server sending the CONNACK Packet MUST use one of the Reason Codes applicable to
/// > CONNACK.
///
/// Spec: mqtt-sn-v2.0, section 3.2.4 (Reason Code)
#[specgen::covers("MQTT-SN-3.2.4-1", fp = "d8f19651")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_4_1_server_sending_must_use_one_reason() {
    todo!()
}

/// MQTT-SN-3.2.4-2 (MUST, Server)
///
/// > If a Server sends a CONNACK packet containing a Reason code of 0x80 or greater it MUST then
/// > delete the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.2.4 (Reason Code)
#[specgen::covers("MQTT-SN-3.2.4-2", fp = "f8d05a56")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_4_2_server_sends_must_delete_virtual_connection() {
    todo!()
}

/// MQTT-SN-3.2.6-1 (MUST, Client)
///
/// > If the Server sends a Server Keep Alive on the CONNACK packet, the Client MUST use this
/// > value instead of the Keep Alive value the Client sent on CONNECT.
///
/// Spec: mqtt-sn-v2.0, section 3.2.6 (Server Keep Alive)
#[specgen::covers("MQTT-SN-3.2.6-1", fp = "102bc0ff")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_6_1_client_must_use_value_instead_keep() {
    todo!()
}

/// MQTT-SN-3.2.6-2 (MUST, Server)
///
/// > If the Server does not send the Server Keep Alive, the Server MUST use the Keep Alive value
/// > set by the Client on CONNECT.
///
/// Spec: mqtt-sn-v2.0, section 3.2.6 (Server Keep Alive)
#[specgen::covers("MQTT-SN-3.2.6-2", fp = "406e9fa3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_6_2_server_must_use_keep_alive_value() {
    todo!()
}

/// MQTT-SN-3.2.11-1 (MUST, Client)
///
/// > The Assigned Client Identifier MUST be a UTF-8 Encoded String.
///
/// Spec: mqtt-sn-v2.0, section 3.2.11 (Assigned Client Identifier)
#[specgen::covers("MQTT-SN-3.2.11-1", fp = "3d5b1df4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_11_1_assigned_client_must_utf_encoded_string() {
    todo!()
}

/// MQTT-SN-3.2.11-2 (MUST, Server)
///
/// > If the Client connects using a zero length Client Identifier, the Server MUST respond with a
/// > CONNACK containing an Assigned Client Identifier.
///
/// Spec: mqtt-sn-v2.0, section 3.2.11 (Assigned Client Identifier)
#[specgen::covers("MQTT-SN-3.2.11-2", fp = "d8a1d321")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_11_2_server_must_respond_connack_containing_assigned() {
    todo!()
}

/// MQTT-SN-3.2.11-3 (MUST, Client)
///
/// > The Assigned Client Identifier MUST be a new Client Identifier not used by any other Session
/// > currently in the Server.
///
/// Spec: mqtt-sn-v2.0, section 3.2.11 (Assigned Client Identifier)
#[specgen::covers("MQTT-SN-3.2.11-3", fp = "ed07e78b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_2_11_3_assigned_client_must_new_not_used() {
    todo!()
}
