//! mqtt-v3.1.1 section 2.2 (Fixed header): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-2.2.2-2 (MUST, Both)
///
/// > If invalid flags are received, the receiver MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 2.2.2 (Flags)
#[specgen::covers("MQTT-2.2.2-2", fp = "d73c59bc")]
#[test]
fn mqtt_2_2_2_2_client_closes_on_invalid_flags() -> R {
    // The Client side: CONNACK with fixed-header flags 0b0001 answers CONNECT.
    run_client(|client, server| {
        let o = options("flags");
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        conn.expect_connect()?;
        conn.send_malformed(Malformed::from(ConnAck::accepted(false)).flags(0b0001))?;
        conn.expect_closed().because("a CONNACK with invalid flags was accepted")
    })
}
