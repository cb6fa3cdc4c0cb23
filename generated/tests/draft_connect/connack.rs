//! Sections 3.2 (CONNACK), 3.12 (PINGREQ), 3.14 (DISCONNECT), 7 (conformance).

use mqtt_conformance::prelude::*;

use crate::support::*;

/// `id` gets a stored session (subscribed to `topic`) and disconnects.
fn store_session(b: &Broker, id: &str, topic: &str) -> R {
    let (mut x, _) = accepted(b, Connect::new(id).clean_session(false))?;
    x.subscribe(topic, QoS::AtLeastOnce)?;
    x.disconnect()
}

fn session_present(b: &Broker, connect: Connect, want: bool, why: &str) -> Result<Client, ScriptError> {
    let (c, ack) = accepted(b, connect)?;
    if ack.session_present != want {
        return Err(c.fail_with(format!("{why}: CONNACK session present {}", ack.session_present as u8)));
    }
    Ok(c)
}

// covers: MQTT-3.2.0-1
#[test]
fn first_server_packet_is_connack() -> R {
    run(|b| {
        let why = "MQTT-3.2.0-1: first packet from the server is not CONNACK";
        let id = unique_client_id("first");
        let t = unique_topic("first");
        store_session(b, &id, &t)?;
        publish_from_other(b, &t, b"queued", QoS::AtLeastOnce)?;
        // Resumed session with a queued message, and packets sent right
        // behind the CONNECT: still CONNACK first.
        let mut x = b.client()?;
        let pipelined =
            [Packet::from(Connect::new(&id).clean_session(false)).encode(), Packet::PingReq.encode()].concat();
        x.send_bytes(&pipelined)?;
        x.expect_matching("CONNACK", |p| matches!(p, Packet::ConnAck(_))).because(why)?;
        Ok(())
    })
}

// covers: MQTT-3.2.2-1
#[test]
fn clean_session_1_gets_session_present_0() -> R {
    run(|b| {
        let why = "MQTT-3.2.2-1: clean session 1 accepted with session present 1";
        let id = unique_client_id("sp");
        session_present(b, Connect::new(&id), false, why)?.disconnect()?;
        // Even when a stored session existed for the id.
        store_session(b, &id, &unique_topic("sp"))?;
        session_present(b, Connect::new(&id), false, why).map(drop)
    })
}

// covers: MQTT-3.2.2-2
#[test]
fn stored_session_gets_session_present_1() -> R {
    run(|b| {
        let why = "MQTT-3.2.2-2: stored session resumed with session present 0";
        let id = unique_client_id("sp");
        store_session(b, &id, &unique_topic("sp"))?;
        session_present(b, Connect::new(&id).clean_session(false), true, why)?.disconnect()?;
        session_present(b, Connect::new(&id).clean_session(false), true, why).map(drop)
    })
}

// covers: MQTT-3.2.2-3
#[test]
fn no_stored_session_gets_session_present_0() -> R {
    run(|b| {
        let why = "MQTT-3.2.2-3: no stored session, yet session present 1";
        let id = unique_client_id("sp");
        session_present(b, Connect::new(&id).clean_session(false), false, why)?.disconnect()?;
        // A clean session leaves nothing stored behind.
        let id = unique_client_id("sp");
        let mut c = session_present(b, Connect::new(&id), false, why)?;
        c.subscribe(&unique_topic("sp"), QoS::AtLeastOnce)?;
        c.disconnect()?;
        session_present(b, Connect::new(&id).clean_session(false), false, why).map(drop)
    })
}

// covers: MQTT-3.2.2-4
#[test]
fn refused_connack_has_session_present_0() -> R {
    run(|b| {
        let why = "MQTT-3.2.2-4: CONNACK with a non-zero code and session present 1";
        let id = unique_client_id("sp");
        store_session(b, &id, &unique_topic("sp"))?;
        // Refused although a session is stored for the id.
        let mut c = b.client()?;
        c.send(Connect::new(&id).clean_session(false).protocol("MQTT", 42))?;
        c.expect(ConnAck::new(false, ConnectReturnCode::UnacceptableProtocolVersion)).because(why)?;
        let mut c = b.client()?;
        c.send(Connect::new("").clean_session(false))?;
        c.expect(ConnAck::new(false, ConnectReturnCode::IdentifierRejected)).because(why).map(drop)
    })
}

// covers: MQTT-3.2.2-5
#[test]
fn refused_connack_is_followed_by_close() -> R {
    run(|b| {
        let refused = |name, connect: Connect| {
            case(name, move || {
                let mut c = b.client()?;
                c.send(connect)?;
                c.expect_matching(
                    "CONNACK refusing",
                    |p| matches!(p, Packet::ConnAck(a) if a.code != ConnectReturnCode::Accepted),
                )?;
                c.expect_closed()
            })
        };
        each_case(
            "MQTT-3.2.2-5: connection left open after a refusing CONNACK",
            vec![
                refused("unsupported level", Connect::new(unique_client_id("ref")).protocol("MQTT", 42)),
                refused("zero-length id, clean session 0", Connect::new("").clean_session(false)),
            ],
        )
    })
}

