//! Counts whose noun is left out, read from the verb said of them ("Seventy-two were
//! injured", "wounded 30 in a village"), and the small word readers the count reader
//! shares: the agent before a verb, the head of a compound owner, and whether a count stands
//! nearly alone in a list item, table cell or fact box.

use crate::doc::{BlockKind, Document, Shape};

use super::counts::{Bound, Count, CountKey, Tense, canonical};
use super::vocab::{
    AUXILIARIES, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, NOT_BETWEEN_NUMBER_AND_NOUN,
    PEOPLE_PARTICIPLES,
};
use super::words::{
    aside_around, between, calendar_word, comma_after, lower, name_like, next_in_block,
    sentence_at, spaced, stem,
};

/// A number as the object of a verb said of people, with its noun left out: "killed 12
/// people and wounded 30 in a village", "injuring 14". The verb names the people, as "the 33
/// wounded" does.
pub(super) fn elided_object(
    doc: &Document<'_>,
    i: usize,
    num_end: usize,
    value: f64,
    hedge: Option<(usize, Bound)>,
) -> Option<(Count, usize)> {
    let start = hedge.map_or(i, |(h, _)| h);
    let vb = start.checked_sub(1)?;
    if doc.words[vb].block != doc.words[i].block
        || !spaced(doc, vb)
        || doc.words[vb].shape != Shape::Lower
    {
        return None;
    }
    let verb = stem(&lower(doc, vb));
    if !PEOPLE_PARTICIPLES.iter().any(|p| stem(p) == verb) {
        return None;
    }
    // "killing six people and injuring 45 others": the people of the verb, after others.
    let (number_end, num_end) = if next_in_block(doc, num_end)
        && spaced(doc, num_end)
        && lower(doc, num_end + 1) == "others"
    {
        (num_end, num_end + 1)
    } else {
        (num_end, num_end)
    };
    // The number closes the phrase: a stop, a comma, "in", "on", "and" — not "wounded 30
    // percent" (read before) nor a noun (read as a count of it).
    if next_in_block(doc, num_end) && spaced(doc, num_end) {
        let after = lower(doc, num_end + 1);
        if !matches!(
            after.as_ref(),
            "in" | "on" | "at" | "and" | "near" | "during" | "when"
        ) {
            return None;
        }
    }
    let key = canonical(CountKey {
        noun: "people".into(),
        mods: String::new(),
        verb,
        owner: String::new(),
    });
    let tense = if lower(doc, vb).ends_with("ed") {
        Tense::Past
    } else {
        Tense::Unknown
    };
    let count = Count {
        tense,
        elided: true,
        agent: agent_before(doc, vb),
        ..Count::bare(
            value,
            hedge.map(|(_, b)| b),
            key,
            doc.words[vb].span.cover(doc.words[num_end].span),
            doc.words[i].span.cover(doc.words[number_end].span),
            sentence_at(doc, i),
            false,
        )
    };
    Some((count, num_end))
}

/// Whether word `k` may be the head of a compound noun after a lower-case noun ("cargo
/// ship", "security council"): a plain lower-case word that reads as a singular noun — no
/// function word, plural or verb form — followed by a break, a preposition or a verb.
pub(super) fn compound_head(doc: &Document<'_>, k: usize) -> bool {
    let w = lower(doc, k);
    let plain = doc.words[k].shape == Shape::Lower
        && w.len() >= 3
        && !NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_ref())
        && !AUXILIARIES.contains(&w.as_ref())
        && !IRREGULAR_PAST.contains(&w.as_ref())
        // ("six pieces of jewellery taken": a participle after the owner, not its head.)
        && !IRREGULAR_PARTICIPLES.contains(&w.as_ref())
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        && !w.ends_with("ly")
        && !matches!(
            w.as_ref(),
            "said" | "says" | "told" | "will" | "would" | "can"
        );
    let ends = !spaced(doc, k) || doc.words[k + 1].shape != Shape::Lower || {
        let n = lower(doc, k + 1);
        NOT_BETWEEN_NUMBER_AND_NOUN.contains(&n.as_ref())
            || AUXILIARIES.contains(&n.as_ref())
            || n.ends_with("ed")
            || IRREGULAR_PAST.contains(&n.as_ref())
    };
    plain && ends
}

