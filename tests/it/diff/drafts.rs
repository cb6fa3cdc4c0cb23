//! `diff` across the real drafts: each consecutive pair of working-draft
//! sheets, and the last working draft against the 3.1.1 standard.

use crate::support;

use specgen::diff::{diff, MatchKind, SCHEMA};
use specgen::ingest::{read_bytes, Format, ReadOptions};
use specgen::model::StatementList;
use std::path::Path;

/// Reads a document under a stable name relative to the specs folder.
fn read(path: &Path, format: Format) -> StatementList {
    let name = path.strip_prefix(support::specs_dir()).unwrap().display().to_string();
    let bytes = std::fs::read(path).unwrap();
    read_bytes(&bytes, &name, format, &ReadOptions::default()).unwrap().list
}

#[test]
fn consecutive_working_drafts() {
    let drafts = support::working_drafts();
    // Seven pairs, seven snapshots: an empty folder must not pass the loop.
    assert_eq!(drafts.len(), 8, "{drafts:?}");
    let lists: Vec<StatementList> = drafts.iter().map(|p| read(p, Format::Sheet)).collect();
    for (pair, names) in lists.windows(2).zip(drafts.windows(2)) {
        let d = diff(&pair[0], &pair[1]);
        let name = format!(
            "wd_{}_to_{}",
            names[0].file_stem().unwrap().to_string_lossy(),
            names[1].file_stem().unwrap().to_string_lossy()
        );
        // Independently: the Python reading of content.xml (see
        // tests/ingest_sheet.rs) found identical statement texts in the first
        // seven drafts and two changed texts in the last (4.3.2-2, 4.3.3-2).
        let expected_changed: &[&str] =
            if names[1].ends_with("2014-02-27-1550.ods") { &["MQTT-4.3.2-2", "MQTT-4.3.3-2"] } else { &[] };
        let changed: Vec<&str> = d.changed.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(changed, expected_changed, "{name}");
        assert_eq!((d.added.len(), d.removed.len(), d.renumbered.len()), (0, 0, 0), "{name}");
        assert_eq!(d.summary.unchanged, 117 - expected_changed.len(), "{name}");
        insta::assert_snapshot!(name, d.to_text());
    }
}

#[test]
fn last_working_draft_json() {
    let drafts = support::working_drafts();
    let d = diff(&read(&drafts[6], Format::Sheet), &read(&drafts[7], Format::Sheet));
    assert_eq!(d.schema, SCHEMA);
    insta::assert_snapshot!("wd_last_pair_json", d.to_json());
    // The JSON reads back.
    let back: specgen::diff::Diff = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(back, d);
}

/// Needs the Markdown reader (generator/ingest/markdown).
#[test]
fn last_working_draft_to_the_standard() {
    let wd = read(&support::spec("mqtt-v3.1.1-wd-statements/2014-02-27-1550.ods"), Format::Sheet);
    let os = read(&support::spec("mqtt-v3.1.1-os.pdf.md"), Format::Markdown);
    let start = std::time::Instant::now();
    let d = diff(&wd, &os);
    eprintln!("diff of {} x {} statements: {:?}", wd.statements.len(), os.statements.len(), start.elapsed());
    // The UTF-8 rules moved from 1.4.0 to 1.5.3 and were reworded.
    for (old, new) in
        [("MQTT-1.4.0-1", "MQTT-1.5.3-1"), ("MQTT-1.4.0-2", "MQTT-1.5.3-2"), ("MQTT-1.4.0-3", "MQTT-1.5.3-3")]
    {
        let r = d
            .renumbered
            .iter()
            .find(|r| r.old_id == old)
            .unwrap_or_else(|| panic!("{old} not reported as renumbered:\n{}", d.to_text()));
        assert_eq!(r.new_id, new);
        assert_eq!(r.kind, MatchKind::SimilarText);
        assert!(r.text_changed);
    }
    insta::assert_snapshot!("wd_2014-02-27-1550_to_v3.1.1_os", d.to_text());
}
