//! How long the suite waits, in one place.
//!
//! Every wait in the harness and the tests is one of three base durations:
//!
//! | wait            | base  | what it bounds                                                       |
//! |-----------------|-------|----------------------------------------------------------------------|
//! | [`reply`]       | 2 s   | an expected packet or close (the [`crate::script::Client`] default)  |
//! | [`quiet`]       | 400 ms| the interop rounds' probe interval and post-marker watch             |
//! | [`test_limit`]  | 30 s  | one whole test ([`crate::watchdog`])                                 |
//!
//! One interval is not a bound: [`NUDGE`], how often a WebSocket handshake
//! wakes mosquitto's main loop (see [`crate::transport`]); the handshake
//! itself is bounded by [`reply`].
//!
//! **`MQTT_WAIT_SCALE`** multiplies all of them (default `1`). On a slow or
//! loaded machine, or against a remote broker, raise it, e.g.
//! `MQTT_WAIT_SCALE=3 cargo nextest run -p mqtt-conformance --profile conformance`.
//! Waits can only be raised: values below 1 count as 1. With a scale above
//! 1 a test may need more than the 30 s after which the nextest profile
//! (`.config/nextest.toml` at the workspace root) kills it; raise its
//! `slow-timeout` too.
//!
//! Durations the specification itself sets (e.g. 1.5 × the keep-alive in
//! MQTT-3.1.2-24) are not scaled: a slower machine does not make a broker
//! that waits longer conform.

use std::sync::OnceLock;
use std::time::Duration;

/// Base of [`reply`].
pub const REPLY: Duration = Duration::from_secs(2);
/// Base of [`quiet`].
pub const QUIET: Duration = Duration::from_millis(400);
/// Base of [`test_limit`].
pub const TEST_LIMIT: Duration = Duration::from_secs(30);

/// Between two wake-ups of a broker's main loop while a WebSocket
/// handshake waits (an interval, not a bound: not scaled).
pub const NUDGE: Duration = Duration::from_millis(1);

/// The environment variable read by [`scale`].
pub const SCALE_VAR: &str = "MQTT_WAIT_SCALE";

/// The factor from `MQTT_WAIT_SCALE` (read once; at least 1). Panics on a
/// value that is not a number, so a typo does not silently run the suite
/// with the default waits.
pub fn scale() -> f64 {
    static SCALE: OnceLock<f64> = OnceLock::new();
    *SCALE.get_or_init(|| match std::env::var(SCALE_VAR) {
        Err(_) => 1.0,
        Ok(v) => match v.trim().parse::<f64>() {
            Ok(f) if f.is_finite() => f.max(1.0),
            _ => panic!("{SCALE_VAR}={v:?} is not a number (e.g. 1, 2.5)"),
        },
    })
}

/// `d` multiplied by [`scale`].
pub fn scaled(d: Duration) -> Duration {
    d.mul_f64(scale())
}

/// How long to wait for an expected packet or close.
pub fn reply() -> Duration {
    scaled(REPLY)
}

/// The interop rounds' probe interval and their watch after a marker. Not
/// for "nothing arrives" in the server suites: a loaded machine can stretch
/// any window, so those prove absence by order (see [`crate::expect`]).
pub fn quiet() -> Duration {
    scaled(QUIET)
}

/// The time limit for one test.
pub fn test_limit() -> Duration {
    scaled(TEST_LIMIT)
}
