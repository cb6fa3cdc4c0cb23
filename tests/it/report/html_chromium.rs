//! matrix.html in a real browser: headless Chromium runs the page's script,
//! `--dump-dom` shows the DOM after it ran. Filters are driven through the URL
//! fragment, the way a user shares a filtered view. Chromium is required (the
//! Debian `chromium` package; `.ci/run` installs it): without it this FAILS.
//!
//! Also writes a screenshot to `target/matrix-screenshot.png`.

use scraper::{Html, Selector};
use specgen::matrix::{self, Request};
use specgen::project::Project;
use specgen::report::Format;
use specgen::results::ResultsArg;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROOT: &str = "tests/fixtures/matrix";

fn chromium() -> PathBuf {
    let candidates = [std::env::var("CHROMIUM").unwrap_or_default(), "chromium".into(), "chromium-browser".into()];
    for c in candidates.iter().filter(|c| !c.is_empty()) {
        if Command::new(c).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok() {
            return PathBuf::from(c);
        }
    }
    panic!(
        "headless Chromium is required for this test and was not found (tried $CHROMIUM, chromium, chromium-browser); \
         install it with `apt-get install -y chromium`"
    );
}

/// The fixture matrix rendered to `<tmp>/matrix.html`.
fn page() -> (tempfile::TempDir, PathBuf) {
    let config = Project::load(&Path::new(ROOT).join("spec/specgen.toml")).unwrap();
    let results = [("broker-a", "results/broker-a.xml"), ("broker-b", "results/broker-b.xml")]
        .iter()
        .map(|(t, f)| ResultsArg { target: t.to_string(), path: Path::new(ROOT).join(f) })
        .collect();
    let req = Request { results, link_base: PathBuf::from(ROOT), ..Default::default() };
    let m = matrix::load(&config, &req).unwrap().matrix;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("matrix.html");
    std::fs::write(&path, Format::Html.render(&m)).unwrap();
    (dir, path)
}

