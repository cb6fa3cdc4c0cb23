//! `specgen check` through the binary: each rule fails on a config built to
//! break it, passes on the good fixture; exit codes 0 / 1 / 2.

use crate::support::cli::{self, Run};
use std::path::{Path, PathBuf};

const ROOT: &str = "tests/fixtures/matrix";

fn abs(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(ROOT).join(rel)
}

/// A config over the main fixture with the given `[check]` body, in a temp dir.
fn config(check: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        r#"[project]
id_prefix = "FX"
statements_dir = "{statements}"
tests_dir = "{tests}"
reports_dir = "{out}"

[[document]]
name = "fixture-doc"
path = "fixture.md"

[matrix]
waive_actors = {{ Client = "client-side" }}
expected_failures = {{ broker-a = "{expected}" }}

[check]
{check}
"#,
        statements = abs("spec/statements").display(),
        tests = abs("tests").display(),
        out = dir.path().join("out").display(),
        expected = abs("results/broker-a.expected-failures.toml").display(),
    );
    let path = dir.path().join("specgen.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn check(config: &Path, args: &[&str]) -> Run {
    cli::with_config(config, ["check"].iter().chain(args))
}

fn results_args() -> Vec<String> {
    vec![
        "--results".into(),
        format!("broker-a={}", abs("results/broker-a.xml").display()),
        "--results".into(),
        format!("broker-b={}", abs("results/broker-b.xml").display()),
    ]
}

fn with_results<'a>(owned: &'a [String], extra: &[&'a str]) -> Vec<&'a str> {
    owned.iter().map(String::as_str).chain(extra.iter().copied()).collect()
}

/// The lines of one rule's block: its header and its findings.
fn block<'a>(stdout: &'a str, rule: &str) -> Vec<&'a str> {
    let mut lines = stdout.lines().skip_while(|l| !l[5..].starts_with(rule));
    let mut out: Vec<&str> = lines.next().into_iter().collect();
    out.extend(lines.take_while(|l| l.starts_with("       ")));
    out
}

