//! Where else a list's group comes from — a fact-box or list title, an earlier mention
//! ("its members") — and the lead-in and predicate around a list.
// Word indices are the currency here: `j` a position, `b` the end of the sentence.
#![allow(clippy::many_single_char_names)]

use super::vocab::{ANTECEDENT_WORDS, LEADS, Lead, Trailing, count_value};
use crate::data::groups::{GroupId, Role};
use crate::doc::series::extractor::{Extractor, Punct};
use crate::doc::series::{GroupMention, StatedCount};
use crate::doc::{BlockId, BlockKind};
use crate::span::Span;

/// A counted apposition after a list: the group it names (if any), the count (none for
/// "both …", which says what each listed one is), its span, and the role.
pub(super) type Apposition = (Option<(GroupId, Span)>, Option<StatedCount>, Span, Role);

impl Extractor<'_, '_> {
    /// The group a list or fact box is titled with: the heading of the enclosing fact box,
    /// or the heading (or paragraph ending in a colon) right above the enclosing list.
    pub(super) fn title_group(&self, block: BlockId) -> Option<(GroupId, Span)> {
        let blocks = &self.doc.blocks;
        let mut p = blocks[block as usize].parent;
        while let Some(id) = p {
            let b = &blocks[id as usize];
            match b.kind {
                BlockKind::FactBox => {
                    let head = blocks[id as usize + 1..]
                        .iter()
                        .take_while(|x| x.span.start < b.span.end)
                        .position(|x| x.parent == Some(id) && x.kind.is_heading())?;
                    return self.first_mention_in(id + 1 + head as BlockId);
                }
                BlockKind::List { .. } if id > 0 => {
                    let prev = id - 1;
                    if self.titles_list(prev)
                        && let Some(m) = self.first_mention_in(prev)
                    {
                        return Some(m);
                    }
                }
                _ => {}
            }
            p = b.parent;
        }
        None
    }

