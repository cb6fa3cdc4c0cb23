//! The sheet reader on the eight real working-draft lists and on small
//! workbooks built here (ODS and XLSX) for the defects the real ones lack.
//!
//! Expected counts and ids were established independently of calamine: a
//! Python script unzipped each .ods, parsed content.xml with
//! xml.etree (expanding `table:number-rows-repeated`, `text:s`, paragraphs)
//! and collected the `[MQTT-...]` ids of column A of every sheet, repairing
//! by hand the three malformed ones (no-break space, `3.1.2.7`, `3-8.3-2`).
//! Result: every draft's Sheet2 holds the same 117 distinct ids (below);
//! the first seven drafts also hold a stale Sheet1 with 108 id rows (107
//! distinct; `MQTT-2.3.1-1` twice, `MQTT-3.1.2-0`, `MQTT-3.1.2.6`), which the
//! reader reports and skips. The same script's cell texts (whitespace
//! folded) equalled the reader's for all 8 x 117 statements.

use crate::support;

use specgen::diag::{render_all, Severity};
use specgen::ingest::{read_bytes, read_path, Extraction, Format, ReadOptions};
use specgen::model::Actor;
use std::io::Write;

const WD_IDS: &str = "MQTT-1.1.0-1 MQTT-1.4.0-1 MQTT-1.4.0-2 MQTT-1.4.0-3 MQTT-2.0.0-1 MQTT-2.1.2-1 MQTT-2.1.2-2 \
MQTT-2.1.2-3 MQTT-2.1.2-4 MQTT-2.1.2-5 MQTT-2.1.2-6 MQTT-2.1.2-7 MQTT-2.1.2-8 MQTT-2.1.2-9 MQTT-2.1.2-10 \
MQTT-2.1.2-11 MQTT-2.1.2-12 MQTT-2.3.1-1 MQTT-2.3.1-2 MQTT-2.3.1-3 MQTT-2.3.1-4 MQTT-2.3.1-5 MQTT-2.3.1-6 \
MQTT-2.3.1-7 MQTT-3.1.0-1 MQTT-3.1.0-2 MQTT-3.1.2-1 MQTT-3.1.2-2 MQTT-3.1.2-3 MQTT-3.1.2-4 MQTT-3.1.2-5 \
MQTT-3.1.2-6 MQTT-3.1.2-7 MQTT-3.1.2-8 MQTT-3.1.2-9 MQTT-3.1.2-10 MQTT-3.1.2-11 MQTT-3.1.2-12 MQTT-3.1.2-13 \
MQTT-3.1.2-14 MQTT-3.1.2-15 MQTT-3.1.2-16 MQTT-3.1.2-17 MQTT-3.1.2-18 MQTT-3.1.2-19 MQTT-3.1.2-20 \
MQTT-3.1.2-21 MQTT-3.1.2-22 MQTT-3.1.3-1 MQTT-3.1.3-2 MQTT-3.1.3-3 MQTT-3.1.3-4 MQTT-3.1.3-5 MQTT-3.1.3-6 \
MQTT-3.1.3-7 MQTT-3.1.3-8 MQTT-3.1.3-9 MQTT-3.1.4-1 MQTT-3.1.4-2 MQTT-3.1.4-3 MQTT-3.2.0-1 MQTT-3.2.2-1 \
MQTT-3.2.2-2 MQTT-3.3.2-1 MQTT-3.3.2-2 MQTT-3.3.2-3 MQTT-3.3.5-1 MQTT-3.3.5-2 MQTT-3.5.4-1 MQTT-3.6.1-1 \
MQTT-3.6.4-1 MQTT-3.8.1-1 MQTT-3.8.3-1 MQTT-3.8.3-2 MQTT-3.8.4-1 MQTT-3.8.4-2 MQTT-3.8.4-3 MQTT-3.8.4-4 \
MQTT-3.8.4-5 MQTT-3.8.4-6 MQTT-3.9.3-1 MQTT-3.9.3-2 MQTT-3.10.1-1 MQTT-3.10.3-1 MQTT-3.10.3-2 MQTT-3.10.3-3 \
MQTT-3.10.3-4 MQTT-3.10.3-5 MQTT-3.10.3-6 MQTT-3.12.4-1 MQTT-3.14.1-1 MQTT-3.14.4-1 MQTT-3.14.4-2 \
MQTT-3.14.4-3 MQTT-4.1.0-1 MQTT-4.2.0-1 MQTT-4.3.2-1 MQTT-4.3.2-2 MQTT-4.3.2-3 MQTT-4.3.3-1 MQTT-4.3.3-2 \
MQTT-4.4.0-1 MQTT-4.4.0-2 MQTT-4.5.0-1 MQTT-4.6.0-1 MQTT-4.6.0-2 MQTT-4.6.0-3 MQTT-4.6.0-4 MQTT-4.6.0-5 \
MQTT-4.6.0-6 MQTT-4.7.1-1 MQTT-4.7.1-2 MQTT-4.7.1-3 MQTT-4.7.3-1 MQTT-4.7.3-2 MQTT-4.7.3-3 MQTT-4.8.0-1";

