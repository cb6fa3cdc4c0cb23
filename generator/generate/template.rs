//! Skeleton templates: valid Rust files in `templates/`, parsed with syn, whose
//! placeholders (`__NAME__`, `__ID__`, `__FP__`, `__TEXT__`, ...) are replaced
//! token by token. Changing a template changes every new skeleton; existing
//! tests are never re-rendered.

use crate::diag::Diagnostic;
use crate::model::SourceLocation;
use crate::source::parse_error;
use proc_macro2::{Group, Ident, Literal, TokenStream, TokenTree};
use std::path::Path;

/// The built-in templates, used for any file a templates folder lacks.
const SKELETON: &str = include_str!("../../templates/skeleton.rs");
const FILE: &str = include_str!("../../templates/file.rs");
const MAIN: &str = include_str!("../../templates/main.rs");

/// Parsed templates.
#[derive(Debug, Clone)]
pub struct Templates {
    /// The one function of `skeleton.rs`.
    pub skeleton: syn::ItemFn,
    /// Header of a new section file (`file.rs`).
    pub file: syn::File,
    /// Header of a new `main.rs` (`main.rs`).
    pub main: syn::File,
}

impl Templates {
    /// The templates compiled into specgen (a copy of the repository's `templates/`).
    pub fn builtin() -> Templates {
        Templates::parse(SKELETON, FILE, MAIN, Path::new("<builtin>")).expect("built-in templates are valid")
    }

    /// Reads `skeleton.rs`, `file.rs` and `main.rs` from `dir`; a missing file
    /// (or folder) falls back to the built-in one, an invalid one is an error.
    pub fn load(dir: &Path) -> Result<Templates, Diagnostic> {
        let read = |name: &str, builtin: &'static str| -> Result<String, Diagnostic> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => Ok(s),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(builtin.to_string()),
                Err(e) => Err(Diagnostic::error("unreadable-template", format!("cannot read: {e}"), loc(&path))),
            }
        };
        Templates::parse(&read("skeleton.rs", SKELETON)?, &read("file.rs", FILE)?, &read("main.rs", MAIN)?, dir)
    }

    /// Parses the three template texts; `dir` names them in errors.
    pub fn parse(skeleton: &str, file: &str, main: &str, dir: &Path) -> Result<Templates, Diagnostic> {
        let parse = |name: &str, src: &str| -> Result<syn::File, Diagnostic> {
            let label = dir.join(name).display().to_string();
            syn::parse_file(src).map_err(|e| parse_error(&label, src, &e))
        };
        let sk = parse("skeleton.rs", skeleton)?;
        let fns: Vec<&syn::ItemFn> = sk
            .items
            .iter()
            .filter_map(|i| match i {
                syn::Item::Fn(f) => Some(f),
                _ => None,
            })
            .collect();
        let skeleton = match (fns.as_slice(), sk.items.len()) {
            ([f], 1) if f.sig.ident == "__NAME__" => (*f).clone(),
            _ => {
                return Err(Diagnostic::error(
                    "bad-template",
                    "the skeleton template must hold exactly one item: a function named `__NAME__`",
                    loc(&dir.join("skeleton.rs")),
                ))
            }
        };
        Ok(Templates { skeleton, file: parse("file.rs", file)?, main: parse("main.rs", main)? })
    }
}

fn loc(path: &Path) -> SourceLocation {
    SourceLocation { file: path.display().to_string(), ..Default::default() }
}

/// Values for the placeholders of one rendering.
#[derive(Debug, Clone, Default)]
pub struct Values {
    pairs: Vec<(&'static str, String)>,
}

impl Values {
    pub fn set(mut self, key: &'static str, value: impl Into<String>) -> Self {
        self.pairs.push((key, value.into()));
        self
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_str())
    }

    /// Replaces every known `__KEY__` in `s`.
    pub fn fill(&self, s: &str) -> String {
        let mut out = s.to_string();
        for (k, v) in &self.pairs {
            if out.contains(k) {
                out = out.replace(k, v);
            }
        }
        out
    }
}

/// Replaces placeholders inside string literals and identifiers throughout
/// `tokens`. An identifier placeholder must map to a valid identifier.
pub fn substitute(tokens: TokenStream, values: &Values) -> TokenStream {
    tokens
        .into_iter()
        .map(|tt| match tt {
            TokenTree::Group(g) => {
                let mut ng = Group::new(g.delimiter(), substitute(g.stream(), values));
                ng.set_span(g.span());
                TokenTree::Group(ng)
            }
            TokenTree::Ident(i) => match values.get(&i.to_string()) {
                // Only values that are identifiers themselves (the test name).
                Some(v) if syn::parse_str::<syn::Ident>(v).is_ok() => TokenTree::Ident(Ident::new(v, i.span())),
                _ => TokenTree::Ident(i),
            },
            TokenTree::Literal(l) => {
                let lit = syn::parse2::<syn::LitStr>(TokenTree::Literal(l.clone()).into()).ok();
                match lit {
                    Some(s) if s.value().contains("__") => {
                        let mut nl = Literal::string(&values.fill(&s.value()));
                        nl.set_span(l.span());
                        TokenTree::Literal(nl)
                    }
                    _ => TokenTree::Literal(l),
                }
            }
            other => other,
        })
        .collect()
}
