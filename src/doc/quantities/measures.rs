//! Figures that are not plain counts of things, and the number forms newsrooms write:
//! amounts of money and shares said of something ("the $5.4 billion deal", "turnout was 64
//! percent"), one-word measures ("a 12-seat majority", "the 300-year-old church"), "a
//! dozen" and "£2.3bn"; and the readers that find what a figure is said of.

use crate::doc::{Document, Shape};
use crate::span::Span;

use super::counts::{Bound, Count, CountKey, canonical, hedge_before};
use super::elided::in_fact_list;
use super::vocab::{
    AUXILIARIES, IRREGULAR_PAST, MODALS, NOT_BETWEEN_NUMBER_AND_NOUN, PEOPLE_PARTICIPLES,
    PERSON_NOUNS,
};
use super::words::{
    aboard_after, between, digits, lower, multiplier, next_in_block, number_at, number_word,
    sentence_at, spaced, stem,
};

/// The number starting at word `i` as a count reads it: "a dozen" as 12, and after a
/// currency sign the newsroom's short forms ("£2.3bn", "€300m"); else as [`number_at`].
pub(super) fn count_number_at(doc: &Document<'_>, i: usize) -> Option<(f64, usize, bool)> {
    if lower(doc, i) == "a" && spaced(doc, i) && lower(doc, i + 1) == "dozen" {
        return Some((12.0, i + 1, false));
    }
    if doc.words[i].shape == Shape::Alnum {
        let money = doc.text()[..doc.words[i].span.start()]
            .chars()
            .next_back()
            .is_some_and(|c| matches!(c, '$' | '£' | '€' | '¥'));
        let w = lower(doc, i);
        let (figure, times) = [
            ("bn", 1e9),
            ("tn", 1e12),
            ("mn", 1e6),
            ("m", 1e6),
            ("k", 1e3),
        ]
        .iter()
        .find_map(|(suffix, m)| w.strip_suffix(suffix).map(|f| (f.to_string(), *m)))?;
        return (money)
            .then_some(())
            .and_then(|()| digits(&figure))
            .map(|v| (v * times, i, true));
    }
    number_at(doc, i)
}

/// The last word of a share written after the number at `num_end`: "64%", "64 percent",
/// "64 per cent".
pub(super) fn percent_after(doc: &Document<'_>, num_end: usize) -> Option<usize> {
    // (The text right after the figure, also after the document's last word: a box's last
    // line "Turnout: 71.2%".)
    if doc.text()[doc.words[num_end].span.end()..].starts_with('%') {
        return Some(num_end);
    }
    if !spaced(doc, num_end) {
        return None;
    }
    match lower(doc, num_end + 1).as_str() {
        "percent" => Some(num_end + 1),
        "per" if spaced(doc, num_end + 1) && lower(doc, num_end + 2) == "cent" => Some(num_end + 2),
        _ => None,
    }
}

/// A word that can be the noun a figure is said of: a lower-case or capitalised word of
/// letters that is no function word, auxiliary, modal or number.
pub(super) fn plain_noun(doc: &Document<'_>, k: usize) -> bool {
    let Some(word) = doc.words.get(k) else {
        return false;
    };
    let w = lower(doc, k);
    matches!(word.shape, Shape::Lower | Shape::Capitalised)
        && w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && !NOT_BETWEEN_NUMBER_AND_NOUN.contains(&w.as_str())
        && !AUXILIARIES.contains(&w.as_str())
        && !MODALS.contains(&w.as_str())
        && number_word(&w).is_none()
        && multiplier(&w).is_none()
}

