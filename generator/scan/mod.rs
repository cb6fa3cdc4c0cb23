//! Finds every annotated test and waiver in a test tree with syn.
//!
//! Test names follow Cargo's layout so they can be joined with test results:
//! `tests/<bin>/main.rs` and its module files form test binary `<bin>`;
//! `tests/<bin>.rs` is binary `<bin>`; a function's result name is its module
//! path inside the binary (`s3_1_connect::mqtt_3_1_0_1_...`).

use crate::annotation::{parse_covers, parse_waive, Covers, Waive};
use crate::diag::Diagnostic;
use crate::model::SourceLocation;
pub use crate::source::{parse_error, LineIndex};
use std::ops::Range;
use std::path::{Path, PathBuf};
use syn::spanned::Spanned;

/// A `covers` annotation where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoversAt {
    pub covers: Covers,
    pub line: u32,
    /// Byte range of the whole `#[...]` in the file.
    pub span: Range<usize>,
    /// Byte ranges of the id and `fp` string literals (quotes included):
    /// what `accept` rewrites.
    pub id_span: Range<usize>,
    pub fp_span: Range<usize>,
}

/// A `waive!` where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaiverAt {
    pub waive: Waive,
    pub line: u32,
    pub span: Range<usize>,
}

/// A function carrying at least one `covers` annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestFn {
    pub name: String,
    /// Inline `mod` blocks between the file and the function.
    pub modules: Vec<String>,
    /// Line of the `fn` keyword's item (first attribute excluded).
    pub line: u32,
    pub covers: Vec<CoversAt>,
    /// `Some(reason)` when `#[ignore]`d; the reason is empty for a bare `#[ignore]`.
    pub ignored: Option<String>,
    /// The body is still nothing but the generated `todo!()`.
    pub skeleton: bool,
    /// Has `#[test]` (or another `*::test` attribute).
    pub is_test: bool,
    /// Byte range of the whole item, attributes and doc comments included.
    pub span: Range<usize>,
}

/// One scanned file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScannedFile {
    /// Path as given to the scanner (relative to the tree root for trees).
    pub path: PathBuf,
    /// Test binary the file belongs to, when it lies under a tests root.
    pub binary: Option<String>,
    /// Module path of the file inside its binary (`["s3_1_connect"]`).
    pub module: Vec<String>,
    pub tests: Vec<TestFn>,
    pub waivers: Vec<WaiverAt>,
    /// `#[test]` functions with no `covers` annotation (helpers' own tests),
    /// by result name: their results are expected, not unknown.
    pub unannotated: Vec<String>,
    /// Malformed annotations: reported, never silently skipped.
    pub problems: Vec<Diagnostic>,
}

impl ScannedFile {
    /// The result names of the file's unannotated tests (`module::path::fn`).
    pub fn unannotated_names(&self) -> impl Iterator<Item = String> + '_ {
        self.unannotated
            .iter()
            .map(|n| self.module.iter().map(String::as_str).chain([n.as_str()]).collect::<Vec<_>>().join("::"))
    }

    /// The name a test result carries: `module::path::fn`.
    pub fn result_name(&self, t: &TestFn) -> String {
        let mut parts: Vec<&str> = self.module.iter().map(String::as_str).collect();
        parts.extend(t.modules.iter().map(String::as_str));
        parts.push(&t.name);
        parts.join("::")
    }
}

/// Scans one file's text.
pub fn scan_source(path: &Path, src: &str) -> Result<ScannedFile, Diagnostic> {
    let label = path.display().to_string();
    let file = syn::parse_file(src).map_err(|e| parse_error(&label, src, &e))?;
    let index = LineIndex::new(src);
    let mut out = ScannedFile { path: path.to_path_buf(), ..Default::default() };
    walk(&file.items, &mut Vec::new(), &index, &label, &mut out);
    Ok(out)
}

