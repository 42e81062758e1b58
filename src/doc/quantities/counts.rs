//! Counts of things: a number in digits or words, what hedges it ("at least", "about"), the
//! head noun it counts and what qualifies that noun — the words between ("six permanent
//! members"), a verb ("78 people were killed", "killed 78 people"), an owner ("members of the
//! council", "the council's members") — plus what the sentence says about time and change.
//! Fact-box lines ("Troops: 2,500"), list items and two-cell table rows ("| Killed | 87 |")
//! give counts too, the label read as the noun.

use crate::doc::{BlockKind, Document, Shape};
use crate::span::Span;

use super::vocab::{
    AUXILIARIES, BEFORE_GUARDS, GUARD_WORDS, HEDGES, IRREGULAR_PARTICIPLES, IRREGULAR_PLURALS,
    NOT_BETWEEN_NUMBER_AND_NOUN, NOT_COUNTED,
};
use super::words::{
    between, calendar_word, lower, next_in_block, number_at, sentence_at, spaced, year,
};

/// What a count counts: two counts with equal keys are counts of the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CountKey {
    /// The head noun, plural, lower case; "dead", "deaths" and "fatalities" read as
    /// "people" killed, "injured", "wounded" and "injuries" as "people" injured.
    pub noun: String,
    /// Words between the number and the noun ("permanent"), lower case, space-separated.
    pub mods: String,
    /// The stem of the verb that qualifies the noun ("kill" for "were killed", "killing").
    pub verb: String,
    /// Whose the things are ("council" for "members of the council", "the council's"), or
    /// the relative clause that says which ("deal with exports" for "agencies that deal
    /// with exports").
    pub owner: String,
}

/// The tense a count is stated in, where an auxiliary verb says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Unknown,
    Past,
    Present,
}

/// A count of things stated in the text.
// The flags are independent facts about one mention, not the states of one machine.
#[allow(clippy::struct_excessive_bools)]
#[derive(Clone, Debug)]
pub struct Count {
    pub value: f64,
    /// Hedged: "at least", "about", "more than", "nearly" …
    pub approx: bool,
    pub key: CountKey,
    /// The whole mention, from the hedge or verb to the noun or verb after it.
    pub span: Span,
    /// The number alone.
    pub number: Span,
    /// Index of the sentence in [`Document::sentences`].
    pub sentence: u32,
    /// From a fact-box line ("Troops: 2,500"), a table row, or a list item or table cell
    /// that holds little else ("- 2,500 troops") rather than a sentence.
    pub fact: bool,
    /// Where, when the count says so right after it ("killed in Kabul"), folded.
    pub place: String,
    /// The label of a fact-box line or table row ("Troops" in "Troops: 2,500").
    pub label: Option<Span>,
    /// Who did what the verb before the count says, when a word right before it names them:
    /// "suits" in "these suits directly covered 248,803 employees", folded.
    pub agent: String,
    /// Introduced as known: "the 87 people", "its 7 members", "the council's nine members".
    pub definite: bool,
    pub tense: Tense,
    /// What the sentence says about time: years, months, weekdays, "yesterday", "last
    /// week" — lower case, sorted, without repeats.
    pub times: Vec<String>,
    /// The sentence speaks of a change, a total, another event, a plan or a rate ("rose from
    /// 78 to 87", "in all", "another 2,000 troops", "would send"), or the count is hedged by
    /// a word that makes it part of something else ("including 12 children"): never
    /// compared.
    pub guarded: bool,
}

