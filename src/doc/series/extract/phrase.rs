//! Lower-case phrase lists: "politics, trade, science, and the environment".
// Word indices are the currency here: `a..b` a sentence, `k`, `s`, `e` positions in it.
#![allow(clippy::many_single_char_names)]

use super::vocab::{FUNCTION_WORDS, LEAD_WORDS, NOT_ITEM_ENDS, NOT_ITEMS, OPENERS};
use crate::data::normalize::Normal;
use crate::doc::series::extractor::{Extractor, Punct};
use crate::doc::series::{Conjunction, ItemKind, Series, SeriesItem, SeriesKind};
use crate::doc::{BlockId, Shape};
use crate::span::Span;
use crate::text::fold::name_key as fold;

impl Extractor<'_, '_> {
    /// Lower-case lists: "politics, trade, science, and the environment". Middle items sit
    /// between commas and are short; the first item's left edge and a long last item's
    /// right edge are guesses, marked unbounded.
    pub(super) fn phrases(
        &mut self,
        block: BlockId,
        a: usize,
        b: usize,
        names_from: usize,
        out: &mut Vec<Series>,
    ) {
        let taken: Vec<Span> = out[names_from..].iter().map(|s| s.span).collect();
        // ("the 400m individual medley": a figure with its unit is a word of the item.)
        let lower = |x: &Self, i: usize| {
            let measure = x.shape(i) == Shape::Alnum
                && x.w(i).starts_with(|c: char| c.is_ascii_digit())
                && x.w(i).ends_with(|c: char| c.is_ascii_lowercase());
            (x.shape(i) == Shape::Lower || measure)
                && !NOT_ITEMS.contains(&x.w(i))
                && !FUNCTION_WORDS.contains(&x.w(i))
        };
        // "Hospitals, roads and bridges were damaged": the sentence's first word, capitalised
        // only because it opens the sentence, is a lower-case word of a first item.
        // (After a dateline too: "HUARAZ, Peru, July 22 (Reuters) - Police, soldiers and …".)
        let opening = |x: &Self, i: usize| {
            (i == a || (i > a && x.after_dateline(i))) && x.sentence_opening_common_word(i)
        };
        // (Only as a one-word item: "Rescuers carried ropes, stretchers and …" is no item.)
        let lower_or_opening = |x: &Self, i: usize| lower(x, i) || opening(x, i);
        let article = |x: &Self, i: usize| {
            matches!(
                x.w(i),
                "the" | "a" | "an" | "their" | "its" | "our" | "his" | "her" | "my" | "your"
            )
        };
        let first_new = out.len();
        // Each phrase series found here, with the span of its conjunction.
        let mut conjs: Vec<(usize, Span)> = Vec::new();
        let mut c = a + 1;
        while c < b {
            // A conjunction with a list item on each side.
            let conj = if self.exact(c, "and") {
                Conjunction::And
            } else if self.exact(c, "or") {
                Conjunction::Or
            } else {
                c += 1;
                continue;
            };
            let serial = self.gap_is(c, Punct::Comma);
            if !(serial || self.gap_is(c, Punct::Space))
                || c + 1 >= b
                || !self.gap_is(c + 1, Punct::Space)
            {
                c += 1;
                continue;
            }
            // Items to the left, right to left: (first word, last word).
            let mut left: Vec<(usize, usize)> = Vec::new();
            let mut e = c - 1;
            let mut ok = true;
            let mut first_bounded = false;
            let mut led = false;
            loop {
                if !lower_or_opening(self, e) {
                    ok = false;
                    break;
                }
                // Back to the previous comma, at most three words.
                let mut s = e;
                while s > a && self.gap_is(s, Punct::Space) && e - s < 2 && lower(self, s - 1) {
                    s -= 1;
                }
                // "the environment": an article opens an item.
                if s > a && self.gap_is(s, Punct::Space) && e - s < 2 && article(self, s - 1) {
                    s -= 1;
                }
                // "now allowed, including coffee cups, chip bags and plastic film": the list
                // opens after the word that introduces it.
                let lead_words = match self.w(s) {
                    "including" | "especially" | "notably" | "namely" => 1,
                    "such" if s < e && self.w(s + 1) == "as" => 2,
                    _ => 0,
                };
                if lead_words > 0 && s + lead_words <= e && !left.is_empty() {
                    first_bounded = true;
                    led = true;
                    left.push((s + lead_words, e));
                    break;
                }
                if s > a && self.gap_is(s, Punct::Comma) && lower_or_opening(self, s - 1) {
                    left.push((s, e));
                    e = s - 1;
                    continue;
                }
                // The first item. Its left edge is marked by punctuation or the sentence
                // start; otherwise it runs on, and is cut to the length of its neighbour.
                if s == a || !self.gap_is(s, Punct::Space) {
                    first_bounded = true;
                    left.push((s, e));
                } else {
                    let want = left.last().map_or(0, |&(x, y)| y - x);
                    left.push((e - want.min(e - s), e));
                }
                break;
            }
            if !ok || left.len() < 2 {
                c += 1;
                continue;
            }
            left.reverse();
            // A sentence-opening word as the first item is a list's only when the items after
            // it are short and speak to no one: "Kids, call your mom and walk her through
            // it" is an address and two orders.
            let second_person = |x: &Self, (f, l): (usize, usize)| {
                (f..=l).any(|k| matches!(x.w(k), "you" | "your" | "yours"))
            };
            if opening(self, left[0].0)
                && !lower(self, left[0].0)
                && (left[1..].iter().any(|&(f, l)| l - f >= 2)
                    || left[1..].iter().any(|&r| second_person(self, r))
                    || second_person(self, (c + 1, (c + 4).min(b - 1))))
            {
                c += 1;
                continue;
            }
            // The last item: lower-case words to the next punctuation, at most 4.
            let s = c + 1;
            let opens = if article(self, s) && s + 1 < b && self.gap_is(s + 1, Punct::Space) {
                s + 1
            } else {
                s
            };
            let mut e = opens;
            while e + 1 < b
                && self.gap_is(e + 1, Punct::Space)
                && lower(self, e + 1)
                && e + 1 - s < 3
            {
                e += 1;
            }
            if !lower(self, opens) {
                c += 1;
                continue;
            }
            let last_bounded = e + 1 >= b || !self.gap_is(e + 1, Punct::Space);
            if !last_bounded {
                while e > s && NOT_ITEM_ENDS.contains(&self.w(e)) {
                    e -= 1;
                }
            }
            let words = &self.doc.words;
            let span_of =
                |(x, y): (usize, usize)| Span::new(words[x].span.start(), words[y].span.end());
            let whole = span_of(left[0]).cover(span_of((s, e)));
            if taken
                .iter()
                .any(|t| t.start < whole.end && whole.start < t.end)
            {
                c = e + 1;
                continue;
            }
            let mut items = Vec::new();
            let all: Vec<(usize, usize)> = left
                .iter()
                .copied()
                .chain(std::iter::once((s, e)))
                .collect();
            for (n, &(x, y)) in all.iter().enumerate() {
                let span = span_of((x, y));
                let sep = if n == 0 {
                    Span::new(span.start(), span.start())
                } else {
                    Span::new(span_of(all[n - 1]).end(), span.start())
                };
                items.push(SeriesItem {
                    span,
                    note: None,
                    note_kind: None,
                    sep,
                    norm: Normal {
                        key: fold(&self.text[span.range()]),
                        entity: None,
                    },
                    bounded: (n > 0 || first_bounded) && (n + 1 < all.len() || last_bounded),
                });
            }
            let n = items.len();
            // ", and …" right after the list: its "and" may sit inside an item ("schools,
            // research and development, and border posts"), so the style is unknown.
            let and_after = e + 2 < b
                && self.gap_is(e + 1, Punct::Comma)
                && (self.exact(e + 1, "and") || self.exact(e + 1, "or"));
            // (After "including", any word after that "and": "including satellites,
            // satellite payloads and subcomponents, and SLVs".)
            let followed = and_after && (led || lower(self, e + 2) || article(self, e + 2));
            out.push(Series {
                kind: if self.in_fact_box(block) {
                    SeriesKind::FactBoxLine
                } else {
                    SeriesKind::Inline
                },
                items_kind: ItemKind::Phrase,
                block,
                span: whole,
                items,
                conjunction: conj,
                // (A comma before the list's own "and" is a serial comma whatever follows:
                // "crowded buses, blocked alleys, and litter, and the city …".)
                uses_serial_comma: (n >= 3 && (serial || !followed)).then_some(serial),
                lead_in: None,
                claim: None,
                count: None,
                sure: false,
            });
            conjs.push((out.len() - 1, self.doc.words[c].span));
            c = e + 1;
        }
        // "schools, research and development, and border posts" is read twice: as
        // "schools, research and development" and as a list whose item "research and
        // development" holds the first reading's "and". That "and" is inside an item, so
        // the first reading cannot tell whether the list uses a serial comma.
        for &(i, conj) in &conjs {
            let inside = out[first_new..].iter().any(|s| {
                s.items
                    .iter()
                    .any(|it| it.span.start <= conj.start && conj.end <= it.span.end)
            });
            if inside {
                out[i].uses_serial_comma = None;
            }
        }
    }
    /// Whether a dateline's dash stands before word `i`: "… (Reuters) - Police", "PARIS —
    /// Swimming".
    fn after_dateline(&self, i: usize) -> bool {
        self.gap(i).is_some_and(|g| {
            g.contains(['-', '\u{2013}', '\u{2014}'])
                && (g.trim_start().starts_with(')') || self.shape(i - 1) == Shape::AllCaps)
        })
    }

    /// Whether word `i`, capitalised at the start of a sentence, is a common word that can
    /// open a list ("Hospitals, roads and bridges", "Police, soldiers and volunteers"): in the
    /// word lists in lower case and never with capitals (not "China", "Turkey"), not a given
    /// name, and no sentence adverb, connective or function word ("Meanwhile, roads and
    /// bridges", "Sadly, …").
    fn sentence_opening_common_word(&self, i: usize) -> bool {
        if self.shape(i) != Shape::Capitalised {
            return false;
        }
        let w = self.doc.word_lower(i);
        if w.ends_with("ly")
            || OPENERS.contains(&w)
            || LEAD_WORDS.contains(&w)
            || NOT_ITEMS.contains(&w)
            || FUNCTION_WORDS.contains(&w)
            || crate::text::date::month_number(w).is_some()
            || crate::data::given_names::given_name_group(w).is_some()
        {
            return false;
        }
        crate::spell::common_only(w)
    }
}
