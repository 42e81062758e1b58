//! Style rules as data — the built-in sheet `rules/style/*.toml` and the user's `[[rule]]`
//! tables and rule files — compiled once per run into one automaton for literal words and
//! one regex set for patterns, so a hundred rules do not mean a hundred passes.

use std::path::Path;
use std::sync::{Arc, LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use serde::Deserialize;

use super::DataError;
use crate::diagnostic::Severity;
use crate::text::pattern_config::ascii_boundaries;
use crate::text::patterns::Patterns;

/// Block kinds a rule may be scoped to.
pub const SCOPES: &[&str] = &[
    "heading",
    "paragraph",
    "list-item",
    "caption",
    "credit",
    "quote",
    "table-cell",
];

/// Examples a rule carries: each `bad` must be reported, no `good` may be.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub bad: Vec<String>,
    #[serde(default)]
    pub good: Vec<String>,
}

/// A rule as written in TOML.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRule {
    id: String,
    pattern: Option<String>,
    words: Option<Vec<String>>,
    replace: Option<String>,
    message: String,
    severity: Option<String>,
    scope: Option<Vec<String>>,
    #[serde(default)]
    examples: Examples,
    #[serde(default)]
    allows: Vec<String>,
}

/// A file of rules: `[[rule]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    rule: Vec<toml::Spanned<RawRule>>,
}

/// How a rule finds text.
#[derive(Debug)]
pub enum Matcher {
    /// Whole words or phrases, case-insensitive, through the shared automaton.
    Words,
    /// A compiled pattern (its copy in the shared set finds which rules to run). `\b` in a
    /// pattern is compiled as an ASCII word boundary — Unicode boundaries send the regex
    /// engine to its slow path on any non-ASCII text, a fifteen-fold loss — and a pattern
    /// that starts or ends with `\b` has the Unicode boundary checked at that edge of each
    /// match instead (`bounded`).
    Pattern {
        /// The pattern as compiled (with ASCII boundaries).
        source: String,
        /// Compiled on first use: only rules whose pattern the set found in a document
        /// cost their compilation, which keeps start-up short.
        re: OnceLock<Regex>,
        bounded: (bool, bool),
    },
}

/// A checked, compiled rule.
#[derive(Debug)]
pub struct StyleRule {
    /// Namespaced id (`house/alot`), reported as the finding's rule id; findings share it.
    pub id: Arc<str>,
    pub matcher: Matcher,
    pub replace: Option<String>,
    pub message: String,
    pub severity: Severity,
    /// Block scopes; empty means every block.
    pub scope: Vec<String>,
    pub examples: Examples,
    /// Lower-cased exceptions: a match overlapping one of these is dropped.
    pub allows: Vec<String>,
    /// Where the rule was written.
    pub path: String,
    pub line: usize,
}

/// All style rules of a run, compiled.
#[derive(Debug)]
pub struct StyleSheet {
    pub rules: Vec<StyleRule>,
    /// Literal words of every `words` rule; pattern `i` belongs to `word_rule[i]`.
    pub words: Option<AhoCorasick>,
    pub word_rule: Vec<usize>,
    /// Patterns of every `pattern` rule; set index `i` belongs to `pattern_rule[i]`.
    pub patterns: Patterns,
    pub pattern_rule: Vec<usize>,
}

/// The built-in rules, parsed (not compiled).
pub fn builtin_raw() -> Vec<Located> {
    let mut raw = Vec::new();
    for (path, text) in super::embedded_under("rules/style/") {
        // Every embedded file is checked by a test (`copydesk test-rules` and the meta-test);
        // a broken one is a build bug, not a user error.
        let rules = parse_file(path, text).unwrap_or_else(|e| panic!("{e}"));
        raw.extend(rules.into_iter().map(|r| Located { builtin: true, ..r }));
    }
    raw
}

/// The built-in sheet, compiled once.
pub fn builtin() -> Arc<StyleSheet> {
    static SHEET: LazyLock<Arc<StyleSheet>> =
        LazyLock::new(|| Arc::new(compile(builtin_raw()).unwrap_or_else(|e| panic!("{e}"))));
    SHEET.clone()
}