fn is_plural(w: &str) -> bool {
    IRREGULAR_PLURALS.contains(&w)
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// The stem a verb is compared by: "killed", "killing", "kills" → "kill"; dying and injury
/// verbs read as one.
fn stem(verb: &str) -> String {
    let s = match verb {
        "died" | "dies" | "dying" | "dead" | "slain" => return "kill".into(),
        "hurt" | "wounded" | "wounding" => return "injur".into(),
        v => v
            .strip_suffix("ing")
            .filter(|s| s.len() >= 3)
            .or_else(|| v.strip_suffix("ed").filter(|s| s.len() >= 3))
            .or_else(|| v.strip_suffix('s').filter(|s| s.len() >= 3))
            .unwrap_or(v),
    };
    s.to_string()
}

/// Nouns that name the dead or injured themselves become "people" with a verb; "persons"
/// and "individuals" are "people", "soldiers" are "troops".
fn canonical(mut key: CountKey) -> CountKey {
    let verb = match key.noun.as_str() {
        "dead" | "deaths" | "fatalities" | "killed" => Some("kill"),
        "injured" | "wounded" | "injuries" => Some("injur"),
        _ => None,
    };
    if let Some(v) = verb {
        key.noun = "people".into();
        key.verb = v.into();
    } else if matches!(key.noun.as_str(), "persons" | "individuals") {
        key.noun = "people".into();
    } else if key.noun == "soldiers" {
        // News copy uses the two for one force: "2,500 troops" in a fact box, "about 2,000
        // soldiers" in the text.
        key.noun = "troops".into();
    }
    key
}

/// The hedge ending right before word `i`, as the index of its first word.
fn hedge_before(doc: &Document<'_>, i: usize) -> Option<usize> {
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
            return Some(first);
        }
    }
    None
}

pub(super) fn find(doc: &Document<'_>) -> Vec<Count> {
    let mut contexts: Vec<Option<(Vec<String>, bool)>> = vec![None; doc.sentences.len()];
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        let next = match prose_count(doc, i) {
            Some((count, end)) => {
                out.push(count);
                end + 1
            }
            None => i + 1,
        };
        i = next.max(i + 1);
    }
    facts(doc, &mut out);
    for c in &mut out {
        let Some(ctx) = contexts.get_mut(c.sentence as usize) else {
            c.guarded = true;
            continue;
        };
        let (times, guarded) = ctx.get_or_insert_with(|| sentence_context(doc, c.sentence));
        c.times.clone_from(times);
        c.guarded |= *guarded;
        // A list item is dated by its lead-in: "In 1977:" over "• 425,000 jobs were created".
        if let Some(lead) = lead_in(doc, c.number) {
            let (times, _) = sentence_context(doc, lead);
            c.times.extend(times);
            c.times.sort();
            c.times.dedup();
        }
    }
    out.sort_by_key(|c| c.span.start());
    out
}

