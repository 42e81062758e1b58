//! Ages and births given through a pronoun: "She is 41 and lives in Munich", "At 55, he
//! still trains", "She was born on May 1, 1950" — for the person the sentence before is about.

use crate::doc::Document;

use super::super::words::{between, lower, next_in_block, spaced};
use super::{Gender, Person, antecedent_of};

/// The person a pronoun ("he", "she") at word `k` stands for: the one the sentence before
/// is about ([`antecedent`]), when no title of the other sex says otherwise.
pub(super) fn pronoun_person(doc: &Document<'_>, k: usize) -> Option<Person> {
    let gender = match lower(doc, k).as_str() {
        "he" => Gender::Male,
        "she" => Gender::Female,
        _ => return None,
    };
    let p = antecedent_of(doc, k, true)?;
    p.gender.is_none_or(|g| g == gender).then_some(p)
}

/// An age given now through a pronoun, for the person the sentence before is about: "She
/// is 41 and lives in Munich", "At 55, he still trains", "Still working at 71, he fires his
/// kiln". Word `i` is the number. "At 25, she moved to London" is an age at another time.
pub(super) fn pronoun_age(doc: &Document<'_>, i: usize) -> Option<Person> {
    let prev = lower(doc, i.checked_sub(1)?);
    if !spaced(doc, i - 1) {
        return None;
    }
    if prev == "is" && i >= 2 && spaced(doc, i - 2) {
        // "She is 41 and …", "He is 41." — not "she is 41st", "he is 41 points behind".
        let closes = !next_in_block(doc, i)
            || matches!(between(doc, i).trim(), "," | "." | ";")
            || (spaced(doc, i) && matches!(lower(doc, i + 1).as_str(), "and" | "but" | "now"));
        return if closes {
            pronoun_person(doc, i - 2)
        } else {
            None
        };
    }
    if prev != "at" || !next_in_block(doc, i) || between(doc, i).trim() != "," {
        return None;
    }
    let k = i + 1;
    if !spaced(doc, k) {
        return None;
    }
    // The verb after the pronoun must say now: "still", "is", "runs".
    let mut v = k + 1;
    if lower(doc, v) == "still" && spaced(doc, v) {
        return pronoun_person(doc, k);
    }
    if matches!(lower(doc, v).as_str(), "now" | "also") && spaced(doc, v) {
        v += 1;
    }
    let verb = lower(doc, v);
    let present = doc
        .words
        .get(v)
        .is_some_and(|w| w.shape == crate::doc::Shape::Lower)
        && (matches!(verb.as_str(), "is" | "has" | "remains")
            || (verb.len() > 3
                && verb.ends_with('s')
                && !verb.ends_with("ss")
                && !matches!(verb.as_str(), "was" | "does" | "always")));
    if present {
        pronoun_person(doc, k)
    } else {
        None
    }
}
