//! mqtt-v5.0 section 3.3: PUBLISH – Publish message.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.3.1-1 (MUST, Both)
///
/// > The DUP flag MUST be set to 1 by the Client or Server when it attempts to re-deliver a
/// > PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-1", fp = "f737de21")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_1_dup_flag_must_set_client_server() {
    todo!()
}

/// MQTT-3.3.1-2 (MUST, Unknown)
///
/// > The DUP flag MUST be set to 0 for all QoS 0 messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-2", fp = "18c13bd3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_2_dup_flag_must_set_all_qos() {
    todo!()
}

/// MQTT-3.3.1-3 (MUST, Unknown)
///
/// > The DUP flag in the outgoing PUBLISH packet is set independently to the incoming PUBLISH
/// > packet, its value MUST be determined solely by whether the outgoing PUBLISH packet is a
/// > retransmission.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-3", fp = "4fdd1515")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_3_value_must_determined_solely_whether_outgoing() {
    todo!()
}

/// MQTT-3.3.1-4 (MUST NOT, Unknown)
///
/// > A PUBLISH Packet MUST NOT have both QoS bits set to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.2 (QoS)
#[specgen::covers("MQTT-3.3.1-4", fp = "a715e987")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_4_publish_packet_must_not_both_qos() {
    todo!()
}

/// MQTT-3.3.1-5 (MUST, Server)
///
/// > If the RETAIN flag is set to 1 in a PUBLISH packet sent by a Client to a Server, the Server
/// > MUST replace any existing retained message for this topic and store the Application Message
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-5", fp = "841fa446")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_5_server_must_replace_existing_retained_message() {
    todo!()
}

/// MQTT-3.3.1-6 (MUST, Server)
///
/// > If the Payload contains zero bytes it is processed normally by the Server but any retained
/// > message with the same topic name MUST be removed and any future subscribers for the topic
/// > will not receive a retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-6", fp = "bbd77c3c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_6_payload_contains_must_removed_future_subscribers() {
    todo!()
}

/// MQTT-3.3.1-7 (MUST NOT, Server)
///
/// > A retained message with a Payload containing zero bytes MUST NOT be stored as a retained
/// > message on the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-7", fp = "a6324829")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_7_retained_message_must_not_stored_server() {
    todo!()
}

/// MQTT-3.3.1-8 (MUST NOT, Server)
///
/// > If the RETAIN flag is 0 in a PUBLISH packet sent by a Client to a Server, the Server MUST
/// > NOT store the message as a retained message and MUST NOT remove or replace any existing
/// > retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-8", fp = "f8b0780e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_8_server_must_not_store_message_retained() {
    todo!()
}

/// MQTT-3.3.1-9 (MUST, Server)
///
/// > If Retain Handling is set to 0 the Server MUST send the retained messages matching the Topic
/// > Filter of the subscription to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-9", fp = "3fbc514a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_9_retain_handling_must_send_retained_messages() {
    todo!()
}

/// MQTT-3.3.1-10 (MUST, MUST NOT, Server)
///
/// > If Retain Handling is set to 1 then if the subscription did not already exist, the Server
/// > MUST send all retained message matching the Topic Filter of the subscription to the Client,
/// > and if the subscription did exist the Server MUST NOT send the retained messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-10", fp = "828f9d78")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_10_server_must_send_all_retained_message() {
    todo!()
}

/// MQTT-3.3.1-11 (MUST NOT, Server)
///
/// > If Retain Handling is set to 2, the Server MUST NOT send the retained messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-11", fp = "7049502c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_11_server_must_not_send_retained_messages() {
    todo!()
}

/// MQTT-3.3.1-12 (MUST, Server)
///
/// > If the value of Retain As Published subscription option is set to 0, the Server MUST set the
/// > RETAIN flag to 0 when forwarding an Application Message regardless of how the RETAIN flag
/// > was set in the received PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-12", fp = "b18418f1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_12_server_must_set_retain_flag_forwarding() {
    todo!()
}

/// MQTT-3.3.1-13 (MUST, Server)
///
/// > If the value of Retain As Published subscription option is set to 1, the Server MUST set the
/// > RETAIN flag equal to the RETAIN flag in the received PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-13", fp = "baceeea1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_13_server_must_set_retain_flag_equal() {
    todo!()
}

/// MQTT-3.3.2-1 (MUST, Unknown)
///
/// > The Topic Name MUST be present as the first field in the PUBLISH packet Variable Header. It
/// > MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-1", fp = "95e2cbe0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_1_topic_name_must_present_first_field() {
    todo!()
}

/// MQTT-3.3.2-2 (MUST NOT, Unknown)
///
/// > The Topic Name in the PUBLISH packet MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-2", fp = "3fc4f624")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_2_topic_name_must_not_contain_wildcard() {
    todo!()
}

