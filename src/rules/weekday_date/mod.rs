use crate::diagnostic::Finding;
use crate::doc::dates::{DateMention, Tense, WeekdayMention, WeekdayRef, article_date, candidates};
use crate::doc::{BlockKind, Document, Needs};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::date::{Date, Weekday, month_name};

use events::{
    DETERMINERS, another_event, attributive, date_subject, event, kind, object_noun,
    particle_after, possessive_event, relative_subject, same_event, share_a_word, stem,
    subject_noun, verb_event,
};

declare_rule! {
    /// ## What it checks
    /// A weekday that does not fall on the date it stands with:
    /// - a weekday next to a date, in every common order and abbreviation: "Tuesday, March 4,
    ///   2025", "Tue 4 March 2025", "Wed., Mar. 5", "on Wednesday (March 5)", "March 5
    ///   (Wednesday)", "Wednesday the 5th of March". A date without a year is read in the year
    ///   of the article's date (or the year either side, whichever is nearer);
    /// - in a dated article, a weekday used for a past event ("killed 78 people on
    ///   Wednesday" in a story dated Thursday, June 7, 2012, which means June 6) when the
    ///   article gives another date for the same event ("the 78 people killed on June 5"):
    ///   the same past-tense verb governs both, or the date names an event of the same kind
    ///   ("approved the bill on Wednesday" / "the June 5 vote", "ruled on Tuesday" / "the
    ///   Jan. 14 ruling", "announced on Monday" / "its Nov. 12 statement"), or the verb's
    ///   object names it ("issued its ruling on Monday" / "the June 3 ruling"), and the two
    ///   sentences share a word beyond it ("the council" / "the council's"), or the date
    ///   follows a definite noun of the verb's stem in the next sentence ("voted on
    ///   Tuesday" / "in the vote on June 11"). "Last
    ///   Tuesday" is the latest Tuesday before the article's date, or the one a week
    ///   before that; only a date that is neither is reported.
    ///
    /// The message names the weekday the date falls on.
    ///
    /// ## Why it matters
    /// A weekday that contradicts its date is one of the corrections papers print most often,
    /// and the reader cannot tell which half is wrong: the event may be on the wrong day in
    /// the calendar of every reader who trusts it.
    ///
    /// ## Example
    /// ```text
    /// The accord was signed on Wednesday, March 4, 2025.    (March 4, 2025 was a Tuesday)
    /// ```
    ///
    /// ## Not flagged
    /// - dates before 1583 (the Gregorian calendar), and dates that do not exist (those are
    ///   `impossible-date`'s);
    /// - a date without a year when the article has no date, when no year near the article's
    ///   date fits, or when its sentence or the one before names another year ("In 1997, on
    ///   Thursday, March 5, …");
    /// - a date without a year that matches its weekday in the year before or after;
    /// - weekdays with a qualifier or in a name: "next Monday", "every Friday", "until
    ///   Tuesday", "Tuesday and Wednesday", "Monday to Friday", "Good Friday", "Sunday
    ///   Times";
    /// - a weekday and a date of different events: different verbs, reporting verbs ("said
    ///   on Wednesday" / "said on June 5"; a reporting verb matches only a date that names a
    ///   statement), events of other kinds ("approved on Wednesday" / "the June 5
    ///   meeting"), nothing else in common, a date more than a week
    ///   from the weekday, or a date after the article's date;
    /// - weekdays in sentences about the future or a plan ("will meet on Friday").
    ///
    /// ## Options
    /// None. The article date is set by `--date` or the config's `date` when the article
    /// carries none (front matter `date:`, a dateline).
    ///
    /// ## Fix safety
    /// Not safe: the fix puts the date's weekday in place of the written one, but the date
    /// may be the wrong half.
    pub(crate) struct WeekdayDate {
        id: "weekday-date",
        severity: Error,
        summary: "a weekday that does not fall on the date it is given with",
        fix: Unsafe,
        options: [],
    }
}

/// At most this many weekdays and dates are compared in one document.
const MAX_COMPARED: usize = 500;

