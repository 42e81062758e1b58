use crate::diagnostic::Finding;
use crate::doc::Document;
use crate::doc::quantities::{Age, Birth, tells_death};
use crate::rules::{Context, Needs, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::date::Date;

declare_rule! {
    /// ## What it checks
    /// An age given for a person — "Smith, 45,", "Smith (45)", "the 45-year-old Smith",
    /// "Smith, aged 45", "Smith (aged 45)", "Smith, now 45,", ages in words ("Smith,
    /// forty-five,", "the forty-five-year-old Smith"), "Smith, who turns 46 next month" (45
    /// now), an "Age: 45" line, and in a sentence about a death that opens with the name the
    /// age at death ("Peter Grant, who died on Monday aged 81", "Grant died at 81", "died
    /// at the age of 81", also after a lead-in: "LIMA - Peruvian novelist Ana Soto, who …,
    /// died on Sunday at 77"), a sentence-opening "The 40-year-old …" or "Aged 40, she …"
    /// read as the person whose name opens the sentence before (when that sentence names
    /// no one else and no relative, or only a preposition's object when the article gives
    /// the person the pronoun's sex: "Thatcher, 56, lost against Michael Heseltine") —
    /// that disagrees with a birth year or date given
    /// for the same person in the article ("Smith, who was born in 1972", "Born on March 3,
    /// 1980, Smith …", "Born on Feb. 3, 1951, in Tulsa, Okla., the son of a welder, he …",
    /// "Smith (born 1972)", "The defendant, born on …" opening the sentence
    /// after one about Smith, a "Born: …" line or table row under a heading
    /// or a line or table cell that is only a full name, such as a bold "**Ana Soto**" or
    /// "| Ana Soto | |"; in an obituary, a "Born: …" box under no name is the person whose
    /// death the article tells first with an age), counted to the article's
    /// date. With a birth year alone, the person is one of two ages on that date, and only
    /// an age more than one year outside them is reported; with a full birth date the age is
    /// exact, and any other age is reported.
    ///
    /// People are matched by the names the article uses: a full name, or a surname alone
    /// after it. A surname shared by two people the article names in full ("John Smith" and
    /// "Mary Smith") is never matched on its own, and "Mr" is never "Mrs" or "Ms".
    ///
    /// A person first brought in without a name ("A 19-year-old student has been charged")
    /// is taken to be the person named next, when that name opens one of the next three
    /// sentences with a birth given for it ("Chloe Barrett, who was born in 2001, is due
    /// …"), the name is not used before, no other age or birth comes between, and the two
    /// ages are within five years (farther apart, they are more likely two people).
    ///
    /// The article's date comes from the front matter (`date:`), a dateline near the top,
    /// `--date` or the config's `date`; without one the rule says nothing.
    ///
    /// ## Why it matters
    /// "Smith, 45, who was born in 1972" in a 2025 story is a fact the article itself
    /// disproves: one of the two figures is wrong, and readers who know the person notice.
    ///
    /// ## Example
    /// ```text
    /// June 7, 2025
    ///
    /// The company's chief executive, John Smith, 45, who was born in 1972, said …
    /// ```
    ///
    /// ## Not flagged
    /// - an age one year off a birth year (the birthday may not have come yet, and the text
    ///   may have been written a little earlier), or off a birth month and year ("born in
    ///   May 1968" tells whether the birthday has come, except in May itself);
    /// - an age in a sentence that names an earlier year ("In 2010, Smith, 45, …") and fits
    ///   the age in that year: it is the age then (one that fits none of its years is
    ///   checked on the article's date). An age in apposition to a name is dated only by
    ///   the years before it: in "Reid, 41, stole … between 2021 and 2023" the age is now. A "since" year runs up to now and dates nothing
    ///   ("who has run the city since the floods of 2021"), nor does a year in an aside
    ///   between a name and a death ("Ana Soto, who won the prize in 1998, died on Saturday
    ///   at 79");
    /// - an age in the past tense where the sentence or the one before tells a death ("shot
    ///   dead on Sunday, a day before his 45th birthday. He was 44."), when the birth date
    ///   gives that age on a day of the week before the article's date;
    /// - two people with the same surname, a surname alone when the article names two people
    ///   with it, titles of the other sex;
    /// - a birth date of someone else in the sentence ("Smith's son, born in 2001");
    /// - a person without a name against anyone but the one named next, or against an age
    ///   more than five years from theirs ("A 19-year-old student was stabbed. John Smith,
    ///   who was born in 1980, was charged");
    /// - no article date.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// No fix: only the reporter knows whether the age or the birth date is wrong.
    pub(crate) struct AgeMismatch {
        id: "age-mismatch",
        severity: Warning,
        summary: "a person's age that disagrees with their birth date in the article",
        fix: None,
        options: [],
    }
}

/// The article's date: front matter, then dateline, then `--date` or the config.
fn article_date(doc: &Document<'_>, cx: &Context<'_>) -> Option<Date> {
    doc.meta
        .date
        .or(doc.meta.dateline.map(|(d, _)| d))
        .or_else(|| cx.date())
}

/// The day an age is given for: the date of the death for an age at a dated death, else
/// the article's date; and whether its month and day are known.
fn a_date(age: &Age, on: Date) -> (Date, bool) {
    match age.at {
        Some((d, known)) if d.year > 0 && d <= on => (d, known),
        _ => (on, true),
    }
}

/// The ages a birth gives on `on`: (lowest, highest).
fn ages_on(birth: &Birth, on: Date) -> Option<(i32, i32)> {
    let years = i32::from(on.year) - i32::from(birth.date.year);
    match birth.date.month_day {
        Some(md) => {
            let before_birthday = (on.month, on.day) < md;
            let age = years - i32::from(before_birthday);
            Some((age, age))
        }
        // "born in May 1968": the birthday has come by a later month, not by an earlier one.
        None => match birth.date.month {
            Some(m) if on.month > m => Some((years, years)),
            Some(m) if on.month < m => Some((years - 1, years - 1)),
            _ => Some((years - 1, years)),
        },
    }
    .filter(|(lo, _)| *lo >= 0)
}

/// Whether `age` disagrees with the range a birth gives: by more than a year for a birth
/// year, by anything for a full date.
/// Where a bare surname is read for a statement (`said`, an age's or a birth's words) about
/// the person mentioned at `named`: at the mention when it is in the statement's sentence
/// ("Maxwell, the daughter of … Robert Maxwell, was born …": before the father is named), at
/// the statement when the person was found elsewhere, a sentence before ("The coach, born in
/// 1979" after "Lindqvist will be coached by Karin Lindqvist": both named by then).
fn read_at(doc: &Document<'_>, named: Span, said: Span) -> usize {
    let sentence = |at: usize| doc.sentences.partition_point(|s| s.span.end() <= at);
    if sentence(named.start()) == sentence(said.start()) {
        named.start()
    } else {
        said.start()
    }
}

/// "Marvin Gaye was shot dead on Sunday, a day before his 45th birthday. He was 44.": an
/// age in the past tense ("was 44") where the sentence or the one before tells a death is
/// the age at the death, which an article dated the next day may have passed a birthday
/// since; any age the birth gives in the week before the article's date fits.
fn age_at_recent_death(doc: &Document<'_>, age: &Age, birth: &Birth, on: Date) -> bool {
    let past = doc
        .slice(age.span)
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("was "));
    let s = age.sentence as usize;
    let death = (s.saturating_sub(1)..=s).any(|k| tells_death(doc, k));
    past && death
        && (1..=7).any(|back| {
            on.add_days(-back)
                .and_then(|d| ages_on(birth, d))
                .is_some_and(|(lo, _)| i32::try_from(age.age).is_ok_and(|a| a == lo))
        })
}

