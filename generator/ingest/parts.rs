//! A document kept as several Markdown files, bound by a `bind.txt` that
//! lists them in document order (the MQTT-SN TC's source: one file per
//! section, blank lines between chapters). The parts are read as one
//! Markdown document, joined at line boundaries; a source map sends every
//! statement and diagnostic back to its part file and the line in it.

use super::{markdown, text_of, IngestError, Raw, ReadOptions};
use crate::ingest::prose::sections::parse_heading;
use crate::model::SourceLocation;
use std::collections::HashMap;
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
    /// Byte offset of the part in the whole.
    start: usize,
    /// Its chapter: blank lines in `bind.txt` separate chapters; chapter 0
    /// is the front matter.
    chapter: usize,
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
    let mut chapter = 0usize;
    for (n, name) in list_text.lines().enumerate() {
        let name = name.trim();
        if name.is_empty() {
            // A blank line ends a chapter (once, however many there are).
            if bound.parts.last().is_some_and(|p| p.chapter == chapter) {
                chapter += 1;
            }
            continue;
        }
        if name.starts_with('#') {
            continue;
        }
        let file = dir.join(name);
        let bytes = std::fs::read(&file)
            .map_err(|e| IngestError::new(&bind, format!("line {}: part `{name}` cannot be read: {e}", n + 1)))?;
        let text = text_of(&bytes, &file.display().to_string())?;
        bound.bytes.extend_from_slice(&bytes);
        let lines = text.lines().count().max(1) as u32;
        let start = bound.text.len();
        bound.parts.push(Part { file: file.display().to_string(), first_line: line, lines, start, chapter });
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

/// The section numbers the TC build gives a bound document: the source's
/// headings carry none (`## Data representation{#data-representation}`).
/// Chapter 0 (the front matter) is not numbered; in the others, `#` headings
/// are numbered 1, 2, ... and deeper headings nest under them (`### UTF-8
/// Encoded String` in the 8th `##` of chapter 1 is `1.8.4`). A heading
/// numbered in the source (`# Appendix B. ...`, `## C.7 ...`) keeps its
/// number, and an appendix chapter numbers nothing. Cross-references
/// (`[sec](#utf-8-encoded-string)`) read as the build prints them:
/// `1.8.4 "UTF-8 Encoded String"`.
#[derive(Debug, Default, Clone)]
pub struct Numbering {
    /// Byte offset of a heading line in the whole -> its number.
    pub numbers: HashMap<usize, String>,
    /// Heading anchor -> the text a cross-reference to it shows.
    pub xrefs: HashMap<String, String>,
}

impl Bound {
    /// Numbers the headings as the build does (see [`Numbering`]).
    pub fn numbering(&self) -> Numbering {
        let mut out = Numbering::default();
        let mut counters: Vec<u32> = Vec::new();
        let mut in_appendix = false;
        let mut fence: Option<&str> = None;
        let mut offset = 0usize;
        for line in self.text.split_inclusive('\n') {
            let at = offset;
            offset += line.len();
            let trimmed = line.trim_end();
            if let Some(f) = fence {
                if trimmed.trim_start().starts_with(f) {
                    fence = None;
                }
                continue;
            }
            if let Some(f) = ["```", "~~~"].into_iter().find(|f| trimmed.trim_start().starts_with(f)) {
                fence = Some(f);
                continue;
            }
            let Some((level, title, anchor)) = atx_heading(trimmed) else { continue };
            let i = self.parts.partition_point(|p| p.start <= at).saturating_sub(1);
            if self.parts.get(i).is_none_or(|p| p.chapter == 0) {
                continue;
            }
            let anchor = anchor.unwrap_or_else(|| auto_id(&title));
            if let Some((number, rest)) = own_number(&title) {
                if level == 1 {
                    in_appendix = number.starts_with("Appendix");
                }
                out.xrefs.insert(anchor, format!("{number} \"{rest}\""));
                continue;
            }
            if level == 1 {
                in_appendix = false;
            }
            if in_appendix {
                continue;
            }
            counters.resize(level.max(counters.len()), 0);
            counters.truncate(level);
            counters[level - 1] += 1;
            let number = counters.iter().map(u32::to_string).collect::<Vec<_>>().join(".");
            out.xrefs.insert(anchor, format!("{number} \"{title}\""));
            out.numbers.insert(at, number);
        }
        out
    }
}

/// An ATX heading line: its level, its title, and its `{#anchor}`.
fn atx_heading(line: &str) -> Option<(usize, String, Option<String>)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) || !line[level..].starts_with([' ', '\t']) {
        return None;
    }
    let mut title = line[level..].trim();
    let mut anchor = None;
    if let Some(open) = title.rfind("{#").filter(|_| title.ends_with('}')) {
        anchor = Some(title[open + 2..title.len() - 1].trim().to_string());
        title = title[..open].trim_end();
    }
    let title = title.trim_end_matches('#').trim_end();
    (!title.is_empty()).then(|| (level, title.to_string(), anchor))
}

