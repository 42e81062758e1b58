//! Names at the end of a line, for the cut-off reader (part of [`super`]).

use crate::doc::{Document, Gap, Shape};

/// Whether word `last` closes a list of three names given to someone or something, of which
/// another is a name no word list has ("a kookaburra, an echidna and a platypus named Olly,
/// Millie and Syd"): coined names are whole as they stand, even when one begins a longer word
/// of the article ("Sydney"). (Not "France, Germany and Ita", whose other items are listed,
/// nor "in Hatay, Adiyaman and Kahramanm", which names no one.)
pub(super) fn closes_coined_names(doc: &Document<'_>, last: usize) -> bool {
    if last < 4
        || !matches!(doc.word_lower(last - 1), "and" | "or")
        || !matches!(doc.word_lower(last - 4), "named" | "called" | "dubbed")
    {
        return false;
    }
    let (a, b) = (last - 3, last - 2);
    let spaced = |k: usize| doc.words[k].gap == Gap::Space;
    let comma = doc.text()[doc.words[a].span.end()..doc.words[b].span.start()].trim() == ",";
    let capital = |k: usize| doc.words[k].shape == Shape::Capitalised;
    let coined = |k: usize| !crate::spell::accepted(doc.word_lower(k));
    spaced(a)
        && capital(a)
        && capital(b)
        && comma
        && spaced(last - 1)
        && spaced(last)
        && (coined(a) || coined(b))
}

/// Whether word `last` is a capital "A" that labels the name before it ("first place in
/// Group A", "Plan A"): whole, not an article cut off, nor "and" cut after "group".
pub(super) fn labels_name(doc: &Document<'_>, last: usize) -> bool {
    last > 0
        && doc.words[last].gap == Gap::Space
        && doc.word_str(last) == "A"
        && doc.words[last - 1].shape == Shape::Capitalised
}
