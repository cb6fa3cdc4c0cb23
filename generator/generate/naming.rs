//! Names the generator invents: test functions, section files, the test
//! binary folder. All are pure functions of the statement, so a rerun picks
//! the same name; existing names are never touched (the merge only inserts).

use crate::model::{rust_ident, Statement};
use std::collections::HashSet;

/// Words that carry no meaning in a test name.
const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "by", "for", "from", "with", "and", "or", "is", "are", "be", "it", "its",
    "this", "that", "which", "as", "at", "if", "when", "then", "than", "there", "their", "these", "those", "such",
    "into", "any", "has", "have", "been", "was", "were", "will", "so", "they", "them", "also", "same", "other", "e",
    "g", "i", "section", "refer",
];

const KEYWORDS: &[&str] = &["must", "shall", "should", "may", "required", "recommended", "optional"];

/// Most significant words a name carries after its id.
const MAX_WORDS: usize = 6;
/// Words kept before the keyword (the subject: "first packet").
const SUBJECT_WORDS: usize = 2;

/// The significant words of the statement's main clause: up to two words of
/// its subject, then the keyword and what follows, stop words dropped.
fn words_of(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

fn significant_words(text: &str) -> Vec<String> {
    // RFC 2119 gives only upper-case keywords their weight.
    let is_keyword =
        |w: &str| w.chars().all(|c| c.is_ascii_uppercase()) && KEYWORDS.contains(&w.to_ascii_lowercase().as_str());
    let clause =
        text.split([',', ';', ':', '.', '(', ')']).find(|c| words_of(c).iter().any(|w| is_keyword(w))).unwrap_or(text);
    let mut words: Vec<String> = Vec::new();
    let mut keyword = None;
    for w in words_of(clause) {
        let lower = w.to_ascii_lowercase();
        if STOP_WORDS.contains(&lower.as_str()) || lower.chars().all(|c| c.is_ascii_digit()) || words.contains(&lower) {
            continue;
        }
        if keyword.is_none() && is_keyword(w) {
            keyword = Some(words.len());
        }
        words.push(lower);
    }
    let mut picked: Vec<String> = match keyword {
        Some(k) => words[..k.min(SUBJECT_WORDS)].iter().chain(&words[k..]).cloned().collect(),
        None => words,
    };
    picked.truncate(MAX_WORDS);
    picked
}

/// `mqtt_3_1_0_1_first_packet_must_connect`: the id, then the significant
/// words of the text.
pub fn base_test_name(statement: &Statement) -> String {
    let mut name = rust_ident(&statement.id, "t");
    for w in significant_words(&statement.text) {
        name.push('_');
        name.push_str(&w);
    }
    name
}

/// A name not yet in `taken` (which it then joins): the base name, or the
/// base name with `_2`, `_3`, ... appended.
pub fn unique_name(base: &str, taken: &mut HashSet<String>) -> String {
    let mut name = base.to_string();
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

/// The grouping key of a statement: the first two numbers of its section
/// (`3.1.2.4` → `3.1`), from the id when the section is unknown.
pub fn section_key(statement: &Statement, depth: usize) -> String {
    let from_section = numbers(&statement.section);
    let parts = if from_section.is_empty() { numbers(id_section(&statement.id)) } else { from_section };
    if parts.is_empty() {
        return "0".into();
    }
    parts.into_iter().take(depth.max(1)).collect::<Vec<_>>().join(".")
}

/// The section part of an id: `MQTT-3.1.0-1` → `3.1.0`.
fn id_section(id: &str) -> &str {
    match (id.find('-'), id.rfind('-')) {
        (Some(a), Some(b)) if a < b => &id[a + 1..b],
        _ => "",
    }
}

fn numbers(s: &str) -> Vec<String> {
    let s = s.trim();
    let mut out = Vec::new();
    for part in s.split('.') {
        let part = part.trim();
        if part.is_empty() || !part.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        out.push(part.to_ascii_lowercase());
    }
    out
}

/// File-name prefix of a section: `3.1` → `s3_1`. A file whose stem is this
/// prefix or starts with it plus `_` holds the section.
pub fn section_prefix(key: &str) -> String {
    format!("s{}", key.replace('.', "_"))
}

/// The parts of a section title between dashes or colons
/// ("Control Packets – Connect" → ["Control Packets", "Connect"]).
pub fn title_parts(title: &str) -> Vec<String> {
    title
        .split(['–', '—', ':'])
        .flat_map(|p| p.split(" - "))
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// The words a section title offers for a file name: those of its first
/// part that is not in `shared_parts` (parts that several sections' titles
/// repeat, like "Control Packets", say nothing about one section).
pub fn title_words(title: &str, shared_parts: &HashSet<String>) -> Vec<String> {
    let parts = title_parts(title);
    let head = parts.iter().find(|p| !shared_parts.contains(&p.to_lowercase())).or(parts.first());
    head.map(|h| h.as_str())
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase())
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

/// `s3_1_connect`: the section prefix plus up to three title words, leaving
/// out `shared_words` ("fixed", "header", "actions": words many sections'
/// titles carry). When no title word is left, the name the section's texts
/// use most in capitals (`PUBLISH`, as specs write message names), else the
/// title words anyway.
pub fn section_module(key: &str, words: &[String], shared_words: &HashSet<String>, texts: &[&str]) -> String {
    let own: Vec<String> = words.iter().filter(|w| !shared_words.contains(*w)).cloned().collect();
    let picked = if own.iter().any(|w| w.chars().any(|c| c.is_ascii_alphabetic())) {
        own
    } else if !own.is_empty() {
        // Only a number of its own ("QoS 0"): the number needs its words.
        words.to_vec()
    } else if let Some(caps) = capital_word(texts) {
        vec![caps]
    } else {
        words.to_vec()
    };
    let mut name = section_prefix(key);
    for w in picked.iter().take(3) {
        name.push('_');
        name.push_str(w);
    }
    name
}

/// The most frequent all-capitals word (3+ letters, not an RFC 2119
/// keyword) in `texts`, lower-cased; the earliest wins a tie.
fn capital_word(texts: &[&str]) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for t in texts {
        for w in words_of(t) {
            if w.len() >= 3
                && w.chars().all(|c| c.is_ascii_uppercase())
                && !KEYWORDS.contains(&w.to_ascii_lowercase().as_str())
                && !matches!(w, "NOT" | "SHALL")
            {
                match counts.iter_mut().find(|(x, _)| x == w) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((w.to_string(), 1)),
                }
            }
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(w, _)| w.to_ascii_lowercase())
}

/// Whether `stem` is the file of section `key`.
pub fn is_section_file(stem: &str, key: &str) -> bool {
    let prefix = section_prefix(key);
    stem == prefix || stem.strip_prefix(&prefix).is_some_and(|rest| rest.starts_with('_'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceLocation;

    fn st(id: &str, section: &str, text: &str) -> Statement {
        Statement::new(id, section, "", text, SourceLocation::default())
    }

    #[test]
    fn names_read_like_the_statement() {
        let s = st(
            "MQTT-3.1.0-1",
            "3.1",
            "After a Network Connection is established by a Client to a Server, the first packet sent from the \
             Client to the Server MUST be a CONNECT packet.",
        );
        assert_eq!(base_test_name(&s), "mqtt_3_1_0_1_first_packet_must_connect");
        let s =
            st("MQTT-1.5.3-2", "1.5.3", "A UTF-8 encoded string MUST NOT include an encoding of the null character");
        assert_eq!(base_test_name(&s), "mqtt_1_5_3_2_utf_encoded_must_not_include_encoding");
    }

    #[test]
    fn collisions_get_a_suffix() {
        let mut taken = HashSet::from(["a".to_string()]);
        assert_eq!(unique_name("a", &mut taken), "a_2");
        assert_eq!(unique_name("a", &mut taken), "a_3");
        assert_eq!(unique_name("b", &mut taken), "b");
    }

    #[test]
    fn sections_and_modules() {
        assert_eq!(section_key(&st("MQTT-3.1.2-4", "3.1.2.4", "x"), 2), "3.1");
        assert_eq!(section_key(&st("MQTT-3.1.2-4", "3.1.2.4", "x"), 3), "3.1.2");
        assert_eq!(section_key(&st("MQTT-3.1.2-4", "3.1.2.4", "x"), 1), "3");
        assert_eq!(section_key(&st("MQTT-4.2-1", "", "x"), 2), "4.2");
        let none = HashSet::new();
        let words = |t: &str, shared: &HashSet<String>| title_words(t, shared);
        let m = |key, w: &[String], shared: &HashSet<String>| section_module(key, w, shared, &[]);
        assert_eq!(m("3.1", &words("CONNECT – Connection Request", &none), &none), "s3_1_connect");
        assert_eq!(m("1.5", &words("Data representation", &none), &none), "s1_5_data_representation");
        let shared = HashSet::from(["control packets".to_string()]);
        assert_eq!(m("3.2", &words("Control Packets – Connack", &shared), &none), "s3_2_connack");
        assert_eq!(m("4.1", &words("Control Packets", &shared), &none), "s4_1_control_packets");
        let common = HashSet::from(["fixed".to_string(), "header".to_string()]);
        assert_eq!(m("3.6", &words("PUBREL Fixed Header", &none), &common), "s3_6_pubrel");
        assert_eq!(m("3.7", &words("Fixed Header", &none), &common), "s3_7_fixed_header");
        let texts = ["The Server MUST send a PUBACK for a PUBLISH", "A PUBLISH MUST NOT have QoS 3"];
        assert_eq!(section_module("3.3", &words("Fixed Header", &none), &common, &texts), "s3_3_publish");
        let qos = HashSet::from(["qos".to_string()]);
        assert_eq!(section_module("4.3", &words("QoS 0: At most once", &none), &qos, &texts), "s4_3_qos_0");
        assert!(is_section_file("s3_1_connect", "3.1"));
        assert!(!is_section_file("s3_10_unsubscribe", "3.1"));
        assert_eq!(crate::project::test_binary("mqtt-v3.1.1"), "mqtt_v3_1_1");
        assert_eq!(rust_ident("3-x", "t"), "t_3_x");
        assert_eq!(rust_ident("fn", "t"), "t_fn");
    }
}
