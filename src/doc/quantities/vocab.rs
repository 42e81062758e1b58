//! The closed word lists the count reader uses: guards, hedges, irregular forms.

use super::counts::Bound;
use super::words::{lower, spaced};
use crate::doc::Document;

/// Words in a sentence that make its counts something else than the count of one event:
/// changes, totals, other events, plans and conditions.
pub(super) const GUARD_WORDS: &[&str] = &[
    "additional",
    "altogether",
    "annual",
    "annually",
    "another",
    "average",
    "climb",
    "climbed",
    "combined",
    "compared",
    "could",
    "cumulative",
    "decline",
    "declined",
    "decrease",
    "decreased",
    // "A different landslide … killing over 400": another event.
    "different",
    "doubled",
    "drop",
    "dropped",
    "earlier",
    "fell",
    "fallen",
    "goal",
    "grew",
    "grow",
    "grown",
    "halved",
    "if",
    "increase",
    "increased",
    "increases",
    "initially",
    "instead",
    "jumped",
    "might",
    "overall",
    "plan",
    "planned",
    "plans",
    "previous",
    "previously",
    "proposed",
    "revised",
    "rise",
    "risen",
    "rises",
    "rising",
    "rose",
    "separate",
    "should",
    "similar",
    "since",
    "soared",
    "surged",
    "tally",
    "target",
    "total",
    "totaled",
    "totalled",
    "totals",
    "tripled",
    "until",
    "versus",
    "want",
    "wants",
];

/// Words right before a count that make it a part, an addition or a rate.
pub(super) const BEFORE_GUARDS: &[&str] = &[
    "additional",
    "another",
    "by",
    "each",
    "every",
    "extra",
    "first",
    "further",
    "included",
    "includes",
    "including",
    "last",
    "more",
    "new",
    "next",
    "other",
    "per",
    "remaining",
    "than",
    "these",
    "those",
];

/// Nouns after a number that are never things counted ("12 others", "three times").
pub(super) const NOT_COUNTED: &[&str] = &["cents", "degrees", "others", "times"];

/// Units a figure is measured in: never a count of things, but an amount of something
/// named next to it ("1.2 million tonnes of grain", "a five-year contract", "turnout was 64
/// percent"). Money and shares are units too, written as "$", "£", "€", "¥" and "%".
pub(super) const UNITS: &[&str] = &[
    "acres",
    "centimeters",
    "centimetres",
    "centuries",
    "days",
    "decades",
    "dollars",
    "euros",
    "feet",
    "grams",
    "hectares",
    "hours",
    "inches",
    "kilograms",
    "kilometers",
    "kilometres",
    "kilos",
    "liters",
    "litres",
    "meters",
    "metres",
    "miles",
    "millimetres",
    "minutes",
    "months",
    "nights",
    "ounces",
    "percent",
    "pounds",
    "seconds",
    "tonnes",
    "tons",
    "weeks",
    "yards",
    "years",
];

/// Participles that, right after a number, name people by what befell them: "14 killed",
/// "three arrested" (a headline's or a fact box's count of people).
pub(super) const PEOPLE_PARTICIPLES: &[&str] = &[
    "abducted",
    "arrested",
    "dead",
    "detained",
    "displaced",
    "evacuated",
    "freed",
    "hurt",
    "injured",
    "kidnapped",
    "killed",
    "missing",
    "released",
    "rescued",
    "stranded",
    "trapped",
    "wounded",
];

/// The words between a set and the state it is in: "four others were still missing".
pub(super) const BE_STILL: &[&str] = &["were", "was", "are", "is", "still"];

/// Irregular past forms that, right before a number, say what happened to the things
/// counted: "won 62 seats", "cut 1,200 jobs", "laid off 320 workers".
pub(super) const IRREGULAR_PAST: &[&str] = &[
    "bought", "brought", "built", "caught", "cut", "drew", "fought", "gave", "got", "held", "hit",
    "laid", "led", "lost", "made", "met", "paid", "put", "sent", "shot", "sold", "struck", "took",
    "won",
];

