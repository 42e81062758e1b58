use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::data::countries::{self, EntityId};
use crate::data::groups::{self, Group, GroupId, Holds, Role};
use crate::diagnostic::Finding;
use crate::doc::{BlockKind, ClaimSource, Document, ItemKind, Series};
use crate::rules::{Context, Needs, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::date::Date;

declare_rule! {
    /// ## What it checks
    /// Lists that name a group's members (or observers, partners, candidates, associate
    /// members), three ways:
    ///
    /// - two lists of the same group's members in one document that disagree — a member
    ///   missing from one, an extra one, or one named twice ("seven names against six
    ///   members");
    /// - a list that contradicts its own stated count ("its six members: …" with seven
    ///   names, "Members (10):" over nine bullets), in words or digits;
    /// - a list that contradicts the group's known membership in `rules/groups/` on the
    ///   article's date. The date comes from the front matter (`date:`), a dateline near the
    ///   top ("June 7, 2012"), `--date`, or the config's `date`, in that order; without one,
    ///   any membership the group has ever had is accepted.
    ///
    /// A list belongs to a group when the text says so: a lead-in naming the group ("The
    /// SCO, consisting of …", "members of NATO include …", "NATO's members are …", "the
    /// Quad — …"), a fact box titled with the group ("SCO Facts" over "Includes …"), a
    /// predicate ("… have observer status"), or a reference ("its six members", "the
    /// bloc, made up of …") to a group named just before, confirmed by the list overlapping
    /// that group's membership. A count is read before a colon after a verb ("The GCC has six
    /// members: …"), in an apposition ("All three Baltic states, Estonia and Latvia, signed",
    /// "the Benelux trio of …") and in brackets ("The Quad (members: …)"); the words for that
    /// are in `rules/claim-words.txt`. A listed country that is wrong is named with the reason:
    /// it left the group, joined later, held another role, or never belonged.
    ///
    /// ## Why it matters
    /// A membership list is a fact a reader can check in seconds. When the fact box says six
    /// and the story lists seven, or names a country that left the group years ago, the
    /// correction is public and the newsroom's credibility pays for it.
    ///
    /// ## Example
    /// ```text
    /// Shanghai Cooperation Organization (SCO) Facts
    ///   • Includes China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan
    /// The SCO, consisting of Russia, China, Kazakhstan, Uzbekistan, Kyrgyzstan,
    /// Tajikistan and Uzbekistan, says …
    /// ```
    ///
    /// ## Not flagged
    /// - lists of two different groups, even when they overlap (the G7 and the G20, NATO and
    ///   the EU), and a group's members against its observers;
    /// - lists that are a selection ("members such as France and Germany"; only a
    ///   non-member in them is reported), or qualified ("NATO's newest members");
    /// - lists that belong to no group (a caption's presidents, the countries at a meeting,
    ///   "leaders of the G20, including …"), lists of people and of numbers;
    /// - a list of the G7's or G20's states without the EU or the African Union, members
    ///   articles usually leave out;
    /// - members whose start or end the data knows only to the month or year, when the
    ///   article falls in that month or year: the list is right with or without them;
    /// - a group that was not active on the article's date (the G8 after 2014);
    /// - approximate counts ("more than six countries: …") and the counts of a subset
    ///   ("partner members of the Visegrad Group (…)");
    /// - past-tense lists ("were observers") are checked against every membership the group
    ///   has had.
    ///
    /// ## Options
    /// None. The article date is set by `--date` or the config's `date` when the article
    /// carries none.
    ///
    /// ## Fix safety
    /// No fix: which list is right, or whether the count is, takes a person.
    pub(crate) struct InconsistentMembership {
        id: "inconsistent-membership",
        severity: Error,
        summary: "lists of a group's members that disagree with each other, their stated count or the group's known membership",
        fix: None,
        options: [],
        languages: English,
    }
}

impl Rule for InconsistentMembership {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::SERIES.with(Needs::DATELINE)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let date = article_date(doc, cx);
        for s in &doc.series {
            counts(doc, s, cx);
        }
        let lists = membership_lists(doc);
        let mut flagged = vec![false; doc.series.len()];
        for l in &lists {
            if let Some(d) = against_data(doc, l, date) {
                flagged[l.index] = true;
                cx.report(d);
            }
        }
        between_lists(doc, &lists, &flagged, cx);
    }
}

