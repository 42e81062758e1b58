//! Runs the rules over a document: picks the rules and their severities from the config,
//! stamps each finding with its rule and severity, applies inline suppressions, caps the
//! findings of each rule per file, then sorts and de-duplicates them.
//!
//! A file larger than [`SECTION`] twice over is checked in sections of about that size, cut at
//! a blank line (outside a fenced code block) or failing that a line end, so that one huge file
//! is parsed and checked in bounded memory; findings are mapped back to the whole file.

use rayon::prelude::*;

use std::sync::Arc;

use crate::config::{Config, Level};
use crate::diagnostic::{Diagnostic, RuleId, Severity};
use crate::doc::{Document, Format};
use crate::lang::Language;
use crate::parse;
use crate::rules::{self, Context, Languages, Rule, Settings};
use crate::source::SourceFile;
use crate::text::date::Date;

/// At most this many findings of one rule are reported for one file; the rest are counted
/// (see [`Checked::left_out`]). A real article never comes near it; a file of one word
/// repeated a million times would otherwise hold a million findings.
pub const MAX_PER_RULE: usize = 1000;

/// Files larger than twice this are checked in sections of at least this many bytes.
pub const SECTION: usize = 1 << 20;

/// About how many bytes of memory checking a section takes per byte of the section (its
/// copy, the document model, the rules' working sets): measured as the peak's growth when a
/// second section of a 10 MB file is checked at the same time (+14 MB for sections of about
/// 1.1 MB).
const SECTION_COST: usize = 12;

/// An unknown rule id given on the command line.
#[derive(Debug, thiserror::Error)]
#[error("unknown rule `{id}`{hint}; `copydesk rules` lists them")]
pub struct UnknownRule {
    pub id: String,
    hint: String,
}

/// How many findings of a rule were not reported for a file (over [`MAX_PER_RULE`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeftOut {
    pub rule: &'static str,
    pub count: usize,
}

/// The findings of one file and what was left out of them.
#[derive(Debug, Default)]
pub struct Checked {
    pub diagnostics: Vec<Diagnostic>,
    /// Per rule, in registry order: findings beyond [`MAX_PER_RULE`], not reported.
    pub left_out: Vec<LeftOut>,
    /// The document's language when it is not English and English-only rules were skipped.
    pub skipped_language: Option<Language>,
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
                    hint: crate::text::did_you_mean(id, rules::ids()),
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

    /// What the enabled rules need the document model to build.
    pub fn needs(&self) -> rules::Needs {
        self.rules
            .iter()
            .fold(rules::Needs::NOTHING, |n, (r, _)| n.with(r.needs()))
    }

