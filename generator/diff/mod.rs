//! What changed between two versions of a statement list: added, removed,
//! changed (same id, new text), renumbered (same rule, new id) and unchanged.
//!
//! # Matching rules, in order
//!
//! 1. **unchanged**: same id, same fingerprint.
//! 2. **changed** (cosmetic): same id, same [`match_key`] (only case,
//!    punctuation or spacing moved).
//! 3. **renumbered**: an old statement's key appears under another id in the
//!    new list (first unmatched one in document order). This catches the
//!    usual renumbering, where a new statement shifts all that follow.
//! 4. **changed**: same id, texts at least [`SIMILAR`] alike.
//! 5. **renumbered, text also changed**: different ids, texts at least
//!    [`SIMILAR`] alike, best pairs first. The fallback for drafts that
//!    renumber and reword at once (the working drafts' UTF-8 rules
//!    `MQTT-1.4.0-x` became `MQTT-1.5.3-x` in the standard, reworded).
//! 6. **changed** (rewritten): same id left on both sides, however different.
//! 7. **removed** / **added**: whatever is left.
//!
//! Similarity is the Sørensen–Dice coefficient over lower-case word bags.
//!
//! # JSON (`specgen.diff/1`)
//!
//! ```text
//! { "schema": "specgen.diff/1",
//!   "old": {"name", "source", "statements"}, "new": {...},
//!   "summary": {"added", "removed", "changed", "renumbered", "unchanged"},
//!   "added":   [{"id", "section", "text", "fingerprint", "levels"}],
//!   "removed": [{"id", "section", "text", "fingerprint", "levels",
//!                "closest"?: {"id", "similarity"}}],
//!   "changed": [{"id", "old_text", "new_text", "old_fingerprint", "new_fingerprint",
//!                "old_levels", "new_levels", "similarity", "rewritten",
//!                "closest"?: {"id", "similarity"}}],
//!   "renumbered": [{"old_id", "new_id", "match": "same-text" | "similar-text",
//!                   "text_changed", "similarity", "old_text", "new_text",
//!                   "old_fingerprint", "new_fingerprint"}] }
//! ```
//!
//! Lists follow document order (removed: the old document's; the others:
//! the new one's). `similarity` is rounded to two decimals. A new field is a
//! compatible change; renaming or removing one bumps the number.

mod similarity;
mod text;

pub use similarity::{dice, match_key, word_diff, Bags};

use crate::model::{DocumentInfo, Level, Statement, StatementList};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub const SCHEMA: &str = "specgen.diff/1";

/// Two texts at least this alike (Dice over word bags) may be the same rule.
/// The reworded UTF-8 rule between the last working draft and the standard
/// scores 0.87; two different packets' reserved-bits rules score 0.95, which
/// is why a statement keeping its id is always preferred (rule 4 before 5).
pub const SIMILAR: f64 = 0.8;

/// Below [`SIMILAR`] but at least this alike: reported as a `closest` lead.
/// Between the working draft and the standard, right leads (`3.10.3-3` →
/// `3.10.4-3`) and wrong ones (`3.3.2-1` → `3.1.3-11`) both score 0.6–0.76,
/// which is why they are not paired automatically.
pub const HINT: f64 = 0.5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diff {
    pub schema: String,
    pub old: Side,
    pub new: Side,
    pub summary: Summary,
    pub added: Vec<Entry>,
    pub removed: Vec<Entry>,
    pub changed: Vec<Change>,
    pub renumbered: Vec<Renumbered>,
}

/// One of the two documents compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Side {
    pub name: String,
    pub source: String,
    pub statements: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    pub renumbered: usize,
    pub unchanged: usize,
}

/// An added or removed statement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub section: String,
    pub text: String,
    pub fingerprint: String,
    pub levels: Vec<Level>,
    /// Removed only: the most alike added statement, when at least [`HINT`]
    /// alike but below [`SIMILAR`]: a lead for the reviewer, not a pairing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closest: Option<Closest>,
}

/// A candidate the matching rules did not dare to pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Closest {
    pub id: String,
    pub similarity: f64,
}

