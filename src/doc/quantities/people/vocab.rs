//! The words people are named with: sentence openers that are not names, titles and the
//! sex they tell, and the words of death and kinship that decide whose an age is.

use super::Gender;

/// The first word of a place's name that no person's name opens with ("Cape Horn", "Mount
/// Kenya", "Lake Geneva").
pub(super) fn place_head(w: &str) -> bool {
    matches!(
        w,
        "cape" | "mount" | "mt" | "lake" | "fort" | "gulf" | "isle" | "glacier" | "strait"
    )
}

/// A craft whose name follows it ("his ketch Gipsy Moth IV", "the liner Queen Mary").
pub(super) fn craft_noun(w: &str) -> bool {
    matches!(
        w,
        "ketch"
            | "yacht"
            | "ship"
            | "boat"
            | "liner"
            | "ferry"
            | "tanker"
            | "freighter"
            | "trawler"
            | "schooner"
            | "submarine"
            | "carrier"
            | "frigate"
            | "destroyer"
            | "spacecraft"
            | "capsule"
            | "module"
    )
}

/// Words that open a sentence or precede a name without being part of it.
pub(super) const NOT_NAMES: &[&str] = &[
    "a",
    "according",
    "after",
    "aged",
    "also",
    "an",
    "and",
    "as",
    "at",
    "before",
    "born",
    "both",
    "but",
    "by",
    "for",
    "former",
    "from",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "meanwhile",
    "of",
    "on",
    "our",
    "she",
    "since",
    "that",
    "the",
    "their",
    "then",
    "they",
    "this",
    "to",
    "today",
    "under",
    "we",
    "when",
    "while",
    "with",
    "yesterday",
];

/// Titles before a name, with the sex they tell.
const TITLES: &[(&str, Option<Gender>)] = &[
    ("mr", Some(Gender::Male)),
    ("mrs", Some(Gender::Female)),
    ("ms", Some(Gender::Female)),
    ("miss", Some(Gender::Female)),
    ("sir", Some(Gender::Male)),
    ("dame", Some(Gender::Female)),
    ("lord", Some(Gender::Male)),
    ("lady", Some(Gender::Female)),
    ("dr", None),
    ("prof", None),
    ("professor", None),
    ("president", None),
    ("senator", None),
    ("sen", None),
    ("rep", None),
    ("gov", None),
    ("governor", None),
    ("minister", None),
    ("judge", None),
    ("justice", None),
    ("mayor", None),
    ("gen", None),
    ("general", None),
    ("col", None),
    ("capt", None),
    ("captain", None),
    ("lt", None),
    ("sgt", None),
    ("rev", None),
    ("chancellor", None),
    ("coach", None),
    ("leader", None),
    ("premier", None),
    ("speaker", None),
    ("secretary", None),
    ("ambassador", None),
    ("commissioner", None),
    ("chairman", Some(Gender::Male)),
    ("chairwoman", Some(Gender::Female)),
    // Religious titles: "Cardinal Jorge Mario Bergoglio", "Rabbi Ada Stern".
    ("cardinal", Some(Gender::Male)),
    ("archbishop", None),
    ("bishop", None),
    ("rabbi", None),
    ("imam", Some(Gender::Male)),
    ("sheikh", Some(Gender::Male)),
    ("pastor", None),
];

pub(super) fn is_title(w: &str) -> bool {
    TITLES.iter().any(|(t, _)| *t == w)
}

/// The sex a title tells, if any.
/// A role a person can be referred back to by ("the king", "the vice president"): a title,
/// or a rank written before a name that is not an ordinary title.
pub(super) fn role_noun(w: &str) -> bool {
    is_title(w)
        || matches!(
            w,
            "pope"
                | "king"
                | "queen"
                | "prince"
                | "princess"
                | "emperor"
                | "cardinal"
                | "archbishop"
        )
}

/// A noun for what a person is, by its form or as a title: "activist", "striker",
/// "minister", "chairman".
pub(super) fn role_word(w: &str) -> bool {
    role_noun(w)
        || ["ist", "er", "or", "ant", "ent", "ian", "man", "woman"]
            .iter()
            .any(|s| w.len() > s.len() + 2 && w.ends_with(s))
}

