//! The Markdown and HTML readers never panic: arbitrary bytes, and the real
//! documents damaged the ways files get damaged (flipped bytes, cut short,
//! lines lost or doubled), give statements and diagnostics or a clean error.

use crate::support;

use proptest::prelude::*;
use specgen::diag::render_all;
use specgen::ingest::{self, html, markdown, Format, ReadOptions};
use std::sync::OnceLock;

fn documents() -> &'static [Vec<u8>; 2] {
    static DOCS: OnceLock<[Vec<u8>; 2]> = OnceLock::new();
    DOCS.get_or_init(|| {
        let read = |n: &str| std::fs::read(support::spec(n)).expect("real document");
        [read("mqtt-v3.1.1-os.pdf.md"), read("mqtt-v5.0-os.pdf.md")]
    })
}

#[derive(Debug, Clone)]
enum Damage {
    Flip { at: usize, byte: u8 },
    Truncate { at: usize },
    DeleteLine { at: usize },
    DuplicateLine { at: usize },
    Insert { at: usize, bytes: Vec<u8> },
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Damage::Flip { at, byte }),
        any::<usize>().prop_map(|at| Damage::Truncate { at }),
        any::<usize>().prop_map(|at| Damage::DeleteLine { at }),
        any::<usize>().prop_map(|at| Damage::DuplicateLine { at }),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..12))
            .prop_map(|(at, bytes)| Damage::Insert { at, bytes }),
    ]
}

fn apply(doc: &mut Vec<u8>, d: &Damage) {
    if doc.is_empty() {
        return;
    }
    let line_bounds = |doc: &[u8], at: usize| {
        let at = at % doc.len();
        let start = doc[..at].iter().rposition(|&b| b == b'\n').map(|p| p + 1).unwrap_or(0);
        let end = doc[at..].iter().position(|&b| b == b'\n').map(|p| at + p + 1).unwrap_or(doc.len());
        (start, end)
    };
    match d {
        Damage::Flip { at, byte } => {
            let i = at % doc.len();
            doc[i] = *byte;
        }
        Damage::Truncate { at } => doc.truncate(at % doc.len()),
        Damage::DeleteLine { at } => {
            let (s, e) = line_bounds(doc, *at);
            doc.drain(s..e);
        }
        Damage::DuplicateLine { at } => {
            let (s, e) = line_bounds(doc, *at);
            let line = doc[s..e].to_vec();
            doc.splice(e..e, line);
        }
        Damage::Insert { at, bytes } => {
            let i = at % doc.len();
            doc.splice(i..i, bytes.iter().copied());
        }
    }
}

/// Runs both readers; checks what they return is usable.
fn survives(bytes: &[u8]) {
    let opts = ReadOptions { url: Some("https://example.org/spec.html".into()), ..Default::default() };
    let lines = bytes.split(|&b| b == b'\n').count() as u32;
    for format in [Format::Markdown, Format::Html] {
        if let Ok(ex) = ingest::read_bytes(bytes, "damaged", format, &opts) {
            for s in &ex.list.statements {
                assert!(
                    s.source.line.is_some_and(|l| l >= 1 && l <= lines),
                    "{format:?} line {:?} of {lines}",
                    s.source.line
                );
            }
            let _ = render_all(&ex.diagnostics);
        }
    }
    // The Markdown reader proper, past the UTF-8 gate.
    let text = String::from_utf8_lossy(bytes);
    let ex = markdown::read_detailed(&text, "damaged.md", &opts).expect("markdown never refuses text");
    let _ = render_all(&ex.raw.diagnostics);
    let _ = html::read_detailed(bytes, "damaged.html", &opts);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: crate::support::regressions(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        survives(&bytes);
    }

    #[test]
    fn arbitrary_text_with_ids(parts in prop::collection::vec(
        prop_oneof![
            Just("[MQTT-".to_string()), Just("]".to_string()), Just("\n\n".to_string()), Just("|".to_string()),
            Just("**".to_string()), Just("~~".to_string()), Just("MUST ".to_string()), Just(". ".to_string()),
            Just("## ".to_string()), Just("<br>".to_string()), Just("- ".to_string()), Just(":\n".to_string()),
            Just("Appendix B. Mandatory normative statements\n".to_string()), Just("T-".to_string()),
            "[0-9]{1,5}", "[0-9.\\- ]{1,8}", "[a-zA-Z ]{1,10}", "\\PC{1,4}",
        ],
        0..200,
    )) {
        survives(parts.concat().as_bytes());
    }
}

