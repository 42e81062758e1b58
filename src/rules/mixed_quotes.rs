use crate::diagnostic::{Diagnostic, Edit};
use crate::doc::Document;
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;

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
    /// - marks in code, URLs, HTML and front matter (they are not prose);
    /// - primes after digits (`5'11"`) and the modifier letter `ʼ` of transliterations.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe: every mark of the minority style is converted to the majority style; straight
    /// marks become opening or closing curly marks from what stands before them.
    pub(crate) struct MixedQuotes {
        id: "mixed-quotes",
        severity: Warning,
        summary: "straight and curly quotes or apostrophes mixed in one document",
        fix: Safe,
        options: [],
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Apostrophe,
    Single,
    Double,
}

#[derive(Clone, Copy)]
struct Mark {
    span: Span,
    kind: Kind,
    curly: bool,
    /// Opening (after white space or an opening bracket) rather than closing.
    opening: bool,
}

impl Rule for MixedQuotes {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        let marks = collect(doc);
        // Apostrophes and single quotes share the `’` character, so they share a style.
        for double in [false, true] {
            let group: Vec<&Mark> = marks
                .iter()
                .filter(|m| (m.kind == Kind::Double) == double)
                .collect();
            let curly = group.iter().filter(|m| m.curly).count();
            let straight = group.len() - curly;
            if curly == 0 || straight == 0 {
                continue;
            }
            // On a tie the typographic (curly) style wins.
            let majority_curly = curly >= straight;
            let minority: Vec<&&Mark> =
                group.iter().filter(|m| m.curly != majority_curly).collect();
            let Some(first_majority) = group.iter().find(|m| m.curly == majority_curly) else {
                continue;
            };
            let noun = if double {
                "double quotes"
            } else if minority.iter().all(|m| m.kind == Kind::Apostrophe) {
                "apostrophes"
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
            let mut d = Diagnostic::new(
                first.span,
                format!("{noun} are mixed: {min_n} {min} against {maj_n} {maj}"),
            )
            .label(
                first_majority.span,
                format!("{maj}, as in most of the document"),
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

fn collect(doc: &Document<'_>) -> Vec<Mark> {
    let text = doc.text();
    let mut marks = Vec::new();
    for run in &doc.runs {
        let piece = &text[run.span.range()];
        if !piece.contains(['\'', '"', '‘', '’', '“', '”']) {
            continue;
        }
        let mut prev = text[..run.span.start()].chars().next_back().unwrap_or(' ');
        let mut chars = piece.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map_or(' ', |&(_, n)| n);
            let at = run.span.start() + i;
            let opening =
                prev.is_whitespace() || matches!(prev, '(' | '[' | '{' | '—' | '–' | '-' | '/');
            let mark = match c {
                '\'' | '’' | '‘' => {
                    if prev.is_ascii_digit() && c == '\'' {
                        None // a prime: 5'11"
                    } else {
                        let apostrophe = (prev.is_alphanumeric() && next.is_alphanumeric())
                            || (opening && next.is_ascii_digit())
                            || (c != '‘'
                                && (prev == 's' || prev == 'S')
                                && !next.is_alphanumeric());
                        Some(Mark {
                            span: Span::new(at, at + c.len_utf8()),
                            kind: if apostrophe {
                                Kind::Apostrophe
                            } else {
                                Kind::Single
                            },
                            curly: c != '\'',
                            opening: opening && !apostrophe,
                        })
                    }
                }
                '"' | '“' | '”' => {
                    if prev.is_ascii_digit() && c == '"' {
                        None
                    } else {
                        Some(Mark {
                            span: Span::new(at, at + c.len_utf8()),
                            kind: Kind::Double,
                            curly: c != '"',
                            opening,
                        })
                    }
                }
                _ => None,
            };
            marks.extend(mark);
            prev = c;
        }
    }
    marks
}

/// The mark in the other style.
fn convert(m: &Mark, to_curly: bool) -> &'static str {
    match (m.kind, to_curly) {
        (Kind::Double, false) => "\"",
        (Kind::Apostrophe | Kind::Single, false) => "'",
        (Kind::Double, true) if m.opening => "“",
        (Kind::Double, true) => "”",
        (Kind::Single, true) if m.opening => "‘",
        (Kind::Apostrophe | Kind::Single, true) => "’",
    }
}

#[cfg(test)]
mod tests {
    use super::MixedQuotes;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, fixed, run};

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
    fn consistent_documents_primes_and_code_are_clean() {
        assert_clean(&MixedQuotes, "It’s “fine”, she said, and the SCO’s view.");
        assert_clean(&MixedQuotes, "It's \"fine\", she said, and the SCO's view.");
        assert_clean(&MixedQuotes, "He is 5'11\" tall and it’s “true”.");
        let md = "It’s “fine”, she said. Run `echo 'x'` or see <https://x.org/it's>.\n";
        assert!(run(&MixedQuotes, md, Format::Markdown).is_empty());
    }
}
