//! JUnit XML (nextest's Jenkins flavour: one `<testsuite>` per test binary,
//! `classname` = binary id, `name` = test path) read with `junit-parser`.
//!
//! junit-parser reports neither where a syntax error is nor where a test case
//! sits, so a first pass with quick-xml (the parser junit-parser is built on)
//! finds both: the byte of a syntax error, an unclosed element at end of
//! file, and the line of every `<testcase>`.
//!
//! Messages come from the `message` attribute first: junit-parser 1.7 drops
//! entity references (`&apos;`) from element text, not from attributes.

use super::{first_line, line_col, verdict, Outcome, TestResult};
use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use quick_xml::events::{BytesStart, Event};
use std::collections::HashMap;

pub(super) fn parse(label: &str, text: &str) -> Result<Vec<TestResult>, Diagnostic> {
    let lines = locate(label, text)?;
    let suites = junit_parser::from_reader(text.as_bytes()).map_err(|e| match e {
        junit_parser::Error::UnexpectedEndOfFile(_) => not_junit(label),
        other => Diagnostic::error(
            "malformed-junit",
            format!("not a readable JUnit report: {other}"),
            SourceLocation { file: label.to_string(), ..Default::default() },
        ),
    })?;
    let mut out = Vec::new();
    for suite in &suites.suites {
        flatten(suite, label, &lines, &mut out);
    }
    Ok(out)
}

fn flatten(
    suite: &junit_parser::TestSuite,
    label: &str,
    lines: &HashMap<(String, String), u32>,
    out: &mut Vec<TestResult>,
) {
    for case in &suite.cases {
        let (outcome, message) = match &case.status {
            junit_parser::TestStatus::Success => (Outcome::Passed, None),
            junit_parser::TestStatus::Failure(f) => failed(&f.message, &f.text),
            junit_parser::TestStatus::Error(e) => failed(&e.message, &e.text),
            junit_parser::TestStatus::Skipped(s) => (Outcome::Skipped, first_line(&s.message).or(first_line(&s.text))),
        };
        let classname = case.classname.clone().or_else(|| case.group.clone());
        let key = (classname.clone().unwrap_or_default(), case.original_name.clone());
        let location = match lines.get(&key) {
            Some(&line) => SourceLocation::line(label, line),
            None => SourceLocation { file: label.to_string(), ..Default::default() },
        };
        out.push(TestResult { suite: classname, name: case.original_name.clone(), outcome, message, location });
    }
    for inner in &suite.suites {
        flatten(inner, label, lines, out);
    }
}

/// A failure, or the test's own blocked/skipped verdict.
fn failed(message: &str, text: &str) -> (Outcome, Option<String>) {
    match verdict(Some(message), Some(text)) {
        Some((outcome, reason)) => (outcome, Some(reason)),
        None => (Outcome::Failed, first_line(message).or(first_line(text))),
    }
}

fn not_junit(label: &str) -> Diagnostic {
    Diagnostic::error(
        "not-junit",
        "not a JUnit report: no <testsuites> or <testsuite> element",
        SourceLocation { file: label.to_string(), ..Default::default() },
    )
    .with_help("pass the junit.xml that `cargo nextest run --profile ci` writes under target/nextest/")
}

/// Checks the XML is well formed and complete, and maps each test case
/// (`classname`, `name`) to the line it starts on.
fn locate(label: &str, text: &str) -> Result<HashMap<(String, String), u32>, Diagnostic> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut open: Vec<String> = Vec::new();
    let mut cases = HashMap::new();
    let mut lines = LineCounter::default();
    let mut junit = false;
    loop {
        let before = reader.buffer_position() as usize;
        match reader.read_event() {
            Ok(Event::Start(e)) => {
                junit |= is_suite(&e);
                record_case(&e, text, before, &mut lines, &mut cases);
                open.push(e.name().as_ref().to_string());
            }
            Ok(Event::Empty(e)) => {
                junit |= is_suite(&e);
                record_case(&e, text, before, &mut lines, &mut cases);
            }
            Ok(Event::End(_)) => {
                open.pop();
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                return Err(at(
                    label,
                    text,
                    reader.error_position() as usize,
                    "malformed-junit",
                    format!("malformed XML: {e}"),
                ))
            }
        }
    }
    if !junit {
        return Err(not_junit(label));
    }
    if let Some(inner) = open.last() {
        let end = text.trim_end().len();
        return Err(at(
            label,
            text,
            end,
            "truncated-junit",
            format!("the report ends inside an unclosed <{inner}>: truncated file?"),
        ));
    }
    Ok(cases)
}

fn is_suite(e: &BytesStart) -> bool {
    matches!(e.name().as_ref(), "testsuites" | "testsuite" | "testrun")
}

/// Line numbers of increasing offsets, counting each newline once (a report
/// has tens of thousands of test cases).
#[derive(Default)]
struct LineCounter {
    offset: usize,
    line: u32,
}

