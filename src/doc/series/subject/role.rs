//! Role nouns ("members", "observer states", "Members:") and group names ending at a word.
// Word indices are the currency here: `q`, `r`, `p`, `j` positions in a window.
#![allow(clippy::many_single_char_names)]

use super::clause::Subject;
use super::vocab::{GOVERNING, GROUP_NOUNS, PLAIN_MODIFIERS, QUALIFIERS, count_value};
use crate::data::claim_words;
use crate::data::groups::{GroupId, Role};
use crate::doc::Shape;
use crate::doc::series::extractor::{Extractor, Punct};
use crate::doc::series::{GroupMention, StatedCount};
use crate::span::Span;

impl Extractor<'_, '_> {
    /// The word before word `at` when it qualifies the group or role that `at` opens: a
    /// listed qualifier ("former", "Nordic", "other"), or any other adjective between a count
    /// or "the" and the name ("The six undecided elected members — …": some of them).
    pub(super) fn qualifying_word(&self, at: usize, ws: usize) -> Option<String> {
        let l = self.w(at - 1).to_ascii_lowercase();
        let adjective = || {
            at > ws + 1
                && self.shape(at - 1) == Shape::Lower
                && self.gap_is(at - 1, Punct::Space)
                && count_value(&l).is_none()
                && !GOVERNING.contains(&l.as_str())
                && !matches!(
                    l.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "all" | "both" | "and" | "of"
                )
                && (count_value(self.w(at - 2)).is_some()
                    || self.lower_is(at - 2, &["the", "its", "their"]))
        };
        (self.qualifier_before(at, ws) || adjective()).then_some(l)
    }

    /// Whether word `p - 1` (`w`, as written) is a word of its own between a count and a
    /// role noun that picks some of them out ("the six undecided members", "The six
    /// undecided elected members"): lower case, with a count right before it.
    pub(super) fn picks_some_out(&self, p: usize, ws: usize, w: &str) -> bool {
        p >= ws + 2
            && self.gap_is(p - 1, Punct::Space)
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && count_value(self.w(p - 2)).is_some()
    }

    pub(super) fn lower_is(&self, i: usize, set: &[&str]) -> bool {
        let w = self.w(i);
        set.iter().any(|s| w.eq_ignore_ascii_case(s))
    }

    pub(super) fn span_of(&self, a: usize, b_incl: usize) -> Span {
        let w = &self.doc.words;
        Span::new(w[a].span.start(), w[b_incl].span.end())
    }

