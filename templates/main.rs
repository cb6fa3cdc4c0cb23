// Header of a new test binary's `main.rs` (`tests/<doc>/main.rs`). Inner doc
// comments and items are copied; `mod` lines for the section files follow.
// Placeholder: __DOC__.

//! __DOC__ conformance tests, one module per spec section.
//!
//! `specgen generate` adds a `mod` line for each new section file.
