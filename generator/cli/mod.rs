//! The command line: a thin layer over the library. Each command is one file.
//!
//! Exit codes: 0 success; 1 the command ran and found a problem (a check
//! failed, the tree is out of date, a diff is non-empty with `--exit-code`);
//! 2 bad input or usage (unreadable document, bad config, unparsable file).

use crate::model::Format;
use crate::project::Project;
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub mod accept;
pub mod check;
pub mod diff;
pub mod extract;
pub mod generate;
pub mod history;
pub mod matrix;

#[derive(Debug, Parser)]
#[command(
    name = "specgen",
    version,
    about = "Normative statements in; spec-linked Rust test skeletons and a traceability matrix out."
)]
pub struct Cli {
    /// Project config.
    #[arg(long, global = true, default_value = crate::project::DEFAULT_CONFIG)]
    pub config: PathBuf,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read a document's normative statements (or every configured document).
    Extract(extract::Args),
    /// Create or update test skeletons (merge-safe); `--check` for CI.
    Generate(generate::Args),
    /// Mark tests reviewed after a text change, or follow a renumbering.
    Accept(accept::Args),
    /// Write the traceability matrix: TRACEABILITY.md, matrix.html, .json, .csv.
    Matrix(matrix::Args),
    /// CI gate over the matrix: stale, orphans, coverage, failures, known deviations.
    Check(check::Args),
    /// Compare two versions of a statement list: added, removed, changed, renumbered.
    Diff(diff::Args),
    /// Follow every statement of a document through its drafts: appeared, changed, renamed, removed.
    History(history::Args),
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let config = cli.config.as_path();
    let result = match cli.command {
        Some(Command::Extract(args)) => extract::run(config, args),
        Some(Command::Generate(args)) => project(config).and_then(|p| generate::run(&p, args)),
        Some(Command::Accept(args)) => project(config).and_then(|p| accept::run(&p, args)),
        Some(Command::Matrix(args)) => project(config).and_then(|p| matrix::run(&p, args)),
        Some(Command::Check(args)) => project(config).and_then(|p| check::run(&p, args)),
        Some(Command::Diff(args)) => diff::run(config, args),
        Some(Command::History(args)) => project(config).and_then(|p| history::run(&p, args)),
        None => extract::run(config, extract::Args::default()),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The project of the config file: every command but `diff` and
/// `extract SOURCE` needs one.
fn project(config: &Path) -> anyhow::Result<Project> {
    Ok(Project::load(config)?)
}

/// The project when its config exists: `diff` and `extract SOURCE` borrow
/// its id pattern and party words, and work without one.
fn optional_project(config: &Path) -> anyhow::Result<Option<Project>> {
    if config.exists() {
        project(config).map(Some)
    } else {
        Ok(None)
    }
}

/// A document format on the command line (the library's [`Format`] knows no clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    /// ODS or XLSX statement sheet.
    Sheet,
    Markdown,
    Html,
    Json,
    Csv,
    /// Markdown in several files, bound by a `bind.txt` in their folder.
    Parts,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Sheet => Format::Sheet,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Html => Format::Html,
            FormatArg::Json => Format::Json,
            FormatArg::Csv => Format::Csv,
            FormatArg::Parts => Format::Parts,
        }
    }
}