    pub(super) fn mention_ending_at(&self, i: usize) -> Option<GroupMention> {
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.end_word as usize) <= i + 1);
        (at > 0 && m[at - 1].end_word as usize == i + 1).then(|| m[at - 1])
    }

    /// The group named from word `i` on ("the Gulf Cooperation Council" at "Gulf").
    pub(super) fn mention_starting_at(&self, i: usize) -> Option<GroupMention> {
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.first_word as usize) < i);
        m.get(at).filter(|x| x.first_word as usize == i).copied()
    }

    /// A role noun ending at word `i` (not before `lo`): (role, first word, qualified).
    /// The nouns and the words that set their relation are in `rules/claim-words.txt`
    /// (`relation`, `head`, `relation-mod`).
    pub(super) fn role_noun_ending_at(&self, i: usize, lo: usize) -> Option<(Role, usize, bool)> {
        let w = self.w(i);
        let before = (i > lo && self.gap_is(i, Punct::Space))
            .then(|| claim_words::relation_modifier(self.w(i - 1)))
            .flatten();
        if let Some((role, founders)) = claim_words::relation_noun(w) {
            return Some(match before {
                // "associate members"; "partner members" stays a qualified membership.
                Some(Role::Associate) if role == Role::Member => (Role::Associate, i - 1, false),
                // "dialogue partners", "observer observers" read as one noun.
                Some(r) if r == role && !founders => (role, i - 1, false),
                _ => (role, i, founders),
            });
        }
        if claim_words::is_head(w) {
            return Some(match before {
                Some(r) => (r, i - 1, false),
                None => (Role::Member, i, false),
            });
        }
        if w.eq_ignore_ascii_case("status") && before == Some(Role::Observer) {
            return Some((Role::Observer, i - 1, false));
        }
        None
    }

    /// A role noun starting at word `j`: (role, the word after it, qualified).
    pub(super) fn role_noun_at(&self, j: usize, b: usize) -> Option<(Role, usize, bool)> {
        if j + 1 < b
            && self.gap_is(j + 1, Punct::Space)
            && let Some((r, start, q)) = self.role_noun_ending_at(j + 1, j)
            && start == j
        {
            return Some((r, j + 2, q));
        }
        if j < b
            && let Some((r, start, q)) = self.role_noun_ending_at(j, j)
            && start == j
        {
            return Some((r, j + 1, q));
        }
        None
    }

    /// Whether the role noun ending at `i` is one of the plain ones that can stand for a
    /// membership without a group attached ("members", "observers"), unlike "countries".
    pub(super) fn proper_role_noun(&self, i: usize) -> bool {
        let w = self.w(i);
        claim_words::relation_noun(w).is_some()
            || w.eq_ignore_ascii_case("status")
            || (claim_words::is_head(w)
                && i > 0
                && claim_words::relation_modifier(self.w(i - 1)).is_some())
    }
    /// Whether word `i` is a capitalised head noun ("Council", "Community") that ends the
    /// name of the group named last before it, opening its noun phrase ("Council members",
    /// "the Community's members"; not "City Council members").
    pub(super) fn names_head(&self, i: usize, ws: usize) -> bool {
        if self.shape(i) != Shape::Capitalised {
            return false;
        }
        let w = self.w(i);
        let w = w
            .strip_suffix("'s")
            .or_else(|| w.strip_suffix("’s"))
            .unwrap_or(w);
        if i > ws
            && self.gap_is(i, Punct::Space)
            && !matches!(self.doc.words[i - 1].shape, Shape::Lower | Shape::Number)
        {
            return false;
        }
        let Some((id, _)) = self.antecedent(i) else {
            return false;
        };
        let g = crate::data::groups::get().get(id);
        std::iter::once(&g.name)
            .chain(&g.aliases)
            .filter(|n| n.split_whitespace().count() > 1)
            .filter_map(|n| n.split_whitespace().last())
            .any(|last| last == w)
    }

    /// A role noun followed by "of the" and a noun that names a group without naming which
    /// one, ending before word `q`: "countries of the trio", "members of the bloc" (not
    /// "leaders of the bloc"), when the group named before goes by that noun: (role, the
    /// role noun's first word, its last word).
    pub(super) fn role_of_group_noun(&self, q: usize, ws: usize) -> Option<(Role, usize, usize)> {
        // "of the 15-nation council": a count adjective may stand before the noun.
        let noun_at = q.checked_sub(1)?;
        let sized = noun_at > ws && super::vocab::count_adjective(self.w(noun_at - 1)).is_some();
        let the_at = noun_at.checked_sub(1 + usize::from(sized))?;
        if the_at < ws + 2 || !(the_at - 1..q).all(|k| self.gap_is(k, Punct::Space)) {
            return None;
        }
        let noun = self.w(noun_at).to_ascii_lowercase();
        let names_group =
            GROUP_NOUNS.contains(&noun.as_str()) || claim_words::count_noun(&noun).is_some();
        if !names_group || !self.lower_is(the_at, &["the"]) || !self.lower_is(the_at - 1, &["of"]) {
            return None;
        }
        // Only a noun the group named before goes by ("the trio" after "the presidency
        // trio"): "a contact group of countries" after "the EU" is not the EU.
        let (id, _) = self.antecedent(noun_at)?;
        let g = crate::data::groups::get().get(id);
        let called = std::iter::once(&g.name)
            .chain(&g.aliases)
            .any(|n| n.split_whitespace().any(|w| w.eq_ignore_ascii_case(&noun)));
        if !called {
            return None;
        }
        let (role, start, _) = self.role_noun_ending_at(the_at - 2, ws)?;
        Some((role, start, the_at - 2))
    }
    /// Reads the words before a role noun that starts at word `start` (not before `ws`),
    /// right to left: a count ("five"), qualifiers ("African", "permanent"), negations and
    /// plain modifiers, into `s`. Returns the first word read.
    pub(super) fn role_modifiers(&self, s: &mut Subject, start: usize, ws: usize) -> usize {
        let mut p = start;
        while p > ws && self.gap_is(p, Punct::Space) {
            let w = self.w(p - 1);
            let l = w.to_ascii_lowercase();
            if let Some(n) = count_value(w) {
                s.count.get_or_insert(StatedCount {
                    n,
                    span: self.span_of(p - 1, p - 1),
                });
            } else if QUALIFIERS.contains(&l.as_str()) {
                s.qualify(&l);
            } else if matches!(l.as_str(), "not" | "non" | "never" | "no") {
                s.negated = true;
            } else if !PLAIN_MODIFIERS.contains(&l.as_str()) {
                // "the six undecided members": a word of its own between a count and the
                // role noun picks some of them out; which, the data cannot say.
                if s.count.is_none() && self.picks_some_out(p, ws, w) {
                    s.qualify(&l);
                    p -= 1;
                    continue;
                }
                break;
            }
            p -= 1;
        }
        p
    }

    /// The group named at the opening of the sentence from word `ws` ("The Gulf Cooperation
    /// Council, set up in 1981 …,") when a comma follows it and "has", "have" or "had"
    /// stands right before the stated `count`.
    pub(super) fn opening_group_has(
        &self,
        ws: usize,
        count: Option<StatedCount>,
    ) -> Option<(GroupId, Span)> {
        let at = if self.lower_is(ws, &["the"]) {
            ws + 1
        } else {
            ws
        };
        let m = self.mention_starting_at(at)?;
        let end = m.end_word as usize;
        let at_count = count?.span.start();
        let c = self
            .doc
            .words
            .partition_point(|w| w.span.start() < at_count);
        (end < c
            && self.gap_is(end, Punct::Comma)
            && c > 0
            && self.lower_is(c - 1, &["has", "have", "had"]))
        .then_some((m.group, m.span))
    }

    /// Whether a qualifier ("African", "Nordic") stands right before word `start`.
    pub(super) fn qualifier_before(&self, start: usize, ws: usize) -> bool {
        start > ws
            && self.gap_is(start, Punct::Space)
            && QUALIFIERS.contains(&self.w(start - 1).to_ascii_lowercase().as_str())
    }

    /// The group a role noun's modifier at word `i` names ("permanent" = the P5) when the
    /// modifier's context word is written in the words before it.
    pub(super) fn implied_group(&self, modifier: &str, i: usize) -> Option<(GroupId, Span)> {
        let (id, context) = crate::data::claim_words::group_word(modifier)?;
        let group = crate::data::groups::get().by_id(id)?;
        let from = i.saturating_sub(super::vocab::ANTECEDENT_WORDS);
        (from..i)
            .rev()
            .any(|k| {
                let w = self.w(k).to_ascii_lowercase();
                w == context
                    || w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) == Some(context)
            })
            .then(|| (group, self.span_of(i, i)))
    }
    /// "has granted candidate status to" ending before word `q` (the count): the role the
    /// status names and where the verb phrase starts ("has", or the participle).
    pub(super) fn status_granted_to(&self, q: usize, ws: usize) -> Option<(Role, usize)> {
        if q < ws + 4
            || !(q - 3..q).all(|k| self.gap_is(k, Punct::Space))
            || !self.lower_is(q - 1, &["to"])
            || !self.lower_is(q - 2, &["status"])
            || !self.lower_is(
                q - 4,
                &["granted", "given", "awarded", "offered", "grants", "gave"],
            )
        {
            return None;
        }
        let role = claim_words::relation_modifier(self.w(q - 3))?;
        let mut at = q - 4;
        if at > ws
            && self.gap_is(at, Punct::Space)
            && self.lower_is(at - 1, &["has", "have", "had"])
        {
            at -= 1;
        }
        Some((role, at))
    }
    /// "Twelve countries were" ending before word `q`: a counted plural noun (`collective`
    /// in `rules/claim-words.txt`) as the subject of "were"/"are" before a role noun.
    pub(super) fn counted_copula_subject(&self, q: usize, ws: usize) -> Option<StatedCount> {
        if q < ws + 3 || !(q - 2..q).all(|k| self.gap_is(k, Punct::Space)) {
            return None;
        }
        if !self.lower_is(q - 1, &["were", "are"]) || !claim_words::is_collective(self.w(q - 2)) {
            return None;
        }
        let n = super::vocab::count_value(self.w(q - 3)).filter(|&n| (2..=200).contains(&n))?;
        Some(StatedCount {
            n,
            span: self.span_of(q - 3, q - 3),
        })
    }
}

