//! `specgen matrix`: scan the test tree, join statements and results, write
//! the reports. Any bad input (unreadable list, unparsable test file, broken
//! results) is reported in full and nothing is written.

use crate::diag::{render_all, Severity};
use crate::matrix::{self, Request};
use crate::project::Project;
use crate::report::{self, Format};
use crate::results::ResultsArg;
use std::path::PathBuf;
use std::process::ExitCode;

/// What the matrix is built from; shared by `matrix` and `check`.
#[derive(Debug, Default, clap::Args)]
pub struct Inputs {
    /// Only this document (by its config name; repeatable); by default every document with `generate = true`.
    #[arg(long = "doc", value_name = "NAME")]
    pub documents: Vec<String>,
    /// One target's test results: JUnit XML (nextest) or libtest JSON. Repeat per target.
    #[arg(long = "results", value_name = "TARGET=FILE")]
    pub results: Vec<ResultsArg>,
    /// A target's known deviations (TOML); overrides `[matrix] expected_failures`.
    #[arg(long = "expected", value_name = "TARGET=FILE")]
    pub expected: Vec<ResultsArg>,
    /// One cell of an interop grid: the results of one pairing (a client with a server, ...). Repeatable.
    #[arg(long = "pair", value_name = "GRID:ROW@COLUMN=FILE")]
    pub pairs: Vec<crate::matrix::PairArg>,
}

impl Inputs {
    /// Loads the matrix, or prints every problem in the inputs and returns
    /// the exit code for bad input.
    pub(crate) fn load(
        self,
        project: &Project,
        link_base: PathBuf,
        timestamp: bool,
    ) -> Result<matrix::Loaded, ExitCode> {
        let req = Request {
            documents: self.documents,
            results: self.results,
            expected: self.expected,
            pairs: self.pairs,
            link_base,
            timestamp,
        };
        matrix::load(project, &req).map_err(|errors| {
            eprintln!("{}", render_all(&errors));
            eprintln!("error: {} problem(s) in the inputs; nothing written", errors.len());
            ExitCode::from(2)
        })
    }
}

#[derive(Debug, Default, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub inputs: Inputs,
    /// Reports to write.
    #[arg(long, value_delimiter = ',', default_value = "md,html,json,csv")]
    pub format: Vec<Format>,
    /// Output folder; the config's reports_dir by default.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Stamp the reports with the time (off by default: stable diffs).
    #[arg(long)]
    pub timestamp: bool,
}

pub fn run(project: &Project, args: Args) -> anyhow::Result<ExitCode> {
    let out = args.out.clone().unwrap_or_else(|| project.reports_dir());
    let loaded = match args.inputs.load(project, out.clone(), args.timestamp) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    print_warnings(&loaded.matrix.diagnostics);
    let written = report::write_all(&loaded.matrix, &args.format, &out)
        .map_err(|e| anyhow::anyhow!("{}: cannot write the reports: {e}", out.display()))?;
    let all = &loaded.matrix.summary.all;
    for p in written {
        println!("wrote {}", p.display());
    }
    println!(
        "{} statements: {} covered ({:.1}%), {} stale, {} untested; {} orphan(s)",
        all.total,
        all.covered,
        all.coverage(),
        all.stale,
        all.untested,
        loaded.matrix.orphans.len()
    );
    for t in &loaded.matrix.summary.by_target {
        println!("  {}", crate::report::target_line(t));
    }
    for g in &loaded.matrix.grids {
        let clean = g.cells.iter().filter(|c| c.clean()).count();
        println!(
            "  grid {}: {} of {} cell(s) clean ({} × {})",
            g.name,
            clean,
            g.cells.len(),
            g.rows.len(),
            g.columns.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub(crate) fn print_warnings(diags: &[crate::diag::Diagnostic]) {
    let shown: Vec<_> = diags.iter().filter(|d| d.severity != Severity::Error).cloned().collect();
    if !shown.is_empty() {
        eprintln!("{}\n", render_all(&shown));
    }
}
