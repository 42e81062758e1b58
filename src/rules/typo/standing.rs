//! Correct words read from their form or from where they stand, on evidence the lists
//! cannot give: an "-oes" plural of a listed "-o" noun ("siloes"), a verb and its particle
//! written solid as a noun ("the rollup", "a signup"), the end of a word cut by a character
//! reference ("m&#243;viles"), and a surname that happens to be a known misspelling of a
//! lower-case word, where the text shows a person's name ("Kaitlin Devine", "Markey, R.").

use super::{Checker, formation, strip_possessive};
use crate::doc::Shape;
use crate::span::Span;
use crate::spell::{self, Dialect};
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::{is_apostrophe, tokenize};

/// Particles that close up with a verb into a noun ("rollup", "signup", "pushback",
/// "buildout", "handoff"). Not "in" or "on": "goin", "sayin" are dropped letters of the
/// "-ing" form, which the verb has too.
const PARTICLES: &[&str] = &["up", "out", "off", "down", "back", "over", "away"];

/// Words before a verb, not a noun: "to signup", "you can signup", "please signup" are the
/// verb written solid, which wants its space.
const VERB_CUES: &[&str] = &[
    "to", "will", "would", "can", "could", "should", "must", "may", "might", "please", "i", "you",
    "we", "they", "he", "she", "cannot", "can't", "don't", "didn't", "doesn't", "won't", "let's",
    "please,",
];

/// Only white space, inside one paragraph (a line break of a wrapped line counts).
fn is_space(between: &str) -> bool {
    !between.is_empty() && between.chars().all(char::is_whitespace)
}

/// In a list in lower case (any dialect).
fn lower(w: &str) -> bool {
    spell::lookup(w).is_some_and(|e| e.lower_in(Dialect::Either))
}

/// A lower-case unknown word that is the "-oes" plural of a listed "-o" noun whose "-os"
/// plural is listed too ("siloes" beside "silo", "silos"): English gives many such nouns
/// both plurals ("mosquitoes", "mosquitos"), the lists only one. Not the other way round:
/// "potatos" and "echos" are slips of the listed "-oes" forms.
pub(super) fn oes_plural(key: &str) -> bool {
    let Some(singular) = key.strip_suffix("es") else {
        return false;
    };
    singular.len() >= 3
        && singular.ends_with('o')
        && lower(singular)
        && lower(&format!("{singular}s"))
        && !lower(key)
}

/// The word is a listed verb (it has a listed "-ing" form) and one of [`PARTICLES`] closed
/// up ("rollup": `roll` + `up`, "signups": `sign` + `ups`), and no listed word is one edit
/// from it (a slip always has one). `key` is folded.
pub(super) fn particle_compound(key: &str) -> bool {
    let key = key
        .strip_suffix('s')
        .filter(|k| k.ends_with("up"))
        .unwrap_or(key);
    PARTICLES.iter().any(|p| {
        key.strip_suffix(p)
            .is_some_and(|verb| verb.chars().count() >= 3 && verb_form(verb))
    }) && spell::candidates(key, 1, Dialect::Either).is_empty()
}

/// A listed word with a listed "-ing" form: "rolling", "signing", "dropping", "making".
fn verb_form(w: &str) -> bool {
    if !lower(w) {
        return false;
    }
    let last = w.chars().last().unwrap_or('e');
    lower(&format!("{w}ing"))
        || lower(&format!("{w}{last}ing"))
        || w.strip_suffix('e')
            .is_some_and(|s| lower(&format!("{s}ing")))
}

/// The word at `span` begins right after a character reference for a letter
/// ("m&#243;viles", "espa&ntilde;ol"): it is the end of a word, not a word of its own.
pub(super) fn after_letter_reference(text: &str, span: Span) -> bool {
    let before = &text[..span.start()];
    if !before.ends_with(';') {
        return false;
    }
    // References are short: "&#243;", "&ntilde;", "&#x00F3;".
    let from = before.len().saturating_sub(12);
    let Some(amp) = before
        .get(from..)
        .and_then(|tail| tail.rfind('&'))
        .map(|i| from + i)
    else {
        return false;
    };
    crate::text::entity::decode_at(&text[amp..])
        .is_some_and(|(c, len)| amp + len == span.start() && c.is_alphabetic())
}

/// A capitalised word in no list ("Pressley", "Macken") or listed only as a name
/// ("Kaitlin", "Stephanie"), but not a nationality or place adjective ("European",
/// "Canadian", "Spanish"), which stands before common nouns ("European Commision").
fn person_name(w: &str) -> bool {
    let w = strip_possessive(w);
    if tokenize::shape(w) != Shape::Capitalised {
        return false;
    }
    let mut key = String::new();
    fold_into(w, &mut key);
    match spell::lookup(&key) {
        None => !spell::accepted(&key),
        Some(e) => e.title_only() && !demonym(&key),
    }
}

