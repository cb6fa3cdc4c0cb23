//! A target's known deviations: statements it is known to fail, each with an
//! explanation. TOML, one entry per statement id, either a plain string or a
//! table naming the failing test too:
//!
//! ```toml
//! # generated/brokers/mosquitto/expected-failures.toml
//! "MQTT-3.1.2-3" = "accepts a CONNECT with the reserved flag set"
//!
//! ["MQTT-3.1.2-24"]
//! test = "mqtt_3_1_2_24_keep_alive_expiry_closes_connection"
//! reason = "checks keep-alives on a 5 s tick"
//! ```
//!
//! A listed failure shows as a known deviation instead of a failure; a listed
//! statement that passes again fails `specgen check` (the list only shrinks),
//! unless the entry says `intermittent = true`: a deviation seen in some runs
//! only (a race in the product), which may pass without being fixed.

use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use std::collections::BTreeMap;
use std::path::Path;
use toml::Spanned;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub explanation: String,
    /// The test that shows the deviation, when the entry names it.
    pub test: Option<String>,
    /// Seen in some runs only: passing does not mean fixed.
    pub intermittent: bool,
    /// Line of the entry in the file.
    pub line: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExpectedFailures {
    /// The file, as given.
    pub path: String,
    pub entries: BTreeMap<String, Expected>,
}

impl ExpectedFailures {
    pub fn get(&self, id: &str) -> Option<&Expected> {
        self.entries.get(id)
    }

    pub fn location(&self, id: &str) -> SourceLocation {
        match self.entries.get(id) {
            Some(e) => SourceLocation::line(&self.path, e.line),
            None => SourceLocation { file: self.path.clone(), ..Default::default() },
        }
    }
}

pub fn load(path: &Path) -> Result<ExpectedFailures, Diagnostic> {
    let label = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::error(
            "unreadable-expected-failures",
            format!("cannot read the expected-failures file: {e}"),
            SourceLocation { file: label.clone(), ..Default::default() },
        )
    })?;
    parse(&label, &text)
}

pub fn parse(label: &str, text: &str) -> Result<ExpectedFailures, Diagnostic> {
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() as u32 + 1;
    let raw: BTreeMap<Spanned<String>, Spanned<toml::Value>> = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(s.start)).unwrap_or(1);
        Diagnostic::error(
            "malformed-expected-failures",
            format!("not an expected-failures file: {}", e.message()),
            SourceLocation::line(label, line),
        )
        .with_help("write one `\"STATEMENT-ID\" = \"why this target fails it\"` per line, or a `[\"STATEMENT-ID\"]` table with `reason` and `test`")
    })?;
    let mut entries = BTreeMap::new();
    for (key, value) in raw {
        let line = line_of(key.span().start);
        fn text(v: Option<&toml::Value>) -> Option<&str> {
            v.and_then(|v| v.as_str()).map(str::trim).filter(|s| !s.is_empty())
        }
        let (explanation, test, intermittent) = match value.get_ref() {
            toml::Value::String(s) if !s.trim().is_empty() => (s.trim().to_string(), None, false),
            toml::Value::Table(t)
                if text(t.get("reason")).is_some()
                    && t.keys().all(|k| k == "reason" || k == "test" || k == "intermittent")
                    && (t.get("test").is_none() || text(t.get("test")).is_some())
                    && t.get("intermittent").is_none_or(|v| v.is_bool()) =>
            {
                (
                    text(t.get("reason")).unwrap_or_default().to_string(),
                    text(t.get("test")).map(str::to_string),
                    t.get("intermittent").and_then(|v| v.as_bool()).unwrap_or(false),
                )
            }
            _ => {
                return Err(Diagnostic::error(
                    "malformed-expected-failures",
                    format!(
                    "`{}` needs a non-empty explanation: a string, or a table with `reason` (and optionally `test`, `intermittent = true`)",
                    key.get_ref()
                ),
                    SourceLocation::line(label, line),
                ))
            }
        };
        entries.insert(key.into_inner(), Expected { explanation, test, intermittent, line });
    }
    Ok(ExpectedFailures { path: label.to_string(), entries })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_with_lines() {
        let f = parse("m.toml", "# known\n\"MQTT-1.0.0-1\" = \"accepts it\"\n\n\"MQTT-2.0.0-1\" = \"no\"\n").unwrap();
        assert_eq!(
            f.get("MQTT-1.0.0-1"),
            Some(&Expected { explanation: "accepts it".into(), test: None, intermittent: false, line: 2 })
        );
        assert_eq!(f.location("MQTT-2.0.0-1").line, Some(4));
    }

    #[test]
    fn table_entries_name_the_test() {
        let f = parse("m.toml", "[\"MQTT-1.0.0-1\"]\ntest = \"t1\"\nreason = \"why\"\n").unwrap();
        assert_eq!(
            f.get("MQTT-1.0.0-1"),
            Some(&Expected { explanation: "why".into(), test: Some("t1".into()), intermittent: false, line: 1 })
        );
        let f = parse("m.toml", "[\"MQTT-1.0.0-1\"]\nreason = \"r\"\nintermittent = true\n").unwrap();
        assert!(f.get("MQTT-1.0.0-1").unwrap().intermittent);
        assert!(parse("m.toml", "[\"MQTT-1.0.0-1\"]\nreason = \"r\"\nintermittent = \"yes\"\n").is_err());
        assert!(parse("m.toml", "[\"MQTT-1.0.0-1\"]\ntest = \"t1\"\n").is_err());
        assert!(parse("m.toml", "[\"MQTT-1.0.0-1\"]\nreason = \"r\"\ntset = \"t1\"\n").is_err());
    }

    #[test]
    fn bad_files_name_the_line() {
        let e = parse("m.toml", "\"MQTT-1.0.0-1\" = \"a\"\n\"MQTT-2.0.0-1\" = 3\n").unwrap_err();
        assert_eq!(e.location.line, Some(2));
        let e = parse("m.toml", "\"MQTT-1.0.0-1\" = \"a\"\nnot toml at all\n").unwrap_err();
        assert_eq!((e.code.as_str(), e.location.line), ("malformed-expected-failures", Some(2)));
        let e = parse("m.toml", "[section]\nx = \"y\"\n").unwrap_err();
        assert_eq!(e.location.line, Some(1));
    }
}
