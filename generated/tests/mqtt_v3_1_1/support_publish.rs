//! Helpers for the tests of sections 3.3 - 3.11, 4 and 6: connected clients,
//! collecting deliveries, pipelined publishing, topic matching.

use mqtt_conformance::prelude::*;

/// How long a client waits to conclude that nothing more is coming.
pub const QUIET: Duration = Duration::from_millis(400);

// One definition of the basic clients for the whole suite.
pub use super::support_connect::{connected, subscriber};

/// Connect `client_id` with CleanSession=0 and return the client and the
/// CONNACK's session-present flag.
pub fn persistent(b: &Broker, client_id: &str) -> Result<(Client, bool), ScriptError> {
    let mut c = b.client()?;
    let ack = c.connect_ok(client_id, false)?;
    Ok((c, ack.session_present))
}

/// The next packet, which must be a PUBLISH; it is not acknowledged.
pub fn next_publish(c: &mut Client) -> Result<Publish, ScriptError> {
    match c.expect_matching("PUBLISH", |p| matches!(p, Packet::Publish(_)))? {
        Packet::Publish(p) => Ok(p),
        _ => unreachable!(),
    }
}

/// Every PUBLISH that arrives until the server has been quiet for [`QUIET`],
/// with the receiver side of each QoS flow completed as packets come in (so
/// a stream of QoS 1/2 messages keeps flowing). Any other packet or a close
/// is a failure.
pub fn drain_publishes(c: &mut Client) -> Result<Vec<Publish>, ScriptError> {
    let saved = c.timeout();
    c.set_timeout(QUIET);
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

/// Payloads as strings, for readable comparisons.
pub fn payloads(ps: &[Publish]) -> Vec<String> {
    ps.iter().map(|p| String::from_utf8_lossy(&p.payload).into_owned()).collect()
}

/// Every QoS level, lowest first.
pub const ALL_QOS: [QoS; 3] = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];

/// The single SUBACK for `packet_id`.
pub fn expect_suback(c: &mut Client, packet_id: u16) -> Result<SubAck, ScriptError> {
    match c.expect_matching(&format!("SUBACK id={packet_id}"), |p| matches!(p, Packet::SubAck(_)))? {
        Packet::SubAck(s) if s.packet_id == packet_id => Ok(s),
        Packet::SubAck(s) => {
            Err(c.fail_with(format!("MQTT-3.8.4-2: SUBACK has packet id {} instead of {packet_id}", s.packet_id)))
        }
        _ => unreachable!(),
    }
}

/// Send every PUBLISH first, then complete all their QoS flows, so several
/// messages are in flight at once. Returns when every flow is complete.
pub fn publish_pipelined(c: &mut Client, msgs: &[Publish]) -> Result<(), ScriptError> {
    for m in msgs {
        c.send(m.clone())?;
    }
    let mut open = msgs.iter().filter(|m| m.qos != QoS::AtMostOnce).count();
    while open > 0 {
        match c.recv()? {
            Packet::PubAck(_) | Packet::PubComp(_) => open -= 1,
            Packet::PubRec(r) => c.send(PubRel::new(r.packet_id))?,
            other => return Err(c.fail_with(format!("unexpected {other} while completing QoS flows"))),
        }
    }
    Ok(())
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

#[test]
fn topic_matching_follows_the_spec_examples() {
    for (filter, topic, want) in [
        ("sport/tennis/player1/#", "sport/tennis/player1", true),
        ("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true),
        ("sport/#", "sport", true),
        ("#", "anything/at/all", true),
        ("sport/tennis/+", "sport/tennis/player2", true),
        ("sport/tennis/+", "sport/tennis/player1/ranking", false),
        ("sport/+", "sport", false),
        ("sport/+", "sport/", true),
        ("+/+", "/finance", true),
        ("/+", "/finance", true),
        ("+", "/finance", false),
        ("#", "$SYS/x", false),
        ("+/monitor/Clients", "$SYS/monitor/Clients", false),
        ("$SYS/monitor/+", "$SYS/monitor/Clients", true),
        ("ACCOUNTS", "Accounts", false),
    ] {
        assert_eq!(topic_matches(filter, topic), want, "{filter} vs {topic}");
    }
}

/// A temp file with `content` that the broker can read after dropping
/// privileges (mosquitto started as root reads ACL files as `mosquitto`).
pub fn world_readable_file(content: &[u8]) -> Result<tempfile::NamedTempFile, ScriptError> {
    use std::io::Write;
    use std::os::unix::fs::PermissionsExt;
    let io = |e: std::io::Error| ScriptError {
        kind: ErrorKind::Io,
        message: format!("temp file: {e}"),
        transcript: String::new(),
        broker_log: None,
    };
    let mut f = tempfile::NamedTempFile::new().map_err(io)?;
    f.write_all(content).map_err(io)?;
    f.as_file().set_permissions(std::fs::Permissions::from_mode(0o644)).map_err(io)?;
    Ok(f)
}

/// Every packet that arrives until the server has been quiet for [`QUIET`],
/// not acknowledged. A close is a failure.
pub fn packets_until_quiet(c: &mut Client) -> Result<Vec<Packet>, ScriptError> {
    let saved = c.timeout();
    c.set_timeout(QUIET);
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

/// Whether the server refused a SUBSCRIBE to `filter` on a fresh connection,
/// either with SUBACK 0x80 or by closing the connection. Returns the client
/// for further failure messages.
pub fn subscribe_refused(b: &Broker, filter: &[u8]) -> Result<(bool, Client), ScriptError> {
    let mut c = connected(b, "badfilter")?;
    c.send_malformed(Malformed::from(Subscribe::one(1, "x", QoS::AtMostOnce)).string_field("filter[0]", filter))?;
    let refused = match c.recv() {
        Ok(Packet::SubAck(a)) => a.return_codes == [SubackCode::Failure],
        Ok(_) => false,
        Err(e) if e.kind == ErrorKind::Closed => true,
        Err(e) => return Err(e),
    };
    Ok((refused, c))
}

/// Run a test body under the per-test time limit; a failure that does not
/// name a statement yet is prefixed with `id`.
pub fn check(
    id: &'static str,
    body: impl FnOnce() -> Result<(), ScriptError> + Send + 'static,
) -> Result<(), ScriptError> {
    with_test_timeout(body).map_err(|mut e| {
        if !e.message.starts_with("MQTT-") {
            e.message = format!("{id}: {}", e.message);
        }
        e
    })
}
