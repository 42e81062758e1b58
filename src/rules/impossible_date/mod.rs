use crate::diagnostic::Finding;
use crate::doc::dates::{
    CLAUSE_REACH, DateForm, DateMention, NumericDate, Tense, article_date, is_past_form,
    settled_infinitive,
};
use crate::doc::{Document, Needs};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::date::{Date, days_in_month, is_leap, month_name};

declare_rule! {
    /// ## What it checks
    /// Dates that cannot be right:
    /// - dates that do not exist: "February 30", "April 31", "31 June", "the 31st of
    ///   September", "February 29, 2023" (not a leap year), "2025-02-30", "2025-13-01";
    /// - numeric dates impossible in the order the article writes them: "12/13/2024" in an
    ///   article that writes "25/12/2024" (day first) has a month 13; "31/04/2025" is April
    ///   31 in either order. The order is the one most numeric dates show, else the one the
    ///   dates with a month name show, else the one the first telling date shows ("dated
    ///   05/23/2025" then "13/05/2025": the later date is in doubt);
    /// - in a dated article, a date after the article's date told as past: "the treaty was
    ///   signed on June 9" in a story dated June 7. A date without a year counts only when
    ///   it falls within a month after the article's date (later ones are taken as last
    ///   year's).
    ///
    /// ## Why it matters
    /// An impossible date is a fact the reader can check without leaving the page; a date
    /// that has not happened yet, told as history, means the date, the tense or the
    /// article's own date is wrong — all three are printed corrections.
    ///
    /// ## Example
    /// ```text
    /// The ceasefire took effect on April 31.
    /// ```
    ///
    /// ## Not flagged
    /// - a date that does not exist in a year before 1800, next to a year before 1800, in a
    ///   sentence about calendars ("Sweden added a February 30 to its calendar"), or quoted
    ///   (a title, someone's words);
    /// - a month name before a count: "In April 31 people died" (the day must read as a date:
    ///   a year, an ordinal, "on", "by", "since", punctuation after it …);
    /// - February 29 without a year (a leap-day birthday, a rule about leap years), unless a
    ///   past event is told on it in a story dated in a year without one ("said on 29
    ///   February" in a 2025 story);
    /// - numeric dates whose order the article does not make clear, when either order gives a
    ///   real date ("04/03/2025"); ratios, fractions, versions ("3/4", "1.13.2");
    /// - dates after the article's date in the future, in plans or conditions ("will be
    ///   signed on June 9", "is scheduled for", "was due to", "if it is signed on"), after
    ///   "is"/"to be", or when the past-tense verb is not right before the date ("since June
    ///   9");
    /// - a date up to the page's last revision: front matter `lastmod`, `updated`,
    ///   `modified` or `expirydate` later than `date` says the page was kept up to date;
    /// - a date without a year when its sentence or the one before names another year, or
    ///   when it is more than a month after the article's date;
    /// - the article's own dateline, and articles without a date (no front matter, dateline,
    ///   `--date` or config `date`).
    ///
    /// ## Options
    /// None. The article date is set by `--date` or the config's `date` when the article
    /// carries none.
    ///
    /// ## Fix safety
    /// No fix: only the writer knows the right date.
    pub(crate) struct ImpossibleDate {
        id: "impossible-date",
        severity: Error,
        summary: "a date that does not exist, or a date after the article's own told as past",
        fix: None,
        options: [],
    }
}

/// How many days after the article's date a date without a year may fall and still be read
/// as this year's.
const YEARLESS_AFTER: i64 = 31;

impl Rule for ImpossibleDate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::DATES.with(Needs::DATELINE)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        // A day the text sets in history once ("in 1712 it returned to the old calendar by
        // adding a February 30", "February 29 was followed by February 30, 1712") is that day
        // wherever it is named without a year (a title: "the year Sweden had a February 30").
        let past: Vec<(u8, u8)> = doc
            .dates
            .mentions
            .iter()
            .filter(|m| historical(doc, m))
            .map(|m| (m.month, m.day))
            .collect();
        for m in &doc.dates.mentions {
            if !historical(doc, m) && (m.year.is_some() || !past.contains(&(m.month, m.day))) {
                nonexistent(m, cx);
            }
        }
        numeric(doc, cx);
        if let Some((article, at)) = article_date(doc, cx.date()) {
            for m in &doc.dates.mentions {
                after_article(doc, m, article, at, cx);
                leap_day_told_as_past(doc, m, article, cx);
            }
        }
    }
}

