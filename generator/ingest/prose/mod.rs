//! The prose layer both document readers share. A reader turns its format
//! into [`Block`]s of cleaned text ([`Flow`]s that remember their source
//! offsets); this layer finds sections, statement ids, the sentences each id
//! names, Appendix B's table, and cross-checks the two.
//!
//! Rules, in the order they apply:
//! - Sections come from headings whose number can follow the current one
//!   (see [`sections`]); the table of contents is dropped by the reader.
//! - An id names the text before it, back to the previous id or the last hard
//!   paragraph break, whichever is later (an id alone on its line names the
//!   paragraph before). Leading sentences with no RFC 2119 keyword are
//!   context and dropped; the rest (several sentences of one rule, as
//!   Appendix B prints them) is the statement. Words after the id in the same
//!   sentence (`[MQTT-3.3.2-1] as defined in section 1.5.4.`) are left out,
//!   as Appendix B leaves them out. Measured on both real documents, this
//!   rule leaves fewer appendix differences than keeping all sentences.
//! - A keyword sentence that opens with an anaphor (`This packet MUST ...`,
//!   `Where it is used, it MUST ...`) keeps the context sentence before it in
//!   its paragraph, which gives the referent, as Appendix B prints it.
//! - A list item that leans on its lead-in (`After sending a DISCONNECT
//!   packet the sender:` / `- MUST close the Network Connection`, or an item
//!   in lower case) gets the lead-in prepended, as Appendix B prints it.
//! - The text is the same whatever the export: invisible characters
//!   (U+200B) and editor comment anchors are no text, unrendered span
//!   syntax (`]{.mark}`) is dropped, and a Markdown export without PDF line
//!   numbers breaks paragraphs where it says (see the Markdown reader).
//! - An id right after a preposition (`the requirements of [MQTT-7.1.1-1]`,
//!   `Similarly to [MQTT-2.3.1-6]`) is a reference: it stays in the text and
//!   names nothing. An id written twice in a row is one statement.
//!   `[MQTT-x.x.x-y]` is the document's description of the format.
//! - In the statement appendix, each table row is one id and its text; a row
//!   with an empty id cell continues the previous row (a page break).
//! - The body is normative. Appendix-only ids are extracted from the appendix
//!   with a warning, body-only ids are reported, differing texts are noted.
//!   An appendix-only id with the very text of a body-only id is the same
//!   statement renumbered (`MQTT-4.2.0-1` / `MQTT-4.2-1` in 5.0): the body's
//!   id is kept and the warning names both.

mod appendix;
mod crosscheck;
mod flow;
mod ids;
pub mod sections;
pub mod sentences;

pub use flow::{Flow, Repair, Source};
pub use sections::Section;

use crate::diag::{Diagnostic, Severity};
use crate::ingest::Raw;
use crate::model::IdPattern;
use sections::Outline;

/// One unit of document structure, already cleaned of page furniture.
#[derive(Debug, Clone)]
pub enum Block {
    /// A heading, or a line that may be one (a bold-only paragraph). If it is
    /// not a section heading its text is kept as a paragraph.
    Heading { flow: Flow, anchor: Option<String> },
    /// Running text. Without `hard_break` it continues the previous block
    /// (a sentence wrapped onto the next PDF line or page).
    Para { flow: Flow, hard_break: bool },
    /// A table row, one flow per cell.
    Row { cells: Vec<Flow> },
}

/// How the reader wants its blocks read.
#[derive(Debug, Clone)]
pub struct Options<'a> {
    pub pattern: &'a IdPattern,
    /// Base URL of the published document.
    pub url: Option<&'a str>,
    /// Accept only headings whose number follows the current one.
    pub strict_headings: bool,
    /// Link statements to `<url>#<heading anchor>` where the heading has one.
    pub heading_anchors: bool,
    /// Link targets the document defines (`<a id>`, `<a name>`): a statement
    /// whose id is one of them links to `<url>#<id>` (the MQTT-SN TC build
    /// puts `<a name="MQTT-SN-1.7.4-1">` at the start of each statement).
    pub id_anchors: Option<&'a std::collections::HashSet<String>>,
    /// Other prefixes the document's id-shaped brackets use (`MQTT` in an
    /// MQTT-SN draft): each such id in the body is reported, never ignored.
    pub other_prefixes: &'a [IdPattern],
}

