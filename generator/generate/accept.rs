//! `specgen accept`: records that a test was reviewed against its
//! statement's current text (rewrites only the `fp` literal), or follows a
//! renumbering (`--rename OLD NEW` rewrites only the id literal, and the `fp`
//! when it differs). Nothing else in the file changes; function names stay.

use super::doc_comment;
use super::merge::{self, Edit};
use super::write::{self, FileWrite};
use super::{GenerateError, Lock};
use crate::model::{Statement, StatementList};
use crate::project::Project;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One rewritten annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub file: PathBuf,
    pub line: u32,
    pub test: String,
    pub old_id: String,
    pub new_id: String,
    pub old_fp: String,
    pub new_fp: String,
    /// What became of the doc comment: refreshed, already current, or why it was left.
    pub doc: DocComment,
}

/// The doc comment's part in an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocComment {
    Refreshed,
    Current,
    /// Left as it was, and why (no quote found, ...).
    Left(String),
}

#[derive(Debug, Clone, Default)]
pub struct AcceptPlan {
    pub writes: Vec<FileWrite>,
    pub updates: Vec<Update>,
    /// Ids whose annotations already carried the current fingerprint.
    pub already_current: Vec<String>,
}

impl AcceptPlan {
    pub fn apply(&self) -> Result<(), GenerateError> {
        write::commit(&[], &self.writes)
    }

    pub fn report(&self) -> String {
        let mut o = String::new();
        for u in &self.updates {
            if u.old_id != u.new_id {
                let _ = writeln!(
                    o,
                    "{}:{}: `{}` now covers {} (was {}); the function keeps its name, rename it by hand if you wish",
                    u.file.display(),
                    u.line,
                    u.test,
                    u.new_id,
                    u.old_id
                );
            }
            if u.old_fp != u.new_fp {
                let _ = writeln!(
                    o,
                    "{}:{}: `{}` {}: fp {} -> {}",
                    u.file.display(),
                    u.line,
                    u.test,
                    u.new_id,
                    u.old_fp,
                    u.new_fp
                );
            }
            match &u.doc {
                DocComment::Refreshed => {
                    let _ = writeln!(
                        o,
                        "{}:{}: `{}` doc comment now quotes and links {}",
                        u.file.display(),
                        u.line,
                        u.test,
                        u.new_id
                    );
                }
                DocComment::Current => {}
                DocComment::Left(why) => {
                    let _ =
                        writeln!(o, "{}:{}: `{}` doc comment left as it is: {why}", u.file.display(), u.line, u.test);
                }
            }
        }
        for id in &self.already_current {
            let _ = writeln!(o, "{id}: already accepted, nothing to change");
        }
        o
    }
}

fn quoted(s: &str) -> String {
    proc_macro2::Literal::string(s).to_string()
}

/// Rewrites annotations in the test folder `dir`: for each `(from, to)` pair,
/// every `covers` naming `from` gets id `to` and `to`'s current fingerprint,
/// and its doc comment quotes `to`'s text and links to it.
fn plan_updates(list: &StatementList, dir: &Path, pairs: &[(&str, &Statement)]) -> Result<AcceptPlan, GenerateError> {
    let scanned = super::plan::scan_folder(dir)?;
    let mut plan = AcceptPlan::default();
    let mut seen = vec![false; pairs.len()];
    for (f, src) in &scanned {
        let mut edits = Vec::new();
        for t in &f.tests {
            for c in &t.covers {
                let Some(k) = pairs.iter().position(|(from, _)| *from == c.covers.id) else { continue };
                seen[k] = true;
                let to = pairs[k].1;
                let before = edits.len();
                if c.covers.id != to.id {
                    edits.push(Edit { range: c.id_span.clone(), text: quoted(&to.id) });
                }
                if c.covers.fp != to.fingerprint {
                    edits.push(Edit { range: c.fp_span.clone(), text: quoted(&to.fingerprint) });
                }
                let literals_changed = edits.len() > before;
                let region = t.span.start..t.covers.first().map_or(c.span.start, |f| f.span.start);
                let link = super::skeleton::link(to, list);
                let shared = t.covers.len() > 1;
                let doc = match doc_comment::refresh(src, region, &c.covers.id, &to.id, shared, &to.text, &link) {
                    Ok(doc_edits) if doc_edits.is_empty() => DocComment::Current,
                    Ok(doc_edits) => {
                        edits.extend(doc_edits);
                        DocComment::Refreshed
                    }
                    Err(why) => DocComment::Left(why),
                };
                if !literals_changed && doc != DocComment::Refreshed {
                    continue;
                }
                plan.updates.push(Update {
                    file: f.path.clone(),
                    line: c.line,
                    test: f.result_name(t),
                    old_id: c.covers.id.clone(),
                    new_id: to.id.clone(),
                    old_fp: c.covers.fp.clone(),
                    new_fp: to.fingerprint.clone(),
                    doc,
                });
            }
        }
        if !edits.is_empty() {
            plan.writes.push(FileWrite {
                path: f.path.clone(),
                original: Some(src.clone()),
                text: merge::apply(src, &edits),
            });
        }
    }
    if let Some(k) = seen.iter().position(|s| !s) {
        return Err(GenerateError::Refused(format!(
            "{}: no test in {} covers it; nothing was changed",
            pairs[k].0,
            dir.display()
        )));
    }
    for (from, to) in pairs {
        if *from == to.id && !plan.updates.iter().any(|u| u.new_id == to.id) {
            plan.already_current.push(to.id.clone());
        }
    }
    Ok(plan)
}

