//! What the words around a series say about it: the lead-in ("consisting of", "including",
//! "members:"), a stated count ("its six members"), and whose members the list names.
//!
//! The reading is deliberately narrow. A group is taken to be the list's subject only in the
//! shapes copy uses to define a membership — "The SCO, consisting of …", "members of NATO
//! include …", "NATO's 32 members are …", "the Quad — the United States, Japan, India and
//! Australia —", a fact-box line "Includes …" under "SCO Facts", "India, Iran, Mongolia,
//! Pakistan have observer status" — and never when the group is the object of some other
//! noun ("leaders of the G20, including …"), negated ("countries that are not members of
//! NATO, such as …"), or qualified ("NATO's newest members, …").
// Word indices are the currency here: `ws..we` a window, `q`, `r`, `p` positions in it.
#![allow(clippy::many_single_char_names)]

use self::role::has_had;
use crate::data::groups::{GroupId, Role};
use crate::doc::series::extractor::{Extractor, Punct, classify};
use crate::doc::series::{Claim, ClaimSource, LeadIn, Qualifier, StatedCount};
use crate::doc::{BlockId, BlockKind};
use crate::span::Span;

mod bulleted;
mod clause;
mod context;
mod mentions;
mod role;
mod vocab;

pub(super) use bulleted::describe_bulleted;
pub(super) use mentions::find_mentions;

/// What a series' surroundings say.
#[derive(Debug, Default)]
pub(super) struct Describe {
    pub lead_in: Option<LeadIn>,
    pub claim: Option<Claim>,
    pub count: Option<StatedCount>,
    /// The subject's role noun is followed by a relative clause: the caller keeps the
    /// claim only when the list is as long as the count ("NATO has 32 members, which
    /// agreed to send troops: A, B and C" names those who agreed).
    pub relative: bool,
}

/// The lead-in found before an inline series.
// The flags are independent facts read off the words, not states of one machine.
#[allow(clippy::struct_excessive_bools)]
struct FoundLead {
    /// Where the words before the lead-in end (the subject reader's window end).
    core_end: usize,
    span: Span,
    exhaustive: bool,
    past: bool,
    /// The lead-in says nothing without a role noun or a group before it ("are").
    needs_role: bool,
    /// Set off by a dash or bracket: "the Quad — the United States, …".
    appositive: bool,
}

