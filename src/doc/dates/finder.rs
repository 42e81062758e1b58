//! The finder: one pass over the words that collects the mentions.

use std::borrow::Cow;

use super::vocab::{
    DATE_FOLLOWERS, DATE_LEADS, FUTURE_MARKERS, IRREGULAR_PAST, NOT_PAST, QUALIFIERS,
};
use super::{
    CLAUSE_REACH, Clause, DateForm, DateMention, Dates, Document, Format, NumericDate, Tense,
    WeekdayMention, WeekdayRef, YearMention,
};
use crate::span::Span;
use crate::text::date::{Weekday, month_number};

pub(super) struct Finder<'d, 'a> {
    doc: &'d Document<'a>,
    /// The sentence of each word.
    sentence_of: Vec<u32>,
    out: Dates,
}

/// A date's month and day found at a word, before its weekday is looked for.
#[derive(Clone, Copy)]
struct Found {
    month: u8,
    day: u8,
    year: Option<u16>,
    form: DateForm,
    ordinal: bool,
    first: usize,
    last: usize,
}

impl<'d, 'a> Finder<'d, 'a> {
    pub(super) fn new(doc: &'d Document<'a>) -> Self {
        let mut sentence_of = vec![u32::MAX; doc.words.len()];
        for (i, s) in doc.sentences.iter().enumerate() {
            for w in s.words.start..s.words.end {
                if let Some(slot) = sentence_of.get_mut(w as usize) {
                    *slot = i as u32;
                }
            }
        }
        Finder {
            doc,
            sentence_of,
            out: Dates::default(),
        }
    }

    pub(super) fn run(mut self) -> Dates {
        let doc = self.doc;
        for (_, block) in doc.leaves() {
            let words = block.words();
            let mut i = words.start;
            while i < words.end {
                i = self.at(i, words.end);
            }
        }
        self.out
    }

