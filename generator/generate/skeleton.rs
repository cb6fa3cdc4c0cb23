//! Renders skeletons and file headers from the templates: placeholders
//! replaced in the syn tree, printed with prettyplease. Deterministic: the
//! same statement and template always give the same bytes.

use super::template::{substitute, Templates, Values};
use crate::model::{Statement, StatementList};
use quote::ToTokens;

/// Width of the wrapped statement text in doc comments.
pub const TEXT_WIDTH: usize = 92;

/// The placeholder values for one statement.
pub fn values(statement: &Statement, list: &StatementList, name: &str) -> Values {
    let levels: Vec<&str> = statement.levels.iter().map(|l| l.as_str()).collect();
    Values::default()
        .set("__NAME__", name)
        .set("__ID__", statement.id.as_str())
        .set("__FP__", statement.fingerprint.as_str())
        .set("__LEVELS__", if levels.is_empty() { "no keyword".to_string() } else { levels.join(", ") })
        .set("__ACTOR__", statement.actor.as_str())
        .set("__LINK__", link(statement, list))
        .set("__SECTION__", statement.section.as_str())
        .set("__TITLE__", statement.section_title.as_str())
        .set("__DOC__", list.document.name.as_str())
}

/// Where the statement stands: its anchor as a URL when there is one,
/// otherwise the document (URL or name) and the section.
pub fn link(statement: &Statement, list: &StatementList) -> String {
    let url = list.document.url.as_deref().filter(|u| !u.is_empty());
    let section = if statement.section_title.is_empty() {
        format!("section {}", statement.section)
    } else {
        format!("section {} ({})", statement.section, statement.section_title)
    };
    match (&statement.anchor, url) {
        (Some(a), _) if a.starts_with("http://") || a.starts_with("https://") => format!("<{a}>, {section}"),
        (Some(a), Some(u)) => {
            let base = u.split('#').next().unwrap_or(u);
            let frag = a.trim_start_matches('#');
            format!("<{base}#{frag}>, {section}")
        }
        (_, Some(u)) => format!("<{u}>, {section}"),
        (_, None) => format!("{}, {section}", list.document.name),
    }
}

/// Splits `text` into lines of at most `width` chars at spaces (a longer
/// word stays whole on its own line).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// One rendered skeleton function, ending in a newline.
pub fn render_skeleton(templates: &Templates, statement: &Statement, list: &StatementList, name: &str) -> String {
    let values = values(statement, list, name);
    let mut item = templates.skeleton.clone();
    item.attrs = expand_text(&item.attrs, &statement.text);
    let tokens = substitute(item.into_token_stream(), &values);
    // Substitution keeps the token shape of a valid function, so this parses.
    let item: syn::Item = syn::parse2(tokens).expect("substituted template stays a valid item");
    unparse(vec![], vec![item])
}

/// The doc attribute holding `__TEXT__` becomes one attribute per wrapped
/// line, each keeping the text around the placeholder (a `> ` quote prefix).
fn expand_text(attrs: &[syn::Attribute], text: &str) -> Vec<syn::Attribute> {
    let mut out = Vec::with_capacity(attrs.len() + 4);
    for attr in attrs {
        let doc = match &attr.meta {
            syn::Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
                syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) => Some(s.value()),
                _ => None,
            },
            _ => None,
        };
        match doc {
            Some(line) if line.contains("__TEXT__") => {
                for chunk in wrap(text, TEXT_WIDTH) {
                    let value = line.replace("__TEXT__", &chunk);
                    out.push(syn::parse_quote!(#[doc = #value]));
                }
            }
            _ => out.push(attr.clone()),
        }
    }
    out
}

/// A header template (file or main) with placeholders filled, then `extra`
/// items (mod lines), one block of text ending in a newline.
pub fn render_header(template: &syn::File, values: &Values, extra: Vec<syn::Item>) -> String {
    let file = syn::File { shebang: None, attrs: template.attrs.clone(), items: template.items.clone() };
    let file: syn::File =
        syn::parse2(substitute(file.into_token_stream(), values)).expect("substituted template parses");
    let mut parts = Vec::new();
    if !file.attrs.is_empty() {
        parts.push(unparse(file.attrs, vec![]));
    }
    if !file.items.is_empty() {
        parts.push(unparse(vec![], file.items));
    }
    if !extra.is_empty() {
        parts.push(unparse(vec![], extra));
    }
    parts.join("\n")
}

fn unparse(attrs: Vec<syn::Attribute>, items: Vec<syn::Item>) -> String {
    prettyplease::unparse(&syn::File { shebang: None, attrs, items })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocumentInfo, SourceLocation};

    #[test]
    fn skeleton_from_the_builtin_template() {
        let mut s = Statement::new(
            "MQTT-3.1.0-1",
            "3.1",
            "CONNECT",
            "After a Network Connection is established by a Client to a Server, the first packet sent from the \
             Client to the Server MUST be a CONNECT packet \"quoted\".",
            SourceLocation::default(),
        );
        s.anchor = Some("_Toc3901033".into());
        s.actor = crate::model::Actor::Client;
        let info = DocumentInfo {
            name: "mqtt-v5.0".into(),
            url: Some("https://x.org/mqtt.html".into()),
            ..Default::default()
        };
        let list = StatementList::new(info, vec![s.clone()]);
        let out = render_skeleton(&Templates::builtin(), &s, &list, "mqtt_3_1_0_1_first");
        let expected = format!(
            "/// MQTT-3.1.0-1 (MUST, Client)\n///\n/// > After a Network Connection is established by a Client to a \
             Server, the first packet sent\n/// > from the Client to the Server MUST be a CONNECT packet \"quoted\".\n\
             ///\n/// Spec: <https://x.org/mqtt.html#_Toc3901033>, section 3.1 (CONNECT)\n\
             #[specgen::covers(\"MQTT-3.1.0-1\", fp = \"{}\")]\n#[test]\n#[ignore = \"skeleton\"]\n\
             fn mqtt_3_1_0_1_first() {{\n    todo!()\n}}\n",
            s.fingerprint
        );
        assert_eq!(out, expected);
    }

    #[test]
    fn wrapping() {
        assert_eq!(wrap("aa bb cc", 5), vec!["aa bb", "cc"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("abcdefgh x", 5), vec!["abcdefgh", "x"]);
    }
}
