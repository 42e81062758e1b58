//! Parts and wholes: counts that give a part of a set, a share of a score or a row of a
//! breakdown, which another count of the same thing does not contradict.

use super::when_where;
use crate::doc::quantities::{Bound, Count, box_title, tells_death};
use crate::doc::{BlockKind, Document, Gap};

/// "six of the 17 counts that carried a possible death sentence" (`a`, a set a relative
/// clause singles out) and "convicted on all 30 counts" (`b`, a whole that says it is
/// all): two sets, the later not pointing back to the first.
pub(super) fn whole_beside_clause(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    // (The clause opens right after the count: "the 39 members of the group found dead"
    // has an owner, not a clause, and "all 36 members" points back to it.)
    let end = doc.words_in(a.span).end;
    let clause = end < doc.words.len()
        && ["that", "who", "which", "whose"]
            .iter()
            .any(|r| doc.word_text(end).eq_ignore_ascii_case(r));
    clause && a.key.owner.contains(' ') && b.key.owner.is_empty() && when_where::says_all(doc, b)
}

/// "Two men were arrested … A third man was arrested on Tuesday … The three men will
/// appear in court": the set grew by the one the text numbers with an ordinal ("third")
/// before the larger count.
pub(super) fn one_more_named(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    const ORDINALS: [&str; 9] = [
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];
    let (small, large) = if a.value < b.value { (a, b) } else { (b, a) };
    // (A fact box gives the set as it is now: "Gold medals: 7" after "won his eighth gold
    // medal" is a slip.)
    if small.fact
        || (large.value - small.value - 1.0).abs() > 0.01
        || !(2.0..=10.0).contains(&large.value)
    {
        return false;
    }
    let ordinal = ORDINALS[large.value as usize - 2];
    let before = doc
        .words
        .partition_point(|w| w.span.start() < large.span.start());
    // (Numbering one of them: "a third man", "the third member of the crew"; not "for the
    // third time".)
    let noun = large.key.noun.as_str();
    let one_of = |w: &str| {
        w == noun
            || (w.len() >= 3 && noun.starts_with(w))
            || matches!(
                w,
                "member" | "one" | "person" | "man" | "woman" | "suspect" | "victim"
            )
    };
    (0..before).any(|k| {
        doc.word_lower(k) == ordinal
            && (k + 1..(k + 3).min(before)).any(|j| one_of(doc.word_lower(j)))
    })
}

/// "Four of the six men are still missing" (`whole`, the six) against "Four men still
/// missing" (`other`): the part of a partitive given again, not the whole.
pub(super) fn restated_part(whole: &Count, other: &Count) -> bool {
    whole.part.is_some_and(|p| (other.value - p).abs() < 0.5)
}

/// One side of a score: "312 electoral votes to Kamala Harris's 226", "by 306 electoral
/// votes to 232", "won 61 seats on Friday to the Conservatives' 22" — a share of the whole,
/// not the set that another count gives.
pub(super) fn score_share(doc: &Document<'_>, c: &Count) -> bool {
    // ("61 seats on Friday to the Conservatives' 22": a few words between, no comma.)
    let end = doc.words.partition_point(|w| w.span.start() < c.span.end());
    let n = doc.words.len();
    let Some(i) = (end..(end + 4).min(n))
        .take_while(|&k| k == end || doc.words[k].gap == crate::doc::Gap::Space)
        .find(|&k| doc.word_text(k) == "to")
    else {
        return false;
    };
    // (Not a span of time: "16 host cities from June 11 to July 19"; nor a range of
    // another figure: "The thirteen boys, aged 11 to 16".)
    let month = |k: usize| crate::text::date::month_number(doc.word_text(k)).is_some();
    let range = i > end && doc.words[i - 1].shape == crate::doc::Shape::Number;
    !range
        && !(end..i).any(|k| doc.word_text(k) == "from" || month(k))
        && (i + 1..(i + 7).min(n))
            .take_while(|&k| doc.words[k].block == doc.words[i].block)
            .any(|k| doc.words[k].shape == crate::doc::Shape::Number && !month(k - 1))
}

/// "Passengers: 7" (`total`, a fact-box line with no verb) against "Six passengers were
/// slightly injured" (`some`): what befell some of them, not how many there were.
pub(super) fn befell_some(total: &Count, some: &Count) -> bool {
    total.fact && !some.fact && !some.definite && total.key.noun == some.key.noun && some.befell()
}