/// Reads the surroundings of an inline series whose first item starts at word `first`,
/// in a sentence ending before `b`; `window` is where the words before it start (the
/// sentence start, or the end of an earlier series); `after_last` is the word after the
/// last item and `last_rest` the punctuation between.
pub(super) fn describe_inline(
    x: &mut Extractor<'_, '_>,
    block: BlockId,
    window: usize,
    first: usize,
    after_last: usize,
    b: usize,
    last_rest: (usize, usize),
) -> Describe {
    let mut d = Describe::default();
    // A label that opens its own line ("Members: Austria, …" in a plain-text box) under
    // another label's line reads nothing of it: "Founded: 1960, by the Stockholm
    // Convention" names no subject of it (a title above still may).
    let label_under_label =
        first > window + 1 && x.gap(first).is_some_and(|t| t.trim() == ":") && {
            let text = x.doc.text();
            let above = x.doc.words[first - 2].span.end();
            // (Words out of source order, as an image's alt text may be, have no line
            // between.)
            let gap = text
                .get(above..x.doc.words[first - 1].span.start())
                .unwrap_or("");
            let line_above = text[..above + gap.find('\n').unwrap_or(gap.len())]
                .rsplit('\n')
                .next()
                .unwrap_or("");
            gap.contains('\n') && line_above.contains(':')
        };
    let window = if label_under_label { first - 1 } else { window };
    let g = if first > window {
        // "Members (12): …": the count's bracket closes right before the colon (in bold
        // too: "**Members (11):** …").
        x.gap(first).map(|t| {
            if t.trim().trim_matches(['*', '_']) == "):" {
                Punct::Colon
            } else if let Some(rest) = t.trim_start().strip_prefix(')')
                && x.mention_ending_at(first - 1).is_some()
            {
                // "the Alliance of Sahel States (AES) — Mali, …": the acronym's bracket
                // closes before the dash.
                classify(rest)
            } else {
                classify(t)
            }
        })
    } else {
        None
    };
    let after_text = &x.text[last_rest.0..last_rest.1];
    // "the Quad [A, B and C], strongly …": a closing bracket before other punctuation.
    let after = if after_text.trim_start().starts_with([')', ']']) {
        Punct::Close
    } else {
        classify(after_text)
    };
    let block_start = x.doc.blocks[block as usize].words.start as usize;
    let in_list = matches!(
        x.doc.blocks[block as usize].kind,
        BlockKind::ListItem { .. }
    );
    if g.is_none()
        && let Some(d) = table_row_label(x, block, first)
    {
        return d;
    }
    // "The 16 allies (members: Belgium, …, the United States) said …": a bracket that opens
    // with a role and a colon after a plural sets the list off as a bracket alone does.
    // (After a group's name, "the Five Eyes security alliance (members: …)", the name and
    // the role read together as before.)
    let bracketed_role = g == Some(Punct::Colon)
        && after == Punct::Close
        && first >= window + 2
        && x.gap(first - 1).is_some_and(|t| t.trim() == "(")
        && x.lower_is(first - 1, &["members", "signatories", "founders"])
        && x.doc.words[first - 2].shape == crate::doc::Shape::Lower
        && x.w(first - 2).ends_with('s');
    let lead: Option<FoundLead> = match g {
        Some(Punct::Colon) if bracketed_role => {
            let before = x.doc.words[first - 2].span.end();
            let gap = x.after(first - 2);
            let off = gap.find('(').unwrap_or(0);
            Some(FoundLead {
                core_end: first - 1,
                span: Span::new(before + off, before + off + 1),
                exhaustive: true,
                past: false,
                needs_role: false,
                appositive: true,
            })
        }
        Some(Punct::Colon) => {
            let partial = x.lower_is(first - 1, &["include", "includes", "including"])
                && !(in_list && first - 1 == block_start);
            let colon = x.doc.words[first - 1].span.end();
            let gap = x.after(first - 1);
            let at = colon + gap.find(':').unwrap_or(0);
            // ("The council has 10 non-permanent members this year: …": the time phrase
            // before the colon belongs to no subject.)
            let core_end = if partial {
                first - 1
            } else if first >= window + 3
                && x.gap_is(first - 1, Punct::Space)
                && x.lower_is(first - 2, &["this"])
                && x.lower_is(first - 1, &["year", "month", "week"])
            {
                first - 2
            } else {
                first
            };
            Some(FoundLead {
                core_end,
                span: Span::new(x.doc.words[first - 1].span.start(), at + 1),
                exhaustive: !partial,
                past: false,
                needs_role: false,
                appositive: false,
            })
        }
        Some(Punct::Dash | Punct::Open) => {
            let closed = matches!(after, Punct::Dash | Punct::Close)
                || (g == Some(Punct::Dash) && after_last >= b);
            closed.then(|| {
                let before = x.doc.words[first - 1].span.end();
                let gap = x.after(first - 1);
                let off = gap.find(|c: char| !c.is_whitespace()).unwrap_or(0);
                let ch = gap[off..].chars().next().map_or(1, char::len_utf8);
                FoundLead {
                    core_end: first,
                    span: Span::new(before + off, before + off + ch),
                    exhaustive: true,
                    past: false,
                    needs_role: false,
                    appositive: true,
                }
            })
        }
        Some(Punct::Space | Punct::Comma) => {
            // ("The council's 10 elected members are now A, …": a word of present time
            // after the lead-in's verb.)
            let now = first >= window + 2
                && x.gap_is(first - 1, Punct::Space)
                && x.lower_is(first - 1, &["now", "currently"]);
            let lead = x.lead_ending_at(first - 1, window).or_else(|| {
                now.then(|| x.lead_ending_at(first - 2, window))
                    .flatten()
                    .filter(|(_, l)| l.needs_subject)
            });
            lead.map(|(s, lead)| {
                // A fact-box line opening with "Includes" lists the whole membership.
                let fact_line = in_list && s == block_start;
                // "The council's 10 elected members this year are …": a time phrase between
                // the subject and its verb belongs to neither.
                let core_end = if lead.needs_subject {
                    x.before_time_phrase(s, window)
                } else {
                    s
                };
                // ("Mercosur, which also groups Paraguay and Uruguay": members besides
                // those named before, not the whole membership.)
                let also =
                    s > window && x.gap_is(s - 1, Punct::Space) && x.lower_is(s - 1, &["also"]);
                FoundLead {
                    core_end,
                    span: x.span_of(s, first - 1),
                    exhaustive: (lead.exhaustive && !also) || fact_line,
                    past: lead.past,
                    needs_role: lead.needs_subject,
                    appositive: false,
                }
            })
        }
        _ => None,
    };
    if let Some(FoundLead {
        core_end,
        span,
        exhaustive,
        past,
        needs_role,
        appositive,
    }) = lead
    {
        let s = x.subject(window, core_end, appositive);
        d.relative = s.relative;
        let past = past || s.past;
        if needs_role && !(s.role.is_some() || s.group.is_some()) {
            return d;
        }
        // "All of us [Armenia, Belarus, …] are bound": an editor's brackets spell out whom a
        // pronoun stands for; after "all of", the whole group named before ("We [France,
        // Germany and Italy]" may be some of it).
        if appositive
            && !s.matched
            && x.doc.text()[span.start()..].starts_with('[')
            && first >= window + 3
            && x.lower_is(first - 1, &["us", "them"])
            && x.lower_is(first - 2, &["of"])
            && x.lower_is(first - 3, &["all"])
        {
            d.lead_in = Some(LeadIn {
                span,
                exhaustive: true,
                past: false,
            });
            d.claim = claim(
                x.antecedent(first),
                ClaimSource::Antecedent,
                Role::Member,
                Qualifier::None,
                false,
            );
            return d;
        }
        d.lead_in = Some(LeadIn {
            span,
            exhaustive,
            past,
        });
        if exhaustive && (s.matched || s.count_ok) && !s.negated {
            d.count = s.count;
        }
        // "Quad ministers met. The quartet — A, B, C and D — pledged …": a bare count noun
        // set off before a list is the group named just before when that group has had
        // exactly that many members (the list must fit it, `lists`).
        // (Not "The previous trio — …": a group of another time.)
        // ("by the six founding members - …": the founders, checked as such; "the 12
        // remaining members — …" are the group as it is.)
        if appositive
            && !s.matched
            && s.count_ok
            && let Some(c) = s.count
            && !x.after_temporal(c.span)
            && let Some(g) = x.antecedent(first)
            && has_had(g.0, Role::Member, c.n)
        {
            d.claim = claim(
                Some(g),
                ClaimSource::Antecedent,
                Role::Member,
                if qualifier(&s) == Qualifier::Founding {
                    Qualifier::Founding
                } else {
                    Qualifier::None
                },
                false,
            );
            return d;
        }
        // "The treaty was signed in 1949 by 12 founding members: …": a counted role noun
        // right before the colon says what the list is whatever the clause before it says;
        // the group is the one named before that the list fits (`lists`).
        if g == Some(Punct::Colon)
            && !s.matched
            && !s.negated
            && s.count_ok
            && s.count.is_some()
            && s.role.is_some()
            && core_end > window
            && x.proper_role_noun(core_end - 1)
        {
            // ("The Gulf Cooperation Council, set up in Abu Dhabi in 1981 …, has six
            // members: …": the group that opens the sentence, set off by an aside, has them.)
            let (group, source) = match x.opening_group_has(window, s.count) {
                Some(g) => (Some(g), ClaimSource::Named),
                None => (x.antecedent(first), ClaimSource::Clause),
            };
            d.claim = claim(
                group,
                source,
                s.role.unwrap_or(Role::Member),
                qualifier(&s),
                false,
            );
            return d;
        }
        // "The 12 founding members signed the treaty in 1949: A, B, …": the clause's counted
        // subject, when the list is as long as the count (`relative`).
        let s = match x.clause_subject(window, core_end) {
            Some(c) if g == Some(Punct::Colon) && !s.matched => {
                d.relative = true;
                d.count = c.count;
                c
            }
            _ => s,
        };
        if s.negated || !s.matched {
            return d;
        }
        let role = s.role.unwrap_or(Role::Member);
        let (group, source) = if let Some(g) = s.group {
            (Some(g), ClaimSource::Named)
        } else if s.antecedent {
            (x.antecedent(first), ClaimSource::Antecedent)
        } else if s.bare {
            match x.title_group(block) {
                Some(t) => (Some(t), ClaimSource::Title),
                None if s.role.is_some() && exhaustive => {
                    (x.antecedent(first), ClaimSource::Antecedent)
                }
                None => (None, ClaimSource::Named),
            }
        } else {
            (None, ClaimSource::Named)
        };
        // "Ten members — A, B, … — voted in favour": a bare count opening the clause, with no
        // word that makes it the whole ("the", "all", "its"), may pick some of the group out,
        // as "Three OPEC members, A, B and C, announced" does: its list is checked for names
        // that do not belong and against its count, not for the members it leaves out.
        let some = source == ClaimSource::Antecedent
            && s.count
                .is_some_and(|c| c.span.start() == x.doc.words[window].span.start());
        if some && let Some(l) = d.lead_in.as_mut() {
            l.exhaustive = false;
        }
        let q = if some {
            Qualifier::Subset
        } else {
            qualifier(&s)
        };
        d.claim = claim(group, source, role, q, past);
        return d;
    }
    // "The Five Eyes alliance of A, B and C": the group's whole membership.
    if g == Some(Punct::Space)
        && let Some(group) = x.group_noun_of(first, window)
    {
        d.lead_in = Some(LeadIn {
            span: x.doc.words[first - 1].span,
            exhaustive: true,
            past: false,
        });
        d.claim = claim(
            Some(group),
            ClaimSource::Named,
            Role::Member,
            Qualifier::None,
            false,
        );
        return d;
    }
    // "Belgium is the middle member of a trio of presidencies with Spain and Poland": some
    // of the trio, checked for names that do not belong.
    if g == Some(Punct::Space)
        && let Some((group, span, past)) = x.count_group_with(first, window)
    {
        d.claim = claim(
            Some((group, span)),
            ClaimSource::Named,
            Role::Member,
            Qualifier::Subset,
            past,
        );
        return d;
    }
    // A count in apposition: "All three Baltic states, Estonia and Latvia, signed".
    // "the trio of A, B and C signed": after "of" the list need not be set off.
    let closed = matches!(after, Punct::Comma | Punct::Dash | Punct::Dot)
        || after_last >= b
        || g == Some(Punct::Space);
    if closed
        && let Some(gap) = g
        && let Some((count, span, bare)) = x.counted_apposition(first, window, gap)
    {
        // "the Security Council's five permanent members, China, …": the group too.
        let s = x.subject(window, first, true);
        // "The two NATO members, Turkey and Hungary, …", "the two Nordic countries, Finland
        // and Sweden": a count the group has never had names some of it, checked only for
        // names that do not belong.
        // ("All four Nordic countries, Denmark, …" is the whole group, whatever the count.)
        let at = x
            .doc
            .words
            .partition_point(|w| w.span.start() < count.span.start());
        let all = at > 0 && x.lower_is(at - 1, &["all"]);
        let selection = qualifier(&s) == Qualifier::None
            && !all
            && s.group
                .is_some_and(|(g, _)| !has_had(g, s.role.unwrap_or(Role::Member), count.n));
        // "Two of the five permanent members, Russia and China, …": a selection; the count
        // is the whole group's.
        // "Three OPEC members, Saudi Arabia, Iraq and Kuwait, announced …": a bare count
        // opening the sentence may name some of the group; the count still counts the list.
        d.lead_in = Some(LeadIn {
            span,
            exhaustive: !s.partitive && !bare && !selection,
            past: false,
        });
        if !s.partitive {
            d.count = Some(count);
        }
        // "BRICS's four founding members, …": a founding or subset qualifier keeps the claim.
        if s.matched && !s.negated && s.group.is_some() && qualifier(&s) != Qualifier::Other {
            let q = if selection {
                Qualifier::Subset
            } else {
                qualifier(&s)
            };
            d.claim = claim(
                s.group,
                ClaimSource::Named,
                s.role.unwrap_or(Role::Member),
                q,
                false,
            );
        } else if s.matched
            && !s.negated
            && s.antecedent
            && s.role.is_some()
            && !s.partitive
            && !bare
            && qualifier(&s) != Qualifier::Other
        {
            // "… set up in 1967 by its five founding members, A, …", "The bloc's two
            // observers, A and B, …": a counted role of the group named before; the list
            // must fit that group (`lists`).
            d.claim = claim(
                x.antecedent(first),
                ClaimSource::Antecedent,
                s.role.unwrap_or(Role::Member),
                qualifier(&s),
                false,
            );
        } else if s.matched
            && !s.negated
            && s.group.is_none()
            && !s.partitive
            && qualifier(&s) == Qualifier::None
            && x.lower_is(first - 1, &["members", "partners"])
            && x
                .doc
                .words
                .partition_point(|w| w.span.start() < span.start())
                .checked_sub(1)
                .is_some_and(|k| x.lower_is(k, &["all"]))
            && let Some((g, at)) = x.antecedent(first)
            // (A group without partner countries calls its members partners.)
            && [s.role.unwrap_or(Role::Member), Role::Member]
                .iter()
                .any(|&r| has_had(g, r, count.n))
        {
            // "Defence ministers of the AUKUS pact met … All three partners, Australia,
            // Britain and Canada, …": the whole of the group named before, when it has had
            // that many; the list must fit that group (`lists`).
            d.claim = claim(
                Some((g, at)),
                ClaimSource::Antecedent,
                s.role.unwrap_or(Role::Member),
                Qualifier::None,
                false,
            );
        } else if let Some(g) = x.counted_group(span, count.n) {
            // "the Visegrad quartet of …", "the Benelux trio, …": the whole group when it
            // has had that many members ("the BRICS pair" is two of them, not a claim).
            d.claim = claim(
                Some(g),
                ClaimSource::Named,
                Role::Member,
                Qualifier::None,
                false,
            );
        }
        return d;
    }
    // "The European members of the UN Security Council, A, B and C, urged …": a role of
    // a group named right before the list, set off by commas.
    if closed && g == Some(Punct::Comma) && x.mention_ending_at(first - 1).is_some() {
        let s = x.subject(window, first, true);
        if s.matched
            && !s.negated
            && !s.partitive
            && let (Some(role), Some(group)) = (s.role, s.group)
            && let Some(c) = claim(Some(group), ClaimSource::Named, role, qualifier(&s), false)
        {
            d.lead_in = Some(LeadIn {
                span: group.1,
                exhaustive: !s.qualified,
                past: false,
            });
            d.claim = Some(c);
            return d;
        }
    }
    // A role noun in apposition: "The bloc's member countries, Argentina, …, Uruguay, also
    // discussed" names the whole membership; "OPEC members Iraq, Kuwait and Kazakhstan
    // submitted" some of it.
    // "Of the ECOWAS member states, A, B and C sent …": a partitive opening the clause
    // leads into a selection that the verb follows.
    let opens_of = g == Some(Punct::Comma) && x.lower_is(window, &["of"]);
    if (closed || opens_of)
        && let Some(gap @ (Punct::Comma | Punct::Space)) = g
        && x.role_noun_ending_at(first - 1, window).is_some()
        && x.proper_role_noun(first - 1)
    {
        let s = x.subject(window, first, true);
        // "The observer states China, India and Japan sent envoys": a relation other than
        // membership names its group even when the group was named a sentence before.
        let bare_relation = s.bare && s.role.is_some_and(|r| r != Role::Member);
        if s.matched
            && !s.negated
            && s.role.is_some()
            && (closed || s.partitive)
            && (s.group.is_some() || s.antecedent || bare_relation)
        {
            let (group, source) = match s.group {
                Some(g) => (Some(g), ClaimSource::Named),
                None => (x.antecedent(first), ClaimSource::Antecedent),
            };
            // "Three OPEC members, Saudi Arabia, Iraq and Kuwait, announced": a bare count
            // opening the clause may name some of the group; the count still counts the list.
            let bare_count = s.count.is_some_and(|c| {
                (window..first).any(|i| {
                    x.doc.words[i].span.start() == c.span.start()
                        && (i == window || !x.gap_is(i, Punct::Space))
                })
            });
            let whole = gap == Punct::Comma && !s.qualified && !bare_count;
            if let Some(c) = claim(
                group,
                source,
                s.role.unwrap_or(Role::Member),
                qualifier(&s),
                false,
            ) {
                let noun = x.doc.words[first - 1].span;
                d.lead_in = Some(LeadIn {
                    span: noun,
                    exhaustive: whole,
                    past: false,
                });
                if whole || bare_count {
                    d.count = s.count;
                }
                d.claim = Some(c);
                return d;
            }
        }
    }
    // No lead-in: a counted apposition after the list ("A, B and C — the three countries
    // that make up the bloc —") names the whole membership.
    if matches!(after, Punct::Comma | Punct::Dash)
        && after_last < b
        && let Some((group, count, span, role)) = x.trailing_apposition(after_last, b)
    {
        let (group, source) = match group {
            Some(g) => (Some(g), ClaimSource::Named),
            None => match x.title_group(block) {
                Some(t) => (Some(t), ClaimSource::Title),
                None => (x.antecedent(first), ClaimSource::Antecedent),
            },
        };
        d.claim = claim(group, source, role, Qualifier::None, false);
        if d.claim.is_some() {
            d.lead_in = Some(LeadIn {
                span,
                exhaustive: count.is_some(),
                past: false,
            });
            d.count = count;
        }
        return d;
    }
    // No lead-in: a predicate after the list may still say what it is ("…, which make up
    // the Quad, met").
    let relative = after == Punct::Comma && after_last < b && x.lower_is(after_last, &["which"]);
    if (after == Punct::Space || relative)
        && let Some((role, group, past)) =
            x.trailing(if relative { after_last + 1 } else { after_last }, b)
    {
        let (group, source) = match group {
            Some(g) => (Some(g), ClaimSource::Named),
            None => match x.title_group(block) {
                Some(t) => (Some(t), ClaimSource::Title),
                None => (x.antecedent(first), ClaimSource::Antecedent),
            },
        };
        d.claim = claim(group, source, role, Qualifier::None, past);
    }
    d
}

