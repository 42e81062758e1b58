//! SARIF 2.1.0, as GitHub code scanning accepts it. Columns are Unicode code points
//! (declared with `columnKind`), like the rest of copydesk's output.
//!
//! Paths are relative to the current directory, given against the `%SRCROOT%` base
//! (`originalUriBaseIds` says where that is), so code scanning maps them to the repository's
//! files. The driver lists every rule the run used — the built-in rules that ran and, when
//! `house-style` ran, each style-sheet rule under its own id — with its help text; each result
//! points at its rule by index and carries its content fingerprint (`partialFingerprints`),
//! the same one baselines use.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::{Value, json};

use super::{FileReport, Kept, Texts};
use crate::config::Config;
use crate::diagnostic::Severity;
use crate::fingerprint::{self, relative_path};
use crate::rules::RULES;
use crate::source::SourceFile;
use crate::span::Span;

/// The base the artifact URIs are relative to.
const SRCROOT: &str = "%SRCROOT%";

/// What the driver says about one rule.
#[derive(Clone, Debug)]
pub struct RuleInfo {
    pub id: String,
    pub summary: String,
    /// Plain text; also given as Markdown.
    pub help: String,
    pub severity: Severity,
}

impl RuleInfo {
    /// The rules a run used: the built-in rules with these ids, and, when `house-style` is
    /// among them, every rule of the config's style sheet.
    pub fn for_run<'a>(ids: impl IntoIterator<Item = &'a str>, config: &Config) -> Vec<RuleInfo> {
        let mut out = Vec::new();
        for id in ids {
            let Some(rule) = crate::rules::find(id) else {
                continue;
            };
            let m = rule.meta();
            out.push(RuleInfo {
                id: m.id.to_string(),
                summary: m.summary.to_string(),
                help: crate::rules::explain(m),
                severity: m.severity,
            });
            if m.id == "house-style" {
                for r in &config.style_sheet().rules {
                    let mut help = format!(
                        "{}.\n\nA house-style rule, written in {} (line {}).",
                        r.message, r.path, r.line
                    );
                    if let Some(rep) = &r.replace {
                        let _ = write!(help, " Fix: replace with `{rep}`.");
                    }
                    if let Some(bad) = r.examples.bad.first() {
                        let _ = write!(help, "\n\nExample: {bad}");
                    }
                    out.push(RuleInfo {
                        id: r.id.to_string(),
                        summary: r.message.clone(),
                        help,
                        severity: r.severity,
                    });
                }
            }
        }
        out
    }
}

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

/// Percent-encodes what a URI path may not hold as it is.
fn uri_escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The artifact location of a file: relative to `%SRCROOT%` when it is inside the current
/// directory, else an absolute `file://` URI.
fn artifact(src: &SourceFile) -> Value {
    let rel = relative_path(src.path(), src.name());
    if rel.starts_with('/') {
        json!({ "uri": format!("file://{}", uri_escape(&rel)) })
    } else {
        json!({ "uri": uri_escape(&rel), "uriBaseId": SRCROOT })
    }
}

fn location(src: &SourceFile, span: Span, message: Option<&str>) -> Value {
    let mut loc = json!({
        "physicalLocation": {
            "artifactLocation": artifact(src),
            "region": region(src, span),
        }
    });
    if let Some(m) = message {
        loc["message"] = json!({ "text": m });
    }
    loc
}

/// The `file://` URI of the current directory, ending in `/`.
fn srcroot() -> Option<String> {
    let cwd = std::env::current_dir().ok()?;
    let s = cwd.to_string_lossy().replace('\\', "/");
    let s = if s.starts_with('/') {
        s
    } else {
        format!("/{s}")
    };
    let s = if s.ends_with('/') { s } else { format!("{s}/") };
    Some(format!("file://{}", uri_escape(&s)))
}

/// Writes SARIF listing every built-in rule (and the data rules the findings name).
pub fn write(out: &mut dyn Write, reports: &[FileReport]) -> io::Result<()> {
    let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
    write_run(out, reports, &RuleInfo::for_run(ids, &Config::default()))
}

/// Writes SARIF with the driver's rules given.
pub fn write_run(
    out: &mut dyn Write,
    reports: &[FileReport],
    rules: &[RuleInfo],
) -> io::Result<()> {
    write_run_from(out, reports, rules, &mut Kept)
}

/// [`write_run`], with each report's text from `texts`.
pub fn write_run_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    rules: &[RuleInfo],
    texts: &mut dyn Texts,
) -> io::Result<()> {
    let mut rules: Vec<RuleInfo> = rules.to_vec();
    // A finding's rule must be in the driver's list even when the caller did not know it.
    let known: BTreeSet<String> = rules.iter().map(|r| r.id.clone()).collect();
    let missing: BTreeSet<&str> = reports
        .iter()
        .flat_map(|r| r.diagnostics.iter().map(|d| d.rule.as_str()))
        .filter(|id| !known.contains(*id))
        .collect();
    for id in missing {
        rules.push(RuleInfo {
            id: id.to_string(),
            summary: id.to_string(),
            help: id.to_string(),
            severity: Severity::Warning,
        });
    }
    let descriptors: Vec<Value> = rules
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.help },
                "help": { "text": r.help, "markdown": r.help },
                "defaultConfiguration": { "level": level(r.severity) },
            })
        })
        .collect();
    let index = |id: &str| rules.iter().position(|r| r.id == id);
    let mut results = Vec::new();
    for r in reports {
        if r.diagnostics.is_empty() {
            continue;
        }
        texts.with(r, &mut |r| {
                let src = &r.source;
                for d in &r.diagnostics {
                    let mut result = json!({
                        "ruleId": d.rule,
                        "level": level(d.severity),
                        "message": { "text": d.message },
                        "locations": [location(src, d.span, None)],
                    });
                    let mut fingerprints = serde_json::Map::new();
                    fingerprints.insert(
                        fingerprint::SARIF_KEY.into(),
                        json!(fingerprint::of(src, d)),
                    );
                    result["partialFingerprints"] = Value::Object(fingerprints);
                    if let Some(i) = index(&d.rule) {
                        result["ruleIndex"] = json!(i);
                    }
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
                                "artifactLocation": artifact(src),
                                "replacements": replacements,
                            }],
                        }]);
                    }
                    results.push(result);
                }
            Ok(())
        })?;
    }
    let mut run = json!({
        "tool": { "driver": {
            "name": "copydesk",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": "https://github.com/copydesk/copydesk",
            "rules": descriptors,
        }},
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if let Some(root) = srcroot() {
        let mut bases = serde_json::Map::new();
        bases.insert(SRCROOT.into(), json!({ "uri": root }));
        run["originalUriBaseIds"] = Value::Object(bases);
    }
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [run],
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::uri_escape;

    #[test]
    fn uris_escape_spaces_and_percent() {
        assert_eq!(uri_escape("a b/c%d.txt"), "a%20b/c%25d.txt");
        assert_eq!(uri_escape("é.md"), "%C3%A9.md");
    }
}
