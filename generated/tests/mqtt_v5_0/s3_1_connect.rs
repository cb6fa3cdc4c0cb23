//! mqtt-v5.0 section 3.1: CONNECT – Connection Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.1.0-1 (MUST, Client)
///
/// > After a Network Connection is established by a Client to a Server, the first packet sent
/// > from the Client to the Server MUST be a CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1 (CONNECT – Connection Request)
#[specgen::covers("MQTT-3.1.0-1", fp = "46e97f2a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_0_1_first_packet_must_connect() {
    todo!()
}

/// MQTT-3.1.0-2 (MUST, Server)
///
/// > The Server MUST process a second CONNECT packet sent from a Client as a Protocol Error and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1 (CONNECT – Connection Request)
#[specgen::covers("MQTT-3.1.0-2", fp = "348bb7c1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_0_2_server_must_process_second_connect_packet() {
    todo!()
}

/// MQTT-3.1.2-1 (MUST, MAY, Server)
///
/// > The protocol name MUST be the UTF-8 String "MQTT". If the Server does not want to accept the
/// > CONNECT, and wishes to reveal that it is an MQTT Server it MAY send a CONNACK packet with
/// > Reason Code of 0x84 (Unsupported Protocol Version), and then it MUST close the Network
/// > Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.1 (Protocol Name)
#[specgen::covers("MQTT-3.1.2-1", fp = "323b9cbe")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_1_protocol_name_must_utf_string_mqtt() {
    todo!()
}

/// MQTT-3.1.2-2 (MUST, MAY, Server)
///
/// > If the Protocol Version is not 5 and the Server does not want to accept the CONNECT packet,
/// > the Server MAY send a CONNACK packet with Reason Code 0x84 (Unsupported Protocol Version)
/// > and then MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.2 (Protocol Version)
#[specgen::covers("MQTT-3.1.2-2", fp = "3bc521e5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_2_server_may_send_connack_packet_reason() {
    todo!()
}

/// MQTT-3.1.2-3 (MUST, Server)
///
/// > The Server MUST validate that the reserved flag in the CONNECT packet is set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.3 (Connect Flags)
#[specgen::covers("MQTT-3.1.2-3", fp = "c6450ceb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_3_server_must_validate_reserved_flag_connect() {
    todo!()
}

/// MQTT-3.1.2-4 (MUST, Both)
///
/// > If a CONNECT packet is received with Clean Start is set to 1, the Client and Server MUST
/// > discard any existing Session and start a new Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.4 (Clean Start)
#[specgen::covers("MQTT-3.1.2-4", fp = "aa5e2a57")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_4_client_server_must_discard_existing_session() {
    todo!()
}

/// MQTT-3.1.2-5 (MUST, Server)
///
/// > If a CONNECT packet is received with Clean Start set to 0 and there is a Session associated
/// > with the Client Identifier, the Server MUST resume communications with the Client based on
/// > state from the existing Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.4 (Clean Start)
#[specgen::covers("MQTT-3.1.2-5", fp = "ab3b9972")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_5_server_must_resume_communications_client_based() {
    todo!()
}

/// MQTT-3.1.2-6 (MUST, Server)
///
/// > If a CONNECT packet is received with Clean Start set to 0 and there is no Session associated
/// > with the Client Identifier, the Server MUST create a new Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.4 (Clean Start)
#[specgen::covers("MQTT-3.1.2-6", fp = "ec15c202")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_6_server_must_create_new_session() {
    todo!()
}

/// MQTT-3.1.2-7 (MUST, Server)
///
/// > If the Will Flag is set to 1 this indicates that a Will Message MUST be stored on the Server
/// > and associated with the Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-7", fp = "b61ff6b7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_7_flag_set_must_stored_server_associated() {
    todo!()
}

/// MQTT-3.1.2-8 (MUST, Server)
///
/// > The Will Message MUST be published after the Network Connection is subsequently closed and
/// > either the Will Delay Interval has elapsed or the Session ends, unless the Will Message has
/// > been deleted by the Server on receipt of a DISCONNECT packet with Reason Code 0x00 (Normal
/// > disconnection) or a new Network Connection for the ClientID is opened before the Will Delay
/// > Interval has elapsed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-8", fp = "00bcbef9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_8_message_must_published_after_network_connection() {
    todo!()
}

/// MQTT-3.1.2-9 (MUST, Unknown)
///
/// > If the Will Flag is set to 1, the Will Properties, Will Topic, and Will Payload fields MUST
/// > be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-9", fp = "2a9702d0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_9_payload_fields_must_present() {
    todo!()
}

