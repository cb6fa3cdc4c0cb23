//! `specgen generate` / `specgen accept` end to end: exit codes, messages,
//! and the exact bytes `accept` changes.

use crate::support::cli;
use crate::support::generating::{self, project, synthetic, tree, write_list};
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

    // accept: only the fp literal and the quoted text change.
    let before = tree(root);
    let (code, out, err) = specgen(root, &["accept", &a.id]);
    assert_eq!(code, 0, "{out}{err}");
    let (old, new) = only_change(&before, &tree(root));
    let fp_new = &next.statements[0].fingerprint;
    let quoted = |text: &str| format!("/// > {text}\n");
    assert!(old.contains(&quoted(&a.text)), "{old}");
    assert_eq!(
        new,
        old.replacen(&format!("fp = \"{}\"", a.fingerprint), &format!("fp = \"{fp_new}\""), 1).replacen(
            &quoted(&a.text),
            &quoted("The Server MUST do it otherwise."),
            1
        )
    );
    assert!(out.contains(&format!("fp {} -> {fp_new}", a.fingerprint)), "{out}");

    // accept --rename: only the id literal and the id in the doc heading
    // change; the function keeps its name.
    let before = tree(root);
    let (code, out, err) = specgen(root, &["accept", "--rename", &b.id, "T-1.2.0-99"]);
    assert_eq!(code, 0, "{out}{err}");
    let (old, new) = only_change(&before, &tree(root));
    assert_eq!(
        new,
        old.replacen(&format!("covers(\"{}\"", b.id), "covers(\"T-1.2.0-99\"", 1).replacen(
            &format!("/// {} (", b.id),
            "/// T-1.2.0-99 (",
            1
        )
    );
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

/// The file of the test that covers `id`.
fn file_covering(root: &Path, id: &str) -> std::path::PathBuf {
    let needle = format!("covers(\"{id}\"");
    tree(root)
        .into_iter()
        .find(|(p, b)| p.extension().is_some_and(|e| e == "rs") && String::from_utf8_lossy(b).contains(&needle))
        .unwrap_or_else(|| panic!("no test covers {id}"))
        .0
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
fn set_mode(p: &Path, m: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
}

/// A person's test files keep their permissions when `generate` inserts
/// skeletons into them and when `accept` rewrites a fingerprint.
#[cfg(unix)]
#[test]
fn generate_and_accept_keep_the_file_mode() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let l = synthetic(2, 3);
    project(root, &l);
    assert_eq!(specgen(root, &["generate"]).0, 0);
    let first = l.statements[0].clone();
    let section = file_covering(root, &first.id);
    let main = root.join("tests/synthetic/main.rs");
    set_mode(&section, 0o750);
    set_mode(&main, 0o640);

    // A new statement in the first section (its file grows) and a new
    // section (main.rs gains a module).
    let mut next = l.clone();
    next.statements.insert(1, generating::statement(&first.section, 9, "The Server MUST also do this."));
    next.statements.push(generating::statement("4.4", 1, "The Server MUST do a new thing."));
    write_list(root, &next);
    let before = tree(root);
    let (code, out, err) = specgen(root, &["generate"]);
    assert_eq!(code, 0, "{out}{err}");
    let after = tree(root);
    assert_ne!(before[&section], after[&section], "generate did not touch {}", section.display());
    assert_ne!(before[&main], after[&main], "generate did not touch main.rs");
    assert_eq!((mode(&section), mode(&main)), (0o750, 0o640), "generate changed a mode");

    // The first statement reworded: accept rewrites its fp in place.
    next.statements[0] = Statement::new(
        &first.id,
        &first.section,
        &first.section_title,
        "The Server MUST do it otherwise.",
        first.source.clone(),
    );
    write_list(root, &next);
    set_mode(&section, 0o640);
    let (code, out, err) = specgen(root, &["accept", &first.id]);
    assert_eq!(code, 0, "{out}{err}");
    assert_ne!(after[&section], std::fs::read(&section).unwrap(), "accept did not touch {}", section.display());
    assert_eq!(mode(&section), 0o640, "accept changed the mode");
}
