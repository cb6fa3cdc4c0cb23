//! The join: results → tests (by test binary and path), tests → statements
//! (by id within their document), then one status per statement.

use super::{
    Cell, CellStatus, DocumentMatrix, Matrix, Options, Orphan, Row, Status, TestOutcome, TestRef, Totals, Waiver,
    SCHEMA,
};
use crate::classify::{Classifier, State};
use crate::diag::Diagnostic;
use crate::model::{SourceLocation, Statement, StatementList};
use crate::results::{Outcome, TargetResults};
use crate::scan::{CoversAt, ScannedFile, TestFn};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

/// One document and the scanned files whose tests cover it.
#[derive(Debug, Clone)]
pub struct DocInput<'a> {
    pub list: &'a StatementList,
    pub files: Vec<&'a ScannedFile>,
}

struct Found<'a> {
    doc: usize,
    file: &'a ScannedFile,
    test: &'a TestFn,
    name: String,
    /// The file relative to the reports folder (computed once per file).
    rel: std::rc::Rc<str>,
}

pub fn build(docs: &[DocInput], results: &[TargetResults], opts: &Options) -> Matrix {
    let targets: Vec<String> = results.iter().map(|r| r.target.clone()).collect();
    let mut diagnostics: Vec<Diagnostic> = results.iter().flat_map(|r| r.warnings.iter().cloned()).collect();

    let mut found = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for file in &doc.files {
            let rel: std::rc::Rc<str> = rel(&opts.link_base, &file.path).into();
            for test in &file.tests {
                found.push(Found { doc: d, file, test, name: file.result_name(test), rel: rel.clone() });
            }
        }
    }
    let helpers: HashSet<(Option<String>, String)> = docs
        .iter()
        .flat_map(|doc| doc.files.iter())
        .flat_map(|f| f.unannotated_names().map(move |n| (f.binary.clone(), n)))
        .collect();
    let outcomes = join_results(&found, &helpers, results, &mut diagnostics);
    // A target's scope: the test binaries it ran (nextest names them; libtest
    // JSON does not, and then every test is in scope).
    let scopes: Vec<Scope> =
        results.iter().map(|r| Scope(r.results.iter().map(|t| t.binary().map(str::to_string)).collect())).collect();

    let mut documents = Vec::new();
    let mut orphans = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let named =
            found.iter().filter(|f| f.doc == d).flat_map(|f| f.test.covers.iter().map(|c| c.covers.id.as_str()));
        let waiver_ids = doc.files.iter().flat_map(|f| f.waivers.iter().map(|w| w.waive.id.as_str()));
        let classifier = Classifier::new(doc.list, named.chain(waiver_ids));
        let mut covering: HashMap<&str, Vec<(usize, &CoversAt)>> = HashMap::new();
        for (i, f) in found.iter().enumerate().filter(|(_, f)| f.doc == d) {
            for c in &f.test.covers {
                let renumbered_to = match classifier.covers(&c.covers.id, &c.covers.fp) {
                    State::Current(_) | State::Stale(_) => {
                        covering.entry(c.covers.id.as_str()).or_default().push((i, c));
                        continue;
                    }
                    State::Renumbered(s) => Some(s.id.clone()),
                    State::Orphan => None,
                };
                orphans.push(Orphan {
                    document: doc.list.document.name.clone(),
                    id: c.covers.id.clone(),
                    kind: "test",
                    test: Some(f.name.clone()),
                    renumbered_to,
                    file: f.rel.to_string(),
                    line: c.line,
                });
            }
        }
        let mut waived: HashMap<&str, Waiver> = HashMap::new();
        for file in &doc.files {
            for w in &file.waivers {
                if classifier.waiver(&w.waive.id) == State::Orphan {
                    orphans.push(Orphan {
                        document: doc.list.document.name.clone(),
                        id: w.waive.id.clone(),
                        kind: "waiver",
                        test: None,
                        renumbered_to: None,
                        file: rel(&opts.link_base, &file.path),
                        line: w.line,
                    });
                    continue;
                }
                waived.entry(w.waive.id.as_str()).or_insert_with(|| Waiver {
                    reason: w.waive.reason.clone(),
                    source: "macro",
                    file: Some(rel(&opts.link_base, &file.path)),
                    line: Some(w.line),
                });
            }
        }
        let rows: Vec<Row> = doc
            .list
            .statements
            .iter()
            .map(|st| {
                let tests: Vec<TestRef> = covering
                    .get(st.id.as_str())
                    .into_iter()
                    .flatten()
                    .map(|&(i, c)| test_ref(&found[i], c, st, &outcomes[i]))
                    .collect();
                let mut waiver = waived.remove(st.id.as_str());
                if let (Some(w), false) = (&waiver, tests.is_empty()) {
                    diagnostics.push(Diagnostic::warning(
                        "waived-but-tested",
                        format!(
                            "{} is waived ({}) but {} test(s) cover it; the waiver wins",
                            st.id,
                            w.reason,
                            tests.len()
                        ),
                        SourceLocation::line(w.file.clone().unwrap_or_default(), w.line.unwrap_or(0)),
                    ));
                }
                if waiver.is_none() && tests.is_empty() {
                    waiver = opts.waive_actors.get(&st.actor).map(|reason| Waiver {
                        reason: reason.clone(),
                        source: "actor",
                        file: None,
                        line: None,
                    });
                }
                row(st, &doc.list.document, tests, waiver, &targets, &scopes, opts)
            })
            .collect();
        documents.push(DocumentMatrix {
            name: doc.list.document.name.clone(),
            url: doc.list.document.url.clone(),
            totals: Totals::of(&rows, &targets, true),
            rows,
            history: None,
        });
    }
    orphans.sort_by(|a, b| (&a.document, &a.id, &a.file, a.line).cmp(&(&b.document, &b.id, &b.file, b.line)));
    let summary = Totals::of(documents.iter().flat_map(|d| &d.rows), &targets, false);
    Matrix {
        schema: SCHEMA,
        generated_at: opts.timestamp.clone(),
        targets,
        summary,
        documents,
        orphans,
        grids: Vec::new(),
        diagnostics,
    }
}

