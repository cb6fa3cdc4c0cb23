//! mqtt-v5.0 section 3.10: UNSUBSCRIBE – Unsubscribe request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.10.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the Fixed Header of the UNSUBSCRIBE packet are reserved and MUST be set
/// > to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and close
/// > the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.1 (UNSUBSCRIBE Fixed Header)
#[specgen::covers("MQTT-3.10.1-1", fp = "f31d8777")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_1_1_fixed_header_must_set() {
    todo!()
}

/// MQTT-3.10.3-1 (MUST, Unknown)
///
/// > The Topic Filters in an UNSUBSCRIBE packet MUST be UTF-8 Encoded Strings
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.3 (UNSUBSCRIBE Payload)
#[specgen::covers("MQTT-3.10.3-1", fp = "212ba3c3")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_3_1_topic_filters_must_utf_encoded_strings() {
    todo!()
}

/// MQTT-3.10.3-2 (MUST, Unknown)
///
/// > The Payload of an UNSUBSCRIBE packet MUST contain at least one Topic Filter.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.3 (UNSUBSCRIBE Payload)
#[specgen::covers("MQTT-3.10.3-2", fp = "11dce8b0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_3_2_payload_unsubscribe_must_contain_least_one() {
    todo!()
}

/// MQTT-3.10.4-1 (MUST, Server)
///
/// > The Topic Filters (whether they contain wildcards or not) supplied in an UNSUBSCRIBE packet
/// > MUST be compared character-by-character with the current set of Topic Filters held by the
/// > Server for the Client. If any filter matches exactly then its owning Subscription MUST be
/// > deleted
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-1", fp = "175d2024")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_1_supplied_unsubscribe_must_compared_character_current() {
    todo!()
}

/// MQTT-3.10.4-2 (MUST, Server)
///
/// > When a Server receives UNSUBSCRIBE It MUST stop adding any new messages which match the
/// > Topic Filters, for delivery to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-2", fp = "0f832f0c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_2_server_receives_must_stop_adding_new() {
    todo!()
}

/// MQTT-3.10.4-3 (MUST, Server)
///
/// > When a Server receives UNSUBSCRIBE It MUST complete the delivery of any QoS 1 or QoS 2
/// > messages which match the Topic Filters and it has started to send to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-3", fp = "77dc0552")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_3_server_receives_must_complete_delivery_qos() {
    todo!()
}

/// MQTT-3.10.4-4 (MUST, Server)
///
/// > The Server MUST respond to an UNSUBSCRIBE request by sending an UNSUBACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-4", fp = "bd598a67")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_4_server_must_respond_unsubscribe_request_sending() {
    todo!()
}

/// MQTT-3.10.4-5 (MUST, Server)
///
/// > The UNSUBACK packet MUST have the same Packet Identifier as the UNSUBSCRIBE packet. Even
/// > where no Topic Subscriptions are deleted, the Server MUST respond with an UNSUBACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-5", fp = "f76572fd")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_5_unsuback_packet_must_identifier_unsubscribe() {
    todo!()
}

/// MQTT-3.10.4-6 (MUST, Server)
///
/// > If a Server receives an UNSUBSCRIBE packet that contains multiple Topic Filters, it MUST
/// > process that packet as if it had received a sequence of multiple UNSUBSCRIBE packets, except
/// > that it sends just one UNSUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.10.4 (UNSUBSCRIBE Actions)
#[specgen::covers("MQTT-3.10.4-6", fp = "c5614ab8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_6_must_process_packet_had_received_sequence() {
    todo!()
}
