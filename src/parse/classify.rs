//! What a line of prose is by its wording alone: a credit ("Photo: Reuters"), a photo
//! caption ("Hu Jintao, left, walks with …", "… (AP Photo/Ng Han Guan)"), or prose. Shared
//! by the parsers, so a caption is a caption whether it came as a plain-text line, a
//! Markdown paragraph or an HTML `<p>`.
//!
//! Word boundaries are ASCII (`(?-u:\b)`): the words they guard are English, and a Unicode
//! boundary would keep the regex engine off its fast automaton for every paragraph.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::text::lexicon::{PHOTO_POSITION_MODIFIERS, PHOTO_POSITIONS};
use crate::text::patterns::{MatchTest, Pattern};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    Credit,
    Caption,
    Prose,
}

/// A line that starts like a credit or source line.
static CREDIT_START: LazyLock<MatchTest> = LazyLock::new(|| {
    MatchTest::fixed(concat!(
        r"(?i)^(?:\(?(?:sources?|photo(?:graph)?s?|images?|pictures?|credits?|photo credits?",
        r"|graphic|illustration|video)\s*:",
        r"|(?:additional )?reporting by(?-u:\b)|writing by(?-u:\b)|editing by(?-u:\b)|compiled by(?-u:\b)",
        r"|\((?:AP|AFP|Reuters|EPA|Getty)(?: Photo)?[/)]",
        r"|(?:AP|AFP) Photo/",
        r"|image copyright(?-u:\b)|image source,|photo(?:graph)?s? by(?-u:\b))"
    ))
});

/// Credit prefixes that may also open a caption ("Photo: A woman walks past …").
static PHOTO_START: LazyLock<Pattern> =
    LazyLock::new(|| Pattern::fixed(r"(?i)^\(?(?:photo(?:graph)?s?|images?|pictures?)\s*:\s*"));

/// A line that is only an agency or a photographer and an agency: "Reuters",
/// "AFP/Getty Images", "REUTERS/Jason Lee", "Mark Schiefelbein/AP", "EPA-EFE/Roman Pilipey".
static AGENCY_ONLY: LazyLock<MatchTest> = LazyLock::new(|| {
    let agency = r"(?i:AP|AFP|Reuters|EPA(?:-EFE)?|Getty Images|Xinhua|Bloomberg|PA(?: Wire| Media)?|ANP|dpa|Anadolu(?: Agency)?|Sputnik|TASS|Kyodo|Yonhap|Shutterstock|Alamy|Sipa|NurPhoto|Zuma(?: Press)?|Pool|Handout|SOPA Images|LightRocket)";
    let name = r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}";
    MatchTest::fixed(&format!(
        r"^\(?(?:{agency}|{name})(?:\s*/\s*(?:{agency}|{name}))*(?: via {agency})?\)?$"
    ))
});

/// Wording that marks a photo caption anywhere in a line.
static CAPTION: LazyLock<MatchTest> = LazyLock::new(|| {
    MatchTest::fixed(concat!(
        r"\((?i:L|R|C|L-R|R-L|from left|from right|left to right|clockwise from (?:top )?left)\)",
        r"|^(?i:L-R|from left|left to right|clockwise from (?:top )?left)\s*[:,]",
        r"|(?i:(?-u:\b)pictured(?-u:\b))",
        // A credit inside the caption: "(AP Photo/…)", "(Photo: …)", "REUTERS/Jason Lee".
        r"|\((?i:AP|AFP|EPA|Xinhua|Reuters)(?i: Photo)?/",
        // A date and an agency in brackets ending the line: "… near Valencia, October 30,
        // 2024. (Reuters)".
        r"|(?:19|20)\d\d\.?\s*\((?:Reuters|REUTERS|AP|AFP|EPA|Xinhua|Getty Images)\)\s*$",
        r"|(?i:\(\s*(?:photo|image|picture|photograph)s?\s*(?:by(?-u:\b)|:))",
        r"|(?i:(?-u:\b)photo(?:graph)?\s*:|(?-u:\b)photo by(?-u:\b)|(?-u:\b)reuters/|/getty images(?-u:\b)|via getty images(?-u:\b))",
        // A handout credit ending the line: "… Japan. Kyodo via REUTERS".
        r"|(?-u:\b)via (?:REUTERS|Reuters|AFP|AP)\.?\s*$",
        r"|(?-u:\b)FILE PHOTO(?-u:\b)|^FILE\s*[-–—]",
        r"|(?i:(?-u:\b)in this (?:\w+ )?(?:file |handout |undated |aerial )?(?:photo|picture|image|photograph)(?-u:\b))",
    ))
});

