//! Helpers of the 5.0 tests of sections 3.3 (PUBLISH), 4.5, 4.6 and 4.9:
//! sessions that outlive a connection, subscriptions with options and
//! identifiers, refusals of a bad PUBLISH, flow-control windows. The
//! suite-wide ones are in `mqtt_conformance::expect`.

pub use mqtt_conformance::expect::topic_matches;
use mqtt_conformance::prelude::*;

/// Session Expiry Interval of the sessions these tests resume (s): long
/// enough to outlive any test, short enough to leave nothing behind.
pub const SESSION_EXPIRY: u32 = 60;

/// Connect `client_id` on 5.0 with `clean_start` and a session that
/// outlives the connection ([`SESSION_EXPIRY`]); returns the CONNACK too.
pub fn session_v5(b: &Broker, client_id: &str, clean_start: bool) -> Result<(Client, ConnAck), ScriptError> {
    let mut c = b.client_v5()?;
    let props = Properties::new().with_session_expiry_interval(SESSION_EXPIRY);
    let ack = c.connect_ok_props(client_id, clean_start, props)?;
    Ok((c, ack))
}

/// How long a test waits for a Message Expiry Interval of 1 s to pass, or
/// lets a message wait in the server: a duration the tests choose against
/// the spec's whole seconds, so it is not scaled by `MQTT_WAIT_SCALE`. 2.2 s
/// is at least 2 s on a whole-second clock, so a 1 s interval has passed
/// whichever way the server rounds.
pub const EXPIRY_WAIT: Duration = Duration::from_millis(2200);

/// A 5.0 clean-start client with CONNECT `props`; returns the CONNACK too.
pub fn connected_v5_props(b: &Broker, prefix: &str, props: Properties) -> Result<(Client, ConnAck), ScriptError> {
    let mut c = b.client_v5()?;
    let ack = c.connect_ok_props(&unique_client_id(prefix), true, props)?;
    Ok((c, ack))
}

/// SUBSCRIBE one filter with options and an optional Subscription
/// Identifier; the SUBACK must grant it (a failure Reason Code is an error).
pub fn subscribe_v5(c: &mut Client, filter: &str, qos: QoS, opts: SubOptions, id: Option<u32>) -> R {
    let pid = c.next_packet_id();
    let mut s = Subscribe::one(pid, filter, qos).with_options(opts);
    if let Some(id) = id {
        s = s.property(Property::SubscriptionIdentifier(id));
    }
    let ack = c.subscribe_packet(s)?;
    if ack.reason_codes.len() != 1 || !ack.reason_codes[0].is_success() {
        return Err(c.fail_with(format!("SUBSCRIBE to {filter:?} refused: {:?}", ack.reason_codes)));
    }
    Ok(())
}

/// A fresh 5.0 clean-start client subscribed to `filter` with `opts`.
pub fn subscriber_opts(b: &Broker, filter: &str, qos: QoS, opts: SubOptions) -> Result<Client, ScriptError> {
    let mut c = connected_v5(b, "sub")?;
    subscribe_v5(&mut c, filter, qos, opts, None)?;
    Ok(c)
}

/// Publish `p` (its QoS flow completed) from a fresh 5.0 client.
pub fn publish_v5(b: &Broker, p: Publish) -> R {
    let mut c = connected_v5(b, "pub")?;
    c.publish_packet(p)?;
    c.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
    c.expect_closed()
}

/// Publish a retained message (QoS 1, so the server holds it on return).
pub fn set_retained(b: &Broker, topic: &str, payload: &str) -> R {
    publish_v5(b, Publish::new(topic, payload).qos(QoS::AtLeastOnce, 1).retain(true))
}

/// The server's answer to a packet it must refuse as a Malformed Packet or
/// Protocol Error (spec 4.13): it closes the connection [MQTT-4.13.1-1],
/// perhaps after a DISCONNECT with a Reason Code of 0x80 or more. That
/// DISCONNECT is a SHOULD, and so is its Reason Code (one of `codes`, the
/// ones the spec names): another failure code is noted in the transcript,
/// not judged. No acknowledgement or delivery may come first.
pub fn expect_error_close(c: &mut Client, codes: &[ReasonCode]) -> R {
    match c.recv() {
        Ok(Packet::DisconnectWith(d)) if codes.contains(&d.reason_code) => c.expect_closed(),
        Ok(Packet::DisconnectWith(d)) if !d.reason_code.is_success() => {
            let named = codes.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(" or ");
            c.note(format!("DISCONNECT Reason Code {} where the spec names {named} (a SHOULD, 4.13.1)", d.reason_code));
            c.expect_closed()
        }
        Ok(Packet::DisconnectWith(d)) => Err(c.fail_with(format!(
            "DISCONNECT with Reason Code {} (not an error) where the spec names {}",
            d.reason_code,
            codes.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(" or ")
        ))),
        Ok(other) => Err(c.fail_with(format!("expected the server to close the connection, received {other}"))),
        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
        Err(e) => Err(e),
    }
}

/// QoS 1 messages `prefix-0`, `prefix-1`, ... on `topic`, published by a
/// fresh client that waits for each PUBACK, so the server holds them all on
/// return.
pub fn publish_numbered(b: &Broker, topic: &str, prefix: &str, n: usize, qos: QoS) -> R {
    let mut p = connected_v5(b, "pub")?;
    for i in 0..n {
        p.publish(topic, format!("{prefix}-{i}").as_bytes(), qos)?;
    }
    p.send(Disconnect::new(ReasonCode::NormalDisconnection))?;
    p.expect_closed()
}

