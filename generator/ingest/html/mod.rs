//! HTML reader for the Word-exported pages OASIS publishes: the encoding is
//! sniffed ([`decode`]), scraper gives the structure ([`blocks`]), and the
//! shared prose layer finds sections, statements and the statement appendix.
//! Statements link to `<url>#<_Toc anchor>` of their heading.

pub mod blocks;
pub mod decode;

use super::prose::{self, Extracted, Source};
use super::{IngestError, Raw, ReadOptions};
use crate::diag::Severity;
use decode::Sniffed;

/// Reads an HTML page into statements and diagnostics.
pub fn read(bytes: &[u8], file: &str, opts: &ReadOptions) -> Result<Raw, IngestError> {
    Ok(read_detailed(bytes, file, opts)?.raw)
}

/// Like [`read`], with the accounting of every id occurrence.
pub fn read_detailed(bytes: &[u8], file: &str, opts: &ReadOptions) -> Result<Extracted, IngestError> {
    let decoded = decode::decode(bytes);
    if decoded.text.contains('\0') {
        return Err(IngestError::new(file, "binary data (NUL bytes) in what should be an HTML page"));
    }
    let mut src = Source::new(file, &decoded.text);
    let mut diagnostics = Vec::new();
    let name = decoded.encoding.name();
    if decoded.sniffed == Sniffed::Fallback {
        diagnostics.push(src.diagnostic(
            Severity::Note,
            "encoding",
            format!("no charset declared and not UTF-8; read as {name}"),
            0..0,
        ));
    }
    if decoded.had_errors {
        let at = decoded.text.find('\u{fffd}').unwrap_or(0);
        diagnostics.push(
            src.diagnostic(
                Severity::Warning,
                "encoding",
                format!("bytes that are not valid {name} were replaced with U+FFFD"),
                at..at + '\u{fffd}'.len_utf8(),
            )
            .with_help("check the charset the page declares"),
        );
    }
    let html = scraper::Html::parse_document(&decoded.text);
    let (blocks, hidden) = blocks::blocks_and_hidden(&html, &decoded.text);
    let anchors = blocks::link_targets(&html);
    src.hide(hidden);
    let (pattern, choice) = opts.resolve_pattern(&blocks::text_of(&blocks));
    diagnostics.extend(super::prefix_note(&choice, file));
    let others = choice.others();
    let popts = prose::Options {
        pattern: &pattern,
        url: opts.url.as_deref(),
        strict_headings: false,
        heading_anchors: true,
        id_anchors: Some(&anchors),
        other_prefixes: &others,
    };
    let mut ex = prose::extract(&blocks, &src, &popts, diagnostics);
    ex.raw.prefix = Some(choice);
    ex.raw.diagnostics.sort_by_key(|d| d.location.line);
    Ok(ex)
}
