//! When and where two counts are told of: the same time ("on Tuesday", a year, a box's
//! year), the same event on other days, a place's part of a whole.

use crate::doc::Document;
use crate::doc::quantities::Count;

/// The same time words, or time words in one sentence only and none of them a year ("on
/// Tuesday" against nothing reads as the same event; "in 1983" against nothing does not).
///
/// A count that points back ("the 87 people", "all nine climbers") names a set already
/// given, whatever day its sentence is about: there only years must agree.
///
/// A year a fact box's title gives ("box 2026": "2026 WORLD CUP" over "Teams: 48") counts
/// only against a count whose sentence names a year ("This year's tournament … has 32
/// teams"); against one that names none it may be the same event ("The tournament … will
/// be played in 16 host cities"), or against another box's line.
pub(super) fn same_time(x: &Count, y: &Count) -> bool {
    // Two spans before or after another event ("two days after", "18 days after"): two
    // events, when no span is shared; otherwise the spans date nothing here.
    let offset = |t: &String| t.starts_with("offset ");
    if x.times.iter().chain(&y.times).any(offset) {
        let (xo, yo) = (
            x.times.iter().filter(|t| offset(t)).collect::<Vec<_>>(),
            y.times.iter().filter(|t| offset(t)).collect::<Vec<_>>(),
        );
        if !xo.is_empty() && !yo.is_empty() && !xo.iter().any(|t| yo.contains(t)) {
            return false;
        }
        // ("… came 11 days after a gunman killed 38 people" and "Fifty-six people died
        // that morning": a span from now and a time pointing back to an event told before
        // are two times.)
        let back = |c: &Count| c.times.iter().any(|t| t.starts_with("that "));
        if (!xo.is_empty() && yo.is_empty() && back(y))
            || (!yo.is_empty() && xo.is_empty() && back(x))
        {
            return false;
        }
        let strip = |c: &Count| {
            let mut c = c.clone();
            c.times.retain(|t| !offset(t));
            c
        };
        return same_time(&strip(x), &strip(y));
    }
    let yearish = |c: &Count| {
        c.times.iter().any(|t| {
            t.bytes().all(|b| b.is_ascii_digit())
                || matches!(t.as_str(), "this year" | "last year" | "next year")
        })
    };
    // (Another fact-box line with no year in its title is this year's: "BEIJING 2008"
    // over "Total medals: 47" and "LONDON 2012" over "Total medals: 65" in a 2012 story.)
    let boxed = |c: &Count, other: &Count| -> Count {
        let mut c = c.clone();
        // (Nor against a count of the article's own week: "won 21 seats on Saturday" is not
        // the 24 of a box titled "The last election, 2021".)
        let this_week = || {
            other
                .times
                .iter()
                .any(|t| crate::text::date::Weekday::parse(t).is_some())
        };
        let dated = yearish(other) || (other.fact && other.label.is_some()) || this_week();
        c.times.retain(|t| !t.starts_with("box ") || dated);
        for t in &mut c.times {
            if let Some(y) = t.strip_prefix("box ") {
                *t = y.to_string();
            }
        }
        c
    };
    if x.times
        .iter()
        .chain(&y.times)
        .any(|t| t.starts_with("box "))
    {
        return same_time(&boxed(x, y), &boxed(y, x));
    }
    // (A year, or "years ago": another year than the article's.)
    let is_year = |t: &String| t.bytes().all(|c| c.is_ascii_digit()) || t == "years ago";
    if x.definite || y.definite {
        let xs: Vec<&String> = x.times.iter().filter(|t| is_year(t)).collect();
        let ys: Vec<&String> = y.times.iter().filter(|t| is_year(t)).collect();
        // "the 300 protesters who gathered on Friday" and "on Saturday, 500 protesters
        // gathered": the same verb on two named days, none shared, is two crowds. (A verb
        // said later of the set, "the four climbers were recovered on Friday", is not.)
        let (xd, yd) = (event_days(x), event_days(y));
        // (So are a partitive's whole on one day, its verb with the part, and a count of
        // another month: "killing 520 of the 524 people on board" on Monday and, in June,
        // "killing all 329 people on board".)
        let disjoint = ((!x.key.verb.is_empty() && x.key.verb == y.key.verb)
            || x.part.is_some()
            || y.part.is_some())
            && !xd.is_empty()
            && !yd.is_empty()
            && !xd.iter().any(|t| yd.contains(t));
        // ("killed six people … a year ago" and, later, "relatives of the seven people
        // killed": a definite count with no time of its own points back to an event dated
        // only as years ago.)
        // (Not one placed elsewhere: "six golds in Athens four years ago" and "his eight
        // golds in Beijing".)
        // So does "the 186 people killed that morning" to "killed 168 people" in a year
        // before: the verb said again of the set, with no time but one that points back.
        // (Not "All 259 people on board" beside "killed 270 people" that year: a whole of
        // its own, which may be a part.)
        let back = y.definite
            && y.times.iter().all(|t| t.starts_with("that "))
            && y.place.is_empty()
            && y.key.owner.is_empty()
            && (xs.iter().all(|t| *t == "years ago")
                || y.attributive && !y.key.verb.is_empty() && xs.iter().all(|t| is_year(t)));
        return (xs == ys || back) && !disjoint;
    }
    // ("Police detained 140 people" and "… detained 114 people overnight …, the police
    // said on Tuesday": the day of the saying dates no event.)
    let event_times = |c: &Count| -> Vec<String> {
        c.times
            .iter()
            .filter(|t| !c.stated.contains(t))
            .cloned()
            .collect()
    };
    let (a, b) = (&event_times(x), &event_times(y));
    if a == b {
        return true;
    }
    let only = match (a.is_empty(), b.is_empty()) {
        (true, false) => b,
        (false, true) => a,
        _ => return false,
    };
    !only.iter().any(is_year)
}

