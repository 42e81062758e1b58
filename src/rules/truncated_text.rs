use std::collections::{HashMap, HashSet};

use crate::diagnostic::Diagnostic;
use crate::doc::{BlockKind, CaptionSource, Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::text::{eq_ignore_case, is_dangling};

declare_rule! {
    /// ## What it checks
    /// A caption or paragraph that breaks off: it ends on a letter, with no closing
    /// punctuation, and its last word shows the cut —
    /// - a word fragment that the article itself completes elsewhere ("… at the Shanghai C"
    ///   where "Shanghai Cooperation" appears further down; "… the U.N. mission in Syr");
    /// - a word no sentence ends on: an article, a conjunction, a possessive or a
    ///   preposition English does not strand ("… to attend a signing ceremony at the");
    /// - a lone capital after such a word ("… arrived in B").
    ///
    /// ## Why it matters
    /// A field limit in a content system or a copy-and-paste that stopped short cuts a
    /// caption off mid-word; the page then prints half a name.
    ///
    /// ## Example
    /// ```text
    /// … as they walk to attend a signing ceremony at the Shanghai C
    /// ```
    ///
    /// ## Not flagged
    /// - a missing full stop alone: captions and pull quotes often have none;
    /// - headings, list items, credit and source lines, table cells, alt text;
    /// - short lines (under six words) and title-like lines ("Spokesman Liu Weimin");
    /// - a line that ends in a URL, code or closing punctuation;
    /// - "Plan B", "Group C", "hepatitis C": a letter after a capitalised or ordinary word;
    /// - a second, identical copy of a caption (`repeated-caption` reports it).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// No fix: what is missing cannot be guessed.
    ///
    /// Severity is `error`: the rule fires only on evidence of a cut, never on a merely
    /// missing full stop, and cut-off copy is never meant.
    pub(crate) struct TruncatedText {
        id: "truncated-text",
        severity: Error,
        summary: "a caption or paragraph cut off mid-word or mid-sentence",
        fix: None,
        options: [],
        languages: English,
    }
}

const MIN_WORDS: usize = 6;
const MIN_CHARS: usize = 30;

/// Small words a title keeps in lower case.
const TITLE_SMALL: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs",
];

impl Rule for TruncatedText {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let mut seen: HashSet<String> = HashSet::new();
        let mut follows = None;
        for (id, b) in doc.leaves() {
            let what = match b.kind {
                BlockKind::Caption(CaptionSource::Line | CaptionSource::Below) => "caption",
                BlockKind::Paragraph => "paragraph",
                BlockKind::Quote => "quote",
                _ => continue,
            };
            let r = b.words();
            if r.len() < MIN_WORDS {
                continue;
            }
            let Some(prose) = doc.prose_span(id) else {
                continue;
            };
            if prose.len() < MIN_CHARS {
                continue;
            }
            let last = r.end - 1;
            let w = &doc.words[last];
            // Nothing after the last word: no punctuation, no URL or code.
            if w.span.end() != prose.end() || holes_after(doc, w.span.end(), b.span.end()) {
                continue;
            }
            if title_like(doc, r.clone()) {
                continue;
            }
            let norm: String = r
                .clone()
                .map(|i| doc.word_str(i).to_lowercase())
                .collect::<Vec<_>>()
                .join(" ");
            if !seen.insert(norm) {
                continue; // a copy: repeated-caption reports it
            }
            let word = doc.word_str(last);
            let prev = (doc.words[last].gap == Gap::Space).then(|| doc.word_str(last - 1));
            if let Some(prev) = &prev
                && let Some(whole) = completion(doc, &mut follows, last, prev, &word)
            {
                let fragment = doc.words[last - 1].span.cover(w.span);
                cx.report(
                    Diagnostic::new(
                        fragment,
                        format!("{what} breaks off mid-word at `{prev} {word}`"),
                    )
                    .label(whole, "the full words appear here")
                    .help(format!("restore the end of the {what}")),
                );
                continue;
            }
            let dangling = is_dangling(&word);
            let lone_capital = word.chars().count() == 1
                && word.chars().all(char::is_uppercase)
                && word != "A"
                && word != "I"
                && prev.as_ref().is_some_and(|p| {
                    // "held in B", "at the C": a letter after a word that needs more.
                    is_dangling(p) || ["in", "at", "on", "to", "from"].contains(&p.as_ref())
                });
            if dangling || lone_capital {
                let how = if dangling {
                    format!("{what} breaks off mid-sentence after `{word}`")
                } else {
                    format!("{what} breaks off mid-word at `{word}`")
                };
                cx.report(
                    Diagnostic::new(w.span, how).help(format!("restore the end of the {what}")),
                );
            }
        }
    }
}

/// A hole (URL, code) between the last word and the end of the block.
fn holes_after(doc: &Document<'_>, from: usize, to: usize) -> bool {
    let i = doc.holes.partition_point(|h| h.span.end() <= from);
    doc.holes[i..]
        .iter()
        .take_while(|h| h.span.start() < to)
        .any(|h| {
            !matches!(
                h.kind,
                crate::doc::HoleKind::Html | crate::doc::HoleKind::Comment
            )
        })
}

