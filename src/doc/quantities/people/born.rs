//! The date after "born": "in 1972", "on March 3, 1980", "in May 1990", "in Leeds in 1972".

use crate::doc::{Document, Shape};
use crate::span::Span;
use crate::text::date::find_written;

use super::super::words::{between, calendar_word, lower, name_like, sentence_at, spaced, year};
use super::BirthDate;

/// The date after "born" (word `i`): "in 1972", "on March 3, 1980", "3 March 1980",
/// "in Leeds in 1972"; with the index of its last word.
pub(super) fn born_date(doc: &Document<'_>, born: usize) -> Option<(BirthDate, Span, usize)> {
    let mut at = born;
    let step = |from: usize| {
        let gap = between(doc, from);
        (spaced(doc, from) || gap.trim() == ":" || (gap == ". " && lower(doc, from) == "b"))
            .then_some(from + 1)
    };
    at = step(at)?;
    // "Born Jorge Mario Bergoglio in Buenos Aires on 17 December 1936": the name given at
    // birth, before the place and the date.
    if name_like(doc, at) && date_at(doc, at).is_none() {
        let start = at;
        // ("Born Edson Arantes do Nascimento on …": a particle inside the name.)
        let particle = |k: usize| particle_at(doc, k);
        // ("born William Jefferson Blythe III on August 19, 1946": and a regnal number.)
        while (name_like(doc, at) || (at > start && (particle(at) || super::regnal(doc, at))))
            && spaced(doc, at)
            && at - start < 5
        {
            at += 1;
        }
        if at == start || !matches!(lower(doc, at).as_str(), "in" | "on") {
            return None;
        }
    }
    let mut word = lower(doc, at);
    // "Born into a family of Kandyan aristocrats in April 1916", "born into a farming
    // family in Galicia on 3 May 1931": the family (and where), then the date.
    // ("born into a peasant family in the Stavropol region of southern Russia in 1931")
    if word == "into" {
        let end = (at + 14).min(doc.words.len().saturating_sub(1));
        return (at + 1..end)
            .take_while(|&k| spaced(doc, k - 1) || comma_gap(doc, k - 1))
            .filter(|&k| matches!(lower(doc, k).as_str(), "in" | "on") && spaced(doc, k))
            .find_map(|k| date_at(doc, k + 1));
    }
    if matches!(word.as_str(), "in" | "at")
        && spaced(doc, at)
        && name_like(doc, at + 1)
        && let Some(found) = described_place(doc, at)
    {
        // "born in Brilon, in the Sauerland region of western Germany, in 1955", "born at
        // Blenheim Palace, the Oxfordshire seat of the Dukes of Marlborough, on November
        // 30, 1874"
        return Some(found);
    }
    // ("born on Corfu on June 10, 1921", "on the Greek island of Corfu": an island's "on",
    // when no date follows it.)
    let on_place = word == "on" && at + 1 < doc.words.len() && date_at(doc, at + 1).is_none();
    if (word == "in" || on_place)
        && spaced(doc, at)
        && matches!(lower(doc, at + 1).as_ref(), "a" | "an" | "the")
        && let Some(found) = described_place_first(doc, at + 1)
    {
        // "Born in a village in County Mayo in 1931"
        return Some(found);
    }
    // ("born at 17 Bruton Street in Mayfair": a house number opens the address.)
    let house = word == "at"
        && spaced(doc, at)
        && at + 2 < doc.words.len()
        && doc.words[at + 1].shape == Shape::Number
        && doc.word_text(at + 1).len() <= 4
        && spaced(doc, at + 1)
        && name_like(doc, at + 2);
    // ("born in north London", "born in rural Ohio": a word of where in the place.)
    let whereabouts = matches!(word.as_str(), "in" | "near")
        && spaced(doc, at)
        && whereabouts_word(&lower(doc, at + 1))
        && spaced(doc, at + 1)
        && at + 2 < doc.words.len()
        && name_like(doc, at + 2);
    let first = if house || whereabouts { at + 2 } else { at + 1 };
    // ("born near Kandahar in 1957", "born outside Lyon on …")
    if (matches!(word.as_str(), "in" | "at" | "near" | "outside") || on_place)
        && spaced(doc, at)
        && name_like(doc, first)
    {
        // "born in Leeds in 1972", "born in Leeds, England, on 3 March 1980", "born at
        // Buckingham Palace on November 14, 1948".
        let mut scan = first;
        // ("born in Mariano del Friuli in February 1942": a particle inside the place.)
        let particle = |k: usize| k > first && particle_at(doc, k);
        while scan < doc.words.len()
            && scan - first < 7
            && (name_like(doc, scan)
                || lower(doc, scan) == "in"
                || particle(scan)
                || (scan > first && whereabouts_word(&lower(doc, scan))))
        {
            let after = lower(doc, scan + 1);
            // ("born at 17 Bruton Street in Mayfair, London, on …": a place after "in" is
            // more of the address.)
            if matches!(after.as_str(), "in" | "on")
                && (spaced(doc, scan) || comma_gap(doc, scan))
                && scan + 2 < doc.words.len()
                && (date_at(doc, scan + 2).is_some() || !name_like(doc, scan + 2))
                // ("in Reggio Calabria in southern Italy in December 1946": a region.)
                && !(whereabouts_word(&lower(doc, scan + 2))
                    && doc.words.get(scan + 3).is_some()
                    && name_like(doc, scan + 3))
            {
                at = scan + 1;
                break;
            }
            if !(spaced(doc, scan) || comma_gap(doc, scan)) {
                return None;
            }
            scan += 1;
        }
        word = lower(doc, at);
        if !matches!(word.as_str(), "in" | "on") {
            return None;
        }
    }
    if matches!(word.as_str(), "in" | "on") {
        at = step(at)?;
    }
    date_at(doc, at)
}