/// "european", "american", "canadian", "brazilian", "chinese", "spanish": a listed name
/// with a nationality ending whose stem (with "a" or "e" put back) is a listed name.
fn demonym(key: &str) -> bool {
    const ENDINGS: &[&str] = &["ian", "ean", "an", "n", "ese", "ish"];
    ENDINGS.iter().any(|end| {
        key.strip_suffix(end).is_some_and(|stem| {
            stem.len() >= 3
                && ["", "a", "e", "ia"].iter().any(|tail| {
                    spell::lookup(&format!("{stem}{tail}")).is_some_and(spell::Entry::title_only)
                })
        })
    })
}

impl Checker<'_, '_> {
    /// The word (a known misspelling, or with `unknown` an unknown word) is a word by where
    /// it stands: a dropped "g", a foreign passage in italics or with an inverted mark; for
    /// an unknown word also a verb and particle noun, a handle among names, a word alone in
    /// emphasis, a file extension, a name written with a version number.
    pub(super) fn placed_as_word(&self, span: Span, text: &str, unknown: bool) -> bool {
        let t = self.text;
        dropped_g(t, span, text)
            || foreign_emphasis(t, span)
            || inverted_mark_line(t, span)
            || (unknown
                && (self.particle_noun(text)
                    || item_of_name_list(t, span)
                    || emphasised_word(t, span)
                    || file_extension(t, span)
                    || versioned_name(t, span, text)))
    }

    /// A lower-case verb and particle closed up ([`particle_compound`]) where a noun
    /// stands: not right after "to", a modal or a subject pronoun ("the rollup" is a noun,
    /// "you can signup" the verb written solid).
    pub(super) fn particle_noun(&self, text: &str) -> bool {
        let mut key = String::new();
        fold_into(text, &mut key);
        if !particle_compound(&key) {
            return false;
        }
        !self.previous().is_some_and(|(w, between)| {
            is_space(between) && VERB_CUES.iter().any(|c| c.eq_ignore_ascii_case(w))
        })
    }

    /// A capitalised known misspelling whose corrections are all lower-case words
    /// ("Devine": `divine`; not "Willams": `Williams`, a name) in a person's name: after a
    /// given name ("Kaitlin Devine", "David Brower"), before a surname ("Lieve Macken"),
    /// or written as a cited author, surname then initial ("Markey, R.").
    pub(super) fn surname_position(&self, span: Span, fixes: &[String]) -> bool {
        let mut key = String::new();
        let name_fix = fixes.iter().any(|f| {
            fold_into(f, &mut key);
            spell::lookup(&key).is_none_or(|e| !e.lower_in(Dialect::Either))
        });
        if name_fix {
            return false;
        }
        self.person_position(span)
    }

    /// The capitalised word at `span` (the word being checked) stands beside a person's
    /// name, with only a space between, or before ", X." (a cited author's initial).
    pub(super) fn person_position(&self, span: Span) -> bool {
        let after_given = self
            .previous()
            .is_some_and(|(w, between)| is_space(between) && person_name(w));
        let before_surname = self.next().is_some_and(person_name);
        let rest = &self.text.as_bytes()[span.end()..];
        let initial_after = rest.len() >= 4
            && rest[0] == b','
            && rest[1] == b' '
            && rest[2].is_ascii_uppercase()
            && rest[3] == b'.';
        after_given || before_surname || initial_after
    }
}

/// A word of the "-in'" shape whose "-ing" form is listed, written with the apostrophe that
/// marks the dropped "g" ("learnin'", "a changin'", "Gettin' Giphy", "cookin&#8217;"):
/// speech written as said, anywhere in the text, not a slip.
pub(super) fn dropped_g(text: &str, span: Span, word: &str) -> bool {
    let after = &text[span.end()..];
    let apostrophe = after.starts_with(is_apostrophe)
        || crate::text::entity::decode_at(after).is_some_and(|(c, _)| is_apostrophe(c));
    if !word.ends_with("in") || !apostrophe {
        return false;
    }
    let mut key = String::new();
    fold_into(&format!("{word}g"), &mut key);
    lower(&key)
}

/// The line of `text` around `span`, and where it starts.
/// Only this much of a line either side of the word is read: a line of megabytes stays
/// linear to check.
const LINE_REACH: usize = 2000;

