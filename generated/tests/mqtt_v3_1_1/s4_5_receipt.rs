//! mqtt-v3.1.1 section 4.5: Message receipt.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.5.0-1 (MUST, Server)
///
/// > When a Server takes ownership of an incoming Application Message it MUST add it to the
/// > Session state of those clients that have matching Subscriptions. Matching rules are defined
/// > in Section 4.7.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-1", fp = "ea2cb6a8")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_5_0_1_server_takes_must_add_session_state() {
    todo!()
}

/// MQTT-4.5.0-2 (MUST, Client)
///
/// > The Client MUST acknowledge any Publish Packet it receives according to the applicable QoS
/// > rules regardless of whether it elects to process the Application Message that it contains.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-2", fp = "be0ab492")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_5_0_2_client_must_acknowledge_publish_packet_receives() {
    todo!()
}
