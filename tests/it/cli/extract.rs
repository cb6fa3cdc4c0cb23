//! The built `specgen` binary: `extract` and `diff` on real documents, on
//! files that are not documents, and their `--help` texts.

use crate::support;
use crate::support::cli::{self, Run};

use std::path::PathBuf;

const WD_LAST: &str = "mqtt-v3.1.1-wd-statements/2014-02-27-1550.ods";
const WD_PREV: &str = "mqtt-v3.1.1-wd-statements/2014-02-02-1844.ods";

/// Runs specgen in the specs folder, so paths in its output are relative
/// and the snapshots do not depend on where the repository lives.
fn specgen(args: &[&str]) -> Run {
    let dir = support::specs_dir();
    cli::specgen(Some(&dir), ["--config", "/nonexistent/specgen.toml"].iter().chain(args))
}

fn stderr(o: &Run) -> String {
    o.stderr.clone()
}

fn code(o: &Run) -> i32 {
    o.code
}

#[test]
fn extract_a_real_sheet_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("wd.json");
    let o = specgen(&["extract", WD_LAST, "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    let list: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(list["schema"], "specgen.statements/1");
    assert_eq!(list["statements"].as_array().unwrap().len(), 117);
    insta::assert_snapshot!("extract_wd_last_stderr", stderr(&o));
}

#[test]
fn extract_to_stdout_quiet_and_csv() {
    let o = specgen(&["extract", WD_LAST, "--quiet"]);
    assert_eq!(code(&o), 0);
    let list: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(list["statements"].as_array().unwrap().len(), 117);
    let err = stderr(&o);
    assert!(err.contains("117 statements") && !err.contains("[malformed-id]"), "{err}");

    let o = specgen(&["extract", WD_LAST, "--quiet", "--output-format", "csv"]);
    assert_eq!(code(&o), 0);
    let csv = o.stdout;
    assert!(csv.starts_with("id,section,section_title,levels,actor,text,fingerprint,source,anchor\n"), "{csv}");
    assert_eq!(csv::Reader::from_reader(csv.as_bytes()).records().count(), 117);
}

/// Missing, empty, binary, truncated and mislabelled files: exit 2, a clear
/// message naming the file, and no output file left behind.
#[test]
fn bad_documents_exit_2_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let real = std::fs::read(support::spec(WD_LAST)).unwrap();
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("empty.ods", Vec::new()),
        ("binary.ods", vec![0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0, 0, 0]),
        ("truncated.ods", real[..real.len() / 3].to_vec()),
        ("text.ods", b"Statement No.,Normative Statement\n".to_vec()),
        ("binary.md", vec![0u8, 159, 146, 150]),
    ];
    let mut messages = Vec::new();
    let mut paths: Vec<PathBuf> = files
        .iter()
        .map(|(name, bytes)| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        })
        .collect();
    paths.push(dir.path().join("missing.ods"));
    for p in &paths {
        let out = dir.path().join("out.json");
        let o = specgen(&["extract", p.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert_eq!(code(&o), 2, "{}: {}", p.display(), stderr(&o));
        assert!(!out.exists(), "{} left an output file", p.display());
        let err = stderr(&o).replace(&dir.path().display().to_string(), "<tmp>");
        assert!(err.starts_with("error: <tmp>/"), "{err}");
        messages.push(err);
    }
    insta::assert_snapshot!("bad_documents", messages.join(""));
}

#[test]
fn extract_every_configured_document() {
    let dir = tempfile::tempdir().unwrap();
    let wd = support::spec(WD_LAST);
    let write_config = |sha: &str| {
        let config = format!(
            "[project]\nstatements_dir = \"out\"\n\n[[document]]\nname = \"wd\"\npath = {:?}\nsha256 = \"{sha}\"\n",
            wd.display().to_string()
        );
        std::fs::write(dir.path().join("specgen.toml"), config).unwrap();
    };
    let run = || cli::with_config(&dir.path().join("specgen.toml"), ["extract", "--quiet"]);
    let real_sha = specgen::project::sha256_hex(&std::fs::read(&wd).unwrap());
    write_config(&real_sha);
    let o = run();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(!stderr(&o).contains("new draft"), "{}", stderr(&o));
    let written = dir.path().join("out/wd.json");
    let list: serde_json::Value = serde_json::from_slice(&std::fs::read(&written).unwrap()).unwrap();
    assert_eq!(list["document"]["name"], "wd");
    assert_eq!(list["statements"].as_array().unwrap().len(), 117);

    // Another checksum: a warning, and the list is still written.
    std::fs::remove_file(&written).unwrap();
    write_config(&"0".repeat(64));
    let o = run();
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("warning:") && err.contains("a new draft?") && err.contains(&real_sha), "{err}");
    assert!(written.exists());
}

