use super::vocab::*;
use super::*;
use crate::doc::Needs;
use crate::source::SourceFile;

fn dates(text: &str) -> Dates {
    let src = SourceFile::new("t.txt", text);
    let doc = crate::parse::parse_for(&src, Format::Plain, Needs::DATES);
    doc.dates.clone()
}

fn one(text: &str) -> DateMention {
    let d = dates(text);
    assert_eq!(d.mentions.len(), 1, "in {text:?}: {:?}", d.mentions);
    d.mentions[0]
}

#[test]
fn word_lists_are_sorted() {
    assert!(IRREGULAR_PAST.is_sorted());
    assert!(NOT_PAST.is_sorted());
    assert!(FUTURE_MARKERS.is_sorted());
}

#[test]
fn full_dates_in_every_order() {
    let m = one("It was held on Tuesday, March 4, 2025, in Astana.");
    assert_eq!((m.month, m.day, m.year), (3, 4, Some(2025)));
    assert_eq!(m.weekday.map(|w| w.weekday), Some(Weekday::Tuesday));
    let m = one("The vote, on Tue 4 March 2025, was close.");
    assert_eq!((m.month, m.day, m.year), (3, 4, Some(2025)));
    assert!(m.weekday.is_some_and(|w| w.abbreviated));
    let m = one("They met on Wednesday (March 5) in Rome.");
    assert_eq!((m.month, m.day, m.year), (3, 5, None));
    assert!(m.weekday.is_some());
    let m = one("They met on Wednesday the 5th of March.");
    assert_eq!((m.month, m.day, m.ordinal), (3, 5, true));
    let m = one("It opened on Wed., Mar. 5, 2025.");
    assert_eq!((m.month, m.day, m.year), (3, 5, Some(2025)));
    let m = one("It opened March 5 (Wednesday) at noon.");
    assert_eq!(m.weekday.map(|w| w.weekday), Some(Weekday::Wednesday));
    let m = one("On March 4, 2025, a Wednesday, it rained.");
    assert_eq!(m.weekday.map(|w| w.weekday), Some(Weekday::Wednesday));
    let m = one("March 4, 2025 was a Wednesday.");
    assert_eq!(m.weekday.map(|w| w.weekday), Some(Weekday::Wednesday));
    let m = one("Filed 2025-03-05.");
    assert_eq!(m.form, DateForm::Iso);
}

#[test]
fn impossible_days_are_kept_as_written() {
    let m = one("The deal was signed on February 30.");
    assert_eq!((m.month, m.day), (2, 30));
    assert!(m.date_like);
    let m = one("In April 31 people died.");
    assert!(!m.date_like);
}

#[test]
fn lone_weekdays_and_qualifiers() {
    let d = dates("Troops killed 78 people on Wednesday. Talks resume next Monday.");
    assert_eq!(d.weekdays.len(), 2);
    assert!(!d.weekdays[0].qualified);
    assert_eq!(d.weekdays[0].clause.tense, Tense::Past);
    assert!(d.weekdays[1].qualified);
    let d = dates("Shops opened on Good Friday and the Sunday Times said so.");
    assert!(d.weekdays.iter().all(|w| w.qualified));
}

#[test]
fn clause_tense() {
    assert_eq!(
        one("The treaty was signed on June 9.").clause.tense,
        Tense::Past
    );
    assert!(one("The treaty was signed on June 9.").clause.adjacent);
    assert_eq!(
        one("The treaty will be signed on June 9.").clause.tense,
        Tense::Future
    );
    assert_eq!(
        one("The treaty is to be signed on June 9.").clause.tense,
        Tense::Future
    );
    assert_eq!(
        one("The vote is held on June 9.").clause.tense,
        Tense::Unknown
    );
    assert_eq!(
        one("Results based on June 9 data.").clause.tense,
        Tense::Unknown
    );
}

#[test]
fn numeric_dates() {
    let d = dates("Filed on 25/12/2024 and 13.01.2025, then 2025-13-01.");
    let got: Vec<_> = d
        .numeric
        .iter()
        .map(|n| (n.first, n.second, n.iso))
        .collect();
    assert_eq!(got, [(25, 12, false), (13, 1, false), (13, 1, true)]);
    assert!(dates("a ratio of 3/4 and 1.5.2").numeric.is_empty());
}
