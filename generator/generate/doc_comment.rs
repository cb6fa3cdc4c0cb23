//! Keeping a test's doc comment true: `accept` refreshes the quoted
//! statement and its `Spec:` link (and, on a rename, the id in the heading)
//! in the shape the skeleton template writes them:
//!
//! ```text
//! /// MQTT-3.1.0-1 (MUST, Client)        heading: the id, then what the template adds
//! ///
//! /// > the statement text, wrapped      the quote: a run of `/// > ` lines
//! ///
//! /// Spec: <url#anchor>, section 3.1    the link
//! ```
//!
//! Nothing else in the comment is touched. A comment without a quote is
//! left alone and said so.

use super::merge::Edit;
use super::skeleton::{wrap, TEXT_WIDTH};
use std::ops::Range;

const QUOTE: &str = "/// > ";
const LINK: &str = "/// Spec: ";

/// One line of the comment region: its byte range (without the newline)
/// and its text with the indentation removed.
struct Line<'a> {
    range: Range<usize>,
    indent: &'a str,
    text: &'a str,
}

fn lines(src: &str, region: Range<usize>) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = region.start;
    for raw in src[region.clone()].split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let text = body.trim_start();
        let indent = &body[..body.len() - text.len()];
        out.push(Line { range: start..start + body.len(), indent, text });
        start += raw.len();
    }
    out
}

fn names(text: &str, id: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '[' | ']' | '`')).any(|w| w == id)
}

