//! The age at a death told in a sentence: "Grant died at 81", "Mercury died aged 48 of
//! bronchial pneumonia", for the person named before it.

use crate::doc::Document;
use crate::text::fold::name_key as fold;

use super::super::words::{between, lower, name_like, next_in_block, spaced};
use super::vocab::{death_word, kin_word};
use super::{Person, age_closed, aside_end, name_starting_at};

/// The age at death (word `i`) for the person `p` named before it in the sentence: a death
/// word between, no relative and no other full name.
pub(super) fn death_age(
    doc: &Document<'_>,
    i: usize,
    age: u32,
    p: Person,
) -> Option<(Person, u32)> {
    let name_end = doc.words.partition_point(|w| w.span.end() <= p.span.end());
    if name_end >= i {
        return None;
    }
    let words: Vec<String> = (name_end..i).map(|k| lower(doc, k).into_owned()).collect();
    // "whose father died at 81" is the father's age; "whose songs were played at weddings,
    // died … at 83" closes its clause before the death and is the person's own.
    let whose_closed = |at: usize| {
        let comma = (name_end + at + 1..i).find(|&k| between(doc, k - 1).contains(','));
        let death = (name_end + at + 1..i).find(|&k| death_word(&words[k - name_end]));
        matches!((comma, death), (Some(c), Some(d)) if c <= d)
    };
    // ("Prince Philip, Queen Elizabeth's husband, dies at 97": a kin word in a
    // description set off after the name is what the person is.)
    let aside = aside_end(doc, name_end, i);
    let described = aside > name_end && !matches!(words[0].as_str(), "who" | "whose");
    let kin = words.iter().enumerate().any(|(at, w)| {
        kin_word(w) && (w != "whose" || !whose_closed(at)) && !(described && name_end + at < aside)
    });
    if !words.iter().any(|w| death_word(w)) || kin {
        return None;
    }
    // No other person between: "Smith said Jane Doe died at 81".
    // ("across West Africa", "in New Delhi", "at Windsor Castle", "the kitchens of County
    // Clare": a name after a preposition of place or "of" is a place or a thing;
    // "the Nobel Prize" a thing, "the first Latin American pope" an adjective.)
    // (Each name from its first word: "Catholic Church" inside "the Roman Catholic Church"
    // is no name of its own.)
    // ("Karl Ek, Sven Dahl's lawyer, said Dahl died at 79": a surname named in the aside
    // is someone else after it too.)
    let in_aside: Vec<String> = (name_end..aside)
        .filter(|&k| name_like(doc, k))
        .map(|k| {
            let w = doc.word_str(k);
            fold(w.trim_end_matches("'s").trim_end_matches("’s"))
        })
        .collect();
    let other = (aside..i).any(|k| {
        name_like(doc, k)
            && !(k > name_end && spaced(doc, k - 1) && name_like(doc, k - 1))
            && !(k > name_end
                && spaced(doc, k - 1)
                && matches!(
                    lower(doc, k - 1).as_ref(),
                    "across"
                        | "at"
                        | "in"
                        | "throughout"
                        | "around"
                        | "near"
                        | "outside"
                        | "the"
                        | "first"
                        | "of"
                ))
            && name_starting_at(doc, k).is_some_and(|q| {
                q.surname != p.surname && (q.given.is_some() || in_aside.contains(&q.surname))
            })
    });
    // The age closes its phrase ("aged 81.", "at 81, his family said", "at 81 on Tuesday",
    // "aged 48 of bronchial pneumonia", "at the age of 84 with his daughters at his side",
    // "at 93 without having been convicted").
    let closes = !next_in_block(doc, i)
        || age_closed(doc, i, false)
        || (spaced(doc, i)
            && matches!(
                lower(doc, i + 1).as_str(),
                "on" | "in"
                    | "at"
                    | "after"
                    | "following"
                    | "last"
                    | "this"
                    | "from"
                    | "of"
                    | "with"
                    | "without"
            ));
    (!other && closes).then_some((p, age))
}
