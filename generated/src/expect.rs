//! The conformance tests' dialect: how a test runs, how it states what it
//! expects, and how a failure reads.
//!
//! * A test body runs in [`run`] (a fresh broker, or `MQTT_TARGET`) or
//!   [`run_with_config`] (a private broker with extra configuration), under
//!   the per-test time limit.
//! * A failure is a [`ScriptError`] carrying the transcript and broker log:
//!   from the script layer (`c.expect(..)?`, `c.expect_closed()?`), from
//!   [`Client::fail_with`] for a check the test makes itself, with
//!   [`Because::because`] adding what the failed step meant.
//! * Messages say what went wrong, never which statement: the statement id
//!   lives only in the test's `#[specgen::covers(..)]` annotation, and [`run`]
//!   prefixes every failure with the test's name, which the matrix links to
//!   that id. A `specgen accept --rename` therefore leaves no stale copy.
//! * "Nothing (else) arrives" is never a quiet window, which a loaded
//!   machine turns into a false pass: it is proved by order. A marker
//!   published after the forbidden message must arrive first
//!   ([`expect_marker_next`], [`expect_only_marker`],
//!   [`expect_not_subscribed`]); deliveries are collected up to a marker
//!   ([`publishes_until_marker`], [`until_marker`]); what the server answers
//!   to a packet is what arrives before the PINGRESP to a PINGREQ sent after
//!   it ([`packets_before_pingresp`]). Only statements about time (keep
//!   alive, will delay, expiry) wait for a time
//!   ([`Client::expect_silence_for`]).
//!
//! All waits come from [`crate::wait`] (`MQTT_WAIT_SCALE`).
//!
//! 5.0 tests use [`connected_v5`], [`subscriber_v5`] and [`accepted_v5`];
//! the expectations below work on clients of either version (a marker from
//! a 3.1.1 publisher reaches a 5.0 subscriber like any message).
//!
//! ```no_run
//! use mqtt_conformance::prelude::*;
//!
//! // #[specgen::covers("MQTT-3.3.1-5", fp = "…")]
//! // #[test]
//! fn retained_message_is_stored() -> R {
//!     run(|b| {
//!         let topic = unique_topic("retain");
//!         connected(b, "pub")?.publish_packet(Publish::new(&topic, "kept").retain(true))?;
//!         let mut late = subscriber(b, &topic, QoS::AtMostOnce)?;
//!         expect_payload(&mut late, b"kept").because("the retained message was not stored")?;
//!         Ok(())
//!     })
//! }
//! ```

use crate::broker::Broker;
use crate::codec::{ConnAck, Connect, ConnectReturnCode, Packet, PubAck, PubComp, PubRec, Publish, QoS, SubAck};
use crate::script::{unique_client_id, Client, ScriptError};
use crate::verdict::{add_context, is_verdict, skipped, Vehicle};
use crate::watchdog::with_test_timeout;

/// What a test returns.
pub type R = Result<(), ScriptError>;

// ------------------------------------------------------------- running

/// Run a test body against a fresh broker (or `MQTT_TARGET`) under the
/// per-test time limit; a failure is prefixed with the test's name.
pub fn run(body: impl FnOnce(&Broker) -> R + Send + 'static) -> R {
    named(with_test_timeout(move || body(&Broker::start()?)))
}

/// Like [`run`], on a private mosquitto started with `extra` configuration
/// lines. Against a target that cannot be configured (`MQTT_TARGET`, a
/// broker other than mosquitto), the test is [`skipped`]: it checked
/// nothing, so it must not pass.
pub fn run_with_config(extra: &str, body: impl FnOnce(&Broker) -> R + Send + 'static) -> R {
    let extra = extra.to_owned();
    named(with_test_timeout(move || match Broker::start_with_config(&extra)? {
        Some(b) => body(&b),
        None => Err(skipped(format!(
            "needs a private broker configured with {:?}; this target cannot be configured",
            extra.trim()
        ))),
    }))
}

/// Like [`run_with_config`], on a private mosquitto that also has a
/// WebSocket listener (mosquitto opens one only beside a plain listener),
/// with a client of `version` connected to it over WebSocket before any
/// MQTT traffic: the transport's own statements (MQTT-6.0.0-x).
pub fn run_over_websocket(
    version: crate::codec::ProtocolVersion,
    body: impl FnOnce(&Broker, Client) -> R + Send + 'static,
) -> R {
    let port = match crate::broker::free_port() {
        Ok(p) => p,
        Err(e) => return Err(crate::verdict::blocked(format!("no free port for the WebSocket listener: {e}"))),
    };
    run_with_config(&format!("listener {port} 127.0.0.1\nprotocol websockets\n"), move |b| {
        let mut c = crate::verdict::vehicle(
            "opening a WebSocket connection with sub-protocol mqtt",
            Client::connect_over(
                ("127.0.0.1", port),
                version,
                &crate::transport::Transport::Ws { wake: Some(b.addr()) },
            ),
        )?;
        c.set_target(format!("{} (WebSocket listener :{port})", b.describe()), b.log_handle());
        body(b, c)
    })
}

