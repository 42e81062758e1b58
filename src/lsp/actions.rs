//! Code actions and hover over the findings of one checked document.

use std::collections::HashMap;
use std::fmt::Write as _;

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, Command, Hover, HoverContents, MarkupContent,
    MarkupKind, TextEdit, Uri, WorkspaceEdit,
};

use super::checker::VocabularyTarget;
use super::convert::{self, Text};
use crate::diagnostic::{Diagnostic, Edit};
use crate::doc::Format;
use crate::span::Span;

/// The command behind "ignore this word": arguments `[uri, word]`.
pub(crate) const ADD_WORD: &str = "copydesk.addToVocabulary";

/// A checked document, as the actions see it.
pub(crate) struct Checked<'a> {
    pub(crate) uri: &'a Uri,
    pub(crate) text: Text<'a>,
    pub(crate) format: Format,
    pub(crate) diagnostics: &'a [Diagnostic],
    pub(crate) vocabulary: &'a VocabularyTarget,
}

impl Checked<'_> {
    /// The findings whose primary span touches the byte range `start..end`.
    fn touching(&self, start: usize, end: usize) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics
            .iter()
            .filter(move |d| d.span.start() <= end && start <= d.span.end())
    }

    fn edit(&self, edits: &[Edit]) -> WorkspaceEdit {
        let edits = edits
            .iter()
            .map(|e| TextEdit::new(self.text.range(e.span), e.replacement.clone()))
            .collect();
        WorkspaceEdit {
            changes: Some(HashMap::from([(self.uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }
    }

    /// Quick fixes for the findings in `range`: each fix, the other suggested spellings,
    /// "ignore this word" for unknown words, and "disable RULE for this line".
    pub(crate) fn code_actions(&self, start: usize, end: usize) -> Vec<CodeActionOrCommand> {
        let mut out = Vec::new();
        for d in self.touching(start, end) {
            let lsp = convert::diagnostic(d, self.uri, &self.text);
            let action = |title: String, edit: Option<WorkspaceEdit>, preferred: bool| {
                CodeActionOrCommand::CodeAction(CodeAction {
                    title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![lsp.clone()]),
                    edit,
                    command: None,
                    is_preferred: preferred.then_some(true),
                    disabled: None,
                    data: None,
                })
            };
            let flagged = self.text.source.get(d.span.range()).unwrap_or_default();
            if let Some(fix) = &d.fix {
                let mut title = fix_title(self.text.source, &fix.edits, &d.message);
                if !fix.is_safe() {
                    title.push_str(" (check the result)");
                }
                out.push(action(title, Some(self.edit(&fix.edits)), fix.is_safe()));
                // The other spellings a typo could be.
                if let [only] = fix.edits.as_slice()
                    && only.span == d.span
                {
                    for s in d.suggestions.iter().filter(|s| **s != only.replacement) {
                        let e = Edit {
                            span: d.span,
                            replacement: s.clone(),
                        };
                        out.push(action(
                            format!("Replace `{flagged}` with `{s}`"),
                            Some(self.edit(&[e])),
                            false,
                        ));
                    }
                }
            }
            if d.rule == "typo" && !flagged.is_empty() {
                let file = match self.vocabulary {
                    VocabularyTarget::File(p)
                    | VocabularyTarget::Accept(p)
                    | VocabularyTarget::Create(p) => p
                        .file_name()
                        .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                };
                let title = format!("Add `{flagged}` to the vocabulary ({file})");
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: title.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![lsp.clone()]),
                    edit: None,
                    command: Some(Command::new(
                        title,
                        ADD_WORD.to_string(),
                        Some(vec![
                            serde_json::Value::String(self.uri.as_str().to_string()),
                            serde_json::Value::String(flagged.to_string()),
                        ]),
                    )),
                    is_preferred: None,
                    disabled: None,
                    data: None,
                }));
            }
            if let Some(edit) = self.disable_for_line(d) {
                out.push(action(
                    format!("Disable {} for this line", d.rule),
                    Some(self.edit(&[edit])),
                    false,
                ));
            }
        }
        out
    }

    /// `<!-- copydesk-disable-next-line RULE -->` before the finding's line: on a line of its
    /// own in HTML and at the start of a Markdown block, else at the end of the line before, so
    /// a hard-wrapped paragraph is not split in two. Plain text has no comments, so no action.
    fn disable_for_line(&self, d: &Diagnostic) -> Option<Edit> {
        let text = self.text.source;
        let index = self.text.index;
        let comment = format!("<!-- copydesk-disable-next-line {} -->", d.rule);
        let line = index.line_of(d.span.start());
        let line_start = index.line_start(line, text);
        let own_line = || {
            let current = index.line_text(text, line);
            let indent = &current[..current.len() - current.trim_start().len()];
            Edit {
                span: Span::new(line_start, line_start),
                replacement: format!("{indent}{comment}{}", line_break(text)),
            }
        };
        match self.format {
            Format::Plain => None,
            Format::Html => Some(own_line()),
            Format::Markdown => {
                let previous = line.checked_sub(1).map(|l| index.line_text(text, l));
                match previous {
                    Some(p) if !p.trim().is_empty() && !is_fence(p) => {
                        let at = index.line_start(line - 1, text) + p.len();
                        Some(Edit {
                            span: Span::new(at, at),
                            replacement: format!(" {comment}"),
                        })
                    }
                    _ => Some(own_line()),
                }
            }
        }
    }

    /// The findings under `offset` with their rule's documentation.
    pub(crate) fn hover(&self, offset: usize) -> Option<Hover> {
        let mut parts = Vec::new();
        let mut range = None;
        for d in self.touching(offset, offset) {
            range.get_or_insert(self.text.range(d.span));
            let mut part = format!("**{}** `{}`: {}", d.severity.as_str(), d.rule, d.message);
            if !d.suggestions.is_empty() {
                let _ = write!(part, " (suggested: {})", d.suggestions.join(", "));
            }
            // A style-sheet rule (`house/…`, built-in or the user's) reports under its own id;
            // its documentation is that of `house-style`, which runs the sheet.
            let own = crate::rules::find(&d.rule);
            if own.is_none() {
                let _ = write!(part, "\n\n`{}` is a rule of the house style sheet.", d.rule);
            }
            if let Some(rule) = own.or_else(|| crate::rules::find("house-style")) {
                let m = rule.meta();
                let _ = write!(
                    part,
                    "\n\n# {}\n\n{}.\n\n{}",
                    m.id,
                    capitalise(m.summary),
                    crate::rules::explain(m).trim_end()
                );
            }
            parts.push(part);
        }
        if parts.is_empty() {
            return None;
        }
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: parts.join("\n\n---\n\n"),
            }),
            range,
        })
    }
}

