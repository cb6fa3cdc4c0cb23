//! mqtt-v5.0 section 4.6: Message ordering.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.6.0-1 (MUST, Client)
///
/// > When the Client re-sends any PUBLISH packets, it MUST re-send them in the order in which the
/// > original PUBLISH packets were sent (this applies to QoS 1 and QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-1", fp = "ca98cad1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_1_must_re_send_order_original_publish() {
    todo!()
}

/// MQTT-4.6.0-2 (MUST, Client)
///
/// > The Client MUST send PUBACK packets in the order in which the corresponding PUBLISH packets
/// > were received (QoS 1 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-2", fp = "b7928e10")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_2_client_must_send_puback_packets_order() {
    todo!()
}

/// MQTT-4.6.0-3 (MUST, Client)
///
/// > The Client MUST send PUBREC packets in the order in which the corresponding PUBLISH packets
/// > were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-3", fp = "46fbdf26")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_3_client_must_send_pubrec_packets_order() {
    todo!()
}

/// MQTT-4.6.0-4 (MUST, Client)
///
/// > The Client MUST send PUBREL packets in the order in which the corresponding PUBREC packets
/// > were received (QoS 2 messages)
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-4", fp = "a81a6f4f")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_4_client_must_send_pubrel_packets_order() {
    todo!()
}

/// MQTT-4.6.0-5 (MUST, Server)
///
/// > When a Server processes a message that has been published to an Ordered Topic, it MUST send
/// > PUBLISH packets to consumers (for the same Topic and QoS) in the order that they were
/// > received from any given Client.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-5", fp = "cafe7a9c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_5_must_send_publish_packets_consumers() {
    todo!()
}

/// MQTT-4.6.0-6 (MUST, Server)
///
/// > By default, a Server MUST treat every Topic as an Ordered Topic when it is forwarding
/// > messages on Non-shared Subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.6 (Message ordering)
#[specgen::covers("MQTT-4.6.0-6", fp = "82105c3b")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_6_0_6_server_must_treat_every_topic_ordered() {
    todo!()
}
