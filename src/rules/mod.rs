//! The rules: a trait, a declaration macro that keeps each rule's docs beside its code, and
//! the alphabetical registry.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::data::style::StyleSheet;
use crate::diagnostic::{Diagnostic, Finding, RuleId, Severity};
use crate::doc::{Document, Suppression};
use crate::span::Span;
use crate::spell::Vocabulary;
use crate::text::date::Date;

mod age_mismatch;
mod article_agreement;
mod duplicate_list_item;
mod house_style;
mod impossible_date;
mod inconsistent_membership;
mod misnamed_organisation;
mod missing_word;
mod mixed_quotes;
mod mojibake;
mod name_variant;
mod number_mismatch;
mod page_residue;
mod repeated_caption;
mod repeated_phrase;
mod repeated_word;
mod serial_comma;
mod truncated_text;
mod typo;
mod unknown_suppression;
mod weekday_date;

pub mod options;

pub use options::{OptionError, RuleOptions};
pub use typo::{
    SHARED_TERM_FILES, SHARED_TERM_FILES_APART, TermEvidence, drop_shared_terms,
    drop_shared_terms_by, line_key, shared_term, term_key, unknown_word,
};

/// The rule `scripts/new-rule.sh` copies into a new rule file, compiled (with its tests)
/// by `cargo test` so that the scaffold cannot rot.
#[cfg(test)]
#[path = "../../scripts/new-rule/template.rs"]
mod rule_template;

/// Whether a rule can mend what it finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixKind {
    None,
    /// Fixes exist, some or all marked safe for `--fix`.
    Safe,
    /// Fixes are shown but never applied unattended.
    Unsafe,
}

/// What `copydesk rules` and `copydesk explain` print about a rule.
#[derive(Debug)]
pub struct RuleMeta {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub fix: FixKind,
    /// Names of the options the rule reads from its `[rules.<id>]` table.
    pub options: &'static [&'static str],
    /// Markdown with the headings What it checks, Why it matters, Example, Not flagged,
    /// Options, Fix safety.
    pub docs: &'static str,
    /// The languages the rule can judge.
    pub languages: Languages,
}

/// The languages a rule can judge (see [`crate::lang`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Languages {
    /// The rule reads English words or syntax: it skips documents in another language and
    /// passages in another language inside an English document.
    English,
    /// The rule judges something no language changes (a doubled word, broken encoding, a
    /// repeated list item): it runs on every document.
    Any,
}

impl Languages {
    /// The sentence `copydesk explain` prints.
    pub fn describe(self) -> &'static str {
        match self {
            Languages::English => {
                "English only: skipped on documents, paragraphs and quotes in another language."
            }
            Languages::Any => "Any language: runs on documents in every language.",
        }
    }
}

pub use crate::doc::Needs;

/// Pairs of (specific rule, general rule): where both report a word at the same place, the
/// specific rule's finding stands alone. A slip in a name the article ties to one person is
/// `name-variant`'s, a fragment at a cut is `truncated-text`'s, a word the house style sheet
/// names ("alot") is `house-style`'s, not an unknown word for `typo`. With the specific rule
/// off (`--select typo`), the general one still reports it.
pub(crate) const SUPERSEDES: &[(&str, &str)] = &[
    ("name-variant", "typo"),
    ("truncated-text", "typo"),
    ("house-style", "typo"),
];

/// The headings every rule's docs have, in order (`copydesk explain`; checked by the
/// meta-test and written by `scripts/new-rule.sh`).
pub const DOC_HEADINGS: [&str; 6] = [
    "What it checks",
    "Why it matters",
    "Example",
    "Not flagged",
    "Options",
    "Fix safety",
];

/// The rule whose findings may carry the ids of data rules (`house/…`): they count against
/// its cap and its suppressions.
pub(crate) const DATA_RULES_OWNER: &str = "house-style";

/// What of the run's configuration the rules read; the engine lends it from the config.
#[derive(Clone, Copy, Debug)]
pub struct Settings<'c> {
    /// Each configured rule's options, read from its `[rules.<id>]` table.
    pub options: &'c BTreeMap<&'static str, RuleOptions>,
    pub vocabulary: &'c Vocabulary,
    /// The built-in style sheet with the user's rules; `None`: the built-in sheet alone.
    pub style: Option<&'c Arc<StyleSheet>>,
    /// The article date when the articles carry none.
    pub date: Option<Date>,
}

