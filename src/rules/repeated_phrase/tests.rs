use super::RepeatedPhrase;
use crate::doc::Format;
use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

#[test]
fn flags_two_to_five_words_given_twice() {
    assert_flags(
        &RepeatedPhrase,
        "She graduated from graduated from Harvard.",
        &["graduated from"],
    );
    assert_flags(
        &RepeatedPhrase,
        "It is within the remit of the of the draft bill.",
        &["of the"],
    );
    assert_flags(
        &RepeatedPhrase,
        "He will return to the to the Real Madrid squad.",
        &["to the"],
    );
    assert_flags(
        &RepeatedPhrase,
        "It was one of the best one of the best seasons.",
        &["one of the best"],
    );
    assert_flags(
        &RepeatedPhrase,
        "The minister said on Monday that the minister said on Monday that talks failed.",
        &[],
    );
}

#[test]
fn issue_18_a_match_excused_one_word_early_does_not_hide_the_slip() {
    assert_flags(
        &RepeatedPhrase,
        "The head of the head of the central bank spoke.",
        &["the head of"],
    );
}

#[test]
fn flags_across_lines_case_and_markup() {
    assert_flags(
        &RepeatedPhrase,
        "She graduated from\ngraduated from Harvard.",
        &["graduated from"],
    );
    assert_flags(
        &RepeatedPhrase,
        "Of the of the twelve members, five voted.",
        &["of the"],
    );
    let d = run(
        &RepeatedPhrase,
        "The remit of the *of the* draft bill.\n",
        Format::Markdown,
    );
    assert_eq!(d.len(), 1);
    assert!(d[0].fix.is_none(), "markup around the copy: no fix");
    let d = run(
        &RepeatedPhrase,
        "<p>The remit of the <b>of the</b> draft bill.</p>",
        Format::Html,
    );
    assert_eq!(d.len(), 1);
}

#[test]
fn leaves_punctuation_chants_and_grammar() {
    assert_clean(
        &RepeatedPhrase,
        "It was very, very cold; we will, we will win.",
    );
    assert_clean(&RepeatedPhrase, "They tried over and over and over again.");
    assert_clean(&RepeatedPhrase, "Day by day by day the water rose.");
    assert_clean(&RepeatedPhrase, "It goes on and on and on and on.");
    assert_clean(
        &RepeatedPhrase,
        "The bells went ding dong ding dong all night.",
    );
    assert_clean(&RepeatedPhrase, "Whatever it is it is not our problem.");
    assert_clean(&RepeatedPhrase, "Where he was he was happy.");
    assert_clean(&RepeatedPhrase, "She said whatever will be will be.");
    assert_clean(
        &RepeatedPhrase,
        "Asked about the call, he said he said nothing wrong.",
    );
    assert_clean(&RepeatedPhrase, "If it is it is, and we move on.");
    assert_clean(
        &RepeatedPhrase,
        "The crowd chanted lock her up lock her up as he spoke.",
    );
    assert_clean(&RepeatedPhrase, "He sang New York New York at the gala.");
    assert_clean(&RepeatedPhrase, "She won 6 4 6 4 in the final.");
    assert_clean(&RepeatedPhrase, "He waved bye bye bye bye.");
    assert_clean(&RepeatedPhrase, "Find it at GitHub at github today.");
    assert_clean(&RepeatedPhrase, "list item list item");
    assert_clean(
        &RepeatedPhrase,
        "She sang:\nLet it be let it be\nLet it be let it be\n",
    );
    assert_clean(
        &RepeatedPhrase,
        "Offices: _Department of State_ _Department of State_ abroad.",
    );
    assert_clean(&RepeatedPhrase, "She had had had had enough.");
    assert_clean(
        &RepeatedPhrase,
        "Decades of tax and tax and spend and spend.",
    );
    assert_clean(
        &RepeatedPhrase,
        "It is getting bigger and bigger and stronger.",
    );
    assert_clean(
        &RepeatedPhrase,
        "They go from country to country to seek a cure.",
    );
}

