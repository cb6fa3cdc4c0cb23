//! `generate` speed: a first generation (render every skeleton and write the
//! files) and a no-op regeneration (scan the tree, compare, plan nothing), on
//! the real MQTT 5.0 list and on a synthetic 10,000-statement list. Lists are
//! read once, outside the timing loop.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use specgen::generate::{plan_document, Plan, Templates};
use specgen::ingest::{read_path, Format, ReadOptions};
use specgen::model::{DocumentInfo, SourceLocation, Statement, StatementList};
use std::path::PathBuf;

fn v5() -> StatementList {
    let dir = std::env::var_os("SPECGEN_SPECS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("spec/sources"));
    let path = dir.join("mqtt-v5.0-os.pdf.md");
    read_path(&path, Some(Format::Markdown), &ReadOptions::default()).unwrap_or_else(|e| panic!("{e}")).list
}

/// 100 sections of 100 statements, each text different.
fn synthetic(n: usize) -> StatementList {
    let statements = (0..n)
        .map(|i| {
            let (sec, k) = (i / 100, i % 100 + 1);
            let section = format!("{}.{}", sec / 10 + 1, sec % 10 + 1);
            Statement::new(
                format!("T-{section}.0-{k}"),
                section.clone(),
                format!("Part {sec} – Topic {sec}"),
                &format!("The Server MUST accept message {i} of part {sec} and then the Client SHOULD reply {k}."),
                SourceLocation::line("synthetic.md", i as u32 + 1),
            )
        })
        .collect();
    StatementList::new(DocumentInfo { name: "synthetic".into(), ..Default::default() }, statements)
}

fn bench(c: &mut Criterion, label: &str, list: &StatementList, samples: usize) {
    let templates = Templates::builtin();
    let mut group = c.benchmark_group(label);
    group.sample_size(samples);
    group.bench_function("generate (plan + write)", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |tmp| {
                let plan = plan_document(list, &tmp.path().join("doc"), &templates).unwrap();
                Plan { documents: vec![plan] }.apply().unwrap();
                proc_macro2::extra::invalidate_current_thread_spans();
                tmp
            },
            BatchSize::PerIteration,
        )
    });
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("doc");
    Plan { documents: vec![plan_document(list, &dir, &templates).unwrap()] }.apply().unwrap();
    group.bench_function("regenerate (no-op)", |b| {
        b.iter(|| {
            let plan = plan_document(list, &dir, &templates).unwrap();
            assert!(plan.writes.is_empty());
            // proc-macro2 keeps every parsed text for span lookups, per
            // thread; a loop would otherwise time that map's growth.
            proc_macro2::extra::invalidate_current_thread_spans();
            plan
        })
    });
    group.finish();
}

fn generate(c: &mut Criterion) {
    let v5 = v5();
    bench(c, &format!("mqtt-v5.0 ({} statements)", v5.statements.len()), &v5, 30);
    bench(c, "synthetic (10000 statements)", &synthetic(10_000), 10);
}

criterion_group!(benches, generate);
criterion_main!(benches);
