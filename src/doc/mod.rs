//! The document model: what every rule reads.
//!
//! A [`Document`] is built once per file by one of the parsers in [`crate::parse`]. It
//! borrows the source text and holds flat vectors — blocks, words, sentences, holes — where
//! each block keeps index ranges into the others, so "the words of this caption" is a slice.
//! Every span is a byte range into the original text.

pub(crate) mod build;
mod cutoff;
pub use cutoff::{CutKind, CutOff};
mod dateline;
pub mod dates;
pub(crate) use dateline::find as find_dateline;
pub mod quantities;
pub mod quotes;
pub mod series;

use std::borrow::Cow;
use std::ops::Range;

pub(crate) use build::DocBuilder;

use crate::source::SourceFile;
use crate::span::Span;
pub use crate::text::tokenize::Shape;
pub use quotes::{MarkKind, MarkStyle, Quotation, QuoteMark};
pub use series::{
    Claim, ClaimSource, Conjunction, GroupClaim, GroupMention, ItemKind, LeadIn, NoteKind,
    Qualifier, Series, SeriesItem, SeriesKind, StatedCount,
};

use crate::text::date::Date;

/// What the document model builds beyond blocks, words and sentences (which every parser
/// builds): each rule declares what it reads, and the engine asks for the union, built once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Needs(u8);

impl Needs {
    pub const NOTHING: Needs = Needs(0);
    /// Every list with its items, lead-in, count and claims, and the groups named in the text
    /// ([`Document::series`], [`Document::group_mentions`]).
    pub const SERIES: Needs = Needs(1);
    /// The article's dateline ([`crate::doc::Meta::dateline`]).
    pub const DATELINE: Needs = Needs(2);
    /// Counts, ages and birth dates ([`Document::quantities`]).
    pub const QUANTITIES: Needs = Needs(4);
    /// Every date, weekday and year written in the prose ([`Document::dates`]).
    pub const DATES: Needs = Needs(8);
    pub const ALL: Needs = Needs(15);

    #[must_use]
    pub const fn with(self, other: Needs) -> Needs {
        Needs(self.0 | other.0)
    }

    pub const fn has(self, other: Needs) -> bool {
        self.0 & other.0 == other.0
    }
}

/// Index of a block in [`Document::blocks`].
pub type BlockId = u32;

/// The input format a document was parsed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
    Html,
}

impl Format {
    /// The format for a path by its extension; `None` for files copydesk does not read.
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        match path.extension().and_then(|e| e.to_str()) {
            None => Some(Format::Plain),
            Some(ext) => match ext.to_ascii_lowercase().as_str() {
                "txt" | "text" => Some(Format::Plain),
                "md" | "markdown" | "mdown" | "mkd" | "mdx" => Some(Format::Markdown),
                "html" | "htm" | "xhtml" => Some(Format::Html),
                _ => None,
            },
        }
    }
}

/// Where a caption came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptionSource {
    /// A line that reads like a photo caption ("…, left, …", "(Photo: …)").
    Line,
    /// The alternative text of an image.
    Alt,
    /// The title of an image.
    Title,
    /// The paragraph or line directly under an image, or a `figcaption`.
    Below,
}

/// What a block is. Containers hold other blocks; the rest hold prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading; plain-text title-like lines are headings too (level 1 for the headline).
    Heading {
        level: u8,
    },
    Paragraph,
    /// One item of a bulleted or numbered list; `depth` 0 is the outermost list.
    ListItem {
        depth: u8,
    },
    Caption(CaptionSource),
    /// A credit or source line: "Source: SCO website", "Photo: Reuters".
    Credit,
    /// Prose inside a block quote or a pull quote.
    Quote,
    TableCell,
    /// Container: a bulleted or numbered list.
    List {
        ordered: bool,
    },
    /// Container: a block quote.
    BlockQuote,
    /// Container: a table.
    Table,
    /// Container: a fact box — a heading such as "… Facts" with the list and credit under it.
    FactBox,
    /// Container: a figure (an image with its captions).
    Figure,
}

