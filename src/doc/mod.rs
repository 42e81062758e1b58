//! The document model: what every rule reads.
//!
//! A [`Document`] is built once per file by one of the parsers in [`crate::parse`]. It
//! borrows the source text and holds flat vectors — blocks, words, sentences, holes — where
//! each block keeps index ranges into the others, so "the words of this caption" is a slice.
//! Every span is a byte range into the original text.

pub(crate) mod build;
mod dateline;
pub mod series;

use std::ops::Range;

pub(crate) use build::DocBuilder;

use crate::source::SourceFile;
use crate::span::Span;
pub use crate::text::tokenize::Shape;
pub use series::{
    Claim, ClaimSource, Conjunction, GroupMention, ItemKind, LeadIn, NoteKind, Series, SeriesItem,
    SeriesKind, StatedCount,
};

use crate::text::date::Date;

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
                "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
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
}

/// Facts about the document as a whole.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// The article's date from front matter (`date: 2012-06-07`), as written.
    pub date: Option<String>,
    /// A date written near the top of the article ("June 7, 2012", "BEIJING, 7 June 2012
    /// (Reuters) -"), with where it is.
    pub dateline: Option<(Date, Span)>,
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
    pub meta: Meta,
    /// Every list, in source order (see [`series`]).
    pub series: Vec<Series>,
    /// Every group named in the text, in source order.
    pub group_mentions: Vec<GroupMention>,
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

    /// The words of a block.
    pub fn block_words(&self, id: BlockId) -> &[Word] {
        &self.words[self.blocks[id as usize].words()]
    }

    /// The prose span of a block: from its first run to its last (markup outside excluded).
    pub fn prose_span(&self, id: BlockId) -> Option<Span> {
        let runs = &self.runs[self.blocks[id as usize].runs()];
        Some(runs.first()?.span.cover(runs.last()?.span))
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
