//! mqtt-sn-v2.0 section 4.6: Application Message ordering.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.6-1 (MUST, Server)
///
/// > When a Server processes an Application Message that has been published to an Ordered Topic,
/// > it MUST send PUBLISH packets to consumers (for the same Topic and QoS) in the order that
/// > they were received from any given Client.
///
/// Spec: mqtt-sn-v2.0, section 4.6 (Application Message ordering)
#[specgen::covers("MQTT-SN-4.6-1", fp = "711f1406")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_6_1_must_send_publish_packets_consumers() {
    todo!()
}

/// MQTT-SN-4.6-2 (MUST, Server)
///
/// > By default, a Server MUST treat every Topic as an Ordered Topic when it is forwarding
/// > Application Messages.
///
/// Spec: mqtt-sn-v2.0, section 4.6 (Application Message ordering)
#[specgen::covers("MQTT-SN-4.6-2", fp = "addd0048")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_6_2_server_must_treat_every_topic_ordered() {
    todo!()
}