/// Same id, different text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub id: String,
    pub old_text: String,
    pub new_text: String,
    pub old_fingerprint: String,
    pub new_fingerprint: String,
    pub old_levels: Vec<Level>,
    pub new_levels: Vec<Level>,
    pub similarity: f64,
    /// Below [`SIMILAR`]: the id stayed but the sentence is largely new.
    pub rewritten: bool,
    /// When rewritten: an added statement more alike the old text than the
    /// new text under the same id is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closest: Option<Closest>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchKind {
    /// The same text (up to case, punctuation and spacing) under a new id.
    SameText,
    /// Alike by the similarity threshold: renumbered, text also changed.
    SimilarText,
}

/// Same rule, new id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Renumbered {
    pub old_id: String,
    pub new_id: String,
    #[serde(rename = "match")]
    pub kind: MatchKind,
    /// The fingerprints differ (always true for `similar-text`).
    pub text_changed: bool,
    pub similarity: f64,
    pub old_text: String,
    pub new_text: String,
    pub old_fingerprint: String,
    pub new_fingerprint: String,
}

impl Diff {
    /// Nothing added, removed, changed or renumbered.
    pub fn is_empty(&self) -> bool {
        let s = self.summary;
        s.added + s.removed + s.changed + s.renumbered == 0
    }

