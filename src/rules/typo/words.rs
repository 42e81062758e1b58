//! Small word helpers of the `typo` rule: a possessive taken off, a correction in the case
//! of the word it replaces, a list of suggestions as prose.

use crate::doc::Shape;
use crate::spell::capitalise;

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
