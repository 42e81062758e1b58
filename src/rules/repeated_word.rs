use crate::diagnostic::{Applicability, Finding};
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::eq_ignore_case;
use crate::text::lexicon::FUNCTION_WORDS;

declare_rule! {
    /// ## What it checks
    /// The same word twice in a row — "the the", "to to" — also across a line break or a
    /// Markdown soft break, whatever the case ("The the"), and a nationality doubled ("But
    /// British British Casino Association"), which is never a name.
    ///
    /// ## Why it matters
    /// A doubled word is the classic slip of a rewrite: the eye skips the second copy on
    /// screen, and the reader trips on it in print.
    ///
    /// ## Example
    /// ```text
    /// urged all parties to to support the mission
    /// ```
    ///
    /// ## Not flagged
    /// - grammatical doubles: "had had", "that that", "do do", "what it is is", "who she
    ///   was was never clear", "those who know know";
    /// - names and places: "Bora Bora", "Walla Walla", "Sirhan Sirhan", "Duran Duran" (a
    ///   capitalised second copy that is not a function word or a nationality);
    /// - a currency before its amount: "a A$500 million deal";
    /// - numbers ("10 10"), words split by punctuation ("Bora, Bora"), emphatic reduplication
    ///   ("bye bye", "no no", "very very");
    /// - a doubled word quoted as a mention: the tracker lists it as "the the", it is "done
    ///   done.";
    /// - deliberate repetition and cited words: three to five copies ("Help help help"), a
    ///   heteronym ("to produce produce", "the dove dove"), a label in capitals ("GET get"),
    ///   a second copy set in emphasis or code on its own ("words like _and_ or _or_", "at
    ///   _At the Heart of …_"), a file or domain name ("Open Data data.json");
    /// - French reflexives, "nous nous", "vous vous": the rule runs on every language.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe: removes the second copy and the space before it.
    pub(crate) struct RepeatedWord {
        id: "repeated-word",
        severity: Error,
        summary: "the same word twice in a row (\"the the\")",
        fix: Safe,
        options: [],
        languages: Any,
    }
}

/// Doubles that are grammatical or idiomatic on their own (sorted: binary search).
const ALLOWED: &[&str] = &[
    "bang", "blah", "boo", "bye", "cha", "choo", "chop", "do", "dum", "far", "go", "ha", "had",
    "hee", "ho", "hush", "knock", "la", "long", "many", "much", "na", "no", "nous", "now", "oh",
    "pooh", "so", "ta", "that", "there", "tick", "tsk", "tut", "very", "vous", "well", "yada",
    "yeah", "yes",
];

/// Nationality and regional adjectives, which are never a name doubled: "But British
/// British Casino Association" is a slip, where "Duran Duran" or "Sirhan Sirhan" is a name
/// (sorted, lower case).
const NATIONALITIES: &[&str] = &[
    "afghan",
    "african",
    "albanian",
    "algerian",
    "american",
    "angolan",
    "arab",
    "arabian",
    "argentine",
    "argentinian",
    "armenian",
    "asian",
    "australian",
    "austrian",
    "azerbaijani",
    "bangladeshi",
    "belarusian",
    "belgian",
    "bolivian",
    "bosnian",
    "brazilian",
    "british",
    "bulgarian",
    "burmese",
    "cambodian",
    "cameroonian",
    "canadian",
    "caribbean",
    "catalan",
    "chilean",
    "chinese",
    "colombian",
    "congolese",
    "croatian",
    "cuban",
    "cypriot",
    "czech",
    "danish",
    "dutch",
    "ecuadorian",
    "egyptian",
    "emirati",
    "english",
    "eritrean",
    "estonian",
    "ethiopian",
    "european",
    "filipino",
    "finnish",
    "flemish",
    "french",
    "georgian",
    "german",
    "ghanaian",
    "greek",
    "guatemalan",
    "haitian",
    "honduran",
    "hungarian",
    "icelandic",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "ivorian",
    "jamaican",
    "japanese",
    "jordanian",
    "kazakh",
    "kenyan",
    "korean",
    "kosovan",
    "kurdish",
    "kuwaiti",
    "latvian",
    "lebanese",
    "libyan",
    "lithuanian",
    "macedonian",
    "malaysian",
    "malian",
    "maltese",
    "mexican",
    "moldovan",
    "mongolian",
    "moroccan",
    "mozambican",
    "namibian",
    "nepalese",
    "nigerian",
    "nigerien",
    "norwegian",
    "pakistani",
    "palestinian",
    "panamanian",
    "paraguayan",
    "persian",
    "peruvian",
    "polish",
    "portuguese",
    "qatari",
    "romanian",
    "russian",
    "rwandan",
    "saudi",
    "scottish",
    "senegalese",
    "serbian",
    "singaporean",
    "slovak",
    "slovenian",
    "somali",
    "spanish",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "tanzanian",
    "thai",
    "tunisian",
    "turkish",
    "ugandan",
    "ukrainian",
    "uruguayan",
    "uzbek",
    "venezuelan",
    "vietnamese",
    "welsh",
    "yemeni",
    "zambian",
    "zimbabwean",
];

