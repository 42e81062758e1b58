//! Where a list's first item begins, and whether the list goes on past its last: the checks
//! of [`super::confidence`] that look at the clause around a list.
//!
//! The extractor reads "A, B and C" wherever a comma stands before a pair. Often the "first
//! item" is the end of the clause or phrase before it and the pair starts something new:
//! - a pair that is the subject of the sentence after an opening clause or phrase ("If this
//!   happens, software development and the organization can suffer", "In just a few
//!   years, fellows and their partners have made …", "In March, Ana and Tom visited");
//! - a pair of verb phrases after an opening clause ("Whenever a participant makes an
//!   appointment, thank them and pass along a copy", "Instead of listing requirements,
//!   describe your problems and goals");
//! - a pair inside one item of a longer list, which goes on after it ("created apps,
//!   launched new products and services, and have improved …", "patched or upgraded, and
//!   so on");
//! - a pair that spells out a number ("two interfaces, browser and machine");
//! - adjectives before a noun pair ("simpler, more beautiful, more usable products and
//!   services");
//! - a person's title after their name ("Denise Turner Roth, GSA Administrator and Garren
//!   Givens").

use super::confidence::Words;
use super::extractor::Punct;
use super::{ItemKind, Series};
use crate::doc::{Document, Shape};
use crate::text::lexicon::{FINITE_AUXILIARIES, is_auxiliary};

/// Subordinators that open a clause that is not a list item; with [`PREPOSITIONS`], the
/// words that open a clause or a sentence's introductory phrase ([`opens_clause`]).
const SUBORDINATORS: &[&str] = &[
    "if", "when", "whenever", "where", "wherever", "while", "as", "because", "although", "though",
    "unless", "until", "once", "whether",
];

/// Whether `w` opens a clause or phrase that is not a list item: a subordinator or a
/// preposition that opens a sentence's introductory phrase.
fn opens_clause(w: &str) -> bool {
    SUBORDINATORS.contains(&w) || PREPOSITIONS.contains(&w)
}

/// Prepositions that open a phrase (with [`SUBORDINATORS`], see [`opens_clause`]).
const PREPOSITIONS: &[&str] = &[
    "instead",
    "rather",
    "in",
    "at",
    "on",
    "for",
    "with",
    "without",
    "during",
    "under",
    "over",
    "from",
    "by",
    "across",
    "through",
    "throughout",
    "within",
    "to",
    "despite",
    "among",
    "following",
    "thanks",
    "after",
    "before",
    "since",
];

/// Words for a post that end a person's title: "GSA Administrator", "Program Director".
const TITLE_HEADS: &[&str] = &[
    "administrator",
    "director",
    "officer",
    "manager",
    "secretary",
    "chief",
    "deputy",
    "commissioner",
    "lead",
    "president",
    "fellow",
    "chair",
    "head",
    "editor",
    "adviser",
    "advisor",
    "analyst",
    "engineer",
    "designer",
    "coordinator",
    "specialist",
    "strategist",
    "counsel",
    "attorney",
    "founder",
    "minister",
    "ambassador",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "governor",
    "mayor",
    "senator",
    "representative",
    "professor",
];

/// Conjunctions that open a new clause after a comma; such a clause opens with a subordinate
/// clause only when its sentence does ("As needs mature, …, and priorities change,
/// executives and teams will build …").
const CONJUNCTIONS: &[&str] = &["and", "or", "but", "so", "then"];

/// Words that may follow a list that is the object of a clause: prepositions, relatives,
/// conjunctions and time words, not a verb.
const NOT_VERBS: &[&str] = &[
    "and",
    "or",
    "but",
    "nor",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "with",
    "by",
    "as",
    "than",
    "into",
    "about",
    "after",
    "before",
    "during",
    "since",
    "until",
    "that",
    "which",
    "who",
    "whose",
    "whom",
    "where",
    "when",
    "while",
    "if",
    "because",
    "across",
    "through",
    "over",
    "under",
    "within",
    "without",
    "per",
    "via",
    "like",
    "last",
    "next",
    "this",
    "each",
    "every",
    "all",
    "alike",
    "too",
    "also",
    "so",
    "then",
    "there",
    "here",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "together",
    "respectively",
    "etc",
    "instead",
    "around",
    "among",
    "between",
    "against",
    "toward",
    "towards",
    "including",
    "such",
    "both",
    "either",
    "more",
    "less",
    "only",
    "even",
    "just",
    "alone",
    "above",
    "below",
    "up",
    "out",
    "off",
    "down",
];