/// A birth date starting at word `at`: a full date ("March 3, 1980", "3 March 1980",
/// "1980-03-03") or a year; with the index of its last word.
pub(super) fn date_at(doc: &Document<'_>, at: usize) -> Option<(BirthDate, Span, usize)> {
    // A full date first.
    let start = doc.words[at].span.start();
    let sentence_end = doc
        .sentences
        .get(sentence_at(doc, at) as usize)
        .map_or(doc.words[at].span.end(), |s| s.span.end());
    let end = (start + 40).min(sentence_end).max(doc.words[at].span.end());
    let mut end = end.min(doc.text().len());
    while !doc.text().is_char_boundary(end) {
        end -= 1;
    }
    let text = &doc.text()[start..end];
    if let Some((date, r)) = find_written(text)
        && r.start == 0
    {
        let span = Span::new(start, start + r.end);
        let last = doc.words.partition_point(|x| x.span.end() <= span.end()) - 1;
        return Some((
            BirthDate {
                year: date.year,
                month_day: Some((date.month, date.day)),
                month: None,
            },
            span,
            last.max(at),
        ));
    }
    // "born in March 1988": the month tells no day; the year is what is known.
    let month = lower(doc, at);
    if (month == "may" || (calendar_word(&month) && !month.ends_with("day")))
        && spaced(doc, at)
        && at + 1 < doc.words.len()
        && let Some(y) = year(&doc.word_str(at + 1))
        && !between(doc, at + 1).starts_with(['-', '–', '/'])
    {
        return Some((
            BirthDate {
                year: y,
                month_day: None,
                month: crate::text::date::month_number(&month),
            },
            doc.words[at].span.cover(doc.words[at + 1].span),
            at + 1,
        ));
    }
    let y = year(&doc.word_str(at))?;
    // "born in 1972 in Leeds" is fine; "born 1972-75" is not a year.
    if between(doc, at).starts_with(['-', '–', '/']) {
        return None;
    }
    Some((
        BirthDate {
            year: y,
            month_day: None,
            month: None,
        },
        doc.words[at].span,
        at,
    ))
}

