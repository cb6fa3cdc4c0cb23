//! Shared by the integration tests: where the real spec documents are, the
//! one runner of the built binary (`cli`), and the skeleton helpers
//! (`generating`).
#![allow(dead_code)]

pub mod cli;
pub mod generating;

use std::path::PathBuf;

/// The real documents: `$SPECGEN_SPECS`, else `spec/sources` (a link to
/// `../shared/specs` that `.ci/run` and the README's set-up command make).
/// Missing documents fail the test loudly: a suite that silently skips its
/// real-data tests proves nothing.
pub fn specs_dir() -> PathBuf {
    let dir = std::env::var_os("SPECGEN_SPECS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/sources"));
    assert!(
        dir.join("SOURCES.md").exists(),
        "real spec documents not found in {} (set SPECGEN_SPECS or link spec/sources -> ../../shared/specs)",
        dir.display()
    );
    dir
}

pub fn spec(name: &str) -> PathBuf {
    specs_dir().join(name)
}

/// The eight working-draft sheets, oldest first.
pub fn working_drafts() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(specs_dir().join("mqtt-v3.1.1-wd-statements"))
        .expect("working-draft folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ods"))
        .collect();
    v.sort();
    // Loops over the drafts must not pass on an empty or partial folder.
    assert_eq!(v.len(), 8, "expected the 8 working drafts, found {v:?}");
    v
}

/// A reader's result as snapshot text: one line per statement (id, section,
/// levels, actor, line, text; the anchor too when asked), then the rendered
/// diagnostics.
pub fn summary(ex: &specgen::ingest::Extraction, with_anchor: bool) -> String {
    let mut out = String::new();
    for s in &ex.list.statements {
        out.push_str(&format!(
            "{} | {} {} | {:?} {:?} | line {} | {}\n",
            s.id,
            s.section,
            s.section_title,
            s.levels,
            s.actor,
            s.source.line.unwrap_or(0),
            s.text
        ));
        if with_anchor {
            out.push_str(&format!("  anchor: {}\n", s.anchor.as_deref().unwrap_or("-")));
        }
        if let Some(o) = &s.original_id {
            out.push_str(&format!("  original: {o}\n"));
        }
    }
    out.push_str("---\n");
    out.push_str(&specgen::diag::render_all(&ex.diagnostics));
    out
}

/// Where proptest keeps a test's failing cases: beside its source file
/// (`prop.rs` -> `prop.proptest-regressions`), not in a parallel tree.
pub fn regressions() -> Option<Box<dyn proptest::test_runner::FailurePersistence>> {
    Some(Box::new(proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions")))
}
