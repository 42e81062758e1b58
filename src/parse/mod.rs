//! One parser per input format, each producing a [`Document`].

mod directives;
mod markdown;
mod plain;

use crate::doc::{Document, Format};
use crate::source::SourceFile;

/// Parses a source file in the given format.
pub fn parse(source: &SourceFile, format: Format) -> Document<'_> {
    match format {
        // HTML articles get their own parser in a later change; until then their text is
        // read as plain text so nothing is silently skipped.
        Format::Plain | Format::Html => plain::parse(source),
        Format::Markdown => markdown::parse(source),
    }
}
