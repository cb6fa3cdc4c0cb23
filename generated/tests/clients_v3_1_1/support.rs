//! The 3.1.1 client tests' dialect: the shared one
//! (`mqtt_conformance::clients::suite`: `run_client`, `handshaken`, `OnServer`,
//! ...) with 3.1.1 options.

pub use mqtt_conformance::clients::suite::*;
use mqtt_conformance::clients::Options;
use mqtt_conformance::prelude::*;
use mqtt_conformance::server::{Conn, ScriptServer};

/// A topic and client id unique to this run, and 3.1.1 options with them.
pub fn options(prefix: &str) -> Options {
    options_for(ProtocolVersion::V311, prefix)
}

/// A clean-session client that published nothing yet and can receive:
/// subscribed (where it must be, to get a connection that reads) to a topic
/// of its own. Returns the connection after the SUBACK.
pub fn receiving(client: &mut C, server: &mut ScriptServer, qos: QoS) -> Result<(Conn, Options), ScriptError> {
    receiving_with(client, server, with_subscription(options("rcv"), qos))
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
    resend_after_reconnect_with(client, server, &o, qos)
}