/// The head of the noun phrase right after word `k`: "deal" in "$5.4 billion deal",
/// "sentence" in "12-year prison sentence for bribery", "majority" in "12-seat majority
/// will …". A second noun is the head only where the phrase plainly ends after it.
pub(super) fn np_head_after(doc: &Document<'_>, k: usize) -> Option<String> {
    if !spaced(doc, k) || doc.words[k + 1].shape != Shape::Lower || !plain_noun(doc, k + 1) {
        return None;
    }
    let first = lower(doc, k + 1);
    if first.ends_with("ly") || IRREGULAR_PAST.contains(&first.as_str()) {
        return None;
    }
    let second = k + 2;
    let takes_second = spaced(doc, k + 1)
        && doc.words[second].shape == Shape::Lower
        && plain_noun(doc, second)
        && !lower(doc, second).ends_with("ed")
        && !lower(doc, second).ends_with("ing")
        && !IRREGULAR_PAST.contains(&lower(doc, second).as_str())
        // ("an 18-member crew sank": the verb.)
        && !crate::doc::dates::is_past_form(&lower(doc, second))
        && (!spaced(doc, second)
            || matches!(
                lower(doc, second + 1).as_str(),
                "of" | "for"
                    | "in"
                    | "on"
                    | "at"
                    | "with"
                    | "to"
                    | "from"
                    | "by"
                    | "was"
                    | "is"
                    | "were"
                    | "are"
                    | "has"
                    | "had"
                    | "have"
            )
            || MODALS.contains(&lower(doc, second + 1).as_str()));
    Some(if takes_second {
        lower(doc, second).into_owned()
    } else {
        first.into_owned()
    })
}

/// What a figure is said of, from the words before it: "budget of $1.4 billion", "a deal
/// worth $50 million", "turnout was 64 percent", "turnout stood at 62%", "its majority of
/// 21 seats" — the noun and whether a determiner points back to it ("its", "the").
pub(super) fn owner_before(doc: &Document<'_>, start: usize) -> Option<(String, bool)> {
    let b = start.checked_sub(1)?;
    // "worth $50 million": only a currency sign may stand between.
    if !next_in_block(doc, b) || !matches!(between(doc, b).trim(), "" | "$" | "£" | "€" | "¥") {
        return None;
    }
    let mut n = b.checked_sub(1)?;
    let link = lower(doc, b);
    match link.as_str() {
        // "turnout stood at 62%", "a deal valued at $5.4 billion", "the deal runs for four
        // years": the noun before the verb.
        "at" | "for"
            if spaced(doc, n)
                && matches!(
                    lower(doc, n).as_str(),
                    "stood" | "valued" | "estimated" | "runs" | "run" | "lasts" | "lasting"
                ) =>
        {
            n = n.checked_sub(1)?;
        }
        "of" | "worth" | "was" | "is" | "totalling" | "totaling" | "reached" | "at" => {}
        _ => return None,
    }
    // "The deal, worth $4.5 billion, …".
    let comma = link == "worth" && between(doc, n).trim() == ",";
    if !(spaced(doc, n) || comma && next_in_block(doc, n)) || !plain_noun(doc, n) {
        return None;
    }
    let noun = lower(doc, n).into_owned();
    // "brought out the last of 12 boys": a part of the set named, which owns nothing.
    if matches!(noun.as_str(), "last" | "first" | "rest" | "remainder") {
        return None;
    }
    let definite = n > 0
        && spaced(doc, n - 1)
        && (matches!(
            lower(doc, n - 1).as_str(),
            "the" | "its" | "their" | "his" | "her" | "our"
        ) || doc.word_str(n - 1).ends_with("'s")
            || doc.word_str(n - 1).ends_with("’s"));
    Some((noun, definite))
}

/// The span of a figure with the currency sign written right before it ("$4.5 billion") or
/// the percent sign right after it ("46%").
pub(super) fn with_sign(doc: &Document<'_>, number: Span) -> Span {
    let text = doc.text();
    let start = match text[..number.start()].chars().next_back() {
        Some(c @ ('$' | '£' | '€' | '¥')) => number.start() - c.len_utf8(),
        _ => number.start(),
    };
    let end = if text[number.end()..].starts_with('%') {
        number.end() + 1
    } else {
        number.end()
    };
    Span::new(start, end)
}

/// A prison term: "sentenced the former minister to 12 years", "jailed for five years" —
/// a span of time after "to" or "for" that a sentencing verb shortly before governs reads
/// as the "sentence" ("the 15-year sentence").
pub(super) fn sentence_term(doc: &Document<'_>, start: usize) -> Option<(String, bool)> {
    let b = start.checked_sub(1)?;
    if !spaced(doc, b) || !matches!(lower(doc, b).as_str(), "to" | "for") {
        return None;
    }
    let block = doc.words[start].block;
    let sentenced = (b.saturating_sub(6)..b).rev().any(|k| {
        doc.words[k].block == block
            && matches!(
                lower(doc, k).as_str(),
                "sentenced" | "jailed" | "imprisoned" | "sentencing"
            )
    });
    sentenced.then(|| ("sentence".to_string(), false))
}

