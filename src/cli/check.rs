use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use super::{CheckArgs, EXIT_ERROR, OutputFormat, broken_pipe, use_color};
use crate::baseline::Baseline;
use crate::config::{Config, FailOn};
use crate::engine::{Engine, LeftOut, MAX_PER_RULE};
use crate::lang::Language;
use crate::report::{self, FileReport, Reread, Texts};
use crate::rules::TermEvidence;
use crate::walk::{self, CheckOptions, InputError, Outcome};

pub(super) fn run(args: &CheckArgs) -> ExitCode {
    let config = match super::load_config(args.config.as_deref()) {
        Ok(mut c) => {
            if args.date.is_some() {
                c.date.clone_from(&args.date);
            }
            c
        }
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let engine = match Engine::new(&config, &args.select, &args.ignore) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && args.fix {
        eprintln!(
            "copydesk: error: --fix cannot write back to standard input; name the file instead"
        );
        return ExitCode::from(EXIT_ERROR);
    }
    let files: Vec<_> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let (mut targets, mut errors) = walk::collect(&files, &config);
    // The baseline is not an article, whatever its name: never check it.
    for b in [&args.baseline, &args.write_baseline].into_iter().flatten() {
        if let Ok(b) = std::fs::canonicalize(b) {
            targets.retain(|t| std::fs::canonicalize(&t.path).map_or(true, |p| p != b));
        }
    }
    let jobs = args
        .jobs
        .filter(|&j| j > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let mut reports: Vec<FileReport> = Vec::new();
    let mut left_out: Vec<(String, LeftOut)> = Vec::new();
    let mut skipped: Vec<Language> = Vec::new();
    // The HTML report shows every article whole and --fix writes every file: they keep
    // the text. Otherwise only the findings are kept, with the positions they point at,
    // and a file is read again where the output reads its text (`report::Reread`); one
    // file alone is kept, since reading it twice would gain nothing.
    let keep_text = targets.len() < 2 || args.format == OutputFormat::Html || args.fix;
    let opts = CheckOptions {
        fix: args.fix,
        keep_clean_text: args.format == OutputFormat::Html,
        release_text: !keep_text,
    };
    if args.quiet && args.baseline.is_none() && args.write_baseline.is_none() {
        let fail_on = args.fail_on.or(config.fail_on).unwrap_or(FailOn::Error);
        // Each file is let go as soon as its findings are counted: nothing to release.
        let opts = CheckOptions {
            release_text: false,
            ..opts
        };
        return run_quiet(args, &targets, errors, &engine, opts, jobs, fail_on);
    }
    let outcomes = walk::check_all(&targets, &engine, opts, jobs);
    // Sized once: grown by doubling, the lists kept until the output is written would hold
    // up to twice the room they need, beside the outcomes they are moved from.
    reports.reserve_exact(outcomes.len() + usize::from(stdin));
    let mut evidence: Vec<TermEvidence> = Vec::with_capacity(reports.capacity());
    for outcome in outcomes {
        match outcome {
            Outcome::Checked(r, left, language, terms) => {
                left_out.extend(left.into_iter().map(|l| (r.source.name().to_string(), l)));
                skipped.extend(language);
                reports.push(r);
                evidence.push(*terms);
            }
            Outcome::Skipped => {}
            Outcome::Failed(e) => errors.push(e),
        }
    }
    if stdin {
        let mut bytes = Vec::new();
        match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => match walk::check_stdin(bytes, args.stdin_filename.as_deref(), &engine) {
                Ok((r, left, language)) => {
                    left_out.extend(left.into_iter().map(|l| (r.source.name().to_string(), l)));
                    skipped.extend(language);
                    evidence.push(TermEvidence::of(r.source.text(), &r.diagnostics));
                    reports.push(r);
                }
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(InputError {
                path: "<stdin>".into(),
                message: e.to_string(),
            }),
        }
    }
    {
        // The evidence across files, read from what each file kept of its text.
        let mut files: Vec<(&TermEvidence, &mut Vec<_>)> = evidence
            .iter()
            .zip(reports.iter_mut().map(|r| &mut r.diagnostics))
            .collect();
        crate::rules::drop_shared_terms_by(&mut files);
    }
    drop(evidence);
    reports.sort_by(|a, b| a.source.name().cmp(b.source.name()));
    for e in &errors {
        eprintln!("copydesk: error: {e}");
    }
    if !args.quiet {
        for (path, l) in &left_out {
            eprintln!(
                "copydesk: note: {path}: {} more `{}` finding{} left out (at most {MAX_PER_RULE} per rule and file are reported)",
                l.count,
                l.rule,
                if l.count == 1 { "" } else { "s" }
            );
        }
    }
    if !args.quiet
        && let Some(note) = languages_note(&skipped)
    {
        eprintln!("copydesk: {note}");
    }
    // Files whose text was let go are read again where the output or the baseline reads
    // their text (the human output a bounded batch at a time on `jobs` threads, the others
    // one at a time); the other formats need only the positions kept with them.
    let mut texts = Reread {
        jobs,
        ..Reread::default()
    };
    if let Some(path) = &args.write_baseline {
        let code = write_baseline(path, &reports, args.quiet, errors.is_empty(), &mut texts);
        print_notes(&texts);
        return code;
    }
    let baseline_summary = match &args.baseline {
        Some(path) => match Baseline::load(path) {
            Ok(b) => {
                let ids: Vec<&str> = engine.rule_ids().collect();
                // A house-style data rule (`house/…`) ran when house-style did.
                let ran = |id: &str| {
                    ids.contains(&id) || (id.contains('/') && ids.contains(&"house-style"))
                };
                Some(b.filter_with(&mut reports, &ran, &mut texts).summary(path))
            }
            Err(e) => {
                eprintln!("copydesk: error: {e}");
                return ExitCode::from(EXIT_ERROR);
            }
        },
        None => None,
    };
    let written = if args.quiet {
        Ok(())
    } else if args.diff {
        write_diff(&reports, &engine, &mut texts)
    } else {
        write_output(args, &reports, &engine, &config, &mut texts)
    };
    print_notes(&texts);
    if let Err(e) = written
        && !broken_pipe(&e)
    {
        eprintln!("copydesk: error: cannot write the output: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    if let Some(summary) = baseline_summary
        && !args.quiet
    {
        eprintln!("copydesk: {summary}");
    }
    if !errors.is_empty() {
        return ExitCode::from(EXIT_ERROR);
    }
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or(FailOn::Error);
    let failed = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| fail_on.fails(d.severity));
    ExitCode::from(u8::from(failed))
}

/// `--quiet` (no baseline): only the exit code is wanted, so each file's findings are
/// folded into it as the file is checked and then let go — memory stays flat in the number
/// of files. The exit code is the one the full run gives: unknown words reported in
/// [`SHARED_TERM_FILES`] or more files, or in two on different lines, are terms, not
/// failures, as `drop_shared_terms` has it.
fn run_quiet(
    args: &CheckArgs,
    targets: &[walk::Target],
    mut errors: Vec<InputError>,
    engine: &Engine,
    opts: CheckOptions,
    jobs: usize,
    fail_on: FailOn,
) -> ExitCode {
    let mut verdict = QuietVerdict::default();
    let mut failed = Vec::new();
    walk::check_each(targets, engine, opts, jobs, |outcome| match outcome {
        Outcome::Checked(r, ..) => verdict.add(&r, fail_on),
        Outcome::Skipped => {}
        Outcome::Failed(e) => failed.push(e),
    });
    // In path order, as the full run names them, whichever thread finished first.
    failed.sort_by(|a, b| a.path.cmp(&b.path));
    errors.extend(failed);
    if args.paths.iter().any(|p| p.as_os_str() == "-") {
        let mut bytes = Vec::new();
        match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => match walk::check_stdin(bytes, args.stdin_filename.as_deref(), engine) {
                Ok((r, ..)) => verdict.add(&r, fail_on),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(InputError {
                path: "<stdin>".into(),
                message: e.to_string(),
            }),
        }
    }
    for e in &errors {
        eprintln!("copydesk: error: {e}");
    }
    if !errors.is_empty() {
        return ExitCode::from(EXIT_ERROR);
    }
    ExitCode::from(u8::from(verdict.failed()))
}

/// Whether any finding fails the run, gathered file by file.
#[derive(Default)]
struct QuietVerdict {
    /// A finding that fails and that no other file can take back.
    failed: bool,
    /// Per unknown word (its `term_key`): in how many files it was reported, whether any of
    /// those findings fails, and the keys of the different lines it stands on.
    unknown: HashMap<String, (usize, bool, Vec<u64>)>,
}

impl QuietVerdict {
    fn add(&mut self, r: &FileReport, fail_on: FailOn) {
        let mut seen: Vec<String> = Vec::new();
        for d in &r.diagnostics {
            let fails = fail_on.fails(d.severity);
            match crate::rules::unknown_word(r.source.text(), d) {
                Some(w) => {
                    let key = crate::rules::term_key(w);
                    let e = self.unknown.entry(key.clone()).or_default();
                    if !seen.contains(&key) {
                        seen.push(key);
                        e.0 += 1;
                    }
                    e.1 |= fails;
                    let line = crate::rules::line_key(r.source.text(), d);
                    if !e.2.contains(&line) {
                        e.2.push(line);
                    }
                }
                None => self.failed |= fails,
            }
        }
    }

    fn failed(&self) -> bool {
        self.failed
            || self.unknown.values().any(|(files, fails, lines)| {
                *fails && !crate::rules::shared_term(*files, lines.len())
            })
    }
}

fn write_output(
    args: &CheckArgs,
    reports: &[FileReport],
    engine: &Engine,
    config: &Config,
    texts: &mut Reread,
) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        OutputFormat::Human => {
            report::human::write_from(&mut out, reports, use_color(args.color), texts)?;
        }
        OutputFormat::Json => report::json::write_from(&mut out, reports, texts)?,
        OutputFormat::Jsonl => report::json::write_lines(&mut out, reports)?,
        OutputFormat::Sarif => {
            let rules = report::sarif::RuleInfo::for_run(engine.rule_ids(), config);
            report::sarif::write_run_from(&mut out, reports, &rules, texts)?;
        }
        OutputFormat::Github => report::github::write(&mut out, reports)?,
        OutputFormat::Html => report::html::write(&mut out, reports)?,
        OutputFormat::Checkstyle => report::checkstyle::write(&mut out, reports)?,
        OutputFormat::Rdjson => report::rdjson::write_from(&mut out, reports, texts)?,
    }
    out.flush()
}

/// The files that changed (or went) between the check and the output.
fn print_notes(texts: &Reread) {
    for note in &texts.notes {
        eprintln!("copydesk: note: {note}");
    }
}

/// `--diff`: each file's safe fixes as a unified diff, nothing written.
fn write_diff(reports: &[FileReport], engine: &Engine, texts: &mut Reread) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for r in reports {
        // A file with no findings when checked has no fixes (and no text kept); one whose
        // findings the baseline hid still has its fixes.
        if r.diagnostics.is_empty() && r.source.text().is_empty() && !r.source.is_released() {
            continue;
        }
        texts.with(r, &mut |r| {
            if let Some(diff) = crate::diff::of_report(r, engine) {
                out.write_all(diff.as_bytes())?;
            }
            Ok(())
        })?;
    }
    out.flush()
}