/// MQTT-3.3.2-3 (MUST, Server)
///
/// > The Topic Name in a PUBLISH packet sent by a Server to a subscribing Client MUST match the
/// > Subscription’s Topic Filter according to the matching process defined in section 4.7.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-3", fp = "05ee6cf7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_3_topic_name_must_match_subscription_s() {
    todo!()
}

/// MQTT-3.3.2-4 (MUST, Server)
///
/// > A Server MUST send the Payload Format Indicator unaltered to all subscribers receiving the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.2 (Payload Format Indicator)
#[specgen::covers("MQTT-3.3.2-4", fp = "d5483936")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_4_server_must_send_payload_format_indicator() {
    todo!()
}

/// MQTT-3.3.2-5 (MUST, Server)
///
/// > If the Message Expiry Interval has passed and the Server has not managed to start onward
/// > delivery to a matching subscriber, then it MUST delete the copy of the message for that
/// > subscriber.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.3 (Message Expiry Interval`)
#[specgen::covers("MQTT-3.3.2-5", fp = "71af4c3e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_5_must_delete_copy_message_subscriber() {
    todo!()
}

/// MQTT-3.3.2-6 (MUST, Server)
///
/// > The PUBLISH packet sent to a Client by the Server MUST contain a Message Expiry Interval set
/// > to the received value minus the time that the Application Message has been waiting in the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.3 (Message Expiry Interval`)
#[specgen::covers("MQTT-3.3.2-6", fp = "c04e3e5e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_6_publish_packet_must_contain_message_expiry() {
    todo!()
}

/// MQTT-3.3.2-7 (MUST NOT, Both)
///
/// > A receiver MUST NOT carry forward any Topic Alias mappings from one Network Connection to
/// > another.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-7", fp = "79f82672")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_7_receiver_must_not_carry_forward_topic() {
    todo!()
}

/// MQTT-3.3.2-8 (MUST NOT, Both)
///
/// > A sender MUST NOT send a PUBLISH packet containing a Topic Alias which has the value 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-8", fp = "6b1f2af9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_8_sender_must_not_send_publish_packet() {
    todo!()
}

/// MQTT-3.3.2-9 (MUST NOT, Client)
///
/// > A Client MUST NOT send a PUBLISH packet with a Topic Alias greater than the Topic Alias
/// > Maximum value returned by the Server in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-9", fp = "32d2ff13")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_9_client_must_not_send_publish_packet() {
    todo!()
}

/// MQTT-3.3.2-10 (MUST, Client)
///
/// > A Client MUST accept all Topic Alias values greater than 0 and less than or equal to the
/// > Topic Alias Maximum value that it sent in the CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-10", fp = "b23d9571")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_10_client_must_accept_all_topic_alias() {
    todo!()
}

/// MQTT-3.3.2-11 (MUST NOT, Server)
///
/// > A Server MUST NOT send a PUBLISH packet with a Topic Alias greater than the Topic Alias
/// > Maximum value sent by the Client in the CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-11", fp = "d47119c2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_11_server_must_not_send_publish_packet() {
    todo!()
}

/// MQTT-3.3.2-12 (MUST, Server)
///
/// > A Server MUST accept all Topic Alias values greater than 0 and less than or equal to the
/// > Topic Alias Maximum value that it returned in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-12", fp = "50bdb5bb")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_12_server_must_accept_all_topic_alias() {
    todo!()
}

/// MQTT-3.3.2-13 (MUST, Unknown)
///
/// > The Response Topic MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.5 (Response Topic)
#[specgen::covers("MQTT-3.3.2-13", fp = "42986fd0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_13_response_topic_must_utf_encoded_string() {
    todo!()
}

/// MQTT-3.3.2-14 (MUST NOT, Unknown)
///
/// > The Response Topic MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.5 (Response Topic)
#[specgen::covers("MQTT-3.3.2-14", fp = "d2673632")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_14_response_topic_must_not_contain_wildcard() {
    todo!()
}

/// MQTT-3.3.2-15 (MUST, Server)
///
/// > The Server MUST send the Response Topic unaltered to all subscribers receiving the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.5 (Response Topic)
#[specgen::covers("MQTT-3.3.2-15", fp = "a5b0876c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_15_server_must_send_response_topic_unaltered() {
    todo!()
}

/// MQTT-3.3.2-16 (MUST, Server)
///
/// > The Server MUST send the Correlation Data unaltered to all subscribers receiving the
/// > Application Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.6 (Correlation Data)
#[specgen::covers("MQTT-3.3.2-16", fp = "1b679d3f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_16_server_must_send_correlation_data_unaltered() {
    todo!()
}

