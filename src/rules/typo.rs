use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::diagnostic::Diagnostic;
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::spell::Vocabulary;
use crate::spell::{self, Dialect, capitalise, fold_into, names};
use crate::text::{is_apostrophe, is_hyphen, tokenize};

declare_rule! {
    /// ## What it checks
    /// Misspelt words, in this order:
    ///
    /// 1. a known misspelling ("goverment", "recieve", "suport") is reported with its
    ///    correction(s), in the word's own case (`Goverment` → `Government`);
    /// 2. a lower-case word that is in none of the word lists (American and British
    ///    English, SCOWL size 70) but lies one edit, or two after the right first letter,
    ///    from a word of the frequency list is reported with up to three suggestions,
    ///    closest and most common first;
    /// 3. a capitalised word of eight letters or more that is in no list is reported only
    ///    when it is one slip (a letter swapped, dropped, added or struck wrong) from a name
    ///    the same document spells another way at least twice while this spelling appears
    ///    once, or from a country or organisation name in `rules/` ("Kazahkstan" beside
    ///    "Kazakhstan", "Kyrgyztan");
    /// 4. a word on the vocabulary's `reject` list is always reported;
    /// 5. a contraction without its apostrophe ("dont", "isnt", "wouldnt"; "cant" and
    ///    "wont" only right after a pronoun: "I cant") and a function word run together with
    ///    a common word ("thefirst", "justfor", "upto") are reported with the fix.
    ///
    /// Hyphenated compounds are checked as a whole first (vocabulary, the parts joined),
    /// then part by part ("cease-fire"); a possessive `'s` is not part of the word. A word
    /// running into a character reference written as text ("caf&#233;") is checked decoded.
    /// A capitalised word is compared with a dictionary word only when nothing says it is a
    /// name: inside a run of capitalised words ("Television Nacional", "Radio Mauritanie";
    /// not in a title-case headline) it is not, nor when the document uses it twice.
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
    /// - spellings of a name that differ by one vowel or a doubled letter ("Abdullah" and
    ///   "Abdallah", "Mohammed" and "Mohamed"): transliterations, or two people;
    /// - acronyms (an all-capitals word is only matched against known misspellings, from
    ///   five letters), numbers, ordinals, words with digits ("G20", "4th"), dotted
    ///   abbreviations ("U.N", "e.g"), words of one or two letters; unknown lower-case words
    ///   of three letters get no guesses;
    /// - a capitalised word inside a sentence shorter than six letters that happens to be a
    ///   known misspelling ("the islands of Makin and Tarawa"), and lower-case parts of a
    ///   hyphenated name ("PARK Chung-hee");
    /// - URLs, e-mail addresses, hashtags, @handles, code spans and blocks, HTML, and words
    ///   glued to a file name or path by `.`, `/`, `\` or `_` ("report.pdf", "snake_case");
    /// - every word of a quotation marked `[sic]`, and outside quotation marks the word
    ///   before `[sic]`;
    /// - lower-case words formed from listed words: with a common prefix ("nonmember",
    ///   "reelection", "narcotrafficking") or ending ("tribalists"), a plural -s the lists
    ///   lack ("bushfires"), two common words closed up ("hardline"), and hyphenated
    ///   compounds whose parts joined are a word ("socio-economic");
    /// - unknown lower-case words more than two edits from every listed word (foreign words
    ///   and terms of art);
    /// - American and British spellings both, unless `dialect` is set;
    /// - words in the vocabulary (`[vocabulary] accept` and `files`);
    /// - rarer words of SCOWL size 80 ("switchgrass", "unban") and listed loanwords written
    ///   without their accents ("cafe", "protege"): accepted, never suggested;
    /// - foreign words cited as words: introduced by "word(s)", "phrase" or "term" ("from the
    ///   Malay words kuala and lumpur") or followed by a gloss in a sentence about words or
    ///   names ("phnom (mountain)", "simha, or \"lion\"");
    /// - an unknown lower-case word the document uses twice or more (a term, not a slip; a
    ///   known misspelling is still reported), or that is unknown in three or more of the
    ///   files checked together;
    /// - SCOWL's level-2 spelling variants ("kidnaper", "benefitting"), accepted like size 80;
    /// - a word of a phrase of `rules/phrases.txt`, inside that phrase only ("habeas corpus",
    ///   "en masse", "laissez-faire");
    /// - the end of a compound that is a listed word with -s, -er, -ed, -ly … ("year-olds",
    ///   "have-nots", "left-hander", "single-handedly");
    /// - inside quotation marks, lengthened words ("pleeease", "sooo") and a letter dropped
    ///   with an apostrophe ("'orrible", "goin'").
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
    /// misspelling entry has one correction, for a missing apostrophe, and for two words
    /// run together (not inside a hyphenated compound: "right-toknow" may want a hyphen). Shown but not applied for everything
    /// else: a guessed suggestion for an unknown word, a name that differs from another
    /// name (it may be a different person), and a dialect spelling (a quotation or a
    /// British body's name keeps its own spelling).
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

/// Prefixes that make new words from listed ones ("nonmember", "reelect"). A lower-case
/// unknown word that is one of these plus a listed word is accepted.
const PREFIXES: &[&str] = &[
    "anti", "auto", "bi", "bio", "co", "counter", "cross", "cyber", "de", "dis", "eco", "euro",
    "ex", "extra", "geo", "hydro", "hyper", "inter", "intra", "macro", "mega", "micro", "mid",
    "mini", "mis", "mono", "multi", "narco", "neo", "non", "over", "pan", "para", "petro", "poly",
    "post", "pre", "pro", "pseudo", "quasi", "re", "semi", "socio", "sub", "super", "tele",
    "trans", "tri", "ultra", "un", "under", "uni", "up", "ethno", "agro",
];

/// Endings that make new words from listed ones ("tribalists", "chiefdoms").
const SUFFIXES: &[&str] = &[
    "ist", "ists", "ism", "isms", "dom", "doms", "hood", "hoods", "ship", "ships", "less", "like",
    "ness", "wide",
];

/// Frequency (as `8 * log2(count)`) of a word used at least a million times: 8 * log2(10^6).
const COMMON_PART: u32 = 159;

/// Words that do not form closed compounds: "governmentsaid" or "andthe" is a missing space,
/// not a compound like "hardline" or "bushfires".
const NOT_IN_COMPOUNDS: &[&str] = &[
    "and", "are", "but", "can", "for", "from", "had", "has", "have", "her", "his", "its", "not",
    "said", "says", "she", "that", "the", "their", "them", "then", "they", "this", "was", "were",
    "which", "who", "will", "with", "would", "you",
];

impl Rule for Typo {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn validate_option(&self, _name: &str, value: &toml::Value) -> Result<(), String> {
        check_dialect(value)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let dialect = match cx.option("dialect").and_then(toml::Value::as_str) {
            Some(d) if d.eq_ignore_ascii_case("en-US") => Dialect::Us,
            Some(d) if d.eq_ignore_ascii_case("en-GB") => Dialect::Gb,
            _ => Dialect::Either,
        };
        let mut checker = Checker {
            vocabulary: cx.vocabulary(),
            dialect,
            key: String::new(),
            found: Vec::new(),
            names: Vec::new(),
            unknown_names: Vec::new(),
            initial: Vec::new(),
            memo: HashMap::default(),
            doc,
            at: 0,
            word_end: 0,
            unknown: Vec::new(),
            text: doc.text(),
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
            if matches!(w.shape, Shape::Number | Shape::Alnum | Shape::Caseless) {
                continue;
            }
            if sic
                .iter()
                .any(|s| s.start <= w.span.start && w.span.start < s.end)
            {
                continue;
            }
            let text = doc.slice(w.span);
            if text.contains('.')
                || glued_to_code(doc.text(), w.span)
                || reference_name(doc.text(), w.span)
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

/// Files that must each report an unknown word before it counts as a term of the files
/// checked together ("cyber" in seven articles is vocabulary, not seven slips).
pub const SHARED_TERM_FILES: usize = 3;

/// The message prefix of an unknown-word finding (step 2).
const UNKNOWN_PREFIX: &str = "unknown word `";

/// Drops the unknown-word findings (never known misspellings) whose word, in lower case, is
/// reported as unknown in [`SHARED_TERM_FILES`] or more of the files checked together:
/// a slip does not repeat across articles, a term does. `files`: each file's text and its
/// findings (any rules; only `typo`'s unknown words are looked at).
pub fn drop_shared_terms<'t>(files: &mut [(&'t str, &mut Vec<Diagnostic>)]) {
    let word = |text: &'t str, d: &Diagnostic| -> Option<&'t str> {
        (d.rule == "typo" && d.message.starts_with(UNKNOWN_PREFIX))
            .then(|| text.get(d.span.range()))
            .flatten()
    };
    let mut files_with: HashMap<&str, usize> = HashMap::new();
    let mut seen: Vec<&str> = Vec::new();
    for (text, found) in files.iter() {
        seen.clear();
        for d in found.iter() {
            if let Some(w) = word(text, d)
                && !seen.contains(&w)
            {
                seen.push(w);
                *files_with.entry(w).or_default() += 1;
            }
        }
    }
    if !files_with.values().any(|&n| n >= SHARED_TERM_FILES) {
        return;
    }
    for (text, found) in files.iter_mut() {
        found.retain(|d| word(text, d).is_none_or(|w| files_with[w] < SHARED_TERM_FILES));
    }
}

/// The phrases of `rules/phrases.txt`, each as its words ("habeas corpus", "en masse").
static PHRASES: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    crate::data::embedded("rules/phrases.txt")
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split(' ').collect())
        .collect()
});

