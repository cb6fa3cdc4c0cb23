//! Interop grids: products tried in pairs (a client with a server, two
//! clients on one server, two bridged servers), each pairing one run of
//! end-to-end scenarios. These are not statement verdicts: a cell counts the
//! scenarios of its run, and the report draws each grid as rows × columns
//! beside the statement matrix.
//!
//! `--pair round1:paho@mosquitto=target/rounds/round1/paho@mosquitto.junit.xml`
//! puts one results file in grid `round1`, row `paho`, column `mosquitto`;
//! `[matrix.grids.round1]` gives the grid its title and axis names.

use crate::config::GridConfig;
use crate::results::{valid_target, Outcome, TargetResults};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A `GRID:ROW@COLUMN=FILE` argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairArg {
    pub grid: String,
    pub row: String,
    pub column: String,
    pub path: PathBuf,
}

impl PairArg {
    /// `grid:row@column`, the cell's name in messages.
    pub fn cell(&self) -> String {
        format!("{}:{}@{}", self.grid, self.row, self.column)
    }
}

impl std::str::FromStr for PairArg {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let shape = || format!("`{s}`: expected GRID:ROW@COLUMN=FILE (round1:paho@mosquitto=results.xml)");
        let (cell, path) = s.split_once('=').ok_or_else(shape)?;
        let (grid, pair) = cell.split_once(':').ok_or_else(shape)?;
        let (row, column) = pair.split_once('@').ok_or_else(shape)?;
        for name in [grid, row, column] {
            if !valid_name(name) {
                return Err(format!(
                    "`{name}` in `{cell}`: a grid, row or column name is letters, digits, `-`, `_`, `.`, `+` or `/`"
                ));
            }
        }
        if path.is_empty() {
            return Err(format!("`{s}`: no file after `=`"));
        }
        Ok(PairArg { grid: grid.into(), row: row.into(), column: column.into(), path: PathBuf::from(path) })
    }
}

/// Names of grids and their rows and columns: target names, plus `+` for a
/// pairing (`mosquitto+aedes`).
fn valid_name(name: &str) -> bool {
    valid_target(&name.replace('+', "-")) && !name.starts_with('+') && !name.ends_with('+')
}

/// One grid as the reports show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Grid {
    pub name: String,
    /// From `[matrix.grids.<name>] title`, else the name.
    pub title: String,
    /// What a row / a column is (`client`, `server`).
    pub rows_label: String,
    pub columns_label: String,
    /// In the order first given.
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// Row-major, only the pairings that have results.
    pub cells: Vec<GridCell>,
}

impl Grid {
    pub fn cell(&self, row: &str, column: &str) -> Option<&GridCell> {
        self.cells.iter().find(|c| c.row == row && c.column == column)
    }
}

/// One pairing's run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GridCell {
    pub row: String,
    pub column: String,
    pub passed: usize,
    pub failed: usize,
    pub blocked: usize,
    pub skipped: usize,
    /// The results file, as given.
    pub file: String,
    /// Every scenario that did not pass, in file order.
    pub problems: Vec<Scenario>,
}

impl GridCell {
    /// Scenarios that ran to a verdict (skipped ones could not run here).
    pub fn ran(&self) -> usize {
        self.passed + self.failed + self.blocked
    }

    /// Every scenario that ran passed, and at least one ran.
    pub fn clean(&self) -> bool {
        self.failed == 0 && self.blocked == 0 && self.passed > 0
    }

    /// `5/7`, then what kept the others from passing.
    pub fn summary(&self) -> String {
        let mut s = format!("{}/{}", self.passed, self.ran());
        for (n, word) in [(self.failed, "failed"), (self.blocked, "blocked"), (self.skipped, "skipped")] {
            if n > 0 {
                s.push_str(&format!(" · {n} {word}"));
            }
        }
        s
    }
}

/// A scenario that did not pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Scenario {
    pub name: String,
    pub outcome: Outcome,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// Builds every grid from its cells' results, grids in the order first given.
