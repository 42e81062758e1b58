//! GitHub Actions workflow commands: `::error file=…,line=…,col=…::message`, which GitHub
//! shows as annotations on the changed lines of a pull request.

use std::io::{self, Write};

use super::{FileReport, Texts};
use crate::diagnostic::Severity;

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

kept_texts_writer!(write => write_from);

/// [`write`], with each report's text from `texts`.
pub fn write_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    texts: &mut dyn Texts,
) -> io::Result<()> {
    for r in reports {
        if r.diagnostics.is_empty() {
            continue;
        }
        texts.with(r, &mut |r| write_file(out, r))?;
    }
    Ok(())
}

fn write_file(out: &mut dyn Write, r: &FileReport) -> io::Result<()> {
    for d in &r.diagnostics {
        let level = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let (line, col) = r.source.line_col(d.span.start());
        let (end_line, end_col) = r.source.line_col(d.span.end());
        let message = match d.suggestions.first() {
            Some(s) => format!("{} (did you mean `{s}`?)", d.message),
            None => d.message.clone(),
        };
        writeln!(
            out,
            "::{level} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            property(r.source.name()),
            property(&format!("copydesk {}", d.rule)),
            data(&message)
        )?;
    }
    Ok(())
}
