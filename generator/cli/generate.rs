//! `specgen generate [--check] [--deny KINDS] [--doc NAME]...`
//!
//! Exit codes: 0 written (or, with `--check`, already up to date); 1 with
//! `--check` when files would change, or when a `--deny`ed finding (stale,
//! orphan, renumbered) exists; 2 bad input (unparsable test file, malformed
//! annotation, missing statement list, lock held by another run).

use crate::generate::{self, Finding, Options};
use crate::project::Project;
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Change nothing; exit 1 when the tree is out of date, printing what would change.
    #[arg(long)]
    pub check: bool,
    /// Also exit 1 when findings of these kinds exist (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub deny: Vec<FindingArg>,
    /// Only this document (repeatable); default: every document with `generate = true`.
    #[arg(long = "doc")]
    pub documents: Vec<String>,
}

/// A finding kind on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FindingArg {
    Stale,
    Orphan,
    Renumbered,
}

impl From<FindingArg> for Finding {
    fn from(f: FindingArg) -> Finding {
        match f {
            FindingArg::Stale => Finding::Stale,
            FindingArg::Orphan => Finding::Orphan,
            FindingArg::Renumbered => Finding::Renumbered,
        }
    }
}

pub fn run(project: &Project, args: Args) -> anyhow::Result<ExitCode> {
    let options = Options { documents: args.documents };
    let plan = if args.check { generate::plan(project, &options)? } else { generate::run(project, &options)? };
    print!("{}", plan.report());
    let out_of_date = args.check && !plan.is_up_to_date();
    if out_of_date {
        println!("out of date: run `specgen generate` to write these changes");
    }
    let deny: Vec<Finding> = args.deny.into_iter().map(Finding::from).collect();
    let denied = plan.count(&deny);
    Ok(if out_of_date || denied > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
