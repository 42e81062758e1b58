//! Finding the files to check and checking them in parallel. A file that cannot be read or
//! decoded becomes an [`InputError`]; the others are still checked.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::doc::Format;
use crate::engine::{Checked, Engine, LeftOut};
use crate::fix;
use crate::lang::Language;
use crate::report::FileReport;
use crate::rules::TermEvidence;
use crate::source::{DecodeError, SourceFile};

/// A path that could not be checked, with why.
#[derive(Debug)]
pub struct InputError {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// A file to check.
#[derive(Clone, Debug)]
pub struct Target {
    pub path: PathBuf,
    /// Named on the command line (read whatever its extension), not found by walking.
    pub explicit: bool,
}

/// Expands the command-line paths: files as they are, directories walked (honouring
/// `.gitignore`, hidden files and the config's `exclude`) for the formats copydesk reads.
pub fn collect(paths: &[PathBuf], config: &Config) -> (Vec<Target>, Vec<InputError>) {
    let mut targets = Vec::new();
    let mut errors = Vec::new();
    let overrides = exclude_overrides(config);
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                errors.push(InputError {
                    path: display(path),
                    message: io_message(&e),
                });
                continue;
            }
        };
        if !meta.is_dir() && !meta.is_file() {
            // A named pipe would block until a writer comes, a device may never end: only
            // regular files are read (standard input is `-`).
            errors.push(InputError {
                path: display(path),
                message: format!(
                    "not a regular file ({}); to check what it gives, pipe it in with `-`",
                    special_kind(meta.file_type())
                ),
            });
            continue;
        }
        if !meta.is_dir() {
            targets.push(Target {
                path: path.clone(),
                explicit: true,
            });
            continue;
        }
        let mut walk = ignore::WalkBuilder::new(path);
        walk.require_git(false);
        if let Some(o) = &overrides {
            walk.overrides(o.clone());
        }
        let mut found = Vec::new();
        for entry in walk.build() {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    if Format::from_path(e.path()).is_some() {
                        found.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(e) => errors.push(InputError {
                    path: display(path),
                    message: e.to_string(),
                }),
            }
        }
        found.sort();
        targets.extend(found.into_iter().map(|path| Target {
            path,
            explicit: false,
        }));
    }
    (targets, errors)
}

#[cfg(unix)]
fn special_kind(t: std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "not a file or directory"
    }
}

#[cfg(not(unix))]
fn special_kind(_: std::fs::FileType) -> &'static str {
    "not a file or directory"
}

fn exclude_overrides(config: &Config) -> Option<ignore::overrides::Override> {
    if config.exclude.is_empty() {
        return None;
    }
    let mut b = ignore::overrides::OverrideBuilder::new(config.base_dir());
    for glob in &config.exclude {
        // Checked when the config was loaded.
        let _ = b.add(&format!("!{glob}"));
    }
    b.build().ok()
}

/// What checking one file gave.
pub enum Outcome {
    /// The file's report, per rule how many findings were left out over the cap, the
    /// file's language when it is not English and English-only rules were skipped, and what
    /// the evidence across files (`rules::drop_shared_terms_by`) reads of its text.
    Checked(
        FileReport,
        Vec<LeftOut>,
        Option<Language>,
        Box<TermEvidence>,
    ),
    /// A walked file with no extension that turned out not to be text: not an article.
    Skipped,
    Failed(InputError),
}

/// Options for checking files.
#[derive(Clone, Copy, Debug, Default)]
pub struct CheckOptions {
    /// Apply safe fixes and write the files back.
    pub fix: bool,
    /// Keep the text of files with no findings (the HTML report shows every article);
    /// otherwise it is let go as soon as the file is checked, so memory does not grow with
    /// the number of clean files.
    pub keep_clean_text: bool,
    /// Let go of the text of files with findings too once they are checked, keeping only
    /// its length, hash and the positions the findings point at
    /// ([`SourceFile::release`]): the output reads the file again when it is written
    /// (`report::Reread`). Not with `fix`.
    pub release_text: bool,
}

