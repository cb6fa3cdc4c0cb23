//! Body against appendix: the body is normative, the appendix a summary that
//! can disagree. Every id only on one side and every differing text is
//! reported; appendix-only statements are still extracted.

use super::appendix::Entry;
use super::ids::Found;
use super::State;
use crate::diag::Severity;
use crate::model::{normalize_text, Statement};
use std::collections::{HashMap, HashSet};

/// Text compared after folding what typesetting changes: quotes, dashes,
/// spaces around punctuation, a final full stop.
pub fn comparable(text: &str) -> String {
    let folded: String = text
        .chars()
        .map(|c| match c {
            '“' | '”' | '„' | '″' => '"',
            '‘' | '’' | '′' => '\'',
            '–' | '—' | '‐' | '‑' => '-',
            c => c,
        })
        .collect();
    let mut s = normalize_text(&folded);
    for p in [" .", " ,", " ;", " :", " )"] {
        s = s.replace(p, &p[1..]);
    }
    s = s.replace("( ", "(");
    s.trim_end_matches(['.', ' ']).to_string()
}

/// The final statement list: the body's, with appendix-only statements placed
/// after the appendix's previous row.
pub fn merge(state: &mut State, body: Vec<Found>, rows: Vec<Entry>) -> Vec<Statement> {
    let mut out: Vec<Statement> = body.iter().map(|f| f.statement.clone()).collect();
    if rows.is_empty() {
        return out;
    }
    let mut first_in_body: HashMap<&str, &Found> = HashMap::new();
    for f in &body {
        first_in_body.entry(f.statement.id.as_str()).or_insert(f);
    }
    let in_appendix: HashSet<&str> = rows.iter().filter_map(|r| r.id.as_deref()).collect();
    let mut body_only: Vec<&Found> = Vec::new();
    let mut seen_body_only = HashSet::new();
    for f in &body {
        if !in_appendix.contains(f.statement.id.as_str()) && seen_body_only.insert(f.statement.id.as_str()) {
            body_only.push(f);
        }
    }
    let mut renumbered: HashSet<String> = HashSet::new();
    let mut seen_rows: HashSet<&str> = HashSet::new();
    let mut previous: Option<&str> = None;
    for row in &rows {
        let Some(id) = row.id.as_deref() else { continue };
        if !seen_rows.insert(id) {
            state.diag(
                Severity::Warning,
                "appendix-duplicate",
                format!("`{id}` is listed twice in the appendix"),
                row.id_src.clone(),
            );
            continue;
        }
        if let Some(f) = first_in_body.get(id) {
            if comparable(&f.statement.text) != comparable(&row.text) {
                let line = state.src.location(row.id_src.start).line.unwrap_or(0);
                state
                    .diag(
                        Severity::Note,
                        "appendix-text-differs",
                        format!("`{id}`: the appendix (line {line}) words it differently; the body's text is kept"),
                        f.id_src.clone(),
                    )
                    .help = Some(format!("appendix: {}", normalize_text(&row.text)));
            }
        } else if let Some(f) = body_only
            .iter()
            .find(|f| !renumbered.contains(&f.statement.id) && comparable(&f.statement.text) == comparable(&row.text))
        {
            let body_id = f.statement.id.clone();
            state
                .diag(
                    Severity::Warning,
                    "appendix-renumbered",
                    format!("the appendix numbers `{body_id}` as `{id}` (same text); the body's id is kept"),
                    row.id_src.clone(),
                )
                .help = Some(format!("body: {}", state.src.location(f.id_src.start)));
            renumbered.insert(body_id);
        } else {
            let section = state.opts.pattern.section_of(id).to_string();
            let title = state.outline.title_of(&section).map(|s| s.title.clone()).unwrap_or_default();
            let mut st = Statement::new(id, section.clone(), title, &row.text, state.src.location(row.id_src.start));
            st.original_id = row.original.clone();
            st.anchor = state.id_anchor(id).or_else(|| state.opts.url.map(str::to_string));
            state
                .diag(
                    Severity::Warning,
                    "body-missing",
                    format!("`{id}` is only in the appendix, not in the body"),
                    row.id_src.clone(),
                )
                .help = Some("extracted from the appendix text".into());
            let at = previous.and_then(|p| out.iter().rposition(|s| s.id == p)).map(|i| i + 1).unwrap_or(out.len());
            out.insert(at, st);
        }
        previous = Some(id);
    }
    for f in body_only {
        if renumbered.contains(&f.statement.id) {
            continue;
        }
        let id = f.statement.id.clone();
        state.diag(
            Severity::Warning,
            "appendix-missing",
            format!("`{id}` is in the body but not in the appendix"),
            f.id_src.clone(),
        );
    }
    out
}
