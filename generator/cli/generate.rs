//! `specgen generate [--check] [--deny KINDS] [--doc NAME]...`
//!
//! Exit codes: 0 written (or, with `--check`, already up to date); 1 with
//! `--check` when files would change, or when a `--deny`ed finding (stale,
//! orphan, renumbered) exists; 2 bad input (unparsable test file, malformed
//! annotation, missing statement list, lock held by another run).

use crate::config::Config;
use crate::generate::{self, Finding, Lock, Options};
use std::path::Path;
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Change nothing; exit 1 when the tree is out of date, printing what would change.
    #[arg(long)]
    pub check: bool,
    /// Also exit 1 when findings of these kinds exist (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub deny: Vec<Finding>,
    /// Only this document (repeatable); default: every document with `generate = true`.
    #[arg(long = "doc")]
    pub documents: Vec<String>,
}

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_path)?;
    let options = Options { documents: args.documents };
    let plan = if args.check {
        generate::plan(&config, &options)?
    } else {
        let _lock = Lock::acquire(&generate::tests_dir(&config))?;
        let plan = generate::plan(&config, &options)?;
        plan.apply()?;
        plan
    };
    if plan.documents.is_empty() {
        eprintln!("no document has `generate = true` in {}", config_path.display());
    }
    print!("{}", plan.report());
    let out_of_date = args.check && !plan.is_up_to_date();
    if out_of_date {
        println!("out of date: run `specgen generate` to write these changes");
    }
    let denied = plan.count(&args.deny);
    Ok(if out_of_date || denied > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
