//! What a pattern set is compiled from, shared by the run and by `build.rs` (which
//! includes this file to compile the built-in sets ahead of time): the pattern text as
//! compiled, and the NFA compiler's configuration. Both sides must agree exactly, so they
//! are written once.

use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::syntax;

/// `\b` and `\B` as ASCII word boundaries, outside character classes.
pub(crate) fn ascii_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(n) = chars.next() else {
                    out.push(c);
                    break;
                };
                if !in_class && (n == 'b' || n == 'B') {
                    out.push_str("(?-u:\\");
                    out.push(n);
                    out.push(')');
                } else {
                    out.push(c);
                    out.push(n);
                }
            }
            '[' => {
                in_class = true;
                out.push(c);
            }
            ']' => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The pattern a residue file's `patterns` entry is compiled as: matched case-insensitively
/// against the normalised line.
pub(crate) fn residue_pattern(pattern: &str) -> String {
    format!("(?i){pattern}")
}

/// The forward NFA compiler `regex::RegexSet`'s meta engine would configure for a set
/// (Unicode, UTF-8, the same size limit), without capture states: a set only says which
/// patterns match.
pub(crate) fn nfa_compiler() -> thompson::Compiler {
    let mut c = thompson::Compiler::new();
    c.syntax(syntax::Config::new().utf8(true)).configure(
        thompson::Config::new()
            .utf8(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .shrink(false)
            .which_captures(WhichCaptures::None),
    );
    c
}