proptest! {
    // Whole documents: fewer cases, each reads a full specification.
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: crate::support::regressions(), ..ProptestConfig::default() })]

    #[test]
    fn damaged_real_documents(which in 0usize..2, damages in prop::collection::vec(damage(), 1..6)) {
        let mut doc = documents()[which].clone();
        for d in &damages {
            apply(&mut doc, d);
        }
        survives(&doc);
    }

    #[test]
    fn damaged_excerpts(which in 0usize..2, start in any::<usize>(), len in 1usize..20_000, damages in prop::collection::vec(damage(), 1..12)) {
        let full = &documents()[which];
        let start = start % full.len();
        let mut doc = full[start..(start + len).min(full.len())].to_vec();
        for d in &damages {
            apply(&mut doc, d);
        }
        survives(&doc);
    }
}

/// A reader that returned nothing would pass the tests above; so damage only
/// the second half of a real document, and the statements that end well
/// before the first damaged line must still come out, with the same id and
/// text.
fn undamaged_head_survives(which: usize, from: usize, damages: &[Damage]) {
    let opts = ReadOptions::default();
    let full = &documents()[which];
    let read = |bytes: &[u8]| {
        // Past the gates for binary data: invalid UTF-8 and NUL bytes.
        let text = String::from_utf8_lossy(bytes).replace('\0', "\u{fffd}");
        ingest::read_bytes(text.as_bytes(), "doc.md", Format::Markdown, &opts).expect("markdown reads any text").list
    };
    static ORIGINAL: OnceLock<[specgen::model::StatementList; 2]> = OnceLock::new();
    let original = &ORIGINAL.get_or_init(|| [read(&documents()[0]), read(&documents()[1])])[which];
    // The damage starts at a line boundary in the second half.
    let at = full.len() / 2 + from % (full.len() / 2);
    let at = full[..at].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let mut tail = full[at..].to_vec();
    for d in damages {
        apply(&mut tail, d);
    }
    let damaged_line = full[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
    let mut doc = full[..at].to_vec();
    doc.extend(tail);
    let got = read(&doc);
    // A statement's paragraph may run on for some lines after the line it starts on.
    let safe: Vec<_> =
        original.statements.iter().filter(|s| s.source.line.is_some_and(|l| l + 40 < damaged_line)).collect();
    assert!(safe.len() >= 20, "only {} statements before line {damaged_line}", safe.len());
    for s in safe {
        let g = got.get(&s.id).unwrap_or_else(|| panic!("{} (line {:?}) lost", s.id, s.source.line));
        assert_eq!((&g.text, g.source.line), (&s.text, s.source.line), "{}", s.id);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, failure_persistence: crate::support::regressions(), ..ProptestConfig::default() })]

    #[test]
    fn damaged_tail_keeps_the_statements_before_it(which in 0usize..2, from in any::<usize>(), damages in prop::collection::vec(damage(), 1..8)) {
        undamaged_head_survives(which, from, &damages);
    }
}

#[test]
fn html_fixtures_damaged_byte_by_byte() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html");
    for entry in std::fs::read_dir(dir).expect("fixtures") {
        let bytes = std::fs::read(entry.expect("entry").path()).expect("fixture");
        for cut in (0..bytes.len()).step_by(7) {
            survives(&bytes[..cut]);
        }
    }
}