/// Each found test's results, per target. A result names its binary (nextest)
/// or not (libtest JSON); results from binaries the tree does not hold (the
/// harness's own unit tests) are summed up in one note, not warned one by one.
/// Results of tests in the tree that cover no statement (`helpers`: a
/// helper's own test) are expected and counted in one note too.
fn join_results(
    found: &[Found],
    helpers: &HashSet<(Option<String>, String)>,
    results: &[TargetResults],
    diags: &mut Vec<Diagnostic>,
) -> Vec<Vec<TestOutcome>> {
    let mut by_bin: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        if let Some(b) = &f.file.binary {
            by_bin.entry((b.as_str(), f.name.as_str())).or_default().push(i);
        }
        by_name.entry(f.name.as_str()).or_default().push(i);
    }
    let binaries: HashSet<&str> = found.iter().filter_map(|f| f.file.binary.as_deref()).collect();
    let mut out: Vec<Vec<TestOutcome>> = vec![Vec::new(); found.len()];
    for tr in results {
        let mut outside: BTreeSet<String> = BTreeSet::new();
        let mut outside_count = 0;
        let mut helper_count = 0;
        for r in &tr.results {
            let hits: Option<&Vec<usize>> = match r.binary() {
                Some(b) if binaries.contains(b) => by_bin.get(&(b, r.name.as_str())),
                _ => by_name.get(r.name.as_str()).or_else(|| by_name.get(r.full_name().as_str())),
            };
            match hits {
                Some(h) if h.len() == 1 || r.binary().is_some_and(|b| binaries.contains(b)) => {
                    for &i in h {
                        out[i].push(TestOutcome {
                            target: tr.target.clone(),
                            outcome: r.outcome,
                            message: r.message.clone(),
                        });
                    }
                }
                Some(h) => diags.push(
                    Diagnostic::warning(
                        "ambiguous-test-result",
                        format!(
                            "result `{}` ({}) matches {} tests in different binaries; ignored",
                            r.name,
                            tr.target,
                            h.len()
                        ),
                        r.location.clone(),
                    )
                    .with_help("use nextest's JUnit report, which names each test's binary"),
                ),
                None if r.binary().is_some_and(|b| !binaries.contains(b)) => {
                    outside_count += 1;
                    outside.insert(r.suite.clone().unwrap_or_default());
                }
                None if helpers.contains(&(r.binary().map(str::to_string), r.name.clone()))
                    || helpers.iter().any(|(_, n)| *n == r.name || *n == r.full_name()) =>
                {
                    helper_count += 1;
                }
                None => diags.push(Diagnostic::warning(
                    "unknown-test-result",
                    format!("result `{}` ({}) names no annotated test", r.full_name(), tr.target),
                    r.location.clone(),
                )),
            }
        }
        if helper_count > 0 {
            diags.push(Diagnostic::note(
                "results-of-unannotated-tests",
                format!(
                    "{helper_count} result(s) of {} come from tests that cover no statement; not matched",
                    tr.target
                ),
                SourceLocation { file: tr.path.display().to_string(), ..Default::default() },
            ));
        }
        if outside_count > 0 {
            let names: Vec<String> = outside.into_iter().collect();
            diags.push(Diagnostic::note(
                "results-outside-tree",
                format!(
                    "{outside_count} result(s) of {} come from test binaries outside the scanned tree ({}); not matched",
                    tr.target,
                    names.join(", ")
                ),
                SourceLocation { file: tr.path.display().to_string(), ..Default::default() },
            ));
        }
    }
    out
}

fn test_ref(f: &Found, c: &CoversAt, st: &Statement, results: &[TestOutcome]) -> TestRef {
    TestRef {
        name: f.name.clone(),
        binary: f.file.binary.clone(),
        file: f.rel.to_string(),
        line: c.line,
        fp: c.covers.fp.clone(),
        stale: c.covers.fp != st.fingerprint,
        skeleton: f.test.skeleton,
        ignored: f.test.ignored.clone(),
        results: results.to_vec(),
    }
}

