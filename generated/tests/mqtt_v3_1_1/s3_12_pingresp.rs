//! mqtt-v3.1.1 section 3.12: Response.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

/// MQTT-3.12.4-1 (MUST, Server)
///
/// > The Server MUST send a PINGRESP Packet in response to a PINGREQ Packet
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.12.4 (Response)
#[specgen::covers("MQTT-3.12.4-1", fp = "1e33001e")]
#[test]
#[ignore = "skeleton"]
fn mqtt_3_12_4_1_server_must_send_pingresp_packet_response() {
    todo!()
}