/// What a span of time measures when a form of "last" stands right before it: the noun
/// that lasted ("the siege lasted 11 days", "a strike that lasted 14 days", "the ceasefire,
/// which will last 60 days"), over "that", "which", a comma and an auxiliary.
pub(super) fn lasted_subject(doc: &Document<'_>, start: usize) -> Option<(String, bool)> {
    let b = start.checked_sub(1)?;
    if !spaced(doc, b)
        || !matches!(
            lower(doc, b).as_str(),
            "lasted" | "lasts" | "last" | "lasting"
        )
    {
        return None;
    }
    let block = doc.words[start].block;
    let mut n = b.checked_sub(1)?;
    for _ in 0..3 {
        if doc.words[n].block != block {
            return None;
        }
        if matches!(
            lower(doc, n).as_str(),
            "that" | "which" | "will" | "would" | "had" | "has" | "have" | "to"
        ) {
            n = n.checked_sub(1)?;
            continue;
        }
        break;
    }
    // "the strike, which lasted 14 days" points back to one strike.
    let definite = n > 0 && spaced(doc, n - 1) && pointing(doc, n - 1);
    (doc.words[n].block == block && plain_noun(doc, n))
        .then(|| (lower(doc, n).into_owned(), definite))
}

/// Whether word `b` points back to what follows: "the", "its", a possessive.
pub(super) fn pointing(doc: &Document<'_>, b: usize) -> bool {
    let w = lower(doc, b);
    matches!(
        w.as_str(),
        "the" | "its" | "their" | "his" | "her" | "our" | "all"
    ) || w.ends_with("'s")
        || w.ends_with("’s")
}

/// An amount of money or a share, said of the noun after or before it: "the $5.4 billion
/// deal", "a €300 million loan", "turnout was 64 percent". The unit ("$", "%") is the noun
/// of its key and the thing it is said of its owner; with nothing named, no count.
pub(super) fn amount_count(
    doc: &Document<'_>,
    i: usize,
    value: f64,
    end: usize,
    unit: String,
) -> Option<(Count, usize)> {
    let hedge = if unit == "%" && i > 0 {
        hedge_before(doc, i)
    } else {
        None
    };
    let start = hedge.map_or(i, |(h, _)| h);
    let block = doc.words[i].block;
    let before = start
        .checked_sub(1)
        .filter(|b| doc.words[*b].block == block);
    let (owner, owner_definite, last, said_of) = if let Some(o) = np_head_after(doc, end) {
        (o, false, end + 1, None)
    } else {
        let (o, d) = owner_before(doc, start)?;
        // The mention is quoted from the noun: "budget of $1.2 billion".
        let at = (start.saturating_sub(4)..start)
            .rev()
            .find(|&k| lower(doc, k) == o.as_str());
        (o, d, end, at)
    };
    // "the $5.4 billion deal": only the currency sign stands between.
    let definite = owner_definite
        || before.is_some_and(|b| {
            matches!(between(doc, b).trim(), "" | "$" | "£" | "€" | "¥") && pointing(doc, b)
        });
    let first = match before {
        _ if said_of.is_some() => said_of.unwrap_or(start),
        Some(b) if definite && !owner_definite => b,
        _ => start,
    };
    let number = with_sign(doc, doc.words[i].span.cover(doc.words[end].span));
    let key = CountKey {
        noun: unit,
        mods: String::new(),
        verb: String::new(),
        owner,
    };
    Some((
        Count {
            definite,
            ..Count::bare(
                value,
                hedge.map(|(_, b)| b),
                key,
                doc.words[first]
                    .span
                    .cover(doc.words[last].span)
                    .cover(number),
                number,
                sentence_at(doc, i),
                in_fact_list(doc, i, start, last),
            )
        },
        end,
    ))
}

