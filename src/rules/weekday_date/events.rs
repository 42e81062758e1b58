//! How `weekday-date` tells that a weekday and a date name one event: the verb or noun
//! each is said of, the kinds of event, the subject, and the words two sentences share.

use super::{REPORTING, STOPWORDS};
use crate::doc::dates::{
    Clause, DateMention, Tense, WeekdayMention, is_past_form, settled_infinitive,
};
use crate::doc::{Document, Gap};
use crate::text::date::Weekday;

/// The past event a mention dates, as a word, and whether it is a reporting verb: the
/// past-tense verb that governs it ("signed on Wednesday", "said on Wednesday"), or the noun
/// it follows ("the attack on June 5") in a sentence told in the past. `None` for plans and
/// the future.
pub(super) fn verb_event(
    doc: &Document<'_>,
    first: u32,
    sentence: u32,
    clause: Clause,
) -> Option<(String, bool)> {
    if clause.tense == Tense::Future {
        return None;
    }
    if let Some(v) = clause.verb {
        let verb = doc.word_str(v as usize).to_lowercase();
        let reporting = REPORTING.contains(&verb.as_str());
        return (clause.tense == Tense::Past).then_some((verb, reporting));
    }
    settled_event(doc, first)
        .or_else(|| event(doc, first, sentence))
        .map(|noun| (noun, false))
}

/// The verb of a thing done once that a date follows, over its object: "the Fed's decision to
/// cut interest rates by half a point on Tuesday" gives "cut", the event "the Sept. 18 cut"
/// names. Only words between, no punctuation.
fn settled_event(doc: &Document<'_>, first: u32) -> Option<String> {
    let on = (first as usize).checked_sub(1)?;
    if !doc.word_str(on).eq_ignore_ascii_case("on") || doc.words[on + 1].gap != Gap::Space {
        return None;
    }
    let mut k = on;
    while k > 0 && on - k < 10 && doc.words[k].gap == Gap::Space {
        k -= 1;
        if let Some(verb) = settled_infinitive(doc, k) {
            return Some(doc.word_str(verb).to_lowercase());
        }
    }
    None
}

/// A lower-case word of four letters or more, or one of the [`KINDS`] ("cut"), that is no
/// small word: one that can name an event ("vote", "quake", "ruling").
fn plain_noun(noun: &str) -> bool {
    (noun.len() >= 4 || kind(noun).is_some())
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !STOPWORDS.contains(&noun)
}

/// Words before a date that make it name an event: "the June 5 vote", "its Nov. 12
/// statement".
pub(super) const DETERMINERS: &[&str] = &["its", "his", "her", "our", "the", "their", "this"];

/// The event a date names when it stands before its noun, after a determiner or a
/// possessive: "the June 5 vote" gives "vote", "Harlow's Nov. 12 statement" "statement".
pub(super) fn attributive(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    let (first, next) = (m.first_word as usize, m.last_word as usize + 1);
    if first == 0 || next >= doc.words.len() {
        return None;
    }
    let before = doc.word_str(first - 1).to_lowercase();
    let possessive = crate::text::is_possessive(&before);
    let w = &doc.words[next];
    let noun = doc.word_str(next).to_lowercase();
    let plain = plain_noun(&noun);
    let joined = w.gap == Gap::Space
        && w.block == m.block
        && doc.words[first - 1].block == m.block
        && doc.words[first].gap == Gap::Space;
    if !((DETERMINERS.contains(&before.as_str()) || possessive) && plain && joined) {
        return None;
    }
    // "the Dec. 14 impeachment vote": the second noun is the event, the first says of what.
    let head = doc
        .words
        .get(next + 1)
        .filter(|h| h.gap == Gap::Space && h.block == m.block);
    if let Some(h) = head
        && h.shape == crate::doc::Shape::Lower
    {
        let second = doc.word_str(next + 1).to_lowercase();
        if kind(&second).is_some() && kind(&noun).is_none() {
            return Some(second);
        }
    }
    Some(noun)
}

