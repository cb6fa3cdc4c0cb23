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
//! An id two documents share (3.1.1 and 5.0 both have `MQTT-3.1.4-1`) that
//! fails in both gets one entry per test, as an array of tables, each
//! naming its test:
//!
//! ```toml
//! [["MQTT-3.1.4-1"]]
//! test = "mqtt_3_1_4_1_malformed_connect_closes_without_connack"
//! reason = "3.1.1: answers CONNACK 0x01 to a truncated protocol name"
//!
//! [["MQTT-3.1.4-1"]]
//! test = "mqtt_3_1_4_1_server_must_validate_connect_packet_matches"
//! reason = "5.0: accepts a Topic Alias in the CONNECT"
//! ```
//!
//! A list may start from another: `include = "expected-failures.toml"`
//! (relative to the including file) takes every entry of that file, and an
//! id the including file lists replaces the included entries for it. A
//! transport's list is its TCP list plus what differs over that transport.
//!
//! A listed failure shows as a known deviation instead of a failure; a listed
//! statement that passes again fails `specgen check` (the list only shrinks),
//! unless the entry says `intermittent = true`: a deviation seen in some runs
//! only (a race in the product), which may pass without being fixed.

use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub explanation: String,
    /// The test that shows the deviation, when the entry names it.
    pub test: Option<String>,
    /// Seen in some runs only: passing does not mean fixed.
    pub intermittent: bool,
    /// The file the entry is written in (an included file's, for its entries).
    pub file: String,
    /// Line of the entry in that file.
    pub line: u32,
}

impl Expected {
    /// Whether the entry applies to a statement covered by tests of these
    /// (short) names: an entry naming its test applies only where that test
    /// covers the statement.
    pub fn applies_to<'a>(&self, mut tests: impl Iterator<Item = &'a str>) -> bool {
        match &self.test {
            Some(t) => tests.any(|x| x == t),
            None => true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExpectedFailures {
    /// The file, as given.
    pub path: String,
    /// Per statement id, its entries: one, or one per test for an id that
    /// several documents share.
    pub entries: BTreeMap<String, Vec<Expected>>,
    /// The `include` of the file as written, and its line.
    pub include: Option<(String, u32)>,
}

impl ExpectedFailures {
    /// The entry for `id` that applies where tests of these short names
    /// cover it.
    pub fn find<'a>(&self, id: &str, tests: impl Iterator<Item = &'a str> + Clone) -> Option<&Expected> {
        self.entries.get(id)?.iter().find(|e| e.applies_to(tests.clone()))
    }

    /// Every entry, with its statement id, in file order per id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Expected)> {
        self.entries.iter().flat_map(|(id, es)| es.iter().map(move |e| (id.as_str(), e)))
    }

    pub fn location(&self, e: &Expected) -> SourceLocation {
        SourceLocation::line(&e.file, e.line)
    }
}

/// Read a list and, recursively, the list it includes.
pub fn load(path: &Path) -> Result<ExpectedFailures, Diagnostic> {
    load_from(path, &mut Vec::new())
}

fn load_from(path: &Path, chain: &mut Vec<PathBuf>) -> Result<ExpectedFailures, Diagnostic> {
    let mut list = read(path)?;
    let Some((include, line)) = list.include.clone() else { return Ok(list) };
    let at = SourceLocation::line(&list.path, line);
    let target = beside(path, &include);
    let key = target.canonicalize().unwrap_or_else(|_| target.clone());
    chain.push(path.canonicalize().unwrap_or_else(|_| path.to_path_buf()));
    if chain.contains(&key) {
        return Err(Diagnostic::error(
            "expected-failures-include-cycle",
            format!("`include = \"{include}\"` comes back to a file already being read"),
            at,
        ));
    }
    if !target.is_file() {
        return Err(Diagnostic::error(
            "unreadable-expected-failures",
            format!("`include = \"{include}\"`: no such file {}", target.display()),
            at,
        ));
    }
    let base = load_from(&target, chain)?;
    for (id, entries) in base.entries {
        // The including file's entries for an id replace the included ones.
        list.entries.entry(id).or_insert(entries);
    }
    Ok(list)
}