impl BlockKind {
    pub fn is_container(self) -> bool {
        matches!(
            self,
            BlockKind::List { .. }
                | BlockKind::BlockQuote
                | BlockKind::Table
                | BlockKind::FactBox
                | BlockKind::Figure
        )
    }

    pub fn is_heading(self) -> bool {
        matches!(self, BlockKind::Heading { .. })
    }

    pub fn is_caption(self) -> bool {
        matches!(self, BlockKind::Caption(_))
    }

    /// The scope name used by user rules and the docs.
    pub fn scope(self) -> &'static str {
        match self {
            BlockKind::Heading { .. } => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem { .. } => "list-item",
            BlockKind::Caption(_) => "caption",
            BlockKind::Credit => "credit",
            BlockKind::Quote => "quote",
            BlockKind::TableCell => "table-cell",
            BlockKind::List { .. } => "list",
            BlockKind::BlockQuote => "block-quote",
            BlockKind::Table => "table",
            BlockKind::FactBox => "fact-box",
            BlockKind::Figure => "figure",
        }
    }
}

/// A block of the document.
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// The whole block in the source, markup included.
    pub span: Span,
    /// The enclosing container, if any.
    pub parent: Option<BlockId>,
    /// The prose of the block (for containers: of all blocks inside), as indices into
    /// [`Document::runs`], [`Document::words`] and [`Document::sentences`].
    pub runs: Range<u32>,
    pub words: Range<u32>,
    pub sentences: Range<u32>,
}

impl Block {
    pub fn words(&self) -> Range<usize> {
        self.words.start as usize..self.words.end as usize
    }

    pub fn runs(&self) -> Range<usize> {
        self.runs.start as usize..self.runs.end as usize
    }

    pub fn sentences(&self) -> Range<usize> {
        self.sentences.start as usize..self.sentences.end as usize
    }
}

/// What lies between a word and the word before it in the same block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The first word of its block.
    Start,
    /// Only white space, line breaks or markup (emphasis, a Markdown soft break).
    Space,
    /// Punctuation ("Bora, Bora", "end. The").
    Punct,
    /// Masked text: code, a URL, an HTML tag.
    Hole,
}

/// A word with its span. Its text is `doc.text()[word.span.range()]`.
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub span: Span,
    pub shape: Shape,
    pub gap: Gap,
    /// Index of the block the word belongs to.
    pub block: BlockId,
}

/// A contiguous piece of prose inside a block, with no masked text in it.
#[derive(Clone, Copy, Debug)]
pub struct Run {
    pub span: Span,
    pub block: BlockId,
}

/// A sentence: a range of words inside one block.
#[derive(Clone, Debug)]
pub struct Sentence {
    pub span: Span,
    pub words: Range<u32>,
    pub block: BlockId,
}

/// Masked text: present in the source, kept out of the prose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HoleKind {
    Code,
    CodeBlock,
    Url,
    Email,
    Html,
    Comment,
    FrontMatter,
    /// An entity or escape whose source differs from the text it stands for.
    Escape,
    /// Site-generator syntax: a Liquid or Nunjucks tag, a Hugo shortcode, a kramdown
    /// attribute list.
    Template,
}

#[derive(Clone, Copy, Debug)]
pub struct Hole {
    pub span: Span,
    pub kind: HoleKind,
}

/// A region where findings of some rules are switched off by an inline comment.
#[derive(Clone, Debug)]
pub struct Suppression {
    /// Rule ids; empty means every rule.
    pub rules: Vec<String>,
    pub span: Span,
    /// Where the comment is, for reporting an unknown rule id.
    pub comment: Span,
    /// Why, as written after `--` in the comment.
    pub reason: Option<String>,
}