/// How far, in days, a date without a year may be from the article's date.
const NEAR_ARTICLE: i64 = 200;

/// Verbs that report speech: "said on Wednesday" and "said on June 5" are two statements,
/// not one event dated twice.
const REPORTING: &[&str] = &[
    "added",
    "announced",
    "argued",
    "claimed",
    "commented",
    "confirmed",
    "declared",
    "explained",
    "insisted",
    "noted",
    "posted",
    "reported",
    "said",
    "stated",
    "told",
    "tweeted",
    "warned",
    "wrote",
];

/// Words two sentences may share without speaking of the same thing.
const STOPWORDS: &[&str] = &[
    "about", "after", "against", "also", "and", "are", "been", "before", "but", "day", "for",
    "from", "had", "has", "have", "her", "his", "its", "least", "more", "not", "one", "said",
    "than", "that", "the", "their", "them", "then", "there", "they", "this", "those", "two", "was",
    "were", "when", "where", "which", "who", "with",
];

impl Rule for WeekdayDate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::DATES.with(Needs::DATELINE)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let article = article_date(doc, cx.date());
        for m in &doc.dates.mentions {
            if let Some(wd) = m.weekday {
                attached(doc, m, wd, article.map(|a| a.0), cx);
            }
        }
        if let Some((date, at)) = article {
            // Dates of the fortnight up to the article's date: the only ones a weekday of its
            // week can be confused with. Both lists are bounded, so that a file of a million
            // dates is not compared pair by pair.
            let recent: Vec<(&DateMention, Date)> = doc
                .dates
                .mentions
                .iter()
                .filter(|m| m.weekday.is_none() && (m.date_like || attributive(doc, m).is_some()))
                .filter_map(|m| Some((m, resolve(m, date)?)))
                .filter(|(_, d)| *d <= date && date.days() - d.days() <= 13)
                .take(MAX_COMPARED)
                .collect();
            if recent.is_empty() {
                return;
            }
            for w in doc.dates.weekdays.iter().take(MAX_COMPARED) {
                relative(doc, w, date, at, &recent, cx);
            }
        }
    }
}

/// A weekday written with its date.
fn attached(
    doc: &Document<'_>,
    m: &DateMention,
    wd: WeekdayRef,
    article: Option<Date>,
    cx: &mut Context<'_>,
) {
    let (date, inferred) = if let Some(y) = m.year {
        if y < 1583 {
            return;
        }
        let Some(d) = Date::new(y, m.month, m.day) else {
            return;
        };
        (d, false)
    } else if let Some(article) = article
        && let Some(back) = years_back(doc, m)
    {
        // "A year ago, late on Tuesday, 3 December": a year before the article's.
        let Some(d) = Date::new(article.year.saturating_sub(back), m.month, m.day) else {
            return;
        };
        (d, false)
    } else if !doc.dates.other_year_near(m.block, m.sentence, &[])
        && let Some(d) = doc
            .dates
            .mentions
            .iter()
            .take_while(|o| o.span.end() <= m.span.start())
            .filter(|o| (o.month, o.day) == (m.month, m.day))
            .filter_map(|o| Date::new(o.year?, o.month, o.day))
            .last()
    {
        // "on Tuesday 11 September 2001" and later "on that Tuesday, 11 September": the
        // day last given before with its year, repeated without it.
        (d, false)
    } else {
        let Some(article) = article else { return };
        let cands = candidates(m.month, m.day, article, NEAR_ARTICLE);
        let years: Vec<u16> = cands.iter().map(|d| d.year).collect();
        // ("On Monday, 9 October 1989, … a month later, on Thursday, 9 November": the
        // weekday fits the year of a full date in its sentence or the one before.)
        // (Mentions are in source order: only those of the two sentences are read.)
        let mentions = &doc.dates.mentions;
        let from = mentions.partition_point(|o| o.sentence + 1 < m.sentence);
        let fits_near = mentions[from..]
            .iter()
            .take_while(|o| o.sentence <= m.sentence)
            .filter(|o| o.block == m.block)
            .filter_map(|o| Date::new(o.year?, m.month, m.day))
            .any(|d| d.weekday() == wd.weekday);
        if cands.is_empty()
            || fits_near
            || doc.dates.other_year_near(m.block, m.sentence, &years)
            || cands.iter().any(|d| d.weekday() == wd.weekday)
        {
            return;
        }
        (cands[0], true)
    };
    let right = date.weekday();
    if right == wd.weekday {
        return;
    }
    let message = if inferred {
        format!(
            "{} {} is a {} in {}, the year of the article's date, not a {}",
            month_name(date.month),
            date.day,
            right.name(),
            date.year,
            wd.weekday.name()
        )
    } else {
        format!(
            "{} is a {}, not a {}",
            date.written(),
            right.name(),
            wd.weekday.name()
        )
    };
    let written = doc.slice(wd.span);
    let replacement = in_style(right, written, wd.abbreviated);
    cx.report(
        Finding::new(m.span, message)
            .suggest(replacement.clone())
            .fix(false, wd.span, replacement),
    );
}

