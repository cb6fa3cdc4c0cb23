// The shape of every new test skeleton `specgen generate` writes. Valid Rust
// (it is parsed with syn); placeholders are replaced per statement:
//   __NAME__     the test function's name (an identifier)
//   __ID__       the statement id            __FP__      its text's fingerprint
//   __LEVELS__   its RFC 2119 keywords       __ACTOR__   Server / Client / Both / Unknown
//   __TEXT__     the statement text: a doc line holding it is wrapped over several lines
//   __LINK__     where it stands in the spec (URL with anchor, or document and section)
//   __SECTION__  section number              __TITLE__   section title
//   __DOC__      the document's name
// Comments like these are not copied; only the function is.

/// __ID__ (__LEVELS__, __ACTOR__)
///
/// > __TEXT__
///
/// Spec: __LINK__
#[specgen::covers("__ID__", fp = "__FP__")]
#[test]
#[ignore = "skeleton"]
fn __NAME__() {
    todo!()
}
