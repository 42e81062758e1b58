use crate::diagnostic::{Applicability, Finding};
use crate::doc::series::{Conjunction, Series};
use crate::doc::{BlockKind, Document};
use crate::rules::{
    Context, Needs, OptionError, Rule, RuleMeta, RuleOptions, declare_rule, options,
};
use crate::span::Span;

declare_rule! {
    /// ## What it checks
    /// The serial (Oxford) comma — the comma before the final "and" or "or" of a list of
    /// three or more — used in some lists of a document and not in others. By default the
    /// style used less often is reported, each list on its own; the `style` option makes
    /// one style the rule.
    ///
    /// ## Why it matters
    /// Whether a desk uses the serial comma is a house decision; using it in one paragraph
    /// and not the next is a sign of copy stitched together from different sources, and
    /// readers of careful publications notice.
    ///
    /// ## Example
    /// ```text
    /// • Includes China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, and Uzbekistan
    /// The SCO, consisting of Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan …
    /// ```
    ///
    /// ## Not flagged
    /// - lists of two items, lists joined by commas only, "as well as" lists, bulleted and
    ///   semicolon lists (none of them can show the choice);
    /// - a comma that belongs to a note ("Hu Jintao, left, … and Putin");
    /// - a serial comma before a last item with its own "and" ("Saint Lucia, and Trinidad
    ///   and Tobago"): there for clarity, which houses that drop the serial comma keep too;
    /// - a list whose item boundaries are in doubt neither reports nor counts towards the
    ///   majority: an opening phrase before a pair ("In the city centre, mobility and
    ///   access …", "… and over the years, design or layout changes were made"), an item
    ///   that runs over a sentence end ("Washington, D.C. The UAE and Bahrain"; not a
    ///   title's abbreviation: "St. Petersburg"), an item with its own "and", clauses
    ///   joined by commas, repetition
    ///   ("really, really small, and yes");
    /// - items that are not parallel, so the "and" read as the list's joins a pair inside a
    ///   longer phrase or a name: a determiner over the pair ("Each year, the cost and time
    ///   …"), an adverbial aside ("perhaps most importantly, a customer or an executive"), a
    ///   later item opening with a preposition or wh-word ("universal design, where buildings
    ///   and objects"), a lone adjective before a noun pair ("an empowered, dedicated product
    ///   owner and supportive team"), capitalised ordinary words of a name or title ("the
    ///   Food and Drug Administration", "Children, Youth and Families"), names with their
    ///   agencies ("Ana Ruiz, GSA, and Tom Berg, HHS"), a mirrored pair after a noun ("two
    ///   errors, one serious and one minor"), a pair set off as an aside before
    ///   the verb ("the team, past and present, has"), a comma chain that goes on to its own
    ///   "and";
    /// - a "first item" that ends the clause or phrase before the pair: a subject after an
    ///   opening clause ("If this happens, development and the organization can suffer"), a
    ///   verb pair after one ("Whenever a participant calls, thank them and pass along …"),
    ///   a pair inside one item of a list that goes on ("launched new products and
    ///   services, and have improved …", "…, and so on"), a counted pair ("the two
    ///   interfaces, browser and machine"), adjectives before a noun pair ("simpler, more
    ///   usable products and services"), a title after a name ("Denise Turner Roth, GSA
    ///   Administrator and Garren Givens");
    /// - clauses, asides and bylines read as lists: an item with a contracted verb
    ///   ("everything's new and everyone's in sync"), a lone adjective sharing the last
    ///   item's noun ("illness, personal or family emergencies"), a pair after a short
    ///   participle phrase ("Taking this approach, fellows and their partners have"), a
    ///   verb-phrase pair after an aside on its subject ("The app, which …, uses maps and
    ///   sends alerts"), a pair opening with a focus word ("most likely tabs and menus",
    ///   "even weeks or months later"), opposites ("changes, big and small"), two
    ///   participles after a noun ("metrics, developed and maintained by …"), a person's
    ///   name beside a post or an office ("Ana Berg, National Museum of History and
    ///   Culture"), a name spelt out by the acronym after it ("Policy, e-Government and Fair
    ///   Information Practices (PE&F)"), bold that ends after an item but the last
    ///   ("**an agile, iterative project** and report back");
    /// - the name of an act right after a noun for one ("the folk trio Peter, Paul and
    ///   Mary": the act's own commas);
    /// - lists in headings (headline style is its own), in block quotes and inside quotation
    ///   marks in running text, double or single, curly, straight or « » (quoted words keep
    ///   their author's punctuation);
    /// - a document with as many lists of each style (no majority to follow).
    ///
    /// ## Options
    /// `style = "consistent"` (default: follow the document's majority), `"oxford"` (always
    /// the serial comma) or `"none"` (never).
    ///
    /// ## Fix safety
    /// Safe: inserts or removes the one comma before the conjunction.
    pub(crate) struct SerialComma {
        id: "serial-comma",
        severity: Warning,
        summary: "the serial comma used in some lists and not in others",
        fix: Safe,
        options: ["style"],
        languages: English,
    }
}

