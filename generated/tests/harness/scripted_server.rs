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