/// A count written as one hyphenated word with the thing it measures: "a 12-seat
/// majority", "the seven-member panel", "a five-year contract", "the 300-year-old church".
/// The unit is the noun and the thing after it the owner ("seats" of the "majority"), as
/// "its majority of 21 seats" reads. Ages of people are left to `age-mismatch`.
pub(super) fn compound_count(doc: &Document<'_>, i: usize) -> Option<(Count, usize)> {
    let word = doc.words.get(i)?;
    if !matches!(word.shape, Shape::Alnum | Shape::Lower) {
        return None;
    }
    let w = lower(doc, i);
    let (left, right) = w.split_once('-')?;
    if number_word(&w).is_some() {
        return None;
    }
    let value = digits(left).or_else(|| number_word(left))?;
    if value < 2.0 || right.is_empty() {
        return None;
    }
    let noun = match right.split_once('-') {
        Some((u, "old")) if matches!(u, "year" | "month" | "week" | "day") => format!("{u}s old"),
        None if right.chars().all(|c| c.is_ascii_lowercase()) && right.len() >= 3 => {
            if right.ends_with('s') {
                right.to_string()
            } else if let Some(stem) = right.strip_suffix('y')
                && !stem.ends_with(['a', 'e', 'o', 'u'])
            {
                format!("{stem}ies")
            } else {
                format!("{right}s")
            }
        }
        _ => return None,
    };
    let owner = np_head_after(doc, i)?;
    if noun.ends_with(" old") && PERSON_NOUNS.contains(&owner.as_str()) {
        return None;
    }
    let hedge = if i > 0 { hedge_before(doc, i) } else { None };
    let start = hedge.map_or(i, |(h, _)| h);
    let before = start
        .checked_sub(1)
        .filter(|b| doc.words[*b].block == word.block && spaced(doc, *b));
    let definite = before.is_some_and(|b| pointing(doc, b));
    let first = before.filter(|_| definite).unwrap_or(start);
    let last = i + 1;
    Some((
        Count {
            definite,
            measure: true,
            ..Count::bare(
                value,
                hedge.map(|(_, b)| b),
                CountKey {
                    noun,
                    mods: String::new(),
                    verb: String::new(),
                    owner,
                },
                doc.words[first].span.cover(doc.words[last].span),
                word.span,
                sentence_at(doc, i),
                in_fact_list(doc, i, start, last),
            )
        },
        i,
    ))
}

/// A headline's toll with no noun after it: "Ferry fire kills 23 off Sulawesi", "Police
/// arrest 40 after riot" — people, by the verb right before the number, when that verb is one
/// said of people ("kills", "injures", "rescues", "arrest").
pub(super) fn headline_toll(
    doc: &Document<'_>,
    i: usize,
    num_end: usize,
    value: f64,
    hedge: Option<(usize, Bound)>,
) -> Option<(Count, usize)> {
    let start = hedge.map_or(i, |(h, _)| h);
    let vb = start.checked_sub(1)?;
    let block = &doc.blocks[doc.words[i].block as usize];
    if !block.kind.is_heading() || doc.words[vb].block != doc.words[i].block || !spaced(doc, vb) {
        return None;
    }
    let verb = stem(&lower(doc, vb));
    if doc.words[vb].shape != Shape::Lower || !PEOPLE_PARTICIPLES.iter().any(|p| stem(p) == verb) {
        return None;
    }
    Some((
        people_count(doc, verb, vb, (i, num_end), value, hedge),
        num_end,
    ))
}

/// "All four aboard …", "all 132 on board": the people aboard, named by where they were.
pub(super) fn all_aboard(
    doc: &Document<'_>,
    i: usize,
    num_end: usize,
    value: f64,
    hedge: Option<(usize, Bound)>,
) -> Option<(Count, usize)> {
    let start = hedge.map_or(i, |(h, _)| h);
    let all = start.checked_sub(1)?;
    if lower(doc, all) != "all" || !spaced(doc, all) || !spaced(doc, num_end) {
        return None;
    }
    let last = aboard_after(doc, num_end)?;
    // (Not read as pointing back: "MH17 was shot down in July, killing all 298 on board"
    // is another flight's.)
    let mut c = people_count(doc, String::new(), all, (i, num_end), value, hedge);
    c.span = c.span.cover(doc.words[last].span);
    Some((c, last))
}

