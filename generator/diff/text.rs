//! The human-readable diff: a header, one summary line, then one block per
//! difference in a fixed order (renumbered, changed, added, removed).

use super::{word_diff, Closest, Diff, MatchKind};
use crate::model::Level;
use std::fmt::Write;

pub fn render(d: &Diff) -> String {
    let mut out = String::new();
    let s = d.summary;
    let _ = writeln!(
        out,
        "{} ({} statements) -> {} ({} statements)",
        d.old.name, d.old.statements, d.new.name, d.new.statements
    );
    let _ = writeln!(
        out,
        "{} renumbered, {} changed, {} added, {} removed, {} unchanged",
        s.renumbered, s.changed, s.added, s.removed, s.unchanged
    );
    for r in &d.renumbered {
        let how = match (r.kind, r.text_changed) {
            (MatchKind::SameText, false) => "same text".to_string(),
            (MatchKind::SameText, true) => "same words, case or punctuation changed".to_string(),
            (MatchKind::SimilarText, _) => {
                format!("text also changed, {:.0}% similar", r.similarity * 100.0)
            }
        };
        let _ = writeln!(out, "\nrenumbered {} -> {} ({how})", r.old_id, r.new_id);
        if r.text_changed {
            texts(&mut out, &r.old_text, &r.new_text);
        } else {
            let _ = writeln!(out, "  = {}", r.new_text);
        }
    }
    for c in &d.changed {
        let levels = if c.old_levels != c.new_levels {
            format!(", {} -> {}", level_list(&c.old_levels), level_list(&c.new_levels))
        } else {
            String::new()
        };
        let rewritten = if c.rewritten { "rewritten, " } else { "" };
        let _ = writeln!(
            out,
            "\nchanged {} ({rewritten}{:.0}% similar, fingerprint {} -> {}{levels})",
            c.id,
            c.similarity * 100.0,
            c.old_fingerprint,
            c.new_fingerprint,
        );
        texts(&mut out, &c.old_text, &c.new_text);
        lead(&mut out, c.closest.as_ref());
    }
    for a in &d.added {
        let _ = writeln!(out, "\nadded {}\n  + {}", a.id, a.text);
    }
    for r in &d.removed {
        let _ = writeln!(out, "\nremoved {}\n  - {}", r.id, r.text);
        lead(&mut out, r.closest.as_ref());
    }
    out
}

fn texts(out: &mut String, old: &str, new: &str) {
    let _ = writeln!(out, "  - {old}\n  + {new}\n  ~ {}", word_diff(old, new));
}

fn lead(out: &mut String, closest: Option<&Closest>) {
    if let Some(c) = closest {
        let _ = writeln!(out, "  ? closest added statement: {} ({:.0}% similar)", c.id, c.similarity * 100.0);
    }
}

fn level_list(levels: &[Level]) -> String {
    if levels.is_empty() {
        return "no keyword".into();
    }
    levels.iter().map(|l| l.as_str()).collect::<Vec<_>>().join("/")
}
