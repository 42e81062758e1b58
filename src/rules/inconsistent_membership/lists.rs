//! The lists the text says name a group's members (or observers …).

use std::collections::BTreeSet;

use crate::data::countries::EntityId;
use crate::data::groups::{self, Group, GroupId, Holds, Role};
use crate::doc::{ClaimSource, Document, ItemKind, Qualifier};
use crate::span::Span;
use crate::text::date::Date;

/// A list the text says names a group's members (or observers …).
// The flags are independent facts about the list, not states of one machine.
#[allow(clippy::struct_excessive_bools)]
pub(super) struct List {
    pub(super) index: usize,
    pub(super) group: GroupId,
    pub(super) role: Role,
    /// Entities in order, repeats kept.
    pub(super) entities: Vec<EntityId>,
    pub(super) exhaustive: bool,
    pub(super) past: bool,
    /// Where the group is named (or, for a reference, the group taken to be meant).
    pub(super) named_span: Span,
    pub(super) inferred: bool,
    /// The list names the founding members.
    pub(super) founding: bool,
}

impl List {
    pub(super) fn distinct(&self, g: &Group) -> BTreeSet<EntityId> {
        self.entities
            .iter()
            .copied()
            .filter(|&e| !g.non_enumerated(e, self.role))
            .collect()
    }

    /// The label on the group's name.
    pub(super) fn group_label(&self, gname: &str) -> String {
        if self.inferred {
            format!("taken to be {gname} {}", self.role.plural())
        } else {
            format!("listed as {gname} {}", self.role.plural())
        }
    }

    pub(super) fn repeated(&self) -> Vec<EntityId> {
        let mut seen = BTreeSet::new();
        let mut rep = Vec::new();
        for &e in &self.entities {
            if !seen.insert(e) && !rep.contains(&e) {
                rep.push(e);
            }
        }
        rep
    }
}

/// Whether the list is set off after a name of its own, one the group data does not know
/// ("The Shanghai Five — China, Russia, … — was set up in 1996"): the word before its
/// lead-in is capitalised and does not open the sentence. Such a list is that body's, not
/// any group's it overlaps with.
fn named_body_before(doc: &Document<'_>, s: &crate::doc::Series) -> bool {
    lead_word(doc, s)
        .and_then(|(k, _)| k.checked_sub(1))
        .is_some_and(|head| capitalised_inside(doc, head))
}

/// The first word at or after the start of the list's lead-in, and the lead-in.
fn lead_word(
    doc: &Document<'_>,
    s: &crate::doc::Series,
) -> Option<(usize, crate::doc::series::LeadIn)> {
    let lead = s.lead_in?;
    let k = doc
        .words
        .partition_point(|w| w.span.start() < lead.span.start());
    Some((k, lead))
}

/// Whether word `k` is capitalised and does not open its sentence: a name.
fn capitalised_inside(doc: &Document<'_>, k: usize) -> bool {
    matches!(
        doc.words[k].shape,
        crate::doc::Shape::Capitalised | crate::doc::Shape::AllCaps
    ) && doc
        .sentence_of(k)
        .is_some_and(|t| t.words.start as usize != k)
}

/// Whether the list is what a newcomer joined ("Uzbekistan joined the grouping of Georgia,
/// Ukraine, Azerbaijan and Moldova on Saturday"): the members before it came, not after.
fn joined_object(doc: &Document<'_>, s: &crate::doc::Series) -> bool {
    let first = doc
        .words
        .partition_point(|w| w.span.start() < s.span.start());
    let Some(start) = doc.sentence_of(first).map(|t| t.words.start as usize) else {
        return false;
    };
    let join = |k: usize| matches!(doc.word_lower(k), "joined" | "joins" | "joining" | "join");
    (first.saturating_sub(5).max(start)..first)
        .rev()
        .find(|&k| join(k))
        .is_some_and(|k| {
            k + 1 == first
                || (doc.word_lower(first - 1) == "of"
                    && (k + 1..first).all(|j| doc.words[j].shape == crate::doc::Shape::Lower))
        })
}

