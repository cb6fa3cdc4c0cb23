//! The test binary's `main.rs`: one `mod` line per section file. New lines
//! go next to the module of the neighbouring section, by span, so the rest of
//! the file (hand-written modules, helpers, attributes) stays as it is.

use super::merge::{insertion, Anchor, Edit};
use crate::source::LineIndex;
use syn::spanned::Spanned;

/// A `mod name;` declaration (no inline body) and its byte span.
#[derive(Debug, Clone)]
pub struct ModDecl {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// The out-of-line module declarations at the top level of a parsed file.
pub fn declared_modules(file: &syn::File, src: &str) -> Vec<ModDecl> {
    let index = LineIndex::new(src);
    file.items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Mod(m) if m.content.is_none() => {
                let r = index.range(m.span());
                Some(ModDecl { name: m.ident.to_string(), start: r.start, end: r.end })
            }
            _ => None,
        })
        .collect()
}

/// Edits adding `mod` lines for `new` modules. `rank` orders modules by spec
/// position (None for modules specgen does not know): a new module goes after
/// the declared one ranked just before it, else before the one just after it,
/// else after the last declaration, else at the end.
pub fn mod_edits(src: &str, declared: &[ModDecl], new: &[String], rank: impl Fn(&str) -> Option<usize>) -> Vec<Edit> {
    let mut edits = Vec::new();
    for name in new {
        let line = format!("mod {name};\n");
        let my = rank(name);
        let ranked: Vec<(&ModDecl, usize)> = declared.iter().filter_map(|d| rank(&d.name).map(|r| (d, r))).collect();
        let anchor = match my {
            Some(my) => {
                let before = ranked.iter().filter(|(_, r)| *r < my).max_by_key(|(_, r)| *r);
                let after = ranked.iter().filter(|(_, r)| *r > my).min_by_key(|(_, r)| *r);
                match (before, after) {
                    (Some((d, _)), _) => Some(Anchor::After { start: d.start, end: d.end }),
                    (None, Some((d, _))) => Some(Anchor::Before { start: d.start }),
                    _ => None,
                }
            }
            None => None,
        };
        let anchor = anchor.unwrap_or_else(|| match declared.last() {
            Some(d) => Anchor::After { start: d.start, end: d.end },
            None => Anchor::End,
        });
        edits.push(mod_insertion(src, anchor, &line));
    }
    edits
}

/// `mod` lines sit on consecutive lines: no blank line like between tests.
fn mod_insertion(src: &str, anchor: Anchor, line: &str) -> Edit {
    let mut e = insertion(src, anchor, line);
    e.text = match anchor {
        Anchor::After { .. } => e.text.replacen("\n\n", "\n", 1).replacen("\r\n\r\n", "\r\n", 1),
        Anchor::Before { .. } => {
            let t = e.text.trim_end_matches(['\r', '\n']).to_string();
            if src.contains("\r\n") {
                t + "\r\n"
            } else {
                t + "\n"
            }
        }
        Anchor::End => e.text,
    };
    e
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::merge::apply;

    #[test]
    fn new_mods_follow_spec_order() {
        let src = "//! Tests.\n\nmod s1_5_data;\n// hand-made\nmod helpers;\nmod s3_2_connack;\n";
        let file = syn::parse_file(src).unwrap();
        let declared = declared_modules(&file, src);
        let order = ["s1_5_data", "s3_1_connect", "s3_2_connack", "s4_1_session"];
        let rank = |n: &str| order.iter().position(|o| *o == n);
        let edits = mod_edits(src, &declared, &["s3_1_connect".into(), "s4_1_session".into()], rank);
        assert_eq!(
            apply(src, &edits),
            "//! Tests.\n\nmod s1_5_data;\nmod s3_1_connect;\n// hand-made\nmod helpers;\nmod s3_2_connack;\nmod s4_1_session;\n"
        );
        let edits = mod_edits("", &[], &["s1".into()], rank);
        assert_eq!(apply("", &edits), "mod s1;\n");
    }
}
