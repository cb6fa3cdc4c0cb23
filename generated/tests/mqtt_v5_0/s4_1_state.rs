//! mqtt-v5.0 section 4.1: Session State.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.1.0-1 (MUST NOT, Both)
///
/// > The Client and Server MUST NOT discard the Session State while the Network Connection is
/// > open.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-4.1.0-1", fp = "f5158d0a")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_1_0_1_client_server_must_not_discard_session() {
    todo!()
}

/// MQTT-4.1.0-2 (MUST, Server)
///
/// > The Server MUST discard the Session State when the Network Connection is closed and the
/// > Session Expiry Interval has passed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-4.1.0-2", fp = "3e065fc4")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_1_0_2_server_must_discard_session_state_network() {
    todo!()
}
