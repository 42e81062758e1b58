//! Shared by the parser targets: parse `text` and check every word and block span.

use copydesk::doc::Format;
use copydesk::source::SourceFile;

pub fn check(text: &str, format: Format) {
    let src = SourceFile::new("fuzz", text);
    let doc = copydesk::parse::parse(&src, format);
    let exact = |s: copydesk::span::Span| {
        s.end() <= text.len() && text.is_char_boundary(s.start()) && text.is_char_boundary(s.end())
    };
    assert!(doc.words.iter().all(|w| exact(w.span)));
    assert!(doc.blocks.iter().all(|b| exact(b.span)));
}
