//! Quotation marks, classified once: which marks open and which close a quotation, which are
//! apostrophes, which are not quote marks at all (primes, the ʻokina), and the quotations
//! they make. Built on first use ([`Document::quotations`], [`Document::quote_marks`]), so a
//! rule that never asks pays nothing.
//!
//! Marks: straight `'` `"`, curly `‘’` `“”`, guillemets `«»` `‹›` (either direction: French
//! `« Paix »`, German `»Frieden«`), and low-9 `„` `‚` (German `„Ja“`, Polish `„Tak”`).

use crate::doc::{BlockId, Document, Format};
use crate::span::Span;
use crate::text::entity;

/// What a mark is in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// An apostrophe: `China's`, `’90s`, `rock ’n’ roll`, `the bosses'`.
    Apostrophe,
    /// A single quotation mark: `‘`, `’`, `'`, `‹`, `›`, `‚`.
    Single,
    /// A double quotation mark: `“`, `”`, `"`, `«`, `»`, `„`.
    Double,
}

/// How a mark is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkStyle {
    /// `'` and `"`.
    Straight,
    /// `‘’` and `“”`.
    Curly,
    /// `«»` and `‹›`.
    Guillemet,
    /// `„` and `‚`.
    Low,
}

/// One quotation mark or apostrophe in the prose.
#[derive(Clone, Copy, Debug)]
pub struct QuoteMark {
    /// The mark in the source; in HTML a character reference (`&rsquo;`) is one mark.
    pub span: Span,
    pub kind: MarkKind,
    pub style: MarkStyle,
    /// Opens a quotation (after white space or an opening bracket) rather than closing one.
    /// Always false for apostrophes.
    pub opening: bool,
    pub block: BlockId,
    /// An apostrophe after an `s` (`the bosses'`) that may also close an open single
    /// quotation (`'the bosses'`).
    may_close: bool,
}

/// A quotation: from its opening mark to its closing mark, inside one block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` for a double quotation still open at the end of its block
    /// (news style: a quotation over several paragraphs closes only in the last one).
    pub close: Option<Span>,
    /// What is quoted: between the marks, or from the opening mark to the block's end.
    pub inner: Span,
    /// Double (`“”`, `"`, `«»`, `„“`) rather than single marks.
    pub double: bool,
    pub block: BlockId,
}

/// The marks and quotations of a document, in source order (quotations by opening mark).
#[derive(Debug, Default)]
pub struct Quotes {
    pub marks: Vec<QuoteMark>,
    pub quotations: Vec<Quotation>,
}

impl Document<'_> {
    fn quotes(&self) -> &Quotes {
        self.quote_cache.get_or_init(|| {
            let marks = collect(self);
            let quotations = pair(self, &marks);
            Quotes { marks, quotations }
        })
    }

    /// Every quotation mark and apostrophe in the prose, in source order (primes and the
    /// ʻokina left out).
    pub fn quote_marks(&self) -> &[QuoteMark] {
        &self.quotes().marks
    }

    /// Every quotation, sorted by its opening mark; nested ones follow the one around them.
    pub fn quotations(&self) -> &[Quotation] {
        &self.quotes().quotations
    }

    /// The innermost quotation whose quoted text holds all of `span`.
    pub fn quotation(&self, span: Span) -> Option<&Quotation> {
        let qs = self.quotations();
        // Quotations nest, so the last one opened before `span` that holds it is the
        // innermost.
        let before = qs.partition_point(|q| q.inner.start() <= span.start());
        qs[..before].iter().rev().find(|q| q.inner.contains(span))
    }

    /// Whether all of `span` is quoted.
    pub fn in_quotation(&self, span: Span) -> bool {
        self.quotation(span).is_some()
    }
}

/// Pairs the marks of each block into quotations: a closing mark closes the nearest open
/// quotation of its kind (single or double); openers it skips were not quotations (a stray
/// mark). At the end of a block an open double quotation runs to the block's end; an open
/// single mark is dropped, as it is too often an unrecognised elision (`'cause`).
fn pair(doc: &Document<'_>, marks: &[QuoteMark]) -> Vec<Quotation> {
    let mut out = Vec::new();
    let mut open: Vec<&QuoteMark> = Vec::new();
    let mut block = None;
    let flush = |open: &mut Vec<&QuoteMark>, out: &mut Vec<Quotation>| {
        for m in open.drain(..) {
            let Some(end) = doc.prose_span(m.block).map(Span::end) else {
                continue;
            };
            if m.kind == MarkKind::Double && m.span.end() <= end {
                out.push(Quotation {
                    open: m.span,
                    close: None,
                    inner: Span::new(m.span.end(), end),
                    double: true,
                    block: m.block,
                });
            }
        }
    };
    for m in marks {
        if block != Some(m.block) {
            flush(&mut open, &mut out);
            block = Some(m.block);
        }
        let double = match m.kind {
            MarkKind::Double => true,
            MarkKind::Single => false,
            MarkKind::Apostrophe if m.may_close => false,
            MarkKind::Apostrophe => continue,
        };
        if m.opening && m.kind != MarkKind::Apostrophe {
            open.push(m);
            continue;
        }
        let Some(at) = open
            .iter()
            .rposition(|o| (o.kind == MarkKind::Double) == double)
        else {
            continue;
        };
        let o = open[at];
        open.truncate(at);
        out.push(Quotation {
            open: o.span,
            close: Some(m.span),
            inner: Span::new(o.span.end(), m.span.start()),
            double,
            block: m.block,
        });
    }
    flush(&mut open, &mut out);
    // Closed in order of their closing marks; read in order of their opening marks.
    out.sort_by_key(|q| (q.open.start(), std::cmp::Reverse(q.inner.end())));
    out
}