/// Where people stand: "Hu Jintao, left,", "Putin (second right)", "observers, center,". The
/// word before is captured: "left, right, and centre" is a phrase, not a caption.
static POSITION: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::fixed(&format!(
        r"([\p{{L}}'’.-]+|\))\s*(?:,|\()\s*(?i:(?:(?:{})(?: from)? )?(?:{}))\s*(?:,|\)|\.?$)",
        PHOTO_POSITION_MODIFIERS.join("|"),
        PHOTO_POSITIONS.join("|"),
    ))
});

/// `POSITION`'s groups are found by hand (`text::scan::position_groups`, the same groups);
/// the regex is compiled only for a line it cannot decide (a word of letters outside ASCII
/// before the position).
fn names_a_position(line: &str) -> bool {
    let not_a_position =
        |r: std::ops::Range<usize>| !PHOTO_POSITIONS.contains(&line[r].to_lowercase().as_str());
    match crate::text::scan::position_groups(line, PHOTO_POSITION_MODIFIERS, PHOTO_POSITIONS) {
        Ok(groups) => groups.into_iter().any(not_a_position),
        Err(_) => POSITION
            .group_iter(line, 1)
            .any(|g| not_a_position(g.unwrap_or(0..0))),
    }
}

/// A wire photo's caption line, one sentence that ends on the day the picture was taken set
/// off by a comma: "Police stand beside the wrecked bus in Tavistock Square, central London,
/// July 7, 2005." (not "… was signed on March 25, 1957.", a sentence's date).
static DATED_CAPTION: LazyLock<MatchTest> = LazyLock::new(|| {
    let months = (1..=12)
        .map(crate::text::date::month_name)
        .collect::<Vec<_>>()
        .join("|");
    let short = r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.";
    MatchTest::fixed(&format!(
        r"^[^.!?]{{20,}}, (?:(?:{months}|{short}) [0-9]{{1,2}}, |[0-9]{{1,2}} (?:{months}) )(?:19|20)[0-9]{{2}}\.$"
    ))
});

/// Headings that open a fact box: "… Facts", "Factbox", "At a glance", "Key points".
static FACTS: LazyLock<MatchTest> = LazyLock::new(|| {
    MatchTest::fixed(
        r"(?i)(?:(?-u:\b)facts?|(?-u:\b)fact ?box|(?-u:\b)at a glance|(?-u:\b)key (?:facts|points)|(?-u:\b)fast facts)\s*:?$|^factbox(?-u:\b)",
    )
});

/// Literal words without which neither caption regex can match: one automaton over the line
/// keeps the regexes off the ordinary paragraphs. The first `POSITION_WORDS` are positions.
static TRIGGERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(POSITION_WORDS.iter().chain(&[
            "(l",
            "(r",
            "(c",
            "l-r",
            "from left",
            "left to right",
            "clockwise",
            "pictured",
            "photo",
            "image",
            "picture",
            "reuters/",
            "(reuters)",
            "getty",
            "(ap",
            "(afp",
            "(epa",
            "(xinhua",
            "file",
            "in this",
            "via reuters",
            "via afp",
            "via ap",
        ]))
        .expect("static automaton")
});

const POSITION_WORDS: [&str; 11] = [
    "left",
    "right",
    "centre",
    "center",
    "top",
    "bottom",
    "front",
    "foreground",
    "background",
    "rear",
    "middle",
];

