//! Foreign words in English copy, read from the evidence around them, not from a list of
//! foreign words: a word inside a stretch that is itself foreign (unknown words side by
//! side, or beside the function words of another language: "tierra y libertad"), and a
//! word introduced or glossed as foreign (a motto, an anthem's or a place's local name, a
//! quotation followed by its translation: "the motto «pro patria semper» (always for the
//! fatherland)"). A single unknown word among English words with no such evidence is still
//! checked: evidence is always about the text around the word, never the word itself.

use whatlang::Lang;

use super::Checker;
use super::cited::{in_phrase, without_tags};
use super::formation::{contraction, derived};
use crate::doc::{Gap, Shape};
use crate::span::Span;
use crate::spell;
use crate::text::is_hyphen;

/// Function words of the languages of Western Europe, the Middle East and South Asia that
/// English copy cites most: articles, prepositions, conjunctions and the particles of
/// names. An unknown word beside one of them is in a stretch of that language.
const FUNCTION_WORDS: &[&str] = &[
    "al", "bin", "bint", "da", "das", "de", "del", "della", "des", "der", "di", "dos", "du", "el",
    "et", "het", "ibn", "la", "las", "le", "les", "los", "och", "ul", "und", "von", "wa", "y",
];

/// English determiners: after one of them, a function word such as "bin" or "la" is an
/// English word ("the bin", "a la carte").
const DETERMINERS: &[&str] = &[
    "a", "an", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some", "that",
    "the", "their", "these", "this", "those", "your",
];

/// Short English words that a foreign stretch may hold between its unknown words ("nos",
/// "con", "a", "e"): many short words of other languages are in the English lists too.
const MAX_LINK_LEN: usize = 3;

/// How far a stretch is followed on each side of the word, in words.
const MAX_STRETCH: usize = 8;

/// Cues that the text before a word or quotation introduces it as foreign: a motto, an
/// anthem or a place known by its local name, a translation.
const INTRO_CUES: &[&str] = &[
    "motto",
    "anthem",
    "known locally as",
    "locally known as",
    "locally called",
    "local long form",
    "local short form",
    "local name",
    "local form",
    "native name",
    "translates as",
    "translated as",
    "translates to",
    "inscription",
    "inscribed",
    "slogan",
    "in the local language",
];

/// Cues of a sentence about a word's origin: where a language name before an unknown word
/// is the language of that word ("from the Quechua pacha").
const ORIGIN_CUES: &[&str] = &[
    "derive",
    "origin",
    "mean",
    "name",
    "word",
    "called",
    "translat",
    "etymolog",
    "literally",
];

/// Emphasis marks that set a cited or foreign phrase apart.
const MARKS: &[(&str, &str)] = &[
    ("<em>", "</em>"),
    ("<i>", "</i>"),
    ("<EM>", "</EM>"),
    ("<I>", "</I>"),
    ("*", "*"),
    ("_", "_"),
];

/// What a neighbouring word says about a stretch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A function word of another language ("la", "und").
    Function,
    /// A lower-case word in no English list and no known misspelling.
    Unknown,
    /// A short English word that may stand inside a foreign stretch ("con", "nos").
    Link,
    /// Anything else: an English word, a name, a number, a known misspelling.
    Other,
}

impl Checker<'_, '_> {
    /// The word at `span` (of the word being checked) is foreign by the evidence around it:
    /// it stands in a foreign stretch, or it is introduced or glossed as foreign.
    pub(super) fn foreign(&self, span: Span) -> bool {
        self.in_foreign_stretch() || self.introduced_foreign(span) || self.quoted_foreign(span)
    }

    /// What word `i` says about a stretch it stands in.
    fn kind(&self, i: usize) -> Kind {
        let w = self.doc.words[i];
        if w.shape != Shape::Lower || in_phrase(self.text, w.span) {
            // A name, or a word of an English set phrase ("de facto", "en masse").
            return Kind::Other;
        }
        let key = self.doc.word_key(i);
        if FUNCTION_WORDS.contains(&key) {
            return Kind::Function;
        }
        if key.contains(is_hyphen) {
            // "al-qahir": a compound with a foreign particle, or with an unknown part.
            let mut parts = key.split(is_hyphen).filter(|p| !p.is_empty());
            let foreign = parts.clone().any(|p| FUNCTION_WORDS.contains(&p))
                || parts.any(|p| p.chars().count() >= 3 && self.unknown_key(p));
            return if foreign { Kind::Unknown } else { Kind::Other };
        }
        if key.chars().count() < 3 || !self.unknown_key(key) {
            let short = key.chars().count() <= MAX_LINK_LEN;
            return if short && !crate::lang::is_english_marker(key) {
                Kind::Link
            } else {
                Kind::Other
            };
        }
        Kind::Unknown
    }