/// A short line of capitalised words reads as a title or a byline, not a cut sentence.
fn title_like(doc: &Document<'_>, r: std::ops::Range<usize>) -> bool {
    r.len() <= 12
        && r.clone().all(|i| {
            matches!(
                doc.words[i].shape,
                Shape::Capitalised | Shape::AllCaps | Shape::Number | Shape::Alnum | Shape::Mixed
            ) || TITLE_SMALL.contains(&doc.word_str(i).to_lowercase().as_str())
        })
}

/// Where the document writes `prev` followed by a longer word that `word` begins: the
/// evidence that `word` is a fragment ("Shanghai C" → "Shanghai Cooperation").
fn completion(
    doc: &Document<'_>,
    follows: &mut Option<HashMap<String, Vec<u32>>>,
    last: usize,
    prev: &str,
    word: &str,
) -> Option<crate::span::Span> {
    // A dictionary word of four letters or more is complete ("into Syria" beside "Syrian
    // refugees"); shorter entries are often abbreviations ("Syr", "Na") that a cut leaves.
    if word.chars().count() >= 4 && in_dictionary(word) {
        return None;
    }
    // Which words follow each word (lower case), built once per document on first need.
    let follows = follows.get_or_insert_with(|| {
        let mut map: HashMap<String, Vec<u32>> = HashMap::new();
        for k in 1..doc.words.len() {
            let (a, x) = (&doc.words[k - 1], &doc.words[k]);
            if a.block == x.block && x.gap == Gap::Space {
                map.entry(doc.word_str(k - 1).to_lowercase())
                    .or_default()
                    .push(k as u32);
            }
        }
        map
    });
    let mut found = None;
    let after = follows
        .get(&prev.to_lowercase())
        .map_or(&[][..], Vec::as_slice);
    for &k in after {
        let k = k as usize;
        if k == last {
            continue;
        }
        let (a, x) = (&doc.words[k - 1], &doc.words[k]);
        let xs = doc.word_str(k);
        if eq_ignore_case(&xs, word) {
            // The same two words elsewhere, followed by more: "President Hu" is complete.
            // (At the end of a block they may be a copy of the same cut.)
            let ends_block = doc.words.get(k + 1).is_none_or(|n| n.block != x.block);
            if !ends_block {
                return None;
            }
            continue;
        }
        let Some(rest) = strip_prefix_ignore_case(&xs, word) else {
            continue;
        };
        if found.is_none() && rest.chars().next().is_some_and(char::is_alphabetic) {
            found = Some(a.span.cover(x.span));
        }
    }
    found
}

fn strip_prefix_ignore_case<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let mut it = s.char_indices();
    for p in prefix.chars() {
        let (_, c) = it.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(it.next().map_or("", |(i, _)| &s[i..]))
}

/// In the spelling lists (compiled into the binary; see `crate::spell`), in any case.
fn in_dictionary(word: &str) -> bool {
    let mut key = String::with_capacity(word.len());
    crate::spell::fold_into(word, &mut key);
    crate::spell::lookup(&key).is_some()
}

#[cfg(test)]
mod tests {
    use super::{TruncatedText, in_dictionary};

    #[test]
    fn the_dictionary_is_the_spelling_lists() {
        assert!(in_dictionary("Syria") && in_dictionary("ceremony") && in_dictionary("Kazakhstan"));
        assert!(!in_dictionary("Shanghaix"));
    }

    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    fn flags_a_caption_cut_mid_word_when_the_article_completes_it() {
        assert_flags(
            &TruncatedText,
            "Hu Jintao, left, walks to attend a signing ceremony at the Shanghai C\n\nThe Shanghai Cooperation Organization met.\n",
            &["Shanghai C"],
        );
    }

    #[test]
    fn flags_dangling_words_and_lone_capitals() {
        assert_flags(
            &TruncatedText,
            "The spokesman urged all parties to support the mission and the\n\nLeaders of China, Russia and four Central Asian states arrived on Wednesday for the summit held in B\n",
            &["the", "B"],
        );
    }

    #[test]
    fn leaves_complete_lines() {
        assert_clean(
            &TruncatedText,
            "Hu Jintao, left, walks with Vladimir Putin at the summit in Beijing\n\nThe vaccine protects against hepatitis B\n\nHe said the government would move to Plan B\n\nSpokesman Liu Weimin of the Foreign Ministry\n\nRead the statement at https://example.com/sco\n",
        );
    }

    #[test]
    fn a_second_copy_is_left_to_repeated_caption() {
        let cap = "Hu Jintao, left, walks to attend a signing ceremony at the";
        let text = format!("{cap}\n{cap}\n");
        assert_flags(&TruncatedText, &text, &["the"]);
    }
}