    /// Parses `source` with what the config says about it (the front matter's prose fields).
    fn parse<'s>(&self, source: &'s SourceFile, format: Format) -> Document<'s> {
        match &self.config.prose_fields {
            Some(fields) => parse::parse_with_fields(source, format, self.needs(), fields),
            None => parse::parse_for(source, format, self.needs()),
        }
    }

    /// Parses `source` and checks it.
    pub fn check_source(&self, source: &SourceFile, format: Format) -> Vec<Diagnostic> {
        self.check_file(source, format).diagnostics
    }

    /// Parses `source` and checks it, in sections when it is large, and says how many
    /// findings were left out.
    pub fn check_file(&self, source: &SourceFile, format: Format) -> Checked {
        let text = source.text();
        if text.len() <= 2 * SECTION {
            let doc = self.parse(source, format);
            return self.check_counted(&doc);
        }
        // The sections are checked a few at a time, and each round's findings are capped
        // into the file's at once: what is over a rule's cap is counted and let go, not held
        // until every section is checked, and what is kept holds no spare capacity (a 50 MB
        // file has 25 or more sections). As many sections are checked at once as there are
        // threads, within the file's memory bound (3x the file + 30 MB): each section being
        // checked takes about SECTION_COST times a section's size, the file itself once, so
        // a file of 4-12 MiB is checked one section at a time (at `--jobs 2` two sections
        // of a 10 MB file at once peaked at 66-68 MB against its 60 MB bound).
        let at_once = sections_at_once(text.len(), rayon::current_num_threads());
        self.check_sections(source, format, at_once)
    }

    /// [`Engine::check_file`] of a large file, `at_once` sections at a time.
    fn check_sections(&self, source: &SourceFile, format: Format, at_once: usize) -> Checked {
        let text = source.text();
        let sections = sections(text, format);
        let mut kept: Vec<(&'static str, usize)> = Vec::new();
        let mut left: Vec<LeftOut> = Vec::new();
        let mut diagnostics = Vec::new();
        // The first section's language stands for the file's.
        let mut skipped_language = None;
        let count_left = |left: &mut Vec<LeftOut>, rule: &'static str, n: usize| match left
            .iter_mut()
            .find(|l| l.rule == rule)
        {
            Some(l) => l.count += n,
            None => left.push(LeftOut { rule, count: n }),
        };
        for (round, chunk) in sections.chunks(at_once.max(1)).enumerate() {
            let parts: Vec<Checked> = chunk
                .par_iter()
                .map(|r| {
                    let part = SourceFile::new(source.path(), &text[r.clone()]);
                    let doc = self.parse(&part, format);
                    let mut c = self.check_counted(&doc);
                    c.diagnostics = c
                        .diagnostics
                        .into_iter()
                        .map(|d| d.shifted(r.start))
                        .collect();
                    c
                })
                .collect();
            if round == 0 {
                skipped_language = parts.first().map(|p| p.skipped_language);
            }
            // The sections in order, each rule capped over the whole file.
            for part in parts {
                for mut d in part.diagnostics {
                    let rule = self.owner(&d.rule);
                    let i = kept
                        .iter()
                        .position(|(r, _)| *r == rule)
                        .unwrap_or_else(|| {
                            kept.push((rule, 0));
                            kept.len() - 1
                        });
                    let n = &mut kept[i].1;
                    if *n < MAX_PER_RULE {
                        *n += 1;
                        d.trim();
                        diagnostics.push(d);
                    } else {
                        count_left(&mut left, rule, 1);
                    }
                }
                for l in part.left_out {
                    count_left(&mut left, l.rule, l.count);
                }
            }
        }
        left.sort_by_key(|l| self.rules.iter().position(|(r, _)| r.meta().id == l.rule));
        sort_dedup(&mut diagnostics);
        Checked {
            diagnostics,
            left_out: left,
            skipped_language: skipped_language.flatten(),
        }
    }

    /// The id of the enabled rule that reports under `id`: itself, or the rule running the
    /// data rules (house-style's `house/…` ids).
    fn owner(&self, id: &str) -> &'static str {
        // Only house-style reports under ids that are not its own.
        self.rules
            .iter()
            .map(|(r, _)| r.meta().id)
            .find(|r| *r == id)
            .unwrap_or(rules::DATA_RULES_OWNER)
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
        let mut doc = self.parse(source, format);
        if let Some(date) = date.and_then(Date::parse_iso)
            && doc.meta.dateline.is_none()
            && doc.meta.date.is_none()
        {
            doc.meta.date = Some(date);
        }
        self.check(&doc)
    }

    /// Runs the rules over a parsed document.
    pub fn check(&self, doc: &Document<'_>) -> Vec<Diagnostic> {
        self.check_counted(doc).diagnostics
    }

    fn check_counted(&self, doc: &Document<'_>) -> Checked {
        let settings = Settings {
            options: &self.config.options,
            vocabulary: &self.config.vocabulary,
            style: self.config.style.as_ref(),
            date: self.config.date,
        };
        let mut cx = Context::new(settings, &doc.suppressions);
        let mut out = Vec::new();
        let mut left_out = Vec::new();
        let english_only = |r: &dyn Rule| r.meta().languages == Languages::English;
        // The languages are worked out only when a rule that reads English is on.
        let langs = self
            .rules
            .iter()
            .any(|(r, _)| english_only(*r))
            .then(|| crate::lang::of_document(doc, &self.config.languages));
        let skipped_language = langs
            .as_ref()
            .map(|l| l.language)
            .filter(|l| !l.is_english());
        // A document in another language with English passages: English rules run, and
        // keep only what they find in those passages.
        let english_passages = langs.as_ref().is_some_and(|l| !l.english.is_empty());
        for (rule, severity) in &self.rules {
            let english = english_only(*rule);
            if english && skipped_language.is_some() && !english_passages {
                continue;
            }
            cx.start_rule(rule.meta(), *severity);
            rule.check(doc, &mut cx);
            let (mut found, left) = cx.finish_rule();
            if english && let Some(l) = &langs {
                if skipped_language.is_some() {
                    found.retain(|d| l.is_english_passage(d.span) && !l.is_foreign(d.span));
                } else {
                    found.retain(|d| !l.is_foreign(d.span));
                }
            }
            out.extend(found);
            if left > 0 {
                left_out.push(LeftOut {
                    rule: rule.meta().id,
                    count: left,
                });
            }
        }
        sort_dedup(&mut out);
        drop_superseded(&mut out);
        Checked {
            diagnostics: out,
            left_out,
            // English rules read the English passages: not skipped.
            skipped_language: skipped_language.filter(|_| !english_passages),
        }
    }
}

