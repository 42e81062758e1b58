//! Counts of things: a number in digits or words, what hedges it ("at least", "about"), the
//! head noun it counts and what qualifies that noun — the words between ("six permanent
//! members"), a verb ("78 people were killed", "killed 78 people"), an owner ("members of the
//! council", "the council's members") — plus what the sentence says about time and change.
//! Fact-box lines ("Troops: 2,500"), list items and two-cell table rows ("| Killed | 87 |")
//! give counts too, the label read as the noun.

use crate::doc::{Document, Shape};

use super::context::{
    Context, amount_clause, event_toll, found_dead, lead_in, leading_clause, local_guard,
    modal_after, more_follows, of_phrase_before_verb, own_aside_years, past_relative,
    reported_death, sentence_context, sentence_context_outside, since_event, trailing_clause,
    where_place,
};
use super::elided::{
    agent_before, compound_head, elided_object, elided_subject, in_fact_list, participle_subject,
    possessor, row_name,
};
use super::facts::facts;
use super::measures::{
    all_aboard, amount_count, compound_count, count_number_at, headline_toll, lasted_subject,
    owner_before, partitive_part, percent_after, plain_noun, plural_possessive, pointing,
    sentence_term, toll_count,
};
use super::vocab::{
    AGENT_PARTICIPLES, AUXILIARIES, BEFORE_GUARDS, GUARD_WORDS, IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST, KIN_GROUPS, NOT_BETWEEN_NUMBER_AND_NOUN, NOT_COUNTED, PEOPLE_PARTICIPLES,
    UNITS, participle,
};
pub(super) use super::vocab::{bound_of, hedge_before};
use super::words::{
    aboard_after, between, is_plural, lower, next_in_block, number_at, place_after, sentence_at,
    spaced, stem, verb_before_determiner, year,
};

pub(super) use super::count::canonical;
pub use super::count::{Bound, Count, CountKey, Tense};

pub(super) fn find(doc: &Document<'_>) -> Vec<Count> {
    let mut contexts: Vec<Option<Context>> = vec![None; doc.sentences.len()];
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        let found = compound_count(doc, i).or_else(|| prose_count(doc, i));
        let next = match found {
            Some((count, end)) => {
                out.push(count);
                end + 1
            }
            None => i + 1,
        };
        i = next.max(i + 1);
    }
    facts(doc, &mut out);
    super::elided::share_verbs(doc, &mut out);
    for c in &mut out {
        let Some(ctx) = contexts.get_mut(c.sentence as usize) else {
            c.guarded = true;
            continue;
        };
        let ctx = ctx.get_or_insert_with(|| sentence_context(doc, c.sentence));
        c.times.clone_from(&ctx.times);
        let first = doc
            .words
            .partition_point(|w| w.span.start() < c.span.start());
        let last = doc
            .words
            .partition_point(|w| w.span.end() <= c.span.end())
            .saturating_sub(1)
            .max(first);
        own_aside_years(doc, first, &mut c.times);
        c.guarded |= local_guard(doc, c.sentence, first, last);
        c.part = partitive_part(doc, c.number);
        // "all 16 climbers": the whole set, whatever total the sentence keeps.
        let whole = c.definite
            && doc
                .words
                .partition_point(|w| w.span.start() < c.number.start())
                .checked_sub(1)
                .is_some_and(|k| lower(doc, k) == "all");
        let guards = |skip| sentence_context_outside(doc, c.sentence, skip).guards(whole);
        // ("send 30,000 additional U.S. troops" and "Additional U.S. troops: 3,000": a guard
        // word among the count's own modifiers names the set, as any modifier does.)
        let own_guard = ctx.guarded
            && c.key.mods.split(' ').any(|m| GUARD_WORDS.contains(&m))
            && !guards(first..last + 1);
        c.guarded |= match amount_clause(doc, c) {
            Some(skip) => guards(skip),
            None => {
                ctx.guards(whole)
                    // ("the families of the 89 people killed … should", "no empathy for
                    // the 15 worshippers he killed … could": a modal alone speaks of a plan
                    // or a condition that a count pointing back is no part of.)
                    && !(own_guard || (c.definite && ctx.modal_only && !ctx.running))
                    && !c.measure
                    && trailing_clause(doc, c.sentence, last).is_none_or(guards)
                    && past_relative(doc, c.sentence, first).is_none_or(guards)
                    && (!c.definite || modal_after(doc, c.sentence, last).is_none_or(guards))
                    && (!c.definite || leading_clause(doc, c.sentence, first).is_none_or(guards))
            }
        };
        c.guarded |= since_event(doc, c.sentence) && !event_toll(doc, c);
        c.source.clone_from(&ctx.source);
        c.stated.clone_from(&ctx.stated);
        // A list item is dated by its lead-in: "In 1977:" over "• 425,000 jobs were created";
        // a fact-box line by a year in the box's title ("2026 WORLD CUP").
        if let Some(lead) = lead_in(doc, c.number) {
            c.times.extend(sentence_context(doc, lead).times);
            c.times.sort();
            c.times.dedup();
        } else if c.fact
            && let Some(year) = super::facts::box_year(doc, c.span.start())
        {
            c.times.push(format!("box {year}"));
            c.times.sort();
            c.times.dedup();
        }
    }
    out.sort_by_key(|c| c.span.start());
    out
}

