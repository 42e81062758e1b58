//! The rustc-like rendering, through codespan-reporting (its only user).

use std::io::{self, Write};
use std::ops::Range;

use codespan_reporting::diagnostic::{self as cs, LabelStyle};
use codespan_reporting::files::{self, Files};
use codespan_reporting::term::termcolor::{Buffer, ColorSpec, WriteColor};
use codespan_reporting::term::{self, Config};

use super::{FileReport, Totals};
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceFile;

/// One file as codespan-reporting sees it; line breaks include lone CRs.
struct One<'a>(&'a SourceFile);

impl<'a> Files<'a> for One<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.0.name())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.0.text())
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, files::Error> {
        Ok(self.0.line_index(byte_index))
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, files::Error> {
        if line_index >= self.0.line_starts().len() {
            return Err(files::Error::LineTooLarge {
                given: line_index,
                max: self.0.line_starts().len() - 1,
            });
        }
        Ok(self.0.line_range(line_index))
    }
}

fn to_codespan(d: &Diagnostic) -> cs::Diagnostic<()> {
    let severity = match d.severity {
        Severity::Error => cs::Severity::Error,
        Severity::Warning => cs::Severity::Warning,
        Severity::Info => cs::Severity::Note,
    };
    let mut labels = vec![cs::Label::new(LabelStyle::Primary, (), d.span.range())];
    labels.extend(d.labels.iter().map(|l| {
        cs::Label::new(LabelStyle::Secondary, (), l.span.range()).with_message(&l.message)
    }));
    let mut notes = Vec::new();
    match d.suggestions.as_slice() {
        [] => {}
        [one] => notes.push(format!("help: did you mean `{one}`?")),
        many => notes.push(format!(
            "help: did you mean {}?",
            many.iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
    if let Some(h) = &d.help
        && d.suggestions.is_empty()
    {
        notes.push(format!("help: {h}"));
    }
    cs::Diagnostic::new(severity)
        .with_code(d.rule)
        .with_message(&d.message)
        .with_labels(labels)
        .with_notes(notes)
}

/// Renders the findings of one file into a buffer (so files checked in parallel print whole).
pub fn render_file(report: &FileReport, color: bool) -> Vec<u8> {
    let mut buf = if color {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    let config = Config::default();
    let files = One(&report.source);
    for d in &report.diagnostics {
        // A span past the end cannot happen for our own rules; render nothing rather than fail.
        let _ = term::emit_to_write_style(&mut buf, &config, &files, &to_codespan(d));
    }
    buf.into_inner()
}

/// Writes every report and the closing summary.
pub fn write(out: &mut dyn Write, reports: &[FileReport], color: bool) -> io::Result<()> {
    for r in reports {
        out.write_all(&render_file(r, color))?;
    }
    let summary = Totals::of(reports).summary();
    if color {
        let mut b = Buffer::ansi();
        b.set_color(ColorSpec::new().set_bold(true))?;
        write!(b, "{summary}")?;
        b.reset()?;
        writeln!(b)?;
        out.write_all(b.as_slice())?;
    } else {
        writeln!(out, "{summary}")?;
    }
    Ok(())
}