/// Facts about the document as a whole.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// The article's date from front matter (`date: 2012-06-07`), parsed once; `None` when
    /// there is none or it is not a real day.
    pub date: Option<Date>,
    /// The latest date front matter gives for a later state of the page (`lastmod`,
    /// `updated`, `modified`, `last_modified`, `expirydate`): a page kept up to date tells
    /// events up to then as past.
    pub revised: Option<Date>,
    /// A date written near the top of the article ("June 7, 2012", "BEIJING, 7 June 2012
    /// (Reuters) -"), with where it is.
    pub dateline: Option<(Date, Span)>,
    /// The language the document declares: front matter `lang`, `language` or `locale`, or
    /// the HTML `lang` attribute, as written (`es`, `en-US`).
    pub language: Option<String>,
    /// The front matter block, prose fields included.
    pub front_matter: Option<Span>,
}

/// A parsed file.
#[derive(Debug)]
pub struct Document<'a> {
    pub source: &'a SourceFile,
    pub format: Format,
    pub blocks: Vec<Block>,
    pub runs: Vec<Run>,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
    pub holes: Vec<Hole>,
    pub suppressions: Vec<Suppression>,
    /// Line breaks inside blocks that are not line ends in the source (HTML `<br>`), sorted.
    pub breaks: Vec<Span>,
    pub meta: Meta,
    /// Every list, in source order (see [`series`]).
    pub series: Vec<Series>,
    /// Every group named in the text, in source order.
    pub group_mentions: Vec<GroupMention>,
    /// What the text claims about its lists: whose members they name, how many (see
    /// [`GroupClaim`]), in source order.
    pub claims: Vec<GroupClaim>,
    /// Counts, ages and birth dates stated in the text (see [`quantities`]).
    pub quantities: quantities::Quantities,
    /// Dates, weekdays and years in the prose (built when a rule needs [`Needs::DATES`]).
    pub dates: dates::Dates,
    /// [`Document::lines`], built on first use and shared by the rules that read lines.
    pub(crate) line_cache: std::sync::OnceLock<Vec<Line<'a>>>,
    /// [`Document::cut_offs`], judged on first use and shared by the rules that ask.
    pub(crate) cut_off_cache: std::sync::OnceLock<Vec<CutOff>>,
    /// [`Document::quotations`] and [`Document::quote_marks`], built on first use.
    pub(crate) quote_cache: std::sync::OnceLock<quotes::Quotes>,
    /// [`Document::word_key`], built on first use.
    pub(crate) key_cache: std::sync::OnceLock<WordKeys>,
    /// [`Document::word_lower`], built on first use.
    pub(crate) lower_cache: std::sync::OnceLock<WordKeys>,
}

/// One folded form of every word (its spelling key, or its lower case), computed once: the
/// forms that differ from the word's source text in one string, the rest read from the
/// source. No allocation per word.
#[derive(Debug, Default)]
pub(crate) struct WordKeys {
    /// The forms that differ from the source, one after another.
    keys: String,
    /// Per word: where its form is — a range of `keys`, or (`FROM_SOURCE` set in `start`)
    /// the word's own span in the source.
    at: Vec<(u32, u32)>,
}

/// In [`WordKeys::at`]: the word's form is its source text.
const FROM_SOURCE: u32 = 1 << 31;

impl WordKeys {
    /// The forms of every word of `doc`, `fold` appending word `i`'s form to the buffer.
    fn build(doc: &Document<'_>, mut fold: impl FnMut(usize, &mut String)) -> WordKeys {
        let text = doc.text();
        let mut keys = WordKeys {
            keys: String::new(),
            at: Vec::with_capacity(doc.words.len()),
        };
        let mut form = String::new();
        for (i, w) in doc.words.iter().enumerate() {
            form.clear();
            fold(i, &mut form);
            // Spans fit in 31 bits: files over 2 GiB are refused long before this.
            let own =
                (w.span.start() as u64) < u64::from(FROM_SOURCE) && form == text[w.span.range()];
            if own {
                keys.at
                    .push((FROM_SOURCE | w.span.start() as u32, w.span.end() as u32));
            } else {
                let start = keys.keys.len() as u32;
                keys.keys.push_str(&form);
                keys.at.push((start, keys.keys.len() as u32));
            }
        }
        keys
    }

