//! `cargo bench`: the default rules over a large mixed corpus on one core, reported as MB/s
//! and words/s, per format and per rule.
//!
//! The corpus is generated, not fetched: the fixtures, the seed article and the clean prose
//! under tests/corpus are repeated (with a counter woven in so no two copies are identical)
//! until each format reaches the target size. `COPYDESK_BENCH_MB` sets the size per format
//! (default 8). Plain `harness = false` timing keeps the bench free of extra dependencies.
#![allow(clippy::print_stdout, clippy::cast_precision_loss)]

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::parse::parse;
use copydesk::source::SourceFile;

fn sources(root: &Path, format: Format) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.join("fixtures"), root.join("tests/corpus/clean")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if Format::from_path(&p) == Some(format) && p.extension().is_some() {
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            } else if format == Format::Markdown && p.extension().is_some_and(|x| x == "txt") {
                // Plain prose makes fine Markdown paragraphs too.
                if let Ok(t) = std::fs::read_to_string(&p) {
                    out.push(t);
                }
            }
        }
    }
    out.sort();
    out
}

fn corpus(root: &Path, format: Format, bytes: usize) -> String {
    let parts = sources(root, format);
    let mut out = String::with_capacity(bytes + 4096);
    let mut i = 0usize;
    while out.len() < bytes && !parts.is_empty() {
        let part = &parts[i % parts.len()];
        out.push_str(part);
        let _ = write!(out, "\n\nSection {i} of the collected copy.\n\n");
        i += 1;
    }
    out
}

fn time<F: FnMut()>(mut f: F) -> Duration {
    // Best of three: the machine is shared.
    (0..3)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mb: usize = std::env::var("COPYDESK_BENCH_MB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    println!("copydesk bench: {mb} MB per format, one core, best of 3");
    for (name, format) in [
        ("plain", Format::Plain),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
    ] {
        let text = corpus(root, format, mb << 20);
        if text.is_empty() {
            continue;
        }
        let src = SourceFile::new(format!("bench.{name}"), text);
        let size = src.text().len() as f64 / f64::from(1 << 20);
        let mut words = 0;
        let parse_t = time(|| {
            let doc = parse(&src, format);
            words = doc.words.len();
        });
        let engine = Engine::defaults();
        let mut findings = 0;
        let all_t = time(|| findings = engine.check_source(&src, format).len());
        let secs = all_t.as_secs_f64();
        println!(
            "{name:9} {size:6.1} MB  parse {:7.1} MB/s  all rules {:7.1} MB/s  {:6.2} M words/s  ({findings} findings)",
            size / parse_t.as_secs_f64(),
            size / secs,
            words as f64 / secs / 1e6,
        );
        // Each rule alone on the prebuilt model, slowest first, so a slow rule is found by
        // name; its share is of the time all rules take together (parsing excluded).
        let doc = parse(&src, format);
        let mut per_rule: Vec<(&str, f64)> = engine
            .rule_ids()
            .map(|id| {
                let one = Engine::only(id);
                let t = time(|| {
                    let _ = one.check(&doc);
                });
                (id, t.as_secs_f64())
            })
            .collect();
        per_rule.sort_by(|a, b| b.1.total_cmp(&a.1));
        let rules_total: f64 = per_rule.iter().map(|r| r.1).sum();
        for (id, secs) in per_rule {
            println!(
                "    {id:24} {:8.1} MB/s {:8.1} ms {:5.1}% (rule alone, model prebuilt)",
                size / secs,
                secs * 1e3,
                100.0 * secs / rules_total,
            );
        }
    }
}