/// Whether `qualified` counts a body's members by a participle before the noun ("the
/// council's 10 elected members") and `other` counts the same body's members without it, or
/// members of no body named ("all 15 members").
pub(super) fn part_of_body(doc: &Document<'_>, qualified: &Count, other: &Count) -> bool {
    // ("Its 10 elected members": a possessive before the figure names a body too.)
    let owned = !qualified.key.owner.is_empty() || {
        let i = doc.words_in(qualified.number).start;
        i > 0 && {
            let w = doc.word_lower(i - 1);
            matches!(w, "its" | "their") || crate::text::is_possessive(w)
        }
    };
    // (The participle stands before the noun: "Discovery and its 7 astronauts lifted off"
    // says what the crew did, and "the eight astronauts" are the same crew.)
    let last = doc.words_in(qualified.span).end;
    let verb_after = !qualified.key.verb.is_empty()
        && last > 0
        && doc
            .word_lower(last - 1)
            .starts_with(qualified.key.verb.as_str());
    qualified.attributive
        && owned
        && !verb_after
        && (qualified.key.owner == other.key.owner || other.key.owner.is_empty())
}

/// Whether two counts stand in two items of one list, which name different things by
/// design ("- received nearly 300 questions" and "- received more than 200 questions"), or
/// in items of two lists when either is no labelled fact ("Injured: 210"): the items of a
/// news digest, nested under different headings, are different stories.
pub(super) fn sibling_items(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let (Some(x), Some(y)) = (count_block(doc, a), count_block(doc, b)) else {
        return false;
    };
    let (bx, by) = (&doc.blocks[x as usize], &doc.blocks[y as usize]);
    x != y
        && matches!(bx.kind, BlockKind::ListItem { .. })
        && matches!(by.kind, BlockKind::ListItem { .. })
        && (bx.parent == by.parent || a.label.is_none() || b.label.is_none())
}

/// A cell of a table that gives the same count in other cells too ("Aldgate | 7 killed",
/// "Edgware Road | 6 killed", "Russell Square | 26 killed"): a part of a breakdown, not
/// the whole the text gives (`other`, "killed 52 people"), unless both name the one place
/// ("U.S. troops in Iraq | about 2,500" beside "U.S. troops in Syria | about 900" and "the
/// roughly 2,000 U.S. troops in Iraq").
pub(super) fn breakdown_row(doc: &Document<'_>, c: &Count, other: &Count) -> bool {
    if !c.place.is_empty() && c.place == other.place {
        return false;
    }
    let cell = |c: &Count| {
        count_block(doc, c).filter(|&b| matches!(doc.blocks[b as usize].kind, BlockKind::TableCell))
    };
    let Some(x) = cell(c) else {
        return false;
    };
    let table = doc.blocks[x as usize].parent;
    doc.quantities.counts.iter().any(|o| {
        o.key.noun == c.key.noun
            && o.key.verb == c.key.verb
            && cell(o).is_some_and(|y| y != x && doc.blocks[y as usize].parent == table)
    })
}

