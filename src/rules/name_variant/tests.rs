use super::NameVariant;
use crate::rules::test_util::{assert_clean, assert_flags};
use crate::span::Span;

#[test]
fn covers_agrees_with_a_walk_over_every_span() {
    // Nested, overlapping, touching and disjoint spans, in no order.
    let spans = [
        (10, 20),
        (0, 5),
        (12, 14),
        (30, 60),
        (18, 35),
        (40, 41),
        (5, 5),
    ];
    let set = super::Covers::new(spans.iter().map(|&(a, b)| Span::new(a, b)));
    for start in 0..70 {
        for end in start..72 {
            let s = Span::new(start, end);
            let walk = spans.iter().any(|&(a, b)| Span::new(a, b).contains(s));
            assert_eq!(set.contains(s), walk, "{start}..{end}");
        }
    }
    assert!(!super::Covers::new(std::iter::empty()).contains(Span::new(0, 0)));
}

#[test]
fn flags_the_minority_spelling_of_a_name() {
    assert_flags(
        &NameVariant,
        "President Volodymyr Zelensky spoke. Zelensky said more. Zelenskyy left. Zelensky, aides said, and Zelenskyy agreed.",
        &["Zelenskyy", "Zelenskyy"],
    );
    assert_flags(
        &NameVariant,
        "Crown Prince Mohammed bin Salman met envoys. Mohammad bin Salman then left.",
        &["Mohammad"],
    );
}

#[test]
fn given_names_match_with_or_without_diacritics() {
    assert_flags(
        &NameVariant,
        "Nguyen Phu Trong died. Nguyen Phu Trong led the party. Crowds mourned Nguyễn Phú Trọng. Nguyễn Phú Trọng was 80.",
        &["Nguyễn", "Trọng", "Nguyễn", "Trọng"],
    );
}

#[test]
fn diacritics_alone_are_one_name_even_once() {
    assert_flags(
        &NameVariant,
        "Coach Ibrahima Traoré named his squad. Traoré kept the captain. Traore said little.",
        &["Traore"],
    );
    assert_flags(
        &NameVariant,
        "Vytautas Žukauskas won the vote. Opponents of Vytautas Zukauskas conceded.",
        &["Zukauskas"],
    );
}

#[test]
fn a_given_name_transliterated_two_ways_beside_one_family_name() {
    assert_flags(
        &NameVariant,
        "Yevgeny Tarasov ran the plant. Tarasov denied it. Evgeny Tarasov later resigned.",
        &["Evgeny"],
    );
    assert_flags(
        &NameVariant,
        "Rajeev Kurian founded the firm. Kurian sold it. Rajiv Kurian now advises it.",
        &["Rajiv"],
    );
    // Unlisted given names romanised two ways: "ksh"/"x", "ee"/"i".
    assert_flags(
        &NameVariant,
        "Lakshmi Narayanan spoke. Laxmi Narayanan said more. Narayanan left.",
        &["Laxmi"],
    );
    assert_flags(
        &NameVariant,
        "Sudheer Raghavan spoke. Raghavan left. Sudhir Raghavan returned.",
        &["Sudhir"],
    );
    assert_clean(
        &NameVariant,
        "Lakshmi Narayanan spoke. Laxmi Rao said more. Narayanan left.",
    );
    // Both spellings listed as names: a person's second reference is a slip, a place or
    // a language is not.
    assert_flags(
        &NameVariant,
        "Claire Thompson was named chief. Thompson starts in May. Thomson said so.",
        &["Thomson"],
    );
    assert_clean(
        &NameVariant,
        "They named the city Rabbath Ammon. The name meant the capital of Ammon. It was shortened to Ammon, and then to Amman.",
    );
    // Two men, one given name in two spellings, two family names: two people.
    assert_clean(
        &NameVariant,
        "Mohammed Salah scored. Muhammad Yunus watched. Salah left.",
    );
}

#[test]
fn a_one_off_slip_tied_to_the_person_is_reported_here() {
    assert_flags(
        &NameVariant,
        "President Volodymyr Zelensky spoke. Zelensky said more. Zelenskyy left.",
        &["Zelenskyy"],
    );
}

#[test]
fn a_line_up_lists_different_players() {
    assert_clean(
        &NameVariant,
        "The side: Malone, Maloney, Keane, Duffy and Walsh. Malone scored twice and Malone was booked.",
    );
}

#[test]
fn a_one_off_slip_is_left_to_the_typo_rule() {
    assert_clean(
        &NameVariant,
        "Zelensky spoke. Zelensky said more. Later Zelenskyy left.",
    );
}

#[test]
fn leaves_different_people_inflections_and_sic() {
    assert_clean(
        &NameVariant,
        "Boris Johnson met Andrew Johnston. Johnson left first.",
    );
    assert_clean(
        &NameVariant,
        "The Kazakh minister met Kazakhs abroad. Annan's plan and Annan.",
    );
    assert_clean(
        &NameVariant,
        "Zelensky spoke. Zelensky again. The sign read \"Zelenskyy [sic] welcome\" twice.",
    );
    assert_clean(
        &NameVariant,
        "James Michel met Michel Kafando. Michael Sata left.",
    );
}
