//! Extraction speed on the real documents: the whole pipeline (cleanup,
//! sections, statements, Appendix B cross-check, finalize) from bytes in memory.

use criterion::{criterion_group, criterion_main, Criterion};
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

/// The MQTT-SN draft in its forms: the online editor's one-line HTML (978 KB,
/// a 200 KB `<style>`) and Markdown (1.6 MB, base64 images), the TC build's
/// HTML (3.7 MB), and the 77-file source (read from disk, bind.txt order).
fn extract_mqtt_sn(c: &mut Criterion) {
    let opts = ReadOptions::default();
    for (name, format) in [
        ("mqtt-sn-v2.0-wd/snapshots/2025-10-07.html", Format::Html),
        ("mqtt-sn-v2.0-wd/snapshots/2025-10-07.md", Format::Markdown),
        ("mqtt-sn-v2.0-wd/built/2026-07-14.html", Format::Html),
    ] {
        let bytes = spec(name);
        c.bench_function(&format!("extract {name}"), |b| {
            b.iter(|| {
                let ex = read_bytes(&bytes, name, format, &opts).expect("reads");
                assert!(ex.list.statements.len() > 290);
                ex
            })
        });
    }
    let dir = specs().join("mqtt-sn-v2.0-wd/source/2026-08-18");
    c.bench_function("extract mqtt-sn-v2.0-wd/source/2026-08-18 (parts)", |b| {
        b.iter(|| {
            let ex = read_path(&dir, None, &opts).expect("reads");
            assert_eq!(ex.list.statements.len(), 309);
            ex
        })
    });
}

criterion_group!(benches, extract, extract_mqtt_sn);
criterion_main!(benches);
