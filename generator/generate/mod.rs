//! `specgen generate`: one test skeleton per statement, merged into the
//! existing test tree without touching what people wrote.
//!
//! Library use (what the CLI does, and what a `build.rs` or an xtask can do):
//!
//! ```no_run
//! let config = specgen::config::Config::load("spec/specgen.toml".as_ref())?;
//! let plan = specgen::generate::run(&config, &specgen::generate::Options::default())?;
//! print!("{}", plan.report());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! A run is planned completely (every file read, scanned and rendered in
//! memory) before anything is written, so a file that does not parse stops
//! the run with nothing written anywhere.

pub mod accept;
pub mod merge;
pub mod naming;
mod plan;
mod report;
pub mod skeleton;
pub mod template;
pub mod wiring;
pub mod write;

pub use plan::plan_document;
pub use report::{Finding, NewTest, Orphan, Renumbered, Report, Stale};
pub use template::Templates;
pub use write::{FileWrite, Lock, LOCK_FILE};

use crate::config::{Config, Document};
use crate::diag::{render_all, Diagnostic};
use crate::ingest::{self, Format, ReadOptions};
use crate::model::StatementList;
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

impl GenerateError {
    pub fn io(path: &Path, message: impl Into<String>) -> Self {
        GenerateError::Io { path: path.to_path_buf(), message: message.into() }
    }
}

/// Which documents to generate for.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Only these documents (by name); all with `generate = true` when empty.
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

/// The documents a run covers.
pub fn documents<'a>(config: &'a Config, options: &Options) -> Result<Vec<&'a Document>, GenerateError> {
    for name in &options.documents {
        if config.document(name).is_none() {
            return Err(GenerateError::io(
                &config.root.join(crate::config::DEFAULT_PATH),
                format!("no document named `{name}` in the config"),
            ));
        }
    }
    Ok(config
        .documents
        .iter()
        .filter(|d| if options.documents.is_empty() { d.generate } else { options.documents.contains(&d.name) })
        .collect())
}

/// A document's statement list as `specgen extract` wrote it.
pub fn load_statements(config: &Config, doc: &Document) -> Result<StatementList, GenerateError> {
    let path = config.statements_path(doc);
    if !path.exists() {
        return Err(GenerateError::io(
            &path,
            format!("no statement list for `{}`: run `specgen extract` first", doc.name),
        ));
    }
    let mut list = ingest::read_path(&path, Some(Format::Json), &ReadOptions::default())
        .map_err(|e| GenerateError::io(&e.path, e.reason))?
        .list;
    if list.document.url.is_none() {
        list.document.url = doc.url.clone();
    }
    Ok(list)
}

/// The test folder of a document: `<tests_dir>/mqtt_v3_1_1`.
pub fn doc_dir(config: &Config, doc: &Document) -> PathBuf {
    tests_dir(config).join(naming::doc_module(&doc.name))
}

/// The configured tests folder with `.` and `..` resolved lexically, so
/// messages name `generated/tests/...` rather than `spec/../generated/tests/...`.
pub fn tests_dir(config: &Config) -> PathBuf {
    let mut out = PathBuf::new();
    for c in config.tests_dir().components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir
                if matches!(out.components().next_back(), Some(std::path::Component::Normal(_))) =>
            {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Plans every selected document; reads, never writes.
pub fn plan(config: &Config, options: &Options) -> Result<Plan, GenerateError> {
    let templates = Templates::load(&config.templates_dir()).map_err(|d| GenerateError::Invalid(vec![d]))?;
    let mut plan = Plan::default();
    for doc in documents(config, options)? {
        let list = load_statements(config, doc)?;
        plan.documents.push(plan_document(&list, &doc_dir(config, doc), &templates)?);
    }
    Ok(plan)
}

/// Locks the tests folder, plans and applies: `specgen generate`.
pub fn run(config: &Config, options: &Options) -> Result<Plan, GenerateError> {
    let _lock = Lock::acquire(&tests_dir(config))?;
    let plan = plan(config, options)?;
    plan.apply()?;
    Ok(plan)
}
