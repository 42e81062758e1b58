//! HTML articles, with exact source spans.
//!
//! A small tokenizer of our own (after the WHATWG tokenizer's states for tags, attributes,
//! comments, raw text and RCDATA) feeds a light tree builder that knows HTML's implied end
//! tags (`<p>` closed by a block, `<li>` by the next `<li>`, table cells by the next cell).
//! Why not lol_html: it gives source locations for tokens, but it is a rewriter — it
//! serialises output we would throw away, matches selectors, reaches our state only through
//! shared closures, does not run end-tag handlers for implicitly closed elements (so the
//! implied-end-tag logic would be ours anyway), and brings a dozen crates with it. Tokenizing
//! ourselves on the `&str` we already hold is a few hundred lines, allocates nothing per
//! token and keeps every offset a plain byte index.
//!
//! What becomes what:
//! - `h1`–`h6` headings; `p`, `li`, `dt`/`dd`, `td`/`th` and text directly inside `div`,
//!   `section`, `article` … paragraphs, list items, table cells; `ul`/`ol`, `blockquote`,
//!   `table`, `figure` containers; an element whose class names a pull quote is a quote, and
//!   one whose class names a fact box (or a heading such as "… Facts" followed by a list) is
//!   a fact box.
//! - Captions: `figcaption` (and other prose inside a `figure`), an `img`'s `alt` and
//!   `title`, and paragraphs that read like captions or credits, as in plain text.
//! - Masked (holes): every tag (an `img`'s `alt`/`title` values excepted), comments, the
//!   doctype; the whole of `head`, `script`, `style`, `template`, `nav`, `svg`, `math`,
//!   `select`, `iframe`, `noscript`, `object`, `video`, `audio`, `canvas`, and of `header`
//!   and `footer` outside an `article` (the page's header; an article's own header holds its
//!   headline); `pre` and `code` as code.
//! - Character references stay in the source: a word's span covers "don&rsquo;t" whole, and
//!   rules read the decoded text through `Document::word_str`, `decoded` and `lines`.
//! - `<br>` is a line break inside its block (`Document::breaks`); line ends in the source
//!   are only spaces.

use super::classify::{self, LineKind};
use super::directives::Directives;
use super::template;
use crate::doc::build::RunIn;
use crate::doc::{BlockKind, CaptionSource, DocBuilder, Document, Format, Gap, HoleKind};
use crate::source::SourceFile;
use crate::span::Span;
use crate::text::entity;

/// How far down the stack an end tag or an implied end looks for its element. Real pages
/// never need more; a hostile file with thousands of unclosed tags stays linear.
const MAX_SCOPE: usize = 256;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cat {
    /// Never has content: `br`, `img`, `hr`, `meta` …
    Void,
    /// Raw text up to its end tag, masked: `script`, `style`, `title`, `textarea` …
    Raw,
    /// Masked with everything inside; `block` says whether it ends a paragraph.
    Masked { block: bool, code: bool },
    /// Formatting inside a paragraph: `a`, `b`, `em`, `span`, unknown elements.
    Inline,
    /// Ends a paragraph; text directly inside it forms paragraphs: `div`, `section`, `body`.
    Block,
    /// Opens a prose block of its own: `p`, `h1`–`h6`, `li`, `td`, `figcaption` …
    Leaf,
    /// A container of the document model.
    Container,
}

fn category(name: &str) -> Cat {
    match name {
        "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "keygen" | "link"
        | "meta" | "param" | "source" | "track" | "wbr" | "basefont" | "bgsound" | "frame" => {
            Cat::Void
        }
        "script" | "style" | "title" | "textarea" | "xmp" | "iframe" | "noembed" | "noframes"
        | "noscript" | "plaintext" => Cat::Raw,
        "head" | "nav" | "template" | "header" | "footer" | "menu" | "dialog" => Cat::Masked {
            block: true,
            code: false,
        },
        "pre" | "listing" => Cat::Masked {
            block: true,
            code: true,
        },
        "code" | "kbd" | "samp" | "var" => Cat::Masked {
            block: false,
            code: true,
        },
        "svg" | "math" | "select" | "object" | "video" | "audio" | "canvas" | "button"
        | "datalist" | "map" => Cat::Masked {
            block: false,
            code: false,
        },
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "dt" | "dd" | "td" | "th"
        | "figcaption" | "caption" | "address" | "summary" | "legend" => Cat::Leaf,
        "ul" | "ol" | "blockquote" | "table" | "figure" => Cat::Container,
        "html" | "body" | "div" | "section" | "article" | "main" | "aside" | "hgroup"
        | "details" | "fieldset" | "form" | "center" | "dl" | "tbody" | "thead" | "tfoot"
        | "tr" | "colgroup" | "frameset" | "search" | "optgroup" | "option" | "dir" => Cat::Block,
        _ => Cat::Inline,
    }
}

