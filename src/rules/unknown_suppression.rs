//! The rule's declaration; the check itself is `crate::suppress::unknown_ids`, which reads the
//! suppressions the parsers recorded.

use crate::doc::Document;
use crate::rules::{Context, Rule, RuleMeta, declare_rule};

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
        for d in crate::suppress::unknown_ids(doc, &known, &candidates) {
            cx.report(d);
        }
    }
}