/// Runs Chromium headless on `url` with `extra` arguments; stdout on success.
fn run(extra: &[&str], url: &str) -> String {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if start.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            panic!("chromium did not finish within 90 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "chromium failed on {url}: {:?}", out.status);
    String::from_utf8(out.stdout).unwrap()
}

fn dom(path: &Path, fragment: &str) -> Html {
    let url = format!("file://{}{fragment}", path.display());
    let text = run(&["--virtual-time-budget=2000", "--dump-dom"], &url);
    let doc = Html::parse_document(&text);
    let ready = doc.select(&Selector::parse("body").unwrap()).next().and_then(|b| b.value().attr("data-ready"));
    assert_eq!(ready, Some("1"), "the page's script did not run for {fragment:?}");
    doc
}

fn visible_ids(doc: &Html) -> Vec<String> {
    let rows = Selector::parse("#matrix tbody tr:not([hidden])").unwrap();
    let id = Selector::parse("td.id").unwrap();
    doc.select(&rows).map(|r| r.select(&id).next().unwrap().text().collect::<String>().trim().to_string()).collect()
}

fn shown(doc: &Html) -> String {
    doc.select(&Selector::parse("#shown").unwrap()).next().unwrap().text().collect()
}

#[test]
fn renders_filters_sorts_and_escapes_in_chromium() {
    let (_dir, path) = page();

    let all = dom(&path, "");
    assert_eq!(visible_ids(&all).len(), 12);
    assert_eq!(shown(&all), "12 of 12 statements");
    // The statement with markup is text, and its script never ran.
    let html = all.select(&Selector::parse("html").unwrap()).next().unwrap();
    assert_eq!(html.value().attr("data-pwned"), None, "statement text was executed as script");
    assert_eq!(all.select(&Selector::parse("script").unwrap()).count(), 1, "only the page's own script");
    let text: String = all.select(&Selector::parse("td.text details p").unwrap()).flat_map(|p| p.text()).collect();
    assert!(text.contains("<script>document.documentElement.setAttribute('data-pwned','1')</script> & \"quoted\""));

    // Rows with an unexpected failure on any product (a statement has no one
    // status for all; FX-1.1.0-3 fails on broker-a as a known deviation).
    let failing = dom(&path, "#result=failing");
    assert_eq!(visible_ids(&failing), ["FX-1.1.0-1", "FX-1.1.0-2", "FX-2.0.0-3"]);
    assert_eq!(shown(&failing), "3 of 12 statements");
    let stale = dom(&path, "#status=stale");
    assert_eq!(visible_ids(&stale), ["FX-1.2.0-2"]);

    // A target's failures; the other target's column is hidden.
    let b = dom(&path, "#target=broker-b&result=failing");
    assert_eq!(visible_ids(&b), ["FX-1.1.0-1", "FX-1.1.0-2", "FX-2.0.0-3"]);
    let hidden_a = Selector::parse("th[data-target=broker-a][hidden]").unwrap();
    assert_eq!(b.select(&hidden_a).count(), 1);

    let blocked = dom(&path, "#result=blocked");
    assert_eq!(visible_ids(&blocked), ["FX-1.1.0-3"]);

    let known = dom(&path, "#result=known-deviation");
    assert_eq!(visible_ids(&known), ["FX-1.1.0-3"]);

    // Text search reaches statement text and test names.
    let ping = dom(&path, "#q=ping");
    assert_eq!(visible_ids(&ping), ["FX-1.1.0-1", "FX-2.0.0-1", "FX-2.0.0-3"]);

    let should = dom(&path, "#level=SHOULD&actor=Server&sort=-id");
    assert_eq!(visible_ids(&should), ["FX-2.0.0-3", "FX-1.2.0-1"]);
    let section = dom(&path, "#section=1.0&status=untested");
    assert_eq!(visible_ids(&section), ["FX-1.0.0-1"]);

    // A value the page does not know is ignored, not an empty table.
    let bogus = dom(&path, "#status=%3Cimg%20src%3Dx%3E");
    assert_eq!(visible_ids(&bogus).len(), 12);
}

/// The matrix with `targets` products (fixture results, alternating),
/// written into a temp dir beside a wrapper page that loads it in a frame
/// `width` px wide, optionally scrolls it sideways by `scroll_x` px, and
/// writes the geometry into its own DOM, which `--dump-dom` prints.
fn measure(targets: &[&str], width: u32, scroll_x: u32) -> serde_json::Value {
    let config = Project::load(&Path::new(ROOT).join("spec/specgen.toml")).unwrap();
    let results = targets
        .iter()
        .enumerate()
        .map(|(i, t)| ResultsArg {
            target: t.to_string(),
            path: Path::new(ROOT).join(if i % 2 == 0 { "results/broker-a.xml" } else { "results/broker-b.xml" }),
        })
        .collect();
    let req = Request { results, link_base: PathBuf::from(ROOT), ..Default::default() };
    let m = matrix::load(&config, &req).unwrap().matrix;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("matrix.html"), Format::Html.render(&m)).unwrap();
    let wrapper = dir.path().join("measure.html");
    std::fs::write(
        &wrapper,
        format!(
            r#"<!doctype html><body style="margin:0"><iframe id="f" src="matrix.html" style="width:{width}px;height:900px;border:0"></iframe>
<pre id="out"></pre><script>
document.getElementById('f').addEventListener('load', function () {{
  var d = this.contentDocument, w = this.contentWindow;
  w.scrollTo({scroll_x}, 0);
  var heads = d.querySelectorAll('#matrix th[data-target]');
  var last = heads[heads.length - 1].getBoundingClientRect();
  var id = d.querySelector('#matrix td.id').getBoundingClientRect();
  var text = d.querySelector('#matrix td.id + td').getBoundingClientRect();
  document.getElementById('out').textContent = JSON.stringify({{
    inner: w.innerWidth, right: Math.round(last.right), scroll: d.documentElement.scrollWidth, heads: heads.length,
    scrolled: Math.round(w.scrollX), id_left: Math.round(id.left), text_left: Math.round(text.left),
    compact: d.getElementById('matrix').classList.contains('compact'),
    cell: d.querySelector('#matrix td.cell').textContent, title: d.querySelector('#matrix td.cell').title }});
}});
</script></body>"#
        ),
    )
    .unwrap();
    let url = format!("file://{}", wrapper.display());
    let text = run(&["--allow-file-access-from-files", "--virtual-time-budget=3000", "--dump-dom"], &url);
    let doc = Html::parse_document(&text);
    let out: String = doc.select(&Selector::parse("#out").unwrap()).next().unwrap().text().collect();
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("no measurement ({e}): {out:?}"))
}

