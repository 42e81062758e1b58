use crate::diagnostic::Finding;
use crate::doc::quantities::{Count, Tense};
use crate::doc::{BlockKind, Document};
use crate::rules::{Context, Needs, Rule, RuleMeta, declare_rule};

mod parts;
mod when_where;
use parts::{
    agree, befell_some, boxed_threshold, boxed_twin, breakdown_row, broken_down, included_rest,
    one_more_named, other_sentence, part_of_body, partitive_rest, proper, remainder, restated_part,
    score_share, set_apart, sibling_items, summed_part, threshold_against_whole, two_partitions,
    two_parts_of, two_vehicle_total, whole_against_share, whole_beside_clause,
};
use when_where::{
    elsewhere, month_and_week, parts_by_place, placed_twin, same_time, timed_twin,
    wholes_of_other_days,
};

declare_rule! {
    /// ## What it checks
    /// The same count of the same thing stated twice differently in one article: the same
    /// head noun with the same qualifier — the words between ("six permanent members"), the
    /// verb ("78 people were killed", "killing 78 people", "the 87 people killed"), the owner
    /// ("members of the council") — in words or digits alike ("six members" and "7
    /// members"). A fact-box line ("Troops: 2,500", "Killed: 87"), a two-cell table row or a
    /// list item counts as a statement too, its label read as the noun; "dead", "deaths" and
    /// "fatalities" are people killed, "injured" and "wounded" people injured, and a
    /// headline's "14 killed", a fact box's "Arrested: 53" or a death toll ("the death toll
    /// stood at 98") counts people. Amounts count
    /// too, as what they are said of: money and shares ("the $5.4 billion deal", "a budget
    /// of $1.2 billion", "turnout was 64 percent", "Deal value: $4.5 billion"), units
    /// ("1.2 million tonnes of grain", "sentenced to 12 years") and one-word measures ("a
    /// 12-seat majority" against "its majority of 21 seats", "a five-year contract", "the
    /// 300-year-old church"). "A dozen" is 12. Two exact figures must be equal; a hedged one
    /// ("at least", "about", "more than") must be within 8 % of the other, and a hedge that
    /// leans one way from a round figure also admits a figure up to a quarter on its side
    /// ("more than 200" and 236, "up to 300" and 250); "at least 78" against 87 is flagged.
    ///
    /// ## Why it matters
    /// "At least 78 people were killed" in the second paragraph and "the 87 people killed" in
    /// the sixth: one of them is wrong, and the reader cannot tell which. Death tolls, troop
    /// numbers and head counts are the figures readers quote, and the ones a correction has
    /// to fix in public.
    ///
    /// ## Example
    /// ```text
    /// At least 78 people were killed in the attack on the market, police said.
    /// …
    /// Relatives of the 87 people killed gathered at the hospital on Thursday.
    /// ```
    ///
    /// ## Not flagged
    /// - changes and running totals: a sentence with "rose", "fell", "from 78 to 87", "up
    ///   from", "so far", "in all", "total", "since" (not after a superlative: "its best
    ///   haul since 2010" compares), "until", "by Tuesday" (but not in a
    ///   clause that ends the sentence after the count: "rescued 230 migrants, …, as calm
    ///   seas led to a rise in crossings");
    /// - other events and other times: "another", "similar", "previous", "earlier", "a week
    ///   earlier", "two days later" (a headline's count given again in the lead takes the
    ///   lead's day: "killing 18" over "on Friday night …, killing 18 people"); two
    ///   sentences naming different years, months, weekdays, "last week" or "today"; a year
    ///   in one of them and none in the other; "were" against "are". A count that points
    ///   back ("the 87 people", "all nine climbers", "its 7 members") is compared whatever
    ///   day its sentence is about (the day it was said, "the agency said on Tuesday", is no
    ///   day of the event), but never across years;
    /// - plans and conditions: "could", "might", "should", "if", "plans", "proposed",
    ///   "target" (but a count that points back is the set already given whatever modal the
    ///   sentence has: "whether the 72 campers could have been moved", "no empathy for the 15
    ///   worshippers he killed … could"; nor does a clause with its own subject after the
    ///   count, "died when the river surged", guard it; nor a guard word that is the count's
    ///   own modifier, "30,000 additional troops");
    /// - parts and additions: "including 12 children", "among them", "six other members",
    ///   "more", "new", "remaining", "first", "these two", and partitives ("six of the
    ///   members"), and the two figures of a partitive the article gives ("Nine of the 11
    ///   climbers buried … are alive" sets "11" and "nine climbers" apart) or the wholes of
    ///   two partitives that take different parts ("92 of the 100 seats in the upper house",
    ///   "140 of the 141 seats in the lower house"), and a total over two vehicles ("all 71
    ///   people aboard the two aircraft") against a bare count of one of them ("had 69
    ///   people on board"), and a partitive's whole against what one side won ("won 303
    ///   of the 543 seats" and "the alliance won 353 seats"); others added to a set ("died, along with four motorists", "were killed,
    ///   as were the two men in the Cessna"); a set grown by one the text numbers ("A third
    ///   man was arrested on Wednesday" before "The three men", after "two men");
    /// - different places: "12 people were killed in Kabul" and "8 people were killed in
    ///   Kandahar"; a headline's toll and a part of it in a place ("at the Bataclan, where
    ///   gunmen killed 89 people"); a sentence that opens on another place than the
    ///   dateline's ("PARIS … about 400,000 people had marched" and "In Marseille, unions said
    ///   about 240,000 people marched");
    /// - shares: "12 catches and 12 traps for each of the two rules", "per", "apiece"; a
    ///   table's rows named by their first cell ("| Croatia | 547 points |"); a table that
    ///   gives the same count cell by cell ("| Aldgate | 7 killed |", "| Edgware Road | 6
    ///   killed |") against the text's whole ("killed 52 people"), unless the row and the
    ///   text name the one place;
    /// - a fact box whose title gives another year ("2026 WORLD CUP") against a count of
    ///   this year's, or against another box's line ("PYEONGCHANG 2018" over "Gold medals:
    ///   14", "BEIJING 2022" over "Gold medals: 16");
    /// - different doers: "The Civic Front, backed by the unions, won 76 seats" and "The
    ///   Democratic Front won 44 seats" (the whole name before the verb, over an aside);
    /// - different sources: "Police said 4,000 people attended" and "Organisers said 6,000
    ///   people attended" (a count that points back is the writer's, whoever is quoted);
    /// - the same verb on two different named days, even for a count that points back ("the
    ///   300 protesters who gathered on Friday", "on Saturday, 500 protesters gathered");
    ///   or two spans after or before another event ("three days after 11 climbers died",
    ///   "came 40 days after nine climbers died");
    ///   or two different years (but a count that points back with no time, place or owner of
    ///   its own, "the 11 miners killed", is the event the article dates only as "two years
    ///   ago", and one that says its verb again, "the 186 people killed that morning", the
    ///   event it dates by its year; "that morning" dates nothing);
    /// - amounts said of nothing named ("it cost $500 million", "it took five years"), and
    ///   ages of people ("a 12-year-old boy": `age-mismatch` reads those), a model's number
    ///   between two names ("Boeing 737 MAX jets");
    /// - a set a relative clause singles out against a whole that says it is all ("four of
    ///   the 11 charges that carried a prison term", "all 19 charges against him");
    /// - one part of a breakdown that, with the figures beside it, adds up to the whole ("All
    ///   259 people on board … died, and 11 residents of Lockerbie were killed" against
    ///   "killed 270 people"), and those left of a set against the set ("the 15 sailors
    ///   still held", "the remaining 15" against "seized 24 sailors");
    /// - different things: other nouns, other qualifiers ("people killed" and "people
    ///   injured", "members of the council" and "members of the board", "agencies that deal
    ///   with exports" and "agencies that deal with housing"), verbs with different subjects
    ///   ("these suits covered …", "the decrees covered …"), a figure within a range ("between
    ///   40 and 50 people" and "the 45 injured"), a figure in a quotation against one outside
    ///   it, rates ("3,000 jobs a year"), amounts of different things ("the $4.5 billion deal",
    ///   "a $3 billion loan"; "a 150-seat parliament", "won 62 seats"), two counts in one
    ///   sentence, two items of one list, and
    ///   items of two lists unless both are labelled facts (a news digest's stories);
    /// - a bare count against a bare count ("in 36 states", "at least 30 states"): only a
    ///   fact-box line, a verb, or a count that points back ties two counts to one set;
    /// - hedged figures close to each other ("about 2,000" and "2,100"), and figures more
    ///   than twice each other ("20 million persons", "2 million individuals") unless their
    ///   digits are the same in another order ("41" and "14") or the headline and the story
    ///   give them with the same verb ("40,000 people evacuated" over "about 14,000 people
    ///   were evacuated"): slips stay closer, different sets do not.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// No fix: only the reporter knows which figure is right.
    pub(crate) struct NumberMismatch {
        id: "number-mismatch",
        severity: Warning,
        summary: "the same count of the same thing given two different ways",
        fix: None,
        options: [],
    }
}

