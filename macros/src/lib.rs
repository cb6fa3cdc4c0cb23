//! Annotations read by `specgen scan`. At compile time they check their own
//! shape with the grammar `specgen` itself reads (`specgen-annotation`), so
//! a typo in an annotation fails the build instead of silently dropping a
//! test from the traceability matrix.
//!
//! ```ignore
//! #[specgen::covers("MQTT-3.1.0-1", fp = "3f9a0c1e")]
//! #[test]
//! fn first_packet_must_be_connect() { /* ... */ }
//!
//! specgen::waive!("MQTT-3.1.2-23", reason = "client-only: a server suite cannot observe it");
//! ```

use proc_macro::TokenStream;

/// Marks a test as covering one statement. Stack several to cover several.
#[proc_macro_attribute]
pub fn covers(attr: TokenStream, item: TokenStream) -> TokenStream {
    match specgen_annotation::parse_covers(attr.into()) {
        Ok(_) => item,
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
    match specgen_annotation::parse_waive(input.into()) {
        Ok(_) => TokenStream::new(),
        Err(e) => e.to_compile_error().into(),
    }
}
