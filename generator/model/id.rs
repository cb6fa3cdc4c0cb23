//! Finding statement ids in running text, and repairing the malformed ones
//! real drafts contain (`[MQTT-1.4.0-1 ]`, `[MQTT-3.1.2.7]`, `[MQTT-3-8.3-2]`,
//! `[MQTT-3.10.3-1` with no closing bracket).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What an id looks like: `[PREFIX-<section>-<n>]` where section is dotted
/// numbers. Only the prefix is configurable; the rest is the OASIS shape.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdPattern {
    pub prefix: String,
}

impl Default for IdPattern {
    fn default() -> Self {
        IdPattern { prefix: "MQTT".into() }
    }
}

/// Why an id needed repair, or could not be repaired.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum IdProblem {
    /// Whitespace (often a no-break space) inside the brackets.
    Whitespace,
    /// A dot where the dash before the statement number belongs (`3.1.2.7`).
    DotForDash,
    /// A dash where a dot belongs inside the section number (`3-8.3-2`).
    DashForDot,
    /// A stray dot before the dash (`3.3.1.-1`).
    StrayDot,
    /// `[` with no `]` before the end of the sentence.
    Unclosed,
    /// Statement number 0: numbering starts at 1.
    ZeroNumber,
    /// The section part has fewer than three numbers (`4.2-1`); kept as is.
    ShortSection,
    /// Cannot be read as an id at all; not extracted.
    Unreadable,
}

impl IdProblem {
    pub fn describe(&self) -> &'static str {
        match self {
            IdProblem::Whitespace => "whitespace inside the statement id",
            IdProblem::DotForDash => "a dot where the dash before the statement number belongs",
            IdProblem::DashForDot => "a dash inside the section number",
            IdProblem::StrayDot => "a stray dot before the statement number",
            IdProblem::Unclosed => "the statement id has no closing bracket",
            IdProblem::ZeroNumber => "statement number 0 (numbering starts at 1)",
            IdProblem::ShortSection => "the section number has only two parts",
            IdProblem::Unreadable => "cannot be read as a statement id",
        }
    }

    /// Repairs whose result is certain; the others keep the id but warn.
    pub fn is_repair(&self) -> bool {
        matches!(
            self,
            IdProblem::Whitespace
                | IdProblem::DotForDash
                | IdProblem::DashForDot
                | IdProblem::StrayDot
                | IdProblem::Unclosed
        )
    }
}

/// One `[PREFIX-...]` occurrence in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMatch {
    /// Byte range of the whole occurrence, brackets included.
    pub range: Range<usize>,
    /// The text between the brackets, exactly as written.
    pub raw: String,
    /// The normalized id, when the intent is clear.
    pub id: Option<String>,
    pub problems: Vec<IdProblem>,
}