    /// A folded lower-case word is in no English list, is formed from no listed word and
    /// is no known misspelling (a slip is no evidence of another language).
    fn unknown_key(&self, key: &str) -> bool {
        !(spell::accepted(key)
            || self.vocabulary.accepts(key)
            || spell::misspelling(key).is_some()
            || derived(key)
            || contraction(key).is_some())
    }

    /// A function word counts as foreign unless an English determiner stands before it
    /// ("the bin", "a la").
    fn function_word_counts(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1) else {
            return true;
        };
        let (w, pw) = (self.doc.words[i], self.doc.words[p]);
        !(pw.block == w.block
            && w.gap == Gap::Space
            && DETERMINERS.contains(&self.doc.word_lower(p)))
    }

    /// The word being checked stands in a foreign stretch: words side by side (only white
    /// space between, in one block) that are unknown to English or function words of
    /// another language, short words allowed between two of them. The stretch is foreign
    /// when it holds a function word of another language, three unknown words or more, or
    /// two with a letter English does not use.
    fn in_foreign_stretch(&self) -> bool {
        let at = self.at;
        let words = &self.doc.words;
        let joined = |i: usize| {
            words
                .get(i)
                .zip(i.checked_sub(1).and_then(|p| words.get(p)))
                .is_some_and(|(w, p)| w.block == p.block && w.gap == Gap::Space)
        };
        // Collects the stretch on one side: a link counts only with a member beyond it.
        let side = |step: &dyn Fn(usize) -> Option<usize>| {
            let mut members = Vec::new();
            let mut pending = None;
            let mut i = at;
            for _ in 0..MAX_STRETCH {
                let Some(n) = step(i) else { break };
                match self.kind(n) {
                    Kind::Function | Kind::Unknown => {
                        members.extend(pending.take());
                        members.push(n);
                    }
                    Kind::Link if pending.is_none() => pending = Some(n),
                    _ => break,
                }
                i = n;
            }
            members
        };
        let left = side(&|i| (i > 0 && joined(i)).then(|| i - 1));
        let right = side(&|i| joined(i + 1).then_some(i + 1));
        if left.is_empty() && right.is_empty() {
            return false;
        }
        // A known misspelling is foreign only inside the stretch, not at its edge beside an
        // English word ("de facto recieved the letter").
        if spell::misspelling(self.doc.word_key(at)).is_some()
            && ((joined(at) && left.is_empty()) || (joined(at + 1) && right.is_empty()))
        {
            return false;
        }
        let members = || left.iter().chain(&right).copied();
        let function =
            members().any(|i| self.kind(i) == Kind::Function && self.function_word_counts(i));
        // The word itself counts as one unknown word.
        let unknown = 1 + members().filter(|&i| self.kind(i) == Kind::Unknown).count();
        if function || unknown >= 3 {
            return true;
        }
        if unknown < 2 {
            return false;
        }
        // Two: only with a letter English does not write ("jamás"); two slips side by side
        // ("budgett plann") read as Danish to the detector, so it is not asked.
        members().chain([at]).any(|i| {
            self.doc
                .word_str(i)
                .chars()
                .any(|c| c.is_alphabetic() && !c.is_ascii())
        })
    }

    /// The word is introduced as foreign in its clause: right after a cue ("known locally
    /// as", "motto"), or right after "from (the)" and a language name ("from the Old Norse
    /// fjall") in a sentence about a word's origin (not "a French naval officer", "a
    /// British protectorate"); or it is followed by "in" and a language name ("sala in
    /// Catalan").
    fn introduced_foreign(&self, span: Span) -> bool {
        let before = self.clause_before(span.start());
        if cue_ends(&before, INTRO_CUES) {
            return true;
        }
        // "sala in Catalan", "sala gran in Catalan": one word may stand between.
        let end = self.word_end.max(span.end());
        let after = &self.text[end..];
        let next = after
            .split_whitespace()
            .next()
            .filter(|w| w.chars().all(char::is_alphabetic) && !crate::lang::is_english_marker(w))
            .and_then(|w| after.find(w).map(|i| &after[i + w.len()..]));
        if in_language_after(after) || next.is_some_and(in_language_after) {
            return true;
        }
        after_from_language(&before) && {
            let line = self.line_around(span).to_lowercase();
            ORIGIN_CUES.iter().any(|c| line.contains(c))
        }
    }

    /// The word stands in a quotation or in emphasis that is not English (no English
    /// function word in it) and that is introduced as foreign, followed by a translation,
    /// or read by the language detector as another language.
    fn quoted_foreign(&self, span: Span) -> bool {
        let Some((open, close)) = self.quoted(span) else {
            return false;
        };
        let inner = &self.text[open.end()..close.start()];
        let words: Vec<&str> = inner
            .split(|c: char| !c.is_alphabetic() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .collect();
        if words.iter().any(|w| crate::lang::is_english_marker(w)) {
            return false;
        }
        let before = self.clause_before(open.start());
        cue_ends(&before, INTRO_CUES)
            || after_from_language(&before)
            || after_in_language(&before)
            || translation_follows(&self.text[close.end()..])
            || (words.len() >= 3 && other_language(&words.join(" ")))
    }

    /// The marks around the word: the document's quotation that holds it, or else an
    /// emphasis (`*…*`, `_…_`, `<em>…</em>`, `<i>…</i>`) on its line.
    fn quoted(&self, span: Span) -> Option<(Span, Span)> {
        if let Some(q) = self.doc.quotation(span) {
            let close = q.close.unwrap_or(Span::new(q.inner.end(), q.inner.end()));
            return Some((q.open, close));
        }
        let text = self.text;
        let reach = text.floor_char_boundary(span.start().saturating_sub(160));
        let from = text[reach..span.start()]
            .rfind('\n')
            .map_or(reach, |i| reach + i + 1);
        let end = self.word_end.max(span.end());
        let to = text.floor_char_boundary((end + 160).min(text.len()));
        let to = text[end..to].find('\n').map_or(to, |i| end + i);
        MARKS.iter().find_map(|(o, c)| {
            let before = &text[from..span.start()];
            let o_at = from + before.rfind(o)?;
            // The opener is not closed again before the word, and opens (no space after).
            if text[o_at + o.len()..span.start()].contains(c)
                || text[o_at + o.len()..].starts_with(char::is_whitespace)
            {
                return None;
            }
            let c_at = end + text[end..to].find(c)?;
            Some((
                Span::new(o_at, o_at + o.len()),
                Span::new(c_at, c_at + c.len()),
            ))
        })
    }

    /// The text of the clause before `at` on its line (at most 160 bytes), without tags.
    fn clause_before(&self, at: usize) -> String {
        let text = self.text;
        let reach = text.floor_char_boundary(at.saturating_sub(160));
        let from = text[reach..at].rfind('\n').map_or(reach, |i| reach + i + 1);
        let before = without_tags(&text[from..at]);
        let clause = before
            .rfind([';', '.', '!', '?'])
            .map_or(before.as_str(), |i| &before[i + 1..]);
        clause.to_string()
    }

    /// The line around `span`, at most 160 bytes each side.
    fn line_around(&self, span: Span) -> &str {
        let text = self.text;
        let reach = text.floor_char_boundary(span.start().saturating_sub(160));
        let from = text[reach..span.start()]
            .rfind('\n')
            .map_or(reach, |i| reach + i + 1);
        let to = text.floor_char_boundary((span.end() + 160).min(text.len()));
        let to = text[span.end()..to]
            .find('\n')
            .map_or(to, |i| span.end() + i);
        &text[from..to]
    }
}