    fn word(&self, i: usize) -> Cow<'a, str> {
        self.doc.word_str(i)
    }

    /// What lies between word `i - 1` and word `i`, tags left out and references decoded.
    fn gap(&self, i: usize) -> Cow<'a, str> {
        let doc = self.doc;
        let span = Span::new(doc.words[i - 1].span.end(), doc.words[i].span.start());
        let raw = doc.slice(span);
        if doc.format == Format::Markdown && raw.contains(['*', '_']) {
            // Emphasis around a word ("on **Thursday** (March 5)") is markup, not punctuation.
            return Cow::Owned(raw.replace(['*', '_'], ""));
        }
        if doc.format != Format::Html || !raw.contains(['<', '&']) {
            return Cow::Borrowed(raw);
        }
        let mut out = String::new();
        let mut in_tag = false;
        for c in raw.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        Cow::Owned(crate::text::entity::decode(&out).into_owned())
    }

    /// The gap before word `i` holds only white space and the characters in `allowed`.
    fn gap_only(&self, i: usize, allowed: &[char]) -> bool {
        self.gap(i)
            .chars()
            .all(|c| c.is_whitespace() || c == '\u{a0}' || allowed.contains(&c))
    }

    fn sentence(&self, i: usize) -> u32 {
        self.sentence_of.get(i).copied().unwrap_or(u32::MAX)
    }

    /// Looks at word `i`; returns the index of the next word to look at.
    fn at(&mut self, i: usize, end: usize) -> usize {
        let doc = self.doc;
        // Every shape starts with a digit or a capital: a weekday, a month, a day, a year.
        let starts = doc.text()[doc.words[i].span.range()]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c.is_uppercase());
        if !starts {
            return i + 1;
        }
        let w = self.word(i);
        let block = doc.words[i].block;
        if let Some(y) = year_value(&w) {
            self.out.years.push(YearMention {
                year: y,
                span: doc.words[i].span,
                sentence: self.sentence(i),
                block,
            });
        }
        if let Some(next) = self.numeric(i, end, &w) {
            return next;
        }
        // A weekday, then a date: "Tuesday, March 4, 2025", "Tue 4 March", "Wednesday (March
        // 5)", "Wednesday the 5th of March".
        if let Some((weekday, abbreviated)) = weekday_word(&w) {
            let mut start = i + 1;
            if start < end && self.word(start).eq_ignore_ascii_case("the") {
                start += 1;
                // "Wednesday the 5th of March", but "said on Tuesday the April 28 blackout
                // was …": a month after "the" opens a date that names a thing.
                if start < end && !self.word(start).starts_with(|c: char| c.is_ascii_digit()) {
                    if !abbreviated {
                        self.lone_weekday(i, end, weekday);
                    }
                    return i + 1;
                }
            }
            // (A full stop after a weekday's full name ends a sentence: "found on Friday.
            // The June 12 crash …" is no weekday of June 12; "Tue. March 4" is one.)
            let stops = if abbreviated {
                &[',', '.', '('][..]
            } else {
                &[',', '('][..]
            };
            let joined = start < end
                && (start == i + 1 || self.gap_only(start, &[]))
                && self.gap_only(i + 1, stops);
            if joined
                && let Some(found) = self.date_at(start, end)
                && found.first == start
            {
                let wd = WeekdayRef {
                    weekday,
                    span: doc.words[i].span,
                    abbreviated,
                };
                let next = found.last + 1;
                // "Tuesday and Wednesday, Feb. 10 and 11": two weekdays for two days, in
                // order; the second weekday is not the first day's.
                let wd = (!self.paired_days(i, found.last, end)).then_some(wd);
                self.push(found, wd, i);
                return next;
            }
            if !abbreviated {
                self.lone_weekday(i, end, weekday);
            }
            return i + 1;
        }
        let Some(found) = self.date_at(i, end) else {
            return i + 1;
        };
        // A weekday in brackets after the date: "March 5 (Wednesday)", "November 12 (Tue.)".
        let after = found.last + 1;
        if after < end
            && self.gap(after).trim() == "("
            && let Some((weekday, abbreviated)) = weekday_word(&self.word(after))
            && {
                let rest = &doc.text()[doc.words[after].span.end()..];
                rest.starts_with(')') || (abbreviated && rest.starts_with(".)"))
            }
        {
            let wd = WeekdayRef {
                weekday,
                span: doc.words[after].span,
                abbreviated,
            };
            let first = found.first;
            self.push(found, Some(wd), first);
            return after + 1;
        }
        // A weekday in apposition or stated: "March 4, 2025, a Wednesday", "March 4 was a
        // Wednesday", "March 4, which was a Wednesday".
        if let Some(at) = self.stated_weekday(after, end)
            && let Some((weekday, false)) = weekday_word(&self.word(at))
        {
            let wd = WeekdayRef {
                weekday,
                span: doc.words[at].span,
                abbreviated: false,
            };
            let first = found.first;
            self.push(found, Some(wd), first);
            return at + 1;
        }
        let (first, next) = (found.first, found.last + 1);
        self.push(found, None, first);
        next
    }

    /// The word index of a weekday stated right after a date that ends before word `at`:
    /// ", a Wednesday", " was a Wednesday", ", which was a Wednesday".
    fn stated_weekday(&self, mut at: usize, end: usize) -> Option<usize> {
        let lower = |k: usize| self.word(k).to_lowercase();
        let start = at;
        if at >= end {
            return None;
        }
        let comma = self.gap(at).trim() == ",";
        if !comma && !self.gap_only(at, &[]) {
            return None;
        }
        if comma && lower(at) == "which" {
            at += 1;
        }
        if at < end && matches!(lower(at).as_str(), "was" | "is" | "fell") {
            at += 1;
            if at < end && lower(at) == "on" {
                at += 1;
            }
        } else {
            // ("25 March 2001 a Sunday, 1 July 2007 a Sunday": a list of dates and their
            // weekdays.)
            let listed = lower(at) == "a"
                && at + 1 < end
                && weekday_word(&self.word(at + 1)).is_some_and(|(_, short)| !short);
            if !comma && !listed {
                return None;
            }
        }
        if at + 1 < end
            && lower(at) == "a"
            && self.gap_only(at + 1, &[])
            && (at == start || self.gap_only(at, &[]))
        {
            return Some(at + 1);
        }
        None
    }

    /// A date with a month name starting at word `i`, or an ISO date.
    /// Word `i`, a weekday, is the second of two joined weekdays ("Tuesday and
    /// Wednesday") and the date ending at word `last` the first of two joined days ("Feb.
    /// 10 and 11", "10-11").
    fn paired_days(&self, i: usize, last: usize, end: usize) -> bool {
        let joins = |w: &str| matches!(w, "and" | "or" | "to" | "through");
        let weekdays = i >= 2
            && joins(&self.word(i - 1))
            && self.gap_only(i - 1, &[])
            && self.gap_only(i, &[])
            && weekday_word(&self.word(i - 2)).is_some();
        if !weekdays || last + 1 >= end {
            return false;
        }
        let next = last + 1;
        if self
            .gap(next)
            .trim()
            .chars()
            .all(|c| matches!(c, '-' | '–' | '/'))
            && !self.gap(next).trim().is_empty()
        {
            return day_value(&self.word(next)).is_some();
        }
        joins(&self.word(next))
            && self.gap_only(next, &[])
            && next + 1 < end
            && self.gap_only(next + 1, &[])
            && day_value(&self.word(next + 1)).is_some()
    }

    fn date_at(&self, i: usize, end: usize) -> Option<Found> {
        let w = self.word(i);
        if let Some((y, m, d)) = iso_parts(&w)
            && (1..=12).contains(&m)
            && (1..=31).contains(&d)
        {
            return Some(Found {
                month: m,
                day: d,
                year: Some(y),
                form: DateForm::Iso,
                ordinal: false,
                first: i,
                last: i,
            });
        }
        let year_after = |k: usize| -> Option<u16> {
            (k < end && self.gap_only(k, &[','])).then(|| year_value(&self.word(k)))?
        };
        if let Some(month) = month_word(&w) {
            // "March 4", "Mar. 4th", "March 4, 2025"
            let day_at = i + 1;
            if day_at >= end || !self.gap_only(day_at, &['.']) {
                return None;
            }
            let (day, ordinal) = day_value(&self.word(day_at))?;
            if self.gap(day_at).contains('.') && self.word(i).len() > 4 {
                return None; // "in March. 4 people" — a full stop after a full month name
            }
            let year = year_after(day_at + 1);
            return Some(Found {
                month,
                day,
                year,
                form: DateForm::MonthDay,
                ordinal,
                first: i,
                last: day_at + usize::from(year.is_some()),
            });
        }
        let (day, ordinal) = day_value(&w)?;
        // "4 March 2025", "4th of March"
        let mut m_at = i + 1;
        if m_at < end && ordinal && self.word(m_at) == "of" && self.gap_only(m_at, &[]) {
            m_at += 1;
        }
        if m_at >= end || !self.gap_only(m_at, &[]) {
            return None;
        }
        let month = month_word(&self.word(m_at))?;
        let year = year_after(m_at + 1);
        Some(Found {
            month,
            day,
            year,
            form: DateForm::DayMonth,
            ordinal,
            first: i,
            last: m_at + usize::from(year.is_some()),
        })
    }

    fn push(&mut self, found: Found, weekday: Option<WeekdayRef>, first: usize) {
        let doc = self.doc;
        let date_span = doc.words[found.first]
            .span
            .cover(doc.words[found.last].span);
        let mut span = doc.words[first].span.cover(date_span);
        if let Some(w) = weekday {
            span = span.cover(w.span);
        }
        let date_like = found.year.is_some()
            || found.ordinal
            || weekday.is_some()
            || found.form == DateForm::Iso
            || self.date_context(first, found.last);
        let mention = DateMention {
            span,
            date_span,
            month: found.month,
            day: found.day,
            year: found.year,
            weekday,
            form: found.form,
            ordinal: found.ordinal,
            first_word: first as u32,
            last_word: found.last as u32,
            sentence: self.sentence(found.first),
            block: doc.words[found.first].block,
            date_like,
            clause: self.clause(first),
        };
        self.out.mentions.push(mention);
    }

    /// A date without a year is a date beyond doubt when a preposition leads it in or
    /// punctuation (or a joining word) follows it: not "In April 31 people died".
    fn date_context(&self, first: usize, last: usize) -> bool {
        let doc = self.doc;
        let block = doc.words[first].block;
        let lead = first > 0
            && doc.words[first - 1].block == block
            && DATE_LEADS.contains(&self.word(first - 1).to_lowercase().as_str());
        let next = last + 1;
        let follow = if next < doc.words.len() && doc.words[next].block == block {
            let gap = self.gap(next);
            gap.chars().any(|c| !c.is_whitespace())
                || DATE_FOLLOWERS.contains(&self.word(next).to_lowercase().as_str())
        } else {
            true
        };
        lead || follow
    }

    /// A weekday word not attached to a date.
    fn lone_weekday(&mut self, i: usize, end: usize, weekday: Weekday) {
        let doc = self.doc;
        let block = doc.words[i].block;
        let sentence = self.sentence(i);
        let start = doc.blocks[block as usize].words().start;
        let prev = (i > start).then(|| self.word(i - 1).to_lowercase());
        let next = (i + 1 < end).then(|| self.word(i + 1));
        let prev_is_name = i > start
            && self.sentence(i - 1) == sentence
            && self.gap_only(i, &[])
            && doc.words[i - 1].shape != crate::doc::Shape::Lower
            && self
                .doc
                .sentences
                .get(sentence as usize)
                .is_some_and(|s| s.words.start as usize != i - 1);
        // "Tuesday and Wednesday", "Monday to Friday", "Monday until 5 June": another day
        // follows. "voted on Tuesday to close the pool" is one day: "to" joins only a day.
        // (A number after "to" is a day only with its month: "Monday to 5 June", not "the
        // toll from an earthquake that struck on Sunday to 11".)
        let day_after = (i + 2 < end).then(|| self.word(i + 2)).is_some_and(|n| {
            n.chars().next().is_some_and(char::is_uppercase)
                || (n.chars().next().is_some_and(|c| c.is_ascii_digit())
                    && (i + 3 < end)
                        .then(|| self.word(i + 3))
                        .is_some_and(|m| crate::text::date::month_number(&m).is_some()))
        });
        let next_joins = next.as_deref().is_some_and(|n| {
            let lower = n.to_lowercase();
            matches!(lower.as_str(), "through" | "till" | "until")
                // ("cut rates on Tuesday and signalled more": "and" joins two verbs.)
                || (matches!(lower.as_str(), "and" | "or" | "to") && day_after)
                || (self.gap_only(i + 1, &[]) && n.chars().next().is_some_and(char::is_uppercase))
        });
        let qualified =
            prev.as_deref().is_some_and(|p| QUALIFIERS.contains(&p)) || prev_is_name || next_joins;
        self.out.weekdays.push(WeekdayMention {
            weekday,
            span: doc.words[i].span,
            word: i as u32,
            sentence,
            block,
            qualified,
            last: prev.as_deref() == Some("last") && !prev_is_name && !next_joins,
            clause: self.clause_around(i),
        });
    }

    /// Numeric dates: "04/03/2025" (three words joined by slashes), "04.03.2025" and
    /// "04-03-2025" (one word), ISO dates with a month out of range.
    fn numeric(&mut self, i: usize, end: usize, w: &str) -> Option<usize> {
        let doc = self.doc;
        let block = doc.words[i].block;
        if let Some((y, m, d)) = iso_parts(w) {
            if m > 12 && (1..=31).contains(&d) {
                self.out.numeric.push(NumericDate {
                    span: doc.words[i].span,
                    first: u16::from(m),
                    second: u16::from(d),
                    year: y,
                    iso: true,
                    sentence: self.sentence(i),
                    block,
                });
                return Some(i + 1);
            }
            return None;
        }
        if let Some((a, b, y)) = joined_numeric(w) {
            self.out.numeric.push(NumericDate {
                span: doc.words[i].span,
                first: a,
                second: b,
                year: y,
                iso: false,
                sentence: self.sentence(i),
                block,
            });
            return Some(i + 1);
        }
        // Three words joined by slashes, not part of a longer path or fraction.
        if i + 2 < end
            && self.gap(i + 1) == "/"
            && self.gap(i + 2) == "/"
            && (i == 0 || doc.words[i - 1].block != block || !self.gap(i).ends_with('/'))
            && (i + 3 >= doc.words.len()
                || doc.words[i + 3].block != block
                || !self.gap(i + 3).starts_with('/'))
        {
            let first = small_number(w)?;
            let second = small_number(&self.word(i + 1))?;
            let year = year_value(&self.word(i + 2))?;
            self.out.numeric.push(NumericDate {
                span: doc.words[i].span.cover(doc.words[i + 2].span),
                first,
                second,
                year,
                iso: false,
                sentence: self.sentence(i),
                block,
            });
            return Some(i + 3);
        }
        None
    }

    /// The clause of a lone weekday at word `i`: as [`Self::clause`], or, when no verb stands
    /// before it, the past-tense verb right after it ("The court on Tuesday overturned …").
    fn clause_around(&self, i: usize) -> Clause {
        let clause = self.clause(i);
        if clause.verb.is_some() || clause.tense == Tense::Future {
            return clause;
        }
        let doc = self.doc;
        let next = i + 1;
        let after = next < doc.words.len()
            && self.sentence(next) == self.sentence(i)
            && self.gap_only(next, &[])
            && i > 0
            && matches!(
                self.word(i - 1).to_lowercase().as_str(),
                "on" | "early" | "late"
            )
            && is_past_form(&self.word(next).to_lowercase());
        if !after {
            return clause;
        }
        Clause {
            verb: Some(next as u32),
            adjacent: true,
            tense: Tense::Past,
        }
    }

    /// The clause of a mention starting at word `first`: its governing past-tense verb and
    /// its tense.
    fn clause(&self, first: usize) -> Clause {
        let doc = self.doc;
        let sentence = self.sentence(first);
        let Some(s) = doc.sentences.get(sentence as usize) else {
            return Clause {
                verb: None,
                adjacent: false,
                tense: Tense::Unknown,
            };
        };
        let s_start = s.words.start as usize;
        let lower = |k: usize| self.word(k).to_lowercase();
        // The words before the mention in its sentence, at most CLAUSE_REACH of them: a
        // marker further back belongs to another clause, and a bound keeps a sentence of a
        // million dates linear.
        let from = s_start.max(first.saturating_sub(CLAUSE_REACH));
        let future = (from..first).any(|k| {
            let w = lower(k);
            // "May 16" in a dateline is a month, not a modal.
            if w == "may"
                && self.word(k).starts_with('M')
                && k + 1 < doc.words.len()
                && self.word(k + 1).starts_with(|c: char| c.is_ascii_digit())
            {
                return false;
            }
            // "near New Hope on 30 October", "Will Smith": a capitalised word inside the
            // sentence is a name.
            if k > s_start && self.word(k).starts_with(char::is_uppercase) {
                return false;
            }
            FUTURE_MARKERS.binary_search(&w.as_str()).is_ok()
                || w.ends_with("'ll")
                || w.ends_with("’ll")
                || (w == "to" && k + 1 < first && lower(k + 1) == "be")
        });
        // Back from the mention: past "on", then up to ten words (an object: "raised its
        // main interest rate by half a percentage point on March 20"), no punctuation between
        // but a currency sign ("signed a £2.26bn loan agreement on 29 February").
        let mut verb = None;
        let mut adjacent = false;
        let mut k = first;
        let mut steps = 0;
        while k > s_start && steps < 11 {
            if !self.gap_only(k, &['$', '£', '€', '¥']) {
                // "elected Robert Prevost, 69, on Wednesday": over an age between commas.
                let age_aside = k >= s_start + 3
                    && self.gap(k).trim() == ","
                    && self.gap(k - 1).trim() == ","
                    && (1..=3).contains(&self.word(k - 1).len())
                    && self.word(k - 1).bytes().all(|b| b.is_ascii_digit())
                    && self.word(k - 2).starts_with(|c: char| c.is_uppercase());
                // "met Putin at a base in Anchorage, Alaska, on 25 August": over the region
                // after a place.
                // (Only before "on": a caption's "in Hatay, Turkey, February 7, 2023" is no
                // clause.)
                let region_aside = k >= s_start + 3
                    && lower(k) == "on"
                    && self.gap(k).trim() == ","
                    && self.gap(k - 1).trim() == ","
                    && self.word(k - 1).starts_with(|c: char| c.is_uppercase())
                    && self.word(k - 2).starts_with(|c: char| c.is_uppercase())
                    && matches!(lower(k - 3).as_str(), "in" | "at" | "near");
                if !(age_aside || region_aside) {
                    break;
                }
                k -= 2;
                steps += 1;
                continue;
            }
            k -= 1;
            let w = lower(k);
            if steps == 0 && w == "on" {
                continue;
            }
            // "an earthquake that hit on Sunday": a verb whose past is its base form is past
            // right before "on" and a date unless a modal or "to" stands before it.
            let same_form = steps == 0
                && matches!(
                    w.as_str(),
                    "hit" | "cut" | "put" | "set" | "shut" | "quit" | "spread" | "burst" | "hurt"
                )
                && first >= 1
                && lower(first - 1) == "on"
                && k > s_start
                && !matches!(
                    lower(k - 1).as_str(),
                    "to" | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "do"
                        | "does"
                        | "did"
                );
            // ("stormed a hijacked Lufthansa Boeing … on Tuesday": a participle after an
            // article describes a noun; the verb is further back.)
            let described = k > s_start && matches!(lower(k - 1).as_str(), "a" | "an" | "the");
            if (is_past_form(&w) && !described) || same_form {
                verb = Some(k);
                adjacent = steps == 0;
                break;
            }
            steps += 1;
        }
        let tense = if future {
            Tense::Future
        } else if let Some(v) = verb {
            // "is signed", "to be held", "being held": not a past event.
            let aux = (v > s_start).then(|| lower(v - 1));
            // "was coming to Washington on Friday": the past of a plan, not a past event.
            let progressive = matches!(lower(v).as_str(), "was" | "were")
                && v + 1 < first
                && self.gap_only(v + 1, &[])
                && lower(v + 1).ends_with("ing");
            if progressive
                || aux.as_deref().is_some_and(|a| {
                    matches!(a, "is" | "are" | "am" | "be" | "being" | "to" | "'s" | "’s")
                })
            {
                Tense::Unknown
            } else {
                Tense::Past
            }
        } else {
            Tense::Unknown
        };
        Clause {
            verb: verb.map(|v| v as u32),
            adjacent,
            tense,
        }
    }
}