/// A number standing as the subject of a passive with its noun left out: "Seventy-two were
/// injured", "12 have been arrested". The participle names the people by what befell them,
/// as "the 27 injured" does; a participle said of things ("12 were cancelled") is left alone.
pub(super) fn elided_subject(
    doc: &Document<'_>,
    i: usize,
    num_end: usize,
    value: f64,
    hedge: Option<(usize, Bound)>,
) -> Option<(Count, usize)> {
    let mut k = num_end;
    let mut tense = Tense::Unknown;
    for _ in 0..3 {
        if !spaced(doc, k) || doc.words[k + 1].block != doc.words[i].block {
            return None;
        }
        k += 1;
        match lower(doc, k).as_ref() {
            "were" | "was" | "had" => tense = Tense::Past,
            "are" | "have" | "has" | "been" => {}
            w if PEOPLE_PARTICIPLES.contains(&w) && k > num_end + 1 => {
                let key = canonical(CountKey {
                    noun: w.to_string(),
                    mods: String::new(),
                    verb: String::new(),
                    owner: String::new(),
                });
                let start = hedge.map_or(i, |(h, _)| h);
                let count = Count {
                    tense,
                    elided: true,
                    ..Count::bare(
                        value,
                        hedge.map(|(_, b)| b),
                        key,
                        doc.words[start].span.cover(doc.words[k].span),
                        doc.words[i].span.cover(doc.words[num_end].span),
                        sentence_at(doc, i),
                        false,
                    )
                };
                return Some((count, k));
            }
            _ => return None,
        }
    }
    None
}

/// The word naming who does the verb at word `verb`: the word before it, over adverbs
/// ("directly") and auxiliaries ("has"), when only spaces stand between, or before an aside
/// between commas that opens in lower case ("The United Iraqi Alliance, backed by Grand
/// Ayatollah Ali al-Sistani, won"); a name is given whole ("united iraqi alliance"), so
/// that two bodies with the same last word stay two. Empty when none is found.
pub(super) fn agent_before(doc: &Document<'_>, verb: usize) -> String {
    let mut k = verb;
    if k > 0 && !spaced(doc, k - 1) && comma_after(doc, k - 1) {
        // (Hyphens may stand inside the aside: "al-Sistani".)
        let open = (verb.saturating_sub(20)..k - 1)
            .rev()
            .take_while(|&j| next_in_block(doc, j) && !comma_after(doc, j) && !stop_after(doc, j))
            .last();
        if let Some(open) = open
            && open >= 1
            && comma_after(doc, open - 1)
            && doc.words[open].shape == Shape::Lower
            // ("Apollo 10, which flew a dress rehearsal in May, made 31 orbits": a name
            // that ends in its number.)
            && (name_like(doc, open - 1)
                || (open >= 2
                    && doc.words[open - 1].shape == Shape::Number
                    && spaced(doc, open - 2)
                    && name_like(doc, open - 2)))
        {
            return whole_name(doc, open - 1);
        }
    }
    while k > 0 && spaced(doc, k - 1) {
        k -= 1;
        let w = lower(doc, k);
        if w.ends_with("ly") || AUXILIARIES.contains(&w.as_str()) || w == "also" {
            continue;
        }
        // "his party, which won 153 seats": the noun the relative clause is said of.
        if matches!(w.as_str(), "which" | "who")
            && k > 0
            && comma_after(doc, k - 1)
            && matches!(doc.words[k - 1].shape, Shape::Lower | Shape::Capitalised)
        {
            return if name_like(doc, k - 1) {
                whole_name(doc, k - 1)
            } else {
                crate::text::fold::name_key(&lower(doc, k - 1))
            };
        }
        if NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_str()) {
            return String::new();
        }
        // "A fire … near Dhaka on Tuesday morning killed 19": a time or a place ends the
        // subject, not its head; the agent is not known.
        let place = name_like(doc, k)
            && k > 0
            && matches!(
                lower(doc, k - 1).as_str(),
                "near" | "outside" | "in" | "at" | "from" | "of"
            );
        if place
            || calendar_word(&w)
            || matches!(w.as_str(), "morning" | "afternoon" | "evening" | "night")
        {
            return String::new();
        }
        if name_like(doc, k) {
            return whole_name(doc, k);
        }
        return crate::text::fold::name_key(&w);
    }
    String::new()
}