fn walk(items: &[syn::Item], modules: &mut Vec<String>, index: &LineIndex, label: &str, out: &mut ScannedFile) {
    for item in items {
        match item {
            syn::Item::Fn(f) => scan_fn(f, modules, index, label, out),
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    modules.push(m.ident.to_string());
                    walk(inner, modules, index, label, out);
                    modules.pop();
                }
            }
            syn::Item::Macro(m) => {
                if let Some(parsed) = parse_waive(&m.mac) {
                    let line = m.span().start().line as u32;
                    match parsed {
                        Ok(waive) => out.waivers.push(WaiverAt { waive, line, span: index.range(m.span()) }),
                        Err(msg) => out.problems.push(annotation_problem(label, index, m.span(), msg)),
                    }
                }
            }
            _ => {}
        }
    }
}

fn annotation_problem(label: &str, index: &LineIndex, span: proc_macro2::Span, msg: String) -> Diagnostic {
    let start = span.start();
    let text = index.line_text(start.line);
    Diagnostic::error("malformed-annotation", msg, SourceLocation::line(label, start.line as u32))
        .with_snippet(text, 0..text.len())
}

fn scan_fn(f: &syn::ItemFn, modules: &[String], index: &LineIndex, label: &str, out: &mut ScannedFile) {
    let mut covers = Vec::new();
    let mut ignored = None;
    let mut is_test = false;
    for attr in &f.attrs {
        if let Some(parsed) = parse_covers(attr) {
            match parsed {
                Ok(c) => covers.push(CoversAt {
                    covers: Covers { id: c.id.value, fp: c.fp.value },
                    line: attr.span().start().line as u32,
                    span: index.range(attr.span()),
                    id_span: index.range(c.id.span),
                    fp_span: index.range(c.fp.span),
                }),
                Err(msg) => out.problems.push(annotation_problem(label, index, attr.span(), msg)),
            }
        } else if attr.path().is_ident("ignore") {
            ignored = Some(match &attr.meta {
                syn::Meta::NameValue(nv) => match &nv.value {
                    syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => s.value(),
                    _ => String::new(),
                },
                _ => String::new(),
            });
        } else if attr.path().segments.last().is_some_and(|s| s.ident == "test") {
            is_test = true;
        }
    }
    if covers.is_empty() {
        if is_test {
            let mut path: Vec<&str> = modules.iter().map(String::as_str).collect();
            let name = f.sig.ident.to_string();
            path.push(&name);
            out.unannotated.push(path.join("::"));
        }
        return;
    }
    out.tests.push(TestFn {
        name: f.sig.ident.to_string(),
        modules: modules.to_vec(),
        line: f.sig.fn_token.span.start().line as u32,
        covers,
        ignored,
        skeleton: is_skeleton_body(&f.block),
        is_test,
        span: index.range(f.span()),
    });
}

/// True when the body is only `todo!(...)`: what `generate` writes.
pub fn is_skeleton_body(block: &syn::Block) -> bool {
    match block.stmts.as_slice() {
        [syn::Stmt::Macro(m)] => m.mac.path.is_ident("todo"),
        [syn::Stmt::Expr(syn::Expr::Macro(m), _)] => m.mac.path.is_ident("todo"),
        _ => false,
    }
}

/// Where a file under a tests root sits in Cargo's test layout.
pub fn test_location(root: &Path, file: &Path) -> (Option<String>, Vec<String>) {
    let Ok(rel) = file.strip_prefix(root) else { return (None, Vec::new()) };
    let parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    match parts.as_slice() {
        [] => (None, Vec::new()),
        [single] => (Some(single.trim_end_matches(".rs").to_string()), Vec::new()),
        [bin, rest @ ..] => {
            let mut module: Vec<String> = rest.iter().map(|p| p.trim_end_matches(".rs").to_string()).collect();
            if module.last().is_some_and(|m| m == "main" || m == "mod") {
                module.pop();
            }
            (Some(bin.clone()), module)
        }
    }
}

/// Every `.rs` file under `root`, sorted, scanned. Files that do not parse
/// are returned as errors (all of them, not just the first).
pub fn scan_tree(root: &Path) -> Result<Vec<ScannedFile>, Vec<Diagnostic>> {
    scan_tree_sources(root).map(|v| v.into_iter().map(|(f, _)| f).collect())
}