/// Where the article's date came from, for the message.
#[derive(Clone, Copy)]
struct ArticleDate {
    date: Date,
    /// The dateline, when the date was read from the text.
    at: Option<Span>,
}

fn article_date(doc: &Document<'_>, cx: &Context<'_>) -> Option<ArticleDate> {
    if let Some(d) = doc.meta.date {
        return Some(ArticleDate { date: d, at: None });
    }
    if let Some((d, at)) = doc.meta.dateline {
        return Some(ArticleDate {
            date: d,
            at: Some(at),
        });
    }
    cx.date().map(|d| ArticleDate { date: d, at: None })
}

/// A list the text says names a group's members (or observers …).
struct List {
    index: usize,
    group: GroupId,
    role: Role,
    /// Entities in order, repeats kept.
    entities: Vec<EntityId>,
    exhaustive: bool,
    past: bool,
    /// Where the group is named (or, for a reference, the group taken to be meant).
    named_span: Span,
    inferred: bool,
}

impl List {
    fn distinct(&self, g: &Group) -> BTreeSet<EntityId> {
        self.entities
            .iter()
            .copied()
            .filter(|&e| !non_enumerated(g, e, self.role))
            .collect()
    }

    /// The label on the group's name.
    fn group_label(&self, gname: &str) -> String {
        if self.inferred {
            format!("taken to be {gname} {}", self.role.plural())
        } else {
            format!("listed as {gname} {}", self.role.plural())
        }
    }

