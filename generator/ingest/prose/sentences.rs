//! Sentence boundaries in cleaned prose, and the trimming that turns the text
//! before an id into the statement it names.

use crate::model::Level;

/// Words whose trailing dot does not end a sentence.
const ABBREVIATIONS: [&str; 8] = ["e.g.", "i.e.", "etc.", "cf.", "Fig.", "No.", "vs.", "Ref."];

/// Byte offsets just past each sentence end in `text` (after the punctuation).
/// A sentence ends at `.`, `?` or `!` followed by a space and a character that
/// can start a sentence, or at a hard break (`\n`).
pub fn ends(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '\n' => out.push(i + 1),
            '.' | '?' | '!' => {
                let after = &text[i + 1..];
                // A no-break space ends a sentence as well as a space does
                // (the online editor's HTML puts `&nbsp;` between sentences).
                let next = after.strip_prefix([' ', '\u{a0}']).and_then(|a| a.chars().next());
                let starts = next.is_some_and(|n| {
                    n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '(' | '[' | '-' | '•')
                });
                let word_start = text[..i].rfind(' ').map(|s| s + 1).unwrap_or(0);
                let word = &text[word_start..=i];
                if (starts || after.is_empty() || after.starts_with('\n'))
                    && !ABBREVIATIONS.contains(&word)
                    && !(i > 0 && b[i - 1].is_ascii_digit() && after.starts_with(|c: char| c.is_ascii_digit()))
                {
                    out.push(i + 1);
                }
            }
            _ => {}
        }
    }
    out
}

