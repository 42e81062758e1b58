//! `rules/claim-words.txt`: count nouns ("trio"), the plural nouns a counted apposition
//! uses ("the five Nordic countries, …") and the verbs that join a group to a counted
//! relation before a colon ("has six members: …"). Loaded once.

use std::sync::LazyLock;

use super::groups::Role;
use super::{data_lines, embedded};

#[derive(Default)]
struct Words {
    counts: Vec<(String, u32)>,
    collective: Vec<String>,
    have: Vec<String>,
    approx: Vec<String>,
    subset: Vec<String>,
    founding: Vec<String>,
    /// (noun, role, founders): "observers" = observer.
    relations: Vec<(String, Role, bool)>,
    heads: Vec<String>,
    relation_mods: Vec<(String, Role)>,
    /// (modifier, group id, context word).
    implying: Vec<(String, String, String)>,
    partitive: Vec<String>,
    among: Vec<String>,
    postmod: Vec<String>,
    additions: Vec<String>,
    temporal: Vec<String>,
    documents: Vec<String>,
    status: Vec<String>,
}

fn role(word: &str) -> Option<Role> {
    Some(match word {
        "member" => Role::Member,
        "observer" => Role::Observer,
        "partner" => Role::Partner,
        "candidate" => Role::Candidate,
        "associate" => Role::Associate,
        _ => return None,
    })
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
            (Some("relation"), Some(word), Some("founders")) => {
                w.relations
                    .push((word.to_ascii_lowercase(), Role::Member, true));
            }
            (Some("relation"), Some(word), Some(r)) => {
                if let Some(r) = role(r) {
                    w.relations.push((word.to_ascii_lowercase(), r, false));
                }
            }
            (Some("head"), Some(word), None) => w.heads.push(word.to_ascii_lowercase()),
            (Some("relation-mod"), Some(word), Some(r)) => {
                if let Some(r) = role(r) {
                    w.relation_mods.push((word.to_ascii_lowercase(), r));
                }
            }
            (Some("group-word"), Some(word), Some(group)) => {
                if let Some(context) = parts.next() {
                    w.implying.push((
                        word.to_ascii_lowercase(),
                        group.to_string(),
                        context.to_ascii_lowercase(),
                    ));
                }
            }
            (Some("partitive"), Some(word), None) => w.partitive.push(word.to_ascii_lowercase()),
            (Some("among"), Some(word), None) => w.among.push(word.to_ascii_lowercase()),
            (Some("postmod"), Some(word), None) => w.postmod.push(word.to_ascii_lowercase()),
            (Some("addition"), Some(word), None) => w.additions.push(word.to_ascii_lowercase()),
            (Some("temporal"), Some(word), None) => w.temporal.push(word.to_ascii_lowercase()),
            (Some("document"), Some(word), None) => w.documents.push(word.to_ascii_lowercase()),
            (Some("status"), Some(word), None) => w.status.push(word.to_ascii_lowercase()),
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

/// A word in a list item's note that gives the item a standing of its own ("Venezuela
/// (suspended since 2016)"): the writer has said where it stands.
pub fn is_status(word: &str) -> bool {
    WORDS.status.iter().any(|w| w.eq_ignore_ascii_case(word))
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

/// A plural noun naming a relation on its own: "observers" = (observer, false); "founders"
/// = (member, true), the founding members.
pub fn relation_noun(word: &str) -> Option<(Role, bool)> {
    WORDS
        .relations
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, r, f)| (r, f))
}

/// A plural noun whose relation the word before it sets: "states", "countries".
pub fn is_head(word: &str) -> bool {
    WORDS.heads.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The relation a word before a head noun sets: "observer" (states) = observer.
pub fn relation_modifier(word: &str) -> Option<Role> {
    WORDS
        .relation_mods
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|&(_, r)| r)
}

/// The group a role noun's modifier names, and the word that must be written shortly
/// before the list for it to: "permanent" = ("unsc-p5", "council").
pub fn group_word(word: &str) -> Option<(&'static str, &'static str)> {
    WORDS
        .implying
        .iter()
        .find(|(w, _, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, g, c)| (g.as_str(), c.as_str()))
}

/// A word that, before "of the", makes a list a selection: "some of the members — …".
/// "Among its 13 observers are …": a preposition before a counted role noun that makes the
/// list a selection of them.
pub fn is_among(word: &str) -> bool {
    WORDS.among.iter().any(|w| w.eq_ignore_ascii_case(word))
}

pub fn is_partitive(word: &str) -> bool {
    WORDS.partitive.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word after a role noun that opens a phrase qualifying it: "exempt" (from the cuts).
pub fn is_postmod(word: &str) -> bool {
    WORDS.postmod.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word after a role noun that adds members its count leaves out: "plus" (the EU).
pub fn is_addition(word: &str) -> bool {
    WORDS.additions.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A word before a group's name that moves it off the article's date: "previous", "next".
pub fn is_temporal(word: &str) -> bool {
    WORDS.temporal.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A group's document that can state its membership: "charter", "treaty".
pub fn is_document(word: &str) -> bool {
    WORDS.documents.iter().any(|w| w.eq_ignore_ascii_case(word))
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
        assert_eq!(
            super::relation_noun("Observers"),
            Some((super::Role::Observer, false))
        );
        assert_eq!(
            super::relation_noun("founders"),
            Some((super::Role::Member, true))
        );
        assert!(super::is_head("countries"));
        assert_eq!(
            super::relation_modifier("dialogue"),
            Some(super::Role::Partner)
        );
        assert_eq!(super::group_word("permanent"), Some(("unsc-p5", "council")));
        assert!(super::is_partitive("several"));
        assert!(super::is_among("Among"));
        assert!(super::is_postmod("exempt"));
        assert!(super::is_addition("plus"));
        assert!(super::is_temporal("previous"));
        assert!(super::is_document("charter"));
    }
}
