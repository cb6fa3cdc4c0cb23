//! mqtt-v3.1.1 section 4.4: Message delivery retry.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.4.0-1 (MUST, Both)
///
/// > When a Client reconnects with CleanSession set to 0, both the Client and Server MUST re-send
/// > any unacknowledged PUBLISH Packets (where QoS > 0) and PUBREL Packets using their original
/// > Packet Identifiers.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.4 (Message delivery retry)
#[specgen::covers("MQTT-4.4.0-1", fp = "64bca199")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_4_0_1_both_client_must_re_send_unacknowledged() {
    todo!()
}
