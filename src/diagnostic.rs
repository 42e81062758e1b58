//! Findings: one type, rendered many ways.

use serde::Serialize;

use crate::span::Span;

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A secondary span with a note ("first listed here").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub message: String,
}

/// One replacement of a byte range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// Edits that mend a finding, sorted and not overlapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    /// Safe fixes are applied by `--fix`; the others are only shown.
    pub safe: bool,
    pub edits: Vec<Edit>,
}

/// A finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub labels: Vec<Label>,
    pub suggestions: Vec<String>,
    /// An imperative for the human output when there is no suggestion ("remove the second
    /// copy"); not part of the JSON.
    pub help: Option<String>,
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// A finding with the rule's id filled in later by the engine.
    pub fn new(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            rule: "",
            severity: Severity::Error,
            span,
            message: message.into(),
            labels: Vec::new(),
            suggestions: Vec::new(),
            help: None,
            fix: None,
        }
    }

    #[must_use]
    pub fn label(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    #[must_use]
    pub fn suggest(mut self, s: impl Into<String>) -> Diagnostic {
        self.suggestions.push(s.into());
        self
    }

    #[must_use]
    pub fn help(mut self, s: impl Into<String>) -> Diagnostic {
        self.help = Some(s.into());
        self
    }

    /// A fix of one edit.
    #[must_use]
    pub fn fix(mut self, safe: bool, span: Span, replacement: impl Into<String>) -> Diagnostic {
        self.fix = Some(Fix {
            safe,
            edits: vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        });
        self
    }

    #[must_use]
    pub fn fix_edits(mut self, safe: bool, mut edits: Vec<Edit>) -> Diagnostic {
        edits.sort_by_key(|e| e.span);
        self.fix = Some(Fix { safe, edits });
        self
    }
}

impl Diagnostic {
    /// The same finding with every span moved `by` bytes later (a section of a large file
    /// checked on its own, reported against the whole file).
    #[must_use]
    pub(crate) fn shifted(mut self, by: usize) -> Diagnostic {
        let by = by as u32;
        let shift = |s: &mut Span| {
            s.start += by;
            s.end += by;
        };
        shift(&mut self.span);
        for l in &mut self.labels {
            shift(&mut l.span);
        }
        if let Some(f) = &mut self.fix {
            for e in &mut f.edits {
                shift(&mut e.span);
            }
        }
        self
    }
}