/// A count whose number starts at word `i`, with the index of its last word.
fn prose_count(doc: &Document<'_>, i: usize) -> Option<(Count, usize)> {
    let (value, num_end, is_digits) = number_at(doc, i)?;
    if value < 2.0 {
        return None;
    }
    let text = doc.text();
    let word = doc.word_str(i);
    if is_digits && year(&word).is_some() {
        return None;
    }
    // Money, a share, a number in a code: "$2,500", "#87", "78%".
    let before_char = text[..doc.words[i].span.start()].chars().next_back();
    if before_char
        .is_some_and(|c| matches!(c, '$' | '£' | '€' | '¥' | '#' | '№' | '-' | '–' | '/' | '.'))
    {
        return None;
    }
    if between(doc, num_end).starts_with(['%', '-', '–', '/']) {
        return None;
    }
    // Ranges: "78 to 87 people", "between 70 and 80".
    if next_in_block(doc, num_end)
        && matches!(lower(doc, num_end + 1).as_str(), "to" | "or" | "and")
        && doc
            .words
            .get(num_end + 2)
            .is_some_and(|w| w.shape == Shape::Number)
    {
        return None;
    }
    let hedge = if i > 0 { hedge_before(doc, i) } else { None };
    let start = hedge.unwrap_or(i);
    let before = (start > 0 && doc.words[start - 1].block == doc.words[i].block)
        .then(|| (start - 1, lower(doc, start - 1)));
    if let Some((b, w)) = &before {
        let joined = spaced(doc, *b);
        if joined
            && (matches!(w.as_str(), "between" | "from") || BEFORE_GUARDS.contains(&w.as_str()))
        {
            return None;
        }
        if joined
            && *b > 0
            && matches!(w.as_str(), "to" | "and" | "or")
            && doc.words[b - 1].shape == Shape::Number
        {
            return None;
        }
    }
    // The head noun: the first plural word within the next four, with only lower-case
    // modifiers (or names, "27 EU members") before it.
    let mut head = None;
    let mut k = num_end;
    for _ in 0..4 {
        if !spaced(doc, k) {
            break;
        }
        k += 1;
        let w = lower(doc, k);
        if NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_str()) {
            break;
        }
        let shape = doc.words[k].shape;
        if shape == Shape::Lower && is_plural(&w) {
            head = Some(k);
            break;
        }
        if !matches!(shape, Shape::Lower | Shape::Capitalised | Shape::AllCaps) {
            break;
        }
    }
    let head = head?;
    let noun = lower(doc, head);
    if NOT_COUNTED.contains(&noun.as_str()) {
        return None;
    }
    let mods: Vec<String> = (num_end + 1..head)
        .map(|m| lower(doc, m).into_owned())
        .collect();
    let mut end = head;
    let mut tense = Tense::Unknown;
    let mut verb = String::new();
    // A verb after the noun: "people (who) were killed", "troops deployed".
    let mut j = head;
    let mut aux = false;
    for step in 0..4 {
        if !spaced(doc, j) {
            break;
        }
        let w = lower(doc, j + 1);
        if step == 0 && matches!(w.as_str(), "who" | "that") {
            j += 1;
            continue;
        }
        if AUXILIARIES.contains(&w.as_str()) {
            match w.as_str() {
                "was" | "were" | "had" => tense = Tense::Past,
                "are" | "is" | "has" | "have" => tense = Tense::Present,
                _ => {}
            }
            aux = true;
            j += 1;
            continue;
        }
        // "members presented their report": a verb with an object says what they did,
        // not which members they are.
        let object = !aux
            && spaced(doc, j + 1)
            && matches!(
                lower(doc, j + 2).as_str(),
                "the" | "a" | "an" | "their" | "its" | "his" | "her" | "our" | "this" | "these"
            );
        if doc.words[j + 1].shape == Shape::Lower
            && !object
            && (w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w.as_str()))
        {
            verb = stem(&w);
            end = j + 1;
        }
        break;
    }
    if verb.is_empty() && aux {
        // "78 people were in the building": the tense is known, the verb is not one.
        end = head;
    }
    // A relative clause with another verb says which things: "12 agencies that deal with
    // exports" and "five agencies that deal with housing" are different agencies.
    let mut clause = String::new();
    if verb.is_empty()
        && !aux
        && spaced(doc, head)
        && matches!(
            lower(doc, head + 1).as_str(),
            "that" | "who" | "which" | "whose"
        )
    {
        let mut k = head + 1;
        let mut parts = Vec::new();
        while spaced(doc, k) && parts.len() < 5 {
            k += 1;
            parts.push(lower(doc, k).into_owned());
        }
        clause = parts.join(" ");
    }
    // A verb before: "killed at least 78 people", "has killed 78".
    let mut agent = String::new();
    if verb.is_empty()
        && let Some((b, w)) = &before
        && spaced(doc, *b)
        && doc.words[*b].shape == Shape::Lower
        && (w.ends_with("ed") || w.ends_with("ing") || matches!(w.as_str(), "kills" | "left"))
        && !matches!(
            w.as_str(),
            "need" | "bed" | "red" | "thing" | "during" | "according"
        )
    {
        verb = stem(w);
        agent = agent_before(doc, *b);
        if w.ends_with("ed") {
            tense = Tense::Past;
        }
        if *b > 0 && spaced(doc, b - 1) {
            match lower(doc, b - 1).as_str() {
                "has" | "have" => tense = Tense::Present,
                "had" | "was" | "were" => tense = Tense::Past,
                _ => {}
            }
        }
    }
    // Possession or being, before the number: "the club had 40 members", "has 400 members".
    if tense == Tense::Unknown
        && let Some((b, w)) = &before
        && spaced(doc, *b)
    {
        match w.as_str() {
            "has" | "have" | "are" | "is" => tense = Tense::Present,
            "had" | "was" | "were" => tense = Tense::Past,
            _ => {}
        }
    }
    // The place: "killed in Kabul", "troops in Mali".
    let mut place = String::new();
    if spaced(doc, end)
        && matches!(lower(doc, end + 1).as_str(), "in" | "at" | "near")
        && spaced(doc, end + 1)
        && super::words::name_like(doc, end + 2)
    {
        place = crate::text::fold::name_key(&doc.word_str(end + 2));
    }
    // The owner: "members of the council", "the council's six members".
    let mut owner = String::new();
    if end == head
        && spaced(doc, head)
        && matches!(
            lower(doc, head + 1).as_str(),
            "of" | "for" | "from" | "with"
        )
        && spaced(doc, head + 1)
    {
        let prep = lower(doc, head + 1);
        // The first word after "the", "its", "their"; a name whole ("the Security Council").
        let mut o = head + 2;
        while o < doc.words.len()
            && matches!(
                lower(doc, o).as_str(),
                "the" | "its" | "their" | "his" | "her"
            )
            && spaced(doc, o)
        {
            o += 1;
        }
        if o < doc.words.len() && doc.words[o].block == doc.words[head].block {
            let mut parts = vec![lower(doc, o).into_owned()];
            if super::words::name_like(doc, o) {
                while spaced(doc, o) && super::words::name_like(doc, o + 1) && parts.len() < 4 {
                    o += 1;
                    parts.push(lower(doc, o).into_owned());
                }
            }
            if prep != "of" {
                parts.insert(0, prep.into_owned());
            }
            owner = parts.join(" ");
        }
    } else if let Some((b, w)) = &before
        && let Some(stripped) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"))
        && *b + 1 == start
    {
        owner = stripped.to_string();
    }
    let definite = before.as_ref().is_some_and(|(b, w)| {
        *b + 1 == start
            && spaced(doc, *b)
            && (matches!(
                w.as_str(),
                "the" | "its" | "their" | "his" | "her" | "our" | "all"
            ) || !owner.is_empty() && (w.ends_with("'s") || w.ends_with("’s")))
    });
    // A rate: "3,000 jobs a year", "20 cases per day".
    let mut guarded = false;
    if spaced(doc, end) {
        let after = lower(doc, end + 1);
        let rate = matches!(after.as_str(), "per" | "each" | "every" | "annually")
            || (after == "a"
                && spaced(doc, end + 1)
                && matches!(
                    lower(doc, end + 2).as_str(),
                    "year" | "day" | "week" | "month" | "night"
                ));
        guarded |= rate;
    }
    // A count that points back is quoted with the word that points: "the 87 people
    // killed", "All 24 passengers", "the committee's 7 members".
    let start = if definite { start - 1 } else { start };
    let span_start = if verb.is_empty() || end != head {
        doc.words[start].span
    } else {
        before
            .as_ref()
            .map_or(doc.words[start].span, |(b, _)| doc.words[*b].span)
    };
    if !clause.is_empty() {
        owner = if owner.is_empty() {
            clause
        } else {
            format!("{owner} {clause}")
        };
    }
    let key = canonical(CountKey {
        noun: noun.into_owned(),
        mods: mods.join(" "),
        verb,
        owner,
    });
    let sentence = sentence_at(doc, i);
    let fact = in_fact_list(doc, i, start, end);
    Some((
        Count {
            value,
            approx: hedge.is_some(),
            key,
            span: span_start.cover(doc.words[end].span),
            number: doc.words[i].span.cover(doc.words[num_end].span),
            sentence,
            fact,
            place,
            label: None,
            agent,
            definite,
            tense,
            times: Vec::new(),
            guarded,
        },
        num_end,
    ))
}

