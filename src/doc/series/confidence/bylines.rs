//! Bylines and emphasis in the series reader (part of [`super`]): a person's name beside a
//! post or an office, names and titles in ordinary capitalised words, and bold or italic
//! text that ends inside a list.

use super::Words;
use crate::doc::series::Series;
use crate::doc::{Document, Shape};

/// Capitalised words that head the name of a post or an office.
const OFFICES: &[&str] = &[
    "chief",
    "director",
    "administrator",
    "manager",
    "officer",
    "secretary",
    "president",
    "division",
    "office",
    "service",
    "services",
    "department",
    "agency",
    "bureau",
    "center",
    "centre",
    "museum",
    "institute",
    "administration",
    "council",
    "committee",
    "commission",
    "board",
    "university",
    "foundation",
    "association",
];

/// An item with a capitalised word that heads a post or an office ("Chief", "Web Services
/// Division", "National Museum of …").
pub(super) fn office(doc: &Document<'_>, span: crate::span::Span, w: &Words<'_, '_>) -> bool {
    let (a, b) = w.range(span.start(), span.end());
    (a..b).any(|k| {
        doc.words[k].shape == Shape::Capitalised
            && OFFICES.contains(&doc.word_text(k).to_lowercase().as_str())
    })
}

/// An item that reads as a person's name: two or three capitalised words, the last no
/// ordinary lower-case word ("Judy Jaffie", "Peter Lund", "Shannon McHarg").
pub(super) fn person(doc: &Document<'_>, span: crate::span::Span, w: &Words<'_, '_>) -> bool {
    let (a, b) = w.range(span.start(), span.end());
    let name_only = |k: usize| {
        crate::spell::lookup(&doc.word_text(k).to_lowercase())
            .is_none_or(|e| !e.lower_in(crate::spell::Dialect::Either) || e.title_only())
    };
    (a + 2..=a + 3).contains(&b)
        && (a..b).all(|k| matches!(doc.words[k].shape, Shape::Capitalised | Shape::Mixed))
        && !OFFICES.contains(&doc.word_text(a).to_lowercase().as_str())
        && name_only(b - 1)
        // (A possessive is a thing's owner: "Russia's Roscosmos".)
        && !(a..b).any(|k| crate::text::is_possessive(doc.word_text(k)))
}

/// Whether emphasis (Markdown `*`/`_`, HTML `<b>`, `<strong>`, `<em>`, `<i>`) begins or ends
/// between word `i - 1` and word `i`.
fn emphasis_at(doc: &Document<'_>, i: usize) -> bool {
    let words = &doc.words;
    if i == 0 || i >= words.len() || words[i - 1].block != words[i].block {
        return false;
    }
    let gap = doc.text()[words[i - 1].span.end()..words[i].span.start()].to_ascii_lowercase();
    gap.contains(['*', '_'])
        || [
            "<b>", "</b>", "<strong", "</strong", "<em>", "</em>", "<i>", "</i>",
        ]
        .iter()
        .any(|t| gap.contains(t))
}

/// Whether emphasis that opened before the list closes after one of its items but the last:
/// "**Treat this as an agile, iterative project** and report back", "**… by Peer
/// Training**, Maroya Faied and Shannon McHarg" — the bold text is one phrase and the "and"
/// after it is not the list's. (A list in emphasis, or items each in emphasis, are lists.)
pub(super) fn crosses_emphasis(doc: &Document<'_>, s: &Series, w: &Words<'_, '_>) -> bool {
    let ranges: Vec<(usize, usize)> = s
        .items
        .iter()
        .map(|i| w.range(i.span.start(), i.span.end()))
        .collect();
    // An item before the last whose end closes emphasis that did not open at its start.
    ranges[..ranges.len().saturating_sub(1)]
        .iter()
        .any(|&(x, y)| y > x && emphasis_at(doc, y) && !emphasis_at(doc, x))
}

/// An item written in capitalised ordinary words ("Drug Administration", "Rural Affairs",
/// "Tech Lead"), with small function words between them: part of a name or a title, where
/// a person's given name, a place or a coined name is not an ordinary word.
pub(in crate::doc::series) fn ordinary_title(
    doc: &Document<'_>,
    span: crate::span::Span,
    w: &Words<'_, '_>,
) -> bool {
    let (a, b) = w.range(span.start(), span.end());
    let mut capitals = 0;
    for k in a..b {
        let word = doc.word_text(k);
        let lower = word.to_lowercase();
        if doc.words[k].shape == Shape::Lower {
            if !matches!(lower.as_str(), "of" | "for" | "on" | "the" | "in" | "to") {
                return false;
            }
            continue;
        }
        // An acronym among the words: "Agricultural and SPS Affairs", "Chief Deputy of OSI".
        if doc.words[k].shape == Shape::AllCaps {
            continue;
        }
        if doc.words[k].shape != Shape::Capitalised
            || crate::data::given_names::given_name_group(&crate::text::fold::name_key(word))
                .is_some()
            || !crate::spell::lookup(&lower)
                .is_some_and(|e| e.lower_in(crate::spell::Dialect::Either) && !e.title_only())
        {
            return false;
        }
        capitals += 1;
    }
    capitals > 0
}
