//! Inline suppression comments, shared by the parsers: in Markdown and HTML
//! `<!-- copydesk-disable-next-line RULE -->`, `<!-- copydesk-disable RULE -->` …
//! `<!-- copydesk-enable RULE -->`; in plain text the same directives on a line of their own
//! (`copydesk-disable-next-line RULE -- reason`). Without a rule id they apply to every rule.
//! Text after `--` is the reason, kept with the suppression.

use std::sync::LazyLock;

use regex::Regex;

use crate::doc::{DocBuilder, Suppression};
use crate::span::Span;

static DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<!--\s*copydesk-(disable-next-line|disable|enable)\b([^>]*?)\s*-->")
        .expect("static regex")
});

/// A plain-text line that is a directive and nothing else.
static PLAIN_DIRECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[ \t]*copydesk-(disable-next-line|disable|enable)(?:[ \t]+([^\r\n]*?))?[ \t]*$")
        .expect("static regex")
});

/// A `copydesk-disable` region waiting for its `copydesk-enable`.
struct Open {
    rules: Vec<String>,
    reason: Option<String>,
    start: usize,
    comment: Span,
}

/// Open `copydesk-disable` regions waiting for their `copydesk-enable`.
#[derive(Default)]
pub(crate) struct Directives {
    open: Vec<Open>,
}

/// The rule ids and the reason in a directive's body: `typo, repeated-word -- quoted as said`.
fn split_body(body: &str) -> (Vec<String>, Option<String>) {
    let (ids, reason) = match body.find("--") {
        Some(i) => (&body[..i], Some(body[i + 2..].trim())),
        None => (body, None),
    };
    let rules = ids
        .split([',', ' ', '\t', '\n', '\r'])
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    (rules, reason.filter(|r| !r.is_empty()).map(str::to_string))
}

impl Directives {
    /// Reads the directives in an HTML comment or tag at `span`.
    pub(crate) fn scan(&mut self, b: &mut DocBuilder<'_>, span: Span) {
        let text = b.text();
        let html = &text[span.range()];
        if !html.contains("copydesk-") {
            return;
        }
        let found: Vec<(String, String, Span)> = DIRECTIVE
            .captures_iter(html)
            .map(|c| {
                let whole = c.get(0).expect("group 0");
                let comment = Span::new(span.start() + whole.start(), span.start() + whole.end());
                (c[1].to_string(), c[2].to_string(), comment)
            })
            .collect();
        for (kind, body, comment) in found {
            self.apply(b, &kind, &body, comment);
        }
    }

    /// Reads a plain-text line (`line` without its terminator); true when it is a directive,
    /// which the parser then leaves out of the prose.
    pub(crate) fn scan_plain_line(&mut self, b: &mut DocBuilder<'_>, line: Span) -> bool {
        let text = b.text();
        let body = &text[line.range()];
        if !body.contains("copydesk-") {
            return false;
        }
        let Some(c) = PLAIN_DIRECTIVE.captures(body) else {
            return false;
        };
        let kind = c[1].to_string();
        let rest = c.get(2).map_or("", |m| m.as_str()).to_string();
        let lead = body.len() - body.trim_start().len();
        let comment = Span::new(line.start() + lead, line.start() + body.trim_end().len());
        self.apply(b, &kind, &rest, comment);
        true
    }

    fn apply(&mut self, b: &mut DocBuilder<'_>, kind: &str, body: &str, comment: Span) {
        let (rules, reason) = split_body(body);
        match kind {
            "disable-next-line" => {
                let source = b.source();
                let line = source.line_index(comment.end()) + 1;
                if line < source.line_starts().len() {
                    let r = source.line_range(line);
                    b.suppression(Suppression {
                        rules,
                        span: Span::new(r.start, r.end.max(r.start)),
                        comment,
                        reason,
                    });
                }
            }
            "disable" => self.open.push(Open {
                rules,
                reason,
                start: comment.end(),
                comment,
            }),
            _ => {
                // `enable` closes the matching open regions (all of them without ids).
                let mut i = 0;
                while i < self.open.len() {
                    if rules.is_empty() || self.open[i].rules == rules {
                        let o = self.open.remove(i);
                        b.suppression(Suppression {
                            rules: o.rules,
                            span: Span::new(o.start, comment.start()),
                            comment: o.comment,
                            reason: o.reason,
                        });
                    } else {
                        i += 1;
                    }
                }
            }
        }
    }

    /// Regions never closed run to the end of the file.
    pub(crate) fn finish(self, b: &mut DocBuilder<'_>) {
        let end = b.text().len();
        for o in self.open {
            b.suppression(Suppression {
                rules: o.rules,
                span: Span::new(o.start, end),
                comment: o.comment,
                reason: o.reason,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::split_body;

    #[test]
    fn ids_and_reason() {
        assert_eq!(
            split_body(" typo, repeated-word -- quoted as said "),
            (
                vec!["typo".to_string(), "repeated-word".to_string()],
                Some("quoted as said".to_string())
            )
        );
        assert_eq!(split_body(""), (vec![], None));
        assert_eq!(split_body("typo --"), (vec!["typo".to_string()], None));
    }
}