    fn repeated(&self) -> Vec<EntityId> {
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

fn non_enumerated(g: &Group, e: EntityId, role: Role) -> bool {
    g.rows
        .iter()
        .any(|r| r.entity == e && r.role == role && r.non_enumerated)
}

/// The series that are lists of a group's members: claimed by the text, of known
/// countries only, not qualified.
fn membership_lists(doc: &Document<'_>) -> Vec<List> {
    let groups = groups::get();
    let mut out: Vec<List> = Vec::new();
    let mut unclaimed = Vec::new();
    for (index, s) in doc.series.iter().enumerate() {
        if s.items_kind != ItemKind::Name || s.items.len() < 2 {
            continue;
        }
        let Some(entities) = s
            .items
            .iter()
            .map(crate::doc::SeriesItem::entity)
            .collect::<Option<Vec<_>>>()
        else {
            // A name the data does not know (a person, a misspelling): not a list the
            // data can check.
            continue;
        };
        let Some(c) = s.claim else {
            if s.exhaustive() && s.lead_in.is_some() {
                unclaimed.push((index, entities));
            }
            continue;
        };
        if c.qualified {
            continue;
        }
        let g = groups.get(c.group);
        if c.source == ClaimSource::Antecedent {
            // "its members", "the bloc": the group named before must fit the list.
            let fits = entities.iter().filter(|&&e| g.ever(e, c.role)).count();
            if fits * 2 < entities.len() {
                continue;
            }
        }
        out.push(List {
            index,
            group: c.group,
            role: c.role,
            entities,
            exhaustive: s.exhaustive(),
            past: s.past(),
            named_span: c.group_span,
            inferred: c.source == ClaimSource::Antecedent,
        });
    }
    // A complete list with no group named ("The six countries — …"): it belongs to a
    // group when it overlaps strongly with a list of that group in the document.
    // The first list of each group stands for the group (linear in the document).
    let mut firsts: Vec<(GroupId, BTreeSet<EntityId>, Span)> = Vec::new();
    for l in out.iter().filter(|l| l.role == Role::Member) {
        if !firsts.iter().any(|f| f.0 == l.group) {
            firsts.push((l.group, l.entities.iter().copied().collect(), l.named_span));
        }
    }
    for (index, entities) in unclaimed {
        let set: BTreeSet<EntityId> = entities.iter().copied().collect();
        if set.len() < 3 {
            continue;
        }
        let best = firsts
            .iter()
            .map(|(group, other, named_span)| {
                let inter = set.intersection(other).count();
                let union = set.union(other).count();
                (inter * 10 / union.max(1), *group, *named_span)
            })
            .max_by_key(|x| x.0);
        if let Some((score, group, named_span)) = best
            && score >= 7
        {
            let s = &doc.series[index];
            out.push(List {
                index,
                group,
                role: Role::Member,
                entities,
                exhaustive: true,
                past: s.past(),
                named_span,
                inferred: true,
            });
        }
    }
    out.sort_by_key(|l| l.index);
    out
}

fn names(ids: &[EntityId]) -> String {
    let c = countries::get();
    quote_all(
        &ids.iter()
            .map(|&e| c.name(e).to_string())
            .collect::<Vec<_>>(),
    )
}

/// The entities as the list writes them ("Britain", not "United Kingdom").
fn names_in(doc: &Document<'_>, s: &Series, ids: &[EntityId]) -> String {
    let c = countries::get();
    quote_all(
        &ids.iter()
            .map(|&e| {
                s.items.iter().find(|i| i.entity() == Some(e)).map_or_else(
                    || c.name(e).to_string(),
                    |i| {
                        let t = doc.slice(i.span);
                        t.strip_prefix("the ").unwrap_or(t).to_string()
                    },
                )
            })
            .collect::<Vec<_>>(),
    )
}

fn quote_all(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn number(n: usize) -> String {
    match n {
        0 => "no".to_string(),
        20 => "twenty".to_string(),
        _ => crate::text::UNITS
            .get(n)
            .map_or_else(|| n.to_string(), |w| (*w).to_string()),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

fn written(d: Date) -> String {
    format!(
        "{} {} {}",
        d.day,
        crate::text::date::month_name(d.month),
        d.year
    )
}

/// The stated count against the items: "its six members:" with seven names.
fn counts(doc: &Document<'_>, s: &Series, cx: &mut Context<'_>) {
    let Some(c) = s.count else { return };
    if !s.exhaustive() || s.items_kind == ItemKind::Number {
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
    // "the G20's 19 members" over 19 states and the EU: the EU is not counted.
    if let Some(claim) = s.claim {
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

/// A list against the group's known membership on the article's date.
fn against_data(doc: &Document<'_>, l: &List, date: Option<ArticleDate>) -> Option<Finding> {
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
    let date = if l.past { None } else { date };
    let (extras, missing, when) = if let Some(ad) = date {
        let d = ad.date;
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
                "check the list against {}'s {}",
                gn.with_article(),
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
                .filter(|e| !distinct.contains(e) && !non_enumerated(g, *e, role))
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
        parts.push(format!(
            "{} {} missing",
            names(&missing),
            if missing.len() == 1 { "is" } else { "are" }
        ));
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
        "check the list against {}'s {} on the article's date",
        gn.with_article(),
        role.plural()
    )))
}

/// Why an entity did not hold a role on `d`, when the data says more than "not then": it
/// left ("left {group} in January 2025"), joined later, or held another role. `{group}`
/// stands for the group's name; a `|` parts singular from plural wording.
fn why_not(g: &Group, e: EntityId, role: Role, d: Date) -> Option<String> {
    let rows: Vec<_> = g.rows.iter().filter(|r| r.entity == e).collect();
    if let Some(other) = rows
        .iter()
        .find(|r| r.role != role && r.holds_on(d) != Holds::No)
    {
        return Some(format!(
            "was {}, not {}|were {}, not {}",
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
    // The latest end before `d`.
    if let Some(u) = mine
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
        .max()
    {
        return Some(format!(
            "left {{group}} in {} {}",
            crate::text::date::month_name(u.month),
            u.year
        ));
    }
    if let Some(f) = mine.map(|r| r.from.first).filter(|f| *f > d).min() {
        return Some(format!(
            "joined {{group}} only in {} {}",
            crate::text::date::month_name(f.month),
            f.year
        ));
    }
    None
}

fn article(role: Role) -> &'static str {
    match role {
        Role::Member => "a member",
        Role::Observer => "an observer",
        Role::Partner => "a partner",
        Role::Candidate => "a candidate",
        Role::Associate => "an associate member",
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

/// Groups whose names are said as words and take no article ("NATO", not "the NATO").
const NO_ARTICLE: &[&str] = &[
    "nato", "opec", "brics", "ecowas", "caricom", "mercosur", "asean", "benelux",
];

/// How messages name a group: as the document does when that is short ("Visegrad Group",
/// "SCO"), else by its usual short name; `with_article` gives "the SCO" but "NATO".
struct GroupName {
    bare: String,
    the: bool,
}

impl GroupName {
    fn new(doc: &Document<'_>, l: &List, g: &Group) -> GroupName {
        let t = doc.slice(l.named_span);
        let t = t
            .strip_suffix("'s")
            .or_else(|| t.strip_suffix("’s"))
            .unwrap_or(t);
        let t = t
            .strip_prefix("the ")
            .or_else(|| t.strip_prefix("The "))
            .unwrap_or(t);
        let role_word = [" members", " countries", " states", " nations"]
            .iter()
            .any(|w| t.contains(w));
        let bare = if t.chars().count() <= 20 && !role_word {
            t.to_string()
        } else {
            g.short_name().to_string()
        };
        GroupName {
            bare,
            the: !NO_ARTICLE.contains(&g.id.as_str()),
        }
    }

    /// "the SCO", "NATO".
    fn with_article(&self) -> String {
        if self.the {
            format!("the {}", self.bare)
        } else {
            self.bare.clone()
        }
    }
}

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
fn between_lists(doc: &Document<'_>, lists: &[List], flagged: &[bool], cx: &mut Context<'_>) {
    let groups = groups::get();
    // Lists by group and role, in document order.
    let mut buckets: Vec<((GroupId, Role), Vec<usize>)> = Vec::new();
    for (i, l) in lists.iter().enumerate() {
        if l.past {
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

#[cfg(test)]
mod tests {
    use super::InconsistentMembership;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, run};

    const R: InconsistentMembership = InconsistentMembership;

    fn messages(text: &str) -> Vec<String> {
        run(&R, text, Format::Plain)
            .into_iter()
            .map(|d| d.message)
            .collect()
    }

    #[test]
    fn two_lists_of_one_group_that_differ() {
        let m = messages(
            "SCO Facts\n\n  • Includes China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan\n\nThe SCO, consisting of Russia, China, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Uzbekistan, met.\n",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].contains("`Uzbekistan` is named twice"), "{}", m[0]);
        assert!(m[0].contains("seven names against six members"), "{}", m[0]);
    }

    #[test]
    fn stated_counts_in_words_and_digits() {
        let m = messages(
            "The SCO was founded in 2001. Its six members: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and India.\n",
        );
        assert!(
            m.iter()
                .any(|x| x.contains("`six`") && x.contains("names seven")),
            "{m:?}"
        );
    }

    #[test]
    fn known_membership_on_the_articles_date() {
        let m = messages(
            "June 7, 2012\n\nThe SCO, consisting of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan and India, met.\n",
        );
        assert!(
            m.iter()
                .any(|x| x.contains("`India` was an observer, not a member")
                    && x.contains("7 June 2012")),
            "{m:?}"
        );
    }

    #[test]
    fn overlapping_groups_and_observers_stay_apart() {
        assert_clean(
            &R,
            "The G7, consisting of the United States, Japan, Germany, Britain, France, Italy and Canada, met. The G20 includes China, India and Brazil. India, Iran, Mongolia and Pakistan have observer status at the SCO.\n",
        );
    }
}
