//! ODS / XLSX statement sheets (the MQTT 3.1.1 working-draft lists), read
//! with calamine. `workbook` opens the file, `layout` finds the columns,
//! `rows` turns rows into statements and diagnostics.

mod guard;
mod layout;
mod rows;
mod workbook;

pub use layout::Layout;
pub use workbook::{column_letters, Grid};

use super::{IngestError, Raw, ReadOptions};
use crate::diag::Diagnostic;
use crate::model::SourceLocation;

pub fn read(bytes: &[u8], file: &str, opts: &ReadOptions) -> Result<Raw, IngestError> {
    let grids = workbook::load(bytes, file)?;
    let (pattern, choice) = match &opts.pattern {
        Some(p) => opts.resolve_pattern(&p.prefix),
        None => {
            // Ids sit in the statement-number column, bracketed or not.
            let mut cells = String::new();
            for g in &grids {
                let layout = Layout::detect(g).unwrap_or_else(Layout::default_columns);
                for r in 0..g.rows.len() {
                    let c = g.cell(r, layout.id).trim();
                    if c.starts_with('[') {
                        cells.push_str(c);
                    } else {
                        cells.push_str(&format!("[{}]", c.trim_end_matches('.')));
                    }
                    cells.push('\n');
                }
            }
            opts.resolve_pattern(&cells)
        }
    };
    let opts = &ReadOptions { pattern: Some(pattern.clone()), ..opts.clone() };
    let planned: Vec<(Grid, Layout, usize)> = grids
        .into_iter()
        .map(|g| {
            let layout = Layout::detect(&g).unwrap_or_else(Layout::default_columns);
            let n = rows::count_id_rows(&g, &layout, &pattern);
            (g, layout, n)
        })
        .collect();
    // Workbooks keep old copies of the list in other sheets (the early
    // drafts have a stale Sheet1 next to Sheet2); the fullest sheet is the list.
    let Some(best) = (0..planned.len()).filter(|&i| planned[i].2 > 0).max_by_key(|&i| (planned[i].2, usize::MAX - i))
    else {
        let names: Vec<&str> = planned.iter().map(|p| p.0.name.as_str()).collect();
        return Err(IngestError::new(
            file,
            format!(
                "no statement ids: no sheet has a cell containing `[{}-` in its statement-number column (sheets: {})",
                pattern.prefix,
                names.join(", ")
            ),
        ));
    };
    let (grid, layout, _) = &planned[best];
    let mut raw = Raw { prefix: Some(choice.clone()), ..Raw::default() };
    raw.diagnostics.extend(super::prefix_note(&choice, file));
    let header_loc = SourceLocation::cell(file, grid.cell_ref(layout.header_row.unwrap_or(0), layout.id));
    for (i, (other, other_layout, n)) in planned.iter().enumerate() {
        if i != best && *n > 0 {
            raw.diagnostics.push(
                Diagnostic::warning(
                    "sheet-skipped",
                    format!(
                        "sheet `{}` also lists {n} statement ids but is not read: the list is taken from `{}`, \
                         the sheet with the most ({})",
                        other.name, grid.name, planned[best].2
                    ),
                    SourceLocation::cell(file, other.cell_ref(other_layout.header_row.unwrap_or(0), other_layout.id)),
                )
                .with_help("delete stale sheets, or move the list you want read to the fullest sheet"),
            );
        }
    }
    if layout.header_row.is_none() {
        raw.diagnostics.push(Diagnostic::note(
            "no-header",
            format!(
                "sheet `{}` has no header row (Statement No. | Normative Statement | Client Test | Server Test); \
                 reading ids from column A, text from B, client and server tests from C and D",
                grid.name
            ),
            header_loc,
        ));
    }
    let found = rows::extract(grid, layout, file, opts);
    raw.statements = found.statements;
    raw.diagnostics.extend(found.diagnostics);
    Ok(raw)
}
