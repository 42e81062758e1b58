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

use super::extract::{G, X, classify};
use super::{Claim, ClaimSource, GroupMention, LeadIn, StatedCount};
use crate::data::groups::{self, GroupId, Role};
use crate::doc::{BlockId, BlockKind, Document, Shape};
use crate::span::Span;
use crate::text::fold::name_key_into as fold_into;

/// What a series' surroundings say.
#[derive(Debug, Default)]
pub(super) struct Describe {
    pub lead_in: Option<LeadIn>,
    pub claim: Option<Claim>,
    pub count: Option<StatedCount>,
}

/// Every group named in the document, in order.
pub(super) fn find_mentions(doc: &Document<'_>) -> Vec<GroupMention> {
    let groups = groups::get();
    let words = &doc.words;
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut buf2 = String::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let t = doc.slice(w.span);
        let lower = w.shape == Shape::Lower;
        if (lower && !groups.lower_firsts.iter().any(|f| f == t))
            || matches!(w.shape, Shape::Number)
        {
            i += 1;
            continue;
        }
        fold_into(t, &mut buf);
        let mut found = None;
        'alias: for a in groups.aliases_starting(&buf) {
            if lower && !a.any_case {
                continue;
            }
            let n = a.words.len();
            if i + n > words.len() {
                continue;
            }
            for (j, aw) in a.words.iter().enumerate().skip(1) {
                let wj = &words[i + j];
                let gap = &doc.text()[words[i + j - 1].span.end()..wj.span.start()];
                if wj.block != w.block || classify(gap) != G::Space {
                    continue 'alias;
                }
                fold_into(doc.slice(wj.span), &mut buf2);
                if buf2 != *aw {
                    continue 'alias;
                }
            }
            found = Some((a.group, n));
            break;
        }
        if let Some((group, n)) = found {
            out.push(GroupMention {
                span: Span::new(w.span.start(), words[i + n - 1].span.end()),
                group,
                first_word: i as u32,
                end_word: (i + n) as u32,
            });
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

/// A number word or numeral: "six", "27", "twenty-seven".
fn count_value(w: &str) -> Option<u32> {
    if !w.is_empty() && w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse().ok();
    }
    let l = w.to_ascii_lowercase();
    if let Some(n) = crate::text::UNITS.iter().position(|u| *u == l) {
        return Some(n as u32);
    }
    let (tens, unit) = l.split_once('-').unwrap_or((l.as_str(), ""));
    let t = crate::text::TENS.iter().position(|x| *x == tens)? as u32 * 10 + 20;
    if unit.is_empty() {
        return Some(t);
    }
    let u = crate::text::UNITS[1..10].iter().position(|x| *x == unit)? as u32 + 1;
    Some(t + u)
}

/// "six-nation", "27-member", "five-country": a count used as an adjective.
fn count_adjective(w: &str) -> Option<u32> {
    let l = w.to_ascii_lowercase();
    let (n, noun) = l.rsplit_once('-')?;
    matches!(
        noun,
        "nation" | "member" | "country" | "state" | "strong" | "party" | "nations" | "members"
    )
    .then(|| count_value(n))
    .flatten()
}

/// Modifiers that leave the role as it is ("its full members", "the current members").
const PLAIN_MODIFIERS: &[&str] = &[
    "all",
    "full",
    "current",
    "present",
    "permanent",
    "official",
    "formal",
    "existing",
    "the",
    "fellow",
    "constituent",
];

/// Nouns that name a group without naming which one ("the alliance, made up of …").
const GROUP_NOUNS: &[&str] = &[
    "alliance",
    "bloc",
    "group",
    "grouping",
    "organisation",
    "organization",
    "union",
    "club",
    "body",
    "pact",
    "forum",
    "community",
    "council",
    "partnership",
    "coalition",
    "association",
    "federation",
    "league",
    "cartel",
];

