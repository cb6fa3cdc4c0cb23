//! Diagnostics: what a reader found wrong in a document, rendered the way
//! rustc renders its own (file:line, the source line, a caret under the spot).

use crate::model::SourceLocation;
use annotate_snippets::{Level as SnippetLevel, Renderer, Snippet};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// One finding. `code` is a stable kebab-case name tests and users can match on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: String,
    pub message: String,
    pub location: SourceLocation,
    /// The source line (or cell text) the finding is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    /// Byte range inside `snippet` to underline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<(usize, usize)>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(severity: Severity, code: &str, message: impl Into<String>, location: SourceLocation) -> Self {
        Diagnostic {
            severity,
            code: code.into(),
            message: message.into(),
            location,
            snippet: None,
            span: None,
            help: None,
        }
    }

    pub fn error(code: &str, message: impl Into<String>, location: SourceLocation) -> Self {
        Self::new(Severity::Error, code, message, location)
    }

    pub fn warning(code: &str, message: impl Into<String>, location: SourceLocation) -> Self {
        Self::new(Severity::Warning, code, message, location)
    }

    pub fn note(code: &str, message: impl Into<String>, location: SourceLocation) -> Self {
        Self::new(Severity::Note, code, message, location)
    }

    /// Attaches the source text and the byte range to underline. Out-of-range
    /// or non-boundary spans are clamped rather than trusted.
    pub fn with_snippet(mut self, snippet: impl Into<String>, span: std::ops::Range<usize>) -> Self {
        let snippet = snippet.into();
        let mut start = span.start.min(snippet.len());
        let mut end = span.end.clamp(start, snippet.len());
        while !snippet.is_char_boundary(start) {
            start -= 1;
        }
        while !snippet.is_char_boundary(end) {
            end += 1;
        }
        self.span = Some((start, end));
        self.snippet = Some(snippet);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// rustc-style text, without colour (stable for snapshots and logs).
    pub fn render(&self) -> String {
        let level = match self.severity {
            Severity::Error => SnippetLevel::Error,
            Severity::Warning => SnippetLevel::Warning,
            Severity::Note => SnippetLevel::Note,
        };
        let origin = self.location.to_string();
        let title = format!("{} [{}]", self.message, self.code);
        let mut message = level.title(&title);
        if let (Some(snippet), Some((start, end))) = (&self.snippet, self.span) {
            // Show the flagged line with its real line number; multi-line
            // snippets are rare (cells) and rendered as is.
            let line = self.location.line.unwrap_or(1) as usize;
            // Widen an empty span to the whole next character, never into one.
            let next = snippet[end.min(snippet.len())..].chars().next().map_or(0, char::len_utf8);
            let span = if start == end && end < snippet.len() { start..end + next } else { start..end };
            message = message.snippet(
                Snippet::source(snippet)
                    .line_start(line)
                    .origin(&origin)
                    .fold(false)
                    .annotation(level.span(span).label(self.code.as_str())),
            );
        } else {
            message = message.snippet(Snippet::source("").origin(&origin));
        }
        let help = self.help.as_deref().map(|h| SnippetLevel::Help.title(h));
        if let Some(h) = help {
            message = message.footer(h);
        }
        let rendered = Renderer::plain().render(message).to_string();
        // The renderer appends its own `:line:col` to the origin; our location
        // already says where (line and column, or a sheet cell), so keep ours.
        rendered
            .lines()
            .map(|l| match l.find("--> ") {
                Some(i) if l[i + 4..].starts_with(origin.as_str()) => format!("{}{origin}", &l[..i + 4]),
                _ => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render())
    }
}

/// Renders a batch, one blank line between findings.
pub fn render_all(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| d.render()).collect::<Vec<_>>().join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc_with_the_location_once() {
        let mut loc = SourceLocation::line("spec.md", 12);
        loc.column = Some(7);
        let d = Diagnostic::warning("malformed-id", "a dot for the dash", loc)
            .with_snippet("close it [MQTT-3.1.2.7] now", 9..23)
            .with_help("read as `MQTT-3.1.2-7`");
        let text = d.render();
        assert_eq!(
            text,
            "warning: a dot for the dash [malformed-id]\n  --> spec.md:12:7\n   |\n12 | close it [MQTT-3.1.2.7] now\n   |          -------------- malformed-id\n   |\n   = help: read as `MQTT-3.1.2-7`"
        );
    }

    #[test]
    fn cells_are_named_without_a_line() {
        let d = Diagnostic::warning("malformed-id", "x", SourceLocation::cell("wd.ods", "Sheet2!A5"))
            .with_snippet("[MQTT-1.4.0-1 ]", 0..15);
        assert!(d.render().contains("--> wd.ods:Sheet2!A5\n"), "{}", d.render());
        let bare = Diagnostic::error(
            "empty",
            "the file is empty",
            SourceLocation { file: "a.md".into(), ..Default::default() },
        );
        assert!(bare.render().contains("--> a.md"), "{}", bare.render());
    }
}