/// The word naming who does the verb at word `verb`: the word before it, over adverbs
/// ("directly") and auxiliaries ("has"), when only spaces stand between; else empty.
fn agent_before(doc: &Document<'_>, verb: usize) -> String {
    let mut k = verb;
    while k > 0 && spaced(doc, k - 1) {
        k -= 1;
        let w = lower(doc, k);
        if w.ends_with("ly") || AUXILIARIES.contains(&w.as_str()) || w == "also" {
            continue;
        }
        if NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_str()) {
            return String::new();
        }
        return crate::text::fold::name_key(&w);
    }
    String::new()
}

/// Whether the count from word `start` to word `end` (its number at `i`) is, nearly
/// alone, a list item, a table cell or a line of a fact box ("- 2,500 troops").
fn in_fact_list(doc: &Document<'_>, i: usize, start: usize, end: usize) -> bool {
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

/// Counts from fact-box lines ("Troops: 2,500", "Killed: at least 78") and two-cell table
/// rows ("| Troops | 2,500 |").
fn facts(doc: &Document<'_>, out: &mut Vec<Count>) {
    // Lines: a label of one to four words, a colon, then a number and nothing counted after.
    for line in doc.lines() {
        let std::ops::Range { start: w0, end: w1 } = doc.words_in(line.span);
        if w0 >= w1 {
            continue;
        }
        let Some(colon) = (w0..w1.min(w0 + 4)).find(|&k| between(doc, k).trim_end() == ":") else {
            continue;
        };
        if colon + 1 >= w1 || !(w0..=colon).all(|k| is_label_word(doc, k)) {
            continue;
        }
        if let Some(c) = fact_count(doc, w0..colon + 1, colon + 1, w1) {
            out.push(c);
        }
    }
    // Table rows: a label cell followed by a number cell in the same row.
    let html = doc.format == crate::doc::Format::Html;
    for pair in doc.blocks.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if a.kind != BlockKind::TableCell || b.kind != BlockKind::TableCell || a.parent != b.parent
        {
            continue;
        }
        let gap = &doc.text()[a.span.end().min(b.span.start())..b.span.start()];
        let same_row = if html {
            !gap.contains("<tr") && !gap.contains("</tr")
        } else {
            !gap.contains('\n')
        };
        let (la, lb) = (a.words(), b.words());
        if !same_row || la.is_empty() || la.len() > 4 || lb.is_empty() {
            continue;
        }
        if !la.clone().all(|k| is_label_word(doc, k)) {
            continue;
        }
        if let Some(c) = fact_count(doc, la.clone(), lb.start, lb.end) {
            out.push(c);
        }
    }
}

