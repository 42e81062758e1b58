//! `rules/claim-words.txt`: count nouns ("trio"), the plural nouns a counted apposition
//! uses ("the five Nordic countries, …") and the verbs that join a group to a counted
//! relation before a colon ("has six members: …"). Loaded once.

use std::sync::LazyLock;

use super::{data_lines, embedded};

#[derive(Default)]
struct Words {
    counts: Vec<(String, u32)>,
    collective: Vec<String>,
    have: Vec<String>,
    approx: Vec<String>,
    subset: Vec<String>,
    founding: Vec<String>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut w = Words::default();
    let Some(text) = embedded("rules/claim-words.txt") else {
        return w;
    };
    for (_, line) in data_lines(text) {
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next(), parts.next()) {
            (Some("count"), Some(word), Some(n)) => {
                if let Ok(n) = n.parse() {
                    w.counts.push((word.to_ascii_lowercase(), n));
                }
            }
            (Some("collective"), Some(word), None) => w.collective.push(word.to_ascii_lowercase()),
            (Some("have"), Some(word), None) => w.have.push(word.to_ascii_lowercase()),
            (Some("approx"), Some(word), None) => w.approx.push(word.to_ascii_lowercase()),
            (Some("subset"), Some(word), None) => w.subset.push(word.to_ascii_lowercase()),
            (Some("founding"), Some(word), None) => w.founding.push(word.to_ascii_lowercase()),
            _ => {}
        }
    }
    w
});

/// The number a count noun states: "trio" = 3, "pair" = 2.
pub fn count_noun(word: &str) -> Option<u32> {
    WORDS
        .counts
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// A plural noun a counted apposition may use: "countries", "states", "members".
pub fn is_collective(word: &str) -> bool {
    WORDS
        .collective
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// A verb joining a group to a counted relation: "has", "lists".
pub fn is_have(word: &str) -> bool {
    WORDS.have.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word before a count that makes it approximate: "than", "about".
pub fn is_approx(word: &str) -> bool {
    WORDS.approx.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A qualifier that names some of a group's current holders ("Nordic members", "other
/// members"): the list is a selection, still checked for names that do not belong.
pub fn is_subset(word: &str) -> bool {
    WORDS.subset.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word that names the founding members: "founding", "founders", "original".
pub fn is_founding(word: &str) -> bool {
    WORDS.founding.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    #[test]
    fn claim_words_load() {
        assert_eq!(super::count_noun("Trio"), Some(3));
        assert_eq!(super::count_noun("pair"), Some(2));
        assert!(super::is_collective("countries"));
        assert!(super::is_have("has"));
        assert!(!super::is_have("met"));
        assert!(super::is_approx("than"));
        assert!(super::is_subset("nordic"));
        assert!(!super::is_subset("former"));
        assert!(super::is_founding("Founding"));
    }
}
