//! The suppression comments of the checked files with their reasons, as the JSON output
//! lists them.

use serde::Serialize;

use crate::doc::Format;
use crate::fingerprint::relative_path;
use crate::report::FileReport;

/// One suppression comment, as the JSON output lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Record {
    pub path: String,
    /// Byte offsets of the comment in the file as read.
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    /// The rule ids it names; empty means every rule.
    pub rules: Vec<String>,
    /// The text after `--`, or `null`.
    pub reason: Option<String>,
}

/// The suppression comments of the checked files. Only files that contain a directive are
/// parsed again (with the same parser, so this list and what the check honoured agree).
pub fn records(reports: &[FileReport]) -> Vec<Record> {
    let mut out = Vec::new();
    for r in reports {
        let src = &r.source;
        if !src.text().contains("copydesk-") {
            continue;
        }
        let format = Format::from_path(src.path()).unwrap_or(Format::Plain);
        let doc = crate::parse::parse(src, format);
        let path = relative_path(src.path(), src.name());
        let mut seen = Vec::new();
        for s in &doc.suppressions {
            if seen.contains(&s.comment) {
                continue;
            }
            seen.push(s.comment);
            let (line, column) = src.line_col(s.comment.start());
            out.push(Record {
                path: path.clone(),
                start: src.original_offset(s.comment.start()),
                end: src.original_offset(s.comment.end()),
                line,
                column,
                rules: s.rules.clone(),
                reason: s.reason.clone(),
            });
        }
        let from = out.len() - seen.len();
        out[from..].sort_by_key(|r| r.start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn records_keep_the_reason() {
        let text = "Intro.\n\ncopydesk-disable-next-line typo -- quoted as written\nA teh.\n";
        let reports = [FileReport {
            source: SourceFile::new("a.txt", text),
            diagnostics: Vec::new(),
        }];
        let r = records(&reports);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].line, 3);
        assert_eq!(r[0].rules, ["typo"]);
        assert_eq!(r[0].reason.as_deref(), Some("quoted as written"));
        assert_eq!(
            &text[r[0].start..r[0].end],
            "copydesk-disable-next-line typo -- quoted as written"
        );
    }
}
