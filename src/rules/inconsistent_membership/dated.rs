//! A list against the group's known membership on the article's date.

use std::fmt::Write as _;

use crate::data::countries::EntityId;
use crate::data::groups::{self, Group, Holds, Role};
use crate::diagnostic::Finding;
use crate::doc::Document;
use crate::text::date::Date;

use super::ArticleDate;
use super::lists::List;
use super::words::{GroupName, article, names, names_in, written};

/// A list against the group's known membership on the article's date.
pub(super) fn against_data(
    doc: &Document<'_>,
    l: &List,
    date: Option<ArticleDate>,
) -> Option<Finding> {
    let g = groups::get().get(l.group);
    let s = &doc.series[l.index];
    let gn = GroupName::new(doc, l, g);
    let gname = gn.bare.clone();
    let role = l.role;
    let distinct: Vec<EntityId> = {
        let mut v = Vec::new();
        for &e in &l.entities {
            if !v.contains(&e) {
                v.push(e);
            }
        }
        v
    };
    let item_span = |e: EntityId| {
        s.items
            .iter()
            .find(|i| i.entity() == Some(e))
            .map_or(s.span, |i| i.span)
    };
    if l.founding {
        return against_founders(doc, l, g, &gn, &distinct, &item_span);
    }
    let date = if l.past { None } else { date };
    let (extras, missing, when) = if let Some(ad) = date {
        let on = |d: Date| {
            if !g.active_on(d) {
                return None;
            }
            let extras: Vec<EntityId> = distinct
                .iter()
                .copied()
                .filter(|&e| g.holds(e, role, d) == Holds::No)
                .collect();
            let missing = if l.exhaustive {
                missing_on(g, role, d, &distinct)
            } else {
                Vec::new()
            };
            Some((extras, missing))
        };
        let d = ad.date;
        let mut found = on(d);
        // On the day of a change (a member joins or leaves, the group is dissolved) the
        // article may tell of the day before: "The six remaining members" of the Warsaw Pact
        // on the day they ended it.
        if found
            .as_ref()
            .is_none_or(|(x, m)| !x.is_empty() || !m.is_empty())
            && g.snapshots(role)
                .binary_search_by_key(&d, |s| s.date)
                .is_ok()
            && let Some(before) = on(d.pred())
        {
            if before.0.is_empty() && before.1.is_empty() {
                return None;
            }
            found.get_or_insert(before);
        }
        let (extras, missing) = found?;
        (extras, missing, Some(ad))
    } else {
        let never: Vec<EntityId> = distinct
            .iter()
            .copied()
            .filter(|&e| !g.ever(e, role))
            .collect();
        if !never.is_empty() {
            let mut d = Finding::new(
                item_span(never[0]),
                format!(
                    "{} {} never been {} of {}",
                    names_in(doc, s, &never),
                    if never.len() == 1 { "has" } else { "have" },
                    article(role),
                    gn.with_article()
                ),
            )
            .label(l.named_span, l.group_label(&gname));
            for &e in &never[1..] {
                d = d.label(item_span(e), "not one either");
            }
            return Some(d.help(format!(
                "check the list against {} {}",
                gn.possessive(),
                role.plural()
            )));
        }
        if !l.exhaustive {
            return None;
        }
        // Any membership the group has had will do; otherwise compare with the closest.
        let mut best: Option<(usize, Date, Vec<EntityId>, Vec<EntityId>)> = None;
        for snap in g.snapshots(role) {
            // A day when every member's start or end is known only to the month (the Quad
            // in February 2008): no list can be told from it.
            if snap.certain.is_empty() {
                continue;
            }
            let held = |e: &EntityId| {
                snap.certain.binary_search(e).is_ok() || snap.possible.binary_search(e).is_ok()
            };
            let extras: Vec<EntityId> = distinct.iter().copied().filter(|e| !held(e)).collect();
            let missing: Vec<EntityId> = snap
                .certain
                .iter()
                .copied()
                .filter(|e| !distinct.contains(e) && !g.non_enumerated(*e, role))
                .collect();
            let score = extras.len() + missing.len();
            if score == 0 {
                return None;
            }
            if best.as_ref().is_none_or(|b| score <= b.0) {
                best = Some((score, snap.date, extras, missing));
            }
        }
        let (_, d, extras, missing) = best?;
        let mut message = format!(
            "this list of {gname} {} matches no membership the group has had",
            role.plural()
        );
        let mut parts = Vec::new();
        if !missing.is_empty() {
            parts.push(format!("lacks {}", names(&missing)));
        }
        if !extras.is_empty() {
            parts.push(format!("adds {}", names_in(doc, s, &extras)));
        }
        let _ = write!(
            message,
            ": it {} (closest: the {} of {})",
            parts.join(" and "),
            role.plural(),
            written(d)
        );
        return Some(
            Finding::new(s.span, message)
                .label(l.named_span, l.group_label(&gname))
                .help("give the article a date (`--date`, or `date:` in its front matter) to check the list against that day"),
        );
    };
    if extras.is_empty() && missing.is_empty() {
        return None;
    }
    let when = when?;
    let on = written(when.date);
    let mut parts = Vec::new();
    // Former members and holders of another role are named as such: "`Mali` left ECOWAS
    // in January 2025", "`Iran` was an observer".
    let mut plain = Vec::new();
    let mut told: Vec<(String, Vec<EntityId>)> = Vec::new();
    for &e in &extras {
        match why_not(g, e, role, when.date) {
            Some(why) => match told.iter_mut().find(|(w, _)| *w == why) {
                Some((_, v)) => v.push(e),
                None => told.push((why, vec![e])),
            },
            None => plain.push(e),
        }
    }
    for (why, ids) in &told {
        let why = why.replace("{group}", &gn.with_article());
        // "was an observer|were observers": the singular and plural wording.
        let (one, many) = why.split_once('|').unwrap_or((why.as_str(), why.as_str()));
        let why = if ids.len() > 1 { many } else { one };
        parts.push(format!("{} {why}", names_in(doc, s, ids)));
    }
    if !plain.is_empty() {
        parts.push(format!(
            "{} {} not {} then",
            names_in(doc, s, &plain),
            if plain.len() == 1 { "was" } else { "were" },
            if plain.len() == 1 {
                article(role).to_string()
            } else {
                role.plural().to_string()
            }
        ));
    }
    if !missing.is_empty() {
        parts.push(missing_part(&missing));
    }
    let primary = extras.first().map_or(s.span, |&e| item_span(e));
    let mut d = Finding::new(
        primary,
        format!(
            "this list of {gname} {} does not match {on}: {}",
            role.plural(),
            parts.join("; ")
        ),
    )
    .label(l.named_span, l.group_label(&gname));
    for &e in extras.iter().skip(1) {
        d = d.label(item_span(e), format!("not {} either", article(role)));
    }
    if let Some(at) = when.at {
        d = d.label(at, "the article's date");
    }
    Some(d.help(format!(
        "check the list against {} {} on the article's date",
        gn.possessive(),
        role.plural()
    )))
}

