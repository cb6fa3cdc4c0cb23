//! HTML block structure from scraper: headings (with their link anchors),
//! paragraphs and table rows, as [`Flow`]s tied to offsets in the decoded page.
//!
//! html5ever does not report source positions, so each text node is found
//! again in the page, word by word, searching forward from the previous one.
//! Words that came from entities (`&nbsp;`, `&#8220;`) are attributed to the
//! position reached so far; lines stay right. What lies between texts and can
//! be longer than the search window (a `<style>` block of 200 KB in the online
//! editor's export, base64 images in the TC build) is found verbatim and
//! passed over, so the search never falls behind; `<style>` and `<script>`
//! contents are returned as hidden ranges that diagnostic snippets avoid.

use crate::ingest::prose::{Block, Flow};
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::{Html, Node};
use std::ops::Range;

/// Finds text nodes in the page, moving forward only.
struct Locator<'a> {
    src: &'a str,
    cursor: usize,
    /// Source ranges of `<style>` and `<script>` contents.
    hidden: Vec<Range<usize>>,
}

/// Attribute values at least this long are passed over by finding them.
const LONG_ATTR: usize = 256;

/// How far ahead a word may be from the last one found (tags in between).
const WINDOW: usize = 4096;

impl Locator<'_> {
    /// `s` in the page at or after the cursor, however far.
    fn find_far(&self, s: &str) -> Option<Range<usize>> {
        let s = s.trim();
        if s.is_empty() {
            return None;
        }
        let p = self.src.get(self.cursor..)?.find(s)?;
        Some(self.cursor + p..self.cursor + p + s.len())
    }

    /// Passes over an element's long attribute values (`src="data:..."`).
    fn pass_attrs(&mut self, e: &Element) {
        for (_, v) in e.attrs() {
            if v.len() >= LONG_ATTR {
                if let Some(r) = self.find_far(v) {
                    self.cursor = r.end;
                }
            }
        }
    }

    /// Passes over an element that contributes no text (`<head>`, `<style>`,
    /// `<script>`), hiding style and script contents from snippets.
    fn skip(&mut self, node: NodeRef<Node>) {
        for d in node.descendants() {
            match d.value() {
                Node::Text(t) => {
                    let hide =
                        d.parent().and_then(|p| name(&p)).is_some_and(|n| matches!(n.as_str(), "style" | "script"));
                    // Short texts (a title) are too common to look for far ahead.
                    if !hide && t.len() < LONG_ATTR {
                        continue;
                    }
                    if let Some(r) = self.find_far(t) {
                        self.cursor = r.end;
                        if hide {
                            self.hidden.push(r);
                        }
                    }
                }
                Node::Element(e) => self.pass_attrs(e),
                _ => {}
            }
        }
    }

    fn push(&mut self, flow: &mut Flow, text: &str) {
        let mut word_start: Option<usize> = None;
        let flush = |flow: &mut Flow, this: &mut Self, s: usize, e: usize| {
            let word = &text[s..e];
            let hay_end = (this.cursor + WINDOW).min(this.src.len());
            let mut hay_end_ok = hay_end;
            while !this.src.is_char_boundary(hay_end_ok) {
                hay_end_ok -= 1;
            }
            let hay = this.src.get(this.cursor..hay_end_ok);
            match hay.and_then(|h| h.find(word)) {
                Some(p) => {
                    let at = this.cursor + p;
                    flow.push_src(word, at);
                    this.cursor = at + word.len();
                }
                None => {
                    // A word with an entity inside (`[MQTT&ndash;SN-3.1-1]`):
                    // placed where its verbatim beginning is.
                    let head = &word[..word.find(|c: char| !c.is_ascii()).unwrap_or(word.len())];
                    match hay.filter(|_| head.len() >= 2).and_then(|h| h.find(head)) {
                        Some(p) => {
                            flow.push_at(word, this.cursor + p);
                            this.cursor += p + head.len();
                        }
                        None => flow.push_at(word, this.cursor),
                    }
                }
            }
        };
        for (i, c) in text.char_indices() {
            let plain = !(c.is_whitespace() || matches!(c, '&' | '<' | '>' | '"' | '\'' | '\u{a0}'));
            match (plain, word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(s)) => {
                    flush(flow, self, s, i);
                    word_start = None;
                }
                _ => {}
            }
            if !plain {
                let mut buf = [0u8; 4];
                flow.push_at(c.encode_utf8(&mut buf), self.cursor);
            }
        }
        if let Some(s) = word_start {
            flush(flow, self, s, text.len());
        }
    }
}

fn name(node: &NodeRef<Node>) -> Option<String> {
    node.value().as_element().map(|e| e.name().to_ascii_lowercase())
}

fn skipped(tag: &str) -> bool {
    matches!(tag, "head" | "script" | "style" | "title" | "template" | "noscript")
}

/// An editor's link to a reviewer comment (`<a href="#cmnt61"
/// id="cmnt_ref61">[bi]</a>` in the online editor's export, and the way
/// back from the comment): an annotation on the text, not text.
fn is_comment_anchor(e: &Element) -> bool {
    e.attr("href").is_some_and(|h| h.starts_with("#cmnt"))
}

