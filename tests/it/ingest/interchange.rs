//! The tool's own formats: every real document's statement list survives a
//! trip through JSON (lossless) and CSV (one row per statement), and broken
//! interchange files are refused or reported with file and place.

use crate::support;

use specgen::ingest::{self, interchange, Format, ReadOptions};

fn real_lists() -> Vec<specgen::model::StatementList> {
    let docs = ["mqtt-v3.1.1-os.pdf.md", "mqtt-v5.0-os.pdf.md", "mqtt-v3.1.1-wd-statements/2014-02-27-1550.ods"];
    docs.iter().map(|d| ingest::read_path(&support::spec(d), None, &ReadOptions::default()).expect(d).list).collect()
}

#[test]
fn json_round_trip_is_lossless_on_real_documents() {
    for list in real_lists() {
        let json = list.to_json();
        let back = ingest::read_bytes(json.as_bytes(), "list.json", Format::Json, &ReadOptions::default()).unwrap();
        assert_eq!(back.list, list, "{}", list.document.name);
        assert!(back.diagnostics.is_empty());
    }
}

#[test]
fn csv_round_trip_keeps_every_statement_on_real_documents() {
    for list in real_lists() {
        let csv = interchange::write_csv(&list);
        let back = ingest::read_bytes(csv.as_bytes(), "list.csv", Format::Csv, &ReadOptions::default()).unwrap();
        let name = &list.document.name;
        // The only findings are the ones the text itself carries: statements
        // without an RFC 2119 keyword are reported again, nothing else.
        let reported: Vec<&str> = back.diagnostics.iter().map(|d| d.code.as_str()).collect();
        let keywordless = list.statements.iter().filter(|s| s.levels.is_empty()).count();
        assert_eq!(
            reported,
            vec!["no-keyword"; keywordless],
            "{name}: {}",
            specgen::diag::render_all(&back.diagnostics)
        );
        assert_eq!(back.list.statements.len(), list.statements.len(), "{name}");
        for (a, b) in list.statements.iter().zip(&back.list.statements) {
            assert_eq!(
                (&a.id, &a.section, &a.section_title, &a.text, &a.levels, a.actor, &a.fingerprint, &a.anchor),
                (&b.id, &b.section, &b.section_title, &b.text, &b.levels, b.actor, &b.fingerprint, &b.anchor),
                "{name}"
            );
        }
    }
}

#[test]
fn broken_json_names_file_and_place() {
    let list = &real_lists()[0];
    let json = list.to_json();
    let cut = &json[..json.len() / 2];
    let e = ingest::read_bytes(cut.as_bytes(), "cut.json", Format::Json, &ReadOptions::default()).unwrap_err();
    let msg = e.to_string();
    assert!(msg.starts_with("cut.json: not a specgen statement list") && msg.contains("line"), "{msg}");

    let other = json.replace("specgen.statements/1", "specgen.statements/9");
    let e = ingest::read_bytes(other.as_bytes(), "v9.json", Format::Json, &ReadOptions::default()).unwrap_err();
    assert!(e.to_string().contains("schema `specgen.statements/9` is not `specgen.statements/1`"), "{e}");
}

#[test]
fn csv_rows_that_disagree_with_their_text_are_reported_by_line() {
    let list = &real_lists()[2];
    let csv = interchange::write_csv(list);
    let third = &list.statements[2];
    let tampered = csv.replacen(&third.fingerprint, "00000000", 1);
    let back = ingest::read_bytes(tampered.as_bytes(), "t.csv", Format::Csv, &ReadOptions::default()).unwrap();
    let mismatches: Vec<_> = back.diagnostics.iter().filter(|d| d.code != "no-keyword").collect();
    assert_eq!(mismatches.len(), 1, "{}", specgen::diag::render_all(&back.diagnostics));
    let d = mismatches[0];
    assert_eq!(
        (d.code.as_str(), d.location.file.as_str(), d.location.line),
        ("fingerprint-mismatch", "t.csv", Some(4))
    );

    // A row missing columns is refused, naming the line.
    let mut lines: Vec<&str> = csv.lines().collect();
    lines[5] = "MQTT-9.9.9-9,9.9";
    let e =
        ingest::read_bytes(lines.join("\n").as_bytes(), "short.csv", Format::Csv, &ReadOptions::default()).unwrap_err();
    assert!(e.to_string().starts_with("short.csv: line 6"), "{e}");
}
