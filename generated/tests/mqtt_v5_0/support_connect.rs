//! Helpers of the 5.0 CONNECT tests (section 3.1): refusals, wills,
//! sessions with a Session Expiry Interval. Suite-wide helpers are in
//! `mqtt_conformance::expect`.

use std::io::ErrorKind as IoKind;
use std::time::Instant;

use mqtt_conformance::codec::hex;
use mqtt_conformance::prelude::*;

/// Ill-formed UTF-8: a stray 0xFF, a surrogate half (U+D800), an overlong
/// '/', a truncated 3-byte sequence; plus U+0000, which 1.5.4 forbids.
pub const ILL_FORMED: [&[u8]; 5] = [b"a\xffb", b"a\xed\xa0\x80", b"a\xc0\xaf", b"a\xe2\x82", b"a\0b"];

/// Session Expiry Interval long enough to outlive any test.
pub const KEEP_SESSION: u32 = 300;

/// A refused CONNECT: the server closes the connection, optionally after a
/// CONNACK with a Reason Code of 0x80 or more (3.1.4, 4.13). Returns that
/// Reason Code if one came.
pub fn expect_refused(c: &mut Client) -> Result<Option<ReasonCode>, ScriptError> {
    match c.recv() {
        Ok(Packet::ConnAck(a)) if a.reason_code.0 >= 0x80 => {
            c.expect_closed()?;
            Ok(Some(a.reason_code))
        }
        Ok(other) => Err(c.fail_with(format!(
            "expected the server to close the connection (after a CONNACK with a Reason Code of 0x80 or more at most), received {other}"
        ))),
        Err(e) if e.kind == ErrorKind::Closed => Ok(None),
        Err(e) => Err(e).because("expected the server to close the connection"),
    }
}

/// The server closes `c` for a Malformed Packet or Protocol Error; a
/// DISCONNECT with a Reason Code of 0x80 or more may come first (4.13).
pub fn expect_error_close(c: &mut Client) -> R {
    match c.recv() {
        Ok(Packet::DisconnectWith(d)) if d.reason_code.0 >= 0x80 => c.expect_closed(),
        Ok(other) => Err(c.fail_with(format!(
            "expected the server to close the connection (after a DISCONNECT with a Reason Code of 0x80 or more at most), received {other}"
        ))),
        Err(e) if e.kind == ErrorKind::Closed => Ok(()),
        Err(e) => Err(e).because("expected the server to close the connection"),
    }
}

/// `good` is accepted; the same CONNECT with `defect` applied is refused
/// [MQTT-3.1.4-1]. The control shows the refusal is due to the defect alone.
pub fn defect_refused(b: &Broker, good: Connect, defect: impl FnOnce(Malformed) -> Malformed, why: &str) -> R {
    // The target's credentials on both, so only the defect differs.
    let good = b.settings().authenticate(good);
    let (mut ok, _) = accepted_v5(b, good.clone()).vehicle("the control CONNECT without the defect")?;
    ok.disconnect().vehicle("DISCONNECT after the control CONNECT")?;
    let mut c = b.client_v5()?;
    c.send_malformed(defect(Malformed::v5(good)))?;
    expect_refused(&mut c).because(why).map(|_| ())
}

/// A 5.0 CONNECT with a fresh client id.
pub fn connect5(prefix: &str) -> Connect {
    Connect::v5(unique_client_id(prefix))
}

/// A will on a unique topic.
pub fn will(qos: QoS, retain: bool) -> Will {
    Will::new(unique_topic("will"), "gone", qos, retain)
}

/// Session Expiry Interval `secs` as CONNECT properties.
pub fn expiry(secs: u32) -> Properties {
    Properties::new().with_session_expiry_interval(secs)
}

/// A CONNECT of `id` whose session outlives the connection.
pub fn lasting(id: &str, clean_start: bool) -> Connect {
    Connect::v5(id).clean_start(clean_start).properties(expiry(KEEP_SESSION))
}

/// Close `c` by a protocol violation (PUBLISH with QoS 3) and wait for the
/// close, so the server has dealt with the connection's end (and its will)
/// when this returns. A vehicle: a server that does not close blocks the test.
pub fn close_by_violation(c: &mut Client) -> R {
    let step = "closing the connection by a protocol violation (PUBLISH with QoS 3)";
    c.send_malformed(Malformed::v5(Publish::new(unique_topic("violation"), "x")).qos_bits(3)).vehicle(step)?;
    expect_error_close(c).vehicle(step)
}

