//! The matrix's outputs, one module each. Every report is rendered in memory
//! first; files are written only when all of them rendered, each atomically
//! (temporary file in the same folder, then rename).

pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;

use crate::matrix::{CellStatus, Matrix, Row};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Markdown,
    Html,
    Json,
    Csv,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Html, Format::Json, Format::Csv];

    pub fn file_name(self) -> &'static str {
        match self {
            Format::Markdown => "TRACEABILITY.md",
            Format::Html => "matrix.html",
            Format::Json => "matrix.json",
            Format::Csv => "matrix.csv",
        }
    }

    pub fn render(self, m: &Matrix) -> String {
        match self {
            Format::Markdown => markdown::render(m),
            Format::Html => html::render(m),
            Format::Json => json::render(m),
            Format::Csv => csv::render(m),
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(Format::Markdown),
            "html" => Ok(Format::Html),
            "json" => Ok(Format::Json),
            "csv" => Ok(Format::Csv),
            other => Err(format!("unknown report format `{other}` (md, html, json, csv)")),
        }
    }
}

/// Renders every format, then writes them into `dir` (created if missing).
/// Returns the files written.
pub fn write_all(m: &Matrix, formats: &[Format], dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut formats = formats.to_vec();
    formats.sort();
    formats.dedup();
    let rendered: Vec<(PathBuf, String)> = formats.iter().map(|f| (dir.join(f.file_name()), f.render(m))).collect();
    std::fs::create_dir_all(dir)?;
    for (path, text) in &rendered {
        write_atomic(path, text.as_bytes())?;
    }
    Ok(rendered.into_iter().map(|(p, _)| p).collect())
}

/// Temporary file beside the target, then rename: readers never see half a report.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    crate::atomic::write(path, bytes)
}

/// Shortened statement text for table cells: whole words, at most `max` chars.
pub(crate) fn short_text(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max).collect();
    }
    out.push('…');
    out
}

/// A target cell as a word: known deviations are their own kind.
pub(crate) fn cell_word(status: CellStatus, deviation: bool) -> &'static str {
    match (status, deviation) {
        (CellStatus::Failing, true) => "known-deviation",
        (CellStatus::Passing, true) => "passing-but-listed",
        (s, _) => s.as_str(),
    }
}

/// One product's summary in a line: `mosquitto: 121 passing, ... — 96.8% of 125 applicable passed`.
pub fn target_line(t: &crate::matrix::TargetCounts) -> String {
    let share = match t.passed_share() {
        Some(p) => format!("{p:.1}% of {} applicable passed", t.applicable()),
        None => "nothing applicable".to_string(),
    };
    format!(
        "{}: {} passing, {} failing, {} known deviations, {} blocked, {} skipped, {} not run, {} n/a; {share}",
        t.target, t.passing, t.failing, t.known_deviations, t.blocked, t.skipped, t.not_run, t.not_applicable
    )
}

/// `passed/applicable` for a group's cell in a summary table; `–` when none applies.
pub(crate) fn share_cell(t: &crate::matrix::TargetCounts) -> String {
    match t.applicable() {
        0 => "–".to_string(),
        n => format!("{}/{n}", t.passing),
    }
}

/// Levels as written, `MUST NOT, MAY`.
pub(crate) fn levels(row: &Row) -> String {
    row.levels.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_keeps_words() {
        assert_eq!(short_text("one two three", 20), "one two three");
        assert_eq!(short_text("one two three four", 10), "one two…");
        assert_eq!(short_text("abcdefghijkl", 5), "abcde…");
    }

    #[test]
    fn formats() {
        assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
        assert!("pdf".parse::<Format>().is_err());
    }
}
