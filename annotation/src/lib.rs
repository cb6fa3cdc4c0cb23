//! The grammar of the two annotations a test tree carries, in one place:
//! the proc macros check it at compile time, `specgen` reads it when it scans
//! a tree, and `specgen accept` rewrites the literals by the spans found here.
//!
//! ```text
//! #[specgen::covers("MQTT-3.1.0-1", fp = "3f9a0c1e")]          on a test fn
//! specgen::waive!("MQTT-3.1.2-23", reason = "client-only");     an item
//! ```
//!
//! Rules: the id is a non-empty string literal without whitespace; then
//! `key = "value"` pairs, each key known to the annotation and given once;
//! `fp` is exactly 8 hexadecimal digits; `reason` is not blank. A trailing
//! comma is allowed.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Ident, LitStr, Token};

/// A string literal with where it stands.
#[derive(Debug, Clone)]
pub struct Literal {
    pub value: String,
    pub span: Span,
}

impl From<LitStr> for Literal {
    fn from(l: LitStr) -> Literal {
        Literal { value: l.value(), span: l.span() }
    }
}

/// `#[specgen::covers("ID", fp = "xxxxxxxx")]`, checked.
#[derive(Debug, Clone)]
pub struct Covers {
    pub id: Literal,
    /// Fingerprint of the text the test was written against.
    pub fp: Literal,
}

/// `specgen::waive!("ID", reason = "...")`, checked.
#[derive(Debug, Clone)]
pub struct Waive {
    pub id: Literal,
    pub reason: Literal,
}

/// `"ID", key = "value", ...`: the shape both annotations share.
struct Args {
    id: LitStr,
    named: Vec<(Ident, LitStr)>,
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
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            named.push((key, input.parse()?));
        }
        Ok(Args { id, named })
    }
}

impl Args {
    /// Checks the id and the keys, and returns the values of `keys` in order.
    fn check(self, keys: &[&str]) -> syn::Result<(Literal, Vec<Literal>)> {
        let id = self.id.value();
        if id.is_empty() || id.contains(char::is_whitespace) {
            return Err(syn::Error::new(self.id.span(), "statement id must be non-empty and contain no whitespace"));
        }
        let mut values: Vec<Option<LitStr>> = keys.iter().map(|_| None).collect();
        for (key, value) in self.named {
            let Some(k) = keys.iter().position(|k| key == k) else {
                return Err(syn::Error::new(key.span(), format!("unknown argument `{key}`; expected one of {keys:?}")));
            };
            if values[k].is_some() {
                return Err(syn::Error::new(key.span(), format!("`{key}` is given twice")));
            }
            values[k] = Some(value);
        }
        let mut out = Vec::new();
        for (k, v) in keys.iter().zip(values) {
            out.push(v.ok_or_else(|| syn::Error::new(self.id.span(), format!("missing `{k} = \"...\"`")))?.into());
        }
        Ok((self.id.into(), out))
    }
}

/// Parses the arguments of a `covers` attribute (what stands between its parentheses).
pub fn parse_covers(tokens: TokenStream) -> syn::Result<Covers> {
    let (id, mut values) = Args::parse.parse2(tokens)?.check(&["fp"])?;
    let fp = values.remove(0);
    if fp.value.len() != 8 || !fp.value.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(syn::Error::new(fp.span, "fingerprint must be 8 hex digits"));
    }
    Ok(Covers { id, fp })
}

/// Parses the body of a `waive!`.
pub fn parse_waive(tokens: TokenStream) -> syn::Result<Waive> {
    let (id, mut values) = Args::parse.parse2(tokens)?.check(&["reason"])?;
    let reason = values.remove(0);
    if reason.value.trim().is_empty() {
        return Err(syn::Error::new(reason.span, "the reason must not be blank"));
    }
    Ok(Waive { id, reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covers(s: &str) -> Result<(String, String), String> {
        parse_covers(s.parse().unwrap()).map(|c| (c.id.value, c.fp.value)).map_err(|e| e.to_string())
    }

    fn waive(s: &str) -> Result<(String, String), String> {
        parse_waive(s.parse().unwrap()).map(|w| (w.id.value, w.reason.value)).map_err(|e| e.to_string())
    }

    #[test]
    fn well_formed() {
        assert_eq!(covers(r#""MQTT-1.2.3-4", fp = "0123abCD""#), Ok(("MQTT-1.2.3-4".into(), "0123abCD".into())));
        assert_eq!(covers(r#""X-1", fp = "01234567","#), Ok(("X-1".into(), "01234567".into())));
        assert_eq!(waive(r#""X-1", reason = "client only""#), Ok(("X-1".into(), "client only".into())));
    }

    #[test]
    fn every_rule_refuses() {
        for (input, says) in [
            (r#""X-1""#, "missing `fp"),
            (r#""X-1", fp = "0123456""#, "8 hex digits"),
            (r#""X-1", fp = "0123456g""#, "8 hex digits"),
            (r#""X-1", fp = "012345678""#, "8 hex digits"),
            (r#""X-1", fp = "01234567", fq = "x""#, "unknown argument `fq`"),
            (r#""X-1", fp = "01234567", fp = "01234567""#, "given twice"),
            (r#""", fp = "01234567""#, "non-empty"),
            (r#""X 1", fp = "01234567""#, "no whitespace"),
            (r#"X, fp = "01234567""#, "expected string literal"),
        ] {
            let e = covers(input).unwrap_err();
            assert!(e.contains(says), "{input}: {e}");
        }
        assert!(waive(r#""X-1""#).unwrap_err().contains("missing `reason"));
        assert!(waive(r#""X-1", reason = "  ""#).unwrap_err().contains("blank"));
        assert!(waive(r#""X-1", reason = "r", fp = "01234567""#).unwrap_err().contains("unknown argument `fp`"));
    }
}
