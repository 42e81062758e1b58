//! Word formation: words made from listed ones (prefixes, endings, closed compounds,
//! compound endings), contractions without their apostrophe, two words run together, and
//! accents dropped.

use crate::spell::{self, Dialect};

/// Prefixes that make new words from listed ones ("nonmember", "reelect"). A lower-case
/// unknown word that is one of these plus a listed word is accepted.
pub(super) const PREFIXES: &[&str] = &[
    "anti", "auto", "bi", "bio", "co", "counter", "cross", "cyber", "de", "dis", "eco", "euro",
    "ex", "extra", "geo", "hydro", "hyper", "inter", "intra", "macro", "mega", "micro", "mid",
    "mini", "mis", "mono", "multi", "nano", "narco", "neo", "non", "over", "pan", "para", "petro",
    "poly", "post", "pre", "pro", "pseudo", "quasi", "re", "semi", "socio", "sub", "super", "tele",
    "trans", "tri", "ultra", "un", "under", "uni", "up", "ethno", "agro", "omni",
];

/// Endings that make new words from listed ones ("tribalists", "chiefdoms"). (Endings that
/// change a word's class, "-ish" and "-able", are `standing::formed_with_ending`'s.) Not "-ese"
/// ("businessese"): it cost a generated slip in real copy (`typo_slips_in_copy.rs`).
const SUFFIXES: &[&str] = &[
    "ist", "ists", "ism", "isms", "dom", "doms", "hood", "hoods", "ship", "ships", "less", "like",
    "ness", "wide", "esque",
];

/// Frequency (as `8 * log2(count)`) of a word used at least a million times: 8 * log2(10^6).
const COMMON_PART: u32 = 159;

/// Words that do not form closed compounds: "governmentsaid" or "andthe" is a missing space,
/// not a compound like "hardline" or "bushfires".
const NOT_IN_COMPOUNDS: &[&str] = &[
    "and", "are", "but", "can", "for", "from", "had", "has", "have", "her", "his", "its", "not",
    "said", "says", "she", "that", "the", "their", "them", "then", "they", "this", "was", "were",
    "which", "who", "will", "with", "would", "you",
];

/// How much more frequent than the stem a listed word one edit from the whole word must be
/// for the word to be read as its slip, not as a formation: 100 times (`8 * log2(100)`).
pub(super) const SLIP_MARGIN: u32 = 53;

/// A lower-case word made from a listed word: with a common prefix ("nonmember",
/// "reelection", "narcotrafficking", "counterstrikes"), a plural `-s` ("bushfires") or a
/// common ending ("tribalists", "chiefdoms"); unless a listed word much more frequent than
/// every stem is one edit from the whole word, which then explains it better as a slip
/// ("coruts" is `courts`, not co + "ruts"; "rewally" is `really`).
pub(super) fn affixed(key: &str) -> bool {
    affixed_with(key, &|_| 0)
}

/// [`affixed`], with the evidence `boost` adds to a listed word one edit away, in the units
/// of [`spell::Entry::frequency`]: the article's use of that word (see `evidence`), so that
/// "bilion" in an article that writes `billion` three times is its slip, not bi + "lion".
pub(super) fn affixed_with(key: &str, boost: &dyn Fn(&str) -> u32) -> bool {
    let listed = |w: &str| {
        spell::lookup(w)
            .filter(|e| e.lower_in(Dialect::Either))
            .map(spell::Entry::frequency)
    };
    // Each reading's stem and its frequency.
    let mut stems: Vec<(&str, u32)> = Vec::new();
    let mut hyphen = false;
    for p in PREFIXES {
        let Some(rest) = key.strip_prefix(p) else {
            continue;
        };
        let joined = rest.strip_prefix('-');
        let rest = joined.unwrap_or(rest);
        let min = if p.len() <= 2 { 4 } else { 3 };
        if rest.len() >= min
            && let Some(f) = listed(rest)
        {
            hyphen |= joined.is_some();
            stems.push((rest, f));
        }
    }
    // A plural or third person the lists lack ("bushfires" beside "bushfire").
    // Not after an `s`: "refugess" is a slip, not the plural of "refuges"; nor after a
    // past tense ("traileds").
    if let Some(stem) = key.strip_suffix('s')
        && stem.len() >= 4
        && !stem.ends_with('s')
        && !stem.ends_with("ed")
        && let Some(f) = listed(stem)
    {
        stems.push((stem, f));
    }
    for s in SUFFIXES {
        if let Some(stem) = key.strip_suffix(s)
            && stem.len() >= 4
            && let Some(f) = listed(stem)
        {
            stems.push((stem, f));
        }
    }
    // A jargon named for a long word ("businessese", "officialese").
    if let Some(stem) = key.strip_suffix("ese")
        && stem.len() >= 8
        && let Some(f) = listed(stem)
    {
        stems.push((stem, f));
    }
    // The old third person of a verb, its final "e" dropped ("maketh", "goeth", "doeth").
    if let Some(stem) = key.strip_suffix("eth")
        && stem.len() >= 2
        && let Some(f) = listed(stem).or_else(|| listed(&format!("{stem}e")))
    {
        stems.push((stem, f));
    }
    if stems.is_empty() {
        return false;
    }
    // A hyphen after the prefix is written on purpose ("co-host"), not slipped.
    hyphen
        || !spell::candidates(key, 1, Dialect::Either).iter().any(|c| {
            !c.word.starts_with(char::is_uppercase)
                && !stems.iter().any(|&(w, _)| w == c.word)
                && stems
                    .iter()
                    .all(|&(_, f)| c.frequency + boost(&c.word) >= f + SLIP_MARGIN)
        })
}

