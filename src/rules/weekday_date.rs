use crate::diagnostic::Finding;
use crate::doc::dates::{
    Clause, DateMention, Tense, WeekdayMention, WeekdayRef, article_date, candidates, is_past_form,
};
use crate::doc::{BlockKind, Document, Gap, Needs};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::date::{Date, Weekday, month_name};

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
    } else {
        let Some(article) = article else { return };
        let cands = candidates(m.month, m.day, article, NEAR_ARTICLE);
        let years: Vec<u16> = cands.iter().map(|d| d.year).collect();
        if cands.is_empty()
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
    let mut names = vec![key.clone()];
    if let Some(v) = w.clause.verb
        && let Some(particle) = particle_after(doc, v as usize)
    {
        names.push(format!("{}{particle}", stem(&key)));
    }
    if !reporting && let Some(subject) = subject_noun(doc, w.sentence, w.word as usize) {
        names.push(subject);
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
            report(
                doc,
                w,
                article,
                Clash {
                    m,
                    date,
                    meant,
                    other: &noun,
                },
                at,
                cx,
            );
            return;
        }
        // A date that names its event, within three sentences: "The June 11 arrest"
        // against "arrested … last Tuesday", "Its April 15 announcement" against "announced
        // this Monday", "The September 13 earthquake" against "An earthquake struck … on
        // Sunday", "The walkout, which began on June 4" against "walked out on Thursday".
        if m.sentence.abs_diff(w.sentence) <= 3 && !another_event(doc, m) {
            let named = [
                definite_event(doc, m).or_else(|| attributive(doc, m)),
                date_subject(doc, m),
            ];
            let hit = named
                .iter()
                .flatten()
                .find(|n| names.iter().any(|k| same_event(k, n, reporting)));
            if let Some(noun) = hit {
                report(
                    doc,
                    w,
                    article,
                    Clash {
                        m,
                        date,
                        meant,
                        other: noun,
                    },
                    at,
                    cx,
                );
                return;
            }
        }
        // A fact box dates the event its label names: "Rain began: July 15, 2025", "|
        // Started | August 3, 2025 |" against "heavy rain began on Monday". The label's
        // other words must stand in the weekday's sentence ("rain").
        if !reporting
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
            report(
                doc,
                w,
                article,
                Clash {
                    m,
                    date,
                    meant,
                    other: &other,
                },
                at,
                cx,
            );
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
        if !share_a_word(doc, w.sentence, m.sentence, &[&key, &other]) {
            continue;
        }
        report(
            doc,
            w,
            article,
            Clash {
                m,
                date,
                meant,
                other: &other,
            },
            at,
            cx,
        );
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
    let replacement = in_style(right, written, false);
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

/// The past event a mention dates, as a word, and whether it is a reporting verb: the
/// past-tense verb that governs it ("signed on Wednesday", "said on Wednesday"), or the noun
/// it follows ("the attack on June 5") in a sentence told in the past. `None` for plans and
/// the future.
fn verb_event(
    doc: &Document<'_>,
    first: u32,
    sentence: u32,
    clause: Clause,
) -> Option<(String, bool)> {
    if clause.tense == Tense::Future {
        return None;
    }
    if let Some(v) = clause.verb {
        let verb = doc.word_str(v as usize).to_lowercase();
        let reporting = REPORTING.contains(&verb.as_str());
        return (clause.tense == Tense::Past).then_some((verb, reporting));
    }
    event(doc, first, sentence).map(|noun| (noun, false))
}

/// Words before a date that make it name an event: "the June 5 vote", "its Nov. 12
/// statement".
const DETERMINERS: &[&str] = &["its", "his", "her", "our", "the", "their", "this"];

/// The event a date names when it stands before its noun, after a determiner or a
/// possessive: "the June 5 vote" gives "vote", "Harlow's Nov. 12 statement" "statement".
fn attributive(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    let (first, next) = (m.first_word as usize, m.last_word as usize + 1);
    if first == 0 || next >= doc.words.len() {
        return None;
    }
    let before = doc.word_str(first - 1).to_lowercase();
    let possessive = before.ends_with("'s") || before.ends_with("’s");
    let w = &doc.words[next];
    let noun = doc.word_str(next).to_lowercase();
    let plain = noun.len() >= 4
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !STOPWORDS.contains(&noun.as_str());
    let joined = w.gap == Gap::Space
        && w.block == m.block
        && doc.words[first - 1].block == m.block
        && doc.words[first].gap == Gap::Space;
    ((DETERMINERS.contains(&before.as_str()) || possessive) && plain && joined).then_some(noun)
}

/// Kinds of event that a verb and a noun may both name: "approved" the bill, "the June 5
/// vote"; "ruled", "the ruling"; "announced", "its statement".
const KINDS: &[&[&str]] = &[
    &[
        "adopted", "approved", "ballot", "elected", "election", "passed", "rejected", "vote",
        "voted",
    ],
    &[
        "announced",
        "announcement",
        "declaration",
        "declared",
        "release",
        "statement",
        "stated",
    ],
    &[
        "acquitted",
        "convicted",
        "conviction",
        "decided",
        "decision",
        "judgment",
        "judgement",
        "overturned",
        "quashed",
        "ruled",
        "ruling",
        "sentenced",
        "upheld",
        "verdict",
    ],
    &[
        "attack",
        "attacked",
        "blast",
        "bombed",
        "bombing",
        "exploded",
        "explosion",
        "shooting",
    ],
    &["arrest", "arrested", "detained", "detention"],
    &["accord", "agreement", "deal", "signed", "signing"],
    &["met", "meeting", "summit", "talks"],
    &["resignation", "resigned"],
];

/// The kind of event a word names, as an index into [`KINDS`] ("re-elected" as "elected").
fn kind(word: &str) -> Option<usize> {
    let word = match word.rsplit_once('-') {
        Some((prefix, last)) if !prefix.is_empty() && prefix.len() <= 3 => last,
        _ => word,
    };
    KINDS.iter().position(|k| k.contains(&word))
}

/// The noun an event date follows ("the attack on June 5"), in a sentence told in the past.
fn event(doc: &Document<'_>, first: u32, sentence: u32) -> Option<String> {
    let first = first as usize;
    let s = doc.sentences.get(sentence as usize)?;
    if first < s.words.start as usize + 2 || !doc.word_str(first - 1).eq_ignore_ascii_case("on") {
        return None;
    }
    let noun = doc.word_str(first - 2).to_lowercase();
    let plain = noun.len() >= 4
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !STOPWORDS.contains(&noun.as_str());
    let end = s.words.end.min(first as u32 + 40);
    let told_as_past = (s.words.start.max(end.saturating_sub(80))..end)
        .any(|i| is_past_form(&doc.word_str(i as usize).to_lowercase()));
    (plain && told_as_past).then_some(noun)
}

/// The noun a verb's object ends in just before "on <weekday>" (word `weekday`): "issued
/// its ruling on Monday" gives "ruling". Only after a determiner or possessive, so that the
/// noun is the object and not a subject or a place.
fn object_noun(doc: &Document<'_>, weekday: usize) -> Option<String> {
    let on = weekday.checked_sub(1)?;
    if !doc.word_str(on).eq_ignore_ascii_case("on") {
        // "last Monday": "on" may be left out ("voted last Monday").
        return None;
    }
    let noun_at = on.checked_sub(1)?;
    let det = noun_at.checked_sub(1)?;
    let noun = doc.word_str(noun_at).to_lowercase();
    let before = doc.word_str(det).to_lowercase();
    let plain = noun.len() >= 4
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !STOPWORDS.contains(&noun.as_str());
    let led =
        DETERMINERS.contains(&before.as_str()) || before.ends_with("'s") || before.ends_with("’s");
    (plain && led).then_some(noun)
}

/// Whether a weekday's event name and a date's name one event: the same stem, or the same
/// kind ("overturned" and "ruling"); a reporting verb only by kind ("announced" and
/// "announcement").
fn same_event(name: &str, noun: &str, reporting: bool) -> bool {
    let by_kind = kind(name).is_some() && kind(name) == kind(noun);
    by_kind || (!reporting && stem(name) == stem(noun))
}

/// Words that set an event apart from one already told: "An earlier fire on March 12",
/// "the previous election, held on May 2".
const OTHER_EVENT: &[&str] = &[
    "another", "earlier", "first", "former", "last", "later", "new", "next", "other", "previous",
    "prior", "second", "separate", "similar",
];

/// Whether the date's sentence sets its event apart before the date ("An earlier fire on
/// March 12", "It followed the …").
fn another_event(doc: &Document<'_>, m: &DateMention) -> bool {
    let Some(s) = doc.sentences.get(m.sentence as usize) else {
        return true;
    };
    (s.words.start as usize..m.first_word as usize).any(|k| {
        let w = doc.word_str(k).to_lowercase();
        OTHER_EVENT.contains(&w.as_str()) || matches!(w.as_str(), "followed" | "after" | "since")
    })
}

/// The head noun of a subject that opens sentence `s` with an article, before word `until`:
/// "The constitutional court" gives "court", "An earthquake of magnitude 6.1" "earthquake".
fn subject_noun(doc: &Document<'_>, s: u32, until: usize) -> Option<String> {
    let sentence = doc.sentences.get(s as usize)?;
    let mut start = sentence.words.start as usize;
    // Past a dateline: "Lima (Reuters) - An earthquake …", "LONDON, June 7 — The strike …".
    let text = doc.text();
    for k in start + 1..(start + 12).min(until) {
        let gap = &text[doc.words[k - 1].span.end()..doc.words[k].span.start()];
        if gap.contains([' ', '\u{a0}'])
            && gap.trim_start_matches(')').trim().len() <= 3
            && gap.contains(['-', '—', '–'])
        {
            start = k;
            break;
        }
    }
    let first = doc.word_str(start).to_lowercase();
    if !matches!(first.as_str(), "the" | "a" | "an") {
        return None;
    }
    let mut head = None;
    let mut k = start + 1;
    while k < until.min(start + 5) && doc.words[k].shape == crate::doc::Shape::Lower {
        let w = doc.word_str(k).to_lowercase();
        if STOPWORDS.contains(&w.as_str())
            || is_past_form(&w)
            || matches!(w.as_str(), "on" | "of" | "early" | "late" | "in" | "at")
            || w.ends_with("ly")
        {
            break;
        }
        head = Some(w);
        if doc.words[k + 1..]
            .first()
            .is_none_or(|n| n.gap != Gap::Space)
        {
            break;
        }
        k += 1;
    }
    head.filter(|h| h.len() >= 4)
}

/// The subject of a date's clause when it opens the sentence and a past verb governs the
/// date: "The walkout, which began on June 4" gives "walkout".
fn date_subject(doc: &Document<'_>, m: &DateMention) -> Option<String> {
    if m.clause.tense != Tense::Past {
        return None;
    }
    let noun = subject_noun(doc, m.sentence, m.first_word as usize)?;
    (!REPORTING.contains(&noun.as_str())).then_some(noun)
}

/// The particle right after a verb ("walked out", "broke off"), lower case.
fn particle_after(doc: &Document<'_>, verb: usize) -> Option<&'static str> {
    let next = doc.words.get(verb + 1)?;
    if next.gap != Gap::Space {
        return None;
    }
    let w = doc.word_str(verb + 1).to_lowercase();
    ["out", "off", "up", "down", "over"]
        .into_iter()
        .find(|p| *p == w)
}

/// The event a possessive weekday names: "Wednesday's vote" gives "vote", in a sentence
/// told in the past.
fn possessive_event(doc: &Document<'_>, w: &WeekdayMention) -> Option<String> {
    if w.clause.tense == Tense::Future {
        return None;
    }
    let written = doc.slice(w.span);
    let word = doc.word_str(w.word as usize);
    if !(written.ends_with("'s") || written.ends_with("’s") || word.ends_with("'s")) {
        return None;
    }
    let s = doc.sentences.get(w.sentence as usize)?;
    let k = w.word as usize + 1;
    if k >= s.words.end as usize || doc.words[k].gap != Gap::Space {
        return None;
    }
    let noun = doc.word_str(k).to_lowercase();
    let plain = noun.len() >= 4
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && !STOPWORDS.contains(&noun.as_str());
    let told_as_past = (k..(s.words.end as usize).min(k + 40))
        .any(|i| is_past_form(&doc.word_str(i).to_lowercase()));
    (plain && told_as_past).then_some(noun)
}

/// A crude stem, enough to match "signed" with "signing" and "killed" with "killings".
fn stem(w: &str) -> &str {
    for suffix in ["ings", "ing", "ed", "es", "s", "d", "e"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.len() >= 3
        {
            return s;
        }
    }
    w
}

/// True when two sentences share a word of three letters or more beyond the verb, the
/// small words, weekdays, months and the numbers of a date.
fn share_a_word(doc: &Document<'_>, a: u32, b: u32, events: &[&str]) -> bool {
    let words_of = |s: u32| -> Vec<String> {
        let Some(sentence) = doc.sentences.get(s as usize) else {
            return Vec::new();
        };
        // A bounded window: a sentence of a million words is not compared whole.
        let end = sentence.words.end.min(sentence.words.start + 80);
        (sentence.words.start..end)
            .map(|i| {
                // "the minister's resignation" shares "minister" with "the minister".
                let w = doc.word_str(i as usize).to_lowercase();
                match w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
                    Some(base) => base.to_string(),
                    None => w,
                }
            })
            .filter(|w| {
                w.chars().count() >= 3
                    && !events.contains(&w.as_str())
                    && !STOPWORDS.contains(&w.as_str())
                    && Weekday::parse(w).is_none()
                    && crate::text::date::month_number(w).is_none()
                    && !w.bytes().all(|c| c.is_ascii_digit())
            })
            .collect()
    };
    let first = words_of(a);
    words_of(b).iter().any(|w| first.contains(w))
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

#[cfg(test)]
mod tests {
    use super::WeekdayDate;
    use crate::rules::test_util::{assert_clean, assert_flags, run};

    #[test]
    fn flags_weekday_with_full_date() {
        assert_flags(
            &WeekdayDate,
            "The accord was signed on Wednesday, March 4, 2025.",
            &["Wednesday, March 4, 2025"],
        );
        assert_flags(
            &WeekdayDate,
            "The vote on Wed 4 March 2025 was close.",
            &["Wed 4 March 2025"],
        );
        assert_flags(
            &WeekdayDate,
            "It opened on Friday 29 February 2024.",
            &["Friday 29 February 2024"],
        );
    }

    #[test]
    fn right_weekdays_and_century_leap_years_are_clean() {
        assert_clean(
            &WeekdayDate,
            "The accord was signed on Tuesday, March 4, 2025.",
        );
        assert_clean(&WeekdayDate, "It opened on Tuesday, 29 February 2000.");
        assert_clean(&WeekdayDate, "It opened on Wednesday, 28 February 1900.");
        assert_clean(&WeekdayDate, "The fair ends on Monday, March 1, 2100.");
    }

    #[test]
    fn last_weekday_and_a_light_verb_object_against_a_named_event() {
        let last = |day: &str, date: &str| {
            format!(
                "June 7, 2025\n\nThe council voted last {day} to close the pool.\n\n\
                 The council's {date} vote was the first since the election."
            )
        };
        assert_flags(&WeekdayDate, &last("Tuesday", "June 4"), &["Tuesday"]);
        // The Tuesday of this week or of the week before.
        assert_clean(&WeekdayDate, &last("Tuesday", "June 3"));
        assert_clean(&WeekdayDate, &last("Tuesday", "May 27"));
        let ruling = |day: &str| {
            format!(
                "June 7, 2025\n\nThe court issued its ruling on {day}.\n\n\
                 Lawyers will appeal the June 3 ruling to a higher court."
            )
        };
        assert_flags(&WeekdayDate, &ruling("Monday"), &["Monday"]);
        assert_clean(&WeekdayDate, &ruling("Tuesday"));
    }

    #[test]
    fn message_names_the_right_weekday() {
        let d = run(
            &WeekdayDate,
            "The accord was signed on Wednesday, March 4, 2025.",
            crate::doc::Format::Plain,
        );
        assert_eq!(d[0].message, "March 4, 2025 is a Tuesday, not a Wednesday");
        assert_eq!(d[0].suggestions, ["Tuesday"]);
        assert!(d[0].fix.as_ref().is_some_and(|f| !f.is_safe()));
    }

    #[test]
    fn year_from_the_article_date() {
        let text =
            "June 7, 2012\n\nThe talks began on Tuesday (June 5) and ended on Saturday, June 8.\n";
        assert_flags(&WeekdayDate, text, &["Saturday, June 8"]);
        let other_year = "June 7, 2012\n\nIn 2009, talks ended on Saturday, June 8.\n";
        assert_clean(&WeekdayDate, other_year);
        // No article date: a date without a year is left alone.
        assert_clean(&WeekdayDate, "The talks ended on Saturday, June 8.");
    }

    #[test]
    fn a_date_that_names_the_event_within_three_sentences() {
        let head = "PRAGUE, February 13, 2025 (Reuters) - ";
        let possessive = format!(
            "{head}Wednesday's vote gave the government a majority.\n\nIn the vote on February 11, the opposition walked out.\n"
        );
        assert_flags(&WeekdayDate, &possessive, &["Wednesday's"]);
        let after = format!(
            "{head}The court on Tuesday overturned a ban.\n\nAirlines welcomed the February 10 ruling.\n"
        );
        assert_flags(&WeekdayDate, &after, &["Tuesday"]);
        let subject = format!(
            "{head}An earthquake struck the south early on Sunday.\n\nThe February 8 earthquake was felt in Chile.\n"
        );
        assert_flags(&WeekdayDate, &subject, &["Sunday"]);
        let particle = format!(
            "{head}Rail workers walked out on Tuesday.\n\nThe walkout, which began on February 10, is the longest in years.\n"
        );
        assert_flags(&WeekdayDate, &particle, &["Tuesday"]);
        let this = format!(
            "{head}The carmaker announced this Monday that it would close a plant.\n\nIts February 11 announcement shocked the town.\n"
        );
        assert_flags(&WeekdayDate, &this, &["Monday"]);
        let reelected = format!(
            "{head}Voters re-elected the president on Sunday.\n\nIn the February 8 election, turnout was 80 percent.\n"
        );
        assert_flags(&WeekdayDate, &reelected, &["Sunday"]);
        let kinds = format!(
            "{head}Lawmakers approved the tax bill late on Wednesday.\n\nThe bill, passed on February 11, raises the top rate.\n"
        );
        assert_flags(&WeekdayDate, &kinds, &["Wednesday"]);
        let early = format!(
            "{head}A gas explosion early Tuesday destroyed a building.\n\nThe February 10 explosion injured six.\n"
        );
        assert_flags(&WeekdayDate, &early, &["Tuesday"]);
        let freed = format!(
            "{head}Soldiers freed four hostages on Monday.\n\nThe hostages, freed on February 9, were flown home.\n"
        );
        assert_flags(&WeekdayDate, &freed, &["Monday"]);
        let earlier = format!(
            "{head}A fire broke out on Tuesday night.\n\nAn earlier fire on February 10 damaged a shed.\n"
        );
        assert_clean(&WeekdayDate, &earlier);
        let followed = format!(
            "{head}An aftershock struck early on Sunday.\n\nIt followed the February 8 earthquake.\n"
        );
        assert_clean(&WeekdayDate, &followed);
    }

    #[test]
    fn relative_weekday_against_a_date_for_the_same_event() {
        let text = "BEIJING, June 7, 2012 (Reuters) - Gunmen killed at least 78 people on \
                    Wednesday in Hama province.\n\nThe 78 people in Hama were killed on June 5, \
                    activists said.\n";
        assert_flags(&WeekdayDate, text, &["Wednesday"]);
        let right = text.replace("June 5", "June 6");
        assert_clean(&WeekdayDate, &right);
        let unrelated = "BEIJING, June 7, 2012 (Reuters) - Gunmen killed at least 78 people on \
                         Wednesday in Hama province.\n\nThe envoy arrived on June 5.\n";
        assert_clean(&WeekdayDate, unrelated);
        let noun = "BEIJING, June 7, 2012 (Reuters) - Gunmen killed at least 78 people on \
                    Wednesday in Hama province.\n\nThe killings on June 5 in Hama shocked the \
                    region.\n";
        assert_flags(&WeekdayDate, noun, &["Wednesday"]);
        let said = "BEIJING, June 7, 2012 (Reuters) - The minister said on Wednesday that \
                    talks would go on.\n\nThe minister said on June 5 that talks had failed.\n";
        assert_clean(&WeekdayDate, said);
    }

    #[test]
    fn style_of_the_suggestion() {
        use super::in_style;
        use crate::text::date::Weekday;
        assert_eq!(in_style(Weekday::Tuesday, "Wed", true), "Tue");
        assert_eq!(in_style(Weekday::Thursday, "Tues", true), "Thurs");
        assert_eq!(in_style(Weekday::Friday, "MONDAY", false), "FRIDAY");
    }
}
