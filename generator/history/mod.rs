//! One row per statement across an ordered series of drafts: when it
//! appeared, each draft where its text changed, its ids over time, and when
//! it was removed.
//!
//! Consecutive drafts are paired with [`crate::diff`]: same id, same text
//! under a new id (a rename, also of a whole renumbered section), or similar
//! text under a new id. An id whose text in the next draft is not even
//! [`HINT`]-alike is an id *reused* for a different statement: the old
//! statement ends there and a new one begins under the same id.
//!
//! # JSON (`specgen.history/1`)
//!
//! ```text
//! { "schema": "specgen.history/1", "document",
//!   "drafts": [{"label", "source", "statements"}],
//!   "steps": [{"from", "to", "added", "removed", "changed", "renamed", "reused"}],
//!   "statements": [{"id", "text", "fingerprint", "appeared", "removed"?,
//!                   "ids": [{"id", "from"}], "changes": [{"draft", "similarity"}],
//!                   "reused_id"?: bool}] }
//! ```

mod render;

use crate::diff::{diff, HINT};
use crate::model::StatementList;
use serde::Serialize;
use std::collections::HashMap;

pub use render::to_markdown;

pub const SCHEMA: &str = "specgen.history/1";

/// A version of the document, labelled (by its date).
#[derive(Debug, Clone, Copy)]
pub struct Draft<'a> {
    pub label: &'a str,
    pub list: &'a StatementList,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct History {
    pub schema: &'static str,
    pub document: String,
    pub drafts: Vec<DraftInfo>,
    pub steps: Vec<Step>,
    /// Statements in the newest draft, in its order; then those removed on
    /// the way, in the order they were removed.
    pub statements: Vec<Lineage>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DraftInfo {
    pub label: String,
    pub source: String,
    pub statements: usize,
}

/// What one step from a draft to the next did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    pub added: usize,
    pub removed: usize,
    /// Text changed, id kept or not.
    pub changed: usize,
    /// New id for the same statement.
    pub renamed: usize,
    /// Ids taken over by a different statement.
    pub reused: usize,
}

/// One statement through the series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lineage {
    /// Its id in the last draft that has it.
    pub id: String,
    /// Its text there.
    pub text: String,
    pub fingerprint: String,
    /// The first draft that has it.
    pub appeared: String,
    /// The first draft that no longer has it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<String>,
    /// Every id it had, with the draft it took it in; one entry when it was
    /// never renamed.
    pub ids: Vec<IdSince>,
    /// The drafts where its text changed.
    pub changes: Vec<TextChange>,
    /// It began under an id that an older, different statement had held, or
    /// ended because its id was taken over.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reused_id: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IdSince {
    pub id: String,
    pub from: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextChange {
    pub draft: String,
    /// Word similarity to the previous text, 0 to 1.
    pub similarity: f64,
}

impl Lineage {
    fn new(s: &crate::model::Statement, label: &str) -> Self {
        Lineage {
            id: s.id.clone(),
            text: s.text.clone(),
            fingerprint: s.fingerprint.clone(),
            appeared: label.to_string(),
            removed: None,
            ids: vec![IdSince { id: s.id.clone(), from: label.to_string() }],
            changes: Vec::new(),
            reused_id: false,
        }
    }

    fn follow(&mut self, s: &crate::model::Statement, label: &str) {
        if s.id != self.id {
            self.ids.push(IdSince { id: s.id.clone(), from: label.to_string() });
        }
        self.id = s.id.clone();
        self.text = s.text.clone();
        self.fingerprint = s.fingerprint.clone();
    }

    /// Was renamed at least once.
    pub fn renamed(&self) -> bool {
        self.ids.len() > 1
    }
}

impl History {
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a history always serializes");
        s.push('\n');
        s
    }

    /// The statement whose current (or last) id is `id`, if it is in the newest draft.
    pub fn current(&self, id: &str) -> Option<&Lineage> {
        self.statements.iter().find(|l| l.removed.is_none() && l.id == id)
    }
}

