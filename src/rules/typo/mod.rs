//! The `typo` rule: the checker and its verdicts. Word formation (prefixes, compounds,
//! missing apostrophes, run-together words) is in [`formation`], name slips in [`name_slips`],
//! `[sic]`, cited terms, phrases and quotations in [`cited`], terms used twice in [`terms`],
//! examples and code names in [`examples`], words cut by markup in [`joined`], foreign
//! words read from the text around them in [`foreign`].

mod cited;
mod evidence;
mod examples;
mod foreign;
mod formation;
mod joined;
mod name_slips;
mod standing;
mod terms;
#[cfg(test)]
mod tests;
mod words;

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::diagnostic::Finding;
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, OptionError, Rule, RuleMeta, RuleOptions, declare_rule, options};
use crate::span::Span;
use crate::spell::Vocabulary;
use crate::spell::{self, Dialect};
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::{is_apostrophe, is_hyphen, tokenize};

use self::cited::{
    cited_name, cited_term, in_phrase, informal_in_quotation, italicised, phrase_first,
    reference_name, sic_spans, with_references,
};
use self::evidence::DocWords;
use self::examples::{CodeNames, cited_affix, glued_to_code, obfuscated_email};
use self::formation::{
    PREFIXES, compound_ending, contraction, derived_with, function_pair, plural_run_together,
    run_together, split_suggestion, without_accents,
};
use self::standing::{
    after_letter_reference, chiming_pair, formed_with_ending, oes_plural, verbed_noun,
};
use self::terms::UNKNOWN_PREFIX;
pub use self::terms::{
    SHARED_TERM_FILES, SHARED_TERM_FILES_APART, TermEvidence, drop_shared_terms,
    drop_shared_terms_by, line_key, shared_term, term_key, unknown_word,
};
use self::words::{closest_first, doubled_variant, or_list, recase, strip_possessive};

