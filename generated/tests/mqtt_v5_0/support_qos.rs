//! Helpers of the 5.0 tests of sections 4.1 - 4.4 and 4.13 (QoS flows,
//! session state, delivery retry, error handling): persistent 5.0
//! sessions, access control lists, and "closed, perhaps after a DISCONNECT".

use mqtt_conformance::prelude::*;

/// Session Expiry Interval of a session that must outlive its connection
/// for the whole test.
pub const LONG_SESSION: u32 = 300;

/// Connect `client_id` (5.0) with Clean Start 0 and Session Expiry Interval
/// `expiry`; returns the client and the CONNACK's session-present flag.
pub fn persistent_v5(b: &Broker, client_id: &str, expiry: u32) -> Result<(Client, bool), ScriptError> {
    let mut c = b.client_v5()?;
    let ack = c.connect_ok_props(client_id, false, Properties::new().with_session_expiry_interval(expiry))?;
    Ok((c, ack.session_present))
}

/// A 5.0 client with a long-lived session subscribed to `topic` at `qos`
/// (a refused subscription is an error).
pub fn persistent_subscriber(b: &Broker, client_id: &str, topic: &str, qos: QoS) -> Result<Client, ScriptError> {
    let (mut c, _) = persistent_v5(b, client_id, LONG_SESSION)?;
    let ack = c.subscribe(topic, qos)?;
    if ack.reason_codes.iter().any(|r| !r.is_success()) {
        return Err(c.fail_with(format!("SUBSCRIBE to {topic:?} refused: {:?}", ack.reason_codes)));
    }
    Ok(c)
}

/// The next `n` PUBLISHes, none acknowledged (all in flight at once; the
/// suite's mosquitto keeps 20). A first one that does not arrive blocks the
/// test; fewer than `n` means the server's window is smaller: skipped.
pub fn unacked_v5(c: &mut Client, n: usize, what: &str) -> Result<Vec<Publish>, ScriptError> {
    verdict::needs_inflight(n, what)?;
    let mut got = vec![next_publish(c).vehicle("delivery of the first message")?];
    while got.len() < n {
        match next_publish(c) {
            Ok(p) => got.push(p),
            Err(e) if e.kind == ErrorKind::Timeout => {
                let reason = format!("{what} needs {n} messages in flight to one client; only {} arrived", got.len());
                return Err(ScriptError { message: skipped(reason).message + "\n" + &e.message, ..e });
            }
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// Topics under this prefix may be written by anyone; everything may be
/// read. With [`write_acl`], a PUBLISH elsewhere is refused by the ACL.
pub const WRITABLE: &str = "writable";

/// An ACL file letting anonymous clients read every topic but write only
/// under [`WRITABLE`]: a PUBLISH elsewhere is "not authorized".
pub fn write_acl() -> Result<tempfile::NamedTempFile, ScriptError> {
    world_readable_file(format!("topic read #\ntopic readwrite {WRITABLE}/#\n").as_bytes())
}

/// The connection must close within the reply wait; one DISCONNECT may come
/// first (the spec's SHOULD), and is returned. Any other packet fails.
pub fn closed_perhaps_after_disconnect(c: &mut Client) -> Result<Option<Disconnect>, ScriptError> {
    match c.recv() {
        Ok(Packet::DisconnectWith(d)) => c.expect_closed().map(|_| Some(d)),
        Ok(Packet::Disconnect) => c.expect_closed().map(|_| Some(Disconnect::default())),
        Ok(other) => {
            Err(c.fail_with(format!("expected the connection to close (after a DISCONNECT at most), received {other}")))
        }
        Err(e) if e.kind == ErrorKind::Closed => Ok(None),
        Err(e) => Err(e),
    }
}

/// The PUBLISHes among `packets`.
pub fn publishes(packets: &[Packet]) -> Vec<&Publish> {
    packets
        .iter()
        .filter_map(|p| match p {
            Packet::Publish(p) => Some(p),
            _ => None,
        })
        .collect()
}