/// Words after a verb that show it is one: object pronouns, determiners and particles
/// ("thank them", "describe your problems", "go ahead", "send some …").
const OBJECTS: &[&str] = &[
    "them", "it", "us", "him", "me", "your", "our", "their", "its", "his", "some", "any", "ahead",
    "these", "those",
];

/// Subject pronouns: "and we went home" after a list is a new clause, not more of it.
const SUBJECTS: &[&str] = &["i", "we", "you", "he", "she", "it", "they", "there", "this"];

/// Words that, after ", and", show the list goes on with more of the same or trails off:
/// "…, and so on", "…, and many other services", "…, and more".
const TRAILS: &[&str] = &["so", "many", "more", "other", "others", "much"];

/// Whether the clause around a list shows that its "first item" is the end of the clause
/// before, or that the list goes on past its last item: see the module docs.
pub(super) fn misread(
    doc: &Document<'_>,
    list: &Series,
    w: &Words<'_, '_>,
    sentence: (usize, usize),
) -> bool {
    let count = list.items.len();
    let (start, end) = sentence;
    let item_words = |k: usize| {
        let (a, b) = w.range(list.items[k].span.start(), list.items[k].span.end());
        (a..b)
            .map(|i| doc.word_text(i).to_lowercase())
            .collect::<Vec<_>>()
    };
    let Some(first) = w.at(list.items[0].span.start()) else {
        return false;
    };
    let Some(last_end) = w.before(list.items[count - 1].full().end()) else {
        return false;
    };
    // A colon before the list opens a new clause as a sentence's start does ("**Slide
    // 25:** For more than 100 years, scientists and psychologists have been …").
    let start = (start + 1..=first)
        .rev()
        .find(|&i| w.gap_is(i, Punct::Colon))
        .unwrap_or(start);
    // The stretch of the sentence the first item closes: from the last comma, semicolon
    // or the sentence's start to the first item.
    let seg = (start + 1..=first)
        .rev()
        .find(|&i| w.gap_is(i, Punct::Comma) || w.gap_is(i, Punct::Semi) || sentence_gap(doc, i))
        .unwrap_or(start);
    // The word that opens that stretch; after a conjunction, the word after it ("…, but if
    // customers …") or, failing that, the sentence's first ("As needs mature, …, and
    // priorities change, executives …").
    let lower = |i: usize| doc.word_text(i).to_lowercase().replace('\u{2019}', "'");
    // (Back over a chain of clauses: "so as user needs mature, the landscape shifts, and
    // priorities change, executives …".)
    let mut at = seg;
    // "…, so that riders from Slovenia, Denmark and Germany filled …": "so that" opens a
    // clause of result, whose subject the list may be.
    if lower(seg) == "so" && seg + 1 < first && lower(seg + 1) == "that" {
        at = seg + 1;
    } else if CONJUNCTIONS.contains(&lower(seg).as_str()) {
        at = start;
        for c in (start..=seg)
            .rev()
            .filter(|&c| c == start || w.gap_is(c, Punct::Comma))
        {
            let o = lower(c);
            if CONJUNCTIONS.contains(&o.as_str()) {
                if c + 1 < first && opens_clause(lower(c + 1).as_str()) {
                    at = c + 1;
                    break;
                }
            } else if opens_clause(o.as_str()) {
                at = c;
                break;
            }
        }
    }
    // ("Just as we strive …, scientists and decision-makers … are coming together": a
    // focus word before the subordinator.)
    if matches!(lower(at).as_str(), "just" | "even" | "only" | "much")
        && at + 1 < first
        && SUBORDINATORS.contains(&lower(at + 1).as_str())
    {
        at += 1;
    }
    let opener = lower(at);
    // A preposition ends its phrase at the comma ("In March, Ana and Tom visited"). A
    // subordinator's clause ends there only if its verb comes before the comma, which
    // shows as a clause word or subject pronoun ("if this happens", "if you're
    // proposing"), as a second determiner with no preposition before it ("Whenever a
    // participant makes an appointment": a noun phrase holds one), or as commas between
    // the subordinator and the list (its clause is over). Otherwise the list may be the
    // clause's subject ("because the information infrastructure, readability, and
    // taxonomy was …").
    let e0 = w
        .before(list.items[0].span.end())
        .unwrap_or(first)
        .max(first);
    let subordinate_verb = || {
        let mut dets = 0;
        for i in at + 1..=e0 {
            let t = lower(i);
            let pronoun = t.split('\'').next().unwrap_or("");
            if super::confidence::is_clause_word(&t) || SUBJECTS.contains(&pronoun) || t == "one" {
                return true;
            }
            if PREPOSITIONS.contains(&t.as_str()) || t == "of" {
                dets = 0;
            } else if super::confidence::DETERMINERS.contains(&t.as_str()) {
                dets += 1;
                if dets == 2 {
                    return true;
                }
            }
        }
        false
    };
    // (A preposition introduces the sentence only at its start, after at most a
    // conjunction: in "Envoys from Paris, …, and from Kyiv, Riga and Minsk met" the phrase
    // belongs to the subject.)
    let introduces = PREPOSITIONS.contains(&opener.as_str())
        && (at == start || (at == start + 1 && CONJUNCTIONS.contains(&lower(start).as_str())));
    // A participle with its object opens the sentence: "Taking this approach, fellows and
    // their partners have spurred …" (a gerund subject has no determiner after it:
    // "Campaigning in São Paulo, Rio and Minas will decide").
    // (A short phrase that ends at the first item: "Achieving this requires coordination
    // across agencies, programs, and …" is the subject of its own clause.)
    let participle = at == start
        && e0 <= start + 4
        && opener.len() > 4
        && opener.ends_with("ing")
        && at + 1 < first
        && super::confidence::DETERMINERS.contains(&lower(at + 1).as_str());
    let opens_clause = seg < first
        && ((opens_clause(opener.as_str()) && (introduces || at < seg || subordinate_verb()))
            || participle);
    let next = last_end + 1;
    let pen = item_words(count - 2);
    // A subject after an opening clause or phrase: a verb follows the list's last item.
    // A name's edge is marked by its capitals, so the word after it is the next word of
    // the sentence; a phrase's last edge is a guess ("other language access" of "…
    // access stakeholders"), so only an auxiliary among the next words shows the verb.
    if opens_clause && next < end && w.gap_is(next, Punct::Space) {
        let t = doc.word_text(next);
        let verb = if list.items_kind == ItemKind::Name {
            let suffix = t.len() > 4 && (t.ends_with("ing") || t.ends_with("ly"));
            doc.words[next].shape == Shape::Lower && !NOT_VERBS.contains(&t) && !suffix
        } else {
            (t.len() > 4 && t.ends_with("ed"))
                || (next..end.min(next + 3))
                    .take_while(|&i| {
                        (i == next || w.gap_is(i, Punct::Space))
                            && !NOT_VERBS.contains(&doc.word_text(i))
                    })
                    .any(|i| {
                        FINITE_AUXILIARIES.contains(&doc.word_text(i))
                            && doc.words[i].shape == Shape::Lower
                    })
        };
        if verb {
            return true;
        }
    }
    // A pair of verb phrases after an opening clause: "…, thank them and pass along".
    if opens_clause
        && pen.len() >= 2
        && doc
            .words
            .get(w.at(list.items[count - 2].span.start()).unwrap_or(0))
            .is_some_and(|x| x.shape == Shape::Lower)
        && OBJECTS.contains(&pen[1].as_str())
    {
        return true;
    }
    // A pair of verb phrases after an aside on their subject: "The app, which you can
    // download on phones and tablets, uses geolocation and amalgamates data", "This, in
    // turn, offers insights and reflects …", "a glossary that, when used across an agency,
    // ensures consistency and uniformity", "The initiative, released today, continues and
    // builds upon …". The first "item" is the end of the aside, set off by commas, and the
    // pair opens with a verb in "-s".
    // (The aside is the item before the pair: the first of three, or the second of four
    // when the subject itself was read as an item: "The report, released today, continues
    // and extends …".)
    let participial = |o: &str| o.len() > 4 && o.ends_with("ed");
    let before_pair = w.at(list.items[count - 3].span.start()).unwrap_or(first);
    let aside_at = (start + 1..=before_pair)
        .rev()
        .find(|&i| w.gap_is(i, Punct::Comma))
        .unwrap_or(start);
    // (A relative whose own verb comes next is the first of the verb phrases: "an editor,
    // who cleans up the answer, adds links, and posts it".)
    let verb_next = |i: usize| {
        let t = lower(i);
        t.len() > 3 && t.ends_with('s') && !t.ends_with("ss") || participial(&t)
    };
    let aside = aside_at > start && {
        let o = lower(aside_at);
        self::opens_clause(o.as_str())
            || (matches!(o.as_str(), "which" | "who" | "that") && !verb_next(aside_at + 1))
            || participial(&o)
    };
    let ult = item_words(count - 1);
    let third_person = |x: &str| {
        x.len() > 3
            && x.ends_with('s')
            && !["ss", "us", "is", "ics", "'s"]
                .iter()
                .any(|e| x.ends_with(e))
    };
    // (A lone word in "-s" may be a plural — "across platforms, agencies, and devices" — so
    // it counts only after a participle's aside, with a verb phrase after it.)
    // (Not before an "-ing" word: "to millions volunteering time, corporations adopting
    // schools, and communities pulling together" is a list of nouns.)
    if aside
        && list.items_kind == ItemKind::Phrase
        && pen.first().is_some_and(|p| third_person(p))
        && !pen.get(1).is_some_and(|x| x.ends_with("ing"))
        && (pen.len() >= 2
            || (participial(&lower(aside_at))
                && ult.len() >= 2
                && ult.first().is_some_and(|l| third_person(l))))
    {
        return true;
    }
    // The list goes on past its last item: ", and have improved", ", and so on", ", and
    // many other …", ", and platforms". A new clause (", and we …", ", and the shop …")
    // or phrase (", and from Oslo") does not continue it.
    if next + 1 < end && w.gap_is(next, Punct::Comma) && matches!(doc.word_text(next), "and" | "or")
    {
        let t = doc.word_text(next + 1);
        let lower = t.to_lowercase();
        let shape = doc.words[next + 1].shape;
        let determiner = super::confidence::DETERMINERS.contains(&lower.as_str());
        // A verb or a noun goes on with more of the same only when the items are verb
        // phrases themselves ("launched new products and services, and have improved");
        // after nouns it is a new predicate ("topics, themes and purpose, and can also
        // play a part").
        let verbal = pen
            .first()
            .is_some_and(|p| p.len() > 4 && p.ends_with("ed"))
            || pen.get(1).is_some_and(|p| OBJECTS.contains(&p.as_str()));
        let goes_on = w.gap_is(next + 1, Punct::Space)
            && (TRAILS.contains(&lower.as_str())
                || (!NOT_VERBS.contains(&lower.as_str())
                    && !SUBJECTS.contains(&lower.as_str())
                    && ((verbal
                        && (is_auxiliary(&lower) || (shape == Shape::Lower && !determiner)))
                        || (list.items_kind == ItemKind::Name
                            && (determiner || shape != Shape::Lower)))));
        if goes_on {
            return true;
        }
    }
    if goes_on(doc, list, w, next, end) || spelt_acronym(doc, list, w, next) {
        return true;
    }
    // A number spelt out by the pair: "two interfaces, browser and machine", "in two
    // places, the client side and the server", "two Carib Indian words, ora and oubao".
    // (The number is the head of the first item's last words, not anywhere before it: "two
    // new initiatives for citizens, agencies and small businesses" is a list.)
    let counted = (seg.max(e0.saturating_sub(3))..=e0).any(|i| {
        let t = lower(i);
        let t = t.split('-').next().unwrap_or("");
        matches!((t, count), ("two" | "pair", 3) | ("three", 4))
    });
    if counted && seg < e0 {
        return true;
    }
    // An adjective in "more"/"most" before a noun pair: "simpler, more beautiful, more
    // usable products and services" (the adjectives describe the pair).
    if list.items_kind == ItemKind::Phrase
        && pen.len() >= 2
        && (0..count - 2).any(|k| {
            let ws = item_words(k);
            ws.len() == 2 && matches!(ws[0].as_str(), "more" | "most" | "less" | "very")
        })
    {
        return true;
    }
    // A person's title after their name: "Denise Turner Roth, GSA Administrator and
    // Garren Givens", "Amy Tong, Agency Information Officer and Chief Deputy of OSI".
    // (The title ends in a word for a post; a person's name is not made of ordinary words
    // and has two words or more.)
    let name_words = |k: usize| w.range(list.items[k].span.start(), list.items[k].span.end());
    let (pa, pb) = name_words(count - 2);
    if list.items_kind == ItemKind::Name
        && (pa..pb).any(|i| TITLE_HEADS.contains(&lower(i).as_str()))
        && super::confidence::ordinary_title(doc, list.items[count - 2].span, w)
        && !super::confidence::ordinary_title(doc, list.items[0].span, w)
        && !super::confidence::ordinary_title(doc, list.items[count - 1].span, w)
        && [0, count - 1].iter().all(|&k| {
            let (a, b) = name_words(k);
            b >= a + 2 && (a..b).all(|i| doc.words[i].shape == Shape::Capitalised)
        })
    {
        return true;
    }
    false
}

