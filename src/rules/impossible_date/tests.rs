//! Tests of `impossible-date`.

use super::ImpossibleDate;
use crate::rules::test_util::{assert_clean, assert_flags, run};

#[test]
fn flags_days_no_month_has() {
    assert_flags(
        &ImpossibleDate,
        "It was signed on February 30.",
        &["February 30"],
    );
    assert_flags(
        &ImpossibleDate,
        "The ceasefire began on 31 April.",
        &["31 April"],
    );
    assert_flags(
        &ImpossibleDate,
        "Filed on the 31st of June, 2020.",
        &["31st of June, 2020"],
    );
    assert_flags(
        &ImpossibleDate,
        "Due by Sept. 31, 2024.",
        &["Sept. 31, 2024"],
    );
}

#[test]
fn leap_years_and_century_years() {
    assert_flags(
        &ImpossibleDate,
        "On February 29, 2023, it rained.",
        &["February 29, 2023"],
    );
    assert_flags(
        &ImpossibleDate,
        "On February 29, 1900, it rained.",
        &["February 29, 1900"],
    );
    assert_clean(&ImpossibleDate, "On February 29, 2000, it rained.");
    assert_clean(&ImpossibleDate, "On February 29, 2024, it rained.");
    assert_clean(&ImpossibleDate, "She was born on February 29.");
    let d = run(
        &ImpossibleDate,
        "On February 29, 2100, it will rain.",
        crate::doc::Format::Plain,
    );
    assert_eq!(
        d[0].message,
        "2100 is not a leap year: February 29, 2100 does not exist"
    );
}

#[test]
fn history_of_calendars_and_quotations_are_left_alone() {
    assert_clean(
        &ImpossibleDate,
        "Sweden used a February 30: the date was added to its calendar in 1712.",
    );
    assert_clean(&ImpossibleDate, "In 1712, Sweden had a February 30.");
    // The day named once with its year is that day where the year is left out.
    assert_clean(
        &ImpossibleDate,
        "Odd days. Few nations ever had a February 30. Sweden's February 29 was followed by \
         February 30, 1712.",
    );
    assert_clean(&ImpossibleDate, "The film \"February 30\" opens today.");
    assert_flags(
        &ImpossibleDate,
        "The film opens on February 30.",
        &["February 30"],
    );
}

#[test]
fn counts_after_a_month_are_not_dates() {
    assert_clean(&ImpossibleDate, "In April 31 people died in the floods.");
    assert_clean(&ImpossibleDate, "During June 31 ships docked.");
}

#[test]
fn numeric_dates_in_the_article_order() {
    // One date each way: the first sets the order, the later one is in doubt.
    assert_flags(
        &ImpossibleDate,
        "Filed on 25/12/2024 and amended on 12/13/2024.",
        &["12/13/2024"],
    );
    assert_flags(
        &ImpossibleDate,
        "Dated 05/23/2025, and a second dated 13/05/2025.",
        &["13/05/2025"],
    );
    assert_flags(
        &ImpossibleDate,
        "Filed on 25/12/2024, heard on 14/01/2025 and amended on 12/13/2024.",
        &["12/13/2024"],
    );
    assert_clean(
        &ImpossibleDate,
        "Filed on 12/25/2024 and amended on 12/13/2024.",
    );
    assert_flags(&ImpossibleDate, "Filed on 31/04/2025.", &["31/04/2025"]);
    assert_clean(&ImpossibleDate, "Filed on 04/03/2025, a ratio of 3/4.");
    assert_flags(
        &ImpossibleDate,
        "Released 2025-13-01 and 2025-02-30.",
        &["2025-13-01", "2025-02-30"],
    );
}

#[test]
fn past_events_after_the_article_date() {
    let story = "BEIJING, June 7, 2012 (Reuters) - The treaty was signed on June 9 in Astana.\n";
    assert_flags(&ImpossibleDate, story, &["June 9"]);
    let future = "BEIJING, June 7, 2012 (Reuters) - The treaty will be signed on June 9.\n";
    assert_clean(&ImpossibleDate, future);
    let planned = "BEIJING, June 7, 2012 (Reuters) - The treaty is to be signed on June 9.\n";
    assert_clean(&ImpossibleDate, planned);
    let object = "BEIJING, June 7, 2012 (Reuters) - The leaders signed the treaty on June 9.\n";
    assert_flags(&ImpossibleDate, object, &["June 9"]);
    let pledge =
        "BEIJING, June 7, 2012 (Reuters) - The leaders signed a pledge to meet on June 9.\n";
    assert_clean(&ImpossibleDate, pledge);
    let announced =
        "BEIJING, June 7, 2012 (Reuters) - The president announced elections on June 9.\n";
    assert_clean(&ImpossibleDate, announced);
    let last_year = "BEIJING, June 7, 2012 (Reuters) - The treaty was signed on November 9.\n";
    assert_clean(&ImpossibleDate, last_year);
    let before = "BEIJING, June 7, 2012 (Reuters) - The treaty was signed on June 5.\n";
    assert_clean(&ImpossibleDate, before);
    let long = "BEIJING, June 7, 2012 (Reuters) - The bank raised its main interest rate by \
                half a point on June 20, 2012.\n";
    assert_flags(&ImpossibleDate, long, &["June 20, 2012"]);
    let two_events = "BEIJING, June 7, 2012 (Reuters) - The bank raised its rate in May and \
                      promised a review of the whole policy on June 20, 2012.\n";
    assert_clean(&ImpossibleDate, two_events);
    let explicit = "BEIJING, June 7, 2012 (Reuters) - It was founded on June 15, 2031.\n";
    assert_flags(&ImpossibleDate, explicit, &["June 15, 2031"]);
    let note = "BEIJING, June 7, 2012 (Reuters) - Talks went on.\n\nThis story was last \
                updated on June 9, 2012.\n";
    assert_clean(&ImpossibleDate, note);
    // Without an article date nothing is after it.
    assert_clean(&ImpossibleDate, "The treaty was signed on June 9.");
}