declare_rule! {
    /// ## What it checks
    /// Misspelt words, in this order:
    ///
    /// 1. a known misspelling ("goverment", "recieve", "suport") is reported with its
    ///    correction(s), in the word's own case (`Goverment` → `Government`);
    /// 2. a lower-case word that is in none of the word lists (American and British
    ///    English, SCOWL size 70) but lies one edit, or two after the right first letter,
    ///    from a word of the frequency list is reported with up to three suggestions,
    ///    ranked by context: a word of a phrase of `rules/phrases.txt` whose other words
    ///    stand around it first ("habeus corpus": `habeas`), then the word read as a function
    ///    word and another word ("alot": `a lot`) when that word is as common as the closest
    ///    listed one, then the closest, the most common first once the kind of slip is
    ///    weighed (`spell::candidates`: "punds" → `pounds`, not `funds`);
    /// 3. a capitalised word that is in no list is reported only when it is one slip (a
    ///    letter swapped, dropped, added or struck wrong) from a name the same document spells
    ///    another way at least twice while this spelling appears once ("Rodick" beside
    ///    "Roddick" ×8, "Kudja" beside "Kujda"; under eight letters only the slips of the
    ///    keys: two letters swapped, a consonant dropped or added, a neighbouring key), or,
    ///    from eight letters, from a country or organisation name in `rules/` ("Kazahkstan"
    ///    beside "Kazakhstan", "Kyrgyztan");
    /// 4. a word on the vocabulary's `reject` list is always reported;
    /// 5. a contraction without its apostrophe ("dont", "isnt", "wouldnt"; "cant" and
    ///    "wont" only right after a pronoun: "I cant") and a function word run together with
    ///    a common word ("thefirst", "justfor", "upto", "hesaid", "inwhich", "toprevent",
    ///    "theirfamilies") are reported with the fix; so is a plural run together with a
    ///    common word ("questionsmarks"), when that is the only split and no listed word is
    ///    one edit away.
    ///
    /// Hyphenated compounds are checked as a whole first (vocabulary, the parts joined),
    /// then part by part ("cease-fire"); a possessive `'s` is not part of the word. A word
    /// running into a character reference written as text ("caf&#233;") is checked decoded.
    /// A capitalised word is compared with a dictionary word only when nothing says it is a
    /// name: inside a run of capitalised words ("Television Nacional", "Radio Mauritanie";
    /// not in a title-case headline) it is not, nor when the document uses it twice.
    ///
    /// A word cut by inline markup — a bold or linked first letter (`**c**hange`,
    /// `<b>D</b>irectory`), a tag or an invisible character inside it, an editorial bracket
    /// (`[I]ndividuals`) — is checked whole, as a reader sees it; its finding covers the
    /// markup and has no fix. Pieces that are each words of three letters or more
    /// ("-*stan*means") are left alone.
    ///
    /// ## Why it matters
    /// A typo that reaches print is the error readers notice first. But news copy is full of
    /// names in every script and transliteration, so this rule never reports a capitalised
    /// word just because the dictionary lacks it: a spell-checker that cries wolf on every
    /// foreign minister gets switched off.
    ///
    /// ## Example
    /// ```text
    /// urged all parties concerned to suport the U.N. mission's work
    /// ```
    ///
    /// ## Not flagged
    /// - names: a capitalised or all-capitals word is never an error for being unknown
    ///   ("Atambayev", "Rahmonov", "Weimin", "Tshisekedi", "Ólafsdóttir");
    /// - spellings of a name that differ by one vowel ("Abdullah" and "Abdallah"), or by a
    ///   doubled letter unless one is used three times or more and the other once
    ///   ("Mohammed" and "Mohamed"): transliterations, or two people; under eight letters
    ///   also a letter for a letter that is not a neighbouring key, an `h` or `w`, or a vowel
    ///   dropped or added ("Afrika", "Fisi", "Rogun", "Bosna" beside "Africa", "Fiji",
    ///   "Roghun", "Bosnia"), and an ending for another ("Koreas", "Korean");
    /// - a one-off spelling when each spelling stands beside a name of its own ("Andrew
    ///   Johnston", "Boris Johnson"): two people; two spellings of one given name
    ///   ("Mohamad", "Mohamed"), and a title that only stands before its full stop ("Gen.")
    ///   beside a name one letter longer ("Geun-hye");
    /// - acronyms (an all-capitals word is only matched against known misspellings, from
    ///   five letters), numbers, ordinals, words with digits ("G20", "4th"), dotted
    ///   abbreviations ("U.N", "e.g"), words of one or two letters; unknown lower-case words
    ///   of three letters get no guesses;
    /// - a capitalised word inside a sentence shorter than six letters that happens to be a
    ///   known misspelling ("the islands of Makin and Tarawa"), and lower-case parts of a
    ///   hyphenated name ("PARK Chung-hee");
    /// - URLs, e-mail addresses, hashtags, @handles, code spans and blocks, HTML, and words
    ///   glued to a file name or path by `.`, `/`, `\` or `_` ("report.pdf", "snake_case");
    /// - a word the document also writes in code, a template tag or (unless it is a known
    ///   misspelling) a web address: a program, repository or container name ("urlsize"
    ///   beside `github.com/18F/urlsize`, "oracledb" beside `docker exec oracledb`), and the
    ///   parts of an e-mail address written out ("jdoe (at) example (dot) com");
    /// - a word cited as an example: in quotation marks or emphasis right after "like",
    ///   "such as", "word(s)", "spelled", "wrote", "see" … ("words like 'autoised'"), any odd
    ///   word of a sentence about spelling ("Use youre spell chekker"), an entry of a list of
    ///   single words two or more of which are in no list, and an affix cited with its hyphen
    ///   ("_-ment_", "intra-");
    /// - every word of a quotation marked `[sic]`, and outside quotation marks the word
    ///   before `[sic]`;
    /// - lower-case words formed from listed words: with a common prefix ("nonmember",
    ///   "reelection", "narcotrafficking") or ending ("tribalists"), a plural -s the lists
    ///   lack ("bushfires"), two common words closed up ("hardline"; "moodboard" too, though
    ///   the far rarer compound "moldboard" is one edit away), a noun with a listed plural
    ///   and no listed verb form made a verb ("keyworded", "diffing"; not "sweared" beside
    ///   `swearing`, nor "drunking" one edit from the common `drinking`), and hyphenated
    ///   compounds whose parts joined are a word ("socio-economic"); but not when a word
    ///   a hundred times more frequent than the stem, counting the article's own use of it,
    ///   is one slip away ("coruts" is `courts`; "bilion" in an article that writes
    ///   `billion`);
    /// - unknown lower-case words more than two edits from every listed word (foreign words
    ///   and terms of art);
    /// - American and British spellings both, unless `dialect` is set;
    /// - words in the vocabulary (`[vocabulary] accept` and `files`);
    /// - rarer words of SCOWL size 80 ("switchgrass", "unban"), words of size 95 that are not
    ///   one slip from a much more common word ("workshopping", "swappable"), software and
    ///   documentation terms ("nginx", "hardcode", "templated") and listed loanwords written
    ///   without their accents ("cafe", "protege"): accepted, never suggested;
    /// - foreign words cited as words: introduced by "word(s)", "phrase" or "term" ("from the
    ///   Malay words kuala and lumpur") or followed by a gloss in a sentence about words or
    ///   names ("phnom (mountain)", "simha, or \"lion\"");
    /// - foreign words by the text around them: beside other unknown words or
    ///   another language's function words ("tierra y libertad"), after "motto", "known
    ///   locally as", "in Spanish", or in a non-English quotation followed by a translation;
    /// - an unknown lower-case word the document uses twice or more (a term, not a slip; a
    ///   known misspelling is still reported), or that is unknown in three or more of the
    ///   files checked together;
    /// - SCOWL's level-2 spelling variants ("kidnaper", "benefitting"), accepted like size 80;
    /// - a word of a phrase of `rules/phrases.txt`, inside that phrase only ("habeas corpus",
    ///   "en masse", "laissez-faire");
    /// - the end of a compound that is a listed word with -s, -er, -ed, -ly … ("year-olds",
    ///   "have-nots", "left-hander", "single-handedly");
    /// - inside quotation marks, lengthened words ("pleeease", "sooo") and a letter dropped
    ///   with an apostrophe ("'orrible", "goin'"); anywhere, a dropped "g" ("learnin'");
    /// - by form ("siloes", "the rollup" but not "they will rollup", "swipeable" with no
    ///   listed word one edit away, "wishy-washy") or place (a handle among names, italics
    ///   mostly in no list, a line with "¡", ".epub", "woff" beside "woff2"); a capitalised
    ///   known misspelling of lower-case words in a person's name ("Kaitlin Devine",
    ///   "Markey, R."; not "Dan Willams": `Williams`);
    /// - an unknown word reported in two of the files checked together on different lines.
    ///
    /// ## Options
    /// `dialect = "en-US"` or `"en-GB"`: prefer one spelling. A lower-case word spelt the
    /// other way ("colour" in en-US copy, "organize" is right in both) is then reported with
    /// the preferred spelling when one edit of the usual kinds (-our/-or, -ise/-ize,
    /// -tre/-ter, -lled/-led, -ence/-ense, -ogue/-og …) turns it into a listed word of the
    /// preferred dialect; a word no such edit maps is accepted. Capitalised words ("Labour
    /// Party", "Ministry of Defence") are never reported for dialect. Unset: both spellings
    /// are right. Any other value is a config error.
    ///
    /// The vocabulary lives in copydesk.toml, not here: `[vocabulary] accept = [...]`,
    /// `reject = [...]`, `files = ["names.txt"]` (one word per line, relative to the config
    /// file). Matching ignores case and the kind of apostrophe.
    ///
    /// ## Fix safety
    /// Safe for a known misspelling with exactly one correction, for a rejected word whose
    /// misspelling entry has one correction, for a missing apostrophe, and for a function
    /// word run together with another word (not inside a hyphenated compound: "right-toknow"
    /// may want a hyphen). Shown but not applied for everything else: a plural run together
    /// with a word ("questionsmarks" may want `question marks`), a guessed suggestion for
    /// an unknown word, a name that differs from another name (it may be a different
    /// person), and a dialect spelling (a quotation or a British body's name keeps its own
    /// spelling). A word cut by markup gets suggestions but never a fix: a replacement
    /// across the markup would remove it.
    pub(crate) struct Typo {
        id: "typo",
        severity: Error,
        summary: "misspelt words: known misspellings, and unknown words close to a listed word",
        fix: Safe,
        options: ["dialect"],
        languages: English,
    }
}

