//! mqtt-v5.0 section 3.3 (PUBLISH): the client side, against the scripted server.

use mqtt_conformance::clients::ClientError;
use mqtt_conformance::prelude::*;
use mqtt_conformance::server::Conn;

use crate::support::*;

/// MQTT-3.3.2-9 (MUST NOT, Client)
///
/// > A Client MUST NOT send a PUBLISH packet with a Topic Alias greater than the Topic Alias
/// > Maximum value returned by the Server in the CONNACK packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-9", fp = "32d2ff13")]
#[test]
fn mqtt_3_3_2_9_no_topic_alias_above_the_connack_maximum() -> R {
    // CONNACK Topic Alias Maximum 1; the application asks for alias 3, then
    // publishes a marker: no PUBLISH up to the marker carries an alias over 1.
    run_client(|client, server| {
        let o = options("alias9").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = connected_with(client, server, &o, connack_with([Property::TopicAliasMaximum(1)]))?;
        match client.publish_with_alias(&o.topic, 3, b"aliased", QoS::AtLeastOnce, false) {
            Err(ClientError::Refused(why)) => conn.note(format!("the client's API refused the alias: {why}")),
            r => r.on(server)?,
        }
        client.publish(&o.topic, b"marker", QoS::AtLeastOnce, false).on(server)?;
        let seen = publishes_up_to_marker(&mut conn, b"marker")?;
        if let Some(a) = seen.publishes.iter().filter_map(|p| p.properties.topic_alias()).find(|a| *a > 1) {
            return Err(
                conn.fail_with(format!("the client sent Topic Alias {a}, over the CONNACK's Topic Alias Maximum 1"))
            );
        }
        Ok(())
    })
}

/// MQTT-3.3.2-10 (MUST, Client)
///
/// > A Client MUST accept all Topic Alias values greater than 0 and less than or equal to the
/// > Topic Alias Maximum value that it sent in the CONNECT packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-10", fp = "b23d9571")]
#[test]
fn mqtt_3_3_2_10_client_accepts_topic_aliases_up_to_its_maximum() -> R {
    // The client sent Topic Alias Maximum 5. The server sets alias 5 with a
    // topic, then uses it with an empty Topic Name: the client acknowledges
    // both, stays connected and delivers both on the full topic.
    run_client(|client, server| {
        let o = with_subscription(options("alias10").topic_alias_maximum(5), QoS::AtLeastOnce);
        let (mut conn, c) = handshaken(client, server, &o)?;
        if c.properties.topic_alias_maximum().unwrap_or(0) < 5 {
            return Err(conn.fail_with(format!(
                "told to send Topic Alias Maximum 5, the client sent {:?}",
                c.properties.topic_alias_maximum()
            )));
        }
        grant_subscription(&mut conn, &o)?;
        conn.send(Publish::new(&o.topic, "set").qos(QoS::AtLeastOnce, 1).property(Property::TopicAlias(5)))?;
        conn.expect(PubAck::new(1)).because("PUBLISH setting Topic Alias 5 not acknowledged")?;
        conn.send(Publish::new("", "use").qos(QoS::AtLeastOnce, 2).property(Property::TopicAlias(5)))?;
        conn.expect(PubAck::new(2)).because("PUBLISH using Topic Alias 5 not acknowledged")?;
        for payload in ["set", "use"] {
            let m = client.receive(wait::reply()).on(server)?;
            match m {
                Some(m) if m.topic == o.topic && m.payload == payload.as_bytes() => {}
                other => {
                    return Err(conn.fail_with(format!(
                        "expected the client to deliver {payload:?} on {:?}, it delivered {other:?}",
                        o.topic
                    )))
                }
            }
        }
        Ok(())
    })
}