/// The test binaries one target ran.
struct Scope(HashSet<Option<String>>);

impl Scope {
    fn ran(&self, t: &TestRef) -> bool {
        self.0.contains(&None) || self.0.contains(&t.binary)
    }
}

fn row(
    st: &Statement,
    doc: &crate::model::DocumentInfo,
    tests: Vec<TestRef>,
    waiver: Option<Waiver>,
    targets: &[String],
    scopes: &[Scope],
    opts: &Options,
) -> Row {
    let cells: Vec<Cell> =
        targets.iter().zip(scopes).map(|(t, scope)| cell(t, scope, st, &tests, waiver.is_some(), opts)).collect();
    let status = if waiver.is_some() {
        Status::Waived
    } else if tests.is_empty() {
        Status::Untested
    } else if tests.iter().any(|t| t.stale) {
        Status::Stale
    } else if tests.iter().any(|t| !t.skeleton) {
        Status::Implemented
    } else {
        Status::Skeleton
    };
    Row {
        id: st.id.clone(),
        section: st.section.clone(),
        section_title: st.section_title.clone(),
        text: st.text.clone(),
        levels: st.levels.clone(),
        tier: st.tier(),
        actor: st.actor,
        fingerprint: st.fingerprint.clone(),
        link: link(doc, st),
        status,
        waiver,
        targets: cells,
        tests,
        history: None,
    }
}

/// One target's verdict over every test of a statement (the precedence is in
/// the `status` module's docs). An `#[ignore]`d written test, which nextest
/// leaves out of its report, counts as skipped.
fn cell(target: &str, scope: &Scope, st: &Statement, tests: &[TestRef], waived: bool, opts: &Options) -> Cell {
    let outcomes: Vec<&TestOutcome> = tests.iter().flat_map(|t| &t.results).filter(|o| o.target == target).collect();
    let first = |o: Outcome| outcomes.iter().find(|r| r.outcome == o).map(|r| r.message.clone());
    let ran: Vec<&TestRef> = tests.iter().filter(|t| scope.ran(t)).collect();
    let (status, message) = if waived {
        (CellStatus::NotApplicable, Some("waived".to_string()))
    } else if let Some(m) = first(Outcome::Failed) {
        (CellStatus::Failing, m)
    } else if let Some(m) = first(Outcome::Blocked) {
        (CellStatus::Blocked, m)
    } else if outcomes.iter().any(|r| r.outcome == Outcome::Passed) {
        (CellStatus::Passing, None)
    } else if let Some(m) = first(Outcome::Skipped) {
        (CellStatus::Skipped, m)
    } else if let Some(reason) = ran.iter().find(|t| !t.skeleton).and_then(|t| t.ignored.as_ref()) {
        (
            CellStatus::Skipped,
            Some(if reason.is_empty() { "ignored".to_string() } else { format!("ignored: {reason}") }),
        )
    } else if ran.iter().any(|t| !t.skeleton) {
        (CellStatus::NotRun, None)
    } else if !ran.is_empty() {
        (CellStatus::NotRun, Some("skeleton".to_string()))
    } else {
        (CellStatus::NotApplicable, None)
    };
    // An entry that names its test applies only where that test covers the
    // statement: ids repeat across documents (3.1.1 and 5.0 share many).
    let short_names = tests.iter().filter_map(|x| x.name.rsplit("::").next());
    let known_deviation =
        opts.expected.get(target).and_then(|e| e.find(&st.id, short_names)).map(|e| e.explanation.clone());
    Cell { target: target.to_string(), status, message, known_deviation }
}

/// The statement's link: its anchor when absolute, else the document URL
/// plus the anchor, else the document URL.
fn link(doc: &crate::model::DocumentInfo, st: &Statement) -> Option<String> {
    match (&st.anchor, &doc.url) {
        (Some(a), _) if a.contains("://") => Some(a.clone()),
        (Some(a), Some(u)) => Some(format!("{}#{}", u.split('#').next().unwrap_or(u), a.trim_start_matches('#'))),
        (None, Some(u)) => Some(u.clone()),
        (Some(_), None) | (None, None) => None,
    }
}

/// `path` relative to the folder `base`, `/`-separated, both taken lexically
/// from the current directory (the reports need not exist yet).
pub(crate) fn rel(base: &Path, path: &Path) -> String {
    let (b, p) = (lexical(base), lexical(path));
    let r = pathdiff::diff_paths(&p, &b).unwrap_or(p);
    r.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn lexical(p: &Path) -> PathBuf {
    let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links() {
        assert_eq!(rel(Path::new("generated"), Path::new("generated/tests/a/s1.rs")), "tests/a/s1.rs");
        assert_eq!(rel(Path::new("spec/../generated"), Path::new("generated/tests/a.rs")), "tests/a.rs");
        assert_eq!(rel(Path::new("out"), Path::new("generated/tests/a.rs")), "../generated/tests/a.rs");
    }
}
