//! Edits to existing files as byte-range replacements found from syn spans.
//! Everything outside the edited ranges is copied byte for byte, so
//! hand-written code, comments and formatting survive.

use std::ops::Range;

/// Replace `range` of the original text by `text` (an empty range inserts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: Range<usize>,
    pub text: String,
}

impl Edit {
    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit { range: at..at, text: text.into() }
    }
}

/// Applies edits to `src`. Insertions at the same offset keep their order in
/// `edits`; overlapping replacements are a bug in the caller.
pub fn apply(src: &str, edits: &[Edit]) -> String {
    let mut order: Vec<&Edit> = edits.iter().collect();
    order.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(src.len() + edits.iter().map(|e| e.text.len()).sum::<usize>());
    let mut pos = 0;
    for e in order {
        debug_assert!(e.range.start >= pos, "overlapping edits");
        let start = e.range.start.max(pos);
        out.push_str(&src[pos..start]);
        out.push_str(&e.text);
        pos = e.range.end.max(start);
    }
    out.push_str(&src[pos..]);
    out
}

/// Where new items go relative to existing ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// After the item whose span ends at this byte (its start given for the indent).
    After { start: usize, end: usize },
    /// Before the item starting here (and the plain comments right above it).
    Before { start: usize },
    /// At the end of the file.
    End,
}

/// The text to insert for one rendered item (`item` ends in a newline) at
/// `anchor`, and the offset to insert it at. Several items at the same anchor
/// come out in the order they are inserted.
pub fn insertion(src: &str, anchor: Anchor, item: &str) -> Edit {
    let newline = if src.contains("\r\n") { "\r\n" } else { "\n" };
    let body = item.trim_end_matches('\n');
    let edit = match anchor {
        Anchor::After { start, end } => {
            let indent = indent_of(src, start);
            Edit::insert(end_of_line(src, end), format!("\n\n{}", indented(body, indent)))
        }
        Anchor::Before { start } => {
            let at = comment_block_start(src, line_start(src, start));
            let indent = indent_of(src, start);
            Edit::insert(at, format!("{}\n\n", indented(body, indent)))
        }
        Anchor::End => {
            let sep = if src.is_empty() || src.ends_with('\n') { "" } else { "\n" };
            let lead = if src.trim().is_empty() { "" } else { "\n" };
            Edit::insert(src.len(), format!("{sep}{lead}{body}\n"))
        }
    };
    if newline == "\n" {
        edit
    } else {
        Edit { range: edit.range, text: edit.text.replace('\n', "\r\n") }
    }
}

/// The end of the line holding `at` when only blanks or a `//` comment
/// follow it there (a trailing comment stays with its item), else `at`.
fn end_of_line(src: &str, at: usize) -> usize {
    let rest = &src[at..];
    let eol = rest.find('\n').map(|i| at + i).unwrap_or(src.len());
    let eol = if eol > at && src.as_bytes()[eol - 1] == b'\r' { eol - 1 } else { eol };
    let tail = src[at..eol].trim();
    if tail.is_empty() || (tail.starts_with("//") && !tail.contains("*/")) {
        eol
    } else {
        at
    }
}

fn line_start(src: &str, at: usize) -> usize {
    src[..at].rfind('\n').map(|i| i + 1).unwrap_or(0)
}

/// The leading whitespace of the line holding `at`.
fn indent_of(src: &str, at: usize) -> &str {
    let start = line_start(src, at);
    let line = &src[start..];
    &line[..line.len() - line.trim_start_matches([' ', '\t']).len()]
}

/// Moves up over `//` comment lines directly above `start` (a line start),
/// so a new item never separates a comment from the item it describes.
fn comment_block_start(src: &str, mut start: usize) -> usize {
    while start > 0 {
        let prev = line_start(src, start - 1);
        let line = src[prev..start].trim();
        if line.starts_with("//") && !line.starts_with("//!") {
            start = prev;
        } else {
            break;
        }
    }
    start
}

fn indented(body: &str, indent: &str) -> String {
    if indent.is_empty() {
        return body.to_string();
    }
    body.lines()
        .map(|l| if l.is_empty() { String::new() } else { format!("{indent}{l}") })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_keep_everything_else() {
        let src = "fn a() {}\n// about b\nfn b() {}\n";
        let after = insertion(src, Anchor::After { start: 0, end: 9 }, "fn x() {}\n");
        let before = insertion(src, Anchor::Before { start: 21 }, "fn y() {}\n");
        let end = insertion(src, Anchor::End, "fn z() {}\n");
        assert_eq!(
            apply(src, &[after, before, end]),
            "fn a() {}\n\nfn x() {}\nfn y() {}\n\n// about b\nfn b() {}\n\nfn z() {}\n"
        );
    }

    #[test]
    fn indents_inside_modules_and_keeps_crlf() {
        let src = "mod m {\r\n    fn a() {}\r\n}\r\n";
        let e = insertion(src, Anchor::After { start: 13, end: 22 }, "fn x() {\n    todo!()\n}\n");
        assert_eq!(
            apply(src, &[e]),
            "mod m {\r\n    fn a() {}\r\n\r\n    fn x() {\r\n        todo!()\r\n    }\r\n}\r\n"
        );
    }

    #[test]
    fn trailing_comments_stay_on_their_line() {
        let src = "fn a() {} // done\nfn b() {}\n";
        let e = insertion(src, Anchor::After { start: 0, end: 9 }, "fn x() {}\n");
        assert_eq!(apply(src, &[e]), "fn a() {} // done\n\nfn x() {}\nfn b() {}\n");
    }

    #[test]
    fn same_offset_keeps_order() {
        let src = "x";
        let out = apply(src, &[Edit::insert(1, "1"), Edit::insert(0, "0"), Edit::insert(1, "2")]);
        assert_eq!(out, "0x12");
    }
}
