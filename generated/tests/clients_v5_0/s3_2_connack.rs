//! mqtt-v5.0 section 3.2 (CONNACK): the client side, against the scripted server.

use mqtt_conformance::clients::ClientError;
use mqtt_conformance::prelude::*;
use std::time::Instant;

use crate::support::*;

/// MQTT-3.2.2-4 (MUST, Client)
///
/// > If the Client does not have Session State and receives Session Present set to 1 it MUST
/// > close the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-4", fp = "b0bf63ae")]
#[test]
fn mqtt_3_2_2_4_client_without_session_closes_on_session_present() -> R {
    // Clean Start 1: the client has no Session State, yet CONNACK says
    // Session Present 1.
    run_client(|client, server| {
        let o = options("sp1");
        let (mut conn, _) = connected_with(client, server, &o, ConnAck::v5(true, ReasonCode::Success))?;
        expect_close(&mut conn, "Session Present 1 to a Clean Start client did not close the connection")
    })
}

/// MQTT-3.2.2-5 (MUST, Client)
///
/// > If the Client does have Session State and receives Session Present set to 0 it MUST discard
/// > its Session State if it continues with the Network Connection.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.1.1 (Session Present)
#[specgen::covers("MQTT-3.2.2-5", fp = "cb5de817")]
#[test]
fn mqtt_3_2_2_5_client_discards_its_session_on_session_present_0() -> R {
    // The client's session holds an unacknowledged QoS 1 PUBLISH; it
    // reconnects and CONNACK says Session Present 0: it must not resend that
    // message (its session is gone). Proved by order, twice: the server
    // follows the CONNACK with a QoS 1 PUBLISH, whose PUBACK must come with
    // no resend before it; then the application publishes a new message,
    // which must be the next PUBLISH.
    run_client(|client, server| {
        let o = persistent("sp0").publishes(QoS::AtLeastOnce, false);
        let (sent, mut again) = unacknowledged_then_cut(client, server, &o, QoS::AtLeastOnce, &["old"])?;
        again.expect_connect()?;
        again.send(ConnAck::v5(false, ReasonCode::Success))?;
        again.send(Publish::new(format!("{}/probe", o.topic), "probe").qos(QoS::AtLeastOnce, 77))?;
        let resent = |p: &Publish| {
            format!(
                "after Session Present 0 the client resent {} (the message of the discarded session was id {})",
                Packet::Publish(p.clone()),
                sent[0].packet_id
            )
        };
        match again.recv()? {
            Packet::PubAck(a) if a.packet_id == 77 => {}
            Packet::Publish(p) => return Err(again.fail_with(resent(&p))),
            other => return Err(again.fail_with(format!("expected PUBACK id=77, received {other}"))),
        }
        client.publish(&o.topic, b"new", QoS::AtLeastOnce, false).on(server)?;
        let p = again.expect_publish()?;
        if p.payload != b"new" {
            return Err(again.fail_with(resent(&p)));
        }
        again.send(PubAck::new(p.packet_id))
    })
}

/// MQTT-3.2.2-15 (MUST NOT, Client)
///
/// > The Client MUST NOT send packets exceeding Maximum Packet Size to the Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.6 (Maximum Packet Size)
#[specgen::covers("MQTT-3.2.2-15", fp = "f30a8a21")]
#[test]
fn mqtt_3_2_2_15_client_respects_the_maximum_packet_size() -> R {
    // CONNACK Maximum Packet Size 128; the application publishes a 300-byte
    // message, then a small one: nothing over 128 bytes may reach the server
    // (the client may drop the big one, or close the connection).
    const MAX: u32 = 128;
    run_client(|client, server| {
        let o = options("mps").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = connected_with(client, server, &o, connack_with([Property::MaximumPacketSize(MAX)]))?;
        let big = "x".repeat(300);
        match client.publish(&o.topic, big.as_bytes(), QoS::AtLeastOnce, false) {
            Err(ClientError::Refused(why)) => conn.note(format!("the client's API refused the big message: {why}")),
            r => r.on(server)?,
        }
        client.publish(&o.topic, b"marker", QoS::AtLeastOnce, false).on(server)?;
        let seen = publishes_up_to_marker(&mut conn, b"marker")?;
        for p in &seen.publishes {
            let len = Packet::Publish(p.clone()).encode_v5().len();
            if len > MAX as usize {
                return Err(conn.fail_with(format!(
                    "the client sent a {len}-byte PUBLISH, over the server's Maximum Packet Size {MAX}"
                )));
            }
        }
        if seen.closed {
            conn.note("the client closed the connection without sending the big message");
        }
        Ok(())
    })
}

/// The application publishes with Topic Alias `alias` after a CONNACK with
/// `connack_props`, then a marker: no PUBLISH up to the marker may carry a
/// Topic Alias above `max` (0: none at all).
fn alias_respected(connack_props: Vec<Property>, alias: u16, max: u16) -> R {
    run_client(move |client, server| {
        let o = options("alias").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = connected_with(client, server, &o, connack_with(connack_props))?;
        match client.publish_with_alias(&o.topic, alias, b"aliased", QoS::AtLeastOnce, false) {
            Err(ClientError::Refused(why)) => conn.note(format!("the client's API refused the alias: {why}")),
            r => r.on(server)?,
        }
        client.publish(&o.topic, b"marker", QoS::AtLeastOnce, false).on(server)?;
        let seen = publishes_up_to_marker(&mut conn, b"marker")?;
        for p in &seen.publishes {
            if let Some(a) = p.properties.topic_alias() {
                if a > max {
                    return Err(conn.fail_with(format!(
                        "the client sent Topic Alias {a}, the server's Topic Alias Maximum is {}",
                        if max == 0 { "absent".to_string() } else { max.to_string() }
                    )));
                }
            }
        }
        Ok(())
    })
}

