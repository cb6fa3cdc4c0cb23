//! Ids in a run of body prose, and the statement each one names.

use super::{sentences, OccurrenceKind, Section, State};
use crate::diag::Severity;
use crate::ingest::id_diagnostics;
use crate::model::{IdMatch, IdPattern, IdProblem, Level, NotAnId, Statement};
use std::collections::HashSet;
use std::ops::Range;

/// Words after which an id is a reference to a statement, not its label.
const REFERENCE_WORDS: [&str; 9] = ["of", "to", "see", "in", "with", "by", "per", "under", "from"];

/// A statement found in the body, with where its id sits in the source.
#[derive(Debug, Clone)]
pub struct Found {
    pub statement: Statement,
    pub id_src: Range<usize>,
}

/// How one id occurrence in a chunk is read.
enum Role {
    Defines,
    Reference,
    NotAnId(NotAnId),
}

/// How an id reads where it stands; `labelled` holds the ids that label a
/// statement somewhere in the body.
fn role(text: &str, m: &IdMatch, pattern: &IdPattern, labelled: &HashSet<String>) -> Role {
    if let Some(what) = pattern.not_an_id(&m.raw) {
        return Role::NotAnId(what);
    }
    let before = text[..m.range.start].trim_end_matches([' ', '\u{a0}']);
    let word = before.rsplit([' ', '\n', '(']).next().unwrap_or("");
    if !REFERENCE_WORDS.contains(&word.to_ascii_lowercase().as_str()) {
        return Role::Defines;
    }
    // `... being responded to [MQTT-SN-3.3.2-1].`: after a preposition, but
    // the id labels nothing else and closes a sentence with a keyword, so it
    // labels this one.
    let closes =
        text[m.range.end..].trim_start_matches([' ', '\u{a0}']).starts_with(['.', '\n']) || m.range.end == text.len();
    let sentence = &before[before.rfind(['.', '\n']).map_or(0, |p| p + 1)..];
    match &m.id {
        Some(id) if closes && !labelled.contains(id) && !Level::find_all(sentence).is_empty() => Role::Defines,
        _ => Role::Reference,
    }
}

/// The ids that label a statement somewhere in running text (not in tables):
/// what an id after a preposition may point at.
pub fn labelled_ids(pattern: &IdPattern, flows: &[&super::Flow]) -> HashSet<String> {
    let none = HashSet::new();
    let mut out = HashSet::new();
    for flow in flows {
        for m in pattern.scan(&flow.text) {
            if let (Role::Defines, Some(id)) = (role(&flow.text, &m, pattern, &none), &m.id) {
                let before = flow.text[..m.range.start].trim_end_matches([' ', '\u{a0}']);
                let word = before.rsplit([' ', '\n', '(']).next().unwrap_or("");
                if !REFERENCE_WORDS.contains(&word.to_ascii_lowercase().as_str()) {
                    out.insert(id.clone());
                }
            }
        }
    }
    out
}