/// Words whose first letters are elided, so that a mark before them is an apostrophe, not an
/// opening quote: rock 'n' roll, 'em, 'til, 'tis, 'twas. Words that also open quotations
/// ("'Round two…'", "'Cause for concern…'") are left out: there the mark is ambiguous.
const ELIDED: &[&str] = &["n", "em", "til", "tis", "twas"];

/// Every character that may be a mark.
const MARKS: [char; 12] = ['\'', '"', '‘', '’', '“', '”', '«', '»', '‹', '›', '„', '‚'];

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

/// Whether a mark opens, from the characters around it. A quote opens after white space, an
/// opening bracket, a dash or slash, another opening quote, or Markdown emphasis (`*"Yes"*`);
/// it closes after a letter, a digit or closing punctuation. After anything else (the `>` of
/// a tag, in `<p>"Yes," she said`) it opens when a word follows it. `prev_opening` is whether
/// the previous straight mark opened, for straight marks in a row (`"'Nobody listens,' she
/// wrote"`).
fn opens(prev: char, next: char, prev_opening: bool) -> bool {
    if prev.is_whitespace()
        || matches!(
            prev,
            '(' | '[' | '{' | '—' | '–' | '-' | '/' | '‘' | '“' | '*' | '_'
        )
    {
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
    }
}

fn collect(doc: &Document<'_>) -> Vec<QuoteMark> {
    let text = doc.text();
    let mut marks: Vec<QuoteMark> = Vec::new();
    // A quotation opened and not yet closed in this block, so that the closing mark of
    // `"Vision 2030"` or `'Top 10'` is not taken for a prime.
    let (mut open_double, mut open_single) = (false, false);
    let mut block = None;
    let mut found = Vec::new();
    let html = doc.format == Format::Html;
    for run in &doc.runs {
        let piece = &text[run.span.range()];
        if block != Some(run.block) {
            block = Some(run.block);
            (open_double, open_single) = (false, false);
        }
        let has_mark = piece.contains(MARKS);
        let may_have_reference = html && piece.contains('&');
        if !(has_mark || may_have_reference) {
            continue;
        }
        let before = text[..run.span.start()].chars().next_back().unwrap_or(' ');
        let mut prev_opening = true;
        candidates(piece, html, before, &mut found);
        for &(i, len, c, prev, next) in &found {
            let at = run.span.start() + i;
            let span = Span::new(at, at + len);
            let opening = opens(prev, next, prev_opening);
            let mark = |kind, style, opening| QuoteMark {
                span,
                kind,
                style,
                opening,
                block: run.block,
                may_close: false,
            };
            let m = match c {
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
                        continue;
                    }
                    let plural_possessive =
                        c != '‘' && (prev == 's' || prev == 'S') && !next.is_alphanumeric();
                    let apostrophe = (prev.is_alphanumeric() && next.is_alphanumeric())
                        || (opening && next.is_ascii_digit())
                        || (opening && before_elided_word(text, at + len))
                        || closes_n_elision(text, at)
                        || plural_possessive;
                    let style = if c == '\'' {
                        MarkStyle::Straight
                    } else {
                        MarkStyle::Curly
                    };
                    if apostrophe {
                        QuoteMark {
                            may_close: plural_possessive && !opening,
                            ..mark(MarkKind::Apostrophe, style, false)
                        }
                    } else {
                        mark(MarkKind::Single, style, opening)
                    }
                }
                '"' | '“' | '”' => {
                    let inches =
                        c == '"' && prev.is_ascii_digit() && (!open_double || after_feet(text, at));
                    if inches {
                        continue;
                    }
                    let style = if c == '"' {
                        MarkStyle::Straight
                    } else {
                        MarkStyle::Curly
                    };
                    mark(MarkKind::Double, style, opening)
                }
                // Guillemets point either way (`»Frieden«`): one before a word and not after
                // one opens, one after a word and not before one closes; spaced apart, as
                // French sets them (`« Paix »,`), each keeps its usual direction.
                '«' | '»' | '‹' | '›' => {
                    let opening = if next.is_alphanumeric() && !prev.is_alphanumeric() {
                        true
                    } else if prev.is_alphanumeric() && !next.is_alphanumeric() {
                        false
                    } else {
                        matches!(c, '«' | '‹')
                    };
                    let kind = if matches!(c, '«' | '»') {
                        MarkKind::Double
                    } else {
                        MarkKind::Single
                    };
                    // Not part of the straight/curly state below.
                    marks.push(mark(kind, MarkStyle::Guillemet, opening));
                    continue;
                }
                '„' => {
                    marks.push(mark(MarkKind::Double, MarkStyle::Low, true));
                    continue;
                }
                // `‚` opens a German single quotation only before a word, after a space;
                // anywhere else it is a comma drawn with the wrong character.
                '‚' if (prev.is_whitespace() || prev == '„') && next.is_alphabetic() => {
                    marks.push(mark(MarkKind::Single, MarkStyle::Low, true));
                    continue;
                }
                _ => continue,
            };
            prev_opening = m.opening;
            match m.kind {
                MarkKind::Double => open_double = m.opening,
                MarkKind::Single => open_single = m.opening,
                MarkKind::Apostrophe => {}
            }
            marks.push(m);
        }
    }
    marks
}