fn statement<'a>(list: &'a StatementList, id: &str) -> Result<&'a Statement, GenerateError> {
    list.get(id).ok_or_else(|| {
        GenerateError::Refused(format!(
            "{id}: not in the statement list of `{}`; nothing was changed",
            list.document.name
        ))
    })
}

/// `specgen accept ID...`: every annotation of these ids takes the current fingerprint.
pub fn plan_accept(list: &StatementList, dir: &Path, ids: &[String]) -> Result<AcceptPlan, GenerateError> {
    let pairs = ids.iter().map(|id| statement(list, id).map(|s| (id.as_str(), s))).collect::<Result<Vec<_>, _>>()?;
    plan_updates(list, dir, &pairs)
}

/// `specgen accept --rename OLD NEW`: annotations of `old` now name `new`.
pub fn plan_rename(list: &StatementList, dir: &Path, old: &str, new: &str) -> Result<AcceptPlan, GenerateError> {
    let to = statement(list, new)?;
    plan_updates(list, dir, &[(old, to)])
}

/// What `specgen accept` is asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    /// The tests of these ids were reviewed against the current text.
    Reviewed(Vec<String>),
    /// The tests of `old` now cover `new` (a renumbered statement).
    Rename { old: String, new: String },
}

/// `specgen accept`: finds the one document whose statement list holds the
/// (new) ids among those `document` (or the default selection) names, then
/// rewrites and writes the annotations under the tests folder's lock.
pub fn run(project: &Project, request: &Request, document: Option<&str>) -> Result<AcceptPlan, GenerateError> {
    let wanted: Vec<&str> = match request {
        Request::Reviewed(ids) => ids.iter().map(String::as_str).collect(),
        Request::Rename { new, .. } => vec![new.as_str()],
    };
    let names: Vec<String> = document.into_iter().map(str::to_string).collect();
    let _lock = Lock::acquire(&project.tests_dir())?;
    // MQTT 3.1.1 and 5.0 share many ids, so more than one match must be named.
    let mut found = Vec::new();
    for doc in project.select(&names)? {
        let list = project.statements(doc)?;
        if wanted.iter().all(|id| list.get(id).is_some()) {
            found.push((doc, list));
        }
    }
    let (doc, list) = match found.len() {
        0 => {
            return Err(GenerateError::Refused(format!(
                "{}: not all in one document's statement list (name it with --doc)",
                wanted.join(", ")
            )))
        }
        1 => found.pop().expect("one match"),
        _ => {
            let names: Vec<&str> = found.iter().map(|(d, _)| d.name.as_str()).collect();
            return Err(GenerateError::Refused(format!(
                "{} is in several documents ({}): name one with --doc",
                wanted.join(", "),
                names.join(", ")
            )));
        }
    };
    let dir = project.test_dir(doc);
    let plan = match request {
        Request::Reviewed(ids) => plan_accept(&list, &dir, ids)?,
        Request::Rename { old, new } => plan_rename(&list, &dir, old, new)?,
    };
    plan.apply()?;
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_only_the_literals_the_scan_found() {
        let src = "#[specgen::covers(\n    \"é-1\" ,fp=\"0123abcd\"\n)]\n#[test]\nfn t() {}\n";
        let f = crate::scan::scan_source(Path::new("x.rs"), src).unwrap();
        let c = &f.tests[0].covers[0];
        assert_eq!((&src[c.id_span.clone()], &src[c.fp_span.clone()]), ("\"é-1\"", "\"0123abcd\""));
    }

    #[test]
    fn accept_refreshes_fingerprint_quote_and_link_and_nothing_else() {
        use crate::model::{DocumentInfo, SourceLocation};
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("s1.rs");
        let src = "/// X-1.1-1 (MUST, Server)\n///\n/// > The Server MUST do the old thing.\n///\n/// Spec: <u>, section 1.1\n/// Written by hand.\n#[specgen::covers(\"X-1.1-1\", fp = \"00000000\")]\n#[test]\nfn t() { assert!(true) } // body\n";
        std::fs::write(&file, src).unwrap();
        let mut s =
            Statement::new("X-1.1-1", "1.1", "Intro", "The Server MUST do the new thing.", SourceLocation::default());
        s.anchor = Some("X-1.1-1".into());
        let info = DocumentInfo { url: Some("https://x.org/d.html".into()), ..Default::default() };
        let list = StatementList::new(info, vec![s.clone()]);
        let plan = plan_accept(&list, dir.path(), &["X-1.1-1".into()]).unwrap();
        plan.apply().unwrap();
        let want = src
            .replace("fp = \"00000000\"", &format!("fp = \"{}\"", s.fingerprint))
            .replace("do the old thing", "do the new thing")
            .replace("Spec: <u>, section 1.1", "Spec: <https://x.org/d.html#X-1.1-1>, section 1.1 (Intro)");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), want);
        assert_eq!(plan.updates[0].doc, DocComment::Refreshed);
        // Accepting again changes nothing.
        let again = plan_accept(&list, dir.path(), &["X-1.1-1".into()]).unwrap();
        assert!(again.writes.is_empty() && again.already_current == ["X-1.1-1"]);
    }
}
