//! PDF furniture in the Markdown conversions: line numbers (at line starts,
//! glued inside paragraphs, even inside ids), page footers, the table of
//! contents, underscore and dash rules. What is left is prose.
//!
//! PDF line numbers are recognised by their sequence, not their position: a
//! bare number is a line number when it continues the numbering seen so far
//! (the next one, or further ahead at the start of a source line or when its
//! successor follows). Numbers in the text (`QoS 2`,
//! `65535`) never fit that sequence. A line number with no text after it is
//! an empty PDF line: a paragraph break.
//!
//! Ids broken by the conversion are put back together here, because only here
//! is it known which digits are a line number: `[MQTT-3951 8.3-4]` (line 951
//! in place of a dot), `[MQTT658 3.2.0-1]`, `[MQTT` / `2404 3.10.4-4]` (the
//! dash lost at a line end), `valuesT-3.2.2` / `1176 8]` (the start lost).
//! Each repair is reported with the text as found.

use crate::diag::Severity;
use crate::ingest::prose::{Flow, Repair, Source};
use crate::model::IdPattern;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

/// A cleaned block.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub flow: Flow,
    /// Starts after an empty PDF line.
    pub blank_before: bool,
    /// Ends with an empty PDF line (a paragraph break if the text before it
    /// ends a sentence: see [`ends_sentence`]).
    pub blank_after: bool,
    /// Starts with a list item (`2612 -  MUST NOT send ...`).
    pub starts_item: bool,
}

fn footers() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let date = r"(?:\d{1,2} [A-Z][a-z]+ \d{4} )?";
        let stage = r"(?:os|cos\d*|cs\d*|csd\d*|csprd\d*|wd\d*)";
        Regex::new(&format!(
            r"(?:[\w.-]+-{stage} )?{date}Standards Track Work Product|{date}Copyright © OASIS Open \d{{4}}\. All Rights Reserved\.|{date}Page \d+ of \d+|\b[a-z]+(?: v?\d+)+ {stage} \d{{1,2}} [A-Z][a-z]+ \d{{4}}\b"
        ))
        .expect("footer pattern")
    })
}

/// A table-of-contents line: a title, dot leaders, a page number.
pub fn is_toc(text: &str) -> bool {
    // Cheap test first: most blocks have no dot leaders at all.
    if !text.contains("....") && !text.contains(". . .") {
        return false;
    }
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"(?:\.\s?){5,}\s*\d+\s*$").expect("toc pattern")).is_match(text.trim_end())
}

/// Runs of rule characters left by the PDF (`____`, `——————`).
fn is_rule(token: &str) -> bool {
    token.chars().count() >= 2 && token.chars().all(|c| matches!(c, '_' | '—' | '=' | '~'))
}

/// Removes furniture block by block, following the line numbering through
/// the whole document.
pub struct Cleaner<'a> {
    last: Option<u32>,
    /// How many line numbers were taken so far.
    accepted: u32,
    /// `[PREFIX`, and the shortest tail of it an id can keep (`T-`).
    open: String,
    shortest_tail: String,
    pattern: &'a IdPattern,
    src: &'a Source<'a>,
    pub diagnostics: Vec<crate::diag::Diagnostic>,
}

/// One whitespace-separated token of a block.
#[derive(Debug, Clone, Copy)]
struct Token {
    start: usize,
    end: usize,
}

/// An edit to the raw text: replace `range` with `with`.
struct Edit {
    range: Range<usize>,
    with: String,
}

impl<'a> Cleaner<'a> {
    /// How many PDF line numbers were taken so far.
    pub fn accepted(&self) -> u32 {
        self.accepted
    }

    pub fn new(pattern: &'a IdPattern, src: &'a Source<'a>) -> Self {
        let open = format!("[{}", pattern.prefix);
        let shortest_tail = format!("{}-", open.chars().last().map(String::from).unwrap_or_default());
        Cleaner { last: None, accepted: 0, open, shortest_tail, pattern, src, diagnostics: Vec::new() }
    }