/// MQTT-3.2.2-17 (MUST NOT, Client)
///
/// > The Client MUST NOT send a Topic Alias in a PUBLISH packet to the Server greater than this
/// > value.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.8 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.2.2-17", fp = "6fb317a5")]
#[test]
fn mqtt_3_2_2_17_no_topic_alias_above_the_servers_maximum() -> R {
    alias_respected(vec![Property::TopicAliasMaximum(2)], 5, 2)
}

/// MQTT-3.2.2-18 (MUST NOT, Client)
///
/// > If Topic Alias Maximum is absent or 0, the Client MUST NOT send any Topic Aliases on to the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.8 (Topic Alias Maximum)
#[specgen::covers("MQTT-3.2.2-18", fp = "f9661506")]
#[test]
fn mqtt_3_2_2_18_no_topic_alias_without_a_servers_maximum() -> R {
    alias_respected(vec![], 1, 0)
}

/// MQTT-3.2.2-21 (MUST, Client)
///
/// > If the Server sends a Server Keep Alive on the CONNACK packet, the Client MUST use this
/// > value instead of the Keep Alive value the Client sent on CONNECT.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.14 (Server Keep Alive)
#[specgen::covers("MQTT-3.2.2-21", fp = "102bc0ff")]
#[test]
fn mqtt_3_2_2_21_client_keeps_to_the_server_keep_alive() -> R {
    // Keep-alive 30 s asked, Server Keep Alive 2 s given: the idle client
    // pings within 2 s (allowing 100 ms, times MQTT_WAIT_SCALE, for loopback).
    let limit = Duration::from_secs(2) + wait::scaled(Duration::from_millis(100));
    run_client(move |client, server| {
        let o = options("ska").keep_alive(30);
        client.connect(server.addr(), &o).on(server)?;
        let mut conn = server.accept()?;
        conn.expect_connect()?;
        let start = Instant::now();
        conn.send(connack_with([Property::ServerKeepAlive(2)]))?;
        conn.expect_matching_within(limit + wait::reply(), "PINGREQ", |p| *p == Packet::PingReq)?;
        let took = start.elapsed();
        conn.note(format!("PINGREQ {took:?} after the CONNACK"));
        if took > limit {
            return Err(conn.fail_with(format!(
                "PINGREQ came {took:?} after the CONNACK, more than the Server Keep Alive of 2 s"
            )));
        }
        conn.send(Packet::PingResp)
    })
}

/// The application publishes `first` (QoS, retain) after a CONNACK with
/// `props`, then a QoS 1 marker without retain; returns every PUBLISH up to
/// the marker (none if the client closed instead).
fn publish_then_marker(
    props: Vec<Property>,
    qos: QoS,
    retain: bool,
    check: impl FnOnce(&[Publish]) -> Option<String> + Send + 'static,
) -> R {
    run_client(move |client, server| {
        let o = options("limit").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = connected_with(client, server, &o, connack_with(props))?;
        match client.publish(&o.topic, b"first", qos, retain) {
            Err(ClientError::Refused(why)) => conn.note(format!("the client's API refused: {why}")),
            r => r.on(server)?,
        }
        client.publish(&o.topic, b"marker", QoS::AtLeastOnce, false).on(server)?;
        let seen = publishes_up_to_marker(&mut conn, b"marker")?;
        match check(&seen.publishes) {
            Some(why) => Err(conn.fail_with(why)),
            None => Ok(()),
        }
    })
}

/// MQTT-3.2.2-11 (MUST NOT, Client)
///
/// > If a Client receives a Maximum QoS from a Server, it MUST NOT send PUBLISH packets at a QoS
/// > level exceeding the Maximum QoS level specified.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.4 (Maximum QoS)
#[specgen::covers("MQTT-3.2.2-11", fp = "7910fa44")]
#[test]
fn mqtt_3_2_2_11_client_respects_the_maximum_qos() -> R {
    // CONNACK Maximum QoS 1; the application publishes at QoS 2, then a
    // QoS 1 marker: no QoS 2 PUBLISH may come before the marker.
    publish_then_marker(vec![Property::MaximumQoS(1)], QoS::ExactlyOnce, false, |seen| {
        seen.iter()
            .find(|p| p.qos == QoS::ExactlyOnce)
            .map(|p| format!("with Maximum QoS 1 the client sent {}", Packet::Publish(p.clone())))
    })
}

/// MQTT-3.2.2-14 (MUST NOT, Client)
///
/// > A Client receiving Retain Available set to 0 from the Server MUST NOT send a PUBLISH packet
/// > with the RETAIN flag set to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.2.2.3.5 (Retain Available)
#[specgen::covers("MQTT-3.2.2-14", fp = "fa970917")]
#[test]
fn mqtt_3_2_2_14_no_retain_when_retain_is_unavailable() -> R {
    // CONNACK Retain Available 0; the application publishes with retain,
    // then a marker: no PUBLISH with RETAIN 1 may come before the marker.
    publish_then_marker(vec![Property::RetainAvailable(0)], QoS::AtLeastOnce, true, |seen| {
        seen.iter()
            .find(|p| p.retain)
            .map(|p| format!("with Retain Available 0 the client sent {}", Packet::Publish(p.clone())))
    })
}
