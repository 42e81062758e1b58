//! The stated count against the list: "its six members:" with seven names.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::data::countries::EntityId;
use crate::data::groups::{self, GroupId, Holds, Role};
use crate::diagnostic::Finding;
use crate::doc::{Document, GroupClaim, ItemKind, Series};
use crate::rules::Context;
use crate::span::Span;
use crate::text::date::Date;

use super::words::{self, named_group, number, plural};

/// The stated count against the items: "its six members:" with seven names.
pub(super) fn counts(
    doc: &Document<'_>,
    claim: &GroupClaim,
    date: Option<Date>,
    cx: &mut Context<'_>,
) {
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
            .filter(|&e| g.non_enumerated(e, claim.role))
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
    if claim.subject.is_none()
        && let Some(d) = date
        && let Some((g, left)) = left_out(s, stated, d)
    {
        let _ = write!(
            message,
            "; {} {} members also include {}",
            words::possessive(&named_group(groups::get().get(g))),
            number(stated),
            words::names(&left)
        );
    } else if let Some(cl) = claim.subject
        && let Some(d) = date
        && !claim.past
        && let Some(left) = missing_on(s, cl.group, cl.role, stated, d)
    {
        // "**Members (11):**" over the ten older ASEAN members: which one the list lacks.
        let _ = write!(
            message,
            "; {} {} members also include {}",
            words::possessive(&named_group(groups::get().get(cl.group))),
            number(stated),
            words::names(&left)
        );
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

/// The holders of `role` in `group` on `d` that a list naming only holders leaves out, when
/// the group has exactly `stated` of them on that day.
fn missing_on(
    s: &Series,
    group: GroupId,
    role: Role,
    stated: usize,
    d: Date,
) -> Option<Vec<EntityId>> {
    let g = groups::get().get(group);
    let holders: BTreeSet<EntityId> = g
        .rows_of(role)
        .filter(|r| r.holds_on(d) == Holds::Certainly && !r.non_enumerated)
        .map(|r| r.entity)
        .collect();
    let mut listed = BTreeSet::new();
    for i in &s.items {
        let e = i.entity()?;
        if !holders.contains(&e) {
            return None;
        }
        listed.insert(e);
    }
    let left: Vec<EntityId> = holders.difference(&listed).copied().collect();
    (holders.len() == stated && !left.is_empty()).then_some(left)
}

/// "All five Nordic countries, Denmark, Finland, Norway and Sweden": a short list with no
/// group named, whose names all belong to exactly one group that has `stated` members on the
/// date. Returns that group and the members the list leaves out.
fn left_out(s: &Series, stated: usize, d: Date) -> Option<(GroupId, Vec<EntityId>)> {
    let mut listed: Vec<EntityId> = Vec::new();
    for i in &s.items {
        let e = i.entity()?;
        if !listed.contains(&e) {
            listed.push(e);
        }
    }
    // Two names fit too many small groups by chance ("the three countries, France and
    // Germany" need not be the Weimar Triangle).
    if listed.len() < 3 || listed.len() >= stated || 2 * listed.len() < stated {
        return None;
    }
    let all = groups::get();
    let mut found: Option<(GroupId, Vec<EntityId>)> = None;
    for (id, g) in all.groups.iter().enumerate() {
        if !listed
            .iter()
            .all(|&e| g.holds(e, Role::Member, d) == Holds::Certainly)
        {
            continue;
        }
        let mut members: Vec<EntityId> = g
            .rows_of(Role::Member)
            .filter(|r| r.holds_on(d) != Holds::No && !r.non_enumerated)
            .map(|r| r.entity)
            .collect();
        members.sort_unstable();
        members.dedup();
        if members.len() != stated {
            continue;
        }
        let left: Vec<EntityId> = members
            .into_iter()
            .filter(|e| !listed.contains(e))
            .collect();
        if left.len() != stated - listed.len() {
            continue;
        }
        if found.is_some() {
            // Two groups fit: the text does not say which it means.
            return None;
        }
        found = Some((GroupId::try_from(id).ok()?, left));
    }
    found
}
