//! The eight MQTT 3.1.1 working drafts, oldest first: generate from the
//! first, write tests by hand, regenerate with every later draft. Every
//! hand-written byte must survive, and new / stale / orphan / renumbered must
//! be reported exactly as the two lists (not the report code) say.

use crate::support;
use crate::support::generating;

use generating::{expected, generate, in_order, only_insertions, read, reported, tree, Expected, Model};
use specgen::generate::accept::plan_accept;
use specgen::generate::{plan_document, Plan, Templates};
use specgen::ingest::Format;
use specgen::model::StatementList;
use specgen::scan::scan_source;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn file_of(dir: &Path, prefix: &str) -> PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no file {prefix}* in {}", dir.display()))
}

/// Replaces the text of the test covering `id` with `f(old item text)`.
fn edit_test(path: &Path, id: &str, f: impl FnOnce(&str) -> String) {
    let src = std::fs::read_to_string(path).unwrap();
    let scanned = scan_source(path, &src).unwrap();
    let t = scanned.tests.iter().find(|t| t.covers.iter().any(|c| c.covers.id == id)).expect("test for id");
    let new = format!("{}{}{}", &src[..t.span.start], f(&src[t.span.clone()]), &src[t.span.end..]);
    std::fs::write(path, new).unwrap();
}

fn append_after_test(path: &Path, id: &str, text: &str) {
    edit_test(path, id, |old| format!("{old}{text}"));
}