/// The last product column ends inside the window: no horizontal scroll hides it.
fn assert_fits(v: &serde_json::Value, n: usize) {
    assert_eq!(v["heads"], n, "{v}");
    let (inner, right, scroll) =
        (v["inner"].as_i64().unwrap(), v["right"].as_i64().unwrap(), v["scroll"].as_i64().unwrap());
    assert!(
        right <= inner && scroll <= inner,
        "product column {n} ends at {right} px in a {inner} px window (page {scroll} px wide)"
    );
}

/// Five products side by side fit a 1400 px window, cells in words.
#[test]
fn five_products_fit_1400_px() {
    let v = measure(&["mosquitto", "rabbitmq", "ejabberd", "aedes", "amqtt"], 1400, 0);
    assert_fits(&v, 5);
    assert_eq!(v["compact"], false, "{v}");
}

/// The interop report's products: servers, transports and clients.
const ELEVEN: [&str; 11] = [
    "mosquitto",
    "mosquitto/tls",
    "mosquitto/ws",
    "aedes",
    "amqtt",
    "ejabberd",
    "rabbitmq",
    "rumqttc",
    "paho",
    "libmosquitto",
    "bridge",
];

/// Eleven products (the interop report's servers, transports and clients)
/// still fit at 1400 px: cells become glyphs with the word in the tooltip.
#[test]
fn eleven_products_fit_1400_px_in_compact_cells() {
    let v = measure(&ELEVEN, 1400, 0);
    assert_fits(&v, 11);
    assert_eq!(v["compact"], true, "{v}");
    // The first row's first product cell: FX-1.0.0-1 has no test, so "–", and its word on demand.
    assert_eq!((v["cell"].as_str(), v["title"].as_str()), (Some("–"), Some("n/a")), "{v}");
}

/// In a narrow window the table scrolls sideways and the id column stays in view.
#[test]
fn id_column_stays_in_view_when_scrolled_sideways() {
    let v = measure(&ELEVEN, 800, 300);
    assert!(v["scrolled"].as_i64().unwrap() > 100, "the page did not scroll sideways: {v}");
    assert!(v["id_left"].as_i64().unwrap().abs() <= 1, "the id column scrolled away: {v}");
    assert!(v["text_left"].as_i64().unwrap() < 0, "the section column should have scrolled: {v}");
}

#[test]
fn screenshot_artifact() {
    let (_dir, path) = page();
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    std::fs::create_dir_all(&target).unwrap();
    let shot = target.join("matrix-screenshot.png");
    let _ = std::fs::remove_file(&shot);
    // No virtual time here: with it, Chromium 156 paints only part of the page.
    run(
        &[&format!("--screenshot={}", shot.display()), "--window-size=1400,900"],
        &format!("file://{}", path.display()),
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let (w, h) =
        (u32::from_be_bytes(png[16..20].try_into().unwrap()), u32::from_be_bytes(png[20..24].try_into().unwrap()));
    assert_eq!((w, h), (1400, 900));
    assert!(png.len() > 20_000, "a blank page compresses to almost nothing; got {} bytes", png.len());
}
