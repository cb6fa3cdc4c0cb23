//! `matrix.html`: one self-contained page (inline CSS and a little vanilla
//! JS, no external asset). Built with maud, which escapes every spliced value,
//! so statement text and test names can never become markup. The only
//! unescaped content is the page's own constant CSS and script.
//!
//! Filters live in the URL fragment (`matrix.html#status=failing&target=x`),
//! so a filtered view is a link, and tests can drive it through the URL.

use super::{cell_word, levels, short_text};
use crate::matrix::{Cell, Counts, DocumentMatrix, Matrix, Row, Status, TestRef};
use maud::{html, Markup, PreEscaped, DOCTYPE};

const CSS: &str = include_str!("matrix.css");
const JS: &str = include_str!("matrix.js");

/// Cell verdicts, for the result filter.
const RESULTS: [&str; 6] = ["passing", "failing", "known-deviation", "skipped", "not-run", "passing-but-listed"];

pub fn render(m: &Matrix) -> String {
    let docs: Vec<&str> = m.documents.iter().map(|d| d.name.as_str()).collect();
    let mut sections: Vec<&str> = Vec::new();
    for (_, r) in m.rows() {
        if !sections.contains(&r.section.as_str()) {
            sections.push(&r.section);
        }
    }
    let tiers: Vec<&str> = m.summary.by_tier.iter().map(|g| g.key.as_str()).collect();
    let actors: Vec<&str> = m.summary.by_actor.iter().map(|g| g.key.as_str()).collect();
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content="specgen";
                title { "Traceability matrix — " (docs.join(", ")) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { "Traceability matrix" }
                    p.meta {
                        (m.summary.all.total) " statements of " (docs.join(", "))
                        @if m.targets.is_empty() { " · no test results" }
                        @else { " · results on " (m.targets.join(", ")) }
                        " · " (m.orphans.len()) " orphan(s)"
                        @if let Some(t) = &m.generated_at { " · generated " (t) }
                    }
                }
                (summary(m))
                section #controls {
                    input #q type="search" placeholder="Search id, text, test…" aria-label="search";
                    (select("status", "status", Status::ALL.iter().map(|s| s.as_str())))
                    @if docs.len() > 1 { (select("doc", "document", docs.iter().copied())) }
                    (select("section", "section", sections.iter().copied()))
                    (select("level", "level", tiers.iter().copied()))
                    (select("actor", "actor", actors.iter().copied()))
                    @if !m.targets.is_empty() {
                        (select("target", "target", m.targets.iter().map(String::as_str)))
                        (select("result", "result", RESULTS.iter().copied()))
                    }
                    button #reset type="button" { "Reset" }
                    span #shown { (m.summary.all.total) " statements" }
                }
                table #matrix {
                    thead {
                        tr {
                            @if docs.len() > 1 { th data-col="doc" { "Document" } }
                            th data-col="id" { "ID" }
                            th data-col="section" { "Section" }
                            th data-col="level" { "Level" }
                            th data-col="actor" { "Actor" }
                            th.text data-col="text" { "Statement" }
                            th data-col="tests" { "Tests" }
                            th data-col="status" { "Status" }
                            @for t in &m.targets { th data-col="target" data-target=(t) { (t) } }
                        }
                    }
                    tbody {
                        @for d in &m.documents {
                            @for r in &d.rows { (row(d, r, docs.len() > 1)) }
                        }
                    }
                }
                (orphans(m))
                script { (PreEscaped(JS)) }
            }
        }
    };
    // One table row per line keeps snapshot and review diffs readable; a
    // closing tag cannot occur inside escaped text, so this is safe.
    let mut s = page
        .into_string()
        .replace("</tr>", "</tr>\n")
        .replace("</section>", "</section>\n")
        .replace("<tbody>", "<tbody>\n");
    s.push('\n');
    s
}

fn select<'a>(id: &str, label: &str, options: impl Iterator<Item = &'a str>) -> Markup {
    html! {
        select id={ "f-" (id) } data-key=(id) aria-label=(label) {
            option value="" { "any " (label) }
            @for o in options { option value=(o) { (o) } }
        }
    }
}

