//! Applying safe fixes: in memory, and to files atomically.

use std::io::Write as _;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Edit};
use crate::source::Encoding;

/// Applies the safe fixes in `diags` to `text`. A fix whose edits overlap or touch an edit
/// already taken is left for the next round. Returns the new text and how many fixes were applied.
pub fn apply(text: &str, diags: &[Diagnostic]) -> (String, usize) {
    let mut taken: Vec<&Edit> = Vec::new();
    let mut applied = 0;
    for fix in diags
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.is_safe())
    {
        // Edits of two fixes clash when they overlap, and when one is an insertion at the
        // edge of the other: each reads as fine to its rule alone and together they join
        // into nonsense ("Tajikistan,, says"). The next round checks again and decides.
        // Two replacements side by side (two quote marks) do not clash.
        let clashes = fix.edits.iter().any(|e| {
            e.span.end() > text.len()
                || taken.iter().any(|t| {
                    let overlap = e.span.start < t.span.end && t.span.start < e.span.end;
                    let touch = e.span.start <= t.span.end && t.span.start <= e.span.end;
                    overlap || (touch && (e.span.is_empty() || t.span.is_empty()))
                })
        });
        if clashes {
            continue;
        }
        taken.extend(fix.edits.iter());
        applied += 1;
    }
    taken.sort_by_key(|e| e.span);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in taken {
        out.push_str(&text[at..e.span.start()]);
        out.push_str(&e.replacement);
        at = e.span.end();
    }
    out.push_str(&text[at..]);
    (out, applied)
}

/// Why a fixed file was not written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("changed on disk since it was read; not fixed")]
    Changed,
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Writes `text` to `path` in `encoding`, through a temporary file renamed over the
/// original, and only if the file still holds `original`.
pub fn write_atomically(
    path: &Path,
    original: &[u8],
    text: &str,
    encoding: Encoding,
) -> Result<(), WriteError> {
    let bytes = encode(text, encoding);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(&bytes)?;
    tmp.as_file().sync_all()?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    if std::fs::read(path)? != original {
        return Err(WriteError::Changed);
    }
    tmp.persist(path).map_err(|e| WriteError::Io(e.error))?;
    Ok(())
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => text.as_bytes().to_vec(),
        Encoding::Utf16Le => [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        Encoding::Utf16Be => [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Applicability, Finding, Severity};
    use crate::span::Span;

    #[test]
    fn overlapping_fixes_wait_for_the_next_round() {
        let d = |f: Finding| f.into_diagnostic("typo".into(), Severity::Error);
        let a =
            d(Finding::new(Span::new(0, 3), "a").fix(Applicability::Safe, Span::new(0, 3), "x"));
        let b =
            d(Finding::new(Span::new(2, 4), "b").fix(Applicability::Safe, Span::new(2, 4), "y"));
        let c =
            d(Finding::new(Span::new(5, 6), "c").fix(Applicability::Unsafe, Span::new(5, 6), "z"));
        assert_eq!(apply("abcdefg", &[a, b, c]), ("xdefg".to_string(), 1));
    }

    #[test]
    fn an_insertion_at_the_edge_of_another_fix_waits_for_the_next_round() {
        // "A, B and C, says": one fix deletes " and C", another inserts "," before it.
        let text = "A, B and C, says";
        let d = |f: Finding| f.into_diagnostic("typo".into(), Severity::Error);
        let del = d(Finding::new(Span::new(4, 10), "dup").fix(true, Span::new(4, 10), ""));
        let ins = d(Finding::new(Span::new(4, 4), "comma").fix(true, Span::new(4, 4), ","));
        assert_eq!(
            apply(text, &[del.clone(), ins.clone()]),
            ("A, B, says".to_string(), 1)
        );
        assert_eq!(
            apply(text, &[ins, del]),
            ("A, B, and C, says".to_string(), 1)
        );
        // Edits of one fix may touch each other.
        let edit = |start, end, r: &str| Edit {
            span: Span::new(start, end),
            replacement: r.to_string(),
        };
        let both = d(Finding::new(Span::new(0, 1), "x")
            .fix_edits(true, vec![edit(0, 1, "a"), edit(1, 2, "b")]));
        assert_eq!(apply("xy", &[both]).0, "ab");
    }
}