/// The canonical (lower-case, static) name of a tag, or `None` for an unknown one.
fn canonical(raw: &str) -> Option<&'static str> {
    const KNOWN: &[&str] = &[
        "a",
        "abbr",
        "address",
        "area",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "basefont",
        "bgsound",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "code",
        "col",
        "colgroup",
        "datalist",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "kbd",
        "keygen",
        "legend",
        "li",
        "link",
        "listing",
        "main",
        "map",
        "math",
        "menu",
        "meta",
        "nav",
        "noembed",
        "noframes",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "p",
        "param",
        "picture",
        "plaintext",
        "pre",
        "samp",
        "script",
        "search",
        "section",
        "select",
        "source",
        "span",
        "strong",
        "style",
        "summary",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "track",
        "ul",
        "var",
        "video",
        "wbr",
        "xmp",
    ];
    debug_assert!(KNOWN.is_sorted());
    if raw.len() > 10 {
        return None;
    }
    let mut buf = [0u8; 10];
    let lower = &mut buf[..raw.len()];
    lower.copy_from_slice(raw.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    KNOWN.binary_search(&lower).ok().map(|i| KNOWN[i])
}

/// What an open element makes of the prose inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    None,
    Item,
    Cell,
    Quote,
    Figure,
    Caption,
    Credit,
}

#[derive(Clone, Copy, Debug)]
struct Elem<'t> {
    /// Canonical name, or the raw name of an unknown element.
    name: &'t str,
    cat: Cat,
    /// Opened a container of the document model.
    container: bool,
    ctx: Ctx,
    /// A list (`ul`/`ol`), for list depth.
    list: bool,
    /// Opened a fact box by its class.
    fact: bool,
}

/// A prose block being gathered.
struct Leaf {
    kind: BlockKind,
    /// Set when the kind came from an element's own context (a list item, a cell …), so the
    /// wording of the text may not turn it into a caption or credit.
    fixed: bool,
    start: usize,
    /// The stack depth of the element that opened it; `None` for text directly in a block.
    owner: Option<usize>,
    runs: Vec<RunIn>,
    gap: Gap,
}

/// A fact box opened by a heading such as "SCO Facts".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fact {
    /// Waiting for its list, at this stack depth.
    BeforeList(usize),
    InList(usize),
    /// The list is done; a credit line may still belong to it.
    AfterList(usize),
    /// Its credit line is in; it closes at the next step.
    Done,
}

struct Parser<'a> {
    b: DocBuilder<'a>,
    text: &'a str,
    stack: Vec<Elem<'a>>,
    leaf: Option<Leaf>,
    /// A masked element: where it started, its stack depth, and its hole kind.
    mask: Option<(usize, usize, HoleKind, bool)>,
    fact: Option<Fact>,
    directives: Directives,
    list_depth: u8,
    /// Open `article` elements (their `header` and `footer` are prose).
    in_article: usize,
}

pub(super) fn parse<'s>(source: &'s SourceFile, prose_fields: &[String]) -> Document<'s> {
    let text = source.text();
    let mut p = Parser {
        b: DocBuilder::new(source, Format::Html),
        text,
        stack: Vec::new(),
        leaf: None,
        mask: None,
        fact: None,
        directives: Directives::default(),
        list_depth: 0,
        in_article: 0,
    };
    // An HTML template: front matter, then Liquid or Nunjucks tags in the text.
    let content_start = source.content_start();
    let body_start = template::front_matter(text, content_start).unwrap_or(content_start);
    super::front_matter(&mut p.b, Span::new(content_start, body_start), prose_fields);
    p.b.meta_mut().language = template::declared_language(&text[content_start..body_start])
        .or_else(|| template::html_lang(&text[body_start..]));
    p.b.set_masks(template::spans(text, body_start, template::Flavour::Html));
    p.run(body_start);
    let Parser {
        mut b, directives, ..
    } = p;
    directives.finish(&mut b);
    b.finish()
}

