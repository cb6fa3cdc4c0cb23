//! The MQTT-SN v2.0 working draft in every form the TC produced it
//! (`spec/sources/mqtt-sn-v2.0-wd/`, see SOURCES.md): the online editor's
//! Markdown and HTML exports, the TC build's Markdown and HTML, and the
//! multi-file source. Ids are `[MQTT-SN-<section>-<n>]`: a prefix with a dash.
//!
//! Expected counts were computed independently of specgen, with Python on the
//! raw files: every `[MQTT<d>SN<d><section><d><n>]` (`<d>` one or more of
//! `-`, U+2010..U+2015, U+2212; Markdown `\[ \]` escapes allowed; HTML with
//! its tags and `<style>` removed), split at the last "Appendix B ...
//! Mandatory normative statements" heading.

use specgen::diag::{render_all, Diagnostic, Severity};
use specgen::ingest::{self, Extraction, Format, ReadOptions};
use specgen::model::IdPattern;

use crate::support as common;

fn read(rel: &str) -> Extraction {
    read_with(rel, &ReadOptions::default())
}

fn read_with(rel: &str, opts: &ReadOptions) -> Extraction {
    let path = common::spec(&format!("mqtt-sn-v2.0-wd/{rel}"));
    ingest::read_path(&path, None, opts).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn md(text: &str) -> Extraction {
    ingest::read_bytes(text.as_bytes(), "fixture.md", Format::Markdown, &ReadOptions::default()).expect("reads")
}

fn codes<'a>(ex: &'a Extraction, code: &str) -> Vec<&'a Diagnostic> {
    ex.diagnostics.iter().filter(|d| d.code == code).collect()
}

fn errors(ex: &Extraction) -> Vec<&Diagnostic> {
    ex.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect()
}

// ---- ids: the real documents ----

/// Editor Markdown exports. Python: distinct ids in the body 76, 80, 112 and
/// 292; the 2025-10-07 draft ends in Appendix B (294 distinct ids, 3 of
/// them not in the body: MQTT-SN-3.18-2/3/4), so 292 + 3 = 295 statements.
#[test]
fn editor_markdown_counts_and_prefix() {
    for (date, n) in [("2024-07-24", 76), ("2024-10-30", 80), ("2025-05-22", 112), ("2025-10-07", 295)] {
        let ex = read(&format!("snapshots/{date}.md"));
        let prefix = ex.prefix.as_ref().expect("a prose reader says which prefix");
        assert_eq!(prefix.describe(), "MQTT-SN (detected)", "{date}");
        assert_eq!(ex.list.statements.len(), n, "{date}");
        assert!(ex.list.statements.iter().all(|s| s.id.starts_with("MQTT-SN-")), "{date}");
        assert!(errors(&ex).is_empty(), "{date}: {}", render_all(&ex.diagnostics));
    }
}

/// `[MQTT–SN-3.1.23.4-1]` (en dash, line 2358) and `[MQTT-SN--3.1.4.9-2]`
/// (line 1426) are read as the intended ids, the original kept, a warning each.
#[test]
fn look_alike_and_doubled_dashes_in_the_2024_draft() {
    let ex = read("snapshots/2024-07-24.md");
    let s = ex.list.get("MQTT-SN-3.1.23.4-1").expect("en-dash id read");
    assert_eq!(s.original_id.as_deref(), Some("MQTT\u{2013}SN-3.1.23.4-1"));
    assert_eq!(s.source.line, Some(2358));
    let s = ex.list.get("MQTT-SN-3.1.4.9-2").expect("doubled-dash id read");
    assert_eq!(s.original_id.as_deref(), Some("MQTT-SN--3.1.4.9-2"));
    let malformed = codes(&ex, "malformed-id");
    let en = malformed.iter().find(|d| d.message.contains("en dash (U+2013)")).expect("en dash reported");
    assert_eq!((en.severity, en.location.line, en.location.column), (Severity::Warning, Some(2358), Some(77)));
    let dd = malformed.iter().find(|d| d.message.contains("doubled dash")).expect("doubled dash reported");
    assert_eq!(dd.location.line, Some(1426));
    assert_eq!(dd.help.as_deref(), Some("read as `MQTT-SN-3.1.4.9-2`; the original is kept in `original_id`"));
    // The en dash of the last editor draft too (twice: body and appendix).
    let ex = read("snapshots/2025-10-07.md");
    assert_eq!(ex.list.get("MQTT-SN-3.13.5-1").unwrap().original_id.as_deref(), Some("MQTT\u{2013}SN-3.13.5-1"));
}

/// `[MQTT-SN-v2.0]` (the citation of the draft itself, line 58) is a note;
/// `[MQTT-SN-???]` (3 times in the 2024 drafts: `grep -c`) is a placeholder
/// statement with no number: a warning each, nothing silent.
#[test]
fn citations_and_placeholders_are_not_statements() {
    let ex = read("snapshots/2024-07-24.md");
    let cites = codes(&ex, "id-citation");
    assert_eq!(cites.len(), 1);
    assert_eq!((cites[0].severity, cites[0].location.line), (Severity::Note, Some(58)));
    let placeholders = codes(&ex, "id-placeholder");
    assert_eq!(placeholders.len(), 3);
    assert!(placeholders.iter().all(|d| d.severity == Severity::Warning));
    assert!(ex.list.statements.iter().all(|s| !s.id.contains('?') && !s.id.contains('v')));
}

