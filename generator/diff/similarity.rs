//! How alike two statement texts are, for pairing a statement with its
//! renumbered successor when the wording moved too.

use std::collections::HashMap;

/// Lower-case alphanumeric words joined by one space: the text with case,
/// punctuation and spacing taken out. Equal keys mean "the same sentence".
pub fn match_key(text: &str) -> String {
    words(text).collect::<Vec<_>>().join(" ")
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

/// Texts as sorted word-number bags, interned once so that comparing every
/// removed statement with every added one stays cheap.
#[derive(Debug, Default)]
pub struct Bags {
    vocabulary: HashMap<String, u32>,
}

impl Bags {
    pub fn bag(&mut self, text: &str) -> Vec<u32> {
        let mut bag: Vec<u32> = words(text)
            .map(|w| {
                let next = self.vocabulary.len() as u32;
                *self.vocabulary.entry(w).or_insert(next)
            })
            .collect();
        bag.sort_unstable();
        bag
    }
}

/// Sørensen–Dice coefficient over word multisets: 2·|A∩B| / (|A|+|B|), in
/// 0..=1. Word order is ignored; statements are short enough that shared
/// vocabulary is a good sign of the same rule.
pub fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// A one-line word diff in the style of `git diff --word-diff=plain`:
/// `[-old-]{+new+}`, with unchanged runs longer than a few words elided.
pub fn word_diff(old: &str, new: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_words(old, new);
    let tokens: Vec<(ChangeTag, &str)> = diff.iter_all_changes().map(|c| (c.tag(), c.value())).collect();
    // Split into alternating unchanged text and change blocks; a space
    // between two edits belongs to the block, so `[-a b-]{+c+}` stays one.
    let mut parts: Vec<Part> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (tag, value) = tokens[i];
        let bridges = tag == ChangeTag::Equal
            && value.trim().is_empty()
            && matches!(parts.last(), Some(Part::Edit(..)))
            && tokens.get(i + 1).is_some_and(|t| t.0 != ChangeTag::Equal);
        match (tag, parts.last_mut()) {
            (ChangeTag::Equal, Some(Part::Edit(del, ins))) if bridges => {
                del.push_str(value);
                ins.push_str(value);
            }
            (ChangeTag::Equal, Some(Part::Same(s))) => s.push_str(value),
            (ChangeTag::Equal, _) => parts.push(Part::Same(value.to_string())),
            (t, Some(Part::Edit(del, ins))) => (if t == ChangeTag::Delete { del } else { ins }).push_str(value),
            (t, _) => {
                let (del, ins) = if t == ChangeTag::Delete { (value, "") } else { ("", value) };
                parts.push(Part::Edit(del.to_string(), ins.to_string()));
            }
        }
        i += 1;
    }
    let last = parts.len().saturating_sub(1);
    let rendered: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, p)| match p {
            Part::Same(s) => elide(s, i == 0, i == last),
            Part::Edit(del, ins) => {
                let del = del.trim();
                let ins = ins.trim();
                let mut out = String::new();
                if !del.is_empty() {
                    out.push_str(&format!("[-{del}-]"));
                }
                if !ins.is_empty() {
                    out.push_str(&format!("{{+{ins}+}}"));
                }
                out
            }
        })
        .filter(|s| !s.is_empty())
        .collect();
    rendered.join(" ")
}

enum Part {
    Same(String),
    /// Deleted and inserted text of one change block.
    Edit(String, String),
}

/// Unchanged words, keeping a few next to each edit.
fn elide(s: &str, first: bool, last: bool) -> String {
    const CONTEXT: usize = 4;
    let words: Vec<&str> = s.split_whitespace().collect();
    let head = if first { 0 } else { CONTEXT };
    let tail = if last { 0 } else { CONTEXT };
    if words.len() <= head + tail || first && last {
        return words.join(" ");
    }
    let mut out: Vec<&str> = words[..head].to_vec();
    out.push("…");
    out.extend(&words[words.len() - tail..]);
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_punctuation_and_spacing() {
        assert_eq!(match_key("The Server MUST  close, the\u{a0}connection."), "the server must close the connection");
    }

    #[test]
    fn dice_counts_shared_words() {
        let mut bags = Bags::default();
        let a = bags.bag("the server must close");
        let b = bags.bag("the client must close");
        assert_eq!(dice(&a, &b), 0.75);
        assert_eq!(dice(&a, &a), 1.0);
        assert_eq!(dice(&a, &[]), 0.0);
    }

    #[test]
    fn word_diff_marks_and_elides() {
        assert_eq!(
            word_diff(
                "The Server MUST store the message and ensure onward delivery to applicable subscribers.",
                "The Server MUST store the message and ensure onward delivery to applicable subscribers. (QoS 1)"
            ),
            "… delivery to applicable subscribers. {+(QoS 1)+}"
        );
        assert_eq!(word_diff("it MUST close", "it MAY close"), "it [-MUST-]{+MAY+} close");
        assert_eq!(word_diff("a b", "a b c"), "a b {+c+}");
        assert_eq!(
            word_diff("In particular the encoded data", "In particular this data"),
            "In particular [-the encoded-]{+this+} data"
        );
        assert_eq!(word_diff("same", "same"), "same");
    }
}
