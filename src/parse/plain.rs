//! Plain text: blocks come from layout.
//!
//! Blank lines separate groups of lines. Inside a group each line is classified — bullet,
//! credit, caption, or prose — and prose lines are joined into one paragraph when the group
//! is hard-wrapped, or kept one paragraph per line when it is not (scraped copy puts each
//! paragraph on one long line). A short prose block that reads like a title is a heading,
//! and a heading that names facts ("… Facts", "Factbox", "At a glance") opens a fact box
//! holding the list and source line under it.

use std::sync::LazyLock;

use crate::text::patterns::Pattern;

use super::classify::{self, LineKind};
use super::directives::Directives;
use crate::doc::build::RunIn;
use crate::doc::{BlockKind, CaptionSource, DocBuilder, Document, Format, Gap};
use crate::source::SourceFile;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Blank,
    /// A bullet or numbered line; the content starts at `content`.
    Bullet {
        content: usize,
        ordered: bool,
    },
    Credit,
    Caption,
    Prose,
}

#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    /// End of the line without its terminator.
    end: usize,
    /// First non-blank byte.
    indent: usize,
    class: Class,
}

impl Line {
    fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.indent..self.end]
    }
}

/// A list item's marker; `text::scan::list_marker` matches it by hand, and this regex is
/// compiled only for a line it cannot decide (led by a digit outside ASCII).
pub(super) static BULLET: LazyLock<Pattern> = LazyLock::new(|| {
    Pattern::fixed(r"^([•◦▪▫●○‣∙·*–—-]|(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t]+\S")
});

pub(super) fn parse(source: &SourceFile) -> Document<'_> {
    let text = source.text();
    let mut b = DocBuilder::new(source, Format::Plain);
    let mut lines = lines(text, source);
    let mut directives = Directives::default();
    if text.contains("copydesk-") {
        for l in &mut lines {
            // A directive line is an instruction to copydesk, not prose: it reads as a blank
            // line, so no rule sees it.
            if l.class != Class::Blank
                && directives.scan_plain_line(&mut b, Span::new(l.start, l.end))
            {
                l.class = Class::Blank;
            }
        }
    }
    let mut saw_prose = false;
    let mut i = 0;
    // A fact box stays open from its heading to the end of the list (and its credit) under it.
    let mut fact_box_open = false;
    while i < lines.len() {
        let line = lines[i];
        match line.class {
            Class::Blank => {
                i += 1;
            }
            Class::Bullet { .. } => {
                let ordered = matches!(line.class, Class::Bullet { ordered: true, .. });
                b.open(BlockKind::List { ordered }, line.start);
                while i < lines.len() {
                    let Class::Bullet { content, .. } = lines[i].class else {
                        break;
                    };
                    let item_start = lines[i].indent;
                    let mut end = lines[i].end;
                    i += 1;
                    // Continuation lines are indented deeper than the bullet.
                    while i < lines.len()
                        && lines[i].class == Class::Prose
                        && lines[i].indent - lines[i].start
                            > lines[i - 1].indent - lines[i - 1].start
                    {
                        end = lines[i].end;
                        i += 1;
                    }
                    let span = Span::new(content, end);
                    b.leaf(
                        BlockKind::ListItem { depth: 0 },
                        Span::new(item_start, end),
                        &[run(span)],
                    );
                    // A blank line between items does not end the list.
                    let mut j = i;
                    while j < lines.len() && lines[j].class == Class::Blank {
                        j += 1;
                    }
                    if j < lines.len() && matches!(lines[j].class, Class::Bullet { .. }) {
                        i = j;
                    }
                }
                let end = lines[i - 1].end;
                b.close(end);
                if fact_box_open {
                    // The source line right under a fact box belongs to it.
                    if i < lines.len() && lines[i].class == Class::Credit {
                        let l = lines[i];
                        b.leaf(
                            BlockKind::Credit,
                            Span::new(l.indent, l.end),
                            &[run(Span::new(l.indent, l.end))],
                        );
                        i += 1;
                    }
                    b.close(lines[i - 1].end);
                    fact_box_open = false;
                }
            }
            Class::Credit => {
                b.leaf(
                    BlockKind::Credit,
                    Span::new(line.indent, line.end),
                    &[run(Span::new(line.indent, line.end))],
                );
                i += 1;
            }
            Class::Caption => {
                let span = Span::new(line.indent, line.end);
                b.leaf(BlockKind::Caption(CaptionSource::Line), span, &[run(span)]);
                i += 1;
            }
            Class::Prose => {
                let group_end = lines[i..]
                    .iter()
                    .position(|l| l.class != Class::Prose)
                    .map_or(lines.len(), |n| i + n);
                let wrapped = is_hard_wrapped(text, &lines[i..group_end]);
                let mut last = i;
                while last + 1 < group_end
                    && (wrapped
                        || continues(lines[last].text(text), lines[last + 1].text(text))
                        || (last > i
                            && wrapped_onto(
                                lines[last - 1].text(text),
                                lines[last].text(text),
                                lines[last + 1].text(text),
                            )))
                {
                    last += 1;
                }
                let span = Span::new(line.indent, lines[last].end);
                // A headline stands alone between blank lines, or between caption and credit
                // lines (a caption pasted right above or below it, as scraped pages have it).
                let apart =
                    |l: &Line| matches!(l.class, Class::Blank | Class::Caption | Class::Credit);
                let alone =
                    (i == 0 || apart(&lines[i - 1])) && lines.get(last + 1).is_none_or(apart);
                if last == i && is_title_like(line.text(text), alone) {
                    if fact_box_open {
                        b.close(line.start);
                        fact_box_open = false;
                    }
                    let opens_facts = classify::opens_fact_box(line.text(text));
                    if opens_facts {
                        b.open(BlockKind::FactBox, line.indent);
                        fact_box_open = true;
                    }
                    let level = if saw_prose { 2 } else { 1 };
                    b.leaf(BlockKind::Heading { level }, span, &[run(span)]);
                } else {
                    if fact_box_open {
                        b.close(line.start);
                        fact_box_open = false;
                    }
                    saw_prose = true;
                    b.leaf(BlockKind::Paragraph, span, &[run(span)]);
                }
                i = last + 1;
            }
        }
    }
    directives.finish(&mut b);
    b.finish()
}

