//! mqtt-v5.0 section 2.1 (Structure of an MQTT Control Packet): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-2.1.3-1 (MUST, Unknown)
///
/// > Where a flag bit is marked as “Reserved”, it is reserved for future use and MUST be set to
/// > the value listed.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 2.1.3 (Flags)
#[specgen::covers("MQTT-2.1.3-1", fp = "33a00cdb")]
#[test]
fn mqtt_2_1_3_1_client_closes_on_invalid_flags() -> R {
    // The Client side: CONNACK with fixed-header flags 0b0001 (reserved,
    // must be 0) answers CONNECT: a Malformed Packet, the client closes.
    run_client(|client, server| {
        let o = options("flags");
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        conn.expect_connect()?;
        conn.send_malformed(Malformed::v5(ConnAck::v5(false, ReasonCode::Success)).flags(0b0001))?;
        expect_close(&mut conn, "a CONNACK with invalid flags was accepted")
    })
}