/// `id` gets a lasting session subscribed to `topic` at QoS 1 and disconnects.
pub fn store_session(b: &Broker, id: &str, topic: &str) -> R {
    let step = "storing a session (Session Expiry Interval > 0) with a subscription";
    let (mut x, _) = accepted_v5(b, lasting(id, true)).vehicle(step)?;
    x.subscribe(topic, QoS::AtLeastOnce).vehicle(step)?;
    x.disconnect().vehicle(step)
}

/// Connect; the CONNACK must accept with Session Present `want`.
pub fn session_present(b: &Broker, connect: Connect, want: bool, why: &str) -> Result<Client, ScriptError> {
    let (c, ack) = accepted_v5(b, connect)?;
    if ack.session_present != want {
        return Err(c.fail_with(format!("{why}: CONNACK Session Present {}", ack.session_present as u8)));
    }
    Ok(c)
}

/// Every byte the server sends until it closes the connection, undecoded
/// (a refusal of an unknown protocol version may come in another version's
/// layout). Fails if the connection is still open after the reply wait.
pub fn raw_until_close(c: &mut Client) -> Result<Vec<u8>, ScriptError> {
    // Through the connection's transport (TLS, WebSocket), not the bare socket.
    let deadline = Instant::now() + c.timeout();
    let (mut got, mut buf) = (Vec::new(), [0u8; 512]);
    loop {
        let now = Instant::now();
        if now >= deadline {
            c.note(format!("raw bytes received: [{}]", hex(&got)));
            return Err(c.fail_with(format!(
                "expected the server to close the connection, still open after {:?}",
                c.timeout()
            )));
        }
        let _ = c.conn().set_read_timeout(Some(deadline - now));
        match c.conn().read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), IoKind::WouldBlock | IoKind::TimedOut | IoKind::Interrupted) => {}
            Err(e) if matches!(e.kind(), IoKind::ConnectionReset | IoKind::ConnectionAborted) => break,
            Err(e) => return Err(c.fail_with(format!("read failed: {e}"))),
        }
    }
    c.note(format!("raw bytes received before the close: [{}]", hex(&got)));
    Ok(got)
}

/// Whether `bytes` (all the server sent before closing) refuse a CONNECT of
/// an unknown protocol (name or version) as 3.1.2-1/-2 allow: nothing, or
/// one CONNACK 0x84 (Unsupported Protocol Version) in the 5.0 layout. A
/// server cannot know which layout a client of an unknown version reads, so
/// the 3.1.1 layout of the same answer (return code 0x01, unacceptable
/// protocol version) is accepted too.
pub fn is_version_refusal(bytes: &[u8]) -> bool {
    match bytes {
        [] => true,
        [0x20, 0x02, 0x00, 0x01] => true,
        [0x20, len, 0x00, 0x84, rest @ ..] => *len as usize == 2 + rest.len() && !rest.is_empty(),
        _ => false,
    }
}

/// A client id of `len` characters from [0-9a-zA-Z] only, unique within
/// this run (pid and counter in base 62, padded).
pub fn alnum_client_id(len: usize) -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static N: AtomicU64 = AtomicU64::new(0);
    let mut n = u64::from(std::process::id()) << 20 | N.fetch_add(1, Ordering::Relaxed);
    let mut s = Vec::new();
    while s.len() < len {
        s.push(DIGITS[(n % 62) as usize]);
        n /= 62;
    }
    String::from_utf8(s).expect("ascii")
}

/// The size on the wire of `p` in the 5.0 encoding.
pub fn wire_size(p: &Packet) -> usize {
    p.encode_v5().len()
}

/// A slow (timed) case for [`side_by_side`].
pub type SlowCase<'a> = (&'a str, Box<dyn FnOnce() -> R + Send + 'a>);

/// Run timed cases each in its own thread so their waits overlap, and hand
/// their results to `each_case` as ordinary cases.
pub fn side_by_side(cases: Vec<SlowCase<'_>>) -> Vec<mqtt_conformance::expect::Case<'_>> {
    let results: Vec<(&str, R)> = std::thread::scope(|s| {
        let running: Vec<_> = cases.into_iter().map(|(name, f)| (name, s.spawn(f))).collect();
        running
            .into_iter()
            .map(|(name, h)| {
                let r = h.join().unwrap_or_else(|_| {
                    Err(ScriptError {
                        kind: ErrorKind::Unexpected,
                        message: format!("case {name:?} panicked"),
                        transcript: String::new(),
                        broker_log: None,
                    })
                });
                (name, r)
            })
            .collect()
    });
    results.into_iter().map(|(name, r)| case(name, move || r)).collect()
}
