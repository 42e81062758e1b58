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
    for (i, w) in doc.words.iter().enumerate() {
        assert!(ok(w.span) && !w.span.is_empty(), "word span {:?}", w.span);
        // In HTML a word's span may hold a character reference; its decoded text is the word.
        let word = &*doc.word_str(i);
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
        // Words never overlap a masked hole (holes are sorted by start; look at the
        // neighbours, so that a file with many tags stays linear).
        let at = doc.holes.partition_point(|h| h.span.start < w.span.end);
        assert!(
            doc.holes[..at]
                .iter()
                .rev()
                .take(64)
                .all(|h| h.span.end <= w.span.start),
            "word {word:?} overlaps a hole"
        );
    }
}

const FORMATS: [(&str, Format); 3] = [
    ("a.txt", Format::Plain),
    ("a.md", Format::Markdown),
    ("a.html", Format::Html),
];

fn one_format(text: &str, (name, format): (&str, Format)) {
    let src = SourceFile::new(name, text);
    let doc = parse(&src, format);
    check_spans(&doc);
    let _ = Engine::defaults().check(&doc);
}

fn all_formats(text: &str) {
    for f in FORMATS {
        one_format(text, f);
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

/// Pieces of HTML, well-formed and not: tags, attributes, references, raw text, comments.
fn html_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<h2 class=\"x\">".to_string()),
        Just("<ul><li>".to_string()),
        Just("<li>".to_string()),
        Just("</ul>".to_string()),
        Just("<figure><img src=x.jpg alt=\"Hu Jintao, left\" title='t'>".to_string()),
        Just("<figcaption>".to_string()),
        Just("</figure>".to_string()),
        Just("<img alt=unquoted>".to_string()),
        Just("<img alt=\"open".to_string()),
        Just("<br>".to_string()),
        Just("<blockquote class=pullquote>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<script>if (a < b) {}</script>".to_string()),
        Just("<style>".to_string()),
        Just("<nav>Home</nav>".to_string()),
        Just("<header>".to_string()),
        Just("<article>".to_string()),
        Just("</div>".to_string()),
        Just("<!-- copydesk-disable page-residue -->".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<!DOCTYPE html>".to_string()),
        Just("&amp;".to_string()),
        Just("&rsquo;".to_string()),
        Just("&nbsp;".to_string()),
        Just("&#8217;".to_string()),
        Just("&#x;".to_string()),
        Just("&".to_string()),
        Just("<".to_string()),
        Just("don&rsquo;t Caf&eacute;".to_string()),
        Just("Â£3.9bn donâ€™t".to_string()),
        Just("<pre>".to_string()),
        Just("<code>x</code>".to_string()),
        Just("<h2>SCO Facts</h2><ul><li>a</ul><p>Source: x</p>".to_string()),
        "[a-z <>/=\"'&;#!-]{0,16}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_exact(pieces in prop::collection::vec(piece(), 0..12)) {
        all_formats(&pieces.concat());
    }

    #[test]
    fn html_spans_are_exact(pieces in prop::collection::vec(prop_oneof![html_piece(), piece()], 0..24)) {
        let text = pieces.concat();
        let src = SourceFile::new("a.html", text.as_str());
        let doc = parse(&src, Format::Html);
        check_spans(&doc);
        // Every prose run is text of the source that no hole covers.
        for r in &doc.runs {
            prop_assert!(doc.holes.iter().all(|h| h.span.end <= r.span.start || r.span.end <= h.span.start),
                "run {:?} overlaps a hole in {text:?}", r.span);
        }
        let _ = Engine::defaults().check(&doc);
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
    let deep_html = "<div>".repeat(50_000) + "text" + &"</span>".repeat(50_000);
    let many_paragraphs = "<p>word &amp; word<br>".repeat(100_000);
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
        &deep_html,
        &many_paragraphs,
    ] {
        for f in FORMATS {
            let started = std::time::Instant::now();
            one_format(text, f);
            assert!(
                started.elapsed().as_secs() < 60,
                "{} took {:?}",
                f.0,
                started.elapsed()
            );
        }
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