/// How many years before the article's date its sentence places the yearless date `m`: "a
/// year ago", "one year ago", "two years ago", and "last year" after the date or opening the
/// sentence ("its sixth cut since June last year" dates June, not the rest). Not a
/// comparison ("up 5% from a year ago"), which dates the figure compared with.
fn years_back(doc: &Document<'_>, m: &DateMention) -> Option<u16> {
    let words = doc.sentences[m.sentence as usize].words.clone();
    let words = words.start as usize..words.end as usize;
    let after_date = doc.words.partition_point(|w| w.span.start() < m.span.end());
    let at = |i: usize| {
        if words.contains(&i) {
            doc.word_lower(i)
        } else {
            ""
        }
    };
    let compared = |i: usize| {
        i > words.start
            && matches!(
                at(i - 1),
                "from" | "than" | "with" | "over" | "since" | "versus" | "vs" | "on"
            )
    };
    for i in words.clone() {
        let back = match (at(i), at(i + 1), at(i + 2)) {
            ("last", "year", _) if i == words.start || i == after_date => 1,
            ("a" | "one", "year", "ago") => 1,
            (n, "years", "ago") => match crate::text::unit_value(n).or_else(|| n.parse().ok()) {
                Some(n @ 2..=5) => n as u16,
                _ => continue,
            },
            _ => continue,
        };
        if !compared(i) {
            return Some(back);
        }
    }
    None
}

