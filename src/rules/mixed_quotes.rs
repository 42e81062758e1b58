use crate::diagnostic::{Diagnostic, Edit};
use crate::doc::{Document, Format};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::entity;

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
            // Named from every mark counted, so that the counts in the message are counts of
            // what it names.
            let noun = if double {
                "double quotes"
            } else if group.iter().all(|m| m.kind == Kind::Apostrophe) {
                "apostrophes"
            } else if group.iter().all(|m| m.kind == Kind::Single) {
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
            let mut d = Diagnostic::new(
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

/// Words whose first letters are elided, so that a mark before them is an apostrophe, not an
/// opening quote: rock 'n' roll, 'em, 'til, 'tis, 'twas. Words that also open quotations
/// ("'Round two…'", "'Cause for concern…'") are left out: there the mark is ambiguous.
const ELIDED: &[&str] = &["n", "em", "til", "tis", "twas"];

/// The number before `at` follows a feet prime: `5'11` of `5'11"`.
fn after_feet(text: &str, at: usize) -> bool {
    let number = text[..at].trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let mut before = number.chars().rev();
    before.next() == Some('\'') && before.next().is_some_and(|c| c.is_ascii_digit())
}

/// The text at `after` (just past a mark) is a possessive or plural `s` (`1990's`, `747's`),
/// not the rest of a measurement (`5'11"`, `10'x12'`).
fn possessive_s(text: &str, after: usize) -> bool {
    let mut rest = text[after..].chars();
    matches!(rest.next(), Some('s' | 'S')) && rest.next().is_none_or(|c| !c.is_alphanumeric())
}

/// The text at `after` (just past a mark) is an elided word (`'n'`, `'em`, `'tis`).
fn before_elided_word(text: &str, after: usize) -> bool {
    let rest = &text[after..];
    ELIDED.iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(w))
            && rest[w.len()..].chars().next().is_none_or(|c| {
                if *w == "n" {
                    matches!(c, '\'' | '’')
                } else {
                    !c.is_alphanumeric() && !matches!(c, '\'' | '’')
                }
            })
    })
}

/// The mark at `at` closes `'n'` (rock 'n' roll).
fn closes_n_elision(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let Some(rest) = before.strip_suffix(['n', 'N']) else {
        return false;
    };
    let Some(rest) = rest
        .strip_suffix('\'')
        .or_else(|| rest.strip_suffix('’'))
        .or_else(|| rest.strip_suffix('‘'))
    else {
        return false;
    };
    rest.chars().next_back().is_none_or(char::is_whitespace)
}

