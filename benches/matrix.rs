//! Scan + matrix over a synthetic tree: 1,000 test files, 10,000 covers
//! annotations (10 tests per file), 10,000 statements, one JUnit report.
//! The tree is written to a temp dir once, outside the timing loop.

use criterion::{criterion_group, criterion_main, Criterion};
use specgen::matrix::{self, DocInput, Options};
use specgen::model::{DocumentInfo, SourceLocation, Statement, StatementList};
use specgen::results;
use std::fmt::Write;
use std::path::Path;

const FILES: usize = 1_000;
const PER_FILE: usize = 10;

fn id(f: usize, t: usize) -> String {
    format!("MQTT-{}.{}.0-{}", f / 100 + 1, f % 100, t + 1)
}

fn setup(root: &Path) -> (StatementList, String) {
    let mut statements = Vec::new();
    let mut junit = String::from("<testsuites><testsuite name=\"suite::bench\">\n");
    let bin = root.join("bench");
    std::fs::create_dir_all(&bin).unwrap();
    let mut main = String::new();
    for f in 0..FILES {
        let mut src = String::from("use super::*;\n\n");
        for t in 0..PER_FILE {
            let text = format!("The Server MUST handle case {t} of file {f} as the statement says.");
            let st = Statement::new(
                id(f, t),
                format!("{}.{}", f / 100 + 1, f % 100),
                "Bench",
                &text,
                SourceLocation::line("b.md", 1),
            );
            let _ = write!(
                src,
                "/// {text}\n#[specgen::covers(\"{}\", fp = \"{}\")]\n#[test]\nfn t_{t}() {{\n    assert_eq!(1 + 1, 2);\n}}\n\n",
                st.id, st.fingerprint
            );
            let outcome = if (f + t) % 7 == 0 { "<failure message=\"boom\"/>" } else { "" };
            let _ = writeln!(junit, "<testcase name=\"f{f}::t_{t}\" classname=\"suite::bench\">{outcome}</testcase>");
            statements.push(st);
        }
        std::fs::write(bin.join(format!("f{f}.rs")), src).unwrap();
        let _ = writeln!(main, "mod f{f};");
    }
    std::fs::write(bin.join("main.rs"), main).unwrap();
    junit.push_str("</testsuite></testsuites>\n");
    let info = DocumentInfo {
        name: "bench".into(),
        source: "b.md".into(),
        format: specgen::model::Format::Markdown,
        url: None,
        headings: Vec::new(),
    };
    (StatementList::new(info, statements), junit)
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (list, junit) = setup(dir.path());
    let junit_path = dir.path().join("junit.xml");
    std::fs::write(&junit_path, &junit).unwrap();
    let opts = Options { link_base: dir.path().to_path_buf(), ..Default::default() };

    let mut g = c.benchmark_group("matrix");
    g.sample_size(10);
    g.bench_function("scan 1000 files / 10000 annotations", |b| {
        b.iter(|| specgen::scan::scan_tree(dir.path()).unwrap());
    });
    let files = specgen::scan::scan_tree(dir.path()).unwrap();
    let results = vec![results::read("bench", &junit_path).unwrap()];
    g.bench_function("read junit 10000 cases", |b| b.iter(|| results::read("bench", &junit_path).unwrap()));
    g.bench_function("join + totals", |b| {
        b.iter(|| {
            let docs = [DocInput { list: &list, files: files.iter().collect() }];
            matrix::build(&docs, &results, &opts)
        })
    });
    g.bench_function("scan + read + join (end to end)", |b| {
        b.iter(|| {
            let files = specgen::scan::scan_tree(dir.path()).unwrap();
            let results = vec![results::read("bench", &junit_path).unwrap()];
            let docs = [DocInput { list: &list, files: files.iter().collect() }];
            let m = matrix::build(&docs, &results, &opts);
            assert_eq!(m.summary.all.total, FILES * PER_FILE);
            m
        })
    });
    let m = {
        let docs = [DocInput { list: &list, files: files.iter().collect() }];
        matrix::build(&docs, &results, &opts)
    };
    assert_eq!(m.summary.all.covered, FILES * PER_FILE);
    for f in specgen::report::Format::ALL {
        g.bench_function(format!("render {}", f.file_name()), |b| b.iter(|| f.render(&m)));
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