/// True when the word at `span` stands inside one of the phrases of `rules/phrases.txt`
/// in the text ("habeas" in "habeas corpus", "laissez" in "laissez-faire"): a word of such a
/// phrase is accepted there and only there. Words are separated by white space or a hyphen.
fn in_phrase(text: &str, span: Span) -> bool {
    let word = &text[span.range()];
    PHRASES.iter().any(|phrase| {
        phrase.iter().enumerate().any(|(j, p)| {
            p.eq_ignore_ascii_case(word)
                && phrase_before(text, span.start(), &phrase[..j])
                && phrase_after(text, span.end(), &phrase[j + 1..])
        })
    })
}

/// Length of the separator run ending at `at` (white space, or one hyphen), if any.
fn separator_before(text: &str, at: usize) -> usize {
    let before = &text[..at];
    let ws = before.len() - before.trim_end().len();
    if ws > 0 {
        return ws;
    }
    before
        .chars()
        .next_back()
        .filter(|&c| is_hyphen(c))
        .map_or(0, char::len_utf8)
}

/// Length of the separator run starting at `at`.
fn separator_after(text: &str, at: usize) -> usize {
    let after = &text[at..];
    let ws = after.len() - after.trim_start().len();
    if ws > 0 {
        return ws;
    }
    after
        .chars()
        .next()
        .filter(|&c| is_hyphen(c))
        .map_or(0, char::len_utf8)
}

