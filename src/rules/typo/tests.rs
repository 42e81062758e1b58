//! Unit tests of the `typo` rule.

use super::Typo;
use crate::doc::Format;
use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

#[test]
fn known_misspellings_are_fixed_in_their_case() {
    assert_eq!(
        fixed(
            &Typo,
            "The goverment said. Goverment sources. GOVERMENT HOUSE"
        ),
        "The government said. Government sources. GOVERNMENT HOUSE"
    );
}

#[test]
fn seed_sentence_gives_support() {
    let text = "urged all parties concerned to suport the U.N. mission’s work in Syria.";
    let d = run(&Typo, text, Format::Plain);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].suggestions, ["support"]);
    assert!(
        d[0].fix
            .as_ref()
            .is_some_and(crate::diagnostic::Fix::is_safe)
    );
}

#[test]
fn unknown_lower_case_words_get_ranked_suggestions() {
    let d = run(
        &Typo,
        "The two sides agreed a ceasfire on Monday.",
        Format::Plain,
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].suggestions[0], "ceasefire");
    assert!(d[0].fix.as_ref().is_some_and(|f| !f.is_safe()));
}

#[test]
fn names_are_not_errors_for_being_unknown() {
    assert_clean(
        &Typo,
        "Kyrgyzstan's President Almaz Atambayev met Emomali Rahmonov and Liu Weimin in Hama.",
    );
    assert_clean(
        &Typo,
        "Félix Tshisekedi, Siobhán Ólafsdóttir and Łukasz Nguyen spoke.",
    );
}

#[test]
fn a_name_spelt_otherwise_elsewhere_is_flagged() {
    assert_flags(
        &Typo,
        "Kazakhstan and China signed. Kazahkstan said later that Kazakhstan agreed.",
        &["Kazahkstan"],
    );
    // Two different people one letter apart, each once: no evidence either way.
    assert_clean(&Typo, "Ahmed Rashid met Ahmad Shah Massoud.");
    // A known country name is evidence on its own.
    assert_flags(&Typo, "Troops left Kyrgyztan on Friday.", &["Kyrgyztan"]);
}

#[test]
fn compounds_possessives_and_prefixes() {
    assert_clean(
        &Typo,
        "the cease-fire, the socio-economic plan, anti-government protests, the nonmember states",
    );
    assert_flags(&Typo, "a cease-fiire deal", &["fiire"]);
    assert_flags(&Typo, "the goverment's plan", &["goverment"]);
}

#[test]
fn a_formation_better_read_as_a_slip_of_a_common_word_is_reported() {
    // Formations of real copy stay accepted.
    assert_clean(
        &Typo,
        "The reelection of a nonmember after counterstrikes, bushfires and tribalists.",
    );
    assert_clean(
        &Typo,
        "The fix looked bookish, but time and chance happeneth to them all.",
    );
    // "co" + "ruts" is `courts`, a hundred times more frequent than "ruts"; and there is no
    // plural of a past tense ("traileds").
    for slip in ["coruts", "rewally", "traileds"] {
        assert_flags(
            &Typo,
            &format!("The minister said the {slip} was discussed."),
            &[slip],
        );
    }
}

#[test]
fn a_slip_before_a_full_stop_and_a_quote_is_still_a_slip() {
    assert_flags(&Typo, "“We will suport.” He left.", &["suport"]);
    assert_flags(&Typo, "He said: “suport.”", &["suport"]);
}

#[test]
fn code_paths_acronyms_and_numbers_are_left_alone() {
    assert_clean(
        &Typo,
        "See report_fnl.pdf and src/mian for the 4th UNAMID memo at www.exmaple.org, #suport @suport.",
    );
}

#[test]
fn species_names_and_reduplications_are_not_slips() {
    assert_clean(
        &Typo,
        "krill (Euphausia superba) and toothfish (D. mawsoni), and cloves and ylang-ylang",
    );
    assert_flags(&Typo, "President Atambayev saidd on Friday", &["saidd"]);
    assert_clean(&Typo, "trade within Mercosur and with Mercosul members");
}

