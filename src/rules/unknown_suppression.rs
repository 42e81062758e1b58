//! Rule ids in the suppression comments the parsers recorded that name no rule.

use crate::diagnostic::{Applicability, Finding};
use crate::doc::Document;
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;

declare_rule! {
    /// ## What it checks
    /// Rule ids in suppression comments — `<!-- copydesk-disable-next-line RULE -->` in
    /// Markdown and HTML, a `copydesk-disable-next-line RULE -- reason` line in plain text,
    /// and `copydesk-disable RULE` regions — that name no rule: neither a built-in rule
    /// (`copydesk rules`) nor a house-style rule of the run (`house/ceasefire`). The nearest
    /// id is suggested.
    ///
    /// ## Why it matters
    /// A misspelt id suppresses nothing, silently: the finding it was meant to hide comes
    /// back, and whoever reads the article source believes a decision was recorded that
    /// copydesk never saw.
    ///
    /// ## Example
    /// ```text
    /// <!-- copydesk-disable-next-line repeated-words -->
    /// Walla Walla walla walla.
    /// ```
    ///
    /// ## Not flagged
    /// - a comment without ids (it switches off every rule);
    /// - the reason after `--`, which is free text;
    /// - ids of house-style rules from the config or rule files.
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Shown, not applied: replacing the id changes which findings the comment hides, which
    /// is an editor's decision.
    pub(crate) struct UnknownSuppression {
        id: "unknown-suppression",
        severity: Warning,
        summary: "a suppression comment naming a rule that does not exist",
        fix: Unsafe,
        options: [],
        languages: Any,
    }
}

impl Rule for UnknownSuppression {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        if doc.suppressions.is_empty() {
            return;
        }
        let sheet = cx.style_sheet();
        let mut candidates: Vec<&str> = super::ids().collect();
        candidates.extend(sheet.rules.iter().map(|r| &*r.id));
        let known = |id: &str| candidates.contains(&id);
        for d in unknown_ids(doc, &known, &candidates) {
            cx.report(d);
        }
    }
}

/// A finding for every rule id in a suppression comment that `known` does not know, with the
/// nearest of `candidates` as a suggestion (and a fix, not safe: it changes what is
/// suppressed) when one is close.
fn unknown_ids<'a>(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::Format;
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
}
