//! `specgen history [--doc NAME] [--format md|json] [-o FILE]`: every
//! statement of a document followed through its configured drafts
//! (`[[document.draft]]`, oldest first) to the document itself.
//!
//! Exit codes: 0 written; 2 no document with drafts, or a draft unreadable.

use crate::history::{self, Draft};
use crate::project::Project;
use anyhow::Context;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document; default: the one document that has drafts.
    #[arg(long = "doc")]
    pub document: Option<String>,
    /// Output: Markdown for people, JSON (`specgen.history/1`) for tools.
    #[arg(long, value_enum, default_value_t = HistoryFormat::Md)]
    pub format: HistoryFormat,
    /// Write to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HistoryFormat {
    Md,
    Json,
}

pub fn run(project: &Project, args: Args) -> anyhow::Result<ExitCode> {
    let doc = match &args.document {
        Some(name) => project.document(name)?,
        None => {
            let with: Vec<_> = project.config.documents.iter().filter(|d| !d.drafts.is_empty()).collect();
            match with.as_slice() {
                [one] => *one,
                [] => anyhow::bail!("{}: no document has drafts ([[document.draft]])", project.config_path().display()),
                many => anyhow::bail!(
                    "several documents have drafts ({}): name one with --doc",
                    many.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", ")
                ),
            }
        }
    };
    let versions = project.series(doc)?;
    let drafts: Vec<Draft> = versions.iter().map(|v| Draft { label: &v.label, list: &v.list }).collect();
    let h = history::history(&doc.name, &drafts);
    let text = match args.format {
        HistoryFormat::Md => history::to_markdown(&h),
        HistoryFormat::Json => h.to_json(),
    };
    match &args.output {
        Some(path) => {
            crate::atomic::write(path, text.as_bytes()).with_context(|| format!("{}: cannot write", path.display()))?
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    Ok(ExitCode::SUCCESS)
}