/// The statement text from the prose before (and possibly after) an id:
/// leading sentences without an RFC 2119 keyword are context, not rule
/// ("A Client can only send the CONNECT packet once ... . The Server MUST
/// process a second CONNECT packet ..."), so they are dropped, as is a list
/// marker left at the start. The last sentence is always kept.
///
/// A keyword sentence that opens with an anaphor ("This packet MUST ...",
/// "Where it is used, it MUST ...") keeps the context sentence just before
/// it, which gives the referent, as Appendix B prints it.
pub fn statement_text(raw: &str) -> String {
    let raw = raw.trim_matches(|c: char| c.is_whitespace());
    let mut start = 0;
    let mut previous: Option<usize> = None;
    for end in ends(raw) {
        if end >= raw.len() {
            break;
        }
        let sentence = &raw[start..end];
        if !Level::find_all(sentence).is_empty() {
            break;
        }
        previous = Some(start);
        start = end;
    }
    // The referent is in the paragraph: a sentence across a hard break is
    // another paragraph's, and a list item's referent is its lead-in.
    if let Some(p) =
        previous.filter(|&p| opens_with_anaphor(strip_marker(&raw[start..])) && !raw[p..start].contains('\n'))
    {
        start = p;
    }
    let mut text = strip_marker(raw[start..].trim()).trim_end();
    // A marker left at the end belongs to the id's own (empty) list item.
    while let Some((head, last)) = text.rsplit_once([' ', '\n']) {
        if matches!(last, "-" | "•" | "·" | "*" | "–" | "©") {
            text = head.trim_end();
        } else {
            break;
        }
    }
    // Items of a list the id names as a whole lose their markers.
    text.split('\n').map(|line| strip_marker(line).trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// Drops what is left of Markdown span syntax a build did not render
/// (`... Connection.]{.mark} [If it wishes ...`, `[The sender ... MUST`
/// whose `]{.mark}` stands before the statement): the `]{.class}` markers,
/// and then, if the brackets still do not pair, every bracket without a
/// partner. Paired brackets (`[Unicode]`, `[MQTT-1.5.3-1]`) stay.
pub fn without_span_residue(text: &str) -> String {
    let mut out = text.to_string();
    while let Some(at) = out.find("]{.") {
        let Some(close) = out[at..].find('}') else { break };
        let class = &out[at + 3..at + close];
        if class.is_empty() || !class.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
            break;
        }
        out.replace_range(at..at + close + 1, "");
    }
    let mut open: Vec<usize> = Vec::new();
    let mut unpaired: Vec<usize> = Vec::new();
    for (i, c) in out.char_indices() {
        match c {
            '[' => open.push(i),
            ']' if open.pop().is_none() => {
                unpaired.push(i);
            }
            _ => {}
        }
    }
    unpaired.extend(open);
    if unpaired.is_empty() {
        return if out.len() == text.len() { out } else { crate::model::normalize_text(&out) };
    }
    unpaired.sort_unstable();
    for &i in unpaired.iter().rev() {
        out.remove(i);
    }
    crate::model::normalize_text(&out)
}

/// Does a sentence open with a word that points back at the one before
/// (`This packet MUST ...`, `These fields ...`, `It MUST ...`, `Where it
/// is used, ...`)? `It is a Protocol Error ...` is no anaphor: its `It`
/// points forward, as in `When it performs subscription matching the Server
/// MUST ...` (so `When` is not in the list).
pub fn opens_with_anaphor(sentence: &str) -> bool {
    let mut words = sentence.split([' ', '\u{a0}']).map(|w| w.trim_end_matches(','));
    let first = words.next().unwrap_or("");
    let second = words.next().unwrap_or("");
    match first {
        "This" | "These" | "Such" => true,
        "It" | "They" => !matches!(second, "is" | "was" | "are"),
        "Where" => matches!(second, "it" | "they" | "this" | "these"),
        _ => false,
    }
}

/// Does a statement start mid-thought, needing the list's lead-in
/// (`It MUST ...`, `MUST close ...`)?
pub fn is_dependent(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or("");
    // An item that starts in lower case continues its lead-in's sentence
    // (`In the QoS 1 delivery protocol, the receiver:` / `- after it has
    // sent a PUBACK packet, MUST treat ...`).
    matches!(first, "It" | "They" | "MUST" | "SHOULD" | "MAY" | "SHALL")
        || first.starts_with(|c: char| c.is_lowercase())
}

/// The sentence that introduces the list whose item holds `at`: the last
/// sentence of the paragraph before the list's first item, without its colon.
/// `None` when `at` is not in a list item or the lead-in is a statement itself.
pub fn lead_in(text: &str, at: usize, pattern: &crate::model::IdPattern) -> Option<String> {
    // An id in any spelling (`[MQTT‑SN‑...` with U+2011 too) makes a line a statement.
    let has_id = |s: &str| !pattern.scan(s).is_empty();
    let at = at.min(text.len());
    let mut start = text[..at].rfind('\n').map(|p| p + 1)?;
    if !is_item(&text[start..at]) {
        return None;
    }
    loop {
        let prev_start = text[..start - 1].rfind('\n').map(|p| p + 1).unwrap_or(0);
        let prev = &text[prev_start..start - 1];
        // A conversion may make the lead-in a bullet of its own
        // (`- If a Server deletes a Subscription:`); its colon gives it away.
        if is_item(prev) && prev.trim_end().ends_with(':') && !has_id(prev) {
            let lead = strip_marker(prev).trim_end().trim_end_matches(':').trim_end();
            return (!lead.is_empty()).then(|| lead.to_string());
        }
        if is_item(prev) && prev_start > 0 {
            start = prev_start;
            continue;
        }
        let body = prev.trim_end();
        // A lead-in announces the list: it ends with a colon or mid-sentence
        // ("In the QoS 1 delivery protocol, the sender"), not with a full stop.
        let announces = body.ends_with(':') || body.ends_with(|c: char| c.is_alphanumeric());
        if is_item(prev) || !announces || has_id(prev) {
            return None;
        }
        let from = ends(body).into_iter().rfind(|&e| e < body.len()).unwrap_or(0);
        let lead = body[from..].trim().trim_end_matches(':').trim_end();
        return (!lead.is_empty()).then(|| lead.to_string());
    }
}

/// Does this line start a list item?
pub fn is_item(line: &str) -> bool {
    strip_marker(line) != line.trim_start()
}

/// `- `, `• `, `1. `, `a) ` at the start of a list item.
pub fn strip_marker(s: &str) -> &str {
    let mut s = s;
    loop {
        let t = s.trim_start();
        // `©` is how one conversion renders the PDF's bullet glyph.
        if let Some(r) = t.strip_prefix(['-', '•', '·', '*', '–', '©']) {
            if !r.starts_with([' ', '\u{a0}']) {
                return t;
            }
            s = r;
            continue;
        }
        let Some((head, rest)) = t.split_once(' ') else { return t };
        let marker = head.strip_suffix(['.', ')']).unwrap_or("");
        let marker = marker.strip_prefix('(').unwrap_or(marker);
        let numeric = !marker.is_empty() && marker.len() <= 2 && marker.bytes().all(|b| b.is_ascii_digit());
        let letter = marker.len() == 1 && marker.bytes().all(|b| b.is_ascii_lowercase());
        if !(numeric || letter) {
            return t;
        }
        s = rest;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_ends_skip_numbers_and_abbreviations() {
        let t = "See section 4.8 for details. It MUST be e.g. empty. Then";
        let e = ends(t);
        assert_eq!(
            e.iter().map(|&i| &t[..i]).collect::<Vec<_>>(),
            vec!["See section 4.8 for details.", "See section 4.8 for details. It MUST be e.g. empty."]
        );
    }

    #[test]
    fn leading_context_is_dropped() {
        assert_eq!(
            statement_text("A Client can only send it once. The Server MUST close it. It is a protocol violation"),
            "The Server MUST close it. It is a protocol violation"
        );
        assert_eq!(statement_text("No keyword here."), "No keyword here.");
        assert_eq!(
            statement_text("Intro. The Server can send an AUTH packet. This packet MUST contain 0x18."),
            "The Server can send an AUTH packet. This packet MUST contain 0x18."
        );
        assert_eq!(
            statement_text("It can be used at any level. Where it is used, it MUST occupy a level."),
            "It can be used at any level. Where it is used, it MUST occupy a level."
        );
        assert_eq!(statement_text("Intro. It is a protocol error if x MUST y."), "It is a protocol error if x MUST y.");
        assert_eq!(statement_text("Intro.\nThis packet MUST go."), "This packet MUST go.");
        assert_eq!(
            without_span_residue("It MUST go.]{.mark} [If it wishes, see [Unicode]."),
            "It MUST go. If it wishes, see [Unicode]."
        );
        assert_eq!(without_span_residue("[The sender MUST use"), "The sender MUST use");
        assert_eq!(without_span_residue("as in [MQTT-1-1] too"), "as in [MQTT-1-1] too");
        assert_eq!(statement_text("- 2. The Server MUST validate"), "The Server MUST validate");
        assert_eq!(statement_text("a) It MUST stop"), "It MUST stop");
        assert_eq!(statement_text("A Server MUST x"), "A Server MUST x");
        assert_eq!(
            statement_text("- The Sender MUST a.\n- MUST b.\n- MUST NOT c."),
            "The Sender MUST a. MUST b. MUST NOT c."
        );
    }
}
