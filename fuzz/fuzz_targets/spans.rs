//! The properties every fuzz target asserts, shared with the stable regression test
//! (`tests/fuzz_regressions.rs` includes this file by path): no panic, and every span — of
//! the document model and of the findings, their labels and their fix edits — lies inside the
//! text, is not reversed and starts and ends on character boundaries.

#![allow(dead_code)] // each target uses only part of it

use copydesk::diagnostic::Diagnostic;
use copydesk::doc::{Document, Format};
use copydesk::engine::Engine;
use copydesk::source::SourceFile;
use copydesk::span::Span;

pub(crate) const FORMATS: [Format; 3] = [Format::Plain, Format::Markdown, Format::Html];

fn assert_exact(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end
            && span.end() <= text.len()
            && text.is_char_boundary(span.start())
            && text.is_char_boundary(span.end()),
        "{what} span {span:?} is not inside the text ({} bytes) on char boundaries",
        text.len()
    );
}

fn assert_range(r: &std::ops::Range<u32>, len: usize, what: &str) {
    assert!(
        r.start <= r.end && r.end as usize <= len,
        "{what} index range {r:?} is outside 0..{len}"
    );
}

/// Every span and index range of a parsed document.
pub(crate) fn check_doc(doc: &Document<'_>) {
    let text = doc.text();
    for b in &doc.blocks {
        assert_exact(text, b.span, "block");
        assert_range(&b.words, doc.words.len(), "block words");
        assert_range(&b.runs, doc.runs.len(), "block runs");
        assert_range(&b.sentences, doc.sentences.len(), "block sentences");
        if let Some(p) = b.parent {
            assert!(
                (p as usize) < doc.blocks.len(),
                "block parent {p} out of range"
            );
        }
    }
    for r in &doc.runs {
        assert_exact(text, r.span, "run");
        assert!(
            (r.block as usize) < doc.blocks.len(),
            "run block out of range"
        );
    }
    for w in &doc.words {
        assert_exact(text, w.span, "word");
        assert!(!w.span.is_empty(), "empty word span {:?}", w.span);
        assert!(
            (w.block as usize) < doc.blocks.len(),
            "word block out of range"
        );
    }
    for s in &doc.sentences {
        assert_exact(text, s.span, "sentence");
        assert_range(&s.words, doc.words.len(), "sentence words");
        assert!(
            (s.block as usize) < doc.blocks.len(),
            "sentence block out of range"
        );
    }
    for h in &doc.holes {
        assert_exact(text, h.span, "hole");
    }
    for s in &doc.suppressions {
        assert_exact(text, s.span, "suppression");
        assert_exact(text, s.comment, "suppression comment");
    }
    for b in &doc.breaks {
        assert_exact(text, *b, "break");
    }
    if let Some((_, span)) = doc.meta.dateline {
        assert_exact(text, span, "dateline");
    }
    for s in &doc.series {
        assert_exact(text, s.span, "series");
        assert!(
            (s.block as usize) < doc.blocks.len(),
            "series block out of range"
        );
        for item in &s.items {
            assert_exact(text, item.span, "series item");
            assert_exact(text, item.sep, "series separator");
            if let Some(n) = item.note {
                assert_exact(text, n, "series item note");
            }
        }
        if let Some(l) = s.lead_in {
            assert_exact(text, l.span, "lead-in");
        }
        if let Some(c) = s.claim {
            assert_exact(text, c.group_span, "claim");
        }
        if let Some(c) = s.count {
            assert_exact(text, c.span, "stated count");
        }
    }
    for g in &doc.group_mentions {
        assert_exact(text, g.span, "group mention");
        assert!(
            g.first_word <= g.end_word && g.end_word as usize <= doc.words.len(),
            "group mention words {}..{} out of range",
            g.first_word,
            g.end_word
        );
    }
    // Building the lines walks runs, holes and breaks together: it must not panic either.
    for line in doc.lines() {
        assert_exact(text, line.span, "line");
    }
}

/// Every span of the findings: primary, labels and fix edits (sorted, not overlapping).
pub(crate) fn check_diagnostics(text: &str, diags: &[Diagnostic]) {
    for d in diags {
        assert_exact(text, d.span, &d.rule);
        for l in &d.labels {
            assert_exact(text, l.span, "label");
        }
        if let Some(fix) = &d.fix {
            let mut end = 0;
            for e in &fix.edits {
                assert_exact(text, e.span, "fix edit");
                assert!(
                    e.span.start() >= end,
                    "{}: fix edits overlap or are unsorted",
                    d.rule
                );
                end = e.span.end();
            }
        }
    }
}

/// One parser on `text`: the model's spans.
pub(crate) fn check_parse(text: &str, format: Format) {
    let src = SourceFile::new("fuzz", text);
    let doc = copydesk::parse::parse(&src, format);
    check_doc(&doc);
}

/// The whole pipeline on arbitrary bytes: decoding, every parser, every default rule, the
/// safe fixes, and the fixed text checked again.
pub(crate) fn check_pipeline(bytes: &[u8]) {
    let Ok(src) = SourceFile::decode("fuzz", bytes.to_vec()) else {
        return;
    };
    let engine = Engine::defaults();
    for format in FORMATS {
        check_doc(&copydesk::parse::parse(&src, format));
        let diags = engine.check_source(&src, format);
        check_diagnostics(src.text(), &diags);
        let (fixed, _) = copydesk::fix::apply(src.text(), &diags);
        let again = SourceFile::new("fuzz", fixed);
        let diags = engine.check_source(&again, format);
        check_diagnostics(again.text(), &diags);
    }
}
