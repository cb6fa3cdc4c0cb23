//! The matrix of the real project: `spec/specgen.toml`, the extracted lists in
//! `spec/statements/`, the generated MQTT suite in `generated/tests/`. Counts
//! are checked against the inputs read independently (JSON and plain text),
//! then every report is snapshotted so a PR shows how coverage moved.

use specgen::matrix::{self, Request, Status};
use specgen::project::Project;
use specgen::report::Format;
use std::path::{Path, PathBuf};

fn real() -> (Project, matrix::Matrix) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = Project::load(&root.join("spec/specgen.toml")).expect("the project config");
    let req = Request { link_base: root.join("generated"), ..Default::default() };
    let m = matrix::load(&config, &req).unwrap_or_else(|e| panic!("{}", specgen::diag::render_all(&e))).matrix;
    (config, m)
}

/// `#[specgen::covers("ID"` occurrences under a folder, counted as text.
fn annotations_in(dir: &Path) -> usize {
    let mut n = 0;
    let mut stack: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&p).unwrap();
                n += text.lines().filter(|l| l.trim_start().starts_with("#[specgen::covers(\"")).count();
            }
        }
    }
    n
}

#[test]
fn every_statement_and_every_annotation_is_accounted_for() {
    let (config, m) = real();
    // The matrix covers the documents the suite is generated from.
    let tracked: Vec<_> = config.config.documents.iter().filter(|d| d.generate).collect();
    assert_eq!(m.documents.len(), tracked.len());
    for (doc, dm) in tracked.into_iter().zip(&m.documents) {
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(config.statements_path(doc)).unwrap()).unwrap();
        let ids: Vec<&str> = json["statements"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
        let rows: Vec<&str> = dm.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(rows, ids, "{}: one row per statement, in spec order", doc.name);

        // Its own test folder and the other test binaries that count for it (the client suite).
        let annotations = annotations_in(&config.test_dir(doc))
            + doc.test_binaries.iter().map(|b| annotations_in(&config.tests_dir().join(b))).sum::<usize>();
        let in_rows: usize = dm.rows.iter().map(|r| r.tests.len()).sum();
        let orphans = m.orphans.iter().filter(|o| o.document == doc.name && o.kind == "test").count();
        assert_eq!(in_rows + orphans, annotations, "{}: every covers annotation lands somewhere", doc.name);
        for r in &dm.rows {
            let untested_or_waived = matches!(r.status, Status::Untested | Status::Waived);
            assert!(r.tests.is_empty() == untested_or_waived || r.status == Status::Waived, "{}: {:?}", r.id, r.status);
        }
    }
    // Without results nothing can pass or fail.
    assert!(m.summary.by_target.is_empty());
    assert!(m.rows().all(|(_, r)| r.targets.is_empty()));
}

#[test]
fn snapshots_of_the_real_reports() {
    let (_, m) = real();
    insta::assert_snapshot!("real_TRACEABILITY.md", Format::Markdown.render(&m));
    insta::assert_snapshot!("real_matrix.csv", Format::Csv.render(&m));
    insta::assert_snapshot!("real_matrix.json", Format::Json.render(&m));
    // The page's constant CSS and script are covered by the fixture snapshot.
    let html = Format::Html.render(&m);
    let style = (html.find("<style>").unwrap(), html.find("</style>").unwrap());
    let script = (html.rfind("<script>").unwrap(), html.rfind("</script>").unwrap());
    let body = format!(
        "{}<style>…</style>{}<script>…</script>{}",
        &html[..style.0],
        &html[style.1 + 8..script.0],
        &html[script.1 + 9..]
    );
    insta::assert_snapshot!("real_matrix.html", body);
}