/// Whether the words after a list's last item (from word `next`, before the sentence's
/// end `end`) show that the pair is one item of a longer list:
/// - ", as well as …", ", etc." or a bracketed "[and more]" after it: the list trails on;
/// - more items and then ", and" or ", or" before the sentence ends ("understand their
///   needs, sketch and test ideas, gather feedback, and repeat");
/// - a phrase list's last item running on to a comma, then ", and" with a short last item
///   that ends the sentence ("web apps, data and service interfaces, and platforms.",
///   "screen readers, archive software or services, and for other uses."): the list has
///   its serial comma and the pair is inside one of its items.
///
/// A new clause after the comma (", and we …", ", which …") shows none of this.
fn goes_on(doc: &Document<'_>, list: &Series, w: &Words<'_, '_>, next: usize, end: usize) -> bool {
    if next >= end {
        return false;
    }
    let lower = |i: usize| doc.word_text(i).to_lowercase().replace('\u{2019}', "'");
    let gap = |i: usize| {
        if i == 0 || i >= doc.words.len() || doc.words[i - 1].block != doc.words[i].block {
            return "";
        }
        &doc.text()[doc.words[i - 1].span.end()..doc.words[i].span.start()]
    };
    let conj = |i: usize| matches!(lower(i).as_str(), "and" | "or");
    if w.gap_is(next, Punct::Comma) {
        let t = lower(next);
        // (Not "as well as" and a preposition, which answers another part of the sentence:
        // "to answer email, phone and chat requests, as well as for self-service".)
        let as_well_as = next + 3 < end
            && t == "as"
            && lower(next + 1) == "well"
            && lower(next + 2) == "as"
            && !PREPOSITIONS.contains(&lower(next + 3).as_str());
        if t == "etc" || as_well_as {
            return true;
        }
    }
    // ", [and more](…)", ", (and others)".
    let g = gap(next).trim_start();
    if g.starts_with(',')
        && g.contains(['[', '('])
        && next + 1 < end
        && conj(next)
        && TRAILS.contains(&lower(next + 1).as_str())
    {
        return true;
    }
    // The first comma after the last item: right after it, or, for a phrase list whose
    // last edge is a guess, after a few more words of the same item ("service
    // Application Programming Interfaces (APIs), and").
    let reach = if list.items_kind == ItemKind::Phrase {
        6
    } else {
        0
    };
    let Some(comma) = (next..end.min(next + reach + 1))
        .take_while(|&i| {
            let g = gap(i);
            i == next || (!g.is_empty() && !g.contains(['.', ';', ':', '!', '?']))
        })
        .find(|&i| gap(i).contains(','))
    else {
        return false;
    };
    let new_clause = |i: usize| {
        let t = lower(i);
        let pronoun = t.split('\'').next().unwrap_or("");
        // (Or a verb: "who won in 2011, 2014 and 2019, were named favourites by A, B, and
        // C" is the sentence's predicate, not more items.)
        SUBJECTS.contains(&pronoun)
            || NOT_VERBS.contains(&t.as_str()) && !conj(i)
            || is_auxiliary(&t)
    };
    if comma != next || new_clause(comma) {
        // (More items only right after the pair.)
        if comma != next {
            // A short last item that ends the sentence after ", and".
            return conj(comma) && short_last_item(doc, w, comma + 1, end);
        }
        return false;
    }
    if conj(comma) {
        return list.items_kind == ItemKind::Phrase && short_last_item(doc, w, comma + 1, end);
    }
    // More items, then ", and" or ", or": every gap up to it a space or a comma, and the
    // words between no new clause. An item that opens with a determiner where the pair's
    // last does not is an item of an outer list the whole list sits in ("a philosophy that
    // rewards teamwork, candour and care, a set of habits …, and a budget"): the inner list
    // is real.
    let det = |i: usize| super::confidence::DETERMINERS.contains(&lower(i).as_str());
    let last_start = w.at(list.items[list.items.len() - 1].span.start());
    if det(comma) && !last_start.is_some_and(det) {
        return false;
    }
    for i in comma + 1..end.min(comma + 16) {
        if w.gap_is(i, Punct::Comma) {
            if conj(i) && i + 1 < end {
                return true;
            }
            if new_clause(i) {
                return false;
            }
        } else if !w.gap_is(i, Punct::Space) {
            return false;
        }
    }
    false
}

