//! List series: every list the document holds, found once right after parsing.
//!
//! A series is an inline list ("Russia, China, Kazakhstan and Uzbekistan", "A, B, or C",
//! "A and B, as well as C"), a bulleted or numbered list of names, a semicolon list, or an
//! inline list on a fact-box line ("Includes China, Kazakhstan, … and Uzbekistan"). Each
//! item keeps its span, its parenthetical note ("India (observer)") and its normalised form
//! (see [`crate::data::normalize`]); the series keeps its separators, whether it uses a serial
//! comma, its lead-in ("consisting of", "including", "members:", "such as"), a stated count
//! ("its six members"), and — when the text says so — which group's members (or observers,
//! partners …) it lists. Rules read this; none of them re-parses a list.

mod confidence;
mod edges;
mod extract;
mod extractor;
mod subject;

use crate::data::countries::EntityId;
use crate::data::groups::{GroupId, Role};
use crate::data::normalize::Normal;
use crate::span::Span;

use super::BlockId;

pub(crate) use extract::build;

/// Where a series comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesKind {
    /// Items in running prose, separated by commas and a final "and"/"or".
    Inline,
    /// An inline list on a line of a fact box.
    FactBoxLine,
    /// The items of a bulleted or numbered list, one per item.
    Bulleted,
    /// Items separated by semicolons ("Paris, France; Berlin, Germany; and Rome, Italy").
    Semicolon,
}

/// What the items are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    /// Capitalised names: countries, people, places, organisations.
    Name,
    /// Numbers ("2010, 2011 and 2012").
    Number,
    /// Lower-case phrases ("politics, trade, science, and the environment").
    Phrase,
}

/// The word joining the last item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conjunction {
    /// Commas only ("India, Iran, Mongolia, Pakistan have observer status"), or bullets.
    None,
    And,
    Or,
    AsWellAs,
}

/// What an item's note is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    /// In brackets: "India (observer)".
    Paren,
    /// Where a person stands in a photo, set off by commas: ", second left,".
    Position,
    /// A state or province after a place: "Paris, Texas".
    Region,
    /// The rest of a bullet after the name: "Mongolia — since 2004".
    Trailing,
}

/// One item of a series.
#[derive(Clone, Debug)]
pub struct SeriesItem {
    /// The item as written, with a leading "the" but without its note.
    pub span: Span,
    /// A parenthetical or trailing note: "(observer)", a caption's ", left,", the rest of a
    /// bullet after the name ("— joined 2004").
    pub note: Option<Span>,
    pub note_kind: Option<NoteKind>,
    /// The separator before the item (", ", ", and ", " and ", "; "); empty for the first
    /// item and for bullets.
    pub sep: Span,
    /// The normalised form.
    pub norm: Normal,
    /// False when the item's edges are a guess (the first and last item of a lower-case
    /// phrase list, whose boundaries in the sentence are not marked).
    pub bounded: bool,
}

impl SeriesItem {
    /// The item with its note.
    pub fn full(&self) -> Span {
        self.note.map_or(self.span, |n| self.span.cover(n))
    }

    /// The form two items are compared in (an entity's canonical name, or the folded text).
    pub fn form(&self) -> &str {
        self.norm.form()
    }

    pub fn entity(&self) -> Option<EntityId> {
        self.norm.entity
    }
}

/// The words that introduce a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadIn {
    /// "consisting of", "including", "members:", "such as", "Includes", "—"; for a bulleted
    /// list, the heading or the paragraph ending in a colon above it.
    pub span: Span,
    /// The lead-in says the list is complete ("consisting of", "members:", "are") rather
    /// than a selection ("including", "such as").
    pub exhaustive: bool,
    /// The lead-in is in the past tense ("were", "consisted of"): the list speaks of some
    /// earlier time, not of the article's date.
    pub past: bool,
}

/// How the group a series belongs to was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimSource {
    /// Named next to the list: "The SCO, consisting of …", "members of NATO include …".
    Named,
    /// The title of the fact box or list the series is in ("SCO Facts").
    Title,
    /// Referred to ("its six members", "the alliance, made up of …") and taken from the
    /// nearest group named before the list.
    Antecedent,
    /// A counted role noun before a colon after a clause that names no group ("The treaty
    /// was signed in 1949 by 12 founding members: …"): the nearest group named before whose
    /// role every listed name has held at some time.
    Clause,
}

/// What the text says a series is: the members (or observers, partners …) of a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Claim {
    pub group: GroupId,
    /// Where the group is named.
    pub group_span: Span,
    pub source: ClaimSource,
    pub role: Role,
    /// What a qualifier before the role noun makes of the list.
    pub qualifier: Qualifier,
    /// The text speaks of the past ("were observers", "consisted of"): the list is checked
    /// against every membership the group has had, not the one on the article's date.
    pub past: bool,
}

/// What a qualifier before the role noun ("new members", "Nordic members", "founding
/// members") makes of a claimed list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// None: the role as it stands ("its members", "the current members").
    None,
    /// Some of the group's current holders ("Nordic members", "other members"; `subset` in
    /// `rules/claim-words.txt`): a selection, checked for names that do not belong.
    Subset,
    /// The founding members ("founding members", "its founders").
    Founding,
    /// Some other set the data cannot check ("former members", "new members", "elected
    /// members").
    Other,
}

impl Claim {
    /// The role is qualified: the list is not simply the group's holders of the role.
    pub fn qualified(&self) -> bool {
        self.qualifier != Qualifier::None
    }
}

