//! Short lines and pieces of lines in another language than the document's: a bilingual
//! glossary's entries ("Completo, extensivo, amplio"), and the pieces of a line that is only
//! partly in that language ("Enviar o remitir; **avoid** the loan word from English").

use whatlang::Lang;

use super::{
    Language, MIN_BLOCK_WORDS, MIN_CONFIDENCE, MIN_DOCUMENT_WORDS, SAMPLE_BYTES, is_english_marker,
};
use crate::doc::Document;
use crate::span::Span;

/// Lower-case words no English list has, among an English document's short lines, before
/// they are given to the detector as a language of their own ([`short_lines`]).
const MIN_UNLISTED_WORDS: usize = 4;

/// The most short lines judged one by one in a document (a glossary has a few hundred).
const MAX_SHORT_LINES: usize = 2_000;

/// Lines too short for [`MIN_BLOCK_WORDS`], outside the passages already found, in the
/// language of a bilingual document's other passages ("Completo, extensivo, amplio.
/// **Avoid** comprensivo" in a glossary): a line of two words or more with no English
/// function word, which the detector, choosing between English and that language, gives to
/// the other. The other language is `other` (that of the document's foreign blocks) or,
/// failing that, what the detector is sure of when given all such lines of the document
/// together ([`MIN_DOCUMENT_WORDS`] or more words); an English document's short lines
/// ("Meeting notes", "Related links") read together as English, and none is judged.
pub(super) fn short_lines(
    doc: &Document<'_>,
    foreign: &[(Span, Language)],
    other: Option<Language>,
) -> Vec<(Span, Language)> {
    let inside = |span: Span| {
        foreign
            .iter()
            .any(|(s, _)| s.start <= span.start && span.start < s.end)
    };
    // A candidate: a line of two to seven words, no English function word, outside the
    // passages found; its words one space apart.
    let candidate = |line: &crate::doc::Line<'_>| {
        if inside(line.span) {
            return None;
        }
        // Most lines are long or have a function word: ruled out before anything is copied.
        let words = || {
            line.text
                .split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
        };
        let mut n = 0;
        for w in words() {
            n += 1;
            if n >= MIN_BLOCK_WORDS || is_english_marker(w) {
                return None;
            }
        }
        (n >= 2).then(|| (line.span, words().collect::<Vec<_>>().join(" ")))
    };
    // Judged once, read twice below.
    let candidates: Vec<(Span, String)> = doc.lines().iter().filter_map(candidate).collect();
    let other = other.or_else(|| pooled_language(candidates.iter().map(|(_, t)| t.as_str())));
    let Some(other) = other else {
        return Vec::new();
    };
    let detector = whatlang::Detector::with_allowlist(vec![Lang::Eng, other.0]);
    candidates
        .into_iter()
        .take(MAX_SHORT_LINES)
        .filter(|(_, text)| detector.detect(text).is_some_and(|i| i.lang() == other.0))
        .map(|(span, _)| (span, other))
        .collect()
}

/// Whether `at` is inside one of `spans`.
pub(super) fn within(spans: &[(Span, Language)], at: u32) -> bool {
    spans.iter().any(|(s, _)| s.start <= at && at < s.end)
}

/// The language of an English document's short lines read together when it is not English: at least [`MIN_DOCUMENT_WORDS`] words, of which at least
/// [`MIN_UNLISTED_WORDS`] lower-case ones the English lists lack, and the detector sure of
/// a language other than English.
fn pooled_language<'t>(texts: impl Iterator<Item = &'t str>) -> Option<Language> {
    let mut pooled = String::new();
    for t in texts {
        pooled.push_str(t);
        pooled.push(' ');
        if pooled.len() > SAMPLE_BYTES {
            break;
        }
    }
    if pooled.split(' ').count() < MIN_DOCUMENT_WORDS {
        return None;
    }
    // Evidence of another language: lower-case words the English lists lack. Lines of
    // names and abbreviations ("Fri 9 Jan: Japan v Iran", a fixture list) have none,
    // and the detector, given them, names some language all the same.
    let unlisted = pooled
        .split(' ')
        .filter(|w| w.len() >= 3 && w.starts_with(|c: char| c.is_lowercase()))
        .filter(|w| crate::spell::lookup(&w.to_lowercase()).is_none())
        .count();
    if unlisted < MIN_UNLISTED_WORDS {
        return None;
    }
    // The likeliest language other than English, then English against it: a few
    // English words among short lines make the detector unsure of any one language.
    let likeliest = whatlang::Detector::with_denylist(vec![Lang::Eng]).detect(&pooled)?;
    whatlang::Detector::with_allowlist(vec![Lang::Eng, likeliest.lang()])
        .detect(&pooled)
        .filter(|i| i.lang() != Lang::Eng && i.confidence() >= MIN_CONFIDENCE)
        .map(|i| Language(i.lang()))
}