fn collect(doc: &Document<'_>) -> Vec<Mark> {
    let text = doc.text();
    let mut marks: Vec<Mark> = Vec::new();
    // A quotation opened and not yet closed in this block, so that the closing mark of
    // `"Vision 2030"` or `'Top 10'` is not taken for a prime.
    let (mut open_double, mut open_single) = (false, false);
    let mut block = None;
    let mut found = Vec::new();
    for run in &doc.runs {
        if doc
            .meta
            .front_matter
            .is_some_and(|fm| fm.start() <= run.span.start() && run.span.end() <= fm.end())
        {
            continue;
        }
        let piece = &text[run.span.range()];
        if block != Some(run.block) {
            block = Some(run.block);
            (open_double, open_single) = (false, false);
        }
        let html = doc.format == Format::Html;
        let has_mark = piece.contains(['\'', '"', '‘', '’', '“', '”']);
        let may_have_reference = html && piece.contains('&');
        if !(has_mark || may_have_reference) {
            continue;
        }
        let before = text[..run.span.start()].chars().next_back().unwrap_or(' ');
        // Whether the previous quote mark opened a quotation, for straight marks in a row
        // (`"'Nobody listens,' she wrote"`).
        let mut prev_opening = true;
        candidates(piece, html, before, &mut found);
        for &(i, len, c, prev, next) in &found {
            let at = run.span.start() + i;
            // A quote opens after white space, an opening bracket, a dash or slash, another
            // opening quote, or Markdown emphasis (`*"Yes"*`); it closes after a letter, a
            // digit or closing punctuation. After anything else (the `>` of a tag, in
            // `<p>"Yes," she said`) it opens when a word follows it.
            let opening = if prev.is_whitespace()
                || matches!(
                    prev,
                    '(' | '[' | '{' | '—' | '–' | '-' | '/' | '‘' | '“' | '*' | '_'
                ) {
                true
            } else if matches!(prev, '\'' | '"') {
                prev_opening
            } else if prev.is_alphanumeric()
                || matches!(
                    prev,
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '’' | '”' | '…' | '%'
                )
            {
                false
            } else {
                next.is_alphanumeric() || matches!(next, '\'' | '"' | '‘' | '“')
            };
            let mark = match c {
                '\'' | '’' | '‘' => {
                    // Not quote marks: a prime (`5'11"`), or an ʻokina or ʿayin written
                    // with a turned comma (`Hawai‘i`, `Shi‘ite`).
                    let prime = c == '\''
                        && prev.is_ascii_digit()
                        && !possessive_s(text, at + 1)
                        // inside an open quotation, `'Top 10'` closes it; `5'11` is feet
                        && (!open_single || next.is_ascii_digit());
                    let okina = c == '‘' && prev.is_alphabetic() && next.is_alphabetic();
                    if prime || okina {
                        None
                    } else {
                        let apostrophe = (prev.is_alphanumeric() && next.is_alphanumeric())
                            || (opening && next.is_ascii_digit())
                            || (opening && before_elided_word(text, at + len))
                            || closes_n_elision(text, at)
                            || (c != '‘'
                                && (prev == 's' || prev == 'S')
                                && !next.is_alphanumeric());
                        Some(Mark {
                            span: Span::new(at, at + len),
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
                    let inches =
                        c == '"' && prev.is_ascii_digit() && (!open_double || after_feet(text, at));
                    if inches {
                        None
                    } else {
                        Some(Mark {
                            span: Span::new(at, at + len),
                            kind: Kind::Double,
                            curly: c != '"',
                            opening,
                        })
                    }
                }
                _ => None,
            };
            if let Some(m) = mark {
                prev_opening = m.opening;
                match m.kind {
                    Kind::Double => open_double = m.opening,
                    Kind::Single => open_single = m.opening,
                    Kind::Apostrophe => {}
                }
                marks.push(m);
            }
        }
    }
    marks
}

/// The quote marks of a run, each with the characters just before and after it:
/// `(offset, length, mark, previous, next)`. Outside HTML only the marks are visited (a byte
/// scan: every mark is `'`, `"` or starts with the byte 0xE2); in HTML every character, as a
/// character reference may stand for a mark.
fn candidates(
    piece: &str,
    html: bool,
    before: char,
    out: &mut Vec<(usize, usize, char, char, char)>,
) {
    const MARKS: [char; 6] = ['\'', '"', '‘', '’', '“', '”'];
    out.clear();
    if html {
        let mut prev = before;
        let mut units = Units { piece, at: 0, html }.peekable();
        while let Some((i, len, c)) = units.next() {
            if MARKS.contains(&c) {
                let next = units.peek().map_or(' ', |u| u.2);
                out.push((i, len, c, prev, next));
            }
            prev = c;
        }
        return;
    }
    for (i, &b) in piece.as_bytes().iter().enumerate() {
        if !matches!(b, b'\'' | b'"' | 0xE2) {
            continue;
        }
        let Some(c) = piece[i..].chars().next().filter(|c| MARKS.contains(c)) else {
            continue;
        };
        let prev = piece[..i].chars().next_back().unwrap_or(before);
        let next = piece[i + c.len_utf8()..].chars().next().unwrap_or(' ');
        out.push((i, c.len_utf8(), c, prev, next));
    }
}

/// The characters of a run with their offsets and lengths; in HTML a character reference
/// (`&rsquo;`, `&#8217;`, `&quot;`) is one character, so `SCO&rsquo;s` counts as curly.
struct Units<'t> {
    piece: &'t str,
    at: usize,
    html: bool,
}

impl Iterator for Units<'_> {
    type Item = (usize, usize, char);

    fn next(&mut self) -> Option<Self::Item> {
        let i = self.at;
        let c = self.piece[i..].chars().next()?;
        let (len, c) = match (self.html && c == '&')
            .then(|| entity::decode_at(&self.piece[i..]))
            .flatten()
        {
            Some((d, len)) => (len, d),
            None => (c.len_utf8(), c),
        };
        self.at += len;
        Some((i, len, c))
    }
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
