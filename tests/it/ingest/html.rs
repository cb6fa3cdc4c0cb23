//! The HTML reader on fixtures written in the structure of OASIS's
//! Word-exported pages (no real copy is available offline; see SOURCES.md).

use specgen::diag::render_all;
use specgen::ingest::{self, html, Extraction, Format, ReadOptions};
use std::path::PathBuf;

use crate::support;

const URL: &str = "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html";

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn read(name: &str) -> Extraction {
    let opts = ReadOptions { url: Some(URL.into()), ..Default::default() };
    ingest::read_bytes(&fixture(name), name, Format::Html, &opts).expect("reads")
}

/// Statements (id, section, anchor, line, text) and rendered diagnostics.
fn summary(ex: &Extraction) -> String {
    support::summary(ex, true)
}

macro_rules! fixture_snapshot {
    ($name:ident, $file:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(stringify!($name), summary(&read($file)));
        }
    };
}

fixture_snapshot!(windows_1252, "connect-windows-1252.html");
fixture_snapshot!(utf8_appendix, "utf8-appendix.html");
fixture_snapshot!(broken_ids, "broken-ids.html");
fixture_snapshot!(no_headings, "no-headings.html");

#[test]
fn windows_1252_is_decoded_and_ids_split_over_spans_are_joined() {
    let ex = read("connect-windows-1252.html");
    let ids: Vec<&str> = ex.list.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["MQTT-3.1.0-1", "MQTT-3.1.0-2", "MQTT-3.1.2-1", "MQTT-3.1.2-9"]);
    let s = ex.list.get("MQTT-3.1.2-1").unwrap();
    // 0x93 / 0x94 are curly quotes in windows-1252.
    assert_eq!(s.text, "The protocol name MUST be the UTF-8 String “MQTT”, capitalized as shown.");
    assert_eq!(s.anchor.as_deref(), Some(format!("{URL}#_Toc384800407").as_str()));
    let s = ex.list.get("MQTT-3.1.0-1").unwrap();
    assert_eq!(
        (s.section.as_str(), s.section_title.as_str()),
        ("3.1", "CONNECT – Client requests a connection to a Server")
    );
    assert_eq!(s.source.line, Some(37), "the line of the id in the page");
    // 0xA0 is a no-break space; it folds like any space.
    assert!(ex.list.get("MQTT-3.1.2-9").unwrap().text.contains("Will Retain fields"));
    assert!(ex.diagnostics.iter().all(|d| d.code == "appendix-text-differs"), "{}", render_all(&ex.diagnostics));
}

#[test]
fn appendix_only_and_renumbered_ids_are_reported() {
    let ex = read("utf8-appendix.html");
    let codes: Vec<&str> = ex.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert!(codes.contains(&"appendix-renumbered"), "{codes:?}");
    assert!(codes.contains(&"body-missing"), "{codes:?}");
    assert!(codes.contains(&"appendix-missing"), "{codes:?}");
    assert!(ex.list.get("MQTT-4.7.3-1").is_some(), "appendix-only statements are extracted");
    // The row continued on the next page matches the body.
    assert!(!ex.diagnostics.iter().any(|d| d.message.contains("MQTT-1.5.4-3")));
}

#[test]
fn no_charset_falls_back_to_windows_1252() {
    let ex = read("no-headings.html");
    assert_eq!(ex.diagnostics[0].code, "encoding");
    let s = ex.list.get("MQTT-3.3.1-7").unwrap();
    assert!(s.text.contains("“As normal”"), "{}", s.text);
    assert_eq!(s.section, "3.3.1", "without headings the id gives the section");
    assert_eq!(s.anchor.as_deref(), Some(URL));
}

#[test]
fn bad_input_is_refused_or_diagnosed() {
    let opts = ReadOptions::default();
    let err = ingest::read_bytes(b"<p>\0\0\0</p>", "bin.html", Format::Html, &opts).unwrap_err();
    assert_eq!(err.to_string(), "bin.html: binary data (NUL bytes) in what should be an HTML page");
    let ex = ingest::read_bytes(b"<p>It MUST work [MQTT-1.2.3-4", "cut.html", Format::Html, &opts).unwrap();
    assert_eq!(ex.list.statements.len(), 1, "a truncated page still yields what it has");
    let ex = ingest::read_bytes(&[0xff, 0xfe, 0x41, 0x00], "utf16.html", Format::Html, &opts).unwrap();
    assert!(ex.list.statements.is_empty());
    // The accounting is the same as for Markdown.
    let detail = html::read_detailed(&fixture("broken-ids.html"), "broken-ids.html", &opts).unwrap();
    assert_eq!(detail.occurrences.len(), 6);
}
