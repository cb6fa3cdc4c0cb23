//! The scripted server against the script client playing a client under
//! test: it passes what conforms and fails, with the whole exchange, what
//! does not; its waits end.

use mqtt_conformance::prelude::*;
use mqtt_conformance::server::ScriptServer;

fn pair() -> (ScriptServer, Client, mqtt_conformance::server::Conn) {
    let mut server = ScriptServer::start().unwrap();
    let client = Client::connect(server.addr()).unwrap();
    let conn = server.accept().unwrap();
    (server, client, conn)
}

#[test]
fn a_conforming_exchange_passes() {
    let (_server, mut client, mut conn) = pair();
    client.send(Connect::new("c1")).unwrap();
    let c = conn.handshake(false).unwrap();
    assert_eq!(c.client_id, "c1");
    client.expect(ConnAck::accepted(false)).unwrap();
    client.send(Publish::new("t", "x").qos(QoS::AtLeastOnce, 1)).unwrap();
    assert_eq!(conn.receive_publish().unwrap().payload, b"x");
    client.expect(PubAck::new(1)).unwrap();
    client.send(Packet::Disconnect).unwrap();
    conn.expect(Packet::Disconnect).unwrap();
    client.shutdown_write().unwrap();
    conn.expect_closed().unwrap();
}

#[test]
fn a_first_packet_other_than_connect_fails_with_the_transcript() {
    let (_server, mut client, mut conn) = pair();
    client.send(Packet::PingReq).unwrap();
    let e = conn.expect_connect().unwrap_err();
    assert_eq!(e.kind, ErrorKind::Unexpected);
    assert!(e.message.contains("expected CONNECT, received PINGREQ"), "{e}");
    assert!(e.transcript.contains("#1 <- PINGREQ"), "{e}");
}

#[test]
fn a_malformed_packet_from_the_client_fails() {
    let (_server, mut client, mut conn) = pair();
    client.send_malformed(Malformed::from(Packet::PingReq).flags(0b0001)).unwrap();
    let e = conn.recv().unwrap_err();
    assert_eq!(e.kind, ErrorKind::Malformed, "{e}");
}

#[test]
fn waits_end_and_say_so() {
    let mut server = ScriptServer::start().unwrap();
    server.set_timeout(Duration::from_millis(100));
    let e = server.accept().map(|_| ()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout);
    let _client = Client::connect(server.addr()).unwrap();
    let mut conn = server.accept().unwrap();
    let e = conn.expect_connect().unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
    let e = conn.expect_closed_within(Duration::from_millis(50)).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Timeout, "{e}");
}

#[test]
fn a_cut_is_seen_by_the_client_and_every_connection_is_in_one_transcript() {
    let (mut server, mut client, mut conn) = pair();
    conn.cut().unwrap();
    client.expect_closed().unwrap();
    let mut again = Client::connect(server.addr()).unwrap();
    let mut conn2 = server.accept().unwrap();
    again.send(Connect::new("c2")).unwrap();
    conn2.expect_connect().unwrap();
    let t = server.transcript();
    assert!(t.contains("#1 .. server cuts the connection") && t.contains("#2 <- CONNECT"), "{t}");
}

/// Minimal WebSocket client handshake by hand (the suite has no WebSocket
/// client): the acceptor must record exactly the offered sub-protocols, and
/// MQTT must flow in binary frames.
fn ws_client(addr: std::net::SocketAddr, protocols: Option<&str>) -> std::net::TcpStream {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let offer = protocols.map(|p| format!("Sec-WebSocket-Protocol: {p}\r\n")).unwrap_or_default();
    write!(
        s,
        "GET /mqtt HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
         Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{offer}\r\n"
    )
    .unwrap();
    s.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut resp = Vec::new();
    let mut b = [0u8; 1];
    while !resp.ends_with(b"\r\n\r\n") {
        s.read_exact(&mut b).unwrap();
        resp.push(b[0]);
    }
    assert!(String::from_utf8_lossy(&resp).starts_with("HTTP/1.1 101"), "{}", String::from_utf8_lossy(&resp));
    s
}

/// One masked client frame (opcode 2 binary, 1 text).
fn ws_frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    assert!(payload.len() < 126);
    let mask = [1u8, 2, 3, 4];
    let mut f = vec![0x80 | opcode, 0x80 | payload.len() as u8];
    f.extend_from_slice(&mask);
    f.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    f
}

#[test]
fn websocket_acceptor_records_the_offer_and_carries_mqtt_in_binary_frames() {
    use mqtt_conformance::server::WebSocketAcceptor;
    use std::io::Write;
    for (offer, want) in
        [(Some("mqtt"), vec!["mqtt"]), (None, vec![]), (Some("mqttv3.1, chat"), vec!["mqttv3.1", "chat"])]
    {
        let ws = WebSocketAcceptor::new();
        let mut server = ScriptServer::start_with(Box::new(ws.clone())).unwrap();
        let addr = server.addr();
        let t = std::thread::spawn(move || {
            let mut s = ws_client(addr, offer);
            s.write_all(&ws_frame(2, &Packet::from(Connect::new("w")).encode())).unwrap();
            s.write_all(&ws_frame(1, b"text")).unwrap();
            std::thread::sleep(Duration::from_millis(300));
        });
        let mut conn = server.accept().unwrap();
        assert_eq!(conn.expect_connect().unwrap().client_id, "w");
        let e = conn.recv().unwrap_err();
        assert!(e.message.contains("text frame"), "{e}");
        assert_eq!(ws.upgrades()[0].protocols, want);
        t.join().unwrap();
    }
}
