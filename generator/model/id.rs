//! Finding statement ids in running text, and repairing the malformed ones
//! real drafts contain (`[MQTT-1.4.0-1 ]`, `[MQTT-3.1.2.7]`, `[MQTT-3-8.3-2]`,
//! `[MQTT-3.10.3-1` with no closing bracket).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What an id looks like: `[PREFIX-<section>-<n>]` where section is dotted
/// numbers. Only the prefix is configurable (it may contain dashes itself:
/// `MQTT-SN`); the rest is the OASIS shape. When a document's author typed a
/// hyphen look-alike (U+2010 to U+2015, U+2212) or a doubled dash anywhere in
/// the id, it is read as the intended dash and reported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdPattern {
    pub prefix: String,
}

impl Default for IdPattern {
    fn default() -> Self {
        IdPattern { prefix: "MQTT".into() }
    }
}

/// A dash, or a character that looks like one: U+2010 hyphen, U+2011
/// non-breaking hyphen (what the MQTT-SN TC build writes), U+2012 figure
/// dash, U+2013 en dash, U+2014 em dash, U+2015 horizontal bar, U+2212 minus.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// How the id prefix of an extraction was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrefixChoice {
    pub prefix: String,
    /// Found in the document (the config named none).
    pub detected: bool,
    /// Every prefix the document uses in id-shaped brackets, most used first,
    /// with how often (empty when the config named the prefix).
    pub candidates: Vec<(String, usize)>,
}

impl PrefixChoice {
    pub fn configured(pattern: &IdPattern) -> Self {
        PrefixChoice { prefix: pattern.prefix.clone(), detected: false, candidates: Vec::new() }
    }

    /// The other prefixes a detection found, as patterns.
    pub fn others(&self) -> Vec<IdPattern> {
        self.candidates
            .iter()
            .filter(|(p, _)| *p != self.prefix)
            .map(|(p, _)| IdPattern { prefix: p.clone() })
            .collect()
    }

    /// `MQTT-SN (detected)` / `MQTT (config)`.
    pub fn describe(&self) -> String {
        let how = if !self.detected {
            "config"
        } else if self.candidates.is_empty() {
            "default: no ids found"
        } else {
            "detected"
        };
        format!("{} ({how})", self.prefix)
    }
}

impl IdPattern {
    /// The prefix a document uses: the most frequent `X` of the id-shaped
    /// brackets `[X-<n>(.<n>)*-<n>]` in `text` (Markdown escapes and hyphen
    /// look-alikes allowed). A citation (`[MQTT-SN-v2.0]`) is not id-shaped.
    /// `MQTT` when the text has no id at all.
    pub fn detect(text: &str) -> (IdPattern, PrefixChoice) {
        static SHAPE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let re = SHAPE.get_or_init(|| {
            let d = "[-\u{2010}-\u{2015}\u{2212}]";
            regex::Regex::new(&format!(
                r"\[\\?([A-Za-z][A-Za-z0-9]*(?:{d}+[A-Za-z][A-Za-z0-9]*)*){d}+[0-9]+(?:\.[0-9]+)*{d}+[0-9]+\\?\]"
            ))
            .expect("valid id shape")
        });
        let mut counts: Vec<(String, usize)> = Vec::new();
        for c in re.captures_iter(text) {
            let prefix = canonical_dashes(&c[1]);
            match counts.iter_mut().find(|(p, _)| *p == prefix) {
                Some((_, n)) => *n += 1,
                None => counts.push((prefix, 1)),
            }
        }
        // Most used first; a tie goes to the one seen first.
        counts.sort_by_key(|c| std::cmp::Reverse(c.1));
        let pattern = counts.first().map(|(p, _)| IdPattern { prefix: p.clone() }).unwrap_or_default();
        let choice = PrefixChoice { prefix: pattern.prefix.clone(), detected: true, candidates: counts };
        (pattern, choice)
    }

    /// Whether `s` is, as a whole, an id of any prefix (`MQTT‑SN‑1.7.4‑1`
    /// with no brackets: how the TC build writes the link after a statement).
    pub fn looks_like_id(s: &str) -> bool {
        static BARE: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
        let re = BARE.get_or_init(|| {
            let d = "[-\u{2010}-\u{2015}\u{2212}]";
            regex::Regex::new(&format!(
                r"^[A-Za-z][A-Za-z0-9]*(?:{d}+[A-Za-z][A-Za-z0-9]*)*{d}+[0-9]+(?:\.[0-9]+)*{d}+[0-9]+$"
            ))
            .expect("valid id shape")
        });
        re.is_match(s.trim())
    }