/// What a rule reads its settings from and reports into. The context stamps each finding
/// with the rule's id and severity, drops the ones an inline comment suppresses, and keeps
/// at most [`MAX_PER_RULE`](crate::engine::MAX_PER_RULE) of them, counting the rest.
pub struct Context<'c> {
    settings: Settings<'c>,
    suppressions: &'c [Suppression],
    rule: &'static RuleMeta,
    /// The severity the config gives the running rule.
    severity: Option<Severity>,
    diagnostics: Vec<Diagnostic>,
    left_out: usize,
}

impl<'c> Context<'c> {
    pub(crate) fn new(settings: Settings<'c>, suppressions: &'c [Suppression]) -> Context<'c> {
        static NONE: RuleMeta = RuleMeta {
            id: "",
            severity: Severity::Error,
            summary: "",
            fix: FixKind::None,
            options: &[],
            docs: "",
            languages: Languages::English,
        };
        Context {
            settings,
            suppressions,
            rule: &NONE,
            severity: None,
            diagnostics: Vec::new(),
            left_out: 0,
        }
    }

    pub(crate) fn start_rule(&mut self, rule: &'static RuleMeta, severity: Option<Severity>) {
        self.rule = rule;
        self.severity = severity;
        self.diagnostics.clear();
        self.left_out = 0;
    }

    /// The running rule's findings and how many were left out over the cap.
    pub(crate) fn finish_rule(&mut self) -> (Vec<Diagnostic>, usize) {
        (
            std::mem::take(&mut self.diagnostics),
            std::mem::take(&mut self.left_out),
        )
    }

    /// The user's vocabulary.
    pub fn vocabulary(&self) -> &'c Vocabulary {
        self.settings.vocabulary
    }

    /// The style rules of this run (the built-in sheet is compiled on first use).
    pub fn style_sheet(&self) -> Arc<StyleSheet> {
        self.settings
            .style
            .cloned()
            .unwrap_or_else(crate::data::style::builtin)
    }

    /// The configured article date, for articles that carry none.
    pub fn date(&self) -> Option<Date> {
        self.settings.date
    }

    /// The running rule's options, read into its options type `T` when the config loaded;
    /// `None` when the config has no `[rules.<id>]` table for it (the rule's defaults apply).
    pub fn options<T: std::any::Any>(&self) -> Option<&'c T> {
        self.settings.options.get(self.rule.id)?.downcast_ref::<T>()
    }

    /// True when the running rule has reported as many findings as are kept: a rule may then
    /// call [`Context::left_out`] instead of building each further finding.
    pub fn is_full(&self) -> bool {
        self.diagnostics.len() >= crate::engine::MAX_PER_RULE
    }

    /// Counts a finding at `span` that is not built because the rule is full (unless a
    /// comment suppresses it).
    pub fn left_out(&mut self, span: Span) {
        if !self.suppressed(span, self.rule.id) {
            self.left_out += 1;
        }
    }

    /// Reports a finding of the running rule, stamped with its id and severity.
    pub fn report(&mut self, mut f: Finding) {
        let meta = self.rule;
        // A data-driven rule (house-style) reports under each data rule's own id and
        // severity; the config's level for the rule, if set, overrides both kinds.
        let (rule, severity) = match f.data_rule.take() {
            Some((id, severity)) if id != meta.id => (id, severity),
            _ => (RuleId::Builtin(meta.id), meta.severity),
        };
        let severity = self.severity.unwrap_or(severity);
        if self.suppressed(f.span, &rule) {
            return;
        }
        if self.is_full() {
            self.left_out += 1;
        } else {
            self.diagnostics.push(f.into_diagnostic(rule, severity));
        }
    }

    /// Inside a suppression comment's region for this id or the running rule's id.
    fn suppressed(&self, span: Span, id: &str) -> bool {
        let rule = self.rule.id;
        self.suppressions.iter().any(|s| {
            s.span.start <= span.start
                && span.start <= s.span.end
                && (s.rules.is_empty() || s.rules.iter().any(|r| r == id || r == rule))
        })
    }
}

/// A check over one document. Rules are stateless and cannot fail: if something is odd,
/// they report nothing.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>);

    /// What the rule reads beyond blocks, words and sentences.
    fn needs(&self) -> Needs {
        Needs::NOTHING
    }

    /// Reads the rule's `[rules.<id>]` table (without `level`) into its options type, once,
    /// when the config loads; the rule reads them back with [`Context::options`]. A rule
    /// with options returns `options::read::<ItsOptions>(table)`; by default a rule has none
    /// and takes only an empty table.
    fn read_options(&self, table: &toml::Table) -> Result<RuleOptions, OptionError> {
        options::read::<options::NoOptions>(table)
    }
}

