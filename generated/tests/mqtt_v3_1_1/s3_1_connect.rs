//! mqtt-v3.1.1 section 3.1: CONNECT – Client requests a connection to a Server.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.1.0-1 (MUST, Server)
///
/// > After a Network Connection is established by a Client to a Server, the first Packet sent
/// > from the Client to the Server MUST be a CONNECT Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1 (CONNECT – Client requests a connection to a Server)
#[specgen::covers("MQTT-3.1.0-1", fp = "903e16fa")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_0_1_first_packet_must_connect() {
    todo!()
}

/// MQTT-3.1.0-2 (MUST, Server)
///
/// > The Server MUST process a second CONNECT Packet sent from a Client as a protocol violation
/// > and disconnect the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1 (CONNECT – Client requests a connection to a Server)
#[specgen::covers("MQTT-3.1.0-2", fp = "be421737")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_0_2_server_must_process_second_connect_packet() {
    todo!()
}

/// MQTT-3.1.2-1 (MUST NOT, MAY, Server)
///
/// > If the protocol name is incorrect the Server MAY disconnect the Client, or it MAY continue
/// > processing the CONNECT packet in accordance with some other specification. In the latter
/// > case, the Server MUST NOT continue to process the CONNECT packet in line with this
/// > specification.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.1 (Protocol Name)
#[specgen::covers("MQTT-3.1.2-1", fp = "fe72922c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_1_protocol_name_may_disconnect_client() {
    todo!()
}

/// MQTT-3.1.2-2 (MUST, Server)
///
/// > The Server MUST respond to the CONNECT Packet with a CONNACK return code 0x01 (unacceptable
/// > protocol level) and then disconnect the Client if the Protocol Level is not supported by the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.2 (Protocol Level)
#[specgen::covers("MQTT-3.1.2-2", fp = "0d70950d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_2_server_must_respond_connect_packet_connack() {
    todo!()
}

/// MQTT-3.1.2-3 (MUST, Server)
///
/// > The Server MUST validate that the reserved flag in the CONNECT Control Packet is set to zero
/// > and disconnect the Client if it is not zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.3 (Connect Flags)
#[specgen::covers("MQTT-3.1.2-3", fp = "204e5f02")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_3_server_must_validate_reserved_flag_connect() {
    todo!()
}

/// MQTT-3.1.2-4 (MUST, Server)
///
/// > If CleanSession is set to 0, the Server MUST resume communications with the Client based on
/// > state from the current Session (as identified by the Client identifier). If there is no
/// > Session associated with the Client identifier the Server MUST create a new Session. The
/// > Client and Server MUST store the Session after the Client and Server are disconnected.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.4 (Clean Session)
#[specgen::covers("MQTT-3.1.2-4", fp = "7745346e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_4_server_must_resume_communications_client_based() {
    todo!()
}

/// MQTT-3.1.2-5 (MUST, Server)
///
/// > After the disconnection of a Session that had CleanSession set to 0, the Server MUST store
/// > further QoS 1 and QoS 2 messages that match any subscriptions that the client had at the
/// > time of disconnection as part of the Session state.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.4 (Clean Session)
#[specgen::covers("MQTT-3.1.2-5", fp = "195fce37")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_5_server_must_store_further_qos_messages() {
    todo!()
}

/// MQTT-3.1.2-6 (MUST, MUST NOT, Both)
///
/// > If CleanSession is set to 1, the Client and Server MUST discard any previous Session and
/// > start a new one. This Session lasts as long as the Network Connection. State data associated
/// > with this Session MUST NOT be reused in any subsequent Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.4 (Clean Session)
#[specgen::covers("MQTT-3.1.2-6", fp = "b0654ec6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_6_client_server_must_discard_previous_session() {
    todo!()
}

/// MQTT-3.1.2-7 (MUST NOT, Server)
///
/// > Retained messages do not form part of the Session state in the Server, they MUST NOT be
/// > deleted when the Session ends.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.4 (Clean Session)
#[specgen::covers("MQTT-3.1.2-7", fp = "4f9f0f02")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_7_must_not_deleted_session_ends() {
    todo!()
}

/// MQTT-3.1.2-8 (MUST, Server)
///
/// > If the Will Flag is set to 1 this indicates that, if the Connect request is accepted, a Will
/// > Message MUST be stored on the Server and associated with the Network Connection. The Will
/// > Message MUST be published when the Network Connection is subsequently closed unless the Will
/// > Message has been deleted by the Server on receipt of a DISCONNECT Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-8", fp = "61e46b92")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_8_message_must_stored_server_associated_network() {
    todo!()
}

/// MQTT-3.1.2-9 (MUST, Server)
///
/// > If the Will Flag is set to 1, the Will QoS and Will Retain fields in the Connect Flags will
/// > be used by the Server, and the Will Topic and Will Message fields MUST be present in the
/// > payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-9", fp = "4641aaae")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_9_topic_message_must_present_payload() {
    todo!()
}

