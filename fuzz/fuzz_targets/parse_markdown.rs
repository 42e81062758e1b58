//! The markdown parser on arbitrary text: no panic, and every span of the model is exact.
#![no_main]

use copydesk::doc::Format;
use copydesk::source::SourceFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let src = SourceFile::new("fuzz", text);
    let doc = copydesk::parse::parse(&src, Format::Markdown);
    for w in &doc.words {
        assert!(
            w.span.end() <= text.len()
                && text.is_char_boundary(w.span.start())
                && text.is_char_boundary(w.span.end())
        );
    }
    for b in &doc.blocks {
        assert!(
            b.span.end() <= text.len()
                && text.is_char_boundary(b.span.start())
                && text.is_char_boundary(b.span.end())
        );
    }
});
