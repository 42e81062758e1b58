//! Properties of the document model on arbitrary input, and hostile inputs on every run.
#![allow(clippy::format_collect)]

use copydesk::doc::{Document, Format};
use copydesk::engine::Engine;
use copydesk::parse::parse;
use copydesk::source::SourceFile;
use proptest::prelude::*;

/// Every span lies inside the text on char boundaries; the bytes under a word are one word.
fn check_spans(doc: &Document<'_>) {
    let text = doc.text();
    let ok = |s: copydesk::span::Span| {
        s.start <= s.end
            && s.end() <= text.len()
            && text.is_char_boundary(s.start())
            && text.is_char_boundary(s.end())
    };
    for b in &doc.blocks {
        assert!(ok(b.span), "block span {:?} in {text:?}", b.span);
        assert!(b.words.start <= b.words.end && b.words.end as usize <= doc.words.len());
    }
    for r in &doc.runs {
        assert!(ok(r.span), "run span {:?}", r.span);
    }
    for h in &doc.holes {
        assert!(ok(h.span), "hole span {:?}", h.span);
    }
    for s in &doc.sentences {
        assert!(ok(s.span), "sentence span {:?}", s.span);
    }
    for w in &doc.words {
        assert!(ok(w.span) && !w.span.is_empty(), "word span {:?}", w.span);
        let word = &text[w.span.range()];
        let first = word.chars().next().unwrap_or(' ');
        let last = word.chars().next_back().unwrap_or(' ');
        assert!(
            (first.is_alphanumeric() || first == '@' || first == '#')
                && (last.is_alphanumeric() || copydesk::text::is_mark(last)),
            "word {word:?} does not start and end with a word character"
        );
        assert!(
            !word.contains(char::is_whitespace),
            "word {word:?} holds white space"
        );
        // Words never overlap a masked hole.
        assert!(
            doc.holes
                .iter()
                .all(|h| h.span.end <= w.span.start || w.span.end <= h.span.start),
            "word {word:?} overlaps a hole"
        );
    }
}

fn both_formats(text: &str) {
    for (name, format) in [("a.txt", Format::Plain), ("a.md", Format::Markdown)] {
        let src = SourceFile::new(name, text);
        let doc = parse(&src, format);
        check_spans(&doc);
        let _ = Engine::defaults().check(&doc);
    }
}

/// Pieces that exercise the parsers: markup, scripts, line ends, quotes, URLs.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("# Head\n".to_string()),
        Just("- item\n".to_string()),
        Just("  • bullet, left, pictured\n".to_string()),
        Just("> quote\n".to_string()),
        Just("```\ncode\n```\n".to_string()),
        Just("`code`".to_string()),
        Just("![alt](x.png \"title\")".to_string()),
        Just("<!-- copydesk-disable typo -->".to_string()),
        Just("https://example.com/a.b".to_string()),
        Just("| a | b |\n|---|---|\n| c | d |\n".to_string()),
        Just("---\ndate: 2012-06-07\n---\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("“Ünïcode” — Москва 北京 e\u{301} U.N. 9,000 China's".to_string()),
        Just("the the ".to_string()),
        Just("\u{feff}".to_string()),
        "[a-zA-Z ,.'’\\-]{0,20}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_exact(pieces in prop::collection::vec(piece(), 0..12)) {
        both_formats(&pieces.concat());
    }
}

#[test]
fn hostile_inputs_do_not_panic_or_hang() {
    let huge_line = "word ".repeat(400_000); // 2 MB on one line (the release bench goes bigger)
    let huge_list = (0..10_000)
        .map(|i| format!("- item {i}\n"))
        .collect::<String>();
    let deep_quotes = ">".repeat(10_000) + " deep\n";
    let deep_lists = (0..2_000)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect::<String>();
    let series = (0..10_000)
        .map(|i| format!("Country{i}, "))
        .collect::<String>()
        + "and Chad.\n";
    // Lists of known countries full of repeats: every rule on lists must stay linear.
    let countries = ["France", "Germany", "Italy", "Spain", "Poland"];
    let bullets_of_countries = String::from("NATO members:\n\n")
        + &(0..10_000)
            .map(|i| format!("- {}\n", countries[i % 5]))
            .collect::<String>();
    let inline_countries = String::from("NATO members such as ")
        + &(0..10_000)
            .map(|i| format!("{}, ", countries[i % 5]))
            .collect::<String>()
        + "and Chad agreed.\n";
    for text in [
        &huge_line,
        &huge_list,
        &deep_quotes,
        &deep_lists,
        &series,
        &bullets_of_countries,
        &inline_countries,
    ] {
        let started = std::time::Instant::now();
        both_formats(text);
        assert!(
            started.elapsed().as_secs() < 60,
            "took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn invalid_bytes_are_errors_not_panics() {
    for bytes in [
        &b"\xff\xfe\x00"[..],
        b"\xfe\xff\xd8\x00",
        b"ok\xc3",
        b"\xef\xbb\xbfok\r\n",
        b"\x00",
    ] {
        if let Ok(src) = SourceFile::decode("x.txt", bytes.to_vec()) {
            check_spans(&parse(&src, Format::Plain));
        }
    }
}