/// Reads a real draft under a stable, machine-independent name.
fn draft(path: &std::path::Path) -> Extraction {
    let name = format!("mqtt-v3.1.1-wd-statements/{}", path.file_name().unwrap().to_string_lossy());
    let bytes = std::fs::read(path).unwrap();
    read_bytes(&bytes, &name, Format::Sheet, &ReadOptions::default()).unwrap()
}

fn stem(path: &std::path::Path) -> String {
    path.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn every_draft_has_the_117_independently_counted_ids() {
    let expected: Vec<&str> = WD_IDS.split_whitespace().collect();
    assert_eq!(expected.len(), 117);
    let drafts = support::working_drafts();
    assert_eq!(drafts.len(), 8);
    for path in &drafts {
        let x = draft(path);
        let ids: Vec<&str> = x.list.statements.iter().map(|s| s.id.as_str()).collect();
        // Same ids, same (document) order, no duplicates.
        assert_eq!(ids, expected, "{}", path.display());
        assert_eq!(x.errors(), 0, "{}", render_all(&x.diagnostics));
        let stale_sheet = x.diagnostics.iter().filter(|d| d.code == "sheet-skipped").count();
        let expect_stale = usize::from(!path.ends_with("2014-02-27-1550.ods"));
        assert_eq!(stale_sheet, expect_stale, "{}", path.display());
    }
}

#[test]
fn real_defects_are_repaired_and_reported_at_their_cell() {
    let x = draft(&support::spec("mqtt-v3.1.1-wd-statements/2014-02-27-1550.ods"));
    let get = |id: &str| x.list.get(id).unwrap_or_else(|| panic!("{id} missing"));
    assert_eq!(get("MQTT-1.4.0-1").original_id.as_deref(), Some("MQTT-1.4.0-1\u{a0}"));
    assert_eq!(get("MQTT-3.1.2-7").original_id.as_deref(), Some("MQTT-3.1.2.7"));
    assert_eq!(get("MQTT-3.8.3-2").original_id.as_deref(), Some("MQTT-3-8.3-2"));
    assert_eq!(get("MQTT-3.1.2-6").original_id, None);
    let cells: Vec<(&str, &str)> = x
        .diagnostics
        .iter()
        .filter(|d| d.code == "malformed-id" || d.code == "stray-text")
        .map(|d| (d.code.as_str(), d.location.cell.as_deref().unwrap()))
        .collect();
    assert_eq!(
        cells,
        [
            ("malformed-id", "Sheet2!A5"),
            ("stray-text", "Sheet2!A11"),
            ("malformed-id", "Sheet2!A39"),
            ("malformed-id", "Sheet2!A85")
        ]
    );
    // Source is the text cell; section number from the id, title from the rows above.
    let s = get("MQTT-3.1.0-1");
    assert_eq!(s.source.cell.as_deref(), Some("Sheet2!B31"));
    assert_eq!((s.section.as_str(), s.section_title.as_str()), ("3.1.0", "Control Packets – Connect"));
    assert_eq!(get("MQTT-1.4.0-1").section_title, "Introduction – Data representations");
    // N/A in Client Test → Server; N/A in Server Test → Client; neither → from the text.
    assert_eq!(get("MQTT-1.1.0-1").actor, Actor::Server);
    assert_eq!(get("MQTT-2.3.1-2").actor, Actor::Client);
    assert_eq!(get("MQTT-4.1.0-1").actor, Actor::Both);
}

#[test]
fn extracted_lists_snapshot() {
    let drafts = support::working_drafts();
    for path in [&drafts[0], &drafts[7]] {
        let x = draft(path);
        insta::assert_json_snapshot!(format!("list_{}", stem(path)), x.list);
    }
    // The middle drafts share the first one's texts; a compact table shows
    // what does move between them (section titles, actors from the test columns).
    for path in &drafts[1..7] {
        let x = draft(path);
        let table: Vec<String> = x
            .list
            .statements
            .iter()
            .map(|s| format!("{} | {} | {} | {} | {}", s.id, s.fingerprint, s.tier(), s.actor, s.section_title))
            .collect();
        insta::assert_snapshot!(format!("table_{}", stem(path)), table.join("\n"));
    }
}

#[test]
fn diagnostics_snapshot() {
    for path in support::working_drafts() {
        let x = draft(&path);
        insta::assert_snapshot!(format!("diagnostics_{}", stem(&path)), render_all(&x.diagnostics));
    }
}

#[test]
fn reading_a_draft_takes_milliseconds() {
    let path = support::spec("mqtt-v3.1.1-wd-statements/2014-01-07-1100.ods");
    let bytes = std::fs::read(&path).unwrap();
    let start = std::time::Instant::now();
    for _ in 0..10 {
        read_bytes(&bytes, "wd.ods", Format::Sheet, &ReadOptions::default()).unwrap();
    }
    let each = start.elapsed() / 10;
    eprintln!("one working draft: {each:?}");
    assert!(each.as_millis() < 500, "{each:?}");
}

// ---- built workbooks -------------------------------------------------------

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn zip_of(entries: &[(&str, String)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, body) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(body.as_bytes()).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// A one-sheet ODS with string cells; "" is an empty cell.
fn ods(rows: &[&[&str]]) -> Vec<u8> {
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for cell in *row {
            if cell.is_empty() {
                table.push_str("<table:table-cell/>");
            } else {
                table.push_str(&format!(
                    "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                    xml_escape(cell)
                ));
            }
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Statements">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet".into()),
        ("content.xml", content),
        ("META-INF/manifest.xml", manifest.into()),
    ])
}