/// Finds the statements of one chunk of prose (the text under one heading).
pub fn statements_in(state: &mut State, chunk: &super::Flow, section: &Section, body: &mut Vec<Found>) {
    let text = chunk.text.as_str();
    let matches = state.opts.pattern.scan(text);
    // Only labelling ids divide the text into statements.
    let labels: Vec<usize> = matches
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(role(text, m, state.opts.pattern, &state.labelled), Role::Defines))
        .map(|(i, _)| i)
        .collect();
    for m in &matches {
        match role(text, m, state.opts.pattern, &state.labelled) {
            Role::NotAnId(what) => not_an_id(state, &m.raw, what, chunk.src_range(m.range.clone())),
            Role::Reference => {
                let range = chunk.src_range(m.range.clone());
                state.occurrence(&m.raw, m.id.as_deref(), OccurrenceKind::Reference, range.start);
            }
            Role::Defines => {}
        }
    }
    foreign_ids(state, chunk, &matches);
    let mut region_start = 0;
    let mut previous_id: Option<String> = None;
    for (k, &i) in labels.iter().enumerate() {
        let m = &matches[i];
        let next_label = labels.get(k + 1).map(|&j| matches[j].range.start).unwrap_or(text.len());
        // An id alone on its line (or after a stray word) names the paragraph before.
        let mut para_start = text[..m.range.start].rfind('\n').map(|p| p + 1).unwrap_or(0);
        let alone = text[para_start..m.range.start].split_whitespace().count() < 3;
        while para_start > region_start && text[para_start..m.range.start].split_whitespace().count() < 3 {
            para_start = text[..para_start - 1].rfind('\n').map(|p| p + 1).unwrap_or(0);
        }
        // An id that ends a list of dependent items (`- MUST send ...` /
        // `- MUST NOT re-send ... [MQTT-4.3.3-1]`) names the whole run back to
        // the item that opens it (`- In the QoS 2 delivery protocol, the
        // Sender MUST assign ...`), as Appendix B prints it. Items that stand
        // alone (`- If CleanSession is set to 1, ...`) are left as they are.
        let line_of = |at: usize| text[..at].rfind('\n').map(|p| p + 1).unwrap_or(0);
        let mut item = if alone { para_start } else { line_of(m.range.start) };
        while item > region_start
            && sentences::is_item(&text[item..])
            && sentences::is_dependent(sentences::strip_marker(&text[item..]))
        {
            let prev = line_of(item - 1);
            let line = &text[prev..item - 1];
            if prev < region_start || !sentences::is_item(line) || Level::find_all(line).is_empty() {
                break;
            }
            item = prev;
            para_start = para_start.min(prev);
        }
        let start = region_start.max(para_start).min(m.range.start);
        // What follows the id: its closing punctuation. Words after an id in
        // the same sentence (`[MQTT-3.3.2-1] as defined in section 1.5.4.`)
        // are left out, as Appendix B leaves them out.
        let after = &text[m.range.end..next_label];
        let trailing = after.len() - after.trim_start_matches([' ', '.']).len();
        let consumed = m.range.end + trailing;
        let mut raw_text = text[start..m.range.start].to_string();
        // The MQTT-SN TC build encloses each statement in « » right before
        // its id (`«The Server MUST ...»[MQTT‑SN‑3.1‑1]`): the statement is
        // what they enclose, not the figure caption before it.
        if let Some(inner) = raw_text.trim_end().strip_suffix('»') {
            if let Some(open) = inner.rfind('«') {
                let enclosed = inner[open + '«'.len_utf8()..].trim();
                // The build can put `«` inside the first word (`I«f a
                // Client ...`): the letters before it belong to the statement.
                let before = &inner[..open];
                let glued = &before[before.trim_end_matches(char::is_alphabetic).len()..];
                raw_text = if !glued.is_empty() && enclosed.starts_with(char::is_lowercase) {
                    format!("{glued}{enclosed}")
                } else {
                    enclosed.to_string()
                };
            }
        }
        let full_stop = after.trim_start_matches(' ').starts_with('.');
        region_start = consumed;
        let id_src = chunk.src_range(m.range.clone());
        let Some(id) = resolve(state, chunk, m, section, &id_src) else {
            state.occurrence(&m.raw, None, OccurrenceKind::Unreadable, id_src.start);
            continue;
        };
        let has_words = raw_text.chars().any(|c| c.is_alphanumeric());
        if !has_words {
            if previous_id.as_deref() == Some(id.as_str()) {
                state.occurrence(&m.raw, Some(&id), OccurrenceKind::Repeated, id_src.start);
                state.diag(
                    Severity::Note,
                    "repeated-id",
                    format!("`{id}` is written twice in a row; read once"),
                    id_src,
                );
            } else {
                state.occurrence(&m.raw, Some(&id), OccurrenceKind::Empty, id_src.start);
                state
                    .diag(Severity::Warning, "empty-statement", format!("no statement text before `{id}`"), id_src)
                    .help = Some("not extracted: the id labels nothing".into());
            }
            continue;
        }
        state.occurrence(&m.raw, Some(&id), OccurrenceKind::Statement, id_src.start);
        let mut text = sentences::without_span_residue(&sentences::statement_text(&raw_text));
        // `... Network Connection [MQTT-1.5.3-1].`: the full stop after the id ends the text.
        if full_stop && !text.ends_with(['.', ':', ';', '?', '!']) {
            text.push('.');
        }
        // A list item that leans on its lead-in ("When a Server receives
        // UNSUBSCRIBE:" / "- It MUST stop ...") gets the lead-in, as Appendix B prints it.
        if sentences::is_dependent(&text) {
            if let Some(lead) = sentences::lead_in(chunk.text.as_str(), m.range.start, state.opts.pattern) {
                text = format!("{lead} {text}");
            }
        }
        let number = if section.number.is_empty() || section.number.starts_with("Appendix") {
            state.opts.pattern.section_of(&id).to_string()
        } else {
            section.number.clone()
        };
        let mut statement =
            Statement::new(id.clone(), number, section.title.clone(), &text, state.src.location(id_src.start));
        statement.anchor = state.id_anchor(&id).or_else(|| state.anchor(section));
        if let Some(r) = chunk.repair_at(&m.range) {
            statement.original_id = Some(r.original.clone());
        } else if m.problems.iter().any(|p| p.is_repair()) || statement.id != m.raw.trim() {
            statement.original_id = Some(m.raw.clone());
        }
        previous_id = Some(id);
        body.push(Found { statement, id_src });
    }
}