/// Whether words `from..end` (the rest of a sentence after ", and") read as a short last
/// list item: at most four words, spaces between, no subject, auxiliary or "-ed" verb, and a
/// determiner only after a preposition ("for other uses", "platforms", "on the web").
fn short_last_item(doc: &Document<'_>, w: &Words<'_, '_>, from: usize, end: usize) -> bool {
    if from >= end || end - from > 4 {
        return false;
    }
    let first = doc.word_text(from).to_lowercase();
    if SUBJECTS.contains(&first.as_str())
        || super::confidence::DETERMINERS.contains(&first.as_str())
    {
        return false;
    }
    (from..end).all(|i| {
        let t = doc.word_text(i).to_lowercase();
        (i == from || w.gap_is(i, Punct::Space))
            && !is_auxiliary(&t)
            && !(t.len() > 4 && t.ends_with("ed"))
            && !SUBJECTS.contains(&t.as_str())
    })
}

/// Whether a sentence ends between word `i - 1` and word `i` where the sentence splitter
/// did not see it: "… design research). Whenever a participant …".
fn sentence_gap(doc: &Document<'_>, i: usize) -> bool {
    if i == 0 || i >= doc.words.len() || doc.words[i].shape != Shape::Capitalised {
        return false;
    }
    let gap = &doc.text()[doc.words[i - 1].span.end()..doc.words[i].span.start()];
    gap.contains(['.', '?', '!']) && gap.ends_with(char::is_whitespace)
}

