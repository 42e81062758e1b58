use std::sync::LazyLock;

use serde::Deserialize;

use crate::diagnostic::Finding;
use crate::doc::{BlockKind, Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::spell::{self, Dialect};

declare_rule! {
    /// ## What it checks
    /// "a" or "an" that does not match the sound of the next word: "a honorary degree", "a
    /// excellent chance", "an European summit", "an unique case", "a 18-year-old", "a FBI
    /// agent". The sound counts, not the letter: an hour, an honest man, a unicorn, a
    /// European, a one-off, an MP, an FBI agent, a NATO summit, an 18-year-old, an 11th
    /// place, a U.N. report, an X-ray, a U-turn.
    ///
    /// Spelling decides by default (a, e, i, o: "an"; other consonant letters: "a"); the
    /// words where it misleads — silent h, u and eu said "you", o said "w" — are listed in
    /// `rules/articles.toml`, with the initialisms said as words (NATO, NASA, OPEC). Other
    /// words in capitals of up to three letters are read letter by letter; numbers are read
    /// as numbers (8, 11, 18, 80, 800, 8,000 and 11,000 take "an").
    ///
    /// ## Why it matters
    /// "A honorary degree" stops a reader as surely as a misspelling, and a spell-checker
    /// never sees it: both words are right on their own.
    ///
    /// ## Example
    /// ```text
    /// The university gave her a honorary degree after a excellent season.
    /// ```
    ///
    /// ## Not flagged
    /// - words said either way: a/an historic, a/an hotel, a/an herb, a/an URL, a/an SQL,
    ///   and any "an" before an h the table does not list as silent;
    /// - "A" as a letter: "Plan A", "vitamin A", "Exhibit A" (a capital "A" or "An" that
    ///   does not start a sentence or the story after a wire dateline, "LONDON (Reuters) -
    ///   An …"), and "A" starting a heading or list label before a
    ///   capitalised word ("A Engineering, B Science");
    /// - "a" or "an" before a word like "and", "or", "to", "into", "each" ("from a to b",
    ///   "point a or b"): a letter, or a word missing, which no article mends;
    /// - foreign text: "a" or "an" next to Spanish, Portuguese, French, Italian, German or
    ///   Irish words ("Frente para a Independência", "An Post", "An Taisce", "an der
    ///   Elbe"), an article between two capitalised words ("Casa a Ipanema") and the
    ///   Arabic "an" before a name in N ("Waw an Namus");
    /// - the articles quoted or set in italics as words ("use *an* before a vowel");
    /// - punctuation between the article and the word ("a 'honorary' title", "a $8 fee"),
    ///   and a currency written before its amount, which is read after it ("a NZ$50 fine",
    ///   "a [RM](…)13.5 billion deal");
    /// - initialisms of four letters or more that may be said as a word or spelt out, unless
    ///   listed; unknown lower-case words (a misspelling is `typo`'s);
    /// - a heading set all in capitals ("A HOUR TO GO"), and a word in capitals for emphasis
    ///   ("a LOT fewer");
    /// - an initialism the document writes with the same article twice or more and never
    ///   with the other: that is how the writer says it ("a SOO", "a SOO");
    /// - an "a" stuck to the text before it (`schedule\_a`, "n/a").
    ///
    /// ## Options
    /// None. The pronunciation table is `rules/articles.toml`.
    ///
    /// ## Fix safety
    /// Safe when the next word is in the table, a listed word, a number, a letter or a short
    /// initialism: the article is swapped, its case kept ("A" → "An"). For a name the lists do
    /// not know, or a longer initialism, the fix is shown but not applied.
    pub(crate) struct ArticleAgreement {
        id: "article-agreement",
        severity: Warning,
        summary: "\"a\" or \"an\" that does not match the next word's sound (\"a honorary\", \"an European\")",
        fix: Safe,
        options: [],
    }
}

/// The sound a word starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sound {
    Vowel,
    Consonant,
    /// Said either way: no article is wrong.
    Either,
}

/// The next word's sound, and whether the reading is sure enough for a safe fix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Reading {
    sound: Sound,
    sure: bool,
}