/// MQTT-3.1.2-10 (MUST, Both)
///
/// > The Will Message MUST be removed from the stored Session state in the Server once it has
/// > been published or the Server has received a DISCONNECT packet from the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-10", fp = "29bdaf01")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_10_message_must_removed_stored_session_state() {
    todo!()
}

/// MQTT-3.1.2-11 (MUST, MUST NOT, Unknown)
///
/// > If the Will Flag is set to 0 the Will QoS and Will Retain fields in the Connect Flags MUST
/// > be set to zero and the Will Topic and Will Message fields MUST NOT be present in the
/// > payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-11", fp = "ba2f21f0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_11_flag_set_must_zero_topic_message() {
    todo!()
}

/// MQTT-3.1.2-12 (MUST NOT, Unknown)
///
/// > If the Will Flag is set to 0, a Will Message MUST NOT be published when this Network
/// > Connection ends.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-12", fp = "4369a453")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_12_message_must_not_published_network_connection() {
    todo!()
}

/// MQTT-3.1.2-13 (MUST, Unknown)
///
/// > If the Will Flag is set to 0, then the Will QoS MUST be set to 0 (0x00).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.6 (Will QoS)
#[specgen::covers("MQTT-3.1.2-13", fp = "dda9f966")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_13_qos_must_set() {
    todo!()
}

/// MQTT-3.1.2-14 (MUST NOT, Unknown)
///
/// > It MUST NOT be 3 TE (0x03).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.6 (Will QoS)
#[specgen::covers("MQTT-3.1.2-14", fp = "ccd47a25")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_14_must_not_te() {
    todo!()
}

/// MQTT-3.1.2-15 (MUST, Unknown)
///
/// > If the Will Flag is set to 0, then the Will Retain Flag MUST be set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-15", fp = "5afdcd81")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_15_retain_flag_must_set() {
    todo!()
}

/// MQTT-3.1.2-16 (MUST, Server)
///
/// > If Will Retain is set to 0, the Server MUST publish the Will Message as a non-retained
/// > message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-16", fp = "c65b208d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_16_server_must_publish_message_non_retained() {
    todo!()
}

/// MQTT-3.1.2-17 (MUST, Server)
///
/// > If Will Retain is set to 1, the Server MUST publish the Will Message as a retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-17", fp = "d9e77444")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_17_server_must_publish_message_retained() {
    todo!()
}

/// MQTT-3.1.2-18 (MUST NOT, Unknown)
///
/// > If the User Name Flag is set to 0, a user name MUST NOT be present in the payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.8 (User Name Flag)
#[specgen::covers("MQTT-3.1.2-18", fp = "6d50be3e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_18_user_name_must_not_present_payload() {
    todo!()
}

/// MQTT-3.1.2-19 (MUST, Unknown)
///
/// > If the User Name Flag is set to 1, a user name MUST be present in the payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.8 (User Name Flag)
#[specgen::covers("MQTT-3.1.2-19", fp = "00419702")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_19_user_name_must_present_payload() {
    todo!()
}

/// MQTT-3.1.2-20 (MUST NOT, Unknown)
///
/// > If the Password Flag is set to 0, a password MUST NOT be present in the payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-20", fp = "ea22bbae")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_20_password_must_not_present_payload() {
    todo!()
}

/// MQTT-3.1.2-21 (MUST, Unknown)
///
/// > If the Password Flag is set to 1, a password MUST be present in the payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-21", fp = "49220408")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_21_password_must_present_payload() {
    todo!()
}

/// MQTT-3.1.2-22 (MUST, Unknown)
///
/// > If the User Name Flag is set to 0, the Password Flag MUST be set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-22", fp = "e8246bd1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_22_password_flag_must_set() {
    todo!()
}

/// MQTT-3.1.2-23 (MUST, Client)
///
/// > In the absence of sending any other Control Packets, the Client MUST send a PINGREQ Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-23", fp = "de691ca5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_23_client_must_send_pingreq_packet() {
    todo!()
}

/// MQTT-3.1.2-24 (MUST, Both)
///
/// > If the Keep Alive value is non-zero and the Server does not receive a Control Packet from
/// > the Client within one and a half times the Keep Alive time period, it MUST disconnect the
/// > Network Connection to the Client as if the network had failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-24", fp = "f1e08ac8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_24_must_disconnect_network_connection_client_had() {
    todo!()
}

/// MQTT-3.1.3-1 (MUST, Client)
///
/// > These fields, if present, MUST appear in the order Client Identifier, Will Topic, Will
/// > Message, User Name, Password.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3 (Payload)
#[specgen::covers("MQTT-3.1.3-1", fp = "d1f42eb3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_1_must_appear_order_client_identifier() {
    todo!()
}

/// MQTT-3.1.3-2 (MUST, Both)
///
/// > The ClientId MUST be used by Clients and by Servers to identify state that they hold
/// > relating to this MQTT Session between the Client and the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-2", fp = "660080fe")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_2_clientid_must_used_clients_servers_identify() {
    todo!()
}

