//! SARIF 2.1.0, as GitHub code scanning accepts it. Columns are Unicode code points
//! (declared with `columnKind`), like the rest of copydesk's output.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::FileReport;
use crate::diagnostic::Severity;
use crate::rules::RULES;
use crate::source::SourceFile;
use crate::span::Span;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn region(src: &SourceFile, span: Span) -> Value {
    let (line, col) = src.line_col(span.start());
    let (end_line, end_col) = src.line_col(span.end());
    json!({
        "startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
        "byteOffset": src.original_offset(span.start()),
        "byteLength": src.original_offset(span.end()) - src.original_offset(span.start()),
    })
}

fn location(src: &SourceFile, span: Span, message: Option<&str>) -> Value {
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": src.name().replace('\\', "/") },
            "region": region(src, span),
        }
    });
    if let Some(m) = message {
        loc["message"] = json!({ "text": m });
    }
    loc
}

pub fn write(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let rules: Vec<Value> = RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            json!({
                "id": m.id,
                "shortDescription": { "text": m.summary },
                "fullDescription": { "text": crate::rules::explain(m) },
                "defaultConfiguration": { "level": level(m.severity) },
            })
        })
        .collect();
    let mut results = Vec::new();
    for r in reports {
        let src = &r.source;
        for d in &r.diagnostics {
            let mut result = json!({
                "ruleId": d.rule,
                "level": level(d.severity),
                "message": { "text": d.message },
                "locations": [location(src, d.span, None)],
            });
            if !d.labels.is_empty() {
                result["relatedLocations"] = d
                    .labels
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let mut loc = location(src, l.span, Some(&l.message));
                        loc["id"] = json!(i + 1);
                        loc
                    })
                    .collect();
            }
            if let Some(fix) = &d.fix {
                let replacements: Vec<Value> = fix
                    .edits
                    .iter()
                    .map(|e| {
                        json!({
                            "deletedRegion": region(src, e.span),
                            "insertedContent": { "text": e.replacement },
                        })
                    })
                    .collect();
                result["fixes"] = json!([{
                    "description": { "text": d.suggestions.first().cloned().or_else(|| d.help.clone()).unwrap_or_else(|| d.message.clone()) },
                    "artifactChanges": [{
                        "artifactLocation": { "uri": src.name().replace('\\', "/") },
                        "replacements": replacements,
                    }],
                }]);
            }
            results.push(result);
        }
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "copydesk",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/copydesk/copydesk",
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    writeln!(out)
}
