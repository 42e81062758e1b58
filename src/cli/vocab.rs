//! `copydesk vocab --add-unknown`: the words `typo` reports across the checked files, with
//! their counts, appended to a vocabulary file for a person to review — the one-step way a
//! repository adopts its own jargon.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{EXIT_ERROR, VocabArgs};
use crate::diagnostic::Diagnostic;
use crate::engine::Engine;
use crate::walk::{self, CheckOptions, Outcome};

pub(super) fn run(args: &VocabArgs) -> ExitCode {
    match add_unknown(args) {
        Ok(note) => {
            eprintln!("copydesk: {note}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// One word `typo` reported, with how often and in what form.
#[derive(Debug, Default)]
struct Reported {
    count: usize,
    /// Each spelling seen (case differs at a sentence start), with its count.
    forms: BTreeMap<String, usize>,
    /// What `typo` would write instead, when it called the word a misspelling.
    misspelling_of: Option<String>,
}

fn add_unknown(args: &VocabArgs) -> Result<String, String> {
    let config = super::load_config(args.config.as_deref())?;
    let file = match &args.vocab {
        Some(f) => f.clone(),
        None => config
            .vocabulary
            .files
            .first()
            .map(|f| config.base_dir().join(f))
            .ok_or_else(|| {
                "no vocabulary file to write to: name one with `--vocab FILE`, or list one in \
                 `[vocabulary] files` in copydesk.toml"
                    .to_string()
            })?,
    };
    // Read the file first: a file that cannot be read or is not UTF-8 is never written.
    let existing = match std::fs::read(&file) {
        Ok(b) => String::from_utf8(b).map_err(|_| {
            format!(
                "{}: the vocabulary file is not UTF-8; it was left as it is",
                file.display()
            )
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(format!("{}: cannot read it: {e}", file.display())),
    };
    let engine = Engine::new(&config, &["typo".to_string()], &[]).map_err(|e| e.to_string())?;
    let (mut targets, errors) = walk::collect(&args.paths, &config);
    if let Ok(own) = std::fs::canonicalize(&file) {
        targets.retain(|t| std::fs::canonicalize(&t.path).map_or(true, |p| p != own));
    }
    for e in &errors {
        eprintln!("copydesk: error: {e}");
    }
    let jobs = std::thread::available_parallelism().map_or(1, usize::from);
    let mut reports = Vec::new();
    for outcome in walk::check_all(
        &targets,
        &engine,
        CheckOptions {
            fix: false,
            keep_clean_text: false,
            release_text: false,
        },
        jobs,
    ) {
        match outcome {
            Outcome::Checked(r, ..) => reports.push(r),
            Outcome::Skipped => {}
            Outcome::Failed(e) => eprintln!("copydesk: error: {e}"),
        }
    }
    {
        let mut files: Vec<(&str, &mut Vec<Diagnostic>)> = reports
            .iter_mut()
            .map(|r| (r.source.text(), &mut r.diagnostics))
            .collect();
        crate::rules::drop_shared_terms(&mut files);
    }
    let mut words: BTreeMap<String, Reported> = BTreeMap::new();
    for r in &reports {
        for d in &r.diagnostics {
            let Some(text) = r.source.text().get(d.span.range()) else {
                continue;
            };
            let misspelt = d.message.starts_with("misspelt word `");
            if !(misspelt || d.message.starts_with("unknown word `")) {
                continue;
            }
            let entry = words.entry(text.to_lowercase()).or_default();
            entry.count += 1;
            *entry.forms.entry(text.to_string()).or_default() += 1;
            if misspelt {
                entry.misspelling_of = d.suggestions.first().cloned();
            }
        }
    }
    let known: std::collections::HashSet<String> = crate::data::data_lines(&existing)
        .map(|(_, l)| entry_word(l).to_lowercase())
        .collect();
    words.retain(|w, _| !known.contains(w));
    if words.is_empty() {
        return Ok(format!(
            "`typo` reported no word that {} lacks; nothing written",
            file.display()
        ));
    }
    let block = render(&words);
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(&block);
    write_atomically(&file, &text)
        .map_err(|e| format!("{}: cannot write it: {e}", file.display()))?;
    let n = words.len();
    Ok(format!(
        "added {n} word{} to {} for review; delete the lines of real typos before committing",
        if n == 1 { "" } else { "s" },
        file.display()
    ))
}

/// The word of a vocabulary line without its trailing comment.
fn entry_word(line: &str) -> &str {
    crate::spell::strip_comment(line).trim()
}

/// The new entries: a header, then one word per line, sorted, with its count as a comment.
fn render(words: &BTreeMap<String, Reported>) -> String {
    let mut out = String::from(
        "# Added by `copydesk vocab --add-unknown`: words `typo` reported, with how many times.\n\
         # Review them: keep the words that are right here, delete the typos.\n",
    );
    let mut entries: Vec<(&String, &Reported)> = words.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    for (lower, r) in entries {
        // The lower-case form when the text has it (a capital is only a sentence start);
        // else the most common form (a name).
        let form = if r.forms.contains_key(lower) {
            lower.clone()
        } else {
            r.forms
                .iter()
                .max_by_key(|(f, n)| (**n, std::cmp::Reverse((*f).clone())))
                .map_or_else(|| lower.clone(), |(f, _)| f.clone())
        };
        let times = if r.count == 1 {
            "1 time".to_string()
        } else {
            format!("{} times", r.count)
        };
        let _ = match &r.misspelling_of {
            Some(s) => writeln!(
                out,
                "{form}  # {times}; reported as a misspelling of `{s}`: keep only if right"
            ),
            None => writeln!(out, "{form}  # {times}"),
        };
    }
    out
}

/// Writes through a temporary file in the same directory, renamed over the target, so that
/// an interrupted run never leaves half a vocabulary.
fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let dir: PathBuf = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_sorted_with_counts_and_misspellings_marked() {
        let mut words = BTreeMap::new();
        for (w, forms, of) in [
            ("repo", vec![("Repo", 1), ("repo", 3)], None),
            ("devine", vec![("Devine", 2)], Some("divine")),
            ("kanban", vec![("kanban", 1)], None),
        ] {
            words.insert(
                w.to_string(),
                Reported {
                    count: forms.iter().map(|(_, n)| n).sum(),
                    forms: forms.iter().map(|(f, n)| ((*f).to_string(), *n)).collect(),
                    misspelling_of: of.map(str::to_string),
                },
            );
        }
        let out = render(&words);
        let lines: Vec<&str> = out.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            lines,
            [
                "Devine  # 2 times; reported as a misspelling of `divine`: keep only if right",
                "kanban  # 1 time",
                "repo  # 4 times",
            ]
        );
    }

    #[test]
    fn a_trailing_comment_is_not_part_of_the_word() {
        assert_eq!(entry_word("kanban  # 3 times"), "kanban");
        assert_eq!(entry_word("C#"), "C#");
        assert_eq!(entry_word("Atambayev"), "Atambayev");
    }
}
