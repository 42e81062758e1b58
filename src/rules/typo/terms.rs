//! Terms, not slips: an unknown word the document uses twice, or that several of the files
//! checked together report.

use std::collections::HashMap;

use super::{Checker, strip_possessive};
use crate::diagnostic::Diagnostic;
use crate::text::is_hyphen;

/// Files that must each report an unknown word before it counts as a term of the files
/// checked together ("cyber" in seven articles is vocabulary, not seven slips).
pub const SHARED_TERM_FILES: usize = 3;

/// Files enough when the word stands in different lines in them ("scannability" in two
/// posts, each its own sentence): two writers, or one writer twice, use the word. The same
/// line in two files is copied text, one slip copied ("The reporr came late" twice).
pub const SHARED_TERM_FILES_APART: usize = 2;

/// The form under which an unknown word is counted across files: in lower case, a plural
/// `-s` dropped ("Listserves", "listserve" are one term).
pub fn term_key(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.strip_suffix('s') {
        Some(stem) if stem.chars().count() >= 4 && !stem.ends_with('s') => stem.to_string(),
        _ => lower,
    }
}

/// An unknown word reported in `files` files, on `lines` different lines in all: a term of
/// the files checked together, not a slip.
pub fn shared_term(files: usize, lines: usize) -> bool {
    files >= SHARED_TERM_FILES || (files >= SHARED_TERM_FILES_APART && lines >= 2)
}

/// A key of the line (trimmed) that holds finding `d` in `text`: findings whose lines
/// differ stand in different text.
pub fn line_key(text: &str, d: &Diagnostic) -> u64 {
    use std::hash::{Hash, Hasher};
    // At most this much either side, so that a line of megabytes stays linear to read.
    const REACH: usize = 2000;
    let at = crate::source::floor_char_boundary(text, d.span.start());
    let lo = crate::source::floor_char_boundary(text, at.saturating_sub(REACH));
    let hi = crate::source::floor_char_boundary(text, at.saturating_add(REACH)).max(at);
    let start = text[lo..at].rfind('\n').map_or(lo, |i| lo + i + 1);
    let end = text[at..hi].find('\n').map_or(hi, |i| at + i);
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.get(start..end).unwrap_or("").trim().hash(&mut h);
    h.finish()
}

/// The message prefix of an unknown-word finding (step 2).
pub(super) const UNKNOWN_PREFIX: &str = "unknown word `";

/// What [`drop_shared_terms`] reads of one file's text: the word of each of its unknown-word
/// findings and, when it has findings, the names it writes in inline code and web addresses.
/// `check` keeps this instead of the text, so that a file's text can be let go as soon as
/// the file is checked.
#[derive(Clone, Debug, Default)]
pub struct TermEvidence {
    /// (start, end, [`term_key`] of the word, [`line_key`]) of each unknown-word finding.
    words: Vec<(usize, usize, Box<str>, u64)>,
    /// The names written in code and web addresses, folded, sorted; empty for a file with
    /// no findings (only files with findings count, see [`drop_shared_terms`]).
    names: Vec<Box<str>>,
}

impl TermEvidence {
    /// The evidence of a file's `text` with its findings `found`.
    pub fn of(text: &str, found: &[Diagnostic]) -> TermEvidence {
        let words = found
            .iter()
            .filter_map(|d| {
                unknown_word(text, d).map(|w| {
                    (
                        d.span.start(),
                        d.span.end(),
                        term_key(w).into(),
                        line_key(text, d),
                    )
                })
            })
            .collect();
        let mut names: Vec<Box<str>> = if found.is_empty() {
            Vec::new()
        } else {
            super::examples::names_in_code(text)
                .into_iter()
                .map(String::into_boxed_str)
                .collect()
        };
        names.sort_unstable();
        TermEvidence { words, names }
    }

    /// The word of `d` when it is an unknown-word finding of this file.
    fn word(&self, d: &Diagnostic) -> Option<&str> {
        self.word_and_line(d).map(|(w, _)| w)
    }

    /// The word of `d` and the key of its line.
    fn word_and_line(&self, d: &Diagnostic) -> Option<(&str, u64)> {
        if !is_unknown(d) {
            return None;
        }
        self.words
            .iter()
            .find(|(s, e, _, _)| *s == d.span.start() && *e == d.span.end())
            .map(|(_, _, w, line)| (&**w, *line))
    }

    fn names(&self, folded: &str) -> bool {
        self.names.binary_search_by(|n| (**n).cmp(folded)).is_ok()
    }
}

