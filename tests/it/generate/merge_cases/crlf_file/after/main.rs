//! synthetic conformance tests, one module per spec section.
//!
//! `specgen generate` adds a `mod` line for each new section file.

mod s1_1_1_1;
