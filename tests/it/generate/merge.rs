//! Where and whether regeneration inserts: spec order, inline modules,
//! name collisions, CRLF files, and statements covered or waived by hand.

use crate::support::generating;

use generating::{generate, list, only_insertions, statement};
use specgen::model::StatementList;
use std::path::Path;

fn three() -> StatementList {
    list(vec![
        statement("1.1", 1, "The Server MUST do one."),
        statement("1.1", 2, "The Server MUST do two."),
        statement("1.1", 3, "The Server MUST do three."),
    ])
}

fn file(dir: &Path) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("s1_1"))
        .unwrap()
}

#[test]
fn new_statement_goes_after_the_test_of_the_one_before_it() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    let mut l = three();
    generate(&l, &dir);
    let f = file(&dir);
    let old = std::fs::read_to_string(&f).unwrap();
    l.statements.insert(1, statement("1.1", 9, "The Server MUST do one and a half."));
    let plan = generate(&l, &dir);
    assert_eq!(plan.report.new.len(), 1);
    let new = std::fs::read_to_string(&f).unwrap();
    assert!(only_insertions(&old, &new));
    let pos = |id: &str| new.find(&format!("covers(\"{id}\"")).unwrap();
    assert!(pos("T-1.1.0-1") < pos("T-1.1.0-9") && pos("T-1.1.0-9") < pos("T-1.1.0-2"));
}

#[test]
fn inline_modules_get_indented_skeletons_and_names_do_not_collide() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    let mut l = three();
    generate(&l, &dir);
    let f = file(&dir);
    // Move the test of statement 2 into an inline module, by hand, and add a
    // helper that takes the name the next skeleton would get.
    let src = std::fs::read_to_string(&f).unwrap();
    let start = src.find("/// T-1.1.0-2").unwrap();
    let end = start + src[start..].find("\n}\n").unwrap() + 3;
    let item: String = src[start..end].lines().map(|l| format!("    {l}\n")).collect();
    let src = format!(
        "{}mod nested {{\n    use super::*;\n\n{item}}}\n\nfn t_1_1_0_7_server_must() {{}}\n{}",
        &src[..start],
        &src[end..]
    );
    std::fs::write(&f, &src).unwrap();
    l.statements.insert(2, statement("1.1", 7, "The Server MUST."));
    let plan = generate(&l, &dir);
    assert_eq!(plan.report.new[0].name, "t_1_1_0_7_server_must_2");
    let new = std::fs::read_to_string(&f).unwrap();
    assert!(only_insertions(&src, &new));
    assert!(new.contains("\n\n    /// T-1.1.0-7 (MUST, Server)\n"), "{new}");
    assert!(new.contains("    fn t_1_1_0_7_server_must_2() {\n        todo!()\n    }\n}\n"), "{new}");
}

#[test]
fn crlf_files_stay_crlf() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    let mut l = three();
    generate(&l, &dir);
    let f = file(&dir);
    let crlf = std::fs::read_to_string(&f).unwrap().replace('\n', "\r\n");
    std::fs::write(&f, &crlf).unwrap();
    l.statements.push(statement("1.1", 4, "The Server MUST do four."));
    generate(&l, &dir);
    let new = std::fs::read_to_string(&f).unwrap();
    assert!(new.len() > crlf.len() && !new.replace("\r\n", "").contains('\n'), "{new:?}");
}

#[test]
fn statements_covered_or_waived_by_hand_anywhere_are_not_added() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    let mut l = three();
    generate(&l, &dir);
    let a = statement("2.5", 1, "The Client MUST do a.");
    let b = statement("1.1", 5, "The Client MUST do b.");
    std::fs::create_dir(dir.join("extra")).unwrap();
    std::fs::write(
        dir.join("extra/by_hand.rs"),
        format!(
            "#[specgen::covers(\"{}\", fp = \"{}\")]\n#[test]\nfn a() {{}}\n\nspecgen::waive!(\"{}\", reason = \"client only\");\n",
            a.id, a.fingerprint, b.id
        ),
    )
    .unwrap();
    l.statements.push(a);
    l.statements.push(b);
    l.statements.push(statement("1.1", 6, "The Server MUST do six."));
    let plan = generate(&l, &dir);
    assert_eq!(plan.report.new.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(), vec!["T-1.1.0-6"]);
    assert!(plan.report.new_files.is_empty());
}
