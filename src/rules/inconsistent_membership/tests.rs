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
        m.iter()
            .any(|x| x.contains("`India` was an observer, not a member")
                && x.contains("7 June 2012")),
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
