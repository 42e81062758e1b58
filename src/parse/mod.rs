//! One parser per input format, each producing a [`Document`].

mod classify;
mod directives;
mod html;
mod markdown;
mod plain;
mod template;

use crate::doc::{Document, Format, Needs};
use crate::source::SourceFile;

/// Parses a source file in the given format, with everything the document model can build.
pub fn parse(source: &SourceFile, format: Format) -> Document<'_> {
    parse_for(source, format, Needs::ALL)
}

/// Parses a source file and builds what `needs` asks for beyond blocks, words and sentences.
pub fn parse_for(source: &SourceFile, format: Format, needs: Needs) -> Document<'_> {
    let mut doc = match format {
        Format::Plain => plain::parse(source),
        Format::Html => html::parse(source),
        Format::Markdown => markdown::parse(source),
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
