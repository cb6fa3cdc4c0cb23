//! The command line: a thin layer over the library. Each command is one file.
//!
//! Exit codes: 0 success; 1 the command ran and found a problem (a check
//! failed, the tree is out of date, a diff is non-empty with `--exit-code`);
//! 2 bad input or usage (unreadable document, bad config, unparsable file).

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

pub mod accept;
pub mod check;
pub mod diff;
pub mod extract;
pub mod generate;
pub mod matrix;

#[derive(Debug, Parser)]
#[command(
    name = "specgen",
    version,
    about = "Normative statements in; spec-linked Rust test skeletons and a traceability matrix out."
)]
pub struct Cli {
    /// Project config.
    #[arg(long, global = true, default_value = crate::config::DEFAULT_PATH)]
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
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract(args)) => extract::run(&cli.config, args),
        Some(Command::Generate(args)) => generate::run(&cli.config, args),
        Some(Command::Accept(args)) => accept::run(&cli.config, args),
        Some(Command::Matrix(args)) => matrix::run(&cli.config, args),
        Some(Command::Check(args)) => check::run(&cli.config, args),
        Some(Command::Diff(args)) => diff::run(&cli.config, args),
        None => extract::run(&cli.config, extract::Args::default()),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}