/// Things an age phrase can be given to, not people: "the 75-year-old alliance", "the
/// 61-year-old band".
pub(super) fn thing_noun(w: &str) -> bool {
    matches!(
        w,
        "alliance"
            | "organisation"
            | "organization"
            | "bloc"
            | "treaty"
            | "union"
            | "league"
            | "company"
            | "firm"
            | "business"
            | "brand"
            | "band"
            | "group"
            | "party"
            | "club"
            | "team"
            | "charity"
            | "institution"
            | "church"
            | "newspaper"
            | "magazine"
            | "festival"
            | "tournament"
            | "event"
            | "show"
            | "series"
            | "tradition"
            | "law"
            | "building"
            | "bridge"
            | "dam"
            | "tower"
            | "stadium"
            | "ship"
            | "aircraft"
            | "plane"
            | "car"
            | "house"
            | "tree"
            | "station"
            | "museum"
            | "school"
            | "university"
            | "network"
            | "system"
            | "movement"
            | "campaign"
            | "programme"
            | "program"
            | "project"
            | "agency"
            | "government"
            | "regime"
            | "dynasty"
            | "monarchy"
            | "republic"
            | "war"
            | "conflict"
            | "dispute"
            | "rivalry"
            | "record"
            | "hospital"
            | "airport"
            | "cathedral"
            | "castle"
            | "palace"
            | "hotel"
            | "theatre"
            | "theater"
            | "film"
            | "song"
            | "album"
            | "novel"
    )
}

/// A quantifier that opens a sentence capitalised ("Some lawmakers …"), folded.
pub(super) fn quantifier(w: &str) -> bool {
    matches!(
        w,
        "some"
            | "many"
            | "several"
            | "most"
            | "few"
            | "other"
            | "others"
            | "all"
            | "each"
            | "such"
            | "these"
            | "those"
            | "both"
            | "any"
            | "every"
            | "no"
    )
}

pub(super) fn title_gender(w: &str) -> Option<Gender> {
    TITLES.iter().find(|(t, _)| *t == w).and_then(|(_, g)| *g)
}

/// Whether sentence `s` tells of a death: it has a [`death_word`].
pub(crate) fn tells_death(doc: &crate::doc::Document<'_>, s: usize) -> bool {
    doc.sentences.get(s).is_some_and(|t| {
        (t.words.start as usize..t.words.end as usize).any(|k| death_word(doc.word_lower(k)))
    })
}

/// Words that make a sentence about a death: the age in it is the age at death.
pub(super) fn death_word(w: &str) -> bool {
    matches!(
        w,
        "died" | "dies" | "dead" | "death" | "passed" | "killed" | "obituary"
    )
}

/// Words naming a relative: an age after one is the relative's ("whose father died at 81").
pub(super) fn kin_word(w: &str) -> bool {
    matches!(
        w,
        "father"
            | "mother"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "partner"
            | "widow"
            | "widower"
            | "child"
            | "grandson"
            | "granddaughter"
            | "grandfather"
            | "grandmother"
            | "nephew"
            | "niece"
            | "cousin"
            | "uncle"
            | "aunt"
            | "parents"
            | "whose"
    )
}

/// The gender of a relative's word, when it has one ("daughter", "widower").
pub(super) fn kin_gender(w: &str) -> Option<super::Gender> {
    use super::Gender::{Female, Male};
    match w {
        "father" | "son" | "husband" | "brother" | "widower" | "grandson" | "grandfather"
        | "nephew" | "uncle" => Some(Male),
        "mother" | "daughter" | "wife" | "sister" | "widow" | "granddaughter" | "grandmother"
        | "niece" | "aunt" => Some(Female),
        _ => None,
    }
}

/// The last words of the names of bodies, which a run of capitalised words ending in one
/// names, not a person ("Country Fire Authority", "Labour Party").
pub(super) const BODY_NOUNS: &[&str] = &[
    "agency",
    "airport",
    "army",
    "association",
    "authority",
    "bank",
    "brigade",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "department",
    "institute",
    "ministry",
    "museum",
    "office",
    "party",
    "police",
    "service",
    "union",
    "university",
];
