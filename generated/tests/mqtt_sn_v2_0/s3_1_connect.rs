//! mqtt-sn-v2.0 section 3.1: CONNECT - Connection Request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-3.1.2-1 (MUST, Server)
///
/// > The Server MUST validate that the reserved flags in the CONNECT packet are set to 0.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2 (Connect Flags)
#[specgen::covers("MQTT-SN-3.1.2-1", fp = "7f49e741")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_1_server_must_validate_reserved_flags_connect() {
    todo!()
}

/// MQTT-SN-3.1.2.1-1 (MUST, Both)
///
/// > If a CONNECT packet is received with Clean Start is set to 1, the Client and Server MUST
/// > discard any existing Session and start a new Session.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.1 (Clean Start Flag)
#[specgen::covers("MQTT-SN-3.1.2.1-1", fp = "aa5e2a57")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_1_1_client_server_must_discard_existing_session() {
    todo!()
}

/// MQTT-SN-3.1.2.1-2 (MUST, Server)
///
/// > If a CONNECT packet is received with Clean Start set to 0 and there is a Session associated
/// > with the Client Identifier, the Server MUST resume communications with the Client based on
/// > state from the existing Session.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.1 (Clean Start Flag)
#[specgen::covers("MQTT-SN-3.1.2.1-2", fp = "ab3b9972")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_1_2_server_must_resume_communications_client_based() {
    todo!()
}

/// MQTT-SN-3.1.2.1-3 (MUST, Server)
///
/// > If a CONNECT packet is received with Clean Start set to 0 and there is no Session associated
/// > with the Client Identifier, the Server MUST create a new Session.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.1 (Clean Start Flag)
#[specgen::covers("MQTT-SN-3.1.2.1-3", fp = "ec15c202")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_1_3_server_must_create_new_session() {
    todo!()
}

/// MQTT-SN-3.1.2.2-1 (MUST, Unknown)
///
/// > If the Will Flag is set to 1, the Will Flags, Will Topic, and Will Payload fields MUST be
/// > present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.2 (Will Flag)
#[specgen::covers("MQTT-SN-3.1.2.2-1", fp = "bbf41a5d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_2_1_payload_fields_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.2-2 (MUST, Server)
///
/// > If the Will Flag is set to 1 this indicates that a Will Message MUST be stored on the Server
/// > and associated with the Session.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.2 (Will Flag)
#[specgen::covers("MQTT-SN-3.1.2.2-2", fp = "b61ff6b7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_2_2_flag_set_must_stored_server_associated() {
    todo!()
}

/// MQTT-SN-3.1.2.2-3 (MUST, Server)
///
/// > The Will Message MUST be published after the Virtual Connection is deleted or the Session
/// > ends, unless the Will Message has been deleted by the Server on receipt of a DISCONNECT
/// > packet with Reason Code 0x00 (Normal disconnection).
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.2 (Will Flag)
#[specgen::covers("MQTT-SN-3.1.2.2-3", fp = "b0db435d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_2_3_message_must_published_after_virtual_connection() {
    todo!()
}

/// MQTT-SN-3.1.2.2-4 (MUST, Both)
///
/// > The Will Message MUST be removed from the stored Session State in the Server once it has
/// > been published or the Server has received a DISCONNECT packet with a Reason Code of 0x00
/// > (Normal disconnection) from the Client.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.2 (Will Flag)
#[specgen::covers("MQTT-SN-3.1.2.2-4", fp = "c07b5973")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_2_4_message_must_removed_stored_session_state() {
    todo!()
}

/// MQTT-SN-3.1.2.3-1 (MUST, Unknown)
///
/// > If the Authentication Flag is set to 1, the Authentication Method and Authentication Data
/// > fields MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.3 (Authentication Flag)
#[specgen::covers("MQTT-SN-3.1.2.3-1", fp = "8cbefca8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_3_1_authentication_method_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.3-2 (MUST NOT, Unknown)
///
/// > If the Authentication Flag is set to 0, the Authentication Method and Authentication Data
/// > fields MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.3 (Authentication Flag)
#[specgen::covers("MQTT-SN-3.1.2.3-2", fp = "581d307c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_3_2_authentication_method_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.4-1 (MUST, Unknown)
///
/// > If the Session Expiry Flag is set to 1, the Session Expiry Interval field MUST be present in
/// > the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.4 (Session Expiry Flag)
#[specgen::covers("MQTT-SN-3.1.2.4-1", fp = "cf7e6596")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_4_1_session_expiry_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.4-2 (MUST NOT, Unknown)
///
/// > If the Session Expiry Flag is set to 0, the Session Expiry Interval field MUST NOT be
/// > present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.4 (Session Expiry Flag)
#[specgen::covers("MQTT-SN-3.1.2.4-2", fp = "118a07c2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_4_2_session_expiry_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.5-1 (MUST, Unknown)
///
/// > If the Default Number of Awake Messages Flag is set to 1, the Default Awake Messages field
/// > MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.5 (Default Number of Awake Messages Flag)
#[specgen::covers("MQTT-SN-3.1.2.5-1", fp = "f29d6452")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_5_1_default_awake_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.5-2 (MUST NOT, Unknown)
///
/// > If the Default Number of Awake Messages Flag is set to 0, the Default Awake Messages field
/// > MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.5 (Default Number of Awake Messages Flag)
#[specgen::covers("MQTT-SN-3.1.2.5-2", fp = "c4428334")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_5_2_default_awake_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.2.6-1 (no keyword, Server)
///
/// > The Server must send a DISCONNECT and delete the Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.6 (Allow Network Address Changes Flag)
#[specgen::covers("MQTT-SN-3.1.2.6-1", fp = "03bd6f09")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_6_1_server_must_send_disconnect_delete_virtual() {
    todo!()
}