/// Prefix a failure with the name of the test (the thread libtest runs it
/// on); a verdict line stays first.
fn named(result: R) -> R {
    result.map_err(|mut e| {
        if let Some(name) = std::thread::current().name().filter(|n| *n != "main") {
            add_context(&mut e, name);
        }
        e
    })
}

/// Add what a failed step meant to its failure.
pub trait Because<T> {
    /// `c.expect_closed().because("a reserved flag was accepted")` fails with
    /// "a reserved flag was accepted: expected the server to close …".
    fn because(self, why: &str) -> Result<T, ScriptError>;
}

impl<T> Because<T> for Result<T, ScriptError> {
    fn because(self, why: &str) -> Result<T, ScriptError> {
        self.map_err(|mut e| {
            add_context(&mut e, why);
            e
        })
    }
}

/// A named case for [`each_case`], made by [`case`].
pub type Case<'a> = (&'a str, Box<dyn FnOnce() -> R + 'a>);

/// Run every case, then fail with the first failure's transcript and the
/// names of all failing cases, so one deviating case does not hide others.
/// A plain failure of any case outweighs blocked/skipped cases; only when
/// every failing case is a verdict is the whole a verdict (the first one).
pub fn each_case(why: &str, cases: Vec<Case<'_>>) -> R {
    let mut failed: Vec<(&str, ScriptError)> = Vec::new();
    for (name, case) in cases {
        if let Err(e) = case() {
            failed.push((name, e));
        }
    }
    let names: Vec<&str> = failed.iter().map(|(n, _)| *n).collect();
    let first = match failed.iter().position(|(_, e)| !is_verdict(e)) {
        Some(i) => Some(failed.swap_remove(i)),
        None => failed.into_iter().next(),
    };
    match first {
        None => Ok(()),
        Some((first, mut e)) => {
            add_context(&mut e, &format!("{why}: failing cases {names:?}; first ({first})"));
            Err(e)
        }
    }
}

/// A named case for [`each_case`].
pub fn case<'a>(name: &'a str, f: impl FnOnce() -> R + 'a) -> Case<'a> {
    (name, Box::new(f))
}

// ------------------------------------------------------------- clients

/// Send `connect` on a new connection; the CONNACK must accept it. A
/// CONNECT without user name and password gets the target's credentials.
pub fn accepted(b: &Broker, connect: Connect) -> Result<(Client, ConnAck), ScriptError> {
    let mut c = b.client()?;
    let ack = c.connect_with(connect)?;
    if ack.code != ConnectReturnCode::Accepted {
        return Err(c.fail_with(format!("expected CONNACK 0x00, got {:?}", ack.code)));
    }
    Ok((c, ack))
}

/// A client on a new clean session.
pub fn connected(b: &Broker, prefix: &str) -> Result<Client, ScriptError> {
    let mut c = b.client()?;
    c.connect_ok(&unique_client_id(prefix), true)?;
    Ok(c)
}

/// A clean-session client subscribed to `filter`.
pub fn subscriber(b: &Broker, filter: &str, qos: QoS) -> Result<Client, ScriptError> {
    let mut c = connected(b, "sub")?;
    c.subscribe(filter, qos)?;
    Ok(c)
}

/// [`accepted`] on a 5.0 connection (`connect` should be [`Connect::v5`]).
pub fn accepted_v5(b: &Broker, connect: Connect) -> Result<(Client, ConnAck), ScriptError> {
    let mut c = b.client_v5()?;
    let ack = c.connect_with(connect)?;
    if !ack.reason_code.is_success() {
        return Err(c.fail_with(format!("expected CONNACK Success, got {}", ack.reason_code)));
    }
    Ok((c, ack))
}

/// A 5.0 client on a new clean start session.
pub fn connected_v5(b: &Broker, prefix: &str) -> Result<Client, ScriptError> {
    let mut c = b.client_v5()?;
    c.connect_ok(&unique_client_id(prefix), true)?;
    Ok(c)
}