fn disagrees(age: &Age, birth: &Birth, lo: i32, hi: i32) -> bool {
    let a = i32::try_from(age.age).unwrap_or(i32::MAX);
    if birth.date.month_day.is_some() {
        a != lo
    } else {
        a < lo - 1 || a > hi + 1
    }
}

/// How many years an age given without a name may be off the named person's before they
/// are taken for two people.
const REVEAL_SPREAD: i32 = 5;

/// The birth of the person an age without a name turns out to be: "A 19-year-old student
/// has been charged …" and then "Chloe Barrett, who was born in 2001, is due …". The name
/// opens one of the next three sentences, is not used before the age, and no other age or
/// birth comes between.
fn revealed<'q>(doc: &'q Document<'_>, age: &Age) -> Option<&'q Birth> {
    let q = &doc.quantities;
    let phrase = doc.slice(age.span).to_lowercase();
    if !age.person.surname.starts_with('#')
        || !(phrase.starts_with("a ") || phrase.starts_with("an "))
    {
        return None;
    }
    let birth = q.births.iter().find(|b| b.span.start() >= age.span.end())?;
    let named = &birth.person;
    if named.given.is_none()
        || named.surname.starts_with('#')
        || birth.sentence <= age.sentence
        || birth.sentence > age.sentence + 3
    {
        return None;
    }
    let s = doc.sentences.get(birth.sentence as usize)?;
    let opens = (s.words.start..s.words.end.min(s.words.start + 2))
        .any(|k| doc.words[k as usize].span.start() == named.span.start());
    let between = q
        .ages
        .iter()
        .any(|a| a.span.start() > age.span.start() && a.span.start() < birth.span.start());
    let first = doc
        .words
        .partition_point(|w| w.span.start() < age.span.start());
    let used_before = (0..first).any(|k| doc.word_str(k).to_lowercase() == named.surname);
    (opens && !between && !used_before).then_some(birth)
}