/// `rel` next to the file `path`, `..` resolved lexically (as the label
/// the included entries are located by).
fn beside(path: &Path, rel: &str) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.parent().unwrap_or(Path::new("")).join(rel).components() {
        match c {
            std::path::Component::ParentDir
                if matches!(out.components().next_back(), Some(std::path::Component::Normal(_))) =>
            {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn read(path: &Path) -> Result<ExpectedFailures, Diagnostic> {
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
        .with_help("write one `\"STATEMENT-ID\" = \"why this target fails it\"` per line, or a `[\"STATEMENT-ID\"]` table with `reason` and `test` (`[[\"STATEMENT-ID\"]]`, one per test, for an id several documents share)")
    })?;
    let mut entries = BTreeMap::new();
    let mut include = None;
    for (key, value) in raw {
        let line = line_of(key.span().start);
        let id = key.into_inner();
        if id == "include" {
            match value.into_inner() {
                toml::Value::String(file) if !file.trim().is_empty() => include = Some((file.trim().to_string(), line)),
                _ => {
                    return Err(Diagnostic::error(
                        "malformed-expected-failures",
                        "`include` names the list this one starts from: a path, relative to this file",
                        SourceLocation::line(label, line),
                    ))
                }
            }
            continue;
        }
        let list = match value.into_inner() {
            // One entry per test of an id several documents share.
            toml::Value::Array(items) => {
                // The values carry no spans: the n-th entry is on the line of
                // the n-th `[["ID"]]` header.
                let headers: Vec<u32> = text
                    .lines()
                    .enumerate()
                    .filter(|(_, l)| {
                        let l = l.trim();
                        l.starts_with("[[") && (l.contains(&format!("\"{id}\"")) || l.contains(&format!("'{id}'")))
                    })
                    .map(|(i, _)| i as u32 + 1)
                    .collect();
                let mut list: Vec<Expected> = Vec::new();
                for (n, item) in items.iter().enumerate() {
                    let line = headers.get(n).copied().unwrap_or(line);
                    let e = entry(label, &id, item, line)?;
                    match &e.test {
                        None => {
                            return Err(Diagnostic::error(
                                "malformed-expected-failures",
                                format!("`{id}` has several entries: each needs the `test` it applies to"),
                                SourceLocation::line(label, line),
                            ))
                        }
                        Some(t) if list.iter().any(|o| o.test.as_ref() == Some(t)) => {
                            return Err(Diagnostic::error(
                                "malformed-expected-failures",
                                format!("`{id}` lists test `{t}` twice"),
                                SourceLocation::line(label, line),
                            ))
                        }
                        Some(_) => list.push(e),
                    }
                }
                list
            }
            other => vec![entry(label, &id, &other, line)?],
        };
        if list.is_empty() {
            return Err(Diagnostic::error(
                "malformed-expected-failures",
                format!("`{id}` has no entry"),
                SourceLocation::line(label, line),
            ));
        }
        entries.insert(id, list);
    }
    Ok(ExpectedFailures { path: label.to_string(), entries, include })
}

/// One entry: a plain string, or a table with `reason` (and optionally
/// `test`, `intermittent = true`).
fn entry(label: &str, id: &str, value: &toml::Value, line: u32) -> Result<Expected, Diagnostic> {
    fn text(v: Option<&toml::Value>) -> Option<&str> {
        v.and_then(|v| v.as_str()).map(str::trim).filter(|s| !s.is_empty())
    }
    let (explanation, test, intermittent) = match value {
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
                    "`{id}` needs a non-empty explanation: a string, or a table with `reason` (and optionally `test`, `intermittent = true`)"
                ),
                SourceLocation::line(label, line),
            ))
        }
    };
    Ok(Expected { explanation, test, intermittent, file: label.to_string(), line })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one<'a>(f: &'a ExpectedFailures, id: &str) -> &'a Expected {
        let es = &f.entries[id];
        assert_eq!(es.len(), 1, "{id}: {es:?}");
        &es[0]
    }

    #[test]
    fn entries_with_lines() {
        let f = parse("m.toml", "# known\n\"MQTT-1.0.0-1\" = \"accepts it\"\n\n\"MQTT-2.0.0-1\" = \"no\"\n").unwrap();
        assert_eq!(
            one(&f, "MQTT-1.0.0-1"),
            &Expected {
                explanation: "accepts it".into(),
                test: None,
                intermittent: false,
                file: "m.toml".into(),
                line: 2
            }
        );
        assert_eq!(f.location(one(&f, "MQTT-2.0.0-1")).line, Some(4));
        // An entry without a test applies whatever covers the statement.
        assert!(f.find("MQTT-1.0.0-1", ["any_test"].into_iter()).is_some());
        assert!(f.find("MQTT-3.0.0-1", ["any_test"].into_iter()).is_none());
    }

    #[test]
    fn table_entries_name_the_test() {
        let f = parse("m.toml", "[\"MQTT-1.0.0-1\"]\ntest = \"t1\"\nreason = \"why\"\n").unwrap();
        assert_eq!(
            one(&f, "MQTT-1.0.0-1"),
            &Expected {
                explanation: "why".into(),
                test: Some("t1".into()),
                intermittent: false,
                file: "m.toml".into(),
                line: 1
            }
        );
        // It applies only where its test covers the statement.
        assert!(f.find("MQTT-1.0.0-1", ["t0", "t1"].into_iter()).is_some());
        assert!(f.find("MQTT-1.0.0-1", ["t2"].into_iter()).is_none());
        let f = parse("m.toml", "[\"MQTT-1.0.0-1\"]\nreason = \"r\"\nintermittent = true\n").unwrap();
        assert!(one(&f, "MQTT-1.0.0-1").intermittent);
        assert!(parse("m.toml", "[\"MQTT-1.0.0-1\"]\nreason = \"r\"\nintermittent = \"yes\"\n").is_err());
        assert!(parse("m.toml", "[\"MQTT-1.0.0-1\"]\ntest = \"t1\"\n").is_err());
        assert!(parse("m.toml", "[\"MQTT-1.0.0-1\"]\nreason = \"r\"\ntset = \"t1\"\n").is_err());
    }

    #[test]
    fn a_shared_id_gets_one_entry_per_test() {
        let text = "\"MQTT-0.0.0-1\" = \"x\"\n\n[[\"MQTT-1.0.0-1\"]]\ntest = \"t311\"\nreason = \"a\"\n\n[[\"MQTT-1.0.0-1\"]]\ntest = \"t50\"\nreason = \"b\"\nintermittent = true\n";
        let f = parse("m.toml", text).unwrap();
        let es = &f.entries["MQTT-1.0.0-1"];
        assert_eq!(es.len(), 2);
        assert_eq!((es[0].line, es[1].line), (3, 7));
        assert_eq!(f.find("MQTT-1.0.0-1", ["t50"].into_iter()).map(|e| e.explanation.as_str()), Some("b"));
        assert_eq!(f.find("MQTT-1.0.0-1", ["t311"].into_iter()).map(|e| e.explanation.as_str()), Some("a"));
        assert!(f.find("MQTT-1.0.0-1", ["other"].into_iter()).is_none());
        assert_eq!(f.iter().count(), 3);
    }

    #[test]
    fn entry_lines_come_from_the_headers_only() {
        // A comment naming the id is not a header: lines stay those of `[[...]]`.
        let text = "# \"MQTT-1.0.0-1\" fails in both documents\n[[\"MQTT-1.0.0-1\"]]\ntest = \"a\"\nreason = \"x\"\n[[\"MQTT-1.0.0-1\"]]\ntest = \"b\"\nreason = \"y\"\n";
        let f = parse("m.toml", text).unwrap();
        let lines: Vec<u32> = f.entries["MQTT-1.0.0-1"].iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 5]);
    }

    #[test]
    fn blank_explanations_and_unreadable_files_are_errors() {
        let e = parse("m.toml", "\"MQTT-1.0.0-1\" = \"   \"\n").unwrap_err();
        assert!(e.message.contains("needs a non-empty explanation"), "{}", e.message);
        let missing = std::path::Path::new("/nonexistent/specgen/expected-failures.toml");
        let e = load(missing).unwrap_err();
        assert_eq!(e.code.as_str(), "unreadable-expected-failures");
        assert_eq!(e.location.file, missing.display().to_string());
    }

    #[test]
    fn a_list_includes_another_and_replaces_its_ids() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().join("base.toml");
        std::fs::write(&base, "\"MQTT-1\" = \"tcp one\"\n\"MQTT-2\" = \"tcp two\"\n").unwrap();
        std::fs::create_dir(dir.path().join("ws")).unwrap();
        let ws = dir.path().join("ws/list.toml");
        std::fs::write(
            &ws,
            "# over ws\ninclude = \"../base.toml\"\n\"MQTT-2\" = \"ws two\"\n\"MQTT-3\" = \"ws three\"\n",
        )
        .unwrap();
        let f = load(&ws).unwrap();
        let text = |id: &str| one(&f, id).explanation.clone();
        assert_eq!(
            (text("MQTT-1"), text("MQTT-2"), text("MQTT-3")),
            ("tcp one".into(), "ws two".into(), "ws three".into())
        );
        // Each entry is located in the file that holds it.
        assert_eq!(f.location(one(&f, "MQTT-1")), SourceLocation::line(base.display().to_string(), 1));
        assert_eq!(f.location(one(&f, "MQTT-3")), SourceLocation::line(ws.display().to_string(), 4));
        assert_eq!(f.include, Some(("../base.toml".to_string(), 2)));
    }

    #[test]
    fn included_paths_resolve_dot_dot_lexically() {
        assert_eq!(beside(Path::new("spec/list.toml"), "../brokers/x.toml"), PathBuf::from("brokers/x.toml"));
        // Leading `..` beyond the start stay: the path is relative to the cwd.
        assert_eq!(beside(Path::new("spec/list.toml"), "../../up.toml"), PathBuf::from("../up.toml"));
        assert_eq!(beside(Path::new("/a/b/list.toml"), "./c.toml"), PathBuf::from("/a/b/c.toml"));
    }

    #[test]
    fn bad_includes_are_errors_at_their_line() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
        std::fs::write(&a, "\"MQTT-1\" = \"x\"\ninclude = \"b.toml\"\n").unwrap();
        std::fs::write(&b, "include = \"a.toml\"\n").unwrap();
        let e = load(&a).unwrap_err();
        assert_eq!(e.code.as_str(), "expected-failures-include-cycle");
        assert_eq!(e.location.file, b.display().to_string());
        std::fs::write(&b, "include = \"missing.toml\"\n").unwrap();
        let e = load(&a).unwrap_err();
        assert!(e.message.contains("no such file"), "{}", e.message);
        assert_eq!((e.location.file.clone(), e.location.line), (b.display().to_string(), Some(1)));
        let e = parse("m.toml", "\"MQTT-1\" = \"x\"\ninclude = 3\n").unwrap_err();
        assert_eq!(e.location.line, Some(2));
        let e = parse("m.toml", "include = \"  \"\n").unwrap_err();
        assert!(e.message.contains("names the list this one starts from"), "{}", e.message);
        // A file that includes itself.
        std::fs::write(&a, "include = \"a.toml\"\n").unwrap();
        assert_eq!(load(&a).unwrap_err().code.as_str(), "expected-failures-include-cycle");
    }

    #[test]
    fn shared_ids_need_distinct_tests() {
        let no_test = "[[\"MQTT-1.0.0-1\"]]\ntest = \"t\"\nreason = \"a\"\n[[\"MQTT-1.0.0-1\"]]\nreason = \"b\"\n";
        let e = parse("m.toml", no_test).unwrap_err();
        assert!(e.message.contains("each needs the `test`"), "{}", e.message);
        assert_eq!(e.location.line, Some(4));
        let twice =
            "[[\"MQTT-1.0.0-1\"]]\ntest = \"t\"\nreason = \"a\"\n[[\"MQTT-1.0.0-1\"]]\ntest = \"t\"\nreason = \"b\"\n";
        assert!(parse("m.toml", twice).unwrap_err().message.contains("lists test `t` twice"));
        let empty = parse("m.toml", "\"MQTT-1.0.0-1\" = []\n").unwrap_err();
        assert!(empty.message.contains("has no entry"), "{}", empty.message);
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