/// The TC build writes ids with U+2011 and as link text with no brackets
/// (`»[MQTT‑SN‑1.7.4‑1](#tab-MQTT-SN-1.7.4-1)`). Python: 304 distinct ids
/// in the body, 306 in Appendix B; 4 only in the appendix (3.1.7-1,
/// 3.17.2.3-8, 3.17.8-1, 4.4.2-3: the body's link is mangled there), 2 only
/// in the body (4.12.1-1, 4.12.2-1): 308 statements.
#[test]
fn built_markdown_reads_non_breaking_hyphens() {
    let ex = read("built/2026-07-14.md");
    assert_eq!(ex.prefix.as_ref().unwrap().describe(), "MQTT-SN (detected)");
    assert_eq!(ex.list.statements.len(), 308);
    assert!(errors(&ex).is_empty(), "{}", render_all(&errors(&ex).into_iter().cloned().collect::<Vec<_>>()));
    let s = ex.list.get("MQTT-SN-1.7.4-1").expect("U+2011 id read");
    assert_eq!(s.original_id.as_deref(), Some("MQTT\u{2011}SN\u{2011}1.7.4\u{2011}1"));
    assert_eq!(s.source.line, Some(701));
    assert!(s.text.starts_with("The character data in a UTF-8 Encoded String MUST be well-formed UTF-8"), "{}", s.text);
    let mut missing: Vec<&str> = codes(&ex, "body-missing").iter().map(|d| id_in(&d.message)).collect();
    missing.sort();
    assert_eq!(missing, ["MQTT-SN-3.1.7-1", "MQTT-SN-3.17.2.3-8", "MQTT-SN-3.17.8-1", "MQTT-SN-4.4.2-3"]);
    let mut missing: Vec<&str> = codes(&ex, "appendix-missing").iter().map(|d| id_in(&d.message)).collect();
    missing.sort();
    assert_eq!(missing, ["MQTT-SN-4.12.1-1", "MQTT-SN-4.12.2-1"]);
    // U+2011 is the build's deliberate spelling: a note per id, not a
    // warning. Python: 599 `[MQTT‑SN‑<section>‑<n>]` with U+2011 in the file.
    let nb: Vec<_> =
        codes(&ex, "malformed-id").into_iter().filter(|d| d.message.contains("non-breaking hyphen")).collect();
    assert_eq!(nb.len(), 599);
    assert!(nb.iter().all(|d| d.severity == Severity::Note));
    // `[MQTT-SN-section#-local#]` (line 738) describes the pattern.
    let ex_notes = codes(&ex, "id-example");
    assert_eq!(ex_notes.len(), 1);
    assert_eq!(ex_notes[0].location.line, Some(738));
}

fn id_in(message: &str) -> &str {
    message.split('`').nth(1).unwrap_or("")
}

/// A configured prefix is used as is, and said to come from the config.
#[test]
fn configured_prefix_wins() {
    let opts = ReadOptions { pattern: Some(IdPattern { prefix: "MQTT-SN".into() }), ..Default::default() };
    let ex = read_with("snapshots/2024-07-24.md", &opts);
    assert_eq!(ex.prefix.as_ref().unwrap().describe(), "MQTT-SN (config)");
    assert_eq!(ex.list.statements.len(), 76);
}

// ---- ids: fixtures, one quirk each ----

#[test]
fn fixture_every_look_alike_hyphen_is_read_and_reported() {
    let dashes = ['\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}', '\u{2212}'];
    let mut text = String::from("# 1 Intro\n\n## 1.1 Rules\n\n");
    for (i, d) in dashes.iter().enumerate() {
        text.push_str(&format!("Rule {i} MUST hold [MQTT{d}SN-1.1-{}].\n\n", i + 1));
    }
    let ex = md(&text);
    assert_eq!(ex.prefix.as_ref().unwrap().prefix, "MQTT-SN");
    let ids: Vec<&str> = ex.list.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, (1..=7).map(|n| format!("MQTT-SN-1.1-{n}")).collect::<Vec<_>>());
    for (s, d) in ex.list.statements.iter().zip(dashes) {
        assert_eq!(s.original_id.as_deref(), Some(format!("MQTT{d}SN-1.1-{}", &s.id[12..]).as_str()));
    }
    let looks = codes(&ex, "malformed-id").into_iter().filter(|d| d.message.contains("where a dash belongs")).count();
    assert_eq!(looks, 7, "{}", render_all(&ex.diagnostics));
}

#[test]
fn fixture_markdown_escapes_and_doubled_dashes() {
    let ex = md("# 3 Packets\n\nThe Server MUST answer \\[MQTT-SN--3-1\\]. It MAY wait \\[MQTT-SN-3-2\\].\n");
    let ids: Vec<(&str, Option<&str>)> =
        ex.list.statements.iter().map(|s| (s.id.as_str(), s.original_id.as_deref())).collect();
    assert_eq!(ids, [("MQTT-SN-3-1", Some("MQTT-SN--3-1")), ("MQTT-SN-3-2", None)]);
    assert_eq!(ex.list.statements[0].text, "The Server MUST answer.");
}

#[test]
fn fixture_an_id_after_a_preposition() {
    // Labels its sentence when it labels nothing else; a reference otherwise.
    let ex = md("# 3 P

The Server MUST reply to [MQTT-SN-3-1].

The Client MUST wait [MQTT-SN-3-2].                  It MAY retry, similarly to [MQTT-SN-3-2].
");
    let ids: Vec<&str> = ex.list.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["MQTT-SN-3-1", "MQTT-SN-3-2"]);
    assert_eq!(ex.list.statements[0].text, "The Server MUST reply to.");
}

#[test]
fn fixture_citations_and_descriptions_are_notes() {
    let ex = md("# 1 Intro\n\nSee \\[MQTT-SN-v2.0\\]. Ids follow `[MQTT-SN-section#-local#]` and [MQTT-SN-x.y-z].\n\n\
                 ## 1.2 Rule\n\nIt MUST work [MQTT-SN-1.2-1].\n");
    assert_eq!(ex.list.statements.len(), 1);
    assert!(errors(&ex).is_empty(), "{}", render_all(&ex.diagnostics));
    assert_eq!(codes(&ex, "id-citation").len(), 1);
    assert_eq!(codes(&ex, "id-example").len(), 2);
}

