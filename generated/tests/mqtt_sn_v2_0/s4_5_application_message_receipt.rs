//! mqtt-sn-v2.0 section 4.5: Application Message receipt.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.5-1 (MUST, Server)
///
/// > When a Server takes ownership of an incoming Application Message it MUST add it to the
/// > Session State for those Clients that have matching Subscriptions.
///
/// Spec: mqtt-sn-v2.0, section 4.5 (Application Message receipt)
#[specgen::covers("MQTT-SN-4.5-1", fp = "86f91ce0")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_5_1_server_takes_must_add_session_state() {
    todo!()
}

/// MQTT-SN-4.5-2 (MUST, Client)
///
/// > The Client MUST acknowledge any PUBLISH packet it receives according to the applicable QoS
/// > rules regardless of whether it elects to process the Application Message that it contains.
///
/// Spec: mqtt-sn-v2.0, section 4.5 (Application Message receipt)
#[specgen::covers("MQTT-SN-4.5-2", fp = "c0f83dee")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_5_2_client_must_acknowledge_publish_packet_receives() {
    todo!()
}
