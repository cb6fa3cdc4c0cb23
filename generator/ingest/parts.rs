//! A document kept as several Markdown files, bound by a `bind.txt` that
//! lists them in document order (the MQTT-SN TC's source: one file per
//! section, blank lines between chapters). The parts are read as one
//! Markdown document, joined at line boundaries; a source map sends every
//! statement and diagnostic back to its part file and the line in it.

use super::{markdown, text_of, IngestError, Raw, ReadOptions};
use crate::model::SourceLocation;
use std::path::{Path, PathBuf};

/// The name of the file that binds the parts.
pub const BIND: &str = "bind.txt";

/// Whether `path` is a bound document: a folder with a `bind.txt`, or the
/// `bind.txt` itself.
pub fn is_bound(path: &Path) -> bool {
    (path.is_dir() && path.join(BIND).is_file()) || path.file_name().is_some_and(|n| n == BIND)
}

/// The folder and its `bind.txt` for a path naming either.
fn locate(path: &Path) -> (PathBuf, PathBuf) {
    if path.file_name().is_some_and(|n| n == BIND) && !path.is_dir() {
        (path.parent().map(Path::to_path_buf).unwrap_or_default(), path.to_path_buf())
    } else {
        (path.to_path_buf(), path.join(BIND))
    }
}

/// One part: its file as diagnostics name it, and where it sits in the whole.
#[derive(Debug, Clone)]
struct Part {
    file: String,
    /// 1-based line of the whole where the part's first line is.
    first_line: u32,
    /// Lines the part has.
    lines: u32,
}

/// The parts joined into one text, with the map back to them.
#[derive(Debug)]
pub struct Bound {
    pub text: String,
    parts: Vec<Part>,
    /// Every byte that went in, `bind.txt` first: what the checksum covers.
    pub bytes: Vec<u8>,
}

/// Reads `bind.txt` and every part it names, in order.
pub fn bind(path: &Path) -> Result<Bound, IngestError> {
    let (dir, bind) = locate(path);
    let list = std::fs::read(&bind).map_err(|e| IngestError::new(&bind, format!("cannot read: {e}")))?;
    let list_text = text_of(&list, &bind.display().to_string())?;
    let mut bound = Bound { text: String::new(), parts: Vec::new(), bytes: list.clone() };
    let mut line = 1u32;
    for (n, name) in list_text.lines().enumerate() {
        let name = name.trim();
        if name.is_empty() || name.starts_with('#') {
            continue;
        }
        let file = dir.join(name);
        let bytes = std::fs::read(&file)
            .map_err(|e| IngestError::new(&bind, format!("line {}: part `{name}` cannot be read: {e}", n + 1)))?;
        let text = text_of(&bytes, &file.display().to_string())?;
        bound.bytes.extend_from_slice(&bytes);
        let lines = text.lines().count().max(1) as u32;
        bound.parts.push(Part { file: file.display().to_string(), first_line: line, lines });
        bound.text.push_str(&text);
        if !text.ends_with('\n') {
            bound.text.push('\n');
        }
        // A blank line between parts: a part's last paragraph never runs
        // into the next part's first.
        bound.text.push('\n');
        line += lines + 1;
    }
    if bound.parts.is_empty() {
        return Err(IngestError::new(&bind, "names no part files"));
    }
    Ok(bound)
}

impl Bound {
    /// Sends a location in the whole back to its part; other files' locations
    /// are left alone.
    fn relocate(&self, whole: &str, loc: &mut SourceLocation) {
        if loc.file != whole {
            return;
        }
        let line = loc.line.unwrap_or(1);
        let i = self.parts.partition_point(|p| p.first_line <= line).saturating_sub(1);
        let part = &self.parts[i];
        loc.file = part.file.clone();
        if loc.line.is_some() {
            // The blank line after a part counts as the part's last line.
            loc.line = Some((line - part.first_line + 1).min(part.lines));
        }
    }
}

/// Reads a bound document: the parts as one Markdown text, every location
/// sent back to its part. `file` names the whole (the folder).
pub fn read(path: &Path, file: &str, opts: &ReadOptions) -> Result<Raw, IngestError> {
    let bound = bind(path)?;
    let mut raw = markdown::read(&bound.text, file, opts)?;
    for s in &mut raw.statements {
        bound.relocate(file, &mut s.source);
    }
    for d in &mut raw.diagnostics {
        bound.relocate(file, &mut d.location);
    }
    Ok(raw)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_map_back_to_parts() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(BIND), "a.md\n\nb.md\n").unwrap();
        std::fs::write(dir.path().join("a.md"), "# 1 A\n\none\ntwo").unwrap();
        std::fs::write(dir.path().join("b.md"), "# 2 B\n").unwrap();
        let b = bind(dir.path()).unwrap();
        assert_eq!(b.text, "# 1 A\n\none\ntwo\n\n# 2 B\n\n");
        let whole = "doc";
        let mut loc = SourceLocation::line(whole, 6);
        b.relocate(whole, &mut loc);
        assert!(loc.file.ends_with("b.md") && loc.line == Some(1), "{loc:?}");
        let mut loc = SourceLocation::line(whole, 4);
        b.relocate(whole, &mut loc);
        assert!(loc.file.ends_with("a.md") && loc.line == Some(4), "{loc:?}");
        std::fs::write(dir.path().join(BIND), "a.md\nmissing.md\n").unwrap();
        let e = bind(dir.path()).unwrap_err();
        assert!(e.reason.contains("line 2: part `missing.md`"), "{e}");
    }
}