/// Words that are spelt alike and said or used differently, so that a double is a sentence
/// ("the farm was used to produce produce", "the dove dove into the bushes"; sorted).
const HETERONYMS: &[&str] = &[
    "bass", "bow", "close", "content", "desert", "dove", "lead", "minute", "produce", "refuse",
    "row", "sow", "tear", "wind", "wound",
];

/// A double that is written on purpose or cites a word, not a slip of the keyboard:
/// - three to five copies in a row ("_Help help help_, meeting overload");
/// - a heteronym ("to produce produce", "the dove dove");
/// - a label in capitals before the word ("GET get /agencies");
/// - the second copy set in emphasis or code on its own, citing the word or opening a title
///   ("words like _and_ or _or_", "at _At the Heart of Communication_");
/// - the second copy the start of a file or domain name ("Open Data data.json").
fn deliberate(doc: &Document<'_>, i: usize, lower: &str) -> bool {
    let (prev, word) = (&doc.words[i - 1], &doc.words[i]);
    let same = |k: usize| {
        doc.words[k].block == word.block
            && eq_ignore_case(doc.slice(doc.words[k].span), doc.slice(word.span))
    };
    // The run of copies this pair is in: three to five is emphasis; a longer run is junk
    // (a stuck key, a generated file) and reported.
    let mut first = i - 1;
    // (Looked at six copies either way at most, so a huge run stays linear.)
    while first > 0 && i - first < 6 && doc.words[first].gap == Gap::Space && same(first - 1) {
        first -= 1;
    }
    let mut last = i;
    while last + 1 < doc.words.len()
        && last - i < 6
        && doc.words[last + 1].gap == Gap::Space
        && same(last + 1)
    {
        last += 1;
    }
    if (3..=5).contains(&(last - first + 1)) {
        return true;
    }
    if HETERONYMS.binary_search(&lower).is_ok() {
        return true;
    }
    if (prev.shape == Shape::AllCaps) != (word.shape == Shape::AllCaps) && lower.len() > 1 {
        return true;
    }
    let text = doc.text();
    let between = &text[prev.span.end()..word.span.start()];
    // Marks that open after the space: the second copy alone starts the emphasis.
    let marks = between.trim_start();
    if !marks.is_empty()
        && marks.len() < between.len()
        && marks.chars().all(|c| matches!(c, '_' | '*' | '`'))
    {
        return true;
    }
    let after = &text[word.span.end()..];
    let mut rest = after.chars();
    rest.next() == Some('.') && rest.next().is_some_and(|c| c.is_ascii_alphanumeric())
}