/// A lower-case word made from listed words: [`affixed`], or two common words closed up
/// ("hardline", "wartime"; not with a function word: "andthe" is a missing space).
pub(super) fn derived(key: &str) -> bool {
    derived_with(key, &|_| 0)
}

/// [`derived`], with [`affixed_with`]'s `boost`.
pub(super) fn derived_with(key: &str, boost: &dyn Fn(&str) -> u32) -> bool {
    let affixed = affixed_with(key, boost);
    if affixed || !key.is_ascii() {
        return affixed;
    }
    // Both parts common words (a million uses or more in the frequency list: "hard",
    // "line"), so that a slip does not pass as two rare words ("militray" is not
    // "milit" + "ray"); and no listed word one edit away, which a slip always has, unless
    // it is another compound with one of the same parts, far rarer than both
    // ("burndown" beside "turndown").
    let common = |w: &str| {
        spell::lookup(w)
            .is_some_and(|e| e.lower_in(Dialect::Either) && e.frequency() >= COMMON_PART)
    };
    let frequency = |w: &str| spell::lookup(w).map_or(0, spell::Entry::frequency);
    let splits: Vec<(&str, &str)> = (3..=key.len().saturating_sub(3))
        .map(|i| key.split_at(i))
        .filter(|&(a, b)| {
            !NOT_IN_COMPOUNDS.contains(&a)
                && !NOT_IN_COMPOUNDS.contains(&b)
                && common(a)
                && common(b)
        })
        .collect();
    if splits.is_empty() {
        return false;
    }
    let near = spell::candidates(key, 1, Dialect::Either);
    splits.iter().any(|&(a, b)| {
        let rarer_part = frequency(a).min(frequency(b));
        near.iter()
            .all(|c| c.frequency + RARE_NEIGHBOUR <= rarer_part && shares_part(&c.word, a, b))
    })
}

/// How much rarer than both parts of a closed compound another compound one edit from it
/// must be for the compound to stand (32 times: `8 * log2(32)`); and than a noun, a word
/// one edit from the noun made a verb (`standing::verbed_noun`).
pub(super) const RARE_NEIGHBOUR: u32 = 40;

/// `word` is a listed word closed up with `a` or `b`, the parts of another compound: a
/// compound beside a compound ("burndown" and "turndown", "artboard" and "dartboard"), not
/// a slip ("takeways" lacks a letter of "takeaways", which is neither).
fn shares_part(word: &str, a: &str, b: &str) -> bool {
    word.strip_suffix(b)
        .is_some_and(|rest| rest != a && listed_part(rest))
        || word
            .strip_prefix(a)
            .is_some_and(|rest| rest != b && listed_part(rest))
}

/// A listed lower-case word of three letters or more: a part of a compound.
fn listed_part(w: &str) -> bool {
    w.len() >= 3 && spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either))
}

