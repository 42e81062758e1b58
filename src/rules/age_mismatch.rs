use crate::diagnostic::Finding;
use crate::doc::Document;
use crate::doc::quantities::{Age, Birth};
use crate::rules::{Context, Needs, Rule, RuleMeta, declare_rule};
use crate::text::date::Date;

declare_rule! {
    /// ## What it checks
    /// An age given for a person — "Smith, 45,", "Smith (45)", "the 45-year-old Smith",
    /// "Smith, aged 45", an "Age: 45" line — that disagrees with a birth year or date given
    /// for the same person in the article ("Smith, who was born in 1972", "Born on March 3,
    /// 1980, Smith …", "Smith (born 1972)", a "Born: …" line), counted to the article's
    /// date. With a birth year alone, the person is one of two ages on that date, and only
    /// an age more than one year outside them is reported; with a full birth date the age is
    /// exact, and any other age is reported.
    ///
    /// People are matched by the names the article uses: a full name, or a surname alone
    /// after it. A surname shared by two people the article names in full ("John Smith" and
    /// "Mary Smith") is never matched on its own, and "Mr" is never "Mrs" or "Ms".
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
    ///   may have been written a little earlier);
    /// - an age in a sentence that names another year ("In 2010, Smith, 45, …"): it is the
    ///   age then;
    /// - two people with the same surname, a surname alone when the article names two people
    ///   with it, titles of the other sex;
    /// - a birth date of someone else in the sentence ("Smith's son, born in 2001");
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

/// The ages a birth gives on `on`: (lowest, highest).
fn ages_on(birth: &Birth, on: Date) -> Option<(i32, i32)> {
    let years = i32::from(on.year) - i32::from(birth.date.year);
    match birth.date.month_day {
        Some(md) => {
            let before_birthday = (on.month, on.day) < md;
            let age = years - i32::from(before_birthday);
            Some((age, age))
        }
        None => Some((years - 1, years)),
    }
    .filter(|(lo, _)| *lo >= 0)
}

/// Whether `age` disagrees with the range a birth gives: by more than a year for a birth
/// year, by anything for a full date.
fn disagrees(age: &Age, birth: &Birth, lo: i32, hi: i32) -> bool {
    let a = i32::try_from(age.age).unwrap_or(i32::MAX);
    if birth.date.month_day.is_some() {
        a != lo
    } else {
        a < lo - 1 || a > hi + 1
    }
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
        for age in q
            .ages
            .iter()
            // A year before the article's names a time the age may belong to; later
            // years ("a contract until 2029") do not.
            .filter(|a| a.years.iter().all(|y| *y >= on.year))
        {
            for birth in &q.births {
                if !q.same_person(&age.person, &birth.person) {
                    continue;
                }
                let Some((lo, hi)) = ages_on(birth, on) else {
                    continue;
                };
                if !disagrees(age, birth, lo, hi) {
                    break;
                }
                let name = doc.slice(age.person.span);
                let born = match birth.date.month_day {
                    Some(_) => format!("on {}", doc.slice(birth.span)),
                    None => format!("in {}", doc.slice(birth.span)),
                };
                let should = if lo == hi {
                    format!("{lo}")
                } else {
                    format!("{lo} or {hi}")
                };
                cx.report(
                    Finding::new(
                        age.span,
                        format!(
                            "{name} is {} here, but someone born {born} was {should} on {on}, the article's date",
                            age.age
                        ),
                    )
                    .label(birth.span, format!("{name} born {born} here"))
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
