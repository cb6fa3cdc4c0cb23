//! mqtt-v3.1.1 section 3.10: Fixed header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.10.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the fixed header of the UNSUBSCRIBE Control Packet are reserved and MUST
/// > be set to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.1 (Fixed header)
#[specgen::covers("MQTT-3.10.1-1", fp = "6ca398a6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_1_1_fixed_header_must_set() {
    todo!()
}

/// MQTT-3.10.3-1 (MUST, Unknown)
///
/// > The Topic Filters in an UNSUBSCRIBE packet MUST be UTF-8 encoded strings as defined in
/// > Section 1.5.3, packed contiguously.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.3 (Payload)
#[specgen::covers("MQTT-3.10.3-1", fp = "ceb1252e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_3_1_topic_filters_must_utf_encoded_strings() {
    todo!()
}

/// MQTT-3.10.3-2 (MUST, Unknown)
///
/// > The Payload of an UNSUBSCRIBE packet MUST contain at least one Topic Filter. An UNSUBSCRIBE
/// > packet with no payload is a protocol violation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.3 (Payload)
#[specgen::covers("MQTT-3.10.3-2", fp = "b5a2f305")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_3_2_payload_unsubscribe_must_contain_least_one() {
    todo!()
}

/// MQTT-3.10.4-1 (MUST, Both)
///
/// > The Topic Filters (whether they contain wildcards or not) supplied in an UNSUBSCRIBE packet
/// > MUST be compared character-by-character with the current set of Topic Filters held by the
/// > Server for the Client. If any filter matches exactly then its owning Subscription is
/// > deleted, otherwise no additional processing occurs.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-1", fp = "48f2cebf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_1_supplied_unsubscribe_must_compared_character_current() {
    todo!()
}

/// MQTT-3.10.4-2 (MUST, Server)
///
/// > If a Server deletes a Subscription It MUST stop adding any new messages for delivery to the
/// > Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-2", fp = "47f01533")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_2_server_deletes_must_stop_adding_new() {
    todo!()
}

/// MQTT-3.10.4-3 (MUST, Server)
///
/// > If a Server deletes a Subscription It MUST complete the delivery of any QoS 1 or QoS 2
/// > messages which it has started to send to the Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-3", fp = "9a9195f1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_3_server_deletes_must_complete_delivery_qos() {
    todo!()
}

/// MQTT-3.10.4-4 (MUST, Server)
///
/// > The Server MUST respond to an UNSUBSUBCRIBE request by sending an UNSUBACK packet. The
/// > UNSUBACK Packet MUST have the same Packet Identifier as the UNSUBSCRIBE Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-4", fp = "8be5c809")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_4_server_must_respond_unsubsubcribe_request_sending() {
    todo!()
}

/// MQTT-3.10.4-5 (MUST, Server)
///
/// > Even where no Topic Subscriptions are deleted, the Server MUST respond with an UNSUBACK.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-5", fp = "faf7a5e7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_5_server_must_respond_unsuback() {
    todo!()
}

/// MQTT-3.10.4-6 (MUST, Server)
///
/// > If a Server receives an UNSUBSCRIBE packet that contains multiple Topic Filters it MUST
/// > handle that packet as if it had received a sequence of multiple UNSUBSCRIBE packets, except
/// > that it sends just one UNSUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.10.4 (Response)
#[specgen::covers("MQTT-3.10.4-6", fp = "55e5cb4d")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_10_4_6_server_receives_must_handle_had_received() {
    todo!()
}