    /// Pretty JSON with a trailing newline.
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).expect("a diff always serializes");
        s.push('\n');
        s
    }

    /// The human-readable report.
    pub fn to_text(&self) -> String {
        text::render(self)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn side(info: &DocumentInfo, n: usize) -> Side {
    Side { name: info.name.clone(), source: info.source.clone(), statements: n }
}

fn entry(s: &Statement) -> Entry {
    Entry {
        id: s.id.clone(),
        section: s.section.clone(),
        text: s.text.clone(),
        fingerprint: s.fingerprint.clone(),
        levels: s.levels.clone(),
        closest: None,
    }
}

/// Compares two statement lists; see the module docs for the rules.
pub fn diff(old: &StatementList, new: &StatementList) -> Diff {
    let (o, n) = (&old.statements, &new.statements);
    let mut bags = Bags::default();
    let old_bags: Vec<Vec<u32>> = o.iter().map(|s| bags.bag(&s.text)).collect();
    let new_bags: Vec<Vec<u32>> = n.iter().map(|s| bags.bag(&s.text)).collect();
    let old_keys: Vec<String> = o.iter().map(|s| match_key(&s.text)).collect();
    let new_keys: Vec<String> = n.iter().map(|s| match_key(&s.text)).collect();
    let new_by_id: HashMap<&str, usize> = n.iter().enumerate().map(|(j, s)| (s.id.as_str(), j)).collect();
    let same_id = |i: usize| new_by_id.get(o[i].id.as_str()).copied();

    let mut m = Matching { pairs: vec![None; o.len()], taken: vec![false; n.len()] };

    // 1 and 2: same id, same text or same key.
    for i in 0..o.len() {
        if let Some(j) = same_id(i) {
            if o[i].fingerprint == n[j].fingerprint {
                m.pair(i, j, Pairing::Unchanged);
            } else if old_keys[i] == new_keys[j] {
                m.pair(i, j, Pairing::Changed);
            }
        }
    }
    // 3: same key under another id.
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for j in (0..n.len()).filter(|&j| !m.taken[j]) {
        by_key.entry(new_keys[j].as_str()).or_default().push(j);
    }
    for (i, key) in old_keys.iter().enumerate() {
        if m.pairs[i].is_some() {
            continue;
        }
        if let Some(js) = by_key.get_mut(key.as_str()) {
            if let Some(pos) = js.iter().position(|&j| !m.taken[j]) {
                let j = js.remove(pos);
                m.pair(i, j, Pairing::Renumbered(MatchKind::SameText));
            }
        }
    }
    // 4: same id, similar text.
    for (i, bag) in old_bags.iter().enumerate() {
        if let (None, Some(j)) = (m.pairs[i], same_id(i)) {
            if !m.taken[j] && dice(bag, &new_bags[j]) >= SIMILAR {
                m.pair(i, j, Pairing::Changed);
            }
        }
    }
    // 5: different ids, similar text; best pairs first, then document order.
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for i in (0..o.len()).filter(|&i| m.pairs[i].is_none()) {
        for j in (0..n.len()).filter(|&j| !m.taken[j]) {
            let d = dice(&old_bags[i], &new_bags[j]);
            if d >= SIMILAR {
                candidates.push((d, i, j));
            }
        }
    }
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, i, j) in candidates {
        if m.pairs[i].is_none() && !m.taken[j] {
            m.pair(i, j, Pairing::Renumbered(MatchKind::SimilarText));
        }
    }
    // 6: same id left on both sides.
    for i in 0..o.len() {
        if let (None, Some(j)) = (m.pairs[i], same_id(i)) {
            if !m.taken[j] {
                m.pair(i, j, Pairing::Changed);
            }
        }
    }

    let mut out = Diff {
        schema: SCHEMA.to_string(),
        old: side(&old.document, o.len()),
        new: side(&new.document, n.len()),
        summary: Summary::default(),
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
        renumbered: Vec::new(),
    };
    // Report in the new document's order.
    let mut old_of_new: Vec<Option<(usize, Pairing)>> = vec![None; n.len()];
    for (i, p) in m.pairs.iter().enumerate() {
        match p {
            Some((j, how)) => old_of_new[*j] = Some((i, *how)),
            None => out.removed.push(entry(&o[i])),
        }
    }
    for (j, p) in old_of_new.into_iter().enumerate() {
        let (a, b) = match p {
            None => {
                out.added.push(entry(&n[j]));
                continue;
            }
            Some((i, _)) => (&o[i], &n[j]),
        };
        let similarity = || round2(dice(&old_bags[p.unwrap().0], &new_bags[j]));
        match p.map(|x| x.1) {
            Some(Pairing::Unchanged) => out.summary.unchanged += 1,
            Some(Pairing::Changed) => out.changed.push(Change {
                id: b.id.clone(),
                old_text: a.text.clone(),
                new_text: b.text.clone(),
                old_fingerprint: a.fingerprint.clone(),
                new_fingerprint: b.fingerprint.clone(),
                old_levels: a.levels.clone(),
                new_levels: b.levels.clone(),
                similarity: similarity(),
                rewritten: similarity() < SIMILAR,
                closest: None,
            }),
            Some(Pairing::Renumbered(kind)) => out.renumbered.push(Renumbered {
                old_id: a.id.clone(),
                new_id: b.id.clone(),
                kind,
                text_changed: a.fingerprint != b.fingerprint,
                similarity: similarity(),
                old_text: a.text.clone(),
                new_text: b.text.clone(),
                old_fingerprint: a.fingerprint.clone(),
                new_fingerprint: b.fingerprint.clone(),
            }),
            None => unreachable!("handled above"),
        }
    }
    leads(&mut out, o, n, &old_bags, &new_bags, &m);
    out.summary.added = out.added.len();
    out.summary.removed = out.removed.len();
    out.summary.changed = out.changed.len();
    out.summary.renumbered = out.renumbered.len();
    out
}

/// `pairs[i]`: the new statement old statement `i` became, and how;
/// `taken[j]`: new statement `j` is paired.
struct Matching {
    pairs: Vec<Option<(usize, Pairing)>>,
    taken: Vec<bool>,
}

impl Matching {
    fn pair(&mut self, i: usize, j: usize, how: Pairing) {
        self.pairs[i] = Some((j, how));
        self.taken[j] = true;
    }
}