/// CONNACK Receive Maximum 1; the application publishes two QoS 1
/// messages, the server leaves the first unacknowledged, and the
/// application subscribes. Returns what the client sent between the first
/// PUBLISH and its SUBSCRIBE (which must come while the window is full),
/// with the connection, after completing both flows.
fn full_window_then_subscribe(
    client: &mut C,
    server: &mut mqtt_conformance::server::ScriptServer,
) -> Result<(Vec<Packet>, Conn), ScriptError> {
    let o = options("rmax").publishes(QoS::AtLeastOnce, false);
    let (mut conn, _) = connected_with(client, server, &o, connack_with([Property::ReceiveMaximum(1)]))?;
    client.publish(&o.topic, b"first", QoS::AtLeastOnce, false).on(server)?;
    client.publish(&o.topic, b"second", QoS::AtLeastOnce, false).on(server)?;
    let first = conn.expect_publish()?;
    client.subscribe(&format!("{}/other", o.topic), QoS::AtMostOnce).on(server)?;
    let mut before = Vec::new();
    let sub = loop {
        match conn.recv().because("with Receive Maximum PUBLISHes unacknowledged, no SUBSCRIBE came")? {
            Packet::Subscribe(s) => break s,
            other => before.push(other),
        }
    };
    conn.send(SubAck::new(sub.packet_id, vec![SubackCode::Granted(QoS::AtMostOnce)]))?;
    conn.send(PubAck::new(first.packet_id))?;
    Ok((before, conn))
}

/// MQTT-3.3.4-7 (MUST NOT, Client)
///
/// > The Client MUST NOT send more than Receive Maximum QoS 1 and QoS 2 PUBLISH packets for which
/// > it has not received PUBACK, PUBCOMP, or PUBREC with a Reason Code of 128 or greater from the
/// > Server.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-7", fp = "02810821")]
#[test]
fn mqtt_3_3_4_7_no_more_than_receive_maximum_unacknowledged_publishes() -> R {
    // With one QoS 1 PUBLISH unacknowledged and a Receive Maximum of 1, the
    // second may not be sent: proved by order, the SUBSCRIBE the application
    // asked for after it comes first; the second PUBLISH follows the PUBACK.
    run_client(|client, server| {
        let (before, mut conn) = match full_window_then_subscribe(client, server) {
            Err(e) if e.kind == ErrorKind::Timeout => {
                // Silence alone proves nothing: without the SUBSCRIBE there is no marker.
                return Err(verdict::blocked(format!(
                    "{}: with the receive window full the client held back the SUBSCRIBE too (see MQTT-3.3.4-8), so no marker shows whether it held back the second PUBLISH",
                    mqtt_conformance::clients::selected()
                )));
            }
            r => r?,
        };
        if let Some(p) = before.iter().find(|p| matches!(p, Packet::Publish(_))) {
            return Err(
                conn.fail_with(format!("with Receive Maximum 1 and one PUBLISH unacknowledged, the client sent {p}"))
            );
        }
        let second = conn.expect_publish().because("after the PUBACK the second message did not come")?;
        conn.send(PubAck::new(second.packet_id))
    })
}

/// MQTT-3.3.4-8 (MUST NOT, Client)
///
/// > The Client MUST NOT delay the sending of any packets other than PUBLISH packets due to
/// > having sent Receive Maximum PUBLISH packets without receiving acknowledgements for them.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-8", fp = "88c63329")]
#[test]
fn mqtt_3_3_4_8_a_full_receive_window_delays_only_publishes() -> R {
    // With Receive Maximum (1) PUBLISHes unacknowledged, a SUBSCRIBE the
    // application asks for must still go out (it arrives before the server
    // acknowledges anything).
    run_client(|client, server| full_window_then_subscribe(client, server).map(|_| ()))
}

/// MQTT-3.3.1-1 (MUST, Both)
///
/// > The DUP flag MUST be set to 1 by the Client or Server when it attempts to re-deliver a
/// > PUBLISH packet.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.1 (DUP)
#[specgen::covers("MQTT-3.3.1-1", fp = "f737de21")]
#[test]
fn mqtt_3_3_1_1_client_sets_dup_on_redelivery() -> R {
    run_client(|client, server| {
        let o = persistent("dup").publishes(QoS::AtLeastOnce, false);
        let (first, next, mut again) = resend_after_reconnect_with(client, server, &o, QoS::AtLeastOnce)?;
        match next {
            Packet::Publish(p) if p.dup => again.send(PubAck::new(p.packet_id)),
            Packet::Publish(_) => Err(again.fail_with("the re-delivered PUBLISH has DUP=0")),
            other => Err(again.fail_with(format!("expected PUBLISH id={} again, received {other}", first.packet_id))),
        }
    })
}

