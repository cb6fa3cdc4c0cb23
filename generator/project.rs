//! The project every command works on, built once from `spec/specgen.toml`:
//! the config's own path, the documents that take part, each document's
//! statement list, test folder and test binary, and one scan of the test
//! tree routed per document. Commands take `&Project`; none of them resolves
//! a path or picks documents on its own.

use crate::config::{Config, ConfigError, Document};
use crate::diag::Diagnostic;
use crate::ingest::{self, interchange, Extraction, Format, IngestError, ReadOptions};
use crate::model::{SourceLocation, StatementList};
use crate::scan::{self, ScannedFile};
use sha2::{Digest, Sha256};
use std::path::{Component, Path, PathBuf};

/// The default config path, relative to the repository root.
pub const DEFAULT_CONFIG: &str = "spec/specgen.toml";

#[derive(Debug, Clone)]
pub struct Project {
    pub config: Config,
    /// The config file as given (`spec/specgen.toml`, or `--config`).
    config_path: PathBuf,
    /// Its folder: every relative path in the config is relative to it.
    root: PathBuf,
}

/// A request the project cannot serve. Each names the config file or the
/// file at fault.
#[derive(Debug, thiserror::Error)]
pub enum ProjectError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error("{config}: no document named `{name}` (the config has: {known})")]
    UnknownDocument { config: PathBuf, name: String, known: String },
    #[error("{config}: the config names no [[document]]")]
    NoDocuments { config: PathBuf },
    #[error("{path}: no statement list for `{document}`: run `specgen extract` first")]
    NoStatements { path: PathBuf, document: String },
    #[error("{0}")]
    Ingest(#[from] IngestError),
    #[error("{path}: cannot write: {message}")]
    Write { path: PathBuf, message: String },
}

/// How a document's file compares with the checksum the config pins.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checksum {
    Matches,
    /// A new draft, most likely: the file differs from the pinned one.
    Differs {
        pinned: String,
        actual: String,
    },
    NotPinned {
        actual: String,
    },
}

/// One version of a document in its series.
#[derive(Debug, Clone)]
pub struct Version {
    /// Its date, or the document's name when it has none.
    pub label: String,
    pub list: StatementList,
}

fn checksum(pinned: Option<&str>, bytes: &[u8]) -> Checksum {
    let actual = sha256_hex(bytes);
    match pinned {
        Some(p) if p.eq_ignore_ascii_case(&actual) => Checksum::Matches,
        Some(p) => Checksum::Differs { pinned: p.to_string(), actual },
        None => Checksum::NotPinned { actual },
    }
}

/// A tracked document, read.
#[derive(Debug, Clone)]
pub struct Extracted {
    pub extraction: Extraction,
    pub checksum: Checksum,
    /// Where its statement list goes.
    pub statements_path: PathBuf,
}

/// The test tree, scanned once: every file that parses, with its text (the
/// merge edits by the spans found here), and the diagnostics of those that
/// do not.
#[derive(Debug, Clone, Default)]
pub struct TestTree {
    pub root: PathBuf,
    pub files: Vec<(ScannedFile, String)>,
    pub unparsable: Vec<Diagnostic>,
}

impl Project {
    /// Reads the config file.
    pub fn load(config_path: &Path) -> Result<Project, ProjectError> {
        let config = Config::load(config_path)?;
        Ok(Project::new(config, config_path))
    }

    /// A project from a config already in memory, as if read from `config_path`.
    pub fn new(config: Config, config_path: &Path) -> Project {
        let root = config_path.parent().map(Path::to_path_buf).unwrap_or_default();
        Project { config, config_path: config_path.to_path_buf(), root }
    }

    pub fn config_path(&self) -> &Path {
        &self.config_path
    }

