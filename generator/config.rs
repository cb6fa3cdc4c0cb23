//! `spec/specgen.toml` as plain data: which documents the project tracks,
//! where its outputs go, and the settings of the later stages. Relative paths
//! are relative to the config file's folder; [`crate::project::Project`]
//! resolves them.

use crate::model::{Actor, ActorWords, Format, IdPattern, Tier};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const DEFAULT_PATH: &str = "spec/specgen.toml";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub project: Project,
    #[serde(default, rename = "document")]
    pub documents: Vec<Document>,
    /// `[actors]`: the words naming each party, for the actor guess.
    #[serde(default)]
    pub actors: ActorWords,
    /// `[matrix]`: actor waivers, expected-failures files.
    #[serde(default)]
    pub matrix: MatrixConfig,
    /// `[check]`: the CI gate's rules.
    #[serde(default)]
    pub check: CheckConfig,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// Id prefix: `MQTT` for `[MQTT-3.1.0-1]`, `MQTT-SN` for
    /// `[MQTT-SN-3.1.2-1]`. Absent: detected from each document (the most
    /// used prefix of its id-shaped brackets).
    #[serde(default)]
    pub id_prefix: Option<String>,
    /// Where `extract` writes `<doc>.json`.
    #[serde(default = "default_statements")]
    pub statements_dir: PathBuf,
    /// Where generated test files live (`<tests_dir>/<doc>/...`).
    #[serde(default = "default_tests")]
    pub tests_dir: PathBuf,
    /// Where `matrix` writes its reports.
    #[serde(default = "default_reports")]
    pub reports_dir: PathBuf,
    /// Skeleton templates.
    #[serde(default = "default_templates")]
    pub templates_dir: PathBuf,
}

fn default_statements() -> PathBuf {
    "statements".into()
}
fn default_tests() -> PathBuf {
    "../generated/tests".into()
}
fn default_reports() -> PathBuf {
    "../generated".into()
}
fn default_templates() -> PathBuf {
    "../templates".into()
}

impl Default for Project {
    fn default() -> Self {
        Project {
            id_prefix: None,
            statements_dir: default_statements(),
            tests_dir: default_tests(),
            reports_dir: default_reports(),
            templates_dir: default_templates(),
        }
    }
}

/// One tracked document.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Short name: output file names and the test folder derive from it.
    pub name: String,
    /// Local path (relative to the config) of the document.
    pub path: PathBuf,
    /// Format; guessed from the extension when absent.
    #[serde(default)]
    pub format: Option<Format>,
    /// Published URL, the base for statement links.
    #[serde(default)]
    pub url: Option<String>,
    /// Expected SHA-256 of the file; a mismatch means a new draft arrived.
    #[serde(default)]
    pub sha256: Option<String>,
    /// Whether `generate` writes test skeletons for it.
    #[serde(default)]
    pub generate: bool,
    /// Section levels one skeleton file holds: 2 (default) puts `3.1.2.4`
    /// into the file of section `3.1`.
    #[serde(default)]
    pub section_depth: Option<usize>,
    /// When this version of the document is from (`2026-08-18`): its label in a history.
    #[serde(default)]
    pub date: Option<String>,
    /// Earlier drafts of the same document, oldest first: `specgen history`
    /// follows every statement through them to this version.
    #[serde(default, rename = "draft")]
    pub drafts: Vec<Draft>,
    /// More test binaries (folders of `tests_dir`) whose tests count for this
    /// document besides its own generated one: a client suite, say. The
    /// matrix joins their annotations and results; `generate` never writes there.
    #[serde(default)]
    pub test_binaries: Vec<String>,
}

/// An earlier draft of a document (`[[document.draft]]`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Draft {
    /// When it is from (`2024-07-24`): its label in the history.
    pub date: String,
    /// Local path (relative to the config).
    pub path: PathBuf,
    /// Format; guessed from the extension when absent.
    #[serde(default)]
    pub format: Option<Format>,
    /// Expected SHA-256, as for a document.
    #[serde(default)]
    pub sha256: Option<String>,
}

/// `[matrix]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// Actor → reason. A statement bound to exactly that actor and covered by
    /// no test is waived with the reason: e.g. a server suite waives `Client`
    /// statements (the sheets' "N/A" server column maps to that actor).
    #[serde(default)]
    pub waive_actors: BTreeMap<Actor, String>,
    /// Target → expected-failures file (relative to the config file).
    #[serde(default)]
    pub expected_failures: BTreeMap<String, PathBuf>,
    /// `[matrix.grids.<name>]`: how the report titles an interop grid
    /// (`--pair <name>:ROW@COLUMN=FILE`).
    #[serde(default)]
    pub grids: BTreeMap<String, GridConfig>,
}

