//! mqtt-v3.1.1 section 3.8: Fixed header.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.8.1-1 (MUST, Server)
///
/// > Bits 3,2,1 and 0 of the fixed header of the SUBSCRIBE Control Packet are reserved and MUST
/// > be set to 0,0,1 and 0 respectively. The Server MUST treat any other value as malformed and
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.1 (Fixed header)
#[specgen::covers("MQTT-3.8.1-1", fp = "1c456364")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_1_1_fixed_header_must_set() {
    todo!()
}

/// MQTT-3.8.3-1 (MUST, Unknown)
///
/// > The Topic Filters in a SUBSCRIBE packet payload MUST be UTF-8 encoded strings as defined in
/// > Section 1.5.3.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-1", fp = "b1d8ee8c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_1_topic_filters_must_utf_encoded_strings() {
    todo!()
}

/// MQTT-3.8.3-2 (MUST, SHOULD, Server)
///
/// > A Server SHOULD support Topic filters that contain the wildcard characters defined in
/// > Section 4.7.1. If it chooses not to support topic filters that contain wildcard characters
/// > it MUST reject any Subscription request whose filter contains them
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-2", fp = "64477f53")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_2_server_should_support_topic_filters_contain() {
    todo!()
}

/// MQTT-3.8.3-3 (MUST, Unknown)
///
/// > The payload of a SUBSCRIBE packet MUST contain at least one Topic Filter / QoS pair. A
/// > SUBSCRIBE packet with no payload is a protocol violation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-3", fp = "e52ea41a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_3_payload_subscribe_must_contain_least_one() {
    todo!()
}

/// MQTT-3.8.3-4 (MUST, Server)
///
/// > The Server MUST treat a SUBSCRIBE packet as malformed and close the Network Connection if
/// > any of Reserved bits in the payload are non-zero, or QoS is not 0,1 or 2.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.3 (Payload)
#[specgen::covers("MQTT-3.8.3-4", fp = "20c4f8a2")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_3_4_server_must_treat_subscribe_packet_malformed() {
    todo!()
}

/// MQTT-3.8.4-1 (MUST, Both)
///
/// > When the Server receives a SUBSCRIBE Packet from a Client, the Server MUST respond with a
/// > SUBACK Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-1", fp = "cfd6f1df")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_1_server_must_respond_suback_packet() {
    todo!()
}

/// MQTT-3.8.4-2 (MUST, Unknown)
///
/// > The SUBACK Packet MUST have the same Packet Identifier as the SUBSCRIBE Packet that it is
/// > acknowledging.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-2", fp = "a6b2ae78")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_2_suback_packet_must_identifier_subscribe_acknowledging() {
    todo!()
}

/// MQTT-3.8.4-3 (MUST, MUST NOT, Server)
///
/// > If a Server receives a SUBSCRIBE Packet containing a Topic Filter that is identical to an
/// > existing Subscription’s Topic Filter then it MUST completely replace that existing
/// > Subscription with a new Subscription. The Topic Filter in the new Subscription will be
/// > identical to that in the previous Subscription, although its maximum QoS value could be
/// > different. Any existing retained messages matching the Topic Filter MUST be re-sent, but the
/// > flow of publications MUST NOT be interrupted.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-3", fp = "fa59c80c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_3_server_receives_must_completely_replace_new() {
    todo!()
}

/// MQTT-3.8.4-4 (MUST, Server)
///
/// > If a Server receives a SUBSCRIBE packet that contains multiple Topic Filters it MUST handle
/// > that packet as if it had received a sequence of multiple SUBSCRIBE packets, except that it
/// > combines their responses into a single SUBACK response.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-4", fp = "48d36194")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_4_server_receives_must_handle_had_received() {
    todo!()
}

/// MQTT-3.8.4-5 (MUST, Client)
///
/// > The SUBACK Packet sent by the Server to the Client MUST contain a return code for each Topic
/// > Filter/QoS pair. This return code MUST either show the maximum QoS that was granted for that
/// > Subscription or indicate that the subscription failed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-5", fp = "b34fda96")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_5_suback_packet_must_contain_return_code() {
    todo!()
}

/// MQTT-3.8.4-6 (MUST, Server)
///
/// > The QoS of Payload Messages sent in response to a Subscription MUST be the minimum of the
/// > QoS of the originally published message and the maximum QoS granted by the Server. The
/// > server is permitted to send duplicate copies of a message to a subscriber in the case where
/// > the original message was published with QoS 1 and the maximum QoS granted was QoS 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.8.4 (Response)
#[specgen::covers("MQTT-3.8.4-6", fp = "8c2f99e0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_8_4_6_qos_payload_must_minimum_originally_published() {
    todo!()
}