/// "All 259 people on board … died …, and 11 residents of Lockerbie were killed" against
/// "killed 270 people"; "Twenty-six people died on a Piccadilly line train. Seven were
/// killed at Aldgate, six at Edgware Road and 13 on a bus" against "the 52 killed": the
/// smaller count and the figures beside it, one after another in its sentence and the ones
/// either side, add up to the larger, so it is one part of a breakdown of the whole.
pub(super) fn summed_part(doc: &Document<'_>, part: &Count, whole: &Count) -> bool {
    // (A whole of people may be made of parts named otherwise, "residents", "passengers";
    // "13 children" is not "Eleven children" and two teachers. Nor is a count of another
    // fate a part.)
    // (A part's fate the count does not carry is read off its sentence: "All 259 people on
    // board … died".)
    let part_fate = match part.key.verb.as_str() {
        "" if tells_death(doc, part.sentence as usize) => "kill",
        v => v,
    };
    // ("the deaths of 270 people": the whole's fate is its owner's.)
    let whole_verb = match (whole.key.verb.as_str(), whole.key.owner.as_str()) {
        ("", "deaths" | "death") => "kill",
        (v, _) => v,
    };
    let fate = part_fate == whole_verb || part_fate.is_empty();
    if part.value >= whole.value || part.fact || whole.key.noun != "people" || !fate {
        return false;
    }
    let q = &doc.quantities;
    let at = doc.words_in(part.number).start as u32;
    // (Figures that name rather than count are passed over: a date's day and year, a model
    // or a flight number after a name: "Boeing 747", "December 21, 1988".)
    let names = |w: usize| {
        doc.words[w].gap == Gap::Space
            && doc.words[w - 1].shape == crate::doc::Shape::Capitalised
            && doc
                .sentences
                .binary_search_by_key(&(w - 1), |s| s.words.start as usize)
                .is_err()
    };
    // A figure that counts something else befallen otherwise ends the breakdown ("two trams
    // collided" is no part of "the 16 injured"), and so does one of the whole's own fate
    // beside a part whose fate is not told ("shooting dead 18 people and wounding 13
    // others" is not "the 31 wounded"): `None`.
    // (Nor a time of day: "shortly after 7 a.m.".)
    let clock = |w: usize| {
        let next = |k: usize| doc.words.get(k).map_or("", |_| doc.word_lower(k));
        matches!(next(w + 1), "a" | "p") && next(w + 2) == "m"
            || matches!(next(w + 1), "a.m" | "p.m" | "am" | "pm" | "gmt" | "utc")
    };
    // (Nor a measure: "about two minutes after leaving the airport".)
    let unit = |w: usize| {
        doc.words
            .get(w + 1)
            .is_some_and(|_| crate::doc::quantities::is_unit(doc.word_lower(w + 1)))
    };
    let near = part.sentence.saturating_sub(1)..=part.sentence + 1;
    let run: Vec<(Option<f64>, u32)> = q
        .figures
        .iter()
        .filter(|f| {
            f.2 == at
                || (near.contains(&f.1)
                    && !names(f.2 as usize)
                    && !clock(f.2 as usize)
                    && !unit(f.2 as usize)
                    && !(1800.0..=2100.0).contains(&f.0))
        })
        .map(|&(v, _, w)| {
            let start = doc.words[w as usize].span.start();
            // (A fate its sentence tells counts: "All 135 people aboard the jetliner and
            // the two men in the Cessna … were killed".)
            let whole_fate = |c: &Count| {
                c.key.verb == whole_verb
                    || (c.key.verb.is_empty()
                        && whole_verb == "kill"
                        && tells_death(doc, c.sentence as usize))
            };
            let other = q.counts.iter().any(|c| {
                c.number.start() == start
                    && ((!whole_fate(c) && c.key.noun != "people")
                        || (c.key.verb == whole_verb && part_fate.is_empty()))
            });
            ((!other || w == at).then_some(v), w)
        })
        .collect();
    let Some(i) = run.iter().position(|&(_, w)| w == at) else {
        return false;
    };
    // A run may open before the part only at a count of the same fate: "Nineteen people
    // died at the market. Nine were killed at the station, four at …".
    let opens = |a: usize| {
        a == i || {
            let start = doc.words[run[a].1 as usize].span.start();
            q.counts.iter().any(|c| {
                // ("Two students were shot dead in a dormitory": people named otherwise,
                // of the whole's fate.)
                c.number.start() == start
                    && (c.key.noun == "people" || c.key.verb == whole_verb)
                    && !c.fact
                    && (c.key.verb == whole_verb || c.key.verb.is_empty())
                    && c.sentence + 1 >= part.sentence
                    && count_block(doc, c) == count_block(doc, part)
            })
        }
    };
    // (Every figure in turn: one passed over would make any sum a coincidence.)
    (0..=i)
        .rev()
        .map_while(|a| run[a].0.map(|_| a))
        .filter(|&a| opens(a))
        .any(|a| {
            let mut sum = 0.0;
            let mut k = a;
            while let Some(&(v, _)) = run.get(k) {
                // (The whole itself, or more, is no part of it.)
                let Some(v) = v.filter(|&v| v < whole.value - 0.5) else {
                    return false;
                };
                sum += v;
                if (sum - whole.value).abs() < 0.5 {
                    return a < i || sum > part.value;
                }
                if sum > whole.value {
                    return false;
                }
                // A part's own breakdown right after it is no further part: "All 259 people
                // aboard, 243 passengers and 16 crew members, were killed. Eleven residents …"
                k += 1 + breakdown(doc, &run[k..], v);
            }
            false
        })
}

