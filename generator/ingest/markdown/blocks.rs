//! Markdown block structure from pulldown-cmark: paragraphs, headings, list
//! items and table rows, each as a raw [`Flow`] tied to its source offsets.
//! Strike-through text is dropped: in the PDF conversions it is the residue
//! of yellow highlighting (`~~EE~~`, `~~—~~`), never content.

use crate::ingest::prose::Flow;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// The link text the MQTT-SN source writes for a cross-reference its build
/// fills in (`[sec](#utf-8-encoded-string)`).
pub const XREF_PLACEHOLDER: &str = "sec";

/// The source's placeholder for a citation, `[cite](#Unicode)`, which the
/// build prints as `[Unicode]`.
pub const CITE_PLACEHOLDER: &str = "cite";

/// A block before cleanup.
#[derive(Debug, Clone)]
pub enum RawBlock {
    /// A Markdown heading, or a paragraph that is bold text only (how the
    /// conversions mark most section titles).
    Heading(Flow),
    Para(Flow),
    /// A list item: it starts a new paragraph.
    Item(Flow),
    Row(Vec<Flow>),
    /// A paragraph that is only images (a figure): prose does not run
    /// across it. The editor export's base64 images are reference
    /// definitions, which pulldown-cmark consumes without a text event.
    Figure,
}

#[derive(Default)]
struct Building {
    flow: Flow,
    heading: bool,
    item: bool,
    /// Text outside `**...**` other than bare numbers (PDF line numbers).
    plain: bool,
    bold: bool,
    /// Holds an image.
    image: bool,
    /// Holds text outside a link to a place in the document.
    unlinked: bool,
}

/// Splits a Markdown document into raw blocks, in document order.
pub fn blocks(text: &str) -> Vec<RawBlock> {
    blocks_and_anchors(text).0
}

/// The link targets (`id`, `name`) of the `<a>` elements in a piece of
/// inline HTML, read with scraper.
fn html_anchors(html: &str, out: &mut HashSet<String>) {
    if !html.to_ascii_lowercase().contains("<a ") {
        return;
    }
    let fragment = scraper::Html::parse_fragment(html);
    let a = scraper::Selector::parse("a[id], a[name]").expect("valid selector");
    for e in fragment.select(&a) {
        out.extend(e.value().attr("id").map(str::to_string));
        out.extend(e.value().attr("name").map(str::to_string));
    }
}

/// Like [`blocks`], with every `<a id>` / `<a name>` link target the
/// document's inline HTML defines (the MQTT-SN TC build's statement anchors).
pub fn blocks_and_anchors(text: &str) -> (Vec<RawBlock>, HashSet<String>) {
    blocks_with_xrefs(text, &std::collections::HashMap::new())
}

