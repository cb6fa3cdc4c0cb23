//! `specgen extract`: placeholder until the extract command lands.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    /// Document to read; every configured document when absent.
    pub source: Option<PathBuf>,
}

pub fn run(_config: &Path, _args: Args) -> anyhow::Result<ExitCode> {
    anyhow::bail!("extract is not built yet")
}
