//! Small word helpers of the `typo` rule: a possessive taken off, a correction in the case
//! of the word it replaces, a list of suggestions as prose, a known misspelling's
//! corrections in order, a doubled-consonant variant.

use crate::doc::Shape;
use crate::spell::{self, Dialect, capitalise};

/// The word without a possessive `'s`: "China's" → "China", "Annan’s" → "Annan".
pub(super) fn strip_possessive(word: &str) -> &str {
    if !matches!(word.as_bytes().last(), Some(b's' | b'S')) {
        return word;
    }
    for suffix in ["'s", "’s", "ʼs", "'S", "’S"] {
        if let Some(body) = word.strip_suffix(suffix)
            && !body.is_empty()
        {
            return body;
        }
    }
    word
}

/// A correction in the case of the word it replaces.
pub(super) fn recase(fix: &str, shape: Shape) -> String {
    match shape {
        Shape::Capitalised => capitalise(fix),
        Shape::AllCaps => fix.to_uppercase(),
        _ => fix.to_string(),
    }
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`".
pub(super) fn or_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// A word of the accept-only list that doubles a final `t` or `s` before "-ing" or "-ed"
/// ("combatting", "benefitting", "focussed"): a variant spelling dictionaries give beside
/// the single letter, though the misspelling lists correct it.
pub(super) fn doubled_variant(key: &str) -> bool {
    ["tting", "tted", "ssing", "ssed"].iter().any(|end| {
        key.strip_suffix(end)
            .is_some_and(|stem| stem.len() >= 4 && stem.ends_with(|c: char| "aeiou".contains(c)))
    }) && spell::accepted(key)
}

/// A known misspelling's corrections, the closest to the word as typed first ("revoluiton":
/// `revolution`, then `revolutions`). A plural correction of a word that does not end in
/// `s` is preceded by its singular when that is closer and listed ("treatmet": `treatment`,
/// then `treatments`): the misspelling lists give one form where the slip fits either.
/// Ranked as [`spell::rank_corrections`] ranks them.
pub(super) fn closest_first<'a>(
    typed: &str,
    fixes: impl Iterator<Item = &'a str>,
    dialect: Dialect,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for fix in fixes {
        if let Some(one) = fix.strip_suffix('s')
            && !typed.ends_with('s')
            && strsim::osa_distance(typed, one) < strsim::osa_distance(typed, fix)
            && spell::lookup(one).is_some()
            && !out.iter().any(|f| f == one)
        {
            out.push(one.to_string());
        }
        if !out.iter().any(|f| f == fix) {
            out.push(fix.to_string());
        }
    }
    spell::rank_corrections(typed, &mut out, dialect);
    out
}
