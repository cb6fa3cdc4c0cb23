//! What an annotation means against the current statement list: one
//! definition of *current*, *stale*, *renumbered* and *orphan*, used by
//! `generate` (its findings), `matrix` (its rows and orphan list) and `check`
//! (its gate), so that every report says the same of the same test.

use crate::model::{Statement, StatementList};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A kind of finding about an annotation that needs a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Finding {
    /// A test's recorded fingerprint differs from its statement's text.
    Stale,
    /// A test or waiver names an id that is not in the statement list.
    Orphan,
    /// A test names an id that is gone while its text lives on under a new id.
    Renumbered,
}

/// One `covers` annotation, classified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State<'a> {
    /// Names a statement and its current fingerprint.
    Current(&'a Statement),
    /// Names a statement, written against another text of it.
    Stale(&'a Statement),
    /// Names an absent id, but its fingerprint is the text of an id that no
    /// annotation covers: the statement was renumbered.
    Renumbered(&'a Statement),
    /// Names an absent id, and its text is nowhere.
    Orphan,
}

impl State<'_> {
    /// The finding this state is, if any.
    pub fn finding(&self) -> Option<Finding> {
        match self {
            State::Current(_) => None,
            State::Stale(_) => Some(Finding::Stale),
            State::Renumbered(_) => Some(Finding::Renumbered),
            State::Orphan => Some(Finding::Orphan),
        }
    }
}

/// Classifies the annotations of one document's tests.
pub struct Classifier<'a> {
    by_id: HashMap<&'a str, &'a Statement>,
    /// Fingerprint → statements no annotation or waiver names, in spec order.
    uncovered_by_fp: HashMap<&'a str, Vec<&'a Statement>>,
}

impl<'a> Classifier<'a> {
    /// `named`: every id an annotation or waiver of the document names.
    pub fn new<'n>(list: &'a StatementList, named: impl IntoIterator<Item = &'n str>) -> Self {
        let named: HashSet<&str> = named.into_iter().collect();
        let by_id = list.statements.iter().map(|s| (s.id.as_str(), s)).collect();
        let mut uncovered_by_fp: HashMap<&str, Vec<&Statement>> = HashMap::new();
        for s in list.statements.iter().filter(|s| !named.contains(s.id.as_str())) {
            uncovered_by_fp.entry(s.fingerprint.as_str()).or_default().push(s);
        }
        Classifier { by_id, uncovered_by_fp }
    }

    /// A `covers(id, fp)` annotation's state.
    pub fn covers(&self, id: &str, fp: &str) -> State<'a> {
        match self.by_id.get(id) {
            Some(s) if s.fingerprint == fp => State::Current(s),
            Some(s) => State::Stale(s),
            None => match self.uncovered_by_fp.get(fp).and_then(|v| v.first()) {
                Some(s) => State::Renumbered(s),
                None => State::Orphan,
            },
        }
    }

    /// A waiver's state: a waiver records no text, so an absent id is an orphan.
    pub fn waiver(&self, id: &str) -> State<'a> {
        match self.by_id.get(id) {
            Some(s) => State::Current(s),
            None => State::Orphan,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentInfo, SourceLocation};

    fn list() -> StatementList {
        let s = |id: &str, text: &str| Statement::new(id, "1.1", "", text, SourceLocation::default());
        StatementList::new(
            DocumentInfo::default(),
            vec![s("X-1.1-1", "A MUST b."), s("X-1.1-2", "C MUST d."), s("X-1.1-3", "E MUST f.")],
        )
    }

    #[test]
    fn each_state() {
        let l = list();
        let fp = |i: usize| l.statements[i].fingerprint.clone();
        let c = Classifier::new(&l, ["X-1.1-1", "X-0-1", "X-0-2"]);
        assert_eq!(c.covers("X-1.1-1", &fp(0)), State::Current(&l.statements[0]));
        assert_eq!(c.covers("X-1.1-1", "00000000"), State::Stale(&l.statements[0]));
        // The text of X-1.1-2 under an old id, with X-1.1-2 itself unannotated.
        assert_eq!(c.covers("X-0-1", &fp(1)), State::Renumbered(&l.statements[1]));
        assert_eq!(c.covers("X-0-2", "00000000"), State::Orphan);
        // A text whose id is annotated already is no renumbering target.
        assert_eq!(c.covers("X-0-1", &fp(0)), State::Orphan);
        assert_eq!(c.waiver("X-0-1"), State::Orphan);
        assert_eq!(c.waiver("X-1.1-3").finding(), None);
        assert_eq!(State::Orphan.finding(), Some(Finding::Orphan));
    }
}
