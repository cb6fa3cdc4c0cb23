//! Statuses and the precedence that folds many tests and targets into one.
//!
//! Overall status of a statement, first match wins:
//!
//! 1. `waived`: a `specgen::waive!` names it; or it has no test at all and
//!    `[matrix] waive_actors` waives its actor. A waiver macro wins over
//!    tests (a warning says so); an actor waiver never hides a test.
//! 2. `untested`: no test names it.
//! 3. `stale`: a covering test was written against another text
//!    (its `fp` differs from the statement's fingerprint). Results of a test
//!    that checks old text prove nothing, so this outranks them.
//! 4. `failing`: a covering test failed on some target (known deviations included).
//! 5. `passing`: a covering test passed on some target.
//! 6. `skipped`: results exist only as skips (or `#[ignore]`d written tests).
//! 7. `implemented`: a written test, but no result for it.
//! 8. `skeleton`: only generated `todo!()` bodies.
//!
//! Orphans (annotations naming an id the document lacks) are not statement
//! rows; they are listed on their own.

use serde::Serialize;

/// One statement's overall status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Untested,
    Skeleton,
    Implemented,
    Passing,
    Failing,
    Skipped,
    Stale,
    Waived,
}

impl Status {
    /// Report order: from nothing done to done, then the special cases.
    pub const ALL: [Status; 8] = [
        Status::Untested,
        Status::Skeleton,
        Status::Implemented,
        Status::Passing,
        Status::Failing,
        Status::Skipped,
        Status::Stale,
        Status::Waived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Untested => "untested",
            Status::Skeleton => "skeleton",
            Status::Implemented => "implemented",
            Status::Passing => "passing",
            Status::Failing => "failing",
            Status::Skipped => "skipped",
            Status::Stale => "stale",
            Status::Waived => "waived",
        }
    }

    /// A written, current test exists (whatever it reports), or the statement
    /// is waived: what `min_coverage` counts. Failing counts as covered: the
    /// suite checks the statement; the product does not meet it.
    pub fn covered(self) -> bool {
        matches!(self, Status::Implemented | Status::Passing | Status::Failing | Status::Skipped | Status::Waived)
    }
}

/// What one target's results say about one statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CellStatus {
    Passing,
    Failing,
    Skipped,
    /// No result for any covering test (or no written test).
    NotRun,
}

impl CellStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CellStatus::Passing => "passing",
            CellStatus::Failing => "failing",
            CellStatus::Skipped => "skipped",
            CellStatus::NotRun => "not-run",
        }
    }
}

/// Counts of statements by overall status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub total: usize,
    pub untested: usize,
    pub skeleton: usize,
    pub implemented: usize,
    pub passing: usize,
    pub failing: usize,
    pub skipped: usize,
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
            Status::Passing => &mut self.passing,
            Status::Failing => &mut self.failing,
            Status::Skipped => &mut self.skipped,
            Status::Stale => &mut self.stale,
            Status::Waived => &mut self.waived,
        }
    }

    pub fn get(&self, s: Status) -> usize {
        match s {
            Status::Untested => self.untested,
            Status::Skeleton => self.skeleton,
            Status::Implemented => self.implemented,
            Status::Passing => self.passing,
            Status::Failing => self.failing,
            Status::Skipped => self.skipped,
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

/// Per-target counts of statement cells.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TargetCounts {
    pub target: String,
    pub passing: usize,
    /// Failing and not listed as a known deviation.
    pub failing: usize,
    /// Failing and listed in the target's expected-failures file.
    pub known_deviations: usize,
    pub skipped: usize,
    pub not_run: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_coverage() {
        let mut c = Counts::default();
        for s in [Status::Untested, Status::Passing, Status::Failing, Status::Waived] {
            c.add(s);
        }
        assert_eq!((c.total, c.covered, c.get(Status::Failing)), (4, 3, 1));
        assert_eq!(c.coverage(), 75.0);
        assert_eq!(Counts::default().coverage(), 100.0);
    }
}