    /// What follows the prefix and its dash in `raw` (the text between the
    /// brackets), with look-alike and doubled dashes accepted.
    pub fn after_prefix<'a>(&self, raw: &'a str) -> Option<&'a str> {
        let mut rest = raw;
        for (k, part) in self.prefix.split('-').enumerate() {
            if k > 0 {
                let t = rest.trim_start_matches(is_dash);
                if t.len() == rest.len() {
                    return None;
                }
                rest = t;
            }
            rest = rest.strip_prefix(part)?;
        }
        let t = rest.trim_start_matches(is_dash);
        (t.len() < rest.len()).then_some(t)
    }

    /// Whether `text[at..]` opens an id: `[`, the prefix, a dash.
    /// Returns the byte length of `[PREFIX-` as written.
    fn opens_at(&self, text: &str, at: usize) -> Option<usize> {
        let rest = text[at..].strip_prefix('[')?;
        let after = self.after_prefix(rest)?;
        Some(text.len() - at - after.len())
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
    /// A character that looks like a dash (`MQTT–SN`, U+2011 in the TC
    /// build) where a dash belongs; `found` names it (`en dash (U+2013)`).
    LookAlikeDash { found: String },
    /// Two dashes where one belongs (`MQTT-SN--3.1.4.9-2`).
    DoubledDash,
    /// Cannot be read as an id at all; not extracted.
    Unreadable,
}

impl IdProblem {
    pub fn describe(&self) -> String {
        let s = match self {
            IdProblem::Whitespace => "whitespace inside the statement id",
            IdProblem::DotForDash => "a dot where the dash before the statement number belongs",
            IdProblem::DashForDot => "a dash inside the section number",
            IdProblem::StrayDot => "a stray dot before the statement number",
            IdProblem::Unclosed => "the statement id has no closing bracket",
            IdProblem::ZeroNumber => "statement number 0 (numbering starts at 1)",
            IdProblem::ShortSection => "the section number has only two parts",
            IdProblem::LookAlikeDash { found } => return format!("{found} where a dash belongs in the statement id"),
            IdProblem::DoubledDash => "a doubled dash in the statement id",
            IdProblem::Unreadable => "cannot be read as a statement id",
        };
        s.to_string()
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
                | IdProblem::LookAlikeDash { .. }
                | IdProblem::DoubledDash
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
        let mut out = Vec::new();
        let mut from = 0;
        let first = self.prefix.chars().next().unwrap_or('[');
        while let Some(pos) = text[from..].find('[') {
            let start = from + pos;
            from = start + 1;
            if !text[start + 1..].starts_with(first) || self.opens_at(text, start).is_none() {
                continue;
            }
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
                let allowed =
                    c.is_ascii_alphanumeric() || is_dash(c) || matches!(c, '.' | ' ' | '\u{a0}' | '_' | '#' | '?');
                if !allowed || c == '[' || at - body_start > 40 {
                    end = at;
                    break;
                }
                end = at + c.len_utf8();
            }
            if !closed {
                // Without a bracket to stop at, keep only what can be an id.
                let run = text[body_start..end]
                    .find(|c: char| !(c.is_ascii_alphanumeric() || is_dash(c) || c == '.'))
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
        let (raw, dash_problems) = repair_dashes(raw);
        let Some(rest) = raw.strip_prefix(&self.prefix).and_then(|r| r.strip_prefix('-')) else {
            return (None, vec![IdProblem::Unreadable]);
        };
        problems.extend(dash_problems);
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
        let rest = self.after_prefix(id).unwrap_or(id);
        rest.rsplit_once('-').map(|(s, _)| s).unwrap_or(rest)
    }
}

/// `raw` with every dash look-alike read as `-`, runs of dashes as one.
fn canonical_dashes(raw: &str) -> String {
    repair_dashes(raw).0.into_owned()
}

/// Like [`canonical_dashes`], with the problems found.
fn repair_dashes(raw: &str) -> (std::borrow::Cow<'_, str>, Vec<IdProblem>) {
    if !raw.contains(|c: char| is_dash(c) && c != '-') && !raw.contains("--") {
        return (raw.into(), Vec::new());
    }
    let mut problems = Vec::new();
    let mut found: Vec<char> = Vec::new();
    let mut out = String::with_capacity(raw.len());
    let mut doubled = false;
    for c in raw.chars() {
        if is_dash(c) {
            if c != '-' && !found.contains(&c) {
                found.push(c);
            }
            if out.ends_with('-') {
                doubled = true;
                continue;
            }
            out.push('-');
        } else {
            out.push(c);
        }
    }
    if !found.is_empty() {
        let names: Vec<String> = found.iter().map(|c| format!("{} ({})", unicode_name(*c), char_code(*c))).collect();
        problems.push(IdProblem::LookAlikeDash { found: names.join(", ") });
    }
    if doubled {
        problems.push(IdProblem::DoubledDash);
    }
    (out.into(), problems)
}

fn char_code(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

fn unicode_name(c: char) -> &'static str {
    match c {
        '\u{2010}' => "hyphen",
        '\u{2011}' => "non-breaking hyphen",
        '\u{2012}' => "figure dash",
        '\u{2013}' => "en dash",
        '\u{2014}' => "em dash",
        '\u{2015}' => "horizontal bar",
        '\u{2212}' => "minus sign",
        _ => "dash",
    }
}

/// What a bracketed `[PREFIX-...]` that is no id at all stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAnId {
    /// The document describing the id format: `[MQTT-x.x.x-y]`,
    /// `[MQTT-SN-section#-local#]`.
    Description,
    /// A citation of a document version: `[MQTT-SN-v2.0]`.
    Citation,
    /// A placeholder for a number not yet given: `[MQTT-SN-???]`.
    Placeholder,
}