/// A count whose number starts at word `i`, with the index of its last word.
fn prose_count(doc: &Document<'_>, i: usize) -> Option<(Count, usize)> {
    let (value, num_end, is_digits) = count_number_at(doc, i)?;
    if value < 2.0 && !is_digits {
        return None;
    }
    let text = doc.text();
    let word = doc.word_str(i);
    if is_digits && (year(&word).is_some() || super::words::day_of_month(doc, i)) {
        return None;
    }
    // Money and shares are amounts of what they are said of: "the $5.4 billion deal",
    // "turnout was 64 percent".
    let before_char = text[..doc.words[i].span.start()].chars().next_back();
    if let Some(c) = before_char.filter(|c| matches!(c, '$' | '£' | '€' | '¥')) {
        return amount_count(doc, i, value, num_end, c.to_string());
    }
    if let Some(end) = percent_after(doc, num_end) {
        return amount_count(doc, i, value, end, "%".into());
    }
    if value < 2.0 {
        return None;
    }
    // A number in a code, a score, a fraction: "#87", "104-99", "3/4".
    if before_char.is_some_and(|c| matches!(c, '#' | '№' | '-' | '–' | '/' | '.')) {
        return None;
    }
    if between(doc, num_end).starts_with(['%', '-', '–', '/']) {
        return None;
    }
    if is_digits && super::measures::model_number(doc, i, num_end) {
        return None;
    }
    // Ranges: "78 to 87 people", "between 70 and 80" — one count from the low figure to
    // the high one; "from 78 to 87" is a change, and "78 or 87" no range.
    let mut value = value;
    let mut num_end = num_end;
    let mut low = value;
    let mut hedge = if i > 0 { hedge_before(doc, i) } else { None };
    if next_in_block(doc, num_end)
        && matches!(lower(doc, num_end + 1).as_str(), "to" | "or" | "and")
        && doc
            .words
            .get(num_end + 2)
            .is_some_and(|w| w.shape == Shape::Number)
    {
        let opener = i.checked_sub(1).map(|b| lower(doc, b));
        let range = hedge.is_none()
            && spaced(doc, num_end)
            && spaced(doc, num_end + 1)
            && match lower(doc, num_end + 1).as_str() {
                "and" => opener.as_deref() == Some("between"),
                "to" => opener.as_deref() != Some("from"),
                _ => false,
            };
        let high = if range {
            count_number_at(doc, num_end + 2).filter(|(v, _, _)| *v > value)
        } else {
            None
        };
        let (high, high_end, _) = high?;
        low = value;
        value = high;
        num_end = high_end;
        if opener.as_deref() == Some("between") {
            hedge = Some((i - 1, Bound::Range));
        } else {
            hedge = Some((i, Bound::Range));
        }
    }
    let start = hedge.map_or(i, |(h, _)| h);
    let before = (start > 0 && doc.words[start - 1].block == doc.words[i].block)
        .then(|| (start - 1, lower(doc, start - 1)));
    if let Some((b, w)) = &before {
        let joined = spaced(doc, *b);
        // "will last 60 days", "to last 90 days": the verb, not "the last 60 days".
        let lasting = w == "last"
            && *b > 0
            && spaced(doc, b - 1)
            && matches!(
                lower(doc, b - 1).as_str(),
                "will" | "would" | "to" | "could"
            );
        // "caused by 2,750 tonnes", "attended by 300 people": the agent of a passive, not
        // a change ("rose by 300").
        let agent = w == "by"
            && *b > 0
            && spaced(doc, b - 1)
            && AGENT_PARTICIPLES.contains(&lower(doc, b - 1).as_str());
        if joined
            && !lasting
            && !agent
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
        // "2,500 U.S. troops": the full stop of an abbreviation ends no phrase.
        let abbreviation = k > num_end
            && doc.words[k].shape == Shape::AllCaps
            && doc.word_str(k).contains('.')
            && next_in_block(doc, k)
            && between(doc, k) == ". ";
        if !spaced(doc, k) && !abbreviation {
            break;
        }
        k += 1;
        let w = lower(doc, k);
        if NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_str()) {
            break;
        }
        let shape = doc.words[k].shape;
        // "14 killed as bus plunges": people, named by what befell them.
        // "the 1,500 evacuated residents": the participle qualifies the noun after it.
        let participle = k == num_end + 1
            && PEOPLE_PARTICIPLES.contains(&w.as_str())
            && !(spaced(doc, k)
                && doc
                    .words
                    .get(k + 1)
                    .is_some_and(|x| x.shape == Shape::Lower)
                && is_plural(&lower(doc, k + 1)));
        // "won seven Oscars", "three Democrats": a capitalised plural right after a number
        // written in digits or lower case, ending the name (not "the Five Eyes", "Three
        // Gorges Dam").
        let proper_plural = shape == Shape::Capitalised
            && k == num_end + 1
            && is_plural(&w)
            && doc.words[i].shape != Shape::Capitalised
            && !(spaced(doc, k)
                && matches!(
                    doc.words.get(k + 1).map(|x| x.shape),
                    Some(Shape::Capitalised | Shape::AllCaps)
                ));
        if (shape == Shape::Lower && (is_plural(&w) || participle)) || proper_plural {
            head = Some(k);
            break;
        }
        if !matches!(shape, Shape::Lower | Shape::Capitalised | Shape::AllCaps) {
            break;
        }
    }
    let Some(head) = head.filter(|&k| k > num_end + 1 || lower(doc, k) != "others") else {
        return headline_toll(doc, i, num_end, value, hedge)
            .or_else(|| all_aboard(doc, i, num_end, value, hedge))
            .or_else(|| toll_count(doc, i, num_end, value, hedge))
            .or_else(|| elided_subject(doc, i, num_end, value, hedge))
            .or_else(|| elided_object(doc, i, num_end, value, hedge));
    };
    let noun = lower(doc, head);
    let elided = PEOPLE_PARTICIPLES.contains(&noun.as_str()) && head == num_end + 1;
    if NOT_COUNTED.contains(&noun.as_str()) {
        return None;
    }
    let mods: Vec<String> = (num_end + 1..head)
        .map(|m| lower(doc, m).into_owned())
        .collect();
    // A unit is an amount of something named after it or before it: "1.2 million tonnes of
    // grain", "a budget of 12 years"; with nothing named, no figure to compare.
    let unit = UNITS.contains(&noun.as_str());
    let mut unit_owner = None;
    let mut j = head;
    if unit {
        if spaced(doc, head)
            && lower(doc, head + 1) == "of"
            && spaced(doc, head + 1)
            && plain_noun(doc, head + 2)
        {
            unit_owner = Some((lower(doc, head + 2).into_owned(), false));
            j = head + 2;
        } else {
            unit_owner = Some(
                lasted_subject(doc, start)
                    .or_else(|| owner_before(doc, start))
                    .or_else(|| sentence_term(doc, start))?,
            );
        }
    }
    let mut end = j;
    let mut tense = Tense::Unknown;
    let mut verb = String::new();
    // A verb after the noun: "people (who) were killed", "troops deployed".
    let mut aux = false;
    // A participle right after the noun ("the 12 people arrested will appear …"): it
    // describes the set, as one before the noun does.
    let mut reduced = false;
    let mut relative = false;
    let mut of_phrase = false;
    for step in 0..4 {
        if !spaced(doc, j) {
            break;
        }
        let w = lower(doc, j + 1);
        if step == 0 && matches!(w.as_str(), "who" | "that") {
            relative = true;
            j += 1;
            continue;
        }
        // "all 189 people on board were killed": where they were, not which people.
        if step == 0
            && let Some(end) = aboard_after(doc, j)
        {
            j = end;
            continue;
        }
        // "39 members of a religious group called Heaven's Gate were found dead": the verb
        // after the owner's phrase is still the count's.
        if step == 0
            && let Some(end) = of_phrase_before_verb(doc, j)
        {
            of_phrase = true;
            j = end;
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
        // "were slightly injured", "were also treated": an adverb after the auxiliary.
        if aux && (w == "also" || (w.len() > 4 && w.ends_with("ly"))) {
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
        // ("The 86 passengers included five Indians": what the set holds, not which set.)
        let holds = matches!(w.as_str(), "included" | "comprised");
        if doc.words[j + 1].shape == Shape::Lower
            && !object
            && !holds
            && (participle(&w) || found_dead(doc, j + 1))
        {
            verb = stem(&w);
            end = j + 1;
            // "Two students were shot dead", "were beaten to death": killed.
            let k = j + 2;
            if spaced(doc, j + 1)
                && (lower(doc, k) == "dead"
                    || (lower(doc, k) == "to" && spaced(doc, k) && lower(doc, k + 1) == "death")
                    || reported_death(doc, &w, k))
            {
                verb = "kill".into();
            }
            reduced = !aux && !relative;
            // "78 people have been killed" and "killing 78 people" tell of one event.
            if tense == Tense::Present && j > head && matches!(lower(doc, j).as_str(), "been") {
                tense = Tense::Unknown;
            }
        }
        break;
    }
    // (The count's own words end at its noun: the owner's phrase is not shown as part of it.)
    if of_phrase {
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
    // A verb before: "killed at least 78 people", "has killed 78", "laid off 320 workers".
    let mut agent = String::new();
    let verb_before = before.as_ref().and_then(|(at, said)| {
        // "killing all 67 people": the verb before "all".
        let skip_all = &**said == "all" && *at > 0 && spaced(doc, at - 1);
        let at = &if skip_all { at - 1 } else { *at };
        let said = lower(doc, *at);
        let particle = matches!(said.as_str(), "off" | "out" | "down" | "away");
        let vb = if particle && *at > 0 && spaced(doc, at - 1) {
            at - 1
        } else {
            *at
        };
        let vw = lower(doc, vb);
        let verbal = vw.ends_with("ed")
            || vw.ends_with("ing")
            || IRREGULAR_PAST.contains(&vw.as_str())
            || matches!(vw.as_str(), "kills" | "left")
            // "forcing airlines to cancel more than 3,000 flights": an infinitive.
            || (vb > 0 && spaced(doc, vb - 1) && lower(doc, vb - 1) == "to" && vw.len() > 3)
            // A headline tells the news in the present: "Landslide buries 12 homes".
            || (vw.len() > 3
                && vw.ends_with('s')
                && !vw.ends_with("ss")
                && doc.blocks[doc.words[i].block as usize].kind.is_heading());
        (spaced(doc, vb)
            && doc.words[vb].shape == Shape::Lower
            && verbal
            && !matches!(
                vw.as_str(),
                "need" | "bed" | "red" | "thing" | "during" | "according"
            ))
        .then(|| (vb, vw.into_owned()))
    });
    // "freed 14 hostages abducted from …": the verb before tells the event, not the participle.
    // (An infinitive does not outweigh a participle after: "to reach 14 miners trapped".)
    let infinitive = verb_before
        .as_ref()
        .is_some_and(|(v, _)| *v > 0 && lower(doc, v - 1) == "to");
    // "injuring more than 100 people who had gathered for a concert": a relative clause in
    // the active past perfect tells what they had done before; the verb before tells the
    // event. (A passive one tells what befell them, as a participle after the noun does:
    // "freed nine miners who had been trapped" are the headline's "seven miners trapped".)
    let background = relative
        && aux
        && lower(doc, head + 2) == "had"
        && spaced(doc, head + 2)
        && lower(doc, head + 3) != "been";
    if (verb.is_empty() || ((reduced || background) && !infinitive))
        && let Some((vb, vw)) = &verb_before
    {
        if reduced || background {
            reduced = false;
            end = head;
        }
        if background {
            tense = Tense::Unknown;
        }
        verb = stem(vw);
        agent = agent_before(doc, *vb);
        if agent.is_empty() {
            agent = participle_subject(doc, *vb);
        }
        if vw.ends_with("ed") || IRREGULAR_PAST.contains(&vw.as_str()) {
            tense = Tense::Past;
        }
        if *vb > 0 && spaced(doc, vb - 1) {
            match lower(doc, vb - 1).as_str() {
                // "has killed 78" and "78 were killed" tell of one event.
                "has" | "have" => tense = Tense::Unknown,
                "had" | "was" | "were" => tense = Tense::Past,
                _ => {}
            }
        }
    }
    // "left eleven workers missing", "leaving 40 people dead": the state the verb left them
    // in is what befell them.
    if matches!(verb.as_str(), "left" | "leav")
        && end == head
        && spaced(doc, head)
        && PEOPLE_PARTICIPLES.contains(&lower(doc, head + 1).as_str())
    {
        verb = stem(&lower(doc, head + 1));
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
    // The subject that has them: "The committee, set up in 2021, has nine members" is
    // the count of "all 10 members of the committee".
    if agent.is_empty()
        && let Some((b, w)) = &before
        && *b + 1 == start
        && matches!(w.as_str(), "has" | "have" | "had")
    {
        agent = possessor(doc, *b);
    }
    // The place: "killed in Kabul", "troops in Mali", or the craft they were on.
    let mut place = place_after(doc, end);
    // The owner: "members of the council", "the council's six members", "its majority of
    // 21 seats"; for a unit, what it measures.
    let mut owner = String::new();
    let mut owner_definite = false;
    if let Some((o, d)) = unit_owner {
        owner = o;
        owner_definite = d;
    } else if end == head
        && spaced(doc, head)
        && matches!(
            lower(doc, head + 1).as_str(),
            "of" | "for" | "from" | "with"
        )
        && spaced(doc, head + 1)
        // "evacuated 1,200 residents from the suburbs": where the verb took them from (also
        // "to recover the 32 dead from the ravine").
        && !((verb_before.is_some() || verb_before_determiner(doc, before.as_ref()))
            && matches!(lower(doc, head + 1).as_str(), "from" | "with"))
        // "picked up its six crew members from a life raft": the possessive is the owner.
        && !(matches!(lower(doc, head + 1).as_str(), "from" | "with")
            && before.as_ref().is_some_and(|(b, w)| {
                *b + 1 == start && pointing(doc, *b) && !matches!(w.as_str(), "the" | "all")
            }))
    {
        let prep = lower(doc, head + 1);
        // The first word after "the", "its", "a"; a name whole ("the Security Council").
        let mut o = head + 2;
        while o < doc.words.len()
            && matches!(
                lower(doc, o).as_str(),
                "the" | "its" | "their" | "his" | "her" | "a" | "an"
            )
            && spaced(doc, o)
        {
            o += 1;
        }
        // "of the cargo ship": a noun before the head noun names what kind; the head is
        // the owner.
        while o + 1 < doc.words.len()
            && spaced(doc, o)
            && doc.words[o].shape == Shape::Lower
            && compound_head(doc, o + 1)
        {
            o += 1;
        }
        // ("16 host cities from June 11 to July 19": a time, not whose they are; "2,500
        // troops from nine NATO countries": where they all come from, not whose; "77 points
        // with two games left": what is still to come.)
        if o < doc.words.len()
            && doc.words[o].block == doc.words[head].block
            && !(prep != "of" && super::words::calendar_word(&lower(doc, o)))
            && !(matches!(prep.as_ref(), "from" | "with") && number_at(doc, o).is_some())
        {
            let mut parts = super::words::owner_name(doc, o);
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
    } else if let Some((b, w)) = &before
        && *b + 1 == start
        && plural_possessive(doc, *b, w)
    {
        // "the Conservatives' 313 seats".
        owner = w.to_string();
    } else if let Some((b, w)) = &before
        && w == "whose"
        && *b + 1 == start
        && *b > 0
        && spaced(doc, *b - 1)
        && doc.words[*b - 1].shape == Shape::Lower
    {
        // "a court whose 5 conservative justices": the court's, a set already there.
        owner = lower(doc, *b - 1).into_owned();
        owner_definite = true;
    } else if before.as_ref().is_some_and(|(_, w)| w == "of")
        && let Some((o, d)) = owner_before(doc, start).filter(|(_, d)| *d || noun == "members")
    {
        owner = o;
        owner_definite = d;
    }
    let definite = owner_definite
        || before.as_ref().is_some_and(|(b, w)| {
            *b + 1 == start
                && ((spaced(doc, *b)
                    && (matches!(
                        w.as_str(),
                        "the" | "its" | "their" | "his" | "her" | "our" | "all"
                    ) || !owner.is_empty() && crate::text::is_possessive(w)))
                    || (!owner.is_empty() && plural_possessive(doc, *b, w)))
        });
    // "Relatives of the 175 people on board gathered at …": after "relatives of the", a
    // verb that does not describe people ("killed", "injured" do: "the families of the 89
    // people killed") belongs to the relatives ("Some of the 1,200 troops deployed to the
    // border arrive" keeps its participle).
    if reduced
        && definite
        && let Some((b, w)) = &before
        && matches!(w.as_str(), "the" | "all")
        && *b >= 2
        && spaced(doc, *b - 1)
        && spaced(doc, *b - 2)
        && lower(doc, *b - 1) == "of"
        && KIN_GROUPS.contains(&lower(doc, *b - 2).as_str())
        && !PEOPLE_PARTICIPLES.contains(&lower(doc, end).as_str())
    {
        verb.clear();
        end = head;
        reduced = false;
    }
    // "The 28 lawmakers were recovered …": a verb after an auxiliary says something new of
    // a set already given, not which set it is (but "the 255 servicemen who were killed").
    if definite && aux && !relative && !verb.is_empty() && end != head {
        verb.clear();
    }
    // "The 21 gold medals are a record": a copula after a set already given says what the
    // set is now, not when it came about.
    if definite && aux && verb.is_empty() {
        tense = Tense::Unknown;
    }
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
    let start = if definite && !owner_definite {
        start - 1
    } else {
        start
    };
    // A verb right before opens the mention ("killing 78 people"); a verb with a particle
    // ("laid off 350 workers") is left out of it.
    let span_start = match (&before, &verb_before) {
        (Some((at, _)), Some((said, _))) if !verb.is_empty() && end == head && at == said => {
            doc.words[*at].span
        }
        _ => doc.words[start].span,
    };
    if !clause.is_empty() {
        owner = if owner.is_empty() {
            clause
        } else {
            format!("{owner} {clause}")
        };
    }
    // "the 280 cancelled flights" is "cancelled 230 flights": a lone participle before
    // the noun is the verb said of it.
    let mut mods = mods.join(" ");
    let mut attributive = reduced && definite;
    if verb.is_empty()
        && !mods.contains(' ')
        && (mods.len() > 4 && mods.ends_with("ed")
            || IRREGULAR_PARTICIPLES.contains(&mods.as_str()))
    {
        verb = stem(&mods);
        mods.clear();
        attributive = true;
    }
    // A span of time is the length of what lasted, not something done.
    if unit && verb == "last" {
        verb.clear();
    }
    let key = canonical(CountKey {
        noun: noun.into_owned(),
        mods,
        verb,
        owner,
    });
    let sentence = sentence_at(doc, i);
    // "Thirty-nine passengers died at the scene. Eight more died later": a part of a total
    // the next words go on to.
    guarded |= more_follows(doc, end, sentence);
    // A place that opens the sentence: "At Gatwick, 27 flights were grounded", "In
    // neighbouring Maharashtra, seven people died", "In northwestern Khyber Pakhtunkhwa, 17
    // people were killed" (the place's last word stands for it).
    if place.is_empty()
        && let Some(first) = doc
            .sentences
            .get(sentence as usize)
            .map(|s| s.words.start as usize)
        && matches!(lower(doc, first).as_str(), "at" | "in")
        && let Some(p) = (first + 1..(first + 5).min(start)).find(|&p| {
            !spaced(doc, p)
                // ("In Dar es Salaam the bomb killed 11 people": no comma after the name.)
                || (super::words::name_like(doc, p)
                    && matches!(lower(doc, p + 1).as_str(), "the" | "a" | "an")
                    && (first + 1..=p).all(|k| {
                        super::words::name_like(doc, k)
                            || matches!(lower(doc, k).as_str(), "es" | "de" | "el" | "al" | "la")
                    }))
        })
        && (between(doc, p).trim() == "," || spaced(doc, p))
        && super::words::name_like(doc, p)
    {
        place = crate::text::fold::name_key(&doc.word_str(p));
    }
    // "at the Bataclan concert hall, where gunmen killed 89 people": the place the clause
    // is about.
    if place.is_empty()
        && let Some(p) = where_place(doc, sentence, start)
    {
        place = p;
    }
    let fact = in_fact_list(doc, i, start, end);
    // "| Croatia | 547 points |": a table row's count of its own noun belongs to the name in
    // the cell before it.
    let mut key = key;
    if fact
        && key.owner.is_empty()
        && let Some(owner) = row_name(doc, i)
    {
        key.owner = owner;
    }
    // "Needed to win: 270 electoral votes": a label that says what is needed makes the
    // count a threshold, as "the 270 needed" does.
    if fact
        && key.verb.is_empty()
        && start > 0
        && between(doc, start - 1).trim() == ":"
        && (start.saturating_sub(4)..start)
            .any(|k| matches!(lower(doc, k).as_str(), "needed" | "required" | "need"))
    {
        key.verb = "need".into();
    }
    Some((
        Count {
            value,
            approx: hedge.is_some(),
            bound: hedge.map_or(Bound::Exact, |(_, b)| b),
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
            source: String::new(),
            stated: Vec::new(),
            elided,
            low,
            attributive,
            measure: false,
            part: None,
        },
        num_end,
    ))
}