#[test]
fn stale_tests_fail_the_check() {
    let (_d, cfg) = config("no_stale = true\nno_orphan = false");
    let r = check(&cfg, &[]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let b = block(&r.stdout, "no-stale");
    assert_eq!(b[0], "FAIL no-stale: 1 stale test(s)");
    assert!(b[1].contains("FX-1.2.0-2 [fixture-doc]") && b[1].contains("fp 0badf00d") && b[1].contains("now a579b40b"));
    assert_eq!(b.len(), 2);
}

#[test]
fn orphans_fail_the_check() {
    let (_d, cfg) = config("no_stale = false\nno_orphan = true");
    let r = check(&cfg, &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    let b = block(&r.stdout, "no-orphan");
    assert_eq!(b[0], "FAIL no-orphan: 2 orphan annotation(s)");
    assert!(
        b[1].contains("FX-9.9.9-8")
            && b[1].contains("waiver at tests/fixtures/matrix/tests/fixture_doc/s1_2_security.rs:17"),
        "{b:?}"
    );
    assert!(b[2].contains("FX-9.9.9-9") && b[2].contains("s1_1_sessions::extra::removed_statement"));
}

#[test]
fn must_coverage_threshold() {
    let owned = results_args();
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\nmin_coverage = { MUST = 90 }");
    let r = check(&cfg, &with_results(&owned, &[]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    let b = block(&r.stdout, "min-coverage MUST");
    assert_eq!(b[0], "FAIL min-coverage MUST: 62.5% covered (5 of 8), needs 90%");
    let ids: Vec<&str> = b[1..].iter().map(|l| l.split_whitespace().next().unwrap()).collect();
    assert_eq!(ids, ["FX-1.0.0-1", "FX-1.0.0-2", "FX-1.2.0-2"]);
    assert!(b[1].ends_with("untested") && b[2].ends_with("skeleton") && b[3].ends_with("stale"));

    // The same threshold met, and a flag overriding the config.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\nmin_coverage = { MUST = 60 }");
    assert_eq!(check(&cfg, &with_results(&owned, &[])).code, 0);
    assert_eq!(check(&cfg, &with_results(&owned, &["--min-coverage", "MUST=63"])).code, 1);
    assert_eq!(check(&cfg, &with_results(&owned, &["--min-coverage", "SHOULD=100"])).code, 0);
}

#[test]
fn failures_on_a_named_target() {
    let owned = results_args();
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\nno_failing = [\"broker-b\"]");
    let r = check(&cfg, &with_results(&owned, &[]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    let b = block(&r.stdout, "no-failing broker-b");
    // Three failures and one blocked verdict: a blocked test on a gated
    // target means a behaviour the suite relies on broke.
    assert_eq!(b[0], "FAIL no-failing broker-b: 4 unexpected failure(s)");
    assert!(b[2].contains("FX-1.1.0-2") && b[2].contains("session survived Clean Start"), "{b:?}");
    assert!(
        b.iter().any(|l| l.contains("FX-1.1.0-3") && l.contains("blocked: the session could not be created")),
        "{b:?}"
    );
    // broker-a only fails a listed known deviation: it passes.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\nno_failing = [\"broker-a\"]");
    let r = check(&cfg, &with_results(&owned, &[]));
    assert_eq!(r.code, 0, "{}", r.stdout);
    assert!(r.stdout.contains("ok   no-failing broker-a") && r.stdout.contains("ok   expected-failures broker-a"));
    // A named target without results cannot be shown to pass.
    let r = check(&cfg, &[]);
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("FAIL no-failing broker-a: no results given for target `broker-a`"), "{}", r.stdout);
}

#[test]
fn expected_failures_list_only_shrinks() {
    let owned = results_args();
    let outdated = format!("broker-a={}", abs("results/broker-a.outdated.toml").display());
    let (_d, cfg) = config("no_stale = false\nno_orphan = false");
    let r = check(&cfg, &with_results(&owned, &["--expected", &outdated]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    let b = block(&r.stdout, "expected-failures broker-a");
    assert_eq!(b[0], "FAIL expected-failures broker-a: 3 mismatch(es)");
    assert!(
        b[1].starts_with("       FX-1.1.0-1 [")
            && b[1].contains("broker-a.outdated.toml:3]")
            && b[1].contains("now passes")
    );
    assert!(b[2].starts_with("       FX-7.0.0-1 [") && b[2].contains("no such statement"));
    assert!(b[3].starts_with("       FX-1.1.0-3 [fixture-doc]") && b[3].contains("is not in"));
    // An entry marked intermittent may pass without failing the rule.
    let dir = tempfile::tempdir().unwrap();
    let flaky = dir.path().join("flaky.toml");
    let list = "\"FX-1.1.0-3\" = \"resumes expired sessions\"\n\n\
                [\"FX-1.1.0-1\"]\nreason = \"loses the session in some runs\"\nintermittent = true\n";
    std::fs::write(&flaky, list).unwrap();
    let r = check(&cfg, &with_results(&owned, &["--expected", &format!("broker-a={}", flaky.display())]));
    assert!(r.stdout.contains("ok   expected-failures broker-a"), "{}{}", r.stdout, r.stderr);
    std::fs::write(&flaky, list.replace("intermittent = true\n", "")).unwrap();
    let r = check(&cfg, &with_results(&owned, &["--expected", &format!("broker-a={}", flaky.display())]));
    assert!(r.stdout.contains("FAIL expected-failures broker-a: 1 mismatch(es)"), "{}", r.stdout);
    // The rule can be turned off.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\nexpected_failures = false");
    assert_eq!(check(&cfg, &with_results(&owned, &["--expected", &outdated])).code, 0);
}

#[test]
fn good_fixture_passes_every_rule() {
    let cfg = abs("good/spec/specgen.toml");
    let results = format!("only={}", abs("good/results.xml").display());
    let r = check(&cfg, &["--results", &results]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let rules: Vec<&str> =
        r.stdout.lines().filter(|l| l.starts_with("ok ")).map(|l| l[5..].split(':').next().unwrap()).collect();
    assert_eq!(rules, ["no-stale", "no-orphan", "min-coverage MUST", "min-coverage all", "no-failing only"]);
    assert!(r.stdout.ends_with("check passed: 5 rule(s)\n"));
}

#[test]
fn bad_input_exits_2() {
    let (_d, cfg) = config("");
    let r = check(&cfg, &["--results", &format!("x={}", abs("results/truncated.xml").display())]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("truncated.xml:10"), "{}", r.stderr);
    let (_d, cfg) = config("min_coverage = { MOST = 10 }");
    let r = check(&cfg, &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("unknown tier `MOST`"), "{}", r.stderr);
    let (_d, cfg) = config("no_stale = \"yes\"");
    assert_eq!(check(&cfg, &[]).code, 2);
}

#[test]
fn expected_failures_may_name_the_failing_test() {
    let owned = results_args();
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, test: &str| {
        let path = dir.path().join(name);
        let body = format!("[\"FX-1.1.0-3\"]\ntest = \"{test}\"\nreason = \"resumes expired sessions\"\n");
        std::fs::write(&path, body).unwrap();
        format!("broker-a={}", path.display())
    };
    let (_d, cfg) = config("no_stale = false\nno_orphan = false");
    let right = write("right.toml", "fx_1_1_0_3_expired_session");
    let r = check(&cfg, &with_results(&owned, &["--expected", &right]));
    assert!(r.stdout.contains("ok   expected-failures broker-a"), "{}{}", r.stdout, r.stderr);
    let wrong = write("wrong.toml", "fx_1_1_0_2_some_other_test");
    let r = check(&cfg, &with_results(&owned, &["--expected", &wrong]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    let b = block(&r.stdout, "expected-failures broker-a");
    assert!(
        b[1].contains("names test `fx_1_1_0_2_some_other_test`, but no test of that name covers FX-1.1.0-3"),
        "{b:?}"
    );
}

#[test]
fn unknown_doc_exits_2_naming_the_config() {
    let (_d, cfg) = config("");
    let r = check(&cfg, &["--doc", "no-such-doc"]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr.contains(&format!("{}: no document named `no-such-doc`", cfg.display()))
            && r.stderr.contains("the config has: fixture-doc"),
        "{}",
        r.stderr
    );
    assert!(!r.stdout.contains("check passed"), "{}", r.stdout);
}

#[test]
fn allow_stale_lets_a_stale_test_pass() {
    let owned = results_args();
    let (_d, cfg) = config("no_stale = true\nno_orphan = false");
    let r = check(&cfg, &with_results(&owned, &[]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("FAIL no-stale"), "{}", r.stdout);
    let r = check(&cfg, &with_results(&owned, &["--allow-stale"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("no-stale"), "{}", r.stdout);
}

#[test]
fn allow_orphan_lets_an_orphan_pass() {
    let owned = results_args();
    let (_d, cfg) = config("no_stale = false\nno_orphan = true");
    let r = check(&cfg, &with_results(&owned, &[]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("FAIL no-orphan"), "{}", r.stdout);
    let r = check(&cfg, &with_results(&owned, &["--allow-orphan"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(!r.stdout.contains("no-orphan"), "{}", r.stdout);
}

#[test]
fn no_failing_flag_adds_the_rule() {
    let owned = results_args();
    let (_d, cfg) = config("no_stale = false\nno_orphan = false");
    let r = check(&cfg, &with_results(&owned, &[]));
    assert_eq!(r.code, 0, "without the flag broker-b's failures are only reported: {}{}", r.stdout, r.stderr);
    let r = check(&cfg, &with_results(&owned, &["--no-failing", "broker-b"]));
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(r.stdout.contains("FAIL no-failing broker-b: 4 unexpected failure(s)"), "{}", r.stdout);
}

/// The good fixture plus a second document that nothing tests: the gate
/// over both fails on coverage; `--doc` narrows it to the good one.
#[test]
fn doc_flag_selects_the_documents_judged() {
    let dir = tempfile::tempdir().unwrap();
    let good = abs("good");
    std::fs::create_dir_all(dir.path().join("spec/statements")).unwrap();
    let text = std::fs::read_to_string(good.join("spec/specgen.toml"))
        .unwrap()
        .replace("tests_dir = \"../tests\"", &format!("tests_dir = \"{}\"", good.join("tests").display()));
    let text = text.replace("[matrix]", "[[document]]\nname = \"untested-doc\"\npath = \"untested.md\"\n\n[matrix]");
    std::fs::write(dir.path().join("spec/specgen.toml"), text).unwrap();
    std::fs::copy(good.join("spec/statements/fixture-doc.json"), dir.path().join("spec/statements/fixture-doc.json"))
        .unwrap();
    std::fs::copy(abs("spec/statements/fixture-doc.json"), dir.path().join("spec/statements/untested-doc.json"))
        .unwrap();
    let cfg = dir.path().join("spec/specgen.toml");
    let results = format!("only={}", abs("good/results.xml").display());
    let r = check(&cfg, &["--results", &results]);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("FAIL min-coverage"), "{}", r.stdout);
    let r = check(&cfg, &["--results", &results, "--doc", "fixture-doc"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.ends_with("check passed: 5 rule(s)\n"), "{}", r.stdout);
}

fn pair(cell: &str, file: &str) -> String {
    format!("{cell}={}", abs(&format!("results/rounds/{file}.xml")).display())
}

#[test]
fn grid_cells_gate_their_scenarios() {
    let pairs = [
        "--pair".to_string(),
        pair("round1:paho@broker-a", "paho@broker-a"),
        "--pair".into(),
        pair("round1:paho@broker-b", "paho@broker-b"),
        "--pair".into(),
        pair("round1:lib@broker-a", "lib@broker-a"),
    ];
    let owned: Vec<String> = results_args().into_iter().chain(pairs).collect();
    let args: Vec<&str> = owned.iter().map(String::as_str).collect();

    // Every cell of broker-a: lib's blocked scenario breaks it; skipped ones never do.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\ngrids_no_failing = [\"round1:*@broker-a\"]");
    let r = check(&cfg, &args);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let b = block(&r.stdout, "grids-no-failing round1:*@broker-a");
    assert_eq!(b[0], "FAIL grids-no-failing round1:*@broker-a: 1 scenario(s) failed or blocked (2 cell(s))");
    assert_eq!(
        b[1],
        "       round1::publish_qos2 [round1:lib@broker-a]: blocked: the observer's QoS 2 subscription was granted QoS 1"
    );
    assert_eq!(b.len(), 2);

    // paho on broker-b: one failed, one skipped: only the failure counts.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\ngrids_no_failing = [\"round1:paho@broker-b\"]");
    let r = check(&cfg, &args);
    let b = block(&r.stdout, "grids-no-failing round1:paho@broker-b");
    assert_eq!(b.len(), 2, "{}", r.stdout);
    assert!(b[1].contains("round1::publish_qos2") && b[1].contains("failed: the observer received"), "{}", b[1]);

    // A clean cell passes.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\ngrids_no_failing = [\"round1:paho@broker-a\"]");
    let r = check(&cfg, &args);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r
        .stdout
        .contains("ok   grids-no-failing round1:paho@broker-a: every scenario that ran passed (1 cell(s))"));

    // A pattern over no cell proves nothing, so it fails.
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\ngrids_no_failing = [\"round2:*@*\"]");
    let r = check(&cfg, &args);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("FAIL grids-no-failing round2:*@*: no grid cell matches"), "{}", r.stdout);
}

#[test]
fn bad_grid_input_exits_2() {
    // A pattern without the GRID:ROW@COLUMN shape is a config error.
    let (_d, cfg) = config("grids_no_failing = [\"round1\"]");
    let r = check(&cfg, &[]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("grids_no_failing: `round1` is not GRID:ROW@COLUMN"), "{}", r.stderr);

    let (_d, cfg) = config("");
    // A malformed --pair is refused by the argument parser.
    let r = check(&cfg, &["--pair", "round1:paho=x.xml"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("expected GRID:ROW@COLUMN=FILE"), "{}", r.stderr);
    // A broken results file and a cell given twice are both reported, naming the file.
    let truncated = format!("round1:a@b={}", abs("results/truncated.xml").display());
    let once = pair("round1:paho@broker-a", "paho@broker-a");
    let r = check(&cfg, &["--pair", &truncated, "--pair", &once, "--pair", &once]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("truncated.xml"), "{}", r.stderr);
    assert!(r.stderr.contains("grid cell `round1:paho@broker-a` is given two results files"), "{}", r.stderr);
}

/// A target with a known-deviation list whose results are not given fails
/// the gate: otherwise a run that wrote no report for it would pass.
#[test]
fn a_listed_target_without_results_fails() {
    let (_d, cfg) = config("no_stale = false\nno_orphan = false");
    let r = check(&cfg, &[]);
    assert_eq!(r.code, 1, "{}", r.stdout);
    assert!(
        r.stdout.contains(
            "FAIL expected-failures broker-a: no results given for target `broker-a` (--results broker-a=FILE)"
        ),
        "{}",
        r.stdout
    );
    let owned = results_args();
    assert_eq!(check(&cfg, &with_results(&owned, &[])).code, 0);
}

/// A tier's coverage rule lists the uncovered statements of that tier only;
/// the `all` rule lists every uncovered statement.
#[test]
fn coverage_findings_follow_the_scope() {
    let owned = results_args();
    let (_d, cfg) =
        config("no_stale = false\nno_orphan = false\nmin_coverage = { all = 100, MUST = 100, SHOULD = 100 }");
    let r = check(&cfg, &with_results(&owned, &[]));
    let ids = |rule: &str| -> Vec<String> {
        block(&r.stdout, rule)[1..].iter().map(|l| l.split_whitespace().next().unwrap().to_string()).collect()
    };
    // The fixture's uncovered statements are all MUST ones; SHOULD is met.
    assert_eq!(ids("min-coverage all"), ["FX-1.0.0-1", "FX-1.0.0-2", "FX-1.2.0-2"], "{}", r.stdout);
    assert_eq!(ids("min-coverage MUST"), ["FX-1.0.0-1", "FX-1.0.0-2", "FX-1.2.0-2"]);
    assert!(r.stdout.contains("ok   min-coverage SHOULD: 100.0% covered (2 of 2), needs 100%"), "{}", r.stdout);
}

/// Each unexpected failure names the tests that failed on that target (not
/// those that failed elsewhere) and says "blocked" only for a blocked one.
#[test]
fn failure_lines_name_this_targets_failing_tests() {
    let owned = results_args();
    let (_d, cfg) = config("no_stale = false\nno_orphan = false\nno_failing = [\"broker-b\"]");
    let r = check(&cfg, &with_results(&owned, &[]));
    let b = block(&r.stdout, "no-failing broker-b");
    let f = "tests/fixtures/matrix/tests/fixture_doc";
    assert_eq!(
        b[1..],
        [
            format!("       FX-1.1.0-1 [fixture-doc]: `s2_0_client::fx_2_0_0_3_ping_answered_under_load` ({f}/s2_0_client.rs:14): no PINGRESP within 1s"),
            format!("       FX-1.1.0-2 [fixture-doc]: `s1_1_sessions::fx_1_1_0_2_clean_start` ({f}/s1_1_sessions.rs:10): session survived Clean Start"),
            format!("       FX-1.1.0-3 [fixture-doc]: `s1_1_sessions::fx_1_1_0_3_expired_session` ({f}/s1_1_sessions.rs:17): blocked: the session could not be created: CONNACK refused (not authorized)"),
            format!("       FX-2.0.0-3 [fixture-doc]: `s2_0_client::fx_2_0_0_3_ping_answered_under_load` ({f}/s2_0_client.rs:13): no PINGRESP within 1s"),
        ],
        "{}",
        r.stdout
    );
}