/// The clause ends with one of `cues`, perhaps followed by "is", "reads" … or an article,
/// and a colon or comma ("the motto:", "known locally as the", "the anthem,", "the motto
/// reads").
fn cue_ends(clause: &str, cues: &[&str]) -> bool {
    const VERBS: &[&str] = &["is", "was", "reads", "read", "being"];
    let lower = clause.to_lowercase();
    let tail = lower.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | ',' | '"' | '“' | '‘' | '\'' | '«' | '(' | '*' | '_'
            )
    });
    let ends = |tail: &str| {
        cues.iter().any(|c| {
            tail.strip_suffix(c).is_some_and(|rest| {
                rest.is_empty() || rest.ends_with(|ch: char| !ch.is_alphanumeric())
            }) || tail.strip_suffix(&format!("{c}'s")).is_some()
        })
    };
    // "known locally as the", "the motto reads": a verb or an article may follow the cue.
    let strip = |t: &'_ str, words: &[&str]| {
        t.rsplit_once(char::is_whitespace)
            .filter(|(_, last)| words.contains(last))
            .map(|(head, _)| head.trim_end_matches([' ', ':', ',']).to_string())
    };
    let unarticled = strip(tail, &["the", "a", "an"]);
    let tail = unarticled.as_deref().unwrap_or(tail);
    ends(tail) || strip(tail, VERBS).is_some_and(|t| ends(&t))
}