/// An interop grid's title and what its rows and columns are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GridConfig {
    pub title: Option<String>,
    /// What a row is (`client`).
    pub rows: Option<String>,
    /// What a column is (`server`).
    pub columns: Option<String>,
}

/// What a coverage threshold counts: one tier, or every statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    Tier(Tier),
    All,
}

impl std::str::FromStr for Scope {
    type Err = String;
    fn from_str(s: &str) -> Result<Scope, String> {
        match s {
            "all" => Ok(Scope::All),
            "none" => Err("unknown tier `none` (MUST, SHOULD, MAY, all)".into()),
            t => t.parse().map(Scope::Tier).map_err(|_| format!("unknown tier `{t}` (MUST, SHOULD, MAY, all)")),
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scope::Tier(t) => t.fmt(f),
            Scope::All => f.write_str("all"),
        }
    }
}

impl Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Scope, D::Error> {
        String::deserialize(d)?.parse().map_err(serde::de::Error::custom)
    }
}

/// `[check]`: the CI gate (`specgen check`).
///
/// ```toml
/// [check]
/// no_stale = true                   # default: a test written against old text fails
/// no_orphan = true                  # default: an annotation naming a removed id fails
/// min_coverage = { MUST = 90 }      # tier (MUST/SHOULD/MAY/all) -> % covered
/// no_failing = ["mosquitto"]        # targets where an unlisted failure fails ("*": all)
/// expected_failures = true          # default: listed deviations must still fail
/// documents = ["mqtt-v3.1.1"]       # what the gate judges; default: the documents taking part
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CheckConfig {
    pub no_stale: bool,
    pub no_orphan: bool,
    pub min_coverage: BTreeMap<Scope, f64>,
    pub no_failing: Vec<String>,
    pub expected_failures: bool,
    pub documents: Vec<String>,
    /// Interop grid cells (`GRID:ROW@COLUMN`, each part a name or `*`) where
    /// every scenario that runs must pass.
    pub grids_no_failing: Vec<String>,
}

impl Default for CheckConfig {
    fn default() -> Self {
        CheckConfig {
            no_stale: true,
            no_orphan: true,
            min_coverage: BTreeMap::new(),
            no_failing: Vec::new(),
            expected_failures: true,
            documents: Vec::new(),
            grids_no_failing: Vec::new(),
        }
    }
}

impl CheckConfig {
    pub fn validate(&self) -> Result<(), String> {
        for (scope, pct) in &self.min_coverage {
            if !(0.0..=100.0).contains(pct) {
                return Err(format!("[check] min_coverage: {scope} = {pct} is not a percentage"));
            }
        }
        for p in &self.grids_no_failing {
            if !crate::matrix::grid::valid_pattern(p) {
                return Err(format!("[check] grids_no_failing: `{p}` is not GRID:ROW@COLUMN (parts are names or `*`)"));
            }
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{path}: cannot read the config: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
}

impl Config {
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Io { path: path.into(), source })?;
        let config: Config =
            toml::from_str(&text).map_err(|e| ConfigError::Parse { path: path.into(), message: e.to_string() })?;
        let refuse = |message: String| ConfigError::Parse { path: path.into(), message };
        let mut names = std::collections::HashSet::new();
        for d in &config.documents {
            if !names.insert(d.name.as_str()) {
                return Err(refuse(format!("document `{}` is named twice", d.name)));
            }
        }
        for d in &config.documents {
            if d.section_depth == Some(0) {
                return Err(refuse(format!("document `{}`: section_depth must be at least 1", d.name)));
            }
            let mut dates: Vec<&str> = d.drafts.iter().map(|x| x.date.as_str()).collect();
            dates.extend(d.date.as_deref());
            if dates.windows(2).any(|w| w[0] >= w[1]) {
                return Err(refuse(format!(
                    "document `{}`: its drafts must be listed oldest first, with distinct dates, before the document's own `date` ({})",
                    d.name,
                    dates.join(", ")
                )));
            }
        }
        for (actor, reason) in &config.matrix.waive_actors {
            if reason.trim().is_empty() {
                return Err(refuse(format!("[matrix] waive_actors: `{actor}` needs a reason")));
            }
        }
        config.check.validate().map_err(refuse)?;
        for name in &config.check.documents {
            if config.document(name).is_none() {
                return Err(refuse(format!("[check] documents: no document named `{name}`")));
            }
        }
        Ok(config)
    }

    /// The configured id pattern; `None` when each document's is detected.
    pub fn pattern(&self) -> Option<IdPattern> {
        self.project.id_prefix.clone().map(|prefix| IdPattern { prefix })
    }

    pub fn document(&self, name: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.name == name)
    }
}