/// "February 30", "April 31", "February 29, 2023".
fn nonexistent(m: &DateMention, cx: &mut Context<'_>) {
    if !m.date_like {
        return;
    }
    let month = month_name(m.month);
    let message = match m.year {
        Some(y) if m.day > days_in_month(y, m.month) => {
            if m.month == 2 && m.day == 29 {
                format!("{y} is not a leap year: February 29, {y} does not exist")
            } else {
                format!(
                    "{month} has {} days: {month} {} does not exist",
                    days_in_month(y, m.month),
                    m.day
                )
            }
        }
        // Without a year only what no year has: February 29 may be a leap day.
        None if m.day > days_in_month(2000, m.month) => format!(
            "{month} has {}: {month} {} does not exist",
            month_length(m.month),
            m.day
        ),
        _ => return,
    };
    let help = if m.form == DateForm::Iso {
        "check the date: ISO dates are year-month-day"
    } else {
        "check the date"
    };
    cx.report(Finding::new(m.date_span, message).help(help));
}

/// "The regulator said on 29 February …" in a story dated in a year that has no February
/// 29: a past event told on a day the year never had (the last leap day is ten months back
/// or more, further than a date without a year reaches). Not a birth ("born on February
/// 29"), a sentence about leap years, or one that names another year.
fn leap_day_told_as_past(doc: &Document<'_>, m: &DateMention, article: Date, cx: &mut Context<'_>) {
    if m.year.is_some()
        || (m.month, m.day) != (2, 29)
        || !m.date_like
        || is_leap(article.year)
        || doc
            .dates
            .other_year_near(m.block, m.sentence, &[article.year])
    {
        return;
    }
    // ("signed a £2.26bn loan agreement on 29 February": the verb's object between; the
    // clause reader finds the verb only over words with no punctuation between.)
    // (Not a participle after a determiner, "the estimated five million people … born on
    // 29 February", nor over a "born" between.)
    let told = m.clause.verb.is_some_and(|v| {
        let (v, first) = (v as usize, m.first_word as usize);
        m.clause.adjacent
            || (v > 0
                && !matches!(doc.word_lower(v - 1), "the" | "a" | "an")
                && !(v..first).any(|k| doc.word_lower(k) == "born"))
    });
    let verb = if m.clause.tense == Tense::Past && told {
        m.clause
            .verb
            .map(|v| doc.word_lower(v as usize).to_string())
            .unwrap_or_default()
    } else {
        // "The meeting in Washington on Feb. 29 ended with …": the event the date follows,
        // told in the past by the verb after it; "his first visit since a shouting match …
        // in the Oval Office on Feb. 29": an event after "since" is past.
        event_then_past_verb(doc, m)
            .or_else(|| since_event(doc, m))
            .or_else(|| when_then_past_verb(doc, m))
            .unwrap_or_default()
    };
    let leap = doc.sentences.get(m.sentence as usize).is_some_and(|t| {
        (t.words.start..t.words.end).any(|i| doc.word_lower(i as usize).starts_with("leap"))
    });
    if verb.is_empty() || verb == "born" || leap {
        return;
    }
    cx.report(
        Finding::new(
            m.date_span,
            format!(
                "{} is not a leap year: February 29 did not happen in the article's year",
                article.year
            ),
        )
        .help("check the date"),
    );
}

/// The past verb after "<noun> on <date>" ("the meeting on Feb. 29 ended"), lower case.
fn event_then_past_verb(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    let on = (m.first_word as usize).checked_sub(1)?;
    let noun = on.checked_sub(1)?;
    let next = m.last_word as usize + 1;
    if doc.words.get(next)?.gap != crate::doc::Gap::Space {
        return None;
    }
    let verb = doc.word_lower(next);
    (doc.word_lower(on) == "on"
        && doc.words[noun].shape != crate::doc::Shape::Number
        && crate::doc::dates::is_past_form(verb))
    .then(|| verb.to_string())
}