/// MQTT-SN-3.1.2.7-1 (MUST NOT, Server)
///
/// > If this flag is set to 0, the Server MUST NOT include a Server Keep Alive field in the
/// > CONNACK Packet response.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.7 (Allow Server Suggested Values Flag)
#[specgen::covers("MQTT-SN-3.1.2.7-1", fp = "1943bb9f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_7_1_server_must_not_include_keep_alive() {
    todo!()
}

/// MQTT-SN-3.1.2.7-2 (MUST NOT, Server)
///
/// > If this flag is set to 0, the Server MUST NOT include a Session Expiry field in the CONNACK
/// > Packet response.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.7 (Allow Server Suggested Values Flag)
#[specgen::covers("MQTT-SN-3.1.2.7-2", fp = "a0db7b16")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_7_2_server_must_not_include_session_expiry() {
    todo!()
}

/// MQTT-SN-3.1.2.7-3 (MUST NOT, Server)
///
/// > If this flag is set to 0 for the current Virtual Connection, the Server MUST NOT include a
/// > Sleep Duration in the SLEEPRESP Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.2.7 (Allow Server Suggested Values Flag)
#[specgen::covers("MQTT-SN-3.1.2.7-3", fp = "8438e2db")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_2_7_3_server_must_not_include_sleep_duration() {
    todo!()
}

/// MQTT-SN-3.1.3-1 (MUST NOT, Unknown)
///
/// > If the Will Flag is set to 0, the Will Flags MUST NOT be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.3 (Will Flags)
#[specgen::covers("MQTT-SN-3.1.3-1", fp = "6bf84f12")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_3_1_flags_must_not_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.3-2 (MUST, Unknown)
///
/// > If the Will Flag is set to 1, the Will Flags MUST be present in the Packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.3 (Will Flags)
#[specgen::covers("MQTT-SN-3.1.3-2", fp = "ed208442")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_3_2_flags_must_present_packet() {
    todo!()
}

/// MQTT-SN-3.1.3.3-1 (MUST, Server)
///
/// > If the Will Flag is set to 1 and Will Retain is set to 0, the Server MUST publish the Will
/// > Message as a non-retained message.
///
/// Spec: mqtt-sn-v2.0, section 3.1.3.3 (Will Retain)
#[specgen::covers("MQTT-SN-3.1.3.3-1", fp = "2507b959")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_3_3_1_server_must_publish_message_non_retained() {
    todo!()
}

/// MQTT-SN-3.1.3.3-2 (MUST, Server)
///
/// > If the Will Flag is set to 1 and Will Retain is set to 1, the Server MUST publish the Will
/// > Message as a retained message.
///
/// Spec: mqtt-sn-v2.0, section 3.1.3.3 (Will Retain)
#[specgen::covers("MQTT-SN-3.1.3.3-2", fp = "2eff06e3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_3_3_2_server_must_publish_message_retained() {
    todo!()
}

/// MQTT-SN-3.1.5-1 (MUST, Unknown)
///
/// > The value of the Protocol Version field for MQTT-SN version 2.0 MUST be 2 (0x02).
///
/// Spec: mqtt-sn-v2.0, section 3.1.5 (Protocol Version)
#[specgen::covers("MQTT-SN-3.1.5-1", fp = "4a897fe0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_5_1_must() {
    todo!()
}

/// MQTT-SN-3.1.5-2 (MAY, Server)
///
/// > If the Protocol Version is not 2 and the Server does not want to accept the CONNECT packet,
/// > the Server MAY send a CONNACK packet with Reason Code 0x84 (Unsupported Protocol Version).
///
/// Spec: mqtt-sn-v2.0, section 3.1.5 (Protocol Version)
#[specgen::covers("MQTT-SN-3.1.5-2", fp = "582d8628")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_5_2_server_may_send_connack_packet_reason() {
    todo!()
}