/// A one-sheet XLSX with inline string cells.
fn xlsx(rows: &[&[&str]]) -> Vec<u8> {
    let mut data = String::new();
    for (r, row) in rows.iter().enumerate() {
        data.push_str(&format!("<row r=\"{}\">", r + 1));
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                let col = (b'A' + c as u8) as char;
                data.push_str(&format!(
                    "<c r=\"{col}{}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                    r + 1,
                    xml_escape(cell)
                ));
            }
        }
        data.push_str("</row>");
    }
    let ns = "http://schemas.openxmlformats.org";
    zip_of(&[
        (
            "[Content_Types].xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="{ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#
            ),
        ),
        (
            "_rels/.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/workbook.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}/spreadsheetml/2006/main" xmlns:r="{ns}/officeDocument/2006/relationships"><sheets><sheet name="Statements" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        ),
        (
            "xl/_rels/workbook.xml.rels",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{ns}/package/2006/relationships"><Relationship Id="rId1" Type="{ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#
            ),
        ),
        (
            "xl/worksheets/sheet1.xml",
            format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}/spreadsheetml/2006/main"><sheetData>{data}</sheetData></worksheet>"#
            ),
        ),
    ])
}

const HEADER: &[&str] = &["Statement No.", "Normative Statement", "Client Test", "Server Test"];

/// Every defect the reader knows, one row each.
const DEFECTS: &[&[&str]] = &[
    HEADER,
    &["Connect", "", "", ""],
    &["[MQTT-3.1.0-1]", "The Client MUST send CONNECT first.", "Normal connect", "N/A"],
    &["MQTT-3.1.0-2", "The Server MUST close on a second CONNECT.", "N/A", "Second connect"],
    &["[MQTT-3.1.2-1] [MQTT-3.1.2-2]", "The Server MAY close.", "", ""],
    &["", "The Server MUST NOT crash.", "", ""],
    &["[MQTT-3.1.2-3]", "", "", ""],
    &["[MQTT-x.y]", "It MUST be read.", "", ""],
    &["", "", "a stray test note", ""],
    &["[MQTT-3.1.2-4].", "The Client and Server MUST store the Session.", "N/A", "N/A"],
    &["[MQTT-3.1.2-0]", "Numbering MUST start at 1.", "", ""],
];

