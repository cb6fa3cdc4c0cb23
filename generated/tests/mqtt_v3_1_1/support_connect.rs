//! Helpers of the tests of sections 1, 2, 3.1, 3.2, 3.12, 3.14 and 7:
//! CONNECT variants, wills, sessions. The suite-wide ones (running a test,
//! clients, expecting deliveries or their absence) are in
//! `mqtt_conformance::expect`.

use mqtt_conformance::prelude::*;

/// Ill-formed UTF-8: a stray 0xFF, a surrogate half (U+D800), an overlong
/// '/', a truncated 3-byte sequence.
pub const ILL_FORMED: [&[u8]; 4] = [b"a\xffb", b"a\xed\xa0\x80", b"a\xc0\xaf", b"a\xe2\x82"];

/// `good` is accepted; the same CONNECT with `defect` applied is refused by
/// closing the connection without a CONNACK [MQTT-3.1.4-1]. The control
/// shows the refusal is due to the defect alone.
pub fn defect_closes(b: &Broker, good: Connect, defect: impl FnOnce(Malformed) -> Malformed, why: &str) -> R {
    // The target's credentials on both, so only the defect differs.
    let good = b.settings().authenticate(good);
    // The control is a vehicle: if the server refuses it, the defect proves nothing.
    let (mut ok, _) = accepted(b, good.clone()).vehicle("the control CONNECT without the defect")?;
    ok.disconnect().vehicle("DISCONNECT after the control CONNECT")?;
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
/// (and its will) when this returns. Always a vehicle: a server that does
/// not close blocks the test (that is MQTT-3.3.1-4's failure, not its).
pub fn close_by_violation(c: &mut Client) -> R {
    let step = "closing the connection by a protocol violation (PUBLISH with QoS 3)";
    c.send_malformed(Malformed::from(Publish::new(unique_topic("violation"), "x")).qos_bits(3)).vehicle(step)?;
    c.expect_closed().vehicle(step)
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
    let step = "storing a session with a subscription";
    let (mut x, _) = accepted(b, Connect::new(id).clean_session(false)).vehicle(step)?;
    x.subscribe(topic, QoS::AtLeastOnce).vehicle(step)?;
    x.disconnect().vehicle(step)
}

/// Connect; the CONNACK must accept with Session Present `want`.
pub fn session_present(b: &Broker, connect: Connect, want: bool, why: &str) -> Result<Client, ScriptError> {
    let (c, ack) = accepted(b, connect)?;
    if ack.session_present != want {
        return Err(c.fail_with(format!("{why}: CONNACK session present {}", ack.session_present as u8)));
    }
    Ok(c)
}