/// A past-tense form: an irregular past, or a word in "-ed" that is not a plan, a schedule
/// or an adjective.
pub fn is_past_form(w: &str) -> bool {
    // "re-elected", "co-founded": the verb is the last part.
    let w = match w.rsplit_once('-') {
        Some((prefix, last)) if !prefix.is_empty() && prefix.len() <= 3 => last,
        _ => w,
    };
    if IRREGULAR_PAST.binary_search(&w).is_ok() || w == "freed" {
        return true;
    }
    w.len() >= 5
        && w.ends_with("ed")
        && !w.ends_with("eed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && NOT_PAST.binary_search(&w).is_err()
}

/// A weekday's name (capitalised or in capitals) or abbreviation; `true` when abbreviated.
pub(super) fn weekday_word(w: &str) -> Option<(Weekday, bool)> {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let stem = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    Weekday::parse(stem)
}

/// A month's name (capitalised) or abbreviation.
pub(super) fn month_word(w: &str) -> Option<u8> {
    if !w.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    month_number(w)
}

/// A day of the month: one or two digits (1–31), or an ordinal ("5th", "31st").
pub(super) fn day_value(w: &str) -> Option<(u8, bool)> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let ordinal = !suffix.is_empty();
    if ordinal && !["st", "nd", "rd", "th"].contains(&suffix.to_ascii_lowercase().as_str()) {
        return None;
    }
    let n: u8 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some((n, ordinal))
}

