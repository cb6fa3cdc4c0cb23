//! Which heading-like lines open a section, and what section a statement is in.
//!
//! The PDF conversions mark headings inconsistently (`## **3.1.2.4 Clean
//! Session**`, a bold paragraph `587 **3.1.2.4 Clean Start**`, and bold lines
//! that are not headings at all: `713 **17 (0x11) Byte, Identifier of ...**`).
//! A numbered candidate is accepted only when its number can follow the
//! current one (next sibling at some depth, or a first child), which rejects
//! such impostors without a list of known titles.

/// A section the document declares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// `3.1.2`, or `Appendix B`; empty before the first heading.
    pub number: String,
    pub title: String,
    /// Link target of the heading (`_Toc384800405` in Word HTML).
    pub anchor: Option<String>,
}

impl Section {
    /// An appendix that lists the normative statements ("Appendix B.
    /// Mandatory normative statement(s) (non-normative)").
    pub fn is_statement_appendix(&self) -> bool {
        self.number.starts_with("Appendix") && self.title.to_ascii_lowercase().contains("normative statement")
    }
}

/// A heading's text split into number and title, if it is numbered.
pub fn parse_heading(text: &str) -> Option<(String, String)> {
    let text = text.trim().trim_matches('*').trim();
    if let Some(rest) = text.strip_prefix("Appendix ") {
        let letter: String = rest.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        if letter.len() == 1 {
            let title = rest[letter.len()..].trim_start_matches(['.', ':', ' ', '\u{a0}']).trim();
            return Some((format!("Appendix {letter}"), title.to_string()));
        }
        return None;
    }
    let end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let number = text[..end].trim_end_matches('.');
    // `05 February 2026` is a date: no section number has a leading zero.
    if number.is_empty()
        || number.split('.').any(|p| p.is_empty() || p.len() > 3 || (p.len() > 1 && p.starts_with('0')))
    {
        return None;
    }
    let title = text[end..].trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    // A title starts with a letter: `3 (0x03)` or `2.5 times` are not headings.
    if !title.chars().next().is_some_and(|c| c.is_alphabetic()) {
        return None;
    }
    Some((number.to_string(), title.to_string()))
}

/// Follows the section numbering through a document.
#[derive(Debug, Default)]
pub struct Outline {
    current: Vec<u32>,
    in_appendix: bool,
    /// Every accepted section, for titles of statements found elsewhere.
    pub sections: Vec<Section>,
}

impl Outline {
    /// Accepts `candidate` as the next section if its number can follow the
    /// current one (`strict`), or whenever it is numbered (HTML headings,
    /// which Word marks reliably).
    pub fn accept(&mut self, text: &str, anchor: Option<String>, strict: bool) -> Option<Section> {
        let (number, title) = parse_heading(text)?;
        if number.starts_with("Appendix") {
            self.in_appendix = true;
        } else {
            let parts: Vec<u32> = number.split('.').filter_map(|p| p.parse().ok()).collect();
            if strict && (self.in_appendix || !follows(&self.current, &parts)) {
                return None;
            }
            self.current = parts;
            self.in_appendix = false;
        }
        let section = Section { number, title, anchor };
        self.sections.push(section.clone());
        Some(section)
    }

    /// The document's numbered headings, in document order, each number
    /// once (the first heading that has it).
    pub fn headings(&self) -> Vec<crate::model::Heading> {
        let mut seen = std::collections::HashSet::new();
        self.sections
            .iter()
            .filter(|s| !s.number.is_empty() && seen.insert(s.number.as_str()))
            .map(|s| crate::model::Heading { number: s.number.clone(), title: crate::model::normalize_text(&s.title) })
            .collect()
    }

    /// The title of a section number, or of its nearest declared ancestor.
    pub fn title_of(&self, number: &str) -> Option<&Section> {
        let mut n = number;
        loop {
            if let Some(s) = self.sections.iter().find(|s| s.number == n) {
                return Some(s);
            }
            // `3.1.0` is the text of `3.1` before its first subsection.
            n = n.strip_suffix(".0").or_else(|| n.rsplit_once('.').map(|(a, _)| a))?;
        }
    }
}

/// Can `next` come right after `cur`: a first child, or the next sibling at
/// some depth (optionally with first children)? `0` counts as a first child
/// (`1.0 Intellectual property rights policy`).
fn follows(cur: &[u32], next: &[u32]) -> bool {
    if next.is_empty() {
        return false;
    }
    let first_children = |rest: &[u32]| rest.iter().all(|&n| n <= 1);
    if cur.is_empty() {
        // The first heading: chapter 0 or 1, or any dotted number (an excerpt
        // that starts at `3.1`); a bare `29` is a date, not a chapter.
        return (next[0] <= 1 && first_children(&next[1..])) || next.len() >= 2;
    }
    if next.len() > cur.len() && next[..cur.len()] == *cur {
        return first_children(&next[cur.len()..]);
    }
    let k = cur.iter().zip(next).take_while(|(a, b)| a == b).count();
    k < next.len() && k < cur.len() && next[k] == cur[k] + 1 && first_children(&next[k + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_numbers_titles_and_appendices() {
        assert_eq!(parse_heading("3.1.2.4 Clean Session"), Some(("3.1.2.4".into(), "Clean Session".into())));
        assert_eq!(parse_heading("1. Introduction"), Some(("1".into(), "Introduction".into())));
        assert_eq!(
            parse_heading("Appendix B. Mandatory normative statements (non normative)"),
            Some(("Appendix B".into(), "Mandatory normative statements (non normative)".into()))
        );
        assert_eq!(parse_heading("17 (0x11) Byte, Identifier"), None);
        assert_eq!(parse_heading("05 February 2026"), None);
        assert_eq!(parse_heading("Non normative comment"), None);
    }

    #[test]
    fn numbering_must_follow() {
        let mut o = Outline::default();
        assert!(o.accept("1 Introduction", None, true).is_some());
        assert!(o.accept("1.0 Intellectual property", None, true).is_some());
        assert!(o.accept("1.1 Organization", None, true).is_some());
        assert!(o.accept("17 Byte identifier", None, true).is_none());
        assert!(o.accept("2 MQTT Control Packet format", None, true).is_some());
        assert!(o.accept("2.1.1 Fixed Header", None, true).is_some(), "a missed 2.1 is tolerated");
        assert!(o.accept("2.1 Structure", None, true).is_none(), "going back is not");
        assert!(o.accept("Appendix B. Mandatory normative statement", None, true).is_some());
        assert!(o.accept("3 Late", None, true).is_none());
        assert_eq!(o.title_of("2.1.1").map(|s| s.title.as_str()), Some("Fixed Header"));
        assert_eq!(o.title_of("1.1.0").map(|s| s.title.as_str()), Some("Organization"));
    }
}
