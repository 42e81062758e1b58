//! Semicolon lists: "Paris, France; Berlin, Germany; and Rome, Italy".
// Word indices are the currency here: `a..b` a sentence, `k`, `s`, `e` positions in it.
#![allow(clippy::many_single_char_names)]

use crate::data::countries;
use crate::data::normalize::Normal;
use crate::doc::BlockId;
use crate::doc::series::extractor::{Extractor, Punct};
use crate::doc::series::{Conjunction, ItemKind, LeadIn, Series, SeriesItem, SeriesKind};
use crate::span::Span;
use crate::text::fold::name_key as fold;

impl Extractor<'_, '_> {
    /// "Paris, France; Berlin, Germany; and Rome, Italy": items that may hold commas,
    /// introduced by a colon or standing alone in the sentence.
    pub(super) fn semicolons(&mut self, block: BlockId, a: usize, b: usize, out: &mut Vec<Series>) {
        let words = &self.doc.words;
        let whole = &self.text[words[a].span.start()..words[b - 1].span.end()];
        if !whole.contains(';') {
            return;
        }
        let semis: Vec<usize> = (a + 1..b)
            .filter(|&i| self.gap_is(i, Punct::Semi))
            .collect();
        if semis.is_empty() {
            return;
        }
        // The list starts after the last colon before the first semicolon, or at the
        // sentence start.
        let start = (a + 1..semis[0])
            .rev()
            .find(|&i| self.gap_is(i, Punct::Colon))
            .unwrap_or(a);
        let mut bounds: Vec<(usize, usize)> = Vec::new();
        let mut s = start;
        for &i in &semis {
            bounds.push((s, i));
            s = i;
        }
        bounds.push((s, b));
        let mut conj = Conjunction::None;
        let last = bounds.len() - 1;
        if self.exact(bounds[last].0, "and") || self.exact(bounds[last].0, "or") {
            conj = if self.exact(bounds[last].0, "and") {
                Conjunction::And
            } else {
                Conjunction::Or
            };
            bounds[last].0 += 1;
        }
        let ok_len = |(x, y): (usize, usize)| y > x && y - x <= 10;
        if bounds.len() < 2
            || (bounds.len() == 2 && conj == Conjunction::None)
            || !bounds.iter().all(|&r| ok_len(r))
        {
            return;
        }
        // Without a colon the first item's start is a guess: as long as the second item.
        let mut first_bounded = true;
        if start == a {
            let want = bounds[1].1 - bounds[1].0;
            if bounds[0].1 - bounds[0].0 > want {
                bounds[0].0 = bounds[0].1 - want;
                first_bounded = false;
            }
        }
        // The last item ends at its own first clause break when the sentence goes on.
        let words = &self.doc.words;
        let mut items = Vec::new();
        let names = bounds.iter().all(|&(x, _)| self.namey(x));
        for (n, &(x, y)) in bounds.iter().enumerate() {
            let span = Span::new(words[x].span.start(), words[y - 1].span.end());
            let s = &self.text[span.range()];
            let key = fold(s);
            let entity = if self.namey(x) {
                countries::get().lookup(&key).or_else(|| {
                    let head = s.split(',').next().unwrap_or(s);
                    countries::get().lookup(&fold(head))
                })
            } else {
                None
            };
            let sep = if n == 0 {
                Span::new(span.start(), span.start())
            } else {
                Span::new(words[bounds[n - 1].1 - 1].span.end(), span.start())
            };
            items.push(SeriesItem {
                span,
                note: None,
                note_kind: None,
                sep,
                norm: Normal { key, entity },
                bounded: n > 0 || first_bounded,
            });
        }
        let lead = (start > a).then(|| {
            let colon = words[start - 1].span.end();
            let gap = self.after(start - 1);
            let at = colon + gap.find(':').unwrap_or(0);
            Span::new(words[start - 1].span.start(), at + 1)
        });
        let span = items[0].span.cover(items[items.len() - 1].span);
        out.push(Series {
            kind: SeriesKind::Semicolon,
            items_kind: if names {
                ItemKind::Name
            } else {
                ItemKind::Phrase
            },
            block,
            span,
            items,
            conjunction: conj,
            uses_serial_comma: None,
            lead_in: lead.map(|span| LeadIn {
                span,
                exhaustive: true,
                past: false,
            }),
            claim: None,
            count: None,
            sure: false,
        });
    }
}
