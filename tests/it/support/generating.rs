//! Helpers shared by the skeleton tests (`generate`, `cli::generate`).
#![allow(dead_code)]

use specgen::generate::{plan_document, DocPlan, Templates};
use specgen::ingest::{read_path, Format, ReadOptions};
use specgen::model::StatementList;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

/// A real document read by its reader; the test fails loudly if it cannot.
pub fn read(path: &Path, format: Format) -> StatementList {
    read_path(path, Some(format), &ReadOptions::default()).unwrap_or_else(|e| panic!("{e}")).list
}

/// Plans and applies one document with the built-in templates.
pub fn generate(list: &StatementList, dir: &Path) -> DocPlan {
    let plan = plan_document(list, dir, &Templates::builtin()).unwrap_or_else(|e| panic!("{e}"));
    let whole = specgen::generate::Plan { documents: vec![plan.clone()] };
    whole.apply().unwrap_or_else(|e| panic!("{e}"));
    plan
}

/// Files and their bytes.
pub type Tree = BTreeMap<PathBuf, Vec<u8>>;

/// Every file under `dir` (except the lock file) with its bytes.
pub fn tree(dir: &Path) -> Tree {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.file_name().is_some_and(|n| n != specgen::generate::LOCK_FILE) {
                out.insert(p.clone(), std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &mut out);
    out
}

/// The whole tree as one text: `==> name <==` then the file, for snapshots.
pub fn render_tree(dir: &Path) -> String {
    tree(dir)
        .into_iter()
        .map(|(p, b)| format!("==> {} <==\n{}", p.strip_prefix(dir).unwrap().display(), String::from_utf8(b).unwrap()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// True when every line of `old` appears unchanged in `new`, in the same
/// order: only whole lines were inserted.
pub fn only_insertions(old: &str, new: &str) -> bool {
    let mut it = new.split_inclusive('\n');
    old.split_inclusive('\n').all(|l| it.by_ref().any(|n| n == l))
}

/// Each fragment occurs in `text`, in the given order.
pub fn in_order(text: &str, fragments: &[String]) -> Result<(), String> {
    let mut pos = 0;
    for f in fragments {
        match text[pos..].find(f.as_str()) {
            Some(i) => pos += i + f.len(),
            None => return Err(format!("fragment {f:?} missing or out of order")),
        }
    }
    Ok(())
}

/// A statement of a synthetic list: `T-<sec>.0-<n>` in section `<sec>`.
/// A statement of section `sec`, its actor guessed from the text as a reader would.
pub fn statement(sec: &str, n: usize, text: &str) -> specgen::model::Statement {
    let mut s = specgen::model::Statement::new(
        format!("T-{sec}.0-{n}"),
        sec,
        format!("Section {sec}"),
        text,
        specgen::model::SourceLocation::line("synthetic.md", n as u32),
    );
    s.actor = specgen::model::ActorWords::default().infer(&s.text);
    s
}

/// A synthetic list from statements.
pub fn list(statements: Vec<specgen::model::Statement>) -> StatementList {
    let info = specgen::model::DocumentInfo {
        name: "synthetic".into(),
        format: specgen::model::Format::Json,
        ..Default::default()
    };
    StatementList::new(info, statements)
}

/// A list of `sections` x `per` statements with distinct texts.
pub fn synthetic(sections: usize, per: usize) -> StatementList {
    let mut v = Vec::new();
    for s in 1..=sections {
        for n in 1..=per {
            v.push(statement(
                &format!("{}.{}", s / 10 + 1, s % 10 + 1),
                n,
                &format!("The Server MUST handle case {n} of part {s} correctly and then close the connection."),
            ));
        }
    }
    list(v)
}

/// A project folder: `spec/specgen.toml` naming one document whose list is
/// written to `spec/statements/<name>.json`, tests in `tests/`.
pub fn project(root: &Path, l: &StatementList) -> specgen::project::Project {
    let spec = root.join("spec");
    std::fs::create_dir_all(spec.join("statements")).unwrap();
    std::fs::write(
        spec.join("specgen.toml"),
        format!(
            "[project]\nid_prefix = \"T\"\ntests_dir = \"../tests\"\ntemplates_dir = \"../templates\"\n\n\
             [[document]]\nname = \"{}\"\npath = \"doc.md\"\ngenerate = true\n",
            l.document.name
        ),
    )
    .unwrap();
    write_list(root, l);
    specgen::project::Project::load(&spec.join("specgen.toml")).unwrap()
}

pub fn write_list(root: &Path, l: &StatementList) {
    std::fs::write(root.join("spec/statements").join(format!("{}.json", l.document.name)), l.to_json()).unwrap();
}

/// The annotations the tree holds, as (id, fp), kept by the test itself.
pub type Model = Vec<(String, String)>;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Expected {
    pub new: Vec<String>,
    pub stale: BTreeSet<(String, String)>,
    pub orphans: BTreeSet<String>,
    pub renumbered: BTreeSet<(String, String)>,
}

/// What regenerating with `list` must report, from the model alone (not
/// from the report code): same id and fp → nothing; same id, other fp →
/// stale; id gone but its fp under an id no annotation names → renumbered
/// (the first such, in spec order); else orphan; statements no annotation
/// names and no renumbering claims → new.
pub fn expected(model: &Model, list: &StatementList) -> Expected {
    let annotated: HashSet<&str> = model.iter().map(|(id, _)| id.as_str()).collect();
    let mut e = Expected::default();
    let mut targets = HashSet::new();
    for (id, fp) in model {
        match list.get(id) {
            Some(s) if &s.fingerprint != fp => {
                e.stale.insert((id.clone(), fp.clone()));
            }
            Some(_) => {}
            None => match list.statements.iter().find(|s| &s.fingerprint == fp && !annotated.contains(s.id.as_str())) {
                Some(s) => {
                    targets.insert(s.id.clone());
                    e.renumbered.insert((id.clone(), s.id.clone()));
                }
                None => {
                    e.orphans.insert(id.clone());
                }
            },
        }
    }
    e.new = list
        .statements
        .iter()
        .filter(|s| !annotated.contains(s.id.as_str()) && !targets.contains(&s.id))
        .map(|s| s.id.clone())
        .collect();
    e
}

/// The report of a plan in the same shape, for comparison.
pub fn reported(r: &specgen::generate::Report) -> Expected {
    Expected {
        new: r.new.iter().map(|n| n.id.clone()).collect(),
        stale: r.stale.iter().map(|s| (s.id.clone(), s.recorded.clone())).collect(),
        orphans: r.orphans.iter().map(|o| o.id.clone()).collect(),
        renumbered: r.renumbered.iter().map(|x| (x.old_id.clone(), x.new_id.clone())).collect(),
    }
}
