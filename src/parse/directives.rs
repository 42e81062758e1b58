//! Inline suppression comments, shared by the Markdown and HTML parsers:
//! `<!-- copydesk-disable-next-line RULE -->`, `<!-- copydesk-disable RULE -->` …
//! `<!-- copydesk-enable RULE -->`. Without a rule id they apply to every rule.

use std::sync::LazyLock;

use regex::Regex;

use crate::doc::{DocBuilder, Suppression};
use crate::span::Span;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")
        .expect("static regex")
});

/// Open `copydesk-disable` regions waiting for their `copydesk-enable`.
#[derive(Default)]
pub(crate) struct Directives {
    open: Vec<(Vec<String>, usize, Span)>,
}

impl Directives {
    /// Reads the directives in an HTML comment or tag at `span`.
    pub(crate) fn scan(&mut self, b: &mut DocBuilder<'_>, span: Span) {
        let text = b.text();
        let html = &text[span.range()];
        if !html.contains("copydesk-") {
            return;
        }
        for c in DIRECTIVE.captures_iter(html) {
            let whole = c.get(0).expect("group 0");
            let comment = Span::new(span.start() + whole.start(), span.start() + whole.end());
            let rules: Vec<String> = c[2]
                .split([',', ' ', '\t', '\n'])
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            match &c[1] {
                "disable-next-line" => {
                    let source = b.source();
                    let line = source.line_index(comment.end()) + 1;
                    if line < source.line_starts().len() {
                        let r = source.line_range(line);
                        b.suppression(Suppression {
                            rules,
                            span: Span::new(r.start, r.end.max(r.start)),
                            comment,
                        });
                    }
                }
                "disable" => self.open.push((rules, comment.end(), comment)),
                _ => {
                    // `enable` closes the matching open regions (all of them without ids).
                    let mut i = 0;
                    while i < self.open.len() {
                        let matches = rules.is_empty() || self.open[i].0 == rules;
                        if matches {
                            let (r, start, at) = self.open.remove(i);
                            b.suppression(Suppression {
                                rules: r,
                                span: Span::new(start, comment.start()),
                                comment: at,
                            });
                        } else {
                            i += 1;
                        }
                    }
                }
            }
        }
    }

    /// Regions never closed run to the end of the file.
    pub(crate) fn finish(self, b: &mut DocBuilder<'_>) {
        let end = b.text().len();
        for (rules, start, comment) in self.open {
            b.suppression(Suppression {
                rules,
                span: Span::new(start, end),
                comment,
            });
        }
    }
}
