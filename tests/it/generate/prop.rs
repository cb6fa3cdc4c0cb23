//! Property: whatever people write into the tree and however the draft
//! changes (statements added, removed, reworded, renumbered), regeneration
//! keeps every user fragment verbatim and in order, reports exactly what the
//! two lists say, and a second run changes nothing.

use crate::support::generating;

use generating::{expected, generate, in_order, list, only_insertions, reported, statement, tree, Model};
use proptest::prelude::*;
use specgen::generate::{plan_document, Plan, Templates};
use specgen::model::{Statement, StatementList};
use specgen::scan::scan_source;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const SECTIONS: [&str; 4] = ["1.1", "1.2", "2.1", "3.4"];
const WORDS: [&str; 8] = ["packet", "session", "topic", "retain", "flag", "broker", "queue", "timer"];

fn text(seed: usize) -> String {
    format!(
        "The Server MUST keep the {} {} {} number {seed} until the Client sends it again.",
        WORDS[seed % 8],
        WORDS[(seed / 8) % 8],
        WORDS[(seed / 64) % 8]
    )
}

#[derive(Debug, Clone)]
enum Change {
    Add { section: usize, seed: usize },
    Remove(usize),
    Reword(usize),
    Renumber(usize),
}

#[derive(Debug, Clone)]
enum UserEdit {
    /// Fill the body of the n-th skeleton.
    Body(usize),
    /// Put a comment and a helper after the n-th test.
    Between(usize),
}

fn change() -> impl Strategy<Value = Change> {
    prop_oneof![
        (0..5usize, 0..10_000usize).prop_map(|(section, seed)| Change::Add { section, seed }),
        (0..64usize).prop_map(Change::Remove),
        (0..64usize).prop_map(Change::Reword),
        (0..64usize).prop_map(Change::Renumber),
    ]
}

fn user_edit() -> impl Strategy<Value = UserEdit> {
    prop_oneof![(0..64usize).prop_map(UserEdit::Body), (0..64usize).prop_map(UserEdit::Between)]
}

fn base(sizes: &[usize]) -> StatementList {
    let mut v = Vec::new();
    for (i, n) in sizes.iter().enumerate() {
        for k in 1..=*n {
            v.push(statement(SECTIONS[i], k, &text(i * 100 + k)));
        }
    }
    list(v)
}

fn apply_changes(l: &StatementList, changes: &[Change]) -> StatementList {
    let mut v: Vec<Statement> = l.statements.clone();
    let mut next = 500;
    for c in changes {
        next += 1;
        match *c {
            Change::Add { section, seed } => {
                let sec = if section < SECTIONS.len() { SECTIONS[section] } else { "5.1" };
                let s = statement(sec, next, &text(seed * 7 + next));
                // Keep spec order: after the last statement of its section.
                let at = v.iter().rposition(|x| x.section == sec).map(|i| i + 1).unwrap_or(v.len());
                v.insert(at, s);
            }
            Change::Remove(i) if !v.is_empty() => {
                v.remove(i % v.len());
            }
            Change::Reword(i) if !v.is_empty() => {
                let k = i % v.len();
                let s = &v[k];
                v[k] = Statement::new(
                    s.id.clone(),
                    s.section.clone(),
                    s.section_title.clone(),
                    &format!("{} Reworded {next}.", s.text),
                    s.source.clone(),
                );
            }
            Change::Renumber(i) if !v.is_empty() => {
                let k = i % v.len();
                let s = &v[k];
                let id = format!("T-{}.0-{next}", s.section);
                v[k] = Statement::new(id, s.section.clone(), s.section_title.clone(), &s.text, s.source.clone());
            }
            _ => {}
        }
    }
    list(v)
}