    /// A config path made absolute against the config's folder, written the
    /// short way (`spec/../generated` → `generated`).
    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            tidy(&self.root.join(p))
        }
    }

    pub fn tests_dir(&self) -> PathBuf {
        self.resolve(&self.config.project.tests_dir)
    }

    pub fn reports_dir(&self) -> PathBuf {
        self.resolve(&self.config.project.reports_dir)
    }

    pub fn templates_dir(&self) -> PathBuf {
        self.resolve(&self.config.project.templates_dir)
    }

    pub fn document_path(&self, doc: &Document) -> PathBuf {
        self.resolve(&doc.path)
    }

    pub fn statements_path(&self, doc: &Document) -> PathBuf {
        self.resolve(&self.config.project.statements_dir).join(format!("{}.json", doc.name))
    }

    /// The test binary (and folder name) of a document: `mqtt-v3.1.1` → `mqtt_v3_1_1`.
    pub fn test_binary(&self, doc: &Document) -> String {
        test_binary(&doc.name)
    }

    /// The document's test folder, `<tests_dir>/<test_binary>`.
    pub fn test_dir(&self, doc: &Document) -> PathBuf {
        self.tests_dir().join(self.test_binary(doc))
    }

    pub fn document(&self, name: &str) -> Result<&Document, ProjectError> {
        self.config.document(name).ok_or_else(|| ProjectError::UnknownDocument {
            config: self.config_path.clone(),
            name: name.to_string(),
            known: self.config.documents.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", "),
        })
    }

    /// The one rule for which documents a command covers: the ones named, or
    /// else those with `generate = true` (the documents the suite is written
    /// against), or else, when no document says so, all of them. An empty
    /// selection is an error, never a vacuous pass.
    pub fn select(&self, names: &[String]) -> Result<Vec<&Document>, ProjectError> {
        if self.config.documents.is_empty() {
            return Err(ProjectError::NoDocuments { config: self.config_path.clone() });
        }
        if !names.is_empty() {
            return names.iter().map(|n| self.document(n)).collect();
        }
        let flagged: Vec<&Document> = self.config.documents.iter().filter(|d| d.generate).collect();
        Ok(if flagged.is_empty() { self.config.documents.iter().collect() } else { flagged })
    }

    /// The reader options of a document: the id pattern, the party words,
    /// its name and URL.
    pub fn read_options(&self, doc: Option<&Document>) -> ReadOptions {
        ReadOptions {
            pattern: self.config.pattern(),
            actors: self.config.actors.clone(),
            name: doc.map(|d| d.name.clone()),
            url: doc.and_then(|d| d.url.clone()),
        }
    }

    /// The tracked document a path names, if any.
    pub fn tracked(&self, source: &Path) -> Option<&Document> {
        let wanted = std::fs::canonicalize(source).ok()?;
        self.config
            .documents
            .iter()
            .find(|d| std::fs::canonicalize(self.document_path(d)).ok().as_ref() == Some(&wanted))
    }

    /// Reads a tracked document (its format from the config, else the
    /// extension) and compares it with the pinned checksum. Writes nothing.
    pub fn extract(&self, doc: &Document) -> Result<Extracted, ProjectError> {
        let (bytes, extraction) = self.read_source(&doc.path, doc.format, &self.read_options(Some(doc)))?;
        let checksum = checksum(doc.sha256.as_deref(), &bytes);
        Ok(Extracted { extraction, checksum, statements_path: self.statements_path(doc) })
    }

    /// A document's versions, oldest first, each labelled with its date: its
    /// configured drafts (read now), then the document itself (its committed
    /// statement list).
    pub fn series(&self, doc: &Document) -> Result<Vec<Version>, ProjectError> {
        let mut out = Vec::new();
        for draft in &doc.drafts {
            let mut options = self.read_options(Some(doc));
            options.name = Some(format!("{}@{}", doc.name, draft.date));
            let (_, x) = self.read_source(&draft.path, draft.format, &options)?;
            out.push(Version { label: draft.date.clone(), list: x.list });
        }
        let label = doc.date.clone().unwrap_or_else(|| doc.name.clone());
        out.push(Version { label, list: self.statements(doc)? });
        Ok(out)
    }

    /// Reads a document file (or bound folder), returning the bytes its
    /// checksum covers and the extraction.
    fn read_source(
        &self,
        path: &Path,
        format: Option<Format>,
        options: &ReadOptions,
    ) -> Result<(Vec<u8>, Extraction), ProjectError> {
        let path = self.resolve(path);
        let format = format
            .or_else(|| Format::from_path(&path))
            .ok_or_else(|| IngestError::new(&path, "unknown format: set `format` for it in the config"))?;
        // A bound document's checksum covers bind.txt and every part, in order.
        if format == Format::Parts {
            let bytes = ingest::parts::bind(&path)?.bytes;
            return Ok((bytes, ingest::read_path(&path, Some(format), options)?));
        }
        let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => IngestError::new(&path, "no such file"),
            _ => IngestError::new(&path, format!("cannot read: {e}")),
        })?;
        let x = ingest::read_bytes(&bytes, &path.display().to_string(), format, options)?;
        Ok((bytes, x))
    }

    /// Writes an extracted list where the project keeps it (atomically).
    pub fn write_statements(&self, x: &Extracted) -> Result<(), ProjectError> {
        let path = &x.statements_path;
        let fail = |e: std::io::Error| ProjectError::Write { path: path.clone(), message: e.to_string() };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(fail)?;
        }
        crate::atomic::write(path, x.extraction.list.to_json().as_bytes()).map_err(fail)
    }

    /// True when the committed statement list is what extracting the
    /// document gives now, byte for byte.
    pub fn statements_fresh(&self, x: &Extracted) -> bool {
        std::fs::read(&x.statements_path).is_ok_and(|b| b == x.extraction.list.to_json().as_bytes())
    }

    /// A document's statement list as `specgen extract` wrote it, named as
    /// the config names the document, with its URL when the list has none.
    pub fn statements(&self, doc: &Document) -> Result<StatementList, ProjectError> {
        let path = self.statements_path(doc);
        let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                ProjectError::NoStatements { path: path.clone(), document: doc.name.clone() }
            }
            _ => ProjectError::Ingest(IngestError::new(&path, format!("cannot read the statement list: {e}"))),
        })?;
        let mut list = interchange::read_json(&bytes, &path.display().to_string())?.list;
        list.document.name = doc.name.clone();
        if list.document.url.is_none() {
            list.document.url = doc.url.clone();
        }
        Ok(list)
    }

    /// Scans the whole test tree once. A missing tree is an empty one; an
    /// unreadable one is an error.
    pub fn scan(&self) -> Result<TestTree, Vec<Diagnostic>> {
        let root = self.tests_dir();
        if !root.is_dir() {
            return Ok(TestTree { root, ..Default::default() });
        }
        let (files, unparsable) = scan::scan_tree_all(&root)?;
        Ok(TestTree { root, files, unparsable })
    }

    /// The document a scanned file's tests count for: the one whose test
    /// binary holds it (its own, or one of its `test_binaries`); with a
    /// single document, that one.
    pub fn route(&self, file: &ScannedFile) -> Option<&Document> {
        if let [only] = self.config.documents.as_slice() {
            return Some(only);
        }
        let bin = file.binary.as_deref()?;
        self.config.documents.iter().find(|d| self.test_binary(d) == bin || d.test_binaries.iter().any(|b| b == bin))
    }

    /// The config file as a diagnostic location.
    pub fn config_location(&self) -> SourceLocation {
        SourceLocation { file: self.config_path.display().to_string(), ..Default::default() }
    }
}