/// MQTT-3.1.2-10 (MUST, Both)
///
/// > The Will Message MUST be removed from the stored Session State in the Server once it has
/// > been published or the Server has received a DISCONNECT packet with a Reason Code of 0x00
/// > (Normal disconnection) from the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.5 (Will Flag)
#[specgen::covers("MQTT-3.1.2-10", fp = "c07b5973")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_10_message_must_removed_stored_session_state() {
    todo!()
}

/// MQTT-3.1.2-11 (MUST, Unknown)
///
/// > If the Will Flag is set to 0, then the Will QoS MUST be set to 0 (0x00).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.6 (Will QoS)
#[specgen::covers("MQTT-3.1.2-11", fp = "dda9f966")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_11_qos_must_set() {
    todo!()
}

/// MQTT-3.1.2-12 (no keyword, Unknown)
///
/// > If the Will Flag is set to 1, the value of Will QoS can be 0 (0x00), 1 (0x01), or 2 (0x02).
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.6 (Will QoS)
#[specgen::covers("MQTT-3.1.2-12", fp = "5ffc98d6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_12_flag_set_value_qos_can_0x00() {
    todo!()
}

/// MQTT-3.1.2-13 (MUST, Unknown)
///
/// > If the Will Flag is set to 0, then Will Retain MUST be set to 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-13", fp = "b54c7ba6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_13_retain_must_set() {
    todo!()
}

/// MQTT-3.1.2-14 (MUST, Server)
///
/// > If the Will Flag is set to 1 and Will Retain is set to 0, the Server MUST publish the Will
/// > Message as a non-retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-14", fp = "2507b959")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_14_server_must_publish_message_non_retained() {
    todo!()
}

/// MQTT-3.1.2-15 (MUST, Server)
///
/// > If the Will Flag is set to 1 and Will Retain is set to 1, the Server MUST publish the Will
/// > Message as a retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.7 (Will Retain)
#[specgen::covers("MQTT-3.1.2-15", fp = "2eff06e3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_15_server_must_publish_message_retained() {
    todo!()
}

/// MQTT-3.1.2-16 (MUST NOT, Unknown)
///
/// > If the User Name Flag is set to 0, a User Name MUST NOT be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.8 (User Name Flag)
#[specgen::covers("MQTT-3.1.2-16", fp = "7c2a2db7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_16_user_name_must_not_present_payload() {
    todo!()
}

/// MQTT-3.1.2-17 (MUST, Unknown)
///
/// > If the User Name Flag is set to 1, a User Name MUST be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.8 (User Name Flag)
#[specgen::covers("MQTT-3.1.2-17", fp = "47d0fc24")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_17_user_name_must_present_payload() {
    todo!()
}

/// MQTT-3.1.2-18 (MUST NOT, Unknown)
///
/// > If the Password Flag is set to 0, a Password MUST NOT be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-18", fp = "6627a5ca")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_18_password_must_not_present_payload() {
    todo!()
}

/// MQTT-3.1.2-19 (MUST, Unknown)
///
/// > If the Password Flag is set to 1, a Password MUST be present in the Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.9 (Password Flag)
#[specgen::covers("MQTT-3.1.2-19", fp = "d6083d40")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_19_password_must_present_payload() {
    todo!()
}

/// MQTT-3.1.2-20 (MUST, Client)
///
/// > If Keep Alive is non-zero and in the absence of sending any other MQTT Control Packets, the
/// > Client MUST send a PINGREQ packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-20", fp = "88bdf6ce")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_20_client_must_send_pingreq_packet() {
    todo!()
}

/// MQTT-3.1.2-21 (MUST, Client)
///
/// > If the Server returns a Server Keep Alive on the CONNACK packet, the Client MUST use that
/// > value instead of the value it sent as the Keep Alive.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-21", fp = "b6fabcdc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_21_client_must_use_value_instead_sent() {
    todo!()
}

/// MQTT-3.1.2-22 (MUST, Server)
///
/// > If the Keep Alive value is non-zero and the Server does not receive an MQTT Control Packet
/// > from the Client within one and a half times the Keep Alive time period, it MUST close the
/// > Network Connection to the Client as if the network had failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.10 (Keep Alive)
#[specgen::covers("MQTT-3.1.2-22", fp = "871d9cd1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_22_must_close_network_connection_client_had() {
    todo!()
}