/// "killed 11 soldiers … Four soldiers died … the seven soldiers killed there": counts of
/// one thing of which two add up to a third, larger than both, are that whole and its
/// parts, not one figure given twice (the four against the seven, or the four against the
/// 11 when the seven is given too).
pub(super) fn two_parts_of(counts: &[Count], a: &Count, b: &Count) -> bool {
    let same = |c: &Count| c.key.noun == a.key.noun && c.key.verb == a.key.verb;
    let (small, large) = if a.value < b.value { (a, b) } else { (b, a) };
    counts.iter().filter(|c| same(c)).any(|c| {
        let sums_to = |x: f64, y: f64, total: f64| (x + y - total).abs() < 0.5;
        (c.value > large.value && sums_to(small.value, large.value, c.value))
            || (c.value < large.value
                && !std::ptr::eq(c, small)
                && sums_to(small.value, c.value, large.value))
    })
}

/// How many figures after the first of `run` and in its sentence add up to `of` (two or
/// more), else 0.
fn breakdown(doc: &Document<'_>, run: &[(Option<f64>, u32)], of: f64) -> usize {
    let Some((&(_, first), rest)) = run.split_first() else {
        return 0;
    };
    let sentence = doc.sentence_index(first as usize);
    let mut sum = 0.0;
    for (n, &(v, w)) in rest.iter().enumerate() {
        let Some(v) = v.filter(|_| doc.sentence_index(w as usize) == sentence) else {
            break;
        };
        sum += v;
        if n >= 1 && (sum - of).abs() < 0.5 {
            return n + 1;
        }
        if sum > of {
            break;
        }
    }
    0
}

/// A count of those left ("the nearly 200 girls still held", "276 girls are still being
/// held", "the remaining 30 hostages"): what is left of a set after some were freed or
/// found, not the set itself ("seized 276 girls"). (Not "the £5.4bn deal still needs …",
/// nor a partitive's whole: "several of the 31 wounded were still being treated".)
pub(super) fn remainder(doc: &Document<'_>, c: &Count) -> bool {
    let std::ops::Range {
        start: first,
        end: mut k,
    } = doc.words_in(c.span);
    let spaced = |k: usize| doc.words.get(k).is_some_and(|w| w.gap == Gap::Space);
    if (first..k).any(|i| doc.word_lower(i) == "remaining")
        || (first > 0 && doc.word_lower(first - 1) == "remaining")
    {
        return true;
    }
    // ("several of the 31 wounded were still being treated": the state is the part's.)
    if first > 0 && doc.word_lower(first - 1) == "of" {
        return false;
    }
    while spaced(k) && matches!(doc.word_lower(k), "are" | "were" | "is" | "was") {
        k += 1;
    }
    spaced(k) && doc.word_lower(k) == "still" && spaced(k + 1) && {
        let state = doc.word_lower(k + 1);
        state.ends_with("ed")
            || matches!(
                state,
                "held"
                    | "missing"
                    | "being"
                    | "in"
                    | "alive"
                    | "captive"
                    | "unaccounted"
                    | "aboard"
            )
    }
}

/// The block a count's number stands in.
pub(super) fn count_block(doc: &Document<'_>, c: &Count) -> Option<crate::doc::BlockId> {
    doc.words.get(doc.words_in(c.number).start).map(|w| w.block)
}

/// "Twelve of the 13 coal miners trapped … are dead" tells the reader there are 12 and 13
/// of them: the article itself sets the two figures apart, so "Miners trapped: 13" against
/// "12 miners had been found alive" is no slip. Some count of the noun is a partitive's
/// whole with one figure and its part the other.
pub(super) fn set_apart(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let near = |x: f64, y: f64| (x - y).abs() < 0.5;
    doc.quantities.counts.iter().any(|c| {
        c.key.noun == a.key.noun
            && c.part.is_some_and(|p| {
                (near(c.value, a.value) && near(p, b.value))
                    || (near(c.value, b.value) && near(p, a.value))
            })
    })
}

/// "giving the opposition 99 of the 100 seats in the new upper house" and "160 of the 161
/// seats in the Sejm": the wholes of two partitives that take different parts are two
/// sets, each given with what it holds.
pub(super) fn two_partitions(a: &Count, b: &Count) -> bool {
    matches!((a.part, b.part), (Some(p), Some(q)) if (p - q).abs() >= 0.5)
}

