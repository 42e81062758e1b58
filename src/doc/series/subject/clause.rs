//! The words before a list's lead-in: whose members (or observers …) the list names, a
//! stated count, and whether the group is negated or qualified.
// Word indices are the currency here: `ws..we` a window, `q`, `r`, `p` positions in it.
#![allow(clippy::many_single_char_names)]

// The flags are independent facts read off the words, not states of one machine.
use super::vocab::{
    BEFORE_LEAD, GOVERNING, GROUP_NOUNS, PLAIN_MODIFIERS, QUALIFIERS, VERB_WORDS, count_adjective,
    count_value,
};
use crate::data::groups::{GroupId, Role};
use crate::doc::Shape;
use crate::doc::series::StatedCount;
use crate::doc::series::extractor::{Extractor, Punct};
use crate::span::Span;

#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Default)]
pub(super) struct Subject {
    pub group: Option<(GroupId, Span)>,
    /// Refers to a group named earlier: "its", "their", "the alliance's".
    pub antecedent: bool,
    pub role: Option<Role>,
    /// A role noun with nothing naming the group ("Members:", "The members are").
    pub bare: bool,
    pub qualified: bool,
    /// A qualifier that does not make the list a subset of today's holders ("former",
    /// "founding", "new"): such a list is not checked at all.
    pub unchecked: bool,
    /// The qualifier names the founding members ("founding members", "founders").
    pub founding: bool,
    pub negated: bool,
    pub count: Option<StatedCount>,
    /// The words before the lead-in end in a shape this module reads.
    pub matched: bool,
    /// The stated count belongs to the list: the noun it counts leads into the list ("The
    /// six countries — …"), even when no group is named.
    pub count_ok: bool,
    /// A group a modifier of the role noun names when the text speaks of it just before
    /// ("the five permanent members — …" near "Security Council": the P5; `group-word` in
    /// `rules/claim-words.txt`).
    pub implied: Option<(GroupId, Span)>,
    /// "Three of the six GCC states", "some of its members": a selection.
    pub partitive: bool,
    /// "NATO had 12 members: …": the verb speaks of the past.
    pub past: bool,
    /// A relative clause stands between the role noun and the lead-in ("10 elected
    /// members, who serve two-year terms: …").
    pub relative: bool,
}

impl Subject {
    /// A qualifier before the role noun: "Nordic members" names some of today's members
    /// (a subset, `subset` in `rules/claim-words.txt`); "former members" does not.
    pub(super) fn qualify(&mut self, word: &str) {
        self.qualified = true;
        self.founding |= crate::data::claim_words::is_founding(word);
        if !crate::data::claim_words::is_subset(word) {
            self.unchecked = true;
        }
    }
}

