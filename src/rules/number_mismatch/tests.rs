use super::NumberMismatch;
use crate::rules::test_util::{assert_clean, assert_flags};

#[test]
fn flags_a_death_toll_given_two_ways() {
    assert_flags(
        &NumberMismatch,
        "At least 78 people were killed in the blast, police said.\n\nRelatives of the 87 people killed gathered at the hospital.",
        &["the 87 people killed"],
    );
    assert_flags(
        &NumberMismatch,
        "The council has six members. Its 7 members meet in Geneva.",
        &["Its 7 members"],
    );
}

#[test]
fn flags_a_fact_box_against_a_paragraph() {
    assert_flags(
        &NumberMismatch,
        "Mission facts\n\nTroops: 2,500\n\nThe mission, which has about 2,000 troops in the north, was extended.",
        &["about 2,000 troops"],
    );
}

#[test]
fn transposed_digits_are_a_slip_however_far_apart() {
    assert_flags(
        &NumberMismatch,
        "Floods closed 41 schools on Monday.\n\nSchools closed: 14\n",
        &["Schools closed: 14"],
    );
    assert_clean(
        &NumberMismatch,
        "Ford is creating 11,000 jobs. GM, creating 4,000 jobs, followed.",
    );
}

#[test]
fn reads_a_subject_without_its_noun_a_copula_and_a_zero_too_many() {
    assert_flags(
        &NumberMismatch,
        "Seventy-two were injured when the bus crashed.\n\nThe 27 injured were taken to hospital.",
        &["The 27 injured were taken"],
    );
    assert_flags(
        &NumberMismatch,
        "Norway won 16 gold medals on Sunday.\n\nThe 21 gold medals are a record.",
        &["The 21 gold medals"],
    );
    assert_flags(
        &NumberMismatch,
        "About 300 workers were laid off on Monday.\n\nThe 3,000 workers laid off will be paid.",
        &["The 3,000 workers"],
    );
    assert_flags(
        &NumberMismatch,
        "Snow closed twenty-three schools on Thursday.\n\nThe 32 closed schools will reopen on Monday.",
        &["The 32 closed schools"],
    );
    assert_clean(
        &NumberMismatch,
        "Seventy-two were injured on Sunday.\n\nTwenty-seven were kept in hospital overnight.",
    );
}

#[test]
fn a_verb_said_of_people_with_its_noun_left_out() {
    assert_flags(
        &NumberMismatch,
        "Gunmen killed 12 people and wounded 30 in a village on Friday.\n\nThe 33 wounded were taken to hospitals.",
        &["The 33 wounded were taken"],
    );
    assert_flags(
        &NumberMismatch,
        "Eleven people were arrested after the match on Sunday.\n\nThe 12 people arrested will appear in court on Tuesday.",
        &["The 12 people arrested"],
    );
    assert_clean(
        &NumberMismatch,
        "More than 200 people are killed when a landslide hits a mine.\n\nA different landslide hit the site in January, killing over 400.",
    );
}

#[test]
fn a_measure_a_compound_owner_and_a_target_that_is_no_goal() {
    assert_flags(
        &NumberMismatch,
        "Kosovo's 120-seat parliament failed for the third time since the election.\n\nOf parliament's 150 seats, 20 are reserved for minorities.",
        &["parliament's 150 seats"],
    );
    assert_flags(
        &NumberMismatch,
        "All 108 crew members of the cargo ship were rescued.\n\nThe ship's 180 crew members were taken to Heraklion.",
        &["ship's 180 crew members were taken"],
    );
    assert_flags(
        &NumberMismatch,
        "It agreed to buy the firm in a $4.2 billion deal.\n\nAnalysts said the $4.8 billion deal valued the target at 17 times its profit.",
        &["the $4.8 billion deal"],
    );
    assert_clean(
        &NumberMismatch,
        "The city built 12,000 homes.\n\nThe 15,000 homes are its target for next year.",
    );
}

#[test]
fn a_dateline_does_not_date_the_count_after_it() {
    assert_flags(
        &NumberMismatch,
        "MADRID, April 17, 2025 (Reuters) - A bus overturned on Thursday, injuring 15 people, police said.\n\nThe 16 people injured were taken to hospital.",
        &["The 16 people injured"],
    );
}

#[test]
fn two_items_of_one_list_are_different_things() {
    assert_clean(
        &NumberMismatch,
        "- The event received nearly 300 questions from viewers.\n- The hangout received more than 200 questions from viewers.\n",
    );
}

#[test]
fn leaves_changes_totals_and_other_things() {
    assert_clean(
        &NumberMismatch,
        "At least 78 people were killed. The toll rose from 78 to 87 people killed overnight.",
    );
    assert_clean(
        &NumberMismatch,
        "At least 78 people were killed. Another 87 people were injured.",
    );
    assert_clean(
        &NumberMismatch,
        "Officials said 78 people were killed. The toll went from 78 to 87 on Tuesday. \
         The 87 dead include traders.",
    );
    assert_clean(
        &NumberMismatch,
        "In 2010, 78 people were killed. The 87 people killed this year were mourned.",
    );
    assert_clean(
        &NumberMismatch,
        "The council has six members. The board has 7 members of the staff.",
    );
    assert_clean(
        &NumberMismatch,
        "About 2,000 troops arrived. Some 2,100 troops arrived, officials said later.",
    );
}
