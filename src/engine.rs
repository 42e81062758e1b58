//! Runs the rules over a document: picks the rules and their severities from the config,
//! applies inline suppressions, then sorts and de-duplicates the findings.

use crate::config::{Config, Level};
use crate::diagnostic::{Diagnostic, Severity};
use crate::doc::{Document, Format};
use crate::parse;
use crate::rules::{self, Context, Rule};
use crate::source::SourceFile;
use crate::text::date::Date;

/// An unknown rule id given on the command line.
#[derive(Debug, thiserror::Error)]
#[error("unknown rule `{id}`{hint}; `copydesk rules` lists them")]
pub struct UnknownRule {
    pub id: String,
    hint: String,
}

/// The rules to run, each with the severity it reports at.
pub struct Engine {
    /// Each rule with the severity the config gives it, if it gives one.
    rules: Vec<(&'static dyn Rule, Option<Severity>)>,
    config: Config,
}

impl Engine {
    /// The rules the config leaves on, narrowed by `--select` and `--ignore`.
    pub fn new(
        config: &Config,
        select: &[String],
        ignore: &[String],
    ) -> Result<Engine, UnknownRule> {
        for id in select.iter().chain(ignore) {
            if rules::find(id).is_none() {
                return Err(UnknownRule {
                    id: id.clone(),
                    hint: crate::config::did_you_mean(id, rules::ids()),
                });
            }
        }
        let rules = rules::RULES
            .iter()
            .copied()
            .filter(|r| select.is_empty() || select.iter().any(|s| s == r.meta().id))
            .filter(|r| !ignore.iter().any(|s| s == r.meta().id))
            .filter_map(|r| match config.levels.get(r.meta().id) {
                Some(Level::Off) if select.is_empty() => None,
                Some(Level::On(s)) => Some((r, Some(*s))),
                _ => Some((r, None)),
            })
            .collect();
        Ok(Engine {
            rules,
            config: config.clone(),
        })
    }

    /// Only the rule with this id, at its default severity (tests and fixtures).
    pub fn only(id: &str) -> Engine {
        Engine {
            rules: rules::find(id).map(|r| (r, None)).into_iter().collect(),
            config: Config::default(),
        }
    }

    /// Every rule at its default severity.
    pub fn defaults() -> Engine {
        Engine {
            rules: rules::RULES.iter().map(|r| (*r, None)).collect(),
            config: Config::default(),
        }
    }

    /// The same rules with another configuration (fixtures with their own options).
    #[must_use]
    pub fn clone_with(&self, config: Config) -> Engine {
        Engine {
            rules: self.rules.clone(),
            config,
        }
    }

    pub fn rule_ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules.iter().map(|(r, _)| r.meta().id)
    }

    /// Parses `source` and checks it.
    pub fn check_source(&self, source: &SourceFile, format: Format) -> Vec<Diagnostic> {
        let doc = parse::parse(source, format);
        self.check(&doc)
    }

    /// Parses `source` and checks it with `date` (YYYY-MM-DD) as the article's date when the
    /// text gives none, as `check --date` does: a date in the front matter or a dateline still
    /// comes first, and `date` comes before the config's. For callers that check many articles,
    /// each with its own date, with one engine (the Python binding, archive jobs).
    pub fn check_source_dated(
        &self,
        source: &SourceFile,
        format: Format,
        date: Option<&str>,
    ) -> Vec<Diagnostic> {
        let mut doc = parse::parse(source, format);
        if let Some(date) = date
            && doc.meta.dateline.is_none()
            && doc.meta.date.as_deref().and_then(Date::parse_iso).is_none()
        {
            doc.meta.date = Some(date.to_string());
        }
        self.check(&doc)
    }

    /// Runs the rules over a parsed document.
    pub fn check(&self, doc: &Document<'_>) -> Vec<Diagnostic> {
        let mut cx = Context::new(&self.config);
        let mut out = Vec::new();
        for (rule, severity) in &self.rules {
            cx.set_rule(rule.meta().id);
            rule.check(doc, &mut cx);
            for mut d in cx.take() {
                let meta = rule.meta();
                // A data-driven rule (house-style) reports under each data rule's own id and
                // severity; the config's level for the rule, if set, overrides both kinds.
                if d.rule.is_empty() || d.rule == meta.id {
                    d.rule = meta.id;
                    d.severity = meta.severity;
                }
                if let Some(s) = severity {
                    d.severity = *s;
                }
                if !suppressed(doc, &d, meta.id) {
                    out.push(d);
                }
            }
        }
        out.sort_by(|a, b| {
            (a.span.start, a.span.end, a.rule, &a.message).cmp(&(
                b.span.start,
                b.span.end,
                b.rule,
                &b.message,
            ))
        });
        out.dedup_by(|a, b| a.rule == b.rule && a.span == b.span && a.message == b.message);
        out
    }
}

/// Inside a suppression comment's region for this finding's id or its rule's id.
fn suppressed(doc: &Document<'_>, d: &Diagnostic, rule: &str) -> bool {
    doc.suppressions.iter().any(|s| {
        s.span.start <= d.span.start
            && d.span.start <= s.span.end
            && (s.rules.is_empty() || s.rules.iter().any(|r| r == d.rule || r == rule))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSTO: &str = "The Collective Security Treaty Organization, which comprises Russia, \
        Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, held drills.";

    fn findings(text: &str, format: Format, date: Option<&str>) -> usize {
        let engine = Engine::only("inconsistent-membership");
        engine
            .check_source_dated(&SourceFile::new("a", text), format, date)
            .len()
    }

    #[test]
    fn a_given_date_checks_lists_against_that_day() {
        assert_eq!(findings(CSTO, Format::Plain, None), 0);
        assert_eq!(findings(CSTO, Format::Plain, Some("2014-01-15")), 1);
        assert_eq!(findings(CSTO, Format::Plain, Some("2008-01-15")), 0);
    }

    #[test]
    fn the_articles_own_date_comes_before_a_given_one() {
        let dated = format!("---\ndate: 2008-01-15\n---\n\n{CSTO}\n");
        assert_eq!(findings(&dated, Format::Markdown, Some("2014-01-15")), 0);
        let dateline = format!("MOSCOW, 15 January 2008 (Reuters) - {CSTO}");
        assert_eq!(findings(&dateline, Format::Plain, Some("2014-01-15")), 0);
    }
}
