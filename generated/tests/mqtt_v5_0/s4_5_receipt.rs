//! mqtt-v5.0 section 4.5: Message receipt.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.5.0-1 (MUST, Server)
///
/// > When a Server takes ownership of an incoming Application Message it MUST add it to the
/// > Session State for those Clients that have matching Subscriptions.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-1", fp = "86f91ce0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_5_0_1_server_takes_must_add_session_state() {
    todo!()
}

/// MQTT-4.5.0-2 (MUST, Client)
///
/// > The Client MUST acknowledge any Publish packet it receives according to the applicable QoS
/// > rules regardless of whether it elects to process the Application Message that it contains.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.5 (Message receipt)
#[specgen::covers("MQTT-4.5.0-2", fp = "c60d0c27")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_5_0_2_client_must_acknowledge_publish_packet_receives() {
    todo!()
}
