//! Planning one document: scan its test folder, compare with the statement
//! list, render the missing skeletons and place them by span. Pure: reads
//! files, writes nothing.

use super::merge::{self, insertion, Anchor, Edit};
use super::naming::{
    base_test_name, is_section_file, section_key, section_module, title_parts, title_words, unique_name,
};
use super::report::{NewTest, Orphan, Renumbered, Report, Stale};
use super::skeleton::{render_header, render_skeleton};
use super::template::{Templates, Values};
use super::wiring::{declared_modules, mod_edits};
use super::write::FileWrite;
use super::{DocPlan, GenerateError};
use crate::classify::{Classifier, State};
use crate::diag::Diagnostic;
use crate::model::{normalize_text, DocumentInfo, SourceLocation, Statement, StatementList};
use crate::scan::{scan_tree_sources, test_location, ScannedFile};
use crate::source::{parse_error, LineIndex};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// A test folder's files, scanned, each with the text it was scanned from.
pub(super) type Folder = Vec<(ScannedFile, String)>;

/// Plans the skeletons of `list` in the test folder `dir` (`<tests>/<doc>`),
/// reading the folder itself.
pub fn plan_document(list: &StatementList, dir: &Path, templates: &Templates) -> Result<DocPlan, GenerateError> {
    let folder = if dir.is_dir() { Some(scan_folder(dir)?) } else { None };
    plan_scanned(list, dir, folder, &HashSet::new(), templates, SECTION_DEPTH)
}

/// Section levels one skeleton file groups by default: `3.1.2.4` → `3.1`.
pub const SECTION_DEPTH: usize = 2;

