//! Every full name a text uses, for telling when a bare surname is ambiguous.

use crate::doc::Document;

use super::super::words::{between, name_like, next_in_block, sentence_at, spaced};
use super::vocab::{is_title, role_noun};
use super::{Person, lower, name_starting_at, person, year_old};
use crate::doc::Shape;

/// Every full name in the text: runs of two or three capitalised words (titles and
/// sentence openers stripped), as (given name, surname, where first used), folded; one
/// entry per name, sorted by surname.
pub(super) fn full_names(doc: &Document<'_>) -> Vec<(String, String, usize)> {
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
        // ("Qualifier Raducanu wins U.S. Open": a common noun that is never a name, before a
        // surname, describes the person; it is no given name of a second Raducanu.)
        // ("Eighteen-year-old Swedish climate activist …": an age, no given name.)
        let described = (j == i + 1 && crate::spell::common_only(&lower(doc, i)))
            || year_old(&doc.word_str(i)).is_some();
        if j - i < 5
            && !described
            && let Some(p) = person(doc, i, j)
            && let Some(g) = p.given
        {
            // Three words: the first may be a description ("Novelist Hugo Marsh").
            if let Some(m) = person(doc, i + 1, j).and_then(|m| m.given)
                && person(doc, i, j).is_some_and(|q| q.span.start() == doc.words[i].span.start())
            {
                led.push((g.clone(), m, p.surname.clone()));
            }
            out.push((g, p.surname, p.span.start()));
        }
        i = j + 1;
    }
    out.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)).then(a.2.cmp(&b.2)));
    out.dedup_by(|b, a| a.0 == b.0 && a.1 == b.1);
    // "Novelist Hugo Marsh" opening a sentence, and "Hugo Marsh" elsewhere: the first word
    // describes him, and Marsh is one person, not two.
    let described: Vec<(String, String)> = led
        .iter()
        .filter(|(_, middle, surname)| out.iter().any(|(g, s, _)| g == middle && s == surname))
        .map(|(first, _, surname)| (first.clone(), surname.clone()))
        .collect();
    out.retain(|(g, s, _)| !described.iter().any(|(dg, ds)| dg == g && ds == s));
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

/// The one person the article names right after the words `first..=last` written as a
/// title ("King Charles" for "king", "Vice President JD Vance" for "vice president"), when
/// those words end in a role ([`role_noun`]).
pub(super) fn titled(doc: &Document<'_>, first: usize, last: usize) -> Option<Person> {
    if !role_noun(&lower(doc, last)) {
        return None;
    }
    let n = last + 1 - first;
    let mut found: Option<Person> = None;
    for k in n..doc.words.len() {
        let j = k - n;
        // (Initials before the name: "Vice President JD Vance".)
        let initials = doc.words[k].shape == Shape::AllCaps
            && doc.words[k].span.len() <= 3
            && k + 1 < doc.words.len()
            && joined(doc, k)
            && name_like(doc, k + 1);
        if !(name_like(doc, k) || initials)
            || doc.words[j].shape != Shape::Capitalised
            || !(j..k).all(|m| joined(doc, m) && lower(doc, m) == lower(doc, first + m - j))
        {
            continue;
        }
        let Some(p) = name_starting_at(doc, k + usize::from(initials)) else {
            continue;
        };
        if !one_person(&mut found, p) {
            return None;
        }
    }
    found
}

/// Keeps the first person found; false when `p` is another (by surname), and the answer is
/// no one.
fn one_person(found: &mut Option<Person>, p: Person) -> bool {
    if let Some(f) = found {
        return f.surname == p.surname;
    }
    *found = Some(p);
    true
}

/// The person a role phrase ending at word `last` refers back to: "the king", "the vice
/// president" (after "the", at most three lower-case words), as [`titled`] finds them, or
/// as [`described`] does.
pub(super) fn role_ending_at(doc: &Document<'_>, last: usize) -> Option<Person> {
    if doc.words[last].shape != Shape::Lower {
        return None;
    }
    let mut first = last;
    while first > 0
        && last - first < 2
        && spaced(doc, first - 1)
        && doc.words[first - 1].shape == Shape::Lower
        && lower(doc, first - 1) != "the"
    {
        first -= 1;
    }
    if first == 0 || !spaced(doc, first - 1) || lower(doc, first - 1) != "the" {
        return None;
    }
    // (The mention is the role phrase here, not the titled name elsewhere.)
    let span = doc.words[first - 1].span.cover(doc.words[last].span);
    // (Or the noun the article puts before one person's name: "The playwright, 63," for
    // "Playwright Vaclav Havel".)
    (first..=last)
        .find_map(|from| titled(doc, from, last))
        .or_else(|| described(doc, last))
        .map(|p| Person { span, ..p })
}

/// The person an age phrase with a role after it stands for ("The 38-year-old vice
/// president told …": the one person named "Vice President …"), or with a noun the article
/// puts before one person's name ("The 80-year-old former dictator": "dictator Augusto
/// Pinochet"); word `i` is the age.
pub(super) fn aged_role(doc: &Document<'_>, i: usize) -> Option<Person> {
    let mut end = i;
    while end < i + 3 && spaced(doc, end) && doc.words[end + 1].shape == Shape::Lower {
        end += 1;
    }
    let titled_role = (i + 1..=end)
        .rev()
        .find(|&k| role_noun(&lower(doc, k)))
        .and_then(|last| (i + 1..=last).find_map(|from| titled(doc, from, last)));
    titled_role.or_else(|| (i + 1..=end).rev().find_map(|k| described(doc, k)))
}

/// The one person the article describes elsewhere with word `k`'s noun right before the
/// name ("The 80-year-old former dictator" and "former Chilean dictator Augusto
/// Pinochet"); none when it so describes two.
fn described(doc: &Document<'_>, k: usize) -> Option<Person> {
    let noun = lower(doc, k);
    if noun.len() < 4 || doc.words[k].shape != Shape::Lower {
        return None;
    }
    let mut found: Option<Person> = None;
    for j in 0..doc.words.len().saturating_sub(1) {
        if j == k || !spaced(doc, j) || !name_like(doc, j + 1) || lower(doc, j) != noun {
            continue;
        }
        let Some(p) = name_starting_at(doc, j + 1).filter(|p| p.given.is_some()) else {
            continue;
        };
        if !one_person(&mut found, p) {
            return None;
        }
    }
    found
}

/// Whether words `k` and `k + 1` belong to one name: a space between, or "Mr. Smith".
pub(super) fn joined(doc: &Document<'_>, k: usize) -> bool {
    if !next_in_block(doc, k) {
        return false;
    }
    // A name does not run over a line end ("Name: Ana Kovac" over "Date of birth: …").
    if spaced(doc, k) {
        return !between(doc, k).contains(['\n', '\r']);
    }
    // ("Randolph A. Hearst": a middle initial.)
    let initial = {
        let w = doc.word_str(k);
        w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    between(doc, k) == ". " && (initial || is_title(&lower(doc, k)))
}