/// Whether two counts speak of the same thing at the same time.
fn comparable(doc: &Document<'_>, home: Option<&str>, a: &Count, b: &Count) -> bool {
    same_thing(doc, a, b)
        && referred(a, b)
        && !a.guarded
        && !b.guarded
        && a.sentence != b.sentence
        && !new_claim(a, b)
        && a.same_agent(b)
        && !(a.label.is_none() && b.label.is_none() && a.fact && b.fact)
        // (A row named for the other count's owner is that owner's: "| Labour | 229 |" and
        // "Labour won 226 seats".)
        && (!breakdown_row(doc, a, b) || country_line(a, b))
        && (!breakdown_row(doc, b, a) || country_line(b, a))
        && remainder(doc, a) == remainder(doc, b)
        && (a.place == b.place
            || (a.place.is_empty() && !elsewhere(doc, home, b))
            || (b.place.is_empty() && !elsewhere(doc, home, a)))
        && (a.source == b.source
            || a.source.is_empty()
            || b.source.is_empty()
            || a.definite
            || b.definite)
        && (a.tense == b.tense || a.tense == Tense::Unknown || b.tense == Tense::Unknown)
        && (same_time(a, b) || headline_pointed(doc, a, b))
        && !dated_in_story(doc, a, b)
        && !dated_in_story(doc, b, a)
        && !month_and_week(doc, a, b)
        && !wholes_of_other_days(doc, a, b)
        && !score_share(doc, a)
        && !score_share(doc, b)
        && !restated_part(a, b)
        && !restated_part(b, a)
        && !set_apart(doc, a, b)
        && !two_partitions(a, b)
        && !two_vehicle_total(doc, a, b)
        && !two_vehicle_total(doc, b, a)
        && !one_more_named(doc, a, b)
        && !whole_beside_clause(doc, a, b)
        && !whole_against_share(doc, a, b)
        && !whole_against_share(doc, b, a)
        && !broken_down(doc, a, b)
        && !broken_down(doc, b, a)
}