/// The quote marks of a run, each with the characters just before and after it:
/// `(offset, length, mark, previous, next)`. Outside HTML only the marks are visited (a byte
/// scan: every mark is `'`, `"` or starts with the byte 0xE2 or 0xC2); in HTML every
/// character, as a character reference may stand for a mark.
fn candidates(
    piece: &str,
    html: bool,
    before: char,
    out: &mut Vec<(usize, usize, char, char, char)>,
) {
    out.clear();
    if html {
        let mut prev = before;
        let mut units = Units { piece, at: 0 }.peekable();
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
        if !matches!(b, b'\'' | b'"' | 0xE2 | 0xC2) {
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

/// The characters of an HTML run with their offsets and lengths; a character reference
/// (`&rsquo;`, `&#8217;`, `&quot;`) is one character, so `SCO&rsquo;s` counts as curly.
struct Units<'t> {
    piece: &'t str,
    at: usize,
}

impl Iterator for Units<'_> {
    type Item = (usize, usize, char);

    fn next(&mut self) -> Option<Self::Item> {
        let i = self.at;
        let c = self.piece[i..].chars().next()?;
        let (len, c) = match (c == '&')
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Format;
    use crate::source::SourceFile;

    /// The quoted texts of `text`, in order.
    fn quoted(text: &str, format: Format) -> Vec<String> {
        let source = SourceFile::new("t", text);
        let doc = crate::parse::parse(&source, format);
        doc.quotations()
            .iter()
            .map(|q| doc.slice(q.inner).to_string())
            .collect()
    }

    #[test]
    fn curly_straight_nested_and_apostrophes() {
        assert_eq!(
            quoted(
                "“‘Nobody listens,’ she wrote,” he said. China's \"plan\" isn't 'new'.",
                Format::Plain
            ),
            [
                "‘Nobody listens,’ she wrote,",
                "Nobody listens,",
                "plan",
                "new"
            ]
        );
        // A plural possessive closes an open single quotation; primes are not marks.
        assert_eq!(
            quoted(
                "It is 'the bosses' and the bosses' cars, 5'11\" tall.",
                Format::Plain
            ),
            ["the bosses"]
        );
    }

    #[test]
    fn guillemets_and_low_marks_both_ways() {
        assert_eq!(
            quoted(
                "Il a dit « paix », puis «guerre». Er sagte »Frieden« und „Ja“ und ‚nein‘.",
                Format::Plain
            ),
            [" paix ", "guerre", "Frieden", "Ja", "nein"]
        );
    }

    #[test]
    fn an_open_double_quotation_runs_to_the_end_of_its_block_only() {
        let text = "He said: “We want peace, stability and prosperity.\n\nThen it ended.";
        let source = SourceFile::new("t", text);
        let doc = crate::parse::parse(&source, Format::Plain);
        let qs = doc.quotations();
        assert_eq!(qs.len(), 1);
        assert_eq!(qs[0].close, None);
        assert_eq!(
            doc.slice(qs[0].inner),
            "We want peace, stability and prosperity."
        );
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            Span::new(s, s + w.len())
        };
        assert!(doc.in_quotation(at("stability")));
        assert!(!doc.in_quotation(at("ended")));
        assert!(!doc.in_quotation(at("said")));
    }

    #[test]
    fn html_references_are_marks_and_markup_is_not_quoted() {
        assert_eq!(
            quoted(
                "<p>She said &ldquo;yes&rdquo; and <em>&quot;no&quot;</em>.</p>\n",
                Format::Html
            ),
            ["yes", "no"]
        );
        assert_eq!(
            quoted("Run `echo \"x\"` and say \"hi\".\n", Format::Markdown),
            ["hi"]
        );
    }

    #[test]
    fn the_innermost_quotation_is_found() {
        let text = "“He said ‘no’ twice,” she said.";
        let source = SourceFile::new("t", text);
        let doc = crate::parse::parse(&source, Format::Plain);
        let s = text.find("no").unwrap();
        let q = doc.quotation(Span::new(s, s + 2)).unwrap();
        assert!(!q.double);
        let s = text.find("twice").unwrap();
        assert!(doc.quotation(Span::new(s, s + 5)).unwrap().double);
    }
}
