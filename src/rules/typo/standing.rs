//! Correct words read from their form or from where they stand, on evidence the lists
//! cannot give: an "-oes" plural of a listed "-o" noun ("siloes"), a verb and its particle
//! written solid as a noun ("the rollup", "a signup"), the end of a word cut by a character
//! reference ("m&#243;viles"), and a surname that happens to be a known misspelling of a
//! lower-case word, where the text shows a person's name ("Kaitlin Devine", "Markey, R.").

use super::{Checker, strip_possessive};
use crate::doc::Shape;
use crate::span::Span;
use crate::spell::{self, Dialect};
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::tokenize;

/// Particles that close up with a verb into a noun ("rollup", "signup", "pushback",
/// "buildout", "handoff"). Not "in" or "on": "goin", "sayin" are dropped letters of the
/// "-ing" form, which the verb has too.
const PARTICLES: &[&str] = &["up", "out", "off", "down", "back", "over", "away"];

/// Words before a verb, not a noun: "to signup", "you can signup", "please signup" are the
/// verb written solid, which wants its space.
const VERB_CUES: &[&str] = &[
    "to", "will", "would", "can", "could", "should", "must", "may", "might", "please", "i", "you",
    "we", "they", "he", "she", "cannot", "can't", "don't", "didn't", "doesn't", "won't", "let's",
    "please,",
];

/// Only white space, inside one paragraph (a line break of a wrapped line counts).
fn is_space(between: &str) -> bool {
    !between.is_empty() && between.chars().all(char::is_whitespace)
}

/// In a list in lower case (any dialect).
fn lower(w: &str) -> bool {
    spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either))
}

/// A lower-case unknown word that is the "-oes" plural of a listed "-o" noun whose "-os"
/// plural is listed too ("siloes" beside "silo", "silos"): English gives many such nouns
/// both plurals ("mosquitoes", "mosquitos"), the lists only one. Not the other way round:
/// "potatos" and "echos" are slips of the listed "-oes" forms.
pub(super) fn oes_plural(key: &str) -> bool {
    let Some(singular) = key.strip_suffix("es") else {
        return false;
    };
    singular.len() >= 3
        && singular.ends_with('o')
        && lower(singular)
        && lower(&format!("{singular}s"))
        && !lower(key)
}

/// The word is a listed verb (it has a listed "-ing" form) and one of [`PARTICLES`] closed
/// up ("rollup": `roll` + `up`, "signups": `sign` + `ups`), and no listed word is one edit
/// from it (a slip always has one). `key` is folded.
pub(super) fn particle_compound(key: &str) -> bool {
    let key = key
        .strip_suffix('s')
        .filter(|k| k.ends_with("up"))
        .unwrap_or(key);
    PARTICLES.iter().any(|p| {
        key.strip_suffix(p)
            .is_some_and(|verb| verb.chars().count() >= 3 && verb_form(verb))
    }) && spell::candidates(key, 1, Dialect::Either).is_empty()
}

/// A listed word with a listed "-ing" form: "rolling", "signing", "dropping", "making".
fn verb_form(w: &str) -> bool {
    if !lower(w) {
        return false;
    }
    let last = w.chars().last().unwrap_or('e');
    lower(&format!("{w}ing"))
        || lower(&format!("{w}{last}ing"))
        || w.strip_suffix('e')
            .is_some_and(|s| lower(&format!("{s}ing")))
}

/// The word at `span` begins right after a character reference for a letter
/// ("m&#243;viles", "espa&ntilde;ol"): it is the end of a word, not a word of its own.
pub(super) fn after_letter_reference(text: &str, span: Span) -> bool {
    let before = &text[..span.start()];
    if !before.ends_with(';') {
        return false;
    }
    // References are short: "&#243;", "&ntilde;", "&#x00F3;".
    let from = before.len().saturating_sub(12);
    let Some(amp) = before
        .get(from..)
        .and_then(|tail| tail.rfind('&'))
        .map(|i| from + i)
    else {
        return false;
    };
    crate::text::entity::decode_at(&text[amp..])
        .is_some_and(|(c, len)| amp + len == span.start() && c.is_alphabetic())
}

/// A capitalised word in no list ("Pressley", "Macken") or listed only as a name
/// ("Kaitlin", "Stephanie"), but not a nationality or place adjective ("European",
/// "Canadian", "Spanish"), which stands before common nouns ("European Commision").
fn person_name(w: &str) -> bool {
    let w = strip_possessive(w);
    if tokenize::shape(w) != Shape::Capitalised {
        return false;
    }
    let mut key = String::new();
    fold_into(w, &mut key);
    match spell::lookup(&key) {
        None => !spell::accepted(&key),
        Some(e) => e.title_only() && !demonym(&key),
    }
}

/// "european", "american", "canadian", "brazilian", "chinese", "spanish": a listed name
/// with a nationality ending whose stem (with "a" or "e" put back) is a listed name.
fn demonym(key: &str) -> bool {
    const ENDINGS: &[&str] = &["ian", "ean", "an", "n", "ese", "ish"];
    ENDINGS.iter().any(|end| {
        key.strip_suffix(end).is_some_and(|stem| {
            stem.len() >= 3
                && ["", "a", "e", "ia"].iter().any(|tail| {
                    spell::lookup(&format!("{stem}{tail}")).is_some_and(|e| e.title_only())
                })
        })
    })
}

impl Checker<'_, '_> {
    /// A lower-case verb and particle closed up ([`particle_compound`]) where a noun
    /// stands: not right after "to", a modal or a subject pronoun ("the rollup" is a noun,
    /// "you can signup" the verb written solid).
    pub(super) fn particle_noun(&self, text: &str) -> bool {
        let mut key = String::new();
        fold_into(text, &mut key);
        if !particle_compound(&key) {
            return false;
        }
        !self.previous().is_some_and(|(w, between)| {
            is_space(between) && VERB_CUES.iter().any(|c| c.eq_ignore_ascii_case(w))
        })
    }

    /// A capitalised known misspelling whose corrections are all lower-case words
    /// ("Devine": `divine`; not "Willams": `Williams`, a name) in a person's name: after a
    /// given name ("Kaitlin Devine", "David Brower"), before a surname ("Lieve Macken"),
    /// or written as a cited author, surname then initial ("Markey, R.").
    pub(super) fn surname_position(&self, span: Span, fixes: &[String]) -> bool {
        let mut key = String::new();
        let name_fix = fixes.iter().any(|f| {
            fold_into(f, &mut key);
            spell::lookup(&key).is_none_or(|e| !e.lower_in(Dialect::Either))
        });
        if name_fix {
            return false;
        }
        self.person_position(span)
    }

    /// The capitalised word at `span` (the word being checked) stands beside a person's
    /// name, with only a space between, or before ", X." (a cited author's initial).
    pub(super) fn person_position(&self, span: Span) -> bool {
        let after_given = self
            .previous()
            .is_some_and(|(w, between)| is_space(between) && person_name(w));
        let before_surname = self.next().is_some_and(person_name);
        let rest = self.text[span.end()..].as_bytes();
        let initial_after = rest.len() >= 4
            && rest[0] == b','
            && rest[1] == b' '
            && rest[2].is_ascii_uppercase()
            && rest[3] == b'.';
        after_given || before_surname || initial_after
    }
}