#[test]
fn built_ods_defects() {
    let x = read_bytes(&ods(DEFECTS), "defects.ods", Format::Sheet, &ReadOptions::default()).unwrap();
    let got: Vec<(&str, Actor)> = x.list.statements.iter().map(|s| (s.id.as_str(), s.actor)).collect();
    assert_eq!(
        got,
        [
            ("MQTT-3.1.0-1", Actor::Client),
            ("MQTT-3.1.0-2", Actor::Server),
            ("MQTT-3.1.2-1", Actor::Server),
            ("MQTT-3.1.2-4", Actor::Both),
            ("MQTT-3.1.2-0", Actor::Unknown),
        ]
    );
    assert!(x.list.statements.iter().all(|s| s.section_title == "Connect"));
    let codes: Vec<(Severity, &str)> = x.diagnostics.iter().map(|d| (d.severity, d.code.as_str())).collect();
    assert_eq!(
        codes,
        [
            (Severity::Warning, "malformed-id"),
            (Severity::Warning, "several-ids"),
            (Severity::Error, "missing-id"),
            (Severity::Error, "no-text"),
            (Severity::Error, "malformed-id"),
            (Severity::Note, "stray-row"),
            (Severity::Note, "stray-text"),
            (Severity::Warning, "actor-columns"),
            (Severity::Warning, "malformed-id"),
        ]
    );
    insta::assert_snapshot!("built_defects", render_all(&x.diagnostics));
}

#[test]
fn built_xlsx_reads_like_the_ods() {
    let from_ods = read_bytes(&ods(DEFECTS), "defects", Format::Sheet, &ReadOptions::default()).unwrap();
    let from_xlsx = read_bytes(&xlsx(DEFECTS), "defects", Format::Sheet, &ReadOptions::default()).unwrap();
    assert_eq!(from_xlsx.list.statements, from_ods.list.statements);
    assert_eq!(from_xlsx.diagnostics, from_ods.diagnostics);
    // Named .xlsx, the XLSX reader is tried first; named .ods, it is the fallback.
    let named = read_bytes(&xlsx(DEFECTS), "defects.xlsx", Format::Sheet, &ReadOptions::default()).unwrap();
    assert_eq!(named.list.statements.len(), 5);
}

#[test]
fn sheet_without_header_reads_default_columns() {
    let rows: &[&[&str]] = &[&["[MQTT-1.1.0-1]", "It MUST work.", "N/A", "test"]];
    let x = read_bytes(&ods(rows), "bare.ods", Format::Sheet, &ReadOptions::default()).unwrap();
    assert_eq!(x.list.statements.len(), 1);
    assert_eq!(x.list.statements[0].actor, Actor::Server);
    assert_eq!(x.diagnostics.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(), ["no-header"]);
}

#[test]
fn older_server_or_client_layout() {
    let rows: &[&[&str]] = &[
        &["Statement Number", "Normative Statement", "Server or Client", "Test or Assertion"],
        &["[MQTT-1.1.0-1]", "It MUST work.", "Both?", ""],
        &["[MQTT-1.1.0-2]", "It MUST work too.", "Client", ""],
    ];
    let x = read_bytes(&ods(rows), "old.ods", Format::Sheet, &ReadOptions::default()).unwrap();
    let actors: Vec<Actor> = x.list.statements.iter().map(|s| s.actor).collect();
    assert_eq!(actors, [Actor::Both, Actor::Client]);
}

// ---- files that are not statement sheets -----------------------------------

fn reason(bytes: &[u8], name: &str) -> String {
    read_bytes(bytes, name, Format::Sheet, &ReadOptions::default()).unwrap_err().to_string()
}

#[test]
fn bad_files_are_clear_errors() {
    let real = std::fs::read(support::spec("mqtt-v3.1.1-wd-statements/2014-02-27-1550.ods")).unwrap();
    let cases = [
        reason(b"", "empty.ods"),
        reason(b"Statement No.\tNormative Statement\n[MQTT-1.1.0-1]\tIt MUST\n", "text.ods"),
        reason(&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0], "binary.ods"),
        reason(&real[..real.len() / 2], "truncated.ods"),
        reason(&zip_of(&[("readme.txt", "hello".into())]), "plain.zip.ods"),
        reason(&ods(&[HEADER, &["Connect"]]), "no-ids.ods"),
        read_path(std::path::Path::new("/nonexistent/missing.ods"), None, &ReadOptions::default())
            .unwrap_err()
            .to_string(),
    ];
    insta::assert_snapshot!("bad_files", cases.join("\n"));
}
