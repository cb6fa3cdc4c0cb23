//! The two annotations a test tree carries, as syn sees them. Shared by
//! `generate` (which edits them) and `scan` (which reports on them), so both
//! agree on what counts as an annotation.
//!
//! ```ignore
//! #[specgen::covers("MQTT-3.1.0-1", fp = "3f9a0c1e")]   // on a test fn
//! specgen::waive!("MQTT-3.1.2-23", reason = "client-only"); // an item
//! ```

use syn::parse::{Parse, ParseStream};
use syn::{Attribute, LitStr, Macro, Path, Token};

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

/// `"ID", key = "value", ...` as written inside either annotation.
struct Args {
    id: String,
    named: Vec<(String, String)>,
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let id: LitStr = input.parse()?;
        let mut named = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let value: LitStr = input.parse()?;
            named.push((key.to_string(), value.value()));
        }
        Ok(Args { id: id.value(), named })
    }
}

impl Args {
    fn take(&self, key: &str) -> Option<String> {
        self.named.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
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
/// when it is one but malformed.
pub fn parse_covers(attr: &Attribute) -> Option<Result<Covers, String>> {
    if !is_path(attr.path(), "covers") {
        return None;
    }
    Some(attr.parse_args::<Args>().map_err(|e| format!("malformed covers annotation: {e}")).and_then(|a| {
        let fp = a.take("fp").ok_or_else(|| "covers annotation without `fp = \"...\"`".to_string())?;
        if a.id.trim().is_empty() {
            return Err("covers annotation with an empty id".into());
        }
        Ok(Covers { id: a.id, fp })
    }))
}

/// `None` when the macro is not `waive!`; an error message when malformed.
pub fn parse_waive(mac: &Macro) -> Option<Result<Waive, String>> {
    if !is_path(&mac.path, "waive") {
        return None;
    }
    Some(mac.parse_body::<Args>().map_err(|e| format!("malformed waive! annotation: {e}")).and_then(|a| {
        let reason = a.take("reason").ok_or_else(|| "waive! without `reason = \"...\"`".to_string())?;
        if reason.trim().is_empty() {
            return Err("waive! with an empty reason".into());
        }
        Ok(Waive { id: a.id, reason })
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covers_and_waive() {
        let f: syn::ItemFn =
            syn::parse_str(r#"#[specgen::covers("MQTT-1.2.3-4", fp = "0123abcd")] #[test] fn t() {}"#).unwrap();
        assert_eq!(parse_covers(&f.attrs[0]), Some(Ok(Covers { id: "MQTT-1.2.3-4".into(), fp: "0123abcd".into() })));
        assert_eq!(parse_covers(&f.attrs[1]), None);
        let m: syn::ItemMacro = syn::parse_str(r#"specgen::waive!("MQTT-1.2.3-4", reason = "client only");"#).unwrap();
        assert_eq!(parse_waive(&m.mac), Some(Ok(Waive { id: "MQTT-1.2.3-4".into(), reason: "client only".into() })));
    }

    #[test]
    fn malformed_annotations_are_errors_not_ignored() {
        let f: syn::ItemFn = syn::parse_str(r#"#[specgen::covers("MQTT-1.2.3-4")] fn t() {}"#).unwrap();
        assert!(parse_covers(&f.attrs[0]).unwrap().is_err());
        let f: syn::ItemFn = syn::parse_str(r#"#[specgen::covers(MQTT)] fn t() {}"#).unwrap();
        assert!(parse_covers(&f.attrs[0]).unwrap().is_err());
        let m: syn::ItemMacro = syn::parse_str(r#"specgen::waive!("MQTT-1.2.3-4");"#).unwrap();
        assert!(parse_waive(&m.mac).unwrap().is_err());
    }
}