/// MQTT-3.3.2-17 (MUST, Server)
///
/// > The Server MUST send all User Properties unaltered in a PUBLISH packet when forwarding the
/// > Application Message to a Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.7 (User Property)
#[specgen::covers("MQTT-3.3.2-17", fp = "c93f15bf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_17_server_must_send_all_user_properties() {
    todo!()
}

/// MQTT-3.3.2-18 (MUST, Server)
///
/// > The Server MUST maintain the order of User Properties when forwarding the Application
/// > Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.7 (User Property)
#[specgen::covers("MQTT-3.3.2-18", fp = "50bae989")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_18_server_must_maintain_order_user_properties() {
    todo!()
}

/// MQTT-3.3.2-19 (MUST, Unknown)
///
/// > The Content Type MUST be a UTF-8 Encoded String as defined in section 1.5.4.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.9 (Content Type)
#[specgen::covers("MQTT-3.3.2-19", fp = "5c1f467a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_19_content_type_must_utf_encoded_string() {
    todo!()
}

/// MQTT-3.3.2-20 (MUST, Server)
///
/// > A Server MUST send the Content Type unaltered to all subscribers receiving the Application
/// > Message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.9 (Content Type)
#[specgen::covers("MQTT-3.3.2-20", fp = "d077c4be")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_20_server_must_send_content_type_unaltered() {
    todo!()
}

/// MQTT-3.3.4-1 (MUST, Both)
///
/// > The receiver of a PUBLISH Packet MUST respond with the packet as determined by the QoS in
/// > the PUBLISH Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-1", fp = "2dc715bf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_1_receiver_publish_must_respond_determined_qos() {
    todo!()
}

/// MQTT-3.3.4-2 (MUST, Server)
///
/// > In this case the Server MUST deliver the message to the Client respecting the maximum QoS of
/// > all the matching subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-2", fp = "4c73000e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_2_case_server_must_deliver_message_client() {
    todo!()
}

/// MQTT-3.3.4-3 (MUST, Server)
///
/// > If the Client specified a Subscription Identifier for any of the overlapping subscriptions
/// > the Server MUST send those Subscription Identifiers in the message which is published as the
/// > result of the subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-3", fp = "f6846a71")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_3_client_specified_must_send_identifiers_message() {
    todo!()
}

/// MQTT-3.3.4-4 (MUST, Server)
///
/// > If the Server sends a single copy of the message it MUST include in the PUBLISH packet the
/// > Subscription Identifiers for all matching subscriptions which have a Subscription
/// > Identifiers, their order is not significant.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-4", fp = "d583c11b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_4_server_sends_must_include_publish_packet() {
    todo!()
}

/// MQTT-3.3.4-5 (MUST, Server)
///
/// > If the Server sends multiple PUBLISH packets it MUST send, in each of them, the Subscription
/// > Identifier of the matching subscription if it has a Subscription Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-5", fp = "662cbf6e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_5_server_sends_must_send() {
    todo!()
}

/// MQTT-3.3.4-6 (MUST NOT, Client)
///
/// > A PUBLISH packet sent from a Client to a Server MUST NOT contain a Subscription Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-6", fp = "8810a30a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_6_publish_packet_must_not_contain_subscription() {
    todo!()
}

/// MQTT-3.3.4-7 (MUST NOT, Client)
///
/// > The Client MUST NOT send more than Receive Maximum QoS 1 and QoS 2 PUBLISH packets for which
/// > it has not received PUBACK, PUBCOMP, or PUBREC with a Reason Code of 128 or greater from the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-7", fp = "02810821")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_7_client_must_not_send_more_receive() {
    todo!()
}

/// MQTT-3.3.4-8 (MUST NOT, Client)
///
/// > The Client MUST NOT delay the sending of any packets other than PUBLISH packets due to
/// > having sent Receive Maximum PUBLISH packets without receiving acknowledgements for them.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-8", fp = "88c63329")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_8_client_must_not_delay_sending_packets() {
    todo!()
}

/// MQTT-3.3.4-9 (MUST NOT, Server)
///
/// > The Server MUST NOT send more than Receive Maximum QoS 1 and QoS 2 PUBLISH packets for which
/// > it has not received PUBACK, PUBCOMP, or PUBREC with a Reason Code of 128 or greater from the
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-9", fp = "da0d8dee")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_9_server_must_not_send_more_receive() {
    todo!()
}

/// MQTT-3.3.4-10 (MUST NOT, Server)
///
/// > The Server MUST NOT delay the sending of any packets other than PUBLISH packets due to
/// > having sent Receive Maximum PUBLISH packets without receiving acknowledgements for them.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-10", fp = "5d11b55b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_10_server_must_not_delay_sending_packets() {
    todo!()
}