/// The days and months a count's sentence names for its event (not "now", not the day of
/// the saying: "the 16 injured …, the agency said on Tuesday").
fn event_days(c: &Count) -> Vec<String> {
    // "The 32 closed schools will reopen on Monday": the day is the reopening's.
    if c.attributive && c.definite {
        return Vec::new();
    }
    c.times
        .iter()
        .filter(|t| t.bytes().all(|b| b.is_ascii_lowercase()) && !t.contains(' '))
        .filter(|t| !matches!(t.as_str(), "now" | "today" | "currently"))
        .filter(|t| !c.stated.contains(t))
        .cloned()
        .collect()
}

/// Two counts that each name a whole set ("all 157 people on board", "all 189 people on
/// board") in sentences about different days or months ("on Sunday", "in October"): two
/// events, neither count pointing back to the other.
pub(super) fn wholes_of_other_days(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let (ad, bd) = (event_days(a), event_days(b));
    says_all(doc, a)
        && says_all(doc, b)
        && !ad.is_empty()
        && !bd.is_empty()
        && !ad.iter().any(|t| bd.contains(t))
}

/// Whether a count says it is a whole set: its words open with "all" ("all 157 people").
pub(super) fn says_all(doc: &Document<'_>, c: &Count) -> bool {
    doc.slice(c.span)
        .get(..4)
        .is_some_and(|t| t.eq_ignore_ascii_case("all "))
}

/// Whether one of two counts is a place's part of the other, the whole: the text gives the
/// same count for another place too ("Heavy rain has killed 18 people in two states" and "In
/// Gujarat, 11 people died. In Maharashtra, seven people died").
/// `placed`: the document's counts that name a place.
pub(super) fn parts_by_place(placed: &[&Count], a: &Count, b: &Count) -> bool {
    let (part, whole) = match (a.place.is_empty(), b.place.is_empty()) {
        (false, true) => (a, b),
        (true, false) => (b, a),
        _ => return false,
    };
    part.value < whole.value
        && placed.iter().any(|c| {
            c.place != part.place && c.key.noun == part.key.noun && c.key.verb == part.key.verb
        })
}