/// [`scan_tree`], also returning each file's text: `generate` edits files by
/// the byte spans found here, so it must hold the very text that was scanned.
pub fn scan_tree_sources(root: &Path) -> Result<Vec<(ScannedFile, String)>, Vec<Diagnostic>> {
    let (files, errors) = scan_tree_all(root)?;
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// The files that parsed (each with its source text) and the errors of
/// those that did not.
pub type ScannedTree = (Vec<(ScannedFile, String)>, Vec<Diagnostic>);

/// Every file that parses, and the errors of those that do not: for callers
/// that report every problem of a tree at once (`matrix` lists unparsable
/// files and malformed annotations together before refusing to write).
pub fn scan_tree_all(root: &Path) -> Result<ScannedTree, Vec<Diagnostic>> {
    let mut paths = Vec::new();
    collect_rs(root, &mut paths).map_err(|e| {
        vec![Diagnostic::error(
            "unreadable-test-tree",
            format!("cannot read: {e}"),
            SourceLocation { file: root.display().to_string(), ..Default::default() },
        )]
    })?;
    paths.sort();
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                errors.push(Diagnostic::error(
                    "unreadable-test-file",
                    format!("cannot read: {e}"),
                    SourceLocation { file: path.display().to_string(), ..Default::default() },
                ));
                continue;
            }
        };
        match scan_source(&path, &src) {
            Ok(mut f) => {
                let (binary, module) = test_location(root, &path);
                f.binary = binary;
                f.module = module;
                files.push((f, src));
            }
            Err(d) => errors.push(d),
        }
    }
    Ok((files, errors))
}

fn collect_rs(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect_rs(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r#"
use helper::*;

/// Doc.
#[specgen::covers("MQTT-1.1.0-1", fp = "00000000")]
#[test]
#[ignore = "skeleton"]
fn first() {
    todo!()
}

mod inner {
    #[specgen::covers("MQTT-1.1.0-2", fp = "11111111")]
    #[specgen::covers("MQTT-1.1.0-3", fp = "22222222")]
    #[test]
    fn second() { assert_eq!(1, 1); }
}

specgen::waive!("MQTT-1.1.0-4", reason = "client only");
#[specgen::covers("MQTT-1.1.0-5")]
fn bad() {}
"#;

    #[test]
    fn finds_tests_waivers_and_problems() {
        let f = scan_source(Path::new("x.rs"), SRC).unwrap();
        assert_eq!(f.tests.len(), 2);
        let first = &f.tests[0];
        assert_eq!((first.name.as_str(), first.skeleton, first.ignored.as_deref()), ("first", true, Some("skeleton")));
        assert_eq!(&SRC[first.covers[0].span.clone()], r#"#[specgen::covers("MQTT-1.1.0-1", fp = "00000000")]"#);
        let second = &f.tests[1];
        assert_eq!(
            (second.modules.clone(), second.skeleton, second.covers.len()),
            (vec!["inner".to_string()], false, 2)
        );
        assert_eq!(f.waivers[0].waive.reason, "client only");
        assert_eq!(f.problems.len(), 1);
        assert!(f.unannotated.is_empty(), "`bad` has no #[test]");
        assert_eq!(f.problems[0].location.line, Some(20));
    }

    #[test]
    fn parse_errors_name_the_line() {
        let e = scan_source(Path::new("broken.rs"), "fn ok() {}\nfn broken( {\n").unwrap_err();
        assert_eq!(e.location.file, "broken.rs");
        assert!(e.location.line.is_some());
    }

    #[test]
    fn cargo_layout() {
        let root = Path::new("/t");
        assert_eq!(test_location(root, Path::new("/t/a/main.rs")), (Some("a".into()), vec![]));
        assert_eq!(test_location(root, Path::new("/t/a/s3.rs")), (Some("a".into()), vec!["s3".into()]));
        assert_eq!(test_location(root, Path::new("/t/b.rs")), (Some("b".into()), vec![]));
    }
}
