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

use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures, pikevm};
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

/// Patterns compiled together; [`Patterns::matches`] says which match a text.
///
/// Built as `regex::RegexSet`'s meta engine would search it (a lazy DFA, and the PikeVM
/// when the lazy DFA gives up), from the forward NFA only: the meta engine also compiles a
/// reverse NFA, which a "which patterns match" search never runs, at about the cost of the
/// forward one.
pub struct Patterns {
    /// `None` when the lazy DFA cannot be built (then the PikeVM answers alone).
    dfa: Option<hybrid::dfa::DFA>,
    pikevm: pikevm::PikeVM,
    caches: Pool<Caches, MakeCaches>,
}

/// The mutable search state, one per thread searching at a time.
struct Caches {
    dfa: Option<hybrid::dfa::Cache>,
    pikevm: pikevm::Cache,
}

type MakeCaches = Box<dyn Fn() -> Caches + Send + Sync + UnwindSafe + RefUnwindSafe>;

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
        // What `meta::Config::to_thompson_config` gives the meta engine for this set.
        let nfa = thompson::Compiler::new()
            .syntax(syntax::Config::new().utf8(true))
            .configure(
                thompson::Config::new()
                    .utf8(true)
                    .nfa_size_limit(Some(10 * (1 << 20)))
                    .shrink(false)
                    .which_captures(WhichCaptures::None),
            )
            .build_many(patterns)
            .map_err(|e| BuildError(e.to_string()))?;
        // The meta engine's lazy DFA configuration (`meta::wrappers::Hybrid`), without a
        // prefilter; it may refuse to build, and then the meta engine goes without it too.
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    .match_kind(MatchKind::All)
                    .starts_for_each_pattern(true)
                    .byte_classes(true)
                    .unicode_word_boundary(true)
                    .specialize_start_states(false)
                    .cache_capacity(2 * (1 << 20))
                    .skip_cache_capacity_check(false)
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa.clone())
            .ok();
        let pikevm = pikevm::PikeVM::builder()
            .configure(pikevm::Config::new().match_kind(MatchKind::All))
            .build_from_nfa(nfa)
            .map_err(|e| BuildError(e.to_string()))?;
        Ok(Patterns::from_engines(dfa, pikevm))
    }

    fn from_engines(dfa: Option<hybrid::dfa::DFA>, pikevm: pikevm::PikeVM) -> Patterns {
        let (d, p) = (dfa.clone(), pikevm.clone());
        let make: MakeCaches = Box::new(move || Caches {
            dfa: d.as_ref().map(hybrid::dfa::DFA::create_cache),
            pikevm: p.create_cache(),
        });
        Patterns {
            dfa,
            pikevm,
            caches: Pool::new(make),
        }
    }

    /// No patterns: nothing ever matches.
    pub fn empty() -> Patterns {
        Patterns::new::<&str>(&[]).unwrap_or_else(|e| unreachable!("an empty set builds: {e}"))
    }

    pub fn is_empty(&self) -> bool {
        self.pikevm.get_nfa().pattern_len() == 0
    }

    /// The indexes of the patterns that match somewhere in `text`, ascending.
    pub fn matches(&self, text: &str) -> impl Iterator<Item = usize> + use<> {
        let mut set = PatternSet::new(self.pikevm.get_nfa().pattern_len());
        if !self.is_empty() {
            let input = Input::new(text);
            let mut caches = self.caches.get();
            let c = &mut *caches;
            // As the meta engine: the lazy DFA first; the PikeVM when the lazy DFA gives up
            // (a Unicode word boundary before non-ASCII text, or its cache thrashing).
            let done = match (&self.dfa, c.dfa.as_mut()) {
                (Some(dfa), Some(cache)) => {
                    set.clear();
                    dfa.try_which_overlapping_matches(cache, &input, &mut set)
                        .is_ok()
                }
                _ => false,
            };
            if !done {
                set.clear();
                self.pikevm
                    .which_overlapping_matches(&mut c.pikevm, &input, &mut set);
            }
        }
        set.iter()
            .map(|p| p.as_usize())
            .collect::<Vec<_>>()
            .into_iter()
    }
}

impl Clone for Patterns {
    fn clone(&self) -> Patterns {
        Patterns::from_engines(self.dfa.clone(), self.pikevm.clone())
    }
}

impl std::fmt::Debug for Patterns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Patterns")
            .field("patterns", &self.pikevm.get_nfa().pattern_len())
            .field("lazy_dfa", &self.dfa.is_some())
            .finish_non_exhaustive()
    }
}

