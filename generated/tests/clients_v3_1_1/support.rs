//! The client tests' dialect: a test body gets the client under test
//! (`MQTT_CLIENT`, unconnected) and a scripted server listening for it.
//!
//! * [`run_client`] runs a body under the per-test time limit; a failure is
//!   prefixed with the test's name and carries the client's log after the
//!   exchange.
//! * [`OnServer::on`] turns a client error into a test error: an operation
//!   the client cannot be driven to is the skipped verdict for this client
//!   (never a pass); a refusal or adapter failure fails with the exchange.

use mqtt_conformance::clients::{self, ClientError, MqttClient, Options};
use mqtt_conformance::prelude::*;
use mqtt_conformance::server::{Conn, ScriptServer};

use mqtt_conformance::verdict;

pub type C = Box<dyn MqttClient>;

/// Lines of the client's log shown in a failure.
const CLIENT_LOG_LINES: usize = 120;

/// Run `body` with the selected client and a fresh scripted server.
pub fn run_client(body: impl FnOnce(&mut C, &mut ScriptServer) -> R + Send + 'static) -> R {
    let name = std::thread::current().name().unwrap_or("test").to_owned();
    with_test_timeout(move || {
        let mut server = ScriptServer::start()?;
        let mut client = clients::from_env();
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
            let log = mqtt_conformance::transcript::tail(&log, CLIENT_LOG_LINES);
            e.transcript += &format!("\n--- client under test ({}) log ---\n{log}\n", clients::selected());
            e
        })
    })
}

/// A topic and client id unique to this run, and options with them.
pub fn options(prefix: &str) -> Options {
    Options::new(unique_client_id(prefix), unique_topic(prefix))
}

/// Turn a client operation's error into a test error.
pub trait OnServer<T> {
    fn on(self, server: &ScriptServer) -> Result<T, ScriptError>;
}

impl<T> OnServer<T> for Result<T, ClientError> {
    fn on(self, server: &ScriptServer) -> Result<T, ScriptError> {
        self.map_err(|e| match e {
            ClientError::Unsupported(why) => verdict::skipped(&format!("{}: {why}", clients::selected())),
            other => server.fail_with(other.to_string()),
        })
    }
}

/// Connect the client, accept its connection and complete the handshake
/// (CONNACK 0x00, session present 0).
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

/// A clean-session client that published nothing yet and can receive:
/// subscribed (where it must be, to get a connection that reads) to a topic
/// of its own. Returns the connection after the SUBACK.
pub fn receiving(client: &mut C, server: &mut ScriptServer, qos: QoS) -> Result<(Conn, Options), ScriptError> {
    let mut o = options("rcv");
    o.subscription = Some((o.topic.clone(), qos));
    let (mut conn, _) = handshaken(client, server, &o)?;
    grant_subscription(&mut conn, &o)?;
    Ok((conn, o))
}

/// A persistent-session client publishes QoS `qos`; the server takes the
/// PUBLISH without acknowledging it and cuts the connection. Returns that
/// PUBLISH and the first packet of the next connection after the handshake
/// (session present 1), which should be its resend, with that connection.
/// A client that does not reconnect blocks the statement.
pub fn resend_after_reconnect(
    client: &mut C,
    server: &mut ScriptServer,
    qos: QoS,
) -> Result<(Publish, Packet, Conn), ScriptError> {
    let o = options("resend").clean_session(false).publishes(qos, false);
    let (mut conn, _) = handshaken(client, server, &o)?;
    client.publish(&o.topic, b"unacknowledged", qos, false).on(server)?;
    let first = conn.expect_publish()?;
    conn.cut()?;
    // The reconnect is the vehicle, not the statement.
    let mut again = match server.accept_within(reconnect_wait()) {
        Ok(c) => c,
        Err(e) if e.kind == ErrorKind::Timeout => {
            return Err(verdict::blocked(&format!(
                "{}: the client did not reconnect after the server cut the connection, so no resend could be observed",
                clients::selected()
            )))
        }
        Err(e) => return Err(e),
    };
    again.handshake(true)?;
    let next = again.recv()?;
    Ok((first, next, again))
}

/// How long a client gets to reconnect after the server cut or refused its
/// connection: paho waits 1 s here, mosquitto 2.0.11's bridge 5-6 s even
/// with `restart_timeout 1`.
pub fn reconnect_wait() -> std::time::Duration {
    wait::reply() * 5
}