/// The past verb of a "when" clause right after the date ("a meeting at the White House on
/// Feb. 29, when President Trump berated …"), within twelve words of "when"; or of a
/// "which" clause whose subject is the event ("… in the Oval Office on Feb. 29, which ended
/// with …"): the verb right after "which" ("contracts ending on 29 February, which the old
/// law ignored" tells nothing of an event on the day).
fn when_then_past_verb(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    let when = m.last_word as usize + 1;
    let sentence = doc.sentences.get(m.sentence as usize)?;
    if when >= sentence.words.end as usize
        || !matches!(doc.word_lower(when), "when" | "which")
        || !doc.text()[doc.words[when - 1].span.end()..doc.words[when].span.start()].contains(',')
    {
        return None;
    }
    let reach = if doc.word_lower(when) == "which" {
        2
    } else {
        13
    };
    (when + 1..(when + reach).min(sentence.words.end as usize))
        .map(|k| doc.word_lower(k))
        .find(|w| crate::doc::dates::is_past_form(w) && *w != "born")
        .map(str::to_string)
}

/// "since" opening the noun phrase of an event that a date ends ("since a televised
/// shouting match with … in the Oval Office on Feb. 29"), within [`SINCE_REACH`] words and
/// with no punctuation but commas between, in a clause that tells no plan: the event is
/// past.
fn since_event(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    if m.clause.tense == Tense::Future {
        return None;
    }
    let first = m.first_word as usize;
    let start = doc.sentences.get(m.sentence as usize)?.words.start as usize;
    let mut k = first;
    while k > start && first - k < SINCE_REACH {
        let gap = doc.text()[doc.words[k - 1].span.end()..doc.words[k].span.start()].trim();
        if !gap.is_empty() && gap != "," {
            return None;
        }
        k -= 1;
        if doc.word_lower(k) == "since"
            && doc
                .words
                .get(k + 1)
                .is_some_and(|n| n.shape == crate::doc::Shape::Lower)
        {
            return Some("since".to_string());
        }
    }
    None
}

/// How far back [`since_event`] looks for "since", in words.
const SINCE_REACH: usize = 20;

/// Words that put a date in another calendar or in the history of calendars: Sweden's
/// February 30 of 1712, the Soviet calendar's 30-day months.
const CALENDAR_WORDS: &[&str] = &[
    "calendar",
    "calendars",
    "gregorian",
    "julian",
    "revolutionary",
    "soviet",
];

/// The first year of a calendar the rule takes for granted: before it, countries changed
/// from the Julian calendar at different times, and odd days existed.
const MODERN_CALENDAR: u16 = 1800;

/// True when a date that does not exist may be a fact of history or a quotation rather than
/// a slip: its year, or a year in its sentence or the sentence before, is before 1800; its
/// sentence names a calendar ("the date was added to its calendar"); or it is quoted (a
/// title, someone's words).
fn historical(doc: &Document<'_>, m: &DateMention) -> bool {
    if m.year.is_some_and(|y| y < MODERN_CALENDAR) {
        return true;
    }
    let old_year = doc.dates.years.iter().any(|y| {
        y.block == m.block
            && (y.sentence == m.sentence || y.sentence.saturating_add(1) == m.sentence)
            && y.year < MODERN_CALENDAR
    });
    if old_year || doc.in_quotation(m.date_span) {
        return true;
    }
    let Some(s) = doc.sentences.get(m.sentence as usize) else {
        return false;
    };
    let end = s.words.end.min(s.words.start + 80);
    (s.words.start..end)
        .any(|i| CALENDAR_WORDS.contains(&doc.word_str(i as usize).to_lowercase().as_str()))
}

/// How many days a month has, in words for the message: "30", "29 at most".
fn month_length(m: u8) -> String {
    if m == 2 {
        "29 days at most".to_string()
    } else {
        format!("{} days", days_in_month(2001, m))
    }
}

/// Which order the article's numeric dates are in, with a date that shows it.
#[derive(Clone, Copy)]
enum Order {
    DayFirst(Span),
    MonthFirst(Span),
    Unknown,
}

fn valid(year: u16, month: u16, day: u16) -> bool {
    u8::try_from(month)
        .ok()
        .zip(u8::try_from(day).ok())
        .and_then(|(m, d)| Date::new(year, m, d))
        .is_some()
}