/// A 5.0 clean-start client subscribed to `filter` with default options.
/// The SUBACK must grant a QoS (a failure Reason Code is an error).
pub fn subscriber_v5(b: &Broker, filter: &str, qos: QoS) -> Result<Client, ScriptError> {
    let mut c = connected_v5(b, "sub")?;
    let ack = c.subscribe(filter, qos)?;
    if ack.reason_codes.iter().any(|r| !r.is_success()) {
        return Err(c.fail_with(format!("SUBSCRIBE to {filter:?} refused: {:?}", ack.reason_codes)));
    }
    Ok(c)
}

/// How many of `want` unacknowledged QoS 1/2 deliveries the target sends one
/// client at once (its `max_inflight`, at least 1): a test that leaves
/// deliveries unacknowledged waits for no more than this many, since 3.1.1
/// lets a server hold the rest back until the earlier ones are acknowledged.
pub fn in_flight(b: &Broker, want: usize) -> usize {
    want.min(usize::from(b.settings().max_inflight)).max(1)
}

/// Publish from a fresh client; with QoS > 0 the server holds the message
/// when this returns.
pub fn publish_from_other(b: &Broker, topic: &str, payload: &[u8], qos: QoS) -> R {
    let mut p = connected(b, "pub")?;
    p.publish(topic, payload, qos)?;
    // DISCONNECT, and no judgement of what the server sends this helper
    // connection meanwhile (amqtt 0.12 sends a new connection the retained
    // messages of topics it never subscribed to): it only carries a message.
    p.send(Packet::Disconnect)
}

// ----------------------------------------------------------- expecting

/// Receive one PUBLISH (completing its QoS flow); it must carry `payload`.
pub fn expect_payload(sub: &mut Client, payload: &[u8]) -> Result<Publish, ScriptError> {
    let p = sub.receive_publish()?;
    if p.payload != payload {
        return Err(sub.fail_with(format!(
            "expected payload {:?}, received {:?}",
            String::from_utf8_lossy(payload),
            String::from_utf8_lossy(&p.payload)
        )));
    }
    Ok(p)
}

/// A marker payload not used before in this process (`marker N`): a late
/// copy of an earlier one (overlapping subscriptions deliver one copy each)
/// can neither pass for it nor end a later collection.
pub fn fresh_marker() -> Vec<u8> {
    static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    format!("marker {}", N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)).into_bytes()
}

/// Publish a [`fresh_marker`] (QoS 1) on `topic` from another client; it
/// must be the next PUBLISH `sub` receives (acknowledged, so a resumed
/// session never gets it again). What the server had queued for `sub` on
/// that topic when it took the marker would come first: absence is proved
/// by order, not by a quiet window. Publish the forbidden message first,
/// with a completed QoS 1/2 flow (or from a connection closed since). `sub`
/// must have no unacknowledged delivery left (a target with one message in
/// flight holds the marker back behind it).
pub fn expect_marker_next(b: &Broker, sub: &mut Client, topic: &str) -> R {
    let marker = fresh_marker();
    publish_from_other(b, topic, &marker, QoS::AtLeastOnce).vehicle("publishing the marker")?;
    let p = sub.receive_publish()?;
    if p.payload != marker {
        return Err(sub.fail_with(format!(
            "received {:?} on {:?} where the marker {:?} was expected next",
            String::from_utf8_lossy(&p.payload),
            p.topic,
            String::from_utf8_lossy(&marker)
        )));
    }
    Ok(())
}

/// A marker on `topic` must be the next PUBLISH `sub` receives, and a
/// second marker the one after it: nothing (a will, a retained or stale
/// message) was sent to `sub` on that topic before, nor between them.
pub fn expect_only_marker(b: &Broker, sub: &mut Client, topic: &str) -> R {
    expect_marker_next(b, sub, topic)?;
    expect_marker_next(b, sub, topic)
}

/// `c` must not be subscribed to `topic`: it subscribes to a sibling marker
/// topic, then one publisher sends a message on `topic` and a marker on the
/// sibling (both QoS 1); the marker must be the next PUBLISH `c` receives.
/// The spec orders messages per topic only; that the publisher's packets are
/// routed in the order they came holds for every broker here, and a
/// same-topic marker is preferred wherever a test allows one. Leaves `c`
/// subscribed to the sibling.
pub fn expect_not_subscribed(b: &Broker, c: &mut Client, topic: &str) -> R {
    let sibling = format!("{topic}-marker");
    let ack = c.subscribe(&sibling, QoS::AtLeastOnce).vehicle("subscribing to the marker topic")?;
    if ack.reason_codes.iter().any(|r| !r.is_success()) {
        return Err(c.fail_with(format!("SUBSCRIBE to {sibling:?} refused")))
            .vehicle("subscribing to the marker topic");
    }
    let marker = fresh_marker();
    let mut p = connected(b, "pub")?;
    p.publish(topic, b"must not arrive", QoS::AtLeastOnce)?;
    p.publish(&sibling, &marker, QoS::AtLeastOnce).vehicle("publishing the marker")?;
    p.disconnect()?;
    let got = c.receive_publish()?;
    if got.payload != marker {
        return Err(c.fail_with(format!(
            "received {:?} on {:?} where the marker on {sibling:?} was expected next",
            String::from_utf8_lossy(&got.payload),
            got.topic
        )));
    }
    Ok(())
}