    pub(super) fn first_mention_in(&self, block: BlockId) -> Option<(GroupId, Span)> {
        let r = self.doc.blocks[block as usize].words();
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.first_word as usize) < r.start);
        m.get(at)
            .filter(|x| (x.end_word as usize) <= r.end)
            .map(|x| (x.group, x.span))
    }

    /// A block that introduces the list right after it: a heading, or prose ending in a
    /// colon.
    pub(super) fn titles_list(&self, prev: BlockId) -> bool {
        let b = &self.doc.blocks[prev as usize];
        if b.kind.is_container() || b.words.is_empty() {
            return false;
        }
        b.kind.is_heading()
            || self.after(b.words().end - 1).trim_end().ends_with(':')
            || self.doc.bold_paragraph(prev)
    }

    /// Whether the word before the one starting `span` moves it off the article's date
    /// ("the previous trio", "the next trio").
    pub(super) fn after_temporal(&self, span: Span) -> bool {
        let k = self
            .doc
            .words
            .partition_point(|w| w.span.start() < span.start());
        k > 0
            && self.gap_is(k, Punct::Space)
            && crate::data::claim_words::is_temporal(self.w(k - 1))
    }

    /// The nearest group named before word `first`, not far back.
    ///
    /// A body named by its noun ("the bloc's three Nordic members") is not a rotation of
    /// office holders named last ("a presidency trio with Romania and Croatia"): the
    /// nearest group before that is meant.
    pub(super) fn antecedent(&self, first: usize) -> Option<(GroupId, Span)> {
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.end_word as usize) <= first);
        let body = (first.saturating_sub(6)..first).any(|k| {
            // (The document's cached lower-case word: no copy per word.)
            let w = self.doc.word_lower(k);
            let w = w.trim_end_matches("'s").trim_end_matches("’s");
            super::vocab::GROUP_NOUNS.contains(&w)
        });
        let groups = crate::data::groups::get();
        m[..at]
            .iter()
            .rev()
            // A few paragraphs back at most: further than that, "its" means something else.
            .take_while(|x| first - x.end_word as usize <= ANTECEDENT_WORDS)
            .find(|x| !(body && groups.get(x.group).is_rotation()))
            .map(|x| (x.group, x.span))
    }

    /// Where a phrase of present time ending just before word `s` starts ("this year",
    /// "now", "at present"), not before `lo`; `s` when there is none. ("In 2010" is not one:
    /// it dates the claim, and a claim is checked on the article's date.)
    pub(super) fn before_time_phrase(&self, s: usize, lo: usize) -> usize {
        let spaced = |k: usize| self.gap_is(k, Punct::Space);
        if s > lo && spaced(s) && self.lower_is(s - 1, &["now", "currently", "today"]) {
            return s - 1;
        }
        if s >= lo + 2 && spaced(s) && spaced(s - 1) {
            let two = (self.w(s - 2), self.w(s - 1));
            let this = two.0.eq_ignore_ascii_case("this")
                && self.lower_is(s - 1, &["year", "month", "week"]);
            let present = two.0.eq_ignore_ascii_case("at") && self.lower_is(s - 1, &["present"]);
            if this || present {
                return s - 2;
            }
        }
        s
    }

    /// A lead-in phrase whose last word is `i` (not before `lo`): (first word, entry).
    pub(super) fn lead_ending_at(&self, i: usize, lo: usize) -> Option<(usize, &'static Lead)> {
        for lead in LEADS {
            let n = lead.words.len();
            if i + 1 < lo + n {
                continue;
            }
            let s = i + 1 - n;
            let ok = lead
                .words
                .iter()
                .enumerate()
                .all(|(k, w)| self.w(s + k).eq_ignore_ascii_case(w))
                && (s + 1..=i).all(|k| self.gap_is(k, Punct::Space));
            if ok {
                return Some((s, lead));
            }
        }
        None
    }

    /// The predicate after a list: "… have observer status", "… are members of NATO".
    pub(super) fn trailing(&self, j: usize, b: usize) -> Option<Trailing> {
        let mut j = j;
        let adverbs = ["all", "both", "also", "now", "still", "currently"];
        let skip = |x: &Self, j: &mut usize| {
            let mut n = 0;
            while *j < b && n < 2 && x.lower_is(*j, &adverbs) && x.gap_is(*j + 1, Punct::Space) {
                *j += 1;
                n += 1;
            }
        };
        skip(self, &mut j);
        if j + 1 >= b || !self.gap_is(j + 1, Punct::Space) {
            return None;
        }
        let verb = self.w(j).to_ascii_lowercase();
        let past = matches!(verb.as_str(), "had" | "held" | "were");
        let mut group = None;
        let role;
        j += 1;
        match verb.as_str() {
            "have" | "has" | "hold" | "holds" | "enjoy" | "enjoys" | "had" | "held" => {
                while j < b && self.lower_is(j, &["formal", "official", "full"]) {
                    j += 1;
                }
                if !(j + 1 < b
                    && self.lower_is(j, &["observer"])
                    && self.lower_is(j + 1, &["status"]))
                {
                    return None;
                }
                role = Role::Observer;
                j += 2;
            }
            "are" | "remain" | "were" => {
                skip(self, &mut j);
                if j < b && self.lower_is(j, &["not", "never", "no"]) {
                    return None;
                }
                if j < b && self.lower_is(j, &["the", "its", "their"]) {
                    j += 1;
                }
                if let Some(x) = self.mention_starting_at(j) {
                    group = Some((x.group, x.span));
                    j = x.end_word as usize;
                }
                // A role noun (one or two words).
                let (rl, next, qualified) = self.role_noun_at(j, b)?;
                if qualified || !self.proper_role_noun(next - 1) {
                    return None;
                }
                role = rl;
                j = next;
            }
            // "… make up the Gulf Cooperation Council.", "…, which form the Quad, met":
            // the whole membership, when the group's name ends the clause.
            "make" | "made" | "form" | "formed" | "constitute" | "constituted" => {
                if matches!(verb.as_str(), "make" | "made") {
                    if !(j < b && self.lower_is(j, &["up"])) {
                        return None;
                    }
                    j += 1;
                }
                if j < b && self.lower_is(j, &["the"]) {
                    j += 1;
                }
                let x = self.mention_starting_at(j)?;
                let text = self.doc.slice(x.span);
                let end = x.end_word as usize;
                if text.ends_with("'s")
                    || text.ends_with("’s")
                    || (end < b && self.gap_is(end, Punct::Space))
                {
                    return None;
                }
                return Some((
                    Role::Member,
                    Some((x.group, x.span)),
                    verb == "made" || verb.ends_with("ed"),
                ));
            }
            _ => return None,
        }
        // "… of NATO", "… in the SCO"
        if group.is_none() && j + 1 < b && self.lower_is(j, &["of", "in", "at", "within"]) {
            let mut k = j + 1;
            if self.lower_is(k, &["the"]) {
                k += 1;
            }
            if let Some(x) = self.mention_starting_at(k) {
                group = Some((x.group, x.span));
                // "members of both NATO and the EU": two groups, no single subject.
                if self.exact(x.end_word as usize, "and") {
                    return None;
                }
            } else if k < b
                && !super::vocab::GROUP_NOUNS
                    .iter()
                    .any(|n| self.w(k).eq_ignore_ascii_case(n))
            {
                // "dialogue partners of the commission" (a body the data does not know):
                // not the group named before, which "of the bloc" would be.
                return None;
            }
        }
        Some((role, group, past))
    }

    /// A counted apposition right after a list, which names the whole membership: "A, B
    /// and C — the seven rich democracies that make up the group —", "A, B and C, the
    /// three Baltic states, signed". Word `j` follows the list's last item; the apposition
    /// must close (a comma, dash or bracket, or the sentence's end) after its group's name or
    /// role noun, so "the three OPEC members exempt from the cuts" (a relation of its own) is
    /// not read. Returns the group named in it (`None` for "the group", "the bloc": the
    /// group named before), the count, and the apposition's span.
    pub(super) fn trailing_apposition(&self, j: usize, b: usize) -> Option<Apposition> {
        let closes = |k: usize| {
            k >= b
                || self.gap_is(k, Punct::Comma)
                || self.gap_is(k, Punct::Dash)
                || self.gap_is(k, Punct::Close)
        };
        let spaced = |k: usize| self.gap_is(k, Punct::Space);
        // "Sweden and Italy, both elected members of the council, …": a modifier that
        // names a group within the one the words before speak of (`group-word`).
        if self.lower_is(j, &["both"])
            && j + 2 < b
            && spaced(j + 1)
            && spaced(j + 2)
            && let Some(g) = self.implied_group(&self.w(j + 1).to_ascii_lowercase(), j + 1)
            && let Some((role, _, false)) = self.role_noun_ending_at(j + 2, j + 2)
        {
            let mut end = j + 3;
            // ("… of the council": the group the modifier's word names.)
            if end + 2 < b
                && self.lower_is(end, &["of"])
                && self.lower_is(end + 1, &["the"])
                && (end..end + 3).all(spaced)
            {
                end += 3;
            }
            if closes(end) {
                return Some((Some(g), None, self.span_of(j, end - 1), role));
            }
        }
        // "Afghanistan and Sri Lanka, both observers in the bloc, …", "both members of
        // NATO": the role noun, then the group named or the noun of one named before.
        if self.lower_is(j, &["both"])
            && j + 1 < b
            && spaced(j + 1)
            && let Some((role, next, false)) = self.role_noun_at(j + 1, b)
            && self.proper_role_noun(next - 1)
            && next + 1 < b
            && spaced(next)
            && spaced(next + 1)
            && self.lower_is(next, &["of", "in", "at"])
        {
            let the = self.lower_is(next + 1, &["the"]) && next + 2 < b && spaced(next + 2);
            let at = next + 1 + usize::from(the);
            if let Some(x) = self.mention_starting_at(at) {
                let end = x.end_word as usize;
                if closes(end) {
                    return Some((
                        Some((x.group, x.span)),
                        None,
                        self.span_of(j, end - 1),
                        role,
                    ));
                }
            } else if the && self.lower_is(at, super::vocab::GROUP_NOUNS) && closes(at + 1) {
                return Some((None, None, self.span_of(j, at), role));
            }
        }
        // "Mongolia and Turkmenistan, both SCO observers, …": what each of the listed is,
        // not the whole of the group (`Apposition`'s role; no count).
        if self.lower_is(j, &["both"])
            && j + 1 < b
            && spaced(j + 1)
            && let Some(x) = self.mention_starting_at(j + 1)
        {
            let end = x.end_word as usize;
            if end < b
                && spaced(end)
                && let Some((role, next, false)) = self.role_noun_at(end, b)
                && self.proper_role_noun(next - 1)
                && closes(next)
            {
                return Some((
                    Some((x.group, x.span)),
                    None,
                    self.span_of(j, next - 1),
                    role,
                ));
            }
            return None;
        }
        let c = j + 1;
        if c + 1 >= b || !self.lower_is(j, &["the"]) || !spaced(c) || !spaced(c + 1) {
            return None;
        }
        let count = StatedCount {
            n: count_value(self.w(c))?,
            span: self.span_of(c, c),
        };
        // "the three Baltic states", "the seven G7 members"
        if let Some(x) = self.mention_starting_at(c + 1) {
            let mut end = x.end_word as usize;
            if end < b
                && spaced(end)
                && let Some((Role::Member, next, false)) = self.role_noun_at(end, b)
            {
                end = next;
            }
            // "the three OPEC members exempt from output targets, …": a modifier after the
            // role noun that names a group within the one named (`postmod` and `group-word`
            // in `rules/claim-words.txt`).
            if end > x.end_word as usize
                && end < b
                && spaced(end)
                && let Some(group) = self.postmod_group(end, x)
                && let Some(close) = (end + 1..(end + 8).min(b + 1)).find(|&k| closes(k))
                && (end + 1..close).all(spaced)
            {
                return Some((
                    Some(group),
                    Some(count),
                    self.span_of(j, close - 1),
                    Role::Member,
                ));
            }
            return closes(end).then(|| {
                (
                    Some((x.group, x.span)),
                    Some(count),
                    self.span_of(j, end - 1),
                    Role::Member,
                )
            });
        }
        // "the seven rich democracies" that make up the group"
        let rel = (c + 2..(c + 5).min(b)).find(|&k| {
            self.lower_is(k, &["that", "which", "who"])
                && (c + 1..=k)
                    .all(|i| spaced(i) && self.w(i).starts_with(|ch: char| ch.is_lowercase()))
        })?;
        let mut k = rel + 1;
        if k < b && self.lower_is(k, &["make", "form", "constitute"]) && spaced(k + 1) {
            k += 1;
            if self.lower_is(k - 1, &["make"]) {
                if !(k < b && self.lower_is(k, &["up"]) && spaced(k + 1)) {
                    return None;
                }
                k += 1;
            }
        } else {
            return None;
        }
        if k < b && self.lower_is(k, &["the"]) && spaced(k + 1) {
            k += 1;
        }
        if let Some(x) = self.mention_starting_at(k) {
            let end = x.end_word as usize;
            return closes(end).then(|| {
                (
                    Some((x.group, x.span)),
                    Some(count),
                    self.span_of(j, end - 1),
                    Role::Member,
                )
            });
        }
        (k < b && self.lower_is(k, super::vocab::GROUP_NOUNS) && closes(k + 1))
            .then(|| (None, Some(count), self.span_of(j, k), Role::Member))
    }

    /// The group a `postmod` word at `k` names within the group of mention `x` ("exempt"
    /// after "OPEC members": the exempt members), with the word's span.
    fn postmod_group(&self, k: usize, x: GroupMention) -> Option<(GroupId, Span)> {
        let w = self.w(k);
        if !crate::data::claim_words::is_postmod(w) {
            return None;
        }
        let (id, context) = crate::data::claim_words::group_word(w)?;
        let name = self.doc.slice(x.span).to_ascii_lowercase();
        let group = crate::data::groups::get().by_id(id)?;
        name.split(|c: char| !c.is_alphanumeric())
            .any(|part| part == context)
            .then(|| (group, self.span_of(k, k)))
    }

    /// "The 12 founding members signed the North Atlantic Treaty in 1949: …": a counted role
    /// noun opening the clause before a colon (within six words of its start) is that
    /// clause's subject, read as if the clause ended there (or after the group named right
    /// after it: "the 12 founding members of NATO signed …"). `ws..we` is the clause.
    pub(super) fn clause_subject(&self, ws: usize, we: usize) -> Option<super::clause::Subject> {
        let last = (ws + 6).min(we.saturating_sub(2));
        let k = (ws..last).find(|&k| self.role_noun_ending_at(k, ws).is_some())?;
        let mut end = k + 1;
        if self.lower_is(end, &["of"]) {
            let at = if self.lower_is(end + 1, &["the"]) {
                end + 2
            } else {
                end + 1
            };
            end = self.mention_starting_at(at)?.end_word as usize;
        }
        if end + 1 >= we
            || self.shape(end) != crate::doc::Shape::Lower
            || !(ws + 1..=end).all(|i| self.gap_is(i, Punct::Space))
        {
            return None;
        }
        let s = self.subject(ws, end, false);
        (s.matched && !s.negated && !s.partitive && s.role.is_some() && s.count.is_some())
            .then_some(s)
    }

    /// "a trio of presidencies with Spain and Poland", "the trio it shares with A and B": a
    /// group whose name holds a count noun, and "with" (after at most a pronoun and
    /// "shares") right before a list: some of the group's members. Not a group of another
    /// time ("the next trio with …", "will open a trio with …"). Also whether the clause is
    /// in the past.
    pub(super) fn count_group_with(
        &self,
        first: usize,
        window: usize,
    ) -> Option<(GroupId, Span, bool)> {
        let with = first.checked_sub(1)?;
        if with <= window || !self.lower_is(with, &["with"]) || !self.gap_is(first, Punct::Space) {
            return None;
        }
        let mut k = with - 1;
        let shared = [
            "share", "shares", "shared", "sharing", "formed", "forms", "forming",
        ];
        if k > window && self.lower_is(k, &shared) && self.gap_is(k, Punct::Space) {
            k -= 1;
            if k > window && self.lower_is(k, &["it", "that", "which", "they", "she", "he"]) {
                k -= 1;
            }
        }
        let m = self.mention_ending_at(k)?;
        let at = m.first_word as usize;
        let counted = (at..=k).any(|i| crate::data::claim_words::count_noun(self.w(i)).is_some());
        // (Nor one still to come: "Poland will open a trio with Denmark and Cyprus".)
        let of_another_time = (at.saturating_sub(3).max(window)..at).any(|i| {
            crate::data::claim_words::is_temporal(self.w(i))
                || self.lower_is(i, &["will", "would", "shall", "to"])
        });
        // "Hungary, which completed a trio with Spain and Belgium": in the past.
        let past = (at.saturating_sub(3).max(window)..at).any(|i| {
            let w = self.w(i).to_ascii_lowercase();
            (w.len() > 4 && w.ends_with("ed"))
                || [
                    "was", "were", "had", "made", "led", "held", "began", "became",
                ]
                .contains(&w.as_str())
        });
        (at >= window && counted && !of_another_time).then_some((m.group, m.span, past))
    }

    /// "The Five Eyes intelligence-sharing alliance of A, B and C", "the Benelux union of
    /// …": a group noun and "of" right before a list, with the group named at most three
    /// words before the noun. Returns the group and the span of "of".
    pub(super) fn group_noun_of(&self, first: usize, window: usize) -> Option<(GroupId, Span)> {
        let of = first.checked_sub(1)?;
        if of < window + 2 || !self.lower_is(of, &["of"]) || !self.gap_is(first, Punct::Space) {
            return None;
        }
        let noun = of - 1;
        // "the Benelux Union of …": the noun is the name's last word.
        if let Some(m) = self.mention_ending_at(noun)
            && m.first_word as usize >= window
            && super::vocab::GROUP_NOUNS
                .iter()
                .any(|n| self.w(noun).eq_ignore_ascii_case(n))
        {
            return Some((m.group, m.span));
        }
        if !super::vocab::GROUP_NOUNS
            .iter()
            .any(|n| self.w(noun).eq_ignore_ascii_case(n))
        {
            return None;
        }
        let mut p = noun;
        for _ in 0..4 {
            // "The Five Eyes, an intelligence-sharing alliance of A, B and C": a noun phrase
            // set off after the group's name describes it.
            if p > window + 1
                && self.gap_is(p, Punct::Comma)
                && self.lower_is(p, &["a", "an"])
                && let Some(m) = self.mention_ending_at(p - 1)
                && m.first_word as usize >= window
            {
                return Some((m.group, m.span));
            }
            let hyphen = self.gap(p) == Some("-");
            if p <= window || !(self.gap_is(p, Punct::Space) || hyphen) {
                return None;
            }
            if let Some(m) = self.mention_ending_at(p - 1)
                && m.first_word as usize >= window
            {
                // "talks with the Quad alliance of …" is not the group's own list.
                let before = m.first_word as usize;
                let governed = before > window
                    && (self.lower_is(before - 1, super::vocab::GOVERNING)
                        || (before > window + 1
                            && self.lower_is(before - 1, &["the"])
                            && self.lower_is(before - 2, super::vocab::GOVERNING)));
                return (!governed).then_some((m.group, m.span));
            }
            p -= 1;
        }
        None
    }

    /// Whether two different groups are named in words `ws..we` with an "and" between them.
    pub(super) fn joined_groups(&self, ws: usize, we: usize) -> bool {
        let m = &self.doc.group_mentions;
        let from = m.partition_point(|x| (x.first_word as usize) < ws);
        m[from..]
            .iter()
            .take_while(|x| (x.end_word as usize) <= we)
            .collect::<Vec<_>>()
            .windows(2)
            .any(|p| {
                p[0].group != p[1].group
                    && (p[0].end_word as usize..p[1].first_word as usize)
                        .any(|k| self.lower_is(k, &["and"]))
            })
    }

    /// Whether the words before `q` read "N of (the) …", "some of …" or "among (its) …".
    /// Not "among" before a list set off as the noun's apposition (`appositive`): "shared
    /// among all five members — A, B, C and D —" renames them all; "among" picks some out
    /// only before its verb ("Among its 13 observer states are …").
    pub(super) fn partitive_before(&self, q: usize, ws: usize, appositive: bool) -> bool {
        let mut p = q;
        if p > ws && count_value(self.w(p - 1)).is_some() {
            p -= 1;
        }
        if p > ws && self.lower_is(p - 1, &["the", "its", "their"]) {
            p -= 1;
        }
        // "Among its 13 observer states are …"
        if p > ws && crate::data::claim_words::is_among(self.w(p - 1)) {
            return !appositive;
        }
        // "Of the ECOWAS member states, A, B and C sent …": opening the clause, "of" picks
        // some of them.
        if p == ws + 1 && self.lower_is(ws, &["of"]) {
            return true;
        }
        p > ws + 1
            && self.lower_is(p - 1, &["of"])
            && (count_value(self.w(p - 2)).is_some()
                || crate::data::claim_words::is_partitive(self.w(p - 2)))
    }
}