/// Declares a rule's type and metadata from its doc comment, so the docs live in one place.
macro_rules! declare_rule {
    (@languages) => {
        $crate::rules::Languages::English
    };
    (@languages $lang:ident) => {
        $crate::rules::Languages::$lang
    };
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            id: $id:literal,
            severity: $sev:ident,
            summary: $summary:literal,
            fix: $fix:ident,
            options: [$($opt:literal),* $(,)?]
            $(, languages: $lang:ident)? $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Default)]
        $vis struct $name;

        impl $name {
            pub(crate) const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                severity: $crate::diagnostic::Severity::$sev,
                summary: $summary,
                fix: $crate::rules::FixKind::$fix,
                options: &[$($opt),*],
                docs: concat!($($doc, "\n"),*),
                languages: $crate::rules::declare_rule!(@languages $($lang)?),
            };
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, sorted by id.
pub static RULES: &[&dyn Rule] = &[
    &age_mismatch::AgeMismatch,
    &article_agreement::ArticleAgreement,
    &duplicate_list_item::DuplicateListItem,
    &house_style::HouseStyle,
    &impossible_date::ImpossibleDate,
    &inconsistent_membership::InconsistentMembership,
    &misnamed_organisation::MisnamedOrganisation,
    &missing_word::MissingWord,
    &mixed_quotes::MixedQuotes,
    &mojibake::Mojibake,
    &name_variant::NameVariant,
    &number_mismatch::NumberMismatch,
    &page_residue::PageResidue,
    &repeated_caption::RepeatedCaption,
    &repeated_phrase::RepeatedPhrase,
    &repeated_word::RepeatedWord,
    &serial_comma::SerialComma,
    &truncated_text::TruncatedText,
    &typo::Typo,
    &unknown_suppression::UnknownSuppression,
    &weekday_date::WeekdayDate,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
}

/// All rule ids, in registry order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.meta().id)
}

/// The whole page `copydesk explain RULE` prints (and the Python `explain` returns): title,
/// severity, summary, languages, then the docs.
pub fn explain_page(meta: &RuleMeta) -> String {
    let mut summary = meta.summary.chars();
    let summary: String = summary
        .next()
        .map(|f| f.to_uppercase().chain(summary).collect())
        .unwrap_or_default();
    format!(
        "# {}\n\nDefault severity: {}. {summary}.\n\nLanguages: {}\n\n{}",
        meta.id,
        meta.severity.as_str(),
        meta.languages.describe(),
        explain(meta)
    )
}

/// The docs of a rule as printed by `copydesk explain`: the doc comment with its leading
/// space per line removed.
pub fn explain(meta: &RuleMeta) -> String {
    let mut out = String::new();
    for line in meta.docs.lines() {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
        out.push('\n');
    }
    out
}

#[cfg(test)]
pub(crate) mod test_util {
    //! Small helpers for the unit tests beside each rule.

    use super::Rule;
    use crate::diagnostic::Diagnostic;
    use crate::doc::Format;
    use crate::engine::Engine;
    use crate::source::SourceFile;

    /// Runs one rule on `text` (Markdown when `md`) and returns its findings.
    pub(crate) fn run(rule: &dyn Rule, text: &str, format: Format) -> Vec<Diagnostic> {
        let ext = match format {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Plain => "txt",
        };
        let src = SourceFile::new(format!("t.{ext}"), text);
        Engine::only(rule.meta().id).check_source(&src, format)
    }

    /// The source text under each finding of `rule` in plain text `text`.
    pub(crate) fn flagged(rule: &dyn Rule, text: &str) -> Vec<String> {
        run(rule, text, Format::Plain)
            .iter()
            .map(|d| text[d.span.range()].to_string())
            .collect()
    }

    pub(crate) fn assert_flags(rule: &dyn Rule, text: &str, expected: &[&str]) {
        assert_eq!(flagged(rule, text), expected, "in {text:?}");
    }

    pub(crate) fn assert_clean(rule: &dyn Rule, text: &str) {
        assert_eq!(flagged(rule, text), Vec::<String>::new(), "in {text:?}");
    }

    /// Applies the safe fixes of `rule` once and returns the text.
    pub(crate) fn fixed(rule: &dyn Rule, text: &str) -> String {
        let diags = run(rule, text, Format::Plain);
        crate::fix::apply(text, &diags).0
    }
}
