//! The 5.0 client tests' dialect: the shared one
//! (`mqtt_conformance::clients::suite`: `run_client`, `handshaken`, `OnServer`,
//! ...) with 5.0 options, and the 5.0 exchanges several sections use.

pub use mqtt_conformance::clients::suite::*;
use mqtt_conformance::clients::Options;
use mqtt_conformance::prelude::*;
use mqtt_conformance::server::{Conn, ScriptServer};

/// A topic and client id unique to this run, and MQTT 5.0 options with them.
pub fn options(prefix: &str) -> Options {
    options_for(ProtocolVersion::V5, prefix)
}

/// A persistent session: Clean Start 0 and a Session Expiry Interval, so the
/// client keeps its session state across a cut connection.
pub fn persistent(prefix: &str) -> Options {
    options(prefix).clean_session(false).session_expiry(300)
}

/// A clean-start 5.0 client that published nothing yet and can receive:
/// subscribed to a topic of its own at `qos`. Returns the connection after the SUBACK.
pub fn receiving(client: &mut C, server: &mut ScriptServer, qos: QoS) -> Result<(Conn, Options), ScriptError> {
    receiving_with(client, server, with_subscription(options("rcv"), qos))
}

/// Connect with `o`, expect CONNECT and answer with `connack` (a 5.0
/// CONNACK with properties, say).
pub fn connected_with(
    client: &mut C,
    server: &mut ScriptServer,
    o: &Options,
    connack: ConnAck,
) -> Result<(Conn, Connect), ScriptError> {
    client.connect(server.addr(), o).on(server)?;
    let mut conn = server.accept()?;
    let c = conn.expect_connect()?;
    conn.send(connack)?;
    Ok((conn, c))
}

/// CONNACK Success (session present 0) with `props`.
pub fn connack_with(props: impl IntoIterator<Item = Property>) -> ConnAck {
    ConnAck::v5(false, ReasonCode::Success).properties(props.into_iter().collect())
}

/// What the client sent after the application asked for something it must
/// not send, followed by a marker PUBLISH (payload `marker`): every PUBLISH
/// up to and including the marker, or `closed` when the client closed the
/// connection first (sending nothing more).
pub struct UpToMarker {
    pub publishes: Vec<Publish>,
    pub closed: bool,
}

/// Read PUBLISHes (acknowledging QoS 1 ones) until the one whose payload is
/// `marker`, or until the client closes the connection. A client may also
/// send a DISCONNECT before closing; other packets fail.
pub fn publishes_up_to_marker(conn: &mut Conn, marker: &[u8]) -> Result<UpToMarker, ScriptError> {
    let mut publishes = Vec::new();
    loop {
        match conn.recv() {
            Ok(Packet::Publish(p)) => {
                if p.qos == QoS::AtLeastOnce {
                    conn.send(PubAck::new(p.packet_id))?;
                }
                let done = p.payload == marker;
                publishes.push(p);
                if done {
                    return Ok(UpToMarker { publishes, closed: false });
                }
            }
            Ok(Packet::Disconnect) | Ok(Packet::DisconnectWith(_)) => {
                conn.expect_closed()?;
                return Ok(UpToMarker { publishes, closed: true });
            }
            Ok(other) => return Err(conn.fail_with(format!("expected PUBLISH, received {other}"))),
            Err(e) if e.kind == ErrorKind::Closed => return Ok(UpToMarker { publishes, closed: true }),
            Err(e) => return Err(e),
        }
    }
}

/// The client must close the connection, with at most a DISCONNECT first.
pub fn expect_close(conn: &mut Conn, why: &str) -> R {
    match conn.recv() {
        Ok(Packet::Disconnect) | Ok(Packet::DisconnectWith(_)) => conn.expect_closed().because(why),
        Ok(other) => {
            Err(conn.fail_with(format!("{why}: expected the client to close the connection, received {other}")))
        }
        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
        Err(e) => Err(e).because(why),
    }
}

/// What a client that connected with an Authentication Method did when the
/// server answered its CONNECT with AUTH (Continue authentication, same
/// method) instead of a CONNACK.
#[allow(clippy::large_enum_variant)] // one value per test, matched on at once
pub enum AuthAnswer {
    /// Its next packet (AUTH, DISCONNECT, or anything else).
    Packet(Packet),
    /// It closed the connection without a packet.
    Closed,
    /// Nothing within the wait: no marker for what it would send.
    Silent,
}

/// The Authentication Method the enhanced-authentication tests give.
pub const AUTH_METHOD: &str = "SCRAM-SHA-1";

/// Connect with an Authentication Method and a subscription (which the
/// client sends once connected); the server answers the CONNECT with AUTH
/// 0x18 and reads the client's answer. A client that did not send the method
/// blocks the statement.
pub fn auth_continued(client: &mut C, server: &mut ScriptServer) -> Result<(AuthAnswer, Conn), ScriptError> {
    let o = with_subscription(options("auth").authentication_method(AUTH_METHOD), QoS::AtMostOnce);
    client.connect(server.addr(), &o).on(server)?;
    let mut conn = server.accept()?;
    let c = conn.expect_connect()?;
    if c.properties.authentication_method() != Some(AUTH_METHOD) {
        return Err(verdict::blocked(format!(
            "{}: told to send Authentication Method {AUTH_METHOD:?}, the client sent {:?}",
            mqtt_conformance::clients::selected(),
            c.properties.authentication_method()
        )));
    }
    conn.send(
        Auth::new(ReasonCode(0x18))
            .property(Property::AuthenticationMethod(AUTH_METHOD.into()))
            .property(Property::AuthenticationData(b"server-first".to_vec())),
    )?;
    let answer = match conn.recv() {
        Ok(p) => AuthAnswer::Packet(p),
        Err(e) if e.kind == ErrorKind::Closed => AuthAnswer::Closed,
        Err(e) if e.kind == ErrorKind::Timeout => AuthAnswer::Silent,
        Err(e) => return Err(e),
    };
    Ok((answer, conn))
}