/// A listed contraction that is the folded word with an apostrophe put back ("dont" →
/// "don't", "youre" → "you're", "theyll" → "they'll"), when the word is in no list.
pub(super) fn contraction(key: &str) -> Option<String> {
    const ENDINGS: &[&str] = &["n't", "'re", "'ve", "'ll", "'d", "'m", "'s"];
    if key.len() < 4 || !key.is_ascii() || key.contains('\'') {
        return None;
    }
    [1, 2].into_iter().find_map(|back| {
        let (a, b) = key.split_at(key.len() - back);
        let with = format!("{a}'{b}");
        // "'s" only after a pronoun-like stem ("thats", "whats", "lets" is a word anyway).
        let ending = ENDINGS.iter().any(|e| with.ends_with(e))
            && (!with.ends_with("'s") || matches!(a, "that" | "what" | "there" | "here" | "who"));
        (ending && spell::lookup(&with).is_some()).then_some(with)
    })
}

/// Words that start or end a run-together pair besides [`NOT_IN_COMPOUNDS`].
const SHORT_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "as", "at", "be", "by", "he", "in", "is", "it", "of", "on", "or", "to", "up", "we",
];

/// True when both words of a split are function words ("he said", "in which", "up to"):
/// such a pair is never one word, whatever compound its letters also make ("hes" + "aid").
pub(super) fn function_pair(split: &str) -> bool {
    let function = |w: &str| NOT_IN_COMPOUNDS.contains(&w) || SHORT_FUNCTION_WORDS.contains(&w);
    split
        .split_once(' ')
        .is_some_and(|(a, b)| function(a) && function(b))
}

/// The two words of an unknown word that is a function word and a common word run together
/// ("thefirst" → "the first", "justfor" → "just for", "upto" → "up to"), when exactly one
/// such split exists and, unless both are function words, no listed word is one edit away
/// (a slip always has one).
pub(super) fn run_together(key: &str) -> Option<String> {
    if !key.is_ascii() || key.len() < 4 {
        return None;
    }
    let function = |w: &str| NOT_IN_COMPOUNDS.contains(&w) || SHORT_FUNCTION_WORDS.contains(&w);
    let common = |w: &str| {
        w.len() >= 2
            && spell::lookup(w)
                .is_some_and(|e| e.lower_in(Dialect::Either) && e.frequency() >= COMMON_PART)
    };
    // Function words that are also prefixes ("insourcing", "upskilling", "onboarding",
    // "bypass", "asymmetric") start a pair only with another function word ("upto"); so do
    // the two-letter pronouns, which start many words of other languages ("hesaid", not
    // "he" + a foreign word).
    let prefix = |w: &str| {
        matches!(
            w,
            "a" | "an" | "be" | "by" | "in" | "on" | "up" | "un" | "he" | "we"
        )
    };
    let mut found = None;
    let mut both_function = false;
    for i in 1..key.len() {
        let (a, b) = key.split_at(i);
        if (prefix(a) && !function(b)) || matches!(b, "he" | "we") {
            // A pronoun starts a pair ("hesaid"), never ends one ("tothe" is not "tot he").
            continue;
        }
        if (function(a) && common(b)) || (common(a) && function(b)) {
            if found.is_some() {
                return None;
            }
            found = Some(format!("{a} {b}"));
            both_function = function(a) && function(b);
        }
    }
    // Two function words ("upto", "ofthe") are never a word however close one is.
    found.filter(|_| both_function || spell::candidates(key, 1, Dialect::Either).is_empty())
}

/// The word with the accents of Latin letters dropped ("entrepôt" → "entrepot"), or `None`
/// when it has a letter this table does not know.
pub(super) fn without_accents(word: &str) -> Option<String> {
    word.chars()
        .map(|c| {
            Some(match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
                'ç' | 'č' | 'ć' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
                'ñ' | 'ń' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
                'ý' | 'ÿ' => 'y',
                'š' | 'ś' => 's',
                'ž' | 'ź' | 'ż' => 'z',
                'ř' => 'r',
                c if c.is_ascii() => c,
                _ => return None,
            })
        })
        .collect()
}

/// Endings that make the last part of a compound from a listed word: "olds", "nots",
/// "handedly", "hander", "deckers", "libbed".
const COMPOUND_ENDINGS: &[&str] = &["s", "es", "er", "ers", "ed", "edly", "ly"];

/// Suffixes that stand after a hyphen as a part of their own.
const BOUND_ENDINGS: &[&str] = &["esque", "esques"];

