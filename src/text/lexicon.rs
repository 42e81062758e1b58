//! Closed classes of English words, each listed once. The document model and the rules ask
//! for a class by name; a rule that needs a narrower or wider set says so beside its use.
//! Every list is lower case (compare the word's spelling key or its lower-case text).

/// Function words: prepositions, conjunctions, auxiliaries and modals, determiners and
/// possessives, and the pronouns `it` and `we`. They never open or make up a lower-case list
/// item on their own ("with or without", "by contract or otherwise"), and doubled they are a
/// slip even when capitalised ("The The").
pub const FUNCTION_WORDS: &[&str] = &[
    "with",
    "without",
    "by",
    "for",
    "from",
    "to",
    "in",
    "into",
    "on",
    "at",
    "as",
    "than",
    "of",
    "not",
    "nor",
    "and",
    "or",
    "but",
    "so",
    "otherwise",
    "whether",
    "either",
    "neither",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "can",
    "could",
    "will",
    "would",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "the",
    "a",
    "an",
    "its",
    "their",
    "our",
    "his",
    "her",
    "this",
    "these",
    "those",
    "such",
    "any",
    "all",
    "each",
    "every",
    "it",
    "we",
];

/// Finite auxiliaries and modals: a stretch of text that holds one is a clause with its own
/// verb.
pub const FINITE_AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "does", "did",
];

/// The other auxiliary forms: infinitive and participles of "be", and "do".
pub const NON_FINITE_AUXILIARIES: &[&str] = &["be", "been", "being", "do"];

/// An auxiliary or modal, finite or not.
pub fn is_auxiliary(word: &str) -> bool {
    FINITE_AUXILIARIES.contains(&word) || NON_FINITE_AUXILIARIES.contains(&word)
}

/// Where a person stands in a photo: "Hu Jintao, left,", "Putin (centre)".
pub const PHOTO_POSITIONS: &[&str] = &[
    "left",
    "right",
    "centre",
    "center",
    "middle",
    "top",
    "bottom",
    "front",
    "back",
    "rear",
    "foreground",
    "background",
];

/// Words that qualify a photo position: "second left", "far right", "standing centre".
pub const PHOTO_POSITION_MODIFIERS: &[&str] = &[
    "second", "third", "fourth", "far", "top", "bottom", "front", "back", "rear", "centre",
    "center", "standing", "seated", "sitting",
];

/// A photo position or a word that qualifies one.
pub fn is_photo_position_word(word: &str) -> bool {
    PHOTO_POSITIONS.contains(&word) || PHOTO_POSITION_MODIFIERS.contains(&word)
}

/// Pairs of words that tell two photos of a pair apart: "before" and "after" one event,
/// "the larger of the two statues" and "the smaller", "the northern tower" and "the
/// southern".
const CONTRASTS: &[(&str, &str)] = &[
    ("before", "after"),
    ("larger", "smaller"),
    ("bigger", "smaller"),
    ("largest", "smallest"),
    ("biggest", "smallest"),
    ("older", "younger"),
    ("oldest", "youngest"),
    ("elder", "younger"),
    ("upper", "lower"),
    ("higher", "lower"),
    ("inner", "outer"),
    ("north", "south"),
    ("east", "west"),
    ("northern", "southern"),
    ("eastern", "western"),
];

/// Whether two words are the two sides of a contrast in [`CONTRASTS`], either way round.
pub fn contrasting(a: &str, b: &str) -> bool {
    CONTRASTS
        .iter()
        .any(|&(x, y)| (a == x && b == y) || (a == y && b == x))
}

/// Short words that title case leaves in lower case ("Case and Point", "Deal Dead For All
/// Intents and Purposes").
pub const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to",
    "with", "vs",
];

/// An ordinal word ("first", "second" … "tenth", "last", "final", "opening"): captions that
/// differ only in one show two moments of a series.
pub(crate) fn ordinal(w: &str) -> bool {
    matches!(
        w,
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "last"
            | "final"
            | "opening"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_is_lower_case_and_without_repeats() {
        for list in [
            FUNCTION_WORDS,
            FINITE_AUXILIARIES,
            NON_FINITE_AUXILIARIES,
            PHOTO_POSITIONS,
            PHOTO_POSITION_MODIFIERS,
            TITLE_SMALL_WORDS,
        ] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(*w, w.to_lowercase());
                assert!(seen.insert(w), "`{w}` twice");
            }
        }
        assert!(is_auxiliary("been") && is_auxiliary("must") && !is_auxiliary("said"));
        assert!(is_photo_position_word("second") && is_photo_position_word("left"));
    }
}