/// Inline text of a subtree.
fn inline(node: NodeRef<Node>, loc: &mut Locator, flow: &mut Flow) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => loc.push(flow, t),
            Node::Element(e) => {
                let tag = e.name().to_ascii_lowercase();
                if skipped(&tag) {
                    loc.skip(child);
                    continue;
                }
                loc.pass_attrs(e);
                if tag == "a" && is_comment_anchor(e) {
                    loc.skip(child);
                    continue;
                }
                if tag == "a" {
                    let start = flow.text.len();
                    inline(child, loc, flow);
                    flow.bracket_bare_id(start);
                    continue;
                }
                if tag == "br" || matches!(tag.as_str(), "p" | "div" | "li" | "td" | "th" | "tr") {
                    flow.push_space(loc.cursor);
                }
                inline(child, loc, flow);
            }
            _ => {}
        }
    }
}

/// The link target a heading carries: Word's `_Toc` bookmark if any, else
/// the first named anchor or id inside it.
fn anchor(node: NodeRef<Node>) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    if let Some(id) = node.value().as_element().and_then(|e| e.attr("id")) {
        names.push(id.to_string());
    }
    for d in node.descendants() {
        if let Some(e) = d.value().as_element() {
            names.extend(e.attr("name").or_else(|| e.attr("id")).map(str::to_string));
        }
    }
    names.iter().find(|n| n.starts_with("_Toc")).or(names.first()).cloned()
}

/// The text of every block, one per line: what prefix detection reads.
pub fn text_of(blocks: &[Block]) -> String {
    let mut s = String::new();
    for b in blocks {
        match b {
            Block::Heading { flow, .. } | Block::Para { flow, .. } => s.push_str(&flow.text),
            Block::Row { cells } => cells.iter().for_each(|c| s.push_str(&c.text)),
        }
        s.push('\n');
    }
    s
}

/// Every `<a id>` and `<a name>` of the page.
pub fn link_targets(html: &Html) -> std::collections::HashSet<String> {
    let a = scraper::Selector::parse("a[id], a[name]").expect("valid selector");
    let mut out = std::collections::HashSet::new();
    for e in html.select(&a) {
        out.extend(e.value().attr("id").map(str::to_string));
        out.extend(e.value().attr("name").map(str::to_string));
    }
    out
}

/// Walks the page in document order.
pub fn blocks(html: &Html, src: &str) -> Vec<Block> {
    blocks_and_hidden(html, src).0
}

/// Like [`blocks`], with the source ranges of `<style>` and `<script>` contents.
pub fn blocks_and_hidden(html: &Html, src: &str) -> (Vec<Block>, Vec<Range<usize>>) {
    let mut loc = Locator { src, cursor: 0, hidden: Vec::new() };
    let mut out = Vec::new();
    let mut loose = Flow::default();
    walk(html.tree.root(), &mut loc, &mut out, &mut loose);
    flush_loose(&mut out, &mut loose);
    (out, loc.hidden)
}

fn flush_loose(out: &mut Vec<Block>, loose: &mut Flow) {
    if !loose.is_empty() {
        out.push(Block::Para { flow: std::mem::take(loose), hard_break: true });
    }
    *loose = Flow::default();
}

fn walk(node: NodeRef<Node>, loc: &mut Locator, out: &mut Vec<Block>, loose: &mut Flow) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => loc.push(loose, t),
            Node::Element(e) => {
                let tag = name(&child).unwrap_or_default();
                if !skipped(&tag) {
                    loc.pass_attrs(e);
                }
                match tag.as_str() {
                    t if skipped(t) => loc.skip(child),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        flush_loose(out, loose);
                        let mut flow = Flow::default();
                        inline(child, loc, &mut flow);
                        if !flow.is_empty() {
                            out.push(Block::Heading { flow, anchor: anchor(child) });
                        }
                    }
                    "table" => {
                        flush_loose(out, loose);
                        rows(child, loc, out);
                    }
                    "p" | "li" | "dt" | "dd" | "pre" | "caption" => {
                        flush_loose(out, loose);
                        let mut flow = Flow::default();
                        inline(child, loc, &mut flow);
                        if tag == "li" && !flow.is_empty() {
                            // As the Markdown reader does: the prose layer reads
                            // list structure (lead-ins, dependent items) from a marker.
                            let mut item = Flow::default();
                            item.push_at("- ", flow.src(0));
                            item.append(&flow);
                            flow = item;
                        }
                        if !flow.is_empty() {
                            out.push(Block::Para { flow, hard_break: true });
                        }
                    }
                    "br" => loose.push_space(loc.cursor),
                    "div" | "body" | "html" | "ul" | "ol" | "dl" | "blockquote" | "section" | "article" | "main" => {
                        flush_loose(out, loose);
                        walk(child, loc, out, loose);
                        flush_loose(out, loose);
                    }
                    _ => walk(child, loc, out, loose),
                }
            }
            _ => {}
        }
    }
}

/// Each `<tr>` of a table (nested tables flattened into their cell).
fn rows(table: NodeRef<Node>, loc: &mut Locator, out: &mut Vec<Block>) {
    for child in table.children() {
        match name(&child).as_deref() {
            Some("tr") => {
                let mut cells = Vec::new();
                for cell in child.children() {
                    if matches!(name(&cell).as_deref(), Some("td" | "th")) {
                        let mut flow = Flow::default();
                        inline(cell, loc, &mut flow);
                        cells.push(flow);
                    }
                }
                if cells.iter().any(|c| !c.is_empty()) {
                    out.push(Block::Row { cells });
                }
            }
            Some("thead" | "tbody" | "tfoot") => rows(child, loc, out),
            _ => {}
        }
    }
}