impl Rule for AgeMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::QUANTITIES.with(Needs::DATELINE)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let Some(on) = article_date(doc, cx) else {
            return;
        };
        let q = &doc.quantities;
        for age in &q.ages {
            // A year before the article's names a time the age may belong to ("In 2010,
            // Smith, 45, …"); later years ("a contract until 2029") do not. Such an age is
            // checked against the article's date only when it fits none of those years
            // either ("Kowalczyk, 55, … took bribes between 2017 and 2021", born 1968).
            let earlier: Vec<u16> = if age.at.is_some() {
                Vec::new()
            } else {
                age.years.iter().copied().filter(|y| *y < on.year).collect()
            };
            // An age at a death dated in its sentence is the age on that day.
            let (on, day_known) = a_date(age, on);
            let revealed = revealed(doc, age);
            for birth in &q.births {
                let linked = revealed.is_some_and(|r| std::ptr::eq(r, birth));
                let same = q.same_person_at(
                    (&age.person, read_at(doc, age.person.span, age.span)),
                    (
                        &birth.person,
                        if birth.by_pronoun {
                            birth.person.span.start()
                        } else {
                            read_at(doc, birth.person.span, birth.span)
                        },
                    ),
                );
                if !same && !linked {
                    continue;
                }
                let Some((mut lo, mut hi)) = ages_on(birth, on) else {
                    continue;
                };
                // A death dated by its year alone: the birthday may fall either side of it
                // ("born on July 18, 1918, died in December 2013 aged 95": 94 or 95).
                if !day_known && birth.date.month_day.is_some() {
                    hi = i32::from(on.year) - i32::from(birth.date.year);
                    lo = hi - 1;
                }
                let year_only_death = !day_known && birth.date.month_day.is_some();
                let off_range = {
                    let a = i32::try_from(age.age).unwrap_or(i32::MAX);
                    a < lo || a > hi
                };
                if (year_only_death && !off_range)
                    || (!year_only_death && !disagrees(age, birth, lo, hi))
                    || (birth.date.month_day.is_some() && age_at_recent_death(doc, age, birth, on))
                {
                    break;
                }
                let off = i32::try_from(age.age).unwrap_or(i32::MAX);
                if linked && (off < lo - REVEAL_SPREAD || off > hi + REVEAL_SPREAD) {
                    break;
                }
                let fits_then = |y: &u16| {
                    let years = i32::from(*y) - i32::from(birth.date.year);
                    (years - 2..=years + 1).contains(&off)
                };
                if earlier.iter().any(fits_then) {
                    break;
                }
                let named = if linked { &birth.person } else { &age.person };
                let name = if linked {
                    format!(
                        "the {}-year-old, taken to be {} (named next),",
                        age.age,
                        doc.slice(named.span)
                    )
                } else {
                    doc.slice(named.span).to_string()
                };
                // (The date as written, on one line: "October 9,\n1951" wraps in the source.)
                let written = doc.slice(birth.span).split_whitespace().collect::<Vec<_>>();
                let born = match birth.date.month_day {
                    Some(_) => format!("on {}", written.join(" ")),
                    None => format!("in {}", written.join(" ")),
                };
                let when = match age.at {
                    Some((d, true)) if d == on => format!("on {on}, the day of the death"),
                    Some((d, false)) if d == on && age.past => {
                        format!("in {}, the year its sentence gives", on.year)
                    }
                    Some((d, false)) if d == on => format!("in {}, the year of the death", on.year),
                    _ => format!("on {on}, the article's date"),
                };
                let should = if lo == hi {
                    format!("{lo}")
                } else {
                    format!("{lo} or {hi}")
                };
                let stated = if age.turning {
                    format!("turns {} soon here (so is {} now)", age.age + 1, age.age)
                } else {
                    format!("is {} here", age.age)
                };
                // A person with no name is their age: "the 29-year-old … born in 2001".
                let (message, label) = if named.surname.starts_with('#') && !linked {
                    (
                        format!("the {name} was born {born}, so was {should} {when}"),
                        format!("born {born} here"),
                    )
                } else {
                    // (An age given to a role names the person by the birth's mention:
                    // "Harald born in 1937 here" for "The king, 80,".)
                    let role = doc
                        .slice(named.span)
                        .get(..4)
                        .is_some_and(|t| t.eq_ignore_ascii_case("the "));
                    let who = if role && !birth.person.surname.starts_with('#') {
                        &birth.person
                    } else {
                        named
                    };
                    (
                        format!("{name} {stated}, but someone born {born} was {should} {when}"),
                        format!("{} born {born} here", doc.slice(who.span)),
                    )
                };
                cx.report(
                    Finding::new(age.span, message)
                        .label(birth.span, label)
                        .help("check the age and the birth date against each other"),
                );
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::AgeMismatch;
    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    fn flags_an_age_against_a_birth_year() {
        assert_flags(
            &AgeMismatch,
            "June 7, 2025\n\nJohn Smith, 45, who was born in 1972, runs the firm.",
            &["John Smith, 45"],
        );
        assert_flags(
            &AgeMismatch,
            "June 7, 2025\n\nJohn Smith was born on March 3, 1980.\n\nSmith, 44, said he would stay.",
            &["Smith, 44"],
        );
    }

    #[test]
    fn reads_ages_at_a_dated_event_now_and_at_the_head_of_a_sentence() {
        assert_flags(
            &AgeMismatch,
            "October 14, 2025\n\nKim Sook, born in 1990, skated.\n\nKim was 19 when she won her first title in 2015.",
            &["was 19"],
        );
        // The right age then, and an age at a time no year gives.
        assert_clean(
            &AgeMismatch,
            "October 14, 2025\n\nLena Fox, born in 1990, coaches.\n\nFox was 19 when she won her first title in 2009. She was 12 when she moved.",
        );
        assert_flags(
            &AgeMismatch,
            "November 5, 2025\n\nAt 29, Sofia Diaz is the youngest mayor.\n\nDiaz, who was born in 2001, studied law.",
            &["At 29"],
        );
        assert_flags(
            &AgeMismatch,
            "December 3, 2025\n\nRuiz (b. 1979) flew twice to the International Space Station.\n\nNow 52, she would be the oldest.",
            &["Now 52"],
        );
        assert_flags(
            &AgeMismatch,
            "March 11, 2025\n\nNovelist Hugo Marsh died on Sunday at the age of 83.\n\nBorn in Leeds in 1948, Marsh wrote 19 novels.\n\nHugo Marsh lived in Leeds.",
            &["Novelist Hugo Marsh died on Sunday at the age of 83"],
        );
        assert_flags(
            &AgeMismatch,
            "September 2, 2025\n\nThe bank named Petra Kessler, 55, to its board.\n\nPETRA KESSLER\nBorn: 1962, Kassel\n",
            &["Petra Kessler, 55"],
        );
    }

    #[test]
    fn reads_an_age_before_its_subject_a_title_inside_a_name_and_relatives() {
        assert_flags(
            &AgeMismatch,
            "July 8, 2025\n\nIsla Kerr, born in 1985, was knighted.\n\nIn 2010, at the age of 30, Kerr became the first woman to climb K2.",
            &["at the age of 30"],
        );
        assert_clean(
            &AgeMismatch,
            "July 8, 2025\n\nIsla Kerr, born in 1985, was knighted.\n\nIn 2010, at the age of 25, Kerr became the first woman to climb K2.",
        );
        assert_flags(
            &AgeMismatch,
            "August 19, 2025\n\nSeoul (AP) - Aged just 17, Park Min-jun broke the record.\n\nPark, born in 2003, trains in Incheon.",
            &["Aged just 17"],
        );
        assert_flags(
            &AgeMismatch,
            "February 25, 2025\n\nFinance minister Rania Haddad (61) resigned.\n\nHaddad was born in 1955.",
            &["Rania Haddad (61"],
        );
        assert_clean(
            &AgeMismatch,
            "March 18, 2025\n\nMr Okonkwo, 45, opened a clinic with his wife Ada Okonkwo, born in 1960.",
        );
    }

    #[test]
    fn an_age_without_a_name_is_the_person_named_next() {
        let text = "May 29, 2024\n\nA 19-year-old student has been charged, police said.\n\n\
                    Chloe Barrett, who was born in 2001, is due in court.";
        assert_flags(&AgeMismatch, text, &["A 19-year-old student has been"]);
        // Far apart: more likely two people.
        let victim = "May 29, 2024\n\nA 19-year-old student was stabbed, police said.\n\n\
                      John Smith, who was born in 1980, has been charged.";
        assert_clean(&AgeMismatch, victim);
        // The name was used before the age: not the one the age brings in.
        let known = "May 29, 2024\n\nChloe Barrett spoke first.\n\nA 19-year-old student \
                     was charged.\n\nChloe Barrett, who was born in 2001, is due in court.";
        assert_clean(&AgeMismatch, known);
    }

    #[test]
    fn links_an_age_phrase_and_a_birth_in_one_clause() {
        assert_flags(
            &AgeMismatch,
            "November 3, 2025\n\nThe 38-year-old, who was born in 1979, will conduct the orchestra.",
            &["The 38-year-old"],
        );
        assert_flags(
            &AgeMismatch,
            "March 5, 2025\n\nThe board named Tomasz Nowak (b. 1984) as chairman. Nowak, 34, ran logistics.",
            &["Nowak, 34"],
        );
    }

    #[test]
    fn reads_ages_in_words_at_death_and_before_a_birthday() {
        assert_flags(
            &AgeMismatch,
            "June 7, 2025\n\nAna Ruiz, forty-five, chairs it.\n\nRuiz was born in 1968.",
            &["Ana Ruiz, forty-five"],
        );
        assert_flags(
            &AgeMismatch,
            "June 7, 2025\n\nPeter Grant died on Tuesday at the age of 81.\n\nGrant was born in 1938.",
            &["Peter Grant died on Tuesday at the age of 81"],
        );
        assert_flags(
            &AgeMismatch,
            "June 7, 2025\n\nJonas Berg, who turns 60 next month, leads.\n\nBerg was born on July 20, 1961.",
            &["Jonas Berg, who turns 60"],
        );
        // The age at another time, or of a relative, is not the person's age now.
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nMaria Lopez was born in 1968.\n\nAt 19, Lopez moved to Paris.",
        );
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nMaria Lopez became a grandmother at 45.\n\nLopez was born in 1968.",
        );
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nJohn Smith said his father died at 81.\n\nSmith was born in 1970.",
        );
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nJonas Berg, who turns 64 next month, leads.\n\nBerg was born on July 20, 1961.",
        );
    }

    #[test]
    fn leaves_near_ages_other_people_and_undated_articles() {
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nJohn Smith, 52, who was born in 1972, runs the firm.",
        );
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nJohn Smith, 54, was born in 1972.",
        );
        assert_clean(
            &AgeMismatch,
            "John Smith, 45, who was born in 1972, runs the firm.",
        );
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nJohn Smith was born in 1972. His wife, Mary Smith, is also a director. Smith, 45, said so.",
        );
        assert_clean(
            &AgeMismatch,
            "June 7, 2025\n\nIn 2010, John Smith, 38, who was born in 1972, was elected.",
        );
    }
}