    fn get<'s>(&'s self, text: &'s str, i: usize) -> &'s str {
        let (start, end) = self.at[i];
        if start & FROM_SOURCE == 0 {
            &self.keys[start as usize..end as usize]
        } else {
            &text[(start & !FROM_SOURCE) as usize..end as usize]
        }
    }
}

/// One line of a block's prose, as a reader sees it: a source line in plain text and
/// Markdown; in HTML, where line ends in the source are only spaces, the text between the
/// block's edges and its `<br>`s.
#[derive(Clone, Debug)]
pub struct Line<'a> {
    pub block: BlockId,
    /// From the first to the last visible character of the line in the source.
    pub span: Span,
    /// The visible text: markup left out, character references decoded, runs of white
    /// space made one space; masked text (code, a URL) stands as U+FFFC.
    pub text: Cow<'a, str>,
}

impl<'a> Document<'a> {
    pub fn text(&self) -> &'a str {
        self.source.text()
    }

    /// The source text under a span.
    pub fn slice(&self, span: Span) -> &'a str {
        &self.source.text()[span.range()]
    }

    pub fn word_text(&self, i: usize) -> &'a str {
        self.slice(self.words[i].span)
    }

    /// The text under a span with HTML character references decoded (borrowed when there
    /// is nothing to decode, and always outside HTML).
    pub fn decoded(&self, span: Span) -> Cow<'a, str> {
        let s = self.slice(span);
        if self.format == Format::Html && s.contains('&') {
            crate::text::entity::decode(s)
        } else {
            Cow::Borrowed(s)
        }
    }

    /// A word as a reader sees it: in HTML a word's span may hold a character reference
    /// ("don&rsquo;t"), decoded here; everywhere else this is the source slice.
    pub fn word_str(&self, i: usize) -> Cow<'a, str> {
        self.decoded(self.words[i].span)
    }

    /// The spelling key of word `i` ([`crate::text::fold`]: lower case, straight
    /// apostrophes, character references decoded). The keys of all words are built once,
    /// on first use, into one string.
    pub fn word_key(&self, i: usize) -> &str {
        self.key_cache
            .get_or_init(|| {
                WordKeys::build(self, |i, out| {
                    crate::text::fold::push_spelling_key(&self.word_str(i), out);
                })
            })
            .get(self.text(), i)
    }

    /// Word `i` as a reader sees it ([`Document::word_str`]) in lower case
    /// (`str::to_lowercase`; apostrophes as written). Built once for all words, on first
    /// use, and borrowed from the source for the words already in lower case: the readers
    /// that compare words with lists of lower-case words ask this of most words, several
    /// times each.
    pub fn word_lower(&self, i: usize) -> &str {
        self.lower_cache
            .get_or_init(|| {
                WordKeys::build(self, |i, out| {
                    let w = self.word_str(i);
                    if w.is_ascii() {
                        out.push_str(&w);
                        out.make_ascii_lowercase();
                    } else {
                        out.push_str(&w.to_lowercase());
                    }
                })
            })
            .get(self.text(), i)
    }

    /// Word `i` follows its place in a results line ("1. Kiely 22:41; 2. Kelly 22:58"): a
    /// number of up to three digits, a full stop and one space before it, the number opening
    /// its block or line or following a colon or semicolon (not "since 2019. Anderson").
    pub fn after_rank(&self, i: usize) -> bool {
        // (Past the last word: a name found by its bytes, "Caf&eacute;", may start there.)
        let Some(n) = i.checked_sub(1).filter(|_| i < self.words.len()) else {
            return false;
        };
        let rank = &self.words[n];
        let text = self.text();
        rank.shape == Shape::Number
            && rank.block == self.words[i].block
            && rank.span.len() <= 3
            && text[rank.span.end()..self.words[i].span.start()] == *". "
            && (n == 0
                || self.words[n - 1].block != rank.block
                || text[self.words[n - 1].span.end()..rank.span.start()].contains([';', ':', '\n']))
    }

    /// Word `i` continues word `i - 1`: one word a reader sees, cut only by inline markup
    /// with nothing visible and no space in between — emphasis (`**c**hange`), inline HTML
    /// tags (`e<strong>X</strong>press`, `<b>D</b>irectory`), two links side by side
    /// (`[KnowBu](…)[llying](…)`), a link's text ending inside a word (`[… projec](…)t`) —
    /// or by editorial brackets (`[I]ndividuals`, `with[out]`). Each part keeps its own
    /// span; [`Document::joined`] gives the whole. Identifiers (`snake_case`) are one run and are not joined.
    pub fn continues_word(&self, i: usize) -> bool {
        let (Some(p), Some(w)) = (
            i.checked_sub(1).and_then(|p| self.words.get(p)),
            self.words.get(i),
        ) else {
            return false;
        };
        if p.block != w.block || p.span.end() >= w.span.start() {
            return false;
        }
        let text = self.text();
        let between = &text[p.span.end()..w.span.start()];
        // The common case, a space between words, at the cost of one character: a tag
        // between never starts or ends with white space.
        if between.starts_with(char::is_whitespace) || between.ends_with(char::is_whitespace) {
            return false;
        }
        // `[I]ndividuals`, `with[out]`: a bracketed letter or ending, no space around.
        let bracketed = (between == "]" && text[..p.span.start()].ends_with('['))
            || (between == "[" && text[w.span.end()..].starts_with(']'));
        // `[KnowBu](…)[llying](…)`: two links' texts side by side, one word on the page.
        // `[…projec](…)t`: a link's text that ends inside a word whose last letters follow
        // the link.
        let links = between.starts_with("](")
            && (between.ends_with(")[") || between.ends_with(')'))
            && !between.contains(char::is_whitespace);
        if bracketed || links {
            let alpha = |s: &str| s.chars().all(char::is_alphabetic);
            return alpha(self.slice(p.span)) && alpha(self.slice(w.span));
        }
        // Otherwise nothing in between may be prose: only emphasis or link marks, inline HTML
        // tags and invisible characters (a zero-width space, a byte-order mark, a soft
        // hyphen). Inside one run with no tag between, only the invisible ones: `_` there is
        // part of an identifier (`snake_case`), not markup.
        let run = self.runs.partition_point(|r| r.span.end() < p.span.end());
        let same_run = self
            .runs
            .get(run)
            .is_some_and(|r| r.span.end() >= w.span.end());
        let end = w.span.start();
        let mut at = p.span.end();
        let first_hole = self.holes.partition_point(|h| h.span.end() <= at);
        let mut holes = self.holes[first_hole..].iter().peekable();
        let mut tags = false;
        while at < end {
            if let Some(hole) = holes.next_if(|h| h.span.start() <= at) {
                if hole.kind != HoleKind::Html
                    || hole.span.end() > end
                    || !is_inline_tag(self.slice(hole.span))
                {
                    return false;
                }
                tags = true;
                at = at.max(hole.span.end());
                continue;
            }
            let next = holes.peek().map_or(end, |h| h.span.start().clamp(at, end));
            let markup = |c: char| matches!(c, '*' | '_' | '~' | '[' | ']');
            let invisible = |c: char| matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}');
            if next == at
                || !text[at..next]
                    .chars()
                    .all(|c| invisible(c) || (markup(c) && !same_run) || (markup(c) && tags))
            {
                return false;
            }
            at = next;
        }
        true
    }

    /// The words that make up the word a reader sees around word `i` (see
    /// [`Document::continues_word`]) and its text without the markup, when it is cut.
    pub fn joined(&self, i: usize) -> Option<(Range<usize>, String)> {
        let mut start = i;
        while start > 0 && self.continues_word(start) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.words.len() && self.continues_word(end) {
            end += 1;
        }
        if end - start < 2 {
            return None;
        }
        let text = (start..end).map(|j| self.word_str(j)).collect();
        Some((start..end, text))
    }

    /// The lines of every leaf block, in source order (built once, on first use).
    pub fn lines(&self) -> &[Line<'a>] {
        self.line_cache.get_or_init(|| {
            let mut out = Vec::new();
            for (id, b) in self.leaves() {
                self.block_lines(id, b, &mut out);
            }
            out
        })
    }

    fn block_lines(&self, id: BlockId, b: &Block, out: &mut Vec<Line<'a>>) {
        let text = self.text();
        let html = self.format == Format::Html;
        let mut line = LineAcc::default();
        let mut prev_end: Option<usize> = None;
        for run in &self.runs[b.runs()] {
            if let Some(end) = prev_end {
                // What lies between two runs: markup, masked text, or (HTML) a `<br>`.
                let gap = Span::new(end, run.span.start());
                let line_end = if html {
                    self.breaks_within(gap)
                } else {
                    text[gap.range()].contains(['\n', '\r'])
                };
                if line_end {
                    line.finish(id, self, out);
                } else {
                    line.between(self, gap);
                }
            }
            prev_end = Some(run.span.end());
            let piece = &text[run.span.range()];
            if html {
                line.push(run.span.start(), piece);
                continue;
            }
            let mut at = 0;
            for (i, c) in piece.char_indices() {
                if c == '\n' || c == '\r' {
                    line.push(run.span.start() + at, &piece[at..i]);
                    let crlf = c == '\r' && piece[i + 1..].starts_with('\n');
                    if !crlf {
                        line.finish(id, self, out);
                    }
                    at = i + 1;
                }
            }
            line.push(run.span.start() + at, &piece[at..]);
        }
        line.finish(id, self, out);
    }

    fn breaks_within(&self, gap: Span) -> bool {
        let i = self.breaks.partition_point(|b| b.start < gap.start);
        self.breaks.get(i).is_some_and(|b| b.end <= gap.end)
    }

    /// The index of the sentence holding word `w`: the first sentence that ends after it
    /// (`sentences.len()` past the last; sentences are in source order).
    pub fn sentence_index(&self, w: usize) -> usize {
        self.sentences
            .partition_point(|s| (s.words.end as usize) <= w)
    }

    /// The sentence holding word `w`.
    pub fn sentence_of(&self, w: usize) -> Option<&Sentence> {
        self.sentences
            .get(self.sentence_index(w))
            .filter(|s| (s.words.start as usize) <= w)
    }

    /// The indices of the words that start inside `span` (a line, a sentence).
    pub fn words_in(&self, span: Span) -> Range<usize> {
        let start = self
            .words
            .partition_point(|w| w.span.start() < span.start());
        let end = self.words.partition_point(|w| w.span.start() < span.end());
        start..end.max(start)
    }

    /// The words of a block.
    pub fn block_words(&self, id: BlockId) -> &[Word] {
        &self.words[self.blocks[id as usize].words()]
    }

    /// The prose span of a block: from its first run to its last (markup outside excluded).
    pub fn prose_span(&self, id: BlockId) -> Option<Span> {
        let runs = &self.runs[self.blocks[id as usize].runs()];
        Some(runs.first()?.span.cover(runs.last()?.span))
    }

    /// Whether a short paragraph is set in bold as a whole ("**The eight members**",
    /// `<p><strong>Members</strong></p>`): a title in all but name.
    pub fn bold_paragraph(&self, id: BlockId) -> bool {
        let b = &self.blocks[id as usize];
        let words = b.words();
        if b.kind != BlockKind::Paragraph || words.is_empty() || words.len() > 12 {
            return false;
        }
        let (first, last) = (self.words[words.start].span, self.words[words.end - 1].span);
        let before = self.text()[b.span.start()..first.start()].trim_end();
        // (The paragraph's span may end before its closing mark.)
        let after = self.text()[last.end()..].trim_start();
        let inside = &self.text()[first.start()..last.end()];
        let opens = ["**", "__", "<strong>", "<b>"]
            .iter()
            .any(|m| before.ends_with(m));
        let closes = ["**", "__", "</strong>", "</b>"]
            .iter()
            .any(|m| after.starts_with(m));
        opens && closes && !inside.contains("**") && !inside.contains("</")
    }

    /// The leaf blocks, in source order, that carry prose.
    pub fn leaves(&self) -> impl Iterator<Item = (BlockId, &Block)> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| !b.kind.is_container())
            .map(|(i, b)| (i as BlockId, b))
    }
}

