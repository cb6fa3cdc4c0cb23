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
//! * "Nothing (else) arrives" is never a bare quiet window: it is watched
//!   only after a marker message ([`expect_only_marker`],
//!   [`expect_no_delivery`]) or the last expected delivery ([`drain_publishes`])
//!   has arrived, for [`wait::quiet`](crate::wait::quiet).
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
use crate::script::{unique_client_id, Client, ErrorKind, ScriptError};
use crate::verdict::{add_context, is_verdict, skipped};
use crate::wait;
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
    let ack = c.connect_with(c.authenticate(connect))?;
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
    let ack = c.connect_with(c.authenticate(connect))?;
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
    p.disconnect()
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

/// Publish a marker on `topic` now; it must be the next PUBLISH `sub`
/// receives and nothing may follow. Proves nothing else (a will, a retained
/// or stale message) was sent to `sub` on that topic before.
pub fn expect_only_marker(b: &Broker, sub: &mut Client, topic: &str) -> R {
    publish_from_other(b, topic, b"marker", QoS::AtLeastOnce)?;
    let p = sub.receive_publish()?;
    if p.payload != b"marker" {
        return Err(sub.fail_with(format!(
            "received {:?} on {:?} where only the marker was expected",
            String::from_utf8_lossy(&p.payload),
            p.topic
        )));
    }
    sub.expect_nothing_for(wait::quiet())
}

/// `c` must receive nothing while another client publishes on `topic` (the
/// publisher's QoS 1 flow is complete before the watch starts).
pub fn expect_no_delivery(b: &Broker, c: &mut Client, topic: &str) -> R {
    publish_from_other(b, topic, b"must not arrive", QoS::AtLeastOnce)?;
    c.expect_nothing_for(wait::quiet())
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

/// Every PUBLISH that arrives until the server has been quiet for
/// [`wait::quiet`](crate::wait::quiet), with the receiver side of each QoS
/// flow completed as packets come in (so a stream of QoS 1/2 messages keeps
/// flowing). Any other packet or a close is a failure.
pub fn drain_publishes(c: &mut Client) -> Result<Vec<Publish>, ScriptError> {
    let saved = c.timeout();
    c.set_timeout(wait::quiet());
    let mut got = Vec::new();
    let result = loop {
        match c.recv() {
            Ok(Packet::Publish(p)) => {
                match p.qos {
                    QoS::AtMostOnce => {}
                    QoS::AtLeastOnce => c.send(PubAck::new(p.packet_id))?,
                    QoS::ExactlyOnce => c.send(PubRec::new(p.packet_id))?,
                }
                got.push(p);
            }
            Ok(Packet::PubRel(r)) => c.send(PubComp::new(r.packet_id))?,
            Ok(other) => break Err(c.fail_with(format!("expected only PUBLISH and PUBREL, received {other}"))),
            Err(e) if e.kind == ErrorKind::Timeout => break Ok(got),
            Err(e) => break Err(e),
        }
    };
    c.set_timeout(saved);
    result
}

/// Every packet that arrives until the server has been quiet for
/// [`wait::quiet`](crate::wait::quiet), not acknowledged. A close is a failure.
pub fn packets_until_quiet(c: &mut Client) -> Result<Vec<Packet>, ScriptError> {
    let saved = c.timeout();
    c.set_timeout(wait::quiet());
    let mut got = Vec::new();
    let result = loop {
        match c.recv() {
            Ok(p) => got.push(p),
            Err(e) if e.kind == ErrorKind::Timeout => break Ok(got),
            Err(e) => break Err(e),
        }
    };
    c.set_timeout(saved);
    result
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