/// `[rules.serial-comma]`.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
struct SerialCommaOptions {
    style: Style,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
enum Style {
    /// Follow the document's majority.
    #[default]
    Consistent,
    Oxford,
    None,
}

impl Rule for SerialComma {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::SERIES
    }

    fn read_options(&self, table: &toml::Table) -> Result<RuleOptions, OptionError> {
        options::read::<SerialCommaOptions>(table)
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let style = cx
            .options::<SerialCommaOptions>()
            .map_or(Style::Consistent, |o| o.style);
        let lists: Vec<(&Series, bool)> = doc
            .series
            .iter()
            // Only lists whose items the extractor is sure of report and vote: a two-item
            // phrase after an opening phrase, an item with its own "and", clauses joined by
            // commas are not evidence of a house style.
            .filter(|s| {
                s.sure
                    && matches!(s.conjunction, Conjunction::And | Conjunction::Or)
                    && s.items.len() >= 3
            })
            .filter(|s| {
                let kind = doc.blocks[s.block as usize].kind;
                !kind.is_heading() && kind != BlockKind::Quote && !doc.in_quotation(s.span)
            })
            // A comma before a last item with its own "and" ("Kosovo, and Bosnia and
            // Herzegovina") is there for clarity, which the houses that drop the serial
            // comma keep too: no evidence of a style, nothing to report.
            .filter(|s| {
                let last = s.items.last().map_or("", |i| doc.slice(i.span));
                !(s.uses_serial_comma == Some(true)
                    && (last.contains(" and ") || last.contains(" or ") || last.contains(" & ")))
            })
            .filter(|s| !act_name(doc, s))
            .filter_map(|s| s.uses_serial_comma.map(|b| (s, b)))
            .collect();
        let with = lists.iter().filter(|(_, b)| *b).count();
        let without = lists.len() - with;
        let wanted = match style {
            Style::Oxford => true,
            Style::None => false,
            Style::Consistent if with == without => return,
            Style::Consistent => with > without,
        };
        let example = lists.iter().find(|(_, b)| *b == wanted).map(|(s, _)| *s);
        for (series, _) in lists.iter().filter(|(_, b)| *b != wanted) {
            cx.report(finding(
                doc,
                series,
                wanted,
                style,
                example,
                with.max(without),
            ));
        }
    }
}

/// Nouns for a band or a troupe: the list right after one is its name, whose commas are
/// the act's own ("the folk trio Peter, Paul and Mary").
const ACTS: &[&str] = &["band", "duo", "ensemble", "quartet", "quintet", "trio"];

/// Whether the list is the name of an act, right after a noun for one.
fn act_name(doc: &Document<'_>, s: &Series) -> bool {
    let first = doc.words_in(s.span).start;
    first > 0 && {
        let (prev, w) = (doc.words[first - 1], doc.words[first]);
        prev.block == w.block
            && prev.span.end() <= w.span.start()
            && doc
                .slice(Span::new(prev.span.end(), w.span.start()))
                .trim()
                .is_empty()
            && ACTS.contains(&doc.word_lower(first - 1))
    }
}

