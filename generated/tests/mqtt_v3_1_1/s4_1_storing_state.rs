//! mqtt-v3.1.1 section 4.1: Storing state.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.1.0-1 (MUST, Both)
///
/// > The Client and Server MUST store Session state for the entire duration of the Session.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.1 (Storing state)
#[specgen::covers("MQTT-4.1.0-1", fp = "e6ebcb38")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_1_0_1_client_server_must_store_session_state() {
    todo!()
}

/// MQTT-4.1.0-2 (MUST, Unknown)
///
/// > A Session MUST last at least as long it has an active Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.1 (Storing state)
#[specgen::covers("MQTT-4.1.0-2", fp = "7d7ef54e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_1_0_2_session_must_last_least_long_active() {
    todo!()
}
