//! The years that date an age: a year in the age's sentence, not a birth year given there,
//! not a "since" year, and for an age at a death the death's year.

use crate::doc::Document;
use crate::text::date::find_written;

use super::super::words::{between, in_dateline, lower, year};
use super::vocab::death_word;
use super::{Age, Birth, name_ending_at};

/// A year in an age's sentence that is not a birth year given there may date the age.
pub(super) fn date_ages(doc: &Document<'_>, ages: &mut [Age], births: &[Birth]) {
    for a in ages.iter_mut() {
        let Some(s) = doc.sentences.get(a.sentence as usize) else {
            continue;
        };
        let born: Vec<u16> = births
            .iter()
            .filter(|b| b.sentence == a.sentence)
            .map(|b| b.date.year)
            .collect();
        // "since 2019" runs up to now, so it dates nothing ("Smith, 45, who has led it
        // since 2019", "since Russia's invasion in February 2022").
        let (first, end) = (s.words.start as usize, s.words.end as usize);
        let since = |k: usize| {
            (first.max(k.saturating_sub(6))..k)
                .rev()
                .take_while(|&j| !between(doc, j).contains(','))
                .any(|j| doc.word_str(j).eq_ignore_ascii_case("since"))
        };
        // (The dateline's date dates the article, not the age: "LONDON, July 23, 2025 -
        // Ashworth, who died on Monday aged 74, …".)
        let dated: Vec<(usize, u16)> = (first..end)
            .filter(|&k| !since(k) && !in_dateline(doc, k))
            .filter_map(|k| year(&doc.word_str(k)).map(|y| (k, y)))
            .filter(|(_, y)| !born.contains(y))
            .collect();
        // An age in apposition to a name is dated by the years before it only ("In 2010,
        // Smith, 45, …"): a year after it tells of what the person did ("Jonathan Reid, 41,
        // stole … between 2021 and 2023", "Starmer, 60, took office on 5 July 2024"). Not
        // so an age that opens its clause ("Aged 17, she won gold in 2008").
        let apposition = a.span.start() == a.person.span.start() && !a.past;
        let age_at = doc
            .words
            .partition_point(|w| w.span.end() <= a.span.start());
        // ("At 76, Trump becomes the oldest …, surpassing Joe Biden, who was 78 when he was
        // sworn in in 2021": a year in a relative clause on someone else is that one's.)
        let others = |k: usize| {
            (age_at..k).any(|j| {
                j > 0
                    && lower(doc, j) == "who"
                    && between(doc, j - 1).trim() == ","
                    && name_ending_at(doc, j - 1).is_some_and(|p| p.surname != a.person.surname)
            })
        };
        a.years = dated
            .iter()
            .filter(|&&(k, _)| (!apposition || k < age_at) && !others(k))
            .map(|&(_, y)| y)
            .collect();
        // The age at a death is the age on the day of the death, when its sentence dates it
        // ("died on March 3, 2024, aged 70", "died in 2019 at the age of 77"); a year in an
        // aside between the name and the death ("Ana Soto, who won the prize in 2010, died
        // on Sunday at 87") dates something else.
        if a.at.is_some() {
            a.at = None;
            let name_end = doc
                .words
                .partition_point(|w| w.span.end() <= a.person.span.end());
            let death = (name_end.max(first)..end).find(|&k| death_word(&lower(doc, k)));
            let aside =
                |k: usize| name_end >= first && k >= name_end && death.is_some_and(|d| k < d);
            // A year past the age and a comma tells of something else ("John Paul II …
            // died on April 2 aged 84, had been 58 when he was elected in 1978"); not one
            // in the age's clause ("died aged 70 in 2019").
            let age_last = doc
                .words
                .partition_point(|w| w.span.end() <= a.span.end())
                .saturating_sub(1);
            // (The comma of a date before its year is no break: "on Feb. 20, 1962".)
            let later = |k: usize| {
                k > age_last && (age_last..k - 1).any(|j| between(doc, j).contains([',', ';']))
            };
            let mut ys: Vec<u16> = dated
                .iter()
                .filter(|&&(k, _)| !aside(k) && !later(k))
                .map(|&(_, y)| y)
                .collect();
            ys.dedup();
            if let [y] = ys[..] {
                let from = doc
                    .meta
                    .dateline
                    .map(|(_, at)| at)
                    .filter(|at| s.span.contains(*at))
                    .map_or(s.span.start(), crate::span::Span::end);
                a.at = match find_written(&doc.text()[from..s.span.end()]) {
                    Some((d, _)) if d.year == y => Some((d, true)),
                    _ => Some((
                        crate::text::date::Date {
                            year: y,
                            month: 7,
                            day: 1,
                        },
                        false,
                    )),
                };
            }
        }
    }
}