/// Drops the unknown-word findings (never known misspellings) whose word, in lower case, is
/// reported as unknown in [`SHARED_TERM_FILES`] or more of the files checked together, or
/// in [`SHARED_TERM_FILES_APART`] on different lines ([`shared_term`]):
/// a slip does not repeat across articles, a term does. `files`: each file's text and its
/// findings (any rules; only `typo`'s unknown words are looked at). A file that writes the
/// word in inline code or a web address counts too (`typo` reports nothing there).
pub fn drop_shared_terms(files: &mut [(&str, &mut Vec<Diagnostic>)]) {
    let evidence: Vec<TermEvidence> = files
        .iter()
        .map(|(text, found)| TermEvidence::of(text, found))
        .collect();
    let mut by: Vec<(&TermEvidence, &mut Vec<Diagnostic>)> = evidence
        .iter()
        .zip(files.iter_mut().map(|(_, found)| &mut **found))
        .collect();
    drop_shared_terms_by(&mut by);
}

/// [`drop_shared_terms`] from each file's [`TermEvidence`] instead of its text.
pub fn drop_shared_terms_by<'e>(files: &mut [(&'e TermEvidence, &mut Vec<Diagnostic>)]) {
    let mut files_with: HashMap<&'e str, usize> = HashMap::new();
    let mut lines: HashMap<&'e str, Vec<u64>> = HashMap::new();
    let mut reported: Vec<Vec<&'e str>> = Vec::with_capacity(files.len());
    for (ev, found) in files.iter() {
        let ev: &'e TermEvidence = ev;
        let mut seen: Vec<&str> = Vec::new();
        for d in found.iter() {
            let Some((w, line)) = ev.word_and_line(d) else {
                continue;
            };
            let l = lines.entry(w).or_default();
            if !l.contains(&line) {
                l.push(line);
            }
            if !seen.contains(&w) {
                seen.push(w);
                *files_with.entry(w).or_default() += 1;
            }
        }
        reported.push(seen);
    }
    // Two files that report the word on different lines are evidence enough.
    for (w, n) in &mut files_with {
        if shared_term(*n, lines.get(w).map_or(0, Vec::len)) {
            *n = (*n).max(SHARED_TERM_FILES);
        }
    }
    // A file that writes the word in code or a web address (`devops@…`, `github.com/…/
    // devops`) uses it too, though it reports nothing there: that is evidence of a term.
    let short: Vec<&str> = files_with
        .iter()
        .filter(|&(_, &n)| n < SHARED_TERM_FILES)
        .map(|(w, _)| *w)
        .collect();
    if !short.is_empty() && files.len() >= SHARED_TERM_FILES {
        for ((ev, found), seen) in files.iter().zip(&reported) {
            // Only files with findings: `check` keeps the text of a clean file for the HTML
            // report alone, and the evidence must not depend on the output format.
            if found.is_empty() {
                continue;
            }
            for w in &short {
                if !seen.contains(w) && (ev.names(w) || ev.names(&format!("{w}s"))) {
                    *files_with.entry(w).or_default() += 1;
                }
            }
        }
    }
    if !files_with.values().any(|&n| n >= SHARED_TERM_FILES) {
        return;
    }
    for (ev, found) in files.iter_mut() {
        let ev: &TermEvidence = ev;
        found.retain(|d| ev.word(d).is_none_or(|w| files_with[w] < SHARED_TERM_FILES));
    }
}

fn is_unknown(d: &Diagnostic) -> bool {
    d.rule == "typo" && d.message.starts_with(UNKNOWN_PREFIX)
}

/// The word of an unknown-word finding of `typo` in `text` (the findings
/// [`drop_shared_terms`] may drop), as written; `None` for any other finding.
pub fn unknown_word<'t>(text: &'t str, d: &Diagnostic) -> Option<&'t str> {
    is_unknown(d).then(|| text.get(d.span.range())).flatten()
}

impl Checker<'_, '_> {
    /// An unknown lower-case word the document uses twice or more is a term of the article
    /// ("matai", "guls", "cyber"), not a slip: slips do not repeat. Known misspellings are
    /// reported however often they occur.
    pub(super) fn terms_used_twice(&mut self) {
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
                    t.len() + 1 >= word.len()
                        && (same_term(t, word)
                            || same_term(strip_possessive(t), word)
                            || t.split(is_hyphen).any(|p| same_term(p, word)))
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
}

/// `t` is the unknown word `word` in any case or with a plural `-s` more or less
/// ("tweep" beside "Tweeps", "listserves" beside "listserve"). The other form must be
/// unknown too: a listed word one `-s` away is what the slip was meant to be ("acros" beside
/// `across`, "dollarss" beside `dollars`), not evidence of a term.
fn same_term(t: &str, word: &str) -> bool {
    let plural_of = |p: &str, s: &str| {
        p.len() == s.len() + 1
            && p.ends_with('s')
            && p.get(..s.len())
                .is_some_and(|stem| stem.eq_ignore_ascii_case(s))
    };
    t.eq_ignore_ascii_case(word) || ((plural_of(t, word) || plural_of(word, t)) && !listed(t))
}

/// A word of the lists, in any case.
fn listed(t: &str) -> bool {
    let lower = t.to_lowercase();
    crate::spell::lookup(&lower).is_some() || crate::spell::accepted(&lower)
}
