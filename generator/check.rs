//! `specgen check`: CI rules over the matrix. Each rule lists the statements
//! that break it; any broken rule fails the check.
//!
//! ```toml
//! [check]
//! no_stale = true                   # default: a test written against old text fails
//! no_orphan = true                  # default: an annotation naming a removed id fails
//! min_coverage = { MUST = 90 }      # tier (MUST/SHOULD/MAY/all) -> % covered
//! no_failing = ["mosquitto"]        # targets where an unlisted failure fails ("*": all)
//! expected_failures = true          # default: listed deviations must still fail
//! ```
//!
//! "Covered" is [`Status::covered`]: a current written test exists (whatever
//! it reports) or the statement is waived.

use crate::matrix::{CellStatus, ExpectedFailures, Matrix, Status};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckConfig {
    pub no_stale: bool,
    pub no_orphan: bool,
    pub min_coverage: BTreeMap<String, f64>,
    pub no_failing: Vec<String>,
    pub expected_failures: bool,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            no_stale: true,
            no_orphan: true,
            min_coverage: BTreeMap::new(),
            no_failing: Vec::new(),
            expected_failures: true,
        }
    }
}

impl CheckConfig {
    pub fn validate(&self) -> Result<(), String> {
        for (tier, pct) in &self.min_coverage {
            if !matches!(tier.as_str(), "MUST" | "SHOULD" | "MAY" | "all") {
                return Err(format!("[check] min_coverage: unknown tier `{tier}` (MUST, SHOULD, MAY, all)"));
            }
            if !(0.0..=100.0).contains(pct) {
                return Err(format!("[check] min_coverage: {tier} = {pct} is not a percentage"));
            }
        }
        Ok(())
    }
}

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
                detail: match &o.test {
                    Some(t) => format!("test `{t}` ({}:{}) names an id the document does not have", o.file, o.line),
                    None => format!("waiver at {}:{} names an id the document does not have", o.file, o.line),
                },
            })
            .collect();
        rules.push(rule("no-orphan", findings, "every annotation names a statement", "orphan annotation(s)"));
    }
    for (tier, min) in &cfg.min_coverage {
        let counts = if tier == "all" { Some(&matrix.summary.all) } else { matrix.summary.tier(tier) };
        let pct = counts.map(|c| c.coverage()).unwrap_or(100.0);
        let covered = counts.map(|c| (c.covered, c.total)).unwrap_or((0, 0));
        let passed = pct + 1e-9 >= *min;
        let findings = if passed {
            Vec::new()
        } else {
            matrix
                .rows()
                .filter(|(_, r)| (tier == "all" || r.tier == tier) && !r.status.covered())
                .map(|(doc, r)| Finding {
                    id: r.id.clone(),
                    scope: doc.to_string(),
                    detail: r.status.as_str().to_string(),
                })
                .collect()
        };
        rules.push(RuleResult {
            rule: format!("min-coverage {tier}"),
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
    if cfg.expected_failures {
        for (target, list) in expected {
            rules.push(expected_rule(matrix, target, list));
        }
    }
    CheckReport { rules }
}

/// The list of known deviations only shrinks: a listed statement that passes
/// must leave the list, an unlisted failure must be fixed or listed, and every
/// entry must name a statement.
fn expected_rule(matrix: &Matrix, target: &str, list: &ExpectedFailures) -> RuleResult {
    let mut findings = Vec::new();
    let ti = matrix.targets.iter().position(|t| t == target);
    for id in list.entries.keys() {
        let loc = list.location(id);
        let rows: Vec<_> = matrix.rows().filter(|(_, r)| r.id == *id).collect();
        if rows.is_empty() {
            findings.push(Finding {
                id: id.clone(),
                scope: loc.to_string(),
                detail: "listed, but no such statement".into(),
            });
        }
        let named = list.entries[id].test.as_deref();
        if let Some(test) =
            named.filter(|t| !rows.iter().any(|(_, r)| r.tests.iter().any(|x| x.name.rsplit("::").next() == Some(*t))))
        {
            findings.push(Finding {
                id: id.clone(),
                scope: loc.to_string(),
                detail: format!("names test `{test}`, but no test of that name covers {id}"),
            });
        }
        for (_, r) in rows {
            if ti.is_some_and(|ti| r.targets[ti].status == CellStatus::Passing) {
                findings.push(Finding {
                    id: id.clone(),
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
        .filter(|t| t.results.iter().any(|o| o.target == *target && o.outcome == crate::results::Outcome::Failed))
        .map(|t| format!("`{}` ({}:{})", t.name, t.file, t.line))
        .collect();
    match &r.targets[ti].message {
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
