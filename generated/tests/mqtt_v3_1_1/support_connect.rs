//! Helpers for the tests of sections 1, 2, 3.1, 3.2, 3.12, 3.14 and 7:
//! a broker per test, failures tagged with the statement id, clients in
//! common states, and "nothing else arrived" checks.

use mqtt_conformance::prelude::*;

pub type R = Result<(), ScriptError>;

/// Ill-formed UTF-8: a stray 0xFF, a surrogate half (U+D800), an overlong
/// '/', a truncated 3-byte sequence.
pub const ILL_FORMED: [&[u8]; 4] = [b"a\xffb", b"a\xed\xa0\x80", b"a\xc0\xaf", b"a\xe2\x82"];

/// How long "nothing more arrives" is watched for after a marker message.
pub const QUIET: Duration = Duration::from_millis(300);

/// Run a test body against a fresh broker (or `MQTT_TARGET`) under the
/// per-test time limit.
pub fn run(f: impl FnOnce(&Broker) -> R + Send + 'static) -> R {
    with_test_timeout(move || f(&Broker::start()?))
}

pub trait Because<T> {
    /// Prefix a failure with the statement it breaks.
    fn because(self, why: &str) -> Result<T, ScriptError>;
}

impl<T> Because<T> for Result<T, ScriptError> {
    fn because(self, why: &str) -> Result<T, ScriptError> {
        self.map_err(|mut e| {
            e.message = format!("{why}: {}", e.message);
            e
        })
    }
}

/// Run every case, then fail with the first failure's transcript and the
/// names of all failing cases, so one deviating case does not hide others.
pub fn each_case(why: &str, cases: Vec<(&str, Box<dyn FnOnce() -> R + '_>)>) -> R {
    let mut failed: Vec<(&str, ScriptError)> = Vec::new();
    for (name, case) in cases {
        if let Err(e) = case() {
            failed.push((name, e));
        }
    }
    let names: Vec<&str> = failed.iter().map(|(n, _)| *n).collect();
    match failed.into_iter().next() {
        None => Ok(()),
        Some((first, mut e)) => {
            e.message = format!("{why}: failing cases {names:?}; first ({first}): {}", e.message);
            Err(e)
        }
    }
}

/// A boxed case for [`each_case`].
pub fn case<'a>(name: &'a str, f: impl FnOnce() -> R + 'a) -> (&'a str, Box<dyn FnOnce() -> R + 'a>) {
    (name, Box::new(f))
}

/// Send `connect` on a new connection; the CONNACK must accept it.
pub fn accepted(b: &Broker, connect: Connect) -> Result<(Client, ConnAck), ScriptError> {
    let mut c = b.client()?;
    let ack = c.connect_with(connect)?;
    if ack.code != ConnectReturnCode::Accepted {
        return Err(c.fail_with(format!("expected CONNACK 0x00, got {:?}", ack.code)));
    }
    Ok((c, ack))
}

/// A client on a new clean session.
pub fn connected(b: &Broker, prefix: &str) -> Result<Client, ScriptError> {
    let mut c = b.client()?;
    c.connect_ok(&unique_client_id(prefix), true)?;
    Ok(c)
}

/// A clean-session client subscribed to `filter`.
pub fn subscriber(b: &Broker, filter: &str, qos: QoS) -> Result<Client, ScriptError> {
    let mut c = connected(b, "sub")?;
    c.subscribe(filter, qos)?;
    Ok(c)
}

/// Publish from a fresh client; with QoS > 0 the server holds the message
/// when this returns.
pub fn publish_from_other(b: &Broker, topic: &str, payload: &[u8], qos: QoS) -> R {
    let mut p = connected(b, "pub")?;
    p.publish(topic, payload, qos)?;
    p.disconnect()
}

/// Publish a marker on `topic` now; it must be the next PUBLISH `sub`
/// receives and nothing may follow. Proves nothing else (a will, a retained
/// or stale message) was sent to `sub` on that topic before.
pub fn expect_only_marker(b: &Broker, sub: &mut Client, topic: &str) -> R {
    publish_from_other(b, topic, b"marker", QoS::AtLeastOnce)?;
    let p = sub.receive_publish()?;
    if p.payload != b"marker" {
        return Err(sub.fail_with(format!(
            "received {:?} on {:?} where only the marker was expected",
            String::from_utf8_lossy(&p.payload),
            p.topic
        )));
    }
    sub.expect_nothing_for(QUIET)
}

/// Receive one PUBLISH (completing its QoS flow); it must carry `payload`.
pub fn expect_payload(sub: &mut Client, payload: &[u8]) -> Result<Publish, ScriptError> {
    let p = sub.receive_publish()?;
    if p.payload != payload {
        return Err(sub.fail_with(format!(
            "expected payload {:?}, received {:?}",
            String::from_utf8_lossy(payload),
            String::from_utf8_lossy(&p.payload)
        )));
    }
    Ok(p)
}

/// `good` is accepted; the same CONNECT with `defect` applied is refused by
/// closing the connection without a CONNACK [MQTT-3.1.4-1]. The control
/// shows the refusal is due to the defect alone.
pub fn defect_closes(b: &Broker, good: Connect, defect: impl FnOnce(Malformed) -> Malformed, why: &str) -> R {
    let (mut ok, _) = accepted(b, good.clone()).because("control CONNECT without the defect")?;
    ok.disconnect()?;
    let mut c = b.client()?;
    c.send_malformed(defect(Malformed::from(good)))?;
    c.expect_closed().because(why)
}

/// A will on a unique topic.
pub fn will(qos: QoS, retain: bool) -> Will {
    Will::new(unique_topic("will"), "gone", qos, retain)
}

/// Make the server close `c` for a protocol violation (PUBLISH with QoS 3)
/// and wait for the close, so the server has dealt with the connection's end
/// (and its will) when this returns.
pub fn close_by_violation(c: &mut Client) -> R {
    c.send_malformed(Malformed::from(Publish::new("t", "x")).qos_bits(3))?;
    c.expect_closed()
}

/// `c` must receive nothing while another client publishes on `topic`.
pub fn expect_no_delivery(b: &Broker, c: &mut Client, topic: &str) -> R {
    publish_from_other(b, topic, b"must not arrive", QoS::AtLeastOnce)?;
    c.expect_nothing_for(QUIET)
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

/// A CONNECT with user name and password.
pub fn with_credentials(prefix: &str) -> Connect {
    Connect::new(unique_client_id(prefix)).username("user").password("secret")
}

/// `id` gets a stored session (subscribed to `topic`) and disconnects.
pub fn store_session(b: &Broker, id: &str, topic: &str) -> R {
    let (mut x, _) = accepted(b, Connect::new(id).clean_session(false))?;
    x.subscribe(topic, QoS::AtLeastOnce)?;
    x.disconnect()
}

/// Connect; the CONNACK must accept with Session Present `want`.
pub fn session_present(b: &Broker, connect: Connect, want: bool, why: &str) -> Result<Client, ScriptError> {
    let (c, ack) = accepted(b, connect)?;
    if ack.session_present != want {
        return Err(c.fail_with(format!("{why}: CONNACK session present {}", ack.session_present as u8)));
    }
    Ok(c)
}
