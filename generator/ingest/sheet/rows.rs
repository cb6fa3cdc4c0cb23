//! Turning a sheet's rows into statements. A row is one of: a statement (its
//! id cell holds an id), a section title (only the id column filled, no id),
//! blank, or a defect that gets a diagnostic. No row with text is skipped
//! without saying so.

use super::layout::Layout;
use super::workbook::Grid;
use crate::diag::Diagnostic;
use crate::ingest::{id_diagnostics, ReadOptions};
use crate::model::{normalize_text, Actor, IdMatch, IdPattern, Level, SourceLocation, Statement};

/// Statements and findings of one sheet, in row order.
#[derive(Debug, Default)]
pub struct SheetStatements {
    pub statements: Vec<Statement>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Rows below the header whose id cell mentions the id prefix: how a sheet
/// is judged to be the statement list.
pub fn count_id_rows(grid: &Grid, layout: &Layout, pattern: &IdPattern) -> usize {
    let needle = format!("{}-", pattern.prefix);
    body_rows(grid, layout).filter(|&r| grid.cell(r, layout.id).contains(&needle)).count()
}

fn body_rows(grid: &Grid, layout: &Layout) -> std::ops::Range<usize> {
    layout.header_row.map_or(0, |h| h + 1)..grid.rows.len()
}

pub fn extract(grid: &Grid, layout: &Layout, file: &str, opts: &ReadOptions) -> SheetStatements {
    let default = IdPattern::default();
    let pattern = opts.pattern.as_ref().unwrap_or(&default);
    let mut out = SheetStatements::default();
    let needle = format!("{}-", pattern.prefix);
    let mut section_title = String::new();
    for r in body_rows(grid, layout) {
        let id_cell = grid.cell(r, layout.id);
        let text_cell = grid.cell(r, layout.text);
        if grid.rows[r].iter().all(|c| is_blank(c)) {
            continue;
        }
        let at = |col: usize| SourceLocation::cell(file, grid.cell_ref(r, col));
        if id_cell.contains(&needle) {
            statement_row(grid, layout, r, &section_title, file, opts, &mut out);
        } else if !is_blank(text_cell) {
            let text = normalize_text(text_cell);
            let keywords = !Level::find_all(&text).is_empty();
            let message = if keywords {
                "a normative statement without an id; not extracted"
            } else {
                "a statement row without an id; not extracted"
            };
            let d = if keywords { Diagnostic::error } else { Diagnostic::warning };
            out.diagnostics.push(
                d("missing-id", message, at(layout.text))
                    .with_snippet(text_cell, 0..0)
                    .with_help("give it an id in the statement-number column, or delete the row"),
            );
        } else if !is_blank(id_cell) {
            section_title = normalize_text(id_cell);
        } else {
            let col = grid.rows[r].iter().position(|c| !is_blank(c)).unwrap_or(0);
            out.diagnostics.push(
                Diagnostic::note("stray-row", "a row with only test notes and no statement; ignored", at(col))
                    .with_snippet(grid.cell(r, col), 0..0),
            );
        }
    }
    out
}

fn statement_row(
    grid: &Grid,
    layout: &Layout,
    r: usize,
    section_title: &str,
    file: &str,
    opts: &ReadOptions,
    out: &mut SheetStatements,
) {
    let default = IdPattern::default();
    let pattern = opts.pattern.as_ref().unwrap_or(&default);
    let id_cell = grid.cell(r, layout.id);
    let id_loc = SourceLocation::cell(file, grid.cell_ref(r, layout.id));
    let matches = pattern.scan(id_cell);
    let m = match matches.first() {
        Some(m) => m.clone(),
        None => {
            let m = unbracketed(pattern, id_cell);
            let mut d = Diagnostic::warning(
                "malformed-id",
                format!("the statement id has no brackets: `{}`", m.raw),
                id_loc.clone(),
            )
            .with_snippet(id_cell, m.range.clone());
            if let Some(id) = &m.id {
                d = d.with_help(format!("read as `{id}`"));
            }
            out.diagnostics.push(d);
            m
        }
    };
    out.diagnostics.extend(id_diagnostics(&m, &id_loc, id_cell, m.range.clone()));
    for extra in matches.iter().skip(1) {
        out.diagnostics.push(
            Diagnostic::warning(
                "several-ids",
                format!("the id cell holds more than one id; `[{}]` is not read", extra.raw),
                id_loc.clone(),
            )
            .with_snippet(id_cell, extra.range.clone())
            .with_help("give each statement its own row"),
        );
    }
    if matches.len() <= 1 {
        if let Some(stray) = stray_text(id_cell, &m.range) {
            out.diagnostics.push(
                Diagnostic::note(
                    "stray-text",
                    format!("`{}` next to the id in its cell; ignored", &id_cell[stray.clone()]),
                    id_loc.clone(),
                )
                .with_snippet(id_cell, stray),
            );
        }
    }
    let Some(id) = m.id.clone() else { return };
    let text_loc = SourceLocation::cell(file, grid.cell_ref(r, layout.text));
    let text = grid.cell(r, layout.text);
    if is_blank(text) {
        out.diagnostics.push(
            Diagnostic::error("no-text", format!("`{id}` has no statement text; not extracted"), text_loc)
                .with_help("fill in the Normative Statement column"),
        );
        return;
    }
    let section = pattern.section_of(&id).to_string();
    let mut s = Statement::new(id.clone(), section, section_title, text, text_loc);
    if m.raw != id {
        s.original_id = Some(m.raw.clone());
    }
    // The test columns say which side the interop tests exercise; they win
    // over the guess from the wording (a note per clash was mostly noise from
    // the guess, so none is emitted).
    if let Some(actor) = actor_from_columns(grid, layout, r, &id, file, &mut out.diagnostics) {
        s.actor = actor;
    }
    out.statements.push(s);
}

/// An id written without brackets, `MQTT-3.1.2-1`: the run of id characters
/// that follows the prefix.
fn unbracketed(pattern: &IdPattern, cell: &str) -> IdMatch {
    let start = cell.find(&format!("{}-", pattern.prefix)).unwrap_or(0);
    let len = cell[start..]
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
        .unwrap_or(cell.len() - start);
    let raw = cell[start..start + len].trim_end_matches('.').to_string();
    let (id, problems) = pattern.normalize(&raw);
    IdMatch { range: start..start + raw.len(), raw, id, problems }
}

/// Non-blank text in the id cell outside the id (`[MQTT-2.1.2-2].`), as a
/// byte range for the caret.
fn stray_text(cell: &str, id_range: &std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    let blank = |c: char| c.is_whitespace() || c == '\u{a0}';
    let before = &cell[..id_range.start];
    if let Some(first) = before.find(|c: char| !blank(c)) {
        let end = before.trim_end_matches(blank).len();
        return Some(first..end);
    }
    let after = &cell[id_range.end..];
    let first = after.find(|c: char| !blank(c))?;
    let end = after.trim_end_matches(blank).len();
    Some(id_range.end + first..id_range.end + end)
}

fn is_blank(cell: &str) -> bool {
    cell.chars().all(|c| c.is_whitespace() || c == '\u{a0}')
}

/// `N/A`, `n/a`, `NA`, `Not applicable`.
fn is_not_applicable(cell: &str) -> bool {
    let squeezed: String = cell.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    matches!(squeezed.as_str(), "na" | "notapplicable")
}

/// The bound party as the test columns tell it: a side whose test column is
/// `N/A` is not bound. `None` leaves the text-based guess in place.
fn actor_from_columns(
    grid: &Grid,
    layout: &Layout,
    r: usize,
    id: &str,
    file: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Actor> {
    if let Some(c) = layout.actor {
        return actor_named(grid.cell(r, c));
    }
    let client_na = layout.client_test.map(|c| is_not_applicable(grid.cell(r, c)));
    let server_na = layout.server_test.map(|c| is_not_applicable(grid.cell(r, c)));
    match (client_na, server_na) {
        (Some(true), Some(true)) => {
            let c = layout.client_test.unwrap_or(0);
            diags.push(Diagnostic::warning(
                "actor-columns",
                format!("`{id}`: both test columns say N/A; the bound party is guessed from the text"),
                SourceLocation::cell(file, grid.cell_ref(r, c)),
            ));
            None
        }
        (Some(true), _) => Some(Actor::Server),
        (_, Some(true)) => Some(Actor::Client),
        _ => None,
    }
}

/// The older sheet's "Server or Client" column: `Server`, `Client`, `Both`,
/// `Both?`, `Server: mandatory. Client: optional`.
fn actor_named(cell: &str) -> Option<Actor> {
    let lower = cell.to_lowercase();
    let server = lower.contains("server");
    let client = lower.contains("client");
    match (server, client, lower.contains("both")) {
        (_, _, true) | (true, true, _) => Some(Actor::Both),
        (true, false, false) => Some(Actor::Server),
        (false, true, false) => Some(Actor::Client),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_text_around_the_id() {
        let cell = "[MQTT-2.1.2-2].";
        assert_eq!(stray_text(cell, &(0..14)), Some(14..15));
        let cell = ". [MQTT-3.1.4-1]";
        assert_eq!(stray_text(cell, &(2..16)), Some(0..1));
        assert_eq!(stray_text("[MQTT-3-8.3-2]\u{a0}", &(0..14)), None);
    }

    #[test]
    fn not_applicable_spellings() {
        for s in ["N/A", "n/a", " NA ", "Not applicable"] {
            assert!(is_not_applicable(s), "{s}");
        }
        assert!(!is_not_applicable("Normal connect"));
        assert!(!is_not_applicable(""));
    }

    #[test]
    fn actor_column_values() {
        assert_eq!(actor_named("Server"), Some(Actor::Server));
        assert_eq!(actor_named("Both?"), Some(Actor::Both));
        assert_eq!(actor_named("Server: mandatory. Client: optional"), Some(Actor::Both));
        assert_eq!(actor_named(""), None);
    }

    #[test]
    fn unbracketed_ids() {
        let m = unbracketed(&IdPattern::default(), "MQTT-3.1.2-1.");
        assert_eq!((m.id.as_deref(), m.range), (Some("MQTT-3.1.2-1"), 0..12));
    }
}
