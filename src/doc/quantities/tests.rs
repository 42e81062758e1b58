use super::Bound;
use crate::doc::Format;
use crate::parse::parse;
use crate::source::SourceFile;

fn counts(text: &str) -> Vec<(f64, String, String, bool)> {
    let src = SourceFile::new("t.txt", text);
    let doc = parse(&src, Format::Plain);
    doc.quantities
        .counts
        .iter()
        .map(|c| (c.value, c.key.noun.clone(), c.key.verb.clone(), c.guarded))
        .collect()
}

#[test]
fn counts_in_words_and_digits_with_their_verbs() {
    assert_eq!(
        counts("At least 78 people were killed and six members of the council resigned."),
        vec![
            (78.0, "people".into(), "kill".into(), false),
            (6.0, "members".into(), String::new(), false),
        ]
    );
    // The verb before a count is the one after "and" too.
    assert_eq!(
        counts("The gunman killed 19 children and three teachers."),
        vec![
            (19.0, "children".into(), "kill".into(), false),
            (3.0, "teachers".into(), "kill".into(), false),
        ]
    );
    assert_eq!(
        counts("The blast killed 2.5 million sheep."),
        vec![(2_500_000.0, "sheep".into(), "kill".into(), false)]
    );
    assert_eq!(
        counts("Relatives of the 87 dead met."),
        vec![(87.0, "people".into(), "kill".into(), false)]
    );
}

#[test]
fn no_counts_in_years_money_ranges_and_units() {
    assert!(
        counts(
            "In 1999 troops left. It cost $500 million. From 70 to 80 people came. It took five years."
        )
        .is_empty()
    );
}

#[test]
fn fact_lines_give_counts() {
    assert_eq!(
        counts("Facts\n\nTroops: 2,500\nKilled: at least 78\nPopulation: 5,000\n"),
        vec![
            (2500.0, "troops".into(), String::new(), false),
            (78.0, "people".into(), "kill".into(), false),
        ]
    );
}

#[test]
fn ages_births_and_names() {
    let src = SourceFile::new(
        "t.txt",
        "John Smith, 45, who was born in 1972, spoke. Mary Jones (born March 3, 1980) and the 44-year-old Jones met. Born in 1960, Mr. Brown left.",
    );
    let doc = parse(&src, Format::Plain);
    let q = &doc.quantities;
    let ages: Vec<(&str, u32)> = q
        .ages
        .iter()
        .map(|a| (a.person.surname.as_str(), a.age))
        .collect();
    assert_eq!(ages, vec![("smith", 45), ("jones", 44)]);
    let births: Vec<(&str, u16, bool)> = q
        .births
        .iter()
        .map(|b| {
            (
                b.person.surname.as_str(),
                b.date.year,
                b.date.month_day.is_some(),
            )
        })
        .collect();
    assert_eq!(
        births,
        vec![
            ("smith", 1972, false),
            ("jones", 1980, true),
            ("brown", 1960, false)
        ]
    );
    assert!(q.same_person(&q.ages[1].person, &q.births[1].person));
    assert!(!q.same_person(&q.ages[0].person, &q.births[1].person));
}

fn keys(text: &str) -> Vec<(f64, String, String)> {
    let src = SourceFile::new("t.txt", text);
    let doc = parse(&src, Format::Plain);
    doc.quantities
        .counts
        .iter()
        .map(|c| (c.value, c.key.noun.clone(), c.key.owner.clone()))
        .collect()
}

#[test]
fn amounts_and_measures_are_keyed_by_what_they_are_said_of() {
    assert_eq!(
        keys("The board approved the $5.4 billion deal. Turnout was 64 percent."),
        vec![
            (5_400_000_000.0, "$".into(), "deal".into()),
            (64.0, "%".into(), "turnout".into()),
        ]
    );
    assert_eq!(
        keys("The coalition's 12-seat majority held. Its majority of 21 seats grew."),
        vec![
            (12.0, "seats".into(), "majority".into()),
            (21.0, "seats".into(), "majority".into()),
        ]
    );
    assert_eq!(
        keys("A dozen miners were trapped. It cost $500 million. A 12-year-old boy was hurt."),
        vec![(12.0, "miners".into(), String::new())]
    );
}

#[test]
fn a_range_is_one_count_from_its_low_figure_to_its_high_one() {
    let src = SourceFile::new(
        "t.txt",
        "Between 40 and 50 people were injured. 70 to 80 people were killed. 70 or 80 came.",
    );
    let doc = parse(&src, Format::Plain);
    let got: Vec<(f64, f64, Bound, String)> = doc
        .quantities
        .counts
        .iter()
        .map(|c| (c.low, c.value, c.bound, c.key.verb.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (40.0, 50.0, Bound::Range, "injur".into()),
            (70.0, 80.0, Bound::Range, "kill".into()),
        ]
    );
}

#[test]
fn a_participle_before_the_noun_is_its_verb() {
    assert_eq!(
        counts("Airlines cancelled 230 flights. Most of the 280 cancelled flights were short."),
        vec![
            (230.0, "flights".into(), "cancel".into(), false),
            (280.0, "flights".into(), "cancel".into(), false),
        ]
    );
}

#[test]
fn a_double_l_is_one_spelling_of_the_stem() {
    use super::words::stem;
    for (a, b) in [
        ("cancelled", "cancel"),
        ("cancelling", "cancels"),
        ("installed", "install"),
        ("travelled", "traveled"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} / {b}");
    }
    // A short stem keeps its letters: "called" is not "cal".
    assert_eq!(stem("called"), "call");
}

#[test]
fn a_body_is_no_person() {
    let src = SourceFile::new(
        "t.txt",
        "The longest-serving captain of Victoria's Country Fire Authority, who turns 60 next month, will step down.",
    );
    let doc = parse(&src, Format::Plain);
    assert!(
        doc.quantities
            .ages
            .iter()
            .all(|a| a.person.surname != "authority"),
        "{:?}",
        doc.quantities.ages
    );
}

#[test]
fn a_day_of_the_month_is_no_count() {
    assert_eq!(
        counts("The bridge was shut on June 20 after inspectors found cracks."),
        vec![]
    );
    assert_eq!(
        counts("Police arrested 20 inspectors."),
        vec![(20.0, "inspectors".into(), "arrest".into(), false)]
    );
}