/// How far before a general rule's finding (bytes) a specific rule's finding that covers it
/// may start.
const COVER_BACK: u32 = 64;

/// Drops a general rule's finding where a more specific rule reports the same word
/// ([`SUPERSEDES`](crate::rules::SUPERSEDES)). `out` is sorted by start.
fn drop_superseded(out: &mut Vec<Diagnostic>) {
    let superseded = |i: usize| {
        let d = &out[i];
        let start = d.span.start;
        // The same start, or a span a little before that takes the word in ("were cancell"
        // over "cancell").
        let same_start = out[..i]
            .iter()
            .rev()
            .take_while(|o| start - o.span.start <= COVER_BACK)
            .filter(|o| o.span.start == start || o.span.end >= d.span.end)
            .chain(out[i + 1..].iter().take_while(|o| o.span.start == start));
        // A house-style data rule (`house/alot`) speaks for `house-style`.
        let owner = |id: &RuleId| match id {
            RuleId::Data(_) => crate::rules::DATA_RULES_OWNER,
            RuleId::Builtin(id) => *id,
        };
        same_start.into_iter().any(|o| {
            crate::rules::SUPERSEDES
                .iter()
                .any(|&(specific, general)| owner(&o.rule) == specific && d.rule == general)
        })
    };
    let keep: Vec<bool> = (0..out.len()).map(|i| !superseded(i)).collect();
    let mut k = keep.iter();
    out.retain(|_| *k.next().unwrap_or(&true));
}

fn sort_dedup(out: &mut Vec<Diagnostic>) {
    out.sort_by(|a, b| {
        (a.span.start, a.span.end, &a.rule, &a.message).cmp(&(
            b.span.start,
            b.span.end,
            &b.rule,
            &b.message,
        ))
    });
    out.dedup_by(|a, b| a.rule == b.rule && a.span == b.span && a.message == b.message);
}

/// How many sections of a file of `len` bytes to check at once on `threads` threads: one
/// per thread, as many as the file's memory bound leaves room for ([`SECTION_COST`]).
fn sections_at_once(len: usize, threads: usize) -> usize {
    (2 * len / (SECTION_COST * SECTION)).clamp(1, threads.max(1))
}

/// Cuts a large text into sections of at least [`SECTION`] bytes (the last may be shorter):
/// after a blank line when there is one within the next `SECTION` bytes (in Markdown, not
/// inside a fenced code block), else after a line end, else after a space, else at a
/// character boundary.
fn sections(text: &str, format: Format) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut in_fence = false;
    while text.len() - start > 2 * SECTION {
        let lo = ceil_char_boundary(text, start + SECTION);
        let hi = crate::source::floor_char_boundary(text, start + 2 * SECTION);
        let cut = cut_point(text, start, lo, hi, format, &mut in_fence);
        out.push(start..cut);
        start = cut;
    }
    out.push(start..text.len());
    out
}