/// What an id occurrence in the document turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OccurrenceKind {
    /// Names a statement in the body.
    Statement,
    /// Names a row of the statement appendix.
    Appendix,
    /// Points at another statement from inside a text.
    Reference,
    /// The same id again right after itself.
    Repeated,
    /// No text before it to name; diagnosed.
    Empty,
    /// The format description `[MQTT-x.x.x-y]`.
    Example,
    /// Cannot be read as an id; diagnosed.
    Unreadable,
}

/// Every id-like string the reader saw, and how it was accounted for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Occurrence {
    /// What the cleaned text says between the brackets.
    pub raw: String,
    pub id: Option<String>,
    pub kind: OccurrenceKind,
    pub line: u32,
}

/// A reader's full result: statements and diagnostics, plus the accounting
/// of every id occurrence (tests check nothing slipped through).
#[derive(Debug, Default)]
pub struct Extracted {
    pub raw: Raw,
    pub occurrences: Vec<Occurrence>,
}

/// Reads blocks into statements. `diagnostics` are the reader's own so far.
pub fn extract(blocks: &[Block], src: &Source, opts: &Options, diagnostics: Vec<Diagnostic>) -> Extracted {
    let paras: Vec<&Flow> = blocks
        .iter()
        .filter_map(|b| match b {
            Block::Para { flow, .. } => Some(flow),
            _ => None,
        })
        .collect();
    let labelled = ids::labelled_ids(opts.pattern, &paras);
    let mut state =
        State { src, opts, out: Extracted::default(), outline: Outline::default(), short_sections: false, labelled };
    state.out.raw.diagnostics = diagnostics;
    short_sections(&mut state, blocks);
    let mut section = Section::default();
    let mut chunk = Flow::default();
    let mut body: Vec<ids::Found> = Vec::new();
    let mut rows: Vec<appendix::Entry> = Vec::new();
    let mut in_appendix = false;
    let mut last_heading: Option<usize> = None;
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Heading { flow, anchor } => {
                let text = flow.text.replace('\n', " ");
                // A title split over two bold lines (`Appendix B. ... (non-` / `normative)`).
                if last_heading == Some(i.wrapping_sub(1))
                    && section.title.matches('(').count() > section.title.matches(')').count()
                {
                    let sep = if section.title.ends_with('-') { "" } else { " " };
                    section.title = format!("{}{sep}{}", section.title, text.trim());
                    if let Some(s) = state.outline.sections.last_mut() {
                        s.title = section.title.clone();
                    }
                    last_heading = Some(i);
                    continue;
                }
                match state.outline.accept(&text, anchor.clone(), opts.strict_headings) {
                    Some(s) => {
                        state.flush(&mut chunk, &section, &mut body);
                        in_appendix = s.is_statement_appendix();
                        section = s;
                        last_heading = Some(i);
                    }
                    None => {
                        chunk.push_break(flow.src(0));
                        chunk.append(flow);
                        chunk.push_break(flow.src(flow.text.len()));
                    }
                }
            }
            Block::Para { flow, hard_break } => {
                if *hard_break {
                    chunk.push_break(flow.src(0));
                } else {
                    chunk.push_space(flow.src(0));
                }
                chunk.append(flow);
            }
            Block::Row { cells } if in_appendix => {
                appendix::row(&mut state, cells, &mut rows);
            }
            Block::Row { cells } => {
                for cell in cells.iter().filter(|c| !c.is_empty()) {
                    chunk.push_break(cell.src(0));
                    chunk.append(cell);
                    chunk.push_break(cell.src(cell.text.len()));
                }
            }
        }
    }
    state.flush(&mut chunk, &section, &mut body);
    state.out.raw.headings = state.outline.headings();
    let statements = crosscheck::merge(&mut state, body, rows);
    state.out.raw.statements = statements;
    if state.out.raw.statements.is_empty() {
        let d = Diagnostic::warning(
            "no-statements",
            format!("no `[{}-...]` statement ids found", opts.pattern.prefix),
            crate::model::SourceLocation::line(src.file, 1),
        );
        state.out.raw.diagnostics.push(d);
    }
    state.out
}

