//! Every full name a text uses, for telling when a bare surname is ambiguous.

use crate::doc::Document;

use super::super::words::{name_like, sentence_at, spaced};
use super::vocab::is_title;
use super::{Person, joined, lower, person, year_old};

/// Every full name in the text: runs of two or three capitalised words (titles and
/// sentence openers stripped), as (given name, surname), folded.
pub(super) fn full_names(doc: &Document<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    // Three-word names: (first word, second word, surname).
    let mut led: Vec<(String, String, String)> = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        // (A headline capitalises its words: "Former Olympian Lindgren lines up" names no
        // "Olympian Lindgren" beside the story's "Sofia Lindgren".)
        if (!name_like(doc, i) && !is_title(&lower(doc, i)))
            || doc.blocks[doc.words[i].block as usize].kind.is_heading()
        {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < doc.words.len() && joined(doc, j) && name_like(doc, j + 1) {
            j += 1;
        }
        if j - i < 5
            && let Some(p) = person(doc, i, j)
            && let Some(g) = p.given
        {
            // Three words: the first may be a description ("Novelist Hugo Marsh").
            if let Some(m) = person(doc, i + 1, j).and_then(|m| m.given)
                && person(doc, i, j).is_some_and(|q| q.span.start() == doc.words[i].span.start())
            {
                led.push((g.clone(), m, p.surname.clone()));
            }
            out.push((g, p.surname));
        }
        i = j + 1;
    }
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    out.dedup();
    // "Novelist Hugo Marsh" opening a sentence, and "Hugo Marsh" elsewhere: the first word
    // describes him, and Marsh is one person, not two.
    let described: Vec<(String, String)> = led
        .iter()
        .filter(|(_, middle, surname)| out.iter().any(|(g, s)| g == middle && s == surname))
        .map(|(first, _, surname)| (first.clone(), surname.clone()))
        .collect();
    out.retain(|n| !described.contains(n));
    out
}

/// The unnamed person of "a 29-year-old woman" in the sentence before word `t` or in its
/// own sentence before it, when `noun` is "woman".
pub(super) fn aged_noun_before(doc: &Document<'_>, t: usize, noun: &str) -> Option<Person> {
    let s = sentence_at(doc, t);
    let from = doc.sentences.get(s.checked_sub(1)? as usize)?.words.start as usize;
    (from..t)
        .rev()
        .find(|&j| {
            year_old(&doc.word_str(j)).is_some() && spaced(doc, j) && lower(doc, j + 1) == noun
        })
        .map(|j| anonymous(doc, j))
}

/// A person named only by an age phrase ("the 38-year-old") at word `i`.
pub(super) fn anonymous(doc: &Document<'_>, i: usize) -> Person {
    Person {
        given: None,
        surname: format!("#{i}"),
        middle: None,
        gender: None,
        span: doc.words[i].span,
        relative: false,
    }
}
