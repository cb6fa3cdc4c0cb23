//! Readers: one module per source format, each turning a document into a
//! [`StatementList`] plus the diagnostics it found on the way.

use crate::diag::{Diagnostic, Severity};
pub use crate::model::Format;
use crate::model::{
    ActorWords, DocumentInfo, IdMatch, IdPattern, IdProblem, PrefixChoice, SourceLocation, Statement, StatementList,
};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Options every reader takes.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The id pattern; `None`: detect the prefix from the document.
    pub pattern: Option<IdPattern>,
    /// Document name for the output; defaults to the file stem.
    pub name: Option<String>,
    /// Base URL of the published document, for anchors.
    pub url: Option<String>,
    /// The words naming each party, for the actor guess.
    pub actors: ActorWords,
}

impl ReadOptions {
    /// The pattern to read with: the configured one, else the prefix
    /// detected from `text` (see [`IdPattern::detect`]).
    pub fn resolve_pattern(&self, text: &str) -> (IdPattern, PrefixChoice) {
        match &self.pattern {
            Some(p) => (p.clone(), PrefixChoice::configured(p)),
            None => IdPattern::detect(text),
        }
    }
}

/// A reader's result: the statements, and what it had to say about them.
#[derive(Debug, Clone)]
pub struct Extraction {
    pub list: StatementList,
    pub diagnostics: Vec<Diagnostic>,
    /// The id prefix the reader used and how it was chosen (`None` for the
    /// interchange formats, which carry normalized ids).
    pub prefix: Option<PrefixChoice>,
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
    let format =
        match format.or_else(|| Format::from_path(path)) {
            Some(f) => f,
            None => return Err(IngestError::new(
                path,
                "unknown format: the name does not say (sheet, markdown, html, json, csv, or a folder with bind.txt)",
            )),
        };
    if format == Format::Parts {
        let file = path.display().to_string();
        let raw = parts::read(path, &file, opts)?;
        let mut info = info(&file, format, opts);
        if opts.name.is_none() {
            // Named after the folder, also when the path names its bind.txt.
            let dir = if path.is_dir() { path } else { path.parent().unwrap_or(path) };
            info.name = doc_name(&dir.display().to_string());
        }
        return Ok(finish(raw, info, opts));
    }
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
    let info = info(file, format, opts);
    let raw = match format {
        Format::Sheet => sheet::read(bytes, file, opts)?,
        Format::Markdown => markdown::read(&text_of(bytes, file)?, file, opts)?,
        Format::Html => html::read(bytes, file, opts)?,
        Format::Json => return interchange::read_json(bytes, file),
        Format::Csv => return interchange::read_csv(bytes, file, info),
        Format::Parts => {
            return Err(IngestError::new(file, "a bound document is read from its folder (the one with bind.txt)"))
        }
    };
    Ok(finish(raw, info, opts))
}

fn info(file: &str, format: Format, opts: &ReadOptions) -> DocumentInfo {
    DocumentInfo {
        name: opts.name.clone().unwrap_or_else(|| doc_name(file)),
        source: file.to_string(),
        format,
        url: opts.url.clone(),
        headings: Vec::new(),
    }
}

/// Duplicates, keywords and actors settled: the extraction.
fn finish(mut raw: Raw, mut info: DocumentInfo, opts: &ReadOptions) -> Extraction {
    info.headings = std::mem::take(&mut raw.headings);
    let statements = finalize(&mut raw.statements, &mut raw.diagnostics, Some(&opts.actors));
    Extraction { list: StatementList::new(info, statements), diagnostics: raw.diagnostics, prefix: raw.prefix }
}

/// A reader's unfinished output, before duplicates and keywords are checked.
#[derive(Debug, Default)]
pub struct Raw {
    pub statements: Vec<Statement>,
    pub diagnostics: Vec<Diagnostic>,
    /// The id prefix used, and how it was chosen.
    pub prefix: Option<PrefixChoice>,
    /// The document's numbered headings (see [`DocumentInfo::headings`]).
    pub headings: Vec<crate::model::Heading>,
}

/// A note when the document uses more than one id prefix, naming the one
/// chosen and the others (`[MQTT-3.1.2-1]` cited in an MQTT-SN draft).
pub fn prefix_note(choice: &PrefixChoice, file: &str) -> Option<Diagnostic> {
    if !choice.detected || choice.candidates.len() < 2 {
        return None;
    }
    let others: Vec<String> = choice.candidates[1..].iter().map(|(p, n)| format!("`{p}` ({n})")).collect();
    Some(
        Diagnostic::note(
            "id-prefix",
            format!(
                "ids read with the prefix `{}` ({} ids); the document also has {}",
                choice.prefix,
                choice.candidates[0].1,
                others.join(", ")
            ),
            SourceLocation::line(file, 1),
        )
        .with_help("set `id_prefix` in the config to read another prefix"),
    )
}

/// The document name derived from a path: the file stem without `.pdf`.
pub fn doc_name(file: &str) -> String {
    let base = Path::new(file).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let base = base.strip_suffix(".md").or_else(|| base.strip_suffix(".html")).unwrap_or(&base);
    let base = base.strip_suffix(".pdf").unwrap_or(base);
    match base.rsplit_once('.') {
        Some((stem, "ods" | "xlsx" | "json" | "csv" | "htm")) => stem.to_string(),
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
            // The MQTT-SN TC build writes every id with U+2011 on purpose (no
            // line break inside an id): a note, not a typo to fix.
            let deliberate = matches!(p, IdProblem::LookAlikeDash { found } if found == "non-breaking hyphen (U+2011)");
            let severity = if m.id.is_none() {
                Severity::Error
            } else if deliberate {
                Severity::Note
            } else {
                Severity::Warning
            };
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
pub mod parts;
pub mod prose;
pub mod sheet;