pub fn build(cells: &[(PairArg, TargetResults)], config: &BTreeMap<String, GridConfig>) -> Vec<Grid> {
    let mut grids: Vec<Grid> = Vec::new();
    for (arg, results) in cells {
        let i = match grids.iter().position(|g| g.name == arg.grid) {
            Some(i) => i,
            None => {
                let c = config.get(&arg.grid);
                let pick = |v: Option<&String>, default: &str| v.cloned().unwrap_or_else(|| default.to_string());
                grids.push(Grid {
                    name: arg.grid.clone(),
                    title: pick(c.and_then(|c| c.title.as_ref()), &arg.grid),
                    rows_label: pick(c.and_then(|c| c.rows.as_ref()), "row"),
                    columns_label: pick(c.and_then(|c| c.columns.as_ref()), "column"),
                    rows: Vec::new(),
                    columns: Vec::new(),
                    cells: Vec::new(),
                });
                grids.len() - 1
            }
        };
        let g = &mut grids[i];
        if !g.rows.contains(&arg.row) {
            g.rows.push(arg.row.clone());
        }
        if !g.columns.contains(&arg.column) {
            g.columns.push(arg.column.clone());
        }
        g.cells.push(cell(arg, results));
    }
    for g in &mut grids {
        // Where columns are the rows' products too (clients paired with
        // clients), they follow the rows' order, so the diagonal is one.
        let first_seen = g.columns.clone();
        let rank = |c: &String| match g.rows.iter().position(|r| r == c) {
            Some(i) => (0, i),
            None => (1, first_seen.iter().position(|k| k == c).unwrap_or(0)),
        };
        let mut columns = g.columns.clone();
        columns.sort_by_key(rank);
        g.columns = columns;
        let (rows, columns) = (g.rows.clone(), g.columns.clone());
        let at = |c: &GridCell| (rows.iter().position(|r| *r == c.row), columns.iter().position(|k| *k == c.column));
        g.cells.sort_by_key(at);
    }
    grids
}

fn cell(arg: &PairArg, results: &TargetResults) -> GridCell {
    let mut c = GridCell {
        row: arg.row.clone(),
        column: arg.column.clone(),
        passed: 0,
        failed: 0,
        blocked: 0,
        skipped: 0,
        file: arg.path.display().to_string(),
        problems: Vec::new(),
    };
    for r in &results.results {
        match r.outcome {
            Outcome::Passed => c.passed += 1,
            Outcome::Failed => c.failed += 1,
            Outcome::Blocked => c.blocked += 1,
            Outcome::Skipped => c.skipped += 1,
        }
        if r.outcome != Outcome::Passed {
            c.problems.push(Scenario { name: r.name.clone(), outcome: r.outcome, message: r.message.clone() });
        }
    }
    c
}

/// A `GRID:ROW@COLUMN` pattern of `[check] grids_no_failing`, each part a
/// name or `*`.
pub fn matches(pattern: &str, grid: &str, row: &str, column: &str) -> bool {
    let part = |p: &str, name: &str| p == "*" || p == name;
    match pattern.split_once(':').and_then(|(g, rc)| rc.split_once('@').map(|(r, c)| (g, r, c))) {
        Some((g, r, c)) => part(g, grid) && part(r, row) && part(c, column),
        None => false,
    }
}

