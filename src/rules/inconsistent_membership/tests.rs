//! The rule on small texts.

use super::InconsistentMembership;
use crate::doc::Format;
use crate::rules::test_util::{assert_clean, run};

const R: InconsistentMembership = InconsistentMembership;

fn messages(text: &str) -> Vec<String> {
    run(&R, text, Format::Plain)
        .into_iter()
        .map(|d| d.message)
        .collect()
}

#[test]
fn two_lists_of_one_group_that_differ() {
    let m = messages(
        "SCO Facts\n\n  • Includes China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan\n\nThe SCO, consisting of Russia, China, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Uzbekistan, met.\n",
    );
    assert_eq!(m.len(), 1, "{m:?}");
    assert!(m[0].contains("`Uzbekistan` is named twice"), "{}", m[0]);
    assert!(m[0].contains("seven names against six members"), "{}", m[0]);
}

#[test]
fn stated_counts_in_words_and_digits() {
    let m = messages(
        "The SCO was founded in 2001. Its six members: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and India.\n",
    );
    assert!(
        m.iter()
            .any(|x| x.contains("`six`") && x.contains("names seven")),
        "{m:?}"
    );
}

#[test]
fn known_membership_on_the_articles_date() {
    let m = messages(
        "June 7, 2012\n\nThe SCO, consisting of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and India, met.\n",
    );
    assert!(
        m.iter().any(
            |x| x.contains("`India` is an observer, not a member") && x.contains("7 June 2012")
        ),
        "{m:?}"
    );
}

#[test]
fn overlapping_groups_and_observers_stay_apart() {
    assert_clean(
        &R,
        "The G7, consisting of the United States, Japan, Germany, Britain, France, Italy and Canada, met. The G20 includes China, India and Brazil. India, Iran, Mongolia and Pakistan have observer status at the SCO.\n",
    );
}

#[test]
fn the_whole_security_council_is_the_p5_and_the_e10_from_2000() {
    use crate::data::groups::{Role, get};
    let groups = get();
    let id = |s: &str| groups.by_id(s).map(|g| groups.get(g));
    let (Some(all), Some(p5), Some(e10)) = (id("unsc"), id("unsc-p5"), id("unsc-elected")) else {
        panic!("the three Security Council files load");
    };
    let mut days: Vec<_> = p5.boundaries(Role::Member);
    days.extend(e10.boundaries(Role::Member));
    days.extend(all.boundaries(Role::Member));
    let start = crate::text::date::Date::new(2000, 1, 1).expect("a date");
    // Before the elected seats are modelled, the whole council is not modelled either.
    let before = crate::text::date::Date::new(1995, 6, 1).expect("a date");
    let china = p5.rows[0].entity;
    assert_ne!(
        p5.holds(china, Role::Member, before),
        all.holds(china, Role::Member, before)
    );
    days.retain(|d| *d >= start);
    for d in days {
        for r in p5.rows.iter().chain(&e10.rows).chain(&all.rows) {
            let parts =
                p5.holds(r.entity, Role::Member, d)
                    .max(e10.holds(r.entity, Role::Member, d));
            assert_eq!(
                all.holds(r.entity, Role::Member, d),
                parts,
                "entity {:?} on {d:?}",
                r.entity
            );
        }
    }
}

#[test]
fn a_qualified_selection_of_the_whole_council() {
    let m = messages(
        "NEW YORK, March 19, 2025 (Reuters) - The three African members of the UN Security Council, Algeria, Mozambique and Somalia, called for talks.\n",
    );
    assert!(m.iter().any(|x| x.contains("`Mozambique`")), "{m:?}");
    assert_clean(
        &R,
        "NEW YORK, March 19, 2025 (Reuters) - The three African members of the UN Security Council, Algeria, Sierra Leone and Somalia, called for talks. The Security Council's five permanent members, Britain, China, France, Russia and the United States, met.\n",
    );
}
