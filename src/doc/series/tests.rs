use std::fmt::Write as _;

use crate::doc::Format;
use crate::parse::parse;
use crate::source::SourceFile;

fn series(text: &str) -> String {
    let src = SourceFile::new("t.txt", text);
    super::render(&parse(&src, Format::Plain))
}

fn series_md(text: &str) -> String {
    let src = SourceFile::new("t.md", text);
    super::render(&parse(&src, Format::Markdown))
}

#[test]
fn dump_file() {
    if let Ok(path) = std::env::var("SERIES_DUMP") {
        let text = std::fs::read_to_string(&path).unwrap();
        let ext = std::path::Path::new(&path)
            .extension()
            .map(std::ffi::OsStr::to_ascii_lowercase);
        let format = match ext.as_ref().and_then(|e| e.to_str()) {
            Some("md") => Format::Markdown,
            Some("html" | "htm") => Format::Html,
            _ => Format::Plain,
        };
        let src = SourceFile::new(&path, text.as_str());
        let doc = parse(&src, format);
        let out: String = doc
            .series
            .iter()
            .map(|s| {
                let items: Vec<&str> = s.items.iter().map(|i| doc.slice(i.span)).collect();
                let line = format!(
                    "{} {:?} serial={:?} [{}]\n",
                    if s.sure { "SURE" } else { "    " },
                    s.conjunction,
                    s.uses_serial_comma,
                    items.join(" | ")
                );
                line.replace('\n', " ").trim_end().to_string() + "\n"
            })
            .collect();
        // The group claims read from the lists' surroundings.
        let mut claims = String::new();
        for c in &doc.claims {
            let items: Vec<&str> = doc.series[c.list]
                .items
                .iter()
                .map(|i| doc.slice(i.span))
                .collect();
            let _ = std::fmt::Write::write_fmt(
                &mut claims,
                format_args!(
                    "CLAIM [{}] subject={:?} count={:?} whole={} past={}\n",
                    items.join(" | "),
                    c.subject,
                    c.count.map(|n| n.n),
                    c.whole,
                    c.past
                ),
            );
        }
        // A debugging aid: SERIES_DUMP=file cargo test --lib dump_file -- --nocapture
        #[allow(clippy::print_stderr)]
        {
            eprintln!("{out}{claims}");
        }
    }
}

/// The rendered series of plain text `text`, one per line.
fn lines(text: &str) -> Vec<String> {
    series(text).lines().map(str::to_string).collect()
}

fn one(text: &str) -> String {
    let l = lines(text);
    assert_eq!(l.len(), 1, "{text:?} gave {l:#?}");
    l[0].clone()
}

#[test]
fn inline_lists_with_and_without_serial_comma() {
    assert_eq!(
        one("Envoys from Russia, China and India met."),
        "Inline [Russia* | China* | India*] And serial=no"
    );
    assert_eq!(
        one("Envoys from Russia, China, and India met."),
        "Inline [Russia* | China* | India*] And serial=yes"
    );
    assert_eq!(
        one("Envoys from Russia, China, or India may come."),
        "Inline [Russia* | China* | India*] Or serial=yes"
    );
    assert_eq!(
        one("Russia and China, as well as India, abstained."),
        "Inline [Russia* | China* | India*] AsWellAs"
    );
}

#[test]
fn the_seed_lists() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/articles/seed-article.txt"
    ))
    .unwrap();
    let all = series(&text);
    assert!(all.contains(
        "FactBoxLine [China* | Kazakhstan* | Kyrgyzstan* | Russia* | Tajikistan* | Uzbekistan*] And serial=yes lead=\"Includes\" sco:member:Title"
    ), "{all}");
    assert!(
        all.contains(
            "FactBoxLine [India* | Iran* | Mongolia* | Pakistan*] None sco:observer:Title"
        ),
        "{all}"
    );
    assert!(all.contains(
        "Inline [Russia* | China* | Kazakhstan* | Uzbekistan* | Kyrgyzstan* | Tajikistan* | Uzbekistan*] And serial=no lead=\"consisting of\" sco:member:Named"
    ), "{all}");
    assert!(
        all.contains("FactBoxLine [politics | trade | science | the environment] And serial=yes"),
        "{all}"
    );
    // The caption's presidents: names with their positions as notes, no group.
    assert!(
        all.contains("{second left}") && all.contains("{second right}"),
        "{all}"
    );
}

#[test]
fn items_with_and_stay_whole() {
    assert_eq!(
        one("Bosnia and Herzegovina, Trinidad and Tobago, and Antigua and Barbuda signed."),
        "Inline [Bosnia and Herzegovina* | Trinidad and Tobago* | Antigua and Barbuda*] And serial=yes"
    );
    assert_eq!(
        one("Delegates from Saint Kitts and Nevis, Sao Tome and Principe and Fiji came."),
        "Inline [Saint Kitts and Nevis* | Sao Tome and Principe* | Fiji*] And serial=no"
    );
    assert_eq!(
        one(
            "Officials from the Association of Southeast Asian Nations, the African Union and Japan met."
        ),
        "Inline [the Association of Southeast Asian Nations | the African Union* | Japan*] And serial=no"
    );
}

