//! Readers: one module per source format, each turning a document into a
//! [`StatementList`] plus the diagnostics it found on the way.

use crate::diag::{Diagnostic, Severity};
pub use crate::model::Format;
use crate::model::{ActorWords, DocumentInfo, IdMatch, IdPattern, SourceLocation, Statement, StatementList};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Options every reader takes.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    pub pattern: IdPattern,
    /// Document name for the output; defaults to the file stem.
    pub name: Option<String>,
    /// Base URL of the published document, for anchors.
    pub url: Option<String>,
    /// The words naming each party, for the actor guess.
    pub actors: ActorWords,
}

/// A reader's result: the statements, and what it had to say about them.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub list: StatementList,
    pub diagnostics: Vec<Diagnostic>,
}

impl Extraction {
    pub fn errors(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
    }
}

/// A document that could not be read at all.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct IngestError {
    pub path: PathBuf,
    pub reason: String,
}

impl IngestError {
    pub fn new(path: impl Into<PathBuf>, reason: impl Into<String>) -> Self {
        IngestError { path: path.into(), reason: reason.into() }
    }
}

/// Reads a document, guessing the format from its name unless given.
pub fn read_path(path: &Path, format: Option<Format>, opts: &ReadOptions) -> Result<Extraction, IngestError> {
    let format = match format.or_else(|| Format::from_path(path)) {
        Some(f) => f,
        None => {
            return Err(IngestError::new(
                path,
                "unknown format: the file name does not say (sheet, markdown, html, json or csv?)",
            ))
        }
    };
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => IngestError::new(path, "no such file"),
        _ => IngestError::new(path, format!("cannot read: {e}")),
    })?;
    read_bytes(&bytes, &path.display().to_string(), format, opts)
}

/// Reads a document from memory; `file` names it in diagnostics.
pub fn read_bytes(bytes: &[u8], file: &str, format: Format, opts: &ReadOptions) -> Result<Extraction, IngestError> {
    if bytes.is_empty() {
        return Err(IngestError::new(file, "the file is empty"));
    }
    let info = DocumentInfo {
        name: opts.name.clone().unwrap_or_else(|| doc_name(file)),
        source: file.to_string(),
        format,
        url: opts.url.clone(),
    };
    let mut raw = match format {
        Format::Sheet => sheet::read(bytes, file, opts)?,
        Format::Markdown => markdown::read(&text_of(bytes, file)?, file, opts)?,
        Format::Html => html::read(bytes, file, opts)?,
        Format::Json => return interchange::read_json(bytes, file),
        Format::Csv => return interchange::read_csv(bytes, file, info),
    };
    let statements = finalize(&mut raw.statements, &mut raw.diagnostics, Some(&opts.actors));
    Ok(Extraction { list: StatementList::new(info, statements), diagnostics: raw.diagnostics })
}

/// A reader's unfinished output, before duplicates and keywords are checked.
#[derive(Debug, Default)]
pub struct Raw {
    pub statements: Vec<Statement>,
    pub diagnostics: Vec<Diagnostic>,
}

/// The document name derived from a path: the file stem without `.pdf`.
pub fn doc_name(file: &str) -> String {
    let base = Path::new(file).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let base = base.strip_suffix(".md").or_else(|| base.strip_suffix(".html")).unwrap_or(&base);
    let base = base.strip_suffix(".pdf").unwrap_or(base);
    match base.rsplit_once('.') {
        Some((stem, ext)) if matches!(ext, "ods" | "xlsx" | "json" | "csv" | "htm") => stem.to_string(),
        _ => base.to_string(),
    }
}

/// Decodes a text document, refusing binary data with a clear error.
pub fn text_of(bytes: &[u8], file: &str) -> Result<String, IngestError> {
    if bytes.contains(&0) {
        return Err(IngestError::new(file, "binary data (NUL bytes) in what should be a text document"));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.trim_start_matches('\u{feff}').to_string()),
        Err(e) => Err(IngestError::new(file, format!("not UTF-8: invalid byte at offset {}", e.valid_up_to()))),
    }
}

/// Turns the id problems of one match into diagnostics. `snippet` is the
/// source line (or cell) the match's range points into.
pub fn id_diagnostics(
    m: &IdMatch,
    location: &SourceLocation,
    snippet: &str,
    range_in_snippet: std::ops::Range<usize>,
) -> Vec<Diagnostic> {
    m.problems
        .iter()
        .map(|p| {
            let severity = if m.id.is_none() { Severity::Error } else { Severity::Warning };
            let mut d =
                Diagnostic::new(severity, "malformed-id", format!("{}: `[{}]`", p.describe(), m.raw), location.clone())
                    .with_snippet(snippet, range_in_snippet.clone());
            d = match (&m.id, p.is_repair()) {
                (Some(id), true) => d.with_help(format!("read as `{id}`; the original is kept in `original_id`")),
                (Some(id), false) => d.with_help(format!("kept as `{id}`")),
                (None, _) => d.with_help("not extracted: fix the id in the document"),
            };
            d
        })
        .collect()
}

/// Checks that hold whatever the format: duplicate ids (same text is merged,
/// different text is reported and the first kept) and statements with no
/// RFC 2119 keyword. With `actors`, statements whose document did not name
/// their actor get the guess from their wording.
pub fn finalize(
    statements: &mut Vec<Statement>,
    diags: &mut Vec<Diagnostic>,
    actors: Option<&ActorWords>,
) -> Vec<Statement> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Statement> = Vec::with_capacity(statements.len());
    for s in statements.drain(..) {
        if let Some(&i) = seen.get(&s.id) {
            let first = &out[i];
            if first.text == s.text {
                diags.push(Diagnostic::note(
                    "duplicate-id",
                    format!("`{}` appears again with the same text; merged", s.id),
                    s.source.clone(),
                ));
            } else {
                diags.push(
                    Diagnostic::warning(
                        "duplicate-id",
                        format!("`{}` appears again with a different text; the first ({}) is kept", s.id, first.source),
                        s.source.clone(),
                    )
                    .with_snippet(s.text.clone(), 0..0)
                    .with_help(format!("first text: {}", first.text)),
                );
            }
            continue;
        }
        if s.levels.is_empty() {
            diags.push(
                Diagnostic::warning(
                    "no-keyword",
                    format!("`{}` has no RFC 2119 keyword (MUST, SHOULD, MAY, ...)", s.id),
                    s.source.clone(),
                )
                .with_snippet(s.text.clone(), 0..0),
            );
        }
        seen.insert(s.id.clone(), out.len());
        let mut s = s;
        if let Some(words) = actors.filter(|_| s.actor == crate::model::Actor::Unknown) {
            s.actor = words.infer(&s.text);
        }
        out.push(s);
    }
    out
}

pub mod html;
pub mod interchange;
pub mod markdown;
pub mod prose;
pub mod sheet;