/// A list filling a table cell whose row opens with a role ("| Member states | A, B, C |"):
/// the label leads into the list as "Members:" does, and the group is the one the label
/// names or the one named just above the table ("**The European Union**").
fn table_row_label(x: &mut Extractor<'_, '_>, block: BlockId, first: usize) -> Option<Describe> {
    let blocks = &x.doc.blocks;
    let cell = &blocks[block as usize];
    if cell.kind != BlockKind::TableCell || block == 0 || cell.words.start as usize != first {
        return None;
    }
    let prev = block - 1;
    let label = &blocks[prev as usize];
    let table = cell.parent?;
    if label.kind != BlockKind::TableCell
        || label.parent != Some(table)
        || x.text
            .get(label.span.end()..cell.span.start())
            .is_none_or(|t| t.contains('\n'))
    {
        return None;
    }
    let (ws, we) = (label.words.start as usize, label.words.end as usize);
    if we <= ws {
        return None;
    }
    let s = x.subject(ws, we, false);
    if s.role.is_none() || !s.matched || s.negated || s.qualified {
        return None;
    }
    let role = s.role.unwrap_or(Role::Member);
    // The group a table names in its first cell ("| Mercosur | |" over "| Full members |
    // …"), before the one named above the table.
    let first_cell = table + 1;
    let header = (first_cell < prev && blocks[first_cell as usize].parent == Some(table))
        .then(|| x.first_mention_in(first_cell))
        .flatten();
    let (group, source) = if let Some(g) = s.group {
        (Some(g), ClaimSource::Named)
    } else if let Some(t) = header {
        (Some(t), ClaimSource::Title)
    } else if table > 0
        && let Some(t) = x.first_mention_in(table - 1)
    {
        (Some(t), ClaimSource::Title)
    } else {
        (x.antecedent(first), ClaimSource::Antecedent)
    };
    Some(Describe {
        lead_in: Some(LeadIn {
            span: x.span_of(ws, we - 1),
            exhaustive: true,
            past: false,
        }),
        count: s.count,
        claim: claim(group, source, role, Qualifier::None, false),
        relative: false,
    })
}