/// Kinds of event that a verb and a noun may both name: "approved" the bill, "the June 5
/// vote"; "ruled", "the ruling"; "announced", "its statement".
pub(super) const KINDS: &[&[&str]] = &[
    &[
        "adopted", "approved", "ballot", "elected", "election", "passed", "rejected", "vote",
        "voted",
    ],
    &[
        "announced",
        "announcement",
        "declaration",
        "declared",
        "release",
        "statement",
        "stated",
    ],
    &[
        "acquitted",
        "convicted",
        "conviction",
        "decided",
        "decision",
        "judgment",
        "judgement",
        "overturned",
        "quashed",
        "ruled",
        "ruling",
        "upheld",
        "verdict",
    ],
    // (A sentence is passed days or weeks after the verdict: "was sentenced on Saturday"
    // is no slip for "convicted him on October 17".)
    &["sentenced", "sentencing"],
    &[
        "attack",
        "attacked",
        "blast",
        "bombed",
        "bombing",
        "exploded",
        "explosion",
        "shooting",
    ],
    &["arrest", "arrested", "detained", "detention"],
    &["accord", "agreement", "deal", "signed", "signing"],
    &["met", "meeting", "summit", "talks"],
    &["resignation", "resigned"],
    &["death", "died"],
    &[
        "burglary", "heist", "robbed", "robbers", "robbery", "stole", "theft", "thieves",
    ],
    // A central bank's move: "cut rates on Tuesday", "the Sept. 18 cut".
    &["cut", "lowered", "reduction"],
    // A failure of the grid: "the blackout that cut power … on Sunday", "the April 28 outage".
    &["blackout", "outage"],
];

/// The kind of event a word names, as an index into [`KINDS`] ("re-elected" as "elected").
pub(super) fn kind(word: &str) -> Option<usize> {
    let word = match word.rsplit_once('-') {
        Some((prefix, last)) if !prefix.is_empty() && prefix.len() <= 3 => last,
        _ => word,
    };
    KINDS.iter().position(|k| k.contains(&word))
}

/// The noun an event date follows ("the attack on June 5", "the robbery of 19 October"), in
/// a sentence told in the past.
pub(super) fn event(doc: &Document<'_>, first: u32, sentence: u32) -> Option<String> {
    let first = first as usize;
    let s = doc.sentences.get(sentence as usize)?;
    if first < s.words.start as usize + 2
        || !matches!(doc.word_str(first - 1).to_lowercase().as_str(), "on" | "of")
    {
        return None;
    }
    let noun = doc.word_str(first - 2).to_lowercase();
    let plain = plain_noun(&noun);
    let end = s.words.end.min(first as u32 + 40);
    let told_as_past = (s.words.start.max(end.saturating_sub(80))..end)
        .any(|i| is_past_form(&doc.word_str(i as usize).to_lowercase()));
    // ("after his death on April 21": a death is told in the past whatever the verb.)
    (plain && (told_as_past || noun == "death")).then_some(noun)
}

/// The noun a verb's object ends in just before "on <weekday>" (word `weekday`): "issued
/// its ruling on Monday" gives "ruling". Only after a determiner or possessive, so that the
/// noun is the object and not a subject or a place.
pub(super) fn object_noun(doc: &Document<'_>, weekday: usize) -> Option<String> {
    let on = weekday.checked_sub(1)?;
    if !doc.word_str(on).eq_ignore_ascii_case("on") {
        // "last Monday": "on" may be left out ("voted last Monday").
        return None;
    }
    let noun_at = on.checked_sub(1)?;
    let noun = doc.word_str(noun_at).to_lowercase();
    if !plain_noun(&noun) {
        return None;
    }
    // ("won Canada's federal election on Tuesday": an adjective or two between.)
    for det in (noun_at.saturating_sub(3)..noun_at).rev() {
        let before = doc.word_str(det).to_lowercase();
        if DETERMINERS.contains(&before.as_str())
            || before.ends_with("'s")
            || before.ends_with("’s")
        {
            return Some(noun);
        }
        if doc.words[det].shape != crate::doc::Shape::Lower
            || doc.words[det + 1].gap != Gap::Space
            || STOPWORDS.contains(&before.as_str())
            || is_past_form(&before)
        {
            return None;
        }
    }
    None
}

/// Whether a weekday's event name and a date's name one event: the same stem, or the same
/// kind ("overturned" and "ruling"); a reporting verb only by kind ("announced" and
/// "announcement").
pub(super) fn same_event(name: &str, noun: &str, reporting: bool) -> bool {
    let by_kind = kind(name).is_some() && kind(name) == kind(noun);
    // A compound ends in the other noun: "earthquake" and "the Sept. 20 quake".
    let (short, long) = if name.len() < noun.len() {
        (name, noun)
    } else {
        (noun, name)
    };
    let compound = short.len() >= 5 && long.len() > short.len() && long.ends_with(short);
    by_kind
        || (!reporting
            && (stem(name) == stem(noun)
                || compound
                || nominal(stem(name), noun)
                || nominal(stem(noun), name)))
}

