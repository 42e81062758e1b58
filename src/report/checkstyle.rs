//! Checkstyle XML, the format older CI systems (Jenkins' warnings plugin, GitLab code quality
//! converters, reviewdog's `-f=checkstyle`) read:
//!
//! ```xml
//! <checkstyle version="4.3">
//!   <file name="articles/a.txt">
//!     <error line="3" column="12" severity="error" message="…" source="copydesk.typo"/>
//!   </file>
//! </checkstyle>
//! ```
//!
//! Every checked file is listed, with or without findings, as checkstyle itself does; paths
//! are relative to the current directory. Columns count Unicode scalar values, as in the
//! other formats.

use std::io::{self, Write};

use super::{FileReport, Texts};
use crate::diagnostic::Severity;
use crate::fingerprint::relative_path;

/// Escapes text for an XML attribute value. Characters XML 1.0 cannot carry at all (most
/// control characters) become U+FFFD, so that one odd byte in an article cannot make the
/// whole report unreadable.
pub(crate) fn attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

kept_texts_writer!(write => write_from);

/// [`write`], with each report's text from `texts`.
pub fn write_from(
    out: &mut dyn Write,
    reports: &[FileReport],
    texts: &mut dyn Texts,
) -> io::Result<()> {
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(out, "<checkstyle version=\"4.3\">")?;
    for r in reports {
        let path = relative_path(r.source.path(), r.source.name());
        if r.diagnostics.is_empty() {
            writeln!(out, "  <file name=\"{}\"/>", attr(&path))?;
            continue;
        }
        texts.with(r, &mut |r| write_file(out, r, &path))?;
    }
    writeln!(out, "</checkstyle>")
}

fn write_file(out: &mut dyn Write, r: &FileReport, path: &str) -> io::Result<()> {
    writeln!(out, "  <file name=\"{}\">", attr(path))?;
    for d in &r.diagnostics {
        let (line, column) = r.source.line_col(d.span.start());
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        let message = match d.suggestions.first() {
            Some(s) => format!("{} (did you mean `{s}`?)", d.message),
            None => d.message.clone(),
        };
        writeln!(
            out,
            "    <error line=\"{line}\" column=\"{column}\" severity=\"{severity}\" message=\"{}\" source=\"copydesk.{}\"/>",
            attr(&message),
            attr(&d.rule)
        )?;
    }
    writeln!(out, "  </file>")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::attr;

    #[test]
    fn attributes_escape_markup_and_drop_control_characters() {
        assert_eq!(
            attr("a<b & \"c\"\u{1}"),
            "a&lt;b &amp; &quot;c&quot;\u{FFFD}"
        );
        assert_eq!(attr("x\ny"), "x&#10;y");
    }
}