/// Function words of the Romance and Germanic languages English copy cites most that are
/// no English words: in an English document, a piece of a line is given to another
/// language only with one of them or a letter English does not write.
const OTHER_MARKERS: &[&str] = &[
    "al", "con", "das", "de", "del", "della", "des", "di", "du", "el", "en", "et", "il", "la",
    "las", "le", "les", "los", "mit", "o", "para", "por", "que", "und", "una", "von", "y",
];

/// Marks that part a line into pieces a glossary gives one by one: "seno; pecho; mama (this
/// word is considered offensive by some)", "ingresar (a una cuenta o página de sitio web)".
const PART_MARKS: &[char] = &[';', ':', '(', ')', '[', ']', '–', '—'];

/// The pieces of lines in another language than English `other` though the line is not: a
/// line (one of those `judged`) parted by [`PART_MARKS`] into pieces, some with an English
/// function word and some without ("seno; pecho; mama (this word …)", "Solicitar o
/// postular; less desirable is the Anglicism"). A line's pieces with none are read
/// together, and given to `other` when two or more of their words are in no English list
/// (one of them lower-case) and the detector, choosing between English and `other`, says
/// `other`. In an English document (`marked`) the pieces must also hold a function word of
/// another language or a letter English does not write ([`OTHER_MARKERS`]): a list of
/// slips ("backgound, recruite, vaccuum") reads to the detector as Spanish too. With no
/// `other` (an English document with no passage in another language), no piece is judged:
/// in an English article, the pieces of a line are English ("the budgett (see annex)").
pub(super) fn glossed_parts(
    doc: &Document<'_>,
    judged: impl Fn(u32) -> bool,
    other: Option<Language>,
    marked: bool,
) -> Vec<(Span, Language)> {
    let Some(other) = other else {
        return Vec::new();
    };
    let detector = whatlang::Detector::with_allowlist(vec![Lang::Eng, other.0]);
    let text = doc.text();
    let unlisted =
        |i: usize| doc.word_text(i).len() >= 3 && crate::spell::lookup(doc.word_key(i)).is_none();
    let mut out = Vec::new();
    for line in doc.lines().iter().take(MAX_SHORT_LINES) {
        let words = doc.words_in(line.span);
        if !judged(line.span.start) || words.is_empty() {
            continue;
        }
        // The line's pieces as word ranges, parted where the text between two words holds
        // a mark.
        let mut pieces: Vec<std::ops::Range<usize>> = Vec::new();
        let mut start = words.start;
        for i in words.clone().skip(1) {
            let (a, b) = (doc.words[i - 1].span.end(), doc.words[i].span.start());
            if a <= b && text[a..b].contains(PART_MARKS) {
                pieces.push(start..i);
                start = i;
            }
        }
        if pieces.is_empty() {
            // One piece: the line as a whole, which `short_lines` judges.
            continue;
        }
        pieces.push(start..words.end);
        // Pieces with no English function word; of those, the ones with a word no English
        // list has are judged, read together.
        pieces.retain(|r| r.clone().all(|i| !is_english_marker(doc.word_text(i))));
        let mark = pieces.iter().flat_map(Clone::clone).any(|i| {
            let w = doc.word_text(i);
            OTHER_MARKERS.contains(&w) || w.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
        });
        pieces.retain(|r| r.clone().any(unlisted));
        let found = pieces
            .iter()
            .flat_map(Clone::clone)
            .filter(|&i| unlisted(i));
        let (n, lower) = found.fold((0, false), |(n, lower), i| {
            (
                n + 1,
                lower || doc.word_text(i).starts_with(char::is_lowercase),
            )
        });
        if n < 2 || !lower || (marked && !mark) {
            continue;
        }
        let mut sample = String::new();
        for i in pieces.iter().flat_map(Clone::clone) {
            sample.push_str(&doc.word_str(i));
            sample.push(' ');
        }
        if !detector
            .detect(&sample)
            .is_some_and(|i| i.lang() == other.0)
        {
            continue;
        }
        for r in pieces {
            let (first, last) = (doc.words[r.start].span, doc.words[r.end - 1].span);
            if first.start() <= last.end() {
                out.push((Span::new(first.start(), last.end()), other));
            }
        }
    }
    out
}