/// Shared by the steps of one extraction.
pub(crate) struct State<'s, 'o> {
    src: &'s Source<'s>,
    opts: &'o Options<'o>,
    out: Extracted,
    outline: Outline,
    /// The document numbers statements under two-part sections as a rule
    /// (`MQTT-SN-2.2-1`): not a defect of each id.
    short_sections: bool,
    /// Ids that label a statement somewhere in the body's paragraphs.
    labelled: std::collections::HashSet<String>,
}

/// How many distinct ids under a two-part section make that the
/// document's numbering rather than a slip (MQTT 5.0 has one, `MQTT-4.2-1`;
/// the MQTT-SN drafts have dozens).
const SHORT_SECTION_RULE: usize = 3;

/// Decides whether two-part sections are the document's numbering, and
/// says so once.
fn short_sections(state: &mut State, blocks: &[Block]) {
    let mut ids: Vec<String> = Vec::new();
    let mut first: Option<usize> = None;
    for block in blocks {
        let flows: Vec<&Flow> = match block {
            Block::Heading { flow, .. } | Block::Para { flow, .. } => vec![flow],
            Block::Row { cells } => cells.iter().collect(),
        };
        for flow in flows {
            for m in state.opts.pattern.scan(&flow.text) {
                let short = m.problems.contains(&crate::model::IdProblem::ShortSection)
                    && m.problems.iter().all(|p| p.is_repair() || *p == crate::model::IdProblem::ShortSection);
                if let (true, Some(id)) = (short, m.id) {
                    first.get_or_insert(flow.src(m.range.start));
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
            }
        }
    }
    if ids.len() >= SHORT_SECTION_RULE {
        state.short_sections = true;
        let examples: Vec<&str> = ids.iter().take(3).map(String::as_str).collect();
        let at = first.unwrap_or(0);
        state.diag(
            Severity::Note,
            "id-grammar",
            format!(
                "{} ids number their statements under a two-part section (`{}`, ...): read as the document's numbering",
                ids.len(),
                examples.join("`, `")
            ),
            at..at,
        );
    }
}

impl State<'_, '_> {
    fn flush(&mut self, chunk: &mut Flow, section: &Section, body: &mut Vec<ids::Found>) {
        if !chunk.text.trim().is_empty() {
            ids::statements_in(self, chunk, section, body);
        }
        *chunk = Flow::default();
    }

    fn diag(
        &mut self,
        severity: Severity,
        code: &str,
        message: String,
        range: std::ops::Range<usize>,
    ) -> &mut Diagnostic {
        let d = self.src.diagnostic(severity, code, message, range);
        self.out.raw.diagnostics.push(d);
        self.out.raw.diagnostics.last_mut().expect("just pushed")
    }

    fn occurrence(&mut self, raw: &str, id: Option<&str>, kind: OccurrenceKind, src: usize) {
        let line = self.src.location(src).line.unwrap_or(0);
        self.out.occurrences.push(Occurrence { raw: raw.to_string(), id: id.map(str::to_string), kind, line });
    }

    /// The document's own link target for a statement id, when it has one:
    /// `<url>#<id>`, or `#<id>` without a URL.
    fn id_anchor(&self, id: &str) -> Option<String> {
        if !self.opts.id_anchors?.contains(id) {
            return None;
        }
        Some(match self.opts.url {
            Some(url) => format!("{}#{id}", url.split('#').next().unwrap_or(url)),
            None => format!("#{id}"),
        })
    }

    /// Where a statement of this section links to.
    fn anchor(&self, section: &Section) -> Option<String> {
        let url = self.opts.url?;
        match (&section.anchor, self.opts.heading_anchors) {
            (Some(a), true) => Some(format!("{}#{}", url.split('#').next().unwrap_or(url), a)),
            _ => Some(url.to_string()),
        }
    }
}
