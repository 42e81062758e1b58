//! Unit tests of the word lists, lookups and suggestion ranking.

use super::*;
use fst::Streamer;

fn fold(w: &str) -> String {
    let mut s = String::new();
    crate::text::fold::spelling_key_into(w, &mut s);
    s
}

#[test]
fn membership_is_by_folded_form() {
    assert!(lookup("support").is_some_and(|e| e.lower_in(Dialect::Either)));
    assert!(lookup(&fold("Beijing")).is_some_and(Entry::cased));
    assert!(lookup(&fold("don’t")).is_some());
    assert!(lookup("suport").is_none());
    assert!(lookup("colour").is_some_and(|e| e.other_dialect_only(Dialect::Us)));
    assert!(lookup("color").is_some_and(|e| e.other_dialect_only(Dialect::Gb)));
}

#[test]
fn accept_only_lists_take_size_95_and_software_terms_but_not_slips() {
    // Size 95, far from any common word; software terms; never suggested.
    for w in [
        "workshopping",
        "swappable",
        "nginx",
        "hardcode",
        "templated",
        "readme",
    ] {
        assert!(accepted(w), "{w} should be accepted");
        assert!(
            lookup(w).is_none(),
            "{w} must stay out of the suggestion list"
        );
    }
    // Size-95 words one slip from a far more common word stay unknown.
    for w in ["millenium", "changable", "identifer", "brower", "columbo"] {
        assert!(!accepted(w), "{w} is a slip of a common word");
    }
}

#[test]
fn known_misspellings_have_corrections() {
    let fixes: Vec<_> = misspelling("goverment").unwrap().collect();
    assert_eq!(fixes, ["government"]);
    assert!(misspelling("government").is_none());
}

#[test]
fn candidates_are_ranked_by_distance_then_frequency() {
    let c = candidates("suport", 2, Dialect::Either);
    assert_eq!(c[0].word, "support");
    let c = candidates("recieve", 2, Dialect::Either);
    assert_eq!((c[0].word.as_str(), c[0].distance), ("receive", 1));
    assert!(candidates("xqzvkw", 1, Dialect::Either).is_empty());
}

#[test]
fn one_edit_candidates_are_ranked_by_how_a_hand_slips() {
    // A key far from the one meant loses to a dropped letter, a neighbouring key to two
    // swapped letters, however common the other word.
    for (typed, meant) in [
        ("punds", "pounds"),
        ("tssue", "tissue"),
        ("lfower", "flower"),
        ("casinso", "casinos"),
    ] {
        assert_eq!(
            candidates(typed, 2, Dialect::Either)[0].word,
            meant,
            "{typed}"
        );
    }
    assert_eq!(slip_cost(b"teh", b"the"), 0);
    assert!(slip_cost(b"funds", b"fumds") < slip_cost(b"funds", b"fuzds"));
    // A letter left out or struck twice costs no more than two swapped; one left out
    // of a pair less; a neighbouring key more.
    assert_eq!(slip_cost(b"forcs", b"forces"), 0);
    assert_eq!(slip_cost(b"transfeer", b"transfer"), 0);
    assert!(slip_cost(b"potery", b"pottery") < 0);
    assert!(slip_cost(b"forcs", b"force") > 0);
    for (typed, meant) in [
        ("forcs", "forces"),
        ("explorr", "explorer"),
        ("saing", "saying"),
    ] {
        assert_eq!(
            candidates(typed, 2, Dialect::Either)[0].word,
            meant,
            "{typed}"
        );
    }
}

#[test]
fn known_misspellings_rank_their_corrections_as_slips() {
    let ranked = |typed: &str| {
        let mut fixes: Vec<String> = misspelling(typed).unwrap().map(String::from).collect();
        rank_corrections(typed, &mut fixes, Dialect::Either);
        fixes
    };
    // Two letters swapped before one left out; the common word before the rare one.
    assert_eq!(ranked("increaes")[0], "increase");
    assert_eq!(ranked("equatin")[0], "equation");
    // A word one slip away before corrections two edits away, or before a listed
    // correction much less likely; but not before a listed one misspelt by ear.
    assert_eq!(ranked("commuincate")[0], "communicate");
    assert_eq!(ranked("businesss")[0], "business");
    assert_eq!(ranked("persue"), ["pursue"]);
    assert_eq!(ranked("goverment"), ["government"]);
}

#[test]
fn candidates_match_a_brute_force_scan() {
    // The automaton must find exactly what comparing with every listed word finds: one
    // edit anywhere, two after the same first letter.
    let mut stream = WORDS.stream();
    let mut all = Vec::new();
    while let Some((k, v)) = stream.next() {
        // The automaton counts bytes, the check characters: compare on ASCII words.
        if Entry(v).frequency() > 0 && Entry(v).lower_in(Dialect::Either) && k.is_ascii() {
            all.push(String::from_utf8(k.to_vec()).unwrap());
        }
    }
    for q in ["suport", "govenment", "kazahk", "teh", "abotu", "mision"] {
        let mut want: Vec<&str> = all
            .iter()
            .filter(|w| {
                let d = strsim::osa_distance(q, w);
                w.as_str() != q && (d <= 1 || (d == 2 && w.as_bytes()[0] == q.as_bytes()[0]))
            })
            .map(String::as_str)
            .collect();
        want.sort_unstable();
        let mut got: Vec<String> = candidates(q, 2, Dialect::Either)
            .into_iter()
            .filter(|c| c.word.chars().all(|ch| !ch.is_uppercase()))
            .map(|c| c.word)
            .collect();
        got.sort_unstable();
        assert_eq!(got, want, "{q}");
    }
}

#[test]
fn dialect_spellings_map_both_ways() {
    assert_eq!(
        dialect_spelling("organise", Dialect::Us).as_deref(),
        Some("organize")
    );
    assert_eq!(
        dialect_spelling("colour", Dialect::Us).as_deref(),
        Some("color")
    );
    assert_eq!(
        dialect_spelling("color", Dialect::Gb).as_deref(),
        Some("colour")
    );
    assert_eq!(
        dialect_spelling("traveled", Dialect::Gb).as_deref(),
        Some("travelled")
    );
    assert_eq!(
        dialect_spelling("centre", Dialect::Us).as_deref(),
        Some("center")
    );
    assert_eq!(dialect_spelling("colour", Dialect::Either), None);
}