/// Numeric dates that are no date in the article's order, or in any order.
fn numeric(doc: &Document<'_>, cx: &mut Context<'_>) {
    let dates = &doc.dates.numeric;
    if dates.is_empty() {
        return;
    }
    // What each date shows of the order: day first ("25/12/2024"), month first
    // ("12/25/2024") or nothing ("04/03/2025"). A date's own reading is no evidence for it.
    let shows: Vec<Option<bool>> = dates
        .iter()
        .map(|n| {
            if n.iso {
                None
            } else if n.first > 12 && n.second <= 12 && valid(n.year, n.second, n.first) {
                Some(true)
            } else if n.second > 12 && n.first <= 12 && valid(n.year, n.first, n.second) {
                Some(false)
            } else {
                None
            }
        })
        .collect();
    // The order most dates show, counting every date; none when it is even. A date that
    // shows the other order is then the one in doubt; with one date each way neither is.
    let day_first = shows.iter().filter(|s| **s == Some(true)).count();
    let month_first = shows.iter().filter(|s| **s == Some(false)).count();
    let evidence = |day: bool| {
        shows
            .iter()
            .position(|s| *s == Some(day))
            .map(|j| dates[j].span)
    };
    let order = match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => evidence(true).map_or(Order::Unknown, Order::DayFirst),
        std::cmp::Ordering::Less => evidence(false).map_or(Order::Unknown, Order::MonthFirst),
        std::cmp::Ordering::Equal => match prose_order(doc) {
            Order::Unknown => first_shown(dates, &shows),
            order => order,
        },
    };
    for n in dates {
        // "13 March 2025 is written 13/03/2025; in the US the same date is 03/13/2025": one
        // day written both ways explains the orders, it slips in neither.
        let mirrored = dates.iter().any(|m| {
            m.first == n.second && m.second == n.first && m.year == n.year && m.first != m.second
        });
        if mirrored {
            continue;
        }
        if let Some(d) = numeric_finding(doc, n, order) {
            cx.report(d);
        }
    }
}

/// On a tie, the order the first telling date shows: a writer sets the order with the
/// first date ("dated 05/23/2025") and slips later ("13/05/2025"), so a later date against it
/// is the one in doubt. Unknown when the first telling date is the only one.
fn first_shown(dates: &[NumericDate], shows: &[Option<bool>]) -> Order {
    let Some(j) = shows.iter().position(Option::is_some) else {
        return Order::Unknown;
    };
    match shows[j] {
        Some(true) => Order::DayFirst(dates[j].span),
        Some(false) => Order::MonthFirst(dates[j].span),
        None => Order::Unknown,
    }
}

/// The order of the dates written with a month name, when they all agree: "June 7, 2012"
/// is month first, "7 June 2012" day first. Decides for numeric dates that do not settle it
/// among themselves.
fn prose_order(doc: &Document<'_>) -> Order {
    let mut forms = doc
        .dates
        .mentions
        .iter()
        .filter(|m| m.form != DateForm::Iso && !m.ordinal);
    let Some(first) = forms.next() else {
        return Order::Unknown;
    };
    if forms.any(|m| m.form != first.form) {
        return Order::Unknown;
    }
    match first.form {
        DateForm::MonthDay => Order::MonthFirst(first.date_span),
        DateForm::DayMonth => Order::DayFirst(first.date_span),
        DateForm::Iso => Order::Unknown,
    }
}

fn numeric_finding(doc: &Document<'_>, n: &NumericDate, order: Order) -> Option<Finding> {
    let text = doc.slice(n.span);
    if n.iso {
        return Some(
            Finding::new(
                n.span,
                format!("month {} does not exist in `{text}`", n.first),
            )
            .help("check the date: ISO dates are year-month-day"),
        );
    }
    let (day, month) = match order {
        Order::DayFirst(_) => (n.first, n.second),
        Order::MonthFirst(_) => (n.second, n.first),
        Order::Unknown => {
            if valid(n.year, n.second, n.first) || valid(n.year, n.first, n.second) {
                return None;
            }
            return Some(
                Finding::new(
                    n.span,
                    format!("`{text}` is no date, day first or month first"),
                )
                .help("check the date"),
            );
        }
    };
    if valid(n.year, month, day) {
        return None;
    }
    let (how, evidence) = match order {
        Order::DayFirst(s) => ("day first", s),
        Order::MonthFirst(s) => ("month first", s),
        Order::Unknown => return None,
    };
    let what = match u8::try_from(month).ok().filter(|m| (1..=12).contains(m)) {
        None => format!("month {month} does not exist"),
        Some(m) => format!("{} has {} days", month_name(m), days_in_month(n.year, m)),
    };
    let leap = month == 2 && day == 29 && !is_leap(n.year);
    let what = if leap {
        format!("{} is not a leap year", n.year)
    } else {
        what
    };
    Some(
        Finding::new(
            n.span,
            format!("`{text}` is no date: {what}, and this article writes dates {how}"),
        )
        .label(evidence, format!("written {how} here"))
        .help("check the date"),
    )
}

