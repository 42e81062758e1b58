//! Parser throughput on one file, one core: `cargo run --release --example parse_speed -- FILE`.
//! Parses the file several times and prints MB/s for the parser alone and for the parser with
//! every default rule.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::parse::parse;
use copydesk::source::SourceFile;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_speed FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).expect("read file");
    let src = SourceFile::decode(path.as_str(), bytes).expect("decode");
    let format = Format::from_path(std::path::Path::new(&path)).unwrap_or(Format::Plain);
    let mb = src.text().len() as f64 / 1e6;
    let rounds = 5;
    let started = Instant::now();
    let mut words = 0;
    for _ in 0..rounds {
        words = parse(&src, format).words.len();
    }
    let parse_s = started.elapsed().as_secs_f64() / f64::from(rounds);
    let engine = Engine::defaults();
    let started = Instant::now();
    let doc = parse(&src, format);
    let found = engine.check(&doc).len();
    let all_s = started.elapsed().as_secs_f64();
    // The language of the document and of each of its blocks, alone (the engine does this
    // once per file when an English-only rule is on).
    let started = Instant::now();
    let mut foreign = 0;
    for _ in 0..rounds {
        foreign = copydesk::lang::of_document(&doc, &copydesk::lang::Settings::default())
            .foreign
            .len();
    }
    let lang_s = started.elapsed().as_secs_f64() / f64::from(rounds);
    println!(
        "{path}: languages {:.0} MB/s ({:.2} ms, {:.1} % of parse + rules), {foreign} foreign blocks",
        mb / lang_s,
        lang_s * 1e3,
        100.0 * lang_s / all_s,
    );
    println!(
        "{path}: {mb:.1} MB, {words} words; parse {:.0} MB/s ({:.1} M words/s); parse + default rules {:.0} MB/s, {found} findings",
        mb / parse_s,
        words as f64 / parse_s / 1e6,
        mb / all_s,
    );
}
