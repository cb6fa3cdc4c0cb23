//! `specgen generate` / `specgen accept` end to end: exit codes, messages,
//! and the exact bytes `accept` changes.

use crate::support::generating;

use crate::support::cli;
use generating::{project, synthetic, tree, write_list};
use specgen::model::Statement;
use std::path::Path;

fn specgen(root: &Path, args: &[&str]) -> (i32, String, String) {
    let r = cli::with_config(&root.join("spec/specgen.toml"), args);
    (r.code, r.stdout, r.stderr)
}

/// The one file that differs between two trees, as (old, new) text.
fn only_change(a: &generating::Tree, b: &generating::Tree) -> (String, String) {
    let changed: Vec<_> = a.keys().filter(|k| a.get(*k) != b.get(*k)).collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    (String::from_utf8(a[changed[0]].clone()).unwrap(), String::from_utf8(b[changed[0]].clone()).unwrap())
}

#[test]
fn check_generate_accept_and_rename() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let l = synthetic(2, 3);
    project(root, &l);

    let (code, out, _) = specgen(root, &["generate", "--check"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("new file") && out.contains("new line in main.rs") && out.contains("out of date"), "{out}");
    assert!(tree(root).keys().all(|p| !p.starts_with(root.join("tests"))), "--check wrote files");

    let (code, out, err) = specgen(root, &["generate"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("6 new, 0 stale, 0 renumbered, 0 orphan"), "{out}");
    let (code, out, _) = specgen(root, &["generate", "--check", "--deny", "stale,orphan,renumbered"]);
    assert_eq!((code, out.contains("skeletons up to date")), (0, true), "{out}");

    // Draft 2: the first statement reworded, the second renumbered.
    let mut next = l.clone();
    let a = next.statements[0].clone();
    next.statements[0] =
        Statement::new(&a.id, &a.section, &a.section_title, "The Server MUST do it otherwise.", a.source.clone());
    let b = next.statements[1].clone();
    next.statements[1] = Statement::new("T-1.2.0-99", &b.section, &b.section_title, &b.text, b.source.clone());
    write_list(root, &next);

    let (code, out, _) = specgen(root, &["generate", "--check"]);
    assert_eq!(code, 0, "findings alone do not fail without --deny: {out}");
    assert!(out.contains(&format!("stale: {}", a.id)) && out.contains(&format!("specgen accept {}", a.id)), "{out}");
    assert!(out.contains(&format!("renumbered: {} is now T-1.2.0-99", b.id)), "{out}");
    assert_eq!(specgen(root, &["generate", "--check", "--deny", "stale"]).0, 1);
    assert_eq!(specgen(root, &["generate", "--check", "--deny", "renumbered"]).0, 1);
    assert_eq!(specgen(root, &["generate", "--check", "--deny", "orphan"]).0, 0);

    // accept: only the fp literal changes.
    let before = tree(root);
    let (code, out, err) = specgen(root, &["accept", &a.id]);
    assert_eq!(code, 0, "{out}{err}");
    let (old, new) = only_change(&before, &tree(root));
    let fp_new = &next.statements[0].fingerprint;
    assert_eq!(new, old.replacen(&format!("fp = \"{}\"", a.fingerprint), &format!("fp = \"{fp_new}\""), 1));
    assert!(out.contains(&format!("fp {} -> {fp_new}", a.fingerprint)), "{out}");

    // accept --rename: only the id literal changes; the function keeps its name.
    let before = tree(root);
    let (code, out, err) = specgen(root, &["accept", "--rename", &b.id, "T-1.2.0-99"]);
    assert_eq!(code, 0, "{out}{err}");
    let (old, new) = only_change(&before, &tree(root));
    assert_eq!(new, old.replacen(&format!("covers(\"{}\"", b.id), "covers(\"T-1.2.0-99\"", 1));
    assert!(out.contains("keeps its name"), "{out}");
    let (code, out, _) = specgen(root, &["generate", "--check", "--deny", "stale,orphan,renumbered"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 new, 0 stale, 0 renumbered, 0 orphan"), "{out}");
}

#[test]
fn bad_input_exits_2_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    project(root, &synthetic(1, 2));
    assert_eq!(specgen(root, &["generate"]).0, 0);
    let main = root.join("tests/synthetic/main.rs");
    std::fs::write(&main, std::fs::read_to_string(&main).unwrap() + "mod broken {\n").unwrap();
    let before = tree(root);
    let (code, _, err) = specgen(root, &["generate", "--check"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("main.rs:") && err.contains("cannot parse Rust"), "{err}");
    let (code, _, err) = specgen(root, &["generate"]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(tree(root), before);

    std::fs::write(&main, String::from_utf8(before[&main].clone()).unwrap().replace("mod broken {\n", "")).unwrap();
    let (code, _, err) = specgen(root, &["accept", "T-9.9.0-9"]);
    assert_eq!(code, 2);
    assert!(err.contains("T-9.9.0-9"), "{err}");
}
