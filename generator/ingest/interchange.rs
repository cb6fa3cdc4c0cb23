//! The tool's own statement list as JSON (lossless, with the schema tag) or
//! CSV (one row per statement, for spreadsheets and scripts).

use super::{Extraction, IngestError};
use crate::diag::Diagnostic;
use crate::model::{Actor, DocumentInfo, Level, SourceLocation, Statement, StatementList, SCHEMA};
use serde::{Deserialize, Serialize};

pub fn read_json(bytes: &[u8], file: &str) -> Result<Extraction, IngestError> {
    let list: StatementList = serde_json::from_slice(bytes)
        .map_err(|e| IngestError::new(file, format!("not a specgen statement list: {e}")))?;
    if list.schema != SCHEMA {
        return Err(IngestError::new(file, format!("schema `{}` is not `{SCHEMA}`", list.schema)));
    }
    Ok(Extraction { list, diagnostics: Vec::new(), prefix: None })
}

/// One CSV row. Levels are joined with `;` so a row stays one line.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    id: String,
    section: String,
    section_title: String,
    levels: String,
    actor: Actor,
    text: String,
    fingerprint: String,
    source: String,
    anchor: String,
}

pub fn write_csv(list: &StatementList) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    for s in &list.statements {
        w.serialize(Row {
            id: s.id.clone(),
            section: s.section.clone(),
            section_title: s.section_title.clone(),
            levels: s.levels.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(";"),
            actor: s.actor,
            text: s.text.clone(),
            fingerprint: s.fingerprint.clone(),
            source: s.source.to_string(),
            anchor: s.anchor.clone().unwrap_or_default(),
        })
        .expect("writing CSV to memory cannot fail");
    }
    String::from_utf8(w.into_inner().expect("in-memory writer")).expect("CSV of UTF-8 strings is UTF-8")
}

/// Reads CSV written by [`write_csv`]. The text is authoritative: levels and
/// fingerprint are recomputed from it, and a differing fingerprint is reported.
pub fn read_csv(bytes: &[u8], file: &str, info: DocumentInfo) -> Result<Extraction, IngestError> {
    let mut reader = csv::Reader::from_reader(bytes);
    let mut statements = Vec::new();
    let mut diagnostics = Vec::new();
    for (i, row) in reader.deserialize::<Row>().enumerate() {
        let line = i as u32 + 2; // header is line 1
        let row = row.map_err(|e| IngestError::new(file, format!("line {line}: {e}")))?;
        let mut s = Statement::new(row.id, row.section, row.section_title, &row.text, SourceLocation::line(file, line));
        s.actor = row.actor;
        s.anchor = Some(row.anchor).filter(|a| !a.is_empty());
        if !row.fingerprint.is_empty() && row.fingerprint != s.fingerprint {
            diagnostics.push(Diagnostic::warning(
                "fingerprint-mismatch",
                format!("`{}`: fingerprint {} does not match its text ({})", s.id, row.fingerprint, s.fingerprint),
                s.source.clone(),
            ));
        }
        let listed: Vec<&str> = row.levels.split(';').filter(|l| !l.is_empty()).collect();
        let found: Vec<&str> = s.levels.iter().map(|l| Level::as_str(*l)).collect();
        if !listed.is_empty() && listed != found {
            diagnostics.push(Diagnostic::warning(
                "levels-mismatch",
                format!("`{}`: levels column says {listed:?}, the text has {found:?}", s.id),
                s.source.clone(),
            ));
        }
        statements.push(s);
    }
    let statements = super::finalize(&mut statements, &mut diagnostics, None);
    Ok(Extraction { list: StatementList::new(info, statements), diagnostics, prefix: None })
}
