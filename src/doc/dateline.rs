//! The article's date as printed near its top: a date line ("June 7, 2012", "Published 7
//! June 2012 10:32 GMT"), or a dateline opening the first paragraph ("BEIJING, June 7, 2012
//! (Reuters) -"). A date inside ordinary prose ("founded on June 15, 2001") is not one. Also
//! the place a wire dateline opens the story with ("LONDON (Reuters) -"), read on demand.

use super::{BlockKind, Document, Gap, Shape};
use crate::span::Span;
use crate::text::date::find_written;

/// Words that put a date inside a sentence's telling rather than on a date line.
const PREPOSITIONS: &[&str] = &[
    "on", "since", "until", "till", "from", "before", "after", "through",
];

/// How many leading blocks are looked at.
const TOP_BLOCKS: usize = 8;

pub(crate) fn find(doc: &mut Document<'_>) {
    let mut found = None;
    for (id, block) in doc.leaves().take(TOP_BLOCKS) {
        let Some(span) = doc.prose_span(id) else {
            continue;
        };
        let text = doc.slice(span);
        let head = &text[..floor(text, 200)];
        let Some((date, r)) = find_written(head) else {
            continue;
        };
        let words = block.words.len();
        let before = head[..r.start].to_ascii_lowercase();
        let after = head[r.end..].trim_start();
        // (Not a short sentence that tells of the date: "You reduced your hours on
        // November 5, 1996.")
        let told = text.trim_end().ends_with('.')
            && before
                .split_whitespace()
                .next_back()
                .is_some_and(|w| PREPOSITIONS.contains(&w));
        let short_line = words <= 15 && !matches!(block.kind, BlockKind::Caption(_)) && !told;
        let labelled = ["published", "updated", "posted", "dated", "last modified"]
            .iter()
            .any(|l| before.contains(l));
        // "BEIJING, June 7, 2012 (Reuters) -", "June 7, 2012 — The SCO …"
        // (A place's abbreviation keeps its full stops: "RALEIGH, N.C., March 26, 2026",
        // "TORONTO, Ont., …".)
        let abbreviation = |tok: &str| {
            let tok = tok.trim_end_matches(',');
            tok.len() <= 6 && tok.ends_with('.') && tok.starts_with(|c: char| c.is_uppercase())
        };
        let opening = r.start <= 40
            && !before.contains(['!', '?'])
            && head[..r.start]
                .split_whitespace()
                .all(|tok| !tok.contains('.') || abbreviation(tok))
            && (after.starts_with(['-', '–', '—', '('])
                || after.starts_with('/')
                || after.is_empty());
        if short_line || labelled || opening {
            found = Some((
                date,
                Span::new(span.start() + r.start, span.start() + r.end),
            ));
            break;
        }
    }
    doc.meta.dateline = found;
}

impl Document<'_> {
    /// The place a wire dateline opens the story with ("LONDON (Reuters) -", "UEBERLINGEN,
    /// Germany (Reuters) -", "SAN FRANCISCO, May 2 -"): the span of its first word. It is
    /// the first paragraph of eight words or more among the leading blocks (a standfirst
    /// may come before it) that opens with one or two words in capitals and then a comma, a
    /// bracket or a dash.
    pub fn dateline_place(&self) -> Option<Span> {
        let caps = |i: usize| self.words[i].shape == Shape::AllCaps && self.word_text(i).len() >= 3;
        self.leaves()
            .take(TOP_BLOCKS)
            .filter(|(_, b)| b.kind == BlockKind::Paragraph && b.words.len() >= 8)
            .find_map(|(_, b)| {
                let first = b.words().start;
                let last = if caps(first + 1) && self.words[first + 1].gap == Gap::Space {
                    first + 1
                } else {
                    first
                };
                let after =
                    &self.text()[self.words[last].span.end()..self.words[last + 1].span.start()];
                (caps(first) && after.trim_start().starts_with([',', '(', '-', '–', '—']))
                    .then_some(self.words[first].span)
            })
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