fn line_of(text: &str, span: Span) -> (usize, &str) {
    let (lo, hi) = window(text, span, LINE_REACH);
    let start = text[lo..span.start()]
        .rfind('\n')
        .map_or(lo, |i| lo + i + 1);
    let end = text[span.end()..hi]
        .find('\n')
        .map_or(hi, |i| span.end() + i);
    (start, &text[start..end])
}

/// Byte bounds `reach` either side of `span`, on character boundaries.
fn window(text: &str, span: Span, reach: usize) -> (usize, usize) {
    let lo = crate::source::floor_char_boundary(text, span.start().saturating_sub(reach));
    let hi =
        crate::source::floor_char_boundary(text, span.end().saturating_add(reach)).max(span.end());
    (lo, hi)
}

/// The lower-case word at `span` is an item of a list of people's names, between two
/// items that start with capitals or are handles too ("David Way, nolawi, Amber Reed",
/// "Jayson Lane, anbileru adaleru, Eucalyp", "Nick Schonning, cathrowe, fat32"): a user
/// name or a name its owner writes in lower case.
pub(super) fn item_of_name_list(text: &str, span: Span) -> bool {
    let (start, line) = line_of(text, span);
    let at = span.start() - start;
    let items: Vec<(usize, &str)> = {
        let mut out = Vec::new();
        let mut from = 0;
        for (i, c) in line.char_indices() {
            if c == ',' {
                out.push((from, &line[from..i]));
                from = i + 1;
            }
        }
        out.push((from, &line[from..]));
        out
    };
    if items.len() < 4 {
        return false;
    }
    let Some(k) = items.iter().rposition(|&(from, _)| from <= at) else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let item = words(items[k].1);
    if item.is_empty() || item.len() > 3 || item.iter().any(|w| !w.starts_with(char::is_lowercase))
    {
        return false;
    }
    // An item that is a name: one to four words, each capitalised ("Amber Reed").
    let name = |s: &str| {
        let w = words(s);
        (1..=4).contains(&w.len()) && w.iter().all(|w| w.starts_with(char::is_uppercase))
    };
    let last_capital = |s: &str| {
        words(s)
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let first_capital = |s: &str| {
        words(s)
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    // Another handle beside it: one lower-case token, perhaps with digits ("fat32").
    let handle = |s: &str| {
        let w = words(s);
        w.len() == 1 && w[0].starts_with(char::is_lowercase)
    };
    let before = k > 0 && (last_capital(items[k - 1].1) || handle(items[k - 1].1));
    let after = items
        .get(k + 1)
        .is_some_and(|(_, s)| first_capital(s) || handle(s));
    // Most of the other items are names too (the first and last may run into the
    // sentence around the list: "Thanks to David Way", "Micah Taylor and others").
    let named = items
        .iter()
        .enumerate()
        .filter(|&(j, (_, s))| j != k && name(s))
        .count();
    before && after && named >= 2 && named * 2 >= items.len() - 1
}

/// The word at `span` stands in a sentence marked as Spanish by an inverted mark ("¡ya te
/// vas para no volver!", "&#161;", "&iquest;"), which English never uses.
pub(super) fn inverted_mark_line(text: &str, span: Span) -> bool {
    let (_, line) = line_of(text, span);
    ["¡", "¿", "&#161;", "&#191;", "&iexcl;", "&iquest;"]
        .iter()
        .any(|m| line.contains(m))
}

/// The word at `span` is inside an emphasised passage (`_…_`, `*…*`, `<em>…</em>`,
/// `<i>…</i>`) on its line of which at least half the words of three letters or more, and
/// two or more, are in no list: a passage in another language set in italics (a glossary's
/// "_navegador, visualizador (Spain), explorador, visor_").
pub(super) fn foreign_emphasis(text: &str, span: Span) -> bool {
    let (start, line) = line_of(text, span);
    let at = span.start() - start;
    let end = span.end() - start;
    let Some(passage) = emphasis_around(line, at, end) else {
        return false;
    };
    let passage = super::cited::without_tags(passage);
    let (mut total, mut foreign) = (0, 0);
    let mut key = String::new();
    for w in passage.split(|c: char| !c.is_alphabetic()) {
        if w.chars().count() < 3 {
            continue;
        }
        total += 1;
        fold_into(w, &mut key);
        if spell::lookup(&key).is_none() && !spell::accepted(&key) {
            foreign += 1;
        }
    }
    total >= 3 && foreign >= 2 && foreign * 2 >= total
}

/// The text of the emphasis on `line` that holds the bytes `at..end`, without its markers.
fn emphasis_around(line: &str, at: usize, end: usize) -> Option<&str> {
    for (open, close) in [("<em>", "</em>"), ("<i>", "</i>")] {
        if let Some(o) = line[..at].rfind(open)
            && !line[o..at].contains(close)
            && let Some(c) = line[end..].find(close)
        {
            return Some(&line[o + open.len()..end + c]);
        }
    }
    for mark in ['_', '*'] {
        // A single marker: strong emphasis (`**`) is not a passage in italics.
        let single = |i: usize| {
            let b = line.as_bytes();
            (i == 0 || b[i - 1] != mark as u8) && b.get(i + 1) != Some(&(mark as u8))
        };
        let opens: Vec<usize> = line[..at]
            .match_indices(mark)
            .map(|(i, _)| i)
            .filter(|&i| single(i))
            .collect();
        if opens.len() % 2 == 1
            && let Some(&o) = opens.last()
            && line[o + 1..].starts_with(|c: char| !c.is_whitespace())
            && let Some(c) = line[end..]
                .match_indices(mark)
                .map(|(i, _)| end + i)
                .find(|&i| single(i))
        {
            return Some(&line[o + 1..c]);
        }
    }
    None
}

/// The word at `span` is the whole of a Markdown emphasis (`_latinidad_`, `*juche*`), as
/// [`super::cited::italicised`] has it for HTML: copy sets foreign and cited words in
/// italics.
pub(super) fn emphasised_word(text: &str, span: Span) -> bool {
    let (start, line) = line_of(text, span);
    let (at, end) = (span.start() - start, span.end() - start);
    ['_', '*'].iter().any(|&m| {
        let b = line.as_bytes();
        at > 0
            && b[at - 1] == m as u8
            && b.get(end) == Some(&(m as u8))
            && (at < 2 || b[at - 2] != m as u8)
            && b.get(end + 1) != Some(&(m as u8))
    })
}

/// The word at `span` is a file extension written with its dot after a space or an
/// opening bracket ("an .epub option", "(.woff)"): a format's name, not a word of prose.
pub(super) fn file_extension(text: &str, span: Span) -> bool {
    let before = &text[..span.start()];
    before.ends_with('.')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || "([\"'“‘".contains(c))
        && span.len() <= 5
}

/// The text near the word also writes it with a version number glued on ("woff" beside
/// "woff2", "html" beside "html5"): the name of a format or a product, not a slip.
pub(super) fn versioned_name(text: &str, span: Span, word: &str) -> bool {
    // Near the word only (a few paragraphs), so that a long file stays linear to check.
    let (lo, hi) = window(text, span, 10 * LINE_REACH);
    text[lo..hi].match_indices(word).any(|(i, _)| {
        let i = lo + i;
        let after = &text[i + word.len()..];
        let before = text[..i].chars().next_back();
        before.is_none_or(|c| !c.is_alphanumeric())
            && after.starts_with(|c: char| c.is_ascii_digit())
            && after
                .chars()
                .find(|c| !c.is_ascii_digit() && *c != '.')
                .is_none_or(|c| !c.is_alphabetic())
    })
}

/// Two parts of a hyphenated compound that rhyme or chime ("wishy-washy", "hocus-pocus",
/// "riff-raff", "zig-zag"): of one length, they differ in one letter only, a vowel for a
/// vowel or the first letter. A reduplication is a word of its own.
pub(super) fn chiming_pair(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() || a.len() < 3 || !a.is_ascii() || !b.is_ascii() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len())
        .filter(|&i| !a[i].eq_ignore_ascii_case(&b[i]))
        .collect();
    let vowel = |c: u8| b"aeiou".contains(&c.to_ascii_lowercase());
    match differ.as_slice() {
        [0] => true,
        [i] => vowel(a[*i]) && vowel(b[*i]),
        _ => false,
    }
}

