//! `specgen check`: build the matrix as `specgen matrix` does (writing
//! nothing), apply the `[check]` rules plus flags, print every broken rule
//! with the statements that break it. Exit 0 pass, 1 fail, 2 bad input.

use crate::check::{self, CheckConfig, Scope};
use crate::project::Project;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inputs: super::matrix::Inputs,
    /// Minimum covered share of a tier, in percent (MUST, SHOULD, MAY, all). Repeatable.
    #[arg(long = "min-coverage", value_name = "TIER=PERCENT", value_parser = tier_percent)]
    pub min_coverage: Vec<(Scope, f64)>,
    /// Fail on any failure on this target that is not a listed deviation ("*": every target).
    #[arg(long = "no-failing", value_name = "TARGET")]
    pub no_failing: Vec<String>,
    /// Do not fail on stale tests.
    #[arg(long)]
    pub allow_stale: bool,
    /// Do not fail on orphan annotations.
    #[arg(long)]
    pub allow_orphan: bool,
}

fn tier_percent(s: &str) -> Result<(Scope, f64), String> {
    let (tier, pct) = s.split_once('=').ok_or_else(|| format!("`{s}`: expected TIER=PERCENT"))?;
    let pct: f64 = pct.trim().trim_end_matches('%').parse().map_err(|_| format!("`{pct}` is not a number"))?;
    if !(0.0..=100.0).contains(&pct) {
        return Err(format!("{pct} is not a percentage"));
    }
    Ok((tier.trim().parse()?, pct))
}

/// The config's `[check]` with the flags applied on top.
pub fn effective(config: &CheckConfig, args: &Args) -> CheckConfig {
    let mut c = config.clone();
    c.no_stale &= !args.allow_stale;
    c.no_orphan &= !args.allow_orphan;
    for (scope, pct) in &args.min_coverage {
        c.min_coverage.insert(*scope, *pct);
    }
    for t in &args.no_failing {
        if !c.no_failing.contains(t) {
            c.no_failing.push(t.clone());
        }
    }
    c
}

pub fn run(project: &Project, mut args: Args) -> anyhow::Result<ExitCode> {
    let rules = effective(&project.config.check, &args);
    // `[check] documents` is what the gate judges unless `--doc` says otherwise.
    if args.inputs.documents.is_empty() {
        args.inputs.documents = rules.documents.clone();
    }
    // Findings name files relative to where check runs: CI logs read that way.
    let loaded = match args.inputs.load(project, PathBuf::from("."), false) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    super::matrix::print_warnings(&loaded.matrix.diagnostics);
    let report = check::run(&loaded.matrix, &rules, &loaded.expected);
    print!("{}", report.render());
    Ok(if report.passed() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
