//! Bad input: each a clear error naming the file and the place, and nothing
//! in the tree damaged (the whole tree's bytes compared before and after).

use crate::support::generating;

use generating::{list, project, statement, synthetic, tree, write_list};
use specgen::generate::{self, plan_document, GenerateError, Lock, Options, Templates};
use std::path::Path;

/// A project with a generated tree, then a new draft with one statement
/// added to an existing section and one in a new section.
fn setup(root: &Path) -> specgen::project::Project {
    let l = synthetic(2, 3);
    let config = project(root, &l);
    generate::run(&config, &Options::default()).unwrap();
    let mut next = l.clone();
    next.statements.push(statement("1.2", 9, "The Client MUST send a new thing."));
    next.statements.push(statement("7.7", 1, "The Server MAY do another new thing."));
    write_list(root, &next);
    config
}

fn doc_dir(root: &Path) -> std::path::PathBuf {
    root.join("tests/synthetic")
}

/// The file of section 1.2, whatever its title made of its name.
fn file_of(root: &Path, prefix: &str) -> std::path::PathBuf {
    std::fs::read_dir(doc_dir(root))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap()
}

fn section_file(root: &Path) -> std::path::PathBuf {
    file_of(root, "s1_2_")
}

#[test]
fn unparsable_file_names_file_line_column_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let config = setup(tmp.path());
    let broken = file_of(tmp.path(), "s1_3_");
    let src = std::fs::read_to_string(&broken).unwrap();
    std::fs::write(&broken, src.replacen("fn t_", "fn broken( {\nfn t_", 1)).unwrap();
    let line = src.lines().position(|l| l.starts_with("fn t_")).unwrap() + 1;
    let before = tree(tmp.path());
    let err = generate::run(&config, &Options::default()).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, GenerateError::Invalid(_)), "{msg}");
    assert!(msg.contains(&format!("{}:{line}:", broken.display())), "{msg}");
    assert!(msg.contains("cannot parse Rust"), "{msg}");
    assert_eq!(tree(tmp.path()), before);
}

#[test]
fn malformed_annotation_is_an_error_with_its_line() {
    let tmp = tempfile::tempdir().unwrap();
    let config = setup(tmp.path());
    let f = section_file(tmp.path());
    let src = std::fs::read_to_string(&f).unwrap();
    let src = src.replacen(", fp = \"", ", fingerprint = \"", 1);
    std::fs::write(&f, &src).unwrap();
    let line = src.lines().position(|l| l.contains("fingerprint =")).unwrap() + 1;
    let before = tree(tmp.path());
    let msg = generate::run(&config, &Options::default()).unwrap_err().to_string();
    assert!(msg.contains(&format!("{}:{line}", f.display())) && msg.contains("malformed-annotation"), "{msg}");
    assert_eq!(tree(tmp.path()), before);
}

#[test]
fn unknown_id_is_an_orphan_with_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let config = setup(tmp.path());
    let f = section_file(tmp.path());
    let src = std::fs::read_to_string(&f).unwrap()
        + "\n#[specgen::covers(\"T-0.0-404\", fp = \"12345678\")]\n#[test]\nfn gone() {}\n";
    std::fs::write(&f, &src).unwrap();
    let line = src.lines().position(|l| l.contains("T-0.0-404")).unwrap() as u32 + 1;
    let plan = generate::run(&config, &Options::default()).unwrap();
    let orphans = &plan.documents[0].report.orphans;
    assert_eq!(orphans.len(), 1);
    assert_eq!(
        (orphans[0].id.as_str(), orphans[0].test.as_deref()),
        ("T-0.0-404", Some(format!("{}::gone", f.file_stem().unwrap().to_string_lossy())).as_deref())
    );
    assert_eq!(orphans[0].at.line, Some(line));
    assert_eq!(orphans[0].at.file, f.display().to_string());
    assert!(plan.report().contains(&format!("{}:{line}", f.display())));
}

