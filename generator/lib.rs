//! specgen: normative statements in, spec-linked test skeletons and a
//! traceability matrix out. Every CLI command is a library call here, so a
//! `build.rs` or an xtask can do the same.
//!
//! Data flow: [`ingest`] (one reader per format) → [`model::StatementList`]
//! → [`diff`] between drafts, `generate` skeletons into the test tree,
//! `scan` the tree, join with `results`, build the `matrix`, write `report`s.

pub mod cli;
pub mod annotation;
pub mod config;
pub mod diag;
pub mod ingest;
pub mod model;
pub mod scan;
pub mod generate;
pub mod results;
pub mod matrix;
pub mod check;
pub mod report;
pub mod diff;