/// `rules/articles.toml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    words: WordTable,
    initialisms: InitialismTable,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordTable {
    vowel: Vec<String>,
    consonant: Vec<String>,
    either: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct InitialismTable {
    words: Vec<String>,
    letters: Vec<String>,
    either: Vec<String>,
}

/// How an initialism is said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Said {
    Word,
    Letters,
    Either,
}

/// The table, ready for look-ups.
#[derive(Debug, Default)]
struct Pronunciation {
    /// Whole words, sorted by word.
    whole: Vec<(String, Sound)>,
    /// Prefixes (the entries ending in `*`), sorted by prefix.
    prefixes: Vec<(String, Sound)>,
    /// Initialisms in capitals, sorted.
    initialisms: Vec<(String, Said)>,
}

const TABLE_PATH: &str = "rules/articles.toml";

/// The embedded table; a table that does not parse leaves the rule to spelling alone (the
/// meta-test and the unit test below keep that from shipping).
static TABLE: LazyLock<Pronunciation> = LazyLock::new(|| {
    crate::data::embedded(TABLE_PATH)
        .and_then(|t| parse(t).ok())
        .unwrap_or_default()
});

fn parse(text: &str) -> Result<Pronunciation, crate::data::DataError> {
    let table: Table = crate::data::parse_toml(TABLE_PATH, text)?;
    let mut p = Pronunciation::default();
    for (list, sound) in [
        (&table.words.vowel, Sound::Vowel),
        (&table.words.consonant, Sound::Consonant),
        (&table.words.either, Sound::Either),
    ] {
        for entry in list {
            match entry.strip_suffix('*') {
                Some(prefix) => p.prefixes.push((prefix.to_string(), sound)),
                None => p.whole.push((entry.clone(), sound)),
            }
        }
    }
    for (list, said) in [
        (&table.initialisms.words, Said::Word),
        (&table.initialisms.letters, Said::Letters),
        (&table.initialisms.either, Said::Either),
    ] {
        p.initialisms.extend(list.iter().map(|w| (w.clone(), said)));
    }
    p.whole.sort_by(|a, b| a.0.cmp(&b.0));
    p.prefixes.sort_by(|a, b| a.0.cmp(&b.0));
    p.initialisms.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(p)
}

impl Pronunciation {
    /// The sound of a lower-case word by the table: a whole entry, else the longest prefix.
    fn word(&self, lower: &str) -> Option<Sound> {
        if let Ok(i) = self.whole.binary_search_by(|(w, _)| w.as_str().cmp(lower)) {
            return Some(self.whole[i].1);
        }
        self.prefixes
            .iter()
            .filter(|(p, _)| lower.starts_with(p.as_str()))
            .max_by_key(|(p, _)| p.len())
            .map(|(_, s)| *s)
    }

    /// A whole-word entry only (for words in capitals, where "EU" must not match "eu*").
    fn whole_word(&self, lower: &str) -> Option<Sound> {
        self.whole
            .binary_search_by(|(w, _)| w.as_str().cmp(lower))
            .ok()
            .map(|i| self.whole[i].1)
    }

    fn initialism(&self, caps: &str) -> Option<Said> {
        self.initialisms
            .binary_search_by(|(w, _)| w.as_str().cmp(caps))
            .ok()
            .map(|i| self.initialisms[i].1)
    }
}

/// The sound of a letter's name: "an F", "an MP", "a U-turn". H is said "aitch" and
/// "haitch".
fn letter(c: char) -> Sound {
    match c.to_ascii_lowercase() {
        'a' | 'e' | 'f' | 'i' | 'l' | 'm' | 'n' | 'o' | 'r' | 's' | 'x' => Sound::Vowel,
        'h' => Sound::Either,
        _ => Sound::Consonant,
    }
}