impl Extractor<'_, '_> {
    /// Whether the sentence before the one opening at word `ws` names a group or speaks of
    /// one ("the bloc", "the group").
    pub(super) fn group_spoken_of(&self, ws: usize) -> bool {
        let sentences = &self.doc.sentences;
        let i = sentences.partition_point(|s| s.words.start as usize <= ws);
        // (Over a photo's caption or alt text set between the two.)
        let caption = |j: &usize| {
            let b = self.doc.words[sentences[*j].words.start as usize].block;
            self.doc.blocks[b as usize].kind.is_caption()
        };
        let Some(prev) = (i.saturating_sub(5)..i.saturating_sub(1))
            .rev()
            .find(|j| !caption(j))
            .map(|j| &sentences[j])
        else {
            return false;
        };
        let words = prev.words.start as usize..prev.words.end as usize;
        words.clone().any(|k| {
            let w = self.w(k);
            w.len() > 3 && GROUP_NOUNS.iter().any(|n| w.eq_ignore_ascii_case(n))
        }) || self
            .doc
            .group_mentions
            .iter()
            .any(|m| words.contains(&(m.first_word as usize)))
    }
}

/// Whether group `g` has had exactly `n` holders of `role` at some time in the data.
pub(super) fn has_had(g: GroupId, role: Role, n: u32) -> bool {
    crate::data::groups::get()
        .get(g)
        .snapshots(role)
        .iter()
        .any(|snap| snap.certain.len() == n as usize)
}