impl IdPattern {
    /// Whether the text between the brackets is a description of the id
    /// format, a citation or a placeholder rather than an id.
    pub fn not_an_id(&self, raw: &str) -> Option<NotAnId> {
        let inner = self.after_prefix(raw.trim())?;
        let inner = inner.trim_end_matches(['.', ' ', '\u{a0}']);
        if !inner.is_empty() && inner.chars().all(|c| c == '?' || c == '.' || is_dash(c)) && inner.contains('?') {
            return Some(NotAnId::Placeholder);
        }
        let mut cs = inner.chars();
        if matches!(cs.next(), Some('v' | 'V'))
            && cs.clone().next().is_some_and(|c| c.is_ascii_digit())
            && cs.all(|c| c.is_ascii_digit() || c == '.')
        {
            return Some(NotAnId::Citation);
        }
        let described = !inner.is_empty()
            && inner.chars().any(|c| c.is_ascii_alphabetic())
            && !inner.chars().any(|c| c.is_ascii_digit())
            && inner.chars().all(|c| c.is_ascii_alphabetic() || c == '.' || c == '#' || c == '_' || is_dash(c));
        described.then_some(NotAnId::Description)
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
    fn prefixes_with_dashes_and_look_alikes() {
        let sn = IdPattern { prefix: "MQTT-SN".into() };
        let m = sn.scan("a [MQTT-SN-3.1.2-1] b [MQTT\u{2013}SN-3.13.5-1] c [MQTT-SN--3.1.4.9-2] d");
        assert_eq!(m.len(), 3);
        assert_eq!((m[0].id.as_deref(), m[0].problems.as_slice()), (Some("MQTT-SN-3.1.2-1"), &[][..]));
        assert_eq!(m[1].id.as_deref(), Some("MQTT-SN-3.13.5-1"));
        assert_eq!(m[1].raw, "MQTT\u{2013}SN-3.13.5-1");
        assert_eq!(m[1].problems, vec![IdProblem::LookAlikeDash { found: "en dash (U+2013)".into() }]);
        assert_eq!(
            (m[2].id.as_deref(), m[2].problems.as_slice()),
            (Some("MQTT-SN-3.1.4.9-2"), &[IdProblem::DoubledDash][..])
        );
        let nb = sn.scan("[MQTT\u{2011}SN\u{2011}1.7.4\u{2011}1]");
        assert_eq!(nb[0].id.as_deref(), Some("MQTT-SN-1.7.4-1"));
        assert!(nb[0].problems[0].is_repair());
        // A different prefix that merely starts the same is not this one.
        assert!(IdPattern { prefix: "MQTT-SN".into() }.scan("[MQTT-3.1.2-1]").is_empty());
        assert_eq!(sn.section_of("MQTT-SN-3.1.2-7"), "3.1.2");
    }

    #[test]
    fn prefix_is_detected() {
        let (p, c) = IdPattern::detect(
            "x \\[MQTT-SN-1.2.3-1\\] [MQTT\u{2011}SN\u{2011}2.2\u{2011}1] [MQTT-SN-v2.0] [MQTT-1.2.3-4]",
        );
        assert_eq!(p.prefix, "MQTT-SN");
        assert_eq!(c.candidates, vec![("MQTT-SN".to_string(), 2), ("MQTT".to_string(), 1)]);
        assert_eq!(c.describe(), "MQTT-SN (detected)");
        assert_eq!(IdPattern::detect("no ids").0.prefix, "MQTT");
    }

    #[test]
    fn citations_and_descriptions_are_not_ids() {
        let sn = IdPattern { prefix: "MQTT-SN".into() };
        assert_eq!(sn.not_an_id("MQTT-SN-v2.0"), Some(NotAnId::Citation));
        assert_eq!(sn.not_an_id("MQTT-SN-section#-local#"), Some(NotAnId::Description));
        assert_eq!(sn.not_an_id("MQTT-SN-???"), Some(NotAnId::Placeholder));
        assert_eq!(IdPattern::default().not_an_id("MQTT-x.x.x-y"), Some(NotAnId::Description));
        assert_eq!(sn.not_an_id("MQTT-SN-3.1-1"), None);
        assert_eq!(sn.not_an_id("MQTT-SN-3.1.x-1"), None);
        let m = sn.scan("[MQTT-SN-section#-local#] [MQTT-SN-v2.0]");
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].raw, "MQTT-SN-section#-local#");
    }

    #[test]
    fn section_of() {
        assert_eq!(IdPattern::default().section_of("MQTT-3.1.2-7"), "3.1.2");
    }
}