/// A rule with where it was written.
pub struct Located {
    rule: RawRule,
    path: String,
    line: usize,
    /// From the embedded sheet, whose patterns `build.rs` has compiled already.
    builtin: bool,
}

impl Located {
    /// The rule as read, with where, for a test comparing the JSON twin's reading with
    /// the TOML's.
    #[cfg(test)]
    pub(crate) fn debug(&self) -> String {
        format!(
            "{:?} {}:{} {}",
            self.rule, self.path, self.line, self.builtin
        )
    }
}

/// Reads a rule file.
pub fn parse_file(path: &str, text: &str) -> Result<Vec<Located>, DataError> {
    let file: RuleFile = super::parse_toml(path, text)?;
    // The rules come in the file's order: each line is counted on from the one before,
    // not from the top of the file again.
    let mut counted = (0, 1);
    Ok(file
        .rule
        .into_iter()
        .map(|r| {
            let start = r.span().start.min(text.len());
            let (from, line) = if start >= counted.0 { counted } else { (0, 1) };
            counted = (start, line + newlines(&text[from..start]));
            located_at(path, counted.1, r)
        })
        .collect())
}

fn newlines(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'\n').count()
}

/// A `[[rule]]` from a TOML document with its line.
pub fn located(path: &str, text: &str, r: toml::Spanned<RawRule>) -> Located {
    let line = 1 + newlines(&text[..r.span().start.min(text.len())]);
    located_at(path, line, r)
}

fn located_at(path: &str, line: usize, r: toml::Spanned<RawRule>) -> Located {
    Located {
        rule: r.into_inner(),
        path: path.to_string(),
        line,
        builtin: false,
    }
}

/// Reads a rule file from disk (a user's).
pub fn read_file(path: &Path) -> Result<Vec<Located>, DataError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| DataError {
        path: shown.clone(),
        line: 1,
        message: format!("cannot read the rule file: {e}"),
    })?;
    parse_file(&shown, &text)
}

impl Matcher {
    /// The compiled pattern of a `Pattern` rule.
    pub fn regex(&self) -> Option<(&Regex, (bool, bool))> {
        match self {
            Matcher::Words => None,
            Matcher::Pattern {
                source,
                re,
                bounded,
            } => {
                // The same text compiled inside the set already, so this cannot fail.
                let re = re.get_or_init(|| Regex::new(source).expect("compiled in the set"));
                Some((re, *bounded))
            }
        }
    }
}