impl LineCounter {
    fn line_at(&mut self, text: &str, offset: usize) -> u32 {
        let offset = offset.min(text.len());
        if offset < self.offset {
            *self = LineCounter::default();
        }
        self.line += text.as_bytes()[self.offset..offset].iter().filter(|&&b| b == b'\n').count() as u32;
        self.offset = offset;
        self.line + 1
    }
}

fn record_case(
    e: &BytesStart,
    text: &str,
    offset: usize,
    lines: &mut LineCounter,
    cases: &mut HashMap<(String, String), u32>,
) {
    if e.name().as_ref() != "testcase" {
        return;
    }
    let attr = |key: &str| {
        e.try_get_attribute(key)
            .ok()
            .flatten()
            .and_then(|a| a.normalized_value(quick_xml::XmlVersion::default()).ok())
            .map(|v| v.into_owned())
    };
    let class = attr("classname").or_else(|| attr("group")).unwrap_or_default();
    let name = attr("name").unwrap_or_default();
    // `offset` is where the reader stood before the event: skip whitespace to the `<`.
    let lt = text[offset.min(text.len())..].find('<').map(|i| offset + i).unwrap_or(offset);
    let line = lines.line_at(text, lt);
    cases.entry((class, name)).or_insert(line);
}

fn at(label: &str, text: &str, offset: usize, code: &str, message: String) -> Diagnostic {
    let (line, col, line_text) = line_col(text, offset);
    let mut loc = SourceLocation::line(label, line);
    loc.column = Some(col);
    let byte = line_text.char_indices().nth(col as usize - 1).map(|(i, _)| i).unwrap_or(line_text.len());
    Diagnostic::error(code, message, loc).with_snippet(line_text, byte..byte + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEXTEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="nextest-run" tests="3" failures="1" errors="0">
    <testsuite name="mqtt-conformance::mqtt_v3_1_1" tests="3" disabled="0" errors="0" failures="1">
        <testcase name="s3_1::first" classname="mqtt-conformance::mqtt_v3_1_1" time="0.010"/>
        <testcase name="s3_1::second" classname="mqtt-conformance::mqtt_v3_1_1" time="0.020">
            <failure type="test failure" message="assertion failed: &lt;here&gt; &amp; &apos;there&apos;">thread 'x' panicked
second line</failure>
        </testcase>
        <testcase name="s3_1::third" classname="mqtt-conformance::mqtt_v3_1_1"><skipped message="no TLS"/></testcase>
        <testcase name="s3_1::fourth" classname="mqtt-conformance::mqtt_v3_1_1"><failure message="Error: specgen-verdict: blocked: the QoS 2 flow failed: PUBACK instead of PUBREC" type="test failure">Error: specgen-verdict: blocked: the QoS 2 flow failed</failure></testcase>
        <testcase name="s3_1::fifth" classname="mqtt-conformance::mqtt_v3_1_1"><failure message="" type="test failure">specgen-verdict: skipped: needs a private broker</failure></testcase>
    </testsuite>
</testsuites>
"#;

    #[test]
    fn nextest_report() {
        let r = parse("junit.xml", NEXTEST).unwrap();
        let got: Vec<_> = r.iter().map(|t| (t.name.as_str(), t.outcome, t.location.line)).collect();
        assert_eq!(
            got,
            vec![
                ("s3_1::first", Outcome::Passed, Some(4)),
                ("s3_1::second", Outcome::Failed, Some(5)),
                ("s3_1::third", Outcome::Skipped, Some(9)),
                ("s3_1::fourth", Outcome::Blocked, Some(10)),
                ("s3_1::fifth", Outcome::Skipped, Some(11)),
            ]
        );
        assert_eq!(r[3].message.as_deref(), Some("the QoS 2 flow failed: PUBACK instead of PUBREC"));
        assert_eq!(r[4].message.as_deref(), Some("needs a private broker"));
        assert_eq!(r[1].message.as_deref(), Some("assertion failed: <here> & 'there'"));
        assert_eq!(r[2].message.as_deref(), Some("no TLS"));
        assert_eq!(r[0].binary(), Some("mqtt_v3_1_1"));
    }

    #[test]
    fn truncated_report_names_the_place() {
        let cut = &NEXTEST[..NEXTEST.find("<testcase name=\"s3_1::third\"").unwrap()];
        let e = parse("junit.xml", cut).unwrap_err();
        assert_eq!(e.code, "truncated-junit");
        assert_eq!(e.location.line, Some(8));
        let mid_tag = &NEXTEST[..NEXTEST.find("classname=\"mqtt-conformance::mqtt_v3_1_1\" time=\"0.010\"").unwrap()];
        let e = parse("junit.xml", mid_tag).unwrap_err();
        assert_eq!(e.code, "malformed-junit");
        assert!(e.location.line.is_some(), "{e}");
    }

    #[test]
    fn foreign_xml_is_refused() {
        let e = parse("page.xml", "<html><body><p>hi</p></body></html>").unwrap_err();
        assert_eq!(e.code, "not-junit");
        let e = parse("bad.xml", "<testsuites><testsuite></testsuites>").unwrap_err();
        assert_eq!(e.code, "malformed-junit");
        assert_eq!(e.location.line, Some(1));
    }
}
