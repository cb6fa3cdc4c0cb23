//! Verdicts other than pass and fail: a test that could not judge its own
//! statement says so, and why.
//!
//! * [`blocked`]: a *vehicle* the test relies on (a QoS 2 flow, a refused
//!   CONNECT, a close provoked by a QoS 3 PUBLISH, a retained message, a
//!   subscription) failed on this server, so the statement itself was not
//!   checked. [`Vehicle::vehicle`] turns a failed vehicle step into this.
//! * [`skipped`]: the test cannot run against this target (it needs a
//!   private broker configuration, or a bigger in-flight window).
//!
//! Such an error still fails the test (an unrecognised failure reads as
//! failing), but its output carries one line that `specgen matrix`/`check`
//! read:
//!
//! ```text
//! specgen-verdict: blocked: <reason>
//! specgen-verdict: skipped: <reason>
//! ```
//!
//! `message` and `Display` begin with that line. `Debug` (what libtest
//! prints after `Error: ` for a test returning `Err`) begins with a line
//! break, so the verdict line starts a line there too. Context added later
//! ([`crate::expect::Because`], [`crate::expect::each_case`], the test-name
//! prefix of [`crate::expect::run`]) goes below the verdict line, never
//! before it ([`add_context`]).

use crate::script::{ErrorKind, ScriptError};

/// What every verdict line begins with.
pub const PREFIX: &str = "specgen-verdict: ";

/// The two verdicts besides pass and fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Blocked,
    Skipped,
}

impl Verdict {
    fn word(self) -> &'static str {
        match self {
            Verdict::Blocked => "blocked",
            Verdict::Skipped => "skipped",
        }
    }
}

/// The vehicle of the test failed; the statement was not checked.
pub fn blocked(reason: impl AsRef<str>) -> ScriptError {
    verdict(Verdict::Blocked, reason.as_ref())
}

/// The test cannot run against this target.
pub fn skipped(reason: impl AsRef<str>) -> ScriptError {
    verdict(Verdict::Skipped, reason.as_ref())
}

fn verdict(v: Verdict, reason: &str) -> ScriptError {
    ScriptError { kind: ErrorKind::Unexpected, message: line(v, reason), transcript: String::new(), broker_log: None }
}

/// The verdict line: one line, whatever `reason` holds.
fn line(v: Verdict, reason: &str) -> String {
    let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    format!("{PREFIX}{}: {reason}", v.word())
}

/// The verdict an error carries, if any, and its reason.
pub fn of(e: &ScriptError) -> Option<(Verdict, &str)> {
    let first = e.message.lines().next()?.strip_prefix(PREFIX)?;
    if let Some(r) = first.strip_prefix("blocked: ") {
        Some((Verdict::Blocked, r))
    } else {
        first.strip_prefix("skipped: ").map(|r| (Verdict::Skipped, r))
    }
}

/// Whether `e` is a blocked or skipped verdict rather than a failure.
pub fn is_verdict(e: &ScriptError) -> bool {
    of(e).is_some()
}

/// Put `context` before a failure's message ("context: message"), or, for a
/// verdict, on the line below the verdict line so that line stays first.
pub fn add_context(e: &mut ScriptError, context: &str) {
    if is_verdict(e) {
        let (first, rest) = e.message.split_once('\n').unwrap_or((&e.message, ""));
        let rest = if rest.is_empty() { String::new() } else { format!(": {rest}") };
        e.message = format!("{first}\n{context}{rest}");
    } else {
        e.message = format!("{context}: {}", e.message);
    }
}

/// A failed vehicle step, as a blocked verdict that keeps the failure's
/// transcript and broker log: `blocked: <step> failed: <cause>`. A verdict
/// from a nested step passes through unchanged.
pub fn vehicle<T>(step: &str, result: Result<T, ScriptError>) -> Result<T, ScriptError> {
    result.map_err(|e| {
        if is_verdict(&e) {
            return e;
        }
        let (cause, detail) = e.message.split_once('\n').unwrap_or((&e.message, ""));
        let mut message = line(Verdict::Blocked, &format!("{step} failed: {cause}"));
        if !detail.is_empty() {
            message = format!("{message}\n{detail}");
        }
        ScriptError { message, ..e }
    })
}

/// `step.vehicle("what it is")?`: the method form of [`vehicle`].
pub trait Vehicle<T> {
    fn vehicle(self, step: &str) -> Result<T, ScriptError>;
}

impl<T> Vehicle<T> for Result<T, ScriptError> {
    fn vehicle(self, step: &str) -> Result<T, ScriptError> {
        vehicle(step, self)
    }
}

/// How many QoS 1/2 messages the target keeps in flight to one client, when
/// known: `MQTT_MAX_INFLIGHT` if set, else the selected broker definition's
/// `max_inflight` (`generated/brokers/<name>/broker.toml`). 3.1.1 lets a
/// server keep just one; 5.0's Receive Maximum is only an upper bound.
pub fn max_inflight() -> Option<usize> {
    if let Some(n) = std::env::var("MQTT_MAX_INFLIGHT").ok().and_then(|v| v.trim().parse().ok()).filter(|n| *n > 0) {
        return Some(n);
    }
    crate::broker::target_settings().ok().map(|s| usize::from(s.max_inflight)).filter(|n| *n > 0)
}

/// A test needing `n` messages in flight to one client before it
/// acknowledges: `Err(skipped)` when [`max_inflight`] says the target
/// keeps fewer.
pub fn needs_inflight(n: usize, what: &str) -> Result<(), ScriptError> {
    match max_inflight() {
        Some(m) if m < n => Err(skipped(format!(
            "{what} needs {n} messages in flight to one client; the target keeps {m} (the spec lets a server keep one)"
        ))),
        _ => Ok(()),
    }
}