/// An inline HTML element's start or end tag (`<b>`, `</strong>`, `<span class="x">`),
/// which can stand inside a word; a line break, image or block tag cannot.
fn is_inline_tag(tag: &str) -> bool {
    const INLINE: &[&str] = &[
        "a", "abbr", "b", "big", "cite", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
        "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
    ];
    let name = tag
        .trim_start_matches('<')
        .trim_start_matches('/')
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    tag.starts_with('<') && INLINE.iter().any(|t| t.eq_ignore_ascii_case(name))
}

/// A line being put together from pieces of runs.
#[derive(Default)]
struct LineAcc {
    text: String,
    /// Where the first and last visible characters are in the source.
    start: Option<usize>,
    end: usize,
    pieces: u32,
}

impl LineAcc {
    fn push(&mut self, at: usize, piece: &str) {
        if piece.is_empty() {
            return;
        }
        self.text.push_str(piece);
        self.pieces += 1;
        let trimmed = piece.trim_start();
        if !trimmed.is_empty() {
            if self.start.is_none() {
                self.start = Some(at + piece.len() - trimmed.len());
            }
            self.end = at + piece.trim_end().len();
        }
    }

    /// Masked text between runs: a placeholder for code and URLs, the character for an
    /// escape, nothing for tags and comments.
    fn between(&mut self, doc: &Document<'_>, gap: Span) {
        let i = doc.holes.partition_point(|h| h.span.start < gap.start);
        for h in doc.holes[i..].iter().take_while(|h| h.span.end <= gap.end) {
            match h.kind {
                HoleKind::Code | HoleKind::CodeBlock | HoleKind::Url | HoleKind::Email => {
                    self.text.push('\u{FFFC}');
                    self.pieces += 1;
                }
                HoleKind::Escape => {
                    let src = doc.slice(h.span);
                    match src.strip_prefix('\\') {
                        Some(rest) => self.text.push_str(rest),
                        None => self.text.push_str(&crate::text::entity::decode(src)),
                    }
                    self.pieces += 1;
                }
                HoleKind::Html | HoleKind::Comment | HoleKind::FrontMatter | HoleKind::Template => {
                }
            }
        }
    }

    fn finish<'a>(&mut self, block: BlockId, doc: &Document<'a>, out: &mut Vec<Line<'a>>) {
        let acc = std::mem::take(self);
        let Some(start) = acc.start else { return };
        let span = Span::new(start, acc.end.max(start));
        let decoded = if doc.format == Format::Html {
            crate::text::entity::decode(&acc.text)
        } else {
            Cow::Borrowed(acc.text.as_str())
        };
        let mut collapsed = String::with_capacity(decoded.len());
        for w in decoded.split(char::is_whitespace).filter(|w| !w.is_empty()) {
            if !collapsed.is_empty() {
                collapsed.push(' ');
            }
            collapsed.push_str(w);
        }
        let source = doc.slice(span);
        let text = if acc.pieces == 1 && collapsed == source {
            Cow::Borrowed(source)
        } else {
            Cow::Owned(collapsed)
        };
        if !text.is_empty() {
            out.push(Line { block, span, text });
        }
    }
}
