//! Markdown (CommonMark + GFM tables) through pulldown-cmark with source offsets.
//!
//! Headings, paragraphs, list items (with nesting depth), block quotes, table cells and
//! images become blocks; an image's alt text and title are captions, and so is a paragraph
//! directly under an image (or the text after an image on its own line). Code, HTML,
//! autolinks and front matter are holes.

use std::sync::LazyLock;

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::classify::{self, LineKind};
use super::directives::Directives;
use super::template;
use crate::doc::build::RunIn;
use crate::doc::{BlockKind, CaptionSource, DocBuilder, Document, Format, Gap, HoleKind};
use crate::source::SourceFile;
use crate::span::Span;
use crate::text::date::Date;

/// A caption under an image is short; a long paragraph after an image is body text.
const MAX_CAPTION_WORDS: usize = 80;

static FRONT_MATTER_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^(?:date|\s*"date")\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})"#)
        .expect("static regex")
});

/// Front matter fields that date a later state of the page than `date`.
static FRONT_MATTER_REVISED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?m)^\s*"?(?:lastmod|last_?modified|modified|updated|expiry_?date)"?\s*[:=]\s*["']?(\d{4}-\d{2}-\d{2})"#,
    )
    .expect("static regex")
});

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    List,
    Item,
    Quote,
    Cell,
    Other,
}

struct Leaf {
    kind: BlockKind,
    start: usize,
    runs: Vec<RunIn>,
    gap: Gap,
    /// An image came before any text of this leaf.
    led_by_image: bool,
}

impl Leaf {
    fn new(kind: BlockKind, start: usize) -> Leaf {
        Leaf {
            kind,
            start,
            runs: Vec::new(),
            gap: Gap::Space,
            led_by_image: false,
        }
    }
}

struct State<'a> {
    b: DocBuilder<'a>,
    ctx: Vec<Ctx>,
    leaf: Option<Leaf>,
    /// Leaves interrupted by an image's alt text.
    outer: Vec<Option<Leaf>>,
    list_depth: u8,
    /// The previous block was a paragraph holding only an image.
    caption_next: bool,
    directives: Directives,
}