/// "born in Isleworth, west of London, on May 8, 1926": a place set off by commas with a
/// description after it, then ", in" or ", on" and the date, within the sentence and a dozen
/// words. `at` is the "in" (or "at") before the place.
fn described_place(doc: &Document<'_>, at: usize) -> Option<(BirthDate, Span, usize)> {
    let sentence = sentence_at(doc, at);
    let comma = |k: usize| between(doc, k).trim() == ",";
    // The place's own name, then a comma and a lower-case description.
    let mut k = at + 1;
    while k + 1 < doc.words.len() && name_like(doc, k) && spaced(doc, k) {
        k += 1;
    }
    if !name_like(doc, k) || !comma(k) || k + 1 >= doc.words.len() || name_like(doc, k + 1) {
        return None;
    }
    (k + 1..(k + 12).min(doc.words.len().saturating_sub(2)))
        .take_while(|&j| sentence_at(doc, j) == sentence)
        .filter(|&j| {
            comma(j) && matches!(lower(doc, j + 1).as_ref(), "in" | "on") && spaced(doc, j + 1)
        })
        .find_map(|j| date_at(doc, j + 2))
}

/// A birth after a place described before it is named, from the article at word `at`:
/// "born in a village in County Mayo in 1931", "born in the port of Gdansk on 5 May 1950".
/// Only a noun phrase and names: a clause ("born in a family that moved to Leeds in 1950")
/// dates something else.
fn described_place_first(doc: &Document<'_>, at: usize) -> Option<(BirthDate, Span, usize)> {
    let sentence = sentence_at(doc, at);
    let mut lower_words = 0;
    let mut k = at + 1;
    // ("born in the village of Nine Mile, in the parish of Saint Ann, in February 1945")
    while k + 2 < doc.words.len() && k < at + 14 && sentence_at(doc, k) == sentence {
        if !(spaced(doc, k - 1) || (comma_gap(doc, k - 1) && name_like(doc, k - 1))) {
            return None;
        }
        let w = lower(doc, k);
        if matches!(w.as_ref(), "in" | "on")
            && k > at + 1
            && spaced(doc, k)
            && let Some(found) = date_at(doc, k + 1)
        {
            return Some(found);
        }
        let plain = doc.words[k].shape == Shape::Lower;
        if plain
            && !matches!(
                w.as_ref(),
                "of" | "near" | "outside" | "in" | "the" | "a" | "an"
            )
        {
            lower_words += 1;
            let clause = w.ends_with("ed")
                || matches!(
                    w.as_ref(),
                    "that" | "which" | "who" | "where" | "when" | "and" | "but" | "after"
                );
            if clause || lower_words > 3 {
                return None;
            }
        } else if !plain && !name_like(doc, k) {
            return None;
        }
        k += 1;
    }
    None
}

/// A comma after word `k`, or an abbreviation's point and a comma ("Ardmore, Okla., on May
/// 29, 1953").
pub(super) fn comma_gap(doc: &Document<'_>, k: usize) -> bool {
    matches!(between(doc, k).trim(), "," | ".,")
}

/// A word of where in a place before its name: "north London", "rural Ohio", "southern
/// Italy".
pub(super) fn whereabouts_word(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "rural"
            | "suburban"
            | "downtown"
    )
}

/// Whether word `k` is a particle inside a name or a place's name, a capitalised word after
/// it: "Edson Arantes do Nascimento", "Ludwig van Beethoven", "Mariano del Friuli", "Marktl
/// am Inn".
pub(super) fn particle_at(doc: &Document<'_>, k: usize) -> bool {
    matches!(
        lower(doc, k).as_str(),
        "do" | "da"
            | "dos"
            | "das"
            | "de"
            | "del"
            | "della"
            | "di"
            | "la"
            | "le"
            | "van"
            | "von"
            | "bin"
            // (Places: "Marktl am Inn", "Newcastle upon Tyne", "Frankfurt an der Oder".)
            | "am"
            | "an"
            | "upon"
            | "sur"
            | "ob"
            | "der"
    ) && spaced(doc, k)
        && k + 1 < doc.words.len()
        && name_like(doc, k + 1)
}
