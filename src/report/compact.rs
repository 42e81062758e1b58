//! One line per finding, for expected-output files: `41:86 error typo: unknown word
//! `suport` [support]`, then one indented line per label.

use std::fmt::Write as _;

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// The compact rendering of one finding, ending in a newline.
pub fn finding(src: &SourceFile, d: &Diagnostic) -> String {
    let (line, col) = src.line_col(d.span.start());
    let mut out = format!(
        "{line}:{col} {} {}: {}",
        d.severity.as_str(),
        d.rule,
        d.message
    );
    if !d.suggestions.is_empty() {
        let _ = write!(out, " [{}]", d.suggestions.join(", "));
    }
    if let Some(fix) = &d.fix {
        out.push_str(if fix.is_safe() {
            " (fix)"
        } else {
            " (unsafe fix)"
        });
    }
    out.push('\n');
    for l in &d.labels {
        let (line, col) = src.line_col(l.span.start());
        let _ = writeln!(out, "    {line}:{col} {}", l.message);
    }
    out
}

/// All findings of a file.
pub fn findings(src: &SourceFile, diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| finding(src, d)).collect()
}