/// The same noun, modifiers and owner, and the same verb — or, against a fact-box line or
/// table row, a verb on one side only ("Troops deployed: 2,500" and "about 2,000 troops").
fn same_thing(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let (x, y) = (&a.key, &b.key);
    // "the 16 rescued" points back to "a dozen climbers were rescued": the noun left out
    // is the one the same verb was said of.
    let elided = |c: &Count, o: &Count| {
        c.elided && (c.definite || c.fact) && !c.key.verb.is_empty() && c.key.verb == o.key.verb
    };
    // "Arrests: 62" in a fact box names the people "arrested 26 people" counts: a label
    // that is the noun of the other count's verb.
    let verb_noun = |c: &Count, o: &Count| {
        c.fact
            && c.key.verb.is_empty()
            && c.key.mods.is_empty()
            && o.key.verb.len() >= 5
            && o.key.noun == "people"
            && c.key.noun.starts_with(o.key.verb.as_str())
    };
    (x.noun == y.noun || elided(a, b) || elided(b, a) || verb_noun(a, b) || verb_noun(b, a))
        && ((x.mods == y.mods && same_owner(a, b))
            || crossed_owner(doc, a, b)
            || crossed_owner(doc, b, a)
            || labelled_owner(a, b)
            || labelled_owner(b, a)
            || country_line(a, b)
            || country_line(b, a)
            || dropped_modifier(doc, a, b)
            || dropped_modifier(doc, b, a)
            || owner_named_before(doc, a, b)
            || owner_named_before(doc, b, a))
        // (A participle before the noun of a body's members qualifies it as an adjective
        // would: "the council's 10 elected members" are not "the 15-member council"'s.)
        // ("the 326 seats needed for a majority" is no restatement of the whole of "taking
        // 411 of the 650 seats".)
        && !threshold_against_whole(a, b)
        && !threshold_against_whole(b, a)
        // ("Needed to win: 270 electoral votes" and "489 electoral votes": a box's threshold
        // is weighed only against another.)
        && !boxed_threshold(a, b)
        && !boxed_threshold(b, a)
        && ((x.verb == y.verb && !other_sentence(doc, a, b))
            || ((a.fact || b.fact || a.definite || b.definite)
                && ((x.verb.is_empty() && !part_of_body(doc, b, a) && !befell_some(a, b))
                    || (y.verb.is_empty() && !part_of_body(doc, a, b) && !befell_some(b, a)))))
}

/// "all 16 crew members" (`named`) are the members of "an 18-member crew" (`owning`): the
/// body a word before the noun names is the one that owns them; not "its 20 crew members",
/// some other body's.
fn crossed_owner(doc: &Document<'_>, owning: &Count, named: &Count) -> bool {
    let (o, n) = (&owning.key, &named.key);
    let opens = |w: &str| {
        doc.text()[named.span.range()]
            .get(..w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w))
    };
    o.mods.is_empty()
        && n.owner.is_empty()
        && !n.mods.is_empty()
        && o.owner == n.mods
        && (opens("all ") || opens("the "))
}