/// A death toll given as a figure with no noun after it: "the death toll stood at 98", "a
/// death toll of 98", "the toll was 98" — people killed.
pub(super) fn toll_count(
    doc: &Document<'_>,
    i: usize,
    num_end: usize,
    value: f64,
    hedge: Option<(usize, Bound)>,
) -> Option<(Count, usize)> {
    let start = hedge.map_or(i, |(h, _)| h);
    // "toll" within eight words before the figure, lower-case words between ("from the
    // landslide"), the last of them a link to the figure. (Not "bringing the toll to 253",
    // "the toll reached 23": a running total.)
    let toll = (start.saturating_sub(8)..start)
        .rev()
        .find(|&k| lower(doc, k) == "toll")?;
    let linking = toll + 1 < start
        && (toll + 1..start).all(|k| spaced(doc, k - 1) && doc.words[k].shape == Shape::Lower)
        && spaced(doc, start - 1)
        && matches!(lower(doc, start - 1).as_str(), "of" | "at" | "was" | "is");
    // ("the death toll", "the toll"; not a road's or a bridge's toll, a fee.)
    let of_deaths = toll > 0
        && spaced(doc, toll - 1)
        && matches!(
            lower(doc, toll - 1).as_str(),
            "death" | "the" | "a" | "its" | "official" | "final" | "confirmed"
        );
    if !linking || !of_deaths || doc.words[i].block != doc.words[toll].block {
        return None;
    }
    let first = if lower(doc, toll - 1) == "death" {
        toll - 1
    } else {
        toll
    };
    Some((
        people_count(doc, stem("killed"), first, (i, num_end), value, hedge),
        num_end,
    ))
}

/// A count of people that `verb` (stemmed) is said of, written from word `first` to the
/// figure's last word, the figure from word `i` to `num_end`.
fn people_count(
    doc: &Document<'_>,
    verb: String,
    first: usize,
    (i, num_end): (usize, usize),
    value: f64,
    hedge: Option<(usize, Bound)>,
) -> Count {
    let key = canonical(CountKey {
        noun: "people".into(),
        mods: String::new(),
        verb,
        owner: String::new(),
    });
    Count::bare(
        value,
        hedge.map(|(_, b)| b),
        key,
        doc.words[first].span.cover(doc.words[num_end].span),
        doc.words[i].span.cover(doc.words[num_end].span),
        sentence_at(doc, i),
        false,
    )
}

/// The part a partitive takes of the count whose number is `number`: 4 for "Four of the six
/// men", the part's number ending right before "of the".
pub(super) fn partitive_part(doc: &Document<'_>, number: crate::span::Span) -> Option<f64> {
    let i = doc
        .words
        .partition_point(|w| w.span.start() < number.start());
    if i < 3 || lower(doc, i - 1) != "the" || lower(doc, i - 2) != "of" {
        return None;
    }
    let (value, end, _) = count_number_at(doc, i - 3)?;
    (end == i - 3).then_some(value)
}

/// Whether word `b` (`w`, lower case) is a plural possessive: "Conservatives' 313 seats".
pub(super) fn plural_possessive(doc: &Document<'_>, b: usize, w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && matches!(between(doc, b), "' " | "’ ")
}

/// A model's number between two names, digits at words `i..=end`: "Boeing 737 MAX jets".
/// Not after a hedge or the sentence's first word ("About 2,500 U.S. troops").
pub(super) fn model_number(doc: &Document<'_>, i: usize, end: usize) -> bool {
    let named = |k: usize| {
        k < doc.words.len() && matches!(doc.words[k].shape, Shape::Capitalised | Shape::AllCaps)
    };
    let Some(s) = doc.sentences.get(sentence_at(doc, i) as usize) else {
        return false;
    };
    i > s.words.start as usize + 1
        && spaced(doc, i - 1)
        && spaced(doc, end)
        && named(i - 1)
        && named(end + 1)
        && hedge_before(doc, i).is_none()
}