#[test]
fn extract_every_document_reports_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("specgen.toml"), "[[document]]\nname = \"gone\"\npath = \"nowhere.ods\"\n").unwrap();
    let o = cli::with_config(&dir.path().join("specgen.toml"), ["extract"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("gone") && stderr(&o).contains("nowhere.ods: no such file"), "{}", stderr(&o));
}

#[test]
fn diff_between_two_drafts() {
    let o = specgen(&["diff", WD_PREV, WD_LAST]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let text = o.stdout;
    assert!(text.contains("0 renumbered, 2 changed, 0 added, 0 removed, 115 unchanged"), "{text}");

    let o = specgen(&["diff", WD_PREV, WD_LAST, "--exit-code", "--format", "json"]);
    assert_eq!(code(&o), 1);
    let json: serde_json::Value = serde_json::from_str(&o.stdout).unwrap();
    assert_eq!(json["schema"], "specgen.diff/1");
    assert_eq!(json["summary"]["changed"], 2);

    let o = specgen(&["diff", WD_LAST, WD_LAST, "--exit-code"]);
    assert_eq!(code(&o), 0);

    let o = specgen(&["diff", WD_LAST, "missing.ods"]);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("missing.ods: no such file"), "{}", stderr(&o));
}

#[test]
fn diff_reads_statement_json() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join("old.json");
    assert_eq!(code(&specgen(&["extract", WD_PREV, "-o", old.to_str().unwrap(), "--quiet"])), 0);
    let o = specgen(&["diff", old.to_str().unwrap(), WD_LAST, "--exit-code"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
}

#[test]
fn help_texts() {
    for cmd in ["extract", "diff"] {
        let o = cli::specgen(None, [cmd, "--help"]);
        assert_eq!(code(&o), 0);
        insta::assert_snapshot!(format!("help_{cmd}"), o.stdout);
    }
}

/// A config document may be a folder of parts bound by `bind.txt`; the
/// summary names the detected prefix, the checksum covers all parts.
#[test]
fn extract_a_bound_source_from_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let src = support::spec("mqtt-sn-v2.0-wd/source/2026-08-18");
    std::fs::write(
        dir.path().join("specgen.toml"),
        format!("[project]\nstatements_dir = \"out\"\n\n[[document]]\nname = \"sn\"\npath = \"{}\"\n", src.display()),
    )
    .unwrap();
    let o = cli::specgen(None, ["--config", dir.path().join("specgen.toml").to_str().unwrap(), "extract"]);
    let err = stderr(&o);
    assert_eq!(code(&o), 0, "{err}");
    assert!(err.contains("sn: 309 statements\n  id prefix: MQTT-SN (detected)\n"), "{err}");
    assert!(err.contains("no sha256 pinned for `sn`"), "{err}");
    let list: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("out/sn.json")).unwrap()).unwrap();
    assert_eq!(list["document"]["format"], "parts");
}

/// A temp copy of the small fixture project, its root.
fn small_project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small/spec");
    std::fs::create_dir_all(dir.path().join("spec/statements")).unwrap();
    for f in ["specgen.toml", "doc.md", "statements/small.json"] {
        std::fs::copy(src.join(f), dir.path().join("spec").join(f)).unwrap();
    }
    dir
}

#[test]
fn extract_check_passes_on_a_fresh_list() {
    let dir = small_project();
    let list = dir.path().join("spec/statements/small.json");
    let before = std::fs::read(&list).unwrap();
    let o = cli::specgen(Some(dir.path()), ["--config", "spec/specgen.toml", "extract", "--check"]);
    assert_eq!(o.code, 0, "{}", o.stderr);
    assert!(o.stderr.contains("small: spec/statements/small.json is up to date"), "{}", o.stderr);
    assert_eq!(std::fs::read(&list).unwrap(), before, "--check wrote the list");
}

#[test]
fn extract_check_fails_on_an_altered_list_and_names_it() {
    let dir = small_project();
    let list = dir.path().join("spec/statements/small.json");
    let altered = std::fs::read_to_string(&list).unwrap().replace("the first thing", "the 1st thing");
    assert_ne!(altered, std::fs::read_to_string(&list).unwrap());
    std::fs::write(&list, &altered).unwrap();
    let o = cli::specgen(Some(dir.path()), ["--config", "spec/specgen.toml", "extract", "--check"]);
    assert_eq!(o.code, 1, "{}", o.stderr);
    assert!(o.stderr.contains("small: spec/statements/small.json is out of date with spec/doc.md"), "{}", o.stderr);
    assert_eq!(std::fs::read_to_string(&list).unwrap(), altered, "--check rewrote the list");
}