#[test]
fn duplicated_annotations_and_tests_are_errors() {
    for (what, edit) in [
        (
            "duplicate-annotation",
            Box::new(|s: &str| {
                let at = s.find("#[specgen::covers").unwrap();
                let end = at + s[at..].find('\n').unwrap() + 1;
                format!("{}{}{}", &s[..end], &s[at..end], &s[end..])
            }) as Box<dyn Fn(&str) -> String>,
        ),
        (
            "duplicate-test",
            Box::new(|s: &str| {
                let at = s.find("/// T-").unwrap();
                let end = at + s[at..].find("\n}\n").unwrap() + 3;
                format!("{}\n{}", s, &s[at..end])
            }),
        ),
    ] {
        let tmp = tempfile::tempdir().unwrap();
        let config = setup(tmp.path());
        let f = section_file(tmp.path());
        std::fs::write(&f, edit(&std::fs::read_to_string(&f).unwrap())).unwrap();
        let before = tree(tmp.path());
        let msg = generate::run(&config, &Options::default()).unwrap_err().to_string();
        assert!(msg.contains(what) && msg.contains(&format!("{}:", f.display())), "{what}: {msg}");
        assert_eq!(tree(tmp.path()), before, "{what}");
    }
}

#[test]
fn read_only_file_is_refused_and_nothing_else_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let config = setup(tmp.path());
    let f = section_file(tmp.path());
    let mut perms = std::fs::metadata(&f).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&f, perms).unwrap();
    let before = tree(tmp.path());
    let err = generate::run(&config, &Options::default()).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains(&f.display().to_string()) && msg.contains("read-only"), "{msg}");
    // Neither the new section file nor the main.rs line were written.
    assert_eq!(tree(tmp.path()), before);
}

#[test]
fn missing_folder_is_created_but_a_missing_parent_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let l = synthetic(1, 2);
    let config = project(tmp.path(), &l);
    assert!(!tmp.path().join("tests").exists());
    generate::run(&config, &Options::default()).unwrap();
    assert!(doc_dir(tmp.path()).join("main.rs").exists());

    let deep = tmp.path().join("no/such/parent/doc");
    let before = tree(tmp.path());
    let err = plan_document(&l, &deep, &Templates::builtin()).unwrap_err().to_string();
    assert!(err.contains("no/such") && err.contains("does not exist"), "{err}");
    assert_eq!(tree(tmp.path()), before);
}

#[test]
fn a_second_run_is_refused_while_the_lock_is_held() {
    let tmp = tempfile::tempdir().unwrap();
    let config = setup(tmp.path());
    let _held = Lock::acquire(&config.tests_dir()).unwrap();
    let before = tree(tmp.path());
    let err = generate::run(&config, &Options::default()).unwrap_err();
    assert!(matches!(err, GenerateError::Locked(_)));
    assert!(err.to_string().contains(".specgen.lock") && err.to_string().contains("another specgen run"));
    assert_eq!(tree(tmp.path()), before);
}

#[test]
fn a_file_changed_after_planning_is_not_overwritten() {
    let tmp = tempfile::tempdir().unwrap();
    let config = setup(tmp.path());
    let plan = generate::plan(&config, &Options::default()).unwrap();
    let f = section_file(tmp.path());
    std::fs::write(&f, std::fs::read_to_string(&f).unwrap() + "// typed meanwhile\n").unwrap();
    let before = tree(tmp.path());
    let err = plan.apply().unwrap_err();
    assert!(matches!(err, GenerateError::Changed(ref p) if p == &f), "{err}");
    assert_eq!(tree(tmp.path()), before);
}

#[test]
fn missing_statement_list_says_to_extract_first() {
    let tmp = tempfile::tempdir().unwrap();
    let config = project(tmp.path(), &list(vec![statement("1.1", 1, "x MUST y")]));
    std::fs::remove_file(tmp.path().join("spec/statements/synthetic.json")).unwrap();
    let err = generate::plan(&config, &Options::default()).unwrap_err().to_string();
    assert!(err.contains("synthetic.json") && err.contains("specgen extract"), "{err}");
}
