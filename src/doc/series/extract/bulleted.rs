//! Bulleted and numbered lists: one item per list item, read with the heading or colon
//! paragraph above.

use crate::doc::series::extractor::{Extractor, Punct, classify};
use crate::doc::series::subject::Describe;
use crate::doc::series::{
    Conjunction, ItemKind, NoteKind, Series, SeriesItem, SeriesKind, subject,
};
use crate::doc::{BlockId, BlockKind};
use crate::span::Span;

impl Extractor<'_, '_> {
    /// A bulleted or numbered list whose items are names ("- Kazakhstan (founding member)").
    pub(super) fn bulleted(&mut self, list: BlockId, out: &mut Vec<Series>) {
        let doc = self.doc;
        let lb = &doc.blocks[list as usize];
        let children: Vec<BlockId> = doc.blocks[list as usize + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, b)| b.span.start < lb.span.end || b.parent == Some(list))
            .filter(|(_, b)| b.parent == Some(list) && matches!(b.kind, BlockKind::ListItem { .. }))
            .map(|(i, _)| list + 1 + i as BlockId)
            .collect();
        if children.len() < 2 {
            return;
        }
        let mut items = Vec::with_capacity(children.len());
        let mut kind = None;
        for &c in &children {
            let r = doc.blocks[c as usize].words();
            if r.is_empty() {
                return;
            }
            let (s, e) = (r.start, r.end);
            let Some(it) = self.item(s, e) else { return };
            if it.start != s || *kind.get_or_insert(it.kind) != it.kind {
                return;
            }
            // What follows the name: nothing, a closing "and"/"or", or a note set off by
            // punctuation ("— joined 2004", ": founding member", ", chief executive").
            let mut note = it.note;
            let mut note_kind = it.note_kind;
            if it.next < e {
                let tail_is_conj =
                    it.next + 1 == e && (self.exact(it.next, "and") || self.exact(it.next, "or"));
                if !tail_is_conj {
                    let g = classify(self.rest_text(&it));
                    let commas = (it.next + 1..e).any(|i| self.gap_is(i, Punct::Comma));
                    let ok = match g {
                        Punct::Dash | Punct::Colon | Punct::Open => e - it.next <= 8,
                        Punct::Comma => e - it.next <= 5 && !commas,
                        _ => false,
                    };
                    if !ok || (self.exact(it.next, "and") || self.exact(it.next, "or")) {
                        return;
                    }
                    let rest =
                        Span::new(doc.words[it.next].span.start(), doc.words[e - 1].span.end());
                    note = Some(note.map_or(rest, |n| n.cover(rest)));
                    note_kind = Some(NoteKind::Trailing);
                }
            }
            items.push(SeriesItem {
                span: it.span,
                note,
                note_kind,
                sep: Span::new(it.span.start(), it.span.start()),
                norm: self.normal(&it),
                bounded: true,
            });
        }
        let d: Describe = subject::describe_bulleted(self, list);
        let span = items[0].span.cover(items[items.len() - 1].full());
        out.push(Series {
            kind: SeriesKind::Bulleted,
            items_kind: kind.unwrap_or(ItemKind::Name),
            block: list,
            span,
            items,
            conjunction: Conjunction::None,
            uses_serial_comma: None,
            lead_in: d.lead_in,
            claim: d.claim,
            count: d.count,
            sure: false,
        });
    }
}