/// Send `p` (QoS 1) to two 5.0 subscribers of `topic` (granted QoS 0 and 2)
/// and return each with its delivery.
pub fn forwarded_to_two(b: &Broker, topic: &str, p: Publish) -> Result<Vec<(Client, Publish)>, ScriptError> {
    let mut subs = vec![
        subscriber_v5(b, topic, QoS::AtMostOnce).vehicle("subscribing")?,
        subscriber_v5(b, topic, QoS::ExactlyOnce).vehicle("subscribing")?,
    ];
    let payload = p.payload.clone();
    publish_v5(b, p.qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
    let mut out = Vec::new();
    for mut s in subs.drain(..) {
        let d = expect_payload(&mut s, &payload).vehicle("delivery")?;
        out.push((s, d));
    }
    Ok(out)
}

/// User Properties with repeated names, repeated pairs, empty strings and
/// non-ASCII text, in an order no sorting would produce.
pub fn user_properties_sample() -> Vec<(&'static str, &'static str)> {
    vec![("z", "1"), ("a", "2"), ("z", "0"), ("", ""), ("ключ", "värde 🙂"), ("a", "2"), ("m", "")]
}

/// Three subscriptions of one client that all match `<base>/x`: `<base>/#`
/// with Subscription Identifier 1, `<base>/+` with 2, `<base>/x` without;
/// a QoS 1 message on `<base>/x`; every PUBLISH the client then receives.
pub fn overlapping_with_identifiers(b: &Broker) -> Result<(Vec<Publish>, Client), ScriptError> {
    let base = unique_topic("subid");
    let mut c = connected_v5(b, "subid")?;
    for (f, id) in [(format!("{base}/#"), Some(1)), (format!("{base}/+"), Some(2)), (format!("{base}/x"), None)] {
        subscribe_v5(&mut c, &f, QoS::AtLeastOnce, SubOptions::default(), id).vehicle("subscribing")?;
    }
    publish_v5(b, Publish::new(format!("{base}/x"), "m").qos(QoS::AtLeastOnce, 1)).vehicle("publishing")?;
    let got = publishes_until_marker(b, &mut c, &format!("{base}/x"))?;
    if got.is_empty() {
        return Err(c.fail_with("the message was not delivered")).vehicle("delivery");
    }
    Ok((got, c))
}

/// A client with Receive Maximum 1, subscribed at QoS 1 to the returned
/// topic, holding one unacknowledged delivery while a second message waits
/// for it at the server: its send quota is 0.
pub fn quota_exhausted(b: &Broker, prefix: &str) -> Result<(Client, String), ScriptError> {
    let topic = unique_topic(prefix);
    let (mut c, _) = connected_v5_props(b, prefix, Properties::new().with_receive_maximum(1))?;
    c.subscribe(&topic, QoS::AtLeastOnce).vehicle("subscribing")?;
    publish_numbered(b, &topic, "held", 2, QoS::AtLeastOnce).vehicle("publishing")?;
    next_publish(&mut c).vehicle("delivery of the first message")?;
    Ok((c, topic))
}

/// Send every PUBLISH first, then complete all their QoS flows, so several
/// are in flight at once.
pub fn publish_pipelined(c: &mut Client, msgs: &[Publish]) -> R {
    for m in msgs {
        c.send(m.clone())?;
    }
    complete_flows(c, msgs.iter().filter(|m| m.qos != QoS::AtMostOnce).count())
}

/// Complete `open` QoS 1/2 flows of PUBLISHes `c` has sent (PUBACK, or
/// PUBREC/PUBREL/PUBCOMP), in whatever order the server answers.
pub fn complete_flows(c: &mut Client, mut open: usize) -> R {
    while open > 0 {
        match c.recv()? {
            Packet::PubAck(a) if a.reason_code.is_success() => open -= 1,
            Packet::PubComp(a) if a.reason_code.is_success() => open -= 1,
            Packet::PubRec(r) if r.reason_code.is_success() => c.send(PubRel::new(r.packet_id))?,
            other => return Err(c.fail_with(format!("unexpected {other} while completing QoS flows"))),
        }
    }
    Ok(())
}

/// `d`, sent with Message Expiry Interval `interval`, waited in the server
/// between `waited_min` and `waited_max`: its interval must be `interval`
/// minus that, in whole seconds rounded either way.
pub fn check_remaining_expiry(c: &Client, d: &Publish, interval: u32, waited_min: Duration, waited_max: Duration) -> R {
    let hi = interval.saturating_sub(waited_min.as_secs() as u32);
    let lo = interval.saturating_sub(waited_max.as_secs_f64().ceil() as u32);
    match d.properties.message_expiry_interval() {
        Some(v) if (lo..=hi).contains(&v) => Ok(()),
        other => Err(c.fail_with(format!(
            "sent with Message Expiry Interval {interval}, waited {:.1}-{:.1} s in the server: received {other:?}, \
             want {lo}..={hi}",
            waited_min.as_secs_f64(),
            waited_max.as_secs_f64()
        ))),
    }
}
