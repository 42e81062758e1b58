//! Lists of one group's members that disagree with each other (fact box against body).

use std::fmt::Write as _;

use crate::data::countries::EntityId;
use crate::data::groups::{self, GroupId, Role};
use crate::diagnostic::Finding;
use crate::doc::{BlockKind, Document, Series};
use crate::rules::Context;

use super::lists::List;
use super::words::{GroupName, names, names_in, plural};

fn in_fact_box(doc: &Document<'_>, s: &Series) -> bool {
    let mut p = Some(s.block);
    while let Some(id) = p {
        if doc.blocks[id as usize].kind == BlockKind::FactBox {
            return true;
        }
        p = doc.blocks[id as usize].parent;
    }
    false
}

/// Lists of one group's members that disagree with each other.
pub(super) fn between_lists(
    doc: &Document<'_>,
    lists: &[List],
    flagged: &[bool],
    cx: &mut Context<'_>,
) {
    let groups = groups::get();
    // Lists by group and role, in document order.
    let mut buckets: Vec<((GroupId, Role), Vec<usize>)> = Vec::new();
    for (i, l) in lists.iter().enumerate() {
        if l.past || l.founding {
            continue;
        }
        match buckets.iter_mut().find(|(k, _)| *k == (l.group, l.role)) {
            Some((_, v)) => v.push(i),
            None => buckets.push(((l.group, l.role), vec![i])),
        }
    }
    for (_, same) in buckets {
        if same.len() < 2 {
            continue;
        }
        // The reference: the first complete list without a repeat.
        let Some(&r) = same
            .iter()
            .find(|&&i| lists[i].exhaustive && lists[i].repeated().is_empty())
            .or_else(|| same.iter().find(|&&i| lists[i].exhaustive))
        else {
            continue;
        };
        let reference = &lists[r];
        if flagged[reference.index] {
            continue;
        }
        let g = groups.get(reference.group);
        let ref_set = reference.distinct(g);
        for &o in &same {
            let other = &lists[o];
            if o == r || flagged[other.index] {
                continue;
            }
            let set = other.distinct(g);
            let extra: Vec<EntityId> = set.difference(&ref_set).copied().collect();
            let missing: Vec<EntityId> = if other.exhaustive {
                ref_set.difference(&set).copied().collect()
            } else {
                Vec::new()
            };
            let repeated = if other.exhaustive {
                other.repeated()
            } else {
                Vec::new()
            };
            if extra.is_empty() && missing.is_empty() && repeated.is_empty() {
                continue;
            }
            let (rs, os) = (&doc.series[reference.index], &doc.series[other.index]);
            let gname = GroupName::new(doc, other, g).bare;
            let role = other.role.plural();
            let where_ = if in_fact_box(doc, rs) && !in_fact_box(doc, os) {
                "the fact box".to_string()
            } else {
                format!(
                    "the list at line {}",
                    doc.source.line_col(rs.span.start()).0
                )
            };
            let mut parts = Vec::new();
            if !repeated.is_empty() {
                parts.push(format!(
                    "{} {} named twice",
                    names_in(doc, os, &repeated),
                    if repeated.len() == 1 { "is" } else { "are" }
                ));
            }
            if !missing.is_empty() {
                parts.push(format!(
                    "{} {} missing",
                    names(&missing),
                    if missing.len() == 1 { "is" } else { "are" }
                ));
            }
            if !extra.is_empty() {
                parts.push(format!(
                    "{} {} not in {where_}",
                    names_in(doc, os, &extra),
                    if extra.len() == 1 { "is" } else { "are" }
                ));
            }
            let mut message = format!(
                "{gname} {role} are listed differently here and in {where_}: {}",
                parts.join(", ")
            );
            if other.exhaustive && other.entities.len() != ref_set.len() {
                let _ = write!(
                    message,
                    " ({} against {})",
                    plural(other.entities.len(), "name", "names"),
                    plural(ref_set.len(), other.role.singular(), role)
                );
            }
            cx.report(
                Finding::new(os.span, message)
                    .label(
                        rs.span,
                        format!(
                            "{} listed here",
                            plural(ref_set.len(), other.role.singular(), role)
                        ),
                    )
                    .help("make the two lists agree"),
            );
        }
    }
}
