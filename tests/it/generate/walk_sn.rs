//! The MQTT-SN v2.0 working draft through every form its TC produced, in
//! date order (editor exports in Markdown and HTML, the build in both, then
//! the multi-file source), as a team would follow it: generate, write every
//! test by hand, then with each new form accept what a person reviewed
//! (renames and rewordings) and regenerate. No byte written by hand may be
//! lost, every statement of every form must end up with a test, and every
//! id change whose text stayed the same must be reported as a rename, never
//! as an orphan plus a new skeleton. What the generator reports is compared
//! with what this test computes from the lists alone.

use crate::support;
use crate::support::generating::{expected, read, reported, tree, Model};
use specgen::generate::accept::{plan_accept, plan_rename};
use specgen::generate::{plan_document, Plan, Templates};
use specgen::ingest::Format;
use std::collections::BTreeSet;

const FORMS: [(&str, Format); 11] = [
    ("snapshots/2024-07-24.md", Format::Markdown),
    ("snapshots/2024-07-24.html", Format::Html),
    ("snapshots/2024-10-30.md", Format::Markdown),
    ("snapshots/2024-10-30.html", Format::Html),
    ("snapshots/2025-05-22.md", Format::Markdown),
    ("snapshots/2025-05-22.html", Format::Html),
    ("snapshots/2025-10-07.md", Format::Markdown),
    ("snapshots/2025-10-07.html", Format::Html),
    ("built/2026-07-14.md", Format::Markdown),
    ("built/2026-07-14.html", Format::Html),
    ("source/2026-08-18", Format::Parts),
];

/// Every file of the tree as one text.
fn all_text(dir: &std::path::Path) -> String {
    tree(dir).into_values().map(|b| String::from_utf8(b).unwrap()).collect::<Vec<_>>().join("\n")
}

/// Fills every skeleton body with hand-written code that names where and
/// when it was written; returns the fragments.
fn write_by_hand(dir: &std::path::Path, step: usize) -> Vec<String> {
    let mut fragments = Vec::new();
    for (path, bytes) in tree(dir) {
        let src = String::from_utf8(bytes).unwrap();
        if !src.contains("todo!()") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let mut out = String::new();
        for (n, piece) in src.split("    todo!()\n").enumerate() {
            if n > 0 {
                let fragment =
                    format!("    let hand = \"{name}#{n} at step {step}\";\n    assert!(!hand.is_empty());\n");
                out.push_str(&fragment);
                fragments.push(fragment);
            }
            out.push_str(piece);
        }
        // A note between items, too.
        let note = format!("\n// Hand-written note, step {step}: keep me.\n");
        out.push_str(&note);
        fragments.push(note);
        std::fs::write(&path, out.replace("#[ignore = \"skeleton\"]\n", "")).unwrap();
    }
    fragments
}

#[test]
fn hand_written_tests_survive_the_mqtt_sn_series() {
    let base = support::spec("mqtt-sn-v2.0-wd");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mqtt_sn_v2_0");
    let mut model: Model = Vec::new();
    let mut hand: Vec<String> = Vec::new();
    let (mut renames, mut rewordings, mut orphans) = (0, 0, BTreeSet::new());
    for (step, (rel, format)) in FORMS.iter().enumerate() {
        let list = read(&base.join(rel), *format);
        let want = expected(&model, &list);
        let plan = plan_document(&list, &dir, &Templates::builtin()).unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(reported(&plan.report), want, "{rel}: findings differ from the lists' own");
        // A text that is still in the draft, under an id no test names, is never an orphan.
        for o in &plan.report.orphans {
            let fp = &model.iter().find(|(id, _)| *id == o.id).unwrap().1;
            assert!(
                !list.statements.iter().any(|s| &s.fingerprint == fp && !model.iter().any(|(id, _)| *id == s.id)),
                "{rel}: {} reported orphan, but its text lives on",
                o.id
            );
        }
        Plan { documents: vec![plan] }.apply().unwrap();

        // The review: follow renames, accept rewordings.
        for (old, new) in &want.renumbered {
            plan_rename(&list, &dir, old, new).unwrap().apply().unwrap();
            let fp = list.get(new).unwrap().fingerprint.clone();
            model.retain(|(id, _)| id != old);
            model.push((new.clone(), fp));
            renames += 1;
        }
        let stale: Vec<String> = want.stale.iter().map(|(id, _)| id.clone()).collect();
        if !stale.is_empty() {
            plan_accept(&list, &dir, &stale).unwrap().apply().unwrap();
            for (id, fp) in model.iter_mut().filter(|(id, _)| stale.contains(id)) {
                *fp = list.get(id).unwrap().fingerprint.clone();
            }
            rewordings += stale.len();
        }
        model.extend(want.new.iter().map(|id| (id.clone(), list.get(id).unwrap().fingerprint.clone())));
        orphans.extend(want.orphans.iter().cloned());
        hand.extend(write_by_hand(&dir, step));

        // Nothing written by hand is lost.
        let text = all_text(&dir);
        for f in &hand {
            assert!(text.contains(f.as_str()), "{rel}: lost a hand-written fragment: {f}");
        }
        // Every statement of this form has a test, and the tree is settled.
        for s in &list.statements {
            assert!(
                model.iter().any(|(id, fp)| *id == s.id && *fp == s.fingerprint),
                "{rel}: {} has no current test",
                s.id
            );
        }
        let again = plan_document(&list, &dir, &Templates::builtin()).unwrap();
        assert!(again.report.new.is_empty() && again.report.stale.is_empty() && again.report.renumbered.is_empty());
    }
    // The series really moves: statements are renamed and reworded on the way.
    assert!(renames > 50, "{renames} renames");
    assert!(rewordings > 10, "{rewordings} rewordings");
    println!(
        "{} statements with tests, {renames} renames, {rewordings} rewordings, {} orphans",
        model.len(),
        orphans.len()
    );
}
