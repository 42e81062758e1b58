//! One parser per input format, each producing a [`Document`].

mod classify;
mod directives;
mod html;
mod markdown;
mod plain;
mod template;

use std::sync::LazyLock;

use crate::doc::build::RunIn;
use crate::doc::{BlockKind, DocBuilder, Document, Format, Gap, HoleKind, Needs};
use crate::source::SourceFile;
use crate::span::Span;

pub use template::PROSE_FIELDS;

static DEFAULT_FIELDS: LazyLock<Vec<String>> =
    LazyLock::new(|| PROSE_FIELDS.iter().map(|f| (*f).to_string()).collect());

/// Parses a source file in the given format, with everything the document model can build.
pub fn parse(source: &SourceFile, format: Format) -> Document<'_> {
    parse_for(source, format, Needs::ALL)
}

/// Parses a source file and builds what `needs` asks for beyond blocks, words and sentences.
pub fn parse_for(source: &SourceFile, format: Format, needs: Needs) -> Document<'_> {
    parse_with_fields(source, format, needs, &DEFAULT_FIELDS)
}

/// [`parse_for`], with the front matter fields read as prose (Markdown and HTML) named.
pub fn parse_with_fields<'s>(
    source: &'s SourceFile,
    format: Format,
    needs: Needs,
    prose_fields: &[String],
) -> Document<'s> {
    let mut doc = match format {
        Format::Plain => plain::parse(source),
        Format::Html => html::parse(source, prose_fields),
        Format::Markdown => markdown::parse(source, prose_fields),
    };
    // Built once, here, for every parser: the lists, the dateline, the quantities and the
    // dates.
    if needs.has(Needs::SERIES) {
        crate::doc::series::build(&mut doc);
    }
    if needs.has(Needs::DATELINE) {
        crate::doc::find_dateline(&mut doc);
    }
    if needs.has(Needs::QUANTITIES) {
        crate::doc::quantities::build(&mut doc);
    }
    if needs.has(Needs::DATES) {
        crate::doc::dates::build(&mut doc);
    }
    doc
}

/// Front matter at `fm`: masked, except the values of its prose fields, which become heading
/// blocks (the title level 1, the others level 2) with their exact spans. Headings, because a
/// summary is a line shown above the article: rules that expect a paragraph to end with a
/// full stop or a caption to stand alone (truncated-text, repeated-caption) leave them be.
fn front_matter(b: &mut DocBuilder<'_>, fm: Span, fields: &[String]) {
    if !fm.is_empty() {
        b.meta_mut().front_matter = Some(fm);
    }
    let mut at = fm.start();
    for (field, value) in template::prose_fields(b.text(), fm, fields) {
        b.hole(Span::new(at, value.start()), HoleKind::FrontMatter);
        let level = if field.eq_ignore_ascii_case("title") {
            1
        } else {
            2
        };
        b.leaf(
            BlockKind::Heading { level },
            value,
            &[RunIn {
                span: value,
                before: Gap::Space,
            }],
        );
        at = value.end();
    }
    b.hole(Span::new(at, fm.end()), HoleKind::FrontMatter);
}