/// [`plan_document`] over a folder already scanned (`None`: it does not exist
/// yet). `elsewhere`: ids the document's other test binaries (its
/// `test_binaries`, a client suite) already cover or waive; they get no
/// skeleton here.
pub(super) fn plan_scanned(
    list: &StatementList,
    dir: &Path,
    folder: Option<Folder>,
    elsewhere: &HashSet<String>,
    templates: &Templates,
    depth: usize,
) -> Result<DocPlan, GenerateError> {
    let (scanned, create_dirs) = match folder {
        Some(files) => (files, Vec::new()),
        None => (Vec::new(), folder_to_create(dir)?),
    };
    check_annotations(&scanned)?;
    let mut report = Report::default();
    let covered = compare(list, &scanned, &mut report);

    // Statements with nothing covering them, grouped by section in spec order.
    let mut keys: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<&Statement>> = HashMap::new();
    for s in &list.statements {
        let key = section_key(s, depth);
        if !groups.contains_key(&key) {
            keys.push(key.clone());
        }
        groups.entry(key).or_default().push(s);
    }
    let rank = |name: &str| keys.iter().position(|k| is_section_file(name, k));
    let names = module_names(&keys, &groups, &list.document);
    let top: Vec<usize> = (0..scanned.len()).filter(|&i| scanned[i].0.path.parent() == Some(dir)).collect();
    let stem = |i: usize| scanned[i].0.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let mut modules: HashSet<String> = top.iter().map(|&i| stem(i)).collect();
    modules.insert("main".into());

    let mut writes = Vec::new();
    let mut new_mods = Vec::new();
    for key in &keys {
        let group = &groups[key];
        let missing: Vec<&Statement> =
            group.iter().copied().filter(|s| !covered.contains(s.id.as_str()) && !elsewhere.contains(&s.id)).collect();
        if missing.is_empty() {
            continue;
        }
        let existing = top.iter().copied().find(|&i| stem(i) != "main" && is_section_file(&stem(i), key));
        match existing {
            Some(i) => {
                let (file, src) = &scanned[i];
                let text = insert_into(file, src, group, &missing, list, templates, &mut report)?;
                writes.push(FileWrite { path: file.path.clone(), original: Some(src.clone()), text });
            }
            None => {
                let title = section_title(&list.document, key, group);
                let module = unique_name(&names[key], &mut modules);
                let path = dir.join(format!("{module}.rs"));
                let values = Values::default()
                    .set("__SECTION__", key.as_str())
                    .set("__TITLE__", title.as_str())
                    .set("__DOC__", list.document.name.as_str());
                let mut text = render_header(&templates.file, &values, vec![]);
                let mut taken = HashSet::new();
                for s in &missing {
                    let name = unique_name(&base_test_name(s), &mut taken);
                    text.push('\n');
                    text.push_str(&render_skeleton(templates, s, list, &name));
                    report.new.push(NewTest { id: s.id.clone(), name, file: path.clone() });
                }
                report.new_files.push(path.clone());
                writes.push(FileWrite { path, original: None, text });
                new_mods.push(module);
            }
        }
    }

    if !new_mods.is_empty() {
        let main = dir.join("main.rs");
        match scanned.iter().find(|(f, _)| f.path == main) {
            Some((_, src)) => {
                let file = syn::parse_file(src)
                    .map_err(|e| GenerateError::Invalid(vec![parse_error(&main.display().to_string(), src, &e)]))?;
                let edits = mod_edits(src, &declared_modules(&file, src), &new_mods, rank);
                writes.push(FileWrite {
                    path: main.clone(),
                    original: Some(src.clone()),
                    text: merge::apply(src, &edits),
                });
            }
            None => {
                // A first run; hand-made files already there get their line too.
                let mut all: Vec<String> = modules.iter().filter(|m| *m != "main").cloned().collect();
                all.sort_by_key(|m| (rank(m).unwrap_or(usize::MAX), m.clone()));
                let items: Vec<syn::Item> = all
                    .iter()
                    .map(|m| {
                        let ident = syn::Ident::new(m, proc_macro2::Span::call_site());
                        syn::parse_quote!(mod #ident;)
                    })
                    .collect();
                let values = Values::default().set("__DOC__", list.document.name.as_str());
                let text = render_header(&templates.main, &values, items);
                report.new_files.push(main.clone());
                writes.push(FileWrite { path: main, original: None, text });
            }
        }
    }
    report.new_mods = new_mods;
    // New files first in the report, in spec order of their sections.
    let order: HashMap<&str, usize> = list.statements.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    report.new.sort_by_key(|n| order.get(n.id.as_str()).copied());
    Ok(DocPlan { document: list.document.name.clone(), dir: dir.to_path_buf(), create_dirs, writes, report })
}

/// The folders to create for a missing test folder (its parent, at most,
/// may be missing too).
fn folder_to_create(dir: &Path) -> Result<Vec<PathBuf>, GenerateError> {
    if dir.exists() {
        return Err(GenerateError::io(dir, "exists but is not a folder"));
    }
    // The document's folder and the tests folder holding it may be created;
    // a missing folder above that is more likely a wrong path.
    let exists = |p: &Path| p.as_os_str().is_empty() || p.is_dir();
    match dir.parent() {
        Some(p) if exists(p) => Ok(vec![dir.to_path_buf()]),
        Some(p) if p.parent().is_some_and(exists) => Ok(vec![p.to_path_buf(), dir.to_path_buf()]),
        Some(p) => Err(GenerateError::io(
            dir,
            format!("cannot create the test folder: {} does not exist", p.parent().unwrap_or(p).display()),
        )),
        None => Err(GenerateError::io(dir, "not a folder path")),
    }
}

/// Every file of a document's test folder with its text, test names as
/// Cargo shows them (the folder is the test binary).
pub(super) fn scan_folder(dir: &Path) -> Result<Folder, GenerateError> {
    let mut files = scan_tree_sources(dir).map_err(GenerateError::Invalid)?;
    for (f, _) in &mut files {
        (f.binary, f.module) = test_location(dir.parent().unwrap_or(dir), &f.path);
    }
    Ok(files)
}

/// Malformed annotations (from scan), the same id twice on one test, and
/// the same test twice in one file are errors: the tree must be fixed first.
fn check_annotations(scanned: &[(ScannedFile, String)]) -> Result<(), GenerateError> {
    let mut errors: Vec<Diagnostic> = Vec::new();
    for (f, src) in scanned {
        errors.extend(f.problems.iter().cloned());
        let label = f.path.display().to_string();
        let index = LineIndex::new(src);
        let mut names: HashMap<(Vec<String>, &str), u32> = HashMap::new();
        for t in &f.tests {
            let mut ids = HashSet::new();
            for c in &t.covers {
                if !ids.insert(c.covers.id.as_str()) {
                    let text = index.line_text(c.line as usize);
                    errors.push(
                        Diagnostic::error(
                            "duplicate-annotation",
                            format!("`{}` is annotated twice on `{}`", c.covers.id, t.name),
                            SourceLocation::line(&label, c.line),
                        )
                        .with_snippet(text, 0..text.len())
                        .with_help("remove one of the two attributes"),
                    );
                }
            }
            if let Some(first) = names.insert((t.modules.clone(), t.name.as_str()), t.line) {
                let text = index.line_text(t.line as usize);
                errors.push(
                    Diagnostic::error(
                        "duplicate-test",
                        format!("test `{}` is defined twice (first at line {first})", t.name),
                        SourceLocation::line(&label, t.line),
                    )
                    .with_snippet(text, 0..text.len()),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(GenerateError::Invalid(errors))
    }
}

/// Fills the stale / orphan / renumbered findings and returns the ids that
/// need no skeleton: annotated, waived, or the new id of a renumbered test.
fn compare<'a>(list: &'a StatementList, scanned: &'a [(ScannedFile, String)], report: &mut Report) -> HashSet<&'a str> {
    let mut covered: HashSet<&str> = HashSet::new();
    for (f, _) in scanned {
        covered.extend(f.tests.iter().flat_map(|t| t.covers.iter().map(|c| c.covers.id.as_str())));
        covered.extend(f.waivers.iter().map(|w| w.waive.id.as_str()));
    }
    let classifier = Classifier::new(list, covered.iter().copied());
    let mut targets = Vec::new();
    for (f, _) in scanned {
        let label = f.path.display().to_string();
        for t in &f.tests {
            for c in &t.covers {
                let at = SourceLocation::line(&label, c.line);
                let test = f.result_name(t);
                let id = c.covers.id.as_str();
                match classifier.covers(id, &c.covers.fp) {
                    State::Current(_) => {}
                    State::Stale(s) => report.stale.push(Stale {
                        id: id.to_string(),
                        test,
                        at,
                        recorded: c.covers.fp.clone(),
                        current: s.fingerprint.clone(),
                    }),
                    State::Renumbered(s) => {
                        targets.push(s.id.as_str());
                        report.renumbered.push(Renumbered { old_id: id.to_string(), new_id: s.id.clone(), test, at })
                    }
                    State::Orphan => report.orphans.push(Orphan { id: id.to_string(), test: Some(test), at }),
                }
            }
        }
        for w in &f.waivers {
            if classifier.waiver(&w.waive.id) == State::Orphan {
                report.orphans.push(Orphan {
                    id: w.waive.id.clone(),
                    test: None,
                    at: SourceLocation::line(&label, w.line),
                });
            }
        }
    }
    covered.extend(targets);
    covered
}

/// The title naming a section file: the document's heading of that
/// section; without one, that of the statement nearest the section's top
/// (fewest section levels), the first of those.
fn section_title(doc: &DocumentInfo, key: &str, group: &[&Statement]) -> String {
    if let Some(title) = doc.heading(key) {
        return normalize_text(title);
    }
    group
        .iter()
        .filter(|s| !s.section_title.is_empty())
        .min_by_key(|s| s.section.split('.').count())
        .map(|s| s.section_title.clone())
        .unwrap_or_default()
}

/// The file name each section would get: its title's telling words, with
/// words and title parts that many sections repeat left out.
fn module_names(
    keys: &[String],
    groups: &HashMap<String, Vec<&Statement>>,
    doc: &DocumentInfo,
) -> HashMap<String, String> {
    let titles: Vec<String> = keys.iter().map(|k| section_title(doc, k, &groups[k])).collect();
    let mut part_count: HashMap<String, usize> = HashMap::new();
    for t in &titles {
        for p in title_parts(t).into_iter().map(|p| p.to_lowercase()).collect::<HashSet<_>>() {
            *part_count.entry(p).or_default() += 1;
        }
    }
    let shared_parts: HashSet<String> = part_count.into_iter().filter(|(_, n)| *n > 1).map(|(p, _)| p).collect();
    let words: Vec<Vec<String>> = titles.iter().map(|t| title_words(t, &shared_parts)).collect();
    // A word is shared when the titles of three or more sections (any of
    // their statements' titles) use it.
    let mut word_count: HashMap<String, usize> = HashMap::new();
    for (k, title) in keys.iter().zip(&titles) {
        let in_group: HashSet<String> = groups[k]
            .iter()
            .map(|s| s.section_title.as_str())
            .chain([title.as_str()])
            .flat_map(|t| title_words(t, &shared_parts))
            .collect();
        for w in in_group {
            *word_count.entry(w).or_default() += 1;
        }
    }
    let shared_words: HashSet<String> = word_count.into_iter().filter(|(_, n)| *n >= 3).map(|(w, _)| w).collect();
    keys.iter()
        .zip(&words)
        .map(|(k, w)| {
            // Texts without the id prefix ("MQTT" names every statement, not one section).
            let texts: Vec<String> = groups[k]
                .iter()
                .map(|s| {
                    let prefix = s.id.split('-').next().unwrap_or("");
                    if prefix.is_empty() {
                        s.text.clone()
                    } else {
                        s.text.replace(prefix, " ")
                    }
                })
                .collect();
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            (k.clone(), section_module(k, w, &shared_words, &texts))
        })
        .collect()
}

/// Inserts skeletons for `missing` into an existing section file, each after
/// the test of the statement before it in spec order.
fn insert_into(
    file: &ScannedFile,
    src: &str,
    group: &[&Statement],
    missing: &[&Statement],
    list: &StatementList,
    templates: &Templates,
    report: &mut Report,
) -> Result<String, GenerateError> {
    let parsed = syn::parse_file(src)
        .map_err(|e| GenerateError::Invalid(vec![parse_error(&file.path.display().to_string(), src, &e)]))?;
    let mut taken = value_names(&parsed);
    // The last test covering each id in this file, by position.
    let mut tests_of: HashMap<&str, (usize, usize)> = HashMap::new();
    for t in &file.tests {
        for c in &t.covers {
            let e = tests_of.entry(c.covers.id.as_str()).or_insert((t.span.start, t.span.end));
            if t.span.end > e.1 {
                *e = (t.span.start, t.span.end);
            }
        }
    }
    let mut planned: HashMap<&str, Anchor> = HashMap::new();
    let mut edits: Vec<Edit> = Vec::new();
    for s in missing {
        let pos = group.iter().position(|g| g.id == s.id).unwrap_or(0);
        let before = group[..pos].iter().rev().find_map(|p| {
            planned
                .get(p.id.as_str())
                .copied()
                .or_else(|| tests_of.get(p.id.as_str()).map(|&(start, end)| Anchor::After { start, end }))
        });
        let after = || {
            group[pos + 1..]
                .iter()
                .find_map(|n| tests_of.get(n.id.as_str()).map(|&(start, _)| Anchor::Before { start }))
        };
        let anchor = before.or_else(after).unwrap_or(Anchor::End);
        planned.insert(s.id.as_str(), anchor);
        let name = unique_name(&base_test_name(s), &mut taken);
        edits.push(insertion(src, anchor, &render_skeleton(templates, s, list, &name)));
        report.new.push(NewTest { id: s.id.clone(), name, file: file.path.clone() });
    }
    Ok(merge::apply(src, &edits))
}

/// Names in the value namespace anywhere in the file, so a new test never
/// clashes with a helper.
fn value_names(file: &syn::File) -> HashSet<String> {
    struct V(HashSet<String>);
    impl<'ast> syn::visit::Visit<'ast> for V {
        fn visit_item_fn(&mut self, i: &'ast syn::ItemFn) {
            self.0.insert(i.sig.ident.to_string());
            syn::visit::visit_item_fn(self, i);
        }
        fn visit_item_const(&mut self, i: &'ast syn::ItemConst) {
            self.0.insert(i.ident.to_string());
        }
        fn visit_item_static(&mut self, i: &'ast syn::ItemStatic) {
            self.0.insert(i.ident.to_string());
        }
        fn visit_item_struct(&mut self, i: &'ast syn::ItemStruct) {
            self.0.insert(i.ident.to_string());
        }
        fn visit_use_name(&mut self, i: &'ast syn::UseName) {
            self.0.insert(i.ident.to_string());
        }
        fn visit_use_rename(&mut self, i: &'ast syn::UseRename) {
            self.0.insert(i.rename.to_string());
        }
    }
    let mut v = V(HashSet::new());
    syn::visit::visit_file(&mut v, file);
    v.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Heading;

    fn list(headings: &[(&str, &str)]) -> StatementList {
        let s = |id: &str, section: &str, title: &str, text: &str| {
            Statement::new(id, section, title, text, SourceLocation::default())
        };
        let doc = DocumentInfo {
            name: "d".into(),
            headings: headings.iter().map(|(n, t)| Heading { number: n.to_string(), title: t.to_string() }).collect(),
            ..Default::default()
        };
        StatementList::new(
            doc,
            vec![
                s("X-3.1.2-1", "3.1.2", "CONNECT", "The Client MUST send CONNECT."),
                s("X-3.1.9-1", "3.1.9", "DISCONNECT", "The Server MUST close after DISCONNECT."),
                s("X-4.3.1-1", "4.3.1", "QoS 0: At most once delivery", "The sender MUST send it once."),
            ],
        )
    }

    fn new_files(l: &StatementList, depth: usize) -> Vec<String> {
        let dir = tempfile::tempdir().unwrap();
        let plan = plan_scanned(l, &dir.path().join("d"), None, &HashSet::new(), &Templates::builtin(), depth).unwrap();
        plan.report.new_files.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn files_are_named_after_the_section_they_group() {
        let headed =
            list(&[("3.1", "Format of Individual Packets"), ("4.3", "Quality of Service levels and protocol flows")]);
        assert_eq!(
            new_files(&headed, 2),
            ["s3_1_format_individual_packets.rs", "s4_3_quality_service_levels.rs", "main.rs"]
        );
        // Without the document's headings: the title nearest the top, as before.
        assert_eq!(new_files(&list(&[]), 2), ["s3_1_connect.rs", "s4_3_qos_0.rs", "main.rs"]);
        // Three levels: one file per third-level section.
        assert_eq!(new_files(&list(&[]), 3).len(), 4);
    }
}
