//! mqtt-v5.0 section 3.8: SUBSCRIBE - Subscribe request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.8.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the Fixed Header of the SUBSCRIBE packet are reserved and MUST be set to
/// > 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and close the
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.1 (SUBSCRIBE Fixed Header)
#[specgen::covers("MQTT-3.8.1-1", fp = "9bd7d336")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_1_1_fixed_header_must_set() {
    todo!()
}

/// MQTT-3.8.3-1 (MUST, Unknown)
///
/// > The Topic Filters MUST be a UTF-8 Encoded String.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3 (SUBSCRIBE Payload)
#[specgen::covers("MQTT-3.8.3-1", fp = "4ab83df1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_1_topic_filters_must_utf_encoded_string() {
    todo!()
}

/// MQTT-3.8.3-2 (MUST, Unknown)
///
/// > The Payload MUST contain at least one Topic Filter and Subscription Options pair.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3 (SUBSCRIBE Payload)
#[specgen::covers("MQTT-3.8.3-2", fp = "9a11d5e4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_2_payload_must_contain_least_one_topic() {
    todo!()
}

/// MQTT-3.8.3-3 (MUST NOT, Unknown)
///
/// > If the value is 1, Application Messages MUST NOT be forwarded to a connection with a
/// > ClientID equal to the ClientID of the publishing connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3.1 (Subscription Options)
#[specgen::covers("MQTT-3.8.3-3", fp = "cd86e7ed")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_3_application_messages_must_not_forwarded_connection() {
    todo!()
}

/// MQTT-3.8.3-4 (no keyword, Unknown)
///
/// > It is a Protocol Error to set the No Local bit to 1 on a Shared Subscription.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3.1 (Subscription Options)
#[specgen::covers("MQTT-3.8.3-4", fp = "752345c4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_4_protocol_error_set_no_local_bit() {
    todo!()
}

/// MQTT-3.8.3-5 (MUST, Server)
///
/// > The Server MUST treat a SUBSCRIBE packet as malformed if any of Reserved bits in the Payload
/// > are non-zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.3.1 (Subscription Options)
#[specgen::covers("MQTT-3.8.3-5", fp = "6d4e24fa")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_5_server_must_treat_subscribe_packet_malformed() {
    todo!()
}

/// MQTT-3.8.4-1 (MUST, Server)
///
/// > When the Server receives a SUBSCRIBE packet from a Client, the Server MUST respond with a
/// > SUBACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-1", fp = "9b399c6d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_1_server_must_respond_suback_packet() {
    todo!()
}

/// MQTT-3.8.4-2 (MUST, Unknown)
///
/// > The SUBACK packet MUST have the same Packet Identifier as the SUBSCRIBE packet that it is
/// > acknowledging.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-2", fp = "a1cecf1a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_2_suback_packet_must_identifier_subscribe_acknowledging() {
    todo!()
}

/// MQTT-3.8.4-3 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet containing a Topic Filter that is identical to a
/// > Non-shared Subscription’s Topic Filter for the current Session, then it MUST replace that
/// > existing Subscription with a new Subscription.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-3", fp = "d96c9870")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_3_must_replace_existing_subscription_new() {
    todo!()
}

/// MQTT-3.8.4-4 (MUST, MUST NOT, Unknown)
///
/// > If the Retain Handling option is 0, any existing retained messages matching the Topic Filter
/// > MUST be re-sent, but Applicaton Messages MUST NOT be lost due to replacing the Subscription.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-4", fp = "9c6491e5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_4_existing_retained_must_re_sent() {
    todo!()
}

/// MQTT-3.8.4-5 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet that contains multiple Topic Filters it MUST handle
/// > that packet as if it had received a sequence of multiple SUBSCRIBE packets, except that it
/// > combines their responses into a single SUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-5", fp = "48d36194")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_5_server_receives_must_handle_had_received() {
    todo!()
}

/// MQTT-3.8.4-6 (MUST, Server)
///
/// > The SUBACK packet sent by the Server to the Client MUST contain a Reason Code for each Topic
/// > Filter/Subscription Option pair.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-6", fp = "97a0d856")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_6_suback_packet_must_contain_reason_code() {
    todo!()
}

/// MQTT-3.8.4-7 (MUST, Unknown)
///
/// > This Reason Code MUST either show the maximum QoS that was granted for that Subscription or
/// > indicate that the subscription failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-7", fp = "8d9e016b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_7_reason_code_must_either_show_maximum() {
    todo!()
}

/// MQTT-3.8.4-8 (MUST, Server)
///
/// > The QoS of Application Messages sent in response to a Subscription MUST be the minimum of
/// > the QoS of the originally published message and the Maximum QoS granted by the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.8.4 (SUBSCRIBE Actions)
#[specgen::covers("MQTT-3.8.4-8", fp = "ae66617f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_8_qos_application_must_minimum_originally_published() {
    todo!()
}