fn is_vowel_letter(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The sound of a number written in digits, as it is read: "8", "80", "800", "8,000", "11",
/// "18", "11,000", "18000" start with a vowel; "1100" and "1800" may be years ("eleven
/// hundred") or not, and are left alone.
fn number(word: &str) -> Option<Sound> {
    let lead: String = word
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',')
        .collect();
    let group = if let Some((first, _)) = lead.split_once(',') {
        first.to_string()
    } else {
        let n = lead.len();
        if n == 0 {
            return None;
        }
        if n == 4 && (lead.starts_with("11") || lead.starts_with("18")) {
            return None;
        }
        lead[..=(n - 1) % 3].to_string()
    };
    if group.starts_with('8') || group == "11" || group == "18" {
        Some(Sound::Vowel)
    } else if group.is_empty() {
        None
    } else {
        Some(Sound::Consonant)
    }
}

/// The sound of a word in letters by its spelling and the table; `None` when unsure.
fn spelt(lower: &str) -> Option<Sound> {
    if let Some(s) = TABLE.word(lower) {
        return Some(s);
    }
    let mut chars = lower.chars();
    let first = chars.next()?;
    let second = chars.next();
    let third = chars.next();
    let consonant =
        |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() && !is_vowel_letter(c));
    match first {
        'a' | 'e' | 'i' | 'o' => Some(Sound::Vowel),
        // "an umbrella", "an ultimatum", "an unlikely"; "u" before one consonant and a
        // vowel may be "you" (unit, usual) and is settled only by the table.
        'u' if (consonant(second) && consonant(third))
            || (second == Some('n') && consonant(third)) =>
        {
            Some(Sound::Vowel)
        }
        // A silent h is listed; an "an" before another h may be the older usage ("an
        // historic", "an hotel"): only the table settles an h.
        'u' | 'h' => None,
        // "Ypres", "Yvonne".
        'y' if consonant(second) => None,
        c if c.is_ascii_alphabetic() => Some(Sound::Consonant),
        _ => None,
    }
}

/// How the next word is read.
fn reading(word: &str, shape: Shape) -> Option<Reading> {
    let sure = |sound| Some(Reading { sound, sure: true });
    let first = word.chars().next()?;
    if first.is_ascii_digit() {
        return number(word).and_then(sure);
    }
    if !first.is_ascii_alphabetic() {
        return None;
    }
    // A letter with a hyphen is said as the letter: an X-ray, a U-turn, an F-16, an e-mail.
    let head = word.split(['-', '‐', '‑']).next().unwrap_or(word);
    if head.len() == 1 && word.len() > 1 {
        return sure(letter(first));
    }
    if head.len() < word.len() && head.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
        // "NATO-led", "MP-elect", "U.S.-led": the initialism decides.
        return initialism(head);
    }
    if word.len() == 1 {
        // A capital letter on its own is a grade, a blood type or a label: "an A", "a B".
        return (first.is_ascii_uppercase() && first != 'I')
            .then(|| letter(first))
            .and_then(sure);
    }
    match shape {
        Shape::AllCaps => initialism(word),
        Shape::Alnum => {
            // "MP3", "G20", "F16": the leading capitals, read as letters.
            let alpha: String = word.chars().take_while(char::is_ascii_alphabetic).collect();
            // "Fed100" is a word and a number: left alone.
            let caps = alpha.chars().all(|c| c.is_ascii_uppercase());
            (!alpha.is_empty() && alpha.len() <= 3 && caps)
                .then(|| letter(first))
                .and_then(sure)
        }
        Shape::Mixed => {
            let mut chars = word.chars();
            let second = chars.nth(1)?;
            if first.is_ascii_lowercase() && second.is_ascii_uppercase() {
                // "iPhone", "eBay": the first letter said as its name.
                sure(letter(first))
            } else if first.is_ascii_uppercase() && second.is_ascii_uppercase() {
                // "MSc", "MPs": capitals read as letters; "RESTful": as the initialism.
                let caps: String = word.chars().take_while(char::is_ascii_uppercase).collect();
                if caps.len() <= 3 {
                    sure(letter(first))
                } else {
                    initialism(&caps)
                }
            } else {
                let lower = word.to_ascii_lowercase();
                spelt(&lower).map(|sound| Reading { sound, sure: false })
            }
        }
        Shape::Lower | Shape::Capitalised => {
            let lower = word.to_lowercase();
            let listed = TABLE.word(&lower).is_some();
            let is_known = |w: &str| spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either));
            // A compound is said as its first part: "an eye-watering sum", "an all-out war".
            let known = is_known(&lower)
                || lower
                    .split_once('-')
                    .is_some_and(|(part, _)| part.len() > 1 && is_known(part));
            if shape == Shape::Lower && !known && !listed {
                // Unknown in lower case: foreign, jargon or a misspelling, which `typo`
                // reports with its own fix.
                return None;
            }
            spelt(&lower).map(|sound| Reading {
                sound,
                sure: listed || known,
            })
        }
        Shape::Number => number(word).and_then(sure),
        Shape::Caseless => None,
    }
}

