//! Building a [`Document`]: the one place where prose is cut into runs, words and sentences.
//! Parsers decide the blocks and where prose is; this decides everything below a block.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::{
    Block, BlockId, BlockKind, Document, Format, Gap, Hole, HoleKind, Meta, Run, Sentence,
    Suppression, Word,
};
use crate::source::SourceFile;
use crate::span::Span;
use crate::text::entity;
use crate::text::tokenize::{Shape, TokenKind, scan_words, scan_words_html};

/// A piece of prose handed over by a parser, with what stood before it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct RunIn {
    pub span: Span,
    /// `Gap::Space` after markup or a line break, `Gap::Hole` after masked text.
    pub before: Gap,
}

pub(crate) struct DocBuilder<'a> {
    doc: Document<'a>,
    open: Vec<BlockId>,
    /// Site-generator syntax (template tags, shortcodes), sorted: cut out of every run.
    masks: Vec<Span>,
    /// A run of this block ended on masked text (an e-mail address as a link's text): the
    /// next run of the block follows a hole, whatever markup stands between.
    hole_pending: Option<BlockId>,
}

/// URLs and e-mail addresses in prose become holes.
static URL_OR_EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:(?:https?|ftp)://|www\.)[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
        .expect("static regex")
});

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Ave", "Blvd", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec",
    "Dept", "Dr", "Feb", "Fig", "Ft", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt",
    "Ltd", "Maj", "Mar", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Rep",
    "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "Univ", "approx", "cf", "e.g", "etc",
    "i.e", "vs",
];

impl<'a> DocBuilder<'a> {
    pub(crate) fn new(source: &'a SourceFile, format: Format) -> Self {
        DocBuilder {
            doc: Document {
                source,
                format,
                blocks: Vec::new(),
                runs: Vec::new(),
                words: Vec::new(),
                sentences: Vec::new(),
                holes: Vec::new(),
                suppressions: Vec::new(),
                breaks: Vec::new(),
                meta: Meta::default(),
                series: Vec::new(),
                group_mentions: Vec::new(),
                claims: Vec::new(),
                quantities: super::quantities::Quantities::default(),
                dates: crate::doc::dates::Dates::default(),
                line_cache: std::sync::OnceLock::new(),
                cut_off_cache: std::sync::OnceLock::new(),
                quote_cache: std::sync::OnceLock::new(),
                key_cache: std::sync::OnceLock::new(),
                lower_cache: std::sync::OnceLock::new(),
            },
            open: Vec::new(),
            masks: Vec::new(),
            hole_pending: None,
        }
    }

    /// Spans of site-generator syntax, sorted and not overlapping: any part of a run inside
    /// one becomes a [`HoleKind::Template`] hole.
    pub(crate) fn set_masks(&mut self, masks: Vec<Span>) {
        self.masks = masks;
    }

