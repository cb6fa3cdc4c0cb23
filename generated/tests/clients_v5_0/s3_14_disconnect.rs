//! mqtt-v5.0 section 3.14 (DISCONNECT): the client side, against the scripted server.

use mqtt_conformance::prelude::*;
use mqtt_conformance::server::Conn;

use crate::support::*;

/// MQTT-3.14.4-1 (MUST NOT, Both)
///
/// > After sending a DISCONNECT packet the sender MUST NOT send any more MQTT Control Packets on
/// > that Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-1", fp = "0c855991")]
#[test]
fn mqtt_3_14_4_1_nothing_follows_disconnect() -> R {
    // With a message just published, DISCONNECT must be the last packet: the
    // client's close proves nothing else follows.
    run_client(|client, server| {
        let o = options("disc1");
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"last", QoS::AtMostOnce, false).on(server)?;
        conn.expect_publish()?;
        client.disconnect().on(server)?;
        expect_disconnect(&mut conn)?;
        conn.expect_closed().because("only the close may follow DISCONNECT")
    })
}

/// MQTT-3.14.4-2 (MUST, Both)
///
/// > After sending a DISCONNECT packet the sender MUST close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.14.4 (DISCONNECT Actions)
#[specgen::covers("MQTT-3.14.4-2", fp = "34da5992")]
#[test]
fn mqtt_3_14_4_2_client_closes_the_connection_after_disconnect() -> R {
    run_client(|client, server| {
        let o = options("disc2");
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.disconnect().on(server)?;
        expect_disconnect(&mut conn)?;
        conn.expect_closed().because("the client kept the connection open after DISCONNECT")
    })
}

/// The next packet is a DISCONNECT (any Reason Code); a client that closes
/// without one blocks the statement (nothing after a DISCONNECT to observe).
fn expect_disconnect(conn: &mut Conn) -> R {
    match conn.expect_matching("DISCONNECT", |p| matches!(p, Packet::Disconnect | Packet::DisconnectWith(_))) {
        Err(e) if e.kind == ErrorKind::Closed => Err(verdict::blocked(format!(
            "{}: the client closed the connection without sending DISCONNECT, so what follows a DISCONNECT could not be observed",
            mqtt_conformance::clients::selected()
        ))),
        r => r.map(|_| ()),
    }
}