#[test]
fn fixture_prefix_detection_picks_the_most_used_and_says_so() {
    let ex = md("# 1 Intro\n\nAs MQTT says [MQTT-3.1.0-1].\n\n## 1.2 Rule\n\nIt MUST work [MQTT-SN-1.2-1]. \
                 It MUST stop [MQTT-SN-1.2-2].\n");
    assert_eq!(ex.prefix.as_ref().unwrap().describe(), "MQTT-SN (detected)");
    let note = codes(&ex, "id-prefix");
    assert_eq!(note.len(), 1);
    assert!(note[0].message.contains("`MQTT` (1)"), "{}", note[0].message);
    assert_eq!(ex.list.statements.len(), 2);
}

// ---- the online editor's HTML export ----

/// Same counts as the Markdown export of the same date (Python on the HTML
/// with tags and `<style>` removed: 76, 80, 112 and 295 distinct ids).
/// Nothing of the 200 KB `<style>` block reaches a diagnostic snippet, and
/// the page is read fast: measured 0.10 to 0.12 s per export in the debug
/// build (was 1.2 to 2 s: every diagnostic copied and counted the whole
/// one-line page, and the text search fell behind the `<style>` block).
#[test]
fn editor_html_counts_and_clean_snippets() {
    for (date, n) in [("2024-07-24", 76), ("2024-10-30", 80), ("2025-05-22", 112), ("2025-10-07", 295)] {
        let started = std::time::Instant::now();
        let ex = read(&format!("snapshots/{date}.html"));
        let took = started.elapsed();
        assert!(took.as_secs_f64() < 1.5, "{date}: {took:?}");
        assert_eq!(ex.list.statements.len(), n, "{date}");
        assert_eq!(ex.prefix.as_ref().unwrap().describe(), "MQTT-SN (detected)");
        assert!(errors(&ex).is_empty(), "{date}: {}", render_all(&ex.diagnostics));
        for d in &ex.diagnostics {
            let snippet = d.snippet.as_deref().unwrap_or("");
            assert!(
                !snippet.contains("list-style-type") && !snippet.contains("counter-reset") && snippet.len() < 1024,
                "{date}: CSS or a whole page in a snippet: {}",
                d.render()
            );
        }
        // Statement text comes from the body only.
        assert!(ex.list.statements.iter().all(|s| !s.text.contains("list-style-type")), "{date}");
    }
}

/// The Markdown and HTML exports of one date give the same ids.
#[test]
fn editor_html_and_markdown_agree() {
    for date in ["2024-07-24", "2025-10-07"] {
        let ids = |ext: &str| {
            let mut v: Vec<String> =
                read(&format!("snapshots/{date}.{ext}")).list.statements.into_iter().map(|s| s.id).collect();
            v.sort();
            v
        };
        assert_eq!(ids("md"), ids("html"), "{date}");
    }
}

/// Diagnostics name the real column in the one-line page: Python
/// `text.find('[MQTT&ndash;SN-3.1.23.4-1]') + 1` = 563718 and
/// `text.find('[MQTT-SN--3.1.4.9-2]') + 1` = 417052.
#[test]
fn editor_html_locations() {
    let ex = read("snapshots/2024-07-24.html");
    let at = |what: &str| {
        let d = ex.diagnostics.iter().find(|d| d.message.contains(what)).unwrap_or_else(|| panic!("{what}"));
        (d.location.line, d.location.column)
    };
    assert_eq!(at("en dash"), (Some(1), Some(563718)));
    assert_eq!(at("doubled dash"), (Some(1), Some(417052)));
    assert_eq!(ex.list.get("MQTT-SN-3.1.23.4-1").unwrap().original_id.as_deref(), Some("MQTT\u{2013}SN-3.1.23.4-1"));
}

#[test]
fn fixture_style_and_script_give_no_text_and_no_snippet() {
    let css = ".c1{list-style-type:none}".repeat(400); // 10 KB: more than the search window
    let page = format!(
        "<html><head><style>{css}</style><script>var x = '[MQTT-SN-9.9-9] MUST';</script></head>\
         <body><h1>1 Intro</h1><p><span class=\"c1\">The Server MUST answer</span><span> [MQTT&ndash;SN-1-1]</span>.</p>\
         <script>document.write('[MQTT-SN-9.9-8] MUST')</script><style>.x{{}}</style>\
         <p>The Client MAY [MQTT-SN-1-2].</p></body></html>"
    );
    let ex = ingest::read_bytes(page.as_bytes(), "one-line.html", Format::Html, &ReadOptions::default()).unwrap();
    let ids: Vec<&str> = ex.list.statements.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["MQTT-SN-1-1", "MQTT-SN-1-2"]);
    let d = ex.diagnostics.iter().find(|d| d.message.contains("en dash")).expect("reported");
    let col = page.find("[MQTT&ndash;SN-1-1").unwrap() + 1;
    assert_eq!(d.location.column, Some(col as u32));
    assert!(!d.snippet.as_deref().unwrap().contains("list-style"), "{}", d.render());
}

// ---- the online editor's Markdown export ----

/// `\[MQTT-SN-...\]` escapes read as brackets; the 44 base64 images
/// (`[imageN]: <data:image/png;base64,...>` reference definitions, `grep -c
/// base64` = 44, lines of up to 300 KB) give no text, no statement and no
/// snippet, and cost little: the 1.6 MB export reads in 0.06 s (debug build).
/// A figure (caption, then an image-only paragraph) does not run into the
/// statement after it.
#[test]
fn editor_markdown_escapes_and_images() {
    let started = std::time::Instant::now();
    let ex = read("snapshots/2025-10-07.md");
    assert!(started.elapsed().as_secs_f64() < 1.5, "{:?}", started.elapsed());
    assert!(ex.list.statements.iter().all(|s| !s.text.contains("base64") && !s.text.contains('\\')));
    assert!(ex.diagnostics.iter().all(|d| !d.snippet.as_deref().unwrap_or("").contains("base64")));
    let s = ex.list.get("MQTT-SN-1.7.4-1").unwrap();
    assert!(s.text.starts_with("The character data in a UTF-8 Encoded String MUST"), "{}", s.text);
    assert!(ex.list.statements.iter().all(|s| !s.text.starts_with("Figure")));
}