/// Whether a stop or other clause mark stands between word `i` and the next.
fn stop_after(doc: &Document<'_>, i: usize) -> bool {
    between(doc, i).contains(['.', ';', ':', '(', ')', '"'])
}

/// The capitalised words that end at word `last`, joined and folded ("National Democratic
/// Alliance"), not over a possessive ("Modi's") or an article.
fn whole_name(doc: &Document<'_>, last: usize) -> String {
    let mut first = last;
    while first > 0 && spaced(doc, first - 1) && name_like(doc, first - 1) {
        let w = doc.word_lower(first - 1);
        if w.ends_with("'s") || w.ends_with("\u{2019}s") || matches!(w, "the" | "a" | "an") {
            break;
        }
        first -= 1;
    }
    let words: Vec<&str> = (first..=last).map(|j| doc.word_lower(j)).collect();
    crate::text::fold::name_key(&words.join(" "))
}

/// The person who did what a participle after a comma at word `verb` tells: the full
/// name that opens its sentence ("Mohammad Sidique Khan detonated his bomb …, killing six
/// people" is Khan's), folded to the family name as [`agent_before`] gives it ("Shehzad
/// Tanweer killed seven": "tanweer"); empty when the sentence opens otherwise.
pub(super) fn participle_subject(doc: &Document<'_>, verb: usize) -> String {
    if verb == 0 || spaced(doc, verb - 1) || !lower(doc, verb).ends_with("ing") {
        return String::new();
    }
    let Some(s) = doc.sentences.get(sentence_at(doc, verb) as usize) else {
        return String::new();
    };
    // A dateline before a dash is not the subject: "WASHINGTON, Nov. 9 (Wire) - President
    // Franklin D. Roosevelt won …".
    let start = s.words.start as usize;
    let first = (start..verb.min(start + 16))
        .filter(|&j| {
            let gap = between(doc, j).trim().trim_start_matches(')').trim_start();
            matches!(gap, "-" | "\u{2014}" | "\u{2013}")
        })
        .last()
        .map_or(start, |j| j + 1);
    let mut last = first;
    // ("President Franklin D. Roosevelt won …": an initial keeps its stop.)
    let initial = |i: usize| {
        doc.slice(doc.words[i].span).len() == 1
            && next_in_block(doc, i)
            && between(doc, i)
                .strip_prefix('.')
                .is_some_and(|g| g.trim().is_empty())
    };
    while last < verb && name_like(doc, last) && (spaced(doc, last) || initial(last)) {
        last += 1;
    }
    // Two capitalised words or more, then a lower-case verb: a full name as the subject;
    // or one that is no word of the lists ("Roosevelt wins fourth term, carrying …").
    let named = last >= first + 2
        || (last == first + 1
            && crate::spell::lookup(&lower(doc, first))
                .is_none_or(|e| !e.lower_in(crate::spell::Dialect::Either)));
    if named && last < verb && doc.words[last].shape == Shape::Lower {
        crate::text::fold::name_key(&lower(doc, last - 1))
    } else {
        String::new()
    }
}

