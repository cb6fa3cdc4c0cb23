//! mqtt-v3.1.1 section 3.14 (DISCONNECT): the client side, against the scripted server.

use mqtt_conformance::prelude::*;

use crate::support::*;

/// MQTT-3.14.4-1 (MUST, Client)
///
/// > After sending a DISCONNECT Packet the Client MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
#[specgen::covers("MQTT-3.14.4-1", fp = "d82fdc16")]
#[test]
fn mqtt_3_14_4_1_client_closes_the_connection_after_disconnect() -> R {
    run_client(|client, server| {
        let o = options("disc");
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.disconnect().on(server)?;
        expect_disconnect(&mut conn)?;
        conn.expect_closed().because("the client kept the connection open after DISCONNECT")
    })
}

/// MQTT-3.14.4-2 (MUST NOT, Client)
///
/// > After sending a DISCONNECT Packet the Client MUST NOT send any more Control Packets on that
/// > Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html>, section 3.14.4 (Response)
#[specgen::covers("MQTT-3.14.4-2", fp = "8c98b641")]
#[test]
fn mqtt_3_14_4_2_nothing_follows_disconnect() -> R {
    // With a message just published, DISCONNECT must be the last packet: the
    // client's close proves nothing else follows.
    run_client(|client, server| {
        let o = options("disc2");
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"last", QoS::AtMostOnce, false).on(server)?;
        conn.expect_publish()?;
        client.disconnect().on(server)?;
        expect_disconnect(&mut conn)?;
        conn.expect_closed().because("only the close may follow DISCONNECT")
    })
}

/// The client's way of disconnecting must send DISCONNECT for these
/// statements to apply; a client that closes without one blocks them.
fn expect_disconnect(conn: &mut mqtt_conformance::server::Conn) -> R {
    match conn.expect(Packet::Disconnect) {
        Err(e) if e.kind == ErrorKind::Closed => Err(mqtt_conformance::verdict::blocked(format!(
            "{}: the client closed the connection without sending DISCONNECT, so what follows a DISCONNECT could not be observed",
            mqtt_conformance::clients::selected()
        ))),
        r => r.map(|_| ()),
    }
}
