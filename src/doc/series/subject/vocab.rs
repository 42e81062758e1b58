//! The words the subject reader knows: counts ("six", "27-member"), modifiers, group
//! nouns, lead-in phrases, governing words and qualifiers.

use crate::data::groups::{GroupId, Role};
use crate::span::Span;

/// A number word or numeral: "six", "27", "twenty-seven".
pub(super) fn count_value(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    let l = w.to_ascii_lowercase();
    if let Some(n) = crate::text::UNITS.iter().position(|u| *u == l) {
        return Some(n as u32);
    }
    let (tens, unit) = l.split_once('-').unwrap_or((l.as_str(), ""));
    let t = crate::text::TENS.iter().position(|x| *x == tens)? as u32 * 10 + 20;
    if unit.is_empty() {
        return Some(t);
    }
    let u = crate::text::UNITS[1..10].iter().position(|x| *x == unit)? as u32 + 1;
    Some(t + u)
}

/// "six-nation", "27-member", "five-country": a count used as an adjective.
pub(super) fn count_adjective(w: &str) -> Option<u32> {
    let l = w.to_ascii_lowercase();
    let (n, noun) = l.rsplit_once('-')?;
    matches!(
        noun,
        "nation" | "member" | "country" | "state" | "strong" | "party" | "nations" | "members"
    )
    .then(|| count_value(n))
    .flatten()
}

/// Modifiers that leave the role as it is ("its full members", "the current members").
pub(super) const PLAIN_MODIFIERS: &[&str] = &[
    "all",
    "full",
    "current",
    "present",
    "permanent",
    "official",
    "formal",
    "existing",
    "the",
    "fellow",
    "constituent",
];

/// Nouns that name a group without naming which one ("the alliance, made up of …").
pub(super) const GROUP_NOUNS: &[&str] = &[
    "alliance",
    "bloc",
    "group",
    "grouping",
    "organisation",
    "organization",
    "union",
    "club",
    "body",
    "pact",
    "network",
    "forum",
    "community",
    "council",
    "partnership",
    "coalition",
    "association",
    "federation",
    "league",
    "cartel",
];

/// What a predicate after a list says: the role, the group if named, past tense.
pub(super) type Trailing = (Role, Option<(GroupId, Span)>, bool);

/// A lead-in phrase ("consisting of", "such as", "are").
#[derive(Debug)]
pub(super) struct Lead {
    pub words: &'static [&'static str],
    /// The list names every member ("consisting of"), not some ("such as").
    pub exhaustive: bool,
    /// In the past tense ("consisted of", "were").
    pub past: bool,
    /// Needs a role noun or a group before it ("members are"), as a bare verb does.
    pub needs_subject: bool,
}

impl Lead {
    const fn new(
        words: &'static [&'static str],
        exhaustive: bool,
        past: bool,
        needs_subject: bool,
    ) -> Self {
        Lead {
            words,
            exhaustive,
            past,
            needs_subject,
        }
    }
}

/// Words between a group and the lead-in after it ("ECOWAS has now shrunk to 12 members").
pub(super) const BEFORE_LEAD: &[&str] = &[
    "is",
    "are",
    "has",
    "have",
    "now",
    "currently",
    "still",
    "also",
];

/// Words between a group and its lead-in read first: "the SCO, which consists of", "the
/// G7 is made up of".
pub(super) const VERB_WORDS: &[&str] = &[
    "which",
    "that",
    "who",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "now",
    "currently",
    "still",
    "also",
];

pub(super) const LEADS: &[Lead] = &[
    Lead::new(&["consisting", "of"], true, false, false),
    Lead::new(&["consists", "of"], true, false, false),
    Lead::new(&["consisted", "of"], true, true, false),
    Lead::new(&["made", "up", "of"], true, false, false),
    Lead::new(&["composed", "of"], true, false, false),
    Lead::new(&["comprised", "of"], true, false, false),
    Lead::new(&["comprising"], true, false, false),
    Lead::new(&["comprises"], true, false, false),
    Lead::new(&["comprise"], true, false, false),
    Lead::new(&["brings", "together"], true, false, false),
    Lead::new(&["bringing", "together"], true, false, false),
    Lead::new(&["grouping", "of"], true, false, false),
    Lead::new(&["grouping"], true, false, false),
    Lead::new(&["groups"], true, false, false),
    Lead::new(&["namely"], true, false, false),
    // "EFTA is now reduced to four members: …": the size it has come to.
    Lead::new(&["reduced", "to"], true, false, false),
    Lead::new(&["shrunk", "to"], true, false, false),
    Lead::new(&["shrank", "to"], true, true, false),
    Lead::new(&["grown", "to"], true, false, false),
    Lead::new(&["grew", "to"], true, true, false),
    Lead::new(&["such", "as"], false, false, false),
    Lead::new(&["among", "them"], false, false, false),
    Lead::new(&["including"], false, false, false),
    Lead::new(&["includes"], false, false, false),
    Lead::new(&["include"], false, false, false),
    Lead::new(&["included"], false, true, false),
    Lead::new(&["like"], false, false, false),
    Lead::new(&["notably"], false, false, false),
    Lead::new(&["especially"], false, false, false),
    Lead::new(&["are"], true, false, true),
    Lead::new(&["is"], true, false, true),
    Lead::new(&["were"], true, true, true),
    Lead::new(&["was"], true, true, true),
];

/// Words before a group name that make it the object of something else ("talks with the
/// SCO, including …"), so a list after it is not the group's.
pub(super) const GOVERNING: &[&str] = &[
    "with", "to", "from", "for", "by", "on", "into", "against", "between", "and", "or", "outside",
    "joined", "join", "joining", "leave", "left", "leaving", "quit",
];

/// Words that make a stated role a subset the data cannot check.
pub(super) const QUALIFIERS: &[&str] = &[
    "former",
    "ex",
    "new",
    "newest",
    "newer",
    "recent",
    "founding",
    "original",
    "prospective",
    "aspiring",
    "would-be",
    "future",
    "potential",
    "other",
    "some",
    "several",
    "few",
    "many",
    "most",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "european",
    "asian",
    "african",
    "arab",
    "gulf",
    "nordic",
    "baltic",
    "key",
    "major",
    "leading",
    "smaller",
    "larger",
    "biggest",
    "largest",
    "richest",
    "poorest",
    "remaining",
    "first",
    "last",
    "latest",
    "earliest",
    "older",
    "oldest",
    "youngest",
    "big",
    "small",
    "rich",
    "poor",
    "wealthy",
    "western-backed",
    "founder",
    "partner",
    "core",
    "non-eu",
    "non-nato",
    "islamic",
    "muslim",
    "landlocked",
    "coastal",
    "oil-producing",
    "non-aligned",
    "voting",
    "rotating",
    "non-permanent",
    "elected",
    "two",
    "both",
];

/// How far back (in words) a reference such as "its members" looks for the group.
pub(super) const ANTECEDENT_WORDS: usize = 300;

/// Facts-heading words stripped before reading a fact-box title ("SCO Facts").
pub(super) const FACT_WORDS: &[&str] =
    &["facts", "fact", "factbox", "factfile", "glance", "points"];