// covers: MQTT-3.12.4-1
#[test]
fn pingreq_gets_pingresp() -> R {
    run(|b| {
        let why = "MQTT-3.12.4-1: PINGREQ not answered with PINGRESP";
        let mut c = connected(b, "ping")?;
        c.ping().because(why)?;
        c.send_bytes(&[0xc0, 0x00, 0xc0, 0x00, 0xc0, 0x00])?; // three at once
        for _ in 0..3 {
            c.expect(Packet::PingResp).because(why)?;
        }
        Ok(())
    })
}

// covers: MQTT-3.14.1-1
// DISCONNECT with reserved bits is not a DISCONNECT: the server closes for
// a protocol violation, so the will is published.
#[test]
fn disconnect_with_reserved_bits_is_a_violation() -> R {
    run(|b| {
        let why = "MQTT-3.14.1-1: DISCONNECT with reserved bits set treated as valid";
        for flags in [0b0001, 0b1000] {
            let w = will(QoS::AtMostOnce, false);
            let mut s = subscriber(b, &w.topic, QoS::AtMostOnce)?;
            let (mut x, _) = accepted(b, Connect::new(unique_client_id("disc")).will(w.clone()))?;
            x.send_malformed(Malformed::from(Packet::Disconnect).flags(flags))?;
            x.expect_closed()?;
            expect_payload(&mut s, &w.payload).because(why)?;
        }
        Ok(())
    })
}

// covers: MQTT-3.14.4-3
#[test]
fn disconnect_discards_will() -> R {
    run(|b| {
        let why = "MQTT-3.14.4-3: will published after DISCONNECT";
        let w = will(QoS::AtLeastOnce, true);
        let mut s = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        accepted(b, Connect::new(unique_client_id("disc")).will(w.clone()))?.0.disconnect()?;
        expect_only_marker(b, &mut s, &w.topic).because(why)?;
        let mut late = subscriber(b, &w.topic, QoS::AtLeastOnce)?;
        expect_only_marker(b, &mut late, &w.topic).because(why)
    })
}

// covers: MQTT-7.0.0-2
// A session using nothing beyond this specification: no credentials, no
// TLS, no properties or extension topics.
#[test]
fn plain_3_1_1_client_interoperates() -> R {
    run(|b| {
        let why = "MQTT-7.0.0-2: plain MQTT 3.1.1 client not served";
        let t = unique_topic("plain");
        let mut c = connected(b, "plain").because(why)?;
        c.subscribe(&t, QoS::ExactlyOnce).because(why)?;
        let mut p = connected(b, "plain").because(why)?;
        for (qos, payload) in [(QoS::AtMostOnce, b"q0"), (QoS::AtLeastOnce, b"q1"), (QoS::ExactlyOnce, b"q2")] {
            p.publish(&t, payload, qos).because(why)?;
            expect_payload(&mut c, payload).because(why)?;
        }
        c.unsubscribe(&t).because(why)?;
        c.ping().because(why)?;
        c.disconnect().because(why)
    })
}

// covers: MQTT-7.1.1-1
// TCP is that transport; the server must treat it as a byte stream, not
// rely on packet and segment boundaries lining up.
#[test]
fn server_reads_an_ordered_byte_stream() -> R {
    run(|b| {
        let why = "MQTT-7.1.1-1: byte stream not handled in order";
        let t = unique_topic("stream");
        let mut s = subscriber(b, &t, QoS::AtLeastOnce)?;
        let mut c = b.client()?;
        // One byte per write.
        for byte in Packet::from(Connect::new(unique_client_id("stream"))).encode() {
            c.send_bytes(&[byte])?;
            std::thread::sleep(Duration::from_millis(1));
        }
        c.expect(ConnAck::accepted(false)).because(why)?;
        // Many packets in one write, the last one split in two.
        let mut bytes = Vec::new();
        for i in 1..=5u8 {
            bytes.extend(Packet::from(Publish::new(&t, [b'0' + i]).qos(QoS::AtLeastOnce, i.into())).encode());
        }
        bytes.extend(Packet::PingReq.encode());
        c.send_bytes(&bytes[..bytes.len() - 1])?;
        std::thread::sleep(Duration::from_millis(20));
        c.send_bytes(&bytes[bytes.len() - 1..])?;
        for i in 1..=5u16 {
            c.expect(PubAck::new(i)).because(why)?;
        }
        c.expect(Packet::PingResp).because(why)?;
        for i in 1..=5u8 {
            expect_payload(&mut s, &[b'0' + i]).because(why)?;
        }
        Ok(())
    })
}
