use super::tree::parse;
use crate::doc::{BlockKind, CaptionSource, Gap};
use crate::source::SourceFile;

fn blocks(html: &str) -> Vec<(BlockKind, String)> {
    let src = SourceFile::new("t.html", html);
    let doc = parse(&src, &[]);
    doc.leaves()
        .map(|(i, b)| {
            let words: Vec<String> = doc
                .block_words(i)
                .iter()
                .enumerate()
                .map(|(k, _)| {
                    doc.word_str(doc.blocks[i as usize].words().start + k)
                        .into_owned()
                })
                .collect();
            (b.kind, words.join(" "))
        })
        .collect()
}

#[test]
fn template_front_matter_and_tags_in_text() {
    let html = "---\ntitle: Home\n---\n<h1>{{ page.title }}</h1>\n<p>We hire{% for r in roles %} {{ r.name }}{% endfor %} writers.{# endfor #}</p>";
    assert_eq!(
        blocks(html),
        [
            (BlockKind::Heading { level: 1 }, String::new()),
            (BlockKind::Paragraph, "We hire writers".into())
        ]
    );
    // Tags between elements open no paragraph and do not end the head.
    let html = "<html><head>{% include meta.html %}<title>Page</title></head>\n<body><ul>{% for r in roles %}<li>{{ r.name }} team</li>{% endfor %}</ul></body></html>";
    assert_eq!(
        blocks(html),
        [(BlockKind::ListItem { depth: 0 }, "team".into())]
    );
}

#[test]
fn blocks_lists_quotes_tables_and_masks() {
    let html = "<!DOCTYPE html><html><head><title>Page title</title><style>p{}</style></head>\
        <body><nav><a>Home</a></nav><h1>SCO Opposes <em>Intervention</em></h1>\
        <p>First para<p>Second <b>para</b> here</p>\
        <ul><li>one<li>two <i>items</i></ul>\
        <blockquote><p>Quoted text</p></blockquote>\
        <table><tr><td>cell a<td>cell b</table>\
        <script>var x = '</p>';</script><pre>code here</pre><footer>Footer text</footer>";
    assert_eq!(
        blocks(html),
        [
            (
                BlockKind::Heading { level: 1 },
                "SCO Opposes Intervention".into()
            ),
            (BlockKind::Paragraph, "First para".into()),
            (BlockKind::Paragraph, "Second para here".into()),
            (BlockKind::ListItem { depth: 0 }, "one".into()),
            (BlockKind::ListItem { depth: 0 }, "two items".into()),
            (BlockKind::Quote, "Quoted text".into()),
            (BlockKind::TableCell, "cell a".into()),
            (BlockKind::TableCell, "cell b".into()),
        ]
    );
}

#[test]
fn figure_alt_title_and_figcaption() {
    let html = "<figure><img src=\"a.jpg\" alt=\"Hu Jintao, left, walks\" title='The summit'>\
        <figcaption>Hu Jintao, left, walks with Putin. <span class=credit>Photo: Reuters</span></figcaption></figure>\
        <p>Body text follows here.</p>";
    let b = blocks(html);
    assert_eq!(
        b[0],
        (
            BlockKind::Caption(CaptionSource::Alt),
            "Hu Jintao left walks".into()
        )
    );
    assert_eq!(
        b[1],
        (
            BlockKind::Caption(CaptionSource::Title),
            "The summit".into()
        )
    );
    assert_eq!(b[2].0, BlockKind::Caption(CaptionSource::Below));
    assert_eq!(b[3].0, BlockKind::Paragraph);
    let src = SourceFile::new("t.html", html);
    let doc = parse(&src, &[]);
    let fig = doc
        .blocks
        .iter()
        .position(|b| b.kind == BlockKind::Figure)
        .expect("figure");
    assert_eq!(doc.blocks[2].parent, Some(fig as u32));
    assert_eq!(doc.slice(doc.blocks[1].span), "Hu Jintao, left, walks");
}