    /// Cleans one block; `None` when nothing of it is prose (a footer, a
    /// table-of-contents line).
    pub fn clean(&mut self, raw: &Flow) -> Option<Cleaned> {
        if raw.is_empty() || is_toc(&raw.text) {
            return None;
        }
        let text = raw.text.as_str();
        let maybe_footer = ["Standards Track", "Copyright", "Page ", " os "].iter().any(|w| text.contains(w));
        let mut dropped: Vec<Range<usize>> =
            if maybe_footer { footers().find_iter(text).map(|m| m.range()).collect() } else { Vec::new() };
        let tokens: Vec<Token> =
            tokens(text).filter(|t| !dropped.iter().any(|d| d.start <= t.start && t.end <= d.end)).collect();
        let mut edits: Vec<Edit> = Vec::new();
        // Which tokens are line numbers, for finding empty PDF lines.
        let mut numbered = vec![false; tokens.len()];
        let mut items: Vec<usize> = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            let word = &text[t.start..t.end];
            if is_rule(word) {
                dropped.push(t.start..t.end);
            } else if let Some(n) = bare_number(word) {
                let line_start = self.at_line_start(raw.src(t.start));
                if self.accepts(n, raw.src(t.start), &tokens[i + 1..], text) {
                    dropped.push(t.start..t.end);
                    numbered[i] = true;
                    // A PDF line that starts with a list marker starts a list item.
                    if let Some(next) = tokens.get(i + 1) {
                        if line_start && is_list_marker(&text[next.start..next.end]) {
                            items.push(next.start);
                        }
                    }
                }
            } else if let Some(used) = self.mend_id(raw, &tokens[i..], &mut edits) {
                i += used;
                continue;
            }
            i += 1;
        }
        let blank_before = numbered.first() == Some(&true) && numbered.get(1).is_none_or(|&b| b);
        // A line number followed by another (or by nothing) stands for an
        // empty line, a paragraph break, unless the sentence before it is
        // unfinished (a line of highlighting residue numbered on its own).
        let mut breaks: Vec<usize> = Vec::new();
        for k in 1..tokens.len() {
            if numbered[k] && numbered.get(k + 1).is_none_or(|&b| b) {
                let before =
                    tokens[..k].iter().rev().find(|t| !dropped.iter().any(|d| d.start <= t.start && t.end <= d.end));
                if before.is_some_and(|t| ends_sentence(&text[t.start..t.end])) {
                    breaks.push(tokens[k].start);
                }
            }
        }
        // An item on the block's first line starts the block with a paragraph.
        let starts_item = tokens
            .iter()
            .find(|t| !dropped.iter().any(|d| d.start <= t.start && t.end <= d.end))
            .is_some_and(|t| items.contains(&t.start));
        breaks.extend(items);
        let flow = rebuild(raw, &dropped, &edits, &breaks);
        let blank_after = numbered.last() == Some(&true);
        Some(Cleaned { flow, blank_before, blank_after, starts_item })
    }

    /// Is `n` the next PDF line number? `rest` are the tokens after it.
    fn accepts(&mut self, n: u32, src: usize, rest: &[Token], text: &str) -> bool {
        let at_line_start = self.at_line_start(src);
        let successor = rest.iter().take(60).any(|t| bare_number(&text[t.start..t.end]) == Some(n + 1));
        let ok = match self.last {
            // The numbering starts at 1, confirmed by 2 on the next line.
            None => n == 1 && at_line_start && self.next_line_starts_with(src, 2),
            Some(l) if n > l => n == l + 1 || ((at_line_start || successor) && n <= l + 400),
            // Resynchronise after a number in the text was taken for a line number.
            Some(l) => at_line_start && successor && n + 3 >= l,
        };
        if ok {
            self.last = Some(n);
            self.accepted += 1;
        }
        ok
    }

    /// Does the next non-blank source line after `src` start with the number `n`?
    fn next_line_starts_with(&self, src: usize, n: u32) -> bool {
        let rest = &self.src.text[src.min(self.src.text.len())..];
        let Some(nl) = rest.find('\n') else { return false };
        let next =
            rest[nl..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '>' | '-' | '*' | '|'));
        let digits = next.find(|c: char| !c.is_ascii_digit()).unwrap_or(next.len());
        next[..digits].parse() == Ok(n)
    }

    /// Does the source line start at `src`, ignoring Markdown markers?
    fn at_line_start(&self, src: usize) -> bool {
        let before = &self.src.text[..src.min(self.src.text.len())];
        let head = before.rsplit('\n').next().unwrap_or(before);
        head.chars().all(|c| matches!(c, ' ' | '\t' | '#' | '>' | '-' | '*' | '|' | '+'))
    }

    /// Repairs an id the conversion broke, starting at `toks[0]`. Returns how
    /// many tokens it consumed.
    fn mend_id(&mut self, raw: &Flow, toks: &[Token], edits: &mut Vec<Edit>) -> Option<usize> {
        let text = raw.text.as_str();
        let t = toks[0];
        let word = &text[t.start..t.end];
        // Most words are plainly not ids; do not search them further.
        if !word.contains('[') && !word.contains(self.shortest_tail.as_str()) {
            return None;
        }
        let open = self.open.as_str();
        // Where the id starts in this token, and what of `[PREFIX` is missing.
        let (at, missing) = match word.find(open) {
            Some(p) => (p, ""),
            None => truncated_start(word, open)?,
        };
        let id_start = t.start + at;
        if text[id_start..t.end].contains(']') {
            return None;
        }
        let mut left = format!("{missing}{}", &text[id_start..t.end]);
        let mut line_number: Option<u32> = None;
        let mut glued = false;
        // Digits glued to the end of the left part that continue the line numbering.
        let digits = left.len() - left.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        for len in (1..=digits.min(5)).rev() {
            let digits_str = &left[left.len() - len..];
            // Line numbers have no leading zero: in `4.1.01163` the `0` is the id's.
            if digits_str.starts_with('0') {
                continue;
            }
            let n: u32 = digits_str.parse().ok()?;
            let keep = &left[..left.len() - len];
            let fits = self.last.is_some_and(|l| n > l && n <= l + 3);
            if fits
                && (keep.ends_with(&self.pattern.prefix) || keep.ends_with(|c: char| c.is_ascii_digit() || c == '.'))
            {
                line_number = Some(n);
                glued = true;
                left.truncate(left.len() - len);
                break;
            }
        }
        // The rest of the id: after at most one line number, digits up to `]`.
        let mut k = 1;
        if let Some(u) = toks.get(k) {
            if let Some(n) = bare_number(&text[u.start..u.end]) {
                if line_number.is_none() && self.last.is_some_and(|l| n > l && n <= l + 3) {
                    line_number = Some(n);
                    k += 1;
                }
            }
        }
        let c = toks.get(k)?;
        let cont = &text[c.start..c.end];
        let close = cont.find(']')?;
        let right = &cont[..close];
        if !right.starts_with(|c: char| c.is_ascii_digit())
            || !right.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        {
            return None;
        }
        if missing.is_empty() && line_number.is_none() && !left.ends_with(&self.pattern.prefix) {
            // `[MQTT-3.1.3 10]` with a plain space and no line number: too unsure to mend.
            return None;
        }
        let inner_left = &left[1..];
        let sep = if inner_left == self.pattern.prefix || !right.contains('-') { "-" } else { "." };
        let mended = format!("{left}{sep}{right}]");
        let end = c.start + close + 1;
        let original = text[id_start..end].to_string();
        if let Some(n) = line_number {
            self.last = Some(n);
            self.accepted += 1;
        }
        let src_range = raw.src_range(id_start..end);
        let (code, what) = match (missing.is_empty(), line_number) {
            (false, _) => ("truncated-id", "the start of the statement id was lost in the conversion".to_string()),
            (true, Some(n)) if glued => ("line-number-in-id", format!("PDF line number {n} inside the statement id")),
            (true, Some(_)) => ("split-id", "the statement id is split over two lines".to_string()),
            (true, None) => ("split-id", "the statement id is split by a space".to_string()),
        };
        let id = mended[1..mended.len() - 1].to_string();
        let d = self
            .src
            .diagnostic(Severity::Warning, code, format!("{what}: `{original}`"), src_range)
            .with_help(format!("read as `{id}`; the original is kept in `original_id`"));
        self.diagnostics.push(d);
        edits.push(Edit { range: id_start..end, with: mended });
        Some(k + 1)
    }
}