/// Whether `noun` is the noun of the verb whose stem is `verb`: "collid" and "collision",
/// "erupt" and "eruption", "impeach" and "impeachment", "arriv" and "arrival".
fn nominal(verb: &str, noun: &str) -> bool {
    if verb.len() < 4 {
        return false;
    }
    let rest = |v: &str| noun.strip_prefix(v).unwrap_or("");
    matches!(rest(verb), "ion" | "ation" | "ment" | "ement" | "al")
        || verb.strip_suffix('d').is_some_and(|v| rest(v) == "sion")
}

/// The noun a relative clause's verb (word `verb`) is said of: "an earthquake that struck
/// on Sunday" gives "earthquake".
pub(super) fn relative_subject(doc: &Document<'_>, verb: usize) -> Option<String> {
    let rel = verb.checked_sub(1)?;
    let noun_at = rel.checked_sub(1)?;
    if !matches!(doc.word_str(rel).to_lowercase().as_str(), "that" | "which")
        || doc.words[rel].gap != Gap::Space
        || doc.words[verb].gap != Gap::Space
    {
        return None;
    }
    let noun = doc.word_str(noun_at).to_lowercase();
    plain_noun(&noun).then_some(noun)
}

/// Words that set an event apart from one already told: "An earlier fire on March 12",
/// "the previous election, held on May 2".
pub(super) const OTHER_EVENT: &[&str] = &[
    "another", "earlier", "first", "former", "last", "later", "new", "next", "other", "previous",
    "prior", "second", "separate", "similar",
];

/// Whether the date's sentence sets its event apart before the date ("An earlier fire on
/// March 12", "It followed the …").
pub(super) fn another_event(doc: &Document<'_>, m: &DateMention) -> bool {
    let Some(s) = doc.sentences.get(m.sentence as usize) else {
        return true;
    };
    // "after the Dec. 14 impeachment vote": a date before its noun names that event,
    // whatever came after it.
    let named = attributive(doc, m).is_some();
    (s.words.start as usize..m.first_word as usize).any(|k| {
        let w = doc.word_str(k).to_lowercase();
        OTHER_EVENT.contains(&w.as_str())
            || (!named
                && matches!(w.as_str(), "followed" | "after" | "since")
                // ("days after his death on April 21": the date's own noun after it, with
                // its determiner.)
                && !(k + 4 == m.first_word as usize
                    && DETERMINERS.contains(&doc.word_str(k + 1).to_lowercase().as_str())
                    && event(doc, m.first_word, m.sentence).is_some()))
    })
}

/// The head noun of a subject that opens sentence `s` with an article, before word `until`:
/// "The constitutional court" gives "court", "An earthquake of magnitude 6.1" "earthquake".
pub(super) fn subject_noun(doc: &Document<'_>, s: u32, until: usize) -> Option<String> {
    let sentence = doc.sentences.get(s as usize)?;
    let mut start = sentence.words.start as usize;
    // Past a dateline: "Lima (Reuters) - An earthquake …", "LONDON, June 7 — The strike …".
    let text = doc.text();
    for k in start + 1..(start + 12).min(until) {
        let gap = &text[doc.words[k - 1].span.end()..doc.words[k].span.start()];
        if gap.contains([' ', '\u{a0}'])
            && gap.trim_start_matches(')').trim().len() <= 3
            && gap.contains(['-', '—', '–'])
        {
            start = k;
            break;
        }
    }
    let first = doc.word_str(start).to_lowercase();
    if !matches!(first.as_str(), "the" | "a" | "an") {
        return None;
    }
    let mut head = None;
    let mut k = start + 1;
    while k < until.min(start + 6)
        && matches!(
            doc.words[k].shape,
            crate::doc::Shape::Lower | crate::doc::Shape::Number
        )
    {
        // "The magnitude 7.7 earthquake": a figure inside the noun phrase.
        if doc.words[k].shape == crate::doc::Shape::Number {
            if doc.words.get(k + 1).is_none_or(|n| n.gap != Gap::Space) {
                break;
            }
            k += 1;
            continue;
        }
        let w = doc.word_str(k).to_lowercase();
        if STOPWORDS.contains(&w.as_str())
            || is_past_form(&w)
            || matches!(w.as_str(), "on" | "of" | "early" | "late" | "in" | "at")
            || w.ends_with("ly")
        {
            break;
        }
        head = Some(w);
        if doc.words[k + 1..]
            .first()
            .is_none_or(|n| n.gap != Gap::Space)
        {
            break;
        }
        k += 1;
    }
    head.filter(|h| h.len() >= 4)
}