/// Checks and compiles rules into one sheet.
pub fn compile(raw: Vec<Located>) -> Result<StyleSheet, DataError> {
    let mut rules: Vec<StyleRule> = Vec::with_capacity(raw.len());
    let mut words: Vec<String> = Vec::new();
    let mut word_rule = Vec::new();
    let mut patterns = Vec::new();
    let mut pattern_rule = Vec::new();
    for Located {
        rule: r,
        path,
        line,
        builtin,
    } in raw
    {
        let err = |message: String| DataError {
            path: path.clone(),
            line,
            message: format!("rule `{}`: {message}", r.id),
        };
        let valid_id = r.id.split_once('/').is_some_and(|(ns, name)| {
            [ns, name].iter().all(|p| {
                !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
        });
        if !valid_id {
            return Err(err(
                "the id must be namespaced kebab-case, like `house/ceasefire`".into(),
            ));
        }
        if let Some(prev) = rules.iter().find(|p| *p.id == *r.id) {
            return Err(err(format!(
                "the id is already used at {}:{}",
                prev.path, prev.line
            )));
        }
        let severity = match r.severity.as_deref().unwrap_or("warning") {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            "info" => Severity::Info,
            other => {
                return Err(err(format!(
                    "severity `{other}` is not one of `error`, `warning`, `info`{}",
                    crate::text::did_you_mean(other, ["error", "warning", "info"])
                )));
            }
        };
        let scope = r.scope.clone().unwrap_or_default();
        if let Some(bad) = scope.iter().find(|s| !SCOPES.contains(&s.as_str())) {
            return Err(err(format!(
                "scope `{bad}` is not one of {}{}",
                SCOPES.join(", "),
                crate::text::did_you_mean(bad, SCOPES.iter().copied())
            )));
        }
        let index = rules.len();
        let matcher = match (&r.pattern, &r.words) {
            (Some(_), Some(_)) => return Err(err("give `pattern` or `words`, not both".into())),
            (None, None) => return Err(err("give a `pattern` (regex) or `words` (a list)".into())),
            (None, Some(w)) => {
                if w.is_empty() || w.iter().any(|w| w.trim().is_empty()) {
                    return Err(err("`words` must list non-empty words".into()));
                }
                for word in w {
                    words.push(word.trim().to_string());
                    word_rule.push(index);
                }
                Matcher::Words
            }
            (Some(p), None) => {
                // Parsed as written (no compilation), so errors point at what the user
                // wrote. The set below compiles it. The built-in patterns compiled in
                // `build.rs` and are checked by a test.
                if !builtin {
                    regex_syntax::Parser::new()
                        .parse(p)
                        .map_err(|e| err(format!("bad `pattern`: {e}")))?;
                }
                let fast = ascii_boundaries(p);
                let body = p.trim_start_matches("(?i)");
                let bounded = (
                    body.starts_with("\\b"),
                    p.ends_with("\\b") && !p.ends_with("\\\\b"),
                );
                patterns.push(fast.clone());
                pattern_rule.push(index);
                Matcher::Pattern {
                    source: fast,
                    re: OnceLock::new(),
                    bounded,
                }
            }
        };
        rules.push(StyleRule {
            id: Arc::from(r.id.as_str()),
            matcher,
            replace: r.replace,
            message: r.message,
            severity,
            scope,
            examples: r.examples,
            allows: r.allows.iter().map(|a| a.to_lowercase()).collect(),
            path,
            line,
        });
    }
    let words_ac = if words.is_empty() {
        None
    } else {
        Some(
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&words)
                .map_err(|e| DataError {
                    path: "rules".into(),
                    line: 1,
                    message: format!("cannot build the word automaton: {e}"),
                })?,
        )
    };
    let set = Patterns::new(&patterns).map_err(|e| DataError {
        path: "rules".into(),
        line: 1,
        message: format!("cannot build the pattern set: {e}"),
    })?;
    if let Some(i) = set.matches("").next() {
        let r = &rules[pattern_rule[i]];
        return Err(DataError {
            path: r.path.clone(),
            line: r.line,
            message: format!("rule `{}`: the `pattern` matches empty text", r.id),
        });
    }
    Ok(StyleSheet {
        rules,
        words: words_ac,
        word_rule,
        patterns: set,
        pattern_rule,
    })
}

#[cfg(test)]
mod tests {
    use crate::text::pattern_config::ascii_boundaries;

    /// `parse_file` counts each rule's line on from the one before: the same lines as
    /// counted from the top of the file.
    #[test]
    fn rule_lines_are_the_lines_counted_from_the_top() {
        for (path, text) in crate::data::embedded_under("rules/style/") {
            let fast: Vec<usize> = super::parse_file(path, text)
                .unwrap_or_else(|e| panic!("{e}"))
                .iter()
                .map(|l| l.line)
                .collect();
            let file: super::RuleFile = toml::from_str(text).expect("parses");
            let slow: Vec<usize> = file
                .rule
                .into_iter()
                .map(|r| super::located(path, text, r).line)
                .collect();
            assert!(fast.len() > 10, "{path}");
            assert_eq!(fast, slow, "{path}");
        }
    }

    #[test]
    fn word_boundaries_become_ascii_outside_classes() {
        assert_eq!(
            ascii_boundaries(r"(?i)\bfree[- ]reign\b"),
            r"(?i)(?-u:\b)free[- ]reign(?-u:\b)"
        );
        assert_eq!(ascii_boundaries(r"[\b]\\b\B"), r"[\b]\\b(?-u:\B)");
    }
}
