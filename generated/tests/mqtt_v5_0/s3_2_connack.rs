//! mqtt-v5.0 section 3.2: CONNACK – Connect acknowledgement.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.2.0-1 (MUST, Server)
///
/// > The Server MUST send a CONNACK with a 0x00 (Success) Reason Code before sending any Packet
/// > other than AUTH.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2 (CONNACK – Connect acknowledgement)
#[specgen::covers("MQTT-3.2.0-1", fp = "8ad50d50")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_0_1_server_must_send_connack_0x00() {
    todo!()
}

/// MQTT-3.2.0-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send more than one CONNACK in a Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2 (CONNACK – Connect acknowledgement)
#[specgen::covers("MQTT-3.2.0-2", fp = "25f01a1e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_0_2_server_must_not_send_more_one() {
    todo!()
}

/// MQTT-3.2.2-1 (MUST, Unknown)
///
/// > Bits 7-1 are reserved and MUST be set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1 (Connect Acknowledge Flags)
#[specgen::covers("MQTT-3.2.2-1", fp = "831cda9a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_1_bits_reserved_must_set() {
    todo!()
}

/// MQTT-3.2.2-2 (MUST, Server)
///
/// > If the Server accepts a connection with Clean Start set to 1, the Server MUST set Session
/// > Present to 0 in the CONNACK packet in addition to setting a 0x00 (Success) Reason Code in
/// > the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-2", fp = "714e1a14")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_2_server_must_set_session_present_connack() {
    todo!()
}

/// MQTT-3.2.2-3 (MUST, Server)
///
/// > If the Server accepts a connection with Clean Start set to 0 and the Server has Session
/// > State for the ClientID, it MUST set Session Present to 1 in the CONNACK packet, otherwise it
/// > MUST set Session Present to 0 in the CONNACK packet. In both cases it MUST set a 0x00
/// > (Success) Reason Code in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-3", fp = "f3776411")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_3_must_set_session_present_connack_packet() {
    todo!()
}

/// MQTT-3.2.2-4 (MUST, Client)
///
/// > If the Client does not have Session State and receives Session Present set to 1 it MUST
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-4", fp = "b0bf63ae")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_4_client_does_must_close_network_connection() {
    todo!()
}

/// MQTT-3.2.2-5 (MUST, Client)
///
/// > If the Client does have Session State and receives Session Present set to 0 it MUST discard
/// > its Session State if it continues with the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-5", fp = "cb5de817")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_5_client_does_must_discard_continues_network() {
    todo!()
}

/// MQTT-3.2.2-6 (MUST, Server)
///
/// > If a Server sends a CONNACK packet containing a non-zero Reason Code it MUST set Session
/// > Present to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-6", fp = "2adec6ab")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_6_server_sends_must_set_session_present() {
    todo!()
}

/// MQTT-3.2.2-7 (MUST, MAY, Server)
///
/// > If a well formed CONNECT packet is received by the Server, but the Server is unable to
/// > complete the Connection the Server MAY send a CONNACK packet containing the appropriate
/// > Connect Reason code from this table. If a Server sends a CONNACK packet containing a Reason
/// > code of 128 or greater it MUST then close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.2 (Connect Reason Code)
#[specgen::covers("MQTT-3.2.2-7", fp = "3179b14d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_7_but_server_may_send_connack_packet() {
    todo!()
}

/// MQTT-3.2.2-8 (MUST, Server)
///
/// > The Server sending the CONNACK packet MUST use one of the Connect Reason Code values.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.2 (Connect Reason Code)
#[specgen::covers("MQTT-3.2.2-8", fp = "d741e0b5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_8_server_sending_must_use_one_connect() {
    todo!()
}

/// MQTT-3.2.2-9 (MUST, Server)
///
/// > If a Server does not support QoS 1 or QoS 2 PUBLISH packets it MUST send a Maximum QoS in
/// > the CONNACK packet specifying the highest QoS it supports.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-9", fp = "46ab4c2e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_9_server_does_must_send_maximum_connack() {
    todo!()
}

/// MQTT-3.2.2-10 (MUST, Server)
///
/// > A Server that does not support QoS 1 or QoS 2 PUBLISH packets MUST still accept SUBSCRIBE
/// > packets containing a Requested QoS of 0, 1 or 2.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-10", fp = "6f8890e8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_10_server_does_must_still_accept_subscribe() {
    todo!()
}