impl Extractor<'_, '_> {
    /// Reads the words `ws..we` (right to left) that stand before a lead-in.
    pub(super) fn subject(&self, ws: usize, we: usize, appositive: bool) -> Subject {
        let mut s = Subject::default();
        if we <= ws {
            s.bare = true;
            s.matched = true;
            return s;
        }
        // "the five Nordic countries and the three Baltic states — A, …, H": two groups
        // joined by "and" name the list together; it is neither's.
        if self.joined_groups(ws, we) {
            return s;
        }
        // "the three members exempt from the cuts — …": the phrase after the role noun
        // qualifies it; the words before it are read as usual.
        // "19 countries plus the European Union and the African Union: …": the added
        // members are left out of the count, and the list is still the whole membership.
        let mut postmod = false;
        let we = (we.saturating_sub(10).max(ws + 1)..we)
            .find(|&k| {
                let (p, a) = (
                    crate::data::claim_words::is_postmod(self.w(k)),
                    crate::data::claim_words::is_addition(self.w(k)),
                );
                (p || (a && k + 10 >= we)) && self.role_noun_ending_at(k - 1, ws).is_some()
            })
            .inspect(|&k| postmod = crate::data::claim_words::is_postmod(self.w(k)))
            .unwrap_or(we);
        // "the council has 10 elected members, who serve two-year terms: …": a relative
        // clause set off after the role noun tells more of the members; the words before it
        // are read as usual.
        let relative = (we.saturating_sub(10).max(ws + 1)..we).find(|&k| {
            self.lower_is(k, &["who", "which"])
                && self.gap_is(k, Punct::Comma)
                && self.role_noun_ending_at(k - 1, ws).is_some()
        });
        s.relative = relative.is_some();
        let we = relative.unwrap_or(we);
        let mut q = we;
        // "OPEC's exempt trio — Iran, …": a count noun after a modifier that names a group
        // within one the words before speak of (`group-word` in `rules/claim-words.txt`).
        if appositive
            && q >= ws + 2
            && self.gap_is(q - 1, Punct::Space)
            && let Some(n) = crate::data::claim_words::count_noun(self.w(q - 1))
            && let Some(g) = self.implied_group(&self.w(q - 2).to_ascii_lowercase(), q - 2)
        {
            s.count = Some(StatedCount {
                n,
                span: self.span_of(q - 1, q - 1),
            });
            (s.count_ok, s.matched, s.group, s.role) = (true, true, Some(g), Some(Role::Member));
            return s;
        }
        // "the trio — Mali, …", "the current presidency trio — …": a count noun set off
        // before a list states its length whoever the group is.
        if appositive
            && let Some(n) = crate::data::claim_words::count_noun(self.w(q - 1))
            && (q.saturating_sub(4).max(ws)..q - 1)
                .any(|k| self.lower_is(k, &["the", "a", "this", "its", "their"]))
            && (q.saturating_sub(4).max(ws)..q).all(|k| self.mention_ending_at(k).is_none())
        {
            s.count = Some(StatedCount {
                n,
                span: self.span_of(q - 1, q - 1),
            });
            s.count_ok = true;
            // "The three countries of the trio, A, B and C": the trio named before.
            if let Some((role, _, _)) = self.role_of_group_noun(q, ws) {
                s.role = Some(role);
                s.antecedent = true;
                s.matched = true;
            }
            return s;
        }
        // "The original four — Brazil, Russia, India and China —": the founders of the group
        // named before.
        if appositive
            && q >= ws + 3
            && let Some(n) = count_value(self.w(q - 1))
            && crate::data::claim_words::is_founding(self.w(q - 2))
            && self.lower_is(q - 3, &["the", "its", "their"])
            && let Some(g) = self.antecedent(q)
        {
            s.count = Some(StatedCount {
                n,
                span: self.span_of(q - 1, q - 1),
            });
            (s.count_ok, s.matched, s.group, s.role) = (true, true, Some(g), Some(Role::Member));
            s.qualify(&self.w(q - 2).to_ascii_lowercase());
            return s;
        }
        // "The G7 summit opened … Leaders of all seven — Britain, …": "all" and a count set
        // off before a list, after a sentence that names a group, is the whole of it.
        // (And in a quotation, an editor's gloss: "The four of us [Australia, India, Japan
        // and the Philippines] have never been more closely aligned".)
        let of_us = q >= ws + 3
            && self.lower_is(q - 1, &["us", "them"])
            && self.lower_is(q - 2, &["of"])
            && count_value(self.w(q - 3)).is_some();
        let c = if of_us { q - 2 } else { q };
        if appositive
            && (of_us || (q >= ws + 2 && self.lower_is(q - 2, &["all"])))
            && let Some(n) = count_value(self.w(c - 1))
            && (of_us || self.group_spoken_of(ws))
            // (A group that has had that many: "NATO … all three — Estonia, Latvia and
            // Lithuania —" are some of NATO.)
            // (The G7's seven states: a member copy leaves out, the EU, is not counted.)
            && self.antecedent(q).is_some_and(|(g, _)| {
                let g = crate::data::groups::get().get(g);
                let member = crate::data::groups::Role::Member;
                g.snapshots(member).iter().any(|snap| {
                    let listed = snap
                        .certain
                        .iter()
                        .filter(|&&e| !g.non_enumerated(e, member));
                    snap.certain.len() == n as usize || listed.count() == n as usize
                })
            })
        {
            s.count = Some(StatedCount {
                n,
                span: self.span_of(c - 1, c - 1),
            });
            s.count_ok = true;
            s.antecedent = true;
            s.matched = true;
            return s;
        }
        // "the SCO, which consists of", "the G7 is made up of"
        while q > ws && self.lower_is(q - 1, VERB_WORDS) {
            q -= 1;
        }
        // ", which brings together …" set off right after a group's name: the clause is the
        // group's whatever governs the name ("ministers of the Quad, which groups …").
        let mut relative = q < we && self.lower_is(q, &["which"]) && self.gap_is(q, Punct::Comma);
        // "the Visegrad Four, a central European grouping of …": a noun phrase set off after
        // the group's name describes it, as ", which groups …" does.
        // (Only a group noun before the lead-in, and no preposition between: "the EU, a
        // trading partner of countries including …" lists no members.)
        if !appositive
            && q > ws
            && (self.lower_is(q, &["grouping"]) || self.lower_is(q - 1, GROUP_NOUNS))
        {
            let mut p = q;
            while p > ws + 1
                && p + 4 > q
                && self.gap_is(p, Punct::Space)
                && !self.lower_is(p - 1, &["a", "an"])
                && self.shape(p - 1) != Shape::Number
                && !self.lower_is(
                    p - 1,
                    &[
                        "of", "with", "to", "for", "from", "in", "on", "by", "and", "or",
                    ],
                )
            {
                p -= 1;
            }
            if p > ws + 1
                && self.lower_is(p - 1, &["a", "an"])
                && self.gap_is(p - 1, Punct::Comma)
                && self
                    .mention_ending_at(p - 2)
                    .is_some_and(|m| m.first_word as usize >= ws)
            {
                q = p - 1;
                relative = true;
            } else if p > ws + 2
                && self.lower_is(p - 1, &["a", "an"])
                && self.lower_is(p - 2, &["is", "was", "remains"])
                && self.gap_is(p - 1, Punct::Space)
                && self.gap_is(p - 2, Punct::Space)
            {
                // "The G7 is a grouping of …"
                q = p - 2;
            }
        }
        if q == ws {
            s.bare = true;
            s.matched = true;
            return s;
        }
        // "… the group has expanded rapidly. It now also includes A, B and C": "it" opening
        // the sentence after one that speaks of a group is that group.
        if q == ws + 1 && !appositive && self.lower_is(ws, &["it"]) && self.group_spoken_of(ws) {
            s.antecedent = true;
            s.matched = true;
            return s;
        }
        // "Members (10):"
        if q > ws
            && self.shape(q - 1) == Shape::Number
            && self.gap_is(q - 1, Punct::Open)
            && let Some(n) = count_value(self.w(q - 1))
        {
            s.count = Some(StatedCount {
                n,
                span: self.span_of(q - 1, q - 1),
            });
            q -= 1;
        }
        // "The Quad quartet — …": a count noun right after the group's name.
        if q > ws + 1
            && self.gap_is(q - 1, Punct::Space)
            && let Some(n) = crate::data::claim_words::count_noun(self.w(q - 1))
            && let Some(m) = self.mention_ending_at(q - 2)
            && m.first_word as usize >= ws
            && self.counted_group(m.span, n).is_some()
        {
            // Only when the group has had that many members ("the BRICS pair" is two of
            // them, not the group).
            s.count = Some(StatedCount {
                n,
                span: self.span_of(q - 1, q - 1),
            });
            s.count_ok = true;
            q -= 1;
        }
        let neg_from = |q: usize| q.saturating_sub(3).max(ws);
        // A group name that ends in a role noun ("Benelux countries", "permanent members of
        // the Security Council") is read as the group.
        let mention_last = self
            .mention_ending_at(q - 1)
            .filter(|m| m.first_word as usize >= ws);
        if mention_last.is_none()
            && let Some((role, start, qualified)) = self.role_noun_ending_at(q - 1, ws)
        {
            s.role = Some(role);
            s.qualified = qualified;
            s.unchecked = qualified;
            s.founding = qualified && crate::data::claim_words::is_founding(self.w(q - 1));
            let noun_end = q - 1;
            q = start;
            // Modifiers: counts, plain words, qualifiers.
            while q > ws && self.gap_is(q, Punct::Space) {
                let w = self.w(q - 1);
                let l = w.to_ascii_lowercase();
                if let Some(n) = count_value(w).or_else(|| count_adjective(w)) {
                    s.count.get_or_insert(StatedCount {
                        n,
                        span: self.span_of(q - 1, q - 1),
                    });
                } else if let Some(g) = self.implied_group(&l, q - 1) {
                    // "the five permanent members", "OPEC's three exempt members"
                    s.implied = Some(g);
                } else if PLAIN_MODIFIERS.contains(&l.as_str()) {
                } else if QUALIFIERS.contains(&l.as_str()) {
                    s.qualify(&l);
                } else if l == "not" || l == "non" || l == "never" || l == "no" {
                    s.negated = true;
                } else if s.implied.is_some() && s.count.is_none() && self.picks_some_out(q, ws, w)
                {
                    // "The six undecided elected members — …": before a role its modifier
                    // names.
                    s.qualify(&l);
                } else {
                    break;
                }
                q -= 1;
            }
            // "Twelve countries were founding members: …": the count of the subject.
            if s.count.is_none() {
                s.count = self.counted_copula_subject(q, ws);
            }
            // "six members:" or "six members are": the count belongs to the list whoever
            // the subject is ("The charter lists six members: …").
            if s.count.is_some()
                && noun_end + 1 == we
                && !(q > ws && crate::data::claim_words::is_approx(self.w(q - 1)))
            {
                s.count_ok = true;
            }
            // "The GCC has six members: …", "It now lists six members: …"
            // "… exempt from the cuts" after "OPEC": a relation the data gives as a group of
            // its own (`group-word`); otherwise a qualifier the data cannot check.
            if postmod {
                match self.implied_group(&self.w(we).to_ascii_lowercase(), we) {
                    Some(g) => s.implied = Some(g),
                    None => s.qualify("exempt"),
                }
            }
            let mut verb = false;
            if s.count.is_some()
                && q > ws
                && self.gap_is(q, Punct::Space)
                && crate::data::claim_words::is_have(self.w(q - 1))
            {
                q -= 1;
                verb = true;
                s.past = self.lower_is(q, &["had", "comprised", "numbered", "counted"]);
                while q > ws
                    && self.gap_is(q, Punct::Space)
                    && self.lower_is(q - 1, &["now", "currently", "still", "also", "today"])
                {
                    q -= 1;
                }
            }
            // "The EU has granted candidate status to nine countries: …": the status names
            // the relation.
            if !verb
                && s.role == Some(Role::Member)
                && let Some((role, at)) = self.status_granted_to(q, ws)
            {
                s.role = Some(role);
                q = at;
                verb = true;
            }
            // "ECOWAS is made up of 15 states: …": a lead-in before the counted noun joins
            // it to the group as a verb does.
            if !verb
                && s.count.is_some()
                && q > ws
                && self.gap_is(q, Punct::Space)
                && let Some((start, lead)) = self.lead_ending_at(q - 1, ws)
                && lead.exhaustive
                && !lead.needs_subject
            {
                q = start;
                verb = true;
                while q > ws && self.gap_is(q, Punct::Space) && self.lower_is(q - 1, BEFORE_LEAD) {
                    q -= 1;
                }
            }
            // "the bloc's charter lists six member states: …": the document's group.
            if verb
                && q > ws + 1
                && self.gap_is(q, Punct::Space)
                && crate::data::claim_words::is_document(self.w(q - 1))
            {
                q -= 1;
                // "the council's founding declaration lists eight member states: …": the
                // founders, as "founding members" would say.
                if q > ws + 1
                    && self.gap_is(q, Punct::Space)
                    && crate::data::claim_words::is_founding(self.w(q - 1))
                {
                    s.qualify(&self.w(q - 1).to_ascii_lowercase());
                    q -= 1;
                }
            }
            // "ASEAN was founded in Bangkok in 1967 by five countries: …": the founders, with
            // the founding verb a few words before "by".
            if !verb
                && s.count.is_some()
                && q > ws + 3
                && self.gap_is(q, Punct::Space)
                && self.lower_is(q - 1, &["by"])
                && let Some(v) = (q.saturating_sub(12).max(ws + 2)..q - 1).rev().find(|&k| {
                    self.lower_is(k, &["founded", "formed", "established", "created"])
                        && self.lower_is(k - 1, &["was", "were"])
                        && self.gap_is(k, Punct::Space)
                        && self.gap_is(k - 1, Punct::Space)
                })
                && self
                    .mention_ending_at(v - 2)
                    .is_some_and(|m| m.first_word as usize >= ws)
            {
                s.qualify("founding");
                q = v - 1;
            }
            // "BRICS, which now has 10 members: …"
            let mut relative = verb && q > ws + 1 && self.lower_is(q - 1, &["which", "that"]);
            if relative {
                q -= 1;
            } else if verb && q > ws + 2 && self.gap_is(q, Punct::Comma) {
                // "The GCC, set up in Abu Dhabi in 1981, groups six states: …": an aside
                // opened by a participle after the group's name.
                let aside = (q.saturating_sub(14).max(ws + 1)..q - 1).rev().find(|&c| {
                    self.gap_is(c, Punct::Comma)
                        && (self.w(c).ends_with("ed")
                            || self.lower_is(c, &["set", "based", "headquartered", "born"])
                            // "The council, the main forum for … since 1952, is made up
                            // of five countries": a noun phrase after a group's name or noun.
                            // "The bloc, which marked its 50th anniversary last month,
                            // is made up of 12 countries": a relative clause set off too.
                            || (self.lower_is(c, &["the", "a", "an", "which"])
                                && (self.lower_is(c - 1, GROUP_NOUNS)
                                    || self.mention_ending_at(c - 1).is_some())))
                });
                if let Some(c) = aside {
                    q = c;
                    relative = true;
                }
            }
            // "the Five Eyes intelligence alliance (members: …)", "the Five Eyes
            // intelligence-sharing network (…)": the bracket follows the group's noun, with
            // a modifier of at most two words (spaced or hyphenated) between it and the
            // group's name.
            if !verb
                && q > ws + 1
                && self.gap_is(q, Punct::Open)
                && self.lower_is(q - 1, GROUP_NOUNS)
            {
                let joined = |k: usize| {
                    self.gap_is(k, Punct::Space) || self.gap(k).is_some_and(|g| g == "-")
                };
                let mut e = q - 1;
                loop {
                    if e > ws
                        && self.gap_is(e, Punct::Space)
                        && self.mention_ending_at(e - 1).is_some()
                    {
                        q = e;
                        break;
                    }
                    if e + 3 < q || e <= ws + 1 || !joined(e) {
                        break;
                    }
                    e -= 1;
                }
            }
            // The group right before the role noun, joined by a space or a possessive
            // ("NATO members", "NATO's members"; not "OPEC+ members"), or a bracket
            // ("The Quad (members: …)").
            if let Some(m) = (q > ws
                && (self.gap_is(q, Punct::Space)
                    || (!verb && self.gap_is(q, Punct::Open))
                    || (relative && self.gap_is(q, Punct::Comma))))
            .then(|| self.mention_ending_at(q - 1))
            .flatten()
                && m.first_word as usize >= ws
            {
                // "NATO's 32 members", "EU member states", "the SCO's observers"
                s.group = Some((m.group, m.span));
                s.matched = true;
                q = m.first_word as usize;
                // "Former OPEC members …", "Nordic NATO members …", and with a count
                // between: "the other three Quad members, …".
                let mut p = q;
                if p > ws + 1
                    && self.gap_is(p, Punct::Space)
                    && self.gap_is(p - 1, Punct::Space)
                    && count_value(self.w(p - 1)).is_some()
                {
                    p -= 1;
                }
                // "The new Gulf Cooperation Council brings together six states: …": before
                // the subject of a verb, "new" says the group is new, not some members.
                if p > ws
                    && self.gap_is(p, Punct::Space)
                    && let Some(l) = self.qualifying_word(p, ws)
                    && !(verb && l == "new")
                {
                    s.qualify(&l);
                    q = p - 1;
                }
            } else if verb && q > ws && self.lower_is(q - 1, &["it", "they"]) {
                // "It has six members: …"
                s.antecedent = true;
                s.matched = true;
                q -= 1;
            } else if !verb && q > ws && self.lower_is(q - 1, &["its", "their", "whose"]) {
                s.antecedent = true;
                s.matched = true;
                q -= 1;
                // "the G20, whose members include …": the group is right there.
                if self.lower_is(q, &["whose"])
                    && q > ws
                    && let Some(m) = self.mention_ending_at(q - 1)
                    && m.first_word as usize >= ws
                {
                    s.group = Some((m.group, m.span));
                    s.antecedent = false;
                    q = m.first_word as usize;
                }
            } else if q > ws
                && self.w(q - 1).len() > 2
                && GROUP_NOUNS.iter().any(|n| {
                    let w = self.w(q - 1).to_ascii_lowercase();
                    // ("The grouping (members: …)": a bracket after the group noun.)
                    let bare = if verb || self.gap_is(q, Punct::Open) {
                        Some(w.as_str())
                    } else {
                        None
                    };
                    w.strip_suffix("'s")
                        .or_else(|| w.strip_suffix("’s"))
                        .or(bare)
                        == Some(n)
                })
            {
                // "the alliance's members", "the bloc has six members"
                s.antecedent = true;
                s.matched = true;
                q -= 1;
            } else if q > ws && self.gap_is(q, Punct::Space) && self.names_head(q - 1, ws) {
                // "the Arctic Council … Council members such as …": the head noun of a group
                // named before stands for it, as "the alliance" does.
                s.antecedent = true;
                s.matched = true;
                q -= 1;
            } else if q > ws
                && self.gap_is(q, Punct::Space)
                && self.lower_is(q - 1, &["said", "says", "say", "added"])
                && self.group_spoken_of(ws)
            {
                // "ECOWAS … now has 12 members. Officials said members such as Ghana, …": a
                // bare role noun opening the reported clause, after a sentence that names a
                // group, is that group's.
                s.antecedent = true;
                s.matched = true;
            } else if q == ws
                && self.shape(q) == Shape::Capitalised
                && self.group_spoken_of(ws)
                && self.proper_role_noun(noun_end)
            {
                // "… the regional bloc ECOWAS … Members including Senegal, …": a bare role
                // noun opening the sentence, after a sentence that names a group, is that
                // group's, as after "said".
                s.antecedent = true;
                s.matched = true;
            } else if q == ws || (q == ws + 1 && self.lower_is(ws, &["the", "its", "their", "all"]))
            {
                s.bare = self.proper_role_noun(noun_end);
                s.matched = s.bare;
                s.count_ok = true;
            }
        } else if let Some(m) = mention_last {
            s.group = Some((m.group, m.span));
            q = m.first_word as usize;
            // The full name before an acronym in brackets: "Shanghai Cooperation
            // Organization (SCO)".
            if q > ws
                && self.gap_is(q, Punct::Open)
                && let Some(m2) = self.mention_ending_at(q - 1)
                && m2.group == m.group
            {
                q = m2.first_word as usize;
            }
            let mut r = q;
            // "the six-member CSTO — …": a count adjective before the name.
            if r > ws
                && self.gap_is(r, Punct::Space)
                && let Some(n) = count_adjective(self.w(r - 1))
            {
                s.count = Some(StatedCount {
                    n,
                    span: self.span_of(r - 1, r - 1),
                });
                s.count_ok = true;
                r -= 1;
            }
            // "the previous presidency trio — …": not the group of the article's date.
            if r > ws
                && self.gap_is(r, Punct::Space)
                && crate::data::claim_words::is_temporal(self.w(r - 1))
            {
                s.qualify(&self.w(r - 1).to_ascii_lowercase());
                r -= 1;
            }
            let alias = self.doc.slice(m.span).to_ascii_lowercase();
            let alias_says_members = alias.contains("members");
            // ("The other Visegrad countries — …": a name that is a plural noun.)
            let plural_name = alias_says_members
                || [
                    "countries",
                    "states",
                    "nations",
                    "powers",
                    "economies",
                    "allies",
                ]
                .iter()
                .any(|n| alias.ends_with(n));
            // "the three African elected members of the UN Security Council": a qualifier
            // before a name that holds the role noun qualifies the role.
            if plural_name
                && r > ws
                && self.gap_is(r, Punct::Space)
                && let Some(l) = self.qualifying_word(r, ws)
            {
                s.qualify(&l);
                r -= 1;
            }
            if r > ws && self.lower_is(r - 1, &["the"]) {
                r -= 1;
            }
            if r > ws
                && self.gap_is(r, Punct::Space)
                && let Some(n) = count_value(self.w(r - 1)).filter(|&n| n <= 200)
            {
                // "the five permanent members of the Security Council"
                s.count = Some(StatedCount {
                    n,
                    span: self.span_of(r - 1, r - 1),
                });
            }
            if alias_says_members {
                s.role = Some(Role::Member);
            }
            if r > ws + 1 && self.lower_is(r - 1, &["of", "in", "at", "within", "inside"]) {
                // "members of NATO", "observers at the SCO" ("the three Nordic countries
                // already inside the EU": over a word of time).
                let mut n = r - 2;
                while n > ws && self.lower_is(n, &["already", "still", "now", "currently"]) {
                    n -= 1;
                }
                if let Some((role, start, qualified)) = self.role_noun_ending_at(n, ws) {
                    s.role = Some(role);
                    s.qualified |= qualified;
                    s.unchecked |= qualified;
                    self.role_modifiers(&mut s, start, ws);
                    s.matched = true;
                } else {
                    // "leaders of the G20, including …": the list is not the group's.
                    s.matched = appositive || relative;
                }
            } else {
                // "talks with the SCO, including …": the group is the object of another word.
                // (Set off by dashes, the list is the group's: "a summit with the Quad — …";
                // not after a word that puts it outside: "the four EU members still outside
                // the Schengen area — …".)
                let outside = r > ws
                    && self.lower_is(r - 1, &["outside", "leave", "leaving", "left", "quit"]);
                s.matched = (appositive && !outside)
                    || relative
                    || r == ws
                    || !self.lower_is(r - 1, GOVERNING);
            }
        } else if let Some((role, start, _)) = self.role_of_group_noun(q, ws) {
            // "The three countries of the trio, A, B and C": the group named before.
            s.role = Some(role);
            s.antecedent = true;
            s.matched = true;
            q = start;
        } else if GROUP_NOUNS.contains(&self.w(q - 1).to_ascii_lowercase().as_str()) {
            // "the six-nation bloc, made up of …"
            let mut p = q - 1;
            while p > ws && self.gap_is(p, Punct::Space) {
                let w = self.w(p - 1);
                if let Some(n) = count_adjective(w) {
                    s.count = Some(StatedCount {
                        n,
                        span: self.span_of(p - 1, p - 1),
                    });
                } else if !self.lower_is(
                    p - 1,
                    &[
                        "the",
                        "this",
                        "regional",
                        "security",
                        "economic",
                        "political",
                        "military",
                        "trade",
                        "defence",
                        "defense",
                    ],
                ) {
                    break;
                }
                p -= 1;
            }
            s.antecedent = true;
            s.matched = true;
            q = p;
        }
        // "the Security Council's five permanent members": the modifier's group, not the
        // whole council the name gives (a group whose own name holds the named one's).
        if let Some(g) = s.implied
            && s.group.is_none_or(|(named, _)| {
                let groups = crate::data::groups::get();
                let (part, whole) = (groups.get(g.0), groups.get(named));
                part.name.contains(whole.name.as_str()) || part.name.contains(whole.short_name())
            })
        {
            s.group = Some(g);
            s.antecedent = false;
            s.bare = false;
            s.matched = true;
        }
        // "Three of the six GCC states — …", "some of its members: …": a selection, whose
        // count is not the list's.
        if self.partitive_before(q, ws, appositive) {
            s.partitive = true;
            s.qualified = true;
            s.count = None;
            s.count_ok = false;
        }
        // A "non" inside a group's name ("non-permanent members of the Security Council")
        // negates nothing.
        let in_name = |i: usize| {
            self.doc
                .group_mentions
                .iter()
                .any(|m| (m.first_word as usize..m.end_word as usize).contains(&i))
        };
        // "does not apply to the three members exempt …", "do not cover the three
        // members": a verb after the "not" makes the role noun the object of the negated
        // verb, not a non-member ("are not members", "not yet full members" are).
        let verb_object = |i: usize| {
            (i + 1..q).any(|k| {
                !self.lower_is(
                    k,
                    &[
                        "yet",
                        "even",
                        "all",
                        "full",
                        "formal",
                        "official",
                        "a",
                        "an",
                        "the",
                        "be",
                        "been",
                        "currently",
                        "now",
                        "its",
                        "their",
                    ],
                )
            })
        };
        if (neg_from(q)..we).any(|i| {
            !in_name(i) && self.lower_is(i, &["not", "non", "never", "no"]) && !verb_object(i)
        }) {
            s.negated = true;
        }
        s
    }
}
