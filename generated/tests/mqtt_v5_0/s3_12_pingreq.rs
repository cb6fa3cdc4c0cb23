//! mqtt-v5.0 section 3.12: PINGREQ – PING request.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;

use mqtt_conformance::prelude::*;

/// MQTT-3.12.4-1 (MUST, Server)
///
/// > The Server MUST send a PINGRESP packet in response to a PINGREQ packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.12.4 (PINGREQ Actions)
#[specgen::covers("MQTT-3.12.4-1", fp = "6149c7d5")]
#[test]
fn mqtt_3_12_4_1_server_must_send_pingresp_packet_response() -> R {
    run(|b| {
        let why = "PINGREQ not answered with PINGRESP";
        let mut c = connected_v5(b, "ping")?;
        c.ping().because(why)?;
        c.send_bytes(&[0xc0, 0x00, 0xc0, 0x00, 0xc0, 0x00])?; // three at once
        for _ in 0..3 {
            c.expect(Packet::PingResp).because(why)?;
        }
        Ok(())
    })
}