/// "the 99 freed prisoners" (`back`) points back to "Israel released 90 Palestinian
/// prisoners" (`first`), the modifier (or the first of two) left out: the same verb or none on the count that
/// points back ("18 hexagonal segments coated in gold" … "the 81 segments"), which comes
/// later, and no other count of the text has that noun (with another modifier it might be
/// the set meant).
fn dropped_modifier(doc: &Document<'_>, first: &Count, back: &Count) -> bool {
    let (f, b) = (&first.key, &back.key);
    // ("killing 13 U.S. service members" … "The 31 service members": the first of two
    // modifiers left out.)
    let dropped = if b.mods.is_empty() {
        Some(f.mods.as_str())
    } else {
        f.mods
            .strip_suffix(b.mods.as_str())
            .and_then(|d| d.strip_suffix(' '))
    };
    // (A fact-box line points back as "the" does: "Tourists killed: 68" after "killed 58
    // foreign tourists".)
    (back.definite || back.fact)
        && first.span.start() < back.span.start()
        // (Two words only when both are a proper adjective: "six Western European countries".)
        && dropped.is_some_and(|d| {
            !d.is_empty() && (!d.contains(' ') || proper(doc, first, d)) && !selective(d)
        })
        // ("all 34 felony counts of falsifying business records" … "the 43 counts".)
        && (f.owner == b.owner || b.owner.is_empty())
        && ((!f.verb.is_empty() && f.verb == b.verb) || b.verb.is_empty())
        && only_pair(doc, &f.noun)
}

/// A modifier that picks some of a kind by rank ("the three largest parties", "the top
/// five teams"): a later count without it ("the two parties in government") may pick others.
fn selective(modifier: &str) -> bool {
    (modifier.len() > 4 && modifier.ends_with("est"))
        || matches!(
            modifier,
            "top" | "main" | "major" | "leading" | "first" | "last" | "other" | "remaining"
        )
}

/// Whether the sentence of `c` has the word `owner` (folded); with `as_name`, written
/// capitalised.
fn names_owner(doc: &Document<'_>, c: &Count, owner: &str, as_name: bool) -> bool {
    doc.sentences.get(c.sentence as usize).is_some_and(|s| {
        (s.words.start as usize..s.words.end as usize).any(|k| {
            doc.word_lower(k) == owner
                && (!as_name || doc.words[k].shape != crate::doc::Shape::Lower)
        })
    })
}

/// Whether the sentence of `c` has the word `owner` (folded) before the count.
fn owner_before(doc: &Document<'_>, c: &Count, owner: &str) -> bool {
    let at = doc
        .words
        .partition_point(|w| w.span.start() < c.span.start());
    doc.sentences.get(c.sentence as usize).is_some_and(|s| {
        (s.words.start as usize..at.min(s.words.end as usize)).any(|k| doc.word_lower(k) == owner)
    })
}

/// Whether the text has two counts of `noun`, the one given and the one that points back
/// to it, or more that give one of their figures again (with a third figure, another set
/// might be the one meant).
fn only_pair(doc: &Document<'_>, noun: &str) -> bool {
    // (A third count with one of the two figures gives that set again: the headline's "All
    // nine Pennsylvania miners", the lead's "Nine coal miners trapped" and "Miners trapped
    // | 8" are two figures. "Nine other miners" is a set of its own.)
    let mut figures: Vec<f64> = Vec::new();
    for c in doc.quantities.counts.iter().filter(|c| c.key.noun == noun) {
        let own = c.guarded || c.key.mods.split(' ').any(selective);
        if own || !figures.iter().any(|v| (v - c.value).abs() < 0.5) {
            figures.push(c.value);
        }
    }
    figures.len() <= 2
}