#[test]
fn fixture_markdown_images_and_escapes() {
    let b64 = "iVBORw0KGgo".repeat(20_000);
    let text = format!(
        "# 1 Intro\n\n*Figure 1-1 – A figure*\n\n![][image1]\n\nThe Server MUST answer \\[MQTT-SN-1-1\\].\n\n\
         ![alt text MUST not count](data:image/png;base64,{b64})\n\nThe Client MAY wait \\[MQTT-SN-1-2\\].\n\n\
         [image1]: <data:image/png;base64,{b64}>\n"
    );
    let started = std::time::Instant::now();
    let ex = md(&text);
    assert!(started.elapsed().as_secs_f64() < 1.0, "{:?}", started.elapsed());
    let got: Vec<(&str, &str)> = ex.list.statements.iter().map(|s| (s.id.as_str(), s.text.as_str())).collect();
    assert_eq!(got, [("MQTT-SN-1-1", "The Server MUST answer."), ("MQTT-SN-1-2", "The Client MAY wait.")]);
    assert!(
        ex.diagnostics.iter().all(|d| d.snippet.as_deref().unwrap_or("").len() < 1024),
        "{}",
        render_all(&ex.diagnostics)
    );
}

// ---- the TC build: anchors ----

const SN_URL: &str = "https://docs.oasis-open.org/mqtt/mqtt-sn/v2.0/mqtt-sn-v2.0.html";

/// Every statement of the build links to its own `<a name>`: Python finds
/// 308 distinct `<a name="MQTT-SN-...">` in each built file (the 308
/// statements: 304 from the body and 4 only in Appendix B, whose body anchor
/// exists though the body's id link is mangled).
#[test]
fn built_forms_link_each_statement_to_its_anchor() {
    let opts = ReadOptions { url: Some(SN_URL.into()), ..Default::default() };
    for form in ["md", "html"] {
        let ex = read_with(&format!("built/2026-07-14.{form}"), &opts);
        assert_eq!(ex.list.statements.len(), 308, "{form}");
        for s in &ex.list.statements {
            assert_eq!(s.anchor.as_deref(), Some(format!("{SN_URL}#{}", s.id).as_str()), "{form}");
        }
        let s = ex.list.get("MQTT-SN-1.7.4-1").unwrap();
        assert_eq!(s.anchor.as_deref(), Some(format!("{SN_URL}#MQTT-SN-1.7.4-1").as_str()));
        assert!(s.text.starts_with("The character data in a UTF-8 Encoded String MUST"), "{form}: {}", s.text);
        assert!(!s.text.contains('«') && !s.text.contains('»'), "{form}: {}", s.text);
        assert!(errors(&ex).is_empty(), "{form}");
    }
    // Without a URL the anchor is the fragment.
    let ex = read("built/2026-07-14.md");
    assert_eq!(ex.list.get("MQTT-SN-3.1.7-1").unwrap().anchor.as_deref(), Some("#MQTT-SN-3.1.7-1"));
}

/// The two built forms agree on the ids.
#[test]
fn built_markdown_and_html_agree() {
    let ids = |form: &str| {
        let mut v: Vec<String> =
            read(&format!("built/2026-07-14.{form}")).list.statements.into_iter().map(|s| s.id).collect();
        v.sort();
        v
    };
    assert_eq!(ids("md"), ids("html"));
}

#[test]
fn fixture_anchors_in_markdown_and_html() {
    let opts = ReadOptions { url: Some("https://x.test/d.html#old".into()), ..Default::default() };
    let text = "# 1 Intro\n\n<a name=\"MQTT-SN-1-1\"></a>The Server MUST answer [MQTT-SN-1-1].\n\n\
                The Client MAY wait [MQTT-SN-1-2].\n";
    let ex = ingest::read_bytes(text.as_bytes(), "a.md", Format::Markdown, &opts).unwrap();
    let anchors: Vec<Option<&str>> = ex.list.statements.iter().map(|s| s.anchor.as_deref()).collect();
    assert_eq!(anchors, [Some("https://x.test/d.html#MQTT-SN-1-1"), Some("https://x.test/d.html#old")]);
    let page = "<html><body><h1 id=\"intro\">1 Intro</h1><p><a id=\"MQTT-SN-1-1\"></a>The Server MUST answer \
                <a href=\"#tab-MQTT-SN-1-1\">MQTT\u{2011}SN\u{2011}1\u{2011}1</a>.</p>\
                <p>The Client MAY wait [MQTT-SN-1-2].</p></body></html>";
    let ex = ingest::read_bytes(page.as_bytes(), "a.html", Format::Html, &opts).unwrap();
    let got: Vec<(&str, Option<&str>)> =
        ex.list.statements.iter().map(|s| (s.id.as_str(), s.anchor.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("MQTT-SN-1-1", Some("https://x.test/d.html#MQTT-SN-1-1")),
            ("MQTT-SN-1-2", Some("https://x.test/d.html#intro"))
        ]
    );
    assert_eq!(ex.list.statements[0].text, "The Server MUST answer.");
}

// ---- the multi-file source ----