impl TestTree {
    /// The files inside `dir`, with their texts.
    pub fn under<'a>(&'a self, dir: &'a Path) -> impl Iterator<Item = &'a (ScannedFile, String)> + 'a {
        self.files.iter().filter(move |(f, _)| f.path.starts_with(dir))
    }

    /// The unparsable files inside `dir`.
    pub fn unparsable_under<'a>(&'a self, dir: &'a Path) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        self.unparsable.iter().filter(move |d| Path::new(&d.location.file).starts_with(dir))
    }
}

/// The test binary of a document name: snake case of its alphanumeric runs.
pub fn test_binary(document: &str) -> String {
    crate::model::rust_ident(document, "doc")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// `spec/../generated/tests` → `generated/tests`: config paths are joined to
/// the config's folder, and messages should name files the short way.
/// Lexical only (a `..` after a symlink is kept as the OS would not).
pub fn tidy(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_paths() {
        assert_eq!(tidy(Path::new("spec/../generated/tests")), Path::new("generated/tests"));
        assert_eq!(tidy(Path::new("../x/./y")), Path::new("../x/y"));
        assert_eq!(tidy(Path::new("a/..")), Path::new("."));
    }

    fn project(toml: &str) -> Project {
        Project::new(toml::from_str(toml).unwrap(), Path::new("spec/other.toml"))
    }

    #[test]
    fn paths_resolve_against_the_config_folder_once() {
        let p = project("[[document]]\nname = \"a-1.0\"\npath = \"sources/a.md\"\n");
        let doc = p.document("a-1.0").unwrap();
        assert_eq!(p.statements_path(doc), Path::new("spec/statements/a-1.0.json"));
        assert_eq!(p.test_dir(doc), Path::new("generated/tests/a_1_0"));
        assert_eq!(p.document_path(doc), Path::new("spec/sources/a.md"));
        let e = p.document("b").unwrap_err().to_string();
        assert!(e.starts_with("spec/other.toml: no document named `b`"), "{e}");
    }

    #[test]
    fn one_rule_selects_documents() {
        let p = project(
            "[[document]]\nname = \"a\"\npath = \"a.md\"\ngenerate = true\n[[document]]\nname = \"b\"\npath = \"b.md\"\n",
        );
        let names = |v: Vec<&Document>| v.iter().map(|d| d.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(p.select(&[]).unwrap()), ["a"]);
        assert_eq!(names(p.select(&["b".into()]).unwrap()), ["b"]);
        assert!(p.select(&["c".into()]).is_err());
        let none_flagged =
            project("[[document]]\nname = \"a\"\npath = \"a.md\"\n[[document]]\nname = \"b\"\npath = \"b.md\"\n");
        assert_eq!(names(none_flagged.select(&[]).unwrap()), ["a", "b"]);
        assert!(matches!(project("").select(&[]).map(|v| v.len()), Err(ProjectError::NoDocuments { .. })));
    }

    #[test]
    fn files_route_to_the_document_of_their_binary() {
        let p = project("[[document]]\nname = \"a\"\npath = \"a.md\"\n[[document]]\nname = \"b-2\"\npath = \"b.md\"\n");
        let file = |bin: &str| ScannedFile { binary: Some(bin.into()), ..Default::default() };
        assert_eq!(p.route(&file("b_2")).map(|d| d.name.as_str()), Some("b-2"));
        assert!(p.route(&file("harness")).is_none());
        let single = project("[[document]]\nname = \"a\"\npath = \"a.md\"\n");
        assert_eq!(single.route(&file("anything")).map(|d| d.name.as_str()), Some("a"));
    }
}
