use super::{fingerprint, normalize_text, Actor, Format, Level, Tier};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Schema tag written into every statement list. Bump the number on any
/// change that an older reader would misread; `schema/statements.md` documents it.
pub const SCHEMA: &str = "specgen.statements/1";

/// Where in a source document something was found.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SourceLocation {
    /// The document, as the user named it.
    pub file: String,
    /// 1-based line, for text formats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column in characters, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// Spreadsheet cell, `Sheet!B12`, for spreadsheets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
}

impl SourceLocation {
    pub fn line(file: impl Into<String>, line: u32) -> Self {
        SourceLocation { file: file.into(), line: Some(line), ..Default::default() }
    }

    pub fn cell(file: impl Into<String>, cell: impl Into<String>) -> Self {
        SourceLocation { file: file.into(), cell: Some(cell.into()), ..Default::default() }
    }
}

impl fmt::Display for SourceLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(cell) = &self.cell {
            write!(f, ":{cell}")?;
        }
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        Ok(())
    }
}

/// One normative statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    /// Normalized id, `MQTT-3.1.0-1`.
    pub id: String,
    /// The id as the document wrote it, when it had to be repaired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_id: Option<String>,
    /// Section number the statement sits in, `3.1` (from the document's
    /// headings; falls back to the id's own section number).
    pub section: String,
    pub section_title: String,
    /// Whitespace-normalized statement text.
    pub text: String,
    /// RFC 2119 keywords in the text, strongest first; empty is diagnosed.
    pub levels: Vec<Level>,
    pub actor: Actor,
    pub source: SourceLocation,
    /// Link to the statement in the published document, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// `fingerprint(text)`; tests record it to notice later text changes.
    pub fingerprint: String,
}

impl Statement {
    /// Builds a statement from raw text, deriving levels and fingerprint. The
    /// actor stays `Unknown` until the document says it or the reader's
    /// vocabulary guesses it ([`crate::ingest::finalize`]).
    pub fn new(
        id: impl Into<String>,
        section: impl Into<String>,
        section_title: impl Into<String>,
        text: &str,
        source: SourceLocation,
    ) -> Self {
        let text = normalize_text(text);
        Statement {
            id: id.into(),
            original_id: None,
            section: section.into(),
            section_title: normalize_text(&section_title.into()),
            levels: Level::find_all(&text),
            actor: Actor::Unknown,
            fingerprint: fingerprint(&text),
            text,
            source,
            anchor: None,
        }
    }

    /// The strongest keyword's tier, or [`Tier::None`].
    pub fn tier(&self) -> Tier {
        self.levels.first().map(|l| l.tier()).unwrap_or(Tier::None)
    }
}

/// What a document is and where it came from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// Short name, used for file names (`mqtt-v3.1.1`).
    pub name: String,
    /// Path or URL it was read from.
    pub source: String,
    /// Reader that produced it.
    pub format: Format,
    /// Base URL statement anchors are relative to, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Every numbered heading of the document, in order: the title of any
    /// section level a statement sits in (`3.1` as well as `3.1.2.4`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<Heading>,
}

/// A numbered heading of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    /// `3.1`, `Appendix B`.
    pub number: String,
    pub title: String,
}

impl DocumentInfo {
    /// The title of section `number` (any level), if the document has that heading.
    pub fn heading(&self, number: &str) -> Option<&str> {
        self.headings.iter().find(|h| h.number == number).map(|h| h.title.as_str())
    }
}

/// A document's statements in spec order: the unit that is written to
/// `spec/statements/<doc>.json` and read back by every later stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementList {
    pub schema: String,
    pub document: DocumentInfo,
    pub statements: Vec<Statement>,
}

impl StatementList {
    pub fn new(document: DocumentInfo, statements: Vec<Statement>) -> Self {
        StatementList { schema: SCHEMA.to_string(), document, statements }
    }

    pub fn get(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// Pretty JSON with a trailing newline, stable across runs.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("statement lists always serialize");
        s.push('\n');
        s
    }
}