    pub(crate) fn text(&self) -> &'a str {
        self.doc.source.text()
    }

    pub(crate) fn source(&self) -> &'a SourceFile {
        self.doc.source
    }

    pub(crate) fn meta_mut(&mut self) -> &mut Meta {
        &mut self.doc.meta
    }

    fn counts(&self) -> (u32, u32, u32) {
        (
            self.doc.runs.len() as u32,
            self.doc.words.len() as u32,
            self.doc.sentences.len() as u32,
        )
    }

    /// Opens a container; blocks added until [`Self::close`] are inside it.
    pub(crate) fn open(&mut self, kind: BlockKind, start: usize) -> BlockId {
        debug_assert!(kind.is_container());
        let (r, w, s) = self.counts();
        let id = self.doc.blocks.len() as BlockId;
        self.doc.blocks.push(Block {
            kind,
            span: Span::new(start, start),
            parent: self.open.last().copied(),
            runs: r..r,
            words: w..w,
            sentences: s..s,
        });
        self.open.push(id);
        id
    }

    /// Closes the innermost open container at `end`.
    pub(crate) fn close(&mut self, end: usize) {
        let Some(id) = self.open.pop() else { return };
        let (r, w, s) = self.counts();
        let b = &mut self.doc.blocks[id as usize];
        b.span.end = (end as u32).max(b.span.start);
        b.runs.end = r;
        b.words.end = w;
        b.sentences.end = s;
    }

    pub(crate) fn hole(&mut self, span: Span, kind: HoleKind) {
        if !span.is_empty() {
            self.doc.holes.push(Hole { span, kind });
        }
    }

    /// A line break inside a block that is not a line end in the source (HTML `<br>`).
    pub(crate) fn line_break(&mut self, span: Span) {
        self.doc.breaks.push(span);
    }

    pub(crate) fn suppression(&mut self, s: Suppression) {
        self.doc.suppressions.push(s);
    }

    /// Adds a prose block with its runs; returns its id.
    pub(crate) fn leaf(&mut self, kind: BlockKind, span: Span, runs: &[RunIn]) -> BlockId {
        debug_assert!(!kind.is_container());
        let id = self.doc.blocks.len() as BlockId;
        let (r0, w0, s0) = self.counts();
        for run in runs {
            self.add_run(id, *run);
        }
        let (r1, w1, _) = self.counts();
        self.split_sentences(id, r0 as usize, w0 as usize, w1 as usize);
        let s1 = self.doc.sentences.len() as u32;
        self.doc.blocks.push(Block {
            kind,
            span,
            parent: self.open.last().copied(),
            runs: r0..r1,
            words: w0..w1,
            sentences: s0..s1,
        });
        id
    }

    /// Whether `span` holds site-generator syntax and nothing else but white space; the
    /// syntax is recorded as holes.
    pub(crate) fn only_template(&mut self, span: Span) -> bool {
        let text = self.text();
        let first = self.masks.partition_point(|m| m.end() <= span.start());
        let mut at = span.start();
        let mut any = false;
        for m in self.masks[first..]
            .iter()
            .take_while(|m| m.start() < span.end())
        {
            if !text[at..m.start().max(at)].trim().is_empty() {
                return false;
            }
            any = true;
            at = m.end().min(span.end());
        }
        if !any || !text[at..span.end()].trim().is_empty() {
            return false;
        }
        for i in first..self.masks.len() {
            let m = self.masks[i];
            if m.start() >= span.end() {
                break;
            }
            let s = Span::new(m.start().max(span.start()), m.end().min(span.end()));
            self.hole(s, HoleKind::Template);
        }
        true
    }

    fn add_run(&mut self, block: BlockId, run: RunIn) {
        let (start, end) = (run.span.start(), run.span.end());
        let first = self.masks.partition_point(|m| m.end() <= start);
        if self.masks.get(first).is_none_or(|m| m.start() >= end) {
            self.add_unmasked(block, run);
            return;
        }
        let mut gap = run.before;
        let mut at = start;
        let mut i = first;
        while let Some(&m) = self.masks.get(i).filter(|m| m.start() < end) {
            let (s, e) = (m.start().max(at), m.end().min(end));
            self.add_unmasked(
                block,
                RunIn {
                    span: Span::new(at, s),
                    before: gap,
                },
            );
            self.hole(Span::new(s, e), HoleKind::Template);
            gap = Gap::Hole;
            at = e;
            i += 1;
        }
        self.add_unmasked(
            block,
            RunIn {
                span: Span::new(at, end),
                before: gap,
            },
        );
    }

    fn add_unmasked(&mut self, block: BlockId, run: RunIn) {
        if run.span.is_empty() {
            return;
        }
        let text = self.text();
        let mut gap = run.before;
        let mut at = run.span.start();
        let end = run.span.end();
        let piece = &text[at..end];
        if piece.contains("://") || piece.contains("www.") || piece.contains('@') {
            for m in URL_OR_EMAIL.find_iter(piece) {
                let s = run.span.start() + m.start();
                let e = s + trim_url(m.as_str());
                if s < at {
                    continue;
                }
                self.push_run(block, Span::new(at, s), gap);
                let kind = if m.as_str().contains('@') && !m.as_str().contains('/') {
                    HoleKind::Email
                } else {
                    HoleKind::Url
                };
                self.hole(Span::new(s, e), kind);
                gap = Gap::Hole;
                at = e;
            }
        }
        if at == end && gap == Gap::Hole {
            self.hole_pending = Some(block);
        }
        self.push_run(block, Span::new(at, end), gap);
    }

    fn push_run(&mut self, block: BlockId, span: Span, gap: Gap) {
        if span.is_empty() {
            return;
        }
        let gap = match self.hole_pending.take() {
            Some(b) if b == block && gap != Gap::Start => Gap::Hole,
            _ => gap,
        };
        let text = self.text();
        // What stood between the block's previous word and this run: the parser's `gap`, plus
        // any punctuation left at the end of the previous run ("Bora,** Bora").
        let html = self.doc.format == Format::Html;
        let prev = self.doc.words.last().filter(|w| w.block == block).map(|w| {
            let run_end = self.doc.runs.last().map_or(w.span.end(), |r| r.span.end());
            let tail = &text[w.span.end()..run_end.max(w.span.end())];
            has_punct(tail, html)
        });
        self.doc.runs.push(Run { span, block });
        let piece = &text[span.range()];
        let base = span.start();
        let mut first = true;
        let words = &mut self.doc.words;
        let scanner = if html { scan_words_html } else { scan_words };
        scanner(piece, |s, e, kind| {
            let shape = match kind {
                TokenKind::Word(shape) => shape,
                // Hashtags and handles stay words so spans stay complete, but with a shape no
                // rule treats as ordinary prose.
                TokenKind::Tag => Shape::Alnum,
            };
            let lead_start = if first {
                base
            } else {
                words.last().map_or(base, |w| w.span.end())
            };
            let between_punct = has_punct(&text[lead_start..base + s], html);
            let gap = match (first, prev) {
                (true, None) => Gap::Start,
                (true, Some(tail_punct)) => {
                    if gap == Gap::Hole {
                        Gap::Hole
                    } else if tail_punct || between_punct {
                        Gap::Punct
                    } else {
                        Gap::Space
                    }
                }
                (false, _) if between_punct => Gap::Punct,
                (false, _) => Gap::Space,
            };
            first = false;
            words.push(Word {
                span: Span::new(base + s, base + e),
                shape,
                gap,
                block,
            });
        });
    }

    fn split_sentences(&mut self, block: BlockId, r0: usize, w0: usize, w1: usize) {
        if w0 == w1 {
            return;
        }
        let text = self.text();
        let html = self.doc.format == Format::Html;
        let words = &self.doc.words;
        let block_runs = &self.doc.runs[r0..];
        // The run each word lies in, walked in step with the words.
        let mut run = 0;
        let run_of = |run: &mut usize, w: &Word| {
            while *run + 1 < block_runs.len() && block_runs[*run].span.end() < w.span.end() {
                *run += 1;
            }
            *run
        };
        let mut start = w0;
        for i in w0..w1 {
            let last = i + 1 == w1;
            let ends = last || {
                // What a reader sees between the words: markup in between is left out.
                let a = run_of(&mut run, &words[i]);
                let mut probe = run;
                let b = run_of(&mut probe, &words[i + 1]);
                let visible: Cow<'_, str> = if a == b {
                    Cow::Borrowed(&text[words[i].span.end()..words[i + 1].span.start()])
                } else {
                    let tail = &text[words[i].span.end()..block_runs[a].span.end()];
                    let head = &text[block_runs[b].span.start()..words[i + 1].span.start()];
                    Cow::Owned(format!("{tail} {head}"))
                };
                let visible = if html && visible.contains('&') {
                    Cow::Owned(entity::decode(&visible).into_owned())
                } else {
                    visible
                };
                ends_sentence(text, &words[i], &visible, &words[i + 1])
            };
            if ends {
                let limit = if last {
                    block_runs
                        .last()
                        .map_or(words[i].span.end(), |r| r.span.end())
                } else {
                    words[i + 1].span.start()
                };
                let tail = &text[words[i].span.end()..limit];
                let tail_len = tail.find(char::is_whitespace).unwrap_or(tail.len());
                let tail_len = tail.find('<').map_or(tail_len, |lt| lt.min(tail_len));
                self.doc.sentences.push(Sentence {
                    span: Span::new(words[start].span.start(), words[i].span.end() + tail_len),
                    words: start as u32..i as u32 + 1,
                    block,
                });
                start = i + 1;
            }
        }
    }

    pub(crate) fn finish(mut self) -> Document<'a> {
        let end = self.text().len();
        while !self.open.is_empty() {
            self.close(end);
        }
        self.doc.holes.sort_by_key(|h| h.span);
        self.doc
    }
}

fn ends_sentence(text: &str, word: &Word, gap: &str, next: &Word) -> bool {
    let Some(stop) = gap.find(['.', '!', '?', '…']) else {
        return false;
    };
    if !gap[stop..].contains(char::is_whitespace) {
        return false;
    }
    let next_text = &text[next.span.range()];
    let starts_upper = next_text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric());
    if !starts_upper {
        return false;
    }
    let w = &text[word.span.range()];
    if gap.starts_with('.') {
        // Initials ("Hu J. Tao"), abbreviations ("Gen. Smith") and dotted forms ("U.S.").
        let single = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
        if single || w.contains('.') || ABBREVIATIONS.contains(&w) {
            return false;
        }
    }
    true
}

/// True when the text between two words holds anything but white space; in HTML a
/// reference to white space (`&nbsp;`) is white space.
fn has_punct(between: &str, html: bool) -> bool {
    if html && between.contains('&') {
        return entity::decode(between).chars().any(|c| !c.is_whitespace());
    }
    between.chars().any(|c| !c.is_whitespace())
}

/// The length of a URL match without trailing sentence punctuation.
fn trim_url(m: &str) -> usize {
    m.trim_end_matches([
        '.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '’', '”', '>',
    ])
    .len()
}