/// MQTT-3.1.2-23 (MUST, Both)
///
/// > The Client and Server MUST store the Session State after the Network Connection is closed if
/// > the Session Expiry Interval is greater than 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.2 (Session Expiry Interval)
#[specgen::covers("MQTT-3.1.2-23", fp = "e3a07db5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_23_client_server_must_store_session_state() {
    todo!()
}

/// MQTT-3.1.2-24 (MUST NOT, Server)
///
/// > The Server MUST NOT send packets exceeding Maximum Packet Size to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.4 (Maximum Packet Size)
#[specgen::covers("MQTT-3.1.2-24", fp = "b31d3b17")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_24_server_must_not_send_packets_exceeding() {
    todo!()
}

/// MQTT-3.1.2-25 (MUST, Server)
///
/// > Where a Packet is too large to send, the Server MUST discard it without sending it and then
/// > behave as if it had completed sending that Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.4 (Maximum Packet Size)
#[specgen::covers("MQTT-3.1.2-25", fp = "c351624a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_25_server_must_discard_without_sending_behave() {
    todo!()
}

/// MQTT-3.1.2-26 (MUST NOT, Server)
///
/// > The Server MUST NOT send a Topic Alias in a PUBLISH packet to the Client greater than Topic
/// > Alias Maximum.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.5 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.1.2-26", fp = "be2568d4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_26_server_must_not_send_topic_alias() {
    todo!()
}

/// MQTT-3.1.2-27 (MUST NOT, Server)
///
/// > If Topic Alias Maximum is absent or zero, the Server MUST NOT send any Topic Aliases to the
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.5 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.1.2-27", fp = "ef5b9f3f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_27_server_must_not_send_topic_aliases() {
    todo!()
}

/// MQTT-3.1.2-28 (MUST NOT, Server)
///
/// > A value of 0 indicates that the Server MUST NOT return Response Information.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.6 (Request Response Information)
#[specgen::covers("MQTT-3.1.2-28", fp = "09eb8432")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_28_value_indicates_must_not_return_response() {
    todo!()
}

/// MQTT-3.1.2-29 (MUST NOT, MAY, Server)
///
/// > If the value of Request Problem Information is 0, the Server MAY return a Reason String or
/// > User Properties on a CONNACK or DISCONNECT packet, but MUST NOT send a Reason String or User
/// > Properties on any packet other than PUBLISH, CONNACK, or DISCONNECT.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.7 (Request Problem Information)
#[specgen::covers("MQTT-3.1.2-29", fp = "4e1ffc62")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_29_server_may_return_reason_string_user() {
    todo!()
}

/// MQTT-3.1.2-30 (MUST NOT, Client)
///
/// > If a Client sets an Authentication Method in the CONNECT, the Client MUST NOT send any
/// > packets other than AUTH or DISCONNECT packets until it has received a CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.2.11.9 (Authentication Method)
#[specgen::covers("MQTT-3.1.2-30", fp = "64cfa93f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_2_30_client_must_not_send_packets_auth() {
    todo!()
}

/// MQTT-3.1.3-1 (MUST, Client)
///
/// > The Payload of the CONNECT packet contains one or more length-prefixed fields, whose
/// > presence is determined by the flags in the Variable Header. These fields, if present, MUST
/// > appear in the order Client Identifier, Will Properties, Will Topic, Will Payload, User Name,
/// > Password.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3 (CONNECT Payload)
#[specgen::covers("MQTT-3.1.3-1", fp = "90d16262")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_1_must_appear_order_client_identifier() {
    todo!()
}

/// MQTT-3.1.3-2 (MUST, Both)
///
/// > The ClientID MUST be used by Clients and by Servers to identify state that they hold
/// > relating to this MQTT Session between the Client and the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-2", fp = "c0bf48f7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_2_clientid_must_used_clients_servers_identify() {
    todo!()
}

/// MQTT-3.1.3-3 (MUST, Unknown)
///
/// > The ClientID MUST be present and is the first field in the CONNECT packet Payload.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-3", fp = "a3c815c0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_3_clientid_must_present_first_field_connect() {
    todo!()
}

/// MQTT-3.1.3-4 (MUST, Unknown)
///
/// > The ClientID MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-4", fp = "a4848645")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_4_clientid_must_utf_encoded_string_defined() {
    todo!()
}

/// MQTT-3.1.3-5 (MUST, Server)
///
/// > The Server MUST allow ClientID’s which are between 1 and 23 UTF-8 encoded bytes in length,
/// > and that contain only the characters
/// > "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-5", fp = "66c81974")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_5_server_must_allow_clientid_s_between() {
    todo!()
}