/// A weekday standing for a past day of the article's week, against a date the article
/// gives for the same event.
fn relative(
    doc: &Document<'_>,
    w: &WeekdayMention,
    article: Date,
    at: Option<Span>,
    recent: &[(&DateMention, Date)],
    cx: &mut Context<'_>,
) {
    // "announced this Monday" in a past clause is this week's Monday, as "on Monday" is.
    let this = w.word > 0
        && doc
            .word_str(w.word as usize - 1)
            .eq_ignore_ascii_case("this")
        && w.clause.tense == Tense::Past;
    if w.qualified && !w.last && !this {
        return;
    }
    let Some((key, reporting)) = verb_event(doc, w.word, w.sentence, w.clause)
        .or_else(|| possessive_event(doc, w).map(|noun| (noun, false)))
    else {
        return;
    };
    // The names the weekday's event goes by: its verb, the verb with its particle ("walked
    // out": "walkout"), and the subject the verb is said of ("An earthquake … struck … on
    // Sunday").
    let mut event_names = vec![key.clone()];
    if let Some(v) = w.clause.verb
        && let Some(particle) = particle_after(doc, v as usize)
    {
        event_names.push(format!("{}{particle}", stem(&key)));
    }
    if !reporting && let Some(subject) = subject_noun(doc, w.sentence, w.word as usize) {
        // What a judge or court did on a day is a ruling: "A federal judge on Monday
        // blocked …" against "the Feb. 3 ruling".
        if matches!(
            subject.as_str(),
            "judge" | "court" | "justices" | "tribunal" | "magistrate"
        ) {
            event_names.push("ruling".to_string());
        }
        event_names.push(subject);
    }
    if !reporting
        && let Some(v) = w.clause.verb
        && let Some(noun) = relative_subject(doc, v as usize)
    {
        event_names.push(noun);
    }
    // "… what caused the blackout that cut power across Spain and Portugal on Sunday": the
    // noun a relative clause before the weekday is said of names the event, whatever verb
    // the clause reader took for the weekday's.
    if !reporting
        && let Some(rel) = (w.word.saturating_sub(12) as usize..w.word as usize)
            .rev()
            .take_while(|&k| k as u32 >= doc.sentences[w.sentence as usize].words.start)
            .find(|&k| matches!(doc.word_str(k).as_ref(), "that" | "which"))
        && rel > 0
        && doc.words[rel - 1].shape == crate::doc::Shape::Lower
    {
        event_names.push(doc.word_str(rel - 1).to_lowercase());
    }
    // The object a light verb governs names the event: "issued its ruling on Monday".
    let object = object_noun(doc, w.word as usize);
    // The weekday means the latest such day up to the article's own; "last Wednesday" the
    // latest before it, or the one a week earlier.
    let mut back =
        (i64::from(article.weekday().index()) - i64::from(w.weekday.index())).rem_euclid(7);
    if w.last && back == 0 {
        back = 7;
    }
    let Some(meant) = article.add_days(-back) else {
        return;
    };
    let week_before = article.add_days(-back - 7);
    for &(m, date) in recent {
        if m.sentence == w.sentence {
            continue;
        }
        // Reports the weekday against this date, the event named `other`.
        let clash = |other: &str, cx: &mut Context<'_>| {
            let clash = Clash {
                m,
                date,
                meant,
                other,
            };
            report(doc, w, article, clash, at, cx);
        };
        let apart = (date.days() - meant.days()).abs();
        if date == meant || apart > 7 || date > article {
            continue;
        }
        if w.last && week_before == Some(date) {
            continue;
        }
        // "voted on Tuesday" and, in the next sentence, "in the vote on June 11": a
        // definite noun of the weekday verb's stem dates the same event, even when another
        // verb governs the date and the sentences share no other word.
        if let Some(noun) = definite_event(doc, m).or_else(|| attributive(doc, m))
            && !reporting
            && stem(&noun) == stem(&key)
            && m.sentence.abs_diff(w.sentence) <= 1
        {
            clash(&noun, cx);
            return;
        }
        // A date that names its event, within six sentences: "The June 11 arrest"
        // against "arrested … last Tuesday", "Its April 15 announcement" against "announced
        // this Monday", "The September 13 earthquake" against "An earthquake struck … on
        // Sunday", "The walkout, which began on June 4" against "walked out on Thursday".
        if m.sentence.abs_diff(w.sentence) <= 6 && !another_event(doc, m) {
            let named = [
                definite_event(doc, m).or_else(|| attributive(doc, m)),
                date_subject(doc, m),
            ];
            let hit = named
                .iter()
                .flatten()
                .find(|n| event_names.iter().any(|k| same_event(k, n, reporting)));
            if let Some(noun) = hit {
                clash(noun, cx);
                return;
            }
        }
        // A fact box dates the event its label names: "Rain began: July 15, 2025", "|
        // Started | August 3, 2025 |" against "heavy rain began on Monday". The label's
        // other words must stand in the weekday's sentence ("rain").
        // ("Kenya began three days of national mourning on Wednesday" is no "Began:" of the
        // siege the box is about: the verb with an object says what began.)
        let with_object = w.clause.verb.is_some_and(|v| {
            let next = v as usize + 1;
            next < doc.words.len()
                && (doc.words[next].shape == crate::doc::Shape::Number
                    || matches!(
                        doc.word_str(next).to_lowercase().as_str(),
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                    ))
        });
        if !reporting
            && !with_object
            && let Some(label) = fact_label(doc, m)
            && let Some(pos) = label.iter().position(|l| stem(l) == stem(&key))
            && label.iter().enumerate().all(|(k, l)| {
                k == pos
                    || l.len() < 3
                    || STOPWORDS.contains(&l.as_str())
                    || in_sentence(doc, w.sentence, l)
            })
        {
            let other = label[pos].clone();
            clash(&other, cx);
            return;
        }
        let named = attributive(doc, m);
        let other = match &named {
            Some(noun) => noun.clone(),
            None => match verb_event(doc, m.first_word, m.sentence, m.clause) {
                Some((verb, false)) => verb,
                _ => continue,
            },
        };
        // A reporting verb ("announced on Monday") dates one statement only against a
        // statement named by its date ("its Nov. 12 statement"); other events match by stem
        // or by kind ("approved on Wednesday", "the June 5 vote").
        // Two verbs of one kind ("approved on Wednesday", "passed on May 13") need a word
        // in common besides; a statement only matches a statement its date names.
        let same_kind = |a: &str| {
            (named.is_some() || !reporting) && kind(a).is_some() && kind(a) == kind(&other)
        };
        let same = if reporting {
            same_kind(&key)
        } else {
            stem(&other) == stem(&key) || same_kind(&key)
        } || object
            .as_deref()
            .is_some_and(|o| named.is_some() && (stem(o) == stem(&other) || same_kind(o)));
        if !same {
            continue;
        }
        // "He was arrested on 11 June" after "police arrested a man on Tuesday": the same
        // verb said of a pronoun opening the date's sentence points back to the same one.
        let pronoun_opens = doc.sentences.get(m.sentence as usize).is_some_and(|s| {
            matches!(
                doc.word_str(s.words.start as usize).to_lowercase().as_str(),
                "he" | "she" | "they"
            )
        });
        let by_pronoun = !reporting && stem(&other) == stem(&key) && pronoun_opens;
        // ("won the 100 meters on Aug. 4, the long jump on Aug. 6 and …": a verb that
        // dates several things in its sentence tells of several events, not the weekday's.)
        let several = recent
            .iter()
            .filter(|(x, _)| x.sentence == m.sentence)
            .count()
            >= 2;
        if several && named.is_none() {
            continue;
        }
        if !by_pronoun && !share_a_word(doc, w.sentence, m.sentence, &[&key, &other]) {
            continue;
        }
        clash(&other, cx);
        return;
    }
}

