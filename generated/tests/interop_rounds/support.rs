//! The rounds' dialect: libraries under test ([`Lib`], errors turned into
//! verdicts, logs attached to failures), the observer (the harness's script
//! client, trusted), probes that show a path is up, and collection up to a
//! marker (what arrives after it is a duplicate or a stray).

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mqtt_conformance::clients::{self, ClientError, ClientResult, Message, MqttClient, Options};
use mqtt_conformance::expect::topic_matches;
use mqtt_conformance::prelude::*;

/// The environment variable naming round 2's second library (the subscriber).
pub const PEER_VAR: &str = "MQTT_PEER";

/// Payload prefix of probes (ignored wherever messages are collected).
const PROBE: &str = "probe-";
/// What closes every collection: once it arrived, everything before it has.
pub const MARKER: &[u8] = b"marker";
/// Lines of a library's log shown in a failure.
const LOG_LINES: usize = 80;

/// The library `MQTT_PEER` names (round 2's subscriber); default: the first
/// registered client other than `MQTT_CLIENT`.
pub fn peer() -> &'static str {
    let selected = clients::selected();
    let names: Vec<&'static str> = clients::CLIENTS.iter().map(|(n, _)| *n).collect();
    match std::env::var(PEER_VAR).ok().filter(|v| !v.trim().is_empty()) {
        Some(v) => names
            .iter()
            .find(|n| **n == v.trim())
            .copied()
            .unwrap_or_else(|| panic!("{PEER_VAR}={v:?} is not a known client; known: {names:?}")),
        None => names.into_iter().find(|n| *n != selected).expect("more than one client registered"),
    }
}

/// The logs of the libraries a scenario used, for its failure.
#[derive(Clone, Default)]
pub struct Logs(Arc<Mutex<Vec<String>>>);

impl Logs {
    fn push(&self, text: String) {
        self.0.lock().unwrap().push(text);
    }
}

/// Run a scenario under the per-test time limit. A failure (not a verdict)
/// carries every library's log (the report names the test: no prefix).
pub fn scenario(body: impl FnOnce(&Logs) -> R + Send + 'static) -> R {
    with_test_timeout(move || {
        let logs = Logs::default();
        // The body's libraries are dropped (their logs pushed) when it returns.
        let result = body(&logs);
        result.map_err(|mut e| {
            if verdict::is_verdict(&e) {
                return e;
            }
            for log in logs.0.lock().unwrap().iter() {
                e.transcript += log;
            }
            e
        })
    })
}

/// A failure that is not tied to one script connection.
pub fn failure(message: impl Into<String>) -> ScriptError {
    ScriptError { kind: ErrorKind::Unexpected, message: message.into(), transcript: String::new(), broker_log: None }
}

/// Options with a client id and topic unique to this run and the
/// credentials the server's CONNECTs need (ejabberd, rabbitmq).
pub fn options(b: &Broker, prefix: &str) -> Options {
    let o = Options::new(unique_client_id(prefix), unique_topic(prefix));
    match b.settings().credentials() {
        Some(c) => o.credentials(c.user.clone(), Some(c.password.as_bytes())),
        None => o,
    }
}

/// How long a library gets to come up: connect, subscribe, a bridge's
/// connection (a mosquitto bridge falls back from level 0x84 after ~5 s), a
/// failover. Probes are repeated every [`wait::quiet`] within it.
pub fn come_up() -> Duration {
    wait::reply() * 5
}

/// One client library in a scenario, driven through [`MqttClient`]. Its log
/// goes to the scenario's [`Logs`] when it is dropped or [`Lib::stop`]ped.
pub struct Lib {
    name: &'static str,
    role: String,
    client: Option<Box<dyn MqttClient>>,
    logs: Logs,
}

impl Lib {
    /// A fresh, unconnected instance of the client `name`.
    pub fn new(logs: &Logs, name: &'static str, role: &str) -> Lib {
        let make = clients::CLIENTS.iter().find(|(n, _)| *n == name).expect("a registered client").1;
        Lib { name, role: role.to_owned(), client: Some(make()), logs: logs.clone() }
    }

