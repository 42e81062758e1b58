//! Words cut by inline markup (`**c**hange`, `e<b>X</b>press`, `[I]ndividuals`): checked
//! whole, as the reader sees them, and never fixed across the markup.

use std::ops::Range;

use super::cited::cited_term;
use super::terms::UNKNOWN_PREFIX;
use super::{Checker, MIN_LEN, Verdict, or_list, strip_possessive, suggest_all};
use crate::diagnostic::Finding;
use crate::doc::Shape;
use crate::span::Span;
use crate::text::{is_hyphen, tokenize};

impl Checker<'_, '_> {
    /// Checks a word cut by inline markup (`**c**hange`, `e<b>X</b>press`, `[I]ndividuals`)
    /// as the reader sees it: `whole` is its text without the markup, `span` covers the
    /// markup too. A slip is reported with its suggestions but no fix: a replacement
    /// across the markup would remove it.
    pub(super) fn joined(&mut self, span: Span, whole: &str, parts: Range<usize>, initial: bool) {
        let body = strip_possessive(whole);
        if body.contains('.')
            || matches!(
                tokenize::shape(body),
                Shape::Number | Shape::Alnum | Shape::Caseless
            )
        {
            return;
        }
        let mut first = true;
        for part in body.split(is_hyphen).filter(|p| !p.is_empty()) {
            let verdict = self.judge(part, initial && first, false);
            if !matches!(verdict, Verdict::Fine | Verdict::Short | Verdict::Name)
                && self.words_glued_by_markup(parts.clone())
            {
                return;
            }
            first = false;
            let (message, suggestions) = match verdict {
                Verdict::Misspelt(fixes) if !self.cited_example(span) => {
                    (format!("misspelt word `{part}`"), fixes)
                }
                Verdict::Rejected(fixes) => (format!("`{part}` is on the reject list"), fixes),
                Verdict::Apostrophe(fixed) if !self.cited_example(span) => {
                    (format!("`{part}` lacks its apostrophe"), vec![fixed])
                }
                Verdict::Unknown(suggestions)
                    if !cited_term(self.text, span)
                        && !self.cited_example(span)
                        && !self.cited_foreign(span) =>
                {
                    let suggestions = self.used_first(part, suggestions);
                    (format!("{UNKNOWN_PREFIX}{part}`"), suggestions)
                }
                _ => continue,
            };
            if suggestions.is_empty() {
                continue;
            }
            let d = Finding::new(span, message).help(format!(
                "write {}, whichever is meant (by hand: markup cuts the word)",
                or_list(&suggestions)
            ));
            self.found.push(suggest_all(d, suggestions));
        }
    }

    /// The pieces of a word cut by markup are words of their own, each of three letters or
    /// more and fine alone ("the suffix -*stan*means"): emphasis that lost a space, not a
    /// drop cap or a bold initial (`**g**overment`), so no misspelling of the whole.
    fn words_glued_by_markup(&mut self, parts: Range<usize>) -> bool {
        let doc = self.doc;
        parts.into_iter().all(|j| {
            let piece = doc.word_str(j);
            piece.chars().count() >= MIN_LEN
                && piece.split(is_hyphen).filter(|p| !p.is_empty()).all(|p| {
                    matches!(
                        self.judge(p, false, false),
                        Verdict::Fine | Verdict::Short | Verdict::Name
                    )
                })
        })
    }
}