/// Lower-case words this short are not checked: two-letter tokens are abbreviations,
/// units and foreign words far more often than typos.
const MIN_LEN: usize = 3;

/// Capitalised words shorter than this are not matched against the misspelling list:
/// short entries collide with names ("Bui" is a Vietnamese surname, typos-dict's `bui`).
/// This holds where capitals are expected of any word: at the start of a sentence.
const MIN_CAPITALISED_MISSPELLING: usize = 4;

/// Inside a sentence a capitalised word is a name far more often than a slip ("the islands
/// of Makin and Tarawa", not `making`), so only longer ones are matched.
const MIN_NAME_POSITION_MISSPELLING: usize = 6;

/// All-capitals words shorter than this are acronyms, not shouted typos.
const MIN_ALLCAPS_MISSPELLING: usize = 5;

/// Unknown lower-case words shorter than this get no guessed suggestions.
const MIN_GUESS_LEN: usize = 4;

/// Suggestions shown for an unknown word.
const MAX_SUGGESTIONS: usize = 3;

/// Suggestions kept for an unknown word before the article's evidence reorders them
/// ([`evidence`]): the word meant may be the fourth most likely by the lists alone.
const MAX_CANDIDATES: usize = 12;

impl Rule for Typo {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn read_options(&self, table: &toml::Table) -> Result<RuleOptions, OptionError> {
        options::read::<TypoOptions>(table)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let dialect = cx
            .options::<TypoOptions>()
            .map_or(Dialect::Either, |o| o.dialect);
        let mut checker = Checker {
            vocabulary: cx.vocabulary(),
            dialect,
            key: String::new(),
            found: Vec::new(),
            names: Vec::new(),
            unknown_names: Vec::new(),
            person_names: Vec::new(),
            initial: Vec::new(),
            memo: HashMap::default(),
            doc_words: std::cell::OnceCell::new(),
            doc,
            at: 0,
            word_end: 0,
            unknown: Vec::new(),
            text: doc.text(),
            code_names: None,
        };
        let sic = sic_spans(doc);
        let mut initial = vec![false; doc.words.len()];
        for s in &doc.sentences {
            if let Some(i) = initial.get_mut(s.words.start as usize) {
                *i = true;
            }
        }
        checker.initial = initial;
        for (i, w) in doc.words.iter().enumerate() {
            // A word cut by inline markup (`**c**hange`, `e<b>X</b>press`) is checked
            // whole, once, at its first part.
            if doc.continues_word(i) {
                continue;
            }
            let in_sic = |span: Span| {
                sic.iter()
                    .any(|s| s.start <= span.start && span.start < s.end)
            };
            if let Some((parts, whole)) = doc.continues_word(i + 1).then(|| doc.joined(i)).flatten()
            {
                let span = doc.words[i].span.cover(doc.words[parts.end - 1].span);
                if !in_sic(span)
                    && !glued_to_code(doc.text(), span)
                    && !cited_affix(doc.text(), span)
                {
                    checker.at = i;
                    checker.word_end = span.end();
                    let initial = checker.initial[i] || w.gap == Gap::Start;
                    checker.joined(span, &whole, parts, initial);
                }
                continue;
            }
            if matches!(w.shape, Shape::Number | Shape::Alnum | Shape::Caseless) {
                continue;
            }
            if in_sic(w.span) {
                continue;
            }
            let text = doc.slice(w.span);
            if text.contains('.')
                || glued_to_code(doc.text(), w.span)
                || reference_name(doc.text(), w.span)
                || cited_affix(doc.text(), w.span)
                || obfuscated_email(doc.text(), w.span)
                || after_letter_reference(doc.text(), w.span)
            {
                continue;
            }
            let body = strip_possessive(text);
            let initial = checker.initial[i] || w.gap == Gap::Start;
            checker.at = i;
            checker.word_end = w.span.end();
            checker.word(
                Span::new(w.span.start(), w.span.start() + body.len()),
                body,
                initial,
            );
        }
        checker.names_near_names();
        checker.terms_used_twice();
        for d in checker.found {
            cx.report(d);
        }
    }
}