/// Whether the list's lead-in is a label that names a body of its own ("In the EEA: Iceland,
/// Liechtenstein, Norway" in a box on EFTA): its first word is capitalised and does not open
/// its sentence.
fn named_label(doc: &Document<'_>, s: &crate::doc::Series) -> bool {
    lead_word(doc, s).is_some_and(|(k, lead)| {
        k < doc.words.len()
            && doc.words[k].span.start() < lead.span.end()
            && capitalised_inside(doc, k)
    })
}

/// Whether the list's sentence dates it to an earlier year, before the list and with no
/// verb of the present after it ("The group, which held its first summit in 2009 as BRIC,
/// with four members: …" in a 2013 story; not "NATO, founded in 1949, has 32 members: …").
fn year_before(doc: &Document<'_>, s: &crate::doc::Series, date: Option<Date>) -> bool {
    let Some(date) = date else {
        return false;
    };
    let first = doc
        .words
        .partition_point(|w| w.span.start() < s.span.start());
    let Some(sentence) = doc.sentence_of(first) else {
        return false;
    };
    let from = sentence.words.start as usize;
    let Some(year) = (from + 1..first).rev().find(|&k| {
        doc.words[k].shape == crate::doc::Shape::Number
            && doc.word_text(k).len() == 4
            && doc.word_lower(k - 1) == "in"
            && doc
                .word_text(k)
                .parse::<u16>()
                .is_ok_and(|y| (1900..date.year).contains(&y))
    }) else {
        return false;
    };
    // ("The Gulf council, set up in 1981, groups six states: …": an aside set off by a
    // comma, after which the sentence's own verb speaks of now.)
    let resumed = (year + 1..first)
        .find(|&k| {
            doc.text()[..doc.words[k].span.start()]
                .trim_end()
                .ends_with(',')
        })
        .is_some_and(|k| {
            doc.words[k].shape == crate::doc::Shape::Lower
                && !matches!(
                    doc.word_lower(k),
                    "with" | "and" | "as" | "including" | "among" | "from" | "in" | "of" | "at"
                )
        });
    !resumed
        && !(year + 1..first).any(|k| {
            matches!(
                doc.word_lower(k),
                "has"
                    | "have"
                    | "is"
                    | "are"
                    | "now"
                    | "today"
                    | "includes"
                    | "include"
                    | "comprises"
                    | "comprise"
                    | "counts"
                    | "remains"
                    | "remain"
            )
        })
}

/// Whether an item's note gives its standing: "(suspended since 2016)".
fn status_noted(doc: &Document<'_>, item: &crate::doc::SeriesItem) -> bool {
    let Some(note) = item.note else {
        return false;
    };
    let from = doc.words.partition_point(|w| w.span.start() < note.start());
    (from..doc.words.len())
        .take_while(|&k| doc.words[k].span.end() <= note.end())
        .any(|k| crate::data::claim_words::is_status(doc.word_text(k)))
}

