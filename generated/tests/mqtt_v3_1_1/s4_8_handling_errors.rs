//! mqtt-v3.1.1 section 4.8: Handling errors.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.8.0-1 (MUST, Both)
///
/// > Unless stated otherwise, if either the Server or Client encounters a protocol violation, it
/// > MUST close the Network Connection on which it received that Control Packet which caused the
/// > protocol violation.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.8 (Handling errors)
#[specgen::covers("MQTT-4.8.0-1", fp = "489e4821")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_0_1_must_close_network_connection_received_control() {
    todo!()
}

/// MQTT-4.8.0-2 (MUST, Server)
///
/// > If the Client or Server encounters a Transient Error while processing an inbound Control
/// > Packet it MUST close the Network Connection on which it received that Control Packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 4.8 (Handling errors)
#[specgen::covers("MQTT-4.8.0-2", fp = "607db5e1")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_8_0_2_client_server_must_close_network_connection() {
    todo!()
}