/// Where to end the section that begins at `start`: a cut in `lo..hi` (both char boundaries
/// or `lo` inside a character, which is skipped).
fn cut_point(
    text: &str,
    start: usize,
    lo: usize,
    hi: usize,
    format: Format,
    in_fence: &mut bool,
) -> usize {
    let bytes = text.as_bytes();
    if format == Format::Markdown {
        // Follow fenced code blocks line by line from the section's start.
        let mut at = start;
        while at < hi {
            let end = memchr_nl(bytes, at, hi).map_or(hi, |i| i + 1);
            let line = text[at..end].trim_start_matches([' ', '\t']);
            if line.starts_with("```") || line.starts_with("~~~") {
                *in_fence = !*in_fence;
            }
            if at >= lo && !*in_fence && line.trim().is_empty() && at > start {
                return end;
            }
            at = end;
        }
    } else if let Some(i) = text[lo..hi]
        .find("\n\n")
        .or_else(|| text[lo..hi].find("\r\n\r\n").map(|i| i + 2))
    {
        return lo + i + 2;
    }
    let window = &bytes[lo..hi];
    if let Some(i) = window.iter().position(|&b| b == b'\n') {
        return lo + i + 1;
    }
    if let Some(i) = window.iter().position(|&b| b == b' ' || b == b'\t') {
        return lo + i + 1;
    }
    hi
}

fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn memchr_nl(bytes: &[u8], from: usize, to: usize) -> Option<usize> {
    bytes[from..to]
        .iter()
        .position(|&b| b == b'\n')
        .map(|i| from + i)
}

/// A data rule's example that did not behave.
#[derive(Debug)]
pub struct ExampleFailure {
    pub path: String,
    pub line: usize,
    pub rule: Arc<str>,
    pub message: String,
}