/// Why an entity did not hold a role on `d`, when the data says more than "not then": it
/// left ("left {group} in January 2025"), joined later, or holds another role. `{group}`
/// stands for the group's name; a `|` parts singular from plural wording.
fn why_not(g: &Group, e: EntityId, role: Role, d: Date) -> Option<String> {
    let rows: Vec<_> = g.rows.iter().filter(|r| r.entity == e).collect();
    if let Some(other) = rows
        .iter()
        .find(|r| r.role != role && r.holds_on(d) != Holds::No)
    {
        return Some(format!(
            "is {}, not {}|are {}, not {}",
            article(other.role),
            article(role),
            other.role.plural(),
            role.plural()
        ));
    }
    if !rows.iter().any(|r| r.role == role) {
        return Some(format!(
            "has never been {} of {{group}}|have never been {} of {{group}}",
            article(role),
            role.plural()
        ));
    }
    let mine = rows.iter().filter(|r| r.role == role);
    let months = |x: Date| i64::from(x.year) * 12 + i64::from(x.month);
    // The earliest start after `d`.
    let next = mine.clone().map(|r| r.from.first).filter(|f| *f > d).min();
    // The latest end before `d`, unless the next start is nearer: a state in a later
    // presidency trio "joined only in July 2026", not "left in June 2014".
    let left = mine
        .clone()
        .filter_map(|r| r.until)
        .filter(|u| u.last <= d)
        .map(|u| {
            // `until` is the first day without the role: a row ending "2020-02-01" was
            // left on 31 January.
            let mut m = u.first;
            if u.first == u.last && m.day == 1 {
                if m.month == 1 {
                    m.month = 12;
                    m.year -= 1;
                } else {
                    m.month -= 1;
                }
            }
            m
        })
        .max();
    let month_year = |x: Date| format!("{} {}", crate::text::date::month_name(x.month), x.year);
    // A gap of a few years between two rows is an absence, such as a suspension:
    // "`Paraguay` was out of Mercosur from June 2012 until August 2013".
    if let (Some(u), Some(f)) = (left, next)
        && months(f) - months(u) <= 60
    {
        let when = format!("from {} until {}", month_year(u), month_year(f));
        return Some(if role == Role::Member {
            format!("was out of {{group}} {when}|were out of {{group}} {when}")
        } else {
            format!(
                "was not {} of {{group}} {when}|were not {} of {{group}} {when}",
                article(role),
                role.plural()
            )
        });
    }
    let left =
        left.filter(|u| next.is_none_or(|f| months(d) - months(*u) <= months(f) - months(d)));
    if let Some(u) = left {
        let when = format!("in {} {}", crate::text::date::month_name(u.month), u.year);
        return Some(role_change(role, "left", "stopped being", &when));
    }
    if let Some(f) = next {
        let when = format!(
            "only in {} {}",
            crate::text::date::month_name(f.month),
            f.year
        );
        return Some(role_change(role, "joined", "became", &when));
    }
    None
}

