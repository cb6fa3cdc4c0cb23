//! Reads every input the matrix needs from the project, and refuses to
//! build anything when one of them is bad: all problems are reported at
//! once, and the caller writes nothing.

use super::{build, expected, DocInput, ExpectedFailures, Matrix, Options};
use crate::diag::Diagnostic;
use crate::history::Draft;
use crate::model::{SourceLocation, StatementList};
use crate::project::{Project, ProjectError};
use crate::results::{self, ResultsArg};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What to build the matrix from, beyond the project.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Only these documents (by config name); else [`Project::select`]'s default.
    pub documents: Vec<String>,
    /// `TARGET=FILE` test results.
    pub results: Vec<ResultsArg>,
    /// `TARGET=FILE` expected-failures files; override `[matrix] expected_failures`.
    pub expected: Vec<ResultsArg>,
    /// `GRID:ROW@COLUMN=FILE` interop grid cells.
    pub pairs: Vec<super::PairArg>,
    /// Folder links are made relative to (where the reports go).
    pub link_base: PathBuf,
    /// Stamp the reports with the current time.
    pub timestamp: bool,
}

/// The matrix and the expected-failures lists it was built with (`check` needs
/// their entries' lines and the entries naming no statement).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub matrix: Matrix,
    pub expected: BTreeMap<String, ExpectedFailures>,
}

pub fn load(project: &Project, req: &Request) -> Result<Loaded, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let at = |file: String| SourceLocation { file, ..Default::default() };
    let selected = project.select(&req.documents).map_err(|e| {
        let code = match e {
            ProjectError::NoDocuments { .. } => "no-documents",
            _ => "unknown-document",
        };
        vec![Diagnostic::error(code, e.to_string(), project.config_location())]
    })?;

    // Documents with drafts: their history, drafts read now.
    let mut histories = Vec::new();
    for doc in selected.iter().filter(|d| !d.drafts.is_empty()) {
        match project.series(doc) {
            Ok(versions) => {
                let drafts: Vec<Draft> = versions.iter().map(|v| Draft { label: &v.label, list: &v.list }).collect();
                histories.push((doc.name.clone(), crate::history::history(&doc.name, &drafts)));
            }
            Err(e) => errors.push(Diagnostic::error("unreadable-draft", e.to_string(), project.config_location())),
        }
    }

    let mut lists: Vec<StatementList> = Vec::new();
    for doc in &selected {
        match project.statements(doc) {
            Ok(list) => lists.push(list),
            Err(e) => {
                let file = project.statements_path(doc).display().to_string();
                let reason = match e {
                    ProjectError::Ingest(e) => e.reason,
                    other => other.to_string(),
                };
                errors.push(Diagnostic::error("unreadable-statements", reason, at(file)));
            }
        }
    }

    let tree = match project.scan() {
        Ok(tree) => tree,
        Err(diags) => {
            errors.extend(diags);
            Default::default()
        }
    };
    errors.extend(tree.unparsable.iter().cloned());
    for (f, _) in &tree.files {
        errors.extend(f.problems.iter().cloned());
    }

    let mut targets: Vec<results::TargetResults> = Vec::new();
    for arg in &req.results {
        if targets.iter().any(|t| t.target == arg.target) {
            errors.push(Diagnostic::error(
                "duplicate-target",
                format!("target `{}` is given two results files", arg.target),
                at(arg.path.display().to_string()),
            ));
            continue;
        }
        match results::read(&arg.target, &arg.path) {
            Ok(r) => targets.push(r),
            Err(d) => errors.push(d),
        }
    }

    let mut pairs = Vec::new();
    for arg in &req.pairs {
        if pairs.iter().any(|(p, _): &(super::PairArg, results::TargetResults)| p.cell() == arg.cell()) {
            errors.push(Diagnostic::error(
                "duplicate-pair",
                format!("grid cell `{}` is given two results files", arg.cell()),
                at(arg.path.display().to_string()),
            ));
            continue;
        }
        match results::read(&arg.cell(), &arg.path) {
            Ok(r) => pairs.push((arg.clone(), r)),
            Err(d) => errors.push(d),
        }
    }

    let mut expected_paths: BTreeMap<String, PathBuf> =
        project.config.matrix.expected_failures.iter().map(|(t, p)| (t.clone(), project.resolve(p))).collect();
    for arg in &req.expected {
        expected_paths.insert(arg.target.clone(), arg.path.clone());
    }
    let mut expected: BTreeMap<String, ExpectedFailures> = BTreeMap::new();
    for (target, path) in &expected_paths {
        match expected::load(path) {
            Ok(e) => {
                expected.insert(target.clone(), e);
            }
            Err(d) => errors.push(d),
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }

    let mut warnings = Vec::new();
    let mut inputs: Vec<DocInput> = lists.iter().map(|list| DocInput { list, files: Vec::new() }).collect();
    for (f, _) in &tree.files {
        match project.route(f) {
            Some(doc) => {
                if let Some(input) = inputs.iter_mut().find(|d| d.list.document.name == doc.name) {
                    input.files.push(f);
                }
            }
            None if !f.tests.is_empty() || !f.waivers.is_empty() => {
                let bins: Vec<String> = project.config.documents.iter().map(|d| project.test_binary(d)).collect();
                warnings.push(Diagnostic::warning(
                    "test-file-without-document",
                    format!(
                        "test binary `{}` matches no configured document ({}); its annotations are not counted",
                        f.binary.as_deref().unwrap_or_default(),
                        bins.join(", ")
                    ),
                    at(f.path.display().to_string()),
                ))
            }
            None => {}
        }
    }

    let options = Options {
        waive_actors: project.config.matrix.waive_actors.clone(),
        expected: expected.clone(),
        link_base: req.link_base.clone(),
        timestamp: req.timestamp.then(|| humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()),
    };
    let mut matrix = build(&inputs, &targets, &options);
    matrix.grids = super::grid::build(&pairs, &project.config.matrix.grids);
    for (name, h) in &histories {
        if let Some(d) = matrix.documents.iter_mut().find(|d| d.name == *name) {
            d.attach_history(h);
        }
    }
    warnings.append(&mut matrix.diagnostics);
    matrix.diagnostics = warnings;
    Ok(Loaded { matrix, expected })
}
