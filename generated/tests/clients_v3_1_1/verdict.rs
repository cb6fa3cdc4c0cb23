//! Minimal local stand-in for `mqtt_conformance::verdict` (the verdict
//! protocol shared with `specgen matrix`/`check`), until that module is on
//! this branch: a test that cannot run against this client returns
//! [`skipped`], whose message starts with the line
//! `specgen-verdict: skipped: <reason>`. The test still fails in nextest.

use mqtt_conformance::prelude::*;

const PREFIX: &str = "specgen-verdict: ";

/// The test cannot run against this client (its API cannot be driven to it).
pub fn skipped(reason: &str) -> ScriptError {
    ScriptError {
        kind: ErrorKind::Unexpected,
        message: format!("{PREFIX}skipped: {reason}"),
        transcript: String::new(),
        broker_log: None,
    }
}

/// Whether `e` is a verdict rather than a failure.
pub fn is_verdict(e: &ScriptError) -> bool {
    e.message.starts_with(PREFIX)
}

/// A behaviour the test relies on (a reconnect, a subscription, ...) did
/// not happen with this client, so the statement itself was not checked.
pub fn blocked(reason: &str) -> ScriptError {
    ScriptError {
        kind: ErrorKind::Unexpected,
        message: format!("{PREFIX}blocked: {reason}"),
        transcript: String::new(),
        broker_log: None,
    }
}
