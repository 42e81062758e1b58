//! Role nouns ("members", "observer states", "Members:") and group names ending at a word.
// Word indices are the currency here: `q`, `r`, `p`, `j` positions in a window.
#![allow(clippy::many_single_char_names)]

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

    /// A role noun ending at word `i` (not before `lo`): (role, first word, qualified).
    pub(super) fn role_noun_ending_at(&self, i: usize, lo: usize) -> Option<(Role, usize, bool)> {
        let w = self.w(i).to_ascii_lowercase();
        let prev = |x: &str| {
            i > lo && self.gap_is(i, Punct::Space) && self.w(i - 1).eq_ignore_ascii_case(x)
        };
        Some(match w.as_str() {
            "members" | "member-states" => {
                if prev("associate") {
                    (Role::Associate, i - 1, false)
                } else {
                    (Role::Member, i, false)
                }
            }
            "states" | "countries" | "nations" | "economies" | "governments" => {
                if prev("member") {
                    (Role::Member, i - 1, false)
                } else if prev("observer") {
                    (Role::Observer, i - 1, false)
                } else if prev("partner") {
                    (Role::Partner, i - 1, false)
                } else if prev("candidate") {
                    (Role::Candidate, i - 1, false)
                } else if prev("associate") {
                    (Role::Associate, i - 1, false)
                } else {
                    (Role::Member, i, false)
                }
            }
            "observers" => (Role::Observer, i, false),
            "status" if prev("observer") => (Role::Observer, i - 1, false),
            "partners" => (
                Role::Partner,
                if prev("dialogue") { i - 1 } else { i },
                false,
            ),
            "candidates" => (Role::Candidate, i, false),
            "associates" => (Role::Associate, i, false),
            "founders" => (Role::Member, i, true),
            _ => return None,
        })
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
        self.lower_is(
            i,
            &[
                "members",
                "observers",
                "partners",
                "candidates",
                "associates",
                "status",
            ],
        ) || (self.lower_is(i, &["states", "countries", "nations"])
            && i > 0
            && self.lower_is(
                i - 1,
                &["member", "observer", "partner", "candidate", "associate"],
            ))
    }
}
