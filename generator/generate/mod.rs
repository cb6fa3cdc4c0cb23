//! `specgen generate`: one test skeleton per statement, merged into the
//! existing test tree without touching what people wrote.
//!
//! Library use (what the CLI does, and what a `build.rs` or an xtask can do):
//!
//! ```no_run
//! let project = specgen::project::Project::load("spec/specgen.toml".as_ref())?;
//! let plan = specgen::generate::run(&project, &specgen::generate::Options::default())?;
//! print!("{}", plan.report());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A run is planned completely (every file read, scanned and rendered in
//! memory) before anything is written, so a file that does not parse stops
//! the run with nothing written anywhere.

pub mod accept;
mod doc_comment;
pub mod merge;
pub mod naming;
mod plan;
mod report;
pub mod skeleton;
pub mod template;
pub mod wiring;
pub mod write;

pub use plan::{plan_document, SECTION_DEPTH};
pub use report::{Finding, NewTest, Orphan, Renumbered, Report, Stale};
pub use template::Templates;
pub use write::{FileWrite, Lock, LOCK_FILE};

use crate::diag::{render_all, Diagnostic};
use crate::project::{Project, ProjectError};
use std::path::{Path, PathBuf};

/// Why a run stopped. Nothing has been written when any of these is returned
/// (except `Io` from the final renames, which names what was written).
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// Files that do not parse, malformed or duplicated annotations, bad templates.
    #[error("{}", render_all(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
    #[error("{}: another specgen run holds this lock; wait for it to finish", .0.display())]
    Locked(PathBuf),
    #[error("{}: changed on disk after it was read; nothing was written, run again", .0.display())]
    Changed(PathBuf),
    /// A request that cannot be carried out (unknown id, nothing to accept).
    #[error("{0}")]
    Refused(String),
}

impl From<ProjectError> for GenerateError {
    fn from(e: ProjectError) -> Self {
        match e {
            ProjectError::NoStatements { path, document } => GenerateError::Io {
                path,
                message: format!("no statement list for `{document}`: run `specgen extract` first"),
            },
            ProjectError::Ingest(e) => GenerateError::Io { path: e.path, message: e.reason },
            other => GenerateError::Refused(other.to_string()),
        }
    }
}

impl GenerateError {
    pub fn io(path: &Path, message: impl Into<String>) -> Self {
        GenerateError::Io { path: path.to_path_buf(), message: message.into() }
    }
}

/// Which documents to generate for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these documents (by name); else [`Project::select`]'s default.
    pub documents: Vec<String>,
}

/// Everything one document's regeneration would do.
#[derive(Debug, Clone)]
pub struct DocPlan {
    pub document: String,
    /// The document's test folder, `<tests_dir>/<doc_module>`.
    pub dir: PathBuf,
    /// Folders to create first (the test folder on a first run).
    pub create_dirs: Vec<PathBuf>,
    pub writes: Vec<FileWrite>,
    pub report: Report,
}

/// A whole run: built in memory, then [`Plan::apply`]ed or only reported.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub documents: Vec<DocPlan>,
}

impl Plan {
    /// True when applying would write nothing.
    pub fn is_up_to_date(&self) -> bool {
        self.documents.iter().all(|d| d.writes.is_empty() && d.create_dirs.is_empty())
    }

    /// The human report: what would change (or changed), then the findings.
    pub fn report(&self) -> String {
        self.documents.iter().map(|d| d.report.render(&d.document, &d.dir)).collect::<Vec<_>>().join("\n")
    }

    /// Number of findings of the given kinds, over all documents.
    pub fn count(&self, kinds: &[Finding]) -> usize {
        self.documents.iter().map(|d| d.report.count(kinds)).sum()
    }

    /// Writes every file of the plan (see [`write::commit`]): each target is
    /// checked to still hold what was planned on, then all are written.
    pub fn apply(&self) -> Result<(), GenerateError> {
        let dirs: Vec<PathBuf> = self.documents.iter().flat_map(|d| d.create_dirs.clone()).collect();
        let writes: Vec<FileWrite> = self.documents.iter().flat_map(|d| d.writes.clone()).collect();
        write::commit(&dirs, &writes)
    }
}

/// Plans every selected document; reads, never writes. The test tree is
/// scanned once; each document's plan sees the files of its own folder.
pub fn plan(project: &Project, options: &Options) -> Result<Plan, GenerateError> {
    let documents = project.select(&options.documents)?;
    let templates = Templates::load(&project.templates_dir()).map_err(|d| GenerateError::Invalid(vec![d]))?;
    let tree = project.scan().map_err(GenerateError::Invalid)?;
    let mut plan = Plan::default();
    for doc in documents {
        let list = project.statements(doc)?;
        let dir = project.test_dir(doc);
        let broken: Vec<Diagnostic> = tree.unparsable_under(&dir).cloned().collect();
        if !broken.is_empty() {
            return Err(GenerateError::Invalid(broken));
        }
        let folder = dir.is_dir().then(|| tree.under(&dir).cloned().collect());
        // What the document's other test binaries (a client suite) cover.
        let other_dirs: Vec<std::path::PathBuf> =
            doc.test_binaries.iter().map(|b| project.tests_dir().join(b)).collect();
        let elsewhere: std::collections::HashSet<String> = other_dirs
            .iter()
            .flat_map(|d| tree.under(d))
            .flat_map(|(f, _)| {
                let covers = f.tests.iter().flat_map(|t| t.covers.iter().map(|c| c.covers.id.clone()));
                covers.chain(f.waivers.iter().map(|w| w.waive.id.clone())).collect::<Vec<_>>()
            })
            .collect();
        let depth = doc.section_depth.unwrap_or(plan::SECTION_DEPTH);
        plan.documents.push(plan::plan_scanned(&list, &dir, folder, &elsewhere, &templates, depth)?);
    }
    Ok(plan)
}

/// Locks the tests folder, plans and applies: `specgen generate`.
pub fn run(project: &Project, options: &Options) -> Result<Plan, GenerateError> {
    let _lock = Lock::acquire(&project.tests_dir())?;
    let plan = plan(project, options)?;
    plan.apply()?;
    Ok(plan)
}
