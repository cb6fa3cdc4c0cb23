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
    const CONTEXT: usize = 4;
    let diff = TextDiff::from_words(old, new);
    // Group consecutive tokens of one tag.
    let mut runs: Vec<(ChangeTag, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        match runs.last_mut() {
            Some((tag, s)) if *tag == change.tag() => s.push_str(change.value()),
            _ => runs.push((change.tag(), change.value().to_string())),
        }
    }
    let last = runs.len().saturating_sub(1);
    let mut out = String::new();
    for (i, (tag, s)) in runs.iter().enumerate() {
        match tag {
            ChangeTag::Delete | ChangeTag::Insert => {
                let (open, close) = if *tag == ChangeTag::Delete { ("[-", "-]") } else { ("{+", "+}") };
                let lead = if s.starts_with(char::is_whitespace) { " " } else { "" };
                let trail = if s.ends_with(char::is_whitespace) { " " } else { "" };
                out.push_str(&format!("{lead}{open}{}{close}{trail}", s.trim()));
            }
            ChangeTag::Equal => {
                let words: Vec<&str> = s.split_whitespace().collect();
                let lead = if s.starts_with(char::is_whitespace) && i > 0 { " " } else { "" };
                let trail = if s.ends_with(char::is_whitespace) && i < last { " " } else { "" };
                let keep_head = if i == 0 { 0 } else { CONTEXT };
                let keep_tail = if i == last { 0 } else { CONTEXT };
                if words.len() > keep_head + keep_tail {
                    let head = words[..keep_head].join(" ");
                    let tail = words[words.len() - keep_tail..].join(" ");
                    let mid = match (head.is_empty(), tail.is_empty()) {
                        (true, true) => "…".to_string(),
                        (true, false) => format!("… {tail}"),
                        (false, true) => format!("{head} …"),
                        (false, false) => format!("{head} … {tail}"),
                    };
                    out.push_str(&format!("{lead}{mid}{trail}"));
                } else {
                    out.push_str(&format!("{lead}{}{trail}", words.join(" ")));
                }
            }
        }
    }
    // Adjacent runs may both have brought the space between them.
    while out.contains("  ") {
        out = out.replace("  ", " ");
    }
    out.trim().to_string()
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
    }
}