/// Whether `pattern` has the `GRID:ROW@COLUMN` shape.
pub fn valid_pattern(pattern: &str) -> bool {
    match pattern.split_once(':').and_then(|(g, rc)| rc.split_once('@').map(|(r, c)| (g, r, c))) {
        Some((g, r, c)) => [g, r, c].iter().all(|p| *p == "*" || valid_name(p)),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceLocation;
    use crate::results::TestResult;

    fn results(outcomes: &[(&str, Outcome)]) -> TargetResults {
        TargetResults {
            target: "x".into(),
            path: "r.xml".into(),
            results: outcomes
                .iter()
                .map(|(n, o)| TestResult {
                    suite: Some("c::interop_rounds".into()),
                    name: n.to_string(),
                    outcome: *o,
                    message: (*o != Outcome::Passed).then(|| format!("{n} went wrong")),
                    location: SourceLocation::default(),
                })
                .collect(),
            warnings: Vec::new(),
        }
    }

    #[test]
    fn pair_arguments() {
        let a: PairArg = "round3:mosquitto+aedes@paho=t/r.xml".parse().unwrap();
        assert_eq!((a.grid.as_str(), a.row.as_str(), a.column.as_str()), ("round3", "mosquitto+aedes", "paho"));
        assert_eq!(a.path, PathBuf::from("t/r.xml"));
        assert_eq!(a.cell(), "round3:mosquitto+aedes@paho");
        for bad in ["r:a@b", "r:a=b.xml", "ra@b=x", "r:a@=x", "r:a b@c=x", "r:+a@c=x", "r:a@c="] {
            assert!(bad.parse::<PairArg>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn cells_count_and_keep_problems_in_order() {
        let arg =
            |row: &str, col: &str| PairArg { grid: "r1".into(), row: row.into(), column: col.into(), path: "f".into() };
        let cells = vec![
            (arg("paho", "aedes"), results(&[("a", Outcome::Passed), ("b", Outcome::Failed), ("c", Outcome::Skipped)])),
            (arg("paho", "mosquitto"), results(&[("a", Outcome::Passed), ("b", Outcome::Passed)])),
            (arg("rumqttc", "mosquitto"), results(&[("a", Outcome::Blocked)])),
        ];
        let mut config = BTreeMap::new();
        config.insert(
            "r1".to_string(),
            GridConfig { title: Some("Round 1".into()), rows: Some("client".into()), columns: None },
        );
        let grids = build(&cells, &config);
        assert_eq!(grids.len(), 1);
        let g = &grids[0];
        assert_eq!(
            (g.title.as_str(), g.rows_label.as_str(), g.columns_label.as_str()),
            ("Round 1", "client", "column")
        );
        assert_eq!(g.rows, ["paho", "rumqttc"]);
        assert_eq!(g.columns, ["aedes", "mosquitto"]);
        let c = g.cell("paho", "aedes").unwrap();
        assert_eq!((c.passed, c.failed, c.blocked, c.skipped, c.ran()), (1, 1, 0, 1, 2));
        assert_eq!(c.summary(), "1/2 · 1 failed · 1 skipped");
        assert_eq!(c.problems.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["b", "c"]);
        assert!(!c.clean());
        assert!(g.cell("paho", "mosquitto").unwrap().clean());
        let blocked = g.cell("rumqttc", "mosquitto").unwrap();
        assert!(!blocked.clean());
        assert_eq!(blocked.summary(), "0/1 · 1 blocked");
        assert_eq!(g.cell("rumqttc", "aedes"), None);
    }

    #[test]
    fn nothing_ran_is_not_clean() {
        let arg = PairArg { grid: "g".into(), row: "a".into(), column: "b".into(), path: "f".into() };
        let grids = build(&[(arg, results(&[("s", Outcome::Skipped)]))], &BTreeMap::new());
        let c = &grids[0].cells[0];
        assert!(!c.clean());
        assert_eq!((grids[0].title.as_str(), c.summary().as_str()), ("g", "0/0 · 1 skipped"));
    }

    #[test]
    fn cells_follow_row_then_column_order() {
        let arg =
            |row: &str, col: &str| PairArg { grid: "g".into(), row: row.into(), column: col.into(), path: "f".into() };
        let ok = || results(&[("s", Outcome::Passed)]);
        let grids = build(&[(arg("a", "y"), ok()), (arg("b", "x"), ok()), (arg("a", "x"), ok())], &BTreeMap::new());
        let order: Vec<_> = grids[0].cells.iter().map(|c| format!("{}@{}", c.row, c.column)).collect();
        assert_eq!(order, ["a@y", "a@x", "b@x"]);
        assert_eq!(grids[0].columns, ["y", "x"]);
    }

    #[test]
    fn columns_naming_rows_follow_the_rows() {
        let arg =
            |row: &str, col: &str| PairArg { grid: "g".into(), row: row.into(), column: col.into(), path: "f".into() };
        let ok = || results(&[("s", Outcome::Passed)]);
        let cells = [("a", "b"), ("a", "c"), ("b", "a"), ("b", "c"), ("c", "a"), ("a", "z")];
        let cells: Vec<_> = cells.iter().map(|(r, c)| (arg(r, c), ok())).collect();
        let g = &build(&cells, &BTreeMap::new())[0];
        assert_eq!(g.rows, ["a", "b", "c"]);
        assert_eq!(g.columns, ["a", "b", "c", "z"]);
    }

    #[test]
    fn patterns() {
        assert!(matches("round1:*@mosquitto", "round1", "paho", "mosquitto"));
        assert!(!matches("round1:*@mosquitto", "round1", "paho", "aedes"));
        assert!(!matches("round2:*@*", "round1", "paho", "mosquitto"));
        assert!(matches("*:*@*", "ha", "bridge", "mosquitto"));
        assert!(!matches("round1", "round1", "a", "b"));
        assert!(valid_pattern("round1:*@mosquitto") && valid_pattern("r3:mosquitto+aedes@*"));
        assert!(!valid_pattern("round1:*") && !valid_pattern("r:a b@c"));
    }
}
