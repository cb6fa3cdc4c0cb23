use sha2::{Digest, Sha256};

/// Collapses every run of whitespace (including no-break spaces) to one space
/// and trims, so that re-wrapping a paragraph never changes a fingerprint.
/// Invisible characters (zero-width space U+200B, word joiner U+2060, byte
/// order mark U+FEFF) are dropped: one export of a draft has them where
/// another has none.
pub fn normalize_text(text: &str) -> String {
    let text: std::borrow::Cow<str> = if text.contains(['\u{200b}', '\u{2060}', '\u{feff}']) {
        text.chars().filter(|c| !matches!(c, '\u{200b}' | '\u{2060}' | '\u{feff}')).collect::<String>().into()
    } else {
        text.into()
    };
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{a0}') {
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Eight hex digits of SHA-256 over the normalized text: short enough to sit
/// in an annotation, long enough that two drafts' texts do not collide.
pub fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(normalize_text(text).as_bytes());
    digest[..4].iter().map(|b| format!("{b:02x}")).collect()
}

/// Lower-case snake case of the ASCII alphanumeric runs in `s`; prefixed
/// when it would not start with a letter.
pub fn rust_ident(s: &str, prefix: &str) -> String {
    let mut out = String::new();
    for part in s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('_');
        }
        out.push_str(&part.to_ascii_lowercase());
    }
    if !out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out = if out.is_empty() { prefix.to_string() } else { format!("{prefix}_{out}") };
    }
    if syn::parse_str::<syn::Ident>(&out).is_err() {
        out = format!("{prefix}_{out}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_folded() {
        assert_eq!(normalize_text("  a\u{a0}\n b\t\tc "), "a b c");
        assert_eq!(normalize_text("\u{200b}\u{200b}If a\u{200b} b"), "If a b");
    }

    #[test]
    fn fingerprint_ignores_wrapping_but_not_words() {
        assert_eq!(fingerprint("The Server MUST\n close"), fingerprint("The Server MUST close"));
        assert_ne!(fingerprint("The Server MUST close"), fingerprint("The Server MAY close"));
        assert_eq!(fingerprint("x").len(), 8);
    }
}