fn summary(m: &Matrix) -> Markup {
    let all = &m.summary.all;
    html! {
        section #summary {
            div.card {
                h2 { "Status" }
                (bar(all))
                ul.chips {
                    @for st in Status::ALL {
                        li { a.chip.{ "s-" (st.as_str()) } href={ "#status=" (st.as_str()) } { (st.as_str()) " " b { (all.get(st)) } } }
                    }
                }
                p.cov { "Covered: " b { (all.covered) " of " (all.total) } " (" (format!("{:.1}", all.coverage())) "%)" }
            }
            div.card {
                h2 { "By level and actor" }
                table.counts {
                    tr { th {} th { "total" } th { "covered" } th { "passing" } th { "failing" } th { "untested" } }
                    @for g in m.summary.by_tier.iter().chain(&m.summary.by_actor) {
                        tr { th { (g.key) } (count_cells(&g.counts)) }
                    }
                }
            }
            @if !m.summary.by_target.is_empty() {
                div.card {
                    h2 { "By target" }
                    table.counts {
                        tr { th {} th { "passing" } th { "failing" } th { "known dev." } th { "skipped" } th { "not run" } }
                        @for t in &m.summary.by_target {
                            tr {
                                th { a href={ "#target=" (t.target) } { (t.target) } }
                                td.n.s-passing { (t.passing) } td.n.s-failing { (t.failing) }
                                td.n { (t.known_deviations) } td.n { (t.skipped) } td.n { (t.not_run) }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn count_cells(c: &Counts) -> Markup {
    html! {
        td.n { (c.total) }
        td.n { (format!("{:.0}%", c.coverage())) }
        td.n { (c.passing) }
        td.n { (c.failing) }
        td.n { (c.untested) }
    }
}

/// A stacked bar of the status distribution.
fn bar(c: &Counts) -> Markup {
    html! {
        div.bar role="img" aria-label="status distribution" {
            @for st in Status::ALL {
                @let n = c.get(st);
                @if n > 0 {
                    span.{ "s-" (st.as_str()) } style={ "flex-grow:" (n) } title={ (st.as_str()) ": " (n) } {}
                }
            }
        }
    }
}

fn row(d: &DocumentMatrix, r: &Row, show_doc: bool) -> Markup {
    html! {
        tr data-doc=(d.name) data-status=(r.status.as_str()) data-section=(r.section) data-level=(r.tier.as_str())
            data-actor=(r.actor.as_str()) {
            @if show_doc { td { (d.name) } }
            td.id data-k=(sort_key(&r.id)) {
                @if let Some(l) = &r.link { a href=(l) { (r.id) } } @else { (r.id) }
            }
            td data-k=(sort_key(&r.section)) title=(r.section_title) { (r.section) }
            td data-k=(r.tier as u8) { (levels(r)) }
            td { (r.actor.as_str()) }
            td.text {
                details {
                    summary { (short_text(&r.text, 110)) }
                    p { (r.text) }
                    p.fp { "fingerprint " code { (r.fingerprint) } " · " (r.section) " " (r.section_title) }
                }
            }
            td.tests { @for t in &r.tests { (test(t)) } }
            td.st data-k=(r.status as u8) {
                span.chip.{ "s-" (r.status.as_str()) } { (r.status.as_str()) }
                @if let Some(w) = &r.waiver { div.why { (w.reason) } }
            }
            @for c in &r.targets { (cell(c, r.tests.is_empty())) }
        }
    }
}

fn test(t: &TestRef) -> Markup {
    let file = t.file.rsplit('/').next().unwrap_or(&t.file);
    html! {
        div.test {
            a href={ (t.file) "#L" (t.line) } title=(t.name) { (file) ":" (t.line) }
            @if t.stale { " " span.tag.s-stale title={ "written against " (t.fp) } { "stale" } }
            @if t.skeleton { " " span.tag.s-skeleton { "skeleton" } }
            @if let Some(why) = t.ignored.as_deref().filter(|w| !(t.skeleton && *w == "skeleton")) {
                " " span.tag title=(why) { "ignored" }
            }
            code { (t.name.rsplit("::").next().unwrap_or(&t.name)) }
        }
    }
}

fn cell(c: &Cell, untested: bool) -> Markup {
    let word = cell_word(c.status, c.known_deviation.is_some());
    let title = c.known_deviation.as_ref().or(c.message.as_ref());
    html! {
        td.cell.{ "r-" (word) } data-target=(c.target) data-v=(word) title=[title] {
            @if untested && word == "not-run" { "–" } @else { (word.replace('-', " ")) }
        }
    }
}

fn orphans(m: &Matrix) -> Markup {
    html! {
        section #orphans {
            h2 { "Orphans (" (m.orphans.len()) ")" }
            @if m.orphans.is_empty() {
                p { "Every annotation names a statement of its document." }
            } @else {
                table.counts {
                    tr { th { "ID" } th { "Document" } th { "Kind" } th { "Test" } th { "Where" } }
                    @for o in &m.orphans {
                        tr {
                            td { (o.id) } td { (o.document) } td { (o.kind) }
                            td { @if let Some(t) = &o.test { code { (t) } } }
                            td { a href={ (o.file) "#L" (o.line) } { (o.file) ":" (o.line) } }
                        }
                    }
                }
            }
        }
    }
}

/// Sorts `MQTT-3.10.1-2` after `MQTT-3.9.1-1`: numbers zero-padded.
fn sort_key(id: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in id.chars().chain(std::iter::once('\0')) {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        if !digits.is_empty() {
            out.push_str(&format!("{:0>6}", digits));
            digits.clear();
        }
        if c != '\0' {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natural_sort_key() {
        assert!(sort_key("MQTT-3.9.1-1") < sort_key("MQTT-3.10.1-2"));
        assert_eq!(sort_key("A-1"), "A-000001");
    }
}
