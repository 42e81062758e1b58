//! Words that are examples or code, not prose: a word cited as an example of a
//! misspelling or a made-up word ("we'd see 'autoised'", "words like _archaeic_"), a
//! sentence about spelling, a list of cited words, an affix cited with its hyphen
//! ("_-ment_"), names of code (a word the document also writes in code or in a web
//! address: "urlsize" beside `github.com/18F/urlsize`), and an obfuscated e-mail address
//! ("rpanzer (at) example (dot) com"), and words glued to a file name or identifier
//! ("report.pdf", "snake_case").

use std::collections::HashSet;

use super::Checker;
use crate::doc::{BlockKind, HoleKind};
use crate::span::Span;
use crate::spell;
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::is_hyphen;
use crate::text::scan::{inline_code, web_addresses};

// Web addresses anywhere in the source, markup included (link targets, reference
// definitions, `href` attributes), and inline code (`` `…` ``, `<code>…</code>`): matched by
// hand (`text::scan::web_addresses`, `inline_code`, each the same matches as its regex)
// rather than compiled at every start.

/// Words that introduce an example of a word: "words like 'chekker'", "spelled
/// _recieve_", "such as “jointery”".
const EXAMPLE_CUES: &[&str] = &[
    "like",
    "word",
    "words",
    "term",
    "terms",
    "spelled",
    "spelt",
    "spelling",
    "misspelled",
    "misspelt",
    "misspelling",
    "wrote",
    "written",
    "typed",
    "see",
    "e.g",
    "example",
    "examples",
];

/// Words that say a sentence is about spelling: its odd words are examples.
const SPELLING_CUES: &[&str] = &[
    "spell",
    "spells",
    "spelled",
    "spelt",
    "spelling",
    "spellings",
    "misspell",
    "misspelled",
    "misspelt",
    "misspelling",
    "misspellings",
    "typo",
    "typos",
    "typographical",
    "spellcheck",
    "spellchecker",
];

/// Opening and closing marks of a cited word: quotation marks of every kind, and Markdown
/// or HTML emphasis.
const OPENERS: &[&str] = &[
    "\"", "“", "'", "‘", "«", "*", "_", "<em>", "<i>", "<EM>", "<I>", "&ldquo;", "&lsquo;",
    "&#8220;", "&#8216;",
];
const CLOSERS: &[&str] = &[
    "\"", "”", "'", "’", "»", "*", "_", "</em>", "</i>", "</EM>", "</I>", "&rdquo;", "&rsquo;",
    "&#8221;", "&#8217;",
];

/// The word at `span` is an affix cited with its hyphen ("_-ment_", "the prefix un-"):
/// a hyphen on one side, and beyond it no letter.
pub(super) fn cited_affix(text: &str, span: Span) -> bool {
    let before = &text[..span.start()];
    let after = &text[span.end()..];
    let lone = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    let mut b = before.chars().rev();
    let mut a = after.chars();
    (b.next().is_some_and(is_hyphen) && lone(b.next()))
        || (a.next().is_some_and(is_hyphen) && lone(a.next()))
}

/// The word is part of an e-mail address written out to fool harvesters ("rpanzer (at)
/// iqsolutions (dot) com").
pub(super) fn obfuscated_email(text: &str, span: Span) -> bool {
    const MARKS: &[&str] = &["(at)", "[at]", "{at}", "(dot)", "[dot]", "{dot}"];
    let after = text[span.end()..].trim_start();
    let before = text[..span.start()].trim_end();
    MARKS
        .iter()
        .any(|m| after.starts_with(m) || before.ends_with(m))
}

/// The names written in code and web addresses of a document, folded: the parts of
/// inline code, code blocks and template tags (`code`: `{{< do-dont-table >}}`), and of
/// every web address (`addresses`).
#[derive(Default)]
pub(super) struct CodeNames {
    code: HashSet<String>,
    addresses: HashSet<String>,
}

impl CodeNames {
    fn add(set: &mut HashSet<String>, s: &str) {
        for part in s.split(|c: char| !c.is_alphanumeric()) {
            if part.len() >= 3 && part.chars().any(char::is_alphabetic) {
                set.insert(part.to_lowercase());
            }
        }
    }
}

/// The names a source text writes in inline code and web addresses, folded to lower case:
/// read from the text alone, for the evidence across files (`drop_shared_terms`).
pub(super) fn names_in_code(text: &str) -> HashSet<String> {
    let mut names = HashSet::new();
    for m in web_addresses(text).chain(inline_code(text)) {
        CodeNames::add(&mut names, &text[m]);
    }
    names
}