/// Runs every style rule's examples: each `bad` must be reported by that rule, no `good`
/// or `allows` string may be. Returns how many rules and examples ran, and the failures.
pub fn run_examples(config: &Config) -> (usize, usize, Vec<ExampleFailure>) {
    let sheet = config.style_sheet();
    let engine = Engine::only(rules::DATA_RULES_OWNER).clone_with(config.clone());
    let mut failures = Vec::new();
    let mut examples = 0;
    for rule in &sheet.rules {
        let cases = rule
            .examples
            .bad
            .iter()
            .map(|e| (e, true))
            .chain(rule.examples.good.iter().map(|e| (e, false)))
            .chain(rule.allows.iter().map(|e| (e, false)));
        for (example, bad) in cases {
            examples += 1;
            let src = SourceFile::new("example.txt", example.clone());
            let found = engine
                .check_source(&src, Format::Plain)
                .iter()
                .any(|d| *d.rule == *rule.id);
            if found != bad {
                failures.push(ExampleFailure {
                    path: rule.path.clone(),
                    line: rule.line,
                    rule: rule.id.clone(),
                    message: if bad {
                        format!("bad example not reported: {example:?}")
                    } else {
                        format!("good example reported: {example:?}")
                    },
                });
            }
        }
    }
    (sheet.rules.len(), examples, failures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_cover_the_text_and_cut_at_blank_lines() {
        let para = "Word word.\n\n".repeat(SECTION / 4);
        for format in [Format::Plain, Format::Markdown, Format::Html] {
            let s = sections(&para, format);
            assert!(s.len() >= 2, "{format:?}");
            assert_eq!(s[0].start, 0);
            assert_eq!(s.last().map(|r| r.end), Some(para.len()));
            for w in s.windows(2) {
                assert_eq!(w[0].end, w[1].start);
                assert!(para[..w[0].end].ends_with("\n\n"));
                assert!(w[0].len() >= SECTION);
            }
        }
    }

    #[test]
    fn a_single_line_is_cut_at_a_space_and_never_inside_a_character() {
        let line = "é word ".repeat(SECTION / 2);
        let s = sections(&line, Format::Plain);
        assert!(s.len() >= 2);
        for r in &s {
            assert!(line.is_char_boundary(r.start) && line.is_char_boundary(r.end));
        }
        let dense = "é".repeat(SECTION * 2);
        for r in sections(&dense, Format::Plain) {
            assert!(dense.is_char_boundary(r.start) && dense.is_char_boundary(r.end));
        }
    }

    #[test]
    fn markdown_is_not_cut_inside_a_fence() {
        let mut md = "Para.\n\n".repeat(SECTION / 7 - 10);
        md.push_str("```\n");
        md.push_str(&"code\n\n".repeat(SECTION / 6));
        md.push_str("```\n\nAfter.\n\n");
        md.push_str(&"Para.\n\n".repeat(SECTION / 7));
        for w in sections(&md, Format::Markdown).windows(2) {
            let before = &md[..w[0].end];
            assert_eq!(before.matches("```").count() % 2, 0, "cut inside the fence");
        }
    }

    #[test]
    fn findings_are_capped_per_rule_and_counted() {
        let text = "word ".repeat(MAX_PER_RULE + 50);
        let src = SourceFile::new("t.txt", text);
        let c = Engine::only("repeated-word").check_file(&src, Format::Plain);
        assert_eq!(c.diagnostics.len(), MAX_PER_RULE);
        assert_eq!(
            c.left_out,
            vec![LeftOut {
                rule: "repeated-word",
                count: MAX_PER_RULE + 50 - 1 - MAX_PER_RULE
            }]
        );
    }

    #[test]
    fn a_large_file_is_checked_in_sections_with_spans_into_the_whole_file() {
        let mut text = "He said it.\n\n".repeat(3 * SECTION / 13);
        text.push_str("They went to the the shop.\n");
        let src = SourceFile::new("t.txt", text.clone());
        let c = Engine::only("repeated-word").check_file(&src, Format::Plain);
        assert_eq!(c.diagnostics.len(), 1);
        let d = &c.diagnostics[0];
        assert_eq!(&text[d.span.range()], "the");
        assert!(d.span.start() > 2 * SECTION);
        let e = &d.fix.as_ref().expect("a fix").edits[0];
        assert_eq!(&text[e.span.range()], " the");
    }

    #[test]
    fn sections_checked_a_few_at_a_time_give_what_all_at_once_gave() {
        // Five sections or so, with a repeated word in every paragraph: more findings
        // than the cap, spread over every section.
        let text = "He said it it.\n\n".repeat(5 * SECTION / 16);
        let src = SourceFile::new("t.txt", text.clone());
        let engine = Engine::only("repeated-word");
        let one = engine.check_sections(&src, Format::Plain, 1);
        let three = engine.check_sections(&src, Format::Plain, 3);
        let all = engine.check_sections(&src, Format::Plain, 8);
        assert_eq!(one.diagnostics, three.diagnostics);
        assert_eq!(one.diagnostics, all.diagnostics);
        assert_eq!(one.left_out, three.left_out);
        assert_eq!(one.diagnostics.len(), MAX_PER_RULE);
        let every = text.matches("it it").count();
        assert_eq!(one.left_out[0].count, every - MAX_PER_RULE);
        assert!(one.diagnostics.windows(2).all(|w| w[0].span < w[1].span));
    }

    #[test]
    fn a_file_is_checked_as_many_sections_at_once_as_its_memory_bound_allows() {
        // A 10 MB file: one section at a time, whatever the threads.
        assert_eq!(sections_at_once(10 << 20, 2), 1);
        assert_eq!(sections_at_once(10 << 20, 8), 1);
        // A 50 MB file: one per thread, up to what the bound allows.
        assert_eq!(sections_at_once(50 << 20, 1), 1);
        assert_eq!(sections_at_once(50 << 20, 2), 2);
        assert_eq!(sections_at_once(50 << 20, 64), 8);
        assert_eq!(sections_at_once(0, 0), 1);
    }

    #[test]
    fn the_config_names_the_front_matter_fields_checked_as_prose() {
        let text = "---\ntitle: Our teh title\nsubtitle: A recieved view\n---\n\nBody text.\n";
        let src = SourceFile::new("t.md", text);
        let flagged = |engine: &Engine| -> Vec<String> {
            engine
                .check_source(&src, Format::Markdown)
                .iter()
                .map(|d| text[d.span.range()].to_string())
                .collect()
        };
        assert_eq!(flagged(&Engine::only("typo")), ["teh"]);
        let config = Config::parse(
            std::path::Path::new("copydesk.toml"),
            "front-matter-prose = [\"subtitle\"]\n",
        )
        .expect("config");
        assert_eq!(
            flagged(&Engine::only("typo").clone_with(config)),
            ["recieved"]
        );
    }

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