/// One regular expression, searched like `regex::Regex` and built for a short start-up: the
/// same engine and the same matches, without the literal prefilter `Regex::new` extracts
/// (most of its compile time for a case-insensitive or Unicode-class pattern, and no help
/// for the anchored or line-sized searches these patterns make). For the fixed patterns
/// of the parsers, compiled on every run.
#[derive(Clone, Debug)]
pub struct Pattern {
    re: Regex,
}

/// A match: its byte range in the searched text.
pub type Found = std::ops::Range<usize>;

impl Pattern {
    /// Compiles `pattern` with `regex`'s defaults (Unicode, the same size limits).
    pub fn new(pattern: &str) -> Result<Pattern, BuildError> {
        let config = meta::Config::new()
            .utf8_empty(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .auto_prefilter(false);
        let re = meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(pattern)
            .map_err(|e| BuildError(e.to_string()))?;
        Ok(Pattern { re })
    }

    /// A fixed pattern of the program: one that does not compile is a bug in it.
    pub fn fixed(pattern: &str) -> Pattern {
        Pattern::new(pattern).unwrap_or_else(|e| panic!("static pattern {pattern:?}: {e}"))
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.re.is_match(text)
    }

    /// The leftmost-first match, as `regex::Regex::find`.
    pub fn find(&self, text: &str) -> Option<Found> {
        self.re.find(text).map(|m| m.range())
    }

    /// Where capture group `group` matched in each successive match, as
    /// `regex::Regex::captures_iter(text).map(|c| c.get(group))`.
    pub fn group_iter<'r, 'h>(
        &'r self,
        text: &'h str,
        group: usize,
    ) -> impl Iterator<Item = Option<Found>> + use<'r, 'h> {
        self.re
            .captures_iter(text)
            .map(move |c| c.get_group(group).map(|s| s.range()))
    }

    /// Where capture group `group` matched in the first match, as
    /// `regex::Regex::captures(text).and_then(|c| c.get(group))`.
    pub fn group(&self, text: &str, group: usize) -> Option<Found> {
        self.group_iter(text, group).next().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::{Pattern, Patterns};

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
            // A Unicode word boundary: the lazy DFA gives up on non-ASCII text, the PikeVM
            // answers.
            r"\bcafé\b",
            r"\w+ly\b",
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
            "un café noir, quickly",
            "cafés and Ünïcödely",
        ] {
            let got: Vec<usize> = set.matches(text).collect();
            assert_eq!(set.clone().matches(text).collect::<Vec<_>>(), got);
            let want: Vec<usize> = reference.matches(text).into_iter().collect();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(Patterns::empty().is_empty());
        assert_eq!(Patterns::empty().matches("x").count(), 0);
        assert!(Patterns::new(&["(a"]).is_err());
    }

    /// The same matches and groups as `regex::Regex`, Unicode classes and case folding
    /// included.
    #[test]
    fn a_pattern_matches_as_regex() {
        let pats = [
            r"^([•◦▪▫●○‣∙·*–—-]|(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t]+\S",
            r"(?i)^\(?(?:photo(?:graph)?s?|images?|pictures?)\s*:\s*",
            r"([\p{L}'’.-]+|\))\s*(?:,|\()\s*(?i:left|right)\s*(?:,|\)|\.?$)",
            r"(?i)kelvin",
        ];
        let texts = [
            "",
            "iv. item",
            "١٢) Arabic digits",
            "• bullet",
            "Photo: a caption",
            "PHOTOS:x",
            "Hu Jintao, left, and Putin (right)",
            "\u{212a}ELVIN",
            "nothing",
        ];
        for p in pats {
            let ours = Pattern::new(p).expect("builds");
            let reference = regex::Regex::new(p).expect("builds");
            for t in texts {
                assert_eq!(ours.is_match(t), reference.is_match(t), "{p} {t:?}");
                assert_eq!(
                    ours.find(t),
                    reference.find(t).map(|m| m.range()),
                    "{p} {t:?}"
                );
                let got: Vec<_> = ours.group_iter(t, 1).collect();
                let want: Vec<_> = reference
                    .captures_iter(t)
                    .map(|c| c.get(1).map(|m| m.range()))
                    .collect();
                assert_eq!(got, want, "{p} {t:?}");
            }
        }
        assert!(Pattern::new("(a").is_err());
    }
}