/// A lower-case part after a hyphen that is a listed word of three letters or more with one
/// of [`COMPOUND_ENDINGS`] (a doubled final consonant allowed: "ad-libbed"). This wins over
/// the misspellings list, written for prose and code ("hander" for `handler`). Or a suffix
/// of [`BOUND_ENDINGS`].
pub(super) fn compound_ending(part: &str) -> bool {
    if !part.is_ascii() || spell::lookup(part).is_some() {
        return false;
    }
    // A suffix written after a hyphen: "YouTube-esque", "Kafka-esque".
    if BOUND_ENDINGS.contains(&part) {
        return true;
    }
    COMPOUND_ENDINGS.iter().any(|e| {
        part.strip_suffix(e).is_some_and(|stem| {
            listed_part(stem)
                || stem.len() > 3
                    && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2]
                    && listed_part(&stem[..stem.len() - 1])
        })
    })
}

/// Second words that make closed compounds after a plural ("salesman", "sportswear",
/// "townspeople", "craftsmanship", "statesmanlike"): not a missing space.
const COMPOUND_HEADS: &[&str] = &[
    "man", "men", "woman", "women", "person", "persons", "people", "wear", "ship", "ships",
    "manship", "like", "wide", "room", "rooms", "folk", "paper", "papers", "cast", "casts",
    "caster", "casters", "reel", "reels", "week", "day", "days",
];

/// Words of the frequency list used a million times or more, in lower case.
fn common(w: &str) -> bool {
    spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either) && e.frequency() >= COMMON_PART)
}

/// The two words of an unknown word that is a plural and a common word run together
/// ("questionsmarks" → "questions marks", "countriesborder"), when exactly one such split
/// exists, no prefix or ending makes it of one listed word, and no listed word is one edit
/// away: English closes up compounds after a singular
/// ("hardline", "wartime"), rarely after a plural, and those few end in [`COMPOUND_HEADS`]
/// ("salesman", "sportswear").
pub(super) fn plural_run_together(key: &str) -> Option<String> {
    // A prefix gives another reading ("counterstrikes" is `counter-` + "strikes").
    if !key.is_ascii() || key.len() < 8 || affixed(key) {
        return None;
    }
    let mut found = None;
    for i in 4..=key.len().saturating_sub(3) {
        let (a, b) = key.split_at(i);
        let plural = a
            .strip_suffix('s')
            .is_some_and(|stem| !stem.ends_with('s') && stem.len() >= 3 && common(stem))
            || a.strip_suffix("ies").is_some_and(|stem| {
                stem.len() >= 2 && spell::lookup(&format!("{stem}y")).is_some()
            });
        // The "s" may start the second word instead: "marketshare" is `market` + `share`,
        // a closed compound, not "markets hare"; "headstart", "nightscape" likewise.
        let singular = a.strip_suffix('s').is_some_and(|stem| {
            common(stem)
                && spell::lookup(&format!("s{b}")).is_some_and(|e| e.lower_in(Dialect::Either))
        });
        if plural
            && !singular
            && b.len() >= 4
            && common(a)
            && common(b)
            && !COMPOUND_HEADS.contains(&b)
        {
            if found.is_some() {
                return None;
            }
            found = Some(format!("{a} {b}"));
        }
    }
    found.filter(|_| spell::candidates(key, 1, Dialect::Either).is_empty())
}

/// The unknown word read as two listed words with a space ("alot" → "a lot", "towar" → "to
/// war"), for the suggestions only: a function word, then a function word or a common word
/// ("a" only before a consonant, and not before a verb's -ed or -ing form: "aactive" and
/// "astated" are slips of `active` and `stated`). When several splits exist, the
/// one whose rarer word is the more common; with that frequency, which the caller weighs
/// against the frequency of the closest listed word.
pub(super) fn split_suggestion(key: &str) -> Option<(String, u32)> {
    if !key.is_ascii() || key.len() < 4 {
        return None;
    }
    let function = |w: &str| NOT_IN_COMPOUNDS.contains(&w) || SHORT_FUNCTION_WORDS.contains(&w);
    let frequency = |w: &str| {
        spell::lookup(w)
            .filter(|e| e.lower_in(Dialect::Either))
            .map_or(0, spell::Entry::frequency)
    };
    (1..key.len())
        .filter_map(|i| {
            let (a, b) = key.split_at(i);
            // A function word first: "econmy" is a slip of `economy`, not "econ my".
            let fits = function(a)
                && (function(b) || (b.len() >= 3 && common(b)))
                && !(a == "a"
                    && (b.starts_with(['a', 'e', 'i', 'o', 'u'])
                        || b.ends_with("ed")
                        || b.ends_with("ing")));
            fits.then(|| (format!("{a} {b}"), frequency(a).min(frequency(b))))
        })
        .max_by_key(|(_, f)| *f)
}
