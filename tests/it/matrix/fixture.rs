//! The matrix on the fixture tree (tests/fixtures/matrix): every status, two
//! targets, a known deviation, orphans, an actor waiver; all four reports
//! snapshotted.

use specgen::matrix::{self, CellStatus, Loaded, Request, Status};
use specgen::project::Project;
use specgen::report::Format;
use specgen::results::ResultsArg;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ROOT: &str = "tests/fixtures/matrix";

fn results(pairs: &[(&str, &str)]) -> Vec<ResultsArg> {
    pairs.iter().map(|(t, f)| ResultsArg { target: t.to_string(), path: Path::new(ROOT).join(f) }).collect()
}

fn load(results: Vec<ResultsArg>) -> Loaded {
    let config = Project::load(&Path::new(ROOT).join("spec/specgen.toml")).expect("fixture config");
    let req = Request { results, link_base: PathBuf::from(ROOT), ..Default::default() };
    matrix::load(&config, &req).unwrap_or_else(|e| panic!("{}", specgen::diag::render_all(&e)))
}

fn two_targets() -> Loaded {
    load(results(&[("broker-a", "results/broker-a.xml"), ("broker-b", "results/broker-b.xml")]))
}

#[test]
fn every_status_on_the_fixture() {
    let m = two_targets().matrix;
    let got: BTreeMap<&str, (Status, Vec<&str>)> = m
        .rows()
        .map(|(_, r)| (r.id.as_str(), (r.status, r.targets.iter().map(|c| c.status.as_str()).collect())))
        .collect();
    let want: BTreeMap<&str, (Status, Vec<&str>)> = [
        // No test: nothing a product could pass.
        ("FX-1.0.0-1", (Status::Untested, vec!["n/a", "n/a"])),
        // Tests in a suite both targets ran, without a result.
        ("FX-1.0.0-2", (Status::Skeleton, vec!["not-run", "not-run"])),
        // broker-b: the test's own verdict, "skipped: needs a private broker configuration".
        ("FX-1.0.0-3", (Status::Implemented, vec!["not-run", "skipped"])),
        ("FX-1.1.0-1", (Status::Implemented, vec!["passing", "failing"])), // via the two-id test failing on b
        ("FX-1.1.0-2", (Status::Implemented, vec!["passing", "failing"])),
        // broker-b: its vehicle failed, so the statement was not judged.
        ("FX-1.1.0-3", (Status::Implemented, vec!["failing", "blocked"])),
        ("FX-1.2.0-1", (Status::Implemented, vec!["skipped", "skipped"])),
        ("FX-1.2.0-2", (Status::Stale, vec!["passing", "not-run"])),
        ("FX-1.2.0-3", (Status::Waived, vec!["n/a", "n/a"])),
        ("FX-2.0.0-1", (Status::Waived, vec!["n/a", "n/a"])),
        ("FX-2.0.0-2", (Status::Implemented, vec!["passing", "passing"])),
        ("FX-2.0.0-3", (Status::Implemented, vec!["passing", "failing"])),
    ]
    .into_iter()
    .collect();
    assert_eq!(got, want);

    let row = |id: &str| m.rows().find(|(_, r)| r.id == id).unwrap().1;
    // The known deviation is on broker-a only, with its explanation.
    let dev = &row("FX-1.1.0-3").targets;
    assert_eq!(dev[0].known_deviation.as_deref(), Some("broker-a resumes expired sessions (tracked upstream)"));
    assert!(!dev[0].unexpected_failure() && dev[1].known_deviation.is_none());
    // Failure messages come through, entities decoded.
    assert_eq!(row("FX-1.1.0-2").targets[1].message.as_deref(), Some("session survived Clean Start"));
    // The test's own verdicts carry their reasons.
    assert_eq!(
        row("FX-1.1.0-3").targets[1].message.as_deref(),
        Some("the session could not be created: CONNACK refused (not authorized)")
    );
    assert_eq!(row("FX-1.0.0-3").targets[1].message.as_deref(), Some("needs a private broker configuration"));
    // `#[ignore = "..."]` on a written test without a result is a skip with the reason.
    assert_eq!(row("FX-1.2.0-1").targets[1].message.as_deref(), Some("ignored: needs a TLS listener"));
    // Waivers: one by macro, one by actor.
    assert_eq!(row("FX-1.2.0-3").waiver.as_ref().unwrap().source, "macro");
    assert_eq!(row("FX-2.0.0-1").waiver.as_ref().unwrap().source, "actor");
    // A test covering two statements counts for both; links are relative to the reports.
    let multi = &row("FX-1.1.0-1").tests;
    assert_eq!(multi.len(), 2);
    assert_eq!(multi[1].file, "tests/fixture_doc/s2_0_client.rs");
    assert_eq!(row("FX-1.0.0-3").link.as_deref(), Some("https://example.org/fixture.html#stmt-fx-1.0.0-3"));

    let orphans: Vec<(&str, &str)> = m.orphans.iter().map(|o| (o.id.as_str(), o.kind)).collect();
    assert_eq!(orphans, vec![("FX-9.9.9-8", "waiver"), ("FX-9.9.9-9", "test")]);

    let codes: Vec<&str> = m.diagnostics.iter().map(|d| d.code.as_str()).collect();
    // broker-a: `not_annotated` (a #[test] in the tree covering nothing) is
    // expected and summed up; a result from another binary likewise;
    // broker-b: `s9_missing::gone_test` exists nowhere and is warned about.
    assert_eq!(codes, vec!["results-of-unannotated-tests", "results-outside-tree", "unknown-test-result"]);
    assert!(m.diagnostics[0].message.starts_with("1 result(s) of broker-a"), "{}", m.diagnostics[0]);
    assert_eq!(m.diagnostics[2].severity, specgen::diag::Severity::Warning);
    assert!(m.diagnostics[2].message.contains("s9_missing::gone_test"), "{}", m.diagnostics[2]);
}

