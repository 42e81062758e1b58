//! Role nouns ("members", "observer states", "Members:") and group names ending at a word.
// Word indices are the currency here: `q`, `r`, `p`, `j` positions in a window.
#![allow(clippy::many_single_char_names)]

use crate::data::claim_words;
use crate::data::groups::Role;
use crate::doc::series::GroupMention;
use crate::doc::series::extractor::{Extractor, Punct};
use crate::span::Span;

impl Extractor<'_, '_> {
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
}