impl Rule for RepeatedWord {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        for i in 1..doc.words.len() {
            let (prev, word) = (&doc.words[i - 1], &doc.words[i]);
            if word.gap != Gap::Space || prev.block != word.block {
                continue;
            }
            if matches!(word.shape, Shape::Number | Shape::Alnum) {
                continue;
            }
            let (a, b) = (doc.slice(prev.span), doc.slice(word.span));
            if !eq_ignore_case(a, b) {
                continue;
            }
            // The document's spelling key of the word (built once, for all words).
            let lower = doc.word_key(i);
            if ALLOWED.binary_search(&lower).is_ok() {
                continue;
            }
            let function_word = FUNCTION_WORDS.contains(&lower);
            let nationality = NATIONALITIES.binary_search(&lower).is_ok();
            if word.shape != Shape::Lower && !function_word && !nationality {
                // "Bora Bora", "Sirhan Sirhan", "Baden Baden": a name, not a slip.
                continue;
            }
            let text = doc.text();
            if deliberate(doc, i, lower) {
                continue;
            }
            if text[word.span.end()..].starts_with(|c: char| c == '$' || c.is_ascii_digit()) {
                // "a A$500 million deal": a currency before its amount, not the article.
                continue;
            }
            // A doubled word quoted as a mention ("lists it as \"the the\"") is not a slip.
            let both = prev.span.cover(word.span);
            // (`« the the »`: French sets its marks apart with spaces.)
            // (`“done done.”`: the quoted words may keep the sentence's point or comma.)
            if doc.quotation(both).is_some_and(|q| {
                doc.slice(q.inner)
                    .trim()
                    .trim_end_matches(['.', ',', '!', '?', ';', ':'])
                    == doc.slice(both)
            }) {
                continue;
            }
            // The word `back` words before the first copy, in lower case, if in this block.
            let at = |back: usize| {
                (i > back && doc.words[i - 1 - back].block == word.block)
                    .then(|| doc.word_text(i - 1 - back).to_lowercase())
            };
            let wh = |w: Option<String>| {
                w.is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "what" | "whatever" | "who" | "whoever" | "where" | "how" | "why"
                    )
                })
            };
            if matches!(lower, "is" | "was" | "are" | "were")
                && (at(1).is_some_and(|w| w == "it" || w == "what") || wh(at(2)) || wh(at(3)))
            {
                // A clause as the subject: "What it is is a problem", "Who she was was
                // never clear".
                continue;
            }
            if at(1).as_deref() == Some("who")
                && at(2).is_some_and(|w| matches!(w.as_str(), "those" | "anyone" | "everyone"))
            {
                // "Those who know know."
                continue;
            }
            // Remove the space before the second copy; across a line break, remove the space
            // after it instead, so the lines keep their shape.
            let between = &text[prev.span.end()..word.span.start()];
            let edit = if !between.chars().all(char::is_whitespace) {
                // Markup between the copies ("British <a …>British Casino</a>"): remove the
                // second copy with the space after it, and leave the tags whole.
                let after = text[word.span.end()..].len()
                    - text[word.span.end()..]
                        .trim_start_matches([' ', '\t'])
                        .len();
                if after == 0 {
                    None
                } else {
                    Some(Span::new(word.span.start(), word.span.end() + after))
                }
            } else if between.contains(['\n', '\r']) {
                let after = text[word.span.end()..].len()
                    - text[word.span.end()..]
                        .trim_start_matches([' ', '\t'])
                        .len();
                Some(Span::new(word.span.start(), word.span.end() + after))
            } else {
                Some(Span::new(prev.span.end(), word.span.end()))
            };
            if cx.is_full() {
                cx.left_out(word.span);
                continue;
            }
            let mut finding = Finding::new(word.span, format!("`{b}` is repeated"))
                .label(prev.span, "first here")
                .help(format!("remove the second `{b}`"));
            if let Some(edit) = edit {
                finding = finding.fix(Applicability::Safe, edit, "");
            }
            cx.report(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RepeatedWord;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

    #[test]
    fn flags_doubles_in_any_case_and_across_lines() {
        assert_flags(&RepeatedWord, "He went to the the shop.", &["the"]);
        assert_flags(&RepeatedWord, "The the shop was shut.", &["the"]);
        assert_flags(&RepeatedWord, "He went to the\nthe shop.", &["the"]);
        assert_flags(&RepeatedWord, "Talks With With Russia", &["With"]);
    }

    #[test]
    fn deliberate_and_cited_doubles_are_clean() {
        for text in [
            "It is not finished until it is “done done.”\n",
            "_Help help help, too many meetings._\n",
            "The farm was used to produce produce.\n",
            "Look for “GET get /agencies” in the tool.\n",
            "Do not use a slash for words like _and_ or _or_.\n",
            "See the Open Data data.json checker.\n",
        ] {
            assert_clean(&RepeatedWord, text);
        }
        assert_flags(
            &RepeatedWord,
            "It goes to to the desk, help help help.",
            &["to"],
        );
    }

    #[test]
    fn flags_across_a_markdown_soft_break() {
        let d = run(
            &RepeatedWord,
            "He went to the\nthe shop.\n",
            Format::Markdown,
        );
        assert_eq!(d.len(), 1);
    }

    #[test]
    fn leaves_grammatical_doubles_names_and_numbers() {
        assert_clean(
            &RepeatedWord,
            "She had had enough, and said that that was all.",
        );
        assert_clean(&RepeatedWord, "What it is is a problem.");
        assert_clean(
            &RepeatedWord,
            "Who she was was never clear, and where they are are secrets. Those who know know.",
        );
        assert_flags(&RepeatedWord, "The man who is is tall.", &["is"]);
        assert_clean(&RepeatedWord, "They flew to Bora Bora and Walla Walla.");
        assert_clean(&RepeatedWord, "Sirhan Sirhan was convicted.");
        assert_clean(&RepeatedWord, "The score was 10 10 at the break.");
        assert_clean(&RepeatedWord, "Bora, Bora is not the same.");
        assert_clean(&RepeatedWord, "He waved bye bye.");
        assert_clean(&RepeatedWord, "The tracker lists it as \"the the\".");
    }

    #[test]
    fn issue_17_a_quoted_mention_is_read_off_the_document_quotations() {
        assert_clean(
            &RepeatedWord,
            "It lists 'was was' and ‘is is’ and « the the », but not the 'the the' of 5'11\".",
        );
        // Quote marks written as character references: before the document model's
        // quotations, the text before the words ended in `;`, not a quote, so these were
        // reported.
        let html =
            "<p>The tracker lists it as &quot;the the&quot; and &ldquo;was was&rdquo;.</p>\n";
        assert!(run(&RepeatedWord, html, Format::Html).is_empty());
        // Only the quoted words themselves: a quotation that goes on is no mention.
        assert_flags(&RepeatedWord, "He said \"the the shop\".", &["the"]);
    }

    #[test]
    fn issue_18_a_doubled_nationality_is_a_slip_and_names_stay_quiet() {
        assert_flags(
            &RepeatedWord,
            "But British British Casino Association members disagreed.",
            &["British"],
        );
        assert_clean(
            &RepeatedWord,
            "Ali Ali scored twice, Duran Duran played in Baden-Baden and Baden Baden.",
        );
        assert_clean(
            &RepeatedWord,
            "Australia agreed a A$500 million deal and paid a [A$](https://example.org)2 billion.",
        );
    }

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(super::ALLOWED.is_sorted());
        assert!(super::NATIONALITIES.is_sorted());
    }

    #[test]
    fn fix_removes_the_second_copy() {
        assert_eq!(fixed(&RepeatedWord, "to the the shop"), "to the shop");
        assert_eq!(fixed(&RepeatedWord, "The the shop"), "The shop");
        assert_eq!(
            fixed(&RepeatedWord, "implement a\na cease-fire"),
            "implement a\ncease-fire"
        );
    }
}