/// Whether the list is one name spelt out by the acronym in brackets after it: "the ACIO for
/// Policy, e-Government and Fair Information Practices (PE&F)", "the Council's Services,
/// Strategy, and Infrastructure (SSI) Committee" — each item's initial in order in the
/// acronym's capitals.
fn spelt_acronym(doc: &Document<'_>, list: &Series, w: &Words<'_, '_>, next: usize) -> bool {
    // (Only for names: "science, technology, engineering and math (STEM)" is a list.)
    if list.items_kind != ItemKind::Name {
        return false;
    }
    // The bracket is the last item's note ("Infrastructure (SSI)") or follows the list.
    let tail = &list.items[list.items.len() - 1];
    let from = match (tail.note, tail.note_kind) {
        (Some(note), Some(super::NoteKind::Paren)) => note.start() + 1,
        _ if next < doc.words.len() && w.gap_is(next, Punct::Open) => doc.words[next].span.start(),
        _ => return false,
    };
    let rest = &doc.text()[from..];
    let Some(close) = rest.find(')').filter(|&c| c <= 16) else {
        return false;
    };
    let letters: Vec<char> = rest[..close]
        .chars()
        .filter(|c| !matches!(c, '&' | '.' | '-' | ' '))
        .collect();
    if letters.len() < list.items.len() || !letters.iter().all(char::is_ascii_uppercase) {
        return false;
    }
    let initial = |k: usize| {
        doc.word_text(k)
            .chars()
            .next()
            .map(|c| c.to_ascii_uppercase())
    };
    // The first item's left edge is a guess ("Council's Services"): one of its words opens
    // the acronym. Each later item's first word ("e-Government" by its first letter) comes
    // next in it, in order.
    let (a, b) = w.range(list.items[0].span.start(), list.items[0].span.end());
    if !(a..b).any(|k| initial(k) == Some(letters[0])) {
        return false;
    }
    let mut it = letters[1..].iter();
    list.items[1..].iter().all(|item| {
        let (a, _) = w.range(item.span.start(), item.span.end());
        initial(a).is_some_and(|c| it.any(|&l| l == c))
    })
}