/// `valuesT-3.2.2`: a word with the tail of `[MQTT` glued on. Returns where
/// that tail starts and the part of `[MQTT` that is missing.
fn truncated_start<'o>(word: &str, open: &'o str) -> Option<(usize, &'o str)> {
    for k in 1..open.len() {
        let tail = &open[k..];
        let Some(p) = word.find(tail) else { continue };
        let Some(rest) = word[p + tail.len()..].strip_prefix('-') else { continue };
        let glued = word[..p].chars().last().is_some_and(|c| c.is_alphabetic());
        if glued && rest.starts_with(|c: char| c.is_ascii_digit()) && rest.contains('.') {
            return Some((p, &open[..k]));
        }
    }
    None
}

/// Does a paragraph end here, as far as punctuation tells?
pub fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', ':', ';', '?', '!', ']', ')', '"', '”'])
}

/// `-`, `•`, `1.`, `a)`, `(b)`: how the PDF's list items start.
fn is_list_marker(token: &str) -> bool {
    if matches!(token, "-" | "•" | "·" | "–" | "o" | "©") {
        return true;
    }
    let inner = token.strip_suffix(['.', ')']).unwrap_or("");
    let inner = inner.strip_prefix('(').unwrap_or(inner);
    (!inner.is_empty() && inner.len() <= 2 && inner.bytes().all(|b| b.is_ascii_digit()))
        || (inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A bare line-number candidate: 1 to 5 digits.
fn bare_number(word: &str) -> Option<u32> {
    if word.is_empty() || word.len() > 5 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

fn tokens(text: &str) -> impl Iterator<Item = Token> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = &text[pos..];
        let skip = rest.len() - rest.trim_start_matches([' ', '\n']).len();
        let start = pos + skip;
        if start >= text.len() {
            return None;
        }
        let len = text[start..].find([' ', '\n']).unwrap_or(text.len() - start);
        pos = start + len;
        Some(Token { start, end: start + len })
    })
}