/// A word in capitals: spelt out, or said as a word ("NATO").
fn initialism(word: &str) -> Option<Reading> {
    let caps: String = word.chars().filter(|c| *c != '.').collect();
    let first = caps.chars().next()?;
    let lower = caps.to_ascii_lowercase();
    if let Some(sound) = TABLE.whole_word(&lower) {
        // "ONE" in a heading in capitals.
        return Some(Reading { sound, sure: true });
    }
    if caps.len() >= 3 && caps.starts_with("AA") {
        // "AAAS", "AAA": "triple A", "double A" or the letters ("an SSP" is only letters).
        return None;
    }
    let sound = match TABLE.initialism(&caps) {
        Some(Said::Word) => return spelt(&lower).map(|sound| Reading { sound, sure: true }),
        Some(Said::Letters) => {
            return Some(Reading {
                sound: letter(first),
                sure: true,
            });
        }
        Some(Said::Either) => return None,
        None => letter(first),
    };
    let dotted = word.contains('.');
    if !dotted
        && caps.len() >= 3
        && spell::lookup(&lower).is_some_and(|e| e.lower_in(Dialect::Either))
    {
        // A word in capitals for emphasis ("a LOT fewer"): said as the word, unless both
        // readings agree.
        return (spelt(&lower) == Some(sound)).then_some(Reading { sound, sure: false });
    }
    let has_vowel = caps.chars().any(is_vowel_letter);
    if dotted || caps.chars().count() <= 3 || !has_vowel {
        return Some(Reading { sound, sure: true });
    }
    // Four letters or more, with a vowel: maybe said as a word. Only when both readings
    // agree ("a DHS-…", "an EPA…" aside) is the article clearly wrong.
    (spelt(&lower) == Some(sound)).then_some(Reading { sound, sure: false })
}

/// Irish names that start with the Irish article "An" (sorted).
const IRISH_NAMES: &[&str] = &[
    "Bord",
    "Chomhairle",
    "Garda",
    "Phoblacht",
    "Post",
    "Rinn",
    "Spidéal",
    "Taisce",
];

/// Lower-case words that mark the text around an article as another language (sorted).
const FOREIGN: &[&str] = &[
    "al", "als", "auf", "aux", "com", "con", "da", "das", "de", "del", "dem", "der", "des", "di",
    "die", "dos", "du", "e", "een", "ein", "eine", "el", "em", "en", "est", "et", "il", "la",
    "las", "le", "les", "lo", "los", "na", "nas", "nos", "o", "os", "para", "per", "por", "pour",
    "que", "qui", "se", "sur", "um", "uma", "un", "una", "und", "une", "va", "y", "zu",
];

/// Words after which "a" is a letter or a label, or that an article never precedes
/// ("from a to b", "point a or b"); sorted.
const NOT_AFTER_ARTICLE: &[&str] = &[
    "a", "am", "an", "and", "any", "are", "as", "at", "each", "either", "every", "if", "in",
    "into", "is", "it", "its", "nor", "of", "on", "onto", "or", "our", "the", "to", "up", "us",
];

