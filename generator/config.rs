//! `spec/specgen.toml`: which documents the project tracks and where its
//! outputs go. Relative paths are relative to the config file's folder.

use crate::ingest::Format;
use crate::model::IdPattern;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const DEFAULT_PATH: &str = "spec/specgen.toml";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub project: Project,
    #[serde(default, rename = "document")]
    pub documents: Vec<Document>,
    /// `[matrix]`: actor waivers, expected-failures files (see `matrix::MatrixConfig`).
    #[serde(default)]
    pub matrix: crate::matrix::MatrixConfig,
    /// `[check]`: CI thresholds (see `check::CheckConfig`).
    #[serde(default)]
    pub check: crate::check::CheckConfig,
    /// Folder the config was read from; paths resolve against it.
    #[serde(skip)]
    pub root: PathBuf,
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
        let mut config: Config =
            toml::from_str(&text).map_err(|e| ConfigError::Parse { path: path.into(), message: e.to_string() })?;
        config.root = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let mut names = std::collections::HashSet::new();
        for d in &config.documents {
            if !names.insert(d.name.as_str()) {
                return Err(ConfigError::Parse {
                    path: path.into(),
                    message: format!("document `{}` is named twice", d.name),
                });
            }
        }
        Ok(config)
    }

    pub fn resolve(&self, p: &Path) -> PathBuf {
        if p.is_absolute() {
            p.to_path_buf()
        } else {
            self.root.join(p)
        }
    }

    /// The configured id pattern; `None` when each document's is detected.
    pub fn pattern(&self) -> Option<IdPattern> {
        self.project.id_prefix.clone().map(|prefix| IdPattern { prefix })
    }

    pub fn document(&self, name: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.name == name)
    }

    pub fn statements_path(&self, doc: &Document) -> PathBuf {
        self.resolve(&self.project.statements_dir).join(format!("{}.json", doc.name))
    }

    pub fn tests_dir(&self) -> PathBuf {
        self.resolve(&self.project.tests_dir)
    }

    pub fn reports_dir(&self) -> PathBuf {
        self.resolve(&self.project.reports_dir)
    }

    pub fn templates_dir(&self) -> PathBuf {
        self.resolve(&self.project.templates_dir)
    }
}
