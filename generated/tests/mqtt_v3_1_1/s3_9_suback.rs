//! mqtt-v3.1.1 section 3.9: Payload.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.9.3-1 (MUST, Unknown)
///
/// > The order of return codes in the SUBACK Packet MUST match the order of Topic Filters in the
/// > SUBSCRIBE Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.9.3 (Payload)
#[specgen::covers("MQTT-3.9.3-1", fp = "3b5c53c6")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_9_3_1_order_return_must_match_topic_filters() {
    todo!()
}

/// MQTT-3.9.3-2 (MUST NOT, Unknown)
///
/// > Allowed return codes: 0x00 - Success - Maximum QoS 0 0x01 - Success - Maximum QoS 1 0x02 -
/// > Success - Maximum QoS 2 0x80 - Failure SUBACK return codes other than 0x00, 0x01, 0x02 and
/// > 0x80 are reserved and MUST NOT be used.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.9.3 (Payload)
#[specgen::covers("MQTT-3.9.3-2", fp = "dcd4b805")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_9_3_2_0x02_0x80_must_not_used() {
    todo!()
}
