//! `specgen accept ID...` / `specgen accept --rename OLD NEW`
//!
//! Exit codes: 0 annotations updated (or already current); 2 unknown id, no
//! test covering it, unparsable test file, lock held by another run.

use crate::config::Config;
use crate::generate::{self, accept, Lock, Options};
use std::path::Path;
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

pub fn run(config_path: &Path, args: Args) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_path)?;
    let options = Options { documents: args.document.into_iter().collect() };
    let wanted: Vec<String> = match &args.rename {
        Some(pair) => pair[1..].to_vec(),
        None => args.ids.clone(),
    };
    let _lock = Lock::acquire(&generate::tests_dir(&config))?;
    // The document whose statement list holds the (new) ids; MQTT 3.1.1
    // and 5.0 share many ids, so more than one match must be named.
    let mut found = Vec::new();
    for doc in generate::documents(&config, &options)? {
        let list = generate::load_statements(&config, doc)?;
        if wanted.iter().all(|id| list.get(id).is_some()) {
            found.push((doc.name.clone(), list, generate::doc_dir(&config, doc)));
        }
    }
    if found.len() > 1 {
        let names: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        anyhow::bail!("{} is in several documents ({}): name one with --doc", wanted.join(", "), names.join(", "));
    }
    let Some((_, list, dir)) = found.pop() else {
        anyhow::bail!("{}: not all in one document's statement list (name it with --doc)", wanted.join(", "));
    };
    let plan = match &args.rename {
        Some(pair) => accept::plan_rename(&list, &dir, &pair[0], &pair[1])?,
        None => accept::plan_accept(&list, &dir, &args.ids)?,
    };
    plan.apply()?;
    print!("{}", plan.report());
    Ok(ExitCode::SUCCESS)
}