/// The words `words` stand, in order, right before `at`.
fn phrase_before(text: &str, mut at: usize, words: &[&str]) -> bool {
    for w in words.iter().rev() {
        let sep = separator_before(text, at);
        if sep == 0 || at < sep + w.len() {
            return false;
        }
        let end = at - sep;
        let start = end - w.len();
        if !text.is_char_boundary(start) || !text[start..end].eq_ignore_ascii_case(w) {
            return false;
        }
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return false;
        }
        at = start;
    }
    true
}

/// The words `words` stand, in order, right after `at`.
fn phrase_after(text: &str, mut at: usize, words: &[&str]) -> bool {
    for w in words {
        let sep = separator_after(text, at);
        let start = at + sep;
        let end = start + w.len();
        if sep == 0 || end > text.len() || !text.is_char_boundary(end) {
            return false;
        }
        if !text[start..end].eq_ignore_ascii_case(w)
            || text[end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        {
            return false;
        }
        at = end;
    }
    true
}

/// The word at `span` runs on into character references written as text ("caf&#233;",
/// "communiqu&eacute;s"): decoded, the whole word is a listed one (or its accent-free form
/// is), so the part before the reference is no slip. Only unknown words get here.
fn with_references(text: &str, span: Span) -> bool {
    if !text[span.end()..].starts_with('&') {
        return false;
    }
    let mut word = text[span.range()].to_string();
    let mut at = span.end();
    while at < text.len() {
        let rest = &text[at..];
        if let Some((c, len)) = crate::text::entity::decode_at(rest) {
            if !c.is_alphabetic() {
                break;
            }
            word.push(c);
            at += len;
        } else if let Some(c) = rest.chars().next().filter(|c| c.is_alphabetic()) {
            word.push(c);
            at += c.len_utf8();
        } else {
            break;
        }
    }
    let mut key = String::new();
    fold_into(&word, &mut key);
    spell::accepted(&key) || without_accents(&key).is_some_and(|k| spell::accepted(&k))
}

/// The word is the name inside a character reference written as text ("eacute" in
/// "&eacute;"), which decodes to a character.
fn reference_name(text: &str, span: Span) -> bool {
    span.start() > 0
        && text.as_bytes()[span.start() - 1] == b'&'
        && crate::text::entity::decode_at(&text[span.start() - 1..]).is_some()
}

/// Informal speech inside quotation marks: a lengthened word ("pleeease", "sooo", "hisss")
/// whose letters, each run cut to one or two, make a listed word; or a word with a dropped
/// letter marked by an apostrophe ("'orrible" for "horrible", "goin'" for "going").
fn informal_in_quotation(text: &str, span: Span, word: &str) -> bool {
    if !in_quotation(text, span) {
        return false;
    }
    let listed = |w: &str| spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either));
    let bytes = word.as_bytes();
    if word.is_ascii() && bytes.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]) {
        // Cut every run of three or more to one, then to two.
        for keep in [1, 2] {
            let mut cut = String::with_capacity(word.len());
            let mut run = 0;
            for (i, &b) in bytes.iter().enumerate() {
                run = if i > 0 && bytes[i - 1] == b {
                    run + 1
                } else {
                    1
                };
                let long = bytes[i..].iter().take_while(|&&c| c == b).count() + run > 3;
                if !long || run <= keep {
                    cut.push(char::from(b.to_ascii_lowercase()));
                }
            }
            if listed(&cut) {
                return true;
            }
        }
    }
    let before = text[..span.start()].ends_with(is_apostrophe);
    let after = text[span.end()..].starts_with(is_apostrophe);
    let lower = word.to_ascii_lowercase();
    (before && listed(&format!("h{lower}"))) || (after && listed(&format!("{lower}g")))
}

/// True when the word stands inside a quotation on its line: after an opening `“` not yet
/// closed, or after an odd number of straight `"`.
fn in_quotation(text: &str, span: Span) -> bool {
    const REACH: usize = 600;
    let reach = text.floor_char_boundary(span.start().saturating_sub(REACH));
    let from = text[reach..span.start()]
        .rfind('\n')
        .map_or(reach, |i| reach + i + 1);
    let before = &text[from..span.start()];
    match (before.rfind('“'), before.rfind('”')) {
        (Some(o), c) if c.is_none_or(|c| c < o) => true,
        _ => before.matches('"').count() % 2 == 1,
    }
}

/// The values `dialect` takes.
const DIALECTS: &[&str] = &["en-US", "en-GB"];

/// Checks `dialect` in `[rules.typo]`.
fn check_dialect(value: &toml::Value) -> Result<(), String> {
    match value.as_str() {
        Some(d) if DIALECTS.iter().any(|x| x.eq_ignore_ascii_case(d)) => Ok(()),
        Some(d) => Err(format!(
            "`dialect` of rule `typo` is `{d}`, expected `en-US` or `en-GB`{}",
            crate::text::did_you_mean(d, DIALECTS.iter().copied())
        )),
        None => Err("`dialect` of rule `typo` must be a string: `en-US` or `en-GB`".into()),
    }
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
    /// Two words run together ("thefirst"): the words with a space.
    RunTogether(String),
    Unknown(Vec<String>),
}