impl Rule for ArticleAgreement {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let words = &doc.words;
        let mut starts: Vec<usize> = doc
            .sentences
            .iter()
            .map(|s| s.words.start as usize)
            .collect();
        starts.sort_unstable();
        // How this document says its initialisms: "a SOO" written again and again is the
        // writer's way of saying it ("soo"), not a slip.
        let mut said: Vec<(&str, bool)> = Vec::new();
        for (i, w) in words.iter().enumerate().skip(1) {
            if w.shape == Shape::AllCaps && w.gap == Gap::Space {
                match doc.word_text(i - 1) {
                    "a" | "A" => said.push((doc.word_text(i), false)),
                    "an" | "An" => said.push((doc.word_text(i), true)),
                    _ => {}
                }
            }
        }
        let text = doc.text();
        for i in 0..words.len().saturating_sub(1) {
            let article = doc.word_text(i);
            let an = match article {
                "a" | "A" => false,
                "an" | "An" | "AN" => true,
                _ => continue,
            };
            let next = &words[i + 1];
            if next.block != words[i].block || next.gap != Gap::Space {
                continue;
            }
            // An "a" stuck to what comes before is not an article: `schedule\_a`, "x/a",
            // masked text ("`f`a").
            let stuck = text[..words[i].span.start()]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, '\\' | '_' | '/' | '-' | '.'));
            if stuck || words[i].gap == Gap::Hole {
                continue;
            }
            let word = doc.word_str(i + 1);
            if NOT_AFTER_ARTICLE
                .binary_search(&word.to_lowercase().as_str())
                .is_ok()
            {
                continue;
            }
            if currency_prefix(doc, i + 1) {
                // "a NZ$50 fine", "a [RM](…)13.5 billion fine": a currency written before
                // its amount is read after it ("a fifty-million-dollar fine").
                continue;
            }
            let Some(reading) = reading(&word, next.shape) else {
                continue;
            };
            let wrong = match reading.sound {
                Sound::Vowel => !an,
                Sound::Consonant => an,
                Sound::Either => false,
            };
            if !wrong || excused(doc, i, &starts) {
                continue;
            }
            if next.shape == Shape::AllCaps {
                let term = doc.word_text(i + 1);
                let uses = |form: bool| {
                    said.iter()
                        .filter(|(w, a)| *w == term && *a == form)
                        .count()
                };
                if uses(an) >= 2 && uses(!an) == 0 {
                    continue;
                }
            }
            let span = words[i].span;
            if cx.is_full() {
                cx.left_out(span);
                continue;
            }
            let right = match (an, article) {
                (false, "A") => "An",
                (false, _) => "an",
                (true, "a" | "an") => "a",
                (true, _) => "A",
            };
            let sound = if an { "a consonant" } else { "a vowel" };
            cx.report(
                Finding::new(
                    span,
                    format!("`{article}` before `{word}`, which starts with {sound} sound"),
                )
                .label(next.span, format!("said with {sound} sound"))
                .suggest(right)
                .help(format!("write `{right} {word}`"))
                .fix(reading.sure, span, right),
            );
        }
    }
}

/// Word `k` is a currency written before an amount, with nothing but markup between: "NZ$",
/// "AU$", "[RM](…)13.5 billion", `<a …>R</a>500`, "RM13.5 billion".
fn currency_prefix(doc: &Document<'_>, k: usize) -> bool {
    let text = doc.text();
    let words = &doc.words;
    let end = words[k].span.end();
    let invisible = |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}');
    let after =
        text[end..].trim_start_matches(|c: char| invisible(c) || matches!(c, ']' | '*' | '_'));
    let letters = doc
        .word_str(k)
        .chars()
        .all(|c| c.is_alphabetic() || c == '.');
    if after.starts_with(['$', '€', '£', '¥'])
        || (letters && after.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    let Some(amount) = words.get(k + 1) else {
        return false;
    };
    let magnitude = |m: usize| {
        words.get(m).is_some_and(|w| w.block == words[k].block)
            && matches!(
                doc.word_str(m).to_lowercase().as_str(),
                "million" | "billion" | "trillion" | "bn"
            )
    };
    // "a RM13.5 billion loan", "a F.CFA 3.5 million fine": an amount with its currency.
    if (words[k].shape == Shape::Alnum && magnitude(k + 1))
        || (letters && amount.shape == Shape::Number && magnitude(k + 2))
    {
        return true;
    }
    // Only markup between a currency in letters and the amount: not "X5.1", "B-52".
    let gap = &text[end..amount.span.start().max(end)];
    amount.shape == Shape::Number
        && amount.block == words[k].block
        && letters
        && gap.contains([']', '>', ')'])
        && !gap.starts_with(char::is_whitespace)
        && !gap.ends_with(char::is_whitespace)
}

