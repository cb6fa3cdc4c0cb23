//! Positions in Rust source text: proc-macro2's line/column spans as byte
//! ranges, and a file that does not parse as a diagnostic. Shared by `scan`
//! (which reads test files) and `generate` (which edits them by those spans).

use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use std::ops::Range;

/// Byte offsets of each line start, to turn proc-macro2 line/column into
/// byte ranges (its columns count chars, so convert per line).
pub struct LineIndex<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(src: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { src, starts }
    }

    /// Byte offset of a proc-macro2 `LineColumn` (1-based line, 0-based char column).
    pub fn offset(&self, lc: proc_macro2::LineColumn) -> usize {
        let Some(&start) = self.starts.get(lc.line.saturating_sub(1)) else { return self.src.len() };
        let line = &self.src[start..];
        start + line.char_indices().nth(lc.column).map(|(i, _)| i).unwrap_or_else(|| line.len())
    }

    pub fn range(&self, span: proc_macro2::Span) -> Range<usize> {
        self.offset(span.start())..self.offset(span.end())
    }

    pub fn line_text(&self, line: usize) -> &'a str {
        let start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(self.src.len());
        let end = self.starts.get(line).map(|e| e - 1).unwrap_or(self.src.len());
        &self.src[start..end.max(start)]
    }
}

/// A file syn cannot parse, as a diagnostic naming file, line and column.
pub fn parse_error(path: &str, src: &str, e: &syn::Error) -> Diagnostic {
    let start = e.span().start();
    let index = LineIndex::new(src);
    let line_text = index.line_text(start.line);
    let col_byte = line_text.char_indices().nth(start.column).map(|(i, _)| i).unwrap_or(line_text.len());
    let mut loc = SourceLocation::line(path, start.line as u32);
    loc.column = Some(start.column as u32 + 1);
    Diagnostic::error("unparsable-test-file", format!("cannot parse Rust: {e}"), loc)
        .with_snippet(line_text, col_byte..col_byte + 1)
}