/// The noun that is the subject of a "has" at word `verb`, over a comma aside ("The
/// committee, set up by council in 2021, has"), folded; empty when it is no noun.
pub(super) fn possessor(doc: &Document<'_>, verb: usize) -> String {
    let Some(k) = verb.checked_sub(1) else {
        return String::new();
    };
    let k = if spaced(doc, k) {
        k
    } else {
        match aside_around(doc, k) {
            Some((open, close)) if close == k && open >= 1 => open - 1,
            _ => return String::new(),
        }
    };
    // "The United States has about 2,500 troops": a country, by its canonical name.
    if doc.words[k].shape != Shape::Lower {
        let countries = crate::data::countries::get();
        for first in (k.saturating_sub(2)..=k).rev() {
            if first < k && !spaced(doc, first) {
                break;
            }
            let key = crate::text::fold::name_key(
                &doc.text()[doc.words[first].span.start()..doc.words[k].span.end()],
            );
            if let Some(id) = countries.lookup(&key) {
                return crate::text::fold::name_key(countries.name(id));
            }
        }
    }
    let w = lower(doc, k);
    let noun = doc.words[k].shape == Shape::Lower
        && !AUXILIARIES.contains(&w.as_str())
        && !NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_str())
        && !matches!(
            w.as_str(),
            "it" | "they" | "he" | "she" | "we" | "i" | "you" | "who" | "which" | "that"
        );
    if noun {
        crate::text::fold::name_key(&w)
    } else {
        String::new()
    }
}

/// Whether the count from word `start` to word `end` (its number at `i`) is, nearly
/// alone, a list item, a table cell or a line of a fact box ("- 2,500 troops").
pub(super) fn in_fact_list(doc: &Document<'_>, i: usize, start: usize, end: usize) -> bool {
    let id = doc.words[i].block;
    let block = &doc.blocks[id as usize];
    let mut boxed = matches!(
        block.kind,
        BlockKind::ListItem { .. } | BlockKind::TableCell
    );
    let mut parent = block.parent;
    while let Some(p) = parent {
        let b = &doc.blocks[p as usize];
        boxed |= b.kind == BlockKind::FactBox;
        parent = b.parent;
    }
    boxed && block.words.len() <= end + 1 - start + 3
}

/// The name in the table cell before the one holding word `i`, in the same row ("|
/// Croatia | 547 points |"), folded: every word of it capitalised and none a word the word
/// lists give only in lower case ("| Evacuated | 12,000 residents |" is a label).
pub(super) fn row_name(doc: &Document<'_>, i: usize) -> Option<String> {
    let id = doc.words[i].block as usize;
    let cell = &doc.blocks[id];
    let before = doc.blocks.get(id.checked_sub(1)?)?;
    if cell.kind != BlockKind::TableCell
        || before.kind != BlockKind::TableCell
        || before.parent != cell.parent
    {
        return None;
    }
    if !super::facts::same_row(doc, before.span.end(), cell.span.start()) {
        return None;
    }
    let words = before.words();
    (!words.is_empty()
        && words.len() <= 4
        && words.clone().all(|k| {
            matches!(
                doc.words[k].shape,
                crate::doc::Shape::Capitalised | crate::doc::Shape::AllCaps
            ) && !crate::spell::common_only(doc.word_lower(k))
        }))
    .then(|| crate::text::fold::name_key(doc.slice(before.span).trim()))
}

/// "killed 19 children and three teachers": a count joined by "and" to one whose verb comes
/// before it has that verb too, when it has none of its own.
pub(super) fn share_verbs(doc: &Document<'_>, counts: &mut [super::Count]) {
    for k in 1..counts.len() {
        let (a, b) = (&counts[k - 1], &counts[k]);
        // (The verb stands before the number: "killed 19 children", not "At least 78 people
        // were killed and six members of the council resigned".)
        let verb_first = || {
            a.span.start() < a.number.start()
                && doc
                    .slice(crate::span::Span::new(a.span.start(), a.number.start()))
                    .split_whitespace()
                    .any(|w| super::words::stem(&w.to_lowercase()) == a.key.verb)
        };
        if a.sentence == b.sentence
            && !a.key.verb.is_empty()
            && b.key.verb.is_empty()
            && a.span.end() <= b.span.start()
            && doc.slice(crate::span::Span::new(a.span.end(), b.span.start())) == " and "
            && b.span.start() == b.number.start()
            && verb_first()
        {
            let (before, rest) = counts.split_at_mut(k);
            rest[0].key.verb.clone_from(&before[k - 1].key.verb);
        }
    }
}