/// The number a heading already has: `Appendix B` (`Appendix B. Title`),
/// `C.7` (`C.7 Title`), `3.1`.
fn own_number(title: &str) -> Option<(String, String)> {
    if let Some(found) = parse_heading(title) {
        return Some(found);
    }
    let (head, rest) = title.split_once(' ')?;
    let mut parts = head.trim_end_matches('.').split('.');
    let letter = parts.next()?;
    let numbered = letter.len() == 1
        && letter.bytes().all(|b| b.is_ascii_uppercase())
        && head.contains('.')
        && parts.all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    numbered.then(|| (head.trim_end_matches('.').to_string(), rest.trim().to_string()))
}

/// The identifier pandoc gives a heading without one: lower case, spaces
/// to dashes, other punctuation than `-_.` dropped.
fn auto_id(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars() {
        if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
            id.extend(c.to_lowercase());
        } else if c.is_whitespace() {
            id.push('-');
        }
    }
    id.trim_start_matches(|c: char| !c.is_alphabetic()).to_string()
}

/// Reads a bound document: the parts as one Markdown text, every location
/// sent back to its part. `file` names the whole (the folder).
pub fn read(path: &Path, file: &str, opts: &ReadOptions) -> Result<Raw, IngestError> {
    let bound = bind(path)?;
    let numbering = bound.numbering();
    let mut raw = markdown::read_numbered(&bound.text, file, opts, &numbering)?;
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

    #[test]
    fn headings_are_numbered_as_the_build_does() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(BIND), "front.md\n\nintro.md\nmore.md\n\napp.md\n").unwrap();
        std::fs::write(dir.path().join("front.md"), "# Title\n\n## Notices\n").unwrap();
        std::fs::write(dir.path().join("intro.md"), "# Introduction{#introduction}\n\n## Terms\n\n```\n# not\n```\n")
            .unwrap();
        std::fs::write(dir.path().join("more.md"), "## Data{#data}\n\n### Strings{#strings}\n").unwrap();
        std::fs::write(dir.path().join("app.md"), "# Appendix B. Statements{#app-b}\n\n## B.1 Rows\n").unwrap();
        let b = bind(dir.path()).unwrap();
        let n = b.numbering();
        let mut numbers: Vec<&str> = n.numbers.values().map(String::as_str).collect();
        numbers.sort();
        assert_eq!(numbers, ["1", "1.1", "1.2", "1.2.1"]);
        assert_eq!(n.xrefs["strings"], "1.2.1 \"Strings\"");
        assert_eq!(n.xrefs["terms"], "1.1 \"Terms\"");
        assert_eq!(n.xrefs["app-b"], "Appendix B \"Statements\"");
        assert_eq!(n.xrefs["b.1-rows"], "B.1 \"Rows\"");
    }
}
