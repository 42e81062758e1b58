//! copydesk findings as LSP diagnostics.

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Range, Uri,
};

use super::position::{Encoding, LineIndex};
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::Span;

/// Where a built-in rule is documented on the web: the README's rule table. User style rules
/// (`house/…`) have no page, so their findings carry no link; `copydesk explain` and hover
/// give the full text of every built-in rule.
pub(crate) const RULES_URL: &str = "https://github.com/copydesk/copydesk#rules";

/// The text the positions are computed in.
pub(crate) struct Text<'a> {
    pub(crate) source: &'a str,
    pub(crate) index: &'a LineIndex,
    pub(crate) encoding: Encoding,
}

impl Text<'_> {
    pub(crate) fn range(&self, span: Span) -> Range {
        Range::new(
            self.index
                .position(self.source, span.start(), self.encoding),
            self.index.position(self.source, span.end(), self.encoding),
        )
    }
}

pub(crate) fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

pub(crate) fn diagnostic(d: &Diagnostic, uri: &Uri, text: &Text<'_>) -> lsp_types::Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = d
        .labels
        .iter()
        .map(|l| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), text.range(l.span)),
            message: l.message.clone(),
        })
        .collect();
    let href = crate::rules::find(&d.rule)
        .is_some()
        .then(|| RULES_URL.parse::<Uri>().ok())
        .flatten();
    lsp_types::Diagnostic {
        range: text.range(d.span),
        severity: Some(severity(d.severity)),
        code: Some(NumberOrString::String(d.rule.to_string())),
        code_description: href.map(|href| CodeDescription { href }),
        source: Some("copydesk".to_string()),
        message: d.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}
