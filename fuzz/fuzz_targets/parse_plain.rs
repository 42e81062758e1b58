//! The plain parser on arbitrary text: no panic, and every span of the model is exact.
#![no_main]

#[path = "spans.rs"]
mod spans;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| spans::check_parse(text, copydesk::doc::Format::Plain));