#[test]
fn totals_by_tier_actor_section_and_target() {
    let m = two_targets().matrix;
    let s = &m.summary;
    assert_eq!((s.all.total, s.all.covered), (12, 9));
    let must = s.tier(specgen::model::Tier::Must).unwrap();
    assert_eq!((must.total, must.untested, must.skeleton, must.covered), (8, 1, 1, 5));
    let actors: Vec<(&str, usize)> = s.by_actor.iter().map(|g| (g.key.as_str(), g.counts.total)).collect();
    assert_eq!(actors, vec![("Server", 11), ("Client", 1)]);
    let sections: Vec<(&str, usize)> =
        m.documents[0].totals.by_section.iter().map(|g| (g.key.as_str(), g.counts.total)).collect();
    assert_eq!(sections, vec![("1.0", 3), ("1.1", 3), ("1.2", 3), ("2.0", 3)]);
    let a = &s.by_target[0];
    assert_eq!(
        (a.passing, a.failing, a.known_deviations, a.blocked, a.skipped, a.not_run, a.not_applicable),
        (5, 0, 1, 0, 1, 2, 3)
    );
    assert_eq!((a.applicable(), a.passed_share().map(|p| p.round())), (9, Some(56.0)));
    let b = &s.by_target[1];
    assert_eq!(
        (b.passing, b.failing, b.known_deviations, b.blocked, b.skipped, b.not_run, b.not_applicable),
        (1, 3, 0, 1, 2, 2, 3)
    );
    // Per group too: section 1.1 on broker-b is one failing, one failing, one blocked.
    let s11 = &m.documents[0].totals.by_section[1];
    assert_eq!((s11.targets[1].failing, s11.targets[1].blocked, s11.targets[1].passing), (2, 1, 0));
}

#[test]
fn libtest_json_results_join_by_test_path() {
    let m = load(results(&[("broker-a", "results/broker-a.libtest.json")])).matrix;
    let cell = |id: &str| m.rows().find(|(_, r)| r.id == id).unwrap().1.targets[0].clone();
    assert_eq!(cell("FX-1.1.0-1").status, CellStatus::Passing);
    assert_eq!(cell("FX-1.1.0-3").status, CellStatus::Failing);
    assert_eq!(cell("FX-1.2.0-1").message.as_deref(), Some("needs a TLS listener"));
    assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);
}