/// The 77 part files bound by `bind.txt` are one document. Python on the
/// parts concatenated in `bind.txt` order: 309 distinct ids in the body,
/// the same 309 in Appendix B (`mand-norm-stmts-00.md`), none only on one side.
#[test]
fn source_parts_are_one_document() {
    let opts = ReadOptions { url: Some(SN_URL.into()), ..Default::default() };
    let ex = read_with("source/2026-08-18/", &opts);
    assert_eq!(ex.list.document.format, specgen::model::Format::Parts);
    assert_eq!(ex.list.document.name, "2026-08-18");
    assert_eq!(ex.prefix.as_ref().unwrap().describe(), "MQTT-SN (detected)");
    assert_eq!(ex.list.statements.len(), 309);
    assert!(errors(&ex).is_empty());
    assert!(codes(&ex, "body-missing").is_empty() && codes(&ex, "appendix-missing").is_empty());
    // Statements and diagnostics name the part file and the line in it.
    let s = ex.list.get("MQTT-SN-1.8.4-1").unwrap();
    assert!(s.source.file.ends_with("source/2026-08-18/intro-08-data-repr.md"), "{}", s.source);
    assert_eq!(s.source.line, Some(25));
    assert_eq!(s.anchor.as_deref(), Some(format!("{SN_URL}#MQTT-SN-1.8.4-1").as_str()));
    // `[MQTT‑SN‑2.2‑1](#tab-...)` is line 38 of ctrl-pack-format-02-identifier.md;
    // Python: the link's `[` is character 271, its text starts at 272.
    let d = codes(&ex, "malformed-id")
        .into_iter()
        .find(|d| d.message.contains("MQTT\u{2011}SN\u{2011}2.2\u{2011}1"))
        .expect("diagnostic for 2.2-1");
    assert!(d.location.file.ends_with("ctrl-pack-format-02-identifier.md"), "{}", d.location);
    assert_eq!((d.location.line, d.location.column), (Some(38), Some(272)));
    assert!(d.render().contains("ctrl-pack-format-02-identifier.md:38:272"), "{}", d.render());
    // Every location names a part, never the folder.
    assert!(ex.diagnostics.iter().all(|d| d.location.file.ends_with(".md")));
    // The same draft, built a month earlier, had 308; the source renumbers
    // chapter 1 (1.7.4 -> 1.8.4) and adds one statement.
    assert!(read("built/2026-07-14.md").list.get("MQTT-SN-1.7.4-1").is_some());
}

/// `bind.txt` itself names the document too; `Format::from_path` knows both.
#[test]
fn source_bind_txt_path() {
    let p = common::spec("mqtt-sn-v2.0-wd/source/2026-08-18/bind.txt");
    assert_eq!(Format::from_path(&p), Some(Format::Parts));
    assert_eq!(Format::from_path(p.parent().unwrap()), Some(Format::Parts));
    let ex = ingest::read_path(&p, None, &ReadOptions::default()).unwrap();
    assert_eq!((ex.list.statements.len(), ex.list.document.name.as_str()), (309, "2026-08-18"));
}

#[test]
fn fixture_parts_with_a_missing_file_and_a_defect() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bind.txt"), "a.md\n\nb.md\n").unwrap();
    std::fs::write(dir.path().join("a.md"), "# 1 Intro\n\nThe Server MUST answer [MQTT-SN-1-1].\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "# 2 More\n\nLine two.\nThe Client MAY go [MQTT\u{2013}SN-2-1].").unwrap();
    let ex = ingest::read_path(dir.path(), None, &ReadOptions::default()).unwrap();
    assert_eq!(ex.list.statements.len(), 2);
    let d = *codes(&ex, "malformed-id").iter().find(|d| d.message.contains("en dash")).unwrap();
    assert!(d.location.file.ends_with("b.md"));
    assert_eq!((d.location.line, d.location.column), (Some(4), Some(19)));
    assert_eq!(ex.list.get("MQTT-SN-2-1").unwrap().source.line, Some(4));
    std::fs::write(dir.path().join("bind.txt"), "a.md\nnope.md\n").unwrap();
    let e = ingest::read_path(dir.path(), None, &ReadOptions::default()).unwrap_err();
    assert!(e.path.ends_with("bind.txt") && e.reason.contains("line 2: part `nope.md`"), "{e}");
}

// ---- two-part sections: the document's numbering ----

/// MQTT-SN numbers statements under two-part sections as a rule (`2.2-1`;
/// Python: 36 distinct such ids in the built form): one `id-grammar` note,
/// no warning per id. MQTT 5.0's single `MQTT-4.2-1` stays a warning (its
/// snapshot is unchanged).
#[test]
fn two_part_sections_are_the_drafts_numbering() {
    for rel in ["built/2026-07-14.md", "built/2026-07-14.html", "source/2026-08-18"] {
        let ex = read(rel);
        let notes = codes(&ex, "id-grammar");
        assert_eq!(notes.len(), 1, "{rel}");
        assert!(notes[0].message.starts_with("36 ids"), "{rel}: {}", notes[0].message);
        assert!(!ex.diagnostics.iter().any(|d| d.message.contains("only two parts")), "{rel}");
    }
    let ex = md("# 4 Ops\n\n## 4.2 Rule\n\nIt MUST work [MQTT-4.2-1].\n");
    assert!(codes(&ex, "id-grammar").is_empty());
    assert!(ex.diagnostics.iter().any(|d| d.message.contains("only two parts")));
}

// ---- Appendix B ----

/// Appendix B rows against the body, per form. Python on the Markdown
/// (first cell of each table row after the last Appendix B heading):
/// 2025-10-07: 297 rows with an id, 294 distinct (3 ids listed twice);
/// built 2026-07-14: 306 rows, 306 distinct; source 2026-08-18: 309, 309.
/// Statements = body ids plus appendix-only ids: 295, 308, 309.
#[test]
fn appendix_b_against_the_body() {
    use specgen::ingest::prose::{Extracted, OccurrenceKind};
    use std::collections::BTreeSet;
    let opts = ReadOptions::default();
    let count = |ex: &Extracted, kind: OccurrenceKind| -> (usize, usize) {
        let ids: Vec<&str> = ex.occurrences.iter().filter(|o| o.kind == kind).filter_map(|o| o.id.as_deref()).collect();
        (ids.len(), ids.iter().collect::<BTreeSet<_>>().len())
    };
    let text = |rel: &str| std::fs::read_to_string(common::spec(&format!("mqtt-sn-v2.0-wd/{rel}"))).unwrap();
    let bound = ingest::parts::bind(&common::spec("mqtt-sn-v2.0-wd/source/2026-08-18")).unwrap();
    let cases = [
        ("snapshots/2025-10-07.md", text("snapshots/2025-10-07.md"), (297, 294), 295),
        ("built/2026-07-14.md", text("built/2026-07-14.md"), (306, 306), 308),
        ("source/2026-08-18", bound.text, (309, 309), 309),
    ];
    for (rel, text, appendix, statements) in cases {
        let ex = ingest::markdown::read_detailed(&text, rel, &opts).unwrap();
        assert_eq!(count(&ex, OccurrenceKind::Appendix), appendix, "{rel}");
        let body: BTreeSet<&str> = ex
            .occurrences
            .iter()
            .filter(|o| o.kind == OccurrenceKind::Statement)
            .filter_map(|o| o.id.as_deref())
            .collect();
        let appendix: BTreeSet<&str> = ex
            .occurrences
            .iter()
            .filter(|o| o.kind == OccurrenceKind::Appendix)
            .filter_map(|o| o.id.as_deref())
            .collect();
        assert_eq!(body.union(&appendix).count(), statements, "{rel}");
    }
    // The built HTML's appendix is the same table.
    let html = std::fs::read(common::spec("mqtt-sn-v2.0-wd/built/2026-07-14.html")).unwrap();
    let ex = ingest::html::read_detailed(&html, "built.html", &opts).unwrap();
    assert_eq!(count(&ex, OccurrenceKind::Appendix), (306, 306));
}