/// The subject of a date's clause when it opens the sentence and a past verb governs the
/// date: "The walkout, which began on June 4" gives "walkout".
pub(super) fn date_subject(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    if m.clause.tense != Tense::Past {
        return None;
    }
    let noun = subject_noun(doc, m.sentence, m.first_word as usize)?;
    (!REPORTING.contains(&noun.as_str())).then_some(noun)
}

/// The particle right after a verb ("walked out", "broke off"), lower case.
pub(super) fn particle_after(doc: &Document<'_>, verb: usize) -> Option<&'static str> {
    let next = doc.words.get(verb + 1)?;
    if next.gap != Gap::Space {
        return None;
    }
    let w = doc.word_str(verb + 1).to_lowercase();
    ["out", "off", "up", "down", "over"]
        .into_iter()
        .find(|p| *p == w)
}

/// The event a possessive weekday names: "Wednesday's vote" gives "vote", in a sentence
/// told in the past.
pub(super) fn possessive_event(doc: &Document<'_>, w: &WeekdayMention) -> Option<String> {
    if w.clause.tense == Tense::Future {
        return None;
    }
    let written = doc.slice(w.span);
    let word = doc.word_str(w.word as usize);
    if !(written.ends_with("'s") || written.ends_with("’s") || word.ends_with("'s")) {
        return None;
    }
    let s = doc.sentences.get(w.sentence as usize)?;
    let k = w.word as usize + 1;
    if k >= s.words.end as usize || doc.words[k].gap != Gap::Space {
        return None;
    }
    let mut noun = doc.word_str(k).to_lowercase();
    // "Tuesday's rate cut", "Monday's bomb attack": the head of a compound, when it names a
    // kind of event.
    if k + 1 < s.words.end as usize && doc.words[k + 1].gap == Gap::Space {
        let head = doc.word_str(k + 1).to_lowercase();
        if kind(&head).is_some() {
            noun = head;
        }
    }
    let plain = plain_noun(&noun);
    let told_as_past = (k..(s.words.end as usize).min(k + 40))
        .any(|i| is_past_form(&doc.word_str(i).to_lowercase()));
    (plain && told_as_past).then_some(noun)
}

/// A crude stem, enough to match "signed" with "signing" and "killed" with "killings".
pub(super) fn stem(w: &str) -> &str {
    for suffix in ["ings", "ing", "ed", "es", "s", "d", "e"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.len() >= 3
        {
            return s;
        }
    }
    w
}

/// True when two sentences share a word of three letters or more beyond the verb, the
/// small words, weekdays, months and the numbers of a date.
pub(super) fn share_a_word(doc: &Document<'_>, a: u32, b: u32, events: &[&str]) -> bool {
    let words_of = |s: u32| -> Vec<String> {
        let Some(sentence) = doc.sentences.get(s as usize) else {
            return Vec::new();
        };
        // A bounded window: a sentence of a million words is not compared whole.
        let end = sentence.words.end.min(sentence.words.start + 80);
        (sentence.words.start..end)
            .map(|i| {
                // "the minister's resignation" shares "minister" with "the minister".
                let w = doc.word_str(i as usize).to_lowercase();
                match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                    Some(base) => base.to_string(),
                    None => w,
                }
            })
            .filter(|w| {
                w.chars().count() >= 3
                    && !events.contains(&w.as_str())
                    && !STOPWORDS.contains(&w.as_str())
                    && Weekday::parse(w).is_none()
                    && crate::text::date::month_number(w).is_none()
                    && !w.bytes().all(|c| c.is_ascii_digit())
            })
            .collect()
    };
    let first = words_of(a);
    words_of(b).iter().any(|w| first.contains(w))
}
