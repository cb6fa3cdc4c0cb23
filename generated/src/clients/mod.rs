//! MQTT client libraries under test, each driven through its own API behind
//! one small trait, [`MqttClient`]. The client tests
//! (`tests/clients_v3_1_1/`, `tests/clients_v5_0/`, their shared dialect in
//! [`suite`]) point one at a [`crate::server::ScriptServer`] and judge what
//! it puts on the wire; [`Options::version`] picks MQTT 3.1.1 or 5.0.
//!
//! Which client a run tests is `MQTT_CLIENT=<name>` (default `rumqttc`), one
//! of [`CLIENTS`]; `scripts/clients` runs both binaries once per client, one
//! JUnit report each.
//!
//! Adding a client = one adapter file here (implementing [`MqttClient`]) and
//! one line in [`CLIENTS`]. An operation a client cannot be driven to returns
//! [`ClientError::Unsupported`] with the reason; the test then reports the
//! statement as skipped for that client, never as passed.

pub mod bridge;
pub mod mosquitto;
pub mod paho;
mod process;
pub mod suite;
pub mod rumqttc;

use std::fmt;
use std::net::SocketAddr;
use std::time::Duration;

use crate::codec::{ProtocolVersion, QoS, Will};

/// Makes a new, unconnected client.
pub type Constructor = fn() -> Box<dyn MqttClient>;

/// The registry: name (the value of `MQTT_CLIENT`) and constructor.
#[rustfmt::skip]
pub const CLIENTS: &[(&str, Constructor)] = &[
    ("rumqttc", rumqttc::new),
    ("paho", paho::new),
    ("libmosquitto", mosquitto::new),
    ("bridge", bridge::new),
];

/// The environment variable that picks the client under test.
pub const CLIENT_VAR: &str = "MQTT_CLIENT";

/// The name `MQTT_CLIENT` selects (default `rumqttc`); panics on an unknown
/// one, so a typo does not silently test another client.
pub fn selected() -> &'static str {
    let name = std::env::var(CLIENT_VAR).unwrap_or_else(|_| "rumqttc".into());
    match CLIENTS.iter().find(|(n, _)| *n == name) {
        Some((n, _)) => n,
        None => panic!(
            "{CLIENT_VAR}={name:?} is not a known client; known: {:?}",
            CLIENTS.iter().map(|(n, _)| *n).collect::<Vec<_>>()
        ),
    }
}

/// A new, unconnected instance of the selected client.
pub fn from_env() -> Box<dyn MqttClient> {
    let name = selected();
    (CLIENTS.iter().find(|(n, _)| *n == name).expect("selected() checked it").1)()
}

/// What the client is told to connect with.
#[derive(Clone, Debug)]
pub struct Options {
    pub client_id: String,
    pub clean_session: bool,
    /// Seconds; 0 turns keep-alive off.
    pub keep_alive: u16,
    pub will: Option<Will>,
    pub username: Option<String>,
    pub password: Option<Vec<u8>>,
    /// Where this session publishes, for clients that fix it when they
    /// connect (`mosquitto_pub -l -t`, the bridge's `topic ... out` line):
    /// their [`MqttClient::publish`] accepts only this topic.
    pub topic: String,
    /// QoS and retain flag of those publishes, for the same clients.
    pub qos: QoS,
    pub retain: bool,
    /// A subscription made as part of connecting (library clients subscribe
    /// right after connecting; `mosquitto_sub -t`; the bridge's `topic ... in`
    /// line). [`MqttClient::subscribe`] adds more where the client can.
    pub subscription: Option<(String, QoS)>,
    /// MQTT over WebSocket (path `/mqtt`) instead of plain TCP.
    pub websocket: bool,
    /// The protocol the client speaks: 3.1.1 (default) or 5.0.
    pub version: ProtocolVersion,
    /// 5.0 CONNECT properties the client is told to send (`None`: it sends
    /// none of its own accord or uses its default): Session Expiry Interval,
    /// Receive Maximum, Maximum Packet Size, Topic Alias Maximum.
    pub session_expiry: Option<u32>,
    pub receive_maximum: Option<u16>,
    pub maximum_packet_size: Option<u32>,
    pub topic_alias_maximum: Option<u16>,
    /// 5.0 Authentication Method in CONNECT (enhanced authentication).
    pub authentication_method: Option<String>,
}

