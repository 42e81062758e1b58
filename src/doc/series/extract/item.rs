//! One list item: a name (with a leading "the" and a known entity where there is one),
//! a number, and its note — "(observer)", ", second left,", ", Texas".
// Word indices are the currency here: `k`, `s`, `e`, `j` positions in a sentence ending
// before `b`.
#![allow(clippy::many_single_char_names)]

use super::vocab::{CONNECTORS, NAME_ABBREVIATIONS, POSITION_MODIFIERS, POSITIONS};
use crate::data::countries::{self, EntityId};
use crate::doc::Shape;
use crate::doc::series::extractor::{Extractor, Punct, classify};
use crate::doc::series::{ItemKind, NoteKind};
use crate::span::Span;
use crate::text::fold::name_key_into as fold_into;

/// An item found in the words.
#[derive(Clone, Copy, Debug)]
pub(super) struct Item {
    /// First word (a leading "the" included).
    pub start: usize,
    /// First word of the name itself.
    pub core: usize,
    /// Last word of the name, inclusive.
    pub end: usize,
    pub span: Span,
    pub note: Option<Span>,
    pub note_kind: Option<NoteKind>,
    /// The note is a caption position set off by commas (", second right,").
    pub pos_note: bool,
    /// The word after the item and its note.
    pub next: usize,
    /// Byte range of the punctuation after the item and its note, up to word `next`.
    pub rest: (usize, usize),
    pub kind: ItemKind,
    pub entity: Option<EntityId>,
}

impl Item {
    pub(super) fn full_end(&self) -> usize {
        self.note
            .map_or(self.span.end(), |n| n.end().max(self.span.end()))
    }
}