/// A year written as four digits, 1000–2999.
pub(super) fn year_value(w: &str) -> Option<u16> {
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

pub(super) fn small_number(w: &str) -> Option<u16> {
    (!w.is_empty() && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse().ok())
        .flatten()
        .filter(|n| *n >= 1)
}

/// `YYYY-MM-DD` as numbers, whatever their range.
pub(super) fn iso_parts(w: &str) -> Option<(u16, u8, u8)> {
    let b = w.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = year_value(&w[..4])?;
    let digits = |s: &str| {
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse::<u8>().ok())
            .flatten()
    };
    Some((y, digits(&w[5..7])?, digits(&w[8..])?))
}

/// "04.03.2025" (two digits each, dots) or "4-3-2025" (hyphens) as one word.
pub(super) fn joined_numeric(w: &str) -> Option<(u16, u16, u16)> {
    if !w.starts_with(|c: char| c.is_ascii_digit()) || !w.contains(['.', '-']) {
        return None;
    }
    let sep = if w.contains('.') { '.' } else { '-' };
    let parts: Vec<&str> = w.split(sep).collect();
    let [a, b, y] = parts.as_slice() else {
        return None;
    };
    if sep == '.' && (a.len() != 2 || b.len() != 2) {
        return None;
    }
    Some((small_number(a)?, small_number(b)?, year_value(y)?))
}