/// Known differences of the 2025-10-07 editor draft, each reported: three
/// ids reused for two statements (`duplicate-id` and `appendix-duplicate`),
/// 3.18-2/3/4 only in Appendix B, 3.2.2.4-1 only in the body (as Python
/// finds). 3.3.2-1 ends in "responded to [MQTT-SN-3.3.2-1]": after a
/// preposition, but labelling nothing else and closing a MUST sentence, it
/// labels that sentence.
#[test]
fn editor_draft_2025_10_07_differences() {
    let ex = read("snapshots/2025-10-07.md");
    let ids = |code: &str| -> Vec<String> {
        let mut v: Vec<String> = codes(&ex, code).iter().map(|d| id_in(&d.message).to_string()).collect();
        v.sort();
        v
    };
    assert_eq!(ids("appendix-duplicate"), ["MQTT-SN-3.6.1.2-1", "MQTT-SN-3.8.2.1-1", "MQTT-SN-3.8.2.1-2"]);
    assert_eq!(ids("duplicate-id"), ["MQTT-SN-3.6.1.2-1", "MQTT-SN-3.8.2.1-1", "MQTT-SN-3.8.2.1-2"]);
    assert_eq!(ids("body-missing"), ["MQTT-SN-3.18-2", "MQTT-SN-3.18-3", "MQTT-SN-3.18-4"]);
    let s = ex.list.get("MQTT-SN-3.3.2-1").unwrap();
    assert!(
        s.text.ends_with("MUST contain the packet identifier of the CONNECT or AUTH packet being responded to."),
        "{}",
        s.text
    );
    assert_eq!(ids("appendix-missing"), ["MQTT-SN-3.2.2.4-1"]);
}

/// How far the body's statement texts are from Appendix B's, per form (a
/// note per differing text). Kept as ceilings: list items in HTML carry a
/// marker, so a dependent item gets its lead-in as in Markdown (editor HTML
/// 49 -> 31, built HTML 53 -> 35 when that came in). One statement text
/// whatever the form (paragraphs as the export breaks them, no invisible
/// characters or comment anchors, anaphors with their referent, the
/// source's cross-references as the build prints them): 46, 31, 40, 35, 36
/// -> 20, 20, 21, 21, 22.
#[test]
fn appendix_text_agreement_ceilings() {
    for (rel, most) in [
        ("snapshots/2025-10-07.md", 20),
        ("snapshots/2025-10-07.html", 20),
        ("built/2026-07-14.md", 21),
        ("built/2026-07-14.html", 21),
        ("source/2026-08-18", 22),
    ] {
        let n = codes(&read(rel), "appendix-text-differs").len();
        assert!(n <= most, "{rel}: {n} texts differ from Appendix B (ceiling {most})");
    }
}

/// Ids typed without `-SN` (`\[MQTT-3.1.19.4-4\]` in the UNSUBSCRIBE rules)
/// or as `MQTT-N-`: the detection sees the other prefixes and each occurrence,
/// body or Appendix B row, is reported. `grep -o` counts of
/// `\[MQTT-<section>-<n>\]` per editor draft: 7, 6, 5, 12 (6 of them in
/// Appendix B), plus `\[MQTT-N-...\]`: 0, 0, 1, 3.
#[test]
fn ids_missing_sn_are_reported_one_by_one() {
    for (date, n) in [("2024-07-24", 7), ("2024-10-30", 6), ("2025-05-22", 6), ("2025-10-07", 15)] {
        let ex = read(&format!("snapshots/{date}.md"));
        let d = codes(&ex, "foreign-prefix");
        assert_eq!(d.len(), n, "{date}");
        assert!(d.iter().all(|d| d.severity == Severity::Warning && d.location.line.is_some()), "{date}");
    }
    let ex = md("# 1 A\n\nIt MUST go [MQTT-SN-1-1]. It MUST stop [MQTT-SN-1-2]. It MUST wait [MQTT-1-3].\n");
    let d = codes(&ex, "foreign-prefix");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].help.as_deref(), Some("if it labels a statement of this document, write `[MQTT-SN-1-3]`"));
}

// ---- one draft, one statement list, whatever its form ----

/// The share of the ids two forms have in common whose fingerprints are
/// equal, and the ids that differ.
fn agreement(a: &Extraction, b: &Extraction) -> (usize, usize, Vec<String>) {
    let mut same = 0;
    let mut common = 0;
    let mut differ = Vec::new();
    for s in &a.list.statements {
        if let Some(t) = b.list.get(&s.id) {
            common += 1;
            if t.fingerprint == s.fingerprint {
                same += 1;
            } else {
                differ.push(s.id.clone());
            }
        }
    }
    (same, common, differ)
}

