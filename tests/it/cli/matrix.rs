//! `specgen matrix` through the binary: it writes the four reports (byte
//! stable, readable permissions), and on any bad input writes nothing at all,
//! exits 2, and names the file and place of every problem.

use crate::support::cli::{self, Run};
use std::path::{Path, PathBuf};

const ROOT: &str = "tests/fixtures/matrix";

fn specgen(config: &str, args: &[&str]) -> Run {
    cli::with_config(&Path::new(ROOT).join(config), ["matrix"].iter().chain(args))
}

fn res(target: &str, file: &str) -> String {
    format!("{target}={}", Path::new(ROOT).join("results").join(file).display())
}

/// An output folder holding an earlier report, to prove a failed run leaves it alone.
fn out_dir_with_old_report() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("reports");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("TRACEABILITY.md"), "old report\n").unwrap();
    (dir, out)
}

fn assert_untouched(out: &Path) {
    let names: Vec<String> =
        std::fs::read_dir(out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["TRACEABILITY.md"], "a failed run must not leave files behind");
    assert_eq!(std::fs::read_to_string(out.join("TRACEABILITY.md")).unwrap(), "old report\n");
}

#[test]
fn writes_four_reports_byte_stable() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("generated");
    let out_s = out.display().to_string();
    let (a, b) = (res("broker-a", "broker-a.xml"), res("broker-b", "broker-b.xml"));
    let args = ["--results", &a, "--results", &b, "--out", &out_s];
    let first = specgen("spec/specgen.toml", &args);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, ["TRACEABILITY.md", "matrix.csv", "matrix.html", "matrix.json"]);
    assert!(first.stdout.contains("12 statements: 9 covered (75.0%)"), "{}", first.stdout);
    // Results naming unknown tests are warnings, not failures.
    assert!(first.stderr.contains("names no annotated test [unknown-test-result]"), "{}", first.stderr);
    let before: Vec<Vec<u8>> = names.iter().map(|n| std::fs::read(out.join(n)).unwrap()).collect();
    assert_eq!(specgen("spec/specgen.toml", &args).code, 0);
    let after: Vec<Vec<u8>> = names.iter().map(|n| std::fs::read(out.join(n)).unwrap()).collect();
    assert!(before == after, "a rerun must be byte-identical");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(out.join("matrix.html")).unwrap().permissions().mode();
        assert_eq!(mode & 0o044, 0o044, "reports are world-readable, got {mode:o}");
    }
    // Links are relative to where the reports are.
    let md = String::from_utf8(before[0].clone()).unwrap();
    let rel =
        pathdiff_like(&out, &std::env::current_dir().unwrap().join(ROOT).join("tests/fixture_doc/s1_0_basics.rs"));
    assert!(md.contains(&format!("({rel}#L4)")), "no link to {rel}");
}

fn pathdiff_like(from: &Path, to: &Path) -> String {
    let from: Vec<_> = from.components().collect();
    let to: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); from.len() - common];
    parts.extend(to[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    parts.join("/")
}

#[test]
fn format_selection_and_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().display().to_string();
    let r = specgen("spec/specgen.toml", &["--format", "md", "--timestamp", "--out", &out]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["TRACEABILITY.md"]);
    let md = std::fs::read_to_string(dir.path().join("TRACEABILITY.md")).unwrap();
    assert!(md.contains("\nGenerated at 20"), "{md}");
    assert_eq!(specgen("spec/specgen.toml", &["--format", "pdf", "--out", &out]).code, 2);
}

#[test]
fn truncated_junit_writes_nothing() {
    let (_d, out) = out_dir_with_old_report();
    let r = specgen("spec/specgen.toml", &["--results", &res("a", "truncated.xml"), "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("tests/fixtures/matrix/results/truncated.xml:10:9"), "{}", r.stderr);
    assert!(r.stderr.contains("[malformed-junit]") && r.stderr.contains("nothing written"));
    assert_untouched(&out);
}

#[test]
fn foreign_xml_and_missing_files_are_all_reported() {
    let (_d, out) = out_dir_with_old_report();
    let missing = format!("c={}", Path::new(ROOT).join("results/none.xml").display());
    let r = specgen(
        "spec/specgen.toml",
        &["--results", &res("b", "foreign.xml"), "--results", &missing, "--out", out.to_str().unwrap()],
    );
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("foreign.xml") && r.stderr.contains("[not-junit]"), "{}", r.stderr);
    assert!(r.stderr.contains("results/none.xml") && r.stderr.contains("[unreadable-results]"), "{}", r.stderr);
    assert!(r.stderr.contains("2 problem(s) in the inputs"));
    assert_untouched(&out);
}

#[test]
fn unparsable_test_files_and_malformed_annotations_write_nothing() {
    let (_d, out) = out_dir_with_old_report();
    let r = specgen("broken/spec/specgen.toml", &["--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("tests/fixtures/matrix/broken/tests/fixture_doc/s1.rs:4:13"), "{}", r.stderr);
    assert!(r.stderr.contains("[unparsable-test-file]"));
    assert!(r.stderr.contains("tests/fixtures/matrix/broken/tests/fixture_doc/s2.rs:1"), "{}", r.stderr);
    assert!(r.stderr.contains("malformed covers annotation: missing `fp"), "{}", r.stderr);
    assert_untouched(&out);
}

#[test]
fn bad_expected_list_duplicate_target_and_unknown_document() {
    let (_d, out) = out_dir_with_old_report();
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "\"FX-1.1.0-3\" = \"fine\"\n\"FX-1.1.0-2\" = 7\n").unwrap();
    let expected = format!("broker-a={}", bad.display());
    let a = res("broker-a", "broker-a.xml");
    let o = out.to_str().unwrap();
    let r = specgen("spec/specgen.toml", &["--expected", &expected, "--results", &a, "--results", &a, "--out", o]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("bad.toml:2") && r.stderr.contains("needs a non-empty explanation"), "{}", r.stderr);
    assert!(r.stderr.contains("target `broker-a` is given two results files"), "{}", r.stderr);
    let r = specgen("spec/specgen.toml", &["--doc", "nope", "--out", o]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no document named `nope`"), "{}", r.stderr);
    assert_untouched(&out);
}

#[test]
fn no_panic_on_garbage_results() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let cases: [(&str, &[u8]); 6] = [
        ("empty.xml", b""),
        ("binary.xml", b"\x00\xff\xfe<testsuites>"),
        ("nested.xml", b"<testsuites><testsuite><testcase name=\"x\"><failure></testcase></testsuite></testsuites>"),
        ("attr.xml", b"<testsuite tests=\"many\"><testcase name=\"a\"/></testsuite>"),
        ("json.json", b"{\"type\": \"test\", \"event\": \"ok\"}\n{oops\n"),
        ("empty-suite.xml", b"<testsuites/>"),
    ];
    for (name, bytes) in cases {
        let f = dir.path().join(name);
        std::fs::write(&f, bytes).unwrap();
        let arg = format!("t={}", f.display());
        let r = specgen("spec/specgen.toml", &["--results", &arg, "--out", out.to_str().unwrap()]);
        assert!(!r.stderr.contains("panicked"), "{name}: {}", r.stderr);
        if name == "empty-suite.xml" {
            assert_eq!(r.code, 0, "{name}: {}", r.stderr);
            assert!(r.stderr.contains("[empty-results]"));
        } else {
            assert_eq!(r.code, 2, "{name}: {}", r.stderr);
            assert!(r.stderr.contains(name), "{name}: {}", r.stderr);
            assert!(!out.exists(), "{name}: output written");
        }
    }
}