/// Endings that make a word of another class from a listed word, with the forms of the stem
/// they attach to: (ending, what the stem must end with (any when empty), letters the
/// ending took off the stem).
const SUFFIXES: &[(&str, &[&str], &[&str])] = &[
    ("ish", &[], &["", "e"]),
    (
        "ly",
        &["less", "ful", "al", "ic", "ive", "ous", "ent", "ant"],
        &[""],
    ),
    ("ity", &["al", "ic", "ar"], &[""]),
    ("able", &[], &["", "e"]),
    ("ify", &[], &["", "e", "y"]),
    ("ized", &[], &["", "e", "y"]),
    ("ised", &[], &["", "e", "y"]),
    ("izing", &[], &["", "e", "y"]),
    ("ization", &[], &["", "e", "y"]),
    ("ed", &["x"], &[""]),
];

/// A lower-case word made from a listed word with a common ending ("geekish", "wirelessly",
/// "positionality", "swipeable", "gamify", "commoditized", "matrixed") unless a listed
/// word one edit from it is far more frequent than the stem (as for prefixes, see
/// [`formation::SLIP_MARGIN`]), or any listed word one edit away when the stem has four
/// letters or fewer: that word explains it better as a slip ("deathly" for "depthly"),
/// while "tirelessly" beside "wirelessly" is no likelier than `wireless` + "-ly".
pub(super) fn formed_with_ending(key: &str) -> bool {
    if key.chars().count() < 6 || !key.is_ascii() {
        return false;
    }
    let mut stem_frequency = None;
    for &(end, stem_ends, restore) in SUFFIXES {
        let Some(stem) = key.strip_suffix(end) else {
            continue;
        };
        // "-ize" on a short stem is rarely a word ("autoised"): five letters or more there.
        let min = if matches!(end, "ized" | "ised" | "izing" | "ization") {
            5
        } else {
            3
        };
        if stem.len() < min {
            continue;
        }
        for r in restore {
            let stem = format!("{stem}{r}");
            if stem_ends.is_empty() || stem_ends.iter().any(|e| stem.ends_with(e)) {
                // (A short stem gives way to any listed word one edit away: "teally" is
                // `really`, not "teal" + "-ly".)
                let f = spell::lookup(&stem)
                    .filter(|e| e.lower_in(Dialect::Either))
                    .map(|e| (stem.len() > 4).then(|| e.frequency()));
                if let Some(f) = f {
                    stem_frequency = stem_frequency.max(Some(f));
                }
            }
        }
    }
    let Some(stem) = stem_frequency else {
        return false;
    };
    spell::candidates(key, 1, Dialect::Either).iter().all(|c| {
        stem.is_some_and(|f| {
            c.word.starts_with(char::is_uppercase) || c.frequency < f + formation::SLIP_MARGIN
        })
    })
}

