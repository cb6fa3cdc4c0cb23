//! mqtt-v3.1.1 section 3.3: Fixed header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.3.1-1 (MUST, Both)
///
/// > The DUP flag MUST be set to 1 by the Client or Server when it attempts to re-deliver a
/// > PUBLISH Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-1", fp = "18cb264d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_1_dup_flag_must_set_client_server() {
    todo!()
}

/// MQTT-3.3.1-2 (MUST, Unknown)
///
/// > The DUP flag MUST be set to 0 for all QoS 0 messages.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.1 (DUP)
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
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-3", fp = "4fdd1515")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_3_value_must_determined_solely_whether_outgoing() {
    todo!()
}

/// MQTT-3.3.1-4 (MUST, MUST NOT, Both)
///
/// > A PUBLISH Packet MUST NOT have both QoS bits set to 1. If a Server or Client receives a
/// > PUBLISH Packet which has both QoS bits set to 1 it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1 (Fixed header)
#[specgen::covers("MQTT-3.3.1-4", fp = "4ce58b40")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_4_publish_packet_must_not_both_qos() {
    todo!()
}

/// MQTT-3.3.1-5 (MUST, Server)
///
/// > If the RETAIN flag is set to 1, in a PUBLISH Packet sent by a Client to a Server, the Server
/// > MUST store the Application Message and its QoS, so that it can be delivered to future
/// > subscribers whose subscriptions match its topic name.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-5", fp = "c66de773")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_5_server_must_store_application_message_qos() {
    todo!()
}

/// MQTT-3.3.1-6 (MUST, Unknown)
///
/// > When a new subscription is established, the last retained message, if any, on each matching
/// > topic name MUST be sent to the subscriber.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-6", fp = "240638b4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_6_each_matching_must_sent_subscriber() {
    todo!()
}

/// MQTT-3.3.1-7 (MUST, SHOULD, MAY, Server)
///
/// > If the Server receives a QoS 0 message with the RETAIN flag set to 1 it MUST discard any
/// > message previously retained for that topic. It SHOULD store the new QoS 0 message as the new
/// > retained message for that topic, but MAY choose to discard it at any time - if this happens
/// > there will be no retained message for that topic.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-7", fp = "ab527434")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_7_server_receives_must_discard_previously_retained() {
    todo!()
}

/// MQTT-3.3.1-8 (MUST, Both)
///
/// > When sending a PUBLISH Packet to a Client the Server MUST set the RETAIN flag to 1 if a
/// > message is sent as a result of a new subscription being made by a Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-8", fp = "409f581f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_8_sending_publish_must_set_retain_flag() {
    todo!()
}

/// MQTT-3.3.1-9 (MUST, Client)
///
/// > It MUST set the RETAIN flag to 0 when a PUBLISH Packet is sent to a Client because it
/// > matches an established subscription regardless of how the flag was set in the message it
/// > received.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-9", fp = "1650c55c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_9_must_set_retain_flag_publish_packet() {
    todo!()
}

/// MQTT-3.3.1-10 (MUST, Unknown)
///
/// > Additionally any existing retained message with the same topic name MUST be removed and any
/// > future subscribers for the topic will not receive a retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-10", fp = "b0341087")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_10_additionally_existing_must_removed_future_subscribers() {
    todo!()
}

/// MQTT-3.3.1-11 (MUST NOT, Server)
///
/// > A zero byte retained message MUST NOT be stored as a retained message on the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-11", fp = "b2a3215f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_11_zero_byte_must_not_stored_server() {
    todo!()
}

/// MQTT-3.3.1-12 (MUST NOT, Server)
///
/// > If the RETAIN flag is 0, in a PUBLISH Packet sent by a Client to a Server, the Server MUST
/// > NOT store the message and MUST NOT remove or replace any existing retained message.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.1.3 (RETAIN)
#[specgen::covers("MQTT-3.3.1-12", fp = "7bef2e36")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_1_12_server_must_not_store_message_remove() {
    todo!()
}

/// MQTT-3.3.2-1 (MUST, Unknown)
///
/// > The Topic Name MUST be present as the first field in the PUBLISH Packet Variable header. It
/// > MUST be a UTF-8 encoded string
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-1", fp = "94db8e53")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_1_topic_name_must_present_first_field() {
    todo!()
}

/// MQTT-3.3.2-2 (MUST NOT, Unknown)
///
/// > The Topic Name in the PUBLISH Packet MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-2", fp = "fe1ff5f8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_2_topic_name_must_not_contain_wildcard() {
    todo!()
}

/// MQTT-3.3.2-3 (MUST, Client)
///
/// > The Topic Name in a PUBLISH Packet sent by a Server to a subscribing Client MUST match the
/// > Subscription’s Topic Filter according to the matching process defined in Section 4.7.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-3", fp = "0e91ffc6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_2_3_topic_name_must_match_subscription_s() {
    todo!()
}

/// MQTT-3.3.4-1 (MUST, Both)
///
/// > The receiver of a PUBLISH Packet MUST respond according to Table 3.4 - Expected Publish
/// > Packet response as determined by the QoS in the PUBLISH Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.4 (Response)
#[specgen::covers("MQTT-3.3.4-1", fp = "bdaba0fa")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_4_1_receiver_publish_must_respond_according_table() {
    todo!()
}

/// MQTT-3.3.5-1 (MUST, Server)
///
/// > In this case the Server MUST deliver the message to the Client respecting the maximum QoS of
/// > all the matching subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.5 (Actions)
#[specgen::covers("MQTT-3.3.5-1", fp = "4c73000e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_5_1_case_server_must_deliver_message_client() {
    todo!()
}

/// MQTT-3.3.5-2 (MUST, Unknown)
///
/// > It MUST either make a positive acknowledgement, according to the normal QoS rules, or close
/// > the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.3.5 (Actions)
#[specgen::covers("MQTT-3.3.5-2", fp = "61c229f2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_3_5_2_must_either_make_positive_acknowledgement() {
    todo!()
}
