//! The history as Markdown: the steps, then one row per statement.

use super::{History, Lineage};
use std::fmt::Write;

/// A table cell: pipes escaped, one line.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn ids(l: &Lineage) -> String {
    l.ids.iter().map(|i| format!("{} ({})", i.id, i.from)).collect::<Vec<_>>().join(" → ")
}

pub fn to_markdown(h: &History) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# History of {}\n", h.document);
    let _ = writeln!(s, "| draft | statements | source |\n|---|---:|---|");
    for d in &h.drafts {
        let _ = writeln!(s, "| {} | {} | {} |", d.label, d.statements, cell(&d.source));
    }
    let _ = writeln!(s, "\n| step | added | removed | changed | renamed | id reused |\n|---|---:|---:|---:|---:|---:|");
    for st in &h.steps {
        let _ = writeln!(
            s,
            "| {} → {} | {} | {} | {} | {} | {} |",
            st.from, st.to, st.added, st.removed, st.changed, st.renamed, st.reused
        );
    }
    let live = h.statements.iter().filter(|l| l.removed.is_none()).count();
    let renamed = h.statements.iter().filter(|l| l.renamed()).count();
    let changed = h.statements.iter().filter(|l| !l.changes.is_empty()).count();
    let _ = writeln!(
        s,
        "\n{} statements over the series: {live} in the newest draft, {} removed; {renamed} renamed, {changed} with text changes.\n",
        h.statements.len(),
        h.statements.len() - live
    );
    let _ = writeln!(s, "| statement | appeared | text changed | ids | removed | text |\n|---|---|---|---|---|---|");
    for l in &h.statements {
        let changes = l.changes.iter().map(|c| c.draft.as_str()).collect::<Vec<_>>().join(", ");
        let _ = writeln!(
            s,
            "| {}{} | {} | {} | {} | {} | {} |",
            l.id,
            if l.reused_id { " (id reused)" } else { "" },
            l.appeared,
            changes,
            if l.renamed() { ids(l) } else { String::new() },
            l.removed.as_deref().unwrap_or(""),
            cell(&short(&l.text, 100))
        );
    }
    s
}