    /// The library under test (`MQTT_CLIENT`).
    pub fn under_test(logs: &Logs, role: &str) -> Lib {
        Lib::new(logs, clients::selected(), role)
    }

    /// An operation the client cannot be driven to skips the scenario for it;
    /// any other error fails it.
    fn check<T>(&self, what: &str, r: ClientResult<T>) -> Result<T, ScriptError> {
        r.map_err(|e| match e {
            ClientError::Unsupported(why) => verdict::skipped(format!("{}: {why}", self.name)),
            other => failure(format!("{} ({}): {what}: {other}", self.role, self.name)),
        })
    }

    fn client(&mut self) -> Result<&mut Box<dyn MqttClient>, ScriptError> {
        let (name, role) = (self.name, self.role.clone());
        self.client.as_mut().ok_or_else(|| failure(format!("{role} ({name}) used after stop")))
    }

    pub fn connect(&mut self, b: &Broker, o: &Options) -> R {
        let r = self.client()?.connect(b.addr(), o);
        self.check(&format!("connect to {}", b.describe()), r)
    }

    /// The client's own failover over `servers`, in order.
    pub fn connect_failover(&mut self, servers: &[&Broker], o: &Options) -> R {
        let addrs: Vec<_> = servers.iter().map(|b| b.addr()).collect();
        let r = self.client()?.connect_failover(&addrs, o);
        self.check("connect with a server list", r)
    }

    pub fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS) -> R {
        let r = self.client()?.publish(topic, payload, qos, false);
        self.check(&format!("publish QoS {} on {topic}", qos as u8), r)
    }

    pub fn receive(&mut self, within: Duration) -> Result<Option<Message>, ScriptError> {
        let r = self.client()?.receive(within);
        self.check("receive", r)
    }

    pub fn disconnect(&mut self) -> R {
        let r = self.client()?.disconnect();
        self.check("disconnect", r)
    }

    pub fn kill(&mut self) -> R {
        let r = self.client()?.kill();
        self.check("end abruptly", r)
    }

    /// Drop the client now (threads and processes end); its log is kept.
    pub fn stop(&mut self) {
        if let Some(c) = self.client.take() {
            let log = c.log();
            drop(c);
            let log = mqtt_conformance::transcript::tail(&log, LOG_LINES);
            self.logs.push(format!("\n--- {} ({}) log ---\n{log}\n", self.role, self.name));
        }
    }
}