#[test]
fn notes_abbreviations_and_aliases() {
    assert_eq!(
        one("The SCO's observers are India (observer since 2005), Iran and Mongolia."),
        "Inline [India {(observer since 2005)}* | Iran* | Mongolia*] And serial=no lead=\"are\" sco:observer:Named"
    );
    assert_eq!(
        one("Envoys from Britain, the U.S. and the Kyrgyz Republic met."),
        "Inline [Britain* | the U.S.* | the Kyrgyz Republic*] And serial=no"
    );
}

#[test]
fn first_item_edges() {
    assert_eq!(
        one("Leaders of Russia, China and India met."),
        "Inline [Russia* | China* | India*] And serial=no"
    );
    assert_eq!(
        one("Meanwhile, China and Russia vetoed it."),
        "Inline [China* | Russia*] And"
    );
    assert_eq!(
        one("In Beijing, China and Russia said so."),
        "Inline [China* | Russia*] And"
    );
    assert_eq!(
        one("Thursday, China and Russia said so."),
        "Inline [China* | Russia*] And"
    );
    assert_eq!(
        one("Apple, Google and Microsoft shares fell."),
        "Inline [Apple | Google | Microsoft] And serial=no"
    );
    assert_eq!(
        one("In France, Germany and Italy, prices rose."),
        "Inline [France* | Germany* | Italy*] And serial=no"
    );
}

#[test]
fn lead_ins_and_subjects() {
    assert_eq!(
        one("The Quad — the United States, Japan, India and Australia — met."),
        "Inline [the United States* | Japan* | India* | Australia*] And serial=no lead=\"—\" quad:member:Named"
    );
    assert_eq!(
        one("Members of NATO include France, Germany and Poland."),
        "Inline [France* | Germany* | Poland*] And serial=no lead=\"include\"(partial) nato:member:Named"
    );
    assert_eq!(
        one("The Visegrád Group (Poland, Hungary, the Czech Republic and Slovakia) met."),
        "Inline [Poland* | Hungary* | the Czech Republic* | Slovakia*] And serial=no lead=\"(\" visegrad-group:member:Named"
    );
    assert_eq!(
        one(
            "The G7 is made up of the United States, Japan, Germany, Britain, France, Italy and Canada."
        ),
        "Inline [the United States* | Japan* | Germany* | Britain* | France* | Italy* | Canada*] And serial=no lead=\"made up of\" g7:member:Named"
    );
    assert_eq!(
        one(
            "The permanent members of the UN Security Council are the United States, Russia, China, Britain and France."
        ),
        "Inline [the United States* | Russia* | China* | Britain* | France*] And serial=no lead=\"are\" unsc-p5:member:Named"
    );
}

#[test]
fn lists_that_belong_to_no_group() {
    // The group is the object of another noun, negated, or qualified.
    assert!(!series("Leaders of the G20, including Spain and Italy, attended.").contains("g20"));
    assert!(
        !series("Countries that are not members of NATO, such as Sweden and Austria, objected.")
            .contains("nato")
    );
    assert!(
        series("NATO's newest members, including Finland and Sweden, agreed.")
            .contains(":qualified")
    );
    assert_eq!(
        one("Russia, China and India met in Beijing."),
        "Inline [Russia* | China* | India*] And serial=no"
    );
}

#[test]
fn counts_in_words_and_digits() {
    assert!(one("The six-nation bloc, made up of Russia, China, Kazakhstan, Kyrgyzstan and Tajikistan, met.").contains("count=6"));
    assert!(one("Its 27 members: France, Germany and Italy.").contains("count=27"));
    assert!(
        one("The bloc's twenty-seven members: France, Germany and Italy.").contains("count=27")
    );
    assert!(!one("More than six countries: France, Germany and Italy.").contains("count="));
}

#[test]
fn semicolons_numbers_phrases_places() {
    assert_eq!(
        one("The finalists: Jane Smith, London; John Doe, Paris; and Ann Lee, Rome."),
        "Semicolon [Jane Smith, London | John Doe, Paris | Ann Lee, Rome] And lead=\"finalists:\""
    );
    assert_eq!(
        one("Judges gave 10, 10 and 9."),
        "Inline [10 | 10 | 9] And serial=no"
    );
    assert_eq!(
        one("He toured Paris, Texas, and Paris, France."),
        "Inline [Paris {Texas} | Paris] And"
    );
    assert_eq!(
        one("Members coordinate on politics, trade, science, and the environment."),
        "Inline [politics | trade | science | the environment] And serial=yes"
    );
}

