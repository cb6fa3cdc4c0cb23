//! mqtt-v5.0 section 3.12: PINGREQ – PING request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.12.4-1 (MUST, Server)
///
/// > The Server MUST send a PINGRESP packet in response to a PINGREQ packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.12.4 (PINGREQ Actions)
#[specgen::covers("MQTT-3.12.4-1", fp = "6149c7d5")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_12_4_1_server_must_send_pingresp_packet_response() {
    todo!()
}