#[test]
fn cited_terms_and_foreign_mottos_are_left_alone() {
    assert_clean(
        &Typo,
        "Vietnam's \"doi moi\" (renovation) policy, a prayer shawl (tallit) and the \"bolsones\".",
    );
    assert_clean(&Typo, "the “haves” and “have nots” of «laissez-faire»");
    assert_clean(&Typo, "the motto ORDEM E PROGRESSO (Order and Progress)");
    // A long quotation is prose: its slips are reported.
    assert_flags(
        &Typo,
        "\"We will not accept any ceasfire that leaves the rebels armed,\" he said.",
        &["ceasfire"],
    );
    assert_flags(&Typo, "SCO SUMMIT: GOVERMENT WARNS", &["GOVERMENT"]);
}

#[test]
fn bigger_list_accepts_rarer_words_and_accent_free_loanwords() {
    assert_clean(
        &Typo,
        "The cafe sold switchgrass to a protege; the unban vote was duplicative.",
    );
    // A known misspelling stays one even where the bigger list has the form.
    assert_flags(
        &Typo,
        "the goverment and the suport",
        &["goverment", "suport"],
    );
}

#[test]
fn cited_foreign_words_are_not_slips() {
    assert_clean(
        &Typo,
        "it comes from the Malay words kuala (river junction) and lumpur (mud)",
    );
    assert_clean(
        &Typo,
        "the name comes from the Spanish phrase oro hubo; the Sanskrit simha, or \"lion\"",
    );
    // A glossed word needs a sentence about words or names.
    assert_flags(&Typo, "They signed the ceasfire (in May).", &["ceasfire"]);
}

#[test]
fn phrase_words_are_accepted_only_inside_their_phrase() {
    assert_clean(
        &Typo,
        "a strong laissez-faire tradition; reform the habeas corpus laws; they left en masse.",
    );
    assert_flags(&Typo, "the habeas laws were reformed", &["habeas"]);
}

#[test]
fn compound_endings_and_multi_word_names() {
    assert_clean(
        &Typo,
        "the have-nots, 14-year-olds, a single-handedly won match, a left-hander who ad-libbed",
    );
    assert_clean(&Typo, "YouTube-esque features on an omni-channel platform");
    assert_flags(&Typo, "a cease-fiire deal", &["fiire"]);
    assert_clean(
        &Typo,
        "the state-owned Television Nacional de Chile network",
    );
    assert_flags(&Typo, "Goverment Rejects Calls", &["Goverment"]);
}

#[test]
fn missing_apostrophes_and_run_together_words_are_fixed() {
    assert_eq!(
        fixed(
            &Typo,
            "Dont worry, it isnt late; I cant stay. We wouldnt go. He said thefirst was upto them."
        ),
        "Don't worry, it isn't late; I can't stay. We wouldn't go. He said the first was up to them."
    );
    // A prefix is not a function word: "insourcing", "upskilling".
    let d = run(
        &Typo,
        "firms are insourcing jobs and upskilling staff",
        Format::Plain,
    );
    assert!(
        d.iter().all(|d| !d.message.contains("run together")),
        "{d:?}"
    );
    // The noun stays: "the cant of officials", "as was his wont".
    assert_clean(&Typo, "the cant of officials, as was his wont");
}

#[test]
fn character_references_and_quoted_informal_speech() {
    assert_clean(
        &Typo,
        "They met at the caf&#233; to read the communiqu&eacute;.",
    );
    assert_clean(
        &Typo,
        "\"Pleeease, it was sooo 'orrible,\" she said. \"We were goin' home.\"",
    );
    // Outside quotation marks a lengthened word is still reported.
    assert_flags(&Typo, "The plan was pleeease.", &["pleeease"]);
}

