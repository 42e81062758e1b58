//! Ages told before their subject or at a past event: "Aged just 17, Park Min-jun broke …",
//! "In 2010, at the age of 30, Kerr became …", "Kim was 19 when she won …".

use crate::doc::Document;

use super::super::words::{between, lower, name_like, next_in_block, sentence_at, spaced, year};
use super::pronouns::pronoun_person;
use super::{Person, name_ending_at, name_starting_at};

/// An age that opens a clause before its subject: "Aged just 17, Park Min-jun broke …",
/// "In 2010, at the age of 30, Kerr became …". Word `i` is the number; returns the person
/// (the name after the comma), the first word of the age phrase, and whether the age is at
/// a past time its sentence dates ("at", "at the age of": kept only when one year dates
/// it) rather than now ("aged").
pub(super) fn age_before_subject(doc: &Document<'_>, i: usize) -> Option<(Person, usize, bool)> {
    if !next_in_block(doc, i) || between(doc, i).trim() != "," {
        return None;
    }
    let back = |n: usize| i.checked_sub(n).map(|k| lower(doc, k).into_owned());
    let (first, then) = match back(1)?.as_str() {
        "of" if back(2)?.as_str() == "age"
            && back(3)?.as_str() == "the"
            && back(4)?.as_str() == "at" =>
        {
            (i - 4, true)
        }
        "at" => (i - 1, true),
        "just" | "only" if back(2)?.as_str() == "aged" => (i - 2, false),
        _ => return None,
    };
    // The phrase opens its sentence or follows a fronted time ("In 2010, at …").
    let s = doc.sentences.get(sentence_at(doc, i) as usize)?;
    let opens = s.words.start as usize == first
        // Past a dateline: "Seoul (AP) - Aged just 17, …".
        || (first >= 1 && {
            let gap = between(doc, first - 1);
            gap.ends_with(' ') && matches!(gap.trim().chars().last(), Some('-' | '–' | '—'))
        })
        || (first >= 2
            && next_in_block(doc, first - 1)
            && between(doc, first - 1).trim() == ","
            && year(&doc.word_str(first - 1)).is_some());
    if !opens || !name_like(doc, i + 1) {
        return None;
    }
    let p = name_starting_at(doc, i + 1)?;
    // "At 29, Sofia Diaz is …" is read as an age now by `pronoun_age`; here "at" needs a
    // past verb after the name.
    let after = doc.words.partition_point(|w| w.span.end() <= p.span.end());
    let past = after < doc.words.len() && {
        let v = lower(doc, after);
        v.ends_with("ed")
            || matches!(
                v.as_ref(),
                "became"
                    | "won"
                    | "was"
                    | "broke"
                    | "made"
                    | "took"
                    | "left"
                    | "ran"
                    | "wrote"
                    | "began"
            )
    };
    if then && !past {
        return None;
    }
    Some((p, first, then))
}

/// An age at a past event told by "when": "Kim was 19 when she won …", "she was aged 30
/// when she founded …". Word `i` is the number; the person is the name or pronoun before
/// "was", returned with the index of the word "was" (where the quoted age starts).
pub(super) fn age_when(doc: &Document<'_>, i: usize) -> Option<(Person, usize)> {
    if !spaced(doc, i) || lower(doc, i + 1) != "when" {
        return None;
    }
    let mut was = i.checked_sub(1)?;
    if lower(doc, was) == "aged" && spaced(doc, was) {
        was = was.checked_sub(1)?;
    }
    if lower(doc, was) != "was" || was == 0 || !spaced(doc, was) || !spaced(doc, was - 1) {
        return None;
    }
    let subject = was - 1;
    let p = pronoun_person(doc, subject).or_else(|| name_ending_at(doc, subject))?;
    Some((p, was))
}