/// "Over the course of the tour's 148 shows" (`back`) points back to "The tour ends after
/// 149 shows" (`first`): the owner a later count names is a word of the earlier count's
/// sentence, the rest of the key is the same, and no other count of that noun stands in a
/// sentence that names the owner.
fn owner_named_before(doc: &Document<'_>, first: &Count, back: &Count) -> bool {
    let (f, b) = (&first.key, &back.key);
    // ("Loreen won … with 583 points for her power ballad" … "Loreen's 538 points": what
    // the points were for is no other owner.)
    let shape = back.definite
        && first.span.start() < back.span.start()
        // ("won 365 of the 650 seats": the whole of a partitive is the chamber's, not the
        // owner's.)
        && first.part.is_none()
        && (f.owner.is_empty() || f.owner.starts_with("for "))
        && !b.owner.is_empty()
        && !b.owner.contains(' ')
        && f.mods == b.mods;
    if !shape {
        return false;
    }
    // ("The DUP … won 10 seats" … "The DUP's 12 seats would give May …": no verb of its
    // own on the count that points back, when the owner is a name; "the state's 48 seats"
    // may be another state's.)
    // ("The Liberals won 157 seats, beating the Conservatives" … "The Conservatives' 121
    // seats": the owner named after the count is someone else the sentence speaks of.)
    let named = (f.verb == b.verb
        || (b.verb.is_empty() && names_owner(doc, first, &b.owner, true)))
        && names_owner(doc, first, &b.owner, false)
        && owner_before(doc, first, &b.owner);
    if !named && !owner_just_before(doc, first, back) {
        return false;
    }
    // No other count of the noun in a sentence that names the owner ("Finland's Käärijä
    // finished second with 526 points" names someone else).
    doc.quantities
        .counts
        .iter()
        .filter(|c| {
            c.key.noun == f.noun && c.span != back.span && names_owner(doc, c, &b.owner, false)
        })
        .count()
        == usize::from(named)
}

/// "Mark Spitz … won his seventh gold medal …. All seven gold medals came in world record
/// times" (`first`) and "Spitz's eight gold medals" (`back`): a count that points back with
/// no owner or verb of its own, opening its sentence, is the medals of the name the sentence
/// before opens with.
fn owner_just_before(doc: &Document<'_>, first: &Count, back: &Count) -> bool {
    let opens = doc
        .sentences
        .get(first.sentence as usize)
        .is_some_and(|s| doc.words_in(first.span).start <= s.words.start as usize + 1);
    first.definite
        && opens
        && first.key.verb.is_empty()
        && back.key.verb.is_empty()
        && first.sentence > 0
        && doc
            .sentences
            .get(first.sentence as usize - 1)
            .is_some_and(|s| {
                (s.words.start as usize..(s.words.start as usize + 10).min(s.words.end as usize))
                    .any(|k| {
                        doc.word_lower(k) == back.key.owner
                            && doc.words[k].shape != crate::doc::Shape::Lower
                    })
            })
}

/// The sum of count `k` and the count "and" joins to it in one phrase ("All 64 people on
/// the jet and the three soldiers on the helicopter"): only words between, no punctuation
/// and no verb of their own ("killed 14 and injured 45" are two sets).
///
/// The sum counts what `whole` counts only when `whole`'s noun takes in both parts: people
/// ("64 people … and the three soldiers" are 67 people), or a noun neither part has
/// ("175 passengers and six crew members" are 181 people on board); "Nineteen children and
/// two teachers" are not 21 children.
fn joined_sum(doc: &Document<'_>, counts: &[Count], k: usize, whole: &Count) -> Option<f64> {
    let word_at = |at: usize| doc.words.partition_point(|w| w.span.start() < at);
    let joined = |a: &Count, b: &Count| {
        if a.sentence != b.sentence || a.fact || b.fact {
            return false;
        }
        let (a_end, mut j) = (word_at(a.span.end()), word_at(b.number.start()));
        if j > a_end && doc.word_lower(j - 1) == "the" {
            j -= 1;
        }
        j > a_end
            && j - a_end <= 10
            && doc.word_lower(j - 1) == "and"
            && (a_end..j).all(|i| doc.words[i].gap == crate::doc::Gap::Space)
            && !(a_end..j - 1).any(|i| {
                let w = doc.word_lower(i);
                crate::doc::dates::is_past_form(w) || w.ends_with("ing")
            })
    };
    let takes_in = |a: &Count, b: &Count| {
        let noun = whole.key.noun.as_str();
        noun == "people" || (noun != a.key.noun && noun != b.key.noun)
    };
    let c = counts.get(k)?;
    if let Some(n) = counts.get(k + 1)
        && joined(c, n)
        && takes_in(c, n)
    {
        return Some(c.value + n.value);
    }
    let p = counts.get(k.checked_sub(1)?)?;
    (joined(p, c) && takes_in(p, c)).then_some(p.value + c.value)
}

/// A fact-box line "Panel members: 7" (`line`) counts the members of the panel, as "a panel
/// of six members" and "a six-member panel" (`body`) do: the one word before the label's
/// noun is the body's owner.
fn labelled_owner(line: &Count, body: &Count) -> bool {
    let (l, b) = (&line.key, &body.key);
    line.label.is_some()
        && l.owner.is_empty()
        && !l.mods.is_empty()
        && !l.mods.contains(' ')
        && b.mods.is_empty()
        && b.owner == l.mods
}

