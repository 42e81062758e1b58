//! `--diff`: the safe fixes as a unified diff, exactly what `--fix` would write, without
//! writing anything. The headers are `a/PATH` and `b/PATH`, so `git apply` or `patch -p1`
//! applies the output from the directory copydesk ran in.

use crate::doc::Format;
use crate::engine::Engine;
use crate::fingerprint::relative_path;
use crate::report::FileReport;
use crate::source::SourceFile;
use crate::walk;

/// The unified diff of one file's safe fixes, or `None` when it has none. The file is checked
/// again with every rule of `engine`, so that the diff is what `--fix` would write whatever
/// the report shows (a baseline may have hidden findings whose fixes `--fix` still applies).
pub fn of_report(report: &FileReport, engine: &Engine) -> Option<String> {
    let src = &report.source;
    let format = Format::from_path(src.path()).unwrap_or(Format::Plain);
    let copy = SourceFile::new(src.path().to_path_buf(), src.text().to_string());
    let checked = engine.check_file(&copy, format);
    if !checked
        .diagnostics
        .iter()
        .any(|d| d.fix.as_ref().is_some_and(crate::diagnostic::Fix::is_safe))
    {
        return None;
    }
    let (fixed, _, changed) = walk::fix_in_memory(copy, checked, engine, format);
    if !changed {
        return None;
    }
    Some(unified(
        &relative_path(src.path(), src.name()),
        src.text(),
        fixed.text(),
    ))
}

/// A unified diff of `old` and `new` with three lines of context.
pub fn unified(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::unified;

    #[test]
    fn a_one_word_fix_is_one_hunk() {
        let d = unified("x.txt", "one\ntwo teh\nthree\n", "one\ntwo the\nthree\n");
        assert_eq!(
            d,
            "--- a/x.txt\n+++ b/x.txt\n@@ -1,3 +1,3 @@\n one\n-two teh\n+two the\n three\n"
        );
    }
}