impl<'a> Parser<'a> {
    fn run(&mut self, from: usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut pos = from;
        let mut text_start = from;
        while let Some(off) = text[pos..].find('<') {
            let lt = pos + off;
            let Some(tok) = tokenize_at(bytes, lt) else {
                pos = lt + 1;
                continue;
            };
            self.text_run(text_start, lt);
            let end = tok.end();
            match tok {
                Tok::Comment(span) => self.comment(span),
                Tok::Other(span) => self.hole(span, HoleKind::Html),
                Tok::Start {
                    span,
                    name,
                    self_closing,
                } => {
                    let raw_name = &text[name.range()];
                    let after = self.start_tag(span, raw_name, self_closing);
                    if let Some(after) = after {
                        // Raw text: everything up to the end tag is masked with the tag.
                        pos = after;
                        text_start = after;
                        continue;
                    }
                }
                Tok::End { span, name } => {
                    let raw_name = &text[name.range()];
                    self.end_tag(span, raw_name);
                }
            }
            pos = end;
            text_start = end;
        }
        self.text_run(text_start, text.len());
        self.close_leaf(None);
        let end = text.len();
        while !self.stack.is_empty() {
            self.pop(end);
        }
        self.end_mask(end);
        self.close_fact(end);
    }

    fn hole(&mut self, span: Span, kind: HoleKind) {
        if self.mask.is_none() {
            self.b.hole(span, kind);
        }
    }

    fn comment(&mut self, span: Span) {
        if self.mask.is_some() {
            return;
        }
        self.b.hole(span, HoleKind::Comment);
        self.directives.scan(&mut self.b, span);
        if let Some(l) = &mut self.leaf {
            l.gap = Gap::Hole;
        }
    }

    fn text_run(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let piece = &self.text[start..end];
        if (self.leaf.is_none() || self.in_head()) && self.b.only_template(Span::new(start, end)) {
            // Template tags between elements (`{% for %}` before an `<li>`) are not text: they
            // neither open a paragraph nor end the head.
            return;
        }
        if self.in_head() && !piece.trim().is_empty() {
            // Text cannot be in the head: the body has begun without saying so.
            let at = end - piece.trim_start().len();
            self.pop_named("head", at);
        }
        if self.mask.is_some() {
            return;
        }
        if self.leaf.is_none() {
            let trimmed = piece.trim_start();
            if trimmed.is_empty() {
                return;
            }
            let s = end - trimmed.len();
            self.open_leaf(s, None);
        }
        let Some(leaf) = &mut self.leaf else { return };
        let span = Span::new(start, end);
        match leaf.runs.last_mut() {
            Some(last) if last.span.end == span.start && leaf.gap == Gap::Space => {
                last.span.end = span.end;
            }
            _ => leaf.runs.push(RunIn {
                span,
                before: leaf.gap,
            }),
        }
        leaf.gap = Gap::Space;
    }

