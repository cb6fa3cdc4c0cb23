//! mqtt-v3.1.1 section 3.2: CONNACK – Acknowledge connection request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.2.0-1 (MUST, Client)
///
/// > The first packet sent from the Server to the Client MUST be a CONNACK Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2 (CONNACK – Acknowledge connection request)
#[specgen::covers("MQTT-3.2.0-1", fp = "64c9f08f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_0_1_first_packet_must_connack() {
    todo!()
}

/// MQTT-3.2.2-1 (MUST, Server)
///
/// > If the Server accepts a connection with CleanSession set to 1, the Server MUST set Session
/// > Present to 0 in the CONNACK packet in addition to setting a zero return code in the CONNACK
/// > packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-1", fp = "c173a5a6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_1_server_must_set_session_present_connack() {
    todo!()
}

/// MQTT-3.2.2-2 (MUST, Server)
///
/// > If the Server has stored Session state, it MUST set Session Present to 1 in the CONNACK
/// > packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-2", fp = "ecf5cbc6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_2_must_set_session_present_connack_packet() {
    todo!()
}

/// MQTT-3.2.2-3 (MUST, Server)
///
/// > If the Server does not have stored Session state, it MUST set Session Present to 0 in the
/// > CONNACK packet. This is in addition to setting a zero return code in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-3", fp = "f9db512a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_3_must_set_session_present_connack_packet() {
    todo!()
}

/// MQTT-3.2.2-4 (MUST, Unknown)
///
/// > If a server sends a CONNACK packet containing a non-zero return code it MUST set Session
/// > Present to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.2 (Session Present)
#[specgen::covers("MQTT-3.2.2-4", fp = "2d497c65")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_4_server_sends_must_set_session_present() {
    todo!()
}

/// MQTT-3.2.2-5 (MUST, SHOULD, Server)
///
/// > If a well formed CONNECT Packet is received by the Server, but the Server is unable to
/// > process it for some reason, then the Server SHOULD attempt to send a CONNACK packet
/// > containing the appropriate non-zero Connect return code from this table. If a server sends a
/// > CONNACK packet containing a non-zero return code it MUST then close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.3 (Connect Return code)
#[specgen::covers("MQTT-3.2.2-5", fp = "fe943362")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_5_server_should_attempt_send_connack_packet() {
    todo!()
}

/// MQTT-3.2.2-6 (MUST, Server)
///
/// > If none of the return codes listed in Table 3.1 – Connect Return code values are deemed
/// > applicable, then the Server MUST close the Network Connection without sending a CONNACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.2.2.3 (Connect Return code)
#[specgen::covers("MQTT-3.2.2-6", fp = "92b6b508")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_6_server_must_close_network_connection_without() {
    todo!()
}