#[test]
fn issue_18_leaves_repeats_grammar_allows_on_a_content_word() {
    // The five false alarms on 3.6 million words of real prose, by shape.
    assert_clean(
        &RepeatedPhrase,
        "Key areas of concern for the HDF the HDF is also responsible for security.",
    );
    assert_clean(
        &RepeatedPhrase,
        "He spoke with the minister the minister said no more.",
    );
    assert_clean(
        &RepeatedPhrase,
        "We have 4 more hard years of work to do to do that.",
    );
    assert_clean(
        &RepeatedPhrase,
        "Our job is to help the people help the people.",
    );
    assert_clean(
        &RepeatedPhrase,
        "It is a snapshot of what makes your project your project.",
    );
    assert_clean(
        &RepeatedPhrase,
        "It is a massive organization of organizations of organizations.",
    );
    // The same shapes on a function word, or without the grammar, are slips.
    assert_flags(
        &RepeatedPhrase,
        "Yesterday the minister the minister said no more.",
        &["the minister"],
    );
    assert_flags(
        &RepeatedPhrase,
        "Our job is to help the help the people.",
        &["help the"],
    );
    assert_flags(
        &RepeatedPhrase,
        "The players were told to train to train harder.",
        &["to train"],
    );
    assert_flags(
        &RepeatedPhrase,
        "He is expected to return to return to the squad.",
        &["to return"],
    );
    assert_flags(
        &RepeatedPhrase,
        "We want to make sure make sure that every vote counts.",
        &["make sure"],
    );
    assert_flags(
        &RepeatedPhrase,
        "The thing I have learned I have learned is to plan.",
        &["I have learned"],
    );
    assert_flags(
        &RepeatedPhrase,
        "It was hard, she said, and the thing I have learned\nI have learned is to plan.",
        &["I have learned"],
    );
    assert_flags(
        &RepeatedPhrase,
        "Did you ride the metro this morning this morning?",
        &["this morning"],
    );
    assert_flags(
        &RepeatedPhrase,
        "It is a massive organization of the of the department.",
        &["of the"],
    );
}

#[test]
fn leaves_mentions_and_chants_in_quotation_marks() {
    assert_clean(
        &RepeatedPhrase,
        "The draft contained the phrase \"of the of the\" twice.",
    );
    assert_clean(
        &RepeatedPhrase,
        "Fans chanted “bad boys bad boys” as the team arrived.",
    );
    assert_clean(
        &RepeatedPhrase,
        "The editor circled *of the of the* in red.\n",
    );
    assert_clean(
        &RepeatedPhrase,
        "We call the Lab *the Lab* because of it. And so on and so on.\n",
    );
    // A slip inside a long quotation is still a slip.
    assert_flags(
        &RepeatedPhrase,
        "\"We will return to the to the table when the talks resume next month,\" he said.",
        &["to the"],
    );
}

#[test]
fn lists_are_sorted_for_binary_search() {
    assert!(super::FREE_RELATIVE.is_sorted());
    assert!(super::SUBJECTS.is_sorted());
    assert!(super::SLIP_WORDS_IN_CAPITALS.is_sorted());
    assert!(super::CHANT.is_sorted());
    assert!(super::NAMING.is_sorted());
    assert!(super::COMPLEMENT_VERBS.is_sorted());
    assert!(super::BARE_INFINITIVE_VERBS.is_sorted());
    assert!(super::DETERMINERS.is_sorted());
    assert!(super::CHANT_VERBS.is_sorted());
    assert!(super::REPORTING_VERBS.is_sorted());
    assert!(super::AMOUNT_NOUNS.is_sorted());
    assert!(super::OBJECT_PRONOUNS.is_sorted());
}

#[test]
fn fix_removes_the_second_copy() {
    assert_eq!(
        fixed(
            &RepeatedPhrase,
            "She graduated from graduated from Harvard."
        ),
        "She graduated from Harvard."
    );
    assert_eq!(
        fixed(
            &RepeatedPhrase,
            "She graduated from\ngraduated from Harvard."
        ),
        "She graduated from\nHarvard."
    );
    assert_eq!(
        fixed(
            &RepeatedPhrase,
            "She graduated from\ngraduated from\nHarvard."
        ),
        "She graduated from\nHarvard."
    );
}