fn run(span: Span) -> RunIn {
    RunIn {
        span,
        before: Gap::Space,
    }
}

fn lines(text: &str, source: &SourceFile) -> Vec<Line> {
    let skip = source.content_start();
    (0..source.line_starts().len())
        .map(|n| {
            let r = source.line_range(n);
            let start = r.start.max(skip);
            let end = r.end.max(start);
            let body = &text[start..end];
            let indent = start + (body.len() - body.trim_start().len());
            let trimmed = &text[indent..end];
            let class = if trimmed.trim_end().is_empty() {
                Class::Blank
            } else if let Some(m) =
                crate::text::scan::list_marker(trimmed).unwrap_or_else(|_| BULLET.group(trimmed, 1))
            {
                let marker = &trimmed[m];
                let content = indent + marker.len();
                let content =
                    content + (text[content..end].len() - text[content..end].trim_start().len());
                Class::Bullet {
                    content,
                    ordered: marker.ends_with(['.', ')']),
                }
            } else {
                match classify::classify(trimmed) {
                    LineKind::Credit => Class::Credit,
                    LineKind::Caption => Class::Caption,
                    LineKind::Prose => Class::Prose,
                }
            };
            Line {
                start,
                end,
                indent,
                class,
            }
        })
        .collect()
}

/// A group of prose lines is hard-wrapped when its lines, all but the last, are of the width
/// an editor wraps at; scraped copy instead has one long line per paragraph.
fn is_hard_wrapped(text: &str, group: &[Line]) -> bool {
    if group.len() < 2 {
        return false;
    }
    group[..group.len() - 1]
        .iter()
        .all(|l| (30..=100).contains(&text[l.start..l.end].chars().count()))
}

/// A line that stops without sentence punctuation, followed by one that starts in lower
/// case, is one sentence broken over two lines.
fn continues(line: &str, next: &str) -> bool {
    !line
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')'])
        && next.chars().next().is_some_and(char::is_lowercase)
}