/// The raw flow without the dropped ranges, with the edits applied and a
/// paragraph break at each empty line.
fn rebuild(raw: &Flow, dropped: &[Range<usize>], edits: &[Edit], breaks: &[usize]) -> Flow {
    let text = &raw.text;
    let mut cuts: Vec<(usize, usize, Option<&str>)> = dropped
        .iter()
        .map(|d| (d.start, d.end, None))
        .chain(edits.iter().map(|e| (e.range.start, e.range.end, Some(e.with.as_str()))))
        .collect();
    cuts.sort_by_key(|c| (c.0, c.2.is_none()));
    let mut breaks = breaks.to_vec();
    breaks.sort_unstable();
    breaks.dedup();
    let mut out = Flow::default();
    let mut next_break = 0;
    // Copies text[from..to], with the paragraph breaks that fall in it.
    let copy = |out: &mut Flow, from: usize, to: usize, next_break: &mut usize| {
        let mut at = from;
        while *next_break < breaks.len() && breaks[*next_break] < to {
            let b = breaks[*next_break].max(at);
            out.push_from(raw, at..b);
            out.push_break(raw.src(b));
            at = b;
            *next_break += 1;
        }
        out.push_from(raw, at..to);
    };
    let mut i = 0;
    for (start, end, with) in cuts {
        if end <= i {
            continue;
        }
        let start = start.max(i);
        copy(&mut out, i, start, &mut next_break);
        if next_break < breaks.len() && breaks[next_break] == start {
            out.push_break(raw.src(start));
            next_break += 1;
        }
        match with {
            None => out.push_space(raw.src(start)),
            Some(w) => {
                let from = out.text.len();
                out.push_at(w, raw.src(start));
                let original = text[start..end].trim_start_matches('[').trim_end_matches(']').to_string();
                out.repairs.push(Repair { range: from..out.text.len(), original });
            }
        }
        i = end;
    }
    copy(&mut out, i, text.len(), &mut next_break);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean_all(md: &str) -> (Vec<String>, Vec<String>) {
        let src = Source::new("t.md", md);
        let pattern = IdPattern::default();
        let mut c = Cleaner::new(&pattern, &src);
        let mut out = Vec::new();
        for b in super::super::blocks::blocks(md) {
            if let super::super::blocks::RawBlock::Para(f) | super::super::blocks::RawBlock::Heading(f) = b {
                if let Some(x) = c.clean(&f).filter(|x| !x.flow.is_empty()) {
                    out.push(x.flow.text);
                }
            }
        }
        (out, c.diagnostics.iter().map(|d| d.code.clone()).collect())
    }

    #[test]
    fn line_numbers_follow_the_sequence() {
        let (t, _) = clean_all("1 Intro\n\n2 It has QoS 2 and 7 things 3 on the next line\n\n4\n\n5 QoS 1 and 65535\n");
        assert_eq!(t, vec!["Intro", "It has QoS 2 and 7 things on the next line", "QoS 1 and 65535"]);
    }

    #[test]
    fn ids_broken_by_line_numbers_are_mended() {
        let (t, d) = clean_all(
            "1 a\n\n2 b [MQTT-33 8.3-4]. c [MQTT4 3.2.0-1].\n\n5 x [MQTT\n6 3.10.4-4]. y valuesT-3.2.2\n7 8].\n",
        );
        assert_eq!(t[1], "b [MQTT-3.8.3-4]. c [MQTT-3.2.0-1].");
        assert_eq!(t[2], "x [MQTT-3.10.4-4]. y values[MQTT-3.2.2-8].");
        assert_eq!(d, vec!["line-number-in-id", "line-number-in-id", "split-id", "truncated-id"]);
    }

    #[test]
    fn footers_and_toc_go() {
        let (t, _) = clean_all(
            "a 29 October 2014 Page 3 of 81 b\n\nmqtt-v3.1.1-os Standards Track Work Product\n\n1.1 Terms ....... 12\n",
        );
        assert_eq!(t, vec!["a b"]);
    }
}
