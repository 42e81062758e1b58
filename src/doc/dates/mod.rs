//! Dates and weekdays written in the prose, found once for the rules that read them
//! (`weekday-date`, `impossible-date`): dates with a month name in every common order and
//! abbreviation ("Tuesday, March 4, 2025", "Tue 4 March 2025", "on Wednesday (March 5)",
//! "the 5th of March"), ISO and numeric dates ("2025-03-04", "04/03/2025"), weekdays standing
//! alone ("on Wednesday"), and the years the text names. Each mention carries the clause it
//! sits in — the past-tense verb that governs it, if any, and whether the clause speaks of the
//! future — so that the rules compare facts without reading the words again.
//!
//! A date is kept as written: "February 30" is a mention with month 2 and day 30, so the rule
//! about impossible dates can see it.

use super::{BlockId, Document, Format, Gap, Shape};
use crate::span::Span;
use crate::text::date::{Date, Weekday};

/// Everything date-like in a document, in source order within each list.
#[derive(Clone, Debug, Default)]
pub struct Dates {
    /// Dates with a month name, or ISO dates with a valid month.
    pub mentions: Vec<DateMention>,
    /// Weekdays not attached to a date ("on Wednesday", "Wednesday's vote").
    pub weekdays: Vec<WeekdayMention>,
    /// Numeric dates whose order may be in doubt ("04/03/2025"), and ISO dates with a month
    /// out of range ("2025-13-01").
    pub numeric: Vec<NumericDate>,
    /// Every four-digit year (1000–2999) standing as a word.
    pub years: Vec<YearMention>,
}

/// A weekday written next to a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekdayRef {
    pub weekday: Weekday,
    pub span: Span,
    /// "Tue", "Wed.", "Thurs": the rule answers in the same style.
    pub abbreviated: bool,
}

/// How the date's month and day are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// "March 4", "Mar. 4th"
    MonthDay,
    /// "4 March", "4th of March"
    DayMonth,
    /// "2025-03-04"
    Iso,
}

/// A date with a month name (or an ISO date).
#[derive(Clone, Copy, Debug)]
pub struct DateMention {
    /// From the weekday, when one is attached, to the end of the date.
    pub span: Span,
    /// The month, day and year only.
    pub date_span: Span,
    pub month: u8,
    /// As written: may not exist in the month (30 for February).
    pub day: u8,
    pub year: Option<u16>,
    pub weekday: Option<WeekdayRef>,
    pub form: DateForm,
    /// The day was written as an ordinal ("5th").
    pub ordinal: bool,
    /// Indices in [`Document::words`] of the first and last word of the whole mention.
    pub first_word: u32,
    pub last_word: u32,
    pub sentence: u32,
    pub block: BlockId,
    /// The words around it make it a date beyond doubt: a year, an ordinal, a preposition
    /// such as "on", or punctuation after it — not "In April 31 people died".
    pub date_like: bool,
    pub clause: Clause,
}

/// A weekday standing alone.
#[derive(Clone, Copy, Debug)]
pub struct WeekdayMention {
    pub weekday: Weekday,
    pub span: Span,
    pub word: u32,
    pub sentence: u32,
    pub block: BlockId,
    /// Not a plain reference to one day of this week: "last Wednesday", "next Wednesday",
    /// "every Wednesday", "until Wednesday", "Tuesday and Wednesday", "Good Friday",
    /// "Sunday Times".
    pub qualified: bool,
    /// "last Wednesday": a past day, the latest such day before the article's date or (as
    /// some writers use it) the one a week before that.
    pub last: bool,
    pub clause: Clause,
}

/// A date written in digits: `first` and `second` are day and month in an order the text
/// may or may not make clear; for ISO dates `first` is the month and `second` the day.
#[derive(Clone, Copy, Debug)]
pub struct NumericDate {
    pub span: Span,
    pub first: u16,
    pub second: u16,
    pub year: u16,
    pub iso: bool,
    pub sentence: u32,
    pub block: BlockId,
}