/// Every packet `c` receives before the PUBLISH with payload `marker`
/// (returned last), none acknowledged: what was queued or re-sent ahead of
/// the marker, so "X was not sent" is checked by order.
pub fn packets_until_marker(c: &mut Client, marker: &[u8]) -> Result<(Vec<Packet>, Publish), ScriptError> {
    let mut before = Vec::new();
    loop {
        match c.recv()? {
            Packet::Publish(p) if p.payload == marker => return Ok((before, p)),
            other => before.push(other),
        }
    }
}

/// Publish a marker (QoS 1) on `topic` from another client, then return
/// what `c` receives up to it ([`packets_until_marker`]). The marker itself
/// is acknowledged, so it is never re-sent to a resumed session; nothing
/// else is (on a target with one message in flight, an unacknowledged
/// delivery holds the marker back).
pub fn until_marker(b: &Broker, c: &mut Client, topic: &str) -> Result<Vec<Packet>, ScriptError> {
    let marker = fresh_marker();
    publish_from_other(b, topic, &marker, QoS::AtLeastOnce).vehicle("publishing the marker")?;
    let (before, marker) = packets_until_marker(c, &marker)?;
    match marker.qos {
        QoS::AtMostOnce => {}
        QoS::AtLeastOnce => c.send(PubAck::new(marker.packet_id))?,
        QoS::ExactlyOnce => return Err(c.fail_with("the QoS 1 marker arrived at QoS 2")),
    }
    Ok(before)
}

/// Every PUBLISH `c` receives before a marker published (QoS 1) on `topic`
/// by another client now, with the receiver side of each QoS flow completed
/// as packets come in (so a stream of QoS 1/2 messages keeps flowing): all
/// the server delivered before it took the marker (earlier markers of this
/// kind left out). Call it once what must be collected has been published
/// with a completed QoS 1/2 flow (or from a connection closed since). Any
/// other packet or a close is a failure.
pub fn publishes_until_marker(b: &Broker, c: &mut Client, topic: &str) -> Result<Vec<Publish>, ScriptError> {
    let marker = fresh_marker();
    publish_from_other(b, topic, &marker, QoS::AtLeastOnce).vehicle("publishing the marker")?;
    let mut got = Vec::new();
    loop {
        match c.recv()? {
            Packet::Publish(p) => {
                match p.qos {
                    QoS::AtMostOnce => {}
                    QoS::AtLeastOnce => c.send(PubAck::new(p.packet_id))?,
                    QoS::ExactlyOnce => c.send(PubRec::new(p.packet_id))?,
                }
                if p.payload == marker {
                    return Ok(got);
                }
                // An earlier collection's marker (another subscriber's, or a
                // second copy) is the harness's, not the test's.
                if !p.payload.starts_with(b"marker ") {
                    got.push(p);
                }
            }
            Packet::PubRel(r) => c.send(PubComp::new(r.packet_id))?,
            other => return Err(c.fail_with(format!("expected only PUBLISH and PUBREL, received {other}"))),
        }
    }
}

/// [`publishes_until_marker`] with the marker on a sibling of `topic` that
/// `c` subscribes to first: for a client whose subscription a same-topic
/// marker may not reach (a Shared Subscription hands each message to one
/// member). The spec orders messages per topic only; that one publisher's
/// packets are routed in the order they came holds for every broker here,
/// so call it once what must be collected was published with a completed
/// QoS 1/2 flow. Leaves `c` subscribed to the sibling.
pub fn publishes_until_sibling_marker(b: &Broker, c: &mut Client, topic: &str) -> Result<Vec<Publish>, ScriptError> {
    let sibling = format!("{topic}-marker-{}", unique_client_id("m"));
    let ack = c.subscribe(&sibling, QoS::AtLeastOnce).vehicle("subscribing to the marker topic")?;
    if ack.reason_codes.iter().any(|r| !r.is_success()) {
        return Err(c.fail_with(format!("SUBSCRIBE to {sibling:?} refused")))
            .vehicle("subscribing to the marker topic");
    }
    publishes_until_marker(b, c, &sibling)
}

