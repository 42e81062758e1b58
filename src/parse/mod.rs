//! One parser per input format, each producing a [`Document`].

mod classify;
mod directives;
mod html;
mod markdown;
mod plain;

use crate::doc::{Document, Format};
use crate::source::SourceFile;

/// Parses a source file in the given format.
pub fn parse(source: &SourceFile, format: Format) -> Document<'_> {
    match format {
        Format::Plain => plain::parse(source),
        Format::Html => html::parse(source),
        Format::Markdown => markdown::parse(source),
    }
}