#[test]
fn an_unknown_word_used_twice_is_a_term() {
    assert_clean(&Typo, "The matai met. Each matai leads a family.");
    assert_flags(&Typo, "The ceasfire held. Nobody broke it.", &["ceasfire"]);
    // A plural or singular that is a listed word is what the slip meant, not a second use.
    assert_clean(&Typo, "One listserve, two listserves.");
    assert_flags(
        &Typo,
        "They walked across the bridge and acros the square, spending dollars, dollarss.",
        &["acros", "dollarss"],
    );
    // Known misspellings are reported however often they occur.
    assert_flags(
        &Typo,
        "The goverment met. The goverment left.",
        &["goverment", "goverment"],
    );
}

#[test]
fn sic_quotations_are_left_as_written() {
    assert_clean(
        &Typo,
        "The sign read “We suport the goverment” [sic] in red.",
    );
    assert_clean(&Typo, "He wrote that he would suport [sic] the plan.");
    assert_flags(
        &Typo,
        "He wrote that he would suport [sic] the goverment plan.",
        &["goverment"],
    );
}

#[test]
fn markdown_code_is_a_hole_and_the_escape_comment_works() {
    let md = "Run `suport --help` first.\n\n<!-- copydesk-disable-next-line typo -->\nThe goverment said.\n\nThe goverment spoke.\n";
    let d = run(&Typo, md, Format::Markdown);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(&md[d[0].span.range()], "goverment");
    assert!(d[0].span.start() > md.find("spoke").unwrap() - 20);
}

#[test]
fn issue_18_run_together_words_get_the_split() {
    assert_eq!(
        fixed(
            &Typo,
            "Then hesaid it was the room inwhich they met, done toprevent a fire that willmean delays for theirfamilies."
        ),
        "Then he said it was the room in which they met, done to prevent a fire that will mean delays for their families."
    );
    // A plural closed up with a common word: reported, but "question marks" may be meant.
    let d = run(&Typo, "He raised questionsmarks over it.", Format::Plain);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].suggestions, ["questions marks"]);
    assert!(d[0].fix.as_ref().is_some_and(|f| !f.is_safe()));
    // "to the", not "tot he": a pronoun starts a pair, never ends one.
    assert_eq!(fixed(&Typo, "He went tothe shop."), "He went to the shop.");
}

#[test]
fn issue_18_run_together_traps() {
    // Compounds after a plural, prefixes, and foreign words cited as a phrase.
    assert_clean(
        &Typo,
        "The salesman sold bushfires insurance; a hardline wartime plan; the townspeople left.",
    );
    assert_clean(
        &Typo,
        "the name comes from the Bantu phrase zimba we bahwe, meaning houses of stone",
    );
    // A prefix reading: `counter-` + "spin", not "counters pin".
    assert_clean(&Typo, "a counterspin campaign");
}

#[test]
fn issue_18_short_name_slips_beside_a_name_used_twice() {
    assert_flags(
        &Typo,
        "Andy Roddick won. Roddick served. Roddick said he was tired. Later Rodick left.",
        &["Rodick"],
    );
    assert_flags(
        &Typo,
        "Chorlton won. Chorlton fans cheered. A Chorton player scored.",
        &["Chorton"],
    );
    assert_flags(&Typo, "Kujda scored. Kujda ran. Kudja missed.", &["Kudja"]);
    let d = run(
        &Typo,
        "Then Kudja missed. Kujda scored. Kujda ran.",
        Format::Plain,
    );
    assert_eq!(d[0].suggestions, ["Kujda"]);
}

#[test]
fn issue_18_a_name_after_a_closing_straight_quote_is_outside_the_quotation() {
    assert_flags(
        &Typo,
        "\"We scored five,\" said Daveport. \"And we will win.\" Later Davenport smiled and Davenport left.",
        &["Daveport"],
    );
}