/// Send PINGREQ and return every packet that arrives before the PINGRESP,
/// none acknowledged: by order, all the server had to say about what `c`
/// sent before (the answer to "no response to P" is an empty list).
pub fn packets_before_pingresp(c: &mut Client) -> Result<Vec<Packet>, ScriptError> {
    c.send(Packet::PingReq)?;
    let mut got = Vec::new();
    loop {
        match c.recv()? {
            Packet::PingResp => return Ok(got),
            p => got.push(p),
        }
    }
}

/// Every PUBLISH arriving before the PINGRESP to a PINGREQ sent now: what
/// the server had sent before it read the PINGREQ. None is acknowledged;
/// any other packet is a failure.
pub fn publishes_before_pingresp(c: &mut Client) -> Result<Vec<Publish>, ScriptError> {
    let mut got = Vec::new();
    for p in packets_before_pingresp(c)? {
        match p {
            Packet::Publish(p) => got.push(p),
            other => return Err(c.fail_with(format!("expected PUBLISH or PINGRESP, received {other}"))),
        }
    }
    Ok(got)
}

/// The next packet, which must be a PUBLISH; it is not acknowledged.
pub fn next_publish(c: &mut Client) -> Result<Publish, ScriptError> {
    match c.expect_matching("PUBLISH", |p| matches!(p, Packet::Publish(_)))? {
        Packet::Publish(p) => Ok(p),
        _ => unreachable!(),
    }
}

/// The single SUBACK, which must carry `packet_id` (PUBLISHes arriving
/// first, e.g. retained ones, are kept for the next receive).
pub fn expect_suback(c: &mut Client, packet_id: u16) -> Result<SubAck, ScriptError> {
    match c.expect_ack(&format!("SUBACK id={packet_id}"), |p| matches!(p, Packet::SubAck(_)))? {
        Packet::SubAck(s) if s.packet_id == packet_id => Ok(s),
        Packet::SubAck(s) => Err(c.fail_with(format!("SUBACK has packet id {} instead of {packet_id}", s.packet_id))),
        _ => unreachable!(),
    }
}

/// Payloads as strings, for readable comparisons.
pub fn payloads(ps: &[Publish]) -> Vec<String> {
    ps.iter().map(|p| String::from_utf8_lossy(&p.payload).into_owned()).collect()
}

// ------------------------------------------------------------- retained

/// Clears retained messages when dropped, so a shared broker keeps none of
/// this test's (an empty retained PUBLISH removes one, [MQTT-3.3.1-10]).
/// `let _kept = retained(b, &topic);` before setting one; [`Retained::add`]
/// for more topics. Clearing is best effort: a failure to clear is not the
/// test's verdict.
#[must_use = "the guard clears the retained messages when it is dropped"]
pub struct Retained<'b> {
    broker: &'b Broker,
    topics: Vec<String>,
}

/// A [`Retained`] guard for `topic`.
pub fn retained<'b>(b: &'b Broker, topic: &str) -> Retained<'b> {
    Retained { broker: b, topics: vec![topic.to_owned()] }
}

impl Retained<'_> {
    /// Clear `topic` too.
    pub fn add(&mut self, topic: &str) {
        self.topics.push(topic.to_owned());
    }
}

impl Drop for Retained<'_> {
    fn drop(&mut self) {
        let Ok(mut c) = connected(self.broker, "clear") else { return };
        for t in &self.topics {
            if c.publish_packet(Publish::new(t, "").qos(QoS::AtLeastOnce, 1).retain(true)).is_err() {
                return;
            }
        }
        let _ = c.disconnect();
    }
}

/// Topic Filter matching of section 4.7, written from the spec text: `+`
/// matches one whole level, `#` the parent and any number of child levels,
/// and wildcards at the start never match a topic beginning with `$`.
pub fn topic_matches(filter: &str, topic: &str) -> bool {
    if topic.starts_with('$') && (filter.starts_with('+') || filter.starts_with('#')) {
        return false;
    }
    let (mut f, mut t) = (filter.split('/'), topic.split('/'));
    loop {
        match (f.next(), t.next()) {
            (Some("#"), _) => return true,
            (Some("+"), Some(_)) => {}
            (Some(a), Some(b)) if a == b => {}
            (None, None) => return true,
            _ => return false,
        }
    }
}