/// Fills `closest` for removed and rewritten statements, among the added ones.
fn leads(out: &mut Diff, o: &[Statement], n: &[Statement], old_bags: &[Vec<u32>], new_bags: &[Vec<u32>], m: &Matching) {
    let added: Vec<usize> = (0..n.len()).filter(|&j| !m.taken[j]).collect();
    let old_index: HashMap<&str, usize> = o.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let best = |i: usize, floor: f64| -> Option<Closest> {
        added
            .iter()
            .map(|&j| (dice(&old_bags[i], &new_bags[j]), j))
            .filter(|(d, _)| *d >= floor)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(d, j)| Closest { id: n[j].id.clone(), similarity: round2(d) })
    };
    for e in &mut out.removed {
        if let Some(&i) = old_index.get(e.id.as_str()) {
            e.closest = best(i, HINT);
        }
    }
    for c in out.changed.iter_mut().filter(|c| c.rewritten) {
        if let Some(&i) = old_index.get(c.id.as_str()) {
            c.closest = best(i, HINT.max(c.similarity + 0.01));
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pairing {
    Unchanged,
    Changed,
    Renumbered(MatchKind),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceLocation;

    fn list(items: &[(&str, &str)]) -> StatementList {
        let statements = items
            .iter()
            .map(|(id, text)| Statement::new(*id, "1.1.0", "", text, SourceLocation::line("t", 1)))
            .collect();
        StatementList::new(DocumentInfo { name: "t".into(), ..Default::default() }, statements)
    }

    /// Added, removed and changed ids, and the pairs with how they matched.
    type Ids<'a> = (Vec<&'a str>, Vec<&'a str>, Vec<&'a str>, Vec<(&'a str, &'a str, MatchKind)>);

    fn ids(d: &Diff) -> Ids<'_> {
        (
            d.added.iter().map(|e| e.id.as_str()).collect(),
            d.removed.iter().map(|e| e.id.as_str()).collect(),
            d.changed.iter().map(|c| c.id.as_str()).collect(),
            d.renumbered.iter().map(|r| (r.old_id.as_str(), r.new_id.as_str(), r.kind)).collect(),
        )
    }

    const A: &str = "The Server MUST close the Network Connection when the flags are invalid.";
    const A2: &str = "The Server MUST close the Network Connection if the reserved flags are invalid.";
    const B: &str = "The Client MUST send a PINGREQ when the keep alive time passes.";
    const C: &str = "A retained message MUST be sent to new subscribers of its topic.";

    #[test]
    fn identical_lists() {
        let d = diff(&list(&[("M-1", A), ("M-2", B)]), &list(&[("M-1", A), ("M-2", B)]));
        assert!(d.is_empty());
        assert_eq!(d.summary.unchanged, 2);
    }

    #[test]
    fn an_insertion_shifts_the_numbers() {
        let d = diff(&list(&[("M-1", A), ("M-2", B)]), &list(&[("M-1", C), ("M-2", A), ("M-3", B)]));
        use MatchKind::SameText;
        assert_eq!(ids(&d), (vec!["M-1"], vec![], vec![], vec![("M-1", "M-2", SameText), ("M-2", "M-3", SameText)]));
    }

    #[test]
    fn reworded_and_renumbered() {
        let d = diff(&list(&[("M-1", A), ("M-2", B)]), &list(&[("M-5", A2), ("M-2", B)]));
        assert_eq!(ids(&d), (vec![], vec![], vec![], vec![("M-1", "M-5", MatchKind::SimilarText)]));
        assert!(d.renumbered[0].text_changed && d.renumbered[0].similarity >= SIMILAR);
    }

    #[test]
    fn same_id_wins_over_a_similar_stranger() {
        // M-1 changed a little; M-9 is new and also like the old M-1.
        let d = diff(&list(&[("M-1", A)]), &list(&[("M-1", A2), ("M-9", A2)]));
        assert_eq!(ids(&d), (vec!["M-9"], vec![], vec!["M-1"], vec![]));
    }

    #[test]
    fn rewritten_added_removed() {
        let d = diff(&list(&[("M-1", A), ("M-2", B)]), &list(&[("M-1", C), ("M-3", "Something MAY happen.")]));
        assert_eq!(ids(&d), (vec!["M-3"], vec!["M-2"], vec!["M-1"], vec![]));
        assert!(d.changed[0].similarity < SIMILAR);
    }

    #[test]
    fn cosmetic_change_keeps_the_pairing() {
        let d = diff(&list(&[("M-1", A)]), &list(&[("M-1", &A.to_uppercase())]));
        assert_eq!(d.changed.len(), 1);
        assert_eq!(d.changed[0].similarity, 1.0);
    }
}
