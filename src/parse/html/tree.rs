//! The tree builder: reads tokens in order, keeps the stack of open elements, closes what
//! HTML closes implicitly, masks what is not prose, and hands text to the open leaf.

use super::elements::{
    Category, ProseRole, allowed_in_head, canonical, category, class_ctx, class_of,
    is_fact_box_class,
};
use super::tokenizer::{Token, raw_end, tokenize_at};
use crate::doc::build::RunIn;
use crate::doc::{BlockKind, DocBuilder, Document, Format, Gap, HoleKind};
use crate::parse::directives::Directives;
use crate::parse::template;
use crate::source::SourceFile;
use crate::span::Span;

/// How far down the stack an end tag or an implied end looks for its element. Real pages
/// never need more; a hostile file with thousands of unclosed tags stays linear.
pub(super) const MAX_SCOPE: usize = 256;

#[derive(Clone, Copy, Debug)]
pub(super) struct Element<'t> {
    /// Canonical name, or the raw name of an unknown element.
    pub(super) name: &'t str,
    pub(super) cat: Category,
    /// Opened a container of the document model.
    pub(super) container: bool,
    pub(super) ctx: ProseRole,
    /// A list (`ul`/`ol`), for list depth.
    pub(super) list: bool,
    /// Opened a fact box by its class.
    pub(super) fact: bool,
}

/// A prose block being gathered.
pub(super) struct Leaf {
    pub(super) kind: BlockKind,
    /// Set when the kind came from an element's own context (a list item, a cell …), so the
    /// wording of the text may not turn it into a caption or credit.
    pub(super) fixed: bool,
    pub(super) start: usize,
    /// The stack depth of the element that opened it; `None` for text directly in a block.
    pub(super) owner: Option<usize>,
    pub(super) runs: Vec<RunIn>,
    pub(super) gap: Gap,
}

/// A fact box opened by a heading such as "SCO Facts".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HeadingFactBox {
    /// Waiting for its list, at this stack depth.
    BeforeList(usize),
    InList(usize),
    /// The list is done; a credit line may still belong to it.
    AfterList(usize),
    /// Its credit line is in; it closes at the next step.
    Done,
}

pub(super) struct TreeBuilder<'a> {
    pub(super) b: DocBuilder<'a>,
    pub(super) text: &'a str,
    pub(super) stack: Vec<Element<'a>>,
    pub(super) leaf: Option<Leaf>,
    /// A masked element: where it started, its stack depth, and its hole kind.
    pub(super) mask: Option<(usize, usize, HoleKind, bool)>,
    pub(super) fact: Option<HeadingFactBox>,
    pub(super) directives: Directives,
    pub(super) list_depth: u8,
    /// Open `article` elements (their `header` and `footer` are prose).
    pub(super) in_article: usize,
}

pub(in crate::parse) fn parse<'s>(source: &'s SourceFile, prose_fields: &[String]) -> Document<'s> {
    let text = source.text();
    let mut p = TreeBuilder {
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
    super::super::front_matter(&mut p.b, Span::new(content_start, body_start), prose_fields);
    p.b.meta_mut().language = template::declared_language(&text[content_start..body_start])
        .or_else(|| template::html_lang(&text[body_start..]));
    // The article's date: the front matter's, else the one the markup gives.
    p.b.meta_mut().date = crate::text::date::front_matter_date(&text[content_start..body_start])
        .and_then(crate::text::date::Date::parse_iso)
        .or_else(|| crate::text::date::html_published(text));
    p.b.set_masks(template::spans(text, body_start, template::Flavour::Html));
    p.run(body_start);
    let TreeBuilder {
        mut b, directives, ..
    } = p;
    directives.finish(&mut b);
    b.finish()
}