/// MQTT-3.1.3-3 (MUST, Client)
///
/// > The Client Identifier (ClientId) MUST be present and MUST be the first field in the CONNECT
/// > packet payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-3", fp = "1ce5e65a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_3_must_present_first_field_connect_packet() {
    todo!()
}

/// MQTT-3.1.3-4 (MUST, Unknown)
///
/// > The ClientId MUST be a UTF-8 encoded string as defined in Section 1.5.3.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-4", fp = "247ea732")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_4_clientid_must_utf_encoded_string_defined() {
    todo!()
}

/// MQTT-3.1.3-5 (MUST, Server)
///
/// > The Server MUST allow ClientIds which are between 1 and 23 UTF-8 encoded bytes in length,
/// > and that contain only the characters
/// > "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-5", fp = "e9babc8f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_5_server_must_allow_clientids_between_utf() {
    todo!()
}

/// MQTT-3.1.3-6 (MUST, MAY, Server)
///
/// > A Server MAY allow a Client to supply a ClientId that has a length of zero bytes, however if
/// > it does so the Server MUST treat this as a special case and assign a unique ClientId to that
/// > Client. It MUST then process the CONNECT packet as if the Client had provided that unique
/// > ClientId.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-6", fp = "4b16e869")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_6_server_may_allow_client_supply_clientid() {
    todo!()
}

/// MQTT-3.1.3-7 (MUST, Client)
///
/// > If the Client supplies a zero-byte ClientId, the Client MUST also set CleanSession to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-7", fp = "dbfa8ef0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_7_client_must_set_cleansession() {
    todo!()
}

/// MQTT-3.1.3-8 (MUST, Server)
///
/// > If the Client supplies a zero-byte ClientId with CleanSession set to 0, the Server MUST
/// > respond to the CONNECT Packet with a CONNACK return code 0x02 (Identifier rejected) and then
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-8", fp = "1b028888")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_8_server_must_respond_connect_packet_connack() {
    todo!()
}

/// MQTT-3.1.3-9 (MUST, Server)
///
/// > If the Server rejects the ClientId it MUST respond to the CONNECT Packet with a CONNACK
/// > return code 0x02 (Identifier rejected) and then close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.1 (Client Identifier)
#[specgen::covers("MQTT-3.1.3-9", fp = "69515d7e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_9_server_rejects_must_respond_connect_packet() {
    todo!()
}

/// MQTT-3.1.3-10 (MUST, Unknown)
///
/// > The Will Topic MUST be a UTF-8 encoded string as defined in Section 1.5.3.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.2 (Will Topic)
#[specgen::covers("MQTT-3.1.3-10", fp = "77c69118")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_10_topic_must_utf_encoded_string_defined() {
    todo!()
}

/// MQTT-3.1.3-11 (MUST, Unknown)
///
/// > The User Name MUST be a UTF-8 encoded string as defined in Section 1.5.3.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.3.4 (User Name)
#[specgen::covers("MQTT-3.1.3-11", fp = "2712bdc2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_11_user_name_must_utf_encoded_string() {
    todo!()
}

/// MQTT-3.1.4-1 (MUST, Server)
///
/// > The Server MUST validate that the CONNECT Packet conforms to section 3.1 and close the
/// > Network Connection without sending a CONNACK if it does not conform.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.4 (Response)
#[specgen::covers("MQTT-3.1.4-1", fp = "86716d66")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_1_server_must_validate_connect_packet_conforms() {
    todo!()
}

/// MQTT-3.1.4-2 (MUST, Server)
///
/// > If the ClientId represents a Client already connected to the Server then the Server MUST
/// > disconnect the existing Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.4 (Response)
#[specgen::covers("MQTT-3.1.4-2", fp = "7401302c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_2_clientid_represents_must_disconnect_existing() {
    todo!()
}

/// MQTT-3.1.4-3 (MUST, Server)
///
/// > The Server MUST perform the processing of CleanSession that is described in section 3.1.2.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.4 (Response)
#[specgen::covers("MQTT-3.1.4-3", fp = "c050f2c3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_3_server_must_perform_processing_cleansession_described() {
    todo!()
}

/// MQTT-3.1.4-4 (MUST, Server)
///
/// > The Server MUST acknowledge the CONNECT Packet with a CONNACK Packet containing a zero
/// > return code.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.4 (Response)
#[specgen::covers("MQTT-3.1.4-4", fp = "976443a1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_4_server_must_acknowledge_connect_packet_connack() {
    todo!()
}

/// MQTT-3.1.4-5 (MUST NOT, Server)
///
/// > If the Server rejects the CONNECT, it MUST NOT process any data sent by the Client after the
/// > CONNECT Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.1.4 (Response)
#[specgen::covers("MQTT-3.1.4-5", fp = "f1ce400f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_5_must_not_process_data_sent_client() {
    todo!()
}