pub(super) fn parse<'s>(source: &'s SourceFile, prose_fields: &[String]) -> Document<'s> {
    let text = source.text();
    // Front matter (YAML or TOML) is found here, not by pulldown-cmark, which reads a blank
    // line after the opening fence as prose.
    let content_start = source.content_start();
    let body_start = template::front_matter(text, content_start).unwrap_or(content_start);
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut st = State {
        b: DocBuilder::new(source, Format::Markdown),
        ctx: Vec::new(),
        leaf: None,
        outer: Vec::new(),
        list_depth: 0,
        caption_next: false,
        directives: Directives::default(),
    };
    if body_start > content_start {
        let fm = Span::new(content_start, body_start);
        super::front_matter(&mut st.b, fm, prose_fields);
        if let Some(c) = FRONT_MATTER_DATE.captures(&text[fm.range()]) {
            st.b.meta_mut().date = Date::parse_iso(&c[1]);
        }
        st.b.meta_mut().revised = FRONT_MATTER_REVISED
            .captures_iter(&text[fm.range()])
            .filter_map(|c| Date::parse_iso(&c[1]))
            .max();
        st.b.meta_mut().language = template::declared_language(&text[fm.range()]);
    }
    let mut masks = template::spans(text, body_start, template::Flavour::Markdown);
    let mdx = source
        .path()
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("mdx"));
    if mdx {
        masks = template::merge(masks, template::mdx_spans(text, body_start));
    }
    // pulldown-cmark reads the text with every masked tag turned into letters of the same
    // length (line ends kept), so that a tag inside a link target or an HTML attribute
    // (`[recap]({{< ref "x.md" >}} "Title")`, `<a href="{{ url }}">`) leaves the link or
    // the HTML tag whole; offsets stay those of the source.
    let filled = filled(text, &masks);
    st.b.set_masks(masks);
    let text_for_parser: &str = &filled;
    let mut autolink = false;
    let mut in_code = false;
    let mut image_title: Vec<(String, Span)> = Vec::new();
    // pulldown-cmark works on the text after a byte order mark; offsets are shifted back.
    let parser = Parser::new_ext(&text_for_parser[body_start..], opts).into_offset_iter();
    for (event, range) in parser {
        let range = range.start + body_start..range.end + body_start;
        let span = Span::from(range.clone());
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph => {
                    st.flush();
                    let kind = st.prose_kind();
                    st.leaf = Some(Leaf::new(kind, range.start));
                }
                Tag::Heading { level, .. } => {
                    st.flush();
                    st.caption_next = false;
                    st.leaf = Some(Leaf::new(
                        BlockKind::Heading { level: level as u8 },
                        range.start,
                    ));
                }
                Tag::BlockQuote(_) => {
                    st.flush();
                    st.caption_next = false;
                    st.b.open(BlockKind::BlockQuote, range.start);
                    st.ctx.push(Ctx::Quote);
                }
                Tag::List(first) => {
                    st.flush();
                    st.caption_next = false;
                    st.b.open(
                        BlockKind::List {
                            ordered: first.is_some(),
                        },
                        range.start,
                    );
                    st.ctx.push(Ctx::List);
                    st.list_depth = st.list_depth.saturating_add(1);
                }
                Tag::Item => st.ctx.push(Ctx::Item),
                Tag::Table(_) => {
                    st.flush();
                    st.caption_next = false;
                    st.b.open(BlockKind::Table, range.start);
                    st.ctx.push(Ctx::Other);
                }
                Tag::TableCell => {
                    st.flush();
                    st.ctx.push(Ctx::Cell);
                    st.leaf = Some(Leaf::new(BlockKind::TableCell, range.start));
                }
                Tag::CodeBlock(_) => {
                    st.flush();
                    st.caption_next = false;
                    in_code = true;
                    st.b.hole(span, HoleKind::CodeBlock);
                }
                Tag::HtmlBlock => {
                    st.flush();
                    st.caption_next = false;
                }
                Tag::Image { title, .. } => {
                    let outer = st.leaf.take().map(|mut l| {
                        if l.runs.is_empty() {
                            l.led_by_image = true;
                        }
                        l
                    });
                    let led = outer.is_none();
                    st.outer.push(outer);
                    let mut alt = Leaf::new(BlockKind::Caption(CaptionSource::Alt), range.start);
                    alt.led_by_image = led;
                    st.leaf = Some(alt);
                    image_title.push((title.to_string(), span));
                }
                Tag::Link { link_type, .. } => {
                    autolink = matches!(link_type, LinkType::Autolink | LinkType::Email);
                }
                Tag::FootnoteDefinition(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition
                | Tag::TableHead
                | Tag::TableRow
                | Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Superscript
                | Tag::Subscript
                | Tag::MetadataBlock(_) => {}
            },
            Event::End(end) => match end {
                TagEnd::Paragraph => st.end_paragraph(),
                TagEnd::Heading(_) | TagEnd::Item => {
                    st.flush();
                    if end == TagEnd::Item {
                        st.ctx.pop();
                    }
                }
                TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Table => {
                    st.flush();
                    st.ctx.pop();
                    st.b.close(range.end);
                    if matches!(end, TagEnd::List(_)) {
                        st.list_depth = st.list_depth.saturating_sub(1);
                    }
                }
                TagEnd::TableCell => {
                    st.flush();
                    st.ctx.pop();
                }
                TagEnd::CodeBlock => in_code = false,
                TagEnd::Image => {
                    st.flush();
                    if let Some((title, image)) = image_title.pop()
                        && !title.is_empty()
                        && let Some(at) = text[image.range()].rfind(title.as_str())
                    {
                        let s = Span::new(image.start() + at, image.start() + at + title.len());
                        st.b.leaf(
                            BlockKind::Caption(CaptionSource::Title),
                            s,
                            &[run(s, Gap::Space)],
                        );
                    }
                    st.leaf = st.outer.pop().flatten();
                    if st.leaf.is_none() {
                        // An image outside a paragraph still leads what follows it.
                        st.caption_next = true;
                    }
                }
                TagEnd::Link => autolink = false,
                _ => {}
            },
            Event::Text(t) => {
                if in_code {
                    continue;
                }
                if autolink {
                    st.b.hole(span, HoleKind::Url);
                    st.gap(Gap::Hole);
                } else if text_for_parser[range.clone()] == *t {
                    st.text(span);
                } else {
                    st.b.hole(span, HoleKind::Escape);
                    st.gap(Gap::Hole);
                }
            }
            Event::Code(_)
            | Event::InlineMath(_)
            | Event::DisplayMath(_)
            | Event::FootnoteReference(_) => {
                st.b.hole(span, HoleKind::Code);
                st.gap(Gap::Hole);
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                let kind = if text[range.clone()].trim_start().starts_with("<!--") {
                    HoleKind::Comment
                } else {
                    HoleKind::Html
                };
                st.b.hole(span, kind);
                st.gap(Gap::Hole);
                st.directives.scan(&mut st.b, span);
            }
            Event::Rule => {
                st.flush();
                st.caption_next = false;
            }
            Event::SoftBreak | Event::HardBreak | Event::TaskListMarker(_) => {}
        }
    }
    st.flush();
    let State {
        mut b, directives, ..
    } = st;
    directives.finish(&mut b);
    b.finish()
}

