//! Finding the series of a document: inline lists sentence by sentence, bulleted lists
//! container by container, semicolon lists, and lower-case phrase lists. One pass over the
//! words; every chain of items is parsed once, so a 10,000-item list costs 10,000 steps.
// Word indices are the currency here: `a..b` a sentence, `k`, `s`, `e` positions in it.
#![allow(clippy::many_single_char_names)]

use crate::doc::series::extractor::Extractor;
use crate::doc::series::{confidence, subject};
use crate::doc::{BlockId, BlockKind, Document};

mod bulleted;
mod inline;
mod item;
mod phrase;
mod semicolon;
mod separator;
pub(super) mod vocab;

/// Finds every series and group mention and stores them in the document.
pub(crate) fn build(doc: &mut Document<'_>) {
    doc.group_mentions = subject::find_mentions(doc);
    let mut out = Vec::new();
    {
        let mut x = Extractor::new(doc);
        for (id, block) in doc.leaves() {
            for s in block.sentences() {
                let r = doc.sentences[s].words.clone();
                x.sentence(id, r.start as usize, r.end as usize, &mut out);
            }
        }
        for (id, block) in doc.blocks.iter().enumerate() {
            if matches!(block.kind, BlockKind::List { .. }) {
                x.bulleted(id as BlockId, &mut out);
            }
        }
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    confidence::mark(doc, &mut out);
    doc.claims = crate::doc::series::GroupClaim::read(&out);
    doc.series = out;
}