impl Options {
    /// Clean session, keep-alive 60 s, no will, no credentials.
    pub fn new(client_id: impl Into<String>, topic: impl Into<String>) -> Options {
        Options {
            client_id: client_id.into(),
            clean_session: true,
            keep_alive: 60,
            will: None,
            username: None,
            password: None,
            topic: topic.into(),
            qos: QoS::AtMostOnce,
            retain: false,
            subscription: None,
            websocket: false,
            version: ProtocolVersion::V311,
            session_expiry: None,
            receive_maximum: None,
            maximum_packet_size: None,
            topic_alias_maximum: None,
            authentication_method: None,
        }
    }
    /// Speak `version` (3.1.1 or 5.0).
    pub fn version(mut self, version: ProtocolVersion) -> Self {
        self.version = version;
        self
    }
    /// MQTT 5.0.
    pub fn v5(self) -> Self {
        self.version(ProtocolVersion::V5)
    }
    pub fn is_v5(&self) -> bool {
        self.version == ProtocolVersion::V5
    }
    /// 5.0 Session Expiry Interval (seconds) in CONNECT.
    pub fn session_expiry(mut self, secs: u32) -> Self {
        self.session_expiry = Some(secs);
        self
    }
    /// 5.0 Receive Maximum in CONNECT.
    pub fn receive_maximum(mut self, n: u16) -> Self {
        self.receive_maximum = Some(n);
        self
    }
    /// 5.0 Maximum Packet Size in CONNECT.
    pub fn maximum_packet_size(mut self, n: u32) -> Self {
        self.maximum_packet_size = Some(n);
        self
    }
    /// 5.0 Authentication Method in CONNECT.
    pub fn authentication_method(mut self, method: impl Into<String>) -> Self {
        self.authentication_method = Some(method.into());
        self
    }
    /// 5.0 Topic Alias Maximum in CONNECT.
    pub fn topic_alias_maximum(mut self, n: u16) -> Self {
        self.topic_alias_maximum = Some(n);
        self
    }
    pub fn clean_session(mut self, clean: bool) -> Self {
        self.clean_session = clean;
        self
    }
    pub fn keep_alive(mut self, secs: u16) -> Self {
        self.keep_alive = secs;
        self
    }
    pub fn will(mut self, will: Will) -> Self {
        self.will = Some(will);
        self
    }
    pub fn credentials(mut self, user: impl Into<String>, password: Option<&[u8]>) -> Self {
        self.username = Some(user.into());
        self.password = password.map(|p| p.to_vec());
        self
    }
    /// QoS and retain of the publishes on [`Options::topic`].
    pub fn publishes(mut self, qos: QoS, retain: bool) -> Self {
        self.qos = qos;
        self.retain = retain;
        self
    }
    pub fn websocket(mut self, on: bool) -> Self {
        self.websocket = on;
        self
    }
    pub fn subscription(mut self, filter: impl Into<String>, qos: QoS) -> Self {
        self.subscription = Some((filter.into(), qos));
        self
    }
}

/// An application message the client delivered to its user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub topic: String,
    pub payload: Vec<u8>,
    pub qos: QoS,
    pub retain: bool,
}