/// MQTT-SN-3.1.6-1 (MUST, Client)
///
/// > In the absence of sending any other MQTT-SN Control Packets, the Client MUST send a PINGREQ
/// > packet.
///
/// Spec: mqtt-sn-v2.0, section 3.1.6 (Keep Alive)
#[specgen::covers("MQTT-SN-3.1.6-1", fp = "1681bb0e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_6_1_client_must_send_pingreq_packet() {
    todo!()
}

/// MQTT-SN-3.1.6-2 (MUST, Server)
///
/// > If the Server does not receive an MQTT-SN Control Packet from the Client within one and a
/// > half times the Keep Alive time period, it MUST delete the Virtual Connection and move the
/// > Client to the Disconnected state (see 4.14 "Client states").
///
/// Spec: mqtt-sn-v2.0, section 3.1.6 (Keep Alive)
#[specgen::covers("MQTT-SN-3.1.6-2", fp = "54239aa7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_6_2_must_delete_virtual_connection_move_client() {
    todo!()
}

/// MQTT-SN-3.1.6-3 (MUST, SHOULD, Client)
///
/// > If a Client does not receive a PINGRESP packet within a [Retry Interval] amount of time
/// > after it has sent a PINGREQ, it SHOULD retry the transmission according to 4.4.2
/// > "Unacknowledged Packets" up to the maximum number of attempts. If a PINGRESP is still not
/// > received it MUST delete the Virtual Connection to the Server by way of a DISCONNECT, with
/// > the understanding that the Server may no longer be reachable.
///
/// Spec: mqtt-sn-v2.0, section 3.1.6 (Keep Alive)
#[specgen::covers("MQTT-SN-3.1.6-3", fp = "da335b90")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_6_3_should_retry_transmission_according() {
    todo!()
}

/// MQTT-SN-3.1.6-4 (no keyword, Unknown)
///
/// > It is a protocol error if a Keep Alive value of 0 or below is set.
///
/// Spec: mqtt-sn-v2.0, section 3.1.6 (Keep Alive)
#[specgen::covers("MQTT-SN-3.1.6-4", fp = "258dbc0a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_6_4_protocol_error_keep_alive_value_below() {
    todo!()
}

/// MQTT-SN-3.1.7-1 (MUST, Unknown)
///
/// > The Maximum Packet Size value MUST be 10 or greater
///
/// Spec: mqtt-sn-v2.0, section 3.1.7 (Maximum Packet Size)
#[specgen::covers("MQTT-SN-3.1.7-1", fp = "7627e3d8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_7_1_maximum_packet_must_greater() {
    todo!()
}

/// MQTT-SN-3.1.7-2 (MUST NOT, Server)
///
/// > The Server MUST NOT send packets exceeding Maximum Packet Size to the Client. If a Client
/// > receives a packet whose size exceeds this limit, this is a Protocol Error, the Client uses
/// > DISCONNECT with Reason Code 0x95 (Packet too large).
///
/// Spec: mqtt-sn-v2.0, section 3.1.7 (Maximum Packet Size)
#[specgen::covers("MQTT-SN-3.1.7-2", fp = "614e31cc")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_7_2_server_must_not_send_packets_exceeding() {
    todo!()
}

/// MQTT-SN-3.1.7-3 (MUST, Server)
///
/// > Where a Packet is too large to send, the Server MUST discard it without sending it and then
/// > behave as if it had completed sending that Application Message.
///
/// Spec: mqtt-sn-v2.0, section 3.1.7 (Maximum Packet Size)
#[specgen::covers("MQTT-SN-3.1.7-3", fp = "c351624a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_7_3_server_must_discard_without_sending_behave() {
    todo!()
}

/// MQTT-SN-3.1.9-1 (MUST, Both)
///
/// > The Client and Server MUST store the Session State after the Virtual Connection is deleted
/// > if the Session Expiry Interval is greater than 0.
///
/// Spec: mqtt-sn-v2.0, section 3.1.9 (Session Expiry Interval)
#[specgen::covers("MQTT-SN-3.1.9-1", fp = "0c9b815a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_9_1_client_server_must_store_session_state() {
    todo!()
}

/// MQTT-SN-3.1.11-1 (MUST, Unknown)
///
/// > The Will Topic Name MUST be a UTF-8 Encoded String as defined in 1.8.4 "UTF-8 Encoded
/// > String".
///
/// Spec: mqtt-sn-v2.0, section 3.1.11 (Will Topic Name)
#[specgen::covers("MQTT-SN-3.1.11-1", fp = "2ef8ee4f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_11_1_topic_name_must_utf_encoded_string() {
    todo!()
}