/// A date after the article's own, in a sentence that tells it as past.
fn after_article(
    doc: &Document<'_>,
    m: &DateMention,
    article: Date,
    at: Option<Span>,
    cx: &mut Context<'_>,
) {
    if !m.date_like || m.clause.tense != Tense::Past || !governs(doc, m) {
        return;
    }
    if at.is_some_and(|at| at.start < m.span.end && m.span.start < at.end) {
        return; // the dateline itself
    }
    if is_update_note(doc, m) {
        return;
    }
    let date = if let Some(y) = m.year {
        match Date::new(y, m.month, m.day) {
            Some(d) => d,
            None => return,
        }
    } else {
        let Some(d) = Date::new(article.year, m.month, m.day) else {
            return;
        };
        let after = d.days() - article.days();
        if after > YEARLESS_AFTER
            || doc
                .dates
                .other_year_near(m.block, m.sentence, &[article.year])
        {
            return;
        }
        d
    };
    // A page revised or kept live later than its date may tell events up to then as past.
    if date <= article || doc.meta.revised.is_some_and(|r| date <= r) {
        return;
    }
    let verb = m
        .clause
        .verb
        .map(|v| doc.word_str(v as usize).into_owned())
        .unwrap_or_default();
    let written = if m.year.is_some() {
        date.written()
    } else {
        format!("{} {}", month_name(date.month), date.day)
    };
    let mut d = Finding::new(
        m.date_span,
        format!(
            "{written} is after the article's date, {}, but `{verb}` tells it as past",
            article.written()
        ),
    )
    .help("check the date, the tense or the article's date");
    if let Some(at) = at {
        d = d.label(at, "the article is dated here");
    }
    cx.report(d);
}

/// Verbs that announce or ask for something that may come later: "announced elections on
/// June 9" may date the elections, not the announcement.
const ANNOUNCING: &[&str] = &[
    "announced",
    "asked",
    "called",
    "demanded",
    "invited",
    "ordered",
    "planned",
    "pledged",
    "promised",
    "proposed",
    "requested",
    "scheduled",
    "sought",
    "suggested",
    "threatened",
    "urged",
    "vowed",
];

/// Words between a verb and "on <date>" that move the date off the verb: "signed a pledge
/// to meet on June 9", "a vote that takes place on June 9".
const DETACHING: &[&str] = &[
    "ahead", "before", "for", "next", "that", "to", "until", "when", "which", "who", "will",
    "would",
];

/// Nouns of events a date after them may belong to rather than to the verb before them.
const EVENT_NOUNS: &[&str] = &[
    "ballot",
    "conference",
    "debate",
    "election",
    "elections",
    "hearing",
    "meeting",
    "poll",
    "referendum",
    "runoff",
    "session",
    "summit",
    "talks",
    "trial",
    "vote",
];

/// The most words an object between a past-tense verb and "on <date>" may have.
const LONG_OBJECT: usize = 10;

/// Words that may join a second clause or event between a verb and its date.
const JOINING: &[&str] = &[
    "after", "and", "as", "because", "but", "during", "or", "since", "while", "with",
];

