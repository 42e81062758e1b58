//! `inconsistent-membership`: lists of a group's members against each other, their stated
//! count and the group's known membership (`rules/groups/`).
//!
//! `lists` finds the lists the text claims for a group, `count` reads a stated count
//! against its list, `dated` checks a list against the data, `between` compares two lists
//! of one group and `words` writes the messages.

mod between;
mod count;
mod dated;
mod lists;
mod words;

use crate::doc::Document;
use crate::rules::{Context, Needs, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::date::Date;

use self::between::between_lists;
use self::count::counts;
use self::dated::against_data;
use self::lists::membership_lists;

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
    /// are in `rules/claim-words.txt`. A role noun in apposition is read too ("The bloc's
    /// member countries, A, B and C, met"; "OPEC members A, B and C" as a selection), and a
    /// reference takes the nearest group named before that the list fits. "Nordic members"
    /// (a `subset` qualifier) is checked as a selection; "founding members" against the
    /// members whose row starts on the group's `founded` date; "partners" of a group with no
    /// partner countries (the Quad) are its members. "The five permanent members — …" near
    /// "Security Council" is the P5 ("elected members" the E10); "the Five Eyes alliance of
    /// …", "The Visegrad Four, A, B, C and D, …", a list in square brackets and "the trio —
    /// A, B, C and D —" are read; "Three of the six GCC states — …" is a selection. The
    /// claims are read once into the document model (`Document::claims`), with their words
    /// in `rules/claim-words.txt`. A counted role after a reference ("by its five founding
    /// members, …", "The bloc's two observers, …"), "the Visegrad quartet — …" and "All of
    /// us [A, B, …]" are read the same way. A listed country that is wrong is named with the
    /// reason: it left the group, joined later, held another role, or never belonged; a
    /// short counted list with no group named names the members it leaves out when one
    /// group alone fits it ("All five Nordic countries, Denmark, Finland, Norway and Sweden").
    /// A counted role before a colon after any clause ("signed in 1949 by 12 founding members:
    /// …"), a group's head noun ("Council members such as …" after "the Arctic Council"), "Of
    /// the ECOWAS member states, A, B and C sent …" (a selection), the whole Security Council
    /// ("the three African members of the UN Security Council, …") and a relation named after
    /// the role noun ("the three members exempt from the group's production targets, …" after
    /// "OPEC", `rules/groups/opec-exempt.toml`) are read too.
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
    ///   non-member in them is reported), or qualified ("NATO's newest members"), or a
    ///   member's partners ("both of its AUKUS partners, Britain and the United States");
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
        for c in &doc.claims {
            counts(doc, c, date.map(|a| a.date), cx);
        }
        let lists = membership_lists(doc, date.map(|a| a.date));
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

#[cfg(test)]
mod tests;