/// How an entity came to hold or stopped holding `role` of `{group}`, `when`: a member
/// "joined" or "left" the group; another role is held, not joined ("`Georgia` became a
/// candidate of the EU only in December 2023"). A `|` parts singular from plural wording.
fn role_change(role: Role, member: &str, other: &str, when: &str) -> String {
    if role == Role::Member {
        format!("{member} {{group}} {when}")
    } else {
        format!(
            "{other} {} of {{group}} {when}|{other} {} of {{group}} {when}",
            article(role),
            role.plural()
        )
    }
}

/// Entities that certainly held the role on `d` and are not in the list (members articles
/// leave out, such as the EU in the G20, excepted).
fn missing_on(g: &Group, role: Role, d: Date, listed: &[EntityId]) -> Vec<EntityId> {
    let mut v: Vec<EntityId> = g
        .rows_of(role)
        .filter(|r| {
            !r.non_enumerated && r.holds_on(d) == Holds::Certainly && !listed.contains(&r.entity)
        })
        .map(|r| r.entity)
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// A list of founding members against the members whose row starts on the founding date.
fn against_founders(
    doc: &Document<'_>,
    l: &List,
    g: &Group,
    gn: &GroupName,
    distinct: &[EntityId],
    item_span: &dyn Fn(EntityId) -> crate::span::Span,
) -> Option<Finding> {
    let founders = g.founders();
    if founders.is_empty() {
        return None;
    }
    let s = &doc.series[l.index];
    let extras: Vec<EntityId> = distinct
        .iter()
        .copied()
        .filter(|e| founders.binary_search(e).is_err())
        .collect();
    let missing: Vec<EntityId> = if l.exhaustive {
        founders
            .iter()
            .copied()
            .filter(|e| !distinct.contains(e))
            .collect()
    } else {
        Vec::new()
    };
    if extras.is_empty() && missing.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    for &e in &extras {
        let joined = g
            .rows
            .iter()
            .filter(|r| r.entity == e && r.role == Role::Member)
            .map(|r| r.from.first)
            .min();
        let founded = g.founded.map(|f| f.first);
        parts.push(match joined {
            // (A member before the founding that was out on the day: "Uzbekistan" when the
            // CSTO's charter was signed in October 2002.)
            Some(from) if founded.is_some_and(|day| from < day) => {
                let day = founded.unwrap_or(from);
                format!(
                    "{} was not a member when {} was founded in {} {}",
                    names_in(doc, s, &[e]),
                    gn.with_article(),
                    crate::text::date::month_name(day.month),
                    day.year
                )
            }
            Some(f) => format!(
                "{} joined {} only in {} {}",
                names_in(doc, s, &[e]),
                gn.with_article(),
                crate::text::date::month_name(f.month),
                f.year
            ),
            None => format!(
                "{} has never been a member of {}",
                names_in(doc, s, &[e]),
                gn.with_article()
            ),
        });
    }
    if !missing.is_empty() {
        parts.push(missing_part(&missing));
    }
    let primary = extras.first().map_or(s.span, |&e| item_span(e));
    let mut d = Finding::new(
        primary,
        format!(
            "this list of {} founding members does not match: {}",
            gn.possessive(),
            parts.join("; ")
        ),
    )
    .label(l.named_span, l.group_label(&gn.bare));
    for &e in extras.iter().skip(1) {
        d = d.label(item_span(e), "not a founding member either");
    }
    Some(d.help(format!(
        "check the list against {} founding members",
        gn.possessive()
    )))
}

/// "`Mali` is missing", "`Mali` and `Niger` are missing".
fn missing_part(missing: &[EntityId]) -> String {
    format!(
        "{} {} missing",
        names(missing),
        if missing.len() == 1 { "is" } else { "are" }
    )
}
