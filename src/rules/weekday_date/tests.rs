//! Tests of `weekday-date`.

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
