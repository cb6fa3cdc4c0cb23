//! Annotations read by `specgen scan`. At compile time they only check their
//! own shape, so a typo in an annotation fails the build instead of silently
//! dropping a test from the traceability matrix.
//!
//! ```ignore
//! #[specgen::covers("MQTT-3.1.0-1", fp = "3f9a0c1e")]
//! #[test]
//! fn first_packet_must_be_connect() { /* ... */ }
//!
//! specgen::waive!("MQTT-3.1.2-23", reason = "client-only: a server suite cannot observe it");
//! ```

use proc_macro::TokenStream;
use syn::parse::{Parse, ParseStream};
use syn::{parse_macro_input, LitStr, Token};

/// `"ID", key = "value"`: the id first, then named string arguments.
struct Args {
    id: LitStr,
    named: Vec<(syn::Ident, LitStr)>,
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
            named.push((key, input.parse()?));
        }
        Ok(Args { id, named })
    }
}

fn check(args: &Args, allowed: &[&str], required: &[&str]) -> syn::Result<()> {
    let id = args.id.value();
    if id.trim().is_empty() || id.trim() != id || id.contains(char::is_whitespace) {
        return Err(syn::Error::new(args.id.span(), "statement id must be non-empty and contain no whitespace"));
    }
    for (key, value) in &args.named {
        if !allowed.iter().any(|a| key == a) {
            return Err(syn::Error::new(key.span(), format!("unknown argument `{key}`; expected one of {allowed:?}")));
        }
        if key == "fp" && (value.value().len() != 8 || !value.value().chars().all(|c| c.is_ascii_hexdigit())) {
            return Err(syn::Error::new(value.span(), "fingerprint must be 8 hex digits"));
        }
    }
    for req in required {
        if !args.named.iter().any(|(k, _)| k == req) {
            return Err(syn::Error::new(args.id.span(), format!("missing `{req} = \"...\"`")));
        }
    }
    Ok(())
}

/// Marks a test as covering one statement. Stack several to cover several.
#[proc_macro_attribute]
pub fn covers(attr: TokenStream, item: TokenStream) -> TokenStream {
    let args = parse_macro_input!(attr as Args);
    match check(&args, &["fp"], &["fp"]) {
        Ok(()) => item,
        Err(e) => {
            let mut out: TokenStream = e.to_compile_error().into();
            out.extend(item);
            out
        }
    }
}

/// Declares a statement not applicable to this suite, with a reason. Expands to nothing.
#[proc_macro]
pub fn waive(input: TokenStream) -> TokenStream {
    let args = parse_macro_input!(input as Args);
    match check(&args, &["reason"], &["reason"]) {
        Ok(()) => TokenStream::new(),
        Err(e) => e.to_compile_error().into(),
    }
}
