//! Suppression comments seen as a whole, after parsing: rule ids in them that name no rule
//! (reported by the `unknown-suppression` rule) and the list of suppressions with their
//! reasons that the JSON output carries.

use serde::Serialize;

use crate::diagnostic::{Applicability, Finding};
use crate::doc::{Document, Format};
use crate::fingerprint::relative_path;
use crate::report::FileReport;
use crate::span::Span;

/// A finding for every rule id in a suppression comment that `known` does not know, with the
/// nearest of `candidates` as a suggestion (and a fix, not safe: it changes what is
/// suppressed) when one is close.
pub fn unknown_ids<'a>(
    doc: &Document<'_>,
    known: &dyn Fn(&str) -> bool,
    candidates: &[&'a str],
) -> Vec<Finding> {
    let text = doc.text();
    let mut out = Vec::new();
    let mut seen: Vec<(Span, &str)> = Vec::new();
    for s in &doc.suppressions {
        for id in &s.rules {
            if known(id) || seen.contains(&(s.comment, id.as_str())) {
                continue;
            }
            seen.push((s.comment, id));
            let span = id_span(text, s.comment, id).unwrap_or(s.comment);
            let mut d = Finding::new(
                span,
                format!("unknown rule `{id}` in a suppression comment; it suppresses nothing"),
            );
            match nearest(id, candidates) {
                Some(c) => d = d.suggest(c).fix(Applicability::Unsafe, span, c),
                None => d = d.help("use a rule id that `copydesk rules` lists"),
            }
            out.push(d);
        }
    }
    out
}

/// Where `id` stands as a whole token inside the comment at `comment`.
fn id_span(text: &str, comment: Span, id: &str) -> Option<Span> {
    let body = text.get(comment.range())?;
    let token_edge = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || c == ',');
    body.match_indices(id).find_map(|(i, _)| {
        let before = body[..i].chars().next_back();
        let after = body[i + id.len()..].chars().next();
        (token_edge(before) && token_edge(after))
            .then(|| Span::new(comment.start() + i, comment.start() + i + id.len()))
    })
}

/// The candidate closest to `id`, when it is close enough to be what was meant.
fn nearest<'a>(id: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::jaro_winkler(id, c), *c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

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

    fn unknown(text: &str, name: &str) -> Vec<(String, Vec<String>)> {
        let src = SourceFile::new(name, text);
        let format = Format::from_path(src.path()).unwrap_or(Format::Plain);
        let doc = crate::parse::parse(&src, format);
        unknown_ids(
            &doc,
            &|id| id == "typo" || id == "repeated-word",
            &["typo", "repeated-word"],
        )
        .into_iter()
        .map(|d| (text[d.span.range()].to_string(), d.suggestions))
        .collect()
    }

    #[test]
    fn unknown_ids_in_every_format_with_did_you_mean() {
        let expected = vec![("typoo".to_string(), vec!["typo".to_string()])];
        assert_eq!(
            unknown(
                "<!-- copydesk-disable-next-line typoo -->\nA teh.\n",
                "a.md"
            ),
            expected
        );
        assert_eq!(
            unknown(
                "<p><!-- copydesk-disable-next-line typoo --></p>\n<p>A teh.</p>\n",
                "a.html"
            ),
            expected
        );
        assert_eq!(
            unknown("copydesk-disable-next-line typoo -- why\nA teh.\n", "a.txt"),
            expected
        );
        assert_eq!(
            unknown("copydesk-disable-next-line typo, zzz\nA.\n", "a.txt"),
            vec![("zzz".to_string(), vec![])]
        );
        assert!(unknown("copydesk-disable-next-line typo -- quoting\nA.\n", "a.txt").is_empty());
    }

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