/// Whether the line holds a caption word and whether it holds a position word.
fn triggers(line: &str) -> (bool, bool) {
    let (mut caption, mut position) = (false, false);
    for m in TRIGGERS.find_iter(line) {
        if m.pattern().as_usize() < POSITION_WORDS.len() {
            position = true;
        } else {
            caption = true;
        }
        if caption && position {
            break;
        }
    }
    (caption, position)
}

/// A caption is short; a long block that mentions "pictured" is body text.
const MAX_CAPTION_WORDS: usize = 80;

/// What a line (or a one-line block) is by its wording.
pub(crate) fn classify(line: &str) -> LineKind {
    let line = line.trim();
    if line.is_empty() {
        return LineKind::Prose;
    }
    let words = line.split_whitespace().count();
    if CREDIT_START.is_match(line) {
        // "Photo: Reuters" is a credit; "Photo: A woman walks past a poster in Damascus on
        // Thursday." is a caption that happens to start like one.
        if let Some(m) = PHOTO_START.find(line) {
            let rest = &line[m.end..];
            if rest.split_whitespace().count() >= 8 && rest.contains(' ') {
                return LineKind::Caption;
            }
        }
        return LineKind::Credit;
    }
    // The cheap test first: the regex (Unicode letter classes) is compiled only for a
    // line that names an agency or has a slash.
    if words <= 6 && crate::text::credit::agency_credit(line) && AGENCY_ONLY.is_match(line) {
        return LineKind::Credit;
    }
    if line.len() > 30 && words <= MAX_CAPTION_WORDS && {
        let (caption_word, position_word) = triggers(line);
        (caption_word && CAPTION.is_match(line)) || (position_word && names_a_position(line))
    } {
        return LineKind::Caption;
    }
    // (The cheap test first: a line ending on a year and a full stop.)
    let year_end = line
        .strip_suffix('.')
        .is_some_and(|l| l.len() > 5 && l.as_bytes()[l.len() - 4..].iter().all(u8::is_ascii_digit));
    if year_end && words <= 40 && DATED_CAPTION.is_match(line) {
        return LineKind::Caption;
    }
    LineKind::Prose
}