fn suggest_all(mut d: Diagnostic, suggestions: Vec<String>) -> Diagnostic {
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
    found: Vec<Diagnostic>,
    /// Every capitalised word seen (for counting how a name is usually spelt).
    names: Vec<(&'a str, Span)>,
    /// Capitalised words in no list, to compare with the names around them, and whether
    /// each stands in a run of capitalised words (a multi-word name).
    unknown_names: Vec<(&'a str, Span, bool)>,
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
        // "ylang-ylang", "hush-hush": a reduplicated word is a word of its own.
        let mut parts = text.split(is_hyphen);
        if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next())
            && a.eq_ignore_ascii_case(b)
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
                    Diagnostic::new(span, format!("`{text}` lacks its apostrophe"))
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
                if !cited_term(self.text, span) {
                    let run = self.in_capitalised_run();
                    self.unknown_names.push((text, span, run));
                }
            }
            Verdict::Rejected(fixes) => {
                let mut d = Diagnostic::new(span, format!("`{text}` is on the reject list"))
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
                    Diagnostic::new(span, format!("{kind} spelling `{text}` in {copy} copy"))
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
            Verdict::Misspelt(_)
                if self.cited_foreign(span)
                    || in_phrase(self.text, span)
                    || with_references(self.text, span)
                    || informal_in_quotation(self.text, span, text) => {}
            Verdict::Misspelt(fixes) => {
                let d = Diagnostic::new(span, format!("misspelt word `{text}`"));
                let d = if let [one] = fixes.as_slice() {
                    d.help(format!("write `{one}`"))
                        .fix(true, span, one.clone())
                } else {
                    d.help(format!("write {}, whichever is meant", or_list(&fixes)))
                        .fix(false, span, fixes[0].clone())
                };
                self.found.push(suggest_all(d, fixes));
            }
            Verdict::Apostrophe(fixed) => {
                self.found.push(
                    Diagnostic::new(span, format!("`{text}` lacks its apostrophe"))
                        .help(format!("write `{fixed}`"))
                        .fix(true, span, fixed.clone())
                        .suggest(fixed),
                );
            }
            Verdict::RunTogether(_) if cited_term(self.text, span) => {}
            Verdict::RunTogether(split) => {
                // Inside a compound ("right-toknow") the words may want a hyphen instead.
                let safe =
                    span.end() == self.word_end && !self.text[..span.start()].ends_with(is_hyphen);
                self.found.push(
                    Diagnostic::new(span, format!("`{text}` is two words run together"))
                        .help(format!("write `{split}`"))
                        .fix(safe, span, split.clone())
                        .suggest(split),
                );
            }
            Verdict::Unknown(_)
                if self.species_name(text)
                    || with_references(self.text, span)
                    || informal_in_quotation(self.text, span, text)
                    || cited_term(self.text, span)
                    || self.cited_foreign(span)
                    || in_phrase(self.text, span) => {}
            Verdict::Unknown(suggestions) => {
                self.unknown.push((text, self.found.len()));
                let d = Diagnostic::new(span, format!("{UNKNOWN_PREFIX}{text}`"))
                    .help(format!("did you mean {}?", or_list(&suggestions)))
                    .fix(false, span, suggestions[0].clone());
                self.found.push(suggest_all(d, suggestions));
            }
        }
    }

    /// A foreign word cited as a word: introduced as one ("from the Malay words kuala and
    /// lumpur", "the Spanish phrase oro hubo", "the term myanma") or followed by its gloss
    /// in a sentence about names or words ("phnom (mountain)", "simha, or \"lion\"",
    /// "al-qahir, meaning", "thim means"). Etymologies and glossaries cite words of every
    /// language; none of them is a slip of an English word.
    fn cited_foreign(&self, span: Span) -> bool {
        const INTRO: &[&str] = &["word", "words", "phrase", "phrases", "term", "terms"];
        const CUES: &[&str] = &[
            "word",
            "phrase",
            "term",
            "mean",
            "derive",
            "origin",
            "comes from",
            "came from",
            "translat",
            "name",
            "called",
            "known as",
            "language",
        ];
        const REACH: usize = 160;
        let text = self.text;
        let start = span.start();
        let reach = text.floor_char_boundary(start.saturating_sub(REACH));
        let from = text[reach..start]
            .rfind('\n')
            .map_or(reach, |i| reach + i + 1);
        // Up to four words back in the same clause.
        let before = &text[from..start];
        let clause = before
            .rfind([';', '.', '!', '?'])
            .map_or(before, |i| &before[i + 1..]);
        let introduced = clause
            .split_whitespace()
            .rev()
            .take(4)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .any(|w| INTRO.contains(&w));
        if introduced {
            return true;
        }
        let end = self.word_end.max(span.end());
        let to = text.floor_char_boundary((end + REACH).min(text.len()));
        let after = text[end..to].split('\n').next().unwrap_or("");
        let after = after.trim_start_matches(['*', '_']);
        let glossed = after.trim_start().starts_with('(')
            || [
                ", or \"",
                ", or “",
                ", or '",
                ", meaning",
                " meaning",
                " means",
                ", a word",
            ]
            .iter()
            .any(|g| after.starts_with(g));
        glossed && {
            let line_end = end + after.len();
            let line = text[from..line_end].to_lowercase();
            CUES.iter().any(|c| line.contains(c))
        }
    }

    /// An unknown lower-case word the document uses twice or more is a term of the article
    /// ("matai", "guls", "cyber"), not a slip: slips do not repeat. Known misspellings are
    /// reported however often they occur.
    fn terms_used_twice(&mut self) {
        if self.unknown.is_empty() {
            return;
        }
        let mut drop = vec![false; self.found.len()];
        // Each distinct word is counted once, however often it was reported.
        let mut term: HashMap<&str, bool> = HashMap::new();
        for &(word, at) in &self.unknown {
            if let Some(&t) = term.get(word) {
                drop[at] = t;
                continue;
            }
            let uses = self
                .doc
                .words
                .iter()
                .filter(|w| {
                    let t = self.doc.slice(w.span);
                    t.len() >= word.len()
                        && (t == word
                            || strip_possessive(t) == word
                            || t.split(is_hyphen).any(|p| p == word))
                })
                .take(2)
                .count();
            term.insert(word, uses >= 2);
            drop[at] = uses >= 2;
        }
        let mut i = 0;
        self.found.retain(|_| {
            i += 1;
            !drop[i - 1]
        });
    }

    /// The word being checked stands in a run of capitalised words inside a sentence:
    /// after a capitalised word that does not start the sentence ("Television Nacional",
    /// "Elena Dementieva"), or before a capitalised word ("Radio Mauritanie, …" is caught by
    /// the first test; "Nacional Financiera"), with only a space between.
    fn in_capitalised_run(&self) -> bool {
        if self.title_case() {
            // A headline in title case ("Goverment Rejects Calls") capitalises every word.
            return false;
        }
        let capitalised = |w: &str| {
            matches!(
                tokenize::shape(strip_possessive(w)),
                Shape::Capitalised | Shape::AllCaps
            )
        };
        let after_name = self.at.checked_sub(1).is_some_and(|p| {
            !self.initial.get(p).copied().unwrap_or(true)
                && self
                    .previous()
                    .is_some_and(|(w, between)| between == " " && capitalised(w))
        });
        after_name || self.next().is_some_and(capitalised)
    }

    /// The sentence of the word being checked has most of its words of four letters or
    /// more capitalised: a headline or title in title case.
    fn title_case(&self) -> bool {
        let at = self.at as u32;
        let i = self.doc.sentences.partition_point(|s| s.words.end <= at);
        let Some(s) = self.doc.sentences.get(i).filter(|s| s.words.start <= at) else {
            return false;
        };
        let (mut long, mut capitalised) = (0, 0);
        for w in &self.doc.words[s.words.start as usize..s.words.end as usize] {
            let t = self.doc.slice(w.span);
            if t.len() >= 4 {
                long += 1;
                capitalised += usize::from(t.starts_with(char::is_uppercase));
            }
        }
        capitalised * 2 > long
    }

    /// The word before the one being checked, with a space between, is a personal pronoun
    /// ("I cant", "they wont"): there "cant" and "wont" are not the nouns.
    fn after_pronoun(&self) -> bool {
        const PRONOUNS: &[&str] = &[
            "i", "you", "we", "they", "he", "she", "it", "who", "that", "this", "there",
        ];
        self.previous().is_some_and(|(w, between)| {
            between == " " && PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w))
        })
    }

    /// An all-capitals word among English words ("GOVERMENT WARNS"), not in a foreign motto
    /// ("ORDEM E PROGRESSO (Order and Progress)"): a word of three letters or more right
    /// before or after it, with nothing but a space between, is a listed word.
    fn english_caps(&mut self) -> bool {
        let before = self
            .previous()
            .filter(|p| p.1.chars().all(char::is_whitespace))
            .map(|p| p.0);
        let neighbours = [before, self.next()];
        neighbours.into_iter().flatten().any(|w| {
            w.chars().count() >= 3 && {
                fold_into(strip_possessive(w), &mut self.key);
                spell::lookup(&self.key).is_some()
            }
        })
    }

    /// A species epithet after its genus: "Euphausia superba", "D. mawsoni". The Latin
    /// ending and an unlisted capitalised word (or an initial) just before it must both be
    /// there, so "Atambayev saidd" is still reported.
    fn species_name(&mut self, text: &str) -> bool {
        const ENDINGS: &[&str] = &[
            "a", "ae", "i", "ii", "is", "us", "um", "es", "ensis", "oides",
        ];
        let Some((prev, between)) = self.previous() else {
            return false;
        };
        if !ENDINGS.iter().any(|e| text.ends_with(e)) {
            return false;
        }
        let initial = prev.chars().count() == 1
            && prev.starts_with(char::is_uppercase)
            && between.starts_with(". ");
        let genus = between.chars().all(char::is_whitespace)
            && tokenize::shape(prev) == Shape::Capitalised
            && {
                fold_into(prev, &mut self.key);
                spell::lookup(&self.key).is_none()
            };
        initial || genus
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
            Shape::Lower => true,
            Shape::Capitalised if initial => len >= MIN_CAPITALISED_MISSPELLING,
            Shape::Capitalised => len >= MIN_NAME_POSITION_MISSPELLING,
            Shape::AllCaps => len >= MIN_ALLCAPS_MISSPELLING,
            _ => false,
        };
        if misspelling_applies && let Some(fixes) = spell::misspelling(key) {
            let fixes: Vec<String> = fixes.map(|f| recase(f, shape)).collect();
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
        if text.contains(is_apostrophe) {
            // Elisions and foreign forms ("l'état", "rock'n'roll"): only known misspellings.
            return Verdict::Fine;
        }
        if derived(&self.key) {
            return Verdict::Fine;
        }
        if let Some(split) = run_together(&self.key) {
            return Verdict::RunTogether(split);
        }
        let max = if len <= 4 { 1 } else { 2 };
        let suggestions: Vec<String> = spell::candidates(&self.key, max, self.dialect)
            .into_iter()
            .take(MAX_SUGGESTIONS)
            .map(|c| c.word)
            .collect();
        if suggestions.is_empty() {
            // Far from every listed word: a foreign word or a term of art, not a slip.
            return Verdict::Fine;
        }
        Verdict::Unknown(suggestions)
    }

    /// Step 3: an unknown capitalised word one slip away from a name spelt another way
    /// more often in this document, or from a country or organisation name in `rules/`.
    fn names_near_names(&mut self) {
        if self.unknown_names.is_empty() {
            return;
        }
        // Usage counts of each capitalised form, bucketed by (first letter, length) so each
        // unknown word is compared with a handful of forms, not all of them.
        let mut counts: HashMap<&str, (usize, Span)> = HashMap::new();
        for &(w, span) in &self.names {
            counts.entry(w).or_insert((0, span)).0 += 1;
        }
        let mut buckets: HashMap<(char, usize), Vec<Usage<'_>>> = HashMap::new();
        for (&w, &(n, span)) in &counts {
            if n >= 2 {
                buckets.entry(bucket(w)).or_default().push((w, n, span));
            }
        }
        let mut verdicts: HashMap<&str, Option<Spelt>> = HashMap::new();
        for &(w, span, run) in &self.unknown_names {
            let once = counts.get(w).map_or(1, |c| c.0) == 1;
            let verdict = verdicts.entry(w).or_insert_with(|| {
                let len = w.chars().count();
                if len < names::MIN_LEN || names::known().any(|k| k == w) {
                    // Short, or itself a name from rules/ ("Mercosur" beside "Mercosul").
                    return None;
                }
                // A slip happens once; a spelling used twice is somebody's name ("Mohammed"
                // beside "Mohamed" may be two people).
                if counts.get(w).map_or(1, |c| c.0) == 1 {
                    let (first, _) = bucket(w);
                    let mut best: Option<(&str, usize, Span)> = None;
                    for l in len - 1..=len + 1 {
                        for &(other, n, at) in buckets.get(&(first, l)).into_iter().flatten() {
                            if near(w, other) && best.is_none_or(|b| n > b.1) {
                                best = Some((other, n, at));
                            }
                        }
                    }
                    if let Some((other, n, at)) = best {
                        return Some((other.to_string(), Some((n, at))));
                    }
                }
                names::known()
                    .find(|k| near(w, k))
                    .map(|k| (k.to_string(), None))
            });
            let Some((other, evidence)) = verdict.clone() else {
                continue;
            };
            // Near a name from rules/ only: no evidence from this document that the word
            // is not a name of its own when it is used twice ("Mauritanid", a station) or
            // stands in a multi-word name ("Radio Mauritanie").
            if evidence.is_none() && (!once || run) {
                continue;
            }
            // Inside a multi-word name ("Television Nacional"), a word is not compared with
            // a capitalised dictionary word ("National"): nothing says it is not a name.
            if run && {
                fold_into(&other, &mut self.key);
                spell::lookup(&self.key).is_some_and(|e| e.lower_in(Dialect::Either))
            } {
                continue;
            }
            let mut d =
                Diagnostic::new(span, format!("`{w}` looks like a misspelling of `{other}`"));
            d = match evidence {
                Some((n, at)) => d
                    .label(at, format!("spelt `{other}` {n} times in this document"))
                    .help(format!("write `{other}` if the same name is meant")),
                None => d.help(format!("write `{other}` if that is the name meant")),
            };
            self.found
                .push(d.suggest(other.clone()).fix(false, span, other));
        }
    }
}

