//! mqtt-v5.0 section 4.13: Handling errors.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-4.13.1-1 (MUST, Server)
///
/// > When a Server detects a Malformed Packet or Protocol Error, and a Reason Code is given in
/// > the specification, it MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.13.1 (Malformed Packet and Protocol Errors)
#[specgen::covers("MQTT-4.13.1-1", fp = "b5ebe200")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_13_1_1_must_close_network_connection() {
    todo!()
}

/// MQTT-4.13.2-1 (MUST, Unknown)
///
/// > If a Reason Code of 0x80 or greater is specified, then the Network Connection MUST be closed
/// > whether or not the CONNACK or DISCONNECT is sent.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 4.13.2 (Other errors)
#[specgen::covers("MQTT-4.13.2-1", fp = "f53373bf")]
#[test]
#[ignore = "skeleton"]
fn mqtt_4_13_2_1_network_connection_must_closed_whether_not() {
    todo!()
}