#[test]
fn hand_written_tests_survive_every_draft() {
    let drafts = support::working_drafts();
    assert_eq!(drafts.len(), 8);
    let lists: Vec<StatementList> = drafts.iter().map(|p| read(p, Format::Sheet)).collect();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mqtt_wd");

    // Draft 1: one skeleton per statement, in spec order.
    let first = generate(&lists[0], &dir);
    let all: Vec<String> = lists[0].statements.iter().map(|s| s.id.clone()).collect();
    assert_eq!(first.report.new.iter().map(|n| n.id.clone()).collect::<Vec<_>>(), all);
    assert!(first.report.stale.is_empty() && first.report.orphans.is_empty());
    let mut model: Model = lists[0].statements.iter().map(|s| (s.id.clone(), s.fingerprint.clone())).collect();

    // Hand work: fragments that must come through every regeneration verbatim.
    let mut fragments: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    let connect = file_of(&dir, "s3_1_");
    let body = "{\n    // Hand-written: the first packet must be CONNECT.\n    let first = [0x10u8, 0x0c];\n    \
                assert_eq!(first[0] >> 4, 1, \"CONNECT packet type\");\n}";
    edit_test(&connect, "MQTT-3.1.0-1", |old| {
        let old = old.replace("#[ignore = \"skeleton\"]\n", "");
        let at = old.rfind('{').unwrap();
        format!("{}{body}", &old[..at])
    });
    append_after_test(
        &connect,
        "MQTT-3.1.0-1",
        "\n\n/// Hand-written helper.\nfn connect_bytes() -> Vec<u8> {\n    vec![0x10, 0x00] // keep\n}",
    );
    edit_test(&connect, "MQTT-3.1.0-2", |old| {
        // Reformatted by hand: attributes on one line, a trailing comment.
        let attrs: Vec<&str> = old.lines().filter(|l| l.starts_with("#[")).collect();
        let name = old.lines().find(|l| l.starts_with("fn ")).unwrap();
        format!(
            "{}\n{} todo!() }} // reformatted by hand",
            attrs.join(" "),
            name.trim_end_matches(" {").to_string() + " {"
        )
    });
    let src = std::fs::read_to_string(&connect).unwrap();
    let src = src.replacen(
        "\nuse mqtt_conformance::*;\n",
        "\nuse mqtt_conformance::*;\nuse std::time::Duration; // hand import\n",
        1,
    );
    std::fs::write(&connect, &src).unwrap();
    fragments.insert(
        connect.clone(),
        vec![
            "use std::time::Duration; // hand import".into(),
            body.into(),
            "/// Hand-written helper.\nfn connect_bytes() -> Vec<u8> {\n    vec![0x10, 0x00] // keep\n}".into(),
            "todo!() } // reformatted by hand".into(),
        ],
    );
    let ops = file_of(&dir, "s4_3_");
    let between = "\n\n// Between items: notes on QoS 2 that a person wrote.\nconst RETRIES: u32 = 3;";
    let first_in_ops = lists[0].statements.iter().find(|s| s.id.starts_with("MQTT-4.3.")).unwrap().id.clone();
    append_after_test(&ops, &first_in_ops, between);
    fragments.insert(ops.clone(), vec![between.trim_start().into()]);
    let (a, b) = (lists[0].get("MQTT-3.1.2-1").unwrap(), lists[0].get("MQTT-3.1.2-2").unwrap());
    let hand = format!(
        "//! Tests written by hand.\n\n/// Covers two statements at once.\n#[specgen::covers(\"{}\", fp = \"{}\")]\n\
         #[specgen::covers(\"{}\", fp = \"{}\")]\n#[test]\nfn protocol_name_and_level() {{\n    assert!(true);\n}}\n\n\
         #[specgen::covers(\"MQTT-9.9.9-1\", fp = \"0badf00d\")]\n#[test]\nfn about_a_statement_never_in_the_spec() {{}}\n",
        a.id, a.fingerprint, b.id, b.fingerprint
    );
    std::fs::write(dir.join("hand_made.rs"), &hand).unwrap();
    fragments.insert(dir.join("hand_made.rs"), vec![hand.clone()]);
    let main = dir.join("main.rs");
    let main_src = std::fs::read_to_string(&main).unwrap() + "// hand-made tests\nmod hand_made;\n";
    std::fs::write(&main, &main_src).unwrap();
    fragments.insert(main.clone(), vec!["// hand-made tests\nmod hand_made;\n".into()]);
    model.push((a.id.clone(), a.fingerprint.clone()));
    model.push((b.id.clone(), b.fingerprint.clone()));
    model.push(("MQTT-9.9.9-1".into(), "0badf00d".into()));
    let orphan_line = hand.lines().position(|l| l.contains("MQTT-9.9.9-1")).unwrap() as u32 + 1;

    let mut seen = Expected::default();
    for (k, list) in lists.iter().enumerate().skip(1) {
        let before = tree(&dir);
        let want = expected(&model, list);
        let plan = generate(list, &dir);
        let r = &plan.report;
        let got = reported(r);
        assert_eq!(got, want, "draft {} ({})", k + 1, drafts[k].display());
        let orphan = r.orphans.iter().find(|o| o.id == "MQTT-9.9.9-1").unwrap();
        assert!(orphan.at.file.ends_with("hand_made.rs") && orphan.at.line == Some(orphan_line), "{orphan:?}");
        for s in &r.stale {
            assert_eq!(s.current, list.get(&s.id).unwrap().fingerprint);
        }

        let after = tree(&dir);
        for (path, old) in &before {
            let new = String::from_utf8(after[path].clone()).unwrap();
            assert!(only_insertions(&String::from_utf8_lossy(old), &new), "{} lost or changed text", path.display());
        }
        for (path, frags) in &fragments {
            in_order(&String::from_utf8(after[path].clone()).unwrap(), frags)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        // Idempotent: planning again changes nothing.
        let again = plan_document(list, &dir, &Templates::builtin()).unwrap();
        assert!(Plan { documents: vec![again] }.is_up_to_date());

        model.extend(r.new.iter().map(|n| (n.id.clone(), list.get(&n.id).unwrap().fingerprint.clone())));
        seen.new.extend(want.new);
        seen.stale.extend(want.stale);
        seen.renumbered.extend(want.renumbered);
    }
    // The real drafts, as the sheet reader reads them, change two texts
    // (MQTT-4.3.2-2 and MQTT-4.3.3-2) in the last draft.
    assert_eq!(seen.stale.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), vec!["MQTT-4.3.2-2", "MQTT-4.3.3-2"]);

    // Review done: accept rewrites only the two fp literals and the two
    // doc comments' quote and link.
    let last = lists.last().unwrap();
    let before = tree(&dir);
    let ids: Vec<String> = seen.stale.iter().map(|(id, _)| id.clone()).collect();
    let accepted = plan_accept(last, &dir, &ids).unwrap();
    accepted.apply().unwrap();
    let after = tree(&dir);
    let changed: Vec<&PathBuf> = before.keys().filter(|p| before[*p] != after[*p]).collect();
    assert_eq!(changed.len(), 1, "{changed:?}");
    let (old, new) = (String::from_utf8_lossy(&before[changed[0]]), String::from_utf8_lossy(&after[changed[0]]));
    let mut expect = old.to_string();
    let quote = |text: &str| {
        specgen::generate::skeleton::wrap(text, specgen::generate::skeleton::TEXT_WIDTH)
            .iter()
            .map(|l| format!("/// > {l}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    for (id, fp) in &seen.stale {
        let (was_list, was) = lists
            .iter()
            .find_map(|l| l.get(id).filter(|s| s.fingerprint == *fp).map(|s| (l, s)))
            .expect("the text the test was written against");
        let now = last.get(id).unwrap();
        let link = |s, l| format!("/// Spec: {}", specgen::generate::skeleton::link(s, l));
        expect = expect
            .replace(&format!("(\"{id}\", fp = \"{fp}\")"), &format!("(\"{id}\", fp = \"{}\")", now.fingerprint))
            .replacen(
                &format!("{}\n///\n{}", quote(&was.text), link(was, was_list)),
                &format!("{}\n///\n{}", quote(&now.text), link(now, last)),
                1,
            );
    }
    assert_eq!(new, expect);
    let again = plan_document(last, &dir, &Templates::builtin()).unwrap();
    assert!(again.report.stale.is_empty());
    assert_eq!(again.report.orphans.len(), 1);
}
