//! The generated files for the real documents, snapshotted whole: the last
//! working draft (sheet) and the MQTT 5.0 standard (Markdown). Also: a changed
//! template changes every new skeleton, and nothing already written.

use crate::support;
use crate::support::generating;

use generating::{generate, read, render_tree, synthetic, tree};
use specgen::generate::{plan_document, Plan, Templates};
use specgen::ingest::Format;
use std::path::Path;

fn snapshot_document(path: &Path, format: Format, doc: &str, statements: usize, files: usize) -> String {
    let list = read(path, format);
    assert_eq!(list.statements.len(), statements);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join(doc);
    let plan = generate(&list, &dir);
    assert_eq!(plan.report.new.len(), statements);
    assert_eq!(plan.report.new_files.len(), files + 1, "{:#?}", plan.report.new_files);
    // Every statement got exactly one test, named uniquely per file.
    let scanned = specgen::scan::scan_tree(&dir).unwrap();
    let ids: Vec<&str> = scanned.iter().flat_map(|f| f.tests.iter().map(|t| t.covers[0].covers.id.as_str())).collect();
    assert_eq!(ids.len(), statements);
    // Byte-identical on a rerun from scratch, and a no-op on the same tree.
    let again = tempfile::tempdir().unwrap();
    generate(&list, &again.path().join(doc));
    assert_eq!(render_tree(&dir), render_tree(&again.path().join(doc)));
    let noop = plan_document(&list, &dir, &Templates::builtin()).unwrap();
    assert!(Plan { documents: vec![noop] }.is_up_to_date());
    render_tree(&dir)
}

#[test]
fn last_working_draft() {
    let draft = support::working_drafts().pop().unwrap();
    insta::assert_snapshot!(snapshot_document(&draft, Format::Sheet, "mqtt_v3_1_1_wd", 117, 23));
}

#[test]
fn mqtt_v5_standard() {
    let doc = support::spec("mqtt-v5.0-os.pdf.md");
    insta::assert_snapshot!(snapshot_document(&doc, Format::Markdown, "mqtt_v5_0", 251, 29));
}

#[test]
fn a_changed_template_changes_new_skeletons_only() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    let mut l = synthetic(1, 2);
    generate(&l, &dir);
    let before = tree(&dir);

    let templates = tmp.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(
        templates.join("skeleton.rs"),
        "/// Statement __ID__ says: __TEXT__\n#[specgen::covers(\"__ID__\", fp = \"__FP__\")]\n#[test]\n\
         #[ignore = \"to do: __ID__\"]\nfn __NAME__() {\n    unimplemented!(\"__ID__\")\n}\n",
    )
    .unwrap();
    let custom = Templates::load(&templates).unwrap();
    l.statements.push(generating::statement("1.2", 3, "The Client SHOULD retry."));
    let plan = plan_document(&l, &dir, &custom).unwrap();
    Plan { documents: vec![plan] }.apply().unwrap();
    let after = tree(&dir);
    let file = before.keys().find(|p| p.to_string_lossy().contains("s1_2_")).unwrap();
    let old = String::from_utf8(before[file].clone()).unwrap();
    let new = String::from_utf8(after[file].clone()).unwrap();
    assert!(new.starts_with(old.trim_end()), "existing skeletons untouched");
    let added = &new[old.trim_end().len()..];
    let fp = &l.statements[2].fingerprint;
    assert_eq!(
        added,
        format!(
            "\n\n/// Statement T-1.2.0-3 says: The Client SHOULD retry.\n#[specgen::covers(\"T-1.2.0-3\", fp = \"{fp}\")]\n\
             #[test]\n#[ignore = \"to do: T-1.2.0-3\"]\nfn t_1_2_0_3_client_should_retry() {{\n    \
             unimplemented!(\"T-1.2.0-3\")\n}}\n"
        )
    );
}

#[test]
fn invalid_template_is_an_error_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("skeleton.rs"), "fn __NAME__( {").unwrap();
    let e = Templates::load(tmp.path()).unwrap_err();
    assert!(e.location.file.ends_with("skeleton.rs") && e.location.line == Some(1), "{e}");
    std::fs::write(tmp.path().join("skeleton.rs"), "fn not_the_placeholder() {}").unwrap();
    let e = Templates::load(tmp.path()).unwrap_err();
    assert_eq!(e.code, "bad-template");
}
