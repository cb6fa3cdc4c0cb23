//! Shared by the integration tests: where the real spec documents are.
#![allow(dead_code)]

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
    v
}