/// `text` with the bytes under `masks` replaced by `x`, line ends kept: the same length and
/// the same offsets, valid UTF-8.
fn filled(text: &str, masks: &[Span]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in masks {
        for b in bytes.get_mut(m.range()).into_iter().flatten() {
            if *b != b'\n' && *b != b'\r' {
                *b = b'x';
            }
        }
    }
    // Every byte of a masked character was replaced, and a mask ends on a character
    // boundary, so the bytes are valid UTF-8; a lossy conversion never changes them.
    String::from_utf8_lossy(&bytes).into_owned()
}

fn run(span: Span, before: Gap) -> RunIn {
    RunIn { span, before }
}

impl State<'_> {
    /// The kind of a prose block opened here, from the innermost container.
    fn prose_kind(&self) -> BlockKind {
        for c in self.ctx.iter().rev() {
            match c {
                Ctx::Cell => return BlockKind::TableCell,
                Ctx::Item => {
                    return BlockKind::ListItem {
                        depth: self.list_depth.saturating_sub(1),
                    };
                }
                Ctx::Quote => return BlockKind::Quote,
                Ctx::List | Ctx::Other => {}
            }
        }
        if self.caption_next {
            BlockKind::Caption(CaptionSource::Below)
        } else {
            BlockKind::Paragraph
        }
    }

    fn gap(&mut self, gap: Gap) {
        if let Some(l) = &mut self.leaf {
            l.gap = gap;
        }
    }

    fn text(&mut self, span: Span) {
        if self.leaf.is_none() {
            // Text of a tight list item arrives without a paragraph around it.
            let kind = self.prose_kind();
            self.leaf = Some(Leaf::new(kind, span.start()));
        }
        let Some(leaf) = &mut self.leaf else { return };
        match leaf.runs.last_mut() {
            Some(last) if last.span.end == span.start && leaf.gap == Gap::Space => {
                last.span.end = span.end;
            }
            _ => leaf.runs.push(run(span, leaf.gap)),
        }
        leaf.gap = Gap::Space;
    }

    fn end_paragraph(&mut self) {
        let Some(mut leaf) = self.leaf.take() else {
            return;
        };
        let was_caption_slot = leaf.kind == BlockKind::Caption(CaptionSource::Below);
        self.caption_next = false;
        if leaf.runs.is_empty() {
            // A paragraph holding only an image: the next paragraph is its caption.
            self.caption_next = leaf.led_by_image;
            return;
        }
        if leaf.led_by_image && leaf.kind == BlockKind::Paragraph {
            leaf.kind = BlockKind::Caption(CaptionSource::Below);
        }
        if (was_caption_slot || leaf.kind == BlockKind::Caption(CaptionSource::Below))
            && self.word_estimate(&leaf) > MAX_CAPTION_WORDS
        {
            leaf.kind = BlockKind::Paragraph;
        }
        if self.ctx.is_empty() {
            leaf.kind = match (leaf.kind, self.kind_by_wording(&leaf)) {
                // A credit under an image ("Photo: Reuters") is a credit, not its caption.
                (
                    BlockKind::Paragraph | BlockKind::Caption(CaptionSource::Below),
                    BlockKind::Credit,
                ) => BlockKind::Credit,
                (BlockKind::Paragraph, k) | (k, _) => k,
            };
        }
        self.emit(&leaf);
    }

    /// A top-level paragraph whose every line reads like a photo caption is a caption (as a
    /// plain-text line would be), and one that reads like a credit is a credit.
    fn kind_by_wording(&self, leaf: &Leaf) -> BlockKind {
        let text = self.b.text();
        let mut visible = String::new();
        for r in &leaf.runs {
            visible.push_str(&text[r.span.range()]);
        }
        let mut kinds = visible
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(classify::classify);
        let Some(first) = kinds.next() else {
            return BlockKind::Paragraph;
        };
        if !kinds.all(|k| k == first) {
            return BlockKind::Paragraph;
        }
        match first {
            LineKind::Caption => BlockKind::Caption(CaptionSource::Line),
            LineKind::Credit => BlockKind::Credit,
            LineKind::Prose => BlockKind::Paragraph,
        }
    }

    fn word_estimate(&self, leaf: &Leaf) -> usize {
        let text = self.b.text();
        leaf.runs
            .iter()
            .map(|r| text[r.span.range()].split_whitespace().count())
            .sum()
    }

    fn flush(&mut self) {
        if let Some(leaf) = self.leaf.take() {
            if leaf.kind == BlockKind::Paragraph
                || leaf.kind == BlockKind::Caption(CaptionSource::Below)
            {
                self.leaf = Some(leaf);
                self.end_paragraph();
            } else if !leaf.runs.is_empty() {
                self.emit(&leaf);
            }
        }
    }

    fn emit(&mut self, leaf: &Leaf) {
        let end = leaf.runs.last().map_or(leaf.start, |r| r.span.end());
        let start = leaf
            .runs
            .first()
            .map_or(leaf.start, |r| r.span.start().min(leaf.start));
        self.b.leaf(leaf.kind, Span::new(start, end), &leaf.runs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<(BlockKind, String)> {
        let src = SourceFile::new("t.md", text);
        let doc = parse(&src, &[]);
        doc.leaves()
            .map(|(i, b)| {
                let words: Vec<&str> = doc
                    .block_words(i)
                    .iter()
                    .map(|w| doc.slice(w.span))
                    .collect();
                (b.kind, words.join(" "))
            })
            .collect()
    }

    #[test]
    fn template_tags_are_holes_and_split_words() {
        let md = "---\n\ntitle: Teh post\ndate: 2020-01-02\n---\n\nSee [the guide]({{ \"/a/\" | url }}) now{% if x %}later{% endif %}.\n\n{{< img src=\"x\" >}}Caption {{% note %}}here{{% /note %}}\n\nLead.\n{: .lead}\n\n{% raw %}\n{{ endfor }}\n\n{% endraw %}\n\nAn {% unclosed tag keeps the words\n";
        // Paragraphs holding only tags have no words.
        let mut b = blocks(md);
        b.retain(|(_, words)| !words.is_empty());
        assert_eq!(
            b,
            [
                (BlockKind::Paragraph, "See the guide now later".into()),
                (BlockKind::Paragraph, "Caption here".into()),
                (BlockKind::Paragraph, "Lead".into()),
                (
                    BlockKind::Paragraph,
                    "An unclosed tag keeps the words".into()
                ),
            ]
        );
        let src = SourceFile::new("t.md", md);
        let doc = parse(&src, &[]);
        assert_eq!(doc.meta.date, Date::parse_iso("2020-01-02"));
        let holes = |kind| {
            doc.holes
                .iter()
                .filter(|h| h.kind == kind)
                .map(|h| doc.slice(h.span))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            holes(HoleKind::FrontMatter),
            ["---\n\ntitle: Teh post\ndate: 2020-01-02\n---\n"]
        );
        assert!(holes(HoleKind::Template).contains(&"{% if x %}"));
        // "later" follows a tag: a separate word, after a hole.
        let later = doc.words.iter().find(|w| doc.slice(w.span) == "later");
        assert_eq!(later.map(|w| w.gap), Some(Gap::Hole));
    }

    #[test]
    fn headings_lists_quotes_and_code() {
        let md = "---\ndate: 2012-06-07\ntitle: x\n---\n# Title here\n\nSome `code` and <b>tags</b> here.\n\n- one\n  - nested item\n- two\n\n> quoted text\n\n```\nnot prose\n```\n";
        let b = blocks(md);
        assert_eq!(
            b,
            [
                (BlockKind::Heading { level: 1 }, "Title here".into()),
                (BlockKind::Paragraph, "Some and tags here".into()),
                (BlockKind::ListItem { depth: 0 }, "one".into()),
                (BlockKind::ListItem { depth: 1 }, "nested item".into()),
                (BlockKind::ListItem { depth: 0 }, "two".into()),
                (BlockKind::Quote, "quoted text".into()),
            ]
        );
        let src = SourceFile::new("t.md", md);
        assert_eq!(parse(&src, &[]).meta.date, Date::parse_iso("2012-06-07"));
    }

    #[test]
    fn a_front_matter_date_that_is_no_real_day_is_no_date() {
        let src = SourceFile::new("t.md", "---\ndate: 2012-02-30\n---\n\nText.\n");
        assert_eq!(parse(&src, &[]).meta.date, None);
        let src = SourceFile::new("t.md", "---\ndate: 2012-02-29\n---\n\nText.\n");
        assert_eq!(parse(&src, &[]).meta.date, Date::new(2012, 2, 29));
    }

    #[test]
    fn image_alt_title_and_caption_below() {
        let md = "![Hu Jintao, left, walks](a.jpg \"The summit\")\n\nHu Jintao, left, walks with Putin.\n\nBody text follows here.\n";
        let b = blocks(md);
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
    }

    #[test]
    fn autolinks_and_bare_urls_are_holes() {
        let src = SourceFile::new(
            "t.md",
            "See <https://example.com/teh> and https://example.org/x now.\n",
        );
        let doc = parse(&src, &[]);
        let words: Vec<&str> = doc.words.iter().map(|w| doc.slice(w.span)).collect();
        assert_eq!(words, ["See", "and", "now"]);
    }

    #[test]
    fn soft_break_joins_words_with_a_space_gap() {
        let src = SourceFile::new("t.md", "the\nthe cat\n");
        let doc = parse(&src, &[]);
        assert_eq!(doc.words[1].gap, Gap::Space);
    }

    #[test]
    fn suppression_comments() {
        let src = SourceFile::new(
            "t.md",
            "<!-- copydesk-disable-next-line typo -->\nteh line\n\nok\n",
        );
        let doc = parse(&src, &[]);
        assert_eq!(doc.suppressions.len(), 1);
        assert_eq!(doc.slice(doc.suppressions[0].span), "teh line");
    }
}
