//! Extraction speed on the real documents: the whole pipeline (cleanup,
//! sections, statements, Appendix B cross-check, finalize) from bytes in memory.

use criterion::{criterion_group, criterion_main, Criterion};
use specgen::ingest::{read_bytes, Format, ReadOptions};
use std::path::PathBuf;

fn spec(name: &str) -> Vec<u8> {
    let dir = std::env::var_os("SPECGEN_SPECS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/sources"));
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

criterion_group!(benches, extract);
criterion_main!(benches);
