//! Reads every input the matrix needs, as the config names them, and refuses
//! to build anything when one of them is bad: all problems are reported at
//! once, and the caller writes nothing.
//!
//! Test files are routed to documents by test binary: `tests/<bin>/...` covers
//! the document whose [`binary_name`] is `<bin>`. With a single document,
//! every file covers it.

use super::{binary_name, build, expected, DocInput, ExpectedFailures, Matrix, Options};
use crate::config::Config;
use crate::diag::Diagnostic;
use crate::model::{SourceLocation, StatementList};
use crate::results::{self, ResultsArg};
use crate::scan::{self, ScannedFile};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// What to build the matrix from, beyond the config.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Only this document (by config name); every document when `None`.
    pub document: Option<String>,
    /// `TARGET=FILE` test results.
    pub results: Vec<ResultsArg>,
    /// `TARGET=FILE` expected-failures files; override `[matrix] expected_failures`.
    pub expected: Vec<ResultsArg>,
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

pub fn load(config: &Config, req: &Request) -> Result<Loaded, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let config_file =
        || SourceLocation { file: config.root.join("specgen.toml").display().to_string(), ..Default::default() };
    if config.documents.is_empty() {
        errors.push(Diagnostic::error("no-documents", "the config names no [[document]]", config_file()));
    }
    if let Some(name) = &req.document {
        if config.document(name).is_none() {
            errors.push(Diagnostic::error(
                "unknown-document",
                format!("no document named `{name}` in the config"),
                config_file(),
            ));
        }
    }
    // By default the matrix covers the documents the suite is written
    // against (`generate = true`); drafts tracked only for `diff` would show
    // as nothing but gaps. `--doc` selects any document.
    let selected: Vec<_> = config
        .documents
        .iter()
        .filter(|d| match &req.document {
            Some(n) => *n == d.name,
            None => d.generate || config.documents.iter().all(|d| !d.generate),
        })
        .collect();

    let mut lists: Vec<StatementList> = Vec::new();
    for doc in &selected {
        let path = tidy(&config.statements_path(doc));
        let label = path.display().to_string();
        let read = std::fs::read(&path)
            .map_err(|e| format!("cannot read the statement list (run `specgen extract` first?): {e}"))
            .and_then(|bytes| crate::ingest::interchange::read_json(&bytes, &label).map_err(|e| e.reason));
        match read {
            Ok(mut x) => {
                x.list.document.name = doc.name.clone();
                if x.list.document.url.is_none() {
                    x.list.document.url = doc.url.clone();
                }
                lists.push(x.list);
            }
            Err(reason) => errors.push(Diagnostic::error(
                "unreadable-statements",
                reason,
                SourceLocation { file: label, ..Default::default() },
            )),
        }
    }

    let tests_dir = tidy(&config.tests_dir());
    let files: Vec<ScannedFile> = if tests_dir.is_dir() {
        match scan::scan_tree_all(&tests_dir) {
            Ok((files, unparsable)) => {
                errors.extend(unparsable);
                files.into_iter().map(|(f, _)| f).collect()
            }
            Err(diags) => {
                errors.extend(diags);
                Vec::new()
            }
        }
    } else {
        Vec::new()
    };
    for f in &files {
        errors.extend(f.problems.iter().cloned());
    }

    let mut targets: Vec<results::TargetResults> = Vec::new();
    for arg in &req.results {
        if targets.iter().any(|t| t.target == arg.target) {
            errors.push(Diagnostic::error(
                "duplicate-target",
                format!("target `{}` is given two results files", arg.target),
                SourceLocation { file: arg.path.display().to_string(), ..Default::default() },
            ));
            continue;
        }
        match results::read(&arg.target, &arg.path) {
            Ok(r) => targets.push(r),
            Err(d) => errors.push(d),
        }
    }

    let mut expected_paths: BTreeMap<String, PathBuf> =
        config.matrix.expected_failures.iter().map(|(t, p)| (t.clone(), tidy(&config.resolve(p)))).collect();
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

    let waive_actors = match config.matrix.actor_waivers() {
        Ok(w) => w,
        Err(message) => {
            errors.push(Diagnostic::error("bad-config", message, config_file()));
            Default::default()
        }
    };

    if !errors.is_empty() {
        return Err(errors);
    }

    let mut warnings = Vec::new();
    let all_bins: Vec<String> = config.documents.iter().map(|d| binary_name(&d.name)).collect();
    let mut inputs: Vec<DocInput> = lists.iter().map(|list| DocInput { list, files: Vec::new() }).collect();
    for f in &files {
        let bin = f.binary.as_deref().unwrap_or_default();
        let home = if config.documents.len() == 1 { Some(0) } else { all_bins.iter().position(|b| b == bin) };
        match home {
            Some(i) => {
                let name = &config.documents[i].name;
                if let Some(input) = inputs.iter_mut().find(|d| d.list.document.name == *name) {
                    input.files.push(f);
                }
            }
            None if !f.tests.is_empty() || !f.waivers.is_empty() => warnings.push(Diagnostic::warning(
                "test-file-without-document",
                format!(
                    "test binary `{bin}` matches no configured document ({}); its annotations are not counted",
                    all_bins.join(", ")
                ),
                SourceLocation { file: f.path.display().to_string(), ..Default::default() },
            )),
            None => {}
        }
    }

    let options = Options {
        waive_actors,
        expected: expected.clone(),
        link_base: req.link_base.clone(),
        timestamp: req.timestamp.then(|| humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()),
    };
    let mut matrix = build(&inputs, &targets, &options);
    warnings.append(&mut matrix.diagnostics);
    matrix.diagnostics = warnings;
    Ok(Loaded { matrix, expected })
}

/// `spec/../generated/tests` → `generated/tests`: config paths are joined to
/// the config's folder, and diagnostics should name files the short way.
/// Lexical only (a `..` after a symlink is kept as the OS would not).
fn tidy(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_paths() {
        assert_eq!(tidy(Path::new("spec/../generated/tests")), Path::new("generated/tests"));
        assert_eq!(tidy(Path::new("../x/./y")), Path::new("../x/y"));
        assert_eq!(tidy(Path::new("a/..")), Path::new("."));
    }
}
