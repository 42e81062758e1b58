//! Words that are not running prose: `[sic]` quotations, short quoted or bracketed terms,
//! foreign words cited as words, words of listed phrases, character references written as
//! text, and informal speech inside quotation marks.

use std::sync::LazyLock;

use super::Checker;
use super::formation::without_accents;
use crate::doc::Document;
use crate::span::Span;
use crate::spell::{self, Dialect};
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::{is_apostrophe, is_hyphen};

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
pub(super) fn in_phrase(text: &str, span: Span) -> bool {
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
pub(super) fn with_references(text: &str, span: Span) -> bool {
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
pub(super) fn reference_name(text: &str, span: Span) -> bool {
    span.start() > 0
        && text.as_bytes()[span.start() - 1] == b'&'
        && crate::text::entity::decode_at(&text[span.start() - 1..]).is_some()
}

/// Informal speech inside quotation marks: a lengthened word ("pleeease", "sooo", "hisss")
/// whose letters, each run cut to one or two, make a listed word; or a word with a dropped
/// letter marked by an apostrophe ("'orrible" for "horrible", "goin'" for "going").
pub(super) fn informal_in_quotation(doc: &Document<'_>, span: Span, word: &str) -> bool {
    // The document model's quotations: curly, straight, single, « ».
    if !doc.in_quotation(span) {
        return false;
    }
    let text = doc.text();
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

impl Checker<'_, '_> {
    /// A foreign word cited as a word: introduced as one ("from the Malay words kuala and
    /// lumpur", "the Spanish phrase oro hubo", "the term myanma") or followed by its gloss
    /// in a sentence about names or words ("phnom (mountain)", "simha, or \"lion\"",
    /// "al-qahir, meaning", "thim means", "tajika, a name", "dhabi refers to"). Etymologies and glossaries cite words of every
    /// language; none of them is a slip of an English word.
    pub(super) fn cited_foreign(&self, span: Span) -> bool {
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
        if self.foreign(span) {
            return true;
        }
        let text = self.text;
        let start = span.start();
        let reach = text.floor_char_boundary(start.saturating_sub(REACH));
        let from = text[reach..start]
            .rfind('\n')
            .map_or(reach, |i| reach + i + 1);
        // Up to four words back in the same clause; HTML tags around cited words
        // ("the Bengali words <em>Bangla </em>(Bengali) and <em>desh </em>(country)") are
        // markup, not words.
        let before = without_tags(&text[from..start]);
        let before = before.as_str();
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
        let raw_after = text[end..to].split('\n').next().unwrap_or("");
        let after = without_tags(raw_after);
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
                ", a name",
                " refers to",
            ]
            .iter()
            .any(|g| after.starts_with(g));
        glossed && {
            let line_end = end + raw_after.len();
            let line = text[from..line_end].to_lowercase();
            CUES.iter().any(|c| line.contains(c))
        }
    }
}

/// The word at `span` opens an HTML italic element (`<em>juche`, `<i>desh`): copy sets
/// foreign and cited words in italics. Only known misspellings are reported there, as in
/// a short quotation.
pub(super) fn italicised(text: &str, span: Span) -> bool {
    let before = &text[..span.start()];
    ["<em>", "<i>", "<EM>", "<I>"]
        .iter()
        .any(|t| before.ends_with(t))
}

/// `s` without its HTML tags (`<em>`, `</em>`, `<a href="…">`); a `<` not starting a tag stays.
pub(super) fn without_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        let tag = rest[i + 1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        if let Some(j) = rest[i..].find('>').filter(|_| tag) {
            out.push_str(&rest[..i]);
            rest = &rest[i + j + 1..];
        } else {
            out.push_str(&rest[..=i]);
            rest = &rest[i + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// True when the word is in a short quotation or parenthesis (four words at most) on its
/// line: a cited term, often a foreign one ("doi moi" (renovation), the "bolsones", a prayer
/// shawl (tallit)), not running prose. Only known misspellings are reported there.
pub(super) fn cited_term(text: &str, span: Span) -> bool {
    cited(text, span, false)
}

/// [`cited_term`] for a capitalised name, with straight quotes read by their side: one after
/// a letter or punctuation closes a quotation (`five," said Daveport`) and one before a
/// letter opens the next (`Daveport. "And`), so the name between them stands outside both.
/// Lower-case words keep the plain pairing: between two glosses ("or \"hill,\" and
/// *tau*, \"river\"") they are cited words of another language.
pub(super) fn cited_name(text: &str, span: Span) -> bool {
    cited(text, span, true)
}

fn cited(text: &str, span: Span, quote_sides: bool) -> bool {
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
    if quote_sides
        && before[open..].starts_with('"')
        && before[..open]
            .chars()
            .next_back()
            .is_some_and(|c| !c.is_whitespace() && !OPEN.contains(&c))
    {
        return false;
    }
    let to = text.floor_char_boundary((span.end() + REACH).min(text.len()));
    let after = &text[span.end()..to];
    let Some(close) = after.find(CLOSE) else {
        return false;
    };
    if quote_sides
        && after[close..].starts_with('"')
        && after[close + 1..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let open_len = before[open..].chars().next().map_or(1, char::len_utf8);
    let inner = &text[from + open + open_len..span.end() + close];
    !inner.contains('\n') && inner.split_whitespace().count() <= 4
}

/// The spans exempt because of `[sic]`: a whole quotation that contains it or that it
/// follows (the document model's quotations), or else the word just before it.
pub(super) fn sic_spans(doc: &Document<'_>) -> Vec<Span> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = find_sic(&text[from..]) {
        let at = from + i;
        from = at + 5;
        // `“… [sic] …”`: the marker inside a quotation vouches for all of it.
        if let Some(q) = doc.quotation(Span::new(at, at + 5)) {
            let end = q.close.map_or(q.inner.end(), Span::end);
            out.push(Span::new(q.open.start(), end));
            continue;
        }
        // `“…” [sic]`: the marker follows the quotation it vouches for.
        let follows = |c: Span| {
            c.end() <= at
                && text[c.end()..at]
                    .trim_matches(|c: char| c.is_whitespace() || ",.;:".contains(c))
                    .is_empty()
        };
        if let Some((q, close)) = doc
            .quotations()
            .iter()
            .filter_map(|q| q.close.map(|c| (q, c)))
            .rfind(|&(_, c)| follows(c))
        {
            out.push(Span::new(q.open.start(), close.end()));
            continue;
        }
        let w = doc.words.partition_point(|w| w.span.start() < at);
        if let Some(prev) = w.checked_sub(1).map(|i| doc.words[i]) {
            out.push(prev.span);
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

/// The suggestions with the word of a listed phrase first when the word at `span` misspells
/// it inside that phrase ("habeus corpus": `habeas`, not `habits`).
pub(super) fn phrase_first(
    text: &str,
    span: Span,
    word: &str,
    mut suggestions: Vec<String>,
) -> Vec<String> {
    if let Some(p) = phrase_suggestion(text, span, word) {
        let p = super::words::recase(p, crate::text::tokenize::shape(word));
        suggestions.retain(|s| *s != p);
        suggestions.insert(0, p);
        suggestions.truncate(super::MAX_SUGGESTIONS);
    }
    suggestions
}

/// The word of a phrase of `rules/phrases.txt` that the word at `span` misspells where the
/// rest of the phrase stands around it ("habeus corpus" → `habeas`; "en mass" → `masse`):
/// within two edits, and the word itself not the phrase's. Inside its phrase that word is
/// the likeliest meaning, whatever the frequency list says.
pub(super) fn phrase_suggestion(text: &str, span: Span, word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    PHRASES
        .iter()
        .filter(|phrase| phrase.len() >= 2)
        .find_map(|phrase| {
            phrase.iter().enumerate().find_map(|(j, p)| {
                // The phrase's other words around the word first: they rule out nearly
                // every phrase, and cost less than the edit distance.
                (!p.eq_ignore_ascii_case(&lower)
                    && p.len().abs_diff(lower.len()) <= 2
                    && phrase_before(text, span.start(), &phrase[..j])
                    && phrase_after(text, span.end(), &phrase[j + 1..])
                    && strsim::osa_distance(p, &lower) <= 2)
                    .then_some(*p)
            })
        })
}
