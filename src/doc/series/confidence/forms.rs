//! Word forms in the series reader (part of [`super`]): determiners, phrase openers, and
//! words that read as adjectives, nouns, adverbs or a mirrored pair by their form.

/// Determiners that can govern a pair: "the look and feel", "a customer or an executive".
pub(in crate::doc::series) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "their", "our", "its", "his", "her", "your", "my", "this", "that", "these",
    "those",
];

/// Words that open a phrase rather than a list item: prepositions and wh-words.
pub(super) const PHRASE_OPENERS: &[&str] = &[
    "through", "between", "where", "what", "when", "which", "how", "why", "like", "into", "onto",
    "upon", "within", "without", "across", "toward", "towards", "via", "under", "against",
    "beyond", "behind", "among", "amid", "despite", "plus",
];

/// A word that reads as an adjective by its form: a compound with a hyphen
/// ("production-level"), a common adjective ending, or one of a few short adjectives.
pub(in crate::doc::series) fn adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ed", "ful", "ive", "al", "ous", "ble", "ic", "less", "ary", "ly", "ing",
    ];
    (word.contains('-') && word.len() > 3)
        || (word.len() > 5
            && ENDINGS.iter().any(|e| word.ends_with(e))
            // (Nouns of those endings: "her family, her team, and the crowd".)
            && !matches!(
                word,
                "family" | "assembly" | "supply" | "monopoly" | "anomaly" | "butterfly"
            ))
        || matches!(
            word,
            "new"
                | "old"
                | "custom"
                | "single"
                | "simple"
                | "modern"
                | "clear"
                | "direct"
                | "open"
                | "plain"
                | "small"
                | "large"
                | "big"
                | "great"
                | "good"
                | "bad"
                | "full"
                | "diverse"
                | "agile"
                | "broad"
                | "wide"
                | "strong"
                | "secure"
                | "smart"
        )
}

/// A word that reads as a noun by its ending ("sickness", "technology", "analysis",
/// "analytics") or as a plural ("partners").
pub(super) fn noun_form(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ness", "ity", "ion", "ogy", "sis", "ics", "ment", "ance", "ence", "ship", "ism", "ure",
        "age",
    ];
    ENDINGS
        .iter()
        .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
        || (word.len() > 3
            && word.ends_with('s')
            && !["ss", "us", "is", "'s"].iter().any(|e| word.ends_with(e)))
}

/// Two words that mirror each other: one holds the other ("legal", "non-legal") or they
/// share an ending longer than half the shorter word ("internal", "external"; "online",
/// "offline"), unlike words that merely rhyme ("education", "transportation").
pub(super) fn mirror(a: &str, b: &str) -> bool {
    // Opposites: "your organization's changes, big and small".
    const OPPOSITES: &[(&str, &str)] = &[
        ("big", "small"),
        ("large", "small"),
        ("old", "new"),
        ("old", "young"),
        ("public", "private"),
        ("short", "long"),
        ("high", "low"),
        ("early", "late"),
        ("rich", "poor"),
        ("urban", "rural"),
        ("paid", "unpaid"),
    ];
    if a == b {
        return false;
    }
    if OPPOSITES
        .iter()
        .any(|&(x, y)| (a, b) == (x, y) || (a, b) == (y, x))
    {
        return true;
    }
    if a.len() >= 4 && b.len() >= 4 && (a.ends_with(b) || b.ends_with(a)) {
        return true;
    }
    // An inflection shared is no mirror: "football, sailing and cycling" is a list of sports.
    let (a, b) = match (a.strip_suffix("ing"), b.strip_suffix("ing")) {
        (Some(x), Some(y)) => (x, y),
        _ => (a, b),
    };
    let shared = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    shared >= 4 && 2 * shared > a.len().min(b.len())
}

/// Words of an adverbial item ("or, perhaps most importantly, a customer or an executive").
pub(super) fn adverbial(word: &str) -> bool {
    // (Not a verb or noun in "-ly": "what we could apply, fully or partially".)
    const NOT_ADVERBS: &[&str] = &[
        "apply",
        "supply",
        "reply",
        "comply",
        "imply",
        "multiply",
        "rely",
        "ally",
        "family",
        "assembly",
        "anomaly",
        "monopoly",
        "butterfly",
        "rally",
        "tally",
        "jelly",
        "belly",
    ];
    (word.len() > 4 && word.ends_with("ly") && !NOT_ADVERBS.contains(&word))
        || matches!(
            word,
            "most" | "more" | "perhaps" | "often" | "together" | "apart" | "again" | "also"
        )
}
