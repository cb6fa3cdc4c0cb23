//! The two annotations a test tree carries, read from syn's tree with the
//! grammar the proc macros use (`specgen-annotation`). Shared by `scan`
//! (which reports on them) and, through its spans, `accept` (which edits them).
//!
//! ```ignore
//! #[specgen::covers("MQTT-3.1.0-1", fp = "3f9a0c1e")]   // on a test fn
//! specgen::waive!("MQTT-3.1.2-23", reason = "client-only"); // an item
//! ```

pub use specgen_annotation::Literal;
use syn::{Attribute, Macro, Meta, Path};

/// `#[specgen::covers("ID", fp = "xxxxxxxx")]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Covers {
    pub id: String,
    /// Fingerprint of the text the test was written against.
    pub fp: String,
}

/// `specgen::waive!("ID", reason = "...")`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waive {
    pub id: String,
    pub reason: String,
}

/// `specgen::NAME` or a bare `NAME` (for `use specgen::covers;`).
fn is_path(path: &Path, name: &str) -> bool {
    let segs: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    match segs.as_slice() {
        [last] => last == name,
        [krate, last] => krate == "specgen" && last == name,
        _ => false,
    }
}

/// `None` when the attribute is not a `covers` annotation; an error message
/// when it is one but malformed. The literals keep their spans.
pub fn parse_covers(attr: &Attribute) -> Option<Result<specgen_annotation::Covers, String>> {
    if !is_path(attr.path(), "covers") {
        return None;
    }
    let Meta::List(list) = &attr.meta else {
        return Some(Err("malformed covers annotation: expected `covers(\"ID\", fp = \"...\")`".into()));
    };
    Some(specgen_annotation::parse_covers(list.tokens.clone()).map_err(|e| format!("malformed covers annotation: {e}")))
}

/// `None` when the macro is not `waive!`; an error message when malformed.
pub fn parse_waive(mac: &Macro) -> Option<Result<Waive, String>> {
    if !is_path(&mac.path, "waive") {
        return None;
    }
    Some(
        specgen_annotation::parse_waive(mac.tokens.clone())
            .map(|w| Waive { id: w.id.value, reason: w.reason.value })
            .map_err(|e| format!("malformed waive! annotation: {e}")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_and_waive() {
        let f: syn::ItemFn =
            syn::parse_str(r#"#[specgen::covers("MQTT-1.2.3-4", fp = "0123abcd")] #[test] fn t() {}"#).unwrap();
        let c = parse_covers(&f.attrs[0]).unwrap().unwrap();
        assert_eq!((c.id.value.as_str(), c.fp.value.as_str()), ("MQTT-1.2.3-4", "0123abcd"));
        assert!(parse_covers(&f.attrs[1]).is_none());
        let m: syn::ItemMacro = syn::parse_str(r#"specgen::waive!("MQTT-1.2.3-4", reason = "client only");"#).unwrap();
        assert_eq!(parse_waive(&m.mac), Some(Ok(Waive { id: "MQTT-1.2.3-4".into(), reason: "client only".into() })));
    }

    #[test]
    fn malformed_annotations_are_errors_not_ignored() {
        for attr in [
            r#"#[specgen::covers("MQTT-1.2.3-4")]"#,
            r#"#[specgen::covers(MQTT)]"#,
            r#"#[specgen::covers]"#,
            r#"#[covers("MQTT-1.2.3-4", fp = "xyz")]"#,
            r#"#[specgen::covers("MQTT-1.2.3-4", fp = "0123abcd", note = "x")]"#,
        ] {
            let f: syn::ItemFn = syn::parse_str(&format!("{attr} fn t() {{}}")).unwrap();
            assert!(parse_covers(&f.attrs[0]).unwrap().is_err(), "{attr}");
        }
        let m: syn::ItemMacro = syn::parse_str(r#"specgen::waive!("MQTT-1.2.3-4");"#).unwrap();
        assert!(parse_waive(&m.mac).unwrap().is_err());
    }
}
