//! How sure the extractor is of a series' item boundaries.
//!
//! The extractor finds lists generously: the rules that compare a list with a group's
//! members want every candidate. A comma before the last "and" is only evidence of a
//! house style when the list really is a list of three or more, with its items where the
//! extractor put them. [`mark`] sets [`Series::sure`] for those; everything else — a
//! sentence-opening phrase read as a first item ("In the city centre, mobility and
//! access …"), an item that holds its own "and" ("thinner flat screen and high-definition
//! TVs, and games consoles"), clauses joined by commas, repetition ("really, really
//! small") — stays unsure. Only `serial-comma` reads the mark.

use super::extractor::{Punct, classify};
use super::{Conjunction, ItemKind, Series, SeriesKind};
use crate::doc::{Document, Shape};
use crate::text::lexicon::{FINITE_AUXILIARIES, is_auxiliary};

/// Words that make a stretch of text a clause, an aside or an interjection rather than a
/// list item, besides the auxiliaries and modals of the lexicon: subject pronouns, relative
/// words, "yes" and "no".
const CLAUSE_WORDS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "who",
    "which",
    "that",
    "yes",
    "no",
    "not",
    "it's",
    "that's",
    "there's",
    "they're",
    "we're",
    "he's",
    "she's",
    "isn't",
    "aren't",
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "we've",
    "i've",
    "they've",
    "you've",
    "we'll",
    "they'll",
    "i'm",
    "we'd",
    "they'd",
    // Focus words that open an aside, not an item: "including and especially tonight",
    // "notably food products and beverages", "developed and developing alike".
    "including",
    "notably",
    "especially",
    "particularly",
    "both",
    "alike",
    "mainly",
    "chiefly",
    "mostly",
    // Sentence adverbs and asides: "and, ultimately, general and complete disarmament",
    // "thereby providing", "I believe", "And now, ladies and gentlemen".
    "thereby",
    "ultimately",
    "finally",
    "now",
    "believe",
    "think",
    "whenever",
    "wherever",
    "however",
    // Focus words that set off an aside: "specifically component and pattern research",
    // "most likely banner and identifier".
    "specifically",
    "likely",
    "probably",
    "possibly",
    "usually",
    "typically",
    "primarily",
];

/// Pronouns that take a contracted "is" or "has": "everything's new", "everyone's in sync",
/// "here's how".
const CONTRACTING: &[&str] = &[
    "everything",
    "everyone",
    "everybody",
    "nothing",
    "nobody",
    "something",
    "someone",
    "somebody",
    "anything",
    "anyone",
    "anybody",
    "what",
    "here",
    "where",
    "who",
    "how",
    "why",
    "let",
    "there",
    "that",
    "it",
    "he",
    "she",
];

/// Words that open a sentence with an introductory phrase ("In the city centre, …",
/// "With two canneries open again, …"): the text up to the first comma is not a list item.
const OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "for",
    "with",
    "without",
    "after",
    "before",
    "during",
    "since",
    "under",
    "over",
    "from",
    "by",
    "across",
    "through",
    "throughout",
    "within",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "because",
    "once",
    "until",
    "unlike",
    "like",
    "despite",
    "among",
    "amid",
    "beyond",
    "behind",
    "near",
    "outside",
    "inside",
    "to",
    "for",
    "of",
    "along",
    "around",
    "following",
    "besides",
    "thanks",
    "whether",
];

/// A clause word or an auxiliary.
pub(super) fn is_clause_word(w: &str) -> bool {
    is_auxiliary(w) || CLAUSE_WORDS.contains(&w)
}

/// A contraction that holds a verb: "n't", "'re", "'ve", "'ll", "'m", "'d" on any word, "'s"
/// on a pronoun, with a straight or a curly apostrophe ("everything's new and everyone's in
/// sync" is two clauses, not a list).
fn contracted_verb(w: &str) -> bool {
    let w = w.to_lowercase().replace('\u{2019}', "'");
    if let Some((stem, tail)) = w.rsplit_once('\'')
        && !stem.is_empty()
    {
        return matches!(tail, "re" | "ve" | "ll" | "m" | "d")
            || (tail == "t" && stem.ends_with('n'))
            || (tail == "s" && CONTRACTING.contains(&stem));
    }
    false
}

/// Lower-case words after a list that do not open a new clause's verb phrase.
const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "than",
    "into", "about", "after", "before", "during", "since", "until",
];

/// Sets `sure` on every series.
pub(super) fn mark(doc: &Document<'_>, series: &mut [Series]) {
    for s in series {
        s.sure = sure(doc, s);
    }
}