/// A translation follows a quotation or emphasis: a parenthesis, another quotation, or
/// "meaning", "which means", "translated as", "or", "in <language>".
fn translation_follows(after: &str) -> bool {
    let after = without_tags(after.lines().next().unwrap_or(""));
    let after = after.trim_start_matches([',', '*', '_']);
    let lead = after.trim_start();
    if lead.starts_with(['(', '"', '“', '‘', '«']) {
        return true;
    }
    let lower = lead.to_lowercase();
    [
        "meaning",
        "which means",
        "which translates",
        "translates",
        "translated",
        "literally",
        "or \"",
        "or “",
        "or '",
        "or ‘",
    ]
    .iter()
    .any(|g| lower.starts_with(g))
        || in_language_after(after)
}

/// "in Spanish", "in Old Norse" right after a word or quotation, ending the clause or
/// followed by a joining word ("in Catalan by everyone"); not "in Syrian affairs".
fn in_language_after(after: &str) -> bool {
    const QUALIFIERS: &[&str] = &["Old", "Middle", "Ancient", "Classical", "Modern"];
    const JOINING: &[&str] = &[
        "and", "as", "at", "but", "by", "for", "on", "or", "to", "with",
    ];
    let after = after.trim_start_matches(['"', '”', '’', '\'', '*', '_', ',']);
    let Some(rest) = after.strip_prefix(" in ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let mut name = words.next().unwrap_or("");
    if QUALIFIERS.contains(&name) {
        name = words.next().unwrap_or("");
    }
    let bare = name.trim_end_matches(|c: char| !c.is_alphanumeric());
    language_name(bare)
        && (bare.len() < name.len() || words.next().is_none_or(|w| JOINING.contains(&w)))
}

/// The clause ends with "from", perhaps "the", perhaps "Old" …, and a language name.
fn after_from_language(clause: &str) -> bool {
    const QUALIFIERS: &[&str] = &["Old", "Middle", "Ancient", "Classical", "Modern"];
    let mut words = clause
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    if !words.next().is_some_and(language_name) {
        return false;
    }
    let mut w = words.next();
    if w.is_some_and(|w| QUALIFIERS.iter().any(|q| q.eq_ignore_ascii_case(w))) {
        w = words.next();
    }
    if w.is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        w = words.next();
    }
    w.is_some_and(|w| w.eq_ignore_ascii_case("from"))
}

/// The clause ends with "in" and a language name ("ended her speech in Spanish,").
fn after_in_language(clause: &str) -> bool {
    let mut words = clause
        .split_whitespace()
        .rev()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    words.next().is_some_and(language_name) && words.next() == Some("in")
}

/// A capitalised word that names a language: one the language detector knows by its
/// English name ("Spanish", "Swahili"), an old or classical one, or a name of the shapes
/// languages and peoples' adjectives take ("Quechuan", "Bislamese", "Icelandic").
fn language_name(word: &str) -> bool {
    const CLASSICAL: &[&str] = &["Latin", "Greek", "Sanskrit", "Norse", "Pali", "Quechua"];
    if !word.starts_with(|c: char| c.is_ascii_uppercase()) || word.len() < 4 {
        return false;
    }
    CLASSICAL.contains(&word)
        || crate::lang::Language::codes()
            .filter_map(crate::lang::Language::parse)
            .any(|l| l.name() == word)
        || ["ish", "ese", "ian", "ic", "ch"]
            .iter()
            .any(|s| word.ends_with(s) && word.len() > s.len() + 2)
}

/// The detector reads `sample` as a language other than English: the likeliest other
/// language, asked against English alone, wins with confidence.
fn other_language(sample: &str) -> bool {
    let Some(likeliest) = whatlang::Detector::with_denylist(vec![Lang::Eng]).detect(sample) else {
        return false;
    };
    whatlang::Detector::with_allowlist(vec![Lang::Eng, likeliest.lang()])
        .detect(sample)
        .is_some_and(|i| i.lang() != Lang::Eng && i.confidence() >= MIN_CONFIDENCE)
}