/// A capitalised form, how often the document uses it, and where first.
type Usage<'a> = (&'a str, usize, Span);

/// The name an unknown word looks like, with the document's evidence (uses, first place)
/// or `None` when the name comes from `rules/`.
type Spelt = (String, Option<(usize, Span)>);

fn bucket(w: &str) -> (char, usize) {
    let first = w
        .chars()
        .next()
        .map_or(' ', |c| c.to_lowercase().next().unwrap_or(c));
    (first, w.chars().count())
}

/// Two spellings of one name that differ by a slip of the keys: one edit apart (a letter
/// swapped, dropped, added or struck wrong), the same first letter. Not a slip, and so not
/// reported: one word with an ending added ("Bosnia", "Bosniak"), one vowel for another
/// ("Abdullah", "Abdallah"; "Batswana", "Botswana") and a doubled letter ("Mohammed",
/// "Mohamed") — the usual differences between transliterations of one name, or two names.
fn near(a: &str, b: &str) -> bool {
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    if la == lb || la.starts_with(&lb) || lb.starts_with(&la) {
        return false;
    }
    if la.chars().next() != lb.chars().next() || strsim::osa_distance(&la, &lb) != 1 {
        return false;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (la.chars().collect(), lb.chars().collect());
    if ca.len() == cb.len() {
        // A substitution or a swap; only a vowel for a vowel is let through.
        let diff: Vec<usize> = (0..ca.len()).filter(|&i| ca[i] != cb[i]).collect();
        let vowel = |c: char| "aeiouy".contains(c);
        return !(diff.len() == 1 && vowel(ca[diff[0]]) && vowel(cb[diff[0]]));
    }
    // One letter more: not when it doubles its neighbour.
    let (long, short) = if ca.len() > cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    let i = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    let doubled = (i > 0 && long[i - 1] == long[i]) || long.get(i + 1) == Some(&long[i]);
    !doubled
}

/// A lower-case word made from listed words: a common prefix ("nonmember", "reelection",
/// "narcotrafficking"), a plural `-s` ("bushfires"), a common ending ("tribalists",
/// "chiefdoms"), or two common words closed up ("hardline", "wartime"; not with a function
/// word: "andthe" is a missing space).
fn derived(key: &str) -> bool {
    let listed = |w: &str| spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either));
    let prefixed = PREFIXES.iter().any(|p| {
        key.strip_prefix(p).is_some_and(|rest| {
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            let min = if p.len() <= 2 { 4 } else { 3 };
            rest.len() >= min && listed(rest)
        })
    });
    // A plural or third person the lists lack ("bushfires" beside "bushfire").
    // Not after an `s`: "refugess" is a slip, not the plural of "refuges".
    let inflected = key
        .strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 4 && !stem.ends_with('s') && listed(stem));
    if prefixed || inflected {
        return true;
    }
    let suffixed = SUFFIXES.iter().any(|s| {
        key.strip_suffix(s)
            .is_some_and(|stem| stem.len() >= 4 && listed(stem))
    });
    if suffixed || !key.is_ascii() {
        return suffixed;
    }
    // Both parts common words (a million uses or more in the frequency list: "hard",
    // "line"), so that a slip does not pass as two rare words ("militray" is not
    // "milit" + "ray"); and no listed word one edit away, which a slip always has.
    let common = |w: &str| {
        spell::lookup(w)
            .is_some_and(|e| e.lower_in(Dialect::Either) && e.frequency() >= COMMON_PART)
    };
    (3..=key.len().saturating_sub(3)).any(|i| {
        let (a, b) = key.split_at(i);
        !NOT_IN_COMPOUNDS.contains(&a) && !NOT_IN_COMPOUNDS.contains(&b) && common(a) && common(b)
    }) && spell::candidates(key, 1, Dialect::Either).is_empty()
}

