//! Fuzzing the readers, outside CI: mutated real drafts and random bytes
//! through every reader, each input timed. Stops with a non-zero exit on
//! the first panic or on an input that takes longer than the limit, and
//! saves that input.
//!
//! ```text
//! cargo run --release --example fuzz -- [ITERATIONS per reader, default 1000000] [SEED]
//! ```
//!
//! Inputs: a random window (1 byte to 16 KiB) of a real document of the
//! reader's format from `spec/sources/`, with 1-8 mutations (byte flips,
//! deletions, duplications, insertions of random bytes or of tokens the
//! readers care about: id brackets, look-alike dashes, headings, tags, table
//! pipes); one input in ten is random bytes. Text inputs are made valid
//! UTF-8 two times in three, so most reach the parsers rather than the
//! encoding check. Sheets are mutated as whole files (a window of a zip is
//! no sheet).

use specgen::ingest::{read_bytes, Format, ReadOptions};
use std::path::Path;
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(1);

/// xorshift64*: reproducible from the seed, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TOKENS: &[&str] = &[
    "[MQTT-",
    "[MQTT-SN-",
    "]",
    "\\[",
    "\\]",
    "\u{2011}",
    "\u{2013}",
    "--",
    "-1]",
    ".0-",
    "MUST",
    "MUST NOT",
    "\n\n",
    "\n# ",
    "\n## 3.1.2 ",
    "**",
    "|",
    "\n| a | b |\n|---|---|\n",
    "<style>",
    "</style>",
    "<script>",
    "<span>",
    "</span>",
    "<a id=\"MQTT-SN-1.8.4-1\">",
    "<table>",
    "<td>",
    "&nbsp;",
    "&ndash;",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "«",
    "»",
    "![x](data:image/png;base64,AAAA)",
    "Appendix B",
    "\r\n",
    "\0",
];

fn mutate(rng: &mut Rng, doc: &[u8], window: bool) -> Vec<u8> {
    let mut v = if window && !doc.is_empty() {
        let len = 1 + rng.below(16 * 1024).min(doc.len() - 1);
        let start = rng.below(doc.len() - len + 1);
        doc[start..start + len].to_vec()
    } else {
        doc.to_vec()
    };
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(v.len() + 1);
        match rng.below(6) {
            0 if !v.is_empty() => {
                let i = at.min(v.len() - 1);
                v[i] ^= 1 << rng.below(8);
            }
            1 if !v.is_empty() => {
                let end = (at + rng.below(64)).min(v.len());
                v.drain(at.min(end)..end);
            }
            2 if !v.is_empty() => {
                let start = at.min(v.len() - 1);
                let end = (start + 1 + rng.below(256)).min(v.len());
                let copy = v[start..end].to_vec();
                v.splice(start..start, copy);
            }
            3 => {
                let bytes: Vec<u8> = (0..1 + rng.below(16)).map(|_| rng.next() as u8).collect();
                v.splice(at..at, bytes);
            }
            _ => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                v.splice(at..at, t.iter().copied());
            }
        }
    }
    v
}

fn corpus(dir: &Path, ext: &str) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == ext) {
                out.push(std::fs::read(&p).expect("readable corpus file"));
            }
        }
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let iterations: usize = args.next().map(|a| a.parse().expect("ITERATIONS is a number")).unwrap_or(1_000_000);
    let seed: u64 = args.next().map(|a| a.parse().expect("SEED is a number")).unwrap_or(0x5eed);
    let sources = Path::new("spec/sources");
    let json = std::fs::read_dir("spec/statements")
        .expect("spec/statements")
        .flatten()
        .map(|e| std::fs::read(e.path()).unwrap())
        .collect();
    let csv: Vec<Vec<u8>> = Vec::from([specgen::ingest::interchange::write_csv(
        &specgen::ingest::interchange::read_json(&std::fs::read("spec/statements/mqtt-v3.1.1.json").unwrap(), "x")
            .unwrap()
            .list,
    )
    .into_bytes()]);
    let readers: Vec<(Format, Vec<Vec<u8>>, bool)> = vec![
        (Format::Markdown, corpus(sources, "md"), true),
        (Format::Html, corpus(sources, "html"), true),
        (Format::Json, json, true),
        (Format::Csv, csv, true),
        (Format::Sheet, corpus(sources, "ods"), false),
    ];
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed | 1);
    let mut failed = false;
    for (format, docs, window) in readers {
        assert!(!docs.is_empty(), "no corpus for {format}: run scripts/setup first");
        let n = iterations;
        let (mut slowest, mut errors, started) = (Duration::ZERO, 0usize, Instant::now());
        for i in 0..n {
            let input = if rng.below(10) == 0 {
                (0..rng.below(4096)).map(|_| rng.next() as u8).collect()
            } else {
                let doc = rng.below(docs.len());
                mutate(&mut rng, &docs[doc], window)
            };
            let input = if format != Format::Sheet && rng.below(3) != 0 {
                String::from_utf8_lossy(&input).replace('\0', "").into_bytes()
            } else {
                input
            };
            let t = Instant::now();
            let outcome = std::panic::catch_unwind(|| read_bytes(&input, "fuzz", format, &ReadOptions::default()));
            let took = t.elapsed();
            slowest = slowest.max(took);
            let bad = match &outcome {
                Err(_) => Some("panicked"),
                Ok(_) if took > LIMIT => Some("took longer than 1 s"),
                Ok(Err(_)) => {
                    errors += 1;
                    None
                }
                Ok(Ok(_)) => None,
            };
            if let Some(what) = bad {
                let path = format!("target/fuzz-{format}-{i}.bin");
                std::fs::write(&path, &input).expect("save the input");
                eprintln!("{format}: input {i} {what} ({took:?}); saved to {path}");
                failed = true;
                break;
            }
        }
        println!(
            "{format}: {n} inputs in {:.1} s, {errors} refused with an error, no panic; slowest input {:.1} ms",
            started.elapsed().as_secs_f64(),
            slowest.as_secs_f64() * 1000.0
        );
    }
    if failed {
        std::process::exit(1);
    }
}
