//! libtest's JSON lines (`cargo test -- -Z unstable-options --format json`):
//! one object per line; `{"type":"test","event":"ok"|"failed"|"ignored",
//! "name":...}` are the results, everything else is progress.
//! libtest does not name the binary, so results join by test path alone.

use super::{first_line, line_col, verdict, Outcome, TestResult};
use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use serde::Deserialize;

#[derive(Deserialize)]
struct Line {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    event: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    message: Option<String>,
    #[serde(default)]
    stdout: Option<String>,
}

pub(super) fn parse(label: &str, text: &str) -> Result<Vec<TestResult>, Diagnostic> {
    let mut out = Vec::new();
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let start = offset;
        offset += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let line: Line = serde_json::from_str(trimmed).map_err(|e| {
            let (n, _, line_text) = line_col(text, start);
            let col = e.column().saturating_sub(1);
            Diagnostic::error(
                "malformed-libtest-json",
                format!("not a libtest JSON event: {e}"),
                SourceLocation::line(label, n),
            )
            .with_snippet(line_text, col..col + 1)
        })?;
        if line.kind != "test" {
            continue;
        }
        let outcome = match line.event.as_str() {
            "ok" => Outcome::Passed,
            "failed" => Outcome::Failed,
            "ignored" => Outcome::Skipped,
            _ => continue, // "started", "timeout": progress, not a result
        };
        let Some(name) = line.name else { continue };
        let (n, _, _) = line_col(text, start);
        let (outcome, message) = match verdict(line.message.as_deref(), line.stdout.as_deref()) {
            Some((v, reason)) if outcome == Outcome::Failed => (v, Some(reason)),
            _ => (outcome, None),
        };
        let message = message.or_else(|| line.message.as_deref().and_then(first_line)).or_else(|| {
            // A failed test's panic message is in its captured output.
            line.stdout.as_deref().and_then(|s| s.find("thread '").and_then(|i| first_line(&s[i..])))
        });
        out.push(TestResult { suite: None, name, outcome, message, location: SourceLocation::line(label, n) });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events() {
        let text = r#"{ "type": "suite", "event": "started", "test_count": 3 }
{ "type": "test", "event": "started", "name": "s3::a" }
{ "type": "test", "name": "s3::a", "event": "ok" }
{ "type": "test", "name": "s3::b", "event": "failed", "stdout": "\nthread 's3::b' panicked at tests/x.rs:3:5:\nboom\n" }
{ "type": "test", "name": "s3::c", "event": "ignored", "message": "skeleton" }
{ "type": "suite", "event": "failed", "passed": 1, "failed": 1, "ignored": 1 }
"#;
        let r = parse("out.json", text).unwrap();
        let got: Vec<_> = r.iter().map(|t| (t.name.as_str(), t.outcome, t.location.line)).collect();
        assert_eq!(
            got,
            vec![
                ("s3::a", Outcome::Passed, Some(3)),
                ("s3::b", Outcome::Failed, Some(4)),
                ("s3::c", Outcome::Skipped, Some(5))
            ]
        );
        assert_eq!(r[1].message.as_deref(), Some("boom"));
        assert_eq!(r[2].message.as_deref(), Some("skeleton"));
    }

    #[test]
    fn garbage_line_is_located() {
        let e = parse("out.json", "{\"type\":\"suite\",\"event\":\"started\"}\nrunning 3 tests\n").unwrap_err();
        assert_eq!((e.code.as_str(), e.location.line), ("malformed-libtest-json", Some(2)));
    }
}