/// Word `i` starts the story after a wire dateline: "BRUSSELS, April 29, 2025 (Reuters) -
/// An official said", "LONDON — A report".
fn after_dateline(doc: &Document<'_>, i: usize) -> bool {
    let words = &doc.words;
    let block = words[i].block;
    let first = doc.blocks[block as usize].words().start;
    if i <= first || i - first > 15 {
        return false;
    }
    let text = doc.text();
    let before = text[words[first].span.start()..words[i].span.start()].trim_end();
    let Some(head) = before.strip_suffix(['-', '–', '—']) else {
        return false;
    };
    let head = head.trim_end();
    let city = doc.word_str(first);
    head.ends_with(')') || (city.len() >= 3 && city.chars().all(char::is_uppercase))
}

/// An article that is a letter, a label, a word of another language or a mention.
fn excused(doc: &Document<'_>, i: usize, sentence_starts: &[usize]) -> bool {
    let words = &doc.words;
    let article = doc.word_text(i);
    let block = words[i].block;
    let capital = article.starts_with('A');
    let sentence_start = words[i].gap == Gap::Start
        || sentence_starts.binary_search(&i).is_ok()
        || after_dateline(doc, i);
    if article == "An" && IRISH_NAMES.binary_search(&doc.word_text(i + 1)).is_ok() {
        // "An Post", "An Taisce": Irish names, wherever they stand.
        return true;
    }
    if capital && article != "AN" && !sentence_start {
        // "Plan A", "vitamin A", "Exhibit A"; "An Post", "An Garda Síochána".
        return true;
    }
    let kind = doc.blocks[block as usize].kind;
    if article == "A"
        && words[i].gap == Gap::Start
        && matches!(
            kind,
            BlockKind::Heading { .. } | BlockKind::ListItem { .. } | BlockKind::TableCell
        )
        && words[i + 1].shape != Shape::Lower
    {
        // "A Engineering, B Science": a label, not an article.
        return true;
    }
    let next = &words[i + 1];
    let name_before = i > 0
        && words[i - 1].block == block
        && words[i].gap == Gap::Space
        && matches!(words[i - 1].shape, Shape::Capitalised | Shape::AllCaps);
    if !sentence_start && next.shape == Shape::Capitalised {
        // "Waw an Namus", "Umm an Nar": the Arabic article, assimilated before a sun
        // letter; and an article inside a name written in another language ("Casa a
        // Ipanema").
        if (article == "an" && doc.slice(next.span).starts_with('N')) || name_before {
            return true;
        }
    }
    let text = doc.text();
    let span = words[i].span;
    if text[..span.start()].ends_with(['"', '“', '\'', '‘', '*', '_'])
        && text[span.end()..].starts_with(['"', '”', '\'', '’', '*', '_'])
    {
        // The article quoted as a word: use "an" before a vowel.
        return true;
    }
    // A heading or a line in capitals: "A HOUR TO GO".
    let caps = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.block == block && w.shape == Shape::AllCaps)
    };
    // Only an article in capitals can be part of such a line: "a FBI MP" is a slip.
    let line_in_caps = (i > 0 && caps(i - 1)) || caps(i + 2) || words[i].gap == Gap::Start;
    if article == "AN" || (article == "A" && caps(i + 1) && line_in_caps) {
        return true;
    }
    // Another language around the article: its words, or accented letters nearby.
    let from = i.saturating_sub(3);
    let to = (i + 5).min(words.len());
    (from..to).any(|k| {
        if words[k].block != block || k == i {
            return false;
        }
        // The next word may carry an accent of its own ("an émigré").
        let w = doc.word_str(k);
        (k != i + 1 && !w.is_ascii()) || FOREIGN.binary_search(&w.to_lowercase().as_str()).is_ok()
    })
}

#[cfg(test)]
mod tests;
