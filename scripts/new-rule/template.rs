// The rule `scripts/new-rule.sh ID` writes: it copies this file to src/rules/<id>.rs with
// `rule-template`, `rule_template` and `RuleTemplate` replaced (and this paragraph dropped).
// `cargo test` compiles it (src/rules/mod.rs includes it under cfg(test)), so it cannot rot.
// TEMPLATE-HEADER-END

use crate::doc::Document;
use crate::rules::{Context, Rule, RuleMeta, declare_rule};

declare_rule! {
    /// ## What it checks
    /// One paragraph: the mistake this rule finds, and exactly which shapes of text it
    /// reports.
    ///
    /// ## Why it matters
    /// In newsroom language: what a reader or an editor loses when it slips through.
    ///
    /// ## Example
    /// ```text
    /// A sentence with the mistake in it.
    /// ```
    ///
    /// ## Not flagged
    /// - the look-alikes it deliberately lets pass, each with an example (its traps).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// No fix.
    pub(crate) struct RuleTemplate {
        id: "rule-template",
        severity: Warning,
        summary: "what it finds, in a lower-case fragment",
        fix: None,
        options: [],
    }
}

impl Rule for RuleTemplate {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        // Read the document model — `doc.blocks`, `doc.sentences`, `doc.words` (with their
        // spans and shapes), `doc.series` — and report each finding (with
        // `use crate::diagnostic::Finding;`):
        //     cx.report(Finding::new(span, "`word` is …").help("remove …"));
        // Until it reports anything, its catch fixture fails (`a catch fixture gave no
        // finding`): write the check first.
        let _ = (doc, cx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    #[ignore = "a new rule: write its check, then this test, then delete this line"]
    fn flags_the_example() {
        assert_flags(
            &RuleTemplate,
            "A sentence with the mistake in it.\n",
            &["the words flagged"],
        );
    }

    #[test]
    fn leaves_what_it_should_not_flag() {
        assert_clean(&RuleTemplate, "A sentence it must leave alone.\n");
    }
}