/// The label of the fact-box line or two-cell table row a date is the value of, lower case:
/// "Rain began: July 15, 2025" and "| Started | August 3, 2025 |" give "rain began" and
/// "started".
fn fact_label(doc: &Document<'_>, m: &DateMention) -> Option<Vec<String>> {
    let first = m.first_word as usize;
    let text = doc.text();
    let block = doc.blocks.get(m.block as usize)?;
    let words_of = |r: std::ops::Range<usize>| -> Vec<String> {
        r.map(|k| doc.word_str(k).to_lowercase()).collect()
    };
    if block.kind == BlockKind::TableCell {
        let prev = doc.blocks.get((m.block as usize).checked_sub(1)?)?;
        let gap = &text[prev.span.end().min(block.span.start())..block.span.start()];
        let same_row = !gap.contains("<tr") && !gap.contains("</tr") && !gap.contains('\n');
        let label = prev.words();
        return (prev.kind == BlockKind::TableCell
            && prev.parent == block.parent
            && same_row
            && block.words().start == first
            && !label.is_empty()
            && label.len() <= 4)
            .then(|| words_of(label));
    }
    // "Rain began: July 15, 2025" on a line of its own, the label of one to four words.
    let colon = first.checked_sub(1)?;
    let gap = &text[doc.words[colon].span.end()..doc.words[first].span.start()];
    if without_tags(gap).trim() != ":" {
        return None;
    }
    let mut start = colon;
    while start > 0 && colon - start < 4 {
        let before = &doc.words[start - 1];
        let between = &text[before.span.end()..doc.words[start].span.start()];
        if before.block != m.block
            || between.contains('\n')
            || !without_tags(between).trim().is_empty()
        {
            break;
        }
        start -= 1;
    }
    let line_start = start == 0 || {
        let before = &doc.words[start - 1];
        before.block != m.block
            || text[before.span.end()..doc.words[start].span.start()].contains('\n')
    };
    let capital = doc
        .word_str(start)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    (line_start && capital).then(|| words_of(start..colon + 1))
}

