//! The words of a document, indexed for the questions `truncated-text` asks of a cut word:
//! is it used elsewhere, and which longer words of the article begin with it.

use std::collections::HashMap;

use super::{MAX_LISTED_REST, MIN_EXTRA, other_word};
use crate::doc::{Document, Gap};

/// The words of the document, in lower case, for the questions the judgement asks.
pub(super) struct Index {
    /// Distinct lower-case words, sorted, each with the word indices where it stands.
    words: Vec<(String, Vec<u32>)>,
    /// Which words follow each word (lower case) in the same block.
    pub(super) follows: HashMap<String, Vec<u32>>,
}

impl Index {
    pub(super) fn new(doc: &Document<'_>) -> Index {
        let mut by_word: HashMap<String, Vec<u32>> = HashMap::new();
        let mut follows: HashMap<String, Vec<u32>> = HashMap::new();
        let mut key = String::new();
        for k in 0..doc.words.len() {
            key.clear();
            crate::text::fold::spelling_key_into(&doc.word_str(k), &mut key);
            // ("Italy's" stands for "Italy": "… central Ita" is cut from it.)
            for s in ["'s", "’s"] {
                if key.len() > s.len() + 2 && key.ends_with(s) {
                    key.truncate(key.len() - s.len());
                }
            }
            by_word.entry(key.clone()).or_default().push(k as u32);
            if k > 0 {
                let (a, x) = (&doc.words[k - 1], &doc.words[k]);
                if a.block == x.block && x.gap == Gap::Space {
                    follows
                        .entry(doc.word_str(k - 1).to_lowercase())
                        .or_default()
                        .push(k as u32);
                }
            }
        }
        let mut words: Vec<_> = by_word.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Index { words, follows }
    }

    /// True when the folded word stands somewhere other than at `last`, not as the last
    /// word of its block (where it may be another copy of the same cut).
    pub(super) fn used_elsewhere(&self, key: &str, last: usize) -> bool {
        let Ok(i) = self.words.binary_search_by(|(w, _)| w.as_str().cmp(key)) else {
            return false;
        };
        self.words[i].1.iter().any(|&k| k as usize != last)
    }

    /// Like [`Index::longer`], but not a form of `key` itself: "committee" for "commit",
    /// not "commits", "committed" or "commitment"; and only a few letters longer: a listed
    /// word is whole beside a long derivative ("an undated family photo" beside
    /// "Photographers").
    pub(super) fn longer_other(&self, key: &str) -> Option<usize> {
        self.longer_where(key, |rest| {
            other_word(key, rest) && rest.chars().count() <= MAX_LISTED_REST
        })
    }

    /// [`Index::longer_other`] at any length: not a form of `key` itself.
    pub(super) fn longer_other_any_length(&self, key: &str) -> Option<usize> {
        self.longer_where(key, |rest| other_word(key, rest))
    }

    /// The first place a word of the article that begins with the folded `key`, and is
    /// at least [`MIN_EXTRA`] letters longer, stands.
    pub(super) fn longer(&self, key: &str) -> Option<usize> {
        self.longer_where(key, |_| true)
    }

    /// The first use of a word of the article that is `key` and one more letter, not "s"
    /// or "d" (a plural, a past form).
    pub(super) fn longer_by_one(&self, key: &str) -> Option<usize> {
        self.longer_where_by(key, 1, |rest| {
            rest.chars().count() == 1 && !matches!(rest, "s" | "d")
        })
    }

    /// [`Index::longer`] for the words whose letters after `key` also pass `keep`.
    pub(super) fn longer_where(&self, key: &str, keep: impl Fn(&str) -> bool) -> Option<usize> {
        self.longer_where_by(key, MIN_EXTRA, keep)
    }

    /// [`Index::longer_where`] for words at least `extra` letters longer than `key`.
    pub(super) fn longer_where_by(
        &self,
        key: &str,
        extra: usize,
        keep: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        let start = self.words.partition_point(|(w, _)| w.as_str() < key);
        let need = key.chars().count() + extra;
        self.words[start..]
            .iter()
            .take_while(|(w, _)| w.starts_with(key))
            .filter(|(w, _)| {
                let rest = &w[key.len()..];
                w.chars().count() >= need && rest.chars().all(char::is_alphabetic) && keep(rest)
            })
            .filter_map(|(_, at)| at.first().map(|&k| k as usize))
            .min()
    }
}