/// Applies the user edits one at a time (re-scanning in between), returning
/// the fragments written, per file. Every edit lands: a `Body` edit fills the
/// n-th test that is still a skeleton (skipped only when none is left), a
/// `Between` edit follows the n-th test; a target that cannot be found fails
/// the test rather than quietly shrinking the case.
fn apply_user_edits(dir: &Path, edits: &[UserEdit]) -> BTreeMap<PathBuf, Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "main.rs")
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no section file in {}", dir.display());
    let mut written: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    let mut applied = 0;
    let mut no_skeleton_left = 0;
    for (n, e) in edits.iter().enumerate() {
        // Every test of every section file, in file order, with its file's text.
        let mut tests = Vec::new();
        for path in &files {
            let src = std::fs::read_to_string(path).unwrap();
            let scanned = scan_source(path, &src).unwrap().tests;
            assert!(!scanned.is_empty(), "{}: no test found", path.display());
            tests.extend(scanned.into_iter().map(|t| (path.clone(), src.clone(), t)));
        }
        let (path, frag, new) = match e {
            UserEdit::Body(k) => {
                let skeletons: Vec<_> = tests.iter().filter(|(_, _, t)| t.skeleton).collect();
                if skeletons.is_empty() {
                    no_skeleton_left += 1;
                    continue;
                }
                let (path, src, t) = skeletons[k % skeletons.len()];
                let at = src[t.span.clone()]
                    .rfind("{\n    todo!()\n}")
                    .unwrap_or_else(|| panic!("{}: skeleton `{}` has no `todo!()` body", path.display(), t.name));
                let frag = format!("{{\n    /* user-body-{n} */\n    let x = {n};\n    assert_eq!(x, {n});\n}}");
                let at = t.span.start + at;
                let new = format!("{}{frag}{}", &src[..at], &src[t.span.end..]);
                (path, frag, new)
            }
            UserEdit::Between(k) => {
                let (path, src, t) = &tests[k % tests.len()];
                let frag = format!("\n\n// user-between-{n}: a note\nfn user_helper_{n}() -> u32 {{\n    {n}\n}}");
                let new = format!("{}{frag}{}", &src[..t.span.end], &src[t.span.end..]);
                (path, frag, new)
            }
        };
        std::fs::write(path, new).unwrap();
        written.entry(path.clone()).or_default().push(frag);
        applied += 1;
    }
    assert_eq!(applied + no_skeleton_left, edits.len());
    assert_eq!(written.values().map(Vec::len).sum::<usize>(), applied, "an edit overwrote another");
    // The order they stand in now, which every later run must keep.
    for (path, frags) in written.iter_mut() {
        let src = std::fs::read_to_string(path).unwrap();
        for f in frags.iter() {
            assert!(src.contains(f.as_str()), "{}: a later edit removed {f:?}", path.display());
        }
        frags.sort_by_key(|f| src.find(f.as_str()).unwrap());
    }
    written
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: crate::support::regressions(), ..ProptestConfig::default() })]

    #[test]
    fn regeneration_keeps_user_text_and_is_idempotent(
        sizes in proptest::collection::vec(1..5usize, 4),
        edits in proptest::collection::vec(user_edit(), 0..8),
        changes in proptest::collection::vec(change(), 0..8),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("doc");
        let l0 = base(&sizes);
        generate(&l0, &dir);
        let fragments = apply_user_edits(&dir, &edits);
        let l1 = apply_changes(&l0, &changes);
        let model: Model = l0.statements.iter().map(|s| (s.id.clone(), s.fingerprint.clone())).collect();

        let before = tree(&dir);
        let plan = generate(&l1, &dir);
        prop_assert_eq!(reported(&plan.report), expected(&model, &l1));
        let after = tree(&dir);
        for (path, old) in &before {
            let new = String::from_utf8(after[path].clone()).unwrap();
            prop_assert!(only_insertions(std::str::from_utf8(old).unwrap(), &new), "{} changed", path.display());
        }
        for (path, frags) in &fragments {
            let text = String::from_utf8(after[path].clone()).unwrap();
            if let Err(e) = in_order(&text, frags) {
                prop_assert!(false, "{}: {}", path.display(), e);
            }
        }
        // Idempotent: a second run plans nothing and writes nothing.
        let again = plan_document(&l1, &dir, &Templates::builtin()).unwrap();
        let up_to_date = Plan { documents: vec![again.clone()] }.is_up_to_date();
        prop_assert!(up_to_date, "second plan not empty");
        generate(&l1, &dir);
        prop_assert_eq!(tree(&dir), after);
    }
}