/// A number the text gives for the list ("its six members", "Members (10):").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatedCount {
    pub n: u32,
    pub span: Span,
}

/// A list.
#[derive(Clone, Debug)]
pub struct Series {
    pub kind: SeriesKind,
    pub items_kind: ItemKind,
    /// The block the series lives in: the paragraph or list item for inline series, the
    /// list container for bulleted ones.
    pub block: BlockId,
    /// From the start of the first item to the end of the last (with its note).
    pub span: Span,
    pub items: Vec<SeriesItem>,
    pub conjunction: Conjunction,
    /// `Some(true)` for "A, B, and C", `Some(false)` for "A, B and C"; `None` when the list
    /// cannot show it (two items, no conjunction, bullets, semicolons, "as well as", or a
    /// comma that belongs to a note such as a caption's ", right,").
    pub uses_serial_comma: Option<bool>,
    pub lead_in: Option<LeadIn>,
    pub claim: Option<Claim>,
    pub count: Option<StatedCount>,
    /// The extractor is sure of the list: three or more items joined by "and" or "or",
    /// whose boundaries are not in doubt (see `confidence`). Only such lists show a house
    /// style for the serial comma.
    pub sure: bool,
}

impl Series {
    /// Whether the text presents the list as complete.
    pub fn exhaustive(&self) -> bool {
        self.lead_in.is_some_and(|l| l.exhaustive)
    }

    /// Whether the list speaks of the past.
    pub fn past(&self) -> bool {
        self.lead_in.is_some_and(|l| l.past) || self.claim.is_some_and(|c| c.past)
    }
}

/// A group claim: what the text says a list is — whose members (or observers, candidates
/// …) it names, how many it says there are, whether it names them all — read once from the
/// list and the words around it ("The GCC has six members: …", "the trio — …", "NATO
/// members such as …", "The Quad (members: …)"). The membership rule reads these; the
/// words it is read from are in `rules/claim-words.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupClaim {
    /// The list: an index into [`super::Document::series`].
    pub list: usize,
    /// Whose list and in what relation; `None` when the text states only how many ("the
    /// trio — A, B and C —", "The six countries — …").
    pub subject: Option<Claim>,
    /// The number the text gives.
    pub count: Option<StatedCount>,
    /// The text presents the list as complete ("consisting of", "members:", "the trio —")
    /// rather than a selection ("including", "such as"). A qualified subject ("Nordic
    /// members", "three of the six GCC states") may still make it a part of the group.
    pub whole: bool,
    /// The text speaks of the past ("were", "consisted of").
    pub past: bool,
    /// From the lead-in (or the group's name, or the count) to the end of the list.
    pub span: Span,
}

impl GroupClaim {
    /// The claims of a document's series, in source order: every list that a group, a
    /// count or a complete-list lead-in is attached to.
    pub fn read(series: &[Series]) -> Vec<GroupClaim> {
        series
            .iter()
            .enumerate()
            .filter(|(_, s)| s.claim.is_some() || s.count.is_some() || s.exhaustive())
            .map(|(list, s)| {
                let start = [
                    s.lead_in.map(|l| l.span.start()),
                    s.claim.map(|c| c.group_span.start()),
                    s.count.map(|c| c.span.start()),
                ]
                .into_iter()
                .flatten()
                .filter(|&p| p <= s.span.start())
                .min()
                .unwrap_or(s.span.start());
                GroupClaim {
                    list,
                    subject: s.claim,
                    count: s.count,
                    whole: s.exhaustive(),
                    past: s.past(),
                    span: Span::new(start, s.span.end().max(start)),
                }
            })
            .collect()
    }
}

/// A group named in the text ("SCO", "members of NATO" names NATO, "G-20").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupMention {
    pub span: Span,
    pub group: GroupId,
    /// Word indices, end exclusive.
    pub first_word: u32,
    pub end_word: u32,
}

/// A one-line rendering of every series, for tests and debugging:
/// `Inline [Russia | China | Uzbekistan] and serial=no lead="consisting of" sco:member:named`.
pub fn render(doc: &super::Document<'_>) -> String {
    use std::fmt::Write as _;
    let groups = crate::data::groups::get();
    let mut out = String::new();
    for s in &doc.series {
        let items: Vec<String> = s
            .items
            .iter()
            .map(|i| {
                let mut t = doc.slice(i.span).to_string();
                if let Some(n) = i.note {
                    let _ = write!(t, " {{{}}}", doc.slice(n));
                }
                if i.entity().is_some() {
                    t.push('*');
                }
                t
            })
            .collect();
        let _ = write!(out, "{:?} [{}]", s.kind, items.join(" | "));
        let _ = write!(out, " {:?}", s.conjunction);
        if let Some(b) = s.uses_serial_comma {
            let _ = write!(out, " serial={}", if b { "yes" } else { "no" });
        }
        if let Some(l) = s.lead_in {
            let _ = write!(
                out,
                " lead={:?}{}{}",
                doc.slice(l.span),
                if l.exhaustive { "" } else { "(partial)" },
                if l.past { "(past)" } else { "" }
            );
        }
        if let Some(c) = s.count {
            let _ = write!(out, " count={}", c.n);
        }
        if let Some(c) = s.claim {
            let _ = write!(
                out,
                " {}:{}:{:?}{}",
                groups.get(c.group).id,
                c.role.singular(),
                c.source,
                if c.qualified() { ":qualified" } else { "" }
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests;
