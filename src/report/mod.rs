//! Rendering findings. Every format serialises the same [`Diagnostic`]s; writers are given an
//! `io::Write` and never touch stdout themselves.

/// `pub fn $name(out, reports)`: the writer `$from` handed the texts the reports keep
/// ([`Kept`]); `$from` is the same writer for reports whose texts may have been let go.
macro_rules! kept_texts_writer {
    ($(#[$doc:meta])* $name:ident => $from:ident) => {
        $(#[$doc])*
        pub fn $name(
            out: &mut dyn std::io::Write,
            reports: &[$crate::report::FileReport],
        ) -> std::io::Result<()> {
            $from(out, reports, &mut $crate::report::Kept)
        }
    };
}

pub mod checkstyle;
pub mod compact;
pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod rdjson;
pub mod sarif;
pub mod suppressions;

use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// One checked file with its findings.
pub struct FileReport {
    pub source: SourceFile,
    pub diagnostics: Vec<Diagnostic>,
}

/// Hands each report to a writer with its text: reports hold it ([`Kept`]), or a report
/// whose text was let go after the check ([`SourceFile::release`]) has its file read again
/// ([`Reread`]), one file at a time, so that writing never holds more than one text.
pub trait Texts {
    /// Calls `f` with `r`, its text at hand when it can be had.
    fn with(
        &mut self,
        r: &FileReport,
        f: &mut dyn FnMut(&FileReport) -> std::io::Result<()>,
    ) -> std::io::Result<()>;

    /// Writes `render` of each report with findings to `out`, in order. Renderings are
    /// independent of one another, so a [`Reread`] with several jobs makes them on its
    /// threads, a bounded batch of files at a time.
    fn write_each(
        &mut self,
        reports: &[FileReport],
        render: &(dyn Fn(&FileReport) -> Vec<u8> + Sync),
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        each_in_turn(self, reports, render, out)
    }
}

/// [`Texts::write_each`] on the calling thread, one file after another.
fn each_in_turn<T: Texts + ?Sized>(
    texts: &mut T,
    reports: &[FileReport],
    render: &(dyn Fn(&FileReport) -> Vec<u8> + Sync),
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    for r in reports.iter().filter(|r| !r.diagnostics.is_empty()) {
        texts.with(r, &mut |r| out.write_all(&render(r)))?;
    }
    Ok(())
}

/// The reports hold their text.
pub struct Kept;

impl Texts for Kept {
    fn with(
        &mut self,
        r: &FileReport,
        f: &mut dyn FnMut(&FileReport) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        f(r)
    }
}

/// Reads a released file again, checking that it is still what was checked; when it
/// changed or cannot be read, the writer gets the report without its text (positions
/// still right, no excerpts) and [`Reread::notes`] says so, naming the file.
#[derive(Default)]
pub struct Reread {
    pub notes: Vec<String>,
    /// Threads to render on ([`Texts::write_each`]); 0 or 1 renders on the calling thread.
    pub jobs: usize,
}

/// Files rendered at once by [`Reread::write_each`]: the texts and renderings of one batch
/// are all that is held.
const RENDER_BATCH: usize = 64;

impl Reread {
    /// A copy of `r` with its text read again when it was let go (`None`: use `r` as it
    /// is), and the note to give when that failed.
    fn reread(r: &FileReport) -> (Option<FileReport>, Option<String>) {
        if !r.source.is_released() {
            return (None, None);
        }
        match r.source.reread() {
            Ok(source) => (
                Some(FileReport {
                    source,
                    diagnostics: r.diagnostics.clone(),
                }),
                None,
            ),
            Err(e) => (
                None,
                Some(format!(
                    "{}: {e}; its findings are shown without the text around them \
                     (check it again to see them in context)",
                    r.source.name()
                )),
            ),
        }
    }
}

impl Texts for Reread {
    fn with(
        &mut self,
        r: &FileReport,
        f: &mut dyn FnMut(&FileReport) -> std::io::Result<()>,
    ) -> std::io::Result<()> {
        let (again, note) = Reread::reread(r);
        self.notes.extend(note);
        f(again.as_ref().unwrap_or(r))
    }

    fn write_each(
        &mut self,
        reports: &[FileReport],
        render: &(dyn Fn(&FileReport) -> Vec<u8> + Sync),
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        use rayon::prelude::*;
        let pool = (self.jobs > 1)
            .then(|| {
                rayon::ThreadPoolBuilder::new()
                    .num_threads(self.jobs)
                    .build()
                    .ok()
            })
            .flatten();
        let Some(pool) = pool else {
            return each_in_turn(self, reports, render, out);
        };
        let with_findings: Vec<&FileReport> = reports
            .iter()
            .filter(|r| !r.diagnostics.is_empty())
            .collect();
        for batch in with_findings.chunks(RENDER_BATCH) {
            let done: Vec<(Vec<u8>, Option<String>)> = pool.install(|| {
                batch
                    .par_iter()
                    .map(|r| {
                        let (again, note) = Reread::reread(r);
                        (render(again.as_ref().unwrap_or(r)), note)
                    })
                    .collect()
            });
            for (bytes, note) in done {
                self.notes.extend(note);
                out.write_all(&bytes)?;
            }
        }
        Ok(())
    }
}

/// Counts for the closing summary.
#[derive(Clone, Copy, Debug, Default)]
pub struct Totals {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub files_with_findings: usize,
    pub files_checked: usize,
}

impl Totals {
    pub fn of(reports: &[FileReport]) -> Totals {
        let mut t = Totals {
            files_checked: reports.len(),
            ..Totals::default()
        };
        for r in reports {
            if !r.diagnostics.is_empty() {
                t.files_with_findings += 1;
            }
            for d in &r.diagnostics {
                match d.severity {
                    Severity::Error => t.errors += 1,
                    Severity::Warning => t.warnings += 1,
                    Severity::Info => t.infos += 1,
                }
            }
        }
        t
    }

    /// "3 errors, 1 warning in 2 files (5 checked)".
    pub fn summary(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let files = plural(self.files_checked, "file", "files");
        if self.errors + self.warnings + self.infos == 0 {
            return format!("no problems found in {files}");
        }
        let mut parts = Vec::new();
        if self.errors > 0 {
            parts.push(plural(self.errors, "error", "errors"));
        }
        if self.warnings > 0 {
            parts.push(plural(self.warnings, "warning", "warnings"));
        }
        if self.infos > 0 {
            parts.push(plural(self.infos, "note", "notes"));
        }
        format!(
            "{} in {} ({} checked)",
            parts.join(", "),
            plural(self.files_with_findings, "file", "files"),
            self.files_checked
        )
    }
}

#[cfg(test)]
mod tests;
