//! Content fingerprints of findings, for baselines and SARIF's `partialFingerprints`.
//!
//! A fingerprint is a hash of the rule id, the file's path (relative to the current directory,
//! with `/` separators) and the flagged text with up to two words on each side of it on the
//! same line(s). Line numbers are left out on purpose: editing above a finding or moving its
//! paragraph keeps the fingerprint, while the same mistake made somewhere else (other
//! neighbours) gets a new one. Whitespace runs count as one space, so re-indenting or
//! re-wrapping the flagged text itself does not change it either.

use std::hash::Hasher as _;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::source::SourceFile;

/// Words taken from each side of the flagged text.
const NEIGHBOURS: usize = 2;

/// The key under which SARIF results carry the fingerprint.
pub const SARIF_KEY: &str = "copydesk/v1";

/// The fingerprint of a finding in `src`: 16 hex digits (FNV-1a, 64 bits, of the parts
/// above, each followed by a NUL byte, after the version tag `v1`).
pub fn of(src: &SourceFile, d: &Diagnostic) -> String {
    let path = relative_path(src.path(), src.name());
    let (before, flagged, after) = context(src, d);
    hash(&[&d.rule, &path, &before, &flagged, &after])
}

fn hash(parts: &[&str]) -> String {
    let mut h = fnv::FnvHasher::default();
    h.write(b"v1\0");
    for p in parts {
        h.write(p.as_bytes());
        h.write(&[0]);
    }
    format!("{:016x}", h.finish())
}

/// The flagged text, whitespace-normalised, for showing in a baseline file.
pub fn excerpt(src: &SourceFile, d: &Diagnostic) -> String {
    context(src, d).1
}

/// Up to [`NEIGHBOURS`] words before the span (on its first line), the flagged text, and up
/// to [`NEIGHBOURS`] words after it (on its last line), each whitespace-normalised.
fn context(src: &SourceFile, d: &Diagnostic) -> (String, String, String) {
    let text = src.text();
    let start = floor(text, d.span.start().min(text.len()));
    let end = floor(text, d.span.end().clamp(start, text.len()));
    let first = src.line_range(src.line_index(start));
    let last = src.line_range(src.line_index(end));
    let head = &text[first.start.min(start)..start];
    let tail = &text[end..last.end.max(end)];
    let before = last_words(head, NEIGHBOURS);
    let after = first_words(tail, NEIGHBOURS);
    (before, squash(&text[start..end]), after)
}

fn floor(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The last `n` words of `s`, whitespace-normalised. Read from the end, so a long line costs
/// only its last words.
fn last_words(s: &str, n: usize) -> String {
    let mut words: Vec<&str> = s.split_whitespace().rev().take(n).collect();
    words.reverse();
    words.join(" ")
}

/// The first `n` words of `s`, whitespace-normalised.
fn first_words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// The path as reports give it to other tools: relative to the current directory when it is
/// inside it, with `/` separators and no leading `./`.
pub fn relative_path(path: &Path, name: &str) -> String {
    let rel: Option<PathBuf> = if path.is_absolute() {
        std::env::current_dir()
            .ok()
            .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
    } else {
        None
    };
    let s = match &rel {
        Some(p) => p.to_string_lossy().into_owned(),
        None => name.to_string(),
    };
    let s = s.replace('\\', "/");
    let mut s = s.as_str();
    while let Some(rest) = s.strip_prefix("./") {
        s = rest;
    }
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Finding, Severity};
    use crate::span::Span;

    fn fp(text: &str, flagged: &str, nth: usize) -> String {
        let src = SourceFile::new("a.txt", text);
        let start = text.match_indices(flagged).nth(nth).expect("in text").0;
        let d = Finding::new(Span::new(start, start + flagged.len()), "m")
            .into_diagnostic("typo".into(), Severity::Error);
        of(&src, &d)
    }

    #[test]
    fn neighbours_are_two_words_on_the_same_line() {
        assert_eq!(last_words("one two  three ", 2), "two three");
        assert_eq!(first_words(" four five six", 2), "four five");
        assert_eq!(last_words("", 2), "");
        assert_eq!(first_words("x", 2), "x");
    }

    #[test]
    fn editing_above_or_moving_keeps_the_fingerprint() {
        let a = fp("Intro.\n\nWe suport the plan today.\n", "suport", 0);
        let b = fp(
            "New paragraph.\n\nIntro.\n\nWe suport the plan today.\n",
            "suport",
            0,
        );
        let c = fp("We suport the plan today.\n\nIntro.\n", "suport", 0);
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn other_neighbours_or_paths_change_it() {
        let a = fp("We suport the plan today.\n", "suport", 0);
        let b = fp("They suport a new plan.\n", "suport", 0);
        assert_ne!(a, b);
        let src = SourceFile::new("b.txt", "We suport the plan today.\n");
        let d = Finding::new(Span::new(3, 9), "m").into_diagnostic("typo".into(), Severity::Error);
        assert_ne!(of(&src, &d), a);
    }

    #[test]
    fn relative_paths_drop_dot_slash_and_use_slashes() {
        assert_eq!(relative_path(Path::new("./a/b.md"), "./a/b.md"), "a/b.md");
        let cwd = std::env::current_dir().expect("cwd");
        let abs = cwd.join("x").join("y.txt");
        assert_eq!(relative_path(&abs, &abs.to_string_lossy()), "x/y.txt");
    }
}