/// The series that are lists of a group's members: claimed by the text, of known
/// countries only, not qualified. `date` is the article's.
pub(super) fn membership_lists(doc: &Document<'_>, date: Option<Date>) -> Vec<List> {
    let groups = groups::get();
    let mut out: Vec<List> = Vec::new();
    let mut unclaimed = Vec::new();
    for claim in &doc.claims {
        let index = claim.list;
        let s = &doc.series[index];
        if s.items_kind != ItemKind::Name || s.items.len() < 2 {
            continue;
        }
        // ("Venezuela (suspended since 2016)": an item whose note gives its standing is the
        // writer's call, not a slip.)
        let entities: Vec<EntityId> = s
            .items
            .iter()
            .filter(|i| !status_noted(doc, i))
            .filter_map(crate::doc::SeriesItem::entity)
            .collect();
        let unknown = s.items.iter().filter(|i| i.entity().is_none()).count();
        // A name the data does not know (a person, a misspelling) leaves a list the data
        // cannot check, unless the text claims the list for a group and it is one name
        // among many ("Congo", which the data cannot tell from the other Congo): then the
        // known names are still checked, as in a selection.
        if unknown > 0 && (claim.subject.is_none() || unknown > 1 || entities.len() < 4) {
            continue;
        }
        let past = claim.past || year_before(doc, s, date) || joined_object(doc, s);
        let Some(c) = claim.subject else {
            if claim.whole
                && s.lead_in.is_some()
                && !named_body_before(doc, s)
                && !named_label(doc, s)
            {
                unclaimed.push((index, entities, past, claim.count));
            }
            continue;
        };
        if c.qualifier == Qualifier::Other {
            continue;
        }
        let g = groups.get(c.group);
        // "the four Quad partners": a group without partner countries calls its members
        // partners; a role the data does not list for the group cannot be checked.
        let mut role = c.role;
        // ("both of its AUKUS partners, Britain and the United States": a member's partners
        // are the members but itself, some of them.)
        let mut others = false;
        if g.rows_of(role).next().is_none() {
            if role == Role::Partner {
                role = Role::Member;
                others = possessed(doc, c.group_span);
            } else {
                continue;
            }
        }
        let (mut group, mut named_span) = (c.group, c.group_span);
        if matches!(c.source, ClaimSource::Antecedent | ClaimSource::Clause) {
            // "its members", "the bloc": the group named before must fit the list; when
            // the nearest does not ("the European Union" after "Mercosur"), an earlier one
            // named not far back may. After a clause that names no group ("The meeting drew
            // 12 members: …"), every listed name must have held the role.
            // "Its 10 elected members are A, …, J. Five of them — A, B, C, D and E — will
            // leave": a pronoun's list that an earlier list holds, and more, is a part of
            // that list.
            if c.source == ClaimSource::Antecedent && part_of_list_before(doc, index, &entities) {
                continue;
            }
            let strict = c.source == ClaimSource::Clause;
            let whole = c.qualifier == Qualifier::None;
            let now = date.filter(|_| !past);
            // ("The bloc's three Nordic members, …" after "a presidency trio with Romania
            // and Croatia": the body the document model found, not the rotation named last.)
            let body = !groups.get(c.group).is_rotation();
            // ("The group's four members:" over a list: a group named before that has had
            // four, before one the names merely fit.)
            let sized = claim
                .count
                .map(|n| n.n)
                .filter(|&n| whole && n as usize == s.items.len());
            let Some((g2, at)) = fitting_antecedent(
                doc,
                s.span.start(),
                &entities,
                (role, strict, whole, body),
                (now, sized),
            ) else {
                continue;
            };
            // "Until 2014 the group had eight members: Britain, …, Russia and the United
            // States" after the G7: a whole list that is not the antecedent's at any time
            // but is exactly another group's (the G8's) is that group's, named or not.
            // (Not a part the text qualifies, "The alliance's Nordic members — …", nor a
            // list its own count contradicts, "all seven — …" before eight names.)
            if claim.whole
                && whole
                && claim.count.is_none_or(|n| n.n as usize == entities.len())
                && whole_elsewhere(&entities, role, g2)
            {
                continue;
            }
            if g2 != group {
                group = g2;
                named_span = at;
                if groups.get(g2).rows_of(role).next().is_none() {
                    continue;
                }
            }
        }
        out.push(List {
            index,
            group,
            role,
            entities,
            exhaustive: unknown == 0
                && !others
                && claim.whole
                && matches!(c.qualifier, Qualifier::None | Qualifier::Founding)
                && !claim
                    .count
                    .is_some_and(|n| never_size(groups.get(group), role, n.n)),
            founding: c.qualifier == Qualifier::Founding,
            past,
            named_span,
            inferred: matches!(c.source, ClaimSource::Antecedent | ClaimSource::Clause),
        });
    }
    // A complete list with no group named ("The six countries — …"): it belongs to a
    // group when it overlaps strongly with a list of that group in the document.
    // The first list of each group stands for the group (linear in the document).
    // (The founders' list stands for the founders: a fact box's "Signatories: …" under
    // "Treaty of Rome" that repeats it is read as they are.)
    let mut firsts: Vec<(GroupId, BTreeSet<EntityId>, Span, bool)> = Vec::new();
    for l in out.iter().filter(|l| l.role == Role::Member) {
        if !firsts.iter().any(|f| f.0 == l.group) {
            let set = l.entities.iter().copied().collect();
            firsts.push((l.group, set, l.named_span, l.founding));
        }
    }
    for (index, entities, past, count) in unclaimed {
        let set: BTreeSet<EntityId> = entities.iter().copied().collect();
        if set.len() < 3 {
            continue;
        }
        // ("The four countries - Poland, Lithuania, Latvia and Estonia -" after the three
        // Baltic states: a count that fits its own list and no size the group has had says
        // the list is of something else.)
        let counted_other = |group: GroupId| {
            count.is_some_and(|c| {
                c.n as usize == entities.len()
                    && !groups
                        .get(group)
                        .snapshots(Role::Member)
                        .iter()
                        .any(|snap| snap.certain.len() == entities.len())
            })
        };
        let best = firsts
            .iter()
            .map(|(group, other, named_span, founding)| {
                let inter = set.intersection(other).count();
                let union = set.union(other).count();
                (inter * 10 / union.max(1), *group, *named_span, *founding)
            })
            .max_by_key(|x| x.0);
        if let Some((score, group, named_span, founding)) = best
            && score >= 7
            && !counted_other(group)
        {
            out.push(List {
                index,
                group,
                role: Role::Member,
                entities,
                exhaustive: true,
                past,
                named_span,
                inferred: true,
                founding,
            });
        }
    }
    out.sort_by_key(|l| l.index);
    out
}

