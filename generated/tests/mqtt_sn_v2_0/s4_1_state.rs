//! mqtt-sn-v2.0 section 4.1: Session state.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-SN-4.1.1-1 (MUST NOT, Server)
///
/// > The Server MUST NOT discard the Session State while the Virtual Connection exists.
///
/// Spec: mqtt-sn-v2.0, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-SN-4.1.1-1", fp = "d6268544")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_1_1_1_server_must_not_discard_session_state() {
    todo!()
}

/// MQTT-SN-4.1.1-2 (MUST NOT, Client)
///
/// > The Client MUST NOT discard the Session State while the Virtual Connection exists.
///
/// Spec: mqtt-sn-v2.0, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-SN-4.1.1-2", fp = "61f56ae1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_1_1_2_client_must_not_discard_session_state() {
    todo!()
}

/// MQTT-SN-4.1.1-3 (MUST, Server)
///
/// > The Server MUST discard the Session State when the Virtual Connection is deleted and the
/// > Session Expiry Interval has passed.
///
/// Spec: mqtt-sn-v2.0, section 4.1.1 (Storing Session State)
#[specgen::covers("MQTT-SN-4.1.1-3", fp = "16beec93")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_1_1_3_server_must_discard_session_state_virtual() {
    todo!()
}

/// MQTT-SN-4.1.2-1 (MUST, Server)
///
/// > If the Client provides no client identifier, the Server MUST respond with a CONNACK
/// > containing an Assigned Client Identifier.
///
/// Spec: mqtt-sn-v2.0, section 4.1.2 (Session Establishment)
#[specgen::covers("MQTT-SN-4.1.2-1", fp = "ef54f901")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_1_2_1_server_must_respond_connack_containing_assigned() {
    todo!()
}

/// MQTT-SN-4.1.2-2 (MUST, Client)
///
/// > An Assigned Client Identifier MUST be a new Client Identifier not used by any other Session
/// > currently in the Server.
///
/// Spec: mqtt-sn-v2.0, section 4.1.2 (Session Establishment)
#[specgen::covers("MQTT-SN-4.1.2-2", fp = "ee0df76c")]
#[test]
#[ignore = "skeleton"]
fn mqtt_sn_4_1_2_2_assigned_client_must_new_not_used() {
    todo!()
}