#[test]
fn snapshots_of_every_report() {
    let m = two_targets().matrix;
    for f in Format::ALL {
        let text = f.render(&m);
        insta::assert_snapshot!(format!("fixture_{}", f.file_name()), text);
    }
    insta::assert_snapshot!("fixture_diagnostics", specgen::diag::render_all(&m.diagnostics));
}

#[test]
fn reports_are_byte_stable() {
    let (a, b) = (two_targets().matrix, two_targets().matrix);
    for f in Format::ALL {
        assert_eq!(f.render(&a), f.render(&b), "{}", f.file_name());
    }
}

#[test]
fn json_carries_the_schema_tag() {
    let m = two_targets().matrix;
    let v: serde_json::Value = serde_json::from_str(&Format::Json.render(&m)).unwrap();
    assert_eq!(v["schema"], "specgen.matrix/2");
    assert_eq!(v["documents"][0]["rows"].as_array().unwrap().len(), 12);
}

/// Interop grids (`--pair`): each cell counts its run's scenarios; the
/// reports draw each grid beside the statements, and the statement matrix
/// is the same with or without them.
#[test]
fn interop_grids_beside_the_statements() {
    let config = Project::load(&Path::new(ROOT).join("spec/specgen.toml")).expect("fixture config");
    let pair = |s: &str| -> matrix::PairArg { format!("{s}={ROOT}/results/rounds/{}.xml", &s[7..]).parse().unwrap() };
    let req = Request {
        results: results(&[("broker-a", "results/broker-a.xml"), ("broker-b", "results/broker-b.xml")]),
        pairs: vec![pair("round1:paho@broker-a"), pair("round1:paho@broker-b"), pair("round1:lib@broker-a")],
        link_base: PathBuf::from(ROOT),
        ..Default::default()
    };
    let m = matrix::load(&config, &req).unwrap_or_else(|e| panic!("{}", specgen::diag::render_all(&e))).matrix;
    assert_eq!(m.grids.len(), 1);
    let g = &m.grids[0];
    assert_eq!(
        (g.title.as_str(), g.rows_label.as_str(), g.columns_label.as_str()),
        ("Round 1: each client with each server", "client", "server")
    );
    assert_eq!(
        (g.rows.clone(), g.columns.clone()),
        (vec!["paho".to_string(), "lib".into()], vec!["broker-a".to_string(), "broker-b".into()])
    );
    let summaries: Vec<String> = g.cells.iter().map(|c| format!("{}@{} {}", c.row, c.column, c.summary())).collect();
    assert_eq!(
        summaries,
        ["paho@broker-a 3/3", "paho@broker-b 1/2 · 1 failed · 1 skipped", "lib@broker-a 2/3 · 1 blocked"]
    );
    // The verdict lines are read as in the statement matrix.
    let lib = g.cell("lib", "broker-a").unwrap();
    assert_eq!(lib.problems[0].message.as_deref(), Some("the observer's QoS 2 subscription was granted QoS 1"));

    // The statement part is unchanged by the grids.
    let plain = two_targets().matrix;
    assert_eq!(Format::Csv.render(&m), Format::Csv.render(&plain));
    let md = Format::Markdown.render(&m);
    let section = |text: &str, start: &str, end: &str| -> String {
        let from = text.find(start).unwrap_or_else(|| panic!("no {start:?} in the report"));
        let to = text[from..].find(end).map(|i| from + i).unwrap_or(text.len());
        text[from..to].to_string()
    };
    insta::assert_snapshot!("fixture_grids_md", section(&md, "\n## Interop grids", "\n## [fixture-doc"));
    assert_eq!(
        md.replace(&section(&md, "\n## Interop grids", "\n## [fixture-doc"), ""),
        Format::Markdown.render(&plain)
    );
    let html = Format::Html.render(&m);
    insta::assert_snapshot!("fixture_grids_html", section(&html, "<section id=\"grids\">", "</section>"));
    let json: serde_json::Value = serde_json::from_str(&Format::Json.render(&m)).unwrap();
    assert_eq!(json["grids"][0]["cells"][1]["failed"], 1);
    assert!(serde_json::from_str::<serde_json::Value>(&Format::Json.render(&plain)).unwrap().get("grids").is_none());
}