/// Follows every statement through `drafts` (oldest first).
pub fn history(document: &str, drafts: &[Draft]) -> History {
    let mut lineages: Vec<Lineage> = Vec::new();
    // Id in the current draft → its lineage.
    let mut live: HashMap<String, usize> = HashMap::new();
    let mut removal_order: Vec<usize> = Vec::new();
    let mut steps = Vec::new();
    if let Some(first) = drafts.first() {
        for s in &first.list.statements {
            live.insert(s.id.clone(), lineages.len());
            lineages.push(Lineage::new(s, first.label));
        }
    }
    for pair in drafts.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        let d = diff(prev.list, next.list);
        let mut step = Step { from: prev.label.into(), to: next.label.into(), ..Default::default() };
        let mut next_live: HashMap<String, usize> = HashMap::new();
        let renamed: HashMap<&str, &crate::diff::Renumbered> =
            d.renumbered.iter().map(|r| (r.new_id.as_str(), r)).collect();
        let changed: HashMap<&str, &crate::diff::Change> = d.changed.iter().map(|c| (c.id.as_str(), c)).collect();
        let added: std::collections::HashSet<&str> = d.added.iter().map(|e| e.id.as_str()).collect();
        let end = |k: usize, lineages: &mut Vec<Lineage>, removal_order: &mut Vec<usize>| {
            lineages[k].removed = Some(next.label.to_string());
            removal_order.push(k);
        };
        for s in &next.list.statements {
            let id = s.id.as_str();
            let k = if let Some(r) = renamed.get(id) {
                let k = live[&r.old_id];
                step.renamed += 1;
                if r.text_changed {
                    step.changed += 1;
                    lineages[k].changes.push(TextChange { draft: next.label.into(), similarity: r.similarity });
                }
                lineages[k].follow(s, next.label);
                k
            } else if let Some(c) = changed.get(id) {
                let old = live[id];
                if c.similarity < HINT {
                    // The id now names a different statement.
                    step.reused += 1;
                    step.removed += 1;
                    step.added += 1;
                    lineages[old].reused_id = true;
                    end(old, &mut lineages, &mut removal_order);
                    let mut l = Lineage::new(s, next.label);
                    l.reused_id = true;
                    lineages.push(l);
                    lineages.len() - 1
                } else {
                    step.changed += 1;
                    lineages[old].changes.push(TextChange { draft: next.label.into(), similarity: c.similarity });
                    lineages[old].follow(s, next.label);
                    old
                }
            } else if added.contains(id) {
                step.added += 1;
                lineages.push(Lineage::new(s, next.label));
                lineages.len() - 1
            } else {
                // Unchanged: same id, same text.
                let k = live[id];
                lineages[k].follow(s, next.label);
                k
            };
            next_live.insert(s.id.clone(), k);
        }
        for e in &d.removed {
            step.removed += 1;
            end(live[&e.id], &mut lineages, &mut removal_order);
        }
        live = next_live;
        steps.push(step);
    }
    // Newest draft's order, then the removed ones in the order they went.
    let mut order: Vec<usize> =
        drafts.last().map(|last| last.list.statements.iter().map(|s| live[&s.id]).collect()).unwrap_or_default();
    order.extend(removal_order);
    let mut slots: Vec<Option<Lineage>> = lineages.into_iter().map(Some).collect();
    let statements = order.into_iter().filter_map(|k| slots[k].take()).collect();
    History {
        schema: SCHEMA,
        document: document.to_string(),
        drafts: drafts
            .iter()
            .map(|d| DraftInfo {
                label: d.label.to_string(),
                source: d.list.document.source.clone(),
                statements: d.list.statements.len(),
            })
            .collect(),
        steps,
        statements,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentInfo, SourceLocation, Statement};

    fn list(items: &[(&str, &str)]) -> StatementList {
        StatementList::new(
            DocumentInfo::default(),
            items.iter().map(|(id, text)| Statement::new(*id, "1", "", text, SourceLocation::default())).collect(),
        )
    }

    #[test]
    fn appear_change_rename_reuse_and_remove() {
        let a = list(&[
            ("X-1.7-1", "The Client MUST send a CONNECT first."),
            ("X-1.7-2", "The Server MUST answer with a CONNACK packet."),
            ("X-2-1", "A receiver MUST close on a malformed packet."),
        ]);
        // Section 1.7 renumbered to 1.8; X-1.7-2 reworded a little on the way;
        // X-2-1 removed; X-3-1 added.
        let b = list(&[
            ("X-1.8-1", "The Client MUST send a CONNECT first."),
            ("X-1.8-2", "The Server MUST answer with a CONNACK packet at once."),
            ("X-3-1", "The Gateway MAY advertise itself."),
        ]);
        // X-3-1 is reused for a wholly different statement.
        let c = list(&[
            ("X-1.8-1", "The Client MUST send a CONNECT first."),
            ("X-1.8-2", "The Server MUST answer with a CONNACK packet at once."),
            ("X-3-1", "Topic aliases MUST NOT exceed the maximum."),
        ]);
        let h = history(
            "x",
            &[Draft { label: "d1", list: &a }, Draft { label: "d2", list: &b }, Draft { label: "d3", list: &c }],
        );
        let by_first = |id: &str| h.statements.iter().find(|l| l.ids[0].id == id).unwrap();
        let connect = by_first("X-1.7-1");
        assert_eq!(
            (connect.id.as_str(), connect.appeared.as_str(), connect.removed.as_deref()),
            ("X-1.8-1", "d1", None)
        );
        assert_eq!(connect.ids[1], IdSince { id: "X-1.8-1".into(), from: "d2".into() });
        assert!(connect.changes.is_empty());
        let connack = by_first("X-1.7-2");
        assert_eq!(connack.id, "X-1.8-2");
        assert_eq!(connack.changes.iter().map(|c| c.draft.as_str()).collect::<Vec<_>>(), ["d2"]);
        assert_eq!(by_first("X-2-1").removed.as_deref(), Some("d2"));
        let olds: Vec<&Lineage> = h.statements.iter().filter(|l| l.ids[0].id == "X-3-1").collect();
        assert_eq!(olds.len(), 2, "a reused id is two statements");
        assert!(olds.iter().all(|l| l.reused_id));
        assert_eq!(olds.iter().filter(|l| l.removed.as_deref() == Some("d3")).count(), 1);
        assert_eq!(
            h.steps[0],
            Step { from: "d1".into(), to: "d2".into(), added: 1, removed: 1, changed: 1, renamed: 2, reused: 0 }
        );
        assert_eq!((h.steps[1].reused, h.steps[1].added, h.steps[1].removed), (1, 1, 1));
        // Newest draft's order first, then the removed.
        let ids: Vec<&str> = h.statements.iter().map(|l| l.id.as_str()).collect();
        assert_eq!(ids, ["X-1.8-1", "X-1.8-2", "X-3-1", "X-2-1", "X-3-1"]);
        assert!(h.current("X-3-1").is_some_and(|l| l.appeared == "d3"));
    }
}
