use sha2::{Digest, Sha256};

/// Collapses every run of whitespace (including no-break spaces) to one space
/// and trims, so that re-wrapping a paragraph never changes a fingerprint.
pub fn normalize_text(text: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_is_folded() {
        assert_eq!(normalize_text("  a\u{a0}\n b\t\tc "), "a b c");
    }

    #[test]
    fn fingerprint_ignores_wrapping_but_not_words() {
        assert_eq!(fingerprint("The Server MUST\n close"), fingerprint("The Server MUST close"));
        assert_ne!(fingerprint("The Server MUST close"), fingerprint("The Server MAY close"));
        assert_eq!(fingerprint("x").len(), 8);
    }
}