/// Nouns for people that "N-year-old" describes: their ages are `age-mismatch`'s business,
/// and two boys of two ages are two boys.
pub(super) const PERSON_NOUNS: &[&str] = &[
    "boy", "child", "daughter", "father", "girl", "man", "mother", "son", "student", "woman",
];

/// Words that end the noun phrase after a measure ("a 12-seat majority will …").
pub(super) const MODALS: &[&str] = &[
    "can", "could", "may", "might", "must", "shall", "should", "will", "would",
];

/// Words that never stand between a number and its noun.
pub(super) const NOT_BETWEEN_NUMBER_AND_NOUN: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "had", "has", "have",
    "in", "into", "is", "it", "of", "on", "or", "per", "than", "that", "the", "their", "this",
    "to", "was", "were", "which", "who", "with",
];

/// Plural nouns that do not end in "s".
pub(super) const IRREGULAR_PLURALS: &[&str] = &[
    "cattle",
    "children",
    "dead",
    "injured",
    "men",
    "people",
    "personnel",
    "police",
    "sheep",
    "staff",
    "women",
    "wounded",
];

pub(super) const AUXILIARIES: &[&str] = &[
    "are",
    "be",
    "been",
    "being",
    "had",
    "has",
    "have",
    "is",
    "reportedly",
    "was",
    "were",
];

/// Participles and adjectives that qualify a counted noun without ending in "-ed".
pub(super) const IRREGULAR_PARTICIPLES: &[&str] = &[
    "cut", "dead", "drawn", "held", "hurt", "left", "lost", "missing", "shot", "slain", "sent",
    "taken",
];

/// Whether a lower-case word reads as a past participle: "killed", "held", "shot".
pub(super) fn participle(w: &str) -> bool {
    w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)
}

/// Hedges written before a number, longest first.
pub(super) const HEDGES: &[&[&str]] = &[
    &["as", "many", "as"],
    &["no", "fewer", "than"],
    &["no", "more", "than"],
    &["at", "least"],
    &["at", "most"],
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["up", "to"],
    &["close", "to"],
    &["upwards", "of"],
    &["an", "estimated"],
    &["about"],
    &["almost"],
    &["approximately"],
    &["around"],
    &["estimated"],
    &["nearly"],
    &["over"],
    &["roughly"],
    &["some"],
    &["under"],
];

/// The way a hedge leans.
pub(super) fn bound_of(hedge: &[&str]) -> Bound {
    match hedge {
        ["at", "least"] | ["more" | "upwards", ..] | ["no", "fewer", "than"] | ["over"] => {
            Bound::AtLeast
        }
        ["as", "many", "as"]
        | ["at", "most"]
        | ["no", "more", "than"]
        | ["fewer" | "less" | "up", ..]
        | ["under"] => Bound::AtMost,
        ["almost" | "nearly" | "close", ..] => Bound::Nearly,
        _ => Bound::About,
    }
}

/// The hedge ending right before word `i`, as the index of its first word and the way it
/// leans.
pub(super) fn hedge_before(doc: &Document<'_>, i: usize) -> Option<(usize, Bound)> {
    for hedge in HEDGES {
        let n = hedge.len();
        if i < n {
            continue;
        }
        let first = i - n;
        let matches = (0..n).all(|k| {
            let w = first + k;
            lower(doc, w) == hedge[k] && spaced(doc, w)
        });
        if matches {
            return Some((first, bound_of(hedge)));
        }
    }
    None
}

/// Participles whose "by" names the agent of a passive, not a change: "caused by 2,750
/// tonnes", "attended by 300 people" (not "rose by 300").
pub(super) const AGENT_PARTICIPLES: &[&str] = &[
    "caused",
    "triggered",
    "sparked",
    "attended",
    "signed",
    "backed",
    "carried",
    "staffed",
    "crewed",
    "manned",
    "watched",
    "visited",
];

/// Nouns for the people close to a set, whose verb follows "of the N …": "Relatives of the
/// 175 people on board gathered" (the relatives gathered).
pub(super) const KIN_GROUPS: &[&str] = &[
    "relatives",
    "families",
    "relations",
    "friends",
    "parents",
    "mourners",
];