impl IdPattern {
    /// Every bracketed id in `text`, in order, well-formed or not.
    pub fn scan(&self, text: &str) -> Vec<IdMatch> {
        let open = format!("[{}-", self.prefix);
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(pos) = text[from..].find(&open) {
            let start = from + pos;
            let body_start = start + 1;
            // An id is short; stop at the closing bracket, the next opening one,
            // or the first character that cannot belong to an id.
            let mut end = body_start;
            let mut closed = false;
            for (i, c) in text[body_start..].char_indices() {
                let at = body_start + i;
                if c == ']' {
                    end = at;
                    closed = true;
                    break;
                }
                let allowed = c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ' ' | '\u{a0}' | '_');
                if !allowed || c == '[' || at - body_start > 40 {
                    end = at;
                    break;
                }
                end = at + c.len_utf8();
            }
            if !closed {
                // Without a bracket to stop at, keep only what can be an id.
                let run = text[body_start..end]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.'))
                    .unwrap_or(end - body_start);
                end = body_start + run;
            }
            let raw = text[body_start..end].to_string();
            let range = start..if closed { end + 1 } else { end };
            let (id, mut problems) = self.normalize(raw.trim_end_matches(['.', ' ', '\u{a0}']).trim_end());
            if raw.trim_end_matches('.') != raw.trim_end_matches(['.', ' ', '\u{a0}'])
                && !problems.contains(&IdProblem::Whitespace)
            {
                problems.insert(0, IdProblem::Whitespace);
            }
            if !closed {
                problems.push(IdProblem::Unclosed);
            }
            from = range.end.max(start + 1);
            out.push(IdMatch { range, raw, id, problems });
        }
        out
    }

    /// Normalizes the inside of the brackets. Returns the id (if readable)
    /// and every repair that was needed to get it.
    pub fn normalize(&self, raw: &str) -> (Option<String>, Vec<IdProblem>) {
        let mut problems = Vec::new();
        let Some(rest) = raw.strip_prefix(&self.prefix).and_then(|r| r.strip_prefix('-')) else {
            return (None, vec![IdProblem::Unreadable]);
        };
        let compact: String = rest.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
        if compact.len() != rest.len() {
            problems.push(IdProblem::Whitespace);
        }
        let mut s = compact;
        if s.contains(".-") {
            s = s.replace(".-", "-");
            problems.push(IdProblem::StrayDot);
        }
        let dashes = s.matches('-').count();
        match dashes {
            0 => {
                // `3.1.2.7`: the last dot stands for the dash.
                match s.rfind('.') {
                    Some(i) if s[..i].contains('.') => {
                        s.replace_range(i..i + 1, "-");
                        problems.push(IdProblem::DotForDash);
                    }
                    _ => return (None, vec![IdProblem::Unreadable]),
                }
            }
            1 => {}
            2 => {
                // `3-8.3-2`: a dash inside the section number.
                let i = s.find('-').unwrap_or(0);
                s.replace_range(i..i + 1, ".");
                problems.push(IdProblem::DashForDot);
            }
            _ => return (None, vec![IdProblem::Unreadable]),
        }
        let (section, number) = s.split_once('-').unwrap_or((&s, ""));
        let section_ok =
            !section.is_empty() && section.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        let number_ok = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
        if !section_ok || !number_ok {
            return (None, vec![IdProblem::Unreadable]);
        }
        if section.split('.').count() < 3 {
            problems.push(IdProblem::ShortSection);
        }
        if number.trim_start_matches('0').is_empty() {
            problems.push(IdProblem::ZeroNumber);
        }
        (Some(format!("{}-{}", self.prefix, s)), problems)
    }

    /// The section number an id names: `MQTT-3.1.2-7` → `3.1.2`.
    pub fn section_of<'a>(&self, id: &'a str) -> &'a str {
        let rest = id.strip_prefix(&self.prefix).and_then(|r| r.strip_prefix('-')).unwrap_or(id);
        rest.rsplit_once('-').map(|(s, _)| s).unwrap_or(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Option<String>, Vec<IdProblem>) {
        let m = IdPattern::default().scan(text);
        assert_eq!(m.len(), 1, "{text}: {m:?}");
        (m[0].id.clone(), m[0].problems.clone())
    }

    #[test]
    fn well_formed() {
        assert_eq!(one("close it [MQTT-3.1.0-1]."), (Some("MQTT-3.1.0-1".into()), vec![]));
    }

    #[test]
    fn real_defects_are_repaired() {
        assert_eq!(one("[MQTT-1.4.0-1\u{a0}]"), (Some("MQTT-1.4.0-1".into()), vec![IdProblem::Whitespace]));
        assert_eq!(one("[MQTT-3.1.2.7]"), (Some("MQTT-3.1.2-7".into()), vec![IdProblem::DotForDash]));
        assert_eq!(one("[MQTT-3-8.3-2]"), (Some("MQTT-3.8.3-2".into()), vec![IdProblem::DashForDot]));
        assert_eq!(one("[MQTT-3.3.1.-1]"), (Some("MQTT-3.3.1-1".into()), vec![IdProblem::StrayDot]));
        assert_eq!(one("[MQTT-3.10.3-1 and more"), (Some("MQTT-3.10.3-1".into()), vec![IdProblem::Unclosed]));
        assert_eq!(one("[MQTT-3.1.2-0]"), (Some("MQTT-3.1.2-0".into()), vec![IdProblem::ZeroNumber]));
        assert_eq!(one("[MQTT-4.2-1]"), (Some("MQTT-4.2-1".into()), vec![IdProblem::ShortSection]));
        assert_eq!(one("[MQTT-x.y]"), (None, vec![IdProblem::Unreadable]));
    }

    #[test]
    fn ranges_cover_brackets() {
        let text = "a [MQTT-1.2.3-4] b [MQTT-2.2.2-1]";
        let m = IdPattern::default().scan(text);
        assert_eq!(&text[m[0].range.clone()], "[MQTT-1.2.3-4]");
        assert_eq!(&text[m[1].range.clone()], "[MQTT-2.2.2-1]");
    }

    #[test]
    fn section_of() {
        assert_eq!(IdPattern::default().section_of("MQTT-3.1.2-7"), "3.1.2");
    }
}