#[test]
fn issue_18_short_name_traps() {
    // Transliterations, as real copy writes them: inside a multi-word name, in a clause
    // about names, or a plural.
    assert_clean(
        &Typo,
        "Africa grew. Africa voted. The choir sang the old anthem Die Stem van Suid Afrika at the opening of the new parliament.",
    );
    assert_clean(
        &Typo,
        "Bosnia voted. Bosnia grew. The northern territory is named for the Bosna River.",
    );
    assert_clean(
        &Typo,
        "Fiji grew. Fiji voted. The Fijians called their home Viti, but the Tongans called it Fisi.",
    );
    assert_clean(&Typo, "Korean talks. Korean troops. The two Koreas met.");
    assert_clean(
        &Typo,
        "Roghun dam. Roghun power. The government is building the Rogun Dam on the river.",
    );
    // Two people: each spelling beside a given name of its own.
    assert_clean(
        &Typo,
        "Boris Roddick spoke. Roddick left. Roddick returned. Andy Rodick arrived.",
    );
    // A form used twice is a name of its own, not a slip.
    assert_clean(&Typo, "Ahmadd spoke. Ahmadd left. Ahmad arrived.");
    assert_clean(
        &Typo,
        "Okafor spoke. Okafor left. Okafur spoke. Okafur left.",
    );
    // Another first letter is another name.
    assert_clean(
        &Typo,
        "Tom Kane scored, and Marcus Lane made his first start. Kane now has 19 goals.",
    );
}

#[test]
fn issue_18_short_name_slips_of_any_shape() {
    // A doubled letter written single beside a name used twice, a vowel for a vowel, a
    // vowel dropped or added, an `h` dropped, a last letter struck wrong.
    for (text, slip) in [
        ("Marco Gallo spoke. Galo said no. Gallo left.", "Galo"),
        (
            "Rania Haddad won. Haddad trains. Hadad's time was fast.",
            "Hadad",
        ),
        (
            "Grace Okafor spoke. Okafur also announced a review. Okafor left.",
            "Okafur",
        ),
        (
            "Paul Ainsley spoke. Later Ainsly said no. Ainsley left.",
            "Ainsly",
        ),
        (
            "Conor Lowry won. Lowrey said it was his best. Lowry moves up.",
            "Lowrey",
        ),
        (
            "Erik Lindahl spoke. Lindal told analysts. Lindahl left.",
            "Lindal",
        ),
        (
            "Dmitri Petrov was sent off. Petrof will miss two matches. Petrov said no.",
            "Petrof",
        ),
    ] {
        assert_flags(&Typo, text, &[slip]);
    }
}

#[test]
fn issue_18_suggestions_ranked_by_context() {
    let first = |text: &str| {
        run(&Typo, text, Format::Plain)
            .first()
            .and_then(|d| d.suggestions.first().cloned())
            .unwrap_or_default()
    };
    assert_eq!(first("I dont know."), "don't");
    assert_eq!(first("It isnt true."), "isn't");
    assert_eq!(first("There is alot of it."), "a lot");
    assert_eq!(first("We have upto ten."), "up to");
    assert_eq!(first("A habeus corpus writ was filed."), "habeas");
    // Outside its phrase the frequency list decides.
    assert_ne!(first("The habeus laws."), "habeas");
    // A split loses to a more common listed word, and "a" takes no verb form.
    assert_eq!(first("They sold hadware."), "hardware");
    assert_eq!(first("He astated it."), "stated");
}

#[test]
fn short_name_slips_leave_titles_and_transliterated_given_names() {
    // "Gen." is a title, not a name one might misspell as "Geun".
    assert_clean(
        &Typo,
        "Gen. Ne Win ruled. Gen. Prayut Chan-ocha took power. President Park Geun-hye resigned.",
    );
    // Two people whose given names are spellings of one name.
    assert_clean(
        &Typo,
        "Mohamed Nasheed won. Later Mohamed Najib led Malaysia, as Mahathir bin Mohamad had.",
    );
    // A one-off slip of a name used twice is still one.
    assert_flags(
        &Typo,
        "Anna Okafor spoke. Okafor said no. Later Okafur left.",
        &["Okafur"],
    );
}

