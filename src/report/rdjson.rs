//! reviewdog's diagnostic format (`rdjson`): one `DiagnosticResult` object, read by
//! `reviewdog -f=rdjson`, which comments on a pull request's changed lines and offers each
//! fix as a suggested change.
//!
//! Positions are 1-based lines and columns counted in UTF-8 bytes, as the format defines them;
//! ranges end exclusive. A fix becomes one suggestion whose range covers all of its edits,
//! so that accepting it applies the whole fix. Fixes not marked safe are offered too: a
//! reviewer accepts a suggestion by hand.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{FileReport, Texts};
use crate::diagnostic::{Fix, Severity};
use crate::fingerprint::relative_path;
use crate::source::SourceFile;
use crate::span::Span;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "ERROR",
        Severity::Warning => "WARNING",
        Severity::Info => "INFO",
    }
}

/// Line and UTF-8 byte column, both 1-based.
fn position(src: &SourceFile, offset: usize) -> Value {
    let (line, column) = src.line_byte_col(offset);
    json!({ "line": line, "column": column })
}

fn range(src: &SourceFile, span: Span) -> Value {
    json!({ "start": position(src, span.start()), "end": position(src, span.end()) })
}

/// The whole fix as one replacement: the text between its first and last edit, with every
/// edit applied.
fn suggestion(src: &SourceFile, fix: &Fix) -> Option<Value> {
    let first = fix.edits.first()?;
    let last = fix.edits.last()?;
    let covered = Span::new(first.span.start(), last.span.end().max(first.span.start()));
    let text = src.text();
    let mut replacement = String::new();
    let mut at = covered.start();
    for e in &fix.edits {
        if e.span.start() < at {
            return None;
        }
        replacement.push_str(text.get(at..e.span.start())?);
        replacement.push_str(&e.replacement);
        at = e.span.end();
    }
    Some(json!({ "range": range(src, covered), "text": replacement }))
}

kept_texts_writer!(write => write_from);

/// [`write`], with each report's text from `texts`.
pub fn write_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    texts: &mut dyn Texts,
) -> io::Result<()> {
    let mut diagnostics = Vec::new();
    for r in reports {
        if r.diagnostics.is_empty() {
            continue;
        }
        texts.with(r, &mut |r| {
            let src = &r.source;
            let path = relative_path(src.path(), src.name());
            for d in &r.diagnostics {
                let mut item = json!({
                    "message": d.message,
                    "location": { "path": path, "range": range(src, d.span) },
                    "severity": severity(d.severity),
                    "code": { "value": d.rule },
                });
                if let Some(s) = d.fix.as_ref().and_then(|f| suggestion(src, f)) {
                    item["suggestions"] = json!([s]);
                }
                diagnostics.push(item);
            }
            Ok(())
        })?;
    }
    let result = json!({
        "source": { "name": "copydesk", "url": "https://github.com/copydesk/copydesk" },
        "diagnostics": diagnostics,
    });
    serde_json::to_writer(&mut *out, &result)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Applicability, Edit};

    #[test]
    fn a_fix_of_several_edits_is_one_suggestion_over_all_of_them() {
        let src = SourceFile::new("a.txt", "x\nA, B and C é teh end\n");
        let text = src.text();
        let at = |s: &str| text.find(s).expect("in text");
        let fix = Fix {
            applicability: Applicability::Safe,
            edits: vec![
                Edit {
                    span: Span::new(at(" and"), at(" and")),
                    replacement: ",".into(),
                },
                Edit {
                    span: Span::new(at("teh"), at("teh") + 3),
                    replacement: "the".into(),
                },
            ],
        };
        let s = suggestion(&src, &fix).expect("suggestion");
        assert_eq!(s["text"], ", and C é the");
        // UTF-8 byte columns: `é` counts two (17 characters, 18 bytes, before the end).
        assert_eq!(s["range"]["start"], json!({"line": 2, "column": 5}));
        assert_eq!(s["range"]["end"], json!({"line": 2, "column": 18}));
    }
}
