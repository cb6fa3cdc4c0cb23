//! The formats a document can come in.

use std::path::Path;

/// A source format specgen can read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// ODS or XLSX statement sheet.
    Sheet,
    Markdown,
    Html,
    /// specgen's own statement list; the default of an in-memory list.
    #[default]
    Json,
    Csv,
    /// Markdown in several files, bound by a `bind.txt` in their folder.
    Parts,
}

impl Format {
    /// Guesses from the file name; `None` when the extension says nothing.
    pub fn from_path(path: &Path) -> Option<Format> {
        // A folder holding bind.txt, or a bind.txt itself.
        if (path.is_dir() && path.join("bind.txt").is_file()) || path.file_name().is_some_and(|n| n == "bind.txt") {
            return Some(Format::Parts);
        }
        let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
        let ext = name.rsplit('.').next()?;
        Some(match ext {
            "ods" | "xlsx" | "xls" | "xlsm" => Format::Sheet,
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "json" => Format::Json,
            "csv" => Format::Csv,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Sheet => "sheet",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv => "csv",
            Format::Parts => "parts",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
