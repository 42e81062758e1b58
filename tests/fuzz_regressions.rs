//! Every input under tests/fuzz-regressions/ through each parser and the whole pipeline,
//! with the assertions of the fuzz targets, on stable and on every run.

#[path = "../fuzz/fuzz_targets/spans.rs"]
mod spans;

use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn fuzz_regressions_pass() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz-regressions exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no inputs in {}", dir.display());
    for path in paths {
        let bytes = std::fs::read(&path).expect("readable input");
        let started = Instant::now();
        // The parser targets take text; the fuzzer hands them only valid UTF-8.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            for format in spans::FORMATS {
                spans::check_parse(text, format);
            }
        }
        spans::check_pipeline(&bytes);
        // Debug build: generous, but a quadratic blow-up on a few kilobytes shows.
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{} took {:?}",
            path.display(),
            started.elapsed()
        );
    }
}