/// Whether the targets are one file small enough to be checked whole, on the calling
/// thread. A larger file is checked in sections, as many at once as the pool it runs in has
/// threads (`--jobs`); outside a pool that would be every core. (A file of `SECTION` bytes
/// decodes to less than the `2 * SECTION` a whole check takes, even from UTF-16.)
fn alone(targets: &[Target]) -> bool {
    matches!(targets, [t] if std::fs::metadata(&t.path)
        .is_ok_and(|m| m.len() <= crate::engine::SECTION as u64))
}

/// Checks the targets on `jobs` threads; the outcomes come back in target order.
pub fn check_all(
    targets: &[Target],
    engine: &Engine,
    opts: CheckOptions,
    jobs: usize,
) -> Vec<Outcome> {
    // One short file: no pool. Starting its threads costs more than checking an article,
    // and the memory a worker thread allocates comes from an arena of its own.
    if alone(targets) {
        return targets
            .iter()
            .map(|t| check_target(t, engine, opts))
            .collect();
    }
    let run = || {
        targets
            .par_iter()
            .map(|t| check_target(t, engine, opts))
            .collect()
    };
    match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    }
}

/// Checks the targets on `jobs` threads and hands each outcome to `each` on the calling
/// thread as soon as it is ready, in no particular order: nothing is collected, so memory
/// stays flat however many files there are (at most a few outcomes wait in the queue).
pub fn check_each(
    targets: &[Target],
    engine: &Engine,
    opts: CheckOptions,
    jobs: usize,
    mut each: impl FnMut(Outcome),
) {
    if alone(targets) {
        for t in targets {
            each(check_target(t, engine, opts));
        }
        return;
    }
    let (tx, rx) = std::sync::mpsc::sync_channel(jobs.max(1) * 4);
    std::thread::scope(|s| {
        s.spawn(move || {
            let run = || {
                targets.par_iter().for_each_with(tx, |tx, t| {
                    // The receiver lives until every sender is gone.
                    let _ = tx.send(check_target(t, engine, opts));
                });
            };
            match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
                Ok(pool) => pool.install(run),
                Err(_) => run(),
            }
        });
        for outcome in rx {
            each(outcome);
        }
    });
}

fn check_target(t: &Target, engine: &Engine, opts: CheckOptions) -> Outcome {
    let bytes = match std::fs::read(&t.path) {
        Ok(b) => b,
        Err(e) => {
            return Outcome::Failed(InputError {
                path: display(&t.path),
                message: io_message(&e),
            });
        }
    };
    let format = Format::from_path(&t.path).unwrap_or(Format::Plain);
    // --fix compares the file with what was read before writing; only then keep a copy.
    let original = if opts.fix { bytes.clone() } else { Vec::new() };
    let source = match SourceFile::decode(t.path.clone(), bytes) {
        Ok(s) => s,
        Err(DecodeError::Binary { .. }) if !t.explicit && t.path.extension().is_none() => {
            return Outcome::Skipped;
        }
        Err(e) => {
            return Outcome::Failed(InputError {
                path: display(&t.path),
                message: e.to_string(),
            });
        }
    };
    let checked = engine.check_file(&source, format);
    if !opts.fix {
        let language = checked.skipped_language;
        let report = FileReport {
            source,
            diagnostics: checked.diagnostics,
        };
        return finish(report, checked.left_out, language, opts);
    }
    let language = checked.skipped_language;
    match fix_file(&t.path, &original, source, checked, engine, format) {
        Ok((report, left_out)) => finish(report, left_out, language, opts),
        Err(e) => Outcome::Failed(e),
    }
}

