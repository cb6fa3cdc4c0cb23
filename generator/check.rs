//! `specgen check`: CI rules over the matrix. Each rule lists the statements
//! that break it; any broken rule fails the check. The rules are
//! [`CheckConfig`] (`[check]` in the config) with the command's flags on top.
//!
//! "Covered" is [`Status::covered`]: a current written test exists (whatever
//! it reports) or the statement is waived.

pub use crate::config::{CheckConfig, Scope};
use crate::matrix::{CellStatus, ExpectedFailures, Matrix, Status};
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// One statement (or file entry) that breaks a rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub id: String,
    /// Document, or the file the finding is in.
    pub scope: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleResult {
    /// `no-stale`, `min-coverage MUST`, `no-failing mosquitto`, ...
    pub rule: String,
    pub passed: bool,
    pub summary: String,
    pub findings: Vec<Finding>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckReport {
    pub rules: Vec<RuleResult>,
}

impl CheckReport {
    pub fn passed(&self) -> bool {
        self.rules.iter().all(|r| r.passed)
    }

    /// Plain text for CI logs: every rule, failed ones with their findings.
    pub fn render(&self) -> String {
        let failed = self.rules.iter().filter(|r| !r.passed).count();
        let mut s = String::new();
        for r in &self.rules {
            let mark = if r.passed { "ok  " } else { "FAIL" };
            let _ = writeln!(s, "{mark} {}: {}", r.rule, r.summary);
            for f in &r.findings {
                let _ = writeln!(s, "       {} [{}]: {}", f.id, f.scope, f.detail);
            }
        }
        let _ = match failed {
            0 => writeln!(s, "check passed: {} rule(s)", self.rules.len()),
            n => writeln!(s, "check failed: {n} of {} rule(s) broken", self.rules.len()),
        };
        s
    }
}

pub fn run(matrix: &Matrix, cfg: &CheckConfig, expected: &BTreeMap<String, ExpectedFailures>) -> CheckReport {
    let mut rules = Vec::new();
    // Nothing selected proves nothing: an empty matrix never passes.
    if matrix.rows().next().is_none() {
        rules.push(RuleResult {
            rule: "statements".into(),
            passed: false,
            summary: "the selected documents hold no statement: nothing was checked".into(),
            findings: Vec::new(),
        });
    }
    if cfg.no_stale {
        let mut findings = Vec::new();
        for (doc, row) in matrix.rows().filter(|(_, r)| r.status == Status::Stale) {
            for t in row.tests.iter().filter(|t| t.stale) {
                findings.push(Finding {
                    id: row.id.clone(),
                    scope: doc.to_string(),
                    detail: format!(
                        "`{}` ({}:{}) was written against fp {}; the statement is now {} (review, then `specgen accept`)",
                        t.name, t.file, t.line, t.fp, row.fingerprint
                    ),
                });
            }
        }
        rules.push(rule("no-stale", findings, "no test checks outdated text", "stale test(s)"));
    }
    if cfg.no_orphan {
        let findings = matrix
            .orphans
            .iter()
            .map(|o| Finding {
                id: o.id.clone(),
                scope: o.document.clone(),
                detail: match (&o.test, &o.renumbered_to) {
                    (Some(t), Some(new)) => format!(
                        "test `{t}` ({}:{}) names a renumbered statement: its text is now {new} \
                         (`specgen accept --rename {} {new}`)",
                        o.file, o.line, o.id
                    ),
                    (Some(t), None) => {
                        format!("test `{t}` ({}:{}) names an id the document does not have", o.file, o.line)
                    }
                    (None, _) => format!("waiver at {}:{} names an id the document does not have", o.file, o.line),
                },
            })
            .collect();
        rules.push(rule("no-orphan", findings, "every annotation names a statement", "orphan annotation(s)"));
    }
    for (scope, min) in &cfg.min_coverage {
        let counts = match scope {
            Scope::All => Some(&matrix.summary.all),
            Scope::Tier(t) => matrix.summary.tier(*t),
        };
        let pct = counts.map(|c| c.coverage()).unwrap_or(100.0);
        let covered = counts.map(|c| (c.covered, c.total)).unwrap_or((0, 0));
        let passed = pct + 1e-9 >= *min;
        let findings = if passed {
            Vec::new()
        } else {
            matrix
                .rows()
                .filter(|(_, r)| (*scope == Scope::All || Scope::Tier(r.tier) == *scope) && !r.status.covered())
                .map(|(doc, r)| Finding {
                    id: r.id.clone(),
                    scope: doc.to_string(),
                    detail: r.status.as_str().to_string(),
                })
                .collect()
        };
        rules.push(RuleResult {
            rule: format!("min-coverage {scope}"),
            passed,
            summary: format!("{pct:.1}% covered ({} of {}), needs {min}%", covered.0, covered.1),
            findings,
        });
    }
    let named: Vec<String> =
        if cfg.no_failing.iter().any(|t| t == "*") { matrix.targets.clone() } else { cfg.no_failing.clone() };
    for target in named {
        let name = format!("no-failing {target}");
        let Some(ti) = matrix.targets.iter().position(|t| *t == target) else {
            rules.push(RuleResult {
                rule: name,
                passed: false,
                summary: format!("no results given for target `{target}` (--results {target}=FILE)"),
                findings: Vec::new(),
            });
            continue;
        };
        let findings = matrix
            .rows()
            .filter(|(_, r)| r.targets[ti].unexpected_failure())
            .map(|(doc, r)| Finding { id: r.id.clone(), scope: doc.to_string(), detail: failure_detail(r, ti) })
            .collect();
        rules.push(rule(&name, findings, "no unexpected failure", "unexpected failure(s)"));
    }
    for pattern in &cfg.grids_no_failing {
        rules.push(grid_rule(matrix, pattern));
    }
    if cfg.expected_failures {
        for (target, list) in expected {
            rules.push(expected_rule(matrix, target, list));
        }
    }
    CheckReport { rules }
}

/// Every scenario that ran in the grid cells `pattern` names passed. A
/// pattern naming no cell fails: a gate over nothing proves nothing.
fn grid_rule(matrix: &Matrix, pattern: &str) -> RuleResult {
    let name = format!("grids-no-failing {pattern}");
    let mut cells = 0;
    let mut findings = Vec::new();
    for g in &matrix.grids {
        for c in g.cells.iter().filter(|c| crate::matrix::grid::matches(pattern, &g.name, &c.row, &c.column)) {
            cells += 1;
            let failures = c.problems.iter().filter(|p| p.outcome != crate::results::Outcome::Skipped);
            findings.extend(failures.map(|p| Finding {
                id: p.name.clone(),
                scope: format!("{}:{}@{}", g.name, c.row, c.column),
                detail: format!("{}: {}", p.outcome.as_str(), p.message.as_deref().unwrap_or("(no message)")),
            }));
        }
    }
    if cells == 0 {
        return RuleResult {
            rule: name,
            passed: false,
            summary: format!("no grid cell matches `{pattern}` (--pair GRID:ROW@COLUMN=FILE)"),
            findings,
        };
    }
    let mut r = rule(&name, findings, "every scenario that ran passed", "scenario(s) failed or blocked");
    r.summary = format!("{} ({cells} cell(s))", r.summary);
    r
}

/// The list of known deviations only shrinks: a listed statement that passes
/// must leave the list, an unlisted failure must be fixed or listed, and every
/// entry must name a statement.
fn expected_rule(matrix: &Matrix, target: &str, list: &ExpectedFailures) -> RuleResult {
    let mut findings = Vec::new();
    let ti = matrix.targets.iter().position(|t| t == target);
    // A target with a list but no results would pass unseen.
    if ti.is_none() {
        return RuleResult {
            rule: format!("expected-failures {target}"),
            passed: false,
            summary: format!("no results given for target `{target}` (--results {target}=FILE)"),
            findings: Vec::new(),
        };
    }
    for (id, entry) in list.iter() {
        let loc = list.location(entry);
        let rows: Vec<_> = matrix.rows().filter(|(_, r)| r.id == *id).collect();
        if rows.is_empty() {
            findings.push(Finding {
                id: id.to_string(),
                scope: loc.to_string(),
                detail: "listed, but no such statement".into(),
            });
        }
        let short_names = |r: &crate::matrix::Row| {
            r.tests.iter().filter_map(|x| x.name.rsplit("::").next()).map(str::to_string).collect::<Vec<_>>()
        };
        if let Some(test) =
            entry.test.as_deref().filter(|t| !rows.iter().any(|(_, r)| short_names(r).iter().any(|x| x == t)))
        {
            findings.push(Finding {
                id: id.to_string(),
                scope: loc.to_string(),
                detail: format!("names test `{test}`, but no test of that name covers {id}"),
            });
        }
        // Only the rows the entry applies to (the named test covers them).
        for (_, r) in rows
            .into_iter()
            .filter(|(_, r)| !entry.intermittent && entry.applies_to(short_names(r).iter().map(String::as_str)))
        {
            if ti.is_some_and(|ti| r.targets[ti].status == CellStatus::Passing) {
                findings.push(Finding {
                    id: id.to_string(),
                    scope: loc.to_string(),
                    detail: format!("listed as a known deviation of {target}, but now passes: remove it from the list"),
                });
            }
        }
    }
    if let Some(ti) = ti {
        for (doc, r) in matrix.rows().filter(|(_, r)| r.targets[ti].unexpected_failure()) {
            findings.push(Finding {
                id: r.id.clone(),
                scope: doc.to_string(),
                detail: format!("fails on {target} but is not in {}: {}", list.path, failure_detail(r, ti)),
            });
        }
    }
    rule(
        &format!("expected-failures {target}"),
        findings,
        "the known-deviation list matches the results",
        "mismatch(es)",
    )
}

fn failure_detail(r: &crate::matrix::Row, ti: usize) -> String {
    let target = &r.targets[ti].target;
    let tests: Vec<String> = r
        .tests
        .iter()
        .filter(|t| {
            t.results.iter().any(|o| {
                o.target == *target
                    && matches!(o.outcome, crate::results::Outcome::Failed | crate::results::Outcome::Blocked)
            })
        })
        .map(|t| format!("`{}` ({}:{})", t.name, t.file, t.line))
        .collect();
    match &r.targets[ti].message {
        Some(m) if r.targets[ti].status == CellStatus::Blocked => format!("{}: blocked: {m}", tests.join(", ")),
        Some(m) => format!("{}: {m}", tests.join(", ")),
        None => tests.join(", "),
    }
}

fn rule(name: &str, findings: Vec<Finding>, ok: &str, what: &str) -> RuleResult {
    RuleResult {
        rule: name.to_string(),
        passed: findings.is_empty(),
        summary: if findings.is_empty() { ok.to_string() } else { format!("{} {what}", findings.len()) },
        findings,
    }
}