/// A short line that ends on "the", "of" or "after" under a line of the width an editor
/// wraps at, both without sentence punctuation, runs on into the next line whatever its
/// first letter ("since the first day\nof trading after the\nSeptember 11, 2001 attacks.").
fn wrapped_onto(prev: &str, line: &str, next: &str) -> bool {
    let open = |l: &str| {
        !l.trim_end()
            .ends_with(['.', '!', '?', ':', ';', '"', '”', '’', ')'])
    };
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    (30..=100).contains(&prev.chars().count())
        && open(prev)
        && open(line)
        && crate::text::is_dangling(last)
        && next
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// A short line without sentence punctuation at its end reads like a headline or a section
/// head. A line standing alone between blank lines may be longer than one inside a group.
fn is_title_like(line: &str, alone: bool) -> bool {
    let line = line.trim_end();
    let words = line.split_whitespace().count();
    let max_words = if alone { 14 } else { 8 };
    let first = line.chars().next().unwrap_or(' ');
    // A headline never ends on "the", "of" or "because": such a line is a sentence cut short.
    let last = line.rsplit(char::is_whitespace).next().unwrap_or("");
    let dangling = crate::text::is_dangling(last);
    !dangling
        && words <= max_words
        && line.chars().count() <= 100
        && (first.is_uppercase() || first.is_numeric() || first == '"' || first == '“')
        && !line.ends_with(['.', ',', ';', ':'])
        && !line.contains(". ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::BlockKind;

    fn kinds(text: &str) -> Vec<(BlockKind, String)> {
        let src = SourceFile::new("t.txt", text);
        let doc = parse(&src);
        doc.blocks
            .iter()
            .map(|b| (b.kind, src.text()[b.span.range()].to_string()))
            .collect()
    }

    #[test]
    fn headline_caption_paragraph_and_fact_box() {
        let text = "SCO Opposes Intervention\n\nHu Jintao, left, walks with Almaz Atambayev, second left, at the summit\nBEIJING - A regional alliance said so.\n\nSCO Facts\n\n  • Includes China and Russia\n  • Observers too\nSource: SCO website\nThe SCO said more.\n";
        let k = kinds(text);
        let names: Vec<_> = k.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            names,
            [
                BlockKind::Heading { level: 1 },
                BlockKind::Caption(CaptionSource::Line),
                BlockKind::Paragraph,
                BlockKind::FactBox,
                BlockKind::Heading { level: 2 },
                BlockKind::List { ordered: false },
                BlockKind::ListItem { depth: 0 },
                BlockKind::ListItem { depth: 0 },
                BlockKind::Credit,
                BlockKind::Paragraph,
            ]
        );
        assert_eq!(k[6].1, "• Includes China and Russia");
        assert!(k[3].1.starts_with("SCO Facts") && k[3].1.ends_with("SCO website"));
    }

    #[test]
    fn hard_wrapped_lines_make_one_paragraph() {
        let text = "The joint statement coincided with reports of another mass killing of\ncivilians in Syria, the agency said on Thursday in its report to the\ncouncil.\n";
        let k = kinds(text);
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].0, BlockKind::Paragraph);
    }

    #[test]
    fn one_paragraph_per_long_line_and_short_lines_apart() {
        let text = "The United Nations estimated more than 9,000 Syrians have died since the conflict began last year.\nXS\nSM\n";
        let k = kinds(text);
        assert_eq!(k.len(), 3);
        assert_eq!(k[1].1, "XS");
    }

    #[test]
    fn crlf_lines_keep_exact_spans() {
        let text = "Headline Here\r\n\r\nA paragraph that is long enough to be one.\r\n";
        let src = SourceFile::new("t.txt", text);
        let doc = parse(&src);
        assert_eq!(
            doc.slice(doc.blocks[1].span),
            "A paragraph that is long enough to be one."
        );
    }
}

#[cfg(test)]
mod directive_tests {
    use super::*;

    #[test]
    fn directive_lines_are_not_prose_and_regions_close() {
        let text = "One line here.\ncopydesk-disable typo -- names\nTwo teh.\n  copydesk-enable typo\nThree.\ncopydesk-disable-next-line\nFour.\n";
        let src = SourceFile::new("t.txt", text);
        let doc = parse(&src);
        let prose: Vec<&str> = doc.blocks.iter().map(|b| doc.slice(b.span)).collect();
        assert_eq!(prose, ["One line here.", "Two teh.", "Three.", "Four."]);
        let s = &doc.suppressions;
        assert_eq!(s.len(), 2);
        let region = s.iter().find(|s| s.rules == ["typo"]).expect("region");
        assert_eq!(region.reason.as_deref(), Some("names"));
        assert!(doc.slice(region.span).contains("Two teh."));
        assert!(!doc.slice(region.span).contains("Three"));
        let next = s.iter().find(|s| s.rules.is_empty()).expect("next line");
        assert_eq!(doc.slice(next.span), "Four.");
    }
}
