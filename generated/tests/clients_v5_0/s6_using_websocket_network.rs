//! mqtt-v5.0 section 6 (Using WebSocket as a network transport): the client side, against the scripted server.

use mqtt_conformance::prelude::*;
use mqtt_conformance::server::{ScriptServer, WebSocketAcceptor};

use crate::support::*;

/// MQTT-6.0.0-3 (MUST, Client)
///
/// > The Client MUST include “mqtt” in the list of WebSocket Sub Protocols it offers.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 6 (Using WebSocket as a network transport)
#[specgen::covers("MQTT-6.0.0-3", fp = "a3f299ce")]
#[test]
fn mqtt_6_0_0_3_websocket_client_offers_the_mqtt_sub_protocol() -> R {
    // A WebSocket scripted server records the upgrade request; a 5.0 CONNECT
    // then flows over it, so the client really used the WebSocket it opened.
    run_client(|client, _tcp| {
        let ws = WebSocketAcceptor::new();
        let mut server = ScriptServer::start_with(Box::new(ws.clone()))?;
        let o = options("ws").websocket(true);
        // A client may wait in connect for the HTTP upgrade: accept meanwhile.
        let addr = server.addr();
        let accepting = std::thread::spawn(move || {
            let conn = server.accept();
            (server, conn)
        });
        let connecting = client.connect(addr, &o);
        let (server, conn) = accepting.join().expect("the accept thread does not panic");
        connecting.on(&server)?;
        let mut conn = conn?;
        let c = conn.expect_connect()?;
        let offered = ws.upgrades().first().map(|u| u.protocols.clone()).unwrap_or_default();
        conn.note(format!("WebSocket sub-protocols offered: {offered:?}, CONNECT level {}", c.protocol_level));
        if !offered.iter().any(|p| p == "mqtt") {
            return Err(conn.fail_with(format!("the client offered the sub-protocols {offered:?}, without \"mqtt\"")));
        }
        conn.connack(false)
    })
}