/// A fact-box line "U.S. troops in Iraq: about 2,000" (`line`) counts the troops that "The
/// United States has about 2,500 troops in Iraq" (`body`) gives: the country before the
/// label's noun is the one that has them. So does a party's word before it: "Conservative
/// seats: 334" counts the seats "The Conservatives won" (the word, or its plural, is the
/// body count's agent).
fn country_line(line: &Count, body: &Count) -> bool {
    let countries = crate::data::countries::get();
    let mods = line.key.mods.as_str();
    // ("Reform UK seats: 4" and "Nigel Farage's Reform UK won five seats", whose agent is
    // read as "uk": the name's last words.)
    // ("Labour seats: 269" and "Harold Wilson's Labour Party won 301 seats": the word
    // "party" after the name is no part of it.)
    let party = || {
        let agent = body.agent.as_str();
        let bare = agent.strip_suffix(" party").unwrap_or(agent);
        let one = agent.strip_suffix('s').unwrap_or(agent);
        [agent, bare, one].iter().any(|a| {
            mods == *a
                || mods
                    .strip_suffix(a)
                    .is_some_and(|head| head.ends_with(' ') && a.len() >= 2)
        })
    };
    line.label.is_some()
        && line.key.owner.is_empty()
        && !mods.is_empty()
        && body.key.mods.is_empty()
        && body.key.owner.is_empty()
        && !body.agent.is_empty()
        && (party()
            || countries
                .lookup(&crate::text::fold::name_key(mods))
                .is_some_and(|id| crate::text::fold::name_key(countries.name(id)) == body.agent))
}

/// A bare count after an earlier "the"/"all" count, neither of them with a verb or a
/// fact-box line, is a new statement, not the set given again: "data from all 55 states"
/// and then "35 states now have …" (some of them). `a` is the earlier count.
fn new_claim(a: &Count, b: &Count) -> bool {
    a.definite
        && !a.fact
        && a.key.verb.is_empty()
        && !b.definite
        && !b.fact
        && b.key.verb.is_empty()
}

/// The same owner; or none on a count that points back to one that has it ("The eight crew
/// members" after "all seven crew members of a Spanish trawler": a set given again is named
/// shorter, not smaller). `a` is the earlier count.
fn same_owner(a: &Count, b: &Count) -> bool {
    // (Only an owner "of" names: "120 troops from France" is some of "the 200 troops".)
    let of = |o: &str| !o.starts_with("from ") && !o.starts_with("for ") && !o.starts_with("with ");
    let (x, y) = (&a.key.owner, &b.key.owner);
    // (And with the same verb, or none on both: "the 10 elected members" is not "the
    // council's 15 members" given again.)
    // ("Kenya's 13 medals" points back to "Kenya won 11 medals": the owner is the winner.)
    // ("Members found dead: 37" counts "39 members of a religious group … were found dead":
    // a box line states the count of the group its box is about, when a one-word owner
    // names it; not a clause's "who will choose the next pope".)
    x == y
        || ((b.definite || (b.fact && !x.contains(' ')))
            && y.is_empty()
            && of(x)
            && (a.key.verb == b.key.verb || b.key.verb.is_empty()))
        || (b.definite && x.is_empty() && !a.agent.is_empty() && a.agent == *y)
        // ("the mission's six spacewalks", "his flight of four orbits": the event the story
        // is about owns them, as "five spacewalks" are its own.)
        || (b.definite && x.is_empty() && a.key.mods.is_empty() && story_event(y))
}

/// Whether one count can be taken to refer to the other. A fact-box line or table row
/// states the count of its subject; a verb ties two counts to one event ("were killed",
/// "killing"). A bare noun in two sentences ("in 36 states", "at least 30 states") is only
/// the same set when one of them points back to it: "the 87 people", "its 7 members".
fn referred(a: &Count, b: &Count) -> bool {
    a.fact || b.fact || !a.key.verb.is_empty() || a.definite || b.definite
}

/// Whether two figures are far enough apart to be counts of different sets: more than
/// twice the other ("20 million persons" and "2 million individuals", "11,000 jobs" and
/// "4,000 jobs"). A slip of the keyboard or a toll not updated stays within that.
fn far_apart(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let (lo, hi) = (a.value.min(b.value), a.value.max(b.value));
    hi > 2.0 * lo
        && !transposed(doc, a, b)
        && !extra_zero(doc, a, b)
        && !teen_and_ty(a, b)
        // (A body count in a place of its own is that place's part of the headline's:
        // "quake kills more than 1,600" over "In Bangkok, at least 10 people were killed".)
        && (!headline(doc, a, b) || a.place != b.place)
}

