//! Text with a memory of where every byte came from: readers clean and join
//! pieces of a document into a [`Flow`], and every statement or diagnostic
//! found in it can still point at the original line.

use crate::diag::{Diagnostic, Severity};
use crate::model::SourceLocation;
use std::ops::Range;

/// A cleaned run of prose. Whitespace is collapsed to single spaces; `\n`
/// marks a hard paragraph break (nothing else in `text` is a newline).
#[derive(Debug, Clone, Default)]
pub struct Flow {
    pub text: String,
    /// Source byte offset of every byte of `text` (u32: half the memory
    /// traffic of usize; documents over 4 GiB are not specifications).
    map: Vec<u32>,
    /// Ids the cleanup rewrote, with what the document really said.
    pub repairs: Vec<Repair>,
}

/// An id the cleanup had to put back together (`[MQTT-3951 8.3-4]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    /// Range of the rewritten id in [`Flow::text`].
    pub range: Range<usize>,
    /// The id as the document wrote it, furniture included.
    pub original: String,
}

impl Flow {
    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// Appends `s`, which sits verbatim at `src` in the source, folding whitespace.
    pub fn push_src(&mut self, s: &str, src: usize) {
        self.text.reserve(s.len());
        self.map.reserve(s.len());
        let mut i = 0;
        while i < s.len() {
            // Copy the run up to the next whitespace in one go.
            let run = s[i..].find(|c| is_space(c) || is_invisible(c)).unwrap_or(s.len() - i);
            self.text.push_str(&s[i..i + run]);
            self.map.extend((src + i..src + i + run).map(|o| o as u32));
            i += run;
            if let Some(c) = s[i..].chars().next() {
                self.push_char(c, src + i, true);
                i += c.len_utf8();
            }
        }
    }

    /// Appends `s`, every byte of which is attributed to `src` (decoded
    /// entities, inserted separators).
    pub fn push_at(&mut self, s: &str, src: usize) {
        for c in s.chars() {
            self.push_char(c, src, false);
        }
    }

    fn push_char(&mut self, c: char, src: usize, verbatim: bool) {
        if is_invisible(c) {
            return;
        }
        if is_space(c) {
            if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                self.text.push(' ');
                self.map.push(src as u32);
            }
            return;
        }
        let at = self.text.len();
        self.text.push(c);
        for k in 0..c.len_utf8() {
            self.map.push((if verbatim { src + k } else { src }) as u32);
        }
        debug_assert_eq!(self.map.len(), self.text.len(), "map follows text at {at}");
    }

    /// Appends a range of another flow, keeping its source mapping.
    pub fn push_from(&mut self, other: &Flow, r: Range<usize>) {
        let s = &other.text[r.clone()];
        self.text.reserve(s.len());
        self.map.reserve(s.len());
        let mut i = 0;
        while i < s.len() {
            let run = s[i..].find(is_space).unwrap_or(s.len() - i);
            self.text.push_str(&s[i..i + run]);
            self.map.extend_from_slice(&other.map[r.start + i..r.start + i + run]);
            i += run;
            if let Some(c) = s[i..].chars().next() {
                let at = other.map[r.start + i] as usize;
                if c == '\n' {
                    self.push_break(at);
                } else {
                    self.push_char(c, at, true);
                }
                i += c.len_utf8();
            }
        }
    }

    /// Inserts `s` at byte `at` of `text`, every byte attributed to `src`
    /// (brackets a reader puts around a bare id). Repairs after it move.
    pub fn insert_at(&mut self, at: usize, s: &str, src: usize) {
        self.text.insert_str(at, s);
        self.map.splice(at..at, std::iter::repeat_n(src as u32, s.len()));
        for r in &mut self.repairs {
            if r.range.start >= at {
                r.range = r.range.start + s.len()..r.range.end + s.len();
            }
        }
    }

    /// Puts brackets around `text[start..]` when it is a bare id (a link
    /// whose text is an id, `»MQTT‑SN‑1.7.4‑1`), so the prose layer reads it
    /// as the label it is. An id already in brackets is left alone.
    pub fn bracket_bare_id(&mut self, start: usize) {
        let inner = &self.text[start..];
        if !crate::model::IdPattern::looks_like_id(inner) || self.text[..start].trim_end().ends_with('[') {
            return;
        }
        let lead = inner.len() - inner.trim_start().len();
        let end = self.text.trim_end().len();
        let src_start = self.src(start + lead);
        let src_last = self.src(end - 1);
        self.insert_at(end, "]", src_last);
        self.insert_at(start + lead, "[", src_start);
    }

    /// Replaces `text[at..]` with `s`, attributed to where `text[at]` came
    /// from (a cross-reference's placeholder text with what it stands for).
    pub fn replace_tail(&mut self, at: usize, s: &str) {
        let src = self.src(at);
        self.text.truncate(at);
        self.map.truncate(at);
        self.repairs.retain(|r| r.range.end <= at);
        self.push_at(s, src);
    }

    /// A word separator, unless one is already there.
    pub fn push_space(&mut self, src: usize) {
        self.push_char(' ', src, false);
    }

    /// A hard paragraph break: statements never reach back across it.
    pub fn push_break(&mut self, src: usize) {
        while self.text.ends_with(' ') {
            self.text.pop();
            self.map.pop();
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
            self.map.push(src as u32);
        }
    }

    /// Appends another flow, keeping its mapping and repairs.
    pub fn append(&mut self, other: &Flow) {
        let mut skip = 0;
        if self.text.is_empty() || self.text.ends_with([' ', '\n']) {
            skip = other.text.len() - other.text.trim_start_matches(' ').len();
        }
        let base = self.text.len() - skip;
        self.text.push_str(&other.text[skip..]);
        self.map.extend_from_slice(&other.map[skip..]);
        for r in &other.repairs {
            if r.range.start >= skip {
                self.repairs
                    .push(Repair { range: r.range.start + base..r.range.end + base, original: r.original.clone() });
            }
        }
    }

    /// Source offset of a byte of `text` (the end maps to just after the last byte).
    pub fn src(&self, at: usize) -> usize {
        match self.map.get(at) {
            Some(&s) => s as usize,
            None => self.map.last().map(|&s| s as usize + 1).unwrap_or(0),
        }
    }

    /// Source range covered by a range of `text`.
    pub fn src_range(&self, r: Range<usize>) -> Range<usize> {
        let start = self.src(r.start);
        let end = if r.end > r.start { self.src(r.end - 1) + 1 } else { start };
        start..end.max(start)
    }

    /// The repair overlapping a range of `text`, if the cleanup made one there.
    pub fn repair_at(&self, r: &Range<usize>) -> Option<&Repair> {
        self.repairs.iter().find(|p| p.range.start < r.end && r.start < p.range.end)
    }
}