fn sure(doc: &Document<'_>, s: &Series) -> bool {
    let n = s.items.len();
    if n < 3 || !matches!(s.conjunction, Conjunction::And | Conjunction::Or) {
        return false;
    }
    if matches!(s.kind, SeriesKind::Bulleted | SeriesKind::Semicolon) {
        return true;
    }
    let w = Words { doc };
    // Repetition: "really, really small".
    let texts: Vec<String> = s
        .items
        .iter()
        .map(|i| doc.slice(i.span).to_lowercase())
        .collect();
    if texts
        .windows(2)
        .any(|p| p[0] == p[1] || p[1].starts_with(&format!("{} ", p[0])))
    {
        return false;
    }
    // An item that reads as a clause or an aside, or runs over a sentence end ("in
    // Washington, D.C. The UAE and Bahrain").
    if texts.iter().any(|x| x.contains(". ")) {
        return false;
    }
    for item in &s.items {
        let (from, to) = w.range(item.span.start(), item.span.end());
        if (from..to).any(|i| is_clause_word(doc.word_text(i))) {
            return false;
        }
    }
    // (A contraction in the first item may be the subject of a list of verbs, whose left
    // edge is a guess: "we've attracted, recruited and hired".)
    // (Read from the item's text with entities decoded: HTML writes "everything&#8217;s".)
    for item in &s.items[1..] {
        let text = crate::text::entity::decode(doc.slice(item.span));
        if text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '*' | '_'))
            .any(contracted_verb)
        {
            return false;
        }
    }
    if !parallel(doc, s, &w) || crosses_emphasis(doc, s, &w) {
        return false;
    }
    let Some(first) = w.at(s.items[0].span.start()) else {
        return false;
    };
    let Some(last_end) = w.before(s.items[n - 1].full().end()) else {
        return false;
    };
    let Some(sentence) = doc
        .sentences
        .iter()
        .find(|t| (t.words.start as usize) <= first && first < t.words.end as usize)
    else {
        return false;
    };
    let (start, end) = (sentence.words.start as usize, sentence.words.end as usize);
    if super::edges::misread(doc, s, &w, (start, end)) {
        return false;
    }
    // A sentence-opening phrase read as the first item: "At the trade fair, smart fabrics
    // and textiles drew crowds" is two items, not three.
    if s.items_kind == ItemKind::Phrase
        && !s.items[0].bounded
        && OPENERS.contains(&doc.word_text(start).to_lowercase().as_str())
        && !(start + 1..=first).any(|i| w.gap_is(i, Punct::Comma))
    {
        return false;
    }
    // "liberty and triumph, progress and freedom": the first item is itself the second
    // half of a pair.
    if first > start
        && w.gap_is(first, Punct::Space)
        && matches!(doc.word_text(first - 1), "and" | "or")
    {
        return false;
    }
    let next = last_end + 1;
    // Clauses joined by commas: "… are teaming up, O2 is trialling a system in Oxford, UK,
    // and Nokia begins …". The list sits in a clause that opens after a comma, and a verb
    // follows its last item: the last "item" is the subject of a new clause.
    let opens = (start + 1..=first)
        .rev()
        .find(|&i| w.gap_is(i, Punct::Comma) || w.gap_is(i, Punct::Semi));
    if let Some(o) = opens
        && (o..first).any(|i| FINITE_AUXILIARIES.contains(&doc.word_text(i)))
        && next < end
        && w.gap_is(next, Punct::Space)
        && doc.words[next].shape == Shape::Lower
        && !NOT_VERBS.contains(&doc.word_text(next))
    {
        return false;
    }
    if next >= end {
        return true;
    }
    // "parents and schools and government": the last "and" is not the list's only one.
    if w.gap_is(next, Punct::Space) && matches!(doc.word_text(next), "and" | "or") {
        return false;
    }
    // "thinner flat screen and high-definition TVs, and games consoles": a ", and" a few
    // words on means the "and" read as the list's may sit inside an item.
    let reach = if s.items_kind == ItemKind::Phrase {
        7
    } else {
        4
    };
    if (next + 1..end.min(next + reach))
        .any(|i| w.gap_is(i, Punct::Comma) && matches!(doc.word_text(i), "and" | "or"))
    {
        return false;
    }
    // "search and rescue, immigration control, fishery protection": the comma chain goes
    // on after the last item with another short lower-case item, so the "and" read as the
    // list's joins two words of one item. A clause, a participle ("leaving …", "called
    // …") or an attribution ("officials said") after the comma does not continue it.
    let comma = (next..end.min(next + 6)).find(|&i| !w.gap_is(i, Punct::Space));
    if let Some(at) = comma
        && w.gap_is(at, Punct::Comma)
    {
        let to = (at + 1..end)
            .find(|&i| !w.gap_is(i, Punct::Space))
            .unwrap_or(end);
        let opener = doc.word_text(at);
        let plain = doc.words[at].shape == Shape::Lower
            && !NOT_VERBS.contains(&opener)
            && !opener.ends_with("ing")
            && !opener.ends_with("ed")
            && (at..to).all(|i| {
                let t = doc.word_text(i);
                !is_clause_word(t) && !matches!(t, "said" | "says" | "say" | "told" | "added")
            });
        if plain && to - at <= 4 && (to == end || w.gap_is(to, Punct::Comma)) {
            return false;
        }
        // "Everyone on the team, past and present, has been …", "any layout, large or
        // small, can use it": a pair set off by commas before the sentence's verb is an
        // aside on the word before it, not the end of a list.
        if is_auxiliary(opener) {
            return false;
        }
        // "create and groom backlogs, champion user testing and ensure …": the comma chain
        // goes on to its own "and", so the list's last item is further on and the "and"
        // read as the list's joins two parts of one item.
        // (Only the words up to that "and" need be plain: "champion user testing and
        // ensure we are always shipping".)
        let and_at = (at + 1..to.min(at + 5))
            .find(|&i| w.gap_is(i, Punct::Space) && matches!(doc.word_text(i), "and" | "or"));
        if let Some(j) = and_at
            && doc.words[at].shape == Shape::Lower
            && !NOT_VERBS.contains(&opener)
            && (at..j).all(|i| !is_clause_word(doc.word_text(i)))
        {
            return false;
        }
        // "New American, Mexican and American, Latina, Hispanic": more names after the
        // last, so the "and" joins two words of one item.
        if s.items_kind == ItemKind::Name
            && doc.words[at].shape == Shape::Capitalised
            && at + 1 < end
            && w.gap_is(at + 1, Punct::Comma)
        {
            return false;
        }
        // "with Jarah Meador, GSA, and Jessie Buerlein, HHS": names with their agencies,
        // not a list of three.
        if s.items_kind == ItemKind::Name
            && doc.words[at].shape == Shape::AllCaps
            && (at + 1 == end || !w.gap_is(at + 1, Punct::Space))
        {
            return false;
        }
    }
    true
}

