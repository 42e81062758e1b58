//! The stated count against the list: "its six members:" with seven names.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::data::groups;
use crate::diagnostic::Finding;
use crate::doc::{Document, GroupClaim, ItemKind};
use crate::rules::Context;
use crate::span::Span;

use super::lists::non_enumerated;
use super::words::{number, plural};

/// The stated count against the items: "its six members:" with seven names.
pub(super) fn counts(doc: &Document<'_>, claim: &GroupClaim, cx: &mut Context<'_>) {
    let Some(c) = claim.count else { return };
    let s = &doc.series[claim.list];
    if !claim.whole || s.items_kind == ItemKind::Number {
        return;
    }
    let mut forms: Vec<&str> = s.items.iter().map(crate::doc::SeriesItem::form).collect();
    let names = forms.len();
    forms.sort_unstable();
    forms.dedup();
    let distinct = forms.len();
    let stated = c.n as usize;
    if stated == distinct {
        return;
    }
    // "19 countries plus the European Union and the African Union: …": the names added
    // after the count may be listed or not.
    if c.span.end() <= s.span.start() {
        let between = doc.slice(Span::new(c.span.end(), s.span.start()));
        let adds = between
            .split_whitespace()
            .any(crate::data::claim_words::is_addition);
        let added = s
            .items
            .iter()
            .filter(|i| adds && between.contains(doc.slice(i.span)))
            .count();
        if (stated..=stated + added).contains(&distinct) {
            return;
        }
    }
    // "the G20's 19 members" over 19 states and the EU: the EU is not counted.
    if let Some(claim) = claim.subject {
        let g = groups::get().get(claim.group);
        let extra_unions = s
            .items
            .iter()
            .filter_map(crate::doc::SeriesItem::entity)
            .filter(|&e| non_enumerated(g, e, claim.role))
            .collect::<BTreeSet<_>>()
            .len();
        if extra_unions > 0 && stated + extra_unions == distinct {
            return;
        }
    }
    let stated_text = doc.slice(c.span);
    let mut message = format!(
        "the text says `{stated_text}` but the list names {}",
        number(distinct)
    );
    if names != distinct {
        let _ = write!(message, " ({} names, one repeated)", number(names));
    }
    cx.report(
        Finding::new(c.span, message)
            .label(
                s.span,
                format!("{} listed here", plural(distinct, "name", "names")),
            )
            .help("correct the number or the list"),
    );
}
