//! `specgen accept ID...` / `specgen accept --rename OLD NEW`
//!
//! Exit codes: 0 annotations updated (or already current); 2 unknown id, no
//! test covering it, unparsable test file, lock held by another run.

use crate::generate::accept::{self, Request};
use crate::project::Project;
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Statements whose tests were reviewed against the current text.
    #[arg(required_unless_present = "rename")]
    pub ids: Vec<String>,
    /// Point the tests of OLD at NEW (a renumbered statement); the function names stay.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with = "ids")]
    pub rename: Option<Vec<String>>,
    /// The document the ids belong to; default: the one whose list has them.
    #[arg(long = "doc")]
    pub document: Option<String>,
}

pub fn run(project: &Project, args: Args) -> anyhow::Result<ExitCode> {
    let request = match args.rename {
        Some(pair) => Request::Rename { old: pair[0].clone(), new: pair[1].clone() },
        None => Request::Reviewed(args.ids),
    };
    let plan = accept::run(project, &request, args.document.as_deref())?;
    print!("{}", plan.report());
    Ok(ExitCode::SUCCESS)
}