/// The outcome of a checked file, with its text let go when it is no longer needed: at
/// once for a file with no findings (unless `keep_clean_text`), after reading what the
/// output needs for one with findings under `release_text`.
fn finish(
    report: FileReport,
    left_out: Vec<LeftOut>,
    language: Option<Language>,
    opts: CheckOptions,
) -> Outcome {
    let FileReport {
        source,
        mut diagnostics,
    } = report;
    let evidence = Box::new(TermEvidence::of(source.text(), &diagnostics));
    // (Under `fix` every text is kept, as it was written.)
    let source = if opts.fix {
        source
    } else if diagnostics.is_empty() {
        if opts.keep_clean_text {
            source
        } else {
            source.with_text(String::new())
        }
    } else if opts.release_text {
        // Kept until every file is checked: no spare capacity, in the list or in any
        // finding's strings and lists.
        diagnostics.shrink_to_fit();
        for d in &mut diagnostics {
            d.trim();
        }
        source.release(offsets(&diagnostics))
    } else {
        source
    };
    Outcome::Checked(
        FileReport {
            source,
            diagnostics,
        },
        left_out,
        language,
        evidence,
    )
}

/// Every offset the findings point at: their spans, labels and edits, start and end.
fn offsets(diagnostics: &[crate::diagnostic::Diagnostic]) -> Vec<usize> {
    let mut out = Vec::new();
    for d in diagnostics {
        out.extend([d.span.start(), d.span.end()]);
        for l in &d.labels {
            out.extend([l.span.start(), l.span.end()]);
        }
        for e in d.fix.iter().flat_map(|f| &f.edits) {
            out.extend([e.span.start(), e.span.end()]);
        }
    }
    out
}

/// Applies safe fixes to the text until none is left (a fix can uncover another), checking
/// again after each round: what `--fix` writes and `--diff` shows. Returns the fixed source,
/// its findings, and whether anything changed.
pub fn fix_in_memory(
    mut source: SourceFile,
    mut checked: Checked,
    engine: &Engine,
    format: Format,
) -> (SourceFile, Checked, bool) {
    let mut changed = false;
    for _ in 0..8 {
        let (text, applied) = fix::apply(source.text(), &checked.diagnostics);
        if applied == 0 || text == source.text() {
            break;
        }
        changed = true;
        source = source.with_text(text);
        checked = engine.check_file(&source, format);
    }
    (source, checked, changed)
}

/// Applies safe fixes (see [`fix_in_memory`]), writes the file once, and reports what
/// remains.
fn fix_file(
    path: &Path,
    original: &[u8],
    source: SourceFile,
    checked: Checked,
    engine: &Engine,
    format: Format,
) -> Result<(FileReport, Vec<LeftOut>), InputError> {
    let (source, checked, changed) = fix_in_memory(source, checked, engine, format);
    if changed {
        fix::write_atomically(path, original, source.text(), source.encoding()).map_err(|e| {
            InputError {
                path: display(path),
                message: e.to_string(),
            }
        })?;
    }
    Ok((
        FileReport {
            source,
            diagnostics: checked.diagnostics,
        },
        checked.left_out,
    ))
}

/// Checks text read from standard input.
pub fn check_stdin(
    bytes: Vec<u8>,
    name: Option<&Path>,
    engine: &Engine,
) -> Result<(FileReport, Vec<LeftOut>, Option<Language>), InputError> {
    let path = name.map_or_else(|| PathBuf::from("<stdin>"), Path::to_path_buf);
    let format = name.and_then(Format::from_path).unwrap_or(Format::Plain);
    let source = SourceFile::decode(path.clone(), bytes).map_err(|e| InputError {
        path: display(&path),
        message: e.to_string(),
    })?;
    let checked = engine.check_file(&source, format);
    Ok((
        FileReport {
            source,
            diagnostics: checked.diagnostics,
        },
        checked.left_out,
        checked.skipped_language,
    ))
}

fn display(path: &Path) -> String {
    let s = path.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied; cannot read it".to_string(),
        _ => e.to_string(),
    }
}