fn finding(
    doc: &Document<'_>,
    s: &Series,
    wanted: bool,
    style: Style,
    example: Option<&Series>,
    majority: usize,
) -> Finding {
    let n = s.items.len();
    let (before, last) = (&s.items[n - 2], &s.items[n - 1]);
    let conj = if s.conjunction == Conjunction::Or {
        "or"
    } else {
        "and"
    };
    let span = before.span.cover(last.span);
    let sep = last.sep;
    let (message, edit, replacement, help) = if wanted {
        (
            format!("no serial comma before `{conj}`"),
            Span::new(before.full().end(), before.full().end()),
            ",",
            format!("add a comma before `{conj}`"),
        )
    } else {
        let comma = doc
            .slice(sep)
            .find(',')
            .map_or(sep.start(), |i| sep.start() + i);
        (
            format!("serial comma before `{conj}`"),
            Span::new(comma, comma + 1),
            "",
            format!("remove the comma before `{conj}`"),
        )
    };
    let message = match style {
        Style::Consistent => {
            let others = if majority == 1 {
                "the other list".to_string()
            } else {
                format!("{majority} other lists")
            };
            format!("{message}, unlike {others} in this document")
        }
        Style::Oxford => format!("{message}; the house style uses the serial comma"),
        Style::None => format!("{message}; the house style has no serial comma"),
    };
    let mut d = Finding::new(span, message)
        .help(help)
        .fix(Applicability::Safe, edit, replacement);
    if let Some(e) = example.filter(|_| style == Style::Consistent) {
        let n = e.items.len();
        let note = if wanted {
            "serial comma used here"
        } else {
            "no serial comma here"
        };
        d = d.label(e.items[n - 2].span.cover(e.items[n - 1].span), note);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::SerialComma;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed};

    #[test]
    fn reports_the_minority_style() {
        let text = "Members are China, Russia, and India.\n\nHe flew to Oslo, Bern, or Vienna.\n\nThe envoy visited Paris, Rome and Berlin.\n";
        assert_flags(&SerialComma, text, &["Rome and Berlin"]);
        assert_eq!(
            fixed(&SerialComma, text),
            "Members are China, Russia, and India.\n\nHe flew to Oslo, Bern, or Vienna.\n\nThe envoy visited Paris, Rome, and Berlin.\n"
        );
    }

    #[test]
    fn ties_two_item_lists_and_notes_are_clean() {
        assert_clean(
            &SerialComma,
            "They visited China, Russia, and India.\n\nThey met Paris, Rome and Berlin officials.\n",
        );
        assert_clean(
            &SerialComma,
            "Russia and China agreed. Hu Jintao, left, Putin, right, and Rahmon met.\n",
        );
    }

    #[test]
    fn lists_inside_quotations_keep_their_punctuation() {
        assert_clean(
            &SerialComma,
            "Members are China, Russia, and India.\n\nHe flew to Oslo, Bern, or Vienna.\n\n\"We want Paris, Rome and Berlin,\" he said. “Also Kyiv, Riga and Minsk,” she said.\n",
        );
    }

    #[test]
    fn issue_17_lists_in_single_quotes_and_guillemets_are_quoted_too() {
        // Before the document model's quotations only double quotes counted, and the quoted
        // list voted with "Oslo, Bern, and Vienna" against "China, Russia and India".
        for quoted in [
            "a 'system for truth, justice, reparation, and non-repetition,' including a court",
            "« we want Paris, Rome, and Berlin »",
            "«we want Paris, Rome, and Berlin»",
        ] {
            assert_clean(
                &SerialComma,
                &format!(
                    "Members are China, Russia and India. He said {quoted}. Envoys came from \
                     Oslo, Bern, and Vienna.\n"
                ),
            );
        }
    }

    #[test]
    fn removing_a_serial_comma() {
        let text = "Envoys from Paris, Rome and Berlin, and from Oslo, Bern, and Vienna, and from Kyiv, Riga and Minsk met.\n";
        let out = fixed(&SerialComma, text);
        assert!(out.contains("Oslo, Bern and Vienna"), "{out}");
    }
}
