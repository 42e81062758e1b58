use super::{ArticleAgreement, Sound, number, reading};
use crate::doc::{Format, Shape};
use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

#[test]
fn the_table_parses_and_its_entries_are_clean() {
    let text = crate::data::embedded(super::TABLE_PATH).expect("embedded");
    let p = super::parse(text).expect("parses");
    assert!(p.whole.len() + p.prefixes.len() > 50);
    let mut seen = std::collections::HashSet::new();
    for (w, _) in p.whole.iter().chain(&p.prefixes) {
        assert_eq!(w, &w.to_lowercase(), "{w}: table words are lower case");
        assert!(seen.insert(w.clone()), "{w}: listed twice");
    }
    for (w, _) in &p.initialisms {
        assert_eq!(w, &w.to_uppercase(), "{w}: initialisms are in capitals");
    }
}

#[test]
fn issue_18_a_currency_before_its_amount_is_read_after_it() {
    let md = "They paid a [NZ$](https://example.org/nzd \"New Zealand dollar\")50 million fine,\n\
              a [R](https://example.org/zar)500 million deal, a AU$10 billion order\n\
              and a RM\u{200e}13.5 billion bill, a F.CFA 3.5 million fine, after a X5.1-class flare and a S-400 strike.\n";
    let d = run(&ArticleAgreement, md, Format::Markdown);
    let flagged: Vec<_> = d.iter().map(|f| &md[f.span.range()]).collect();
    assert_eq!(flagged, ["a", "a"], "{d:?}");
    assert!(d[0].message.contains("X5.1"), "{}", d[0].message);
    let html = "<p>A deal worth a <a href=\"/zar\">R</a>500 million.</p>";
    assert!(run(&ArticleAgreement, html, Format::Html).is_empty());
}

#[test]
fn issue_18_the_story_after_a_wire_dateline_starts_a_sentence() {
    assert_flags(
        &ArticleAgreement,
        "BRUSSELS, April 29, 2025 (Reuters) - An European Union official said on Tuesday \
         that the bloc would respond.",
        &["An"],
    );
    assert_flags(
        &ArticleAgreement,
        "LONDON — A independent review found that the plan had failed.",
        &["A"],
    );
    assert_clean(
        &ArticleAgreement,
        "DUBLIN (Reuters) - An Post said on Monday that it would cut 200 jobs.",
    );
    assert_flags(
        &ArticleAgreement,
        "The cost was a eye-watering sum after a all-out strike.",
        &["a", "a"],
    );
    // Not a dateline: "Plan A" stays a letter.
    assert_clean(
        &ArticleAgreement,
        "The board chose between two options - Plan A European tour or a home series.",
    );
}

#[test]
fn word_lists_are_sorted_for_binary_search() {
    assert!(super::FOREIGN.is_sorted());
    assert!(super::NOT_AFTER_ARTICLE.is_sorted());
    assert!(super::IRISH_NAMES.is_sorted());
}

#[test]
fn a_bad_table_is_an_error_with_its_line() {
    let e = super::parse("[words]\nvowel = [\"hour*\"]\nconsonant = 3\n").unwrap_err();
    assert_eq!(e.line, 3, "{e}");
    assert!(e.to_string().starts_with("rules/articles.toml:3:"), "{e}");
}

#[test]
fn words_are_read_by_sound() {
    let s = |w: &str, shape| reading(w, shape).map(|r| r.sound);
    assert_eq!(s("hour", Shape::Lower), Some(Sound::Vowel));
    assert_eq!(s("honorary", Shape::Lower), Some(Sound::Vowel));
    assert_eq!(s("unicorn", Shape::Lower), Some(Sound::Consonant));
    assert_eq!(s("unusual", Shape::Lower), Some(Sound::Vowel));
    assert_eq!(s("umbrella", Shape::Lower), Some(Sound::Vowel));
    assert_eq!(s("European", Shape::Capitalised), Some(Sound::Consonant));
    assert_eq!(s("one-off", Shape::Lower), Some(Sound::Consonant));
    assert_eq!(s("MP", Shape::AllCaps), Some(Sound::Vowel));
    assert_eq!(s("FBI", Shape::AllCaps), Some(Sound::Vowel));
    assert_eq!(s("NATO", Shape::AllCaps), Some(Sound::Consonant));
    assert_eq!(s("U.N", Shape::AllCaps), Some(Sound::Consonant));
    assert_eq!(s("X-ray", Shape::Mixed), Some(Sound::Vowel));
    assert_eq!(s("U-turn", Shape::Mixed), Some(Sound::Consonant));
    assert_eq!(s("URL", Shape::AllCaps), None);
    assert_eq!(s("historic", Shape::Lower), Some(Sound::Either));
    assert_eq!(s("iPhone", Shape::Mixed), Some(Sound::Vowel));
    assert_eq!(s("MSc", Shape::Mixed), Some(Sound::Vowel));
    assert_eq!(s("RESTful", Shape::Mixed), None);
    assert_eq!(s("Fed100", Shape::Alnum), None);
    assert_eq!(s("AAAS", Shape::AllCaps), None);
    assert_eq!(s("SSP", Shape::AllCaps), Some(Sound::Vowel));
}

