//! The rules: a trait, a declaration macro that keeps each rule's docs beside its code, and
//! the alphabetical registry.

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity};
use crate::doc::Document;

mod duplicate_list_item;
pub mod house_style;
mod inconsistent_membership;
mod misnamed_organisation;
mod missing_word;
mod mixed_quotes;
mod mojibake;
mod name_variant;
mod page_residue;
mod repeated_caption;
mod repeated_word;
mod serial_comma;
mod truncated_text;
mod typo;
mod unknown_suppression;

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
}

/// What a rule reads its settings from and reports into.
pub struct Context<'c> {
    config: &'c Config,
    rule: &'static str,
    diagnostics: Vec<Diagnostic>,
}

impl<'c> Context<'c> {
    pub(crate) fn new(config: &'c Config) -> Context<'c> {
        Context {
            config,
            rule: "",
            diagnostics: Vec::new(),
        }
    }

    pub(crate) fn set_rule(&mut self, id: &'static str) {
        self.rule = id;
    }

    /// The run's configuration (vocabulary, article date).
    pub fn config(&self) -> &'c Config {
        self.config
    }

    /// An option from the running rule's `[rules.<id>]` table.
    pub fn option(&self, name: &str) -> Option<&'c toml::Value> {
        self.config.options.get(self.rule)?.get(name)
    }

    pub fn report(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    pub(crate) fn take(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.diagnostics)
    }
}

/// A check over one document. Rules are stateless and cannot fail: if something is odd,
/// they report nothing.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>);

    /// Checks the value of one of the rule's options when the config is loaded; the error
    /// says what is expected.
    fn validate_option(&self, _name: &str, _value: &toml::Value) -> Result<(), String> {
        Ok(())
    }
}

/// Declares a rule's type and metadata from its doc comment, so the docs live in one place.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis struct $name:ident {
            id: $id:literal,
            severity: $sev:ident,
            summary: $summary:literal,
            fix: $fix:ident,
            options: [$($opt:literal),* $(,)?] $(,)?
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
            };
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, sorted by id.
pub static RULES: &[&dyn Rule] = &[
    &duplicate_list_item::DuplicateListItem,
    &house_style::HouseStyle,
    &inconsistent_membership::InconsistentMembership,
    &misnamed_organisation::MisnamedOrganisation,
    &missing_word::MissingWord,
    &mixed_quotes::MixedQuotes,
    &mojibake::Mojibake,
    &name_variant::NameVariant,
    &page_residue::PageResidue,
    &repeated_caption::RepeatedCaption,
    &repeated_word::RepeatedWord,
    &serial_comma::SerialComma,
    &truncated_text::TruncatedText,
    &typo::Typo,
    &unknown_suppression::UnknownSuppression,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
}

/// All rule ids, in registry order.
pub fn ids() -> impl Iterator<Item = &'static str> {
    RULES.iter().map(|r| r.meta().id)
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
