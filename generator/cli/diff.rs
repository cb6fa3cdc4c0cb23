//! `specgen diff OLD NEW [--format text|json] [--exit-code]`: what changed
//! between two versions of a statement list. OLD and NEW are any documents
//! the readers accept, including `spec/statements/*.json`.
//!
//! Exit codes: 0 compared (with `--exit-code`: and no difference); 1 with
//! `--exit-code`, when something was added, removed, changed or renumbered;
//! 2 a document could not be read.

use super::{optional_project, FormatArg};
use crate::diag::Severity;
use crate::diff::diff;
use crate::ingest::{read_path, Extraction, Format, ReadOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
#[command(after_help = "Exit codes: 0 compared (no difference, with --exit-code); 1 differences found \
with --exit-code; 2 unreadable document.\nJSON output follows the versioned schema `specgen.diff/1`.")]
pub struct Args {
    /// The older document or statement list.
    pub old: PathBuf,
    /// The newer document or statement list.
    pub new: PathBuf,
    /// Output: a readable report, or JSON (`specgen.diff/1`).
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Format of both inputs; guessed from each name when absent.
    #[arg(long, value_enum)]
    pub input_format: Option<FormatArg>,
    /// Exit 1 when the lists differ (like `git diff --exit-code`).
    #[arg(long)]
    pub exit_code: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let opts = optional_project(config_path)?.map(|p| p.read_options(None)).unwrap_or_default();
    let format = args.input_format.map(Format::from);
    let old = read(&args.old, format, &opts)?;
    let new = read(&args.new, format, &opts)?;
    let d = diff(&old.list, &new.list);
    let out = match args.format {
        DiffFormat::Text => d.to_text(),
        DiffFormat::Json => d.to_json(),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(if args.exit_code && !d.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Reads one side; its diagnostics are counted, not shown (`specgen extract` shows them).
fn read(path: &Path, format: Option<Format>, opts: &ReadOptions) -> anyhow::Result<Extraction> {
    let x = read_path(path, format, opts)?;
    let errors = x.errors();
    let warnings = x.diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
    if errors + warnings > 0 {
        eprintln!(
            "{}: {errors} errors, {warnings} warnings while reading (see `specgen extract {}`)",
            path.display(),
            path.display()
        );
    }
    Ok(x)
}
