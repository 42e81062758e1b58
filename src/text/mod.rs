//! Text handling shared by the parsers and the rules: character classes, tokenising,
//! sentence ends, case folding.

pub mod cp1252;
pub mod date;
pub mod entity;
pub mod fold;
pub mod keyboard;
pub mod lexicon;
pub(crate) mod pattern_config;
pub mod patterns;
pub mod scan;
pub mod tokenize;

/// Combining marks that `char::is_alphanumeric` does not count as letters but that belong
/// inside a word (see [`fold::is_combining_mark`]).
pub fn is_mark(c: char) -> bool {
    fold::is_combining_mark(c)
}

/// Words a sentence does not end on: articles, possessive determiners, conjunctions and
/// the prepositions English does not leave stranded. "to", "with", "for", "from", "at",
/// "by" are left out on purpose: "the deal they had hoped for" ends a sentence.
pub const DANGLING: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "your",
    "our",
    "their",
    "its",
    "whose",
    "and",
    "or",
    "nor",
    "because",
    "although",
    "whether",
    "than",
    "of",
    "into",
    "onto",
    "amid",
    "during",
    "including",
    "via",
    "between",
    "among",
];

/// True when a line ending on `word` stops mid-sentence ("… at the").
pub fn is_dangling(word: &str) -> bool {
    let lower = word.to_lowercase();
    DANGLING.contains(&lower.as_str())
}

/// A character that can make up a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Apostrophes, straight and curly ([`fold::APOSTROPHES`], the one table).
pub fn is_apostrophe(c: char) -> bool {
    fold::is_apostrophe(c)
}

/// Hyphens that join the parts of a compound word.
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// True when two words are the same ignoring case (Unicode simple case folding via lowercase).
pub fn eq_ignore_case(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        return a.eq_ignore_ascii_case(b);
    }
    a.chars()
        .flat_map(char::to_lowercase)
        .eq(b.chars().flat_map(char::to_lowercase))
}

/// Number words from zero to nineteen, indexed by value.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens from twenty to ninety.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// " (did you mean `x`?)" when a candidate is close to `word`, else "".
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| format!(" (did you mean `{c}`?)"))
        .unwrap_or_default()
}
