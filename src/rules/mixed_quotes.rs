use crate::diagnostic::{Edit, Finding};
use crate::doc::{Document, MarkKind, MarkStyle, QuoteMark};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// ## What it checks
    /// Straight and curly quotation marks or apostrophes mixed in one document: `China's`
    /// in one paragraph and `SCO’s` in the next, or `"` beside `“…”`. Single marks
    /// (apostrophes and single quotes) and double quotes are counted apart; the style used
    /// less often is reported once per document, on its first mark, with labels on the
    /// others.
    ///
    /// ## Why it matters
    /// Mixed quotes are the fingerprint of copy pasted together from several sources — a
    /// wire story, a CMS field, a reporter's word processor. In print the two styles look
    /// different, and readers notice the ragged typography.
    ///
    /// ## Example
    /// ```text
    /// China's President Hu Jintao … The SCO’s statement follows …
    /// ```
    ///
    /// ## Not flagged
    /// - a document that uses one style for each kind of mark, even if apostrophes are curly
    ///   and double quotes straight (each kind is judged on its own);
    /// - marks in code, URLs, HTML and front matter (they are not prose), including the
    ///   front matter fields checked as prose (a title typed with straight quotes in YAML is
    ///   set by the site's own typography, not by the writer's keyboard);
    /// - primes after digits (`5'11"`), the modifier letter `ʼ` of transliterations, and
    ///   `‘` between two letters, which stands for the ʻokina or ʿayin (`Hawai‘i`, `Shi‘ite`).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe: every mark of the minority style is converted to the majority style; straight
    /// marks become opening or closing curly marks from what stands before them (a space,
    /// bracket, dash or opening quote opens), and elisions take an apostrophe (`’90s`,
    /// `rock ’n’ roll`, `’em`).
    pub(crate) struct MixedQuotes {
        id: "mixed-quotes",
        severity: Warning,
        summary: "straight and curly quotes or apostrophes mixed in one document",
        fix: Safe,
        options: [],
        languages: Any,
    }
}

impl Rule for MixedQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let marks = collect(doc);
        // Apostrophes and single quotes share the `’` character, so they share a style.
        for double in [false, true] {
            let group: Vec<&QuoteMark> = marks
                .iter()
                .copied()
                .filter(|m| (m.kind == MarkKind::Double) == double)
                .collect();
            let curly = group.iter().filter(|m| m.style == MarkStyle::Curly).count();
            let straight = group.len() - curly;
            if curly == 0 || straight == 0 {
                continue;
            }
            // On a tie the typographic (curly) style wins.
            let majority_curly = curly >= straight;
            let minority: Vec<&&QuoteMark> = group
                .iter()
                .filter(|m| (m.style == MarkStyle::Curly) != majority_curly)
                .collect();
            let Some(first_majority) = group
                .iter()
                .find(|m| (m.style == MarkStyle::Curly) == majority_curly)
            else {
                continue;
            };
            // Named from every mark counted, so that the counts in the message are counts of
            // what it names.
            let noun = if double {
                "double quotes"
            } else if group.iter().all(|m| m.kind == MarkKind::Apostrophe) {
                "apostrophes"
            } else if group.iter().all(|m| m.kind == MarkKind::Single) {
                "single quotes"
            } else {
                "single quotes and apostrophes"
            };
            let (maj, min) = if majority_curly {
                ("curly", "straight")
            } else {
                ("straight", "curly")
            };
            let (maj_n, min_n) = if majority_curly {
                (curly, straight)
            } else {
                (straight, curly)
            };
            let first = minority[0];
            let mut d = Finding::new(
                first.span,
                format!("{noun} are mixed: {min_n} {min} against {maj_n} {maj}"),
            )
            .label(
                first_majority.span,
                if curly == straight {
                    // "Most of the document" would not be true of a tie.
                    format!("{maj}: as many as {min}, and the typographic style wins a tie")
                } else {
                    format!("{maj}, as in most of the document")
                },
            );
            for m in minority.iter().skip(1) {
                d = d.label(m.span, format!("also {min}"));
            }
            let edits = minority
                .iter()
                .map(|m| Edit {
                    span: m.span,
                    replacement: convert(m, majority_curly).to_string(),
                })
                .collect();
            cx.report(
                d.help(format!("use {maj} {noun} throughout"))
                    .fix_edits(true, edits),
            );
        }
    }
}