#[test]
fn doubled_t_and_s_variants_are_not_misspellings() {
    assert_clean(
        &Typo,
        "The navy is combatting piracy and has refocussed its patrols.",
    );
    // A misspelling that only looks like one is still fixed.
    let d = run(&Typo, "The tittled report was tunned.", Format::Plain);
    assert!(!d.is_empty(), "{d:?}");
    let d = run(&Typo, "They were tuning and comitting.", Format::Plain);
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn known_misspellings_suggest_the_closest_correction_first() {
    let d = run(&Typo, "The revoluiton and the treatmet.", Format::Plain);
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].suggestions[0], "revolution");
    assert_eq!(d[1].suggestions[0], "treatment");
}

#[test]
fn glossed_etymologies_and_nano_compounds_are_not_slips() {
    assert_clean(
        &Typo,
        "The name comes from the Sanskrit tajika, a name once used for Arabs. \
         In Arabic, abu means \"father,\" and dhabi refers to a personal name. \
         The first nano-sized satellite was launched.",
    );
    // Without the gloss, the same words in running prose are still checked.
    let d = run(&Typo, "They met the tajika on Monday.", Format::Plain);
    assert_eq!(d.len(), 1, "{d:?}");
}

/// The source text under each finding in `text` read as `format`.
fn flagged_in(text: &str, format: Format) -> Vec<&str> {
    run(&Typo, text, format)
        .iter()
        .map(|d| &text[d.span.range()])
        .collect()
}

#[test]
fn a_word_cut_by_markup_is_checked_whole_and_never_fixed_across_it() {
    for (text, format) in [
        (
            "`mkdir` stands for **M**a**k**e **dir**ectory. Say “**c**hange **d**irectory.”",
            Format::Markdown,
        ),
        (
            "e<strong>X</strong>press <strong>E</strong>dition and <b>D</b>irectory",
            Format::Markdown,
        ),
        (
            "<p>WIP is <b>W</b>ork <b>I</b>n <b>P</b>rogress, [i]ndividuals with[out] aid.</p>",
            Format::Html,
        ),
        (
            "The [KnowBu](http://x.gov/apps/)[llying](http://x.gov/apps/) app helps.",
            Format::Markdown,
        ),
        (
            "Read about the [pricing projec](https://example.org/issues/255)t, and more.",
            Format::Markdown,
        ),
    ] {
        assert_eq!(flagged_in(text, format), Vec::<&str>::new(), "{text}");
    }
    let text = "The **g**overment agreed.";
    let d = run(&Typo, text, Format::Markdown);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(&text[d[0].span.range()], "g**overment");
    assert_eq!(d[0].suggestions, ["government"]);
    assert!(d[0].fix.is_none(), "no fix across markup: {d:?}");
}

#[test]
fn identifiers_are_not_joined() {
    // One run, `_` inside it: an identifier, never read as `snakecase`.
    let src = crate::source::SourceFile::new("t.md", "snake_case and **b**old");
    let doc = crate::parse::parse(&src, Format::Markdown);
    let texts: Vec<&str> = (0..doc.words.len()).map(|i| doc.word_text(i)).collect();
    let snake = texts.iter().position(|w| *w == "case");
    let bold = texts.iter().position(|w| *w == "old");
    assert!(snake.is_some_and(|i| !doc.continues_word(i)), "{texts:?}");
    assert!(bold.is_some_and(|i| doc.continues_word(i)), "{texts:?}");
    let (parts, whole) = bold.and_then(|i| doc.joined(i)).expect("joined");
    assert_eq!((parts.len(), whole.as_str()), (2, "bold"));
}

