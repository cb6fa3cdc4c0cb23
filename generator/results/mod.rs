//! Test results, one set per target (the server or product the suite ran
//! against): JUnit XML as `cargo nextest` writes it, or libtest's JSON lines.
//!
//! `--results mosquitto=target/nextest/ci/junit.xml` tags a file with its
//! target, so one matrix can put several products side by side.

mod junit;
mod libtest;

use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What happened to one test on one target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Passed,
    Failed,
    /// The test could not judge its statement: a behaviour it relies on
    /// (its vehicle) failed on this target. Said by the test (see [`verdict`]).
    Blocked,
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed => "failed",
            Outcome::Blocked => "blocked",
            Outcome::Skipped => "skipped",
        }
    }
}

/// The line a test prints first when it fails without judging its statement:
/// `specgen-verdict: blocked: <reason>` or `specgen-verdict: skipped: <reason>`
/// (libtest may put `Error: ` before it). The test still *fails* in the
/// runner, so a report read without this rule errs on the safe side.
pub const VERDICT_TAG: &str = "specgen-verdict:";

/// A failed test's own verdict, if its output starts with one: looked for in
/// the first three non-empty lines of `message`, then of `text` (the captured
/// output, where a panic header or a bare `Error:` may come first).
pub fn verdict(message: Option<&str>, text: Option<&str>) -> Option<(Outcome, String)> {
    fn lines(s: Option<&str>) -> impl Iterator<Item = &str> {
        s.into_iter().flat_map(str::lines).map(str::trim).filter(|l| !l.is_empty())
    }
    let candidates = lines(message).take(3).chain(lines(text).take(3));
    for line in candidates {
        let line = line.strip_prefix("Error: ").unwrap_or(line);
        let Some(rest) = line.strip_prefix(VERDICT_TAG) else { continue };
        let (kind, reason) = rest.trim_start().split_once(':').unwrap_or((rest.trim(), ""));
        let outcome = match kind.trim() {
            "blocked" => Outcome::Blocked,
            "skipped" => Outcome::Skipped,
            _ => return None, // an unknown verdict stays a failure
        };
        return Some((outcome, reason.trim().chars().take(300).collect()));
    }
    None
}

/// One test case as a results file reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestResult {
    /// Grouping the format gives the test: nextest writes the binary id
    /// (`mqtt-conformance::mqtt_v3_1_1`) as JUnit `classname`; libtest JSON has none.
    pub suite: Option<String>,
    /// Path of the test inside its binary: `s3_1_connect::mqtt_3_1_0_1_first_packet`.
    pub name: String,
    pub outcome: Outcome,
    /// First line of the failure or skip message, if any.
    pub message: Option<String>,
    /// Where the result sits in the results file.
    pub location: SourceLocation,
}

impl TestResult {
    /// The test binary, when `suite` names one: the part after the last `::`
    /// of nextest's `crate::binary` id.
    pub fn binary(&self) -> Option<&str> {
        self.suite.as_deref().map(|s| s.rsplit("::").next().unwrap_or(s))
    }

    pub fn full_name(&self) -> String {
        match &self.suite {
            Some(s) => format!("{s}::{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// Every result of one target, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetResults {
    pub target: String,
    pub path: PathBuf,
    pub results: Vec<TestResult>,
    /// Things worth knowing that do not stop the matrix (an empty report).
    pub warnings: Vec<Diagnostic>,
}

/// A `TARGET=FILE` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultsArg {
    pub target: String,
    pub path: PathBuf,
}

impl std::str::FromStr for ResultsArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (target, path) = s.split_once('=').ok_or_else(|| format!("`{s}`: expected TARGET=FILE"))?;
        let target = target.trim();
        if !valid_target(target) {
            return Err(format!(
                "`{target}`: a target name is letters, digits, `-`, `_`, `.` or `/` (`mosquitto/tls`)"
            ));
        }
        if path.is_empty() {
            return Err(format!("`{s}`: no file after `=`"));
        }
        Ok(ResultsArg { target: target.to_string(), path: PathBuf::from(path) })
    }
}

/// Target names become report columns, CSV headers and URL parameters:
/// keep them plain. `/` separates a product from its transport or setup
/// (`mosquitto/tls`).
pub fn valid_target(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.ends_with('/')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
}

/// Reads one results file, guessing its format from the first character:
/// `<` JUnit XML, `{` libtest JSON.
pub fn read(target: &str, path: &Path) -> Result<TargetResults, Diagnostic> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Diagnostic::error("unreadable-results", format!("cannot read test results: {e}"), file_only(&label))
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Diagnostic::error(
            "unreadable-results",
            format!("test results are not UTF-8 (byte {})", e.utf8_error().valid_up_to()),
            file_only(&label),
        )
    })?;
    parse(target, path, &text)
}