/// Whether the group never had `n` holders of the role, however its uncertain rows fall:
/// "the three members of the 15-nation council, A, B and C" are some of them.
fn never_size(g: &Group, role: Role, n: u32) -> bool {
    let n = n as usize;
    !g.snapshots(role).iter().any(|snap| {
        let lo = snap.certain.len();
        (lo..=lo + snap.possible.len()).contains(&n)
    })
}

/// Whether a list fits a group's role: half its names or more have held it (`strict`:
/// all of them), and, for a list in the present (`now`), one of them holds it then: "Member
/// states such as Nigeria, Niger and Burkina Faso" after a sentence about the Security
/// Council in 2012 are not its members, though each sat on it in some year.
fn fits(g: &Group, entities: &[EntityId], role: Role, strict: bool, now: Option<Date>) -> bool {
    let held = entities.iter().filter(|&&e| g.ever(e, role)).count();
    if strict {
        // ("lists 11 member states: …, Timor-Leste and Papua New Guinea": one name that
        // held another role of the group, an observer, is a slip to report, not a sign
        // that the list is another group's.)
        let other_role = entities
            .iter()
            .filter(|&&e| !g.ever(e, role) && g.rows.iter().any(|r| r.entity == e))
            .count();
        held == entities.len() || (other_role == 1 && held + 1 == entities.len() && held >= 3)
    } else {
        held * 2 >= entities.len()
            && now.is_none_or(|d| entities.iter().any(|&e| g.holds(e, role, d) != Holds::No))
    }
}

/// Whether a list claimed shortly before series `index` (within [`ANTECEDENT_BYTES`]) names
/// every one of `entities` and more.
fn part_of_list_before(doc: &Document<'_>, index: usize, entities: &[EntityId]) -> bool {
    let at = doc.series[index].span.start();
    doc.claims.iter().any(|c| {
        let s = &doc.series[c.list];
        if c.list == index || s.span.end() > at || at - s.span.end() > ANTECEDENT_BYTES {
            return false;
        }
        let theirs: Vec<EntityId> = s
            .items
            .iter()
            .filter_map(crate::doc::SeriesItem::entity)
            .collect();
        theirs.len() > entities.len() && entities.iter().all(|e| theirs.contains(e))
    })
}

/// Whether the listed names are exactly the whole membership of some group other than
/// `group` at some time, and never of `group`.
fn whole_elsewhere(entities: &[EntityId], role: Role, group: GroupId) -> bool {
    let mut listed = entities.to_vec();
    listed.sort_unstable();
    listed.dedup();
    // (Members articles leave out, such as the EU in the G8, need not be listed.)
    let whole = |g: &Group| {
        g.snapshots(role).iter().any(|snap| {
            let mut certain = snap.certain.iter().filter(|&&e| !g.non_enumerated(e, role));
            listed.iter().all(|e| snap.certain.contains(e)) && certain.all(|e| listed.contains(e))
        })
    };
    let groups = groups::get();
    !whole(groups.get(group))
        && groups
            .groups
            .iter()
            .enumerate()
            .any(|(id, g)| id != group as usize && whole(g))
}

/// How far back (in bytes) a reference such as "the bloc's members" looks for its group.
const ANTECEDENT_BYTES: usize = 2000;

