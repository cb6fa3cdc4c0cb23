// Header of a new section file. Inner doc comments and items here are copied
// to the top of the file; the same placeholders as in skeleton.rs apply
// (__SECTION__, __TITLE__, __DOC__).

//! __DOC__ section __SECTION__: __TITLE__.
//!
//! One test per normative statement, created by `specgen generate` as an
//! ignored `todo!()` skeleton and then written by hand. Regeneration only
//! adds skeletons for new statements; it never changes what is here.

#[allow(unused_imports)]
use mqtt_conformance::*;
