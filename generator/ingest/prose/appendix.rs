//! The statement appendix ("Appendix B. Mandatory normative statements"):
//! a two-column table, id | text, that runs over page breaks.

use super::{Flow, OccurrenceKind, Section, State};
use std::ops::Range;

/// One row of the appendix.
#[derive(Debug, Clone)]
pub struct Entry {
    pub id: Option<String>,
    pub text: String,
    pub id_src: Range<usize>,
    pub original: Option<String>,
}

/// Reads one table row: a new entry, the continuation of the previous one,
/// or a header row (ignored).
pub fn row(state: &mut State, cells: &[Flow], rows: &mut Vec<Entry>) {
    let Some((first, rest)) = cells.split_first() else { return };
    let text: Vec<&str> = rest.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty()).collect();
    let text = text.join(" ").replace('\n', " ");
    // Ids inside the statement text point at other statements.
    for cell in rest {
        for m in state.opts.pattern.scan(&cell.text) {
            let src = cell.src(m.range.start);
            state.occurrence(&m.raw, m.id.as_deref(), OccurrenceKind::Reference, src);
        }
    }
    let matches = state.opts.pattern.scan(&first.text);
    // A row whose id has another prefix (`[MQTT-3.19.4-4]` in an MQTT-SN
    // table) is reported, not taken for a continuation.
    super::ids::foreign_ids(state, first, &matches);
    if matches.is_empty() {
        if first.is_empty() && !text.is_empty() {
            if let Some(prev) = rows.last_mut() {
                prev.text = format!("{} {}", prev.text, text);
            }
        }
        return;
    }
    for (k, m) in matches.iter().enumerate() {
        let id_src = first.src_range(m.range.clone());
        let id = super::ids::resolve(state, first, m, &Section::default(), &id_src);
        let kind = if id.is_some() { OccurrenceKind::Appendix } else { OccurrenceKind::Unreadable };
        state.occurrence(&m.raw, id.as_deref(), kind, id_src.start);
        let original = first
            .repair_at(&m.range)
            .map(|r| r.original.clone())
            .or_else(|| m.problems.iter().any(|p| p.is_repair()).then(|| m.raw.clone()));
        // Two ids in one cell share the text; only the first is expected.
        let text = if k == 0 { text.clone() } else { String::new() };
        rows.push(Entry { id, text, id_src, original });
    }
}
