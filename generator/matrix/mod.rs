//! The traceability matrix: statements joined with the tests that cover them
//! (from `scan`) and with each target's results, one row per statement.
//!
//! [`build`] is pure (no I/O); [`load`] reads config, statement lists, the
//! test tree, results and expected-failures files and calls it. The serialized
//! [`Matrix`] is `matrix.json`'s schema (`schema/matrix.md`).

mod build;
pub mod expected;
pub mod grid;
pub mod load;
mod status;
mod totals;

pub use build::{build, DocInput};
pub use expected::{Expected, ExpectedFailures};
pub use grid::{Grid, GridCell, PairArg};
pub use load::{load, Loaded, Request};
pub use status::{CellStatus, Counts, Status, TargetCounts};
pub use totals::{Group, Totals};

use crate::diag::Diagnostic;
use crate::model::{Actor, Level, Tier};
use crate::results::Outcome;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Schema tag of `matrix.json`. Bump on any change an older reader would misread.
pub const SCHEMA: &str = "specgen.matrix/2";

/// Everything `build` needs besides statements, tests and results.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub waive_actors: BTreeMap<Actor, String>,
    /// Target → its known deviations.
    pub expected: BTreeMap<String, ExpectedFailures>,
    /// Folder the reports will sit in: test file links are relative to it.
    pub link_base: PathBuf,
    /// RFC 3339 time to print; `None` keeps reports byte-stable.
    pub timestamp: Option<String>,
}

/// The whole matrix: every document, every target.
#[derive(Debug, Clone, Serialize)]
pub struct Matrix {
    pub schema: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub generated_at: Option<String>,
    /// Result targets, in the order given.
    pub targets: Vec<String>,
    /// Totals over every document (no per-section breakdown).
    pub summary: Totals,
    pub documents: Vec<DocumentMatrix>,
    pub orphans: Vec<Orphan>,
    /// Interop grids (`--pair`): products tried in pairs, beside the statements.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub grids: Vec<Grid>,
    /// Warnings met while joining (unknown results, waived but tested, ...).
    pub diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentMatrix {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub totals: Totals,
    /// In spec order.
    pub rows: Vec<Row>,
    /// The document's drafts, when the config lists them (`specgen history`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<DocHistory>,
}

/// A document's way through its drafts, as the matrix shows it.
#[derive(Debug, Clone, Serialize)]
pub struct DocHistory {
    /// Draft labels, oldest first; the last is this version.
    pub drafts: Vec<String>,
    pub steps: Vec<crate::history::Step>,
    /// Statements some draft had and this version does not.
    pub removed: Vec<Removed>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Removed {
    /// Its last id.
    pub id: String,
    pub text: String,
    pub appeared: String,
    pub removed: String,
}

/// One statement's way through the drafts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowHistory {
    /// The first draft that has it.
    pub appeared: String,
    /// The drafts where its text changed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<String>,
    /// Every id it had, with the draft it took it in, when it was renamed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<crate::history::IdSince>,
}

impl DocumentMatrix {
    /// Attaches what the history says to the document and its rows.
    pub fn attach_history(&mut self, h: &crate::history::History) {
        for r in &mut self.rows {
            r.history = h.current(&r.id).map(|l| RowHistory {
                appeared: l.appeared.clone(),
                changed: l.changes.iter().map(|c| c.draft.clone()).collect(),
                ids: if l.renamed() { l.ids.clone() } else { Vec::new() },
            });
        }
        self.history = Some(DocHistory {
            drafts: h.drafts.iter().map(|d| d.label.clone()).collect(),
            steps: h.steps.clone(),
            removed: h
                .statements
                .iter()
                .filter_map(|l| {
                    Some(Removed {
                        id: l.id.clone(),
                        text: l.text.clone(),
                        appeared: l.appeared.clone(),
                        removed: l.removed.clone()?,
                    })
                })
                .collect(),
        });
    }
}

/// One statement's line in the matrix.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub id: String,
    pub section: String,
    pub section_title: String,
    pub text: String,
    pub levels: Vec<Level>,
    /// `MUST`, `SHOULD`, `MAY` or `none`.
    pub tier: Tier,
    pub actor: Actor,
    pub fingerprint: String,
    /// Link to the statement in the published document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    pub status: Status,
    /// Why it is waived.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiver: Option<Waiver>,
    /// One per target, in `Matrix::targets` order.
    pub targets: Vec<Cell>,
    pub tests: Vec<TestRef>,
    /// Its way through the document's drafts, when the config lists them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<RowHistory>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Waiver {
    pub reason: String,
    /// `macro` (`specgen::waive!`) or `actor` (`[matrix] waive_actors`).
    pub source: &'static str,
    /// Where the macro is, relative to the reports folder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
}

/// A target's verdict on a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cell {
    pub target: String,
    pub status: CellStatus,
    /// First line of the failure message, or the reason it was blocked or skipped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The target's expected-failures entry for this statement, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub known_deviation: Option<String>,
}

impl Cell {
    /// Failing or blocked, and not a listed deviation. A blocked verdict
    /// counts: on a gated target it means a behaviour the suite relies on
    /// broke, which must not pass a check unnoticed.
    pub fn unexpected_failure(&self) -> bool {
        matches!(self.status, CellStatus::Failing | CellStatus::Blocked) && self.known_deviation.is_none()
    }
}

/// A test covering a statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TestRef {
    /// Path inside the test binary, as results name it.
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub binary: Option<String>,
    /// The file, relative to the reports folder, `/`-separated.
    pub file: String,
    /// Line of the `covers` annotation.
    pub line: u32,
    /// Fingerprint the test was written against.
    pub fp: String,
    pub stale: bool,
    pub skeleton: bool,
    /// `#[ignore]` reason (empty for a bare `#[ignore]`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<String>,
    /// Results of this test, per target that reported it.
    pub results: Vec<TestOutcome>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TestOutcome {
    pub target: String,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// An annotation naming an id its document does not have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Orphan {
    pub document: String,
    pub id: String,
    /// `test` (a `covers` annotation) or `waiver` (a `waive!`).
    pub kind: &'static str,
    /// The test's name, for `test` orphans.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test: Option<String>,
    /// The id the annotation's text now has: a renumbered statement
    /// (`specgen accept --rename` follows it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub renumbered_to: Option<String>,
    pub file: String,
    pub line: u32,
}

impl Matrix {
    /// Every row with its document's name, in report order.
    pub fn rows(&self) -> impl Iterator<Item = (&str, &Row)> {
        self.documents.iter().flat_map(|d| d.rows.iter().map(move |r| (d.name.as_str(), r)))
    }

    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("the matrix always serializes");
        s.push('\n');
        s
    }
}
