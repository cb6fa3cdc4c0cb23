//! Where and whether regeneration inserts: spec order, inline modules,
//! name collisions, CRLF files, and statements covered or waived by hand.
//!
//! Each case is a folder in `merge_cases/`, inputs beside the expected
//! output: `before/` (a document's test folder as a person left it),
//! `statements.txt` (the new draft: one statement a line, `<section> <n>
//! <text>`, read as `T-<section>.0-<n>`) and `after/` (the folder once
//! `generate` has run). The test regenerates a copy of `before/` and compares
//! every byte with `after/`; a second run must change nothing. After a
//! deliberate change of the generator, `SPECGEN_BLESS=1` rewrites `after/`
//! (review the diff).

use crate::support::generating::{generate, list, only_insertions, statement, tree, Tree};
use specgen::model::StatementList;
use std::path::{Path, PathBuf};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/it/generate/merge_cases")
}

fn read_statements(path: &Path) -> StatementList {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    list(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let mut parts = l.splitn(3, ' ');
                let (sec, n, text) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
                statement(sec, n.parse().unwrap_or_else(|_| panic!("{}: bad line {l:?}", path.display())), text)
            })
            .collect(),
    )
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_tree(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A tree keyed by paths relative to its root.
fn relative(t: Tree, root: &Path) -> Tree {
    t.into_iter().map(|(p, b)| (p.strip_prefix(root).unwrap().to_path_buf(), b)).collect()
}

fn run_case(name: &str) {
    let case = cases_dir().join(name);
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    copy_tree(&case.join("before"), &dir);
    let before = relative(tree(&dir), &dir);
    assert!(!before.is_empty(), "{name}: empty before/");
    let l = read_statements(&case.join("statements.txt"));
    generate(&l, &dir);
    let got = relative(tree(&dir), &dir);
    if std::env::var_os("SPECGEN_BLESS").is_some() {
        let _ = std::fs::remove_dir_all(case.join("after"));
        copy_tree(&dir, &case.join("after"));
        let _ = std::fs::remove_file(case.join("after").join(specgen::generate::LOCK_FILE));
    }
    let want = relative(tree(&case.join("after")), &case.join("after"));
    for (p, w) in &want {
        let g = got.get(p).unwrap_or_else(|| panic!("{name}: {} not written", p.display()));
        assert!(g == w, "{name}: {} differs from after/:\n{}", p.display(), String::from_utf8_lossy(g));
    }
    let extra: Vec<_> = got.keys().filter(|p| !want.contains_key(*p)).collect();
    assert!(extra.is_empty(), "{name}: files not in after/: {extra:?}");
    // Regeneration only inserts whole lines into existing files.
    for (p, old) in &before {
        let (old, new) = (String::from_utf8_lossy(old), String::from_utf8_lossy(&got[p]));
        assert!(only_insertions(&old, &new), "{name}: {} lost or changed a line", p.display());
    }
    // And a second run has nothing left to do.
    generate(&l, &dir);
    assert_eq!(relative(tree(&dir), &dir), got, "{name}: second run changed files");
}

/// A statement inserted between two others gets its test right after the
/// test of the one before it.
#[test]
fn new_statement_goes_after_the_test_of_the_one_before_it() {
    run_case("after_previous_statement");
}

/// A test moved by hand into an inline module, and a helper that takes the
/// name the next skeleton would get: the skeleton is indented in the module
/// and named `_2`.
#[test]
fn inline_modules_get_indented_skeletons_and_names_do_not_collide() {
    run_case("inline_module_and_name_collision");
}

#[test]
fn crlf_files_stay_crlf() {
    run_case("crlf_file");
}

/// A statement covered by a hand-written test and one waived, both in a file
/// of their own: only the third new statement gets a skeleton.
#[test]
fn statements_covered_or_waived_by_hand_anywhere_are_not_added() {
    run_case("covered_or_waived_by_hand");
}

/// Every case folder is run by one of the tests above.
#[test]
fn every_case_has_a_test() {
    let mut names: Vec<String> = std::fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["after_previous_statement", "covered_or_waived_by_hand", "crlf_file", "inline_module_and_name_collision"]
    );
    for n in &names {
        for part in ["before", "after", "statements.txt"] {
            assert!(cases_dir().join(n).join(part).exists(), "{n}/{part} missing");
        }
    }
}
