//! `matrix.html`: one self-contained page (inline CSS and a little vanilla
//! JS, no external asset). Built with maud, which escapes every spliced value,
//! so statement text and test names can never become markup. The only
//! unescaped content is the page's own constant CSS and script.
//!
//! Filters live in the URL fragment (`matrix.html#status=failing&target=x`),
//! so a filtered view is a link, and tests can drive it through the URL.

use super::{cell_word, levels, share_cell, short_text};
use crate::matrix::{Cell, Counts, DocumentMatrix, Grid, GridCell, Matrix, Row, Status, TestRef};
use maud::{html, Markup, PreEscaped, DOCTYPE};

const CSS: &str = include_str!("matrix.css");
const JS: &str = include_str!("matrix.js");

/// Above this many products, result cells shrink to a glyph (the word and
/// the detail stay in the cell's tooltip) and product heads turn vertical,
/// so ten products still fit beside the statement text.
const COMPACT_ABOVE: usize = 5;

/// Cell verdicts, for the result filter.
const RESULTS: [&str; 8] =
    ["passing", "failing", "known-deviation", "blocked", "skipped", "not-run", "n/a", "passing-but-listed"];

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
    // A "Since" column when some document has drafts (`[[document.draft]]`).
    let since = m.documents.iter().any(|d| d.history.is_some());
    let compact = m.targets.len() > COMPACT_ABOVE;
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
                @if !m.grids.is_empty() { (grids(&m.grids)) }
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
                @if compact {
                    p.legend {
                        @for (word, glyph) in GLYPHS { span.{ "r-" (word) } { (glyph) } " " (word.replace('-', " ")) " " }
                    }
                }
                table #matrix class=[compact.then_some("compact")] {
                    thead {
                        tr {
                            @if docs.len() > 1 { th data-col="doc" { "Document" } }
                            th data-col="id" { "ID" }
                            th data-col="section" { "Section" }
                            th data-col="level" { "Level" }
                            th data-col="actor" { "Actor" }
                            @if since { th data-col="since" title="first draft · text changes · renames" { "Since" } }
                            th.text data-col="text" { "Statement" }
                            th data-col="tests" { "Tests" }
                            th data-col="status" { "Status" }
                            @for t in &m.targets { th data-col="target" data-target=(t) { (t) } }
                        }
                    }
                    tbody {
                        @for d in &m.documents {
                            @for r in &d.rows { (row(d, r, docs.len() > 1, since, compact)) }
                        }
                    }
                }
                (orphans(m))
                @for d in &m.documents { @if let Some(h) = &d.history { (history(&d.name, h)) } }
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
                    tr {
                        th {} th { "total" } th { "covered" } th { "untested" } th { "skeleton" }
                        @for t in &m.targets { th title={ "passed/applicable on " (t) } { (t) } }
                    }
                    @for g in m.summary.by_tier.iter().chain(&m.summary.by_actor) {
                        tr {
                            th { (g.key) } (count_cells(&g.counts))
                            @for t in &g.targets { td.n { (share_cell(t)) } }
                        }
                    }
                }
            }
            @if !m.summary.by_target.is_empty() {
                div.card #products {
                    h2 { "Products" }
                    table.counts {
                        tr {
                            th {} th { "passing" } th { "failing" } th { "known dev." } th { "blocked" } th { "skipped" }
                            th { "not run" } th { "n/a" } th title="passing of applicable (all but n/a)" { "passed" }
                        }
                        @for t in &m.summary.by_target {
                            tr {
                                th { a href={ "#target=" (t.target) } { (t.target) } }
                                td.n.s-passing { (t.passing) } td.n.s-failing { (t.failing) }
                                td.n { (t.known_deviations) } td.n { (t.blocked) } td.n { (t.skipped) }
                                td.n { (t.not_run) } td.n { (t.not_applicable) }
                                td.n { @if let Some(p) = t.passed_share() { (format!("{p:.1}%")) } @else { "–" } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Interop grids: a card each, a cell per pairing; the scenarios that did
/// not pass are in the cell's tooltip and in a list under the table.
fn grids(grids: &[Grid]) -> Markup {
    html! {
        section #grids {
            @for g in grids {
                div.card.grid id={ "grid-" (g.name) } {
                    h2 { (g.title) }
                    table.counts {
                        tr {
                            th { (g.rows_label) " \\ " (g.columns_label) }
                            @for c in &g.columns { th { (c) } }
                        }
                        @for r in &g.rows {
                            tr {
                                th { (r) }
                                @for c in &g.columns {
                                    @match g.cell(r, c) {
                                        Some(cell) => {
                                            td.n.{ "g-" (grid_class(cell)) } title=(cell_tooltip(cell)) { (cell.summary()) }
                                        }
                                        None => { td.n.g-none title="not run" { "–" } }
                                    }
                                }
                            }
                        }
                    }
                    @let problems: Vec<_> = g.cells.iter().flat_map(|c| c.problems.iter().map(move |p| (c, p))).collect();
                    @if !problems.is_empty() {
                        details {
                            summary { (problems.len()) " scenario(s) not passed" }
                            ul {
                                @for (c, p) in problems {
                                    li {
                                        (c.row) " @ " (c.column) ": " code { (p.name) } " " span.{ "o-" (p.outcome.as_str()) } { (p.outcome.as_str()) }
                                        @if let Some(msg) = &p.message { " — " (msg) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// `clean` (all that ran passed), `failing` (something failed), `blocked`, `empty` (nothing ran).
fn grid_class(c: &GridCell) -> &'static str {
    if c.failed > 0 {
        "failing"
    } else if c.blocked > 0 {
        "blocked"
    } else if c.ran() == 0 {
        "empty"
    } else {
        "clean"
    }
}

fn cell_tooltip(c: &GridCell) -> String {
    let mut t = c.summary();
    for p in &c.problems {
        t.push_str(&format!("\n{} {}", p.outcome.as_str(), p.name));
    }
    t
}

fn count_cells(c: &Counts) -> Markup {
    html! {
        td.n { (c.total) }
        td.n { (format!("{:.0}%", c.coverage())) }
        td.n { (c.untested) }
        td.n { (c.skeleton) }
    }
}

/// When the statement appeared, with marks for text changes (Δ) and
/// renames (↻); the full story is in the title and the statement's details.
fn since_cell(r: &Row) -> Markup {
    match &r.history {
        None => html! { td {} },
        Some(h) => html! {
            td.since data-k=(h.appeared) title=(history_line(h)) {
                (h.appeared)
                @if !h.changed.is_empty() { " " span.mark { "Δ" (h.changed.len()) } }
                @if !h.ids.is_empty() { " " span.mark { "↻" } }
            }
        },
    }
}

fn history_line(h: &crate::matrix::RowHistory) -> String {
    let mut s = format!("since {}", h.appeared);
    if !h.changed.is_empty() {
        s.push_str(&format!(" · text changed {}", h.changed.join(", ")));
    }
    if !h.ids.is_empty() {
        let ids: Vec<String> = h.ids.iter().map(|i| format!("{} ({})", i.id, i.from)).collect();
        s.push_str(&format!(" · ids {}", ids.join(" → ")));
    }
    s
}

/// A document's drafts: what each step did, and the statements removed on the way.
fn history(name: &str, h: &crate::matrix::DocHistory) -> Markup {
    html! {
        section.history id={ "history-" (name) } {
            h2 { "History of " (name) }
            p.meta { "Drafts: " (h.drafts.join(" → ")) }
            table.counts {
                tr { th { "step" } th { "added" } th { "removed" } th { "changed" } th { "renamed" } th { "id reused" } }
                @for st in &h.steps {
                    tr {
                        th { (st.from) " → " (st.to) }
                        td.n { (st.added) } td.n { (st.removed) } td.n { (st.changed) } td.n { (st.renamed) } td.n { (st.reused) }
                    }
                }
            }
            @if !h.removed.is_empty() {
                details {
                    summary { (h.removed.len()) " statement(s) removed on the way" }
                    table.counts {
                        tr { th { "last id" } th { "appeared" } th { "removed" } th { "text" } }
                        @for r in &h.removed {
                            tr { td { (r.id) } td { (r.appeared) } td { (r.removed) } td { (short_text(&r.text, 110)) } }
                        }
                    }
                }
            }
        }
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

fn row(d: &DocumentMatrix, r: &Row, show_doc: bool, since: bool, compact: bool) -> Markup {
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
            @if since { (since_cell(r)) }
            td.text {
                details {
                    summary { (short_text(&r.text, 110)) }
                    p { (r.text) }
                    p.fp { "fingerprint " code { (r.fingerprint) } " · " (r.section) " " (r.section_title) }
                    @if let Some(h) = &r.history { p.fp { (history_line(h)) } }
                }
            }
            td.tests { @for t in &r.tests { (test(t)) } }
            td.st data-k=(r.status as u8) {
                span.chip.{ "s-" (r.status.as_str()) } { (r.status.as_str()) }
                @if let Some(w) = &r.waiver { div.why { (w.reason) } }
            }
            @for c in &r.targets { (cell(c, r.tests.is_empty(), compact)) }
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

/// A compact cell's glyph per verdict word (the legend's order).
const GLYPHS: [(&str, &str); 8] = [
    ("passing", "✓"),
    ("failing", "✗"),
    ("known-deviation", "≈"),
    ("passing-but-listed", "✓!"),
    ("blocked", "⊘"),
    ("skipped", "↷"),
    ("not-run", "○"),
    ("n/a", "–"),
];

fn cell(c: &Cell, untested: bool, compact: bool) -> Markup {
    let word = cell_word(c.status, c.known_deviation.is_some());
    let detail = c.known_deviation.as_ref().or(c.message.as_ref());
    let title = match (compact, detail) {
        (false, d) => d.cloned(),
        (true, Some(d)) => Some(format!("{}: {d}", word.replace('-', " "))),
        (true, None) => Some(word.replace('-', " ")),
    };
    let glyph = GLYPHS.iter().find(|(w, _)| *w == word).map(|(_, g)| *g).unwrap_or("?");
    html! {
        td.cell.{ "r-" (word) } data-target=(c.target) data-v=(word) title=[title] {
            @if untested && word == "n/a" { "–" }
            @else if compact { (glyph) }
            @else { (word.replace('-', " ")) }
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

    /// A document with drafts: its rows tell when each statement appeared,
    /// changed and was renamed, in the matrix data and on the page.
    #[test]
    fn history_reaches_rows_and_page() {
        use crate::history::{history, Draft};
        use crate::matrix::{build, DocInput, Options};
        use crate::model::{DocumentInfo, SourceLocation, Statement, StatementList};
        let list = |name: &str, items: &[(&str, &str)]| {
            let info = DocumentInfo { name: name.into(), ..Default::default() };
            let st = items.iter().map(|(id, t)| Statement::new(*id, "1.1", "", t, SourceLocation::default())).collect();
            StatementList::new(info, st)
        };
        let old = list("d", &[("X-1.7-1", "The Client MUST send CONNECT."), ("X-1.7-2", "The Server MUST go.")]);
        let new = list("d", &[("X-1.8-1", "The Client MUST send CONNECT."), ("X-1.8-3", "A new rule MUST hold.")]);
        let h = history("d", &[Draft { label: "2024-07-24", list: &old }, Draft { label: "2025-10-07", list: &new }]);
        let mut m = build(&[DocInput { list: &new, files: vec![] }], &[], &Options::default());
        m.documents[0].attach_history(&h);
        let rows = &m.documents[0].rows;
        let renamed = rows[0].history.as_ref().unwrap();
        assert_eq!((renamed.appeared.as_str(), renamed.ids.len()), ("2024-07-24", 2));
        assert_eq!(rows[1].history.as_ref().unwrap().appeared, "2025-10-07");
        let dh = m.documents[0].history.as_ref().unwrap();
        assert_eq!((dh.removed.len(), dh.removed[0].id.as_str()), (1, "X-1.7-2"));
        let page = render(&m);
        assert!(page.contains(r#"<th data-col="since""#), "a Since column");
        assert!(page.contains("ids X-1.7-1 (2024-07-24) → X-1.8-1 (2025-10-07)"), "the rename in the row");
        assert!(page.contains("History of d") && page.contains("1 statement(s) removed on the way"));
        let md = crate::report::markdown::render(&m);
        assert!(
            md.contains("Renamed (1): X-1.8-1 (was X-1.7-1).") && md.contains("Removed (1): X-1.7-2 (2025-10-07)."),
            "{md}"
        );
        // Without drafts, no column.
        m.documents[0].history = None;
        assert!(!render(&m).contains(r#"data-col="since""#));
    }

    #[test]
    fn natural_sort_key() {
        assert!(sort_key("MQTT-3.9.1-1") < sort_key("MQTT-3.10.1-2"));
        assert_eq!(sort_key("A-1"), "A-000001");
    }
}