/// "killing all 71 people aboard the two aircraft" (`total`): a whole over two vehicles,
/// which a count with no verb and no pointing back does not restate ("The Tupolev … had 69
/// people on board, 60 passengers and nine crew": one of them).
pub(super) fn two_vehicle_total(doc: &Document<'_>, total: &Count, other: &Count) -> bool {
    // (What one vehicle carried is one of them too: "A Trans World Airlines Super
    // Constellation carrying 70 people".)
    let carried = matches!(other.key.verb.as_str(), "carry" | "carri");
    if other.definite || !(other.key.verb.is_empty() || carried) {
        return false;
    }
    let end = doc.words_in(total.span).end;
    let word = |k: usize| {
        if k < doc.words.len() {
            doc.word_lower(k)
        } else {
            ""
        }
    };
    let at = match word(end) {
        "on" if word(end + 1) == "board" => end + 2,
        "aboard" | "on" | "in" => end + 1,
        _ => return false,
    };
    // ("All 128 people aboard two airliners": two named by their number alone.)
    word(at) == "both"
        || matches!(word(at), "two" | "three")
        || (word(at) == "the" && matches!(word(at + 1), "two" | "three"))
}

/// "won 303 of the 543 seats" (`whole`: the 543, a partitive's whole with no verb of its
/// own) against "Modi's National Democratic Alliance won 353 seats" (`share`): what one
/// side won or holds is a share of the whole, not the whole given again.
/// ("the 543 elected seats": a participle that names the seats is no verb of its own. Nor is
/// a bare count with no verb, no owner and nothing pointing back the whole given again: "With
/// its allies …, the BJP will control 336 seats".)
/// And a set named by where its members were is not what befell some of them: "Of the 226
/// men on the platform that night, only 61 survived" against "killing 167 men" (not
/// against "killing all 48 people").
pub(super) fn whole_against_share(doc: &Document<'_>, whole: &Count, share: &Count) -> bool {
    // ("killing all 48 people" befell the whole set: "Of the 84 people on the ferry, …"
    // is then a slip.)
    let all = || {
        doc.words_in(share.number)
            .start
            .checked_sub(1)
            .is_some_and(|k| matches!(doc.word_lower(k), "all" | "everyone"))
    };
    if whole.key.verb.is_empty()
        && share.part.is_none()
        && share.befell()
        && fronted_on_site(doc, whole)
        && !all()
    {
        return true;
    }
    // "went down … with 76 men aboard" against "the 73 men lost": those aboard, and what
    // became of some of them.
    if whole.key.verb.is_empty()
        && !whole.fact
        && share.part.is_none()
        && share.definite
        && share.attributive
        && !share.key.verb.is_empty()
        && aboard_after_count(doc, whole)
        && !all()
    {
        return true;
    }
    let bare = share.key.verb.is_empty()
        && share.key.owner.is_empty()
        && !share.definite
        && !share.fact
        && share.label.is_none();
    whole.part.is_some()
        && (whole.key.verb.is_empty() || whole.key.verb == "elect")
        && share.part.is_none()
        && (bare
            || (!share.agent.is_empty()
                && matches!(
                    share.key.verb.as_str(),
                    "won" | "took" | "secur" | "gain" | "captur" | "held" | "got" | "claim"
                )))
}

/// Whether `line` is a box line that says what is needed ("Needed to win: 270 electoral
/// votes") and `other` says nothing of a need.
pub(super) fn boxed_threshold(line: &Count, other: &Count) -> bool {
    let need = |c: &Count| matches!(c.key.verb.as_str(), "need" | "requir");
    line.fact && need(line) && !need(other)
}

/// "the 326 seats needed for a majority" (`threshold`) against "taking 411 of the 650
/// seats" (`whole`, a partitive's whole): what a majority needs is a share of the whole.
pub(super) fn threshold_against_whole(threshold: &Count, whole: &Count) -> bool {
    matches!(threshold.key.verb.as_str(), "need" | "requir") && whole.part.is_some()
}

/// Whether the count `c` is followed by "aboard" or "on board": a set named by where its
/// members were.
fn aboard_after_count(doc: &Document<'_>, c: &Count) -> bool {
    let after = doc.words_in(c.span).end;
    after > 0
        && after < doc.words.len()
        && doc.words[after].gap == crate::doc::Gap::Space
        && crate::doc::quantities::aboard_after(doc, after - 1).is_some()
}

