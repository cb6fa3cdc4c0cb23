//! `specgen extract [SOURCE] [--format F] [-o FILE] [--output-format json|csv] [--quiet]`
//!
//! With a source: reads it and writes the normalized statement list (JSON
//! by default) to `-o` or stdout. Without: reads every document of the
//! config and writes `<statements_dir>/<name>.json` for each, checking the
//! pinned SHA-256 first. Either way a summary and the rendered diagnostics
//! go to stderr.
//!
//! `--check` (every configured document) writes nothing and fails when a
//! committed statement list differs from what its document gives now.
//!
//! Exit codes: 0 read and written; 1 written, but the document has
//! error-level diagnostics (statements that could not be extracted), or with
//! `--check` a list is out of date; 2 a document or the config could not be
//! read (nothing written for it).

use super::{optional_project, FormatArg};
use crate::diag::{render_all, Severity};
use crate::ingest::{interchange, read_path, Extraction, Format};
use crate::model::{Actor, StatementList, Tier};
use crate::project::{Checksum, Project};
use anyhow::Context;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
#[command(after_help = "Exit codes: 0 ok; 1 written, but some statements could not be extracted \
(error diagnostics), or with --check a committed list is out of date; 2 unreadable document or config.")]
pub struct Args {
    /// Document to read (ODS/XLSX, Markdown, HTML, JSON, CSV); every document in the config when absent.
    pub source: Option<PathBuf>,
    /// Format of the source; guessed from its name when absent.
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Write the statement list to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE", requires = "source")]
    pub output: Option<PathBuf>,
    /// Format of the written list; from the -o extension, else json.
    #[arg(long, value_enum)]
    pub output_format: Option<OutputFormat>,
    /// Print only the summary, not each diagnostic.
    #[arg(short, long)]
    pub quiet: bool,
    /// Write nothing; exit 1 when a committed statement list is out of date with its document.
    #[arg(long, conflicts_with = "source")]
    pub check: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Json,
    Csv,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<ExitCode> {
    match &args.source {
        Some(source) => one(config_path, source, &args),
        None => all(config_path, &args),
    }
}

/// `extract SOURCE`: the config is optional here; it lends the id pattern
/// and party words and, when SOURCE is a tracked document, its name and URL.
fn one(config_path: &Path, source: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let project = optional_project(config_path)?;
    let opts = match &project {
        Some(p) => p.read_options(p.tracked(source)),
        None => Default::default(),
    };
    let x = read_path(source, args.format.map(Format::from), &opts)?;
    let format =
        args.output_format.or_else(|| args.output.as_deref().and_then(output_format_of)).unwrap_or(OutputFormat::Json);
    let text = render(&x.list, format);
    match &args.output {
        Some(path) => {
            crate::atomic::write(path, text.as_bytes()).with_context(|| format!("{}: cannot write", path.display()))?
        }
        None => std::io::stdout().lock().write_all(text.as_bytes())?,
    }
    report(&source.display().to_string(), &x, args.quiet);
    Ok(exit_code(&x))
}

/// `extract` alone: every configured document to its statements file (or,
/// with `--check`, compared with it).
fn all(config_path: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let project = Project::load(config_path)?;
    let mut code = ExitCode::SUCCESS;
    let mut failed = 0;
    let mut stale = 0;
    if project.config.documents.is_empty() {
        anyhow::bail!("{}: no [[document]] to extract", config_path.display());
    }
    for doc in &project.config.documents {
        let x = match project.extract(doc) {
            Ok(x) => x,
            Err(e) => {
                eprintln!("error: {}: {e:#}", doc.name);
                failed += 1;
                continue;
            }
        };
        let file = project.document_path(doc).display().to_string();
        match &x.checksum {
            Checksum::Matches => {}
            Checksum::Differs { pinned, actual } => eprintln!(
                "warning: {file}: SHA-256 is {actual}, the config pins {pinned}: a new draft? \
                 Review `specgen diff` against the old statements, then update `sha256` for `{}`",
                doc.name
            ),
            Checksum::NotPinned { actual } => {
                eprintln!("note: {file}: no sha256 pinned for `{}`; this file's is {actual}", doc.name)
            }
        }
        if args.check {
            if project.statements_fresh(&x) {
                eprintln!("{}: {} is up to date", doc.name, x.statements_path.display());
            } else {
                eprintln!(
                    "{}: {} is out of date with {file}: run `specgen extract` and review the diff",
                    doc.name,
                    x.statements_path.display()
                );
                stale += 1;
            }
            continue;
        }
        if let Err(e) = project.write_statements(&x) {
            eprintln!("error: {}: {e}", doc.name);
            failed += 1;
            continue;
        }
        eprintln!("{}: wrote {}", doc.name, x.statements_path.display());
        report(&doc.name, &x.extraction, args.quiet);
        if x.extraction.errors() > 0 {
            code = ExitCode::from(1);
        }
    }
    Ok(if failed > 0 {
        ExitCode::from(2)
    } else if stale > 0 {
        ExitCode::from(1)
    } else {
        code
    })
}

fn output_format_of(path: &Path) -> Option<OutputFormat> {
    match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
        "csv" => Some(OutputFormat::Csv),
        "json" => Some(OutputFormat::Json),
        _ => None,
    }
}

fn render(list: &StatementList, format: OutputFormat) -> String {
    match format {
        OutputFormat::Json => list.to_json(),
        OutputFormat::Csv => interchange::write_csv(list),
    }
}

fn exit_code(x: &Extraction) -> ExitCode {
    if x.errors() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The stderr summary, then (unless quiet) every diagnostic.
fn report(name: &str, x: &Extraction, quiet: bool) {
    eprint!("{}", summary(name, x));
    if !quiet && !x.diagnostics.is_empty() {
        eprintln!("\n{}\n", render_all(&x.diagnostics));
    }
}

/// `name: N statements`, then counts by level tier, actor and severity.
pub fn summary(name: &str, x: &Extraction) -> String {
    let statements = &x.list.statements;
    let mut tiers: BTreeMap<Tier, usize> = BTreeMap::new();
    for s in statements {
        *tiers.entry(s.tier()).or_default() += 1;
    }
    let actors: Vec<String> = Actor::ALL
        .iter()
        .map(|a| (a, statements.iter().filter(|s| s.actor == *a).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(a, n)| format!("{a} {n}"))
        .collect();
    let severity = |sev: Severity| x.diagnostics.iter().filter(|d| d.severity == sev).count();
    let tiers: Vec<String> = tiers.iter().map(|(t, n)| format!("{t} {n}")).collect();
    let prefix = x.prefix.as_ref().map(|p| format!("  id prefix: {}\n", p.describe())).unwrap_or_default();
    format!(
        "{name}: {} statements\n{prefix}  by level: {}\n  by actor: {}\n  diagnostics: {} errors, {} warnings, {} notes\n",
        statements.len(),
        if tiers.is_empty() { "-".into() } else { tiers.join(", ") },
        if actors.is_empty() { "-".into() } else { actors.join(", ") },
        severity(Severity::Error),
        severity(Severity::Warning),
        severity(Severity::Note),
    )
}
