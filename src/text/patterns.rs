//! A set of regular expressions asked which of them match a text: what `regex::RegexSet`
//! does, built for a short start-up.
//!
//! `RegexSet::new` extracts literal prefilters from every pattern, and for case-insensitive
//! Unicode patterns (`(?i)…`, as the style sheet and the page-residue list write them) that
//! costs several times the rest of the compilation: 2.5–7 ms for the style sheet's twenty
//! patterns, against 0.8 ms without it, on every run. A set searched line by line gains
//! nothing from the prefilter (measured: the same 200 MB/s either way), so it is built
//! without one. Which patterns match is exactly what the regex set answers: every
//! `regex-automata` engine finds the same matches; only the search strategy differs.

use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::WhichCaptures;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

/// Patterns compiled together; [`PatternSet::matches`] says which match a text.
#[derive(Clone, Debug)]
pub struct Patterns {
    re: Regex,
}

/// A pattern that does not compile, or a set over the size limit.
#[derive(Debug)]
pub struct BuildError(String);

impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Patterns {
    /// Compiles `patterns` with `regex`'s defaults (Unicode, the same size limits).
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> Result<Patterns, BuildError> {
        let config = meta::Config::new()
            .match_kind(MatchKind::All)
            .utf8_empty(true)
            .which_captures(WhichCaptures::None)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .auto_prefilter(false);
        let re = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build_many(patterns)
            .map_err(|e| BuildError(e.to_string()))?;
        Ok(Patterns { re })
    }

    /// No patterns: nothing ever matches.
    pub fn empty() -> Patterns {
        Patterns::new::<&str>(&[]).unwrap_or_else(|e| unreachable!("an empty set builds: {e}"))
    }

    pub fn is_empty(&self) -> bool {
        self.re.pattern_len() == 0
    }

    /// The indexes of the patterns that match somewhere in `text`, ascending.
    pub fn matches(&self, text: &str) -> impl Iterator<Item = usize> + use<> {
        let mut set = PatternSet::new(self.re.pattern_len());
        if !self.is_empty() {
            self.re
                .which_overlapping_matches(&Input::new(text), &mut set);
        }
        set.iter()
            .map(|p| p.as_usize())
            .collect::<Vec<_>>()
            .into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::Patterns;

    /// The same answers as `regex::RegexSet` (which the sets replaced), case-folded Unicode
    /// and ASCII word boundaries included.
    #[test]
    fn the_same_matches_as_regex_set() {
        let pats = [
            r"(?i)(?-u:\b)free[- ]reign(?-u:\b)",
            r"(?i)(?-u:\b)(sh)oe-in(s)?(?-u:\b)",
            r"(?i)sneak peak",
            r"^\d+ comments?$",
            r"(?i)hair['’]s breath",
            r"(?i)kelvin",
        ];
        let set = Patterns::new(&pats).expect("builds");
        let reference = regex::RegexSet::new(pats).expect("builds");
        for text in [
            "",
            "He had free reign and a sneak peak.",
            "a SHOE-IN, free-reignx",
            "12 comments",
            "within a hair’s breath",
            "\u{212a}ELVIN and ſneak peak",
            "nothing here at all",
        ] {
            let got: Vec<usize> = set.matches(text).collect();
            let want: Vec<usize> = reference.matches(text).into_iter().collect();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(Patterns::empty().is_empty());
        assert_eq!(Patterns::empty().matches("x").count(), 0);
        assert!(Patterns::new(&["(a"]).is_err());
    }
}
