//! Character encoding of an HTML page: byte-order mark, then the `<meta>`
//! charset, then UTF-8 if the bytes are valid UTF-8, else windows-1252 (what
//! Word writes and what browsers assume for such pages).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Bom,
    Meta,
    /// No declaration; the bytes are valid UTF-8.
    Utf8,
    /// No declaration and not UTF-8.
    Fallback,
}

#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub sniffed: Sniffed,
    /// Malformed sequences were replaced with U+FFFD.
    pub had_errors: bool,
}

/// Decodes a page, choosing the encoding as browsers do (simplified).
pub fn decode(bytes: &[u8]) -> Decoded {
    let (encoding, sniffed) = match Encoding::for_bom(bytes) {
        Some((enc, _)) => (enc, Sniffed::Bom),
        None => match meta_charset(bytes) {
            Some(enc) => (enc, Sniffed::Meta),
            None if std::str::from_utf8(bytes).is_ok() => (UTF_8, Sniffed::Utf8),
            None => (WINDOWS_1252, Sniffed::Fallback),
        },
    };
    // `decode` strips a BOM and, when one is present, follows it.
    let (text, used, had_errors) = encoding.decode(bytes);
    Decoded { text: text.into_owned(), encoding: used, sniffed, had_errors }
}

/// The charset a `<meta>` in the first 4 KiB declares, as an encoding.
/// A page cannot declare itself UTF-16 in ASCII, so such a label means UTF-8.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(p) = find(&lower[from..], b"<meta") {
        let start = from + p;
        let end = lower[start..].iter().position(|&b| b == b'>').map(|e| start + e).unwrap_or(lower.len());
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = trim_start(rest, b" \t\r\n");
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest, b" \t\r\n\"'");
                let len =
                    rest.iter().position(|b| !(b.is_ascii_alphanumeric() || b"-_:.".contains(b))).unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    return Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                        UTF_8
                    } else {
                        enc
                    });
                }
            }
        }
        from = end.max(start + 1);
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn trim_start<'a>(mut s: &'a [u8], set: &[u8]) -> &'a [u8] {
    while let Some((first, rest)) = s.split_first() {
        if !set.contains(first) {
            break;
        }
        s = rest;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_then_utf8_then_windows_1252() {
        let w = b"<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"><p>\x93a\x94\xa0b";
        let d = decode(w);
        assert_eq!((d.encoding, d.sniffed), (WINDOWS_1252, Sniffed::Meta));
        assert!(d.text.ends_with("“a”\u{a0}b"));
        let d = decode("<meta charset='utf-8'><p>“a”".as_bytes());
        assert_eq!((d.encoding, d.sniffed), (UTF_8, Sniffed::Meta));
        assert_eq!(decode("<p>é".as_bytes()).sniffed, Sniffed::Utf8);
        let d = decode(b"<p>\x93a");
        assert_eq!((d.encoding, d.sniffed, d.text.as_str()), (WINDOWS_1252, Sniffed::Fallback, "<p>“a"));
        assert_eq!(decode(b"\xef\xbb\xbf<p>x").sniffed, Sniffed::Bom);
    }
}