/// Like [`blocks_and_anchors`], with the text of cross-references: a link
/// to `#anchor` whose text is the source's placeholder `sec` reads as
/// `xrefs[anchor]` (`1.8.4 "UTF-8 Encoded String"`), as the build prints it.
pub fn blocks_with_xrefs(
    text: &str,
    xrefs: &std::collections::HashMap<String, String>,
) -> (Vec<RawBlock>, HashSet<String>) {
    let mut anchors = HashSet::new();
    let mut out = Vec::new();
    let mut cur: Option<Building> = None;
    let mut row: Option<Vec<Flow>> = None;
    let mut strong = 0usize;
    let mut strike = 0usize;
    // Inside `![alt](...)`: the alt text is not prose.
    let mut in_image = 0usize;
    // Where the text of the open link starts in its flow.
    let mut link_start: Option<usize> = None;
    // What the open link's text stands for, when it is a cross-reference.
    let mut xref: Option<&str> = None;
    // Inside a link to `#anchor`.
    let mut internal_link = false;
    // The open link's `#anchor`, for a citation placeholder.
    let mut link_anchor: Option<String> = None;
    let finish = |cur: &mut Option<Building>, out: &mut Vec<RawBlock>| {
        if let Some(b) = cur.take() {
            if b.flow.is_empty() {
                if b.image {
                    out.push(RawBlock::Figure);
                }
                return;
            }
            // A bold line that is all a link into the document is a table
            // of contents entry (`[**1 Introduction\t3**](#1-introduction)`).
            let toc_entry = !b.heading && !b.unlinked;
            if b.heading || (b.bold && !b.plain && !toc_entry) {
                out.push(RawBlock::Heading(b.flow));
            } else if b.item {
                out.push(RawBlock::Item(b.flow));
            } else {
                out.push(RawBlock::Para(b.flow));
            }
        }
    };
    // `## Data representation{#data-representation}`, `# **1 Introduction**
    // {#1-introduction}`: the anchor is no part of the title.
    let opts = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_HEADING_ATTRIBUTES;
    for (event, range) in Parser::new_ext(text, opts).into_offset_iter() {
        match event {
            Event::Start(Tag::Paragraph) if row.is_none() => {
                // A paragraph inside a list item is still the item.
                let item = cur.as_ref().is_some_and(|b| b.item && b.flow.is_empty());
                finish(&mut cur, &mut out);
                cur = Some(Building { item, ..Default::default() });
            }
            Event::Start(Tag::Item) if row.is_none() => {
                finish(&mut cur, &mut out);
                cur = Some(Building { item: true, ..Default::default() });
            }
            Event::Start(Tag::Heading { .. }) => {
                finish(&mut cur, &mut out);
                cur = Some(Building { heading: true, ..Default::default() });
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) if row.is_none() => {
                finish(&mut cur, &mut out);
            }
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                finish(&mut cur, &mut out);
                row = Some(Vec::new());
            }
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                if let Some(cells) = row.take() {
                    out.push(RawBlock::Row(cells));
                }
            }
            Event::Start(Tag::TableCell) => {
                if let Some(cells) = row.as_mut() {
                    cells.push(Flow::default());
                }
            }
            // The TC build links each statement to its appendix row with the
            // id as link text and no brackets: read as `[id]`.
            Event::Start(Tag::Link { dest_url, .. }) => {
                internal_link = dest_url.starts_with('#');
                link_anchor = dest_url.strip_prefix('#').map(str::to_string);
                xref = dest_url.strip_prefix('#').and_then(|a| xrefs.get(a)).map(String::as_str);
                let flow = match row.as_mut().and_then(|r| r.last_mut()) {
                    Some(cell) => Some(&*cell),
                    None => cur.as_ref().map(|b| &b.flow),
                };
                link_start = Some(flow.map_or(0, |f| f.text.len()));
            }
            Event::End(TagEnd::Link) => {
                internal_link = false;
                if let Some(start) = link_start.take() {
                    let flow = match row.as_mut().and_then(|r| r.last_mut()) {
                        Some(cell) => Some(cell),
                        None => cur.as_mut().map(|b| &mut b.flow),
                    };
                    let anchor = link_anchor.take();
                    if let Some(f) = flow.filter(|f| start <= f.text.len()) {
                        let text = f.text[start..].trim();
                        match (xref.take(), anchor) {
                            (Some(x), _) if text == XREF_PLACEHOLDER => f.replace_tail(start, x),
                            (_, Some(a)) if text == CITE_PLACEHOLDER && !a.is_empty() => {
                                f.replace_tail(start, &format!("[{a}]"))
                            }
                            _ => f.bracket_bare_id(start),
                        }
                    }
                }
            }
            Event::Start(Tag::Image { .. }) => {
                in_image += 1;
                if let Some(b) = cur.as_mut() {
                    b.image = true;
                }
            }
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong = strong.saturating_sub(1),
            Event::Start(Tag::Strikethrough) => strike += 1,
            Event::End(TagEnd::Strikethrough) => strike = strike.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if strike == 0 && in_image == 0 => {
                let verbatim = text.get(range.clone()) == Some(t.as_ref());
                let target = match row.as_mut().and_then(|r| r.last_mut()) {
                    Some(cell) => cell,
                    None => {
                        let b = cur.get_or_insert_with(Building::default);
                        b.unlinked |= !internal_link && !t.trim().is_empty();
                        if strong > 0 {
                            b.bold |= !t.trim().is_empty();
                        } else if t.chars().any(|c| !(c.is_whitespace() || c.is_ascii_digit())) {
                            b.plain = true;
                        }
                        &mut b.flow
                    }
                };
                if verbatim {
                    target.push_src(&t, range.start);
                } else {
                    target.push_at(&t, range.start);
                }
            }
            Event::SoftBreak | Event::HardBreak | Event::InlineHtml(_) | Event::Html(_) => {
                if let Event::InlineHtml(h) | Event::Html(h) = &event {
                    html_anchors(h, &mut anchors);
                }
                // `<br>` in table cells and line ends inside a paragraph separate words.
                if let Some(cell) = row.as_mut().and_then(|r| r.last_mut()) {
                    cell.push_space(range.start);
                } else if let Some(b) = cur.as_mut() {
                    b.flow.push_space(range.start);
                }
            }
            _ => {}
        }
    }
    finish(&mut cur, &mut out);
    if let Some(cells) = row.take() {
        out.push(RawBlock::Row(cells));
    }
    (out, anchors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_paragraphs_are_heading_candidates_and_strikes_vanish() {
        let md = "587 **3.1.2.4 Clean Start**\n\nSome ~~EE~~ text\n\n|a|b<br>c|\n|---|---|\n|[X-1]|t|\n";
        let b = blocks(md);
        assert!(matches!(&b[0], RawBlock::Heading(f) if f.text == "587 3.1.2.4 Clean Start"));
        assert!(matches!(&b[1], RawBlock::Para(f) if f.text == "Some text"));
        assert!(matches!(&b[2], RawBlock::Row(c) if c[1].text == "b c"));
        assert!(matches!(&b[3], RawBlock::Row(c) if c[0].text == "[X-1]"));
    }
}