/// A listed contraction that is the folded word with an apostrophe put back ("dont" →
/// "don't", "youre" → "you're", "theyll" → "they'll"), when the word is in no list.
fn contraction(key: &str) -> Option<String> {
    const ENDINGS: &[&str] = &["n't", "'re", "'ve", "'ll", "'d", "'m", "'s"];
    if key.len() < 4 || !key.is_ascii() || key.contains('\'') {
        return None;
    }
    [1, 2].into_iter().find_map(|back| {
        let (a, b) = key.split_at(key.len() - back);
        let with = format!("{a}'{b}");
        // "'s" only after a pronoun-like stem ("thats", "whats", "lets" is a word anyway).
        let ending = ENDINGS.iter().any(|e| with.ends_with(e))
            && (!with.ends_with("'s") || matches!(a, "that" | "what" | "there" | "here" | "who"));
        (ending && spell::lookup(&with).is_some()).then_some(with)
    })
}

/// Words that start or end a run-together pair besides [`NOT_IN_COMPOUNDS`].
const SHORT_FUNCTION_WORDS: &[&str] = &[
    "a", "an", "as", "at", "be", "by", "in", "is", "it", "of", "on", "or", "to", "up",
];

/// The two words of an unknown word that is a function word and a common word run together
/// ("thefirst" → "the first", "justfor" → "just for", "upto" → "up to"), when exactly one
/// such split exists and, unless both are function words, no listed word is one edit away
/// (a slip always has one).
fn run_together(key: &str) -> Option<String> {
    if !key.is_ascii() || key.len() < 4 {
        return None;
    }
    let function = |w: &str| NOT_IN_COMPOUNDS.contains(&w) || SHORT_FUNCTION_WORDS.contains(&w);
    let common = |w: &str| {
        w.len() >= 2
            && spell::lookup(w)
                .is_some_and(|e| e.lower_in(Dialect::Either) && e.frequency() >= COMMON_PART)
    };
    // Function words that are also prefixes ("insourcing", "upskilling", "onboarding",
    // "bypass", "asymmetric") start a pair only with another function word ("upto").
    let prefix = |w: &str| matches!(w, "a" | "an" | "be" | "by" | "in" | "on" | "up" | "un");
    let mut found = None;
    let mut both_function = false;
    for i in 1..key.len() {
        let (a, b) = key.split_at(i);
        if prefix(a) && !function(b) {
            continue;
        }
        if (function(a) && common(b)) || (common(a) && function(b)) {
            if found.is_some() {
                return None;
            }
            found = Some(format!("{a} {b}"));
            both_function = function(a) && function(b);
        }
    }
    // Two function words ("upto", "ofthe") are never a word however close one is.
    found.filter(|_| both_function || spell::candidates(key, 1, Dialect::Either).is_empty())
}