fn is_label_word(doc: &Document<'_>, k: usize) -> bool {
    matches!(
        doc.words[k].shape,
        Shape::Lower | Shape::Capitalised | Shape::AllCaps
    )
}

/// A count from a label (word range) and a value starting at word `v` and ending before
/// word `limit`: the value is the number (with a hedge) and nothing counted after it.
fn fact_count(
    doc: &Document<'_>,
    label: std::ops::Range<usize>,
    v: usize,
    limit: usize,
) -> Option<Count> {
    let mut n = v;
    let mut approx = false;
    for hedge in HEDGES {
        let len = hedge.len();
        if n + len < limit && (0..len).all(|k| lower(doc, n + k) == hedge[k]) {
            n += len;
            approx = true;
            break;
        }
    }
    let (value, num_end, _) = number_at(doc, n)?;
    if value < 2.0 || year(&doc.word_str(n)).is_some() {
        return None;
    }
    // Something counted after the number is a sentence's count ("2,500 troops"), found as such.
    if num_end + 1 < limit && spaced(doc, num_end) {
        return None;
    }
    if between(doc, num_end).starts_with(['%', '-', '–', '/']) {
        return None;
    }
    let words: Vec<String> = label.clone().map(|k| lower(doc, k).into_owned()).collect();
    let (last, rest) = words.split_last()?;
    let (noun, mods, verb) = if rest.len() == 1 && last.ends_with("ed") {
        (rest[0].clone(), String::new(), stem(last))
    } else if matches!(words.as_slice(), [a, b] if a == "death" && b == "toll") {
        ("deaths".to_string(), String::new(), String::new())
    } else {
        (last.clone(), rest.join(" "), String::new())
    };
    if !is_plural(&noun) && !matches!(noun.as_str(), "killed" | "injured" | "wounded") {
        return None;
    }
    if NOT_COUNTED.contains(&noun.as_str()) {
        return None;
    }
    let guarded = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "total" | "new" | "additional" | "other" | "more"
        )
    });
    let key = canonical(CountKey {
        noun,
        mods,
        verb,
        owner: String::new(),
    });
    Some(Count {
        value,
        approx,
        key,
        span: doc.words[label.start].span.cover(doc.words[num_end].span),
        number: doc.words[n].span.cover(doc.words[num_end].span),
        sentence: sentence_at(doc, n),
        fact: true,
        place: String::new(),
        label: Some(
            doc.words[label.start]
                .span
                .cover(doc.words[label.end - 1].span),
        ),
        agent: String::new(),
        definite: false,
        tense: Tense::Unknown,
        times: Vec::new(),
        guarded,
    })
}