#[test]
fn numbers_are_read_as_said() {
    for (n, sound) in [
        ("8", Some(Sound::Vowel)),
        ("18-year-old", Some(Sound::Vowel)),
        ("11th", Some(Sound::Vowel)),
        ("80", Some(Sound::Vowel)),
        ("800", Some(Sound::Vowel)),
        ("8,000", Some(Sound::Vowel)),
        ("11,000", Some(Sound::Vowel)),
        ("18000", Some(Sound::Vowel)),
        ("1800", None),
        ("1100", None),
        ("110", Some(Sound::Consonant)),
        ("180", Some(Sound::Consonant)),
        ("1", Some(Sound::Consonant)),
        ("2011", Some(Sound::Consonant)),
        ("8.5", Some(Sound::Vowel)),
    ] {
        assert_eq!(number(n), sound, "{n}");
    }
}

#[test]
fn flags_the_issue_cases() {
    assert_flags(&ArticleAgreement, "He holds a honorary degree.", &["a"]);
    assert_flags(&ArticleAgreement, "It was a excellent chance.", &["a"]);
    assert_flags(
        &ArticleAgreement,
        "They staged a experimental show.",
        &["a"],
    );
    assert_flags(&ArticleAgreement, "It was a easy victory.", &["a"]);
    assert_flags(&ArticleAgreement, "An European summit opened.", &["An"]);
    assert_flags(&ArticleAgreement, "It is an unique case.", &["an"]);
    assert_flags(
        &ArticleAgreement,
        "She met a MP and a FBI agent.",
        &["a", "a"],
    );
    assert_flags(&ArticleAgreement, "He is a 18-year-old from Leeds.", &["a"]);
    assert_flags(&ArticleAgreement, "It was an U.N. report.", &["an"]);
    assert_flags(&ArticleAgreement, "She waited a hour.", &["a"]);
    // Initialisms after the word are not a line in capitals.
    assert_flags(&ArticleAgreement, "She met an European MP.", &["an"]);
    assert_flags(&ArticleAgreement, "She had a MRI scan.", &["a"]);
}

#[test]
fn leaves_right_articles() {
    assert_clean(
        &ArticleAgreement,
        "An hour, an honest man, a unicorn, a European, a one-off, an MP, an FBI agent, \
         a NATO summit, an 18-year-old, an 11th place, a U.N. report, an X-ray, a U-turn, \
         a university, an umbrella, an 8% rise, a 100-day plan, a usual day.",
    );
}

#[test]
fn leaves_letters_labels_foreign_text_and_either_words() {
    assert_clean(
        &ArticleAgreement,
        "Plan A an option? Take vitamin A every day.",
    );
    assert_clean(
        &ArticleAgreement,
        "It was a historic day and an historic one.",
    );
    assert_clean(&ArticleAgreement, "Paste a URL or an URL here.");
    assert_clean(
        &ArticleAgreement,
        "They sang Frente para a Independência loudly.",
    );
    assert_clean(&ArticleAgreement, "He works for An Post in Dublin.");
    assert_clean(&ArticleAgreement, "The ship docked an der Elbe.");
    assert_clean(&ArticleAgreement, "The volcano Waw an Namus lies south.");
    assert_clean(&ArticleAgreement, "I have a LOT fewer questions.");
    assert_clean(&ArticleAgreement, "A SOO is short. We wrote a SOO for it.");
    assert_clean(&ArticleAgreement, "On the schedule\\_a endpoint.");
    assert_clean(
        &ArticleAgreement,
        "There is a NATO-led force and an MP-elect.",
    );
    assert_clean(&ArticleAgreement, "Go from a to b, then point a or b.");
    assert_clean(&ArticleAgreement, "Use \"an\" before a vowel.");
    assert_clean(&ArticleAgreement, "The score: a excelent result.");
    let d = run(
        &ArticleAgreement,
        "# A Engineering\n\n- A Overview\n",
        Format::Markdown,
    );
    assert!(d.is_empty(), "{d:?}");
}

#[test]
fn fix_swaps_the_article_keeping_case() {
    assert_eq!(
        fixed(&ArticleAgreement, "A honorary degree and an unique case."),
        "An honorary degree and a unique case."
    );
}