/// The word with the accents of Latin letters dropped ("entrepôt" → "entrepot"), or `None`
/// when it has a letter this table does not know.
fn without_accents(word: &str) -> Option<String> {
    word.chars()
        .map(|c| {
            Some(match c {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
                'ç' | 'č' | 'ć' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
                'ñ' | 'ń' | 'ň' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
                'ý' | 'ÿ' => 'y',
                'š' | 'ś' => 's',
                'ž' | 'ź' | 'ż' => 'z',
                'ř' => 'r',
                c if c.is_ascii() => c,
                _ => return None,
            })
        })
        .collect()
}

/// Endings that make the last part of a compound from a listed word: "olds", "nots",
/// "handedly", "hander", "deckers", "libbed".
const COMPOUND_ENDINGS: &[&str] = &["s", "es", "er", "ers", "ed", "edly", "ly"];

/// A lower-case part after a hyphen that is a listed word of three letters or more with one
/// of [`COMPOUND_ENDINGS`] (a doubled final consonant allowed: "ad-libbed"). This wins over
/// the misspellings list, written for prose and code ("hander" for `handler`).
fn compound_ending(part: &str) -> bool {
    if !part.is_ascii() || spell::lookup(part).is_some() {
        return false;
    }
    let listed =
        |w: &str| w.len() >= 3 && spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either));
    COMPOUND_ENDINGS.iter().any(|e| {
        part.strip_suffix(e).is_some_and(|stem| {
            listed(stem)
                || stem.len() > 3
                    && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2]
                    && listed(&stem[..stem.len() - 1])
        })
    })
}

