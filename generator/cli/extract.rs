//! `specgen extract [SOURCE] [--format F] [-o FILE] [--output-format json|csv] [--quiet]`
//!
//! With a source: reads it and writes the normalized statement list (JSON
//! by default) to `-o` or stdout. Without: reads every document of the
//! config and writes `<statements_dir>/<name>.json` for each, checking the
//! pinned SHA-256 first. Either way a summary and the rendered diagnostics
//! go to stderr.
//!
//! Exit codes: 0 read and written; 1 written, but the document has
//! error-level diagnostics (statements that could not be extracted);
//! 2 a document or the config could not be read (nothing written for it).

use crate::config::{Config, Document};
use crate::diag::{render_all, Severity};
use crate::ingest::{interchange, read_bytes, read_path, Extraction, Format, IngestError, ReadOptions};
use crate::model::{Actor, StatementList};
use anyhow::Context;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
#[command(after_help = "Exit codes: 0 ok; 1 written, but some statements could not be extracted \
(error diagnostics); 2 unreadable document or config.")]
pub struct Args {
    /// Document to read (ODS/XLSX, Markdown, HTML, JSON, CSV); every document in the config when absent.
    pub source: Option<PathBuf>,
    /// Format of the source; guessed from its name when absent.
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write the statement list to this file (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE", requires = "source")]
    pub output: Option<PathBuf>,
    /// Format of the written list; from the -o extension, else json.
    #[arg(long, value_enum)]
    pub output_format: Option<OutputFormat>,
    /// Print only the summary, not each diagnostic.
    #[arg(short, long)]
    pub quiet: bool,
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

/// `extract SOURCE`: the config is optional here; it lends the id prefix and,
/// when SOURCE is a tracked document, its name and URL.
fn one(config_path: &Path, source: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let config = if config_path.exists() { Some(Config::load(config_path)?) } else { None };
    let mut opts = ReadOptions::default();
    if let Some(c) = &config {
        opts.pattern = c.pattern();
        if let Some(doc) = tracked(c, source) {
            opts.name = Some(doc.name.clone());
            opts.url = doc.url.clone();
        }
    }
    let x = read_path(source, args.format, &opts)?;
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

/// `extract` alone: every configured document to its statements file.
fn all(config_path: &Path, args: &Args) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_path)?;
    if config.documents.is_empty() {
        anyhow::bail!("{}: no [[document]] to extract", config_path.display());
    }
    let mut code = ExitCode::SUCCESS;
    let mut failed = 0;
    for doc in &config.documents {
        match extract_document(&config, doc, args) {
            Ok((x, out)) => {
                eprintln!("{}: wrote {}", doc.name, out.display());
                report(&doc.name, &x, args.quiet);
                if x.errors() > 0 {
                    code = ExitCode::from(1);
                }
            }
            Err(e) => {
                eprintln!("error: {}: {e:#}", doc.name);
                failed += 1;
            }
        }
    }
    Ok(if failed > 0 { ExitCode::from(2) } else { code })
}

fn extract_document(config: &Config, doc: &Document, args: &Args) -> anyhow::Result<(Extraction, PathBuf)> {
    let path = config.resolve(&doc.path);
    let file = path.display().to_string();
    let format = doc
        .format
        .or(args.format)
        .or_else(|| Format::from_path(&path))
        .ok_or_else(|| IngestError::new(&path, "unknown format: set `format` for this document in the config"))?;
    let opts = ReadOptions { pattern: config.pattern(), name: Some(doc.name.clone()), url: doc.url.clone() };
    let x = if format == Format::Parts {
        // The checksum covers bind.txt and every part, in order.
        check_sha256(doc, &file, &crate::ingest::parts::bind(&path)?.bytes);
        read_path(&path, Some(format), &opts)?
    } else {
        let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => IngestError::new(&path, "no such file"),
            _ => IngestError::new(&path, format!("cannot read: {e}")),
        })?;
        check_sha256(doc, &file, &bytes);
        read_bytes(&bytes, &file, format, &opts)?
    };
    let out = config.statements_path(doc);
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    }
    crate::atomic::write(&out, x.list.to_json().as_bytes())
        .with_context(|| format!("{}: cannot write", out.display()))?;
    Ok((x, out))
}

/// A changed checksum is how a new draft shows up: say so, but read it.
fn check_sha256(doc: &Document, file: &str, bytes: &[u8]) {
    let actual = sha256_hex(bytes);
    match &doc.sha256 {
        Some(expected) if expected.eq_ignore_ascii_case(&actual) => {}
        Some(expected) => eprintln!(
            "warning: {file}: SHA-256 is {actual}, the config pins {expected}: a new draft? \
             Review `specgen diff` against the old statements, then update `sha256` for `{}`",
            doc.name
        ),
        None => eprintln!("note: {file}: no sha256 pinned for `{}`; this file's is {actual}", doc.name),
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The configured document a path names, if any.
fn tracked<'c>(config: &'c Config, source: &Path) -> Option<&'c Document> {
    let wanted = std::fs::canonicalize(source).ok()?;
    config.documents.iter().find(|d| std::fs::canonicalize(config.resolve(&d.path)).ok().as_ref() == Some(&wanted))
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
    let mut tiers: BTreeMap<usize, (&str, usize)> = BTreeMap::new();
    for s in statements {
        let tier = s.tier();
        let rank = ["MUST", "SHOULD", "MAY", "none"].iter().position(|t| *t == tier).unwrap_or(4);
        tiers.entry(rank).or_insert((tier, 0)).1 += 1;
    }
    let actors: Vec<String> = [Actor::Server, Actor::Client, Actor::Both, Actor::Unknown]
        .iter()
        .map(|a| (a, statements.iter().filter(|s| s.actor == *a).count()))
        .filter(|(_, n)| *n > 0)
        .map(|(a, n)| format!("{a} {n}"))
        .collect();
    let severity = |sev: Severity| x.diagnostics.iter().filter(|d| d.severity == sev).count();
    let tiers: Vec<String> = tiers.values().map(|(t, n)| format!("{t} {n}")).collect();
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