/// Text without its markup: "</b> " gives " ".
fn without_tags(gap: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in gap.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether sentence `s` holds the word `word` (lower case), in its first 80 words.
fn in_sentence(doc: &Document<'_>, s: u32, word: &str) -> bool {
    doc.sentences.get(s as usize).is_some_and(|sentence| {
        let end = sentence.words.end.min(sentence.words.start + 80);
        (sentence.words.start..end).any(|i| doc.word_str(i as usize).eq_ignore_ascii_case(word))
    })
}

/// The event noun a date follows after a determiner: "the vote on June 11" gives "vote".
fn definite_event(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    let noun = event(doc, m.first_word, m.sentence)?;
    let det = (m.first_word as usize).checked_sub(3)?;
    let before = doc.word_str(det).to_lowercase();
    DETERMINERS.contains(&before.as_str()).then_some(noun)
}

/// A date `m` gives for event `other`, falling on `date`, against the day `meant` a weekday
/// means.
#[derive(Clone, Copy)]
struct Clash<'a> {
    m: &'a DateMention,
    date: Date,
    meant: Date,
    other: &'a str,
}

/// Reports weekday `w` against the date of the same event.
fn report(
    doc: &Document<'_>,
    w: &WeekdayMention,
    article: Date,
    clash: Clash<'_>,
    at: Option<Span>,
    cx: &mut Context<'_>,
) {
    let Clash {
        m,
        date,
        meant,
        other,
    } = clash;
    let right = date.weekday();
    let message = format!(
        "`{}` in a story dated {}, {} means {} {}, but the same event is dated {} {}, a {}",
        w.weekday.name(),
        article.weekday().name(),
        article.written(),
        month_name(meant.month),
        meant.day,
        month_name(date.month),
        date.day,
        right.name()
    );
    let written = doc.slice(w.span);
    // (A date a week before the day meant falls on the same weekday, which "last Friday"
    // would leave unclear: the date as the article writes it, "March 1".)
    let replacement = if right == w.weekday {
        doc.slice(m.date_span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        in_style(right, written, false)
    };
    let mut d = Finding::new(w.span, message)
        .label(m.date_span, format!("`{other}` dated here"))
        .suggest(replacement.clone())
        .fix(false, w.span, replacement);
    if let Some(at) = at {
        d = d.label(at, "the article's date");
    }
    cx.report(d);
}

/// The day a date means: its own year, or the one nearest the article's date.
fn resolve(m: &DateMention, article: Date) -> Option<Date> {
    match m.year {
        Some(y) => Date::new(y, m.month, m.day),
        None => candidates(m.month, m.day, article, NEAR_ARTICLE)
            .first()
            .copied(),
    }
}

/// The weekday written as the original was: full name, or an abbreviation ("Tue", "Tues"),
/// in capitals if it was.
fn in_style(day: Weekday, written: &str, abbreviated: bool) -> String {
    let name = day.name();
    let mut out = if !abbreviated {
        name.to_string()
    } else if written.trim_end_matches('.').len() == 3 {
        name[..3].to_string()
    } else {
        match day {
            Weekday::Tuesday => "Tues".to_string(),
            Weekday::Wednesday => "Weds".to_string(),
            Weekday::Thursday => "Thurs".to_string(),
            _ => name[..3].to_string(),
        }
    };
    if written.len() > 1 && written.chars().all(|c| !c.is_lowercase()) {
        out = out.to_uppercase();
    }
    out
}

mod events;
#[cfg(test)]
mod tests;
