//! Baselines: today's findings, recorded by content fingerprint, so that a repository can turn
//! copydesk on and be told only about new findings.
//!
//! The file is plain text, one finding per line, sorted by path, rule and flagged text, so that
//! it is stable from run to run and reviewable in a pull request:
//!
//! ```text
//! # copydesk baseline …
//! 3f1c0e9a4b2d7788<TAB>typo<TAB>articles/seed.txt<TAB>suport
//! ```
//!
//! The columns are separated by tabs: the fingerprint (see [`crate::fingerprint`]), the rule
//! id, the path and the flagged text (shown for the reviewer, not compared). A finding that
//! occurs twice with the same neighbours is listed twice; each line hides one finding.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::fingerprint;
use crate::report::{FileReport, Kept, Texts};

/// The longest flagged text shown in the file, in characters.
const EXCERPT_CHARS: usize = 60;

const HEADER: &str = "\
# copydesk baseline: findings recorded on purpose, one per line (fingerprint, rule, path,
# flagged text). `copydesk check --baseline FILE` reports only findings not listed here.
# Written by `copydesk check --write-baseline FILE`; regenerate it rather than edit it.
";

/// One recorded finding.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    pub path: String,
    pub rule: String,
    pub excerpt: String,
    pub fingerprint: String,
}

/// A baseline file that cannot be read or parsed.
#[derive(Debug, thiserror::Error)]
#[error("{}{}: {message}", path.display(), line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct BaselineError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

/// A parsed baseline.
#[derive(Clone, Debug, Default)]
pub struct Baseline {
    pub entries: Vec<Entry>,
}

/// What filtering reports through a baseline did.
#[derive(Debug, Default)]
pub struct Filtered {
    /// Findings hidden because the baseline lists them.
    pub hidden: usize,
    /// Entries that matched no finding although their file was checked (or is gone) and their
    /// rule ran: the finding was fixed or its text changed.
    pub stale: Vec<Entry>,
}

impl Baseline {
    /// The entries for every finding in `reports`.
    pub fn from_reports(reports: &[FileReport]) -> Baseline {
        Baseline::from_reports_with(reports, &mut Kept)
    }

    /// [`Baseline::from_reports`], with each report's text from `texts`.
    pub fn from_reports_with(reports: &[FileReport], texts: &mut dyn Texts) -> Baseline {
        let mut entries: Vec<Entry> = Vec::new();
        for r in reports.iter().filter(|r| !r.diagnostics.is_empty()) {
            // Reading into a Vec cannot fail.
            let _ = texts.with(r, &mut |r| {
                let path = fingerprint::relative_path(r.source.path(), r.source.name());
                entries.extend(r.diagnostics.iter().map(|d| Entry {
                    path: path.clone(),
                    rule: d.rule.to_string(),
                    excerpt: shorten(&fingerprint::excerpt(&r.source, d)),
                    fingerprint: fingerprint::of(&r.source, d),
                }));
                Ok(())
            });
        }
        entries.sort();
        Baseline { entries }
    }

    /// The file's text: the header, then one sorted line per entry.
    pub fn to_text(&self) -> String {
        let mut out = String::from(HEADER);
        for e in &self.entries {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}",
                e.fingerprint,
                field(&e.rule),
                field(&e.path),
                field(&e.excerpt)
            );
        }
        out
    }

    /// Reads a baseline file.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|e| BaselineError {
            path: path.to_path_buf(),
            line: None,
            message: match e.kind() {
                std::io::ErrorKind::NotFound => {
                    "no such baseline; write one with `copydesk check --write-baseline FILE`"
                        .to_string()
                }
                _ => format!("cannot read the baseline: {e}"),
            },
        })?;
        Baseline::parse(path, &text)
    }

    /// Parses a baseline's text; `path` is for error messages.
    pub fn parse(path: &Path, text: &str) -> Result<Baseline, BaselineError> {
        let mut entries = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(fp), Some(rule), Some(file)) = (cols.next(), cols.next(), cols.next()) else {
                return Err(BaselineError {
                    path: path.to_path_buf(),
                    line: Some(n + 1),
                    message: "expected `fingerprint<TAB>rule<TAB>path<TAB>text`; \
                              regenerate the file with --write-baseline"
                        .to_string(),
                });
            };
            if fp.len() != 16 || !fp.bytes().all(|b| b.is_ascii_hexdigit()) {
                return Err(BaselineError {
                    path: path.to_path_buf(),
                    line: Some(n + 1),
                    message: format!(
                        "`{fp}` is not a fingerprint (16 hex digits); \
                         regenerate the file with --write-baseline"
                    ),
                });
            }
            entries.push(Entry {
                fingerprint: fp.to_ascii_lowercase(),
                rule: unfield(rule),
                path: unfield(file),
                excerpt: cols.next().map(unfield).unwrap_or_default(),
            });
        }
        Ok(Baseline { entries })
    }

    /// Removes from `reports` every finding the baseline lists (each entry hides one finding)
    /// and returns what it did. `ran` says whether a rule id ran in this check; entries of
    /// rules that did not run, and of files not checked this time that still exist, are
    /// neither used nor stale.
    pub fn filter(&self, reports: &mut [FileReport], ran: &dyn Fn(&str) -> bool) -> Filtered {
        self.filter_with(reports, ran, &mut Kept)
    }

    /// [`Baseline::filter`], with each report's text from `texts`.
    pub fn filter_with(
        &self,
        reports: &mut [FileReport],
        ran: &dyn Fn(&str) -> bool,
        texts: &mut dyn Texts,
    ) -> Filtered {
        let mut left: HashMap<(String, String), usize> = HashMap::new();
        for e in &self.entries {
            *left
                .entry((e.path.clone(), e.fingerprint.clone()))
                .or_default() += 1;
        }
        let mut hidden = 0;
        let mut checked = std::collections::HashSet::new();
        for r in reports.iter_mut() {
            let path = fingerprint::relative_path(r.source.path(), r.source.name());
            let mut prints = Vec::with_capacity(r.diagnostics.len());
            if !r.diagnostics.is_empty() {
                let _ = texts.with(r, &mut |r| {
                    let source = &r.source;
                    prints.extend(r.diagnostics.iter().map(|d| fingerprint::of(source, d)));
                    Ok(())
                });
            }
            let mut prints = prints.into_iter();
            r.diagnostics.retain(|_| {
                let key = (path.clone(), prints.next().unwrap_or_default());
                match left.get_mut(&key) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        hidden += 1;
                        false
                    }
                    _ => true,
                }
            });
            checked.insert(path);
        }
        let mut stale = Vec::new();
        for e in &self.entries {
            let relevant =
                ran(&e.rule) && (checked.contains(&e.path) || !Path::new(&e.path).exists());
            if let Some(n) = left.get_mut(&(e.path.clone(), e.fingerprint.clone()))
                && *n > 0
                && relevant
            {
                *n -= 1;
                stale.push(e.clone());
            }
        }
        Filtered { hidden, stale }
    }
}