    /// Handles a start tag; returns where to go on for raw-text elements.
    fn start_tag(&mut self, span: Span, raw: &'a str, self_closing: bool) -> Option<usize> {
        let name = canonical(raw);
        let cat = name.map_or(Cat::Inline, category);
        let name = name.unwrap_or(raw);
        if let Some((_, _, _, _)) = self.mask {
            // Inside a masked element only the nesting matters, to find where it ends.
            if self.in_head() && !allowed_in_head(name) {
                self.pop_named("head", span.start());
            } else {
                if cat == Cat::Raw {
                    return Some(raw_end(self.text, span.end(), name));
                }
                if cat != Cat::Void && !self_closing {
                    self.push(name, cat, false, Ctx::None);
                }
                return None;
            }
        }
        let start = span.start();
        match cat {
            Cat::Void => {
                match name {
                    "img" => self.image(span),
                    "br" => {
                        self.b.hole(span, HoleKind::Html);
                        self.b.line_break(span);
                        if let Some(l) = &mut self.leaf {
                            l.gap = Gap::Space;
                        }
                    }
                    "hr" => {
                        self.implied_p(start);
                        self.close_leaf(None);
                        self.b.hole(span, HoleKind::Html);
                    }
                    _ => self.b.hole(span, HoleKind::Html),
                }
                None
            }
            Cat::Raw => {
                let end = raw_end(self.text, span.end(), name);
                self.b.hole(Span::new(start, end), HoleKind::Html);
                if let Some(l) = &mut self.leaf {
                    l.gap = Gap::Hole;
                }
                Some(end)
            }
            Cat::Masked { block, code } => {
                let prose_header = matches!(name, "header" | "footer") && self.in_article > 0;
                if prose_header {
                    self.implied_p(start);
                    self.close_leaf(None);
                    self.b.hole(span, HoleKind::Html);
                    self.push(name, Cat::Block, false, Ctx::None);
                    return None;
                }
                if block {
                    self.implied_p(start);
                    self.close_leaf(None);
                }
                if self_closing && matches!(name, "svg" | "math") {
                    self.b.hole(span, HoleKind::Html);
                    return None;
                }
                let kind = match (code, block) {
                    (true, true) => HoleKind::CodeBlock,
                    (true, false) => HoleKind::Code,
                    _ => HoleKind::Html,
                };
                self.push(name, cat, false, Ctx::None);
                self.mask = Some((start, self.stack.len(), kind, block));
                None
            }
            Cat::Inline => {
                // `<span/>` opens a span all the same, as browsers read it.
                self.b.hole(span, HoleKind::Html);
                self.push(name, cat, false, Ctx::None);
                None
            }
            Cat::Block | Cat::Leaf | Cat::Container => {
                self.implied_ends(name, start);
                self.close_leaf(None);
                self.b.hole(span, HoleKind::Html);
                let class = class_of(self.text, span);
                let mut ctx = class_ctx(class);
                match cat {
                    Cat::Container => self.open_container(name, start, ctx),
                    Cat::Leaf => {
                        if ctx == Ctx::None {
                            ctx = match name {
                                "li" => Ctx::Item,
                                "td" | "th" => Ctx::Cell,
                                "figcaption" => Ctx::Caption,
                                _ => Ctx::None,
                            };
                        }
                        self.push(name, cat, false, ctx);
                        self.open_leaf(start, Some(name));
                    }
                    _ => {
                        if name == "article" {
                            self.in_article += 1;
                        }
                        if class.is_some_and(is_fact_box_class) && self.fact.is_none() {
                            self.close_fact(start);
                            self.b.open(BlockKind::FactBox, start);
                            self.push(name, cat, true, ctx);
                            if let Some(e) = self.stack.last_mut() {
                                e.fact = true;
                            }
                        } else if ctx == Ctx::Quote {
                            self.b.open(BlockKind::BlockQuote, start);
                            self.push(name, cat, true, ctx);
                        } else {
                            self.push(name, cat, false, ctx);
                        }
                    }
                }
                None
            }
        }
    }

    fn open_container(&mut self, name: &'a str, start: usize, ctx: Ctx) {
        let kind = match name {
            "ul" => BlockKind::List { ordered: false },
            "ol" => BlockKind::List { ordered: true },
            "blockquote" => BlockKind::BlockQuote,
            "table" => BlockKind::Table,
            _ => BlockKind::Figure,
        };
        let list = matches!(kind, BlockKind::List { .. });
        match self.fact {
            Some(Fact::BeforeList(d)) if list && d == self.stack.len() => {
                self.fact = Some(Fact::InList(d));
            }
            Some(Fact::BeforeList(d) | Fact::AfterList(d)) if d == self.stack.len() => {
                self.close_fact(start);
            }
            Some(Fact::Done) => self.close_fact(start),
            _ => {}
        }
        self.b.open(kind, start);
        let ctx = match (kind, ctx) {
            (BlockKind::BlockQuote, _) => Ctx::Quote,
            (BlockKind::Figure, Ctx::None) => Ctx::Figure,
            (_, c) => c,
        };
        if list {
            self.list_depth = self.list_depth.saturating_add(1);
        }
        self.stack.push(Elem {
            name,
            cat: Cat::Container,
            container: true,
            ctx,
            list,
            fact: false,
        });
    }

    fn push(&mut self, name: &'a str, cat: Cat, container: bool, ctx: Ctx) {
        self.stack.push(Elem {
            name,
            cat,
            container,
            ctx,
            list: false,
            fact: false,
        });
    }

    fn end_tag(&mut self, span: Span, raw: &str) {
        let name = canonical(raw).unwrap_or(raw);
        if self.mask.is_some() {
            self.pop_named(name, span.end());
            return;
        }
        self.b.hole(span, HoleKind::Html);
        let Some(depth) = self.find(name) else {
            return;
        };
        let cat = self.stack[depth].cat;
        if cat == Cat::Inline {
            // `</b>` inside a paragraph: formatting, not a block edge.
            self.pop_to(depth, span.start());
            return;
        }
        if self.leaf.as_ref().is_some_and(|l| l.owner == Some(depth)) {
            self.close_leaf(Some(span.end()));
        } else {
            self.close_leaf(None);
        }
        self.pop_to(depth, span.end());
    }