/// True when the past-tense verb dates the event on the date: right before it ("signed on
/// June 9", "killed June 9"), or with an object between, then "on" ("signed the treaty on
/// June 9"; an object of more than three words holds no other verb and no "and", "while" …).
fn governs(doc: &Document<'_>, m: &DateMention) -> bool {
    if m.clause.adjacent {
        return true;
    }
    let Some(verb) = m.clause.verb else {
        return false;
    };
    let (verb, first) = (verb as usize, m.first_word as usize);
    if first < verb + 3 || first - verb > LONG_OBJECT + 2 {
        return false;
    }
    let lower = |i: usize| doc.word_str(i).to_lowercase();
    // A longer object ("raised its main interest rate by half a percentage point on March
    // 20") holds no other verb and no joining word that may start a clause of its own.
    // ("was sworn in as prime minister on March 14": "as" before a noun phrase, with no
    // verb after it, joins no clause.)
    let long = first - verb > 5
        && (verb + 1..first - 1).any(|i| {
            let w = lower(i);
            is_past_form(&w)
                || (JOINING.contains(&w.as_str())
                    && (w != "as" || (i + 1..first - 1).any(|j| is_past_form(&lower(j)))))
        });
    if long {
        return false;
    }
    // "an event hosted by DigitalGov on Tuesday, April 3": a participle describing a noun,
    // with its agent, tells nothing of when; "was hosted by … on" does.
    let agent_without_auxiliary = lower(verb + 1) == "by"
        && (verb == 0
            || !matches!(
                lower(verb - 1).as_str(),
                "was" | "were" | "been" | "had" | "has" | "have"
            ));
    // "which forced a snap election on Oct. 29": the date is the election's, which may be
    // ahead, not the forcing's (unless the verb tells the event itself: "held a vote on",
    // "concluded the talks on").
    let event_object = EVENT_NOUNS.contains(&lower(first - 2).as_str())
        && !matches!(
            lower(verb).as_str(),
            "held"
                | "won"
                | "lost"
                | "attended"
                | "hosted"
                | "began"
                | "started"
                | "opened"
                | "concluded"
                | "ended"
                | "finished"
                | "closed"
                | "completed"
                | "resumed"
                | "adjourned"
                | "suspended"
        );
    // ("broke out on the morning of Jan. 17": the part of the day, then the date.)
    let on = lower(first - 1) == "on"
        || (first >= verb + 5
            && lower(first - 1) == "of"
            && matches!(
                lower(first - 2).as_str(),
                "morning" | "afternoon" | "evening" | "night"
            )
            && lower(first - 3) == "the"
            && lower(first - 4) == "on");
    on && !event_object
        && !agent_without_auxiliary
        && !ANNOUNCING.contains(&lower(verb).as_str())
        // ("wrote to NATO's Mark Rutte on June 24", "wrote to the WHO chief on May 16": "to"
        // before a name or a determiner is no infinitive.)
        && (verb + 1..first - 1).all(|i| {
            // ("WHO", "Will": a name, not the word.)
            !DETACHING.contains(&lower(i).as_str())
                || doc.words[i].shape != crate::doc::Shape::Lower
                // ("won the race to lead the party on March 19": a thing done once.)
                || (i > verb + 1 && settled_infinitive(doc, i).is_some())
                || (lower(i) == "to"
                    && (doc.words[i + 1].shape != crate::doc::Shape::Lower
                        || matches!(
                            lower(i + 1).as_str(),
                            "the" | "a" | "an" | "his" | "her" | "its" | "their"
                        )))
        })
}

/// Words that mark an editor's note added after publication ("This post was last updated
/// on …", "Correction: …"), whose dates rightly come after the article's.
const UPDATE_WORDS: &[&str] = &[
    "amended",
    "clarification",
    "correction",
    "corrected",
    "editor",
    "editors",
    "revised",
    "update",
    "updated",
];

/// True when the mention sits in an update or correction note: the words before it in its
/// sentence, or the first words of its block ("Editor's note:", "Update:"), say so.
fn is_update_note(doc: &Document<'_>, m: &DateMention) -> bool {
    let first = m.first_word as usize;
    let block = doc.blocks[m.block as usize].words();
    let sentence_start = doc
        .sentences
        .get(m.sentence as usize)
        .map_or(first, |s| s.words.start as usize);
    let before = sentence_start.max(first.saturating_sub(CLAUSE_REACH))..first;
    let head = block.start..block.end.min(block.start + 8);
    before.chain(head).any(|i| {
        let t = doc.word_str(i).to_lowercase();
        let t = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .or_else(|| t.strip_suffix('\''))
            .or_else(|| t.strip_suffix('’'))
            .unwrap_or(&t);
        UPDATE_WORDS.contains(&t)
    })
}

#[cfg(test)]
mod tests;