impl<'a> Extractor<'_, 'a> {
    pub(super) fn connector(&self, i: usize) -> bool {
        self.shape(i) == Shape::Lower && CONNECTORS.contains(&self.w(i))
    }

    /// The longest known entity name starting at word `k`, ending before word `b`.
    pub(super) fn known_at(&mut self, k: usize, b: usize) -> Option<(usize, EntityId)> {
        let countries = countries::get();
        // In HTML a name may hold a character reference ("C&ocirc;te d'Ivoire"): read decoded.
        let words = &self.doc.words;
        fold_into(&self.doc.word_str(k), &mut self.buf);
        let head = self.buf.split(' ').next().unwrap_or("");
        let longest = countries.longest_from(head);
        if longest == 0 {
            return None;
        }
        if longest == 1 && !self.buf.contains(' ') {
            // "China", "Kyrgyzstan's": the one word is the whole name or nothing.
            return countries.lookup(&self.buf).map(|e| (k, e));
        }
        // A name of n folded words spans at most n words of text ("U.S." is one word,
        // "Antigua & Barbuda" two).
        let mut reach = k;
        while reach + 1 < b && reach - k + 1 < longest.min(8) {
            match self.gap(reach + 1).map(classify) {
                Some(Punct::Space | Punct::Amp | Punct::Dot | Punct::Open | Punct::Close) => {
                    reach += 1;
                }
                _ => break,
            }
        }
        for j in (k..=reach).rev() {
            let s = self
                .doc
                .decoded(Span::new(words[k].span.start(), words[j].span.end()));
            fold_into(&s, &mut self.buf);
            if let Some(e) = countries.lookup(&self.buf) {
                return Some((j, e));
            }
        }
        None
    }

    /// Whether the "&" after word `e` joins one name ("Johnson & Johnson", "Procter & Gamble,
    /// Unilever") rather than the last two items of a list ("Britain, France & Germany"): the
    /// same word on both sides, or a list that goes on after the name the "&" leads to — an
    /// ampersand stands before the last item of a list, never in the middle of one.
    fn amp_joins_name(&self, e: usize, b: usize) -> bool {
        if self.w(e) == self.w(e + 1) {
            return true;
        }
        let mut j = e + 1;
        while j + 1 < b && j - e < 4 && self.gap_is(j + 1, Punct::Space) && self.namey(j + 1) {
            j += 1;
        }
        j + 1 < b
            && matches!(
                self.gap(j + 1).map(classify),
                Some(Punct::Comma | Punct::Semi)
            )
    }

    /// The last word of a capitalised name that starts at `start` and has reached `e`.
    pub(super) fn extend_chunk(&self, start: usize, mut e: usize, b: usize) -> usize {
        while e + 1 < b && e + 1 - start < 8 {
            // "Members: …, United States" over "Founded: 2007": a line that opens with a
            // label ("Founded:") or a fact-box line starts a new entry, not more of a name.
            if self.gap(e + 1).is_some_and(|g| g.contains('\n'))
                && (self.after(e + 1).starts_with(':') || self.in_fact_box(self.doc.words[e].block))
            {
                break;
            }
            let g = self.gap(e + 1).map(classify);
            if g == Some(Punct::Space) && self.namey(e + 1) {
                e += 1;
                continue;
            }
            if g == Some(Punct::Dot) && self.namey(e + 1) && {
                let w = self.w(e);
                NAME_ABBREVIATIONS.contains(&w)
                    || w.contains('.')
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            } {
                e += 1;
                continue;
            }
            if g == Some(Punct::Amp) && self.namey(e + 1) && self.amp_joins_name(e, b) {
                e += 1;
                continue;
            }
            if g == Some(Punct::Space) && self.connector(e + 1) {
                let mut c = e + 1;
                if c + 1 < b && self.gap_is(c + 1, Punct::Space) && self.connector(c + 1) {
                    c += 1;
                }
                if c + 1 < b && self.gap_is(c + 1, Punct::Space) && self.namey(c + 1) {
                    e = c + 1;
                    continue;
                }
            }
            break;
        }
        e
    }

    /// An item starting at word `k` of a sentence ending before word `b`.
    pub(super) fn item(&mut self, k: usize, b: usize) -> Option<Item> {
        if k >= b {
            return None;
        }
        let mut core = k;
        if (self.exact(k, "the") || self.w(k) == "The")
            && k + 1 < b
            && self.gap_is(k + 1, Punct::Space)
            && self.namey(k + 1)
        {
            core = k + 1;
        }
        let (end, kind, entity) = if core == k && self.shape(k) == Shape::Number {
            (k, ItemKind::Number, None)
        } else if self.namey(core) {
            let chunk_end = self.extend_chunk(core, core, b);
            match self.known_at(core, b) {
                Some((j, e)) if j >= chunk_end => {
                    // The name may go on: "Bosnia and Herzegovina Football Federation".
                    let j2 = self.extend_chunk(core, j, b);
                    if j2 > j {
                        (j2, ItemKind::Name, None)
                    } else {
                        (j, ItemKind::Name, Some(e))
                    }
                }
                _ => (chunk_end, ItemKind::Name, None),
            }
        } else {
            return None;
        };
        // "the United Kingdom's closest partners", "Iraq's neighbours": a possessive that
        // modifies a noun is not a list item itself.
        let w_last = self.w(end);
        if kind == ItemKind::Name
            && (w_last.ends_with("'s") || w_last.ends_with("’s") || w_last.ends_with("s'"))
            && end + 1 < b
            && self.gap_is(end + 1, Punct::Space)
            && self.shape(end + 1) == Shape::Lower
            && !self.exact(end + 1, "and")
            && !self.exact(end + 1, "or")
        {
            return None;
        }
        let words = &self.doc.words;
        let mut it = Item {
            start: k,
            core,
            end,
            span: Span::new(words[k].span.start(), words[end].span.end()),
            note: None,
            note_kind: None,
            pos_note: false,
            next: end + 1,
            rest: (words[end].span.end(), words[end].span.end()),
            kind,
            entity,
        };
        // "U.S.", "St.": the full stop belongs to the abbreviation.
        let w_end = self.w(end);
        if (w_end.contains('.') || NAME_ABBREVIATIONS.contains(&w_end))
            && self.after(end).starts_with('.')
        {
            it.span.end += 1;
            it.rest.0 += 1;
        }
        let after = &self.after(end)[it.rest.0 - words[end].span.end()..];
        match classify(after) {
            Punct::Open => self.paren_note(&mut it, after, b),
            Punct::Comma => {
                self.position_note(&mut it, b);
                if it.note.is_none() && it.kind == ItemKind::Name && it.entity.is_none() {
                    self.region_note(&mut it, b);
                }
            }
            _ => {}
        }
        let words = &self.doc.words;
        let p = it.next - 1;
        it.rest.1 = if it.next < words.len() && words[it.next].block == words[p].block {
            words[it.next].span.start()
        } else {
            words[p].span.end() + self.after(p).len()
        }
        .max(it.rest.0);
        Some(it)
    }

    /// "India (observer)": a short parenthesis without commas or a second name list.
    pub(super) fn paren_note(&self, it: &mut Item, after: &str, b: usize) {
        let words = &self.doc.words;
        let Some(open) = after.find('(') else { return };
        let open_at = words[it.end].span.end() + open;
        let mut j = it.end + 1;
        while j < b && j <= it.end + 8 {
            if j > it.end + 1 && (self.exact(j, "and") || self.exact(j, "or")) {
                return;
            }
            let g = self.after(j);
            let trimmed = g.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
            if trimmed.starts_with(')') {
                let close_at = words[j].span.end() + (g.len() - trimmed.len());
                it.note = Some(Span::new(open_at, close_at + 1));
                it.note_kind = Some(NoteKind::Paren);
                it.rest.0 = close_at + 1;
                it.next = j + 1;
                return;
            }
            if classify(g) != Punct::Space {
                return;
            }
            j += 1;
        }
    }

    /// ", left,", ", second right,": where a person stands in a photo.
    pub(super) fn position_note(&self, it: &mut Item, b: usize) {
        let s = it.end + 1;
        let mut j = s;
        while j < b && j < s + 3 && self.shape(j) == Shape::Lower {
            let w = self.w(j);
            if POSITIONS.contains(&w) {
                let closes = j + 1 >= b || {
                    let g = classify(self.after(j));
                    matches!(g, Punct::Comma | Punct::Close | Punct::Dot | Punct::Semi)
                };
                if !closes {
                    return;
                }
                let words = &self.doc.words;
                it.note = Some(Span::new(words[s].span.start(), words[j].span.end()));
                it.note_kind = Some(NoteKind::Position);
                it.pos_note = true;
                it.rest.0 = words[j].span.end();
                it.next = j + 1;
                return;
            }
            if !POSITION_MODIFIERS.contains(&w) && w != "from" {
                return;
            }
            if j > s && !self.gap_is(j, Punct::Space) {
                return;
            }
            j += 1;
        }
    }

    /// ", Texas": a state or province after a place name keeps the two together, so that
    /// "Paris, Texas, and Paris, France" is two places.
    pub(super) fn region_note(&mut self, it: &mut Item, b: usize) {
        let s = it.end + 1;
        if s >= b || !self.namey(s) {
            return;
        }
        let words = &self.doc.words;
        // "Ontario, Manitoba, and Quebec": a province after a province is the next item, not
        // where the first lies ("Washington, D.C." and "New York, New York" still are).
        fold_into(
            &self.text[words[it.core].span.start()..words[it.end].span.end()],
            &mut self.buf,
        );
        let item_region = crate::data::regions::is_region(&self.buf);
        let item_key = std::mem::take(&mut self.buf);
        for e in (s..(s + 4).min(b)).rev() {
            if !(s + 1..=e).all(|k| self.gap_is(k, Punct::Space)) {
                continue;
            }
            // "D.C.": the abbreviation's full stop is part of the region, not after it.
            let mut after = self.after(e);
            let dot = usize::from(self.w(e).contains('.') && after.starts_with('.'));
            after = &after[dot..];
            let closes = e + 1 >= b
                || matches!(
                    classify(after),
                    Punct::Comma | Punct::Dot | Punct::Close | Punct::Semi | Punct::Colon
                );
            if !closes {
                continue;
            }
            fold_into(
                &self.text[words[s].span.start()..words[e].span.end()],
                &mut self.buf,
            );
            if crate::data::regions::is_region(&self.buf) {
                if item_region && dot == 0 && self.buf != item_key {
                    return;
                }
                let end = words[e].span.end() + dot;
                it.note = Some(Span::new(words[s].span.start(), end));
                it.note_kind = Some(NoteKind::Region);
                it.rest.0 = end;
                it.next = e + 1;
                return;
            }
        }
    }

    pub(super) fn rest_text(&self, it: &Item) -> &'a str {
        &self.text[it.rest.0..it.rest.1]
    }
}
