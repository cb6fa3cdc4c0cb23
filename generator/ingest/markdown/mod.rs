//! Markdown reader, built for PDF-to-Markdown conversions of OASIS standards:
//! pulldown-cmark gives the blocks ([`blocks`]), [`cleanup`] strips the PDF
//! furniture, and the shared prose layer finds sections, statements and the
//! statement appendix and cross-checks them.
//!
//! Anchors: a Markdown conversion has no link targets of the published
//! document, so with `ReadOptions::url` every statement links to the URL
//! itself; nothing finer is invented.

pub mod blocks;
pub mod cleanup;

use super::prose::{self, Block, Extracted, Flow, Source};
use super::{IngestError, Raw, ReadOptions};
use blocks::RawBlock;
use cleanup::Cleaner;

/// A document is a PDF conversion when at least one paragraph in this many
/// has PDF line numbers: a few numbers taken for line numbers (a numbered
/// list `1.` / `2.`) do not make it one; the real conversions have them in
/// 983 of 1269 (3.1.1) and 3462 of 3638 (5.0) paragraphs, the MQTT-SN
/// exports in none.
const LINE_NUMBERED_SHARE: u32 = 4;

/// Reads a Markdown document into statements and diagnostics.
pub fn read(text: &str, file: &str, opts: &ReadOptions) -> Result<Raw, IngestError> {
    Ok(read_detailed(text, file, opts)?.raw)
}

/// Like [`read`], for a text whose headings are numbered by a build (a
/// bound document: see [`super::parts::Numbering`]).
pub fn read_numbered(
    text: &str,
    file: &str,
    opts: &ReadOptions,
    numbering: &super::parts::Numbering,
) -> Result<Raw, IngestError> {
    Ok(read_detailed_numbered(text, file, opts, numbering)?.raw)
}

/// Like [`read`], with the accounting of every id occurrence.
pub fn read_detailed(text: &str, file: &str, opts: &ReadOptions) -> Result<Extracted, IngestError> {
    read_detailed_numbered(text, file, opts, &super::parts::Numbering::default())
}

/// Like [`read_detailed`], with the section numbers and cross-references a
/// build would fill in.
pub fn read_detailed_numbered(
    text: &str,
    file: &str,
    opts: &ReadOptions,
    numbering: &super::parts::Numbering,
) -> Result<Extracted, IngestError> {
    let src = Source::new(file, text);
    let (pattern, choice) = opts.resolve_pattern(text);
    let mut cleaner = Cleaner::new(&pattern, &src);
    let mut out: Vec<Block> = Vec::new();
    // Whether the next paragraph starts a new PDF paragraph.
    let mut hard = true;
    // Does the prose so far end a sentence? An empty PDF line after an
    // unfinished sentence is residue, not a paragraph break.
    let mut finished = true;
    let (raw_blocks, anchors) = blocks::blocks_with_xrefs(text, &numbering.xrefs);
    let others = choice.others();
    // Paragraphs in which PDF line numbers were found.
    let mut numbered_paras = 0u32;
    let mut paras = 0u32;
    for raw in raw_blocks {
        match &raw {
            RawBlock::Heading(f) => {
                if let Some(c) = cleaner.clean(f) {
                    if !c.flow.is_empty() {
                        let mut flow = c.flow;
                        // The number the build gives this heading.
                        if let Some(n) = numbering.numbers.get(&src.line_of(f.src(0)).1) {
                            let mut numbered = Flow::default();
                            numbered.push_at(&format!("{n} "), f.src(0));
                            numbered.append(&flow);
                            flow = numbered;
                        }
                        out.push(Block::Heading { flow, anchor: None });
                    }
                }
                hard = true;
                finished = true;
            }
            RawBlock::Para(f) | RawBlock::Item(f) => {
                hard |= matches!(raw, RawBlock::Item(_));
                let before = cleaner.accepted();
                let Some(c) = cleaner.clean(f) else { continue };
                numbered_paras += u32::from(cleaner.accepted() > before);
                paras += 1;
                let mut c = c;
                if matches!(raw, RawBlock::Item(_)) && !c.flow.is_empty() {
                    // Markdown keeps the bullet as syntax; the prose layer reads
                    // list structure from the text, so it gets a marker back.
                    let mut item = Flow::default();
                    item.push_at("- ", f.src(0));
                    item.append(&c.flow);
                    c.flow = item;
                }
                if !c.flow.is_empty() {
                    let hard_break = hard || c.starts_item || (c.blank_before && finished);
                    // A list item is complete in itself, punctuated or not.
                    finished = cleanup::ends_sentence(c.flow.text.trim_end())
                        || c.starts_item
                        || matches!(raw, RawBlock::Item(_));
                    out.push(Block::Para { flow: c.flow, hard_break });
                    hard = false;
                }
                hard |= c.blank_after && finished;
            }
            RawBlock::Figure => {
                hard = true;
                finished = true;
            }
            // A table-of-contents row's page and chapter numbers must not
            // reach the line-number sequence.
            RawBlock::Row(cells) if cells.iter().any(|c| cleanup::is_toc(&c.text)) => hard = true,
            RawBlock::Row(cells) => {
                let cells: Vec<Flow> =
                    cells.iter().map(|f| cleaner.clean(f).map(|c| c.flow).unwrap_or_default()).collect();
                if cells.iter().any(|c| !c.is_empty()) {
                    out.push(Block::Row { cells });
                }
                hard = true;
            }
        }
    }
    // A document with no PDF line numbers at all (an editor's export, a
    // build's output) breaks its paragraphs where it means to: every
    // Markdown paragraph is a paragraph, as every `<p>` is in HTML. Only a
    // PDF conversion runs a sentence on over a page break.
    if numbered_paras * LINE_NUMBERED_SHARE < paras {
        for block in &mut out {
            if let Block::Para { hard_break, .. } = block {
                *hard_break = true;
            }
        }
    }
    let popts = prose::Options {
        pattern: &pattern,
        url: opts.url.as_deref(),
        strict_headings: true,
        heading_anchors: false,
        id_anchors: Some(&anchors),
        other_prefixes: &others,
    };
    let mut diagnostics = std::mem::take(&mut cleaner.diagnostics);
    diagnostics.extend(super::prefix_note(&choice, file));
    let mut ex = prose::extract(&out, &src, &popts, diagnostics);
    ex.raw.prefix = Some(choice);
    ex.raw.diagnostics.sort_by_key(|d| d.location.line);
    Ok(ex)
}
