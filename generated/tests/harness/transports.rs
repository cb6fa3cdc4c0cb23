//! The transports under the script client, against a real mosquitto: TLS
//! with certificates made at test time, and WebSocket beside a plain
//! listener. Whole-suite runs over each transport use the same `Conn`.

use mqtt_conformance::broker::free_port;
use mqtt_conformance::prelude::*;
use mqtt_conformance::transport::{Kind, TestPki, Transport};

fn round_trip(c: &mut Client) -> R {
    c.connect_ok(&unique_client_id("transport"), true)?;
    let topic = unique_topic("transport");
    c.subscribe(&topic, QoS::AtLeastOnce)?;
    c.publish(&topic, b"over the transport", QoS::AtLeastOnce)?;
    let p = c.receive_publish()?;
    assert_eq!(p.payload, b"over the transport");
    c.disconnect()
}

#[test]
fn tls_listener_with_test_time_certificates() -> R {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::generate(dir.path()).unwrap();
    let port = free_port().unwrap();
    let extra =
        format!("listener {port} 127.0.0.1\ncertfile {}\nkeyfile {}\n", pki.cert_pem.display(), pki.key_pem.display());
    let b = Broker::start_mosquitto_with(&extra)?;
    let tls = Transport::Tls { ca_der: pki.ca_der.clone() };
    let mut c = Client::connect_over(("127.0.0.1", port), ProtocolVersion::V311, &tls)?;
    c.set_target(format!("{} (TLS :{port})", b.describe()), b.log_handle());
    round_trip(&mut c)?;

    // A client that trusts another CA fails the handshake: the TLS is real.
    let other = TestPki::generate(tempfile::tempdir().unwrap().path()).unwrap();
    let e = Client::connect_over(("127.0.0.1", port), ProtocolVersion::V311, &Transport::Tls { ca_der: other.ca_der })
        .err()
        .expect("a certificate from an unknown CA must be refused");
    assert!(e.message.contains("tls handshake"), "{}", e.message);
    // And plain MQTT on the TLS port gets no CONNACK.
    let mut plain = Client::connect(("127.0.0.1", port))?.with_timeout(wait::reply());
    plain.send(Connect::new("plain-on-tls"))?;
    assert!(plain.recv().is_err(), "plain MQTT must not be answered on a TLS listener");
    Ok(())
}

#[test]
fn websocket_listener_beside_a_plain_one() -> R {
    let port = free_port().unwrap();
    let b = Broker::start_mosquitto_with(&format!("listener {port} 127.0.0.1\nprotocol websockets\n"))?;
    let mut c = Client::connect_over(("127.0.0.1", port), ProtocolVersion::V311, &Transport::Ws { wake: None })?;
    c.set_target(format!("{} (WebSocket :{port})", b.describe()), b.log_handle());
    assert_eq!(c.conn().kind(), Kind::Ws);
    round_trip(&mut c)
}

#[test]
fn transport_names_and_bad_values() {
    assert_eq!(Kind::parse(None), Ok(Kind::Tcp));
    assert_eq!(Kind::parse(Some(" tls ")), Ok(Kind::Tls));
    assert_eq!(Kind::parse(Some("ws")), Ok(Kind::Ws));
    let e = Kind::parse(Some("quic")).unwrap_err();
    assert!(e.contains("\"quic\"") && e.contains("tcp, tls or ws"), "{e}");
}

/// A broker with a second listener needs two distinct ports: the OS may
/// hand a just-freed port out again, `free_port` never repeats one.
#[test]
fn free_ports_never_repeat_in_a_process() {
    let ports: Vec<u16> = (0..2000).map(|_| free_port().unwrap()).collect();
    let mut distinct = ports.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), ports.len());
}