/// A "-teen" and its "-ty" ("fourteen" and "forty", 16 and 60): two figures that sound
/// alike, the slip of a reporter taking them down by ear, however far apart the values.
fn teen_and_ty(a: &Count, b: &Count) -> bool {
    let (lo, hi) = (a.value.min(b.value), a.value.max(b.value));
    (13.0..=19.0).contains(&lo) && lo.fract() == 0.0 && (hi - (lo - 10.0) * 10.0).abs() < 0.5
}

/// The article's headline and its story giving the same verb's count ("40,000 people
/// evacuated" over "about 14,000 people were evacuated"): the headline sums up the story, so
/// however far apart, the two name one set. Only a heading before the first paragraph, the
/// headline: later headings open other sections (a digest's other stories).
fn headline(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let in_heading = |c: &Count| in_headline(doc, c);
    !a.key.verb.is_empty()
        && a.key.verb == b.key.verb
        && a.key.noun == b.key.noun
        && in_heading(a) != in_heading(b)
}

/// A headline's count with no time of its own ("Grenfell fire that killed 27 …") and the
/// story's count that points back to the same verb's set ("all 72 deaths had been avoidable",
/// in a sentence dated "the 2017 fire"): the headline tells the story's event.
fn headline_pointed(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    headline(doc, a, b) && (a.definite || b.definite) && (a.times.is_empty() || b.times.is_empty())
}

/// Whether the headline's count `h` is told again in the story with its figure and a time
/// that is not `other`'s: "Ethiopian crash kills 157" over "crashed … on Sunday, killing all
/// 157 people on board" is Sunday's, not October's other crash "killing all 189 people".
fn dated_in_story(doc: &Document<'_>, h: &Count, other: &Count) -> bool {
    h.times.is_empty()
        && in_headline(doc, h)
        && doc.quantities.counts.iter().any(|c| {
            // (Or the part a partitive takes, whose verb goes with the part: "killing 520 of
            // the 524 people on board" on Monday, none of its times the other's.)
            let part = c.part.is_some_and(|p| (p - h.value).abs() < 0.5)
                && c.key.verb.is_empty()
                && !c.times.iter().any(|t| other.times.contains(t));
            !c.times.is_empty()
                && !in_headline(doc, c)
                && c.key.noun == h.key.noun
                && (part
                    || ((c.value - h.value).abs() < 0.5
                        && c.key.verb == h.key.verb
                        && !same_time(c, other)))
        })
        // (Only when the other count is dated by more than a weekday: "the 48 dead" of a
        // sentence about Friday's wounded is still Thursday's attack of the headline.)
        && other
            .times
            .iter()
            .any(|t| crate::text::date::Weekday::parse(t).is_none())
}

/// Whether a count is in the article's headline: a heading before the first paragraph.
fn in_headline(doc: &Document<'_>, c: &Count) -> bool {
    let body = doc
        .leaves()
        .find(|(_, b)| b.kind == BlockKind::Paragraph)
        .map_or(0, |(id, _)| id);
    parts::count_block(doc, c).is_some_and(|b| b < body && doc.blocks[b as usize].kind.is_heading())
}

/// The digits of a figure as written ("2,500" → "2500"), or of its value when it is written
/// in words ("seventy-two" → "72"); empty for a fraction in words.
fn written_digits(doc: &Document<'_>, c: &Count) -> String {
    let text = doc.slice(c.number);
    if text.bytes().any(|b| b.is_ascii_digit()) {
        return text
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(char::from)
            .collect();
    }
    if c.value.fract() == 0.0 && c.value < 1e15 {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return (c.value as u64).to_string();
    }
    String::new()
}

/// Two figures, one the other with a zero more ("300" and "3,000", "5,000" and
/// "50,000"): a slip of the keyboard as common as a transposition.
fn extra_zero(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let (x, y) = (written_digits(doc, a), written_digits(doc, b));
    let slip = |s: &str, t: &str| {
        s.bytes().all(|c| c.is_ascii_digit())
            && t.len() == s.len() + 1
            && t.starts_with(s)
            && t.ends_with('0')
    };
    !x.is_empty() && !y.is_empty() && (slip(&x, &y) || slip(&y, &x))
}

/// Two figures with the same digits in another order ("41" and "14", "seventy-two" and
/// "27"): the commonest slip of all, however far apart the values.
fn transposed(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let digits = |c: &Count| {
        let mut d: Vec<u8> = written_digits(doc, c).into_bytes();
        d.sort_unstable();
        d
    };
    let (x, y) = (digits(a), digits(b));
    !x.is_empty() && x.len() >= 2 && x == y
}