/// The last sentence of the lead-in of the list holding `at`, when it ends with a colon.
fn lead_in(doc: &Document<'_>, at: Span) -> Option<u32> {
    let i = doc.words.partition_point(|w| w.span.start() < at.start());
    let block = &doc.blocks[doc.words.get(i)?.block as usize];
    if !matches!(block.kind, BlockKind::ListItem { .. }) {
        return None;
    }
    let list = block.parent? as usize;
    let before = doc.blocks[..list]
        .iter()
        .rev()
        .find(|b| !b.kind.is_container() && !b.sentences.is_empty())?;
    let closing = before.sentences.end.checked_sub(1)?;
    let span = doc.sentences.get(closing as usize)?.span;
    doc.slice(span).trim_end().ends_with(':').then_some(closing)
}

/// The time words of a sentence and whether it speaks of change, totals, other events or
/// plans.
fn sentence_context(doc: &Document<'_>, s: u32) -> (Vec<String>, bool) {
    let Some(sentence) = doc.sentences.get(s as usize) else {
        return (Vec::new(), true);
    };
    let mut times = Vec::new();
    let mut guarded = false;
    let range = sentence.words.start as usize..sentence.words.end as usize;
    // The article's own dateline dates the article, not the count after it.
    let dateline = doc.meta.dateline.map(|(_, at)| at);
    for k in range.clone() {
        if dateline.is_some_and(|d| d.contains(doc.words[k].span)) {
            continue;
        }
        let w = lower(doc, k);
        if let Some(y) = year(&w) {
            times.push(y.to_string());
            continue;
        }
        if calendar_word(&w)
            || matches!(
                w.as_str(),
                "yesterday" | "today" | "tonight" | "tomorrow" | "ago" | "now" | "currently"
            )
        {
            times.push(w.to_string());
        }
        if matches!(w.as_str(), "this" | "that" | "last" | "next")
            && k + 1 < range.end
            && spaced(doc, k)
        {
            let n = lower(doc, k + 1);
            if matches!(
                n.as_str(),
                "week" | "month" | "year" | "weekend" | "morning" | "evening"
            ) {
                times.push(format!("{w} {n}"));
            }
        }
        if GUARD_WORDS.contains(&w.as_str()) {
            guarded = true;
        }
        // "so far", "in all", "up from", "down from", "from 78 to 87".
        if k + 1 < range.end && spaced(doc, k) {
            let n = lower(doc, k + 1);
            guarded |= matches!(
                (w.as_str(), n.as_str()),
                ("so", "far") | ("in", "all") | ("up" | "down", "from")
            );
            guarded |= w == "from" && doc.words[k + 1].shape == Shape::Number;
            // "By January 2019, seven teams had delivered": a running total.
            guarded |= w == "by"
                && (year(&n).is_some()
                    || calendar_word(&n)
                    || matches!(
                        n.as_str(),
                        "then" | "now" | "today" | "tonight" | "yesterday"
                    ));
        }
    }
    times.sort();
    times.dedup();
    (times, guarded)
}
