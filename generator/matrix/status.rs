//! Statuses: what the suite has for a statement, and what each target's
//! results say about it. The two are kept apart on purpose: a statement's
//! status never folds the targets' results into one word (the "worst of all
//! products" would call a statement failing because one product fails it).
//!
//! A statement's status, first match wins:
//!
//! 1. `waived`: a `specgen::waive!` names it; or it has no test at all and
//!    `[matrix] waive_actors` waives its actor. A waiver macro wins over
//!    tests (a warning says so); an actor waiver never hides a test.
//! 2. `untested`: no test names it.
//! 3. `stale`: a covering test was written against another text
//!    (its `fp` differs from the statement's fingerprint). Results of a test
//!    that checks old text prove nothing.
//! 4. `implemented`: a written test.
//! 5. `skeleton`: only generated `todo!()` bodies.
//!
//! A target's verdict on a statement ([`CellStatus`]), over the results of
//! every covering test on that target, first match wins: `failing` (a test
//! failed) > `blocked` (a test could not judge: its vehicle failed) >
//! `passing` > `skipped` (the test cannot run against this target) >
//! `not-run` (a covering test belongs to a suite the target ran, but left no
//! result) > `n/a` (waived, or no covering test in any suite the target ran).
//!
//! Orphans (annotations naming an id the document lacks) are not statement
//! rows; they are listed on their own.

use serde::Serialize;

/// What the suite has for one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Untested,
    Skeleton,
    Implemented,
    Stale,
    Waived,
}

impl Status {
    /// Report order: from nothing done to done, then the special cases.
    pub const ALL: [Status; 5] =
        [Status::Untested, Status::Skeleton, Status::Implemented, Status::Stale, Status::Waived];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Untested => "untested",
            Status::Skeleton => "skeleton",
            Status::Implemented => "implemented",
            Status::Stale => "stale",
            Status::Waived => "waived",
        }
    }

    /// A written, current test exists (whatever it reports), or the statement
    /// is waived: what `min_coverage` counts.
    pub fn covered(self) -> bool {
        matches!(self, Status::Implemented | Status::Waived)
    }
}

/// What one target's results say about one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CellStatus {
    Passing,
    Failing,
    /// A covering test could not judge the statement on this target.
    Blocked,
    Skipped,
    /// A covering test is in a suite the target ran, but has no result.
    NotRun,
    /// Waived, or no covering test in any suite the target ran.
    #[serde(rename = "n/a")]
    NotApplicable,
}

impl CellStatus {
    pub const ALL: [CellStatus; 6] = [
        CellStatus::Passing,
        CellStatus::Failing,
        CellStatus::Blocked,
        CellStatus::Skipped,
        CellStatus::NotRun,
        CellStatus::NotApplicable,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CellStatus::Passing => "passing",
            CellStatus::Failing => "failing",
            CellStatus::Blocked => "blocked",
            CellStatus::Skipped => "skipped",
            CellStatus::NotRun => "not-run",
            CellStatus::NotApplicable => "n/a",
        }
    }
}

/// Counts of statements by status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub untested: usize,
    pub skeleton: usize,
    pub implemented: usize,
    pub stale: usize,
    pub waived: usize,
    /// See [`Status::covered`].
    pub covered: usize,
}

impl Counts {
    pub fn add(&mut self, s: Status) {
        self.total += 1;
        *self.slot(s) += 1;
        if s.covered() {
            self.covered += 1;
        }
    }

    fn slot(&mut self, s: Status) -> &mut usize {
        match s {
            Status::Untested => &mut self.untested,
            Status::Skeleton => &mut self.skeleton,
            Status::Implemented => &mut self.implemented,
            Status::Stale => &mut self.stale,
            Status::Waived => &mut self.waived,
        }
    }

    pub fn get(&self, s: Status) -> usize {
        match s {
            Status::Untested => self.untested,
            Status::Skeleton => self.skeleton,
            Status::Implemented => self.implemented,
            Status::Stale => self.stale,
            Status::Waived => self.waived,
        }
    }

    /// Covered share in percent; 100 for an empty group (nothing to cover).
    pub fn coverage(&self) -> f64 {
        if self.total == 0 {
            100.0
        } else {
            self.covered as f64 * 100.0 / self.total as f64
        }
    }
}

/// One target's verdicts over a group of statements: a product's summary.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TargetCounts {
    pub target: String,
    pub passing: usize,
    /// Failing and not listed as a known deviation.
    pub failing: usize,
    /// Failing and listed in the target's expected-failures file.
    pub known_deviations: usize,
    pub blocked: usize,
    pub skipped: usize,
    pub not_run: usize,
    pub not_applicable: usize,
}

impl TargetCounts {
    pub fn add(&mut self, status: CellStatus, known_deviation: bool) {
        match status {
            CellStatus::Passing => self.passing += 1,
            CellStatus::Failing if known_deviation => self.known_deviations += 1,
            CellStatus::Failing => self.failing += 1,
            CellStatus::Blocked => self.blocked += 1,
            CellStatus::Skipped => self.skipped += 1,
            CellStatus::NotRun => self.not_run += 1,
            CellStatus::NotApplicable => self.not_applicable += 1,
        }
    }

    /// Statements that apply to the target: everything but n/a.
    pub fn applicable(&self) -> usize {
        self.passing + self.failing + self.known_deviations + self.blocked + self.skipped + self.not_run
    }

    /// Share of the applicable statements that pass, in percent; `None` when
    /// none applies (a share of nothing would read as a result).
    pub fn passed_share(&self) -> Option<f64> {
        match self.applicable() {
            0 => None,
            n => Some(self.passing as f64 * 100.0 / n as f64),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_coverage() {
        let mut c = Counts::default();
        for s in [Status::Untested, Status::Implemented, Status::Skeleton, Status::Waived] {
            c.add(s);
        }
        assert_eq!((c.total, c.covered, c.get(Status::Skeleton)), (4, 2, 1));
        assert_eq!(c.coverage(), 50.0);
        assert_eq!(Counts::default().coverage(), 100.0);
    }

    #[test]
    fn target_share_counts_only_applicable_statements() {
        let mut t = TargetCounts::default();
        for (s, known) in [
            (CellStatus::Passing, false),
            (CellStatus::Passing, false),
            (CellStatus::Failing, true),
            (CellStatus::Failing, false),
            (CellStatus::Blocked, false),
            (CellStatus::Skipped, false),
            (CellStatus::NotRun, false),
            (CellStatus::NotApplicable, false),
            (CellStatus::NotApplicable, false),
        ] {
            t.add(s, known);
        }
        assert_eq!((t.passing, t.failing, t.known_deviations, t.blocked, t.skipped, t.not_run), (2, 1, 1, 1, 1, 1));
        assert_eq!((t.applicable(), t.not_applicable), (7, 2));
        assert_eq!(t.passed_share().map(|p| (p * 10.0).round()), Some(286.0));
        assert_eq!(TargetCounts::default().passed_share(), None);
    }
}