/// `--write-baseline`: records the findings and exits 0 (2 when a file could not be checked,
/// since its findings are then missing from the baseline).
fn write_baseline(
    path: &Path,
    reports: &[FileReport],
    quiet: bool,
    complete: bool,
    texts: &mut Reread,
) -> ExitCode {
    let baseline = Baseline::from_reports_with(reports, texts);
    if let Err(e) = write_file(path, &baseline.to_text()) {
        eprintln!(
            "copydesk: error: {}: cannot write the baseline: {e}",
            path.display()
        );
        return ExitCode::from(EXIT_ERROR);
    }
    if !quiet {
        let n = baseline.entries.len();
        eprintln!(
            "copydesk: wrote {n} finding{} to the baseline {}",
            if n == 1 { "" } else { "s" },
            path.display()
        );
    }
    if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_ERROR)
    }
}

/// Writes through a temporary file in the same directory, renamed over the target, so that
/// an interrupted run never leaves half a baseline.
fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(text.as_bytes())?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// "1 file in Spanish, 2 in French: English rules skipped", most files first.
fn languages_note(skipped: &[Language]) -> Option<String> {
    let mut counts: Vec<(Language, usize)> = Vec::new();
    for l in skipped {
        match counts.iter_mut().find(|(c, _)| c == l) {
            Some((_, n)) => *n += 1,
            None => counts.push((*l, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.name().cmp(b.0.name())));
    let parts: Vec<String> = counts
        .iter()
        .enumerate()
        .map(|(i, (l, n))| match (i, n) {
            (0, 1) => format!("1 file in {}", l.name()),
            (0, n) => format!("{n} files in {}", l.name()),
            (_, n) => format!("{n} in {}", l.name()),
        })
        .collect();
    (!parts.is_empty()).then(|| format!("{}: English rules skipped", parts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_languages_note_counts_files_per_language() {
        let es = Language::parse("es").unwrap();
        let fr = Language::parse("fr").unwrap();
        assert_eq!(languages_note(&[]), None);
        assert_eq!(
            languages_note(&[es]).as_deref(),
            Some("1 file in Spanish: English rules skipped")
        );
        assert_eq!(
            languages_note(&[fr, es, fr]).as_deref(),
            Some("2 files in French, 1 in Spanish: English rules skipped")
        );
    }
}