/// What a predicate after a list says: the role, the group if named, past tense.
type Trailing = (Role, Option<(GroupId, Span)>, bool);

/// A lead-in phrase: words, exhaustive, past, needs a role noun or group before it.
type Lead = (&'static [&'static str], bool, bool, bool);

const LEADS: &[Lead] = &[
    (&["consisting", "of"], true, false, false),
    (&["consists", "of"], true, false, false),
    (&["consisted", "of"], true, true, false),
    (&["made", "up", "of"], true, false, false),
    (&["composed", "of"], true, false, false),
    (&["comprised", "of"], true, false, false),
    (&["comprising"], true, false, false),
    (&["comprises"], true, false, false),
    (&["comprise"], true, false, false),
    (&["brings", "together"], true, false, false),
    (&["bringing", "together"], true, false, false),
    (&["grouping"], true, false, false),
    (&["groups"], true, false, false),
    (&["namely"], true, false, false),
    (&["such", "as"], false, false, false),
    (&["among", "them"], false, false, false),
    (&["including"], false, false, false),
    (&["includes"], false, false, false),
    (&["include"], false, false, false),
    (&["included"], false, true, false),
    (&["like"], false, false, false),
    (&["notably"], false, false, false),
    (&["especially"], false, false, false),
    (&["are"], true, false, true),
    (&["is"], true, false, true),
    (&["were"], true, true, true),
    (&["was"], true, true, true),
];

/// Words before a group name that make it the object of something else ("talks with the
/// SCO, including …"), so a list after it is not the group's.
const GOVERNING: &[&str] = &[
    "with", "to", "from", "for", "by", "on", "into", "against", "between", "and", "or", "outside",
    "joined", "join", "joining", "leave", "left", "leaving", "quit",
];

/// Words that make a stated role a subset the data cannot check.
const QUALIFIERS: &[&str] = &[
    "former",
    "ex",
    "new",
    "newest",
    "newer",
    "recent",
    "founding",
    "original",
    "prospective",
    "aspiring",
    "would-be",
    "future",
    "potential",
    "other",
    "some",
    "several",
    "few",
    "many",
    "most",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "european",
    "asian",
    "african",
    "arab",
    "gulf",
    "nordic",
    "baltic",
    "key",
    "major",
    "leading",
    "smaller",
    "larger",
    "biggest",
    "largest",
    "richest",
    "poorest",
    "remaining",
    "first",
    "last",
    "latest",
    "earliest",
    "older",
    "oldest",
    "youngest",
    "big",
    "small",
    "rich",
    "poor",
    "wealthy",
    "western-backed",
    "founder",
    "core",
    "non-eu",
    "non-nato",
    "islamic",
    "muslim",
    "landlocked",
    "coastal",
    "oil-producing",
    "non-aligned",
    "voting",
    "rotating",
    "non-permanent",
    "elected",
    "two",
    "both",
];

/// How far back (in words) a reference such as "its members" looks for the group.
const ANTECEDENT_WORDS: usize = 300;

/// Facts-heading words stripped before reading a fact-box title ("SCO Facts").
const FACT_WORDS: &[&str] = &["facts", "fact", "factbox", "factfile", "glance", "points"];

// The flags are independent facts read off the words, not states of one machine.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, Default)]
struct Subj {
    group: Option<(GroupId, Span)>,
    /// Refers to a group named earlier: "its", "their", "the alliance's".
    antecedent: bool,
    role: Option<Role>,
    /// A role noun with nothing naming the group ("Members:", "The members are").
    bare: bool,
    qualified: bool,
    negated: bool,
    count: Option<StatedCount>,
    /// The words before the lead-in end in a shape this module reads.
    matched: bool,
    /// The stated count belongs to the list: the noun it counts leads into the list ("The
    /// six countries — …"), even when no group is named.
    count_ok: bool,
}

impl X<'_, '_> {
    fn lower_is(&self, i: usize, set: &[&str]) -> bool {
        let w = self.w(i);
        set.iter().any(|s| w.eq_ignore_ascii_case(s))
    }