/// [`read`] on text already in memory.
pub fn parse(target: &str, path: &Path, text: &str) -> Result<TargetResults, Diagnostic> {
    let label = path.display().to_string();
    let body = text.trim_start_matches('\u{feff}').trim_start();
    let results = match body.chars().next() {
        Some('<') => junit::parse(&label, text)?,
        Some('{') => libtest::parse(&label, text)?,
        _ => {
            return Err(Diagnostic::error(
                "unknown-results-format",
                "neither JUnit XML nor libtest JSON (expected `<` or `{` first)",
                file_only(&label),
            )
            .with_help("pass the junit.xml that `cargo nextest run --profile ci` writes under target/nextest/"))
        }
    };
    let mut warnings = Vec::new();
    if results.is_empty() {
        warnings.push(Diagnostic::warning("empty-results", "the results file holds no test case", file_only(&label)));
    }
    Ok(TargetResults { target: target.to_string(), path: path.to_path_buf(), results, warnings })
}

fn file_only(label: &str) -> SourceLocation {
    SourceLocation { file: label.to_string(), ..Default::default() }
}

/// 1-based line and column of a byte offset, and that line's text.
fn line_col(text: &str, offset: usize) -> (u32, u32, &str) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() as u32 + 1;
    let start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let end = text[start..].find('\n').map(|i| start + i).unwrap_or(text.len());
    let col = text[start..offset].chars().count() as u32 + 1;
    (line, col, &text[start..end])
}

/// The gist of a failure message: its first non-empty line, except that a
/// Rust panic header (`thread 'x' panicked at file:line:`) gives way to the
/// panic message under it.
/// libtest's `Error: ` before a test's returned error is dropped too.
fn first_line(s: &str) -> Option<String> {
    let mut lines = s
        .lines()
        .map(|l| {
            let l = l.trim();
            l.strip_prefix("Error:").map(str::trim_start).unwrap_or(l)
        })
        .filter(|l| !l.is_empty());
    let first = lines.next()?;
    let line = if first.starts_with("thread '") && first.contains("panicked at") {
        lines.next().unwrap_or(first)
    } else {
        first
    };
    Some(line.chars().take(300).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arg() {
        let a: ResultsArg = "mosquitto=target/junit.xml".parse().unwrap();
        assert_eq!((a.target.as_str(), a.path.as_path()), ("mosquitto", Path::new("target/junit.xml")));
        assert!("junit.xml".parse::<ResultsArg>().is_err());
        assert!("a b=x".parse::<ResultsArg>().is_err());
        let t: ResultsArg = "mosquitto/tls=x.xml".parse().unwrap();
        assert_eq!(t.target, "mosquitto/tls");
        assert!("/tls=x".parse::<ResultsArg>().is_err() && "a/=x".parse::<ResultsArg>().is_err());
        assert!("a=".parse::<ResultsArg>().is_err());
    }

    #[test]
    fn gist_of_a_failure() {
        assert_eq!(first_line("Error: no CONNACK\nmore").as_deref(), Some("no CONNACK"));
        assert_eq!(first_line("Error:\n  no CONNACK").as_deref(), Some("no CONNACK"));
        assert_eq!(first_line("thread 't' panicked at a.rs:1:1:\nboom").as_deref(), Some("boom"));
        assert_eq!(first_line("  \n").as_deref(), None);
        assert_eq!(first_line("Errors: 3").as_deref(), Some("Errors: 3"));
    }

    #[test]
    fn unknown_format_is_refused() {
        let e = parse("t", Path::new("r.txt"), "PASS all\n").unwrap_err();
        assert_eq!(e.code, "unknown-results-format");
        assert_eq!(e.location.file, "r.txt");
    }

    #[test]
    fn verdict_lines() {
        let v = |m: &str| verdict(Some(m), None);
        assert_eq!(
            v("Error: specgen-verdict: blocked: QoS 2 flow failed"),
            Some((Outcome::Blocked, "QoS 2 flow failed".into()))
        );
        assert_eq!(
            v("specgen-verdict: skipped: needs a private config"),
            Some((Outcome::Skipped, "needs a private config".into()))
        );
        assert_eq!(v("specgen-verdict: passed: x"), None, "only blocked and skipped are verdicts");
        assert_eq!(v("Error: t: expected CONNACK, specgen-verdict: blocked: x"), None, "only at the start of a line");
        assert_eq!(v("Error: boom"), None);
        // The captured output, after a panic header.
        let text = "thread 't' panicked at x.rs:1:1:\nspecgen-verdict: blocked: refused CONNECT\n";
        assert_eq!(verdict(None, Some(text)), Some((Outcome::Blocked, "refused CONNECT".into())));
        assert_eq!(
            verdict(Some("Error: other"), Some("specgen-verdict: skipped: y")),
            Some((Outcome::Skipped, "y".into()))
        );
        // The harness's Debug output puts the verdict on its own line after libtest's `Error: `.
        assert_eq!(verdict(Some("Error: \nspecgen-verdict: blocked: z\n"), None), Some((Outcome::Blocked, "z".into())));
        assert_eq!(verdict(Some("a\nb\nc\nspecgen-verdict: blocked: too late"), None), None);
    }

    #[test]
    fn binary_from_nextest_id() {
        let r = TestResult {
            suite: Some("mqtt-conformance::mqtt_v3_1_1".into()),
            name: "s3::t".into(),
            outcome: Outcome::Passed,
            message: None,
            location: SourceLocation::default(),
        };
        assert_eq!(r.binary(), Some("mqtt_v3_1_1"));
    }
}
