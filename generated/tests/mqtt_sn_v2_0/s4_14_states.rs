//! mqtt-sn-v2.0 section 4.14: Client states.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.14-1 (MUST, Server)
///
/// > A Server MUST treat any Packet other than PUBWOS or CONNECT that it receives from a Client
/// > in None or Disconnected states as a protocol error.
///
/// Spec: mqtt-sn-v2.0, section 4.14 (Client states)
#[specgen::covers("MQTT-SN-4.14-1", fp = "1876bd05")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_1_server_must_treat_packet_pubwos_connect() {
    todo!()
}

/// MQTT-SN-4.14-2 (MUST, Client)
///
/// > In the Asleep state, a Client MUST only send PINGREQ, CONNECT or DISCONNECT packets to the
/// > Server.
///
/// Spec: mqtt-sn-v2.0, section 4.14 (Client states)
#[specgen::covers("MQTT-SN-4.14-2", fp = "15e68f60")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_client_must_only_send_pingreq() {
    todo!()
}

/// MQTT-SN-4.14-3 (MUST, Client)
///
/// > In the Awake state, a Client MUST not send ANY packets other than those involved in the
/// > receipt of PUBLISH packets (PUBACK, PUBREC, PUBCOMP, REGACK) or CONNECT or DISCONNECT.
///
/// Spec: mqtt-sn-v2.0, section 4.14 (Client states)
#[specgen::covers("MQTT-SN-4.14-3", fp = "92c00b1b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_3_client_must_not_send_packets_involved() {
    todo!()
}

/// MQTT-SN-4.14-4 (MUST, Client)
///
/// > Whenever a CONNECT is received by a Server, any existing Virtual Connection for that Client
/// > MUST be deleted and a new one created with all CONNECT Packet processing, regardless of the
/// > state of the Client.
///
/// Spec: mqtt-sn-v2.0, section 4.14 (Client states)
#[specgen::covers("MQTT-SN-4.14-4", fp = "24460307")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_4_existing_virtual_must_deleted_new_one() {
    todo!()
}

/// MQTT-SN-4.14.2-1 (MUST, Client)
///
/// > If the Server does not receive an MQTT-SN Control Packet from an Asleep Client within one
/// > and a half times the Sleep Duration, it MUST delete the Virtual Connection to the Client.
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-1", fp = "6190ee60")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_1_must_delete_virtual_connection_client() {
    todo!()
}

/// MQTT-SN-4.14.2-2 (MUST, Server)
///
/// > The Server MUST buffer Application Messages of QoS 1 and 2.
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-2", fp = "5b267962")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_2_server_must_buffer_application_messages_qos() {
    todo!()
}

/// MQTT-SN-4.14.2-3 (MUST, Server)
///
/// > If the number of messages buffered on the Server waiting to be sent exceeds the value
/// > specified by the client in the Default Awake Messages field, the Server MUST send only the
/// > Default Awake Messages value number of messages.
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-3", fp = "fdbb11b9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_3_server_must_send_only_default_awake() {
    todo!()
}

/// MQTT-SN-4.14.2-4 (MUST, Server)
///
/// > After sending the Default Awake Messages value number of messages, the Server cuts short the
/// > AWAKE cycle, and MUST respond with a PINGRESP with a messages-left value of either the
/// > number of messages remaining in the Server buffer or 0xFFFF (meaning undetermined number of
/// > messages greater than 0 remaining).
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-4", fp = "3badd8e7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_4_must_respond_pingresp_messages_left_value() {
    todo!()
}

/// MQTT-SN-4.14.2-5 (MUST, Server)
///
/// > During the Awake state, for each Application Message the Server sends to the Client, the
/// > application messages' quality of service MUST be honored - a full packet interaction MUST
/// > take place including all normative phases of acknowledgement, including any associated
/// > retransmission logic.
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-5", fp = "4c12eb3a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_5_application_messages_must_honored_full_packet() {
    todo!()
}

/// MQTT-SN-4.14.2-6 (MUST, Server)
///
/// > If, during the delivery of Application Messages from the Server to the Client, and applying
/// > the retry logic of 4.4.2 "Unacknowledged Packets", the Server gets no response, it MUST
/// > consider the Client disconnected and delete the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-6", fp = "c05d899b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_6_must_consider_client_disconnected_delete_virtual() {
    todo!()
}

/// MQTT-SN-4.14.2-7 (MUST, Client)
///
/// > If the Server does not have any packets buffered for the client, it MUST respond immediately
/// > with a PINGRESP packet
///
/// Spec: mqtt-sn-v2.0, section 4.14.2 (Sleeping Clients)
#[specgen::covers("MQTT-SN-4.14.2-7", fp = "a69fbdea")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_14_2_7_must_respond_immediately_pingresp_packet() {
    todo!()
}
