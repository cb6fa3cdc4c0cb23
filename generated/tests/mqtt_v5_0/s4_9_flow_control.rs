//! mqtt-v5.0 section 4.9: Flow Control.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.9.0-1 (MUST, Both)
///
/// > The Client or Server MUST set its initial send quota to a non-zero value not exceeding the
/// > Receive Maximum.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.9 (Flow Control)
#[specgen::covers("MQTT-4.9.0-1", fp = "ced6bb94")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_9_0_1_client_server_must_set_initial_send() {
    todo!()
}

/// MQTT-4.9.0-2 (MUST NOT, Both)
///
/// > If the send quota reaches zero, the Client or Server MUST NOT send any more PUBLISH packets
/// > with QoS > 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.9 (Flow Control)
#[specgen::covers("MQTT-4.9.0-2", fp = "ee3b3931")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_9_0_2_client_server_must_not_send_more() {
    todo!()
}

/// MQTT-4.9.0-3 (MUST, MAY, Both)
///
/// > It MAY continue to send PUBLISH packets with QoS 0, or it MAY choose to suspend sending
/// > these as well. The Client and Server MUST continue to process and respond to all other MQTT
/// > Control Packets even if the quota is zero.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.9 (Flow Control)
#[specgen::covers("MQTT-4.9.0-3", fp = "2f9069c7")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_9_0_3_may_continue_send_publish_packets_qos() {
    todo!()
}