/// MQTT-3.2.2-11 (MUST NOT, Client)
///
/// > If a Client receives a Maximum QoS from a Server, it MUST NOT send PUBLISH packets at a QoS
/// > level exceeding the Maximum QoS level specified.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-11", fp = "7910fa44")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_11_must_not_send_publish_packets_qos() {
    todo!()
}

/// MQTT-3.2.2-12 (MUST, SHOULD, Server)
///
/// > If a Server receives a CONNECT packet containing a Will QoS that exceeds its capabilities,
/// > it MUST reject the connection. It SHOULD use a CONNACK packet with Reason Code 0x9B (QoS not
/// > supported) as described in section 4.13 Handling errors, and MUST close the Network
/// > Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-12", fp = "7f511f43")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_12_must_reject_connection() {
    todo!()
}

/// MQTT-3.2.2-13 (MUST, SHOULD, Server)
///
/// > If a Server receives a CONNECT packet containing a Will Message with the Will Retain set to
/// > 1, and it does not support retained messages, the Server MUST reject the connection request.
/// > It SHOULD send CONNACK with Reason Code 0x9A (Retain not supported) and then it MUST close
/// > the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.5 (Retain Available)
#[specgen::covers("MQTT-3.2.2-13", fp = "0e4043cb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_13_server_must_reject_connection_request() {
    todo!()
}

/// MQTT-3.2.2-14 (MUST NOT, Client)
///
/// > A Client receiving Retain Available set to 0 from the Server MUST NOT send a PUBLISH packet
/// > with the RETAIN flag set to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.5 (Retain Available)
#[specgen::covers("MQTT-3.2.2-14", fp = "fa970917")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_14_client_receiving_must_not_send_publish() {
    todo!()
}

/// MQTT-3.2.2-15 (MUST NOT, Client)
///
/// > The Client MUST NOT send packets exceeding Maximum Packet Size to the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.6 (Maximum Packet Size)
#[specgen::covers("MQTT-3.2.2-15", fp = "f30a8a21")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_15_client_must_not_send_packets_exceeding() {
    todo!()
}

/// MQTT-3.2.2-16 (MUST, Server)
///
/// > If the Client connects using a zero length Client Identifier, the Server MUST respond with a
/// > CONNACK containing an Assigned Client Identifier. The Assigned Client Identifier MUST be a
/// > new Client Identifier not used by any other Session currently in the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.7 (Assigned Client Identifier)
#[specgen::covers("MQTT-3.2.2-16", fp = "e1830811")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_16_server_must_respond_connack_containing_assigned() {
    todo!()
}

/// MQTT-3.2.2-17 (MUST NOT, Client)
///
/// > The Client MUST NOT send a Topic Alias in a PUBLISH packet to the Server greater than this
/// > value.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.8 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.2.2-17", fp = "6fb317a5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_17_client_must_not_send_topic_alias() {
    todo!()
}

/// MQTT-3.2.2-18 (MUST NOT, Client)
///
/// > If Topic Alias Maximum is absent or 0, the Client MUST NOT send any Topic Aliases on to the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.8 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.2.2-18", fp = "f9661506")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_18_client_must_not_send_topic_aliases() {
    todo!()
}

/// MQTT-3.2.2-19 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the CONNACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.9 (Reason String)
#[specgen::covers("MQTT-3.2.2-19", fp = "4dc45638")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_19_server_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.2.2-20 (MUST NOT, Server)
///
/// > The Server MUST NOT send this property if it would increase the size of the CONNACK packet
/// > beyond the Maximum Packet Size specified by the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.10 (User Property)
#[specgen::covers("MQTT-3.2.2-20", fp = "4dc45638")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_20_server_must_not_send_property_would() {
    todo!()
}

/// MQTT-3.2.2-21 (MUST, Client)
///
/// > If the Server sends a Server Keep Alive on the CONNACK packet, the Client MUST use this
/// > value instead of the Keep Alive value the Client sent on CONNECT.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.14 (Server Keep Alive)
#[specgen::covers("MQTT-3.2.2-21", fp = "102bc0ff")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_21_client_must_use_value_instead_keep() {
    todo!()
}

/// MQTT-3.2.2-22 (MUST, Server)
///
/// > If the Server does not send the Server Keep Alive, the Server MUST use the Keep Alive value
/// > set by the Client on CONNECT.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.14 (Server Keep Alive)
#[specgen::covers("MQTT-3.2.2-22", fp = "406e9fa3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_2_2_22_server_must_use_keep_alive_value() {
    todo!()
}
