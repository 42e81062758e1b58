//! `json` and `jsonl`, exactly as SPEC §2 fixes them.

use std::io::{self, Write};

use serde::Serialize;

use super::{FileReport, Texts};
use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;
use crate::span::Span;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files_checked: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    /// An addition to SPEC §2's fixed object, present only when the checked files hold
    /// suppression comments: each with its rule ids and the reason written after `--`.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    suppressions: &'a [crate::report::suppressions::Record],
}

#[derive(Serialize)]
pub(crate) struct JsonDiagnostic<'a> {
    rule: &'a str,
    severity: &'a str,
    path: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: &'a str,
    labels: Vec<JsonLabel<'a>>,
    suggestions: &'a [String],
    fix: Option<JsonFix<'a>>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    safe: bool,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    start: usize,
    end: usize,
    replacement: &'a str,
}

fn offsets(src: &SourceFile, span: Span) -> (usize, usize) {
    (
        src.original_offset(span.start()),
        src.original_offset(span.end()),
    )
}

pub(crate) fn diagnostic<'a>(src: &'a SourceFile, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    let (start, end) = offsets(src, d.span);
    let (line, column) = src.line_col(d.span.start());
    let (end_line, end_column) = src.line_col(d.span.end());
    JsonDiagnostic {
        rule: &d.rule,
        severity: d.severity.as_str(),
        path: src.name(),
        start,
        end,
        line,
        column,
        end_line,
        end_column,
        message: &d.message,
        labels: d
            .labels
            .iter()
            .map(|l| {
                let (start, end) = offsets(src, l.span);
                let (line, column) = src.line_col(l.span.start());
                JsonLabel {
                    start,
                    end,
                    line,
                    column,
                    message: &l.message,
                }
            })
            .collect(),
        suggestions: &d.suggestions,
        fix: d.fix.as_ref().map(|f| JsonFix {
            safe: f.is_safe(),
            edits: f
                .edits
                .iter()
                .map(|e| {
                    let (start, end) = offsets(src, e.span);
                    JsonEdit {
                        start,
                        end,
                        replacement: &e.replacement,
                    }
                })
                .collect(),
        }),
    }
}

/// One JSON object with every finding.
pub fn write(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    write_with_suppressions(out, reports, &[])
}

/// One JSON object with every finding and, when there are any, the suppression comments
/// (`"suppressions": [{"path", "start", "end", "line", "column", "rules", "reason"}]`).
pub fn write_with_suppressions(
    out: &mut dyn Write,
    reports: &[FileReport],
    suppressions: &[crate::report::suppressions::Record],
) -> io::Result<()> {
    let output = Output {
        suppressions,
        version: 1,
        files_checked: reports.len(),
        diagnostics: reports
            .iter()
            .flat_map(|r| r.diagnostics.iter().map(|d| diagnostic(&r.source, d)))
            .collect(),
    };
    serde_json::to_writer(&mut *out, &output)?;
    writeln!(out)
}

/// What [`write_with_suppressions`] writes given the suppression comments of every report,
/// written file by file with each report's text from `texts`: only one file's text is
/// held at a time.
pub fn write_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    texts: &mut dyn Texts,
) -> io::Result<()> {
    write!(
        out,
        "{{\"version\":1,\"files_checked\":{},\"diagnostics\":[",
        reports.len()
    )?;
    let mut first = true;
    let mut suppressions = Vec::new();
    for r in reports {
        let records = |r: &FileReport| {
            if r.source.text().contains("copydesk-") {
                crate::report::suppressions::records(std::slice::from_ref(r))
            } else {
                Vec::new()
            }
        };
        if r.diagnostics.is_empty() {
            suppressions.extend(records(r));
            continue;
        }
        texts.with(r, &mut |r| {
            for d in &r.diagnostics {
                if !first {
                    out.write_all(b",")?;
                }
                first = false;
                serde_json::to_writer(&mut *out, &diagnostic(&r.source, d))?;
            }
            suppressions.extend(records(r));
            Ok(())
        })?;
    }
    out.write_all(b"]")?;
    if !suppressions.is_empty() {
        out.write_all(b",\"suppressions\":")?;
        serde_json::to_writer(&mut *out, &suppressions)?;
    }
    writeln!(out, "}}")
}

kept_texts_writer!(
    /// One finding per line.
    write_lines => write_lines_from
);

/// [`write_lines`], with each report's text from `texts`.
pub fn write_lines_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    texts: &mut dyn Texts,
) -> io::Result<()> {
    for r in reports {
        if r.diagnostics.is_empty() {
            continue;
        }
        texts.with(r, &mut |r| {
            for d in &r.diagnostics {
                serde_json::to_writer(&mut *out, &diagnostic(&r.source, d))?;
                writeln!(out)?;
            }
            Ok(())
        })?;
    }
    Ok(())
}