/// MQTT-SN-3.1.18-1 (MUST, Client)
///
/// > The Client Identifier MUST be a UTF-8 Encoded String.
///
/// Spec: mqtt-sn-v2.0, section 3.1.18 (Client Identifier)
#[specgen::covers("MQTT-SN-3.1.18-1", fp = "592e55c6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_18_1_client_identifier_must_utf_encoded_string() {
    todo!()
}

/// MQTT-SN-3.1.18-2 (MUST, Client)
///
/// > The Client Identifier MUST be used by Clients and by Server to identify the state that they
/// > hold relating to this MQTT-SN Session between the Client and the Server.
///
/// Spec: mqtt-sn-v2.0, section 3.1.18 (Client Identifier)
#[specgen::covers("MQTT-SN-3.1.18-2", fp = "090045dd")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_18_2_client_identifier_must_used_clients_server() {
    todo!()
}

/// MQTT-SN-3.1.18-3 (MUST, Server)
///
/// > When the Client Identifier is present (greater than 0 bytes), the Server MUST allow values
/// > which are between 1 and 23 UTF-8 encoded bytes in length, and that contain only the
/// > characters "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".
///
/// Spec: mqtt-sn-v2.0, section 3.1.18 (Client Identifier)
#[specgen::covers("MQTT-SN-3.1.18-3", fp = "5cab0ba4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_18_3_server_must_allow_values_between_utf() {
    todo!()
}

/// MQTT-SN-3.1.18-4 (MAY, Server)
///
/// > The Server MAY choose to allow more than 23 bytes.
///
/// Spec: mqtt-sn-v2.0, section 3.1.18 (Client Identifier)
#[specgen::covers("MQTT-SN-3.1.18-4", fp = "80e1d6bd")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_18_4_server_may_choose_allow_more_bytes() {
    todo!()
}

/// MQTT-SN-3.1.19-1 (MUST, MUST NOT, Server)
///
/// > The Server MUST validate that the CONNECT packet matches the format described in 3.1
/// > "CONNECT - Connection Request" and MUST NOT create a Virtual Connection for this CONNECT if
/// > it does not match.
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-1", fp = "80f9cfba")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_1_server_must_validate_connect_packet_matches() {
    todo!()
}

/// MQTT-SN-3.1.19-2 (MUST NOT, SHOULD, MAY, Server)
///
/// > The Server MAY check that the contents of the CONNECT packet meet any further restrictions
/// > and SHOULD perform authentication and authorization checks. If any of these checks fail, it
/// > MUST NOT create a Virtual Connection for this CONNECT.
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-2", fp = "aed9cdcf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_2_server_may_check_contents_connect_packet() {
    todo!()
}

/// MQTT-SN-3.1.19-3 (MUST, Both)
///
/// > If the Client Identifier represents a Client already connected to the Server, the Server
/// > sends a DISCONNECT packet to the existing Client with Reason Code of 0x8E (Session taken
/// > over) as described in 4.12 "Handling errors" and MUST delete the Virtual Connection of the
/// > existing Client.
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-3", fp = "20731855")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_3_handling_errors_must_delete_virtual_connection() {
    todo!()
}

/// MQTT-SN-3.1.19-4 (MUST, Server)
///
/// > The Server MUST perform the processing of Clean Start that is described in 3.1.2.1 "Clean
/// > Start Flag".
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-4", fp = "2a0b944e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_4_server_must_perform_processing_clean_start() {
    todo!()
}

/// MQTT-SN-3.1.19-5 (MUST, Server)
///
/// > The Server MUST acknowledge the CONNECT packet with a CONNACK packet containing a 0x00
/// > (Success) Reason Code.
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-5", fp = "3324d6ca")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_5_server_must_acknowledge_connect_packet_connack() {
    todo!()
}

/// MQTT-SN-3.1.19-6 (MUST, Client)
///
/// > A Client MUST wait for a CONNACK packet with a 0x00 (Success) Reason Code before sending any
/// > packet that needs a Virtual Connection.
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-6", fp = "47855f68")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_6_client_must_wait_connack_packet_0x00() {
    todo!()
}

/// MQTT-SN-3.1.19-7 (MUST NOT, Server)
///
/// > The Server MUST NOT process any data sent by the Client after the CONNECT packet and before
/// > the CONNACK response is sent, except AUTH packets.
///
/// Spec: mqtt-sn-v2.0, section 3.1.19 (CONNECT Actions)
#[specgen::covers("MQTT-SN-3.1.19-7", fp = "a35ad8a3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_3_1_19_7_server_must_not_process_data_sent() {
    todo!()
}
