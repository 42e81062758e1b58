//! Findings: one type, rendered many ways.

use std::sync::Arc;

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

/// Whether a fix may be applied unattended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Applicability {
    /// Applied by `--fix` (and `copydesk.fix`, the editor's fix-all).
    Safe,
    /// Shown, and offered in the editor, but never applied unattended.
    Unsafe,
}

/// `true` is [`Applicability::Safe`]: for code written against the old `safe: bool`.
impl From<bool> for Applicability {
    fn from(safe: bool) -> Applicability {
        if safe {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        }
    }
}

/// Edits that mend a finding, sorted and not overlapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub applicability: Applicability,
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix of these edits (sorted here).
    pub fn new(applicability: Applicability, mut edits: Vec<Edit>) -> Fix {
        edits.sort_by_key(|e| e.span);
        Fix {
            applicability,
            edits,
        }
    }

    /// A fix `--fix` applies.
    pub fn safe(edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Safe, edits)
    }

    /// A fix that is only shown.
    pub fn unsafe_(edits: Vec<Edit>) -> Fix {
        Fix::new(Applicability::Unsafe, edits)
    }

    /// Applied by `--fix`.
    pub fn is_safe(&self) -> bool {
        self.applicability == Applicability::Safe
    }
}

/// The id a finding is reported under: a built-in rule's (`typo`), or a data rule's from
/// the style sheet (`house/passive-voice`, a user's `desk/x`), shared with the sheet rather
/// than leaked. Compares, sorts and serialises as the id's text.
#[derive(Clone, Debug)]
pub enum RuleId {
    Builtin(&'static str),
    Data(Arc<str>),
}

impl RuleId {
    pub fn as_str(&self) -> &str {
        match self {
            RuleId::Builtin(s) => s,
            RuleId::Data(s) => s,
        }
    }
}

impl std::ops::Deref for RuleId {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for RuleId {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl std::borrow::Borrow<str> for RuleId {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<&'static str> for RuleId {
    fn from(id: &'static str) -> RuleId {
        RuleId::Builtin(id)
    }
}

impl From<Arc<str>> for RuleId {
    fn from(id: Arc<str>) -> RuleId {
        RuleId::Data(id)
    }
}

impl PartialEq for RuleId {
    fn eq(&self, other: &RuleId) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for RuleId {}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for RuleId {
    fn partial_cmp(&self, other: &RuleId) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for RuleId {
    fn cmp(&self, other: &RuleId) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for RuleId {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RuleId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What a rule reports: a finding without its rule id and severity, which the rule's
/// [`Context`](crate::rules::Context) stamps on when it turns the finding into a
/// [`Diagnostic`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub span: Span,
    pub message: String,
    pub labels: Vec<Label>,
    pub suggestions: Vec<String>,
    /// An imperative for the human output when there is no suggestion ("remove the second
    /// copy"); not part of the JSON.
    pub help: Option<String>,
    pub fix: Option<Fix>,
    /// Reported under a data rule's own id and severity (house-style's style-sheet rules)
    /// instead of the running rule's.
    pub data_rule: Option<(RuleId, Severity)>,
}

impl Finding {
    pub fn new(span: Span, message: impl Into<String>) -> Finding {
        Finding {
            span,
            message: message.into(),
            labels: Vec::new(),
            suggestions: Vec::new(),
            help: None,
            fix: None,
            data_rule: None,
        }
    }

    #[must_use]
    pub fn label(mut self, span: Span, message: impl Into<String>) -> Finding {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    #[must_use]
    pub fn suggest(mut self, s: impl Into<String>) -> Finding {
        self.suggestions.push(s.into());
        self
    }

    #[must_use]
    pub fn help(mut self, s: impl Into<String>) -> Finding {
        self.help = Some(s.into());
        self
    }

    /// A fix of one edit. `applicability` is an [`Applicability`] (a `bool`, `true` for
    /// safe, is still taken).
    #[must_use]
    pub fn fix(
        mut self,
        applicability: impl Into<Applicability>,
        span: Span,
        replacement: impl Into<String>,
    ) -> Finding {
        self.fix = Some(Fix::new(
            applicability.into(),
            vec![Edit {
                span,
                replacement: replacement.into(),
            }],
        ));
        self
    }

    /// A fix of several edits.
    #[must_use]
    pub fn fix_edits(
        mut self,
        applicability: impl Into<Applicability>,
        edits: Vec<Edit>,
    ) -> Finding {
        self.fix = Some(Fix::new(applicability.into(), edits));
        self
    }

    /// Reported under a data rule's id and severity rather than the running rule's.
    #[must_use]
    pub fn data_rule(mut self, id: RuleId, severity: Severity) -> Finding {
        self.data_rule = Some((id, severity));
        self
    }

    /// The diagnostic this finding becomes under `rule` at `severity`.
    pub fn into_diagnostic(self, rule: RuleId, severity: Severity) -> Diagnostic {
        Diagnostic {
            rule,
            severity,
            span: self.span,
            message: self.message,
            labels: self.labels,
            suggestions: self.suggestions,
            help: self.help,
            fix: self.fix,
        }
    }
}

/// A finding of a rule, with the rule's id and the severity it is reported at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub rule: RuleId,
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

    /// Lets go of the spare capacity of every string and list in the finding (a `Vec` that
    /// had one item pushed holds room for four; `format!` over-allocates), for a finding
    /// kept until every file is checked. The finding itself is unchanged.
    pub(crate) fn trim(&mut self) {
        self.message.shrink_to_fit();
        for l in &mut self.labels {
            l.message.shrink_to_fit();
        }
        self.labels.shrink_to_fit();
        for s in &mut self.suggestions {
            s.shrink_to_fit();
        }
        self.suggestions.shrink_to_fit();
        if let Some(h) = &mut self.help {
            h.shrink_to_fit();
        }
        if let Some(f) = &mut self.fix {
            for e in &mut f.edits {
                e.replacement.shrink_to_fit();
            }
            f.edits.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_compare_sort_and_serialise_as_their_text() {
        let builtin = RuleId::Builtin("house/x");
        let data = RuleId::Data(Arc::from("house/x"));
        assert_eq!(builtin, data);
        assert!(RuleId::Data(Arc::from("a/b")) < RuleId::Builtin("typo"));
        assert_eq!(serde_json::to_string(&data).unwrap(), "\"house/x\"");
        assert_eq!(data, "house/x");
    }

    #[test]
    fn fixes_carry_their_applicability_and_sorted_edits() {
        let edit = |a, b| Edit {
            span: Span::new(a, b),
            replacement: String::new(),
        };
        let f = Fix::unsafe_(vec![edit(4, 5), edit(0, 1)]);
        assert_eq!(f.applicability, Applicability::Unsafe);
        assert!(!f.is_safe());
        assert_eq!(f.edits[0].span, Span::new(0, 1));
        assert!(Fix::safe(vec![edit(0, 1)]).is_safe());
        // The old `safe: bool` still reads right where a builder takes it.
        let f = Finding::new(Span::new(0, 1), "m").fix(true, Span::new(0, 1), "x");
        assert_eq!(f.fix.map(|f| f.applicability), Some(Applicability::Safe));
    }

    #[test]
    fn a_trimmed_diagnostic_is_the_same_finding_with_no_spare_room() {
        let mut message = String::with_capacity(100);
        message.push_str("`a` before `owl`");
        let d = Finding::new(Span::new(0, 1), message)
            .label(Span::new(2, 5), "said with a vowel sound")
            .suggest("an")
            .help("write `an`")
            .fix(true, Span::new(0, 1), "an")
            .into_diagnostic(RuleId::Builtin("article-agreement"), Severity::Warning);
        let mut trimmed = d.clone();
        trimmed.trim();
        assert_eq!(trimmed, d);
        assert_eq!(trimmed.message.capacity(), trimmed.message.len());
        assert_eq!(trimmed.labels.capacity(), 1);
        assert_eq!(trimmed.suggestions.capacity(), 1);
    }

    #[test]
    fn a_finding_becomes_a_diagnostic_under_the_id_it_is_given() {
        let d = Finding::new(Span::new(0, 1), "m")
            .suggest("x")
            .into_diagnostic(RuleId::Builtin("typo"), Severity::Warning);
        assert_eq!(d.rule, "typo");
        assert_eq!(d.severity, Severity::Warning);
        assert_eq!(d.suggestions, ["x"]);
    }
}