#[test]
fn cited_examples_and_code_names_are_not_slips() {
    for (text, format) in [
        (
            "We'd see words like 'autoised' and \"chekker\". Avoid archaeic spellings too.",
            Format::Markdown,
        ),
        (
            "Heard of these?\n\n- autoised\n- billocked\n- bloatware\n",
            Format::Markdown,
        ),
        ("Endings such as _-ment_ and _-tion_.", Format::Markdown),
        (
            "Run `docker exec oracledb` in the oracledb container. See [urlsize](https://github.com/18F/urlsize).",
            Format::Markdown,
        ),
        (
            "Write to rpanzer (at) iqsolutions (dot) com.",
            Format::Plain,
        ),
    ] {
        assert_eq!(flagged_in(text, format), Vec::<&str>::new(), "{text}");
    }
    // The same words with no citation, code or address: still reported.
    assert_eq!(
        flagged_in("The oracledb container runs the chekker.", Format::Markdown),
        ["oracledb", "chekker"]
    );
}

#[test]
fn a_word_written_in_addresses_of_other_files_is_a_shared_term() {
    // The other files count only when they report something themselves: `check` keeps no
    // text for a clean file (except for the HTML report), and the evidence must not depend
    // on the output format.
    let texts = [
        "Our apps, [America's Economy and dwellr](http://www.census.gov/mobile/), help.\n",
        "Statistics from [dwellr](http://www.census.gov/mobile/dwellr/) in teh report.\n",
        "See `dwellr --help` for teh options.\n",
    ];
    let dwellr = |found: &[Vec<crate::diagnostic::Diagnostic>]| {
        found
            .iter()
            .map(|f| f.iter().filter(|d| d.message.contains("dwellr")).count())
            .collect::<Vec<_>>()
    };
    let mut found: Vec<Vec<crate::diagnostic::Diagnostic>> = texts
        .iter()
        .map(|t| run(&Typo, t, Format::Markdown))
        .collect();
    assert_eq!(dwellr(&found), [1, 0, 0], "{found:?}");
    let mut files: Vec<(&str, &mut Vec<_>)> = texts.iter().copied().zip(found.iter_mut()).collect();
    super::drop_shared_terms(&mut files);
    assert_eq!(dwellr(&found), [0, 0, 0], "{found:?}");
    // In two files only: still a finding.
    let mut found: Vec<_> = texts[..2]
        .iter()
        .map(|t| run(&Typo, t, Format::Markdown))
        .collect();
    let mut files: Vec<(&str, &mut Vec<_>)> = texts.iter().copied().zip(found.iter_mut()).collect();
    super::drop_shared_terms(&mut files);
    assert_eq!(dwellr(&found), [1, 0]);
    // A clean file that writes it in code is not counted.
    let clean = texts[2].replace("teh", "the");
    let texts = [texts[0], texts[1], clean.as_str()];
    let mut found: Vec<_> = texts
        .iter()
        .map(|t| run(&Typo, t, Format::Markdown))
        .collect();
    let mut files: Vec<(&str, &mut Vec<_>)> = texts.iter().copied().zip(found.iter_mut()).collect();
    super::drop_shared_terms(&mut files);
    assert_eq!(dwellr(&found), [1, 0, 0]);
}

#[test]
fn words_read_from_their_form_and_place_are_not_slips() {
    for (text, format) in [
        (
            "Information siloes slowed us. The monthly rollup fixed it.",
            Format::Plain,
        ),
        (
            "Thanks to Rachel Devine and to Reichheld, F.; Markey, J.",
            Format::Plain,
        ),
        (
            "Thanks to David Way, nolawi, Amber Reed, Shawn Allen, Micah Taylor and others.",
            Format::Plain,
        ),
        ("Always up for some learnin’ on Fridays.", Format::Plain),
        (
            "**Browser**: _navegador, visualizador, explorador, visor_",
            Format::Markdown,
        ),
        (
            "- Juventud, divino tesoro, &#161;ya te vas para no volver!",
            Format::Markdown,
        ),
        ("We spoke about _latinidad_ today.", Format::Markdown),
        ("One vote per tweep. Tweeps can share it.", Format::Plain),
        (
            "See [Aplicaciones m&#243;viles](https://example.gov/).",
            Format::Markdown,
        ),
    ] {
        assert_eq!(flagged_in(text, format), Vec::<&str>::new(), "{text}");
    }
}