/// MQTT-3.1.3-6 (MUST, MAY, Server)
///
/// > A Server MAY allow a Client to supply a ClientID that has a length of zero bytes, however if
/// > it does so the Server MUST treat this as a special case and assign a unique ClientID to that
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-6", fp = "c42a760d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_6_server_may_allow_client_supply_clientid() {
    todo!()
}

/// MQTT-3.1.3-7 (MUST, Client)
///
/// > It MUST then process the CONNECT packet as if the Client had provided that unique ClientID,
/// > and MUST return the Assigned Client Identifier in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-7", fp = "dbac4cf5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_7_must_process_connect_packet_client_had() {
    todo!()
}

/// MQTT-3.1.3-8 (MUST, MAY, Server)
///
/// > If the Server rejects the ClientID it MAY respond to the CONNECT packet with a CONNACK using
/// > Reason Code 0x85 (Client Identifier not valid) as described in section 4.13 Handling errors,
/// > and then it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.1 (Client Identifier (ClientID))
#[specgen::covers("MQTT-3.1.3-8", fp = "2f3cddf6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_8_server_rejects_may_respond_connect_packet() {
    todo!()
}

/// MQTT-3.1.3-9 (MUST NOT, Server)
///
/// > If a new Network Connection to this Session is made before the Will Delay Interval has
/// > passed, the Server MUST NOT send the Will Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.2.2 (Will Delay Interval)
#[specgen::covers("MQTT-3.1.3-9", fp = "cc6de7e9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_9_server_must_not_send_message() {
    todo!()
}

/// MQTT-3.1.3-10 (MUST, Server)
///
/// > The Server MUST maintain the order of User Properties when publishing the Will Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.2.8 (User Property)
#[specgen::covers("MQTT-3.1.3-10", fp = "62e27908")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_10_server_must_maintain_order_user_properties() {
    todo!()
}

/// MQTT-3.1.3-11 (MUST, Unknown)
///
/// > The Will Topic MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.3 (Will Topic)
#[specgen::covers("MQTT-3.1.3-11", fp = "878f45b0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_11_topic_must_utf_encoded_string_defined() {
    todo!()
}

/// MQTT-3.1.3-12 (MUST, Unknown)
///
/// > The User Name MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.3.5 (User Name)
#[specgen::covers("MQTT-3.1.3-12", fp = "d707aaad")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_3_12_user_name_must_utf_encoded_string() {
    todo!()
}

/// MQTT-3.1.4-1 (MUST, Server)
///
/// > The Server MUST validate that the CONNECT packet matches the format described in section 3.1
/// > and close the Network Connection if it does not match.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-1", fp = "5ee92784")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_1_server_must_validate_connect_packet_matches() {
    todo!()
}

/// MQTT-3.1.4-2 (MUST, SHOULD, MAY, Server)
///
/// > The Server MAY check that the contents of the CONNECT packet meet any further restrictions
/// > and SHOULD perform authentication and authorization checks. If any of these checks fail, it
/// > MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-2", fp = "a421e155")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_2_server_may_check_contents_connect_packet() {
    todo!()
}

/// MQTT-3.1.4-3 (MUST, Both)
///
/// > If the ClientID represents a Client already connected to the Server, the Server sends a
/// > DISCONNECT packet to the existing Client with Reason Code of 0x8E (Session taken over) as
/// > described in section 4.13 and MUST close the Network Connection of the existing Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-3", fp = "ba705b1d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_3_must_close_network_connection_existing_client() {
    todo!()
}

/// MQTT-3.1.4-4 (MUST, Server)
///
/// > The Server MUST perform the processing of Clean Start that is described in section 3.1.2.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-4", fp = "4a1619cc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_4_server_must_perform_processing_clean_start() {
    todo!()
}

/// MQTT-3.1.4-5 (MUST, Server)
///
/// > The Server MUST acknowledge the CONNECT packet with a CONNACK packet containing a 0x00
/// > (Success) Reason Code.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-5", fp = "3324d6ca")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_5_server_must_acknowledge_connect_packet_connack() {
    todo!()
}

/// MQTT-3.1.4-6 (MUST NOT, Server)
///
/// > If the Server rejects the CONNECT, it MUST NOT process any data sent by the Client after the
/// > CONNECT packet except AUTH packets.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.1.4 (CONNECT Actions)
#[specgen::covers("MQTT-3.1.4-6", fp = "727c6c40")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_1_4_6_must_not_process_data_sent_client() {
    todo!()
}
