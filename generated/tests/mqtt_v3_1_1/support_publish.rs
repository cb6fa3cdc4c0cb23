//! Helpers of the tests of sections 3.3 - 3.11, 4 and 6: persistent
//! sessions, pipelined publishing, topic matching, refused filters. The
//! suite-wide ones (running a test, clients, expecting deliveries or their
//! absence) are in `mqtt_conformance::expect`.

pub use mqtt_conformance::expect::topic_matches;
use mqtt_conformance::prelude::*;

/// Connect `client_id` with CleanSession=0 and return the client and the
/// CONNACK's session-present flag.
pub fn persistent(b: &Broker, client_id: &str) -> Result<(Client, bool), ScriptError> {
    let mut c = b.client()?;
    let ack = c.connect_ok(client_id, false)?;
    Ok((c, ack.session_present))
}

/// Every QoS level, lowest first.
pub const ALL_QOS: [QoS; 3] = [QoS::AtMostOnce, QoS::AtLeastOnce, QoS::ExactlyOnce];

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

/// The next `n` PUBLISHes to `c`, none acknowledged, so all `n` are in
/// flight at once. 3.1.1 lets a server keep a single message in flight, so
/// what needs `n` cannot be observed on a server that keeps fewer: skipped
/// when the target's in-flight window (its broker definition's `max_inflight`,
/// or `MQTT_MAX_INFLIGHT`) is below `n`,
/// or when the first arrives but not all `n` do. A first one that does not
/// arrive blocks the test (plain delivery is its vehicle).
pub fn unacked_publishes(c: &mut Client, n: usize, what: &str) -> Result<Vec<Publish>, ScriptError> {
    verdict::needs_inflight(n, what)?;
    let mut got = vec![next_publish(c).vehicle("delivery of the first message")?];
    while got.len() < n {
        match next_publish(c) {
            Ok(p) => got.push(p),
            Err(e) if e.kind == ErrorKind::Timeout => {
                let reason = format!(
                    "{what} needs {n} messages in flight to one client; only {} arrived unacknowledged \
                     (3.1.1 lets a server keep one in flight; the broker definition's max_inflight tells the suite the target's window)",
                    got.len()
                );
                return Err(ScriptError { message: skipped(reason).message + "\n" + &e.message, ..e });
            }
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}