#[test]
fn markdown_bullets_and_their_title() {
    let md = "# The Shanghai Cooperation Organisation\n\nThe SCO's members:\n\n- China\n- Kazakhstan\n- Kyrgyzstan (founding member)\n\n## Members (10)\n\n1. China\n2. India\n\n- Cut taxes now\n- Raise spending\n";
    let out = series_md(md);
    assert!(out.contains("Bulleted [China* | Kazakhstan* | Kyrgyzstan {(founding member)}*] None lead=\"The SCO's members:\" sco:member:Named"), "{out}");
    assert!(
        out.contains(
            "Bulleted [China* | India*] None lead=\"Members (10)\" count=10 sco:member:Antecedent"
        ),
        "{out}"
    );
    assert!(!out.contains("Cut"), "{out}");
}

#[test]
fn plain_text_bullets() {
    let out = series("NATO members:\n\n  • France\n  • Germany\n  • Poland\n");
    assert_eq!(
        out.trim(),
        "Bulleted [France* | Germany* | Poland*] None lead=\"NATO members:\" nato:member:Named"
    );
}

fn countries(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        let _ = write!(s, "Country{i}, ");
    }
    s
}

#[test]
fn huge_lists_are_linear() {
    let list = countries(10_000) + "and Chad.\n";
    let started = std::time::Instant::now();
    let out = series(&list);
    assert_eq!(out.lines().count(), 1);
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    let no_conj = countries(10_000) + "Chad.\n";
    let started = std::time::Instant::now();
    let _ = series(&no_conj);
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
}

#[test]
fn serial_comma_is_not_read_off_dates_abbreviated_regions_or_inner_ands() {
    // The year of a date is not the next number of a list.
    assert_eq!(
        one("The strike began on June 6, 2012, and 300 workers joined."),
        "Inline [2012 | 300] And"
    );
    assert_eq!(
        one("Talks were held on Jan. 5, 6, and 7 in Geneva."),
        "Inline [5 | 6 | 7] And serial=yes"
    );
    // "D.C." keeps its full stop and qualifies the place before it.
    assert_eq!(
        one("Officials in Washington, D.C., and Baltimore said so."),
        "Inline [Washington {D.C.} | Baltimore] And"
    );
    // A second ", and" after the list: the first "and" may sit inside an item.
    assert_eq!(
        one("Unilever, Nestle, Procter and Gamble, and Danone cut prices."),
        "Inline [Unilever | Nestle | Procter | Gamble] And"
    );
    assert_eq!(
        one("Ministers from France, Germany and Italy, and officials from Spain met."),
        "Inline [France* | Germany* | Italy*] And serial=no"
    );
    let l = lines("The money goes to schools, research and development, and border posts.");
    assert!(
        l.iter().all(|s| !s.contains("serial=")),
        "an \"and\" inside an item hides the style: {l:#?}"
    );
    // A clause after the list is not an item: the list still shows its style.
    assert_eq!(
        one(
            "The drills will involve frigates, submarines and patrol aircraft, and will run for ten days."
        ),
        "Inline [frigates | submarines | patrol aircraft] And serial=no"
    );
    // An ampersand joins a name ("Ernst & Young") more often than a list.
    assert_eq!(
        one("The audit firms Deloitte, PwC, Ernst & Young and KPMG were fined."),
        "Inline [Deloitte | PwC | Ernst | Young] And"
    );
}

#[test]
fn guessed_phrase_edges_stop_before_but_and_prepositions() {
    assert_eq!(
        one("The line will carry tea, coffee, and cement from the interior."),
        "Inline [tea | coffee | cement] And serial=yes"
    );
    assert_eq!(
        one("They mention training, equipment and border surveillance but set no figure."),
        "Inline [training | equipment | border surveillance] And serial=no"
    );
}

#[test]
fn group_claims_are_read_once_into_the_model() {
    let src = SourceFile::new(
        "t.txt",
        "The GCC has six members: Bahrain, Kuwait, Oman, Qatar and Saudi Arabia. \
         The trio - Mali, Burkina Faso and Niger - left. \
         Three of the six GCC states - Saudi Arabia, the UAE and Bahrain - cut ties. \
         Talks with Brazil, Chile and Peru went on.",
    );
    let doc = parse(&src, Format::Plain);
    let groups = crate::data::groups::get();
    let got: Vec<String> = doc
        .claims
        .iter()
        .map(|c| {
            format!(
                "{} | {} | {} | {}",
                doc.slice(c.span),
                c.subject.map_or("-".into(), |s| format!(
                    "{}:{}",
                    groups.get(s.group).id,
                    s.role.singular()
                )),
                c.count.map_or(0, |n| n.n),
                if c.whole { "whole" } else { "some" }
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "GCC has six members: Bahrain, Kuwait, Oman, Qatar and Saudi Arabia | gcc:member | 6 | whole",
            "trio - Mali, Burkina Faso and Niger | - | 3 | whole",
            "GCC states - Saudi Arabia, the UAE and Bahrain | gcc:member | 0 | whole",
        ],
        "{got:#?}"
    );
    // The last is complete as a list but a part of the group: its subject is qualified.
    assert!(doc.claims[2].subject.is_some_and(|c| c.qualified()));
}