/// Ids of another prefix the document also uses (`[MQTT-3.1.19.4-4]` in an
/// MQTT-SN draft: a typo or a citation of MQTT): a warning each, not extracted.
pub(super) fn foreign_ids(state: &mut State, chunk: &super::Flow, own: &[IdMatch]) {
    let text = chunk.text.as_str();
    for other in state.opts.other_prefixes {
        for m in other.scan(text) {
            let overlaps = own.iter().any(|o| o.range.start < m.range.end && m.range.start < o.range.end);
            let Some(id) = m.id.as_deref().filter(|_| !overlaps) else { continue };
            let range = chunk.src_range(m.range.clone());
            state.occurrence(&m.raw, Some(id), OccurrenceKind::Reference, range.start);
            let own_prefix = &state.opts.pattern.prefix;
            let rest = other.after_prefix(&m.raw).unwrap_or(&m.raw).to_string();
            state
                .diag(
                    Severity::Warning,
                    "foreign-prefix",
                    format!(
                        "`[{}]` has the prefix `{}`, not the document's `{own_prefix}`; not extracted",
                        m.raw, other.prefix
                    ),
                    range,
                )
                .help = Some(format!("if it labels a statement of this document, write `[{own_prefix}-{rest}]`"));
        }
    }
}

/// Accounts for a bracket that names the prefix but is no id: a note (a
/// description of the format, a citation), or a warning for a placeholder
/// that stands where a statement's number belongs.
pub(super) fn not_an_id(state: &mut State, raw: &str, what: NotAnId, range: Range<usize>) {
    state.occurrence(raw, None, OccurrenceKind::Example, range.start);
    let (severity, code, message) = match what {
        NotAnId::Description => {
            (Severity::Note, "id-example", format!("`[{raw}]` describes the id format; not a statement"))
        }
        NotAnId::Citation => (Severity::Note, "id-citation", format!("`[{raw}]` cites a document; not a statement")),
        NotAnId::Placeholder => (
            Severity::Warning,
            "id-placeholder",
            format!("`[{raw}]` is a placeholder: the statement has no number yet; not extracted"),
        ),
    };
    state.diag(severity, code, message, range);
}

/// The id an occurrence stands for, with its diagnostics. A missing dash
/// (`[MQTT-3.2.21]` in section 3.2.2) is read with the section's help.
pub(super) fn resolve(
    state: &mut State,
    chunk: &super::Flow,
    m: &IdMatch,
    section: &Section,
    id_src: &Range<usize>,
) -> Option<String> {
    if let Some(id) = missing_dash(state, m, section) {
        state
            .diag(
                Severity::Warning,
                "missing-dash",
                format!("`[{}]` has no dash before the statement number", m.raw),
                id_src.clone(),
            )
            .help = Some(format!("read as `{id}` from the enclosing section {}", section.number));
        return Some(id);
    }
    let (line, line_start) = state.src.snippet_of(id_src.clone());
    let range = id_src.start - line_start..(id_src.end - line_start).min(line.len());
    let location = state.src.location(id_src.start);
    // Ids the cleanup rebuilt were reported there; only the rest is new.
    if chunk.repair_at(&m.range).is_none() || m.id.is_none() {
        let mut m = m.clone();
        if state.short_sections {
            m.problems.retain(|p| *p != IdProblem::ShortSection);
        }
        let diags = id_diagnostics(&m, &location, line, range);
        state.out.raw.diagnostics.extend(diags);
    }
    m.id.clone()
}

/// `3.2.21` under a `3.2.2.x` heading is `3.2.2-1`: the section number the
/// heading gives is a prefix and the rest is the statement number.
fn missing_dash(state: &State, m: &IdMatch, section: &Section) -> Option<String> {
    if !m.problems.contains(&IdProblem::ShortSection) || !m.problems.contains(&IdProblem::DotForDash) {
        return None;
    }
    let prefix = &state.opts.pattern.prefix;
    let digits = m.raw.strip_prefix(prefix.as_str())?.strip_prefix('-')?.trim();
    let mut parts: Vec<&str> = section.number.split('.').take(3).collect();
    if parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    while parts.len() < 3 {
        parts.push("0");
    }
    let sec = parts.join(".");
    let rest = digits.strip_prefix(&sec)?;
    (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit())).then(|| format!("{prefix}-{sec}-{rest}"))
}