#[test]
fn entities_stay_in_words_and_spans_stay_on_the_source() {
    let html = "<p>The SCO&rsquo;s caf&eacute; &amp; the&nbsp;bar&#8212;done.</p>";
    let src = SourceFile::new("t.html", html);
    let doc = parse(&src, &[]);
    let words: Vec<&str> = doc.words.iter().map(|w| doc.slice(w.span)).collect();
    assert_eq!(
        words,
        ["The", "SCO&rsquo;s", "caf&eacute;", "the", "bar", "done"]
    );
    let decoded: Vec<String> = (0..doc.words.len())
        .map(|i| doc.word_str(i).into_owned())
        .collect();
    assert_eq!(decoded, ["The", "SCO’s", "café", "the", "bar", "done"]);
    assert_eq!(doc.words[4].gap, Gap::Space, "&nbsp; is a space");
    assert_eq!(doc.words[5].gap, Gap::Punct, "&#8212; is punctuation");
    let lines = doc.lines();
    assert_eq!(lines[0].text, "The SCO’s café & the bar—done.");
}

#[test]
fn br_splits_lines_and_source_newlines_do_not() {
    let html = "<p>XS<br>SM<br/>MD</p>\n<p>One\nparagraph <b>here</b></p>";
    let src = SourceFile::new("t.html", html);
    let doc = parse(&src, &[]);
    let lines: Vec<String> = doc.lines().iter().map(|l| l.text.to_string()).collect();
    assert_eq!(lines, ["XS", "SM", "MD", "One paragraph here"]);
    assert_eq!(doc.slice(doc.lines()[3].span), "One\nparagraph <b>here");
}

#[test]
fn fact_box_from_heading_and_credit() {
    let html = "<h2>SCO Facts</h2><ul><li>Includes China</li><li>Observers too</li></ul>\
        <p>Source: SCO website, UN, ASEAN</p><p>The SCO said more.</p>";
    let src = SourceFile::new("t.html", html);
    let doc = parse(&src, &[]);
    let kinds: Vec<(BlockKind, Option<u32>)> =
        doc.blocks.iter().map(|b| (b.kind, b.parent)).collect();
    assert_eq!(
        kinds,
        [
            (BlockKind::FactBox, None),
            (BlockKind::Heading { level: 2 }, Some(0)),
            (BlockKind::List { ordered: false }, Some(0)),
            (BlockKind::ListItem { depth: 0 }, Some(2)),
            (BlockKind::ListItem { depth: 0 }, Some(2)),
            (BlockKind::Credit, Some(0)),
            (BlockKind::Paragraph, None),
        ]
    );
}

#[test]
fn suppression_comments_work_in_html() {
    let html = "<!-- copydesk-disable-next-line typo -->\n<p>teh line</p>\n<p>ok</p>\n";
    let src = SourceFile::new("t.html", html);
    let doc = parse(&src, &[]);
    assert_eq!(doc.suppressions.len(), 1);
    assert_eq!(doc.slice(doc.suppressions[0].span), "<p>teh line</p>");
}

#[test]
fn article_header_is_prose_and_page_header_is_not() {
    let html = "<header><p>Site name</p></header><article><header><h1>Headline</h1></header>\
        <p>Body.</p><footer><p>Share this</p></footer></article><footer>Copyright</footer>";
    let b = blocks(html);
    let texts: Vec<&str> = b.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["Headline", "Body", "Share this"]);
}

#[test]
fn odd_markup_does_not_lose_text() {
    let b = blocks("a < b and c > d <3 <!-- x --> e</p></div><p/>f <unknown-tag>g</unknown-tag>");
    let texts: Vec<&str> = b.iter().map(|(_, t)| t.as_str()).collect();
    assert_eq!(texts, ["a b and c d 3 e", "f g"]);
    // Unterminated constructs run to the end without panicking.
    for s in [
        "<p>x<!-- open",
        "<p>x<a href=\"open",
        "<script>never closed",
        "<",
        "</",
        "<p",
    ] {
        let _ = blocks(s);
    }
}
