//! The client suites' dialect, shared by `tests/clients_v3_1_1/` and
//! `tests/clients_v5_0/`: a test body gets the client under test
//! (`MQTT_CLIENT`, unconnected) and a scripted server listening for it.
//!
//! * [`run_client`] runs a body under the per-test time limit; a failure is
//!   prefixed with the test's name and carries the client's log after the
//!   exchange.
//! * [`OnServer::on`] turns a client error into a test error: an operation
//!   the client cannot be driven to is the skipped verdict for this client
//!   (never a pass); a refusal or adapter failure fails with the exchange.
//! * The helpers take [`Options`], so one helper serves both versions: the
//!   scripted server answers in the version the client's CONNECT announced.

use super::{ClientError, MqttClient, Options};
use crate::codec::{Connect, Packet, ProtocolVersion, Publish, QoS, SubAck, SubackCode};
use crate::expect::R;
use crate::script::{unique_client_id, unique_topic, ErrorKind, ScriptError};
use crate::server::{Conn, ScriptServer};
use crate::verdict;
use crate::watchdog::with_test_timeout;

pub type C = Box<dyn MqttClient>;

/// Lines of the client's log shown in a failure.
const CLIENT_LOG_LINES: usize = 120;

/// Run `body` with the selected client and a fresh scripted server.
pub fn run_client(body: impl FnOnce(&mut C, &mut ScriptServer) -> R + Send + 'static) -> R {
    let name = std::thread::current().name().unwrap_or("test").to_owned();
    with_test_timeout(move || {
        let mut server = ScriptServer::start()?;
        let mut client = super::from_env();
        let result = body(&mut client, &mut server);
        let log = client.log();
        drop(client);
        result.map_err(|mut e| {
            if verdict::is_verdict(&e) {
                return e;
            }
            if name != "main" {
                e.message = format!("{name}: {}", e.message);
            }
            let log = crate::transcript::tail(&log, CLIENT_LOG_LINES);
            e.transcript += &format!("\n--- client under test ({}) log ---\n{log}\n", super::selected());
            e
        })
    })
}

/// A topic and client id unique to this run, and options with them, for `version`.
pub fn options_for(version: ProtocolVersion, prefix: &str) -> Options {
    Options::new(unique_client_id(prefix), unique_topic(prefix)).version(version)
}

/// The skipped verdict for the selected client.
pub fn skipped_here(why: &str) -> ScriptError {
    verdict::skipped(format!("{}: {why}", super::selected()))
}

/// Turn a client operation's error into a test error.
pub trait OnServer<T> {
    fn on(self, server: &ScriptServer) -> Result<T, ScriptError>;
}

impl<T> OnServer<T> for Result<T, ClientError> {
    fn on(self, server: &ScriptServer) -> Result<T, ScriptError> {
        self.map_err(|e| match e {
            ClientError::Unsupported(why) => skipped_here(&why),
            other => server.fail_with(other.to_string()),
        })
    }
}

/// Connect the client, accept its connection and complete the handshake
/// (CONNACK success, session present 0).
pub fn handshaken(client: &mut C, server: &mut ScriptServer, opts: &Options) -> Result<(Conn, Connect), ScriptError> {
    client.connect(server.addr(), opts).on(server)?;
    let mut conn = server.accept()?;
    let connect = conn.handshake(false)?;
    Ok((conn, connect))
}

/// After CONNACK, a client with a subscription in its options sends its
/// SUBSCRIBE; grant it. Clients without one send nothing here.
pub fn grant_subscription(conn: &mut Conn, opts: &Options) -> R {
    if opts.subscription.is_none() {
        return Ok(());
    }
    let s = match conn.expect_matching("SUBSCRIBE", |p| matches!(p, Packet::Subscribe(_)))? {
        Packet::Subscribe(s) => s,
        _ => unreachable!(),
    };
    let codes: Vec<SubackCode> = s.filters.iter().map(|(_, q)| SubackCode::Granted(*q)).collect();
    conn.send(SubAck::new(s.packet_id, codes))
}

/// `o` subscribed (where the client must be, to get a connection that
/// reads) to its own topic at `qos`.
pub fn with_subscription(o: Options, qos: QoS) -> Options {
    let topic = o.topic.clone();
    o.subscription(topic, qos)
}

/// A client connected with `o` (which should carry a subscription, see
/// [`with_subscription`]) after its SUBACK: it published nothing and can receive.
pub fn receiving_with(client: &mut C, server: &mut ScriptServer, o: Options) -> Result<(Conn, Options), ScriptError> {
    let (mut conn, _) = handshaken(client, server, &o)?;
    grant_subscription(&mut conn, &o)?;
    Ok((conn, o))
}

/// Accept the client's next connection within [`reconnect_wait`]; a client
/// that does not reconnect blocks the statement (`what` says what was to be
/// observed on the new connection).
pub fn reconnection(server: &mut ScriptServer, what: &str) -> Result<Conn, ScriptError> {
    match server.accept_within(reconnect_wait()) {
        Ok(c) => Ok(c),
        Err(e) if e.kind == ErrorKind::Timeout => Err(verdict::blocked(format!(
            "{}: the client did not reconnect after the server cut the connection, so {what} could not be observed",
            super::selected()
        ))),
        Err(e) => Err(e),
    }
}

/// A persistent-session client (options `o`: clean session / start 0, and
/// for 5.0 a Session Expiry Interval) publishes `payloads` at `qos`; the
/// server takes the PUBLISHes without acknowledging them and cuts the
/// connection. Returns those PUBLISHes and the connection the client opened
/// again, before its handshake.
pub fn unacknowledged_then_cut(
    client: &mut C,
    server: &mut ScriptServer,
    o: &Options,
    qos: QoS,
    payloads: &[&str],
) -> Result<(Vec<Publish>, Conn), ScriptError> {
    let (mut conn, _) = handshaken(client, server, o)?;
    for p in payloads {
        client.publish(&o.topic, p.as_bytes(), qos, false).on(server)?;
    }
    let mut sent = Vec::new();
    for _ in payloads {
        sent.push(conn.expect_publish()?);
    }
    conn.cut()?;
    // The reconnect is the vehicle, not the statement.
    let again = reconnection(server, "a resend")?;
    Ok((sent, again))
}

/// [`unacknowledged_then_cut`] with one message; the new connection's
/// handshake answers session present 1. Returns that PUBLISH and the first
/// packet after the handshake (which should be its resend), with the connection.
pub fn resend_after_reconnect_with(
    client: &mut C,
    server: &mut ScriptServer,
    o: &Options,
    qos: QoS,
) -> Result<(Publish, Packet, Conn), ScriptError> {
    let (mut sent, mut again) = unacknowledged_then_cut(client, server, o, qos, &["unacknowledged"])?;
    again.handshake(true)?;
    let next = again.recv()?;
    Ok((sent.remove(0), next, again))
}

/// How long a client gets to reconnect after the server cut or refused its
/// connection: paho waits 1 s here, mosquitto 2.0.11's bridge 5-6 s even
/// with `restart_timeout 1`.
pub fn reconnect_wait() -> std::time::Duration {
    crate::wait::reply() * 5
}
