//! Precision of the `typo` rule on clean, edited, public-domain prose (`tests/corpus/clean/`,
//! sources in its SOURCES.md): at most one finding per 10,000 words. The findings are printed
//! (`cargo test --test clean_prose -- --nocapture`) so that each can be read.
#![allow(clippy::print_stdout)]

use std::path::Path;

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;

#[test]
fn typo_is_quiet_on_clean_prose() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/clean");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus/clean")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no corpus files in {}", dir.display());
    let engine = Engine::only("typo");
    let (mut words, mut findings) = (0usize, 0usize);
    for path in &files {
        let src =
            SourceFile::decode(path.clone(), std::fs::read(path).expect("read")).expect("decodes");
        words += src.text().split_whitespace().count();
        for d in engine.check_source(&src, Format::Plain) {
            findings += 1;
            let (line, col) = src.line_col(d.span.start());
            println!(
                "{}:{line}:{col}: {} {:?}",
                path.file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default(),
                d.message,
                d.suggestions
            );
        }
    }
    let per_10k = findings as f64 * 10_000.0 / words as f64;
    println!(
        "typo on clean prose: {findings} findings in {words} words ({per_10k:.2} per 10,000 words)"
    );
    assert!(
        findings * 10_000 <= words,
        "{findings} findings in {words} words: more than 1 per 10,000"
    );
    assert!(words >= 30_000, "the clean corpus has only {words} words");
}
