//! Inline lists in running prose, sentence by sentence: chains of items, the first item
//! trimmed of an introductory phrase, and the series built with what its surroundings say.
// Word indices are the currency here: `a..b` a sentence, `k`, `s`, `e` positions in it.
#![allow(clippy::many_single_char_names)]

use super::item::Item;
use super::separator::{Separator, SeparatorKind};
use super::vocab::{FUNCTION_WORDS, INTRO_PREPOSITIONS, LEAD_WORDS, NOT_ITEMS, OPENERS};
use crate::data::groups::Role;
use crate::data::normalize::Normal;
use crate::doc::series::extractor::{Extractor, Punct, classify};
use crate::doc::series::{Conjunction, ItemKind, Series, SeriesItem, SeriesKind, subject};
use crate::doc::{BlockId, BlockKind, Shape};
use crate::span::Span;
use crate::text::fold::name_key as fold;

impl Extractor<'_, '_> {
    /// "June 6, 2012": `year` is the year of the date `day` ends, not the next item of a
    /// list of numbers.
    pub(super) fn year_of_date(&self, day: &Item, year: &Item) -> bool {
        day.kind == ItemKind::Number
            && year.kind == ItemKind::Number
            && day.start > 0
            && matches!(
                self.gap(day.start).map(classify),
                Some(Punct::Space | Punct::Dot)
            )
            && crate::text::date::month_number(self.w(day.start - 1)).is_some()
            && {
                let y = self.w(year.start);
                y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit())
            }
    }

    pub(super) fn in_fact_box(&self, block: BlockId) -> bool {
        let mut p = self.doc.blocks[block as usize].parent;
        while let Some(id) = p {
            if self.doc.blocks[id as usize].kind == BlockKind::FactBox {
                return true;
            }
            p = self.doc.blocks[id as usize].parent;
        }
        false
    }

    /// Every series of one sentence (words `a..b` of `block`).
    pub(super) fn sentence(&mut self, block: BlockId, a: usize, b: usize, out: &mut Vec<Series>) {
        let words = &self.doc.words;
        let whole = &self.text[words[a].span.start()..words[b - 1].span.end()];
        // No separator, no list: most of a sentence's cost is skipped with one scan.
        if !whole.contains([',', ';', '&'])
            && !(a..b).any(|i| self.exact(i, "and") || self.exact(i, "or"))
        {
            return;
        }
        let before = out.len();
        let mut window = a;
        let mut k = a;
        while k < b {
            let Some(first) = self.item(k, b) else {
                k += 1;
                continue;
            };
            let mut items = vec![first];
            let mut seps: Vec<Separator> = Vec::new();
            let mut resume;
            loop {
                let cur = items[items.len() - 1];
                resume = cur.next;
                let Some(sp) = self.sep(&cur, b) else { break };
                if sp.semi {
                    break;
                }
                // ("Mandalay, Sagaing, and the capital Naypyitaw": the last name of a list
                // of three or more may come with a word or two that describe it.)
                let described = sp.kind == SeparatorKind::Conj
                    && items.len() >= 2
                    && first.kind == ItemKind::Name;
                let Some(it) = self.item(sp.item_word, b).or_else(|| {
                    described
                        .then(|| self.described_item(sp.item_word, b))
                        .flatten()
                }) else {
                    break;
                };
                if it.kind != first.kind {
                    resume = it.start;
                    break;
                }
                if sp.kind == SeparatorKind::Comma && self.year_of_date(&cur, &it) {
                    break;
                }
                items.push(it);
                seps.push(sp);
                resume = it.next;
                if sp.kind == SeparatorKind::Conj {
                    // "Russia and China, as well as India"
                    if sp.conj != Conjunction::AsWellAs
                        && let Some(sp2) = self.sep(&it, b)
                        && sp2.conj == Conjunction::AsWellAs
                        && let Some(it2) = self.item(sp2.item_word, b)
                        && it2.kind == first.kind
                    {
                        items.push(it2);
                        seps.push(sp2);
                        resume = it2.next;
                    }
                    break;
                }
            }
            let last_conj = seps.last().is_some_and(|s| s.kind == SeparatorKind::Conj);
            // "Nestle, Procter and Gamble, and Danone": a second ", and" with another item
            // after it means the first "and" may be inside an item; the comma cannot be told.
            let and_inside = last_conj
                && self.sep(&items[items.len() - 1], b).is_some_and(|sp2| {
                    sp2.serial
                        && matches!(sp2.conj, Conjunction::And | Conjunction::Or)
                        && self
                            .item(sp2.item_word, b)
                            .is_some_and(|it| it.kind == first.kind)
                });
            let known = |i: &Item| i.entity.is_some();
            // ("Members: Algeria, Angola, Congo, Ecuador, Gabon, …": one name the data cannot
            // place, after the first, among four or more it knows.)
            let unknown = items.iter().filter(|i| !known(i)).count();
            let valid = (items.len() >= 2 && last_conj)
                || (items.len() >= 3
                    && first.kind == ItemKind::Name
                    && seps.iter().all(|s| s.kind == SeparatorKind::Comma)
                    && (unknown == 0
                        || (unknown == 1
                            && items.len() >= 5
                            && known(&items[0])
                            && items.iter().all(|i| i.kind == ItemKind::Name))));
            if valid {
                self.trim_first(&mut items, &mut seps, a);
                if items.len() >= 2 {
                    let mut s = self.make_inline(block, window, b, &items, &seps);
                    if and_inside {
                        s.uses_serial_comma = None;
                    }
                    // "19 countries plus the EU and the AU: A, B, …": the added names do
                    // not end the words the next list's subject is read from.
                    let f = items[0].start;
                    let added = (f.saturating_sub(2).max(a)..f)
                        .any(|k| crate::data::claim_words::is_addition(self.w(k)));
                    if !added {
                        window = resume.min(b);
                    }
                    out.push(s);
                }
            } else if items.len() >= 3 && seps.iter().all(|s| s.kind == SeparatorKind::Comma) {
                // A comma chain that is not a list as a whole may hold one: "Paris, London,
                // France, Germany, Italy" holds "France, Germany, Italy".
                let mut run = 0;
                for i in 0..=items.len() {
                    if i < items.len() && known(&items[i]) {
                        run += 1;
                        continue;
                    }
                    if run >= 3 {
                        let r = i - run..i;
                        let s = self.make_inline(
                            block,
                            window,
                            b,
                            &items[r.clone()],
                            &seps[r.start..r.end - 1],
                        );
                        window = items[i - 1].next.min(b);
                        out.push(s);
                    }
                    run = 0;
                }
            }
            k = resume.max(k + 1);
        }
        self.semicolons(block, a, b, out);
        if !self.doc.blocks[block as usize].kind.is_heading() {
            self.phrases(block, a, b, before, out);
        }
    }

    /// Fixes the first item's left edge: "Leaders of Russia" → "Russia", "Includes China"
    /// → "China"; drops an introductory word or place ("Meanwhile, China and Russia …",
    /// "In Beijing, China and Russia said …").
    pub(super) fn trim_first(
        &mut self,
        items: &mut Vec<Item>,
        seps: &mut Vec<Separator>,
        a: usize,
    ) {
        let first = items[0];
        if first.kind != ItemKind::Name {
            return;
        }
        if first.entity.is_none() && first.end > first.core {
            let end = first.end;
            let mut cut = None;
            for m in first.core + 1..=end {
                if self.gap_is(m, Punct::Space)
                    && let Some((j, e)) = self.known_at(m, end + 1)
                    && j == end
                {
                    cut = Some((m, e));
                    break;
                }
            }
            if let Some((m, e)) = cut {
                let it = &mut items[0];
                it.start = m;
                it.core = m;
                it.entity = Some(e);
                it.span.start = self.doc.words[m].span.start;
            } else if first.core == a
                && (LEAD_WORDS.contains(&self.w(a).to_ascii_lowercase().as_str())
                    || INTRO_PREPOSITIONS.contains(&self.w(a).to_ascii_lowercase().as_str()))
            {
                let m = a + 1;
                let it = &mut items[0];
                it.start = m;
                it.core = m;
                it.span.start = self.doc.words[m].span.start;
            }
        }
        let first = items[0];
        // "Meanwhile, China and Russia …", "Thursday, …", "In Beijing, China and Russia said
        // …": an opening word or place, not a first item. "Apple, Google and Microsoft" keeps
        // Apple.
        let opener = {
            let w = self.w(first.core);
            let l = w.to_ascii_lowercase();
            (l.len() > 4 && l.ends_with("ly"))
                || OPENERS.contains(&l.as_str())
                || crate::text::date::month_number(w).is_some_and(|_| l.len() >= 5 || l == "may")
        };
        let at_start = (first.start == a && opener)
            || (first.start == a + 1
                && INTRO_PREPOSITIONS.contains(&self.w(a).to_ascii_lowercase().as_str()));
        // "The five permanent members of the Security Council, China, France, …": the group
        // ends the counted noun phrase before the list, it is not a first item.
        let group_of = first.entity.is_none()
            && first.start >= 2
            && self.lower_is_word(first.start - 1, "of")
            && self.doc.group_mentions.iter().any(|m| {
                m.end_word as usize == first.end + 1 && m.first_word as usize <= first.core
            })
            && items[1..].iter().all(|it| it.entity.is_some());
        // "The Visegrad Four, Poland, Hungary, …, signed": a group whose name carries a
        // count, set before about that many countries, is the list's subject.
        let counted_name = first.entity.is_none()
            && first.note.is_none()
            && self.doc.group_mentions.iter().any(|m| {
                m.end_word as usize == first.end + 1
                    && m.first_word as usize <= first.core
                    && crate::doc::series::subject::name_count(self.doc.slice(m.span))
                        .is_some_and(|n| (n.max(3) - 1..=n + 1).contains(&(items.len() as u32 - 1)))
                    // Mostly the group's own members: "The Visegrad Four, Austria, Slovenia
                    // and Croatia signed" lists who signed.
                    && {
                        let g = crate::data::groups::get().get(m.group);
                        let ours = items[1..]
                            .iter()
                            .filter(|it| it.entity.is_some_and(|e| g.ever(e, Role::Member)))
                            .count();
                        ours >= 2 && ours * 2 >= items.len() - 1
                    }
            })
            && items[1..].iter().all(|it| it.entity.is_some());
        if items.len() >= 4 && counted_name && seps[0].kind == SeparatorKind::Comma {
            items.remove(0);
            seps.remove(0);
            return;
        }
        if items.len() >= 3 && group_of && seps[0].kind == SeparatorKind::Comma {
            items.remove(0);
            seps.remove(0);
            return;
        }
        if items.len() >= 3
            && at_start
            && first.entity.is_none()
            && first.core == first.end
            && first.note.is_none()
            && seps[0].kind == SeparatorKind::Comma
        {
            items.remove(0);
            seps.remove(0);
        }
    }

    fn lower_is_word(&self, i: usize, lower: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(lower)
    }

    /// A name after a word or two that describe it, starting at word `k`: "the capital
    /// Naypyitaw", "host nation France", "neighbouring Poland". The item's span covers the
    /// words; its key is the name's. Not after a word that qualifies the list ("and even
    /// Russia", "and possibly Iran", "and then Berlin"), a quantifier ("and many other
    /// Facebook products") or a word of a post ("Ana Ruiz, Safety Liaison and former
    /// Information Officer" is one person).
    fn described_item(&mut self, k: usize, b: usize) -> Option<Item> {
        let mut j = k + usize::from(self.exact(k, "the"));
        let from = j;
        while j < b && j - from < 2 && self.shape(j) == Shape::Lower && {
            let w = self.w(j);
            !w.ends_with("ly")
                && !FUNCTION_WORDS.contains(&w)
                && !NOT_ITEMS.contains(&w)
                && !LEAD_WORDS.contains(&w)
                && !OPENERS.contains(&w)
                && !matches!(
                    w,
                    "most"
                        | "more"
                        | "less"
                        | "soon"
                        | "perhaps"
                        | "other"
                        | "many"
                        | "several"
                        | "some"
                        | "all"
                        | "various"
                        | "numerous"
                        | "former"
                        | "acting"
                        | "deputy"
                        | "interim"
                        | "late"
                )
        } {
            j += 1;
        }
        if j == from
            || j >= b
            || !(from + 1..=j).all(|i| self.gap_is(i, Punct::Space))
            || !self.namey(j)
        {
            return None;
        }
        let mut it = self.item(j, b)?;
        if it.kind != ItemKind::Name || it.core != j {
            return None;
        }
        it.start = k;
        it.span.start = self.doc.words[k].span.start;
        Some(it)
    }

    pub(super) fn normal(&self, it: &Item) -> Normal {
        let words = &self.doc.words;
        let s = self.doc.decoded(Span::new(
            words[it.core].span.start(),
            words[it.end].span.end(),
        ));
        Normal {
            key: fold(&s),
            entity: it.entity,
        }
    }

    pub(super) fn make_inline(
        &mut self,
        block: BlockId,
        window: usize,
        b: usize,
        items: &[Item],
        seps: &[Separator],
    ) -> Series {
        let mut out_items = Vec::with_capacity(items.len());
        for (i, it) in items.iter().enumerate() {
            let sep = if i == 0 {
                Span::new(it.span.start(), it.span.start())
            } else {
                Span::new(items[i - 1].full_end(), it.span.start())
            };
            out_items.push(SeriesItem {
                span: it.span,
                note: it.note,
                note_kind: it.note_kind,
                sep,
                norm: self.normal(it),
                bounded: true,
            });
        }
        let last = seps.last();
        let conjunction = match last {
            Some(s) if s.kind == SeparatorKind::Conj => s.conj,
            _ => Conjunction::None,
        };
        let n = items.len();
        // "Ernst & Young": an ampersand joins a name more often than a list.
        let amp =
            n >= 2 && self.text[items[n - 2].full_end()..items[n - 1].span.start()].contains('&');
        let uses_serial_comma = match last {
            Some(s)
                if n >= 3
                    && s.kind == SeparatorKind::Conj
                    && matches!(s.conj, Conjunction::And | Conjunction::Or)
                    && !amp
                    && !items[n - 2].pos_note =>
            {
                Some(s.serial)
            }
            _ => None,
        };
        let kind = if self.in_fact_box(block) {
            SeriesKind::FactBoxLine
        } else {
            SeriesKind::Inline
        };
        let last_it = items[n - 1];
        let mut d = subject::describe_inline(
            self,
            block,
            window,
            items[0].start,
            last_it.next,
            b,
            last_it.rest,
        );
        if d.relative && d.count.is_none_or(|c| c.n as usize != n) {
            d.claim = None;
            d.count = None;
        }
        Series {
            kind,
            items_kind: items[0].kind,
            block,
            span: Span::new(items[0].span.start(), last_it.full_end()),
            items: out_items,
            conjunction,
            uses_serial_comma,
            lead_in: d.lead_in,
            claim: d.claim,
            count: d.count,
            sure: false,
        }
    }
}
