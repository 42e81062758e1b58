//! Text handling shared by the parsers and the rules: character classes, tokenising,
//! sentence ends, case folding.

pub mod cp1252;
pub mod credit;
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

/// A possessive "'s", with a straight or a curly apostrophe ("Italy's", "Italy’s").
pub fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("\u{2019}s")
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
/// The value of a number word of [`UNITS`] ("seven" → 7), as `UNITS.iter().position`
/// gives it: asked of nearly every word by the quantity readers, a `match` (by length, then
/// bytes) rules a word out without comparing it with each of the twenty.
pub fn unit_value(word: &str) -> Option<usize> {
    match word {
        "zero" => Some(0),
        "one" => Some(1),
        "two" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        "seven" => Some(7),
        "eight" => Some(8),
        "nine" => Some(9),
        "ten" => Some(10),
        "eleven" => Some(11),
        "twelve" => Some(12),
        "thirteen" => Some(13),
        "fourteen" => Some(14),
        "fifteen" => Some(15),
        "sixteen" => Some(16),
        "seventeen" => Some(17),
        "eighteen" => Some(18),
        "nineteen" => Some(19),
        _ => None,
    }
}

/// The index in [`TENS`] of a tens word ("forty" → 2), as `TENS.iter().position` gives it.
pub fn tens_index(word: &str) -> Option<usize> {
    match word {
        "twenty" => Some(0),
        "thirty" => Some(1),
        "forty" => Some(2),
        "fifty" => Some(3),
        "sixty" => Some(4),
        "seventy" => Some(5),
        "eighty" => Some(6),
        "ninety" => Some(7),
        _ => None,
    }
}

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

/// `s` without `prefix` at its start, compared ignoring case ("Kazakh" off "kazakhstan"
/// leaves "stan"); `None` when `s` does not start with it.
pub fn strip_prefix_ignore_case<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let mut it = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = it.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(it.next().map_or("", |(i, _)| &s[i..]))
}

/// The bag distance of two ASCII strings: the characters of one that the other lacks,
/// counted with repeats, whichever side has more. No edit script is shorter, so it bounds
/// Levenshtein's distance from below, in one pass instead of a table. 0 (no bound) when
/// either string is not ASCII.
pub fn bag_distance(a: &str, b: &str) -> usize {
    if !a.is_ascii() || !b.is_ascii() {
        return 0;
    }
    let mut count = [0i32; 128];
    for &c in a.as_bytes() {
        count[usize::from(c)] += 1;
    }
    for &c in b.as_bytes() {
        count[usize::from(c)] -= 1;
    }
    let (more, fewer) = count.iter().fold(
        (0, 0),
        |(m, f), &c| {
            if c > 0 { (m + c, f) } else { (m, f - c) }
        },
    );
    more.max(fewer) as usize
}

#[cfg(test)]
mod number_word_tests {
    use super::{TENS, UNITS, tens_index, unit_value};

    #[test]
    fn unit_value_and_tens_index_are_the_positions_in_the_lists() {
        for (i, u) in UNITS.iter().enumerate() {
            assert_eq!(unit_value(u), Some(i), "{u}");
        }
        for (i, t) in TENS.iter().enumerate() {
            assert_eq!(tens_index(t), Some(i), "{t}");
        }
        for w in [
            "",
            "Seven",
            "twenty-one",
            "hundred",
            "zeros",
            "ten ",
            "forty",
        ] {
            assert_eq!(unit_value(w), None, "{w}");
        }
        assert_eq!(tens_index("four"), None);
    }
}

#[cfg(test)]
mod bag_distance_tests {
    use super::bag_distance;

    #[test]
    fn the_bag_distance_never_exceeds_the_edit_distance() {
        let pairs = [
            (
                "China's President Hu Jintao, left, is followed by Russia's President Vladimir Putin",
                "Chinese President Hu Jintao, left, is followed by Russia's President Vladimir Putin",
            ),
            ("kitten", "sitting"),
            ("abc", "cba"),
            ("same", "same"),
            ("", "abc"),
            ("caf\u{e9} au lait", "cafe au lait"),
        ];
        for (a, b) in pairs {
            assert!(bag_distance(a, b) <= strsim::levenshtein(a, b), "{a} / {b}");
        }
        assert_eq!(bag_distance("kitten", "sitting"), 3);
        assert_eq!(bag_distance("abc", "cba"), 0);
    }
}