/// The edits that make the doc comment in `region` (the test's text before
/// its first `covers` attribute) quote `text` and link with `link`. `old_id`
/// is the id the comment was written for; with several statements covered
/// (`shared`), the quote that follows the heading naming `old_id` is meant.
pub fn refresh(
    src: &str,
    region: Range<usize>,
    old_id: &str,
    new_id: &str,
    shared: bool,
    text: &str,
    link: &str,
) -> Result<Vec<Edit>, String> {
    let lines = lines(src, region);
    let heading = lines.iter().position(|l| l.text.starts_with("///") && names(l.text, old_id));
    let from = match (heading, shared) {
        (Some(h), _) => h,
        (None, false) => 0,
        (None, true) => return Err(format!("no doc line names {old_id}")),
    };
    let Some(first) = (from..lines.len()).find(|&i| lines[i].text.starts_with(QUOTE)) else {
        return Err("the doc comment quotes no statement (no `/// > ` lines)".into());
    };
    let last = (first..lines.len()).take_while(|&i| lines[i].text.starts_with(QUOTE)).last().unwrap_or(first);
    let mut edits = Vec::new();
    let indent = lines[first].indent;
    let quote: Vec<String> = wrap(text, TEXT_WIDTH).into_iter().map(|c| format!("{indent}{QUOTE}{c}")).collect();
    let quote = quote.join("\n");
    let old = lines[first].range.start..lines[last].range.end;
    if src[old.clone()] != quote {
        edits.push(Edit { range: old, text: quote });
    }
    // The link of this quote: before the next quote block.
    let next_quote = (last + 1..lines.len()).find(|&i| lines[i].text.starts_with(QUOTE)).unwrap_or(lines.len());
    if let Some(l) = lines[last + 1..next_quote].iter().find(|l| l.text.starts_with(LINK)) {
        let new = format!("{}{LINK}{link}", l.indent);
        if src[l.range.clone()] != new {
            edits.push(Edit { range: l.range.clone(), text: new });
        }
    }
    if old_id != new_id {
        if let Some(h) = heading {
            let l = &lines[h];
            let line = &src[l.range.clone()];
            let at = line.match_indices(old_id).find(|(i, _)| {
                let before = line[..*i].chars().next_back();
                let after = line[i + old_id.len()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.')
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.')
            });
            if let Some((i, _)) = at {
                let start = l.range.start + i;
                edits.push(Edit { range: start..start + old_id.len(), text: new_id.to_string() });
            }
        }
    }
    Ok(edits)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::merge::apply;

    const ONE: &str = "/// MQTT-1-1 (MUST, Server)\n///\n/// > Old text that\n/// > was wrapped.\n///\n/// Spec: <u#old>, section 1 (A)\n/// A hand-written note.\n#[specgen::covers(\"MQTT-1-1\", fp = \"00000000\")]\nfn t() {}\n";

    fn region(src: &str) -> Range<usize> {
        0..src.find("#[specgen").unwrap()
    }

    #[test]
    fn the_quote_and_the_link_are_refreshed_and_nothing_else() {
        let edits =
            refresh(ONE, region(ONE), "MQTT-1-1", "MQTT-1-1", false, "New text.", "<u#new>, section 1 (A)").unwrap();
        assert_eq!(
            apply(ONE, &edits),
            "/// MQTT-1-1 (MUST, Server)\n///\n/// > New text.\n///\n/// Spec: <u#new>, section 1 (A)\n/// A hand-written note.\n#[specgen::covers(\"MQTT-1-1\", fp = \"00000000\")]\nfn t() {}\n"
        );
        let again = apply(ONE, &edits);
        assert!(refresh(&again, region(&again), "MQTT-1-1", "MQTT-1-1", false, "New text.", "<u#new>, section 1 (A)")
            .unwrap()
            .is_empty());
    }

    #[test]
    fn a_rename_renames_the_heading_and_long_text_wraps() {
        let long = "word ".repeat(30);
        let edits = refresh(ONE, region(ONE), "MQTT-1-1", "MQTT-2-1", false, long.trim(), "<u#x>, section 2").unwrap();
        let out = apply(ONE, &edits);
        assert!(out.starts_with("/// MQTT-2-1 (MUST, Server)\n"), "{out}");
        assert_eq!(out.lines().filter(|l| l.starts_with("/// > ")).count(), 2);
        assert!(out.lines().all(|l| l.chars().count() <= 6 + TEXT_WIDTH));
    }

    #[test]
    fn with_several_statements_the_quote_under_the_heading_is_meant() {
        let src = "    /// MQTT-1-1 (MUST, Server)\n    ///\n    /// > one\n    ///\n    /// MQTT-1-2 (MUST, Server)\n    ///\n    /// > two\n    #[specgen::covers(\"MQTT-1-1\", fp = \"00000000\")]\n";
        let edits = refresh(src, region(src), "MQTT-1-2", "MQTT-1-2", true, "TWO", "l").unwrap();
        assert_eq!(apply(src, &edits), src.replace("/// > two", "/// > TWO"));
        assert!(refresh(src, region(src), "MQTT-1-3", "MQTT-1-3", true, "x", "l").is_err());
    }

    #[test]
    fn a_rename_touches_the_id_itself_not_a_longer_one() {
        let src = "/// X-1-10 with X-1-1 (MUST)\n/// > t\n#[specgen::covers(\"X-1-1\", fp = \"00000000\")]\n";
        let edits = refresh(src, region(src), "X-1-1", "X-2-1", false, "t", "l").unwrap();
        assert_eq!(apply(src, &edits), src.replacen("with X-1-1", "with X-2-1", 1));
        for before in ["X-1-1.2 AX-1-1 Y-X-1-1 2.X-1-1", "X-1-1-3"] {
            let src = format!("/// {before} X-1-1 (MUST)\n/// > t\n#[specgen::covers(\"X-1-1\", fp = \"00000000\")]\n");
            let edits = refresh(&src, region(&src), "X-1-1", "X-2-1", false, "t", "l").unwrap();
            assert_eq!(apply(&src, &edits), src.replacen(" X-1-1 (", " X-2-1 (", 1), "{before}");
        }
    }

    #[test]
    fn only_a_link_after_the_quote_is_its_link() {
        let src = "/// Spec: <hand-written link above>\n/// > t\n#[specgen::covers(\"X-1-1\", fp = \"00000000\")]\n";
        assert!(refresh(src, region(src), "X-1-1", "X-1-1", false, "t", "new").unwrap().is_empty());
    }

    #[test]
    fn a_comment_without_a_quote_is_left_alone() {
        let src = "/// Checks the thing.\n#[specgen::covers(\"MQTT-1-1\", fp = \"00000000\")]\n";
        assert!(refresh(src, region(src), "MQTT-1-1", "MQTT-1-1", false, "x", "l").is_err());
    }
}