/// Why a client operation did not happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClientError {
    /// The client cannot be driven to this (its API has no such option, a
    /// CLI fixes it at start, ...): the test is skipped for this client.
    Unsupported(String),
    /// The client's API refused the request (an error it returned).
    Refused(String),
    /// The adapter itself failed (process died, no answer, ...).
    Failed(String),
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Unsupported(s) => write!(f, "not supported by this client: {s}"),
            ClientError::Refused(s) => write!(f, "the client's API refused: {s}"),
            ClientError::Failed(s) => write!(f, "driving the client failed: {s}"),
        }
    }
}
impl std::error::Error for ClientError {}

pub type ClientResult<T = ()> = Result<T, ClientError>;

/// One MQTT client implementation, driven through its own API. Calls return
/// once the client has taken the request; the wire effect is observed on the
/// scripted server. Dropping the client stops it (threads, processes).
pub trait MqttClient: Send {
    /// The registry name.
    fn name(&self) -> &'static str;
    /// Start connecting to `server` with `opts` (MQTT 3.1.1 or 5.0 per
    /// `opts.version`, plain TCP unless `opts.websocket`).
    fn connect(&mut self, server: SocketAddr, opts: &Options) -> ClientResult;
    /// Publish an application message.
    fn publish(&mut self, topic: &str, payload: &[u8], qos: QoS, retain: bool) -> ClientResult;
    /// MQTT 5.0: publish with a Topic Alias (the PUBLISH carries the topic
    /// and `alias`, where the client's API lets the application choose one).
    fn publish_with_alias(
        &mut self,
        _topic: &str,
        _alias: u16,
        _payload: &[u8],
        _qos: QoS,
        _retain: bool,
    ) -> ClientResult {
        Err(ClientError::Unsupported("no API to publish with a chosen Topic Alias".into()))
    }
    /// Subscribe to one more filter.
    fn subscribe(&mut self, filter: &str, qos: QoS) -> ClientResult;
    /// The next message the client delivered to its user, waiting up to `timeout`.
    fn receive(&mut self, timeout: Duration) -> ClientResult<Option<Message>>;
    /// Disconnect the way the client's API does it (DISCONNECT, then close).
    fn disconnect(&mut self) -> ClientResult;
    /// What the client or its adapter logged (events, stderr), for failures.
    fn log(&self) -> String;
    /// End the client abruptly: its network connection closes without a
    /// DISCONNECT (process killed, event loop dropped), so a server publishes
    /// its will. The interop rounds' will scenario; the client is unusable after.
    fn kill(&mut self) -> ClientResult {
        Err(ClientError::Unsupported("the adapter cannot end this client abruptly".into()))
    }
    /// Like [`MqttClient::connect`], given several servers: the client's own
    /// failover (its API takes the list), moving to the next server when the
    /// connection to the current one is lost. Only where the library really
    /// does this: an adapter never fakes it by reconnecting on its own.
    fn connect_failover(&mut self, servers: &[SocketAddr], opts: &Options) -> ClientResult {
        let _ = (servers, opts);
        Err(ClientError::Unsupported("the client takes a single server address".into()))
    }
}

/// Collects a client's log lines from several threads.
#[derive(Clone, Default)]
pub struct Log(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl Log {
    pub fn push(&self, line: impl Into<String>) {
        self.0.lock().unwrap().push(line.into());
    }
    pub fn text(&self) -> String {
        self.0.lock().unwrap().join("\n")
    }
}

/// For clients that speak MQTT over TCP only.
pub(crate) fn tcp_only(opts: &Options, why: &str) -> ClientResult {
    if opts.websocket {
        return Err(ClientError::Unsupported(why.into()));
    }
    Ok(())
}

/// `opts.topic` is the only topic a client that fixes it at connect can publish to.
pub(crate) fn fixed_topic(client: &str, opts: Option<&Options>, topic: &str) -> ClientResult {
    match opts {
        None => Err(ClientError::Failed("publish before connect".into())),
        Some(o) if o.topic != topic => Err(ClientError::Unsupported(format!(
            "{client} publishes only to the topic fixed when it connects ({:?}), not {topic:?}",
            o.topic
        ))),
        Some(_) => Ok(()),
    }
}