impl<'a> TreeBuilder<'a> {
    pub(super) fn run(&mut self, from: usize) {
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
                Token::Comment(span) => self.comment(span),
                Token::Other(span) => self.hole(span, HoleKind::Html),
                Token::Start {
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
                Token::End { span, name } => {
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

    pub(super) fn hole(&mut self, span: Span, kind: HoleKind) {
        if self.mask.is_none() {
            self.b.hole(span, kind);
        }
    }

    pub(super) fn comment(&mut self, span: Span) {
        if self.mask.is_some() {
            return;
        }
        self.b.hole(span, HoleKind::Comment);
        self.directives.scan(&mut self.b, span);
        if let Some(l) = &mut self.leaf {
            l.gap = Gap::Hole;
        }
    }

    pub(super) fn text_run(&mut self, start: usize, end: usize) {
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
    pub(super) fn start_tag(
        &mut self,
        span: Span,
        raw: &'a str,
        self_closing: bool,
    ) -> Option<usize> {
        let name = canonical(raw);
        let cat = name.map_or(Category::Inline, category);
        let name = name.unwrap_or(raw);
        if let Some((_, _, _, _)) = self.mask {
            // Inside a masked element only the nesting matters, to find where it ends.
            if self.in_head() && !allowed_in_head(name) {
                self.pop_named("head", span.start());
            } else {
                if cat == Category::Raw {
                    return Some(raw_end(self.text, span.end(), name));
                }
                if cat != Category::Void && !self_closing {
                    self.push(name, cat, false, ProseRole::None);
                }
                return None;
            }
        }
        let start = span.start();
        match cat {
            Category::Void => {
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
            Category::Raw => {
                let end = raw_end(self.text, span.end(), name);
                self.b.hole(Span::new(start, end), HoleKind::Html);
                if let Some(l) = &mut self.leaf {
                    l.gap = Gap::Hole;
                }
                Some(end)
            }
            Category::Masked { block, code } => {
                let prose_header = matches!(name, "header" | "footer") && self.in_article > 0;
                if prose_header {
                    self.implied_p(start);
                    self.close_leaf(None);
                    self.b.hole(span, HoleKind::Html);
                    self.push(name, Category::Block, false, ProseRole::None);
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
                self.push(name, cat, false, ProseRole::None);
                self.mask = Some((start, self.stack.len(), kind, block));
                None
            }
            Category::Inline => {
                // `<span/>` opens a span all the same, as browsers read it.
                self.b.hole(span, HoleKind::Html);
                self.push(name, cat, false, ProseRole::None);
                None
            }
            Category::Block | Category::Leaf | Category::Container => {
                self.implied_ends(name, start);
                self.close_leaf(None);
                self.b.hole(span, HoleKind::Html);
                let class = class_of(self.text, span);
                let mut ctx = class_ctx(class);
                match cat {
                    Category::Container => self.open_container(name, start, ctx),
                    Category::Leaf => {
                        if ctx == ProseRole::None {
                            ctx = match name {
                                "li" => ProseRole::Item,
                                "td" | "th" => ProseRole::Cell,
                                "figcaption" => ProseRole::Caption,
                                _ => ProseRole::None,
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
                        } else if ctx == ProseRole::Quote {
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

    pub(super) fn open_container(&mut self, name: &'a str, start: usize, ctx: ProseRole) {
        let kind = match name {
            "ul" => BlockKind::List { ordered: false },
            "ol" => BlockKind::List { ordered: true },
            "blockquote" => BlockKind::BlockQuote,
            "table" => BlockKind::Table,
            _ => BlockKind::Figure,
        };
        let list = matches!(kind, BlockKind::List { .. });
        match self.fact {
            Some(HeadingFactBox::BeforeList(d)) if list && d == self.stack.len() => {
                self.fact = Some(HeadingFactBox::InList(d));
            }
            Some(HeadingFactBox::BeforeList(d) | HeadingFactBox::AfterList(d))
                if d == self.stack.len() =>
            {
                self.close_fact(start);
            }
            Some(HeadingFactBox::Done) => self.close_fact(start),
            _ => {}
        }
        self.b.open(kind, start);
        let ctx = match (kind, ctx) {
            (BlockKind::BlockQuote, _) => ProseRole::Quote,
            (BlockKind::Figure, ProseRole::None) => ProseRole::Figure,
            (_, c) => c,
        };
        if list {
            self.list_depth = self.list_depth.saturating_add(1);
        }
        self.stack.push(Element {
            name,
            cat: Category::Container,
            container: true,
            ctx,
            list,
            fact: false,
        });
    }

    pub(super) fn push(&mut self, name: &'a str, cat: Category, container: bool, ctx: ProseRole) {
        self.stack.push(Element {
            name,
            cat,
            container,
            ctx,
            list: false,
            fact: false,
        });
    }

    pub(super) fn end_tag(&mut self, span: Span, raw: &str) {
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
        if cat == Category::Inline {
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
    pub(super) fn find(&self, name: &str) -> Option<usize> {
        let floor = self.stack.len().saturating_sub(MAX_SCOPE);
        (floor..self.stack.len())
            .rev()
            .find(|&i| self.stack[i].name.eq_ignore_ascii_case(name))
    }

    pub(super) fn pop_named(&mut self, name: &str, at: usize) {
        if let Some(depth) = self.find(name) {
            self.pop_to(depth, at);
        }
    }

    /// Pops every element from the top down to and including `depth`.
    pub(super) fn pop_to(&mut self, depth: usize, at: usize) {
        while self.stack.len() > depth {
            self.pop(at);
        }
    }

    pub(super) fn pop(&mut self, at: usize) {
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
            Some(
                HeadingFactBox::BeforeList(d)
                | HeadingFactBox::InList(d)
                | HeadingFactBox::AfterList(d),
            ) if self.stack.len() < d => {
                self.close_fact(at);
            }
            Some(HeadingFactBox::Done) => self.close_fact(at),
            _ => {}
        }
        if e.container {
            if e.list {
                self.list_depth = self.list_depth.saturating_sub(1);
            }
            self.b.close(at);
            if e.list
                && let Some(HeadingFactBox::InList(d)) = self.fact
                && d == self.stack.len()
            {
                self.fact = Some(HeadingFactBox::AfterList(d));
            }
        }
    }

    pub(super) fn end_mask(&mut self, at: usize) {
        if let Some((start, _, kind, block)) = self.mask.take() {
            self.b.hole(Span::new(start, at.max(start)), kind);
            if !block && let Some(l) = &mut self.leaf {
                l.gap = Gap::Hole;
            }
        }
    }

    pub(super) fn in_head(&self) -> bool {
        self.mask
            .is_some_and(|(_, d, _, _)| self.stack.get(d - 1).is_some_and(|e| e.name == "head"))
    }

    /// A start tag of a block closes an open `p`; `li`, `dt`/`dd`, cells and rows close
    /// their open siblings; a heading closes an open heading.
    pub(super) fn implied_ends(&mut self, name: &str, at: usize) {
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

    pub(super) fn implied_p(&mut self, at: usize) {
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
}