/// MQTT-3.3.2-8 (MUST NOT, Both)
///
/// > A sender MUST NOT send a PUBLISH packet containing a Topic Alias which has the value 0.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.3.4 (Topic Alias)
#[specgen::covers("MQTT-3.3.2-8", fp = "6b1f2af9")]
#[test]
fn mqtt_3_3_2_8_no_topic_alias_0() -> R {
    // CONNACK Topic Alias Maximum 5; the application asks for alias 0, then
    // publishes a marker: no PUBLISH up to the marker carries alias 0.
    run_client(|client, server| {
        let o = options("alias0").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = connected_with(client, server, &o, connack_with([Property::TopicAliasMaximum(5)]))?;
        match client.publish_with_alias(&o.topic, 0, b"aliased", QoS::AtLeastOnce, false) {
            Err(ClientError::Refused(why)) => conn.note(format!("the client's API refused alias 0: {why}")),
            r => r.on(server)?,
        }
        client.publish(&o.topic, b"marker", QoS::AtLeastOnce, false).on(server)?;
        let seen = publishes_up_to_marker(&mut conn, b"marker")?;
        if seen.publishes.iter().any(|p| p.properties.topic_alias() == Some(0)) {
            return Err(conn.fail_with("the client sent a PUBLISH with Topic Alias 0"));
        }
        Ok(())
    })
}

/// MQTT-3.3.4-6 (MUST NOT, Client)
///
/// > A PUBLISH packet sent from a Client to a Server MUST NOT contain a Subscription Identifier.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.4 (PUBLISH Actions)
#[specgen::covers("MQTT-3.3.4-6", fp = "8810a30a")]
#[test]
fn mqtt_3_3_4_6_client_publish_has_no_subscription_identifier() -> R {
    // The application publishes a message: the client's PUBLISH carries no
    // Subscription Identifier (a property only servers send).
    run_client(|client, server| {
        let o = options("subid").publishes(QoS::AtLeastOnce, false);
        let (mut conn, _) = handshaken(client, server, &o)?;
        client.publish(&o.topic, b"plain", QoS::AtLeastOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        conn.send(PubAck::new(p.packet_id))?;
        if !p.properties.subscription_identifiers().is_empty() {
            return Err(conn.fail_with(format!("the client's PUBLISH carries {}", Packet::Publish(p))));
        }
        Ok(())
    })
}

/// MQTT-3.3.1-4 (MUST NOT, Unknown)
///
/// > A PUBLISH Packet MUST NOT have both QoS bits set to 1.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.1.2 (QoS)
#[specgen::covers("MQTT-3.3.1-4", fp = "a715e987")]
#[test]
fn mqtt_3_3_1_4_client_closes_on_publish_with_qos_3() -> R {
    run_client(|client, server| {
        let (mut conn, o) = receiving(client, server, QoS::AtLeastOnce)?;
        conn.send_malformed(Malformed::v5(Publish::new(&o.topic, "q3").qos(QoS::AtLeastOnce, 7)).qos_bits(3))?;
        expect_close(&mut conn, "a PUBLISH with both QoS bits set was not treated as malformed")
    })
}

/// MQTT-3.3.2-2 (MUST NOT, Unknown)
///
/// > The Topic Name in the PUBLISH packet MUST NOT contain wildcard characters.
///
/// Spec: <https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html>, section 3.3.2.1 (Topic Name)
#[specgen::covers("MQTT-3.3.2-2", fp = "3fc4f624")]
#[test]
fn mqtt_3_3_2_2_client_publishes_no_wildcard_topic_name() -> R {
    // The API may refuse a wildcard topic or the client may leave it
    // unsent; a valid publish after it proves, by order, that nothing with a
    // wildcard went out first.
    run_client(|client, server| {
        let o = options("wild");
        let (mut conn, _) = handshaken(client, server, &o)?;
        for wild in [format!("{}/+", o.topic), format!("{}/#", o.topic)] {
            match client.publish(&wild, b"wild", QoS::AtMostOnce, false) {
                Err(ClientError::Refused(why)) => conn.note(format!("refused {wild:?}: {why}")),
                r => r.on(server)?,
            }
        }
        client.publish(&o.topic, b"valid", QoS::AtMostOnce, false).on(server)?;
        let p = conn.expect_publish()?;
        if p.topic != o.topic {
            return Err(conn.fail_with(format!("the client sent a PUBLISH with Topic Name {:?}", p.topic)));
        }
        Ok(())
    })
}