fn is_fence(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("```") || t.starts_with("~~~")
}

fn line_break(text: &str) -> &'static str {
    if text.contains("\r\n") { "\r\n" } else { "\n" }
}

fn fix_title(text: &str, edits: &[Edit], message: &str) -> String {
    match edits {
        [e] => {
            let old = text.get(e.span.range()).unwrap_or("");
            match (old.trim().is_empty(), e.replacement.trim().is_empty()) {
                (false, true) => format!("Remove `{}`", old.trim()),
                (true, false) => format!("Insert `{}`", e.replacement.trim()),
                _ => format!("Replace `{old}` with `{}`", e.replacement),
            }
        }
        _ => format!("Fix: {message}"),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Engine;
    use crate::lsp::position::{Encoding, LineIndex};
    use crate::source::SourceFile;

    /// Applies "Disable RULE for this line" to the first finding of `rule` and checks the text
    /// again: the finding must be gone, and every other finding kept.
    fn disable(text: &str, format: Format, rule: &str) -> String {
        let engine = Engine::defaults();
        let check = |t: &str| engine.check_source(&SourceFile::new("t", t), format);
        let before = check(text);
        let d = before.iter().find(|d| d.rule == rule).expect("a finding");
        let index = LineIndex::new(text);
        let uri: Uri = "file:///t".parse().unwrap();
        let view = Checked {
            uri: &uri,
            text: Text {
                source: text,
                index: &index,
                encoding: Encoding::Utf8,
            },
            format,
            diagnostics: &before,
            vocabulary: &VocabularyTarget::Create("copydesk.toml".into()),
        };
        let edit = view.disable_for_line(d).expect("an edit");
        let mut out = text.to_string();
        out.replace_range(edit.span.range(), &edit.replacement);
        let after = check(&out);
        assert_eq!(
            after.iter().filter(|d| d.rule == rule).count() + 1,
            before.iter().filter(|d| d.rule == rule).count(),
            "{out}"
        );
        assert_eq!(after.len() + 1, before.len(), "{out}");
        out
    }

    #[test]
    fn disable_comments_silence_exactly_their_line() {
        assert_eq!(
            disable(
                "# Title\n\nThe the talks.\n",
                Format::Markdown,
                "repeated-word"
            ),
            "# Title\n\n<!-- copydesk-disable-next-line repeated-word -->\nThe the talks.\n"
        );
        // Inside a hard-wrapped paragraph the comment ends the line before.
        assert_eq!(
            disable(
                "Talks went on.\nThey said the the end.\n",
                Format::Markdown,
                "repeated-word"
            ),
            "Talks went on. <!-- copydesk-disable-next-line repeated-word -->\nThey said the the end.\n"
        );
        assert_eq!(
            disable(
                "- One.\n- They said the the end.\n",
                Format::Markdown,
                "repeated-word"
            ),
            "- One. <!-- copydesk-disable-next-line repeated-word -->\n- They said the the end.\n"
        );
        assert_eq!(
            disable(
                "<p>Fine.</p>\n  <p>They said the the end.</p>\n",
                Format::Html,
                "repeated-word"
            ),
            "<p>Fine.</p>\n  <!-- copydesk-disable-next-line repeated-word -->\n  <p>They said the the end.</p>\n"
        );
    }
}
