//! Arbitrary bytes through decoding, every parser and every default rule, then the safe
//! fixes: no panic; every span of the model, of the findings, their labels and fix edits is
//! inside the text on char boundaries; and the fixed text checks the same way.
#![no_main]

#[path = "spans.rs"]
mod spans;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| spans::check_pipeline(bytes));