    /// The index of the innermost open element called `name`, within reach.
    fn find(&self, name: &str) -> Option<usize> {
        let floor = self.stack.len().saturating_sub(MAX_SCOPE);
        (floor..self.stack.len())
            .rev()
            .find(|&i| self.stack[i].name.eq_ignore_ascii_case(name))
    }

    fn pop_named(&mut self, name: &str, at: usize) {
        if let Some(depth) = self.find(name) {
            self.pop_to(depth, at);
        }
    }

    /// Pops every element from the top down to and including `depth`.
    fn pop_to(&mut self, depth: usize, at: usize) {
        while self.stack.len() > depth {
            self.pop(at);
        }
    }

    fn pop(&mut self, at: usize) {
        let depth = self.stack.len() - 1;
        if self.leaf.as_ref().is_some_and(|l| l.owner == Some(depth)) {
            self.close_leaf(None);
        }
        let Some(e) = self.stack.pop() else { return };
        if let Some((_, d, _, _)) = self.mask
            && self.stack.len() < d
        {
            self.end_mask(at);
        }
        if self.mask.is_some() {
            return;
        }
        if e.name == "article" {
            self.in_article = self.in_article.saturating_sub(1);
        }
        match self.fact {
            Some(Fact::BeforeList(d) | Fact::InList(d) | Fact::AfterList(d))
                if self.stack.len() < d =>
            {
                self.close_fact(at);
            }
            Some(Fact::Done) => self.close_fact(at),
            _ => {}
        }
        if e.container {
            if e.list {
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            self.b.close(at);
            if e.list
                && let Some(Fact::InList(d)) = self.fact
                && d == self.stack.len()
            {
                self.fact = Some(Fact::AfterList(d));
            }
        }
    }

    fn end_mask(&mut self, at: usize) {
        if let Some((start, _, kind, block)) = self.mask.take() {
            self.b.hole(Span::new(start, at.max(start)), kind);
            if !block && let Some(l) = &mut self.leaf {
                l.gap = Gap::Hole;
            }
        }
    }

    fn in_head(&self) -> bool {
        self.mask
            .is_some_and(|(_, d, _, _)| self.stack.get(d - 1).is_some_and(|e| e.name == "head"))
    }

    /// A start tag of a block closes an open `p`; `li`, `dt`/`dd`, cells and rows close
    /// their open siblings; a heading closes an open heading.
    fn implied_ends(&mut self, name: &str, at: usize) {
        self.implied_p(at);
        let (targets, stops): (&[&str], &[&str]) = match name {
            "li" => (&["li"], &["ul", "ol", "menu", "table"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl", "table"]),
            "td" | "th" => (&["td", "th"], &["table", "tr"]),
            "tr" => (&["tr"], &["table"]),
            "tbody" | "thead" | "tfoot" => (&["tbody", "thead", "tfoot"], &["table"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                if let Some(top) = self.stack.last()
                    && matches!(top.name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
                {
                    self.close_leaf(None);
                    self.pop(at);
                }
                return;
            }
            "figcaption" => (&["figcaption"], &["figure"]),
            _ => return,
        };
        let floor = self.stack.len().saturating_sub(MAX_SCOPE);
        for i in (floor..self.stack.len()).rev() {
            let n = self.stack[i].name;
            if targets.contains(&n) {
                self.close_leaf(None);
                self.pop_to(i, at);
                return;
            }
            if stops.contains(&n) {
                return;
            }
        }
    }

    fn implied_p(&mut self, at: usize) {
        let floor = self.stack.len().saturating_sub(MAX_SCOPE);
        for i in (floor..self.stack.len()).rev() {
            match self.stack[i].name {
                "p" => {
                    self.close_leaf(None);
                    self.pop_to(i, at);
                    return;
                }
                "table" | "td" | "th" | "caption" | "html" | "template" | "object" => return,
                _ => {}
            }
        }
    }

    /// The kind of a prose block opened here, from its own element and the innermost
    /// element around it that says something about prose.
    fn leaf_kind(&self, own: Option<&str>) -> (BlockKind, bool) {
        if let Some(h) = own.and_then(heading_level) {
            return (BlockKind::Heading { level: h }, true);
        }
        let floor = self.stack.len().saturating_sub(MAX_SCOPE);
        for e in self.stack[floor..].iter().rev() {
            match e.ctx {
                Ctx::Item => {
                    return (
                        BlockKind::ListItem {
                            depth: self.list_depth.saturating_sub(1),
                        },
                        true,
                    );
                }
                Ctx::Cell => return (BlockKind::TableCell, true),
                Ctx::Quote => return (BlockKind::Quote, true),
                Ctx::Caption | Ctx::Figure => {
                    return (BlockKind::Caption(CaptionSource::Below), false);
                }
                Ctx::Credit => return (BlockKind::Credit, true),
                Ctx::None => {}
            }
        }
        (BlockKind::Paragraph, false)
    }

    fn open_leaf(&mut self, start: usize, own: Option<&str>) {
        let (kind, fixed) = self.leaf_kind(own);
        let owner = own.map(|_| self.stack.len() - 1);
        self.leaf = Some(Leaf {
            kind,
            fixed,
            start,
            owner,
            runs: Vec::new(),
            gap: Gap::Space,
        });
    }

    /// Emits the open prose block, ending at `end` (an explicit end tag) or its last text.
    fn close_leaf(&mut self, end: Option<usize>) {
        let Some(mut leaf) = self.leaf.take() else {
            return;
        };
        let text = self.text;
        trim_runs(text, &mut leaf.runs);
        let Some(last) = leaf.runs.last() else {
            return;
        };
        let end = end.unwrap_or(last.span.end()).max(last.span.end());
        let start = if leaf.owner.is_some() {
            leaf.start
        } else {
            leaf.runs[0].span.start()
        };
        let level = leaf.owner.unwrap_or(self.stack.len());
        let mut kind = leaf.kind;
        let needs_text = !leaf.fixed || kind.is_heading();
        let visible = if needs_text {
            visible_text(text, &leaf.runs)
        } else {
            String::new()
        };
        if !leaf.fixed {
            kind = match (kind, classify::classify(&visible)) {
                (_, LineKind::Credit) => BlockKind::Credit,
                (BlockKind::Paragraph, LineKind::Caption) => {
                    BlockKind::Caption(CaptionSource::Line)
                }
                (k, _) => k,
            };
        }
        self.fact_before_leaf(kind, level, start);
        if kind.is_heading()
            && self.fact.is_none()
            && !self.in_list_or_table()
            && classify::opens_fact_box(&visible)
        {
            // "SCO Facts": a fact box holding this heading, the list under it and the
            // source line under that.
            self.b.open(BlockKind::FactBox, start);
            self.fact = Some(Fact::BeforeList(level));
        }
        self.b.leaf(kind, Span::new(start, end), &leaf.runs);
    }

    /// Inside a list, a table or a fact box already: a "… Facts" heading opens none.
    fn in_list_or_table(&self) -> bool {
        self.stack
            .iter()
            .any(|e| e.list || e.fact || matches!(e.name, "table" | "li"))
    }

    /// A heading-opened fact box takes its list and one credit line under it; anything else
    /// at its level closes it.
    fn fact_before_leaf(&mut self, kind: BlockKind, level: usize, at: usize) {
        match self.fact {
            Some(Fact::AfterList(d)) if d == level => {
                if kind == BlockKind::Credit {
                    self.fact = Some(Fact::Done);
                } else {
                    self.close_fact(at);
                }
            }
            Some(Fact::Done) => self.close_fact(at),
            Some(Fact::BeforeList(d)) if d == level => self.close_fact(at),
            _ => {}
        }
    }

    fn close_fact(&mut self, at: usize) {
        if self.fact.take().is_some() {
            self.b.close(at);
        }
    }

    /// An `img`: its `alt` and `title` are captions; the rest of the tag is masked.
    fn image(&mut self, span: Span) {
        let text = self.text;
        let mut alt = None;
        let mut title = None;
        scan_attributes(text.as_bytes(), span, |name, value| {
            let n = &text[name];
            if n.eq_ignore_ascii_case("alt") {
                alt = value;
            } else if n.eq_ignore_ascii_case("title") {
                title = value;
            }
        });
        let mut parts: Vec<(Span, BlockKind)> = Vec::new();
        for (v, source) in [(alt, CaptionSource::Alt), (title, CaptionSource::Title)] {
            if let Some(r) = v {
                let s = Span::from(r);
                let body = &text[s.range()];
                if !body.trim().is_empty() {
                    parts.push((s, BlockKind::Caption(source)));
                }
            }
        }
        parts.sort_by_key(|p| p.0);
        let mut at = span.start();
        for (s, _) in &parts {
            self.b.hole(Span::new(at, s.start()), HoleKind::Html);
            at = s.end();
        }
        self.b.hole(Span::new(at, span.end()), HoleKind::Html);
        for (s, kind) in parts {
            let mut runs = vec![RunIn {
                span: s,
                before: Gap::Space,
            }];
            trim_runs(text, &mut runs);
            if let Some(r) = runs.first() {
                let r = r.span;
                self.b.leaf(kind, r, &runs);
            }
        }
    }
}

fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn allowed_in_head(name: &str) -> bool {
    matches!(
        name,
        "title"
            | "meta"
            | "link"
            | "style"
            | "script"
            | "base"
            | "noscript"
            | "template"
            | "basefont"
            | "bgsound"
    )
}

/// Drops white space at the edges of a block's runs (and runs left empty).
fn trim_runs(text: &str, runs: &mut Vec<RunIn>) {
    while let Some(first) = runs.first_mut() {
        let s = &text[first.span.range()];
        let t = s.trim_start();
        first.span.start += (s.len() - t.len()) as u32;
        if t.is_empty() {
            runs.remove(0);
        } else {
            break;
        }
    }
    while let Some(last) = runs.last_mut() {
        let s = &text[last.span.range()];
        let t = s.trim_end();
        last.span.end = last.span.start + t.len() as u32;
        if t.is_empty() {
            runs.pop();
        } else {
            break;
        }
    }
}

/// The text a reader sees in some runs, for classifying a block by its wording.
fn visible_text(text: &str, runs: &[RunIn]) -> String {
    let mut out = String::new();
    for r in runs {
        out.push_str(&entity::decode(&text[r.span.range()]));
    }
    out
}

/// The value of the `class` attribute of the tag at `span`.
fn class_of(text: &str, span: Span) -> Option<&str> {
    let mut class = None;
    scan_attributes(text.as_bytes(), span, |name, value| {
        if text[name].eq_ignore_ascii_case("class") {
            class = value;
        }
    });
    class.map(|r| &text[r])
}

/// Prose roles named by a class: pull quotes, captions, credits.
fn class_ctx(class: Option<&str>) -> Ctx {
    let Some(class) = class else { return Ctx::None };
    let lower = class.to_ascii_lowercase();
    let has = |w: &str| lower.split_ascii_whitespace().any(|c| c.contains(w));
    if has("pullquote") || has("pull-quote") || has("pull_quote") {
        Ctx::Quote
    } else if has("caption") {
        Ctx::Caption
    } else if has("credit") {
        Ctx::Credit
    } else {
        Ctx::None
    }
}

fn is_fact_box_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|c| {
        let c = c.to_ascii_lowercase();
        c.contains("factbox") || c.contains("fact-box") || c.contains("fact_box") || c == "facts"
    })
}

// ------------------------------------------------------------------------------ tokenizer

#[derive(Clone, Copy, Debug)]
enum Tok {
    Start {
        span: Span,
        name: Span,
        self_closing: bool,
    },
    End {
        span: Span,
        name: Span,
    },
    Comment(Span),
    /// Doctype, CDATA, processing instruction, bogus comment.
    Other(Span),
}

impl Tok {
    fn end(self) -> usize {
        match self {
            Tok::Start { span, .. }
            | Tok::End { span, .. }
            | Tok::Comment(span)
            | Tok::Other(span) => span.end(),
        }
    }
}

/// The token at a `<`; `None` when the `<` is text ("a < b").
fn tokenize_at(b: &[u8], lt: usize) -> Option<Tok> {
    let next = *b.get(lt + 1)?;
    match next {
        b'!' => {
            if b[lt..].starts_with(b"<!--") {
                return Some(Tok::Comment(Span::new(lt, comment_end(b, lt + 4))));
            }
            Some(Tok::Other(Span::new(lt, bogus_end(b, lt + 2))))
        }
        b'?' => Some(Tok::Other(Span::new(lt, bogus_end(b, lt + 2)))),
        b'/' => {
            let c = *b.get(lt + 2)?;
            if c.is_ascii_alphabetic() {
                let name_end = name_end(b, lt + 2);
                let (end, _) = tag_end(b, name_end, |_, _| {});
                Some(Tok::End {
                    span: Span::new(lt, end),
                    name: Span::new(lt + 2, name_end),
                })
            } else if c == b'>' {
                Some(Tok::Other(Span::new(lt, lt + 3)))
            } else {
                Some(Tok::Other(Span::new(lt, bogus_end(b, lt + 2))))
            }
        }
        c if c.is_ascii_alphabetic() => {
            let name_end = name_end(b, lt + 1);
            let (end, self_closing) = tag_end(b, name_end, |_, _| {});
            Some(Tok::Start {
                span: Span::new(lt, end),
                name: Span::new(lt + 1, name_end),
                self_closing,
            })
        }
        _ => None,
    }
}

fn name_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && !matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') {
        i += 1;
    }
    i
}

/// Where a comment that starts before `from` ends: after `-->` or `--!>` (or `<!-->` and
/// `<!--->`, which end at once), or at the end of the text.
fn comment_end(b: &[u8], from: usize) -> usize {
    if b[from..].starts_with(b">") {
        return from + 1;
    }
    if b[from..].starts_with(b"->") {
        return from + 2;
    }
    let mut i = from;
    while let Some(off) = memchr_from(b, b'-', i) {
        let rest = &b[off..];
        if rest.starts_with(b"-->") {
            return off + 3;
        }
        if rest.starts_with(b"--!>") {
            return off + 4;
        }
        i = off + 1;
    }
    b.len()
}

fn bogus_end(b: &[u8], from: usize) -> usize {
    memchr_from(b, b'>', from).map_or(b.len(), |i| i + 1)
}

fn memchr_from(b: &[u8], needle: u8, from: usize) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&c| c == needle)
        .map(|i| from + i)
}

fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Scans the attributes of a tag from the end of its name to its `>`, calling
/// `attr(name, value)` with byte ranges; returns the end of the tag and whether it was
/// written self-closing. A tag cut off by the end of the text runs to the end.
#[allow(clippy::many_single_char_names)] // byte, index and quote of a tokenizer
fn tag_end(
    b: &[u8],
    from: usize,
    mut attr: impl FnMut(std::ops::Range<usize>, Option<std::ops::Range<usize>>),
) -> (usize, bool) {
    let mut i = from;
    let mut self_closing = false;
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            return (b.len(), false);
        };
        match c {
            b'>' => return (i + 1, self_closing),
            b'/' => {
                self_closing = b.get(i + 1) == Some(&b'>');
                i += 1;
                continue;
            }
            _ => {}
        }
        self_closing = false;
        // Attribute name: a leading `=` belongs to it.
        let name_start = i;
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = name_start..i;
        let mut j = i;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            attr(name, None);
            continue;
        }
        j += 1;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let Some(close) = memchr_from(b, q, j + 1) else {
                    attr(name, Some(j + 1..b.len()));
                    return (b.len(), false);
                };
                attr(name, Some(j + 1..close));
                i = close + 1;
            }
            Some(_) => {
                let v0 = j;
                while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                attr(name, Some(v0..j));
                i = j;
            }
            None => {
                attr(name, Some(j..j));
                return (b.len(), false);
            }
        }
    }
}

/// Calls `attr` for each attribute of the start tag at `span`.
fn scan_attributes(
    b: &[u8],
    span: Span,
    attr: impl FnMut(std::ops::Range<usize>, Option<std::ops::Range<usize>>),
) {
    let from = name_end(b, span.start() + 1);
    tag_end(b, from.min(span.end()), attr);
}

/// Where the raw text of a `script`, `style`, `title` … opened before `from` ends: after
/// its end tag, or at the end of the text (`plaintext` always).
fn raw_end(text: &str, from: usize, name: &str) -> usize {
    let b = text.as_bytes();
    if name == "plaintext" {
        return b.len();
    }
    let mut i = from;
    while let Some(off) = text[i..].find("</") {
        let at = i + off;
        let n = at + 2;
        if b.len() >= n + name.len()
            && b[n..n + name.len()].eq_ignore_ascii_case(name.as_bytes())
            && b.get(n + name.len())
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            let (end, _) = tag_end(b, n + name.len(), |_, _| {});
            return end;
        }
        i = at + 2;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let b =
            blocks("a < b and c > d <3 <!-- x --> e</p></div><p/>f <unknown-tag>g</unknown-tag>");
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
}