/// Whitespace that folds; a no-break space is kept (ids and diagnostics show it).
fn is_space(c: char) -> bool {
    c.is_whitespace() && c != '\u{a0}'
}

/// Characters that show nothing and mean nothing in prose: zero-width
/// spaces (an online editor leaves them before its comment anchors), the
/// word joiner, a stray byte order mark. Never part of a statement's text.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}')
}

/// The original document text, with a line index for locations and snippets.
#[derive(Debug)]
pub struct Source<'a> {
    pub file: &'a str,
    pub text: &'a str,
    line_starts: Vec<usize>,
    /// Characters before every `CHUNK`-th byte: a column in a long line (an
    /// editor export is one line of a megabyte) without counting from its start.
    chars_before: Vec<u32>,
    /// Byte ranges that are not document text (`<style>`, `<script>`):
    /// snippets never show them.
    hidden: Vec<Range<usize>>,
}

/// Checkpoint spacing of [`Source::chars_before`].
const CHUNK: usize = 4096;
/// Lines longer than this are shown as a window around the spot.
const LONG_LINE: usize = 1024;
/// How much of a long line a snippet shows on each side of the spot.
const CONTEXT: usize = 240;

impl<'a> Source<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut chars_before = Vec::with_capacity(text.len() / CHUNK + 1);
        let mut n = 0u32;
        for chunk in text.as_bytes().chunks(CHUNK) {
            chars_before.push(n);
            n += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count() as u32;
        }
        Source { file, text, line_starts, chars_before, hidden: Vec::new() }
    }

    /// Marks byte ranges that snippets must not show (sorted or not).
    pub fn hide(&mut self, ranges: impl IntoIterator<Item = Range<usize>>) {
        self.hidden.extend(ranges);
        self.hidden.sort_by_key(|r| r.start);
    }

    /// Characters in `text[..offset]` (offset on a char boundary).
    fn chars_to(&self, offset: usize) -> usize {
        let k = offset / CHUNK;
        let base = self.chars_before.get(k).copied().unwrap_or(0) as usize;
        base + self.text.as_bytes()[k * CHUNK..offset].iter().filter(|&&b| (b as i8) >= -0x40).count()
    }

    /// The part of the line around `range` a snippet shows: the whole line
    /// when it is short, else a window that stops at hidden ranges. Returns
    /// the text and where it starts.
    pub fn snippet_of(&self, range: Range<usize>) -> (&'a str, usize) {
        let (line, line_start) = self.line_of(range.start);
        let line_end = line_start + line.len();
        let hidden_before = self.hidden.iter().filter(|h| h.end <= range.start).map(|h| h.end).max();
        let hidden_after = self.hidden.iter().filter(|h| h.start >= range.end).map(|h| h.start).min();
        let mut from = line_start.max(hidden_before.unwrap_or(0));
        let mut to = line_end.min(hidden_after.unwrap_or(usize::MAX));
        if to - from > LONG_LINE {
            from = from.max(range.start.saturating_sub(CONTEXT));
            to = to.min(range.end.max(range.start) + CONTEXT).max(from);
        }
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        (&self.text[from..to.max(from)], from)
    }

    /// 0-based line index of a byte offset.
    fn line_index(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// The line's text, without its line ending, and where it starts.
    pub fn line_of(&self, offset: usize) -> (&'a str, usize) {
        let i = self.line_index(offset.min(self.text.len()));
        let start = self.line_starts[i];
        let end = self.line_starts.get(i + 1).map(|e| e - 1).unwrap_or(self.text.len());
        let line = &self.text[start..end.max(start)];
        (line.strip_suffix('\r').unwrap_or(line), start)
    }

    /// File, 1-based line and 1-based character column of a byte offset.
    pub fn location(&self, offset: usize) -> SourceLocation {
        let offset = offset.min(self.text.len());
        let i = self.line_index(offset);
        let start = self.line_starts[i];
        let mut col_end = offset;
        while !self.text.is_char_boundary(col_end) {
            col_end -= 1;
        }
        let col_end = col_end.max(start);
        // Short lines are counted directly; long ones from the checkpoints.
        let column = if col_end - start < CHUNK {
            self.text[start..col_end].chars().count() + 1
        } else {
            self.chars_to(col_end) - self.chars_to(start) + 1
        };
        SourceLocation { line: Some(i as u32 + 1), column: Some(column as u32), ..SourceLocation::line(self.file, 0) }
    }

    /// A diagnostic at a source range, showing its line with the range underlined
    /// (clipped to the first line when the range spans several).
    pub fn diagnostic(
        &self,
        severity: Severity,
        code: &str,
        message: impl Into<String>,
        range: Range<usize>,
    ) -> Diagnostic {
        let (line, line_start) = self.snippet_of(range.clone());
        let start = range.start.saturating_sub(line_start).min(line.len());
        let mut start = start;
        while !line.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = range.end.saturating_sub(line_start).clamp(start, line.len());
        // An empty range would be widened by one byte when rendered, which can
        // split a character: point at the whole first character instead.
        if end == start {
            end += line[start..].chars().next().map_or(0, char::len_utf8);
        }
        while !line.is_char_boundary(end) {
            end += 1;
        }
        Diagnostic::new(severity, code, message, self.location(range.start)).with_snippet(line, start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_folds_and_offsets_survive() {
        let src = "ab  \n cd";
        let mut f = Flow::default();
        f.push_src(src, 0);
        assert_eq!(f.text, "ab cd");
        assert_eq!(f.src(3), 6);
        assert_eq!(f.src_range(3..5), 6..8);
    }

    #[test]
    fn append_shifts_repairs() {
        let mut a = Flow::default();
        a.push_src("x ", 0);
        let mut b = Flow::default();
        b.push_src("[id]", 10);
        b.repairs.push(Repair { range: 0..4, original: "[i d]".into() });
        a.append(&b);
        assert_eq!(a.text, "x [id]");
        assert_eq!(a.repairs[0].range, 2..6);
        assert_eq!(a.src(2), 10);
    }

    #[test]
    fn locations_are_one_based() {
        let s = Source::new("f.md", "one\ntwo three\n");
        let loc = s.location(8);
        assert_eq!((loc.line, loc.column), (Some(2), Some(5)));
        let d = s.diagnostic(Severity::Warning, "x", "m", 8..13);
        assert_eq!(d.snippet.as_deref(), Some("two three"));
        assert_eq!(d.span, Some((4, 9)));
    }
}
