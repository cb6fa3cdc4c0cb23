//! mqtt-v5.0 section 3.14: DISCONNECT – Disconnect notification.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.14.0-1 (MUST NOT, Server)
///
/// > A Server MUST NOT send a DISCONNECT until after it has sent a CONNACK with Reason Code of
/// > less than 0x80.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14 (DISCONNECT – Disconnect notification)
#[specgen::covers("MQTT-3.14.0-1", fp = "1f53130d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_0_1_server_must_not_send_disconnect_until() {
    todo!()
}

/// MQTT-3.14.1-1 (MUST, Both)
///
/// > The Client or Server MUST validate that reserved bits are set to 0. If they are not zero it
/// > sends a DISCONNECT packet with a Reason code of 0x81 (Malformed Packet) as described in
/// > section 4.13.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.1 (DISCONNECT Fixed Header)
#[specgen::covers("MQTT-3.14.1-1", fp = "4a4bec52")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_1_1_client_server_must_validate_reserved_bits() {
    todo!()
}

/// MQTT-3.14.2-1 (MUST, Both)
///
/// > The Client or Server sending the DISCONNECT packet MUST use one of the DISCONNECT Reason
/// > Code values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.1 (Disconnect Reason Code)
#[specgen::covers("MQTT-3.14.2-1", fp = "1718d73c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_2_1_client_server_must_use_one_reason() {
    todo!()
}

/// MQTT-3.14.2-2 (MUST NOT, Server)
///
/// > The Session Expiry Interval MUST NOT be sent on a DISCONNECT by the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.2.2 (Session Expiry Interval)
#[specgen::covers("MQTT-3.14.2-2", fp = "7c3d5699")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_2_2_session_expiry_must_not_sent_disconnect() {
    todo!()
}

/// MQTT-3.14.2-3 (MUST NOT, Both)
///
/// > The sender MUST NOT send this Property if it would increase the size of the DISCONNECT
/// > packet beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.2.3 (Reason String)
#[specgen::covers("MQTT-3.14.2-3", fp = "2f12458f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_2_3_sender_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.14.2-4 (MUST NOT, Both)
///
/// > The sender MUST NOT send this property if it would increase the size of the DISCONNECT
/// > packet beyond the Maximum Packet Size specified by the receiver.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.2.2.4 (User Property)
#[specgen::covers("MQTT-3.14.2-4", fp = "dac3e60f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_2_4_sender_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.14.4-1 (MUST NOT, Both)
///
/// > After sending a DISCONNECT packet the sender MUST NOT send any more MQTT Control Packets on
/// > that Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-1", fp = "0c855991")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_4_1_after_sending_must_not_send_more() {
    todo!()
}

/// MQTT-3.14.4-2 (MUST, Both)
///
/// > After sending a DISCONNECT packet the sender MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-2", fp = "34da5992")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_4_2_after_sending_must_close_network_connection() {
    todo!()
}

/// MQTT-3.14.4-3 (MUST, Server)
///
/// > On receipt of DISCONNECT with a Reason Code of 0x00 (Success) the Server MUST discard any
/// > Will Message associated with the current Connection without publishing it
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-3", fp = "70be1b0e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_14_4_3_server_must_discard_message_associated_current() {
    todo!()
}