/// The detector's confidence needed to call a short stretch another language.
const MIN_CONFIDENCE: f64 = 0.5;

#[cfg(test)]
mod tests {
    use super::super::Typo;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, assert_flags, run};

    #[test]
    fn words_beside_another_languages_function_words_are_foreign() {
        assert_clean(
            &Typo,
            "Its motto, tierra firme y libertad, is carried on the state seal.",
        );
        assert_clean(
            &Typo,
            "The crowd answered with pan y trabajo before the speech began.",
        );
    }

    #[test]
    fn three_unknown_words_side_by_side_are_a_foreign_stretch() {
        assert_clean(
            &Typo,
            "Supporters chanted nosaltres serem gegants outside the town hall on Monday.",
        );
    }

    #[test]
    fn one_unknown_word_among_english_words_is_still_checked() {
        assert_flags(
            &Typo,
            "The government said the new plann would be ready in March.",
            &["plann"],
        );
        // Two slips side by side are no foreign stretch without other evidence.
        assert_flags(
            &Typo,
            "The comittee said the budgett plann would be ready in March.",
            &["comittee", "budgett", "plann"],
        );
    }

    #[test]
    fn a_function_word_after_an_english_determiner_is_english() {
        assert_flags(
            &Typo,
            "They put the bottles in the bin withuot sorting them.",
            &["withuot"],
        );
    }

    #[test]
    fn a_known_misspelling_at_the_edge_of_a_stretch_is_reported() {
        assert_flags(
            &Typo,
            "The ministry de facto recieved the letter on Monday.",
            &["recieved"],
        );
    }

    #[test]
    fn a_word_introduced_by_a_local_name_or_motto_is_foreign() {
        assert_clean(
            &Typo,
            "The national dish, known locally as kafuri, is eaten at every festival.",
        );
        assert_clean(&Typo, "The scroll bears the motto: vigilat semper.");
    }

    #[test]
    fn a_cue_earlier_in_the_clause_does_not_cover_a_later_slip() {
        assert_flags(
            &Typo,
            "The motto of the school is printed on every uniform and the studnets wear it.",
            &["studnets"],
        );
        assert_flags(
            &Typo,
            "She spoke about the anthem and its unoffical lyrics.",
            &["unoffical"],
        );
    }

    #[test]
    fn a_word_followed_by_in_and_a_language_name_is_foreign() {
        assert_clean(
            &Typo,
            "The hall is called the sala gran in Catalan by everyone in town.",
        );
        assert_flags(
            &Typo,
            "He spoke in Spanish to the crowd, then returned to anounce the budget.",
            &["anounce"],
        );
    }

    #[test]
    fn a_non_english_quotation_with_a_translation_is_foreign() {
        assert_clean(
            &Typo,
            "The children sang \"som i serem petits gegants\" (we are and will be little \
             giants) at the fair.",
        );
        assert_clean(
            &Typo,
            "The seal reads \"unidos en la lucha\", which translates as \"united in the \
             struggle.\"",
        );
        // An English quotation with a parenthesis after it is English.
        assert_flags(
            &Typo,
            "\"We will recieve the aid by Friday and the rest later\" (the minister, on Monday).",
            &["recieve"],
        );
    }

    #[test]
    fn emphasis_in_markdown_and_html_counts_as_a_quotation() {
        let md = "The guild's motto is *treball germanor alegria* (work, brotherhood, joy).\n";
        assert!(run(&Typo, md, Format::Markdown).is_empty());
        let html =
            "<p>Supporters chanted <em>el pueblo unido jamás será vencido</em> outside.</p>\n";
        assert!(run(&Typo, html, Format::Html).is_empty());
    }

    #[test]
    fn a_language_name_before_a_word_counts_only_after_from_in_a_sentence_about_origins() {
        assert_clean(
            &Typo,
            "The river's name comes from the Catalan rierot, a small stream.",
        );
        assert_flags(
            &Typo,
            "The Spanish governmnet said the talks would resume.",
            &["governmnet"],
        );
        // A language name that is an adjective of a person or thing, in a sentence with
        // "named": not the language of the next word.
        assert_flags(
            &Typo,
            "It was found by a French naavl officer after whom the island is named.",
            &["naavl"],
        );
    }
}