/// The marks this rule judges: straight and curly ones (guillemets and low-9 marks have no
/// straight twin).
fn collect<'d>(doc: &'d Document<'_>) -> Vec<&'d QuoteMark> {
    doc.quote_marks()
        .iter()
        .filter(|m| matches!(m.style, MarkStyle::Straight | MarkStyle::Curly))
        .filter(|m| {
            !doc.meta
                .front_matter
                .is_some_and(|fm| fm.start() <= m.span.start() && m.span.end() <= fm.end())
        })
        .collect()
}

/// The mark in the other style.
fn convert(m: &QuoteMark, to_curly: bool) -> &'static str {
    match (m.kind, to_curly) {
        (MarkKind::Double, false) => "\"",
        (MarkKind::Apostrophe | MarkKind::Single, false) => "'",
        (MarkKind::Double, true) if m.opening => "“",
        (MarkKind::Double, true) => "”",
        (MarkKind::Single, true) if m.opening => "‘",
        (MarkKind::Apostrophe | MarkKind::Single, true) => "’",
    }
}

#[cfg(test)]
mod tests {
    use super::MixedQuotes;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, fixed, run};

    #[test]
    fn html_character_references_are_marks() {
        let html = "<p>China's envoy and Russia's envoy met. The SCO&rsquo;s statement.</p>\n";
        let d = run(&MixedQuotes, html, Format::Html);
        assert_eq!(d.len(), 1);
        assert_eq!(&html[d[0].span.range()], "&rsquo;");
    }

    #[test]
    fn reports_the_minority_once_with_labels() {
        let text = "China's envoy and Russia's envoy met. The SCO’s statement and Annan’s plan.\nSyria's allies.";
        let d = run(&MixedQuotes, text, Format::Plain);
        assert_eq!(d.len(), 1);
        assert_eq!(&text[d[0].span.range()], "’");
        assert_eq!(
            d[0].message,
            "apostrophes are mixed: 2 curly against 3 straight"
        );
        assert_eq!(d[0].labels.len(), 2);
    }

    #[test]
    fn fix_converts_with_the_right_direction() {
        let text = "He said “yes” and “no” but then \"maybe\" and 'fine' and “so”.";
        assert_eq!(
            fixed(&MixedQuotes, text),
            "He said “yes” and “no” but then “maybe” and 'fine' and “so”."
        );
        let text = "It’s the SCO’s view, ‘quiet’ talks, and the '90s. Then it's done.";
        assert_eq!(
            fixed(&MixedQuotes, text),
            "It’s the SCO’s view, ‘quiet’ talks, and the ’90s. Then it’s done."
        );
    }

    #[test]
    fn nested_quotes_emphasis_and_elisions_take_the_right_direction() {
        let text = "“It’s over,” he said. “‘Nobody listens,’ she wrote.” Annan’s plan isn’t the SCO’s or Russia’s.\n\
                    Then \"'Nobody listens,' she wrote\" to them, and rock 'n' roll, 'til dawn.";
        assert_eq!(
            fixed(&MixedQuotes, text),
            "“It’s over,” he said. “‘Nobody listens,’ she wrote.” Annan’s plan isn’t the SCO’s or Russia’s.\n\
             Then “‘Nobody listens,’ she wrote” to them, and rock ’n’ roll, ’til dawn."
        );
        let md = "It’s “fine”, she said, and Annan’s “plan” is **\"bold\"** and _'new'_.\n";
        let d = run(&MixedQuotes, md, Format::Markdown);
        let fixed = crate::fix::apply(md, &d).0;
        assert_eq!(
            fixed,
            "It’s “fine”, she said, and Annan’s “plan” is **“bold”** and _‘new’_.\n"
        );
    }

    #[test]
    fn a_tie_says_so() {
        let d = run(
            &MixedQuotes,
            "Kyrgyzstan's President and Kazakhstan’s President arrive.",
            Format::Plain,
        );
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].message,
            "apostrophes are mixed: 1 straight against 1 curly"
        );
        assert_eq!(
            d[0].labels[0].message,
            "curly: as many as straight, and the typographic style wins a tie"
        );
    }

    #[test]
    fn the_message_names_what_it_counts() {
        // The straight apostrophe is the minority, but the curly marks it is counted
        // against are single quotes.
        let d = run(
            &MixedQuotes,
            "The minister's office said so.\n\nUnions slam ‘sleight of hand’ on pensions\n",
            Format::Plain,
        );
        assert_eq!(
            d[0].message,
            "single quotes and apostrophes are mixed: 1 straight against 2 curly"
        );
        let d = run(
            &MixedQuotes,
            "He called it 'a betrayal' and ‘a disgrace’ and ‘a farce’.",
            Format::Plain,
        );
        assert_eq!(
            d[0].message,
            "single quotes are mixed: 2 straight against 4 curly"
        );
    }

    #[test]
    fn a_closing_quote_after_a_number_is_not_a_prime() {
        let text = "“It’s a start,” she said of the “Agenda” plan, which they call \"Vision 2030\" \
                    and the ‘Top 10’ list 'Top 10' and “bold”.";
        assert_eq!(
            fixed(&MixedQuotes, text),
            "“It’s a start,” she said of the “Agenda” plan, which they call “Vision 2030” \
             and the ‘Top 10’ list ‘Top 10’ and “bold”."
        );
        // Inside a quotation, a height keeps its primes.
        assert_clean(
            &MixedQuotes,
            "“He is 5'11\" and quick,” the coach said. “He’s ready.” It’s a 12\" pipe.",
        );
    }

    #[test]
    fn a_quote_after_a_tag_opens_when_a_word_follows() {
        let text = "<p>“It’s over,” he said. “We’re done.” It’s Annan’s plan.</p>\n\
                    <p>\"We will win,\" she said of <em>\"Vision 2030\"</em>.</p>\n\
                    <p>'Never,' he wrote. It’s true.</p>\n";
        assert_eq!(
            fixed(&MixedQuotes, text),
            "<p>“It’s over,” he said. “We’re done.” It’s Annan’s plan.</p>\n\
             <p>“We will win,” she said of <em>“Vision 2030”</em>.</p>\n\
             <p>‘Never,’ he wrote. It’s true.</p>\n"
        );
    }

    #[test]
    fn okina_written_as_a_turned_comma_is_not_a_quote() {
        assert_clean(
            &MixedQuotes,
            "The governor of Hawai‘i said the state's ports and O'ahu's roads were open.",
        );
    }

    #[test]
    fn an_apostrophe_after_a_digit_is_not_a_prime() {
        assert_clean(&MixedQuotes, "It’s a 10'x12' shed, and Annan’s plan.");
        let text = "It’s the 1990's all over again, and Annan’s plan.";
        assert_eq!(
            fixed(&MixedQuotes, text),
            "It’s the 1990’s all over again, and Annan’s plan."
        );
    }

    #[test]
    fn consistent_documents_primes_and_code_are_clean() {
        assert_clean(&MixedQuotes, "It’s “fine”, she said, and the SCO’s view.");
        assert_clean(&MixedQuotes, "It's \"fine\", she said, and the SCO's view.");
        assert_clean(&MixedQuotes, "He is 5'11\" tall and it’s “true”.");
        let md = "It’s “fine”, she said. Run `echo 'x'` or see <https://x.org/it's>.\n";
        assert!(run(&MixedQuotes, md, Format::Markdown).is_empty());
    }
}
