//! mqtt-v3.1.1 section 4.6: Message ordering.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.6.0-1 (MUST, Unknown)
///
/// > © When it re-sends any PUBLISH packets, it MUST re-send them in the order in which the
/// > original PUBLISH packets were sent (this applies to QoS 1 and QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-1", fp = "06c0bb35")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_1_must_re_send_order_original_publish() {
    todo!()
}

/// MQTT-4.6.0-2 (MUST, Client)
///
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBACK packets in the order in which the corresponding PUBLISH
/// > packets were received (QoS 1 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-2", fp = "04bb6436")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_2_client_must_follow_rules_implementing_protocol() {
    todo!()
}

/// MQTT-4.6.0-3 (MUST, Client)
///
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBREC packets in the order in which the corresponding PUBLISH
/// > packets were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-3", fp = "c35a47a1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_3_client_must_follow_rules_implementing_protocol() {
    todo!()
}

/// MQTT-4.6.0-4 (MUST, Client)
///
/// > A Client MUST follow these rules when implementing the protocol flows defined elsewhere in
/// > this chapter It MUST send PUBREL packets in the order in which the corresponding PUBREC
/// > packets were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-4", fp = "0eff930e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_4_client_must_follow_rules_implementing_protocol() {
    todo!()
}

/// MQTT-4.6.0-5 (MUST, MAY, Server)
///
/// > A Server MUST by default treat each Topic as an "Ordered Topic". It MAY provide an
/// > administrative or other mechanism to allow one or more Topics to be treated as an "Unordered
/// > Topic".
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-5", fp = "1f3b04e9")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_5_server_must_default_treat_each_topic() {
    todo!()
}

/// MQTT-4.6.0-6 (MUST, Both)
///
/// > When a Server processes a message that has been published to an Ordered Topic, it MUST
/// > follow the rules listed above when delivering messages to each of its subscribers. In
/// > addition it MUST send PUBLISH packets to consumers (for the same Topic and QoS) in the order
/// > that they were received from any given Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-6", fp = "95a8d261")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_6_must_follow_rules_listed_above_delivering() {
    todo!()
}