/// The nearest group named before byte `at` (not far back) that the list fits; with `body`,
/// not a rotation of office holders ([`Group::is_rotation`]).
fn fitting_antecedent(
    doc: &Document<'_>,
    at: usize,
    entities: &[EntityId],
    (role, strict, prefer_whole, body): (Role, bool, bool, bool),
    (now, sized): (Option<Date>, Option<u32>),
) -> Option<(GroupId, Span)> {
    let groups = groups::get();
    let near = || {
        doc.group_mentions
            .iter()
            .rev()
            .filter(|m| m.span.end() <= at && !(body && groups.get(m.group).is_rotation()))
            .take_while(|m| at - m.span.end() <= ANTECEDENT_BYTES)
    };
    // For a list of all the members (`prefer_whole`), a group whose whole membership it is,
    // at some time, before the nearest that merely fits ("The Visegrad Group … joined the
    // European Union together in 2004. … Its members today are the Czech Republic, Hungary,
    // Poland and Slovakia").
    let mut listed = entities.to_vec();
    listed.sort_unstable();
    listed.dedup();
    let whole = |g: &Group| g.snapshots(role).iter().any(|snap| snap.certain == listed);
    // (Only a group named before the list's sentence: "The alliance's Nordic members — …"
    // names a qualifier, not the group.)
    let w = doc.words.partition_point(|w| w.span.start() < at);
    let opens = doc
        .sentence_of(w)
        .map_or(at, |s| doc.words[s.words.start as usize].span.start());
    let m = near()
        .find(|m| prefer_whole && m.span.end() <= opens && whole(groups.get(m.group)))
        .or_else(|| {
            let n = sized?;
            near().find(|m| {
                let g = groups.get(m.group);
                !never_size(g, role, n) && fits(g, entities, role, strict, None)
            })
        })
        .or_else(|| near().find(|m| fits(groups.get(m.group), entities, role, strict, now)))
        // Else the day before: the day a group ends may be told as the day before it ("The
        // six remaining members" of the Warsaw Pact on the day they dissolved it).
        .or_else(|| {
            let before = Some(now?.pred());
            near().find(|m| fits(groups.get(m.group), entities, role, strict, before))
        })?;
    // "the European Air Group (EAG) … its seven member nations": another organisation,
    // one the data does not know, named between the group and the list is what "its"
    // means.
    (!other_organisation(doc, m.span.end(), at)).then_some((m.group, m.span))
}

/// The last word of an organisation's name before its acronym ("European Air Group (EAG)";
/// not a news agency's credit, "(AP)").
const ORGANISATION_NOUNS: &[&str] = &[
    "group",
    "organization",
    "organisation",
    "command",
    "centre",
    "center",
    "alliance",
    "union",
    "council",
    "agency",
    "forum",
    "community",
    "force",
    "association",
    "initiative",
    "partnership",
    "pact",
    "commission",
    "committee",
    "bank",
    "fund",
];

/// Whether an organisation's name with an acronym in brackets that names no known group
/// ("European Air Group (EAG)") stands in the text between bytes `from` and `to`.
fn other_organisation(doc: &Document<'_>, from: usize, to: usize) -> bool {
    let text = doc.text();
    let Some(between) = text.get(from..to) else {
        return false;
    };
    let mut rest = between;
    let mut off = from;
    while let Some(i) = rest.find('(') {
        let after = &rest[i + 1..];
        let n = after
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || *b == b'/')
            .count();
        let noun = rest[..i]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if (2..=8).contains(&n)
            && after[n..].starts_with(')')
            && ORGANISATION_NOUNS.contains(&noun.as_str())
        {
            let start = off + i + 1;
            let known = doc
                .group_mentions
                .iter()
                .any(|m| m.span.start() >= start && m.span.end() <= start + n);
            if !known {
                return true;
            }
        }
        off += i + 1;
        rest = after;
    }
    false
}

/// Whether a possessive stands right before the group's name at `span` ("its AUKUS
/// partners", "Australia's Quad partners"): the partners are the possessor's.
fn possessed(doc: &Document<'_>, span: Span) -> bool {
    let k = doc.words.partition_point(|w| w.span.start() < span.start());
    k > 0 && {
        let w = doc.word_lower(k - 1);
        matches!(w, "its" | "their" | "his" | "her" | "our")
            || w.ends_with("'s")
            || w.ends_with("’s")
    }
}