/// True when the word is in a short quotation or parenthesis (four words at most) on its
/// line: a cited term, often a foreign one ("doi moi" (renovation), the "bolsones", a prayer
/// shawl (tallit)), not running prose. Only known misspellings are reported there.
fn cited_term(text: &str, span: Span) -> bool {
    const OPEN: &[char] = &['"', '“', '(', '«'];
    const CLOSE: &[char] = &['"', '”', ')', '»'];
    const REACH: usize = 80;
    // The line's start, looked for only within reach: a file of one long line must not be
    // searched back to its start for every word.
    let reach = text.floor_char_boundary(span.start().saturating_sub(REACH));
    let from = text[reach..span.start()]
        .rfind('\n')
        .map_or(reach, |i| reach + i + 1);
    let before = &text[from..span.start()];
    let Some(open) = before.rfind(OPEN) else {
        return false;
    };
    if before[open..].contains(
        CLOSE
            .iter()
            .filter(|&&c| c != '"')
            .copied()
            .collect::<Vec<_>>()
            .as_slice(),
    ) {
        return false;
    }
    let to = text.floor_char_boundary((span.end() + REACH).min(text.len()));
    let after = &text[span.end()..to];
    let Some(close) = after.find(CLOSE) else {
        return false;
    };
    let open_len = before[open..].chars().next().map_or(1, char::len_utf8);
    let inner = &text[from + open + open_len..span.end() + close];
    !inner.contains('\n') && inner.split_whitespace().count() <= 4
}

/// The word without a possessive `'s`: "China's" → "China", "Annan’s" → "Annan".
fn strip_possessive(word: &str) -> &str {
    if !matches!(word.as_bytes().last(), Some(b's' | b'S')) {
        return word;
    }
    for suffix in ["'s", "’s", "ʼs", "'S", "’S"] {
        if let Some(body) = word.strip_suffix(suffix)
            && !body.is_empty()
        {
            return body;
        }
    }
    word
}

/// True when the word touches a file name, path or identifier: "report.pdf", "src/main",
/// "snake_case", "user@host", "key=value". Markdown emphasis (`_word_`) does not count,
/// because the character beyond the underscore is not a letter.
fn glued_to_code(text: &str, span: Span) -> bool {
    const GLUE: &[u8] = b"./\\_@=$~|<>{}";
    let b = text.as_bytes();
    let (s, e) = (span.start(), span.end());
    // The glue characters are ASCII, so a byte test finds them; the character beyond is
    // decoded only then ("suport.”" ends a sentence: `”` is no letter).
    (s >= 2
        && GLUE.contains(&b[s - 1])
        && text[..s - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric))
        || (e + 1 < b.len()
            && GLUE.contains(&b[e])
            && text[e + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric))
}

/// The spans exempt because of `[sic]`: a whole quotation that contains it, or else the
/// word just before it.
fn sic_spans(doc: &Document<'_>) -> Vec<Span> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = find_sic(&text[from..]) {
        let at = from + i;
        from = at + 5;
        // The block holding the word before the marker bounds the search for quotes.
        let w = doc.words.partition_point(|w| w.span.start() < at);
        let Some(prev) = w.checked_sub(1).map(|i| doc.words[i]) else {
            continue;
        };
        let block = &doc.blocks[prev.block as usize];
        let (start, end) = (block.span.start().min(at), block.span.end().max(at));
        let before = &text[start..at];
        let trimmed = before.trim_end_matches(|c: char| c.is_whitespace() || ",.;:".contains(c));
        // `“…” [sic]`: the marker follows the quotation it vouches for.
        if let Some(closer) = trimmed.chars().next_back().filter(|c| "”»\"".contains(*c)) {
            let inner = &trimmed[..trimmed.len() - closer.len_utf8()];
            let opener = if closer == '"' {
                inner.rfind('"')
            } else {
                inner.rfind(['“', '«', '„'])
            };
            if let Some(o) = opener {
                out.push(Span::new(start + o, start + trimmed.len()));
                continue;
            }
        }
        // `“… [sic] …”`: the marker inside a quotation.
        let open = before.rfind(['“', '«', '„']);
        let close = before.rfind(['”', '»']);
        let straight = before.matches('"').count() % 2 == 1;
        let opener = match (open, close) {
            (Some(o), c) if c.is_none_or(|c| c < o) => Some(start + o),
            _ if straight => before.rfind('"').map(|o| start + o),
            _ => None,
        };
        match opener {
            Some(o) => {
                let after = &text[at..end];
                let closer = after.find(['”', '»', '"']).map_or(end, |c| at + c);
                out.push(Span::new(o, closer));
            }
            None => out.push(prev.span),
        }
    }
    out
}

/// The next `[sic]` or `(sic)`, any case.
fn find_sic(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    while let Some(j) = s[i..].find(['[', '(']) {
        let k = i + j;
        if b.len() >= k + 5
            && b[k + 1..k + 4].eq_ignore_ascii_case(b"sic")
            && (b[k + 4] == b']' || b[k + 4] == b')')
        {
            return Some(k);
        }
        i = k + 1;
    }
    None
}

/// A correction in the case of the word it replaces.
fn recase(fix: &str, shape: Shape) -> String {
    match shape {
        Shape::Capitalised => capitalise(fix),
        Shape::AllCaps => fix.to_uppercase(),
        _ => fix.to_string(),
    }
}

/// "`a`", "`a` or `b`", "`a`, `b` or `c`".
fn or_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
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
        assert!(d[0].fix.as_ref().is_some_and(|f| f.safe));
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
        assert!(d[0].fix.as_ref().is_some_and(|f| !f.safe));
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
}
