//! Extraction speed on the real documents: the whole pipeline (cleanup,
//! sections, statements, Appendix B cross-check, finalize) from bytes in memory.

use criterion::{criterion_group, criterion_main, Criterion};
use specgen::history::{history, Draft};
use specgen::ingest::{read_bytes, read_path, Format, ReadOptions};
use std::path::PathBuf;

fn specs() -> PathBuf {
    std::env::var_os("SPECGEN_SPECS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/sources"))
}

fn spec(name: &str) -> Vec<u8> {
    let dir = specs();
    std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name} in {}: {e}", dir.display()))
}

fn extract(c: &mut Criterion) {
    let opts = ReadOptions::default();
    for name in ["mqtt-v5.0-os.pdf.md", "mqtt-v3.1.1-os.pdf.md"] {
        let bytes = spec(name);
        c.bench_function(&format!("extract {name}"), |b| {
            b.iter(|| {
                let ex = read_bytes(&bytes, name, Format::Markdown, &opts).expect("reads");
                assert!(ex.list.statements.len() > 100);
                ex
            })
        });
    }
}

/// Every form of the MQTT-SN draft, date order: the online editor's exports
/// (one-line HTML with a 200 KB `<style>`, Markdown with base64 images), the
/// TC build's Markdown and HTML (3.7 MB), and the 77-file source (bind.txt).
const SN_FORMS: [(&str, Format); 11] = [
    ("mqtt-sn-v2.0-wd/snapshots/2024-07-24.md", Format::Markdown),
    ("mqtt-sn-v2.0-wd/snapshots/2024-07-24.html", Format::Html),
    ("mqtt-sn-v2.0-wd/snapshots/2024-10-30.md", Format::Markdown),
    ("mqtt-sn-v2.0-wd/snapshots/2024-10-30.html", Format::Html),
    ("mqtt-sn-v2.0-wd/snapshots/2025-05-22.md", Format::Markdown),
    ("mqtt-sn-v2.0-wd/snapshots/2025-05-22.html", Format::Html),
    ("mqtt-sn-v2.0-wd/snapshots/2025-10-07.md", Format::Markdown),
    ("mqtt-sn-v2.0-wd/snapshots/2025-10-07.html", Format::Html),
    ("mqtt-sn-v2.0-wd/built/2026-07-14.md", Format::Markdown),
    ("mqtt-sn-v2.0-wd/built/2026-07-14.html", Format::Html),
    ("mqtt-sn-v2.0-wd/source/2026-08-18", Format::Parts),
];

fn read_form(name: &str, format: Format, bytes: &[u8], opts: &ReadOptions) -> specgen::ingest::Extraction {
    if format == Format::Parts {
        read_path(&specs().join(name), Some(format), opts).expect("reads")
    } else {
        read_bytes(bytes, name, format, opts).expect("reads")
    }
}

fn extract_mqtt_sn(c: &mut Criterion) {
    let opts = ReadOptions::default();
    for (name, format) in SN_FORMS {
        let bytes = if format == Format::Parts { Vec::new() } else { spec(name) };
        c.bench_function(&format!("extract {name}"), |b| {
            b.iter(|| {
                let ex = read_form(name, format, &bytes, &opts);
                assert!(ex.list.statements.len() > 70);
                ex
            })
        });
    }
}

/// The whole shared series: every form read, then `history` over them.
fn history_mqtt_sn(c: &mut Criterion) {
    let opts = ReadOptions::default();
    let forms: Vec<(&str, Format, Vec<u8>)> = SN_FORMS
        .iter()
        .map(|&(name, format)| (name, format, if format == Format::Parts { Vec::new() } else { spec(name) }))
        .collect();
    c.bench_function("history of the MQTT-SN series (11 forms read)", |b| {
        b.iter(|| {
            let lists: Vec<_> = forms.iter().map(|(n, f, bytes)| read_form(n, *f, bytes, &opts).list).collect();
            let drafts: Vec<Draft> =
                lists.iter().zip(&forms).map(|(l, (n, _, _))| Draft { label: n, list: l }).collect();
            let h = history("mqtt-sn-v2.0", &drafts);
            assert!(h.statements.len() >= 309);
            h
        })
    });
}

criterion_group!(benches, extract, extract_mqtt_sn, history_mqtt_sn);
criterion_main!(benches);