impl Filtered {
    /// "baseline: 12 known findings not shown, 1 stale entry (fixed or changed; …)".
    pub fn summary(&self, file: &Path) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut s = format!(
            "baseline {}: {} not shown",
            file.display(),
            plural(self.hidden, "known finding", "known findings")
        );
        if self.stale.is_empty() {
            s.push_str(", no stale entries");
        } else {
            let _ = write!(
                s,
                ", {} (their findings are gone; run --write-baseline to drop them)",
                plural(self.stale.len(), "stale entry", "stale entries")
            );
        }
        s
    }
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= EXCERPT_CHARS {
        return s.to_string();
    }
    let mut out: String = s.chars().take(EXCERPT_CHARS - 1).collect();
    out.push('…');
    out
}

/// Tabs and line breaks cannot appear in a column; backslashes are escaped so that reading
/// gives back what was written.
fn field(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out
}

fn unfield(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Finding, Severity};
    use crate::source::SourceFile;
    use crate::span::Span;

    fn report(name: &str, text: &str, flagged: &[&str]) -> FileReport {
        let source = SourceFile::new(name, text);
        let diagnostics = flagged
            .iter()
            .map(|f| {
                let start = text.find(f).expect("in text");
                Finding::new(Span::new(start, start + f.len()), "m")
                    .into_diagnostic("typo".into(), Severity::Error)
            })
            .collect();
        FileReport {
            source,
            diagnostics,
        }
    }

    #[test]
    fn round_trips_and_is_sorted() {
        let b = Baseline::from_reports(&[
            report("b.txt", "We suport it.\n", &["suport"]),
            report("a\tx.txt", "A teh cat.\n", &["teh"]),
        ]);
        let text = b.to_text();
        let back = Baseline::parse(Path::new("bl"), &text).expect("parses");
        assert_eq!(back.entries, b.entries);
        assert_eq!(b.entries[0].path, "a\tx.txt");
        assert!(text.starts_with("# copydesk baseline"));
    }

    #[test]
    fn hides_listed_findings_and_reports_stale_ones() {
        let old = Baseline::from_reports(&[report(
            "a.txt",
            "We suport it.\nA teh cat.\n",
            &["suport", "teh"],
        )]);
        let mut now = [report(
            "a.txt",
            "New line.\nWe suport it.\nThe recieve.\n",
            &["suport", "recieve"],
        )];
        let f = old.filter(&mut now, &|_| true);
        assert_eq!(f.hidden, 1);
        assert_eq!(now[0].diagnostics.len(), 1);
        assert_eq!(f.stale.len(), 1);
        assert_eq!(f.stale[0].excerpt, "teh");
        // A rule that did not run leaves its entries alone.
        let mut again = [report("a.txt", "We suport it.\n", &[])];
        assert!(old.filter(&mut again, &|_| false).stale.is_empty());
    }

    #[test]
    fn bad_lines_name_the_line() {
        let e = Baseline::parse(Path::new("bl.txt"), "# c\nzz\ttypo\ta.txt\tx\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(e.to_string().starts_with("bl.txt:2: `zz`"), "{e}");
    }
}