/// The count a group's name carries: "Visegrad Four" = 4, "Five Eyes" = 5, "Group of
/// Seven" = 7, "Visegrad quartet" = 4 (numerals glued to letters, "G7", are not read).
pub(super) fn name_count(name: &str) -> Option<u32> {
    name.split_whitespace()
        .find_map(|w| {
            let w = w.trim_end_matches(['\'', '’', 's']);
            // "the Visegrad quartet": a count noun stands for the number.
            vocab::count_value(w).or_else(|| crate::data::claim_words::count_noun(w))
        })
        .filter(|&n| n >= 2)
}

/// The claim a list makes when a group was found for it.
fn claim(
    group: Option<(GroupId, Span)>,
    source: ClaimSource,
    role: Role,
    qualifier: Qualifier,
    past: bool,
) -> Option<Claim> {
    group.map(|(group, group_span)| Claim {
        group,
        group_span,
        source,
        role,
        qualifier,
        past,
    })
}

/// Whether the role is qualified, and whether the qualifier names a subset of today's
/// holders ("Nordic members") rather than some other set ("former members").
fn qualifier(s: &clause::Subject) -> Qualifier {
    if !s.qualified {
        Qualifier::None
    } else if s.founding && s.role == Some(Role::Member) {
        Qualifier::Founding
    } else if s.unchecked {
        Qualifier::Other
    } else {
        Qualifier::Subset
    }
}