/// Whether `c` is the whole of a partitive that opens its sentence and names its set by
/// where its members were: "Of the 226 men on the platform, …", "Of the 396 people aboard
/// the jet, …" (not "Of the 38 hostages to be freed in the first phase, …": a set named by
/// what befalls it).
fn fronted_on_site(doc: &Document<'_>, c: &Count) -> bool {
    let first = doc.words_in(c.number).start;
    let after = doc.words_in(c.span).end;
    first >= 2
        && doc.word_lower(first - 1) == "the"
        && doc.word_lower(first - 2) == "of"
        && doc
            .sentence_of(first)
            .is_some_and(|s| s.words.start as usize == first - 2)
        && after < doc.words.len()
        && matches!(
            doc.word_lower(after),
            "on" | "aboard" | "in" | "at" | "inside"
        )
}

/// "The tribunal sentenced 12 defendants to death" and "the seven defendants sentenced to
/// prison terms": what each sentence was to tells two sets apart.
pub(super) fn other_sentence(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    matches!(a.key.verb.as_str(), "sentenc" | "condemn")
        && matches!(
            (sentenced_to(doc, a), sentenced_to(doc, b)),
            (Some(x), Some(y)) if x != y
        )
}

/// The first word after "to" that follows the count's sentencing verb, within a few words of
/// the count: "death" in "sentenced 12 defendants to death", "prison" in "the seven
/// defendants sentenced to prison terms".
fn sentenced_to<'d>(doc: &'d Document<'_>, c: &Count) -> Option<&'d str> {
    let words = doc.words_in(c.span);
    let end = doc
        .sentence_of(words.start)
        .map_or(doc.words.len(), |s| s.words.end as usize);
    let verb = (words.start.saturating_sub(1)..(words.end + 2).min(end))
        .find(|&k| matches!(doc.word_lower(k), "sentenced" | "condemned"))?;
    let to = (verb + 1..(words.end + 4).min(end)).find(|&k| doc.word_lower(k) == "to")?;
    let next = (to + 1..end).find(|&k| !matches!(doc.word_lower(k), "a" | "an" | "the"))?;
    Some(doc.word_lower(next))
}

/// Whether the modifier words `mods` of `c` are all capitalised where it stands: a proper
/// adjective left out as a whole ("six Western European countries" … "the seven
/// countries").
pub(super) fn proper(doc: &Document<'_>, c: &Count, mods: &str) -> bool {
    let words = doc.words_in(c.span);
    mods.split(' ').all(|m| {
        words
            .clone()
            .any(|k| doc.word_lower(k) == m && doc.words[k].shape == crate::doc::Shape::Capitalised)
    })
}

/// Whether two figures agree: exactly, or within 8 % when either is hedged; a hedge that
/// leans one way from a round figure admits a figure on that side up to a quarter away
/// ("more than 200" and 236, "up to 300" and 250) — a newsroom rounds 236 down to "more
/// than 200", not 310; "nearly" and "almost" lean only a little ("nearly 600" is not 538,
/// which a newsroom would call "more than 500"). A hedged figure that is not round ("at least 78") is read as the
/// count it names: against 87 it disagrees.
pub(super) fn agree(a: &Count, b: &Count) -> bool {
    // A range ("between 40 and 50") admits any figure in it, or a little either side when
    // the other is hedged; two ranges agree when they meet.
    if a.bound == Bound::Range || b.bound == Bound::Range {
        let slack = |c: &Count| {
            if c.approx && c.bound != Bound::Range {
                0.08
            } else {
                0.0
            }
        };
        let (sa, sb) = (slack(a), slack(b));
        return a.low * (1.0 - sa) <= b.value * (1.0 + sb)
            && b.low * (1.0 - sb) <= a.value * (1.0 + sa);
    }
    let diff = (a.value - b.value).abs();
    if !a.approx && !b.approx {
        return diff < 1e-6;
    }
    // ("More than 80 people were killed" and "the 76 people killed", one verb said of both:
    // below the bound, no rounding.)
    let beyond = |h: &Count, o: &Count| {
        !o.approx
            && !h.key.verb.is_empty()
            && h.key.verb == o.key.verb
            && ((h.bound == Bound::AtLeast && o.value < h.value)
                || (h.bound == Bound::AtMost && o.value > h.value))
    };
    if diff <= a.value.max(b.value) * 0.08 && !beyond(a, b) && !beyond(b, a) {
        return true;
    }
    let admits = |h: &Count, o: &Count| {
        let round = h.value >= 10.0 && (h.value % 10.0).abs() < 1e-6;
        round
            && match h.bound {
                Bound::AtLeast => o.value >= h.value && o.value <= h.value * 1.25,
                Bound::AtMost => o.value <= h.value && o.value >= h.value * 0.75,
                Bound::Nearly => o.value <= h.value && o.value >= h.value * 0.9,
                Bound::Exact | Bound::About | Bound::Range => false,
            }
    };
    (a.approx && admits(a, b)) || (b.approx && admits(b, a))
}