/// How a count is quoted: its words, or a fact line's label and figure ("Troops: 2,500").
fn mention(doc: &Document<'_>, c: &Count) -> String {
    match c.label {
        Some(label) => format!("{}: {}", quote(doc, label), quote(doc, c.number)),
        None => quote(doc, c.span),
    }
}

/// The source text of a span with runs of white space made one space.
fn quote(doc: &Document<'_>, span: crate::span::Span) -> String {
    doc.decoded(span)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl Rule for NumberMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        // The dateline is left out of the time words of the sentence it opens.
        Needs::QUANTITIES.with(Needs::DATELINE)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let counts = &doc.quantities.counts;
        // (Folded as a count's place is.)
        let home = doc
            .dateline_place()
            .map(|at| crate::text::fold::name_key(&doc.decoded(at)));
        let home = home.as_deref();
        let placed: Vec<&Count> = counts.iter().filter(|c| !c.place.is_empty()).collect();
        for (j, b) in counts.iter().enumerate() {
            // A figure inside a quotation is the speaker's, not the writer's: it is weighed
            // only against another one in the same quotation.
            let quoted = |c: &Count| doc.quotation(c.number).filter(|q| q.double).map(|q| q.open);
            let mut earlier = counts[..j]
                .iter()
                .enumerate()
                .filter(|(_, a)| {
                    comparable(doc, home, a, b)
                        && !sibling_items(doc, a, b)
                        && quoted(a) == quoted(b)
                        && !parts_by_place(&placed, a, b)
                        && !placed_twin(&placed, a, b)
                        && !boxed_twin(doc, counts, a, b)
                        && !boxed_twin(doc, counts, b, a)
                        && !timed_twin(counts, a, b)
                        && !timed_twin(counts, b, a)
                        // ("rose from 78 to 87": the text tells of the change.)
                        && !doc.quantities.changed_between(a.value, b.value)
                })
                .peekable();
            let Some(&(first_at, first)) = earlier.peek() else {
                continue;
            };
            // "All 64 people on the jet and the three soldiers … died" against "killed 67
            // people": two parts that add up to the other count.
            let sums = |x: usize, other: &Count| {
                joined_sum(doc, counts, x, other).is_some_and(|s| (s - other.value).abs() < 0.5)
            };
            if sums(j, first)
                || sums(first_at, b)
                || summed_part(doc, b, first)
                || summed_part(doc, first, b)
                || two_parts_of(counts, first, b)
                || included_rest(doc, counts, b, first)
                || included_rest(doc, counts, first, b)
                || (!transposed(doc, first, b)
                    && (partitive_rest(doc, b, first) || partitive_rest(doc, first, b)))
            {
                continue;
            }
            // "Lightning killed 23 people …, 14 of them in Bihar and nine in Uttar Pradesh …
            // the 14 dead": a count that points back to a part the earlier sentence names
            // with its figure.
            if b.definite
                && counts[..j].iter().any(|a| {
                    a.value > b.value
                        && doc.quantities.figure_in(b.value, a.sentence)
                        && comparable(doc, home, a, b)
                })
            {
                continue;
            }
            // "carrying 175 passengers and six crew members … two of the 181 people on
            // board": a count that points back to the sum of two counts joined by "and".
            if b.definite
                && (0..j).any(|k| {
                    joined_sum(doc, counts, k, b).is_some_and(|s| (s - b.value).abs() < 0.5)
                })
            {
                continue;
            }
            // "the six construction workers who died … The six workers came from …": a count
            // that points back takes the earlier count of its noun with its figure.
            if b.definite
                && counts[..j]
                    .iter()
                    .any(|a| a.key.noun == b.key.noun && (a.value - b.value).abs() < 0.5)
            {
                continue;
            }
            // ("At least 23 people were killed" and "the 32 dead": a hedge admits a higher
            // toll, not the same digits in another order.)
            let slip = |a: &Count| (a.value - b.value).abs() > 0.5 && transposed(doc, a, b);
            if earlier.any(|(_, a)| agree(a, b) && !slip(a)) || far_apart(doc, first, b) {
                continue;
            }
            let (was, is) = (quote(doc, first.number), quote(doc, b.number));
            cx.report(
                Finding::new(
                    b.span,
                    format!(
                        "`{}` disagrees with `{}` given earlier ({is} against {was})",
                        mention(doc, b),
                        mention(doc, first)
                    ),
                )
                .label(first.span, format!("given as {was} here"))
                .help("check the figure and give the same one in both places"),
            );
        }
    }
}

/// An owner that is the event a story tells of: "the mission's", "the flight's".
fn story_event(owner: &str) -> bool {
    matches!(
        owner,
        "mission" | "flight" | "voyage" | "expedition" | "journey" | "tour" | "trip"
    )
}

#[cfg(test)]
mod tests;