/// Whether `a`, with no place, is given again with a place other than `b`'s: the headline's
/// "attacks that killed 129" is the lead's "killed 129 people in Paris", and "at the
/// Bataclan …, where gunmen killed 89 people" is a part of it, not the same toll.
pub(super) fn placed_twin(placed: &[&Count], a: &Count, b: &Count) -> bool {
    a.place.is_empty()
        && !b.place.is_empty()
        && placed.iter().any(|c| {
            c.place != b.place
                && c.key.noun == a.key.noun
                && c.key.verb == a.key.verb
                && (c.value - a.value).abs() < 0.5
        })
}

/// Whether `a`, with no time words, is given again with times that are not `b`'s: the
/// headline's "killing 18" is the lead's "killing 18 people" on Friday night, and
/// "Earlier on Friday, … a landslide …, killing at least 15 people" is another event.
///
/// Not for counts that point back ("the 48 dead"): they name the set already given,
/// whatever day their sentence is about; unless their own sentence dates them and they
/// tell of no such deed ("freed the 52 Americans … on Tuesday" against a box's "Americans
/// seized: 66", given in the text as "seized 66 Americans" on Nov. 4, 1979; but "the 48
/// dead … on Friday" are still the ones killed on Thursday).
pub(super) fn timed_twin(counts: &[Count], a: &Count, b: &Count) -> bool {
    a.times.is_empty()
        && (!b.definite || (!b.times.is_empty() && b.key.verb != a.key.verb))
        && counts.iter().any(|c| {
            !std::ptr::eq(c, a)
                && !c.definite
                && !c.times.is_empty()
                && c.key.noun == a.key.noun
                && c.key.verb == a.key.verb
                && (c.value - a.value).abs() < 0.5
                && !same_time(c, b)
        })
}

/// "In Rome, organisers said about 3 million people marched" in a story datelined LONDON:
/// a sentence that opens on another place than the dateline's turns to that place, so its
/// count is not the one a sentence with no place of its own tells of ("nearly 2 million
/// people had marched to a rally").
pub(super) fn elsewhere(doc: &Document<'_>, home: Option<&str>, c: &Count) -> bool {
    let Some(home) = home else {
        return false;
    };
    let s = &doc.sentences[c.sentence as usize];
    let first = s.words.start as usize;
    // (Not a count that points back: "In Geneva, the airline … would publish the names of
    // the 292 people on board" is the crash's toll.)
    !c.place.is_empty()
        && !c.definite
        && c.place != home
        && first + 2 < s.words.end as usize
        && doc.word_lower(first) == "in"
        && crate::text::fold::name_key(&doc.word_str(first + 1)) == c.place
        && doc.text()[doc.words[first + 1].span.end()..].starts_with(',')
}

/// "Flight MH370 vanished in March … with 239 people on board" against "killing all 298
/// people on board" on Thursday, in a July story: a month other than the article's, with no
/// weekday, and a day of the article's week are two times.
pub(super) fn month_and_week(doc: &Document<'_>, a: &Count, b: &Count) -> bool {
    let Some(article) = doc.meta.date.or(doc.meta.dateline.map(|(d, _)| d)) else {
        return false;
    };
    let week = |c: &Count| {
        c.times
            .iter()
            .any(|t| crate::text::date::Weekday::parse(t).is_some())
    };
    let other_month = |c: &Count| {
        !week(c)
            && c.times
                .iter()
                .any(|t| crate::text::date::month_number(t).is_some_and(|m| m != article.month))
    };
    // (Only a set that points back on the week's side, and another verb or none on the
    // month's: "vanished in March … with 239 people on board".)
    let apart = |m: &Count, w: &Count| {
        other_month(m) && week(w) && !m.definite && w.definite && m.key.verb != w.key.verb
    };
    apart(a, b) || apart(b, a)
}