/// A year named in the text.
#[derive(Clone, Copy, Debug)]
pub struct YearMention {
    pub year: u16,
    pub span: Span,
    pub sentence: u32,
    pub block: BlockId,
}

/// The time a clause speaks of, as far as its verbs show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// A past-tense verb governs the date, and nothing before it in the sentence speaks of
    /// the future or of a plan.
    Past,
    /// "will", "would", "expected", "scheduled", "plans" … before it in the sentence.
    Future,
    /// No past-tense verb found (present, headlines, noun phrases).
    Unknown,
}

/// The clause around a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    /// The past-tense verb before the mention in its sentence, at most ten words back (no
    /// punctuation between).
    pub verb: Option<u32>,
    /// The verb comes right before the mention, or before "on" and the mention
    /// ("signed on June 9", "killed Wednesday").
    pub adjacent: bool,
    pub tense: Tense,
}

/// How many words before a date are read for the future or a plan.
pub const CLAUSE_REACH: usize = 40;

/// Finds every date, weekday and year in the prose.
pub(crate) fn build(doc: &mut Document<'_>) {
    let dates = Finder::new(doc).run();
    doc.dates = dates;
}

/// The article's date: the front matter's, else the dateline's, else the one configured
/// (`--date`, the config's `date`); with the dateline's span when it came from the text.
pub fn article_date(doc: &Document<'_>, configured: Option<Date>) -> Option<(Date, Option<Span>)> {
    if let Some(d) = doc.meta.date {
        return Some((d, None));
    }
    if let Some((d, at)) = doc.meta.dateline {
        return Some((d, Some(at)));
    }
    configured.map(|d| (d, None))
}

/// The days a date without a year may be, read against the article's date: the month and
/// day in the article's year and the years either side, within `window` days of it, nearest
/// first. An impossible month and day gives none.
pub fn candidates(month: u8, day: u8, article: Date, window: i64) -> Vec<Date> {
    let mut out: Vec<Date> = [article.year.wrapping_sub(1), article.year, article.year + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, month, day))
        .filter(|d| (d.days() - article.days()).abs() <= window)
        .collect();
    out.sort_by_key(|d| (d.days() - article.days()).abs());
    out
}

impl Dates {
    /// True when the sentence at `sentence` of `block`, or the sentence before it, names a
    /// year not in `years`: a date without a year there may belong to that year ("In 1997,
    /// on Wednesday, March 5, …").
    pub fn other_year_near(&self, block: BlockId, sentence: u32, years: &[u16]) -> bool {
        // Years are in source order, so by sentence: find the sentence before, read on.
        let from = self
            .years
            .partition_point(|y| y.sentence.saturating_add(1) < sentence);
        self.years[from..]
            .iter()
            .take_while(|y| y.sentence <= sentence)
            .any(|y| {
                y.block == block
                    && (y.sentence == sentence || y.sentence.saturating_add(1) == sentence)
                    && !years.contains(&y.year)
            })
    }
}

mod finder;
#[cfg(test)]
mod tests;
mod vocab;

use finder::Finder;
pub use finder::is_past_form;

/// The verb of an infinitive after a noun of a thing done once ("decision", "race": see
/// `SETTLED_BY`), as a word index, when word `to` is its "to": "the decision to cut rates".
pub fn settled_infinitive(doc: &Document<'_>, to: usize) -> Option<usize> {
    let word = |i: usize| doc.word_str(i).to_lowercase();
    let next = doc.words.get(to + 1)?;
    (to > 0
        && word(to) == "to"
        && doc.words[to].gap == Gap::Space
        && next.gap == Gap::Space
        && next.shape == Shape::Lower
        && vocab::SETTLED_BY.contains(&word(to - 1).as_str()))
    .then_some(to + 1)
}