/// A lower-case word that is a listed noun made a verb with "-ing" or "-ed" ("diffing",
/// "accordioned", "spitballing"): the stem has a listed plural, so it is a noun,
/// and no verb form of it is listed, so the lists cannot hold the word's own spelling; and
/// every listed word one edit away is far rarer than the stem (see
/// [`formation::RARE_NEIGHBOUR`]: "diffing" beside "riffing"; "drunking" is a slip of
/// `drinking`, "chiling" of `chilling`). A listed verb's unlisted form is a slip ("beared"
/// beside `bearing`), and so is a word with no plural ("acrossing").
pub(super) fn verbed_noun(key: &str) -> bool {
    if !key.is_ascii() || key.len() < 7 {
        return false;
    }
    let base = key
        .strip_suffix("ing")
        .or_else(|| key.strip_suffix("ed"))
        .unwrap_or_default();
    let b = base.as_bytes();
    // The stem as written, with the "e" the ending took off, or with a doubled final
    // consonant undone.
    let mut stems = vec![base.to_owned(), format!("{base}e")];
    if b.len() > 3 && b[b.len() - 1] == b[b.len() - 2] && !b"aeiou".contains(&b[b.len() - 1]) {
        stems.push(base[..base.len() - 1].to_owned());
    }
    let Some(stem_frequency) = stems
        .iter()
        .filter(|stem| stem.len() >= 4 && noun_not_verb(stem))
        .filter_map(|stem| spell::lookup(stem).map(spell::Entry::frequency))
        .max()
    else {
        return false;
    };
    spell::candidates(key, 1, Dialect::Either).iter().all(|c| {
        c.word.starts_with(char::is_uppercase)
            || c.frequency + formation::RARE_NEIGHBOUR <= stem_frequency
    })
}

/// A listed lower-case word with a plural in the lists (the accept-only ones too) and no
/// "-ing" or "-ed" form in them. Not an agent noun, whose verb is listed ("renderer",
/// "server": "servering" is a slip of `serving`), nor a form of a verb ("sending"), nor a
/// word in "-ic", which takes a "k" ("panicked").
fn noun_not_verb(stem: &str) -> bool {
    if ["er", "ing", "ed", "ic"].iter().any(|e| stem.ends_with(e)) {
        return false;
    }
    let last = stem.as_bytes()[stem.len() - 1];
    let plain = stem.strip_suffix('e').unwrap_or(stem);
    let doubled = format!("{stem}{}", last as char);
    let known = |w: String| lower(&w) || spell::accepted(&w);
    lower(stem)
        && (known(format!("{stem}s")) || known(format!("{stem}es")))
        && [plain, stem, doubled.as_str()]
            .iter()
            .all(|s| !known(format!("{s}ing")) && !known(format!("{s}ed")))
}