/// Determiners that can govern a pair: "the look and feel", "a customer or an executive".
pub(super) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "their", "our", "its", "his", "her", "your", "my", "this", "that", "these",
    "those",
];

/// Words that open a phrase rather than a list item: prepositions and wh-words.
const PHRASE_OPENERS: &[&str] = &[
    "through", "between", "where", "what", "when", "which", "how", "why", "like", "into", "onto",
    "upon", "within", "without", "across", "toward", "towards", "via", "under", "against",
    "beyond", "behind", "among", "amid", "despite", "plus",
];

/// A word that reads as an adjective by its form: a compound with a hyphen
/// ("production-level"), a common adjective ending, or one of a few short adjectives.
pub(super) fn adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ed", "ful", "ive", "al", "ous", "ble", "ic", "less", "ary", "ly", "ing",
    ];
    (word.contains('-') && word.len() > 3)
        || (word.len() > 5 && ENDINGS.iter().any(|e| word.ends_with(e)))
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
fn noun_form(word: &str) -> bool {
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
fn mirror(a: &str, b: &str) -> bool {
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
    let shared = a
        .bytes()
        .rev()
        .zip(b.bytes().rev())
        .take_while(|(x, y)| x == y)
        .count();
    shared >= 4 && 2 * shared > a.len().min(b.len())
}

/// Words of an adverbial item ("or, perhaps most importantly, a customer or an executive").
fn adverbial(word: &str) -> bool {
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

/// Whether the items of a list are parallel, so that its "and" is the list's and not a
/// pair's inside a longer phrase or a name:
/// - a determiner on the last item but one and on no other item governs a pair: "Each
///   year, the cost and time to develop" is "the (cost and time)", not three items;
/// - an item made of adverbs among items that are not: "perhaps most importantly, a
///   customer or an executive";
/// - capitalised ordinary words joined by "and" in a list of names are one name or title:
///   "the Food and Drug Administration", "Administration on Children, Youth and Families",
///   "Director of Enterprise Applications and Tech Lead".
fn parallel(doc: &Document<'_>, s: &Series, w: &Words<'_, '_>) -> bool {
    let n = s.items.len();
    let words: Vec<Vec<String>> = s
        .items
        .iter()
        .map(|i| {
            let (from, to) = w.range(i.span.start(), i.span.end());
            (from..to)
                .map(|k| doc.word_text(k).to_lowercase())
                .collect()
        })
        .collect();
    let det = |k: usize| {
        words[k]
            .first()
            .is_some_and(|f| DETERMINERS.contains(&f.as_str()))
    };
    // (Also when the first item has one: "the depth of the well, the casing and cementing
    // program", "The larger the system, the larger and more complex the package".)
    if det(n - 2) && !det(n - 1) {
        return false;
    }
    // A mirrored pair after a noun is an aside on it, not the end of a list: "two errors,
    // one serious and one minor", "emotions, some good and some bad", "a two-part system,
    // an opening tag and a closing tag", "all agency websites, internal and external",
    // "organizations, legal and non-legal".
    if s.items_kind == ItemKind::Phrase && n == 3 && !det(0) {
        let (pen, last) = (&words[n - 2], &words[n - 1]);
        let same_opener =
            pen.len() >= 2 && last.len() >= 2 && (pen[0] == last[0] || (det(n - 2) && det(n - 1)));
        let mirrored = pen.len() == 1 && last.len() == 1 && mirror(&pen[0], &last[0]);
        if same_opener || mirrored {
            return false;
        }
    }
    if s.items_kind == ItemKind::Phrase {
        // "in universal design, where buildings and objects …", "through frequent and
        // continuous feedback": a later item opens with a preposition or a wh-word the first
        // does not share — a new phrase, not the next item.
        let opener = |k: usize| {
            words[k]
                .first()
                .is_some_and(|f| PHRASE_OPENERS.contains(&f.as_str()))
        };
        if !opener(0) && (1..n).any(opener) {
            return false;
        }
        // "an empowered, dedicated product owner and supportive team", "costly, on-premises
        // servers and maintenance costs": a lone adjective as the first item describes the
        // noun of the next, so the "and" joins a pair of nouns, not the list's last item.
        // The first item's edge is a guess, so its last word is what stands before the
        // comma ("… who use plain, modern language and avoid archaic …"); an "-ing" word
        // counts only alone ("a living, breathing pilot or MVP"): after a noun it is one
        // ("management training, user research and …").
        let lone = words[0]
            .iter()
            .skip_while(|x| DETERMINERS.contains(&x.as_str()))
            .collect::<Vec<_>>();
        if let Some(last) = lone.last()
            && adjective(last)
            && (lone.len() == 1 || (n == 3 && !last.ends_with("ing")))
            && words[n - 2].len() >= 2
        {
            return false;
        }
        // "for those less at ease with technology, printed and video help materials", "sickness,
        // personal or family emergencies": a lone adjective as the last item but one,
        // after a first item that is not one, shares the noun of the last item with it —
        // the "and" joins two modifiers inside one item. (Not "-ing" or "-ly": "food,
        // clothing and medical supplies".)
        // (The first item must read as a noun by its form, or "for bold, innovative and
        // actionable ideas" would go too.)
        let pen_adjective = |x: &str| adjective(x) && !x.ends_with("ing") && !x.ends_with("ly");
        if words[n - 2].len() == 1
            && pen_adjective(&words[n - 2][0])
            && words[n - 1].len() >= 2
            && words[0]
                .last()
                .is_some_and(|x| !adjective(x) && noun_form(x))
        {
            return false;
        }
        // "metrics, developed and maintained by a working group": two participles after a
        // noun (by its form: "used, stored and managed" is a list) describe it; "keeps everything organized and separated": the last item is a
        // second participle to the last word of the item before.
        let ed = |x: &String| x.len() > 4 && x.ends_with("ed");
        let (pen, last) = (&words[n - 2], &words[n - 1]);
        if last.len() == 1
            && last.first().is_some_and(ed)
            && pen.last().is_some_and(ed)
            && words[0].last().is_some_and(|x| noun_form(x))
            && (pen.len() == 1 || !pen.first().is_some_and(ed))
        {
            return false;
        }
        // "when concerns are worked out, even weeks or months later": a pair that opens
        // with a focus word is an aside, not the list's last two items.
        if words[n - 2]
            .first()
            .is_some_and(|x| matches!(x.as_str(), "even" | "only" | "just"))
            && words[0].first() != words[n - 2].first()
        {
            return false;
        }
        // "code reviews, setting up and maintaining the stack": a verb phrase in "-ing"
        // after a noun is a new phrase.
        let ing = |k: usize| words[k].iter().any(|x| x.len() > 5 && x.ends_with("ing"));
        if words[n - 2].len() >= 2
            && words[n - 2][0].len() > 4
            && words[n - 2][0].ends_with("ing")
            && !ing(0)
        {
            return false;
        }
        let adv: Vec<bool> = words
            .iter()
            .map(|ws| !ws.is_empty() && ws.iter().all(|x| adverbial(x)))
            .collect();
        if adv.iter().any(|&a| a) && !adv.iter().all(|&a| a) {
            return false;
        }
    }
    if s.items_kind == ItemKind::Name
        && s.uses_serial_comma == Some(false)
        && ordinary_title(doc, s.items[n - 2].span, w)
        && ordinary_title(doc, s.items[n - 1].span, w)
    {
        return false;
    }
    // People with their posts or offices: "Ken Handwerger, Chief, Web Services Division,
    // National Park Service and Judy Jaffie", "Angela Smithers, National Museum of African
    // American History and Culture": a person's name beside an item that names a post or
    // an office is a byline, not a list of like names.
    if s.items_kind == ItemKind::Name
        && s.items.iter().any(|i| office(doc, i.span, w))
        && s.items.iter().any(|i| person(doc, i.span, w))
    {
        return false;
    }
    true
}

/// Capitalised words that head the name of a post or an office.
const OFFICES: &[&str] = &[
    "chief",
    "director",
    "administrator",
    "manager",
    "officer",
    "secretary",
    "president",
    "division",
    "office",
    "service",
    "services",
    "department",
    "agency",
    "bureau",
    "center",
    "centre",
    "museum",
    "institute",
    "administration",
    "council",
    "committee",
    "commission",
    "board",
    "university",
    "foundation",
    "association",
];

/// An item with a capitalised word that heads a post or an office ("Chief", "Web Services
/// Division", "National Museum of …").
fn office(doc: &Document<'_>, span: crate::span::Span, w: &Words<'_, '_>) -> bool {
    let (a, b) = w.range(span.start(), span.end());
    (a..b).any(|k| {
        doc.words[k].shape == Shape::Capitalised
            && OFFICES.contains(&doc.word_text(k).to_lowercase().as_str())
    })
}

/// An item that reads as a person's name: two or three capitalised words, the last no
/// ordinary lower-case word ("Judy Jaffie", "Peter Lund", "Shannon McHarg").
fn person(doc: &Document<'_>, span: crate::span::Span, w: &Words<'_, '_>) -> bool {
    let (a, b) = w.range(span.start(), span.end());
    let name_only = |k: usize| {
        crate::spell::lookup(&doc.word_text(k).to_lowercase())
            .is_none_or(|e| !e.lower_in(crate::spell::Dialect::Either) || e.title_only())
    };
    (a + 2..=a + 3).contains(&b)
        && (a..b).all(|k| matches!(doc.words[k].shape, Shape::Capitalised | Shape::Mixed))
        && !OFFICES.contains(&doc.word_text(a).to_lowercase().as_str())
        && name_only(b - 1)
}

/// Whether emphasis (Markdown `*`/`_`, HTML `<b>`, `<strong>`, `<em>`, `<i>`) begins or ends
/// between word `i - 1` and word `i`.
fn emphasis_at(doc: &Document<'_>, i: usize) -> bool {
    let words = &doc.words;
    if i == 0 || i >= words.len() || words[i - 1].block != words[i].block {
        return false;
    }
    let gap = doc.text()[words[i - 1].span.end()..words[i].span.start()].to_ascii_lowercase();
    gap.contains(['*', '_'])
        || [
            "<b>", "</b>", "<strong", "</strong", "<em>", "</em>", "<i>", "</i>",
        ]
        .iter()
        .any(|t| gap.contains(t))
}

/// Whether emphasis that opened before the list closes after one of its items but the last:
/// "**Treat this as an agile, iterative project** and report back", "**… by Peer
/// Training**, Maroya Faied and Shannon McHarg" — the bold text is one phrase and the "and"
/// after it is not the list's. (A list in emphasis, or items each in emphasis, are lists.)
fn crosses_emphasis(doc: &Document<'_>, s: &Series, w: &Words<'_, '_>) -> bool {
    let ranges: Vec<(usize, usize)> = s
        .items
        .iter()
        .map(|i| w.range(i.span.start(), i.span.end()))
        .collect();
    // An item before the last whose end closes emphasis that did not open at its start.
    ranges[..ranges.len().saturating_sub(1)]
        .iter()
        .any(|&(x, y)| y > x && emphasis_at(doc, y) && !emphasis_at(doc, x))
}

/// An item written in capitalised ordinary words ("Drug Administration", "Rural Affairs",
/// "Tech Lead"), with small function words between them: part of a name or a title, where
/// a person's given name, a place or a coined name is not an ordinary word.
pub(super) fn ordinary_title(
    doc: &Document<'_>,
    span: crate::span::Span,
    w: &Words<'_, '_>,
) -> bool {
    let (a, b) = w.range(span.start(), span.end());
    let mut capitals = 0;
    for k in a..b {
        let word = doc.word_text(k);
        let lower = word.to_lowercase();
        if doc.words[k].shape == Shape::Lower {
            if !matches!(lower.as_str(), "of" | "for" | "on" | "the" | "in" | "to") {
                return false;
            }
            continue;
        }
        // An acronym among the words: "Agricultural and SPS Affairs", "Chief Deputy of OSI".
        if doc.words[k].shape == Shape::AllCaps {
            continue;
        }
        if doc.words[k].shape != Shape::Capitalised
            || crate::data::given_names::given_name_group(&crate::text::fold::name_key(word))
                .is_some()
            || !crate::spell::lookup(&lower)
                .is_some_and(|e| e.lower_in(crate::spell::Dialect::Either) && !e.title_only())
        {
            return false;
        }
        capitals += 1;
    }
    capitals > 0
}

/// Word lookups by byte offset and the punctuation between words.
pub(super) struct Words<'d, 'a> {
    doc: &'d Document<'a>,
}

impl Words<'_, '_> {
    /// The index of the word starting at or after byte `at`.
    pub(super) fn at(&self, at: usize) -> Option<usize> {
        let i = self.doc.words.partition_point(|w| w.span.start() < at);
        (i < self.doc.words.len()).then_some(i)
    }

    /// The index of the last word ending at or before byte `at`.
    pub(super) fn before(&self, at: usize) -> Option<usize> {
        let i = self.doc.words.partition_point(|w| w.span.end() <= at);
        i.checked_sub(1)
    }

    /// The words inside bytes `a..b`, as an index range.
    pub(super) fn range(&self, a: usize, b: usize) -> (usize, usize) {
        let words = &self.doc.words;
        (
            words.partition_point(|w| w.span.start() < a),
            words.partition_point(|w| w.span.end() <= b),
        )
    }

    /// Whether the text between word `i - 1` and word `i` (one block) is `g`.
    pub(super) fn gap_is(&self, i: usize, g: Punct) -> bool {
        let words = &self.doc.words;
        if i == 0 || i >= words.len() || words[i - 1].block != words[i].block {
            return false;
        }
        let gap = &self.doc.text()[words[i - 1].span.end()..words[i].span.start()];
        classify(gap) == g
    }
}

#[cfg(test)]
mod tests {
    use crate::doc::Format;
    use crate::parse::parse;
    use crate::source::SourceFile;

    /// Each series of three or more items in `text`, its items joined by `|`, with whether
    /// the extractor is sure of it.
    fn marks(text: &str) -> Vec<(String, bool)> {
        let src = SourceFile::new("t.txt", text);
        let doc = parse(&src, Format::Plain);
        doc.series
            .iter()
            .filter(|s| s.items.len() >= 3)
            .map(|s| {
                let items: Vec<&str> = s.items.iter().map(|i| doc.slice(i.span)).collect();
                (items.join("|"), s.sure)
            })
            .collect()
    }

    fn unsure(text: &str) {
        let m = marks(text);
        assert!(!m.is_empty(), "no series of three in {text:?}");
        assert!(m.iter().all(|(_, sure)| !sure), "{text:?} gave {m:?}");
    }

    fn sure(text: &str) {
        let m = marks(text);
        assert!(m.len() == 1 && m[0].1, "{text:?} gave {m:?}");
    }

    #[test]
    fn plain_lists_are_sure() {
        sure("The council named roads, parks, and libraries as its priorities.\n");
        sure("Ministers from France, Germany and Poland pushed for the measures.\n");
        sure("Lithuania, Latvia, and Estonia, which border Belarus, said so.\n");
        sure("The package covers banks, potash exporters and state media, diplomats said.\n");
        sure("They spent Monday on sanctions, energy, and migration, leaving little time.\n");
        sure(
            "Leaders backed the bid, a step that President Ursula von der Leyen, President Charles Michel, and President Andrzej Duda have urged.\n",
        );
    }

    #[test]
    fn an_opening_phrase_is_not_a_first_item() {
        unsure("In the city centre, mobility and access remain the main worries.\n");
        unsure("At the autumn trade fair, smart fabrics and textiles drew crowds.\n");
        unsure("On the new office network, video and voice travel over one line.\n");
    }

    #[test]
    fn an_item_with_its_own_and() {
        unsure("Parents want sick days, paid family and medical leave, affordable childcare.\n");
        unsure(
            "Its tasks include guarding oil platforms, fighting crime and piracy in the gulf, and patrolling rivers.\n",
        );
        unsure(
            "The shop stocks cameras, laptops, thinner flat screen and high-definition TVs, and games consoles.\n",
        );
        unsure(
            "Item helps in emergencies, prevention of smuggling, search and rescue, immigration control, fishery protection.\n",
        );
        unsure("All of us, parents and schools and government, must work together.\n");
    }

    #[test]
    fn clauses_joined_by_commas() {
        unsure(
            "Three networks are teaming up, O2 is trialling a system in Oxford, UK, and Nokia begins its own tests in May.\n",
        );
    }

    #[test]
    fn pairs_and_asides() {
        unsure(
            "We will mark two centuries of liberty and triumph, progress and freedom in this nation.\n",
        );
        unsure("We must stand by these democracies, including and especially tonight Colombia.\n");
        unsure("Over the past year, we've captured or killed thousands of extremists.\n");
        unsure("And, ultimately, general and complete disarmament.\n");
    }

    #[test]
    fn items_that_are_not_parallel() {
        // A determiner over a pair, an adverbial aside, a preposition or wh-word opening a
        // later item, a verb phrase in "-ing" after a noun.
        unsure("Each year, the cost and time to build software go down.\n");
        unsure("Ask your sponsor or, perhaps most importantly, a customer or an executive.\n");
        unsure("The idea comes from universal design, where buildings and objects serve all.\n");
        unsure("The team kept costs low with code reviews, setting up and maintaining servers.\n");
        unsure("The unit needs an empowered, dedicated product owner and supportive team.\n");
        unsure("They moved away from costly, on-premises servers and maintenance costs.\n");
        sure("The kit holds a screen, tactile controls and headsets for every voter.\n");
        sure("The board asked for bold, innovative and actionable ideas.\n");
        unsure("Good reports use clear, direct language and a simple chart.\n");
        sure("The team held management training, user research and an assisted acquisition.\n");
        sure("Agencies can call, write or visit the office.\n");
    }

    #[test]
    fn names_holding_and_and_appositives() {
        unsure("We met the Department of Labor, the Food and Drug Administration.\n");
        unsure("She runs the Administration on Children, Youth and Families in Ohio.\n");
        unsure("The panel has Ana Ruiz, GSA, and Tom Berg, HHS.\n");
        unsure("Everyone on the team, past and present, has worked hard.\n");
        unsure(
            "Owners remove blocks for the team, create and groom backlogs, champion testing and ensure quality.\n",
        );
        unsure(
            "Owners remove blocks, create and groom backlogs, champion testing and ensure we ship.\n",
        );
        unsure("The audit found two errors, one serious and one minor.\n");
        unsure("The rule covers all agency websites, internal and external.\n");
        unsure("Many other organizations, legal and non-legal, offer the service.\n");
        sure("We met their families, their teachers and their friends.\n");
        sure("The grant covers education, transportation and communication.\n");
        sure("Ministers from France, Germany and Poland met on Monday.\n");
        sure("The panel has Ana Ruiz, Tom Berg and Holly Stephens.\n");
    }

    #[test]
    fn the_first_item_ends_the_clause_before() {
        // A subject or a verb pair after an opening clause, a list that goes on past its
        // last item, a counted pair, adjectives before a noun pair, a title after a name.
        unsure("Teams clash, and if this happens, development and the organization can suffer.\n");
        unsure("Whenever a participant makes an appointment, thank them and pass along a copy.\n");
        unsure("Instead of listing all requirements, describe your problems and goals.\n");
        unsure("After meeting staff on the Hill, Justin and Gil head off to the White House.\n");
        unsure(
            "So as needs mature, the landscape shifts, and priorities change, executives and teams will build it.\n",
        );
        unsure(
            "Users have created apps, launched new products and services, and have improved it.\n",
        );
        unsure(
            "Servers were watched for availability, occasionally patched or upgraded, and so on.\n",
        );
        unsure("Our challenge is to keep the two interfaces, browser and machine, in sync.\n");
        unsure(
            "Good tools help us create simpler, more beautiful, more usable products and services.\n",
        );
        unsure("It was signed by Denise Turner Roth, GSA Administrator and Garren Givens.\n");
        // Real lists in the same places stay sure.
        sure("In 2020 the team visited Paris, Rome and Berlin.\n");
        sure("They liked it because the infrastructure, readability and taxonomy were sound.\n");
        sure("We showed two new initiatives for citizens, agencies and small businesses.\n");
        sure("A strategy defines topics, themes and purpose, and can also play a part.\n");
        sure(
            "But if dealings with your website, app, software or product cause trouble, they leave.\n",
        );
        sure(
            "Analysts there improve analysis, alleviate resource constraints and deliver results.\n",
        );
    }

    #[test]
    fn a_pair_inside_one_item_of_a_longer_list() {
        // The list trails on, has more items and a serial comma after the pair, or its
        // phrase item runs on to ", and" and a short last item.
        unsure("The survey reached clerks, tax and licensing officers, as well as judges.\n");
        unsure("The archive keeps letters, drafts and printed proofs, etc. in a cold room.\n");
        unsure("The grant covers botany, plant and soil sciences, [and more](https://x.org).\n");
        unsure("We build apps, data and mapping interfaces (APIs), and platforms.\n");
        unsure("It helps screen readers, archive software or services, and for other uses.\n");
        unsure("Hear what people need, sketch and test ideas, gather comments, and repeat it.\n");
        // Real lists followed by a new clause or phrase stay sure.
        sure("We thank readers, donors and the council, and we hope to see them again.\n");
        sure("The grant covers botany, zoology and soil science, which the board reviews.\n");
        sure("A strategy defines topics, themes and purpose, and can also play a part.\n");
        sure("Staff answer email, phone and chat questions, as well as for training new hires.\n");
        sure(
            "It brings a culture that rewards teamwork, candour and care, a set of habits for shipping small changes, and a budget.\n",
        );
    }

    #[test]
    fn repetition() {
        unsure("Item was really, really small, and yes, it ran cool.\n");
        unsure("Item was very, very hot, and dry too.\n");
    }

    #[test]
    fn clauses_asides_and_bylines() {
        // Clauses with a contracted verb, a lone adjective before the last item's noun, a
        // participle's phrase, an aside before a verb-phrase pair, focus words, a byline, an
        // office spelt out by its acronym.
        unsure(
            "All is calm. Everyone's in the hall, everything's ready and everybody's in place.\n",
        );
        unsure("For readers less at ease with technology, printed and audio guides explain it.\n");
        unsure("Staff may leave early for illness, personal or family emergencies.\n");
        unsure("According to this analysis, clerical and sales jobs face the most change.\n");
        unsure("Taking this route, volunteers and their neighbours have planted trees.\n");
        unsure(
            "The app, which riders can get on phones and tablets, tracks buses and sends alerts.\n",
        );
        unsure("This, in turn, saves money and frees staff for other work.\n");
        unsure("The report, released today, continues and extends last year's survey.\n");
        unsure("By May we will ship a few components, most likely tabs and menus.\n");
        unsure("Once the bugs are fixed, even weeks or months later, the team can announce it.\n");
        unsure("Pick the rules you can apply, fully or partially.\n");
        unsure(
            "The talk was given by Maria Olsen, Chief, Parks Division, City Council and Peter Lund.\n",
        );
        unsure("She led the Office of Planning, Research and Evaluation (PRE) for years.\n");
        unsure("Slide 25: For more than 100 years, doctors and nurses have studied it.\n");
        unsure("Just as we deliver services from the start, staff and partners are working.\n");
        unsure("Tell us about your team's changes, big and small.\n");
        unsure("It works as a two-part system, an opening tag and a closing tag.\n");
        unsure("These are the baseline metrics, developed and maintained by a working group.\n");
        unsure("It helps with specificity, keeps everything organized and separated.\n");
        sure(
            "They helped by millions giving time, firms adopting schools, and towns pulling together.\n",
        );
        unsure("They identify as New American, Mexican and American, Latina, Hispanic.\n");
        // Real lists in the same places stay sure.
        sure("Data must be used, stored, and managed with care.\n");
        sure(
            "Each expert works with an editor, who cleans up the answer, adds links, and posts it.\n",
        );
        sure(
            "Since the unit began in 2014, we\u{2019}ve attracted, recruited and hired the best people.\n",
        );
        sure("The board asked for bold, innovative and actionable ideas.\n");
        sure("Staff may leave early for illness, injury and jury duty.\n");
        sure("The app, which riders like, shows buses, trams and ferries.\n");
        sure("It offers coordination across agencies, programs, and devices for the public.\n");
        sure("The panel heard Maria Olsen, Peter Lund and Ana Berg.\n");
        sure("The team studied science, technology, engineering and math (STEM) every week.\n");
        sure(
            "Achieving this requires work across federal agencies, programs, and the functions involved.\n",
        );
    }

    #[test]
    fn emphasis_around_part_of_a_list() {
        let marks = |text: &str| {
            let src = SourceFile::new("t.md", text);
            let doc = parse(&src, Format::Markdown);
            doc.series
                .iter()
                .filter(|s| s.items.len() >= 3)
                .map(|s| s.sure)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            marks("**Treat the launch as a small, careful experiment** and report back.\n"),
            [false]
        );
        assert_eq!(
            marks("Talks: **Notes from Field Work**, Ana Berg and Peter Lund (Parks)\n"),
            [false]
        );
        assert_eq!(marks("We need **maps**, **water** and snacks.\n"), [true]);
        assert_eq!(
            marks("**Bring maps, water and snacks** to the meeting.\n"),
            [true]
        );
    }
}