    fn span_of(&self, a: usize, b_incl: usize) -> Span {
        let w = &self.doc.words;
        Span::new(w[a].span.start(), w[b_incl].span.end())
    }

    fn mention_ending_at(&self, i: usize) -> Option<GroupMention> {
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.end_word as usize) <= i + 1);
        (at > 0 && m[at - 1].end_word as usize == i + 1).then(|| m[at - 1])
    }

    /// A role noun ending at word `i` (not before `lo`): (role, first word, qualified).
    fn role_noun_ending_at(&self, i: usize, lo: usize) -> Option<(Role, usize, bool)> {
        let w = self.w(i).to_ascii_lowercase();
        let prev =
            |x: &str| i > lo && self.gap_is(i, G::Space) && self.w(i - 1).eq_ignore_ascii_case(x);
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
    fn role_noun_at(&self, j: usize, b: usize) -> Option<(Role, usize, bool)> {
        if j + 1 < b
            && self.gap_is(j + 1, G::Space)
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
    fn proper_role_noun(&self, i: usize) -> bool {
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

    /// Reads the words `ws..we` (right to left) that stand before a lead-in.
    fn subject(&self, ws: usize, we: usize, appositive: bool) -> Subj {
        let mut s = Subj::default();
        if we <= ws {
            s.bare = true;
            s.matched = true;
            return s;
        }
        let mut q = we;
        // "the SCO, which consists of", "the G7 is made up of"
        while q > ws
            && self.lower_is(
                q - 1,
                &[
                    "which",
                    "that",
                    "who",
                    "is",
                    "are",
                    "was",
                    "were",
                    "be",
                    "been",
                    "being",
                    "has",
                    "have",
                    "had",
                    "now",
                    "currently",
                    "still",
                    "also",
                ],
            )
        {
            q -= 1;
        }
        if q == ws {
            s.bare = true;
            s.matched = true;
            return s;
        }
        // "Members (10):"
        if q > ws
            && self.shape(q - 1) == Shape::Number
            && self.gap_is(q - 1, G::Open)
            && let Some(n) = count_value(self.w(q - 1))
        {
            s.count = Some(StatedCount {
                n,
                span: self.span_of(q - 1, q - 1),
            });
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
            let noun_end = q - 1;
            q = start;
            // Modifiers: counts, plain words, qualifiers.
            while q > ws && self.gap_is(q, G::Space) {
                let w = self.w(q - 1);
                let l = w.to_ascii_lowercase();
                if let Some(n) = count_value(w).or_else(|| count_adjective(w)) {
                    s.count.get_or_insert(StatedCount {
                        n,
                        span: self.span_of(q - 1, q - 1),
                    });
                } else if PLAIN_MODIFIERS.contains(&l.as_str()) {
                } else if QUALIFIERS.contains(&l.as_str()) {
                    s.qualified = true;
                } else if l == "not" || l == "non" || l == "never" || l == "no" {
                    s.negated = true;
                } else {
                    break;
                }
                q -= 1;
            }
            // The group right before the role noun, joined by a space or a possessive
            // ("NATO members", "NATO's members"; not "OPEC+ members").
            if let Some(m) = (q > ws && self.gap_is(q, G::Space))
                .then(|| self.mention_ending_at(q - 1))
                .flatten()
                && m.first_word as usize >= ws
            {
                // "NATO's 32 members", "EU member states", "the SCO's observers"
                s.group = Some((m.group, m.span));
                s.matched = true;
                q = m.first_word as usize;
            } else if q > ws && self.lower_is(q - 1, &["its", "their", "whose"]) {
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
                    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) == Some(n)
                })
            {
                // "the alliance's members"
                s.antecedent = true;
                s.matched = true;
                q -= 1;
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
                && self.gap_is(q, G::Open)
                && let Some(m2) = self.mention_ending_at(q - 1)
                && m2.group == m.group
            {
                q = m2.first_word as usize;
            }
            let mut r = q;
            if r > ws && self.lower_is(r - 1, &["the"]) {
                r -= 1;
            }
            if r > ws
                && let Some(n) = count_value(self.w(r - 1))
            {
                // "the five permanent members of the Security Council"
                s.count = Some(StatedCount {
                    n,
                    span: self.span_of(r - 1, r - 1),
                });
            }
            let alias_says_members = self
                .doc
                .slice(m.span)
                .to_ascii_lowercase()
                .contains("members");
            if alias_says_members {
                s.role = Some(Role::Member);
            }
            if r > ws + 1 && self.lower_is(r - 1, &["of", "in", "at", "within"]) {
                // "members of NATO", "observers at the SCO"
                if let Some((role, start, qualified)) = self.role_noun_ending_at(r - 2, ws) {
                    s.role = Some(role);
                    s.qualified |= qualified;
                    let mut p = start;
                    while p > ws && self.gap_is(p, G::Space) {
                        let w = self.w(p - 1);
                        let l = w.to_ascii_lowercase();
                        if let Some(n) = count_value(w) {
                            s.count.get_or_insert(StatedCount {
                                n,
                                span: self.span_of(p - 1, p - 1),
                            });
                        } else if QUALIFIERS.contains(&l.as_str()) {
                            s.qualified = true;
                        } else if matches!(l.as_str(), "not" | "non" | "never" | "no") {
                            s.negated = true;
                        } else if !PLAIN_MODIFIERS.contains(&l.as_str()) {
                            break;
                        }
                        p -= 1;
                    }
                    s.matched = true;
                } else {
                    // "leaders of the G20, including …": the list is not the group's.
                    s.matched = appositive;
                }
            } else {
                // "talks with the SCO, including …": the group is the object of another word.
                s.matched = appositive || r == ws || !self.lower_is(r - 1, GOVERNING);
            }
        } else if GROUP_NOUNS.contains(&self.w(q - 1).to_ascii_lowercase().as_str()) {
            // "the six-nation bloc, made up of …"
            let mut p = q - 1;
            while p > ws && self.gap_is(p, G::Space) {
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
        if (neg_from(q)..we).any(|i| self.lower_is(i, &["not", "non", "never", "no"])) {
            s.negated = true;
        }
        s
    }

    /// The group a list or fact box is titled with: the heading of the enclosing fact box,
    /// or the heading (or paragraph ending in a colon) right above the enclosing list.
    fn title_group(&self, block: BlockId) -> Option<(GroupId, Span)> {
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

    fn first_mention_in(&self, block: BlockId) -> Option<(GroupId, Span)> {
        let r = self.doc.blocks[block as usize].words();
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.first_word as usize) < r.start);
        m.get(at)
            .filter(|x| (x.end_word as usize) <= r.end)
            .map(|x| (x.group, x.span))
    }

    /// A block that introduces the list right after it: a heading, or prose ending in a
    /// colon.
    fn titles_list(&self, prev: BlockId) -> bool {
        let b = &self.doc.blocks[prev as usize];
        if b.kind.is_container() || b.words.is_empty() {
            return false;
        }
        b.kind.is_heading() || self.after(b.words().end - 1).trim_end().ends_with(':')
    }

    /// The nearest group named before word `first`, not far back.
    fn antecedent(&self, first: usize) -> Option<(GroupId, Span)> {
        let m = &self.doc.group_mentions;
        let at = m.partition_point(|x| (x.end_word as usize) <= first);
        let x = m.get(at.checked_sub(1)?)?;
        // A few paragraphs back at most: further than that, "its" means something else.
        (first - x.end_word as usize <= ANTECEDENT_WORDS).then_some((x.group, x.span))
    }

    /// A lead-in phrase whose last word is `i` (not before `lo`): (first word, entry).
    fn lead_ending_at(&self, i: usize, lo: usize) -> Option<(usize, &'static Lead)> {
        for lead in LEADS {
            let n = lead.0.len();
            if i + 1 < lo + n {
                continue;
            }
            let s = i + 1 - n;
            let ok = lead
                .0
                .iter()
                .enumerate()
                .all(|(k, w)| self.w(s + k).eq_ignore_ascii_case(w))
                && (s + 1..=i).all(|k| self.gap_is(k, G::Space));
            if ok {
                return Some((s, lead));
            }
        }
        None
    }

    /// The predicate after a list: "… have observer status", "… are members of NATO".
    fn trailing(&self, j: usize, b: usize) -> Option<Trailing> {
        let mut j = j;
        let adverbs = ["all", "both", "also", "now", "still", "currently"];
        let skip = |x: &Self, j: &mut usize| {
            let mut n = 0;
            while *j < b && n < 2 && x.lower_is(*j, &adverbs) && x.gap_is(*j + 1, G::Space) {
                *j += 1;
                n += 1;
            }
        };
        skip(self, &mut j);
        if j + 1 >= b || !self.gap_is(j + 1, G::Space) {
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
                let m = &self.doc.group_mentions;
                let at = m.partition_point(|x| (x.first_word as usize) < j);
                if let Some(x) = m.get(at).filter(|x| x.first_word as usize == j) {
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
            _ => return None,
        }
        // "… of NATO", "… in the SCO"
        if group.is_none() && j + 1 < b && self.lower_is(j, &["of", "in", "at", "within"]) {
            let mut k = j + 1;
            if self.lower_is(k, &["the"]) {
                k += 1;
            }
            let m = &self.doc.group_mentions;
            let at = m.partition_point(|x| (x.first_word as usize) < k);
            if let Some(x) = m.get(at).filter(|x| x.first_word as usize == k) {
                group = Some((x.group, x.span));
                // "members of both NATO and the EU": two groups, no single subject.
                if self.exact(x.end_word as usize, "and") {
                    return None;
                }
            }
        }
        Some((role, group, past))
    }
}

/// Reads the surroundings of an inline series whose first item starts at word `first`,
/// in a sentence ending before `b`; `window` is where the words before it start (the
/// sentence start, or the end of an earlier series); `after_last` is the word after the
/// last item and `last_rest` the punctuation between.
pub(super) fn describe_inline(
    x: &mut X<'_, '_>,
    block: BlockId,
    window: usize,
    first: usize,
    after_last: usize,
    b: usize,
    last_rest: (usize, usize),
) -> Describe {
    let mut d = Describe::default();
    let g = if first > window {
        x.gap(first).map(classify)
    } else {
        None
    };
    let after = classify(&x.text[last_rest.0..last_rest.1]);
    let block_start = x.doc.blocks[block as usize].words.start as usize;
    let in_list = matches!(
        x.doc.blocks[block as usize].kind,
        BlockKind::ListItem { .. }
    );
    // (core end, lead span, exhaustive, past, needs a role, appositive)
    let lead: Option<(usize, Span, bool, bool, bool, bool)> = match g {
        Some(G::Colon) => {
            let partial = x.lower_is(first - 1, &["include", "includes", "including"])
                && !(in_list && first - 1 == block_start);
            let colon = x.doc.words[first - 1].span.end();
            let gap = x.after(first - 1);
            let at = colon + gap.find(':').unwrap_or(0);
            let core_end = if partial { first - 1 } else { first };
            Some((
                core_end,
                Span::new(x.doc.words[first - 1].span.start(), at + 1),
                !partial,
                false,
                false,
                false,
            ))
        }
        Some(G::Dash | G::Open) => {
            let closed =
                matches!(after, G::Dash | G::Close) || (g == Some(G::Dash) && after_last >= b);
            closed.then(|| {
                let before = x.doc.words[first - 1].span.end();
                let gap = x.after(first - 1);
                let off = gap.find(|c: char| !c.is_whitespace()).unwrap_or(0);
                let ch = gap[off..].chars().next().map_or(1, char::len_utf8);
                (
                    first,
                    Span::new(before + off, before + off + ch),
                    true,
                    false,
                    false,
                    true,
                )
            })
        }
        Some(G::Space | G::Comma) => x.lead_ending_at(first - 1, window).map(|(s, lead)| {
            // A fact-box line opening with "Includes" lists the whole membership.
            let fact_line = in_list && s == block_start;
            (
                s,
                x.span_of(s, first - 1),
                lead.1 || fact_line,
                lead.2,
                lead.3,
                false,
            )
        }),
        _ => None,
    };
    if let Some((core_end, span, exhaustive, past, needs_role, appositive)) = lead {
        let s = x.subject(window, core_end, appositive);
        if needs_role && !(s.role.is_some() || s.group.is_some()) {
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
        d.claim = claim(group, source, role, s.qualified, past);
        return d;
    }
    // No lead-in: a predicate after the list may still say what it is.
    if after == G::Space
        && let Some((role, group, past)) = x.trailing(after_last, b)
    {
        let (group, source) = match group {
            Some(g) => (Some(g), ClaimSource::Named),
            None => match x.title_group(block) {
                Some(t) => (Some(t), ClaimSource::Title),
                None => (x.antecedent(first), ClaimSource::Antecedent),
            },
        };
        d.claim = claim(group, source, role, false, past);
    }
    d
}

/// The claim a list makes when a group was found for it.
fn claim(
    group: Option<(GroupId, Span)>,
    source: ClaimSource,
    role: Role,
    qualified: bool,
    past: bool,
) -> Option<Claim> {
    group.map(|(group, group_span)| Claim {
        group,
        group_span,
        source,
        role,
        qualified,
        past,
    })
}

/// Reads the heading or colon paragraph right above a bulleted list.
pub(super) fn describe_bulleted(x: &mut X<'_, '_>, list: BlockId) -> Describe {
    let mut d = Describe::default();
    if list == 0 || !x.titles_list(list - 1) {
        return d;
    }
    let prev = list - 1;
    let pb = &x.doc.blocks[prev as usize];
    let Some(sentence) = pb.sentences().last() else {
        return d;
    };
    let r = x.doc.sentences[sentence].words.clone();
    let (ws, mut we) = (r.start as usize, r.end as usize);
    // "SCO Facts", "NATO at a glance": the title names the group but not the role.
    let mut facts = false;
    while we > ws
        && (x.lower_is(we - 1, FACT_WORDS)
            || (facts && x.lower_is(we - 1, &["at", "a", "key", "fast"])))
    {
        facts = true;
        we -= 1;
    }
    let mut exhaustive = true;
    let mut past = false;
    if we > ws
        && let Some((s, lead)) = x.lead_ending_at(we - 1, ws)
    {
        exhaustive = lead.1;
        past = lead.2;
        we = s;
    }
    let span = x.doc.prose_span(prev).unwrap_or(pb.span);
    d.lead_in = Some(LeadIn {
        span,
        exhaustive,
        past,
    });
    let s = x.subject(ws, we, false);
    if exhaustive && (s.matched || s.count_ok) && !s.negated {
        d.count = s.count;
    }
    if s.negated || !s.matched || (facts && s.role.is_none()) {
        return d;
    }
    let first_word = x.doc.blocks[list as usize].words.start as usize;
    let (group, source) = if let Some(g) = s.group {
        (Some(g), ClaimSource::Named)
    } else if s.antecedent || (s.bare && s.role.is_some()) {
        (x.antecedent(first_word), ClaimSource::Antecedent)
    } else {
        (None, ClaimSource::Named)
    };
    d.claim = claim(
        group,
        source,
        s.role.unwrap_or(Role::Member),
        s.qualified,
        past,
    );
    d
}