/// "The 15 dead included the two gunmen" against "killed 13": the larger count says in its
/// own sentence that it includes a set as large as the difference, so the smaller one is
/// the rest of it.
pub(super) fn included_rest(
    doc: &Document<'_>,
    counts: &[Count],
    whole: &Count,
    rest: &Count,
) -> bool {
    let gap = whole.value - rest.value;
    gap >= 1.0
        && counts.iter().any(|c| {
            c.sentence == whole.sentence
                && c.span.start() > whole.span.end()
                && (c.value - gap).abs() < 0.5
                && doc.words_in(c.span).start.checked_sub(1).is_some_and(|k| {
                    let k = if doc.word_lower(k) == "the" {
                        k.saturating_sub(1)
                    } else {
                        k
                    };
                    matches!(
                        doc.word_lower(k),
                        "included" | "including" | "include" | "includes"
                    )
                })
        })
}

/// "Goals: 132" under "Mexico 86" against "115 goals", when "Goals: 115" stands under
/// "Italia 90": two boxes give the same line for two subjects, and another box's line
/// agrees with the sentence, so this one is another subject's.
pub(super) fn boxed_twin(
    doc: &Document<'_>,
    counts: &[Count],
    line: &Count,
    other: &Count,
) -> bool {
    // (Two boxes' own lines are two subjects: "Goals: 115" under "Italia 90", "Goals: 132"
    // under "Mexico 86".)
    if line.fact && other.fact && line.label.is_some() && other.label.is_some() {
        let title = |c: &Count| box_title(doc, c.span.start());
        return title(line).is_some_and(|t| title(other).is_some_and(|o| o != t));
    }
    line.fact
        && !other.fact
        && counts.iter().any(|c| {
            c.fact
                && !std::ptr::eq(c, line)
                && c.key == line.key
                && (c.value - line.value).abs() >= 0.5
                && agree(c, other)
        })
}

/// "Of the 117 cardinals under 80 and so eligible to vote, two stayed away" against "The
/// 115 cardinals who voted": a sentence that opens on the larger count as a partitive's
/// whole and gives the difference as its part says the smaller count is the rest, when
/// a verb the whole lacks names that rest ("who voted"; not "Workers on bridge: 8" beside
/// "Of the 10 workers on the bridge, … two were pulled from the water", the same set).
pub(super) fn partitive_rest(doc: &Document<'_>, whole: &Count, rest: &Count) -> bool {
    let gap = whole.value - rest.value;
    let at = doc.words_in(whole.number).start;
    gap >= 1.0
        && !rest.key.verb.is_empty()
        && whole.key.verb.is_empty()
        && at >= 2
        && doc.word_lower(at - 1) == "the"
        && doc.word_lower(at - 2) == "of"
        && doc
            .sentences
            .get(whole.sentence as usize)
            .is_some_and(|s| s.words.start as usize == at - 2)
        && doc.quantities.figure_in(gap, whole.sentence)
}

/// Whether the larger count `whole` is broken down after a colon that gives the other's
/// figure: "killing three people" and "The attack and the manhunt that followed left four
/// people dead: the three spectators killed at the finish line and a police officer".
pub(super) fn broken_down(doc: &Document<'_>, whole: &Count, part: &Count) -> bool {
    if whole.value <= part.value || whole.sentence == part.sentence {
        return false;
    }
    let Some(s) = doc.sentences.get(whole.sentence as usize) else {
        return false;
    };
    let from = doc
        .words
        .partition_point(|w| w.span.end() <= whole.span.end());
    let colon = (from.saturating_sub(1)..(from + 2).min(s.words.end as usize))
        .find(|&k| crate::doc::quantities::between(doc, k).contains(':'));
    colon.is_some_and(|k| {
        doc.quantities.counts.iter().any(|c| {
            c.sentence == whole.sentence
                && c.span.start() > doc.words[k].span.end()
                && (c.value - part.value).abs() < 0.5
        })
    })
}
