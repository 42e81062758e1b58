//! Prose blocks: opening and closing a leaf (its kind from its element or its wording),
//! fact boxes opened by a heading, and an `img`'s `alt` and `title` as captions.

use super::elements::{ProseRole, heading_level};
use super::tokenizer::scan_attributes;
use super::tree::{HeadingFactBox, Leaf, MAX_SCOPE, TreeBuilder};
use crate::doc::build::RunIn;
use crate::doc::{BlockKind, CaptionSource, Gap, HoleKind};
use crate::parse::classify::{self, LineKind};
use crate::span::Span;
use crate::text::entity;

impl TreeBuilder<'_> {
    /// The kind of a prose block opened here, from its own element and the innermost
    /// element around it that says something about prose.
    pub(super) fn leaf_kind(&self, own: Option<&str>) -> (BlockKind, bool) {
        if let Some(h) = own.and_then(heading_level) {
            return (BlockKind::Heading { level: h }, true);
        }
        let floor = self.stack.len().saturating_sub(MAX_SCOPE);
        for e in self.stack[floor..].iter().rev() {
            match e.ctx {
                ProseRole::Item => {
                    return (
                        BlockKind::ListItem {
                            depth: self.list_depth.saturating_sub(1),
                        },
                        true,
                    );
                }
                ProseRole::Cell => return (BlockKind::TableCell, true),
                ProseRole::Quote => return (BlockKind::Quote, true),
                ProseRole::Caption | ProseRole::Figure => {
                    return (BlockKind::Caption(CaptionSource::Below), false);
                }
                ProseRole::Credit => return (BlockKind::Credit, true),
                ProseRole::None => {}
            }
        }
        (BlockKind::Paragraph, false)
    }

    pub(super) fn open_leaf(&mut self, start: usize, own: Option<&str>) {
        let (kind, fixed) = self.leaf_kind(own);
        let owner = own.map(|_| self.stack.len() - 1);
        self.leaf = Some(Leaf {
            kind,
            fixed,
            start,
            owner,
            runs: Vec::new(),
            gap: Gap::Space,
        });
    }

    /// Emits the open prose block, ending at `end` (an explicit end tag) or its last text.
    pub(super) fn close_leaf(&mut self, end: Option<usize>) {
        let Some(mut leaf) = self.leaf.take() else {
            return;
        };
        let text = self.text;
        trim_runs(text, &mut leaf.runs);
        let Some(last) = leaf.runs.last() else {
            return;
        };
        let end = end.unwrap_or(last.span.end()).max(last.span.end());
        let start = if leaf.owner.is_some() {
            leaf.start
        } else {
            leaf.runs[0].span.start()
        };
        let level = leaf.owner.unwrap_or(self.stack.len());
        let mut kind = leaf.kind;
        let needs_text = !leaf.fixed || kind.is_heading();
        let visible = if needs_text {
            visible_text(text, &leaf.runs)
        } else {
            String::new()
        };
        if !leaf.fixed {
            kind = match (kind, classify::classify(&visible)) {
                (_, LineKind::Credit) => BlockKind::Credit,
                (BlockKind::Paragraph, LineKind::Caption) => {
                    BlockKind::Caption(CaptionSource::Line)
                }
                (k, _) => k,
            };
        }
        self.fact_before_leaf(kind, level, start);
        if kind.is_heading()
            && self.fact.is_none()
            && !self.in_list_or_table()
            && classify::opens_fact_box(&visible)
        {
            // "SCO Facts": a fact box holding this heading, the list under it and the
            // source line under that.
            self.b.open(BlockKind::FactBox, start);
            self.fact = Some(HeadingFactBox::BeforeList(level));
        }
        self.b.leaf(kind, Span::new(start, end), &leaf.runs);
    }

    /// Inside a list, a table or a fact box already: a "… Facts" heading opens none.
    pub(super) fn in_list_or_table(&self) -> bool {
        self.stack
            .iter()
            .any(|e| e.list || e.fact || matches!(e.name, "table" | "li"))
    }

    /// A heading-opened fact box takes its list and one credit line under it; anything else
    /// at its level closes it.
    pub(super) fn fact_before_leaf(&mut self, kind: BlockKind, level: usize, at: usize) {
        match self.fact {
            Some(HeadingFactBox::AfterList(d)) if d == level => {
                if kind == BlockKind::Credit {
                    self.fact = Some(HeadingFactBox::Done);
                } else {
                    self.close_fact(at);
                }
            }
            Some(HeadingFactBox::Done) => self.close_fact(at),
            Some(HeadingFactBox::BeforeList(d)) if d == level => self.close_fact(at),
            _ => {}
        }
    }

    pub(super) fn close_fact(&mut self, at: usize) {
        if self.fact.take().is_some() {
            self.b.close(at);
        }
    }

    /// An `img`: its `alt` and `title` are captions; the rest of the tag is masked.
    pub(super) fn image(&mut self, span: Span) {
        let text = self.text;
        let mut alt = None;
        let mut title = None;
        scan_attributes(text.as_bytes(), span, |name, value| {
            let n = &text[name];
            if n.eq_ignore_ascii_case("alt") {
                alt = value;
            } else if n.eq_ignore_ascii_case("title") {
                title = value;
            }
        });
        let mut parts: Vec<(Span, BlockKind)> = Vec::new();
        for (v, source) in [(alt, CaptionSource::Alt), (title, CaptionSource::Title)] {
            if let Some(r) = v {
                let s = Span::from(r);
                let body = &text[s.range()];
                if !body.trim().is_empty() {
                    parts.push((s, BlockKind::Caption(source)));
                }
            }
        }
        parts.sort_by_key(|p| p.0);
        let mut at = span.start();
        for (s, _) in &parts {
            self.b.hole(Span::new(at, s.start()), HoleKind::Html);
            at = s.end();
        }
        self.b.hole(Span::new(at, span.end()), HoleKind::Html);
        for (s, kind) in parts {
            let mut runs = vec![RunIn {
                span: s,
                before: Gap::Space,
            }];
            trim_runs(text, &mut runs);
            if let Some(r) = runs.first() {
                let r = r.span;
                self.b.leaf(kind, r, &runs);
            }
        }
    }
}

/// Drops white space at the edges of a block's runs (and runs left empty).
pub(super) fn trim_runs(text: &str, runs: &mut Vec<RunIn>) {
    while let Some(first) = runs.first_mut() {
        let s = &text[first.span.range()];
        let t = s.trim_start();
        first.span.start += (s.len() - t.len()) as u32;
        if t.is_empty() {
            runs.remove(0);
        } else {
            break;
        }
    }
    while let Some(last) = runs.last_mut() {
        let s = &text[last.span.range()];
        let t = s.trim_end();
        last.span.end = last.span.start + t.len() as u32;
        if t.is_empty() {
            runs.pop();
        } else {
            break;
        }
    }
}

/// The text a reader sees in some runs, for classifying a block by its wording.
pub(super) fn visible_text(text: &str, runs: &[RunIn]) -> String {
    let mut out = String::new();
    for r in runs {
        out.push_str(&entity::decode(&text[r.span.range()]));
    }
    out
}