#[test]
fn slips_beside_those_shapes_are_still_reported() {
    for (text, want) in [
        ("The potatos were cold.", vec!["potatos"]),
        ("The offices will rollup their totals.", vec!["rollup"]),
        (
            "Dan Willams of the European Commision spoke.",
            vec!["Willams", "Commision"],
        ),
        ("We bought pears, aples, grapes and plums.", vec!["aples"]),
        ("Always up for some lerning on Fridays.", vec!["lerning"]),
        ("One vote per tweep in the poll.", vec!["tweep"]),
    ] {
        assert_eq!(flagged_in(text, Format::Plain), want, "{text}");
    }
}

#[test]
fn an_unknown_word_in_two_files_on_different_lines_is_a_term() {
    let count = |found: &[Vec<crate::diagnostic::Diagnostic>]| {
        found
            .iter()
            .map(|f| {
                f.iter()
                    .filter(|d| d.message.contains("scanability"))
                    .count()
            })
            .collect::<Vec<_>>()
    };
    let check = |texts: &[&str]| {
        let mut found: Vec<_> = texts.iter().map(|t| run(&Typo, t, Format::Plain)).collect();
        let mut files: Vec<(&str, &mut Vec<_>)> =
            texts.iter().copied().zip(found.iter_mut()).collect();
        super::drop_shared_terms(&mut files);
        count(&found)
    };
    // Two posts, each its own sentence: a term.
    assert_eq!(
        check(&[
            "Headings improve the scanability of a page.\n",
            "Short lines help scanability on phones.\n",
        ]),
        [0, 0]
    );
    // The same line copied into two files: one slip copied, still reported.
    assert_eq!(
        check(&[
            "Headings improve the scanability of a page.\n",
            "Headings improve the scanability of a page.\n",
        ]),
        [1, 1]
    );
    // One file: reported.
    assert_eq!(
        check(&["Headings improve the scanability of a page.\n"]),
        [1]
    );
}

#[test]
fn extensions_versioned_names_and_chiming_pairs_are_not_slips() {
    assert_eq!(
        flagged_in(
            "Offer an .epub copy. Ship woff and woff2 files. The plan was wishy-washy.",
            Format::Plain
        ),
        Vec::<&str>::new()
    );
    assert_eq!(
        flagged_in("Ship the woff files. A teh-thr test.", Format::Plain),
        ["woff", "teh", "thr"]
    );
}

#[test]
fn a_term_counts_across_files_in_its_singular_and_plural() {
    let texts = [
        "Post a dronie for news.\n",
        "Our dronies carry the notes.\n",
    ];
    let mut found: Vec<_> = texts.iter().map(|t| run(&Typo, t, Format::Plain)).collect();
    assert_eq!(found.iter().map(Vec::len).collect::<Vec<_>>(), [1, 1]);
    let mut files: Vec<(&str, &mut Vec<_>)> = texts.iter().copied().zip(found.iter_mut()).collect();
    super::drop_shared_terms(&mut files);
    assert_eq!(found.iter().map(Vec::len).collect::<Vec<_>>(), [0, 0]);
}

#[test]
fn a_listed_word_with_a_common_ending_is_a_word_unless_a_slip_is_nearer() {
    assert_eq!(
        flagged_in(
            "We check our positionality, swipeable cards, matrixed teams and commoditized prices.",
            Format::Plain
        ),
        Vec::<&str>::new()
    );
    // One edit from a listed word: a slip, whatever ending it seems to have.
    assert_eq!(
        flagged_in(
            "She is depthly involved; they beared witness; we look acrossing agencies.",
            Format::Plain
        ),
        ["depthly", "beared", "acrossing"]
    );
    // A word one edit away that is no likelier than the stem does not make it a slip
    // ("tirelessly", "vitality"); one far more frequent does, and a short stem gives way to
    // any ("teally" is `really`, not "teal" + "-ly").
    assert_eq!(
        flagged_in(
            "It pairs wirelessly, the virality grew, familially close, teally big.",
            Format::Plain
        ),
        ["teally"]
    );
}