/// The Markdown and HTML of one draft give the same statement texts: the
/// four editor exports and the TC build, 871 ids in common. Measured before
/// the shared prose layers learnt it (captions, field labels and list tails
/// glued in front in Markdown, U+200B and comment anchors `[bi]` in HTML, a
/// lead-in dropped where `&nbsp;` ends a sentence): 63/76, 58/80, 94/112,
/// 255/295, 285/308 = 86.7%. Now 76/76, 79/80, 112/112, 295/295, 308/308 =
/// 99.9%; the one left is a real difference of the exports (2024-10-30
/// 4.4-3: the Markdown has a suggested edit, "QoS 2 packet ... QoS 10", the
/// HTML the text before it).
///
/// The source (2026-08-18) is a month newer than the build (2026-07-14):
/// 261 of 291 common ids agree; the rest are the TC's edits of that month
/// ("The Client MUST" -> "The receiver MUST", "Bits 7-2" -> "Bits 7-4",
/// statements renumbered in 4.4.2 and 4.14, a final full stop). The build's
/// defects read as the statement: `I«f a Client` (the quote inside the
/// first word) as `If a Client`, unrendered span syntax (`[The sender ...`,
/// `Connection.]{.mark} [If ...`) without its brackets.
#[test]
fn forms_of_one_draft_give_one_statement_list() {
    let mut same = 0;
    let mut common = 0;
    let mut report = Vec::new();
    let pairs = [
        ("snapshots/2024-07-24.md", "snapshots/2024-07-24.html"),
        ("snapshots/2024-10-30.md", "snapshots/2024-10-30.html"),
        ("snapshots/2025-05-22.md", "snapshots/2025-05-22.html"),
        ("snapshots/2025-10-07.md", "snapshots/2025-10-07.html"),
        ("built/2026-07-14.md", "built/2026-07-14.html"),
    ];
    for (a, b) in pairs {
        let (s, c, differ) = agreement(&read(a), &read(b));
        report.push(format!("{a} vs {b}: {s}/{c} {differ:?}"));
        same += s;
        common += c;
    }
    let share = same as f64 / common as f64;
    report.push(format!("Markdown vs HTML, all dates: {same}/{common} = {:.1}%", 100.0 * share));
    let source = read("source/2026-08-18");
    for built in ["built/2026-07-14.md", "built/2026-07-14.html"] {
        let (s, c, _) = agreement(&read(built), &source);
        report.push(format!("{built} vs source/2026-08-18 (a month apart): {s}/{c}"));
        assert!(s >= 261 && c == 291, "{built} vs source: {s}/{c}");
    }
    println!("{}", report.join("\n"));
    assert!(share >= 0.99, "{}", report.join("\n"));
}

/// The texts specific to one form are gone: no caption, figure label, list
/// tail or stray punctuation in front of a statement, no zero-width space,
/// no editor comment anchor.
#[test]
fn no_captions_labels_or_anchors_in_statement_texts() {
    let anchor = regex::Regex::new(r"\[[a-z]{1,2}\]").unwrap();
    for form in ["md", "html"] {
        for date in ["2024-07-24", "2024-10-30", "2025-05-22", "2025-10-07"] {
            let ex = read(&format!("snapshots/{date}.{form}"));
            for s in &ex.list.statements {
                let t = &s.text;
                assert!(!t.contains('\u{200b}'), "{date}.{form} {}: {t}", s.id);
                assert!(!t.starts_with(['(', ',', ';']), "{date}.{form} {}: {t}", s.id);
                for lead in ["Table ", "Figure ", "Labelled ", "Code points defined", "UNSUBSCRIBE If"] {
                    assert!(!t.starts_with(lead), "{date}.{form} {}: {t}", s.id);
                }
                assert!(!anchor.is_match(t), "{date}.{form} {}: {t}", s.id);
            }
        }
    }
    let ex = read("snapshots/2025-10-07.md");
    let s = ex.list.get("MQTT-SN-3.13.2.1-1").unwrap();
    assert_eq!(
        s.text,
        "If the Packet Identifier Flag is set to 0, a Packet Identifier MUST NOT be present in the Packet."
    );
    let s = ex.list.get("MQTT-SN-2.2-3").unwrap();
    assert!(s.text.starts_with("Each time a Server sends"), "{}", s.text);
}

/// A keyword sentence that opens with an anaphor carries the sentence that
/// gives the referent, in every form.
#[test]
fn anaphors_carry_their_referent() {
    for rel in ["snapshots/2025-10-07.md", "snapshots/2025-10-07.html", "built/2026-07-14.md", "source/2026-08-18"] {
        let ex = read(rel);
        let text = |id: &str| ex.list.get(id).unwrap().text.clone();
        assert_eq!(
            text("MQTT-SN-4.11.1-2"),
            "If the Server requires additional information to complete the authentication, it can send an AUTH \
             packet to the Client. This packet MUST contain a Reason Code of 0x18 (Continue authentication).",
            "{rel}"
        );
        // A list item in lower case continues its lead-in.
        assert!(
            text("MQTT-SN-4.3.3-6").starts_with("In the QoS 1 delivery protocol, the receiver after it has sent"),
            "{rel}: {}",
            text("MQTT-SN-4.3.3-6")
        );
        assert!(
            text("MQTT-SN-4.7.1.1.3-1").starts_with("The single-level wildcard can be used at any level"),
            "{rel}: {}",
            text("MQTT-SN-4.7.1.1.3-1")
        );
    }
}