impl Drop for Lib {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Whether a payload is one of the probes.
pub fn is_probe(payload: &[u8]) -> bool {
    payload.starts_with(PROBE.as_bytes())
}

/// The observer: a script client subscribed to `filter` at `qos`. A refused
/// or downgraded subscription is the server failing the observer's part.
pub fn observer(b: &Broker, filter: &str, qos: QoS) -> Result<Client, ScriptError> {
    let mut c = connected(b, "observer").vehicle("connecting the observer")?;
    let ack = c.subscribe(filter, qos).vehicle("the observer's subscription")?;
    match ack.return_codes.first() {
        Some(SubackCode::Granted(g)) if *g as u8 >= qos as u8 => Ok(c),
        other => {
            Err(blocked(format!("the server answered the observer's QoS {} subscription with {other:?}", qos as u8)))
        }
    }
}

/// The observer's publishing connection.
pub fn publisher(b: &Broker) -> Result<Client, ScriptError> {
    connected(b, "observer-pub").vehicle("connecting the observer's publisher")
}

/// The observer publishes (QoS flow completed); the server failing it is a vehicle failure.
pub fn observer_publishes(p: &mut Client, topic: &str, payload: &[u8], qos: QoS) -> R {
    p.publish(topic, payload, qos).map(|_| ()).vehicle(&format!("the observer's QoS {} publish", qos as u8))
}

/// The next PUBLISH within `within`, its QoS flow completed, or `None`.
pub fn observe(c: &mut Client, within: Duration) -> Result<Option<Publish>, ScriptError> {
    c.set_timeout(within);
    let got = c.expect_matching("PUBLISH", |p| matches!(p, Packet::Publish(_)));
    c.set_timeout(wait::reply());
    let p = match got {
        Ok(Packet::Publish(p)) => p,
        Ok(_) => unreachable!(),
        Err(e) if e.kind == ErrorKind::Timeout => return Ok(None),
        Err(e) => return Err(e),
    };
    match p.qos {
        QoS::AtMostOnce => {}
        QoS::AtLeastOnce => c.send(PubAck::new(p.packet_id))?,
        QoS::ExactlyOnce => {
            c.send(PubRec::new(p.packet_id))?;
            c.expect_flow_ack(PacketType::PubRel, p.packet_id)?;
            c.send(PubComp::new(p.packet_id))?;
        }
    }
    Ok(Some(p))
}

/// A message on a topic outside the subscription it came through is the
/// server's error (amqtt 0.12 sends retained messages of other topics to new
/// subscriptions), not the library's: the scenario is blocked.
fn outside(filter: &str, topic: &str, payload: &[u8], to: &str) -> Option<ScriptError> {
    (!topic_matches(filter, topic)).then(|| {
        blocked(format!(
            "the server sent {to} a message on {topic:?} ({:?}) through its subscription to {filter:?}",
            String::from_utf8_lossy(payload)
        ))
    })
}

/// [`observe`] for an observer subscribed to `filter`.
pub fn observe_on(c: &mut Client, filter: &str, within: Duration) -> Result<Option<Publish>, ScriptError> {
    match observe(c, within)? {
        Some(p) => match outside(filter, &p.topic, &p.payload, "the observer") {
            Some(e) => Err(e),
            None => Ok(Some(p)),
        },
        None => Ok(None),
    }
}

/// The library delivers the next message within `within`, which must be on `filter`.
pub fn receive_on(lib: &mut Lib, filter: &str, within: Duration) -> Result<Option<Message>, ScriptError> {
    match lib.receive(within)? {
        Some(m) => match outside(filter, &m.topic, &m.payload, "the library") {
            Some(e) => Err(e),
            None => Ok(Some(m)),
        },
        None => Ok(None),
    }
}

/// The library publishes probes on `topic` until the observer receives one:
/// the library's connection, and every hop to the observer, is up.
pub fn library_reaches(lib: &mut Lib, obs: &mut Client, topic: &str, qos: QoS) -> R {
    let deadline = Instant::now() + come_up();
    for n in 1.. {
        lib.publish(topic, format!("{PROBE}{n}").as_bytes(), qos)?;
        match observe_on(obs, topic, wait::quiet())? {
            Some(p) if is_probe(&p.payload) => return Ok(()),
            Some(p) => {
                return Err(obs.fail_with(format!("received {} while waiting for the library's probes", show(&p))))
            }
            None if Instant::now() > deadline => {
                return Err(obs.fail_with(format!(
                    "none of the library's {n} probes on {topic} reached the observer within {:?}",
                    come_up()
                )))
            }
            None => {}
        }
    }
    unreachable!()
}

/// The observer publishes probes on `topic` (QoS 1) until the library
/// delivers one: its subscription is in place (and any hop before it is up).
pub fn observer_reaches(p: &mut Client, lib: &mut Lib, topic: &str) -> R {
    reaches(lib, come_up(), topic, |n| observer_publishes(p, topic, format!("{PROBE}{n}").as_bytes(), QoS::AtLeastOnce))
}

/// Library `tx` publishes probes on `topic` until library `rx` delivers one.
pub fn library_reaches_library(tx: &mut Lib, rx: &mut Lib, topic: &str, qos: QoS) -> R {
    reaches(rx, come_up(), topic, |n| tx.publish(topic, format!("{PROBE}{n}").as_bytes(), qos))
}

fn reaches(rx: &mut Lib, within: Duration, topic: &str, mut send: impl FnMut(u32) -> R) -> R {
    let deadline = Instant::now() + within;
    for n in 1.. {
        send(n)?;
        match receive_on(rx, topic, wait::quiet())? {
            Some(m) if is_probe(&m.payload) => return Ok(()),
            Some(m) => return Err(failure(format!("{} delivered {m:?} while waiting for probes", rx.role))),
            None if Instant::now() > deadline => {
                return Err(failure(format!(
                    "{} ({}) delivered none of {n} probes on {topic} within {within:?}",
                    rx.role, rx.name
                )))
            }
            None => {}
        }
    }
    unreachable!()
}

/// A PUBLISH in one line.
fn show(p: &Publish) -> String {
    format!("PUBLISH {:?} QoS {} retain {} on {}", String::from_utf8_lossy(&p.payload), p.qos as u8, p.retain, p.topic)
}

/// A delivered message, for comparisons: payload, QoS, retain.
pub type Seen = (String, u8, bool);

fn seen(payload: &[u8], qos: QoS, retain: bool) -> Seen {
    (String::from_utf8_lossy(payload).into_owned(), qos as u8, retain)
}

/// What the observer receives up to the marker, probes left out; nothing
/// may follow the marker within [`wait::quiet`].
pub fn observer_until_marker(obs: &mut Client, filter: &str, first_within: Duration) -> Result<Vec<Seen>, ScriptError> {
    let mut got = Vec::new();
    let mut within = first_within;
    loop {
        match observe_on(obs, filter, within)? {
            None => return Err(obs.fail_with(format!("the marker never arrived (before it: {got:?})"))),
            Some(p) if p.payload == MARKER => break,
            Some(p) if is_probe(&p.payload) => {}
            Some(p) => got.push(seen(&p.payload, p.qos, p.retain)),
        }
        within = wait::reply();
    }
    if let Some(p) = observe_on(obs, filter, wait::quiet())? {
        return Err(obs.fail_with(format!("received {} after the marker (before it: {got:?})", show(&p))));
    }
    Ok(got)
}

/// What the library delivers up to the marker, probes left out; nothing may
/// follow the marker within [`wait::quiet`].
pub fn library_until_marker(lib: &mut Lib, filter: &str, first_within: Duration) -> Result<Vec<Seen>, ScriptError> {
    let mut got = Vec::new();
    let mut within = first_within;
    loop {
        match receive_on(lib, filter, within)? {
            None => {
                return Err(failure(format!(
                    "{} ({}) never delivered the marker (before it: {got:?})",
                    lib.role, lib.name
                )))
            }
            Some(m) if m.payload == MARKER => break,
            Some(m) if is_probe(&m.payload) => {}
            Some(m) => got.push(seen(&m.payload, m.qos, m.retain)),
        }
        within = wait::reply();
    }
    if let Some(m) = receive_on(lib, filter, wait::quiet())? {
        return Err(failure(format!(
            "{} ({}) delivered {m:?} after the marker (before it: {got:?})",
            lib.role, lib.name
        )));
    }
    Ok(got)
}

/// `got` must be exactly the one message `payload` at `qos`, RETAIN as given.
pub fn exactly_once(what: &str, got: &[Seen], payload: &[u8], qos: QoS, retain: bool) -> R {
    let want = vec![seen(payload, qos, retain)];
    if got == want.as_slice() {
        return Ok(());
    }
    Err(failure(format!("{what}: expected exactly {want:?} (payload, QoS, retain), got {got:?}")))
}

/// Take over `client_id`'s session from a new connection (clean session 0):
/// its previous connection is then surely closed, and CONNACK's session
/// present flag says whether the server kept the session. The takeover
/// disconnects at once, leaving the session (with its subscriptions) stored.
pub fn take_over_session(b: &Broker, client_id: &str) -> Result<bool, ScriptError> {
    let mut c = b.client().vehicle("connecting to take the session over")?;
    let ack = c.connect_with(Connect::new(client_id).clean_session(false)).vehicle("the takeover")?;
    if ack.code != ConnectReturnCode::Accepted {
        return Err(blocked(format!("the server refused the session takeover: {:?}", ack.code)));
    }
    c.send(Packet::Disconnect)?;
    // Messages still stored for the session may arrive first; left
    // unacknowledged they stay in the session.
    let deadline = Instant::now() + wait::reply();
    loop {
        match c.recv() {
            Ok(_) if Instant::now() < deadline => {}
            Ok(p) => return Err(c.fail_with(format!("still receiving ({p}) instead of the close after DISCONNECT"))),
            Err(e) if e.kind == ErrorKind::Closed => return Ok(ack.session_present),
            Err(e) => return Err(e),
        }
    }
}
