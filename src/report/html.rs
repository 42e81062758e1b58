//! One self-contained page for editors: each article with every finding highlighted in the
//! text and its message in the margin, numbered to match.
//!
//! Everything taken from the articles (text, paths, messages) is escaped, and the page has no
//! script of its own; its Content-Security-Policy forbids scripts and remote loads as well, so
//! an article quoting `<script>` or `onerror=` cannot run anything in the reader's browser
//! (`.ci/browser-test.sh` checks this in headless Chromium).

use std::fmt::Write as _;
use std::io::{self, Write};

use super::{FileReport, Totals};
use crate::diagnostic::Severity;

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font:16px/1.5 Georgia,serif;margin:0;background:#f6f5f1;color:#222}
header{padding:1em 2em;background:#222;color:#fff;font-family:system-ui,sans-serif}
section{display:grid;grid-template-columns:minmax(0,3fr) minmax(16em,2fr);gap:2em;padding:1em 2em;border-bottom:1px solid #ccc}
h2{grid-column:1/-1;font:600 1.1em system-ui,sans-serif;margin:.5em 0 0}
pre{white-space:pre-wrap;word-wrap:break-word;font:inherit;margin:0;background:#fff;padding:1em;border:1px solid #ddd}
mark{border-radius:2px;padding:0 1px}mark.error{background:#ffd2cc}mark.warning{background:#fff0b3}mark.info{background:#d6ecff}
mark sup,li b{font:700 .7em system-ui,sans-serif}
ol{font:14px/1.4 system-ui,sans-serif;margin:0;padding-left:1.5em}li{margin-bottom:.6em}
code{background:#eee;padding:0 2px}.rule{color:#666}.error b{color:#b3261e}.warning b{color:#8a6100}.info b{color:#0b57d0}";

/// Writes the page.
pub fn write(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let mut page = String::new();
    let _ = write!(
        page,
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"><title>copydesk report</title><style>{STYLE}</style></head><body><header><b>copydesk</b> — {}</header>",
        escape(&Totals::of(reports).summary())
    );
    for r in reports {
        let text = r.source.text();
        let _ = write!(page, "<section><h2>{}</h2><pre>", escape(r.source.name()));
        // Highlights may not overlap: a finding inside an earlier one is listed, not marked.
        let mut at = 0;
        for (n, d) in r.diagnostics.iter().enumerate() {
            let class = d.severity.as_str();
            if d.span.start() < at {
                continue;
            }
            page.push_str(&escape(&text[at..d.span.start()]));
            let _ = write!(
                page,
                "<mark class=\"{class}\" title=\"{}\">{}<sup>{}</sup></mark>",
                escape(&d.message),
                escape(&text[d.span.range()]),
                n + 1
            );
            at = d.span.end();
        }
        page.push_str(&escape(&text[at..]));
        page.push_str("</pre><ol>");
        for d in &r.diagnostics {
            let (line, col) = r.source.line_col(d.span.start());
            let kind = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "note",
            };
            let _ = write!(
                page,
                "<li class=\"{}\"><b>{kind}</b> {} <span class=\"rule\">{} · {line}:{col}</span>",
                d.severity.as_str(),
                escape(&d.message),
                escape(&d.rule)
            );
            if !d.suggestions.is_empty() {
                let s: Vec<String> = d
                    .suggestions
                    .iter()
                    .map(|s| format!("<code>{}</code>", escape(s)))
                    .collect();
                let _ = write!(page, "<br>did you mean {}?", s.join(", "));
            } else if let Some(h) = &d.help {
                let _ = write!(page, "<br>{}", escape(h));
            }
            page.push_str("</li>");
        }
        page.push_str("</ol></section>");
    }
    page.push_str("</body></html>\n");
    out.write_all(page.as_bytes())
}
