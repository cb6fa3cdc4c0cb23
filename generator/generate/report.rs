//! What a regeneration found and did, as data (for tests and tools) and as
//! text (for people).

use crate::model::SourceLocation;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

pub use crate::classify::Finding;

/// A skeleton the run adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTest {
    pub id: String,
    /// The function's name.
    pub name: String,
    pub file: PathBuf,
}

/// A test written against an older text of its statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub id: String,
    pub test: String,
    pub at: SourceLocation,
    /// Fingerprint in the annotation.
    pub recorded: String,
    /// Fingerprint of the statement's current text.
    pub current: String,
}

/// An annotation (or waiver, with `test` = `None`) whose id left the spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Orphan {
    pub id: String,
    pub test: Option<String>,
    pub at: SourceLocation,
}

/// An annotation whose id is gone while the same text has a new id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renumbered {
    pub old_id: String,
    pub new_id: String,
    pub test: String,
    pub at: SourceLocation,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Skeletons added, in spec order.
    pub new: Vec<NewTest>,
    /// Files created (section files, `main.rs`).
    pub new_files: Vec<PathBuf>,
    /// Modules added to `main.rs`.
    pub new_mods: Vec<String>,
    pub stale: Vec<Stale>,
    pub orphans: Vec<Orphan>,
    pub renumbered: Vec<Renumbered>,
}

impl Report {
    pub fn count(&self, kinds: &[Finding]) -> usize {
        kinds
            .iter()
            .map(|k| match k {
                Finding::Stale => self.stale.len(),
                Finding::Orphan => self.orphans.len(),
                Finding::Renumbered => self.renumbered.len(),
            })
            .sum()
    }

    pub fn render(&self, document: &str, dir: &Path) -> String {
        let mut o = String::new();
        let _ = writeln!(o, "{document} ({}):", dir.display());
        if self.new.is_empty() && self.new_files.is_empty() && self.new_mods.is_empty() {
            let _ = writeln!(o, "  skeletons up to date");
        }
        for f in &self.new_files {
            let _ = writeln!(o, "  new file {}", f.display());
        }
        for m in &self.new_mods {
            let _ = writeln!(o, "  new line in main.rs: mod {m};");
        }
        for n in &self.new {
            let _ = writeln!(o, "  new skeleton {} `{}` in {}", n.id, n.name, n.file.display());
        }
        for s in &self.stale {
            let _ = writeln!(
                o,
                "  stale: {} at {} (`{}`): written against fp {}, the text is now {}; review the test, then \
                 `specgen accept {}`",
                s.id, s.at, s.test, s.recorded, s.current, s.id
            );
        }
        for r in &self.renumbered {
            let _ = writeln!(
                o,
                "  renumbered: {} is now {} at {} (`{}`): same text, new id; `specgen accept --rename {} {}` \
                 updates the annotation (the function keeps its name)",
                r.old_id, r.new_id, r.at, r.test, r.old_id, r.new_id
            );
        }
        for x in &self.orphans {
            let what = x.test.as_deref().map(|t| format!("`{t}`")).unwrap_or_else(|| "waive!".into());
            let _ = writeln!(
                o,
                "  orphan: {} at {} ({what}): not in the statement list; delete it or re-point it by hand",
                x.id, x.at
            );
        }
        let _ = writeln!(
            o,
            "  {} new, {} stale, {} renumbered, {} orphan",
            self.new.len(),
            self.stale.len(),
            self.renumbered.len(),
            self.orphans.len()
        );
        o
    }
}