/// `[rules.typo]`: `dialect = "en-US"` or `"en-GB"` (any case); unset accepts both.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
struct TypoOptions {
    dialect: Dialect,
}

/// What the lists say about one word form.
#[derive(Clone, Debug)]
enum Verdict {
    /// Too short to check.
    Short,
    Fine,
    /// A capitalised word in no list: compared with the names around it (step 3).
    Name,
    Rejected(Vec<String>),
    Dialect(String),
    Misspelt(Vec<String>),
    /// A contraction without its apostrophe ("dont"): the word with it.
    Apostrophe(String),
    /// Two words run together ("thefirst"): the words with a space, and whether that is
    /// the only reading (a function word in the pair) or one of two ("questionsmarks": also
    /// `question marks`).
    RunTogether(String, bool),
    Unknown(Vec<String>),
}

fn suggest_all(mut d: Finding, suggestions: Vec<String>) -> Finding {
    for s in suggestions {
        d = d.suggest(s);
    }
    d
}

struct Checker<'d, 'a> {
    vocabulary: &'d Vocabulary,
    dialect: Dialect,
    /// Reused buffer for folded keys.
    key: String,
    found: Vec<Finding>,
    /// Every capitalised word seen (for counting how a name is usually spelt).
    names: Vec<(&'a str, Span)>,
    /// Capitalised words in no list, to compare with the names around them, and whether
    /// each stands in a run of capitalised words (a multi-word name) outside a title-case
    /// headline, and beside a capitalised word at all.
    unknown_names: Vec<(&'a str, Span, bool, bool)>,
    /// Of those, the ones that stand in a person's name ("Dara Pressley"): not compared
    /// with a capitalised dictionary word ("Data").
    person_names: Vec<Span>,
    /// Per word of the document: it starts a sentence.
    initial: Vec<bool>,
    doc: &'d Document<'a>,
    /// Index of the word being checked.
    at: usize,
    /// End of the whole word being checked (a compound's, not its part's).
    word_end: usize,
    /// Unknown lower-case words reported, with their place in `found`: dropped at the end
    /// when the document uses the same word again (a term, not a slip).
    unknown: Vec<(&'a str, usize)>,
    /// The whole source.
    text: &'a str,
    /// The names the document writes in code and web addresses, gathered when first asked.
    code_names: Option<CodeNames>,
    /// The document's word forms, gathered when a suggestion is first ranked.
    doc_words: std::cell::OnceCell<DocWords<'d>>,
    /// Verdicts by (form, starts a sentence, inside a hyphenated name).
    memo: HashMap<(&'a str, bool, bool), Verdict, BuildHasherDefault<spell::WordHasher>>,
}

impl<'a> Checker<'_, 'a> {
    /// The word before the one being checked in its block, and what stands between them.
    fn previous(&self) -> Option<(&'a str, &'a str)> {
        let w = self.doc.words.get(self.at)?;
        let p = self.doc.words.get(self.at.checked_sub(1)?)?;
        (p.block == w.block && w.gap != Gap::Hole).then(|| {
            (
                self.doc.slice(p.span),
                &self.text[p.span.end()..w.span.start()],
            )
        })
    }

    /// The word after it, when only white space stands between.
    fn next(&self) -> Option<&'a str> {
        let w = self.doc.words.get(self.at)?;
        let n = self.doc.words.get(self.at + 1)?;
        (n.block == w.block && n.gap == Gap::Space).then(|| self.doc.slice(n.span))
    }

    /// The document has the word `text` (possessive removed) at least twice.
    fn used_twice(&self, text: &str) -> bool {
        self.doc
            .words
            .iter()
            .filter(|w| strip_possessive(self.doc.slice(w.span)) == text)
            .nth(1)
            .is_some()
    }

    /// Checks a word (possessive already removed), or each part of a compound. `initial`:
    /// the word starts a sentence or a block, where any word is capitalised.
    fn word(&mut self, span: Span, text: &'a str, initial: bool) {
        // Every hyphen is `-` or starts with the byte 0xE2 (U+2010, U+2011): a byte scan
        // rules most words out before any character is decoded.
        if !text.bytes().any(|b| b == b'-' || b == 0xE2) || !text.contains(is_hyphen) {
            self.part(span, text, initial, false);
            return;
        }
        fold_into(text, &mut self.key);
        if self.vocabulary.rejects(&self.key) || self.vocabulary.accepts(&self.key) {
            // The vocabulary has the compound as a whole ("cease-fire" rejected by house
            // style, "Chung-hee" accepted): judge it as one word.
            self.part(span, text, initial, false);
            return;
        }
        // "ylang-ylang", "hush-hush", "wishy-washy": a reduplicated word is a word of its own.
        let mut parts = text.split(is_hyphen);
        if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next())
            && (a.eq_ignore_ascii_case(b) || chiming_pair(a, b))
        {
            return;
        }
        // "socio-economic", "e-mail", "co-operate": the parts joined are a listed word.
        let joined: String = self.key.chars().filter(|&c| !is_hyphen(c)).collect();
        if spell::accepted(&joined) {
            return;
        }
        // "PARK Chung-hee", "Geun-hye", "Chan-ocha": after a capitalised first part, the
        // lower-case parts belong to a name; only known misspellings are reported there.
        let name = text
            .split(is_hyphen)
            .next()
            .is_some_and(|p| matches!(tokenize::shape(p), Shape::Capitalised | Shape::AllCaps));
        let mut at = 0;
        let mut first = true;
        for part in text.split(is_hyphen) {
            let start = span.start() + at;
            at += part.len()
                + text[at + part.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if part.is_empty() {
                first = false;
                continue;
            }
            let shape = tokenize::shape(part);
            if matches!(shape, Shape::Number | Shape::Alnum | Shape::Caseless) {
                continue;
            }
            if shape == Shape::Lower && PREFIXES.contains(&part) {
                // "anti-", "socio-", "non-": a prefix written with its hyphen.
                first = false;
                continue;
            }
            if !first && shape == Shape::Lower && compound_ending(part) {
                // "year-olds", "have-nots", "single-handedly", "left-hander": a form that
                // only occurs at the end of a compound.
                continue;
            }
            self.part(
                Span::new(start, start + part.len()),
                part,
                initial && first,
                name,
            );
            first = false;
        }
    }

    /// Checks one word or part of a compound. `in_name`: a lower-case part of a hyphenated
    /// name ("Chung-hee"), checked against known misspellings only. A form already judged in
    /// this document is not looked up again: copy repeats its words.
    fn part(&mut self, span: Span, text: &'a str, initial: bool, in_name: bool) {
        let verdict = if let Some(v) = self.memo.get(&(text, initial, in_name)) {
            v.clone()
        } else {
            let v = self.judge(text, initial, in_name);
            self.memo.insert((text, initial, in_name), v.clone());
            v
        };
        match verdict {
            Verdict::Short => {}
            Verdict::Fine if matches!(text, "cant" | "wont") && self.after_pronoun() => {
                let fixed = if text == "cant" { "can't" } else { "won't" };
                self.found.push(
                    Finding::new(span, format!("`{text}` lacks its apostrophe"))
                        .help(format!("write `{fixed}`"))
                        .fix(true, span, fixed)
                        .suggest(fixed),
                );
            }
            Verdict::Fine => {
                if !text.as_bytes()[0].is_ascii_lowercase()
                    && text.starts_with(char::is_uppercase)
                    && tokenize::shape(text) == Shape::Capitalised
                {
                    self.names.push((text, span));
                }
            }
            Verdict::Name => {
                self.names.push((text, span));
                if !cited_name(self.text, span) {
                    if self.person_position(span) {
                        self.person_names.push(span);
                    }
                    let beside = self.beside_capital();
                    let run = beside && !self.title_case();
                    self.unknown_names.push((text, span, run, beside));
                }
            }
            Verdict::Rejected(fixes) => {
                let mut d = Finding::new(span, format!("`{text}` is on the reject list"))
                    .help("the vocabulary in copydesk.toml rejects this word");
                if let [one] = fixes.as_slice() {
                    d = d.fix(true, span, one.clone());
                }
                self.found.push(suggest_all(d, fixes));
            }
            Verdict::Dialect(preferred) => {
                let (kind, copy) = match self.dialect {
                    Dialect::Us => ("British", "en-US"),
                    _ => ("American", "en-GB"),
                };
                self.found.push(
                    Finding::new(span, format!("{kind} spelling `{text}` in {copy} copy"))
                        .help(format!("write `{preferred}`"))
                        .fix(false, span, preferred.clone())
                        .suggest(preferred),
                );
            }
            Verdict::Misspelt(_)
                if tokenize::shape(text) == Shape::AllCaps && !self.english_caps() => {}
            // "Television Nacional de Chile", "Agence France Presse": a capitalised word
            // inside a multi-word name is part of the name, not a slip of `national`.
            Verdict::Misspelt(_)
                if tokenize::shape(text) == Shape::Capitalised && self.in_capitalised_run() => {}
            // "Buda" (the town) twice: a capitalised form the article uses again is a name,
            // not the same slip of "Buddha" made twice.
            Verdict::Misspelt(_)
                if tokenize::shape(text) == Shape::Capitalised && self.used_twice(text) => {}
            Verdict::Misspelt(_)
                if self.cited_example(span)
                    || (tokenize::shape(text) == Shape::Lower && self.code_name(text, true)) => {}
            Verdict::Misspelt(_)
                if self.cited_foreign(span)
                    || self.placed_as_word(span, text, false)
                    || in_phrase(self.text, span)
                    || with_references(self.text, span)
                    || informal_in_quotation(self.doc, span, text) => {}
            // "Kaitlin Devine", "Markey, R.": a surname, not a slip of `divine`.
            Verdict::Misspelt(ref fixes)
                if tokenize::shape(text) == Shape::Capitalised
                    && self.surname_position(span, fixes) => {}
            Verdict::Misspelt(fixes) => {
                let fixes = phrase_first(self.text, span, text, fixes);
                let d = Finding::new(span, format!("misspelt word `{text}`"));
                let d = if let [one] = fixes.as_slice() {
                    d.help(format!("write `{one}`"))
                        .fix(true, span, one.clone())
                } else {
                    d.help(format!("write {}, whichever is meant", or_list(&fixes)))
                        .fix(false, span, fixes[0].clone())
                };
                self.found.push(suggest_all(d, fixes));
            }
            Verdict::RunTogether(..) | Verdict::Apostrophe(_)
                if self.cited_example(span) || self.code_name(text, false) => {}
            Verdict::Apostrophe(fixed) => {
                self.found.push(
                    Finding::new(span, format!("`{text}` lacks its apostrophe"))
                        .help(format!("write `{fixed}`"))
                        .fix(true, span, fixed.clone())
                        .suggest(fixed),
                );
            }
            Verdict::RunTogether(..)
                if cited_term(self.text, span)
                    || self.cited_foreign(span)
                    || self.particle_noun(text) => {}
            Verdict::RunTogether(split, sure) => {
                // Inside a compound ("right-toknow") the words may want a hyphen instead.
                let safe = sure
                    && span.end() == self.word_end
                    && !self.text[..span.start()].ends_with(is_hyphen);
                self.found.push(
                    Finding::new(span, format!("`{text}` is two words run together"))
                        .help(format!("write `{split}`"))
                        .fix(safe, span, split.clone())
                        .suggest(split),
                );
            }
            Verdict::Unknown(_)
                if self.species_name(text)
                    || with_references(self.text, span)
                    || informal_in_quotation(self.doc, span, text)
                    || cited_term(self.text, span)
                    || italicised(self.text, span)
                    || self.cited_foreign(span)
                    || in_phrase(self.text, span)
                    || self.cited_example(span)
                    || self.code_name(text, false)
                    || self.placed_as_word(span, text, true) => {}
            Verdict::Unknown(suggestions) => {
                let suggestions = self.used_first(text, suggestions);
                let suggestions = phrase_first(self.text, span, text, suggestions);
                self.unknown.push((text, self.found.len()));
                let d = Finding::new(span, format!("{UNKNOWN_PREFIX}{text}`"))
                    .help(format!("did you mean {}?", or_list(&suggestions)))
                    .fix(false, span, suggestions[0].clone());
                self.found.push(suggest_all(d, suggestions));
            }
        }
    }

    /// What the lists say about a word form; see the rule's docs for the order.
    fn judge(&mut self, text: &str, initial: bool, in_name: bool) -> Verdict {
        let len = text.chars().count();
        if len < MIN_LEN {
            return Verdict::Short;
        }
        let shape = tokenize::shape(text);
        fold_into(text, &mut self.key);
        let key = self.key.as_str();
        if self.vocabulary.rejects(key) {
            let fixes = spell::misspelling(key)
                .map(|f| f.map(|f| recase(f, shape)).collect())
                .unwrap_or_default();
            return Verdict::Rejected(fixes);
        }
        if let Some(entry) = spell::lookup(key) {
            if shape == Shape::Lower
                && entry.other_dialect_only(self.dialect)
                && let Some(preferred) = spell::dialect_spelling(key, self.dialect)
            {
                return Verdict::Dialect(preferred);
            }
            return Verdict::Fine;
        }
        if self.vocabulary.accepts(key) {
            return Verdict::Fine;
        }
        if matches!(shape, Shape::Lower | Shape::Capitalised)
            && let Some(c) = contraction(key)
        {
            return Verdict::Apostrophe(recase(&c, shape));
        }
        let misspelling_applies = match shape {
            // (A short lower-case part of a hyphenated name is a syllable of the name, not a
            // slip: "Mao Tse-tung".)
            Shape::Lower => !in_name || len > 4,
            Shape::Capitalised if initial => len >= MIN_CAPITALISED_MISSPELLING,
            Shape::Capitalised => len >= MIN_NAME_POSITION_MISSPELLING,
            Shape::AllCaps => len >= MIN_ALLCAPS_MISSPELLING,
            _ => false,
        };
        if misspelling_applies
            && !doubled_variant(key)
            && let Some(fixes) = spell::misspelling(key)
        {
            let fixes: Vec<String> = closest_first(key, fixes, self.dialect)
                .into_iter()
                .map(|f| recase(&f, shape))
                .collect();
            if !fixes.is_empty() {
                return Verdict::Misspelt(fixes);
            }
        }
        if !key.is_ascii() && without_accents(key).is_some_and(|k| spell::accepted(&k)) {
            // "entrepôt", "naïveté" where the lists spell it without accents.
            return Verdict::Fine;
        }
        if spell::accepted(key) {
            // A rarer word of the bigger list ("switchgrass") or a loanword without its
            // accents ("cafe"): right as spelt, unless it is a known misspelling (above).
            return Verdict::Fine;
        }
        match shape {
            Shape::Lower if !in_name => self.guess(text, len),
            // All-capitals words are acronyms ("ASEAN" is not a slip for "Asian") or
            // surnames in capitals ("PARK Geun-hye"): never compared.
            Shape::Capitalised => Verdict::Name,
            _ => Verdict::Fine,
        }
    }

    /// Step 2: suggestions for an unknown lower-case word, if it is close to a listed one.
    fn guess(&self, text: &str, len: usize) -> Verdict {
        if len < MIN_GUESS_LEN {
            // Three letters one edit from a word are one edit from a dozen ("doi moi": `do`,
            // `dog`, `doc`); short slips that are common are in the misspelling list.
            return Verdict::Fine;
        }
        if oes_plural(&self.key) {
            // "siloes" beside "silo" and "silos": the other plural of an "-o" noun.
            return Verdict::Fine;
        }
        if text.contains(is_apostrophe) {
            // Elisions and foreign forms ("l'état", "rock'n'roll"): only known misspellings.
            return Verdict::Fine;
        }
        // Two function words ("hesaid") or a plural and a common word ("questionsmarks")
        // before `derived`, which would take "hes" + "aid" or "questions" + "marks" for a
        // compound of two common words.
        let split = run_together(&self.key);
        if let Some(split) = split.clone().filter(|s| function_pair(s)) {
            return Verdict::RunTogether(split, true);
        }
        if let Some(split) = plural_run_together(&self.key) {
            return Verdict::RunTogether(split, false);
        }
        if derived_with(&self.key, &|w: &str| {
            self.doc_words().bonus(w).round() as u32
        }) {
            return Verdict::Fine;
        }
        if let Some(split) = split {
            return Verdict::RunTogether(split, true);
        }
        if formed_with_ending(&self.key) || verbed_noun(&self.key) {
            // "geekish", "wirelessly", "swipeable": a listed word with a common ending,
            // and no listed word one slip away; or a noun made a verb ("keyworded").
            return Verdict::Fine;
        }
        let max = if len <= 4 { 1 } else { 2 };
        let candidates = spell::candidates(&self.key, max, self.dialect);
        if candidates.is_empty() {
            // Far from every listed word: a foreign word or a term of art, not a slip.
            return Verdict::Fine;
        }
        // A missing space ranks before a slip of one letter ("alot": `a lot`, then `lot`)
        // when its rarer word is as common as the closest listed word; otherwise second
        // ("hadware": `hardware`, then `had ware`). It only reorders: a word with no listed
        // word near is not reported for a split.
        let first = candidates.first().map_or(0, |c| c.frequency);
        let mut suggestions: Vec<String> = candidates.into_iter().map(|c| c.word).collect();
        if let Some((split, frequency)) = split_suggestion(&self.key) {
            suggestions.insert(usize::from(frequency < first), split);
        }
        suggestions.truncate(MAX_CANDIDATES);
        Verdict::Unknown(suggestions)
    }
}
