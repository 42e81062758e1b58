//! The rustc-like rendering, through codespan-reporting (its only user).

use std::io::{self, Write};
use std::ops::Range;

use codespan_reporting::diagnostic::{self as cs, LabelStyle};
use codespan_reporting::files::{self, Files};
use codespan_reporting::term::termcolor::{Buffer, ColorSpec, WriteColor};
use codespan_reporting::term::{self, Config};

use super::{FileReport, Kept, Texts, Totals};
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

/// Lines longer than this are shown as a window around the finding: a 100 MB line printed
/// once per finding would take minutes and gigabytes.
const LONG_LINE: usize = 1_000;

/// Bytes of context either side of a finding in a long line.
const CONTEXT: usize = 80;

/// A piece of the file around a finding on a long line, with the real line and column
/// numbers.
struct Window<'a> {
    file: &'a SourceFile,
    /// Where the piece starts in the file.
    start: usize,
    text: &'a str,
    /// Starts of the lines in the piece, relative to it.
    line_starts: Vec<usize>,
}

impl<'a> Window<'a> {
    /// The window and the finding shifted into it, when the finding is on a long line;
    /// secondary labels too far away to share the window are left out.
    fn around(file: &'a SourceFile, d: &Diagnostic) -> Option<(Window<'a>, Diagnostic)> {
        let long = |offset: usize| file.line_range(file.line_index(offset)).len() > LONG_LINE;
        if !long(d.span.start()) && !long(d.span.end()) {
            return None;
        }
        let text = file.text();
        let near = |s: crate::span::Span| {
            s.start() + LONG_LINE >= d.span.start() && s.end() <= d.span.end() + LONG_LINE
        };
        let labels: Vec<_> = d.labels.iter().filter(|l| near(l.span)).cloned().collect();
        let lo = labels
            .iter()
            .map(|l| l.span.start())
            .fold(d.span.start(), usize::min);
        let hi = labels
            .iter()
            .map(|l| l.span.end())
            .fold(d.span.end(), usize::max);
        let start = text.floor_char_boundary(lo.saturating_sub(CONTEXT));
        let end = text.ceil_char_boundary((hi + CONTEXT).min(text.len()));
        let piece = &text[start..end];
        let mut line_starts = vec![0];
        let bytes = piece.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        let shift =
            |s: crate::span::Span| crate::span::Span::new(s.start() - start, s.end() - start);
        let mut shown = d.clone();
        shown.span = shift(d.span);
        shown.labels = labels
            .into_iter()
            .map(|mut l| {
                l.span = shift(l.span);
                l
            })
            .collect();
        let window = Window {
            file,
            start,
            text: piece,
            line_starts,
        };
        Some((window, shown))
    }
}

impl<'a> Files<'a> for Window<'a> {
    type FileId = ();
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.file.name())
    }

    fn source(&'a self, (): ()) -> Result<&'a str, files::Error> {
        Ok(self.text)
    }

    fn line_index(&'a self, (): (), byte_index: usize) -> Result<usize, files::Error> {
        Ok(self.line_starts.partition_point(|&s| s <= byte_index) - 1)
    }

    fn line_range(&'a self, (): (), line_index: usize) -> Result<Range<usize>, files::Error> {
        let Some(&start) = self.line_starts.get(line_index) else {
            return Err(files::Error::LineTooLarge {
                given: line_index,
                max: self.line_starts.len() - 1,
            });
        };
        let mut end = self
            .line_starts
            .get(line_index + 1)
            .map_or(self.text.len(), |&e| e);
        let bytes = self.text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        Ok(start..end)
    }

    fn line_number(&'a self, (): (), line_index: usize) -> Result<usize, files::Error> {
        let at = self.start + self.line_starts.get(line_index).copied().unwrap_or(0);
        Ok(self.file.line_index(at) + 1)
    }

    fn column_number(
        &'a self,
        (): (),
        _line_index: usize,
        byte_index: usize,
    ) -> Result<usize, files::Error> {
        Ok(self.file.line_col(self.start + byte_index).1)
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
        .with_code(d.rule.as_str())
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
    if report.source.is_released() {
        // The file changed after it was checked: where, without the text.
        for d in &report.diagnostics {
            let (line, col) = report.source.line_col(d.span.start());
            let mut shown = to_codespan(d);
            shown.labels.clear();
            shown.notes.insert(
                0,
                format!(
                    "at {}:{line}:{col} (no excerpt: the file changed after it was checked)",
                    report.source.name()
                ),
            );
            let _ = term::emit_to_write_style(&mut buf, &config, &files, &shown);
        }
        return buf.into_inner();
    }
    for d in &report.diagnostics {
        // A span past the end cannot happen for our own rules; render nothing rather than fail.
        if let Some((window, d)) = Window::around(&report.source, d) {
            let _ = term::emit_to_write_style(&mut buf, &config, &window, &to_codespan(&d));
            continue;
        }
        let _ = term::emit_to_write_style(&mut buf, &config, &files, &to_codespan(d));
    }
    buf.into_inner()
}

/// Writes every report and the closing summary.
pub fn write(out: &mut dyn Write, reports: &[FileReport], color: bool) -> io::Result<()> {
    write_from(out, reports, color, &mut Kept)
}

/// [`write`], with each report's text from `texts`.
pub fn write_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    color: bool,
    texts: &mut dyn Texts,
) -> io::Result<()> {
    texts.write_each(reports, &|r| render_file(r, color), out)?;
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