/// True for a heading that opens a fact box.
pub(crate) fn opens_fact_box(heading: &str) -> bool {
    FACTS.is_match(heading.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-found groups are the regex's, wherever the hand matcher is sure.
    #[test]
    fn a_wire_caption_ends_on_its_day() {
        let caption = "Police stand beside the wrecked bus in Tavistock Square, central London, \
                       July 7, 2005.";
        assert_eq!(classify(caption), LineKind::Caption);
        let short = "A fisherman pulls his boat clear of the quay in Roscoff, 2 November 2023.";
        assert_eq!(classify(short), LineKind::Caption);
        // A sentence's date follows "on", not a comma.
        let prose = "The treaty establishing the common market was signed on March 25, 1957.";
        assert_eq!(classify(prose), LineKind::Prose);
    }

    #[test]
    fn position_groups_are_the_regex_ones() {
        let re = regex::Regex::new(POSITION.source()).expect("builds");
        let heads = [
            "",
            "Hu Jintao",
            "Putin ",
            "O’Neill",
            "x.-",
            "(AP)",
            ")",
            "José",
            "Ⅳ",
            "Lé",
            "a, b",
        ];
        let seps = ["", ",", " , ", " (", "(", "\u{a0},\t", ";", ", ("];
        let words = [
            "left",
            "LEFT",
            "second left",
            "second from left",
            "far  right",
            "ſecond right",
            "bacK",
            "back",
            "Back row",
            "top left",
            "top",
            "centre",
            "center from right",
            "sitting from",
            "lefty",
            "right.",
            "from left",
            "standing centre",
        ];
        let tails = [
            "",
            ",",
            ")",
            ".",
            ". ",
            " ,x",
            "  )",
            " and",
            ", Putin, right,",
            ".x",
            "\n,",
        ];
        let (mut sure, mut unsure) = (0, 0);
        for h in heads {
            for sep in seps {
                for w in words {
                    for t in tails {
                        let line = format!("{h}{sep}{w}{t}");
                        let want: Vec<_> = re
                            .captures_iter(&line)
                            .map(|c| c.get(1).map(|m| m.range()))
                            .collect();
                        match crate::text::scan::position_groups(
                            &line,
                            PHOTO_POSITION_MODIFIERS,
                            PHOTO_POSITIONS,
                        ) {
                            Ok(got) => {
                                sure += 1;
                                let got: Vec<_> = got.into_iter().map(Some).collect();
                                assert_eq!(got, want, "{line:?}");
                            }
                            Err(_) => unsure += 1,
                        }
                    }
                }
            }
        }
        assert!(sure > 10 * unsure, "{sure} {unsure}");
        assert!(names_a_position(
            "Hu Jintao, left, is followed by Putin, second right, at"
        ));
        assert!(!names_a_position("left, right, and centre"));
    }

    /// The match-only patterns come compiled from `build.rs`: the list it reads is current.
    #[test]
    fn fixed_patterns_are_prebuilt() {
        let tests = [&*CREDIT_START, &*AGENCY_ONLY, &*CAPTION, &*FACTS];
        let patterns = [&*PHOTO_START, &*POSITION, &*crate::parse::plain::BULLET];
        let list: Vec<(&str, bool)> = tests
            .iter()
            .map(|t| (t.source(), t.is_prebuilt()))
            .chain(patterns.iter().map(|p| (p.source(), p.is_prebuilt())))
            .collect();
        crate::text::patterns::check_fixed_list(&list);
    }

    #[test]
    fn credits() {
        for s in [
            "Photo: Reuters",
            "Source: SCO website, UN, ASEAN",
            "(AP Photo/Ng Han Guan)",
            "AP Photo/Ng Han Guan",
            "REUTERS/Jason Lee",
            "AFP/Getty Images",
            "Mark Schiefelbein/AP",
            "Reuters",
            "Getty Images",
            "Photograph by Andy Wong",
            "Additional reporting by Ben Blanchard",
        ] {
            assert_eq!(classify(s), LineKind::Credit, "{s}");
        }
    }

    #[test]
    fn captions() {
        for s in [
            "China's President Hu Jintao, left, is followed by Kyrgyzstan's President Almaz Atambayev, second left",
            "Russian President Vladimir Putin (second right) arrives at the Great Hall of the People",
            "Syrian refugees wait at the border near Reyhanli, Turkey, June 8, 2012. (AP Photo/Burhan Ozbilici)",
            "Kofi Annan speaks to reporters in Geneva on Thursday. REUTERS/Denis Balibouse",
            "Photo: A woman walks past a poster of President Bashar al-Assad in central Damascus",
            "FILE - In this June 6, 2012 file photo, leaders of the SCO pose in Beijing",
            "Leaders pose for a group photo in Beijing. (L-R) Atambayev, Nazarbayev, Hu, Putin",
            "The SCO leaders are pictured at the Great Hall of the People in Beijing",
            "U.N. observers, center, inspect the site of a massacre near Hama, Syria.",
        ] {
            assert_eq!(classify(s), LineKind::Caption, "{s}");
        }
    }

    #[test]
    fn prose_and_headlines() {
        for s in [
            "Breaking News",
            "SCO Security Alliance Opposes Syria Intervention",
            "Politicians on the left, right, and centre of the party backed the plan.",
            "Accessibility links",
            "The Syrian government and opposition groups should accept responsibility.",
            "Source",
        ] {
            assert_eq!(classify(s), LineKind::Prose, "{s}");
        }
    }

    #[test]
    fn fact_box_headings() {
        assert!(opens_fact_box(
            "Shanghai Cooperation Organization (SCO) Facts"
        ));
        assert!(opens_fact_box("Factbox: the SCO"));
        assert!(!opens_fact_box("The facts of the case are disputed here"));
    }
}