impl Extractor<'_, '_> {
    /// A count set off before a list as its apposition: "All three Baltic states, Estonia,
    /// Latvia and Lithuania, signed", "the five Nordic countries, Denmark, …", "the Benelux
    /// trio of Belgium, …", "both countries, France and Germany". Returns the count and the
    /// words stating it (from the count to the noun), and whether the count stands bare at
    /// the start of the clause ("Three OPEC members, …": maybe some of the group). `first` is
    /// the list's first word and `gap` the punctuation before it.
    pub(super) fn counted_apposition(
        &self,
        first: usize,
        window: usize,
        gap: Punct,
    ) -> Option<(StatedCount, Span, bool)> {
        use crate::data::claim_words::{count_noun, is_collective};
        let mut noun = first.checked_sub(1)?;
        let mut named = false;
        if noun < window {
            return None;
        }
        match gap {
            Punct::Comma => {}
            // "the trio of Belgium, …"
            Punct::Space if self.lower_is(noun, &["of"]) && noun > window => {
                noun -= 1;
                count_noun(self.w(noun))?;
            }
            _ => return None,
        }
        // "the five permanent members of the Security Council, China, …": the noun before
        // the group's name.
        if gap == Punct::Comma
            && let Some(m) = self.mention_ending_at(noun)
        {
            let mut p = m.first_word as usize;
            if p > window && self.lower_is(p - 1, &["the"]) {
                p -= 1;
            }
            if p >= window + 2 && self.lower_is(p - 1, &["of"]) {
                noun = p - 2;
            } else if let Some(n) = super::name_count(self.doc.slice(m.span)) {
                // "The Visegrad Four, Poland, …": the name states the count.
                return Some((StatedCount { n, span: m.span }, m.span, false));
            } else if holds_role_noun(self.doc.slice(m.span)) {
                // "the five permanent members of the Security Council", "all three Baltic
                // states": the name holds the noun; the count stands right before it.
                noun = m.first_word as usize;
                named = true;
            } else {
                return None;
            }
        }
        // "the three members exempt from the group's production targets, Iran, …": the
        // phrase after the role noun qualifies it; the count stands before the noun.
        if gap == Punct::Comma
            && !named
            && let Some(k) = (noun.saturating_sub(10).max(window + 1)..=noun)
                .rev()
                .find(|&k| {
                    crate::data::claim_words::is_postmod(self.w(k))
                        && self.role_noun_ending_at(k - 1, window).is_some()
                })
        {
            noun = k - 1;
        } else if gap == Punct::Comma
            && !named
            && let Some((_, start, end)) = self.role_of_group_noun(noun + 1, window)
            && start > window
            && (count_value(self.w(start - 1)).is_some()
                || (self.qualifier_before(start, window)
                    && start > window + 1
                    && count_value(self.w(start - 2)).is_some()))
        {
            // "the four countries of the group, A, …", "the three African members of the
            // 15-nation council, A, …": the count before the role noun.
            noun = end;
        }
        let w = self.w(noun);
        if let Some(n) = count_noun(w).filter(|_| !named) {
            // "the trio", "the Benelux trio": a determiner within three words before it.
            let mut p = noun;
            for _ in 0..3 {
                if p <= window || !self.gap_is(p, Punct::Space) {
                    return None;
                }
                p -= 1;
                if self.lower_is(p, &["the", "a", "an", "this", "that", "its", "their"]) {
                    return Some((
                        StatedCount {
                            n,
                            span: self.span_of(noun, noun),
                        },
                        self.span_of(p, noun),
                        false,
                    ));
                }
            }
            return None;
        }
        if !named && !is_collective(w) {
            return None;
        }
        // Back over up to three modifiers to the count.
        let mut p = noun;
        for _ in 0..4 {
            if p <= window || !self.gap_is(p, Punct::Space) {
                return None;
            }
            p -= 1;
            let word = self.w(p);
            let n = if self.lower_is(p, &["both"]) {
                Some(2)
            } else {
                count_value(word).filter(|&n| (2..=200).contains(&n))
            };
            if let Some(n) = n {
                // What stands before the count: nothing, a determiner, "all". ("Both of
                // its observer states, …", "both the bloc's …" are the whole: not bare.)
                let both_its = n == 2
                    && self.lower_is(p, &["both"])
                    && (p + 1..p + 3).any(|k| {
                        self.lower_is(k, &["its", "their", "the"])
                            && (p + 1..k).all(|i| self.lower_is(i, &["of"]))
                    });
                let bare = !both_its && (p == window || !self.gap_is(p, Punct::Space));
                let ok = bare
                    || !self.gap_is(p, Punct::Space)
                    || self.lower_is(
                        p - 1,
                        &[
                            "the", "all", "its", "their", "these", "those", "of", "by", "with",
                        ],
                    )
                    || self.w(p - 1).ends_with("'s")
                    || self.w(p - 1).ends_with("’s");
                return ok.then(|| {
                    (
                        StatedCount {
                            n,
                            span: self.span_of(p, p),
                        },
                        self.span_of(p, noun),
                        bare,
                    )
                });
            }
            // ("all seven G7 nations, …": the group's name among the modifiers.)
            if let Some(m) = self.mention_ending_at(p)
                && m.first_word as usize > window
            {
                p = m.first_word as usize;
                continue;
            }
            if word.bytes().any(|b| b.is_ascii_digit()) || is_collective(word) {
                return None;
            }
        }
        None
    }

    /// The group named right before a count noun or counted noun ("the Visegrad quartet",
    /// "the Benelux trio") in the words `span`, when some membership the group has had is
    /// exactly `n` strong.
    pub(super) fn counted_group(&self, span: Span, n: u32) -> Option<(GroupId, Span)> {
        let groups = crate::data::groups::get();
        self.doc
            .group_mentions
            .iter()
            .filter(|m| m.span.start() >= span.start() && m.span.end() <= span.end())
            .find(|m| {
                groups
                    .get(m.group)
                    .snapshots(Role::Member)
                    .iter()
                    .any(|s| s.certain.len() == n as usize)
            })
            .map(|m| (m.group, m.span))
    }
}

/// A group's name that holds the noun a count counts: "permanent members of the Security
/// Council", "Baltic states".
fn holds_role_noun(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    name.contains("members")
        || [" states", " countries", " nations", " republics"]
            .iter()
            .any(|n| name.ends_with(n))
}