impl Checker<'_, '_> {
    /// The document writes `word` in code, or (for an unknown word, not a known
    /// misspelling) in a web address: it names a program, a repository or a container
    /// ("urlsize", "oracledb", "pshtt"), not a slip.
    pub(super) fn code_name(&mut self, word: &str, known_misspelling: bool) -> bool {
        let doc = self.doc;
        let names = self.code_names.get_or_insert_with(|| {
            let mut names = CodeNames::default();
            for h in &doc.holes {
                if matches!(
                    h.kind,
                    HoleKind::Code | HoleKind::CodeBlock | HoleKind::Template
                ) {
                    CodeNames::add(&mut names.code, doc.slice(h.span));
                }
            }
            for m in web_addresses(doc.text()) {
                CodeNames::add(&mut names.addresses, &doc.text()[m]);
            }
            names
        });
        let key = word.to_lowercase();
        names.code.contains(&key) || (!known_misspelling && names.addresses.contains(&key))
    }

    /// The word at `span` is cited as an example: set in quotation marks or emphasis of
    /// its own and introduced by a cue a few words before ("words like 'archaeic'", "we'd
    /// see “autoised”", "spelled _recieve_"); or it stands in a sentence about spelling
    /// ("Use youre spell chekker to avoid mispeling"); or it is one entry of a list of
    /// single words of which two or more are in no word list ("Have you ever heard of:
    /// autoised, billocked, …").
    pub(super) fn cited_example(&self, span: Span) -> bool {
        self.marked_and_introduced(span) || self.about_spelling() || self.in_word_list()
    }

    fn marked_and_introduced(&self, span: Span) -> bool {
        let text = self.text;
        let before = &text[..span.start()];
        let after = &text[self.word_end.max(span.end())..];
        let Some(open) = OPENERS.iter().find(|o| before.ends_with(*o)) else {
            return false;
        };
        if !CLOSERS.iter().any(|c| after.starts_with(c)) {
            return false;
        }
        let lead = &before[..before.len() - open.len()];
        let from = text.floor_char_boundary(lead.len().saturating_sub(80));
        let lead = &lead[from..];
        let clause = lead
            .rfind(['.', '!', '?', ';', '\n'])
            .map_or(lead, |i| &lead[i + 1..]);
        let words: Vec<String> = clause
            .split_whitespace()
            .rev()
            .take(3)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        words.iter().enumerate().any(|(i, w)| match w.as_str() {
            // "such as 'x'", "instead of 'x'"; not any "as" or "of".
            "as" => words.get(i + 1).is_some_and(|p| p == "such"),
            "of" => words.get(i + 1).is_some_and(|p| p == "instead"),
            w => EXAMPLE_CUES.contains(&w),
        })
    }

    fn about_spelling(&self) -> bool {
        let doc = self.doc;
        let at = self.at as u32;
        let i = doc.sentences.partition_point(|s| s.words.end <= at);
        let Some(s) = doc.sentences.get(i).filter(|s| s.words.contains(&at)) else {
            return false;
        };
        (s.words.start as usize..s.words.end as usize).any(|i| {
            let w = doc.word_text(i);
            i != self.at && SPELLING_CUES.iter().any(|c| c.eq_ignore_ascii_case(w))
        })
    }

    fn in_word_list(&self) -> bool {
        let doc = self.doc;
        let Some(w) = doc.words.get(self.at) else {
            return false;
        };
        let block = &doc.blocks[w.block as usize];
        if !matches!(block.kind, BlockKind::ListItem { .. }) || block.words.len() != 1 {
            return false;
        }
        let Some(list) = block.parent else {
            return false;
        };
        let mut key = String::new();
        doc.blocks
            .iter()
            .filter(|b| {
                b.parent == Some(list)
                    && matches!(b.kind, BlockKind::ListItem { .. })
                    && b.words.len() == 1
            })
            .filter(|b| {
                fold_into(doc.word_str(b.words.start as usize).as_ref(), &mut key);
                spell::lookup(&key).is_none()
                    && !spell::accepted(&key)
                    && !self.vocabulary.accepts(&key)
            })
            .nth(1)
            .is_some()
    }
}

/// True when the word touches a file name, path or identifier: "report.pdf", "src/main",
/// "snake_case", "user@host", "key=value". Markdown emphasis (`_word_`) does not count,
/// because the character beyond the underscore is not a letter.
pub(super) fn glued_to_code(text: &str, span: Span) -> bool {
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
            .is_some_and(char::is_alphanumeric)
        && !after_tag(&text[..s]))
        || (e + 1 < b.len()
            && GLUE.contains(&b[e])
            && text[e + 1..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric))
}

/// `before` ends with an HTML or XML tag (`<p>`, `<a href="…">`): the word after it starts
/// an element's text ("<p>Okafur"), it is not glued to code.
fn after_tag(before: &str) -> bool {
    let Some(inner) = before.strip_suffix('>') else {
        return false;
    };
    inner.rfind(['<', '>']).is_some_and(|i| {
        inner[i..].starts_with('<')
            && inner[i + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '/')
    })
}