/// Agreement of the body's statement texts with Appendix B (after folding
/// quotes, dashes and a final full stop), per form, for the ids in both.
/// Measured: 2025-10-07 md 271/291, html 271/291; built md 281/302, html
/// 281/302; source 287/309: 1391/1495 = 93.0% overall (was 245, 260, 262,
/// 267 and 273: 1307/1495 = 87.4%, before one text per draft). What is left
/// is mostly Appendix B's own wording (a different lead-in, a sentence more
/// or less, its typos "sore", "Toic", "[[Unicode]]").
#[test]
fn appendix_b_agreement() {
    use specgen::ingest::prose::{Extracted, OccurrenceKind};
    use std::collections::BTreeSet;
    let opts = ReadOptions::default();
    let figure = |ex: &Extracted| -> (usize, usize) {
        let ids = |kind: OccurrenceKind| -> BTreeSet<&str> {
            ex.occurrences.iter().filter(|o| o.kind == kind).filter_map(|o| o.id.as_deref()).collect()
        };
        let both = ids(OccurrenceKind::Statement).intersection(&ids(OccurrenceKind::Appendix)).count();
        let differ = ex.raw.diagnostics.iter().filter(|d| d.code == "appendix-text-differs").count();
        (both - differ, both)
    };
    let text = |rel: &str| std::fs::read(common::spec(&format!("mqtt-sn-v2.0-wd/{rel}"))).unwrap();
    let md = |rel: &str| ingest::markdown::read_detailed(&String::from_utf8(text(rel)).unwrap(), rel, &opts).unwrap();
    let html = |rel: &str| ingest::html::read_detailed(&text(rel), rel, &opts).unwrap();
    let bound = ingest::parts::bind(&common::spec("mqtt-sn-v2.0-wd/source/2026-08-18")).unwrap();
    let source = ingest::markdown::read_detailed_numbered(&bound.text, "source", &opts, &bound.numbering()).unwrap();
    let forms = [
        ("snapshots/2025-10-07.md", md("snapshots/2025-10-07.md"), 271),
        ("snapshots/2025-10-07.html", html("snapshots/2025-10-07.html"), 271),
        ("built/2026-07-14.md", md("built/2026-07-14.md"), 281),
        ("built/2026-07-14.html", html("built/2026-07-14.html"), 281),
        ("source/2026-08-18", source, 287),
    ];
    let (mut agree, mut total) = (0, 0);
    for (rel, ex, least) in &forms {
        let (a, n) = figure(ex);
        println!("{rel}: {a}/{n} texts as in Appendix B");
        assert!(a >= *least, "{rel}: {a}/{n} (at least {least})");
        agree += a;
        total += n;
    }
    println!("all forms: {agree}/{total} = {:.1}%", 100.0 * agree as f64 / total as f64);
}

// ---- headings ----

/// Every numbered heading, in order, once. The source's headings carry no
/// number: they get the build's (chapter order in `bind.txt`, each file's
/// headings nested), so the source's and the build's outlines agree where
/// the draft did not change between them, and cross-references read as
/// the build prints them (`as defined in 1.8.4 "UTF-8 Encoded String"`).
#[test]
fn headings_of_every_form() {
    let built = read("built/2026-07-14.md");
    let heading = |ex: &Extraction, n: &str| ex.list.document.heading(n).map(str::to_string);
    assert_eq!(heading(&built, "3.1").as_deref(), Some("CONNECT - Connection Request"));
    assert_eq!(heading(&built, "1.8.4").as_deref(), Some("UTF-8 Encoded String"));
    assert_eq!(heading(&built, "Appendix B").as_deref(), Some("Mandatory normative statements (informative)"));
    let html = read("built/2026-07-14.html");
    assert_eq!(built.list.document.headings, html.list.document.headings, "the built Markdown and HTML agree");
    let source = read("source/2026-08-18");
    let h = &source.list.document.headings;
    assert_eq!(h.first().map(|h| (h.number.as_str(), h.title.as_str())), Some(("1", "Introduction")));
    assert_eq!(heading(&source, "1.8.4").as_deref(), Some("UTF-8 Encoded String"));
    assert_eq!(heading(&source, "3.1").as_deref(), Some("CONNECT - Connection Request"));
    assert_eq!(heading(&source, "4.14").as_deref(), heading(&built, "4.14").as_deref());
    assert_eq!(heading(&source, "C.7"), None, "appendix headings keep their own numbers, not listed");
    let mut numbers = std::collections::HashSet::new();
    assert!(h.iter().all(|h| numbers.insert(h.number.clone())), "each number once");
    // Built and source outlines agree but for the chapters the TC changed
    // (3.6 PUBLISH split, 3.18/3.19 fields, 1.7.2 added).
    let same = h.iter().filter(|x| built.list.document.headings.contains(x)).count();
    assert!(same >= 280, "{same} of {}", h.len());
    // A statement's section is its own deepest one, with that one's title.
    let s = source.list.get("MQTT-SN-1.8.4-1").unwrap();
    assert_eq!((s.section.as_str(), s.section_title.as_str()), ("1.8.4", "UTF-8 Encoded String"));
    let s = source.list.get("MQTT-SN-3.1.11-1").unwrap();
    assert_eq!(
        s.text,
        "The Will Topic Name MUST be a UTF-8 Encoded String as defined in 1.8.4 \"UTF-8 Encoded String\"."
    );
    // Editor drafts: numbered headings too, the same in both exports (the
    // Markdown's table of contents, bold links with page numbers, is not
    // taken for headings; `{#anchor}` is no part of a title); a date is no
    // heading.
    let ex = read("snapshots/2025-10-07.html");
    assert!(ex.list.document.headings.iter().all(|h| !h.number.starts_with('0')));
    assert_eq!(ex.list.document.headings.len(), 318);
    let md = read("snapshots/2025-10-07.md");
    assert_eq!(md.list.document.headings, ex.list.document.headings);
    assert_eq!(heading(&md, "3.13.7").as_deref(), Some("DISCONNECT Actions"));
    assert_eq!(md.list.get("MQTT-SN-3.13.7-1").unwrap().section_title, "DISCONNECT Actions");
}

/// The source writes citations as `[cite](#Unicode)`; the build prints
/// `[Unicode]`. Read as the build prints them, the UTF-8 rule has one text in
/// both forms (it was renumbered 1.7.4-1 -> 1.8.4-1 between them).
#[test]
fn source_citations_read_as_the_build_prints_them() {
    let source = read("source/2026-08-18");
    let built = read("built/2026-07-14.md");
    let s = source.list.get("MQTT-SN-1.8.4-1").expect("the UTF-8 rule in the source");
    assert!(s.text.contains("Unicode specification [Unicode] and restated in RFC 3629 [RFC3629]."), "{}", s.text);
    assert_eq!(s.fingerprint, built.list.get("MQTT-SN-1.7.4-1").unwrap().fingerprint);
    assert!(source.list.statements.iter().all(|s| !s.text.contains(" cite")), "no placeholder left");
}
