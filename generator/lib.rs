//! specgen: normative statements in, spec-linked test skeletons and a
//! traceability matrix out. Every CLI command is a library call here, so a
//! `build.rs` or an xtask can do the same.
//!
//! Data flow: [`ingest`] (one reader per format) → [`model::StatementList`]
//! → [`diff`] between drafts, `generate` skeletons into the test tree,
//! `scan` the tree, join with `results`, build the `matrix`, write `report`s.
//! Every command works on one [`project::Project`], built once from the
//! config; [`classify`] is the one meaning of stale, renumbered and orphan.

// Errors are `Diagnostic`s with a location, help and notes: the cold path,
// returned by value everywhere; boxing them would only add noise.
#![allow(clippy::result_large_err)]
// docs/build-rs.md shows a whole build script, `fn main` included.
#![allow(clippy::needless_doctest_main)]

pub mod annotation;
pub mod atomic;
pub mod check;
pub mod classify;
pub mod cli;
pub mod config;
pub mod diag;
pub mod diff;
pub mod generate;
pub mod history;
pub mod ingest;
pub mod matrix;
pub mod model;
pub mod project;
pub mod report;
pub mod results;
pub mod scan;
pub mod source;

/// Using the library from a `build.rs` or an xtask (`docs/build-rs.md`); the
/// examples are compiled as doc tests, so they cannot drift from the API.
#[doc = include_str!("../docs/build-rs.md")]
pub mod build_rs_example {}
