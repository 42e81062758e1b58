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
use std::sync::{Arc, OnceLock};

use regex_automata::dfa::{Automaton, dense};
use regex_automata::hybrid;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::pikevm;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Input, MatchKind, PatternSet};

use super::pattern_config::nfa_compiler;

/// Bytes aligned for a serialised DFA's `u32` transitions.
#[repr(C)]
pub(crate) struct Aligned<B: ?Sized> {
    pub(crate) _align: [u32; 0],
    pub(crate) bytes: B,
}

mod prebuilt {
    use super::Aligned;
    include!(concat!(env!("OUT_DIR"), "/prebuilt_patterns.rs"));
}

/// Patterns compiled together; [`Patterns::matches`] says which match a text.
///
/// Built as `regex::RegexSet`'s meta engine would search it (a lazy DFA, and the PikeVM
/// when the lazy DFA gives up), from the forward NFA only: the meta engine also compiles a
/// reverse NFA, which a "which patterns match" search never runs, at about the cost of the
/// forward one. The built-in sets (the style sheet's and the residue list's) come compiled
/// from `build.rs` as dense DFAs instead, and their PikeVM is compiled only if a search
/// ever needs it.
pub struct Patterns {
    dfa: Dfa,
    /// Built with the set, or on first need for a prebuilt set.
    pikevm: OnceLock<pikevm::PikeVM>,
    /// The patterns as given, to compile the PikeVM from on first need.
    sources: Sources,
    len: usize,
    caches: Pool<Caches, MakeCaches>,
}

enum Dfa {
    /// A lazy DFA compiled at run time; `None` when it cannot be built.
    Lazy(Option<hybrid::dfa::DFA>),
    /// A dense DFA compiled by `build.rs`.
    Dense(dense::DFA<&'static [u32]>),
}

#[derive(Clone)]
enum Sources {
    Static(&'static [&'static str]),
    Owned(std::sync::Arc<[String]>),
}

/// The mutable search state, one per thread searching at a time.
struct Caches {
    dfa: Option<hybrid::dfa::Cache>,
    pikevm: Option<pikevm::Cache>,
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
    /// Compiles `patterns` with `regex`'s defaults (Unicode, the same size limits), or
    /// takes the DFA `build.rs` compiled for exactly this list.
    pub fn new<P: AsRef<str>>(patterns: &[P]) -> Result<Patterns, BuildError> {
        match Patterns::prebuilt(patterns) {
            Some(set) => Ok(set),
            None => Patterns::compile(patterns),
        }
    }

    /// The DFA `build.rs` compiled for exactly this list, if it did.
    fn prebuilt<P: AsRef<str>>(patterns: &[P]) -> Option<Patterns> {
        for (list, aligned) in prebuilt::PREBUILT {
            let same = list.len() == patterns.len()
                && list.iter().zip(patterns).all(|(a, b)| *a == b.as_ref());
            if !same {
                continue;
            }
            // Written by this build, so it reads back; should it not (another byte order),
            // the set is compiled at run time.
            if let Ok((dfa, _)) = dense::DFA::from_bytes(&aligned.bytes) {
                return Some(Patterns::from_parts(
                    Dfa::Dense(dfa),
                    OnceLock::new(),
                    Sources::Static(list),
                ));
            }
        }
        None
    }

    /// Compiles `patterns` at run time, whether or not `build.rs` compiled them.
    pub(crate) fn compile<P: AsRef<str>>(patterns: &[P]) -> Result<Patterns, BuildError> {
        let nfa = nfa_compiler()
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
        let pikevm = build_pikevm(nfa)?;
        let sources = Sources::Owned(patterns.iter().map(|p| p.as_ref().to_string()).collect());
        Ok(Patterns::from_parts(
            Dfa::Lazy(dfa),
            OnceLock::from(pikevm),
            sources,
        ))
    }

    fn from_parts(dfa: Dfa, pikevm: OnceLock<pikevm::PikeVM>, sources: Sources) -> Patterns {
        let lazy = match &dfa {
            Dfa::Lazy(d) => d.clone(),
            Dfa::Dense(_) => None,
        };
        let make: MakeCaches = Box::new(move || Caches {
            dfa: lazy.as_ref().map(hybrid::dfa::DFA::create_cache),
            pikevm: None,
        });
        let len = match &sources {
            Sources::Static(s) => s.len(),
            Sources::Owned(s) => s.len(),
        };
        Patterns {
            dfa,
            pikevm,
            sources,
            len,
            caches: Pool::new(make),
        }
    }

    /// No patterns: nothing ever matches.
    pub fn empty() -> Patterns {
        // Nothing to compile: `matches` never searches an empty set.
        Patterns::from_parts(Dfa::Lazy(None), OnceLock::new(), Sources::Static(&[]))
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Whether the set came compiled from `build.rs`.
    pub(crate) fn is_prebuilt(&self) -> bool {
        matches!(self.dfa, Dfa::Dense(_))
    }

    /// The PikeVM, compiled now if the set came prebuilt. The patterns compiled at build
    /// time, so they compile now.
    fn pikevm(&self) -> &pikevm::PikeVM {
        self.pikevm.get_or_init(|| {
            let built = match &self.sources {
                Sources::Static(s) => nfa_compiler().build_many(s),
                Sources::Owned(s) => nfa_compiler().build_many(s),
            };
            built
                .map_err(|e| BuildError(e.to_string()))
                .and_then(build_pikevm)
                .unwrap_or_else(|e| panic!("a prebuilt pattern set compiles: {e}"))
        })
    }

    /// The indexes of the patterns that match somewhere in `text`, ascending.
    pub fn matches(&self, text: &str) -> impl Iterator<Item = usize> + use<> {
        let mut set = PatternSet::new(self.len);
        if !self.is_empty() {
            let input = Input::new(text);
            let mut caches = self.caches.get();
            let c = &mut *caches;
            // As the meta engine: a DFA first; the PikeVM when the DFA gives up (a Unicode
            // word boundary before non-ASCII text, or the lazy DFA's cache thrashing).
            let done = match (&self.dfa, c.dfa.as_mut()) {
                (Dfa::Dense(dfa), _) => dfa.try_which_overlapping_matches(&input, &mut set).is_ok(),
                (Dfa::Lazy(Some(dfa)), Some(cache)) => dfa
                    .try_which_overlapping_matches(cache, &input, &mut set)
                    .is_ok(),
                _ => false,
            };
            if !done {
                set.clear();
                let vm = self.pikevm();
                let cache = c.pikevm.get_or_insert_with(|| vm.create_cache());
                vm.which_overlapping_matches(cache, &input, &mut set);
            }
        }
        set.iter()
            .map(|p| p.as_usize())
            .collect::<Vec<_>>()
            .into_iter()
    }
}

fn build_pikevm(nfa: regex_automata::nfa::thompson::NFA) -> Result<pikevm::PikeVM, BuildError> {
    pikevm::PikeVM::builder()
        .configure(pikevm::Config::new().match_kind(MatchKind::All))
        .build_from_nfa(nfa)
        .map_err(|e| BuildError(e.to_string()))
}

impl Clone for Patterns {
    fn clone(&self) -> Patterns {
        let dfa = match &self.dfa {
            Dfa::Lazy(d) => Dfa::Lazy(d.clone()),
            Dfa::Dense(d) => Dfa::Dense(d.clone()),
        };
        let pikevm = self
            .pikevm
            .get()
            .cloned()
            .map_or_else(OnceLock::new, OnceLock::from);
        Patterns::from_parts(dfa, pikevm, self.sources.clone())
    }
}

impl std::fmt::Debug for Patterns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Patterns")
            .field("patterns", &self.len)
            .field("prebuilt", &self.is_prebuilt())
            .finish_non_exhaustive()
    }
}

/// One regular expression asked only whether it matches: a set of one, so that it is
/// built from the forward NFA alone (no reverse NFA, no capture engines) or, for the fixed
/// patterns listed in `build/fixed-patterns.txt`, comes compiled from `build.rs`.
#[derive(Clone, Debug)]
pub struct MatchTest {
    set: Patterns,
}

impl MatchTest {
    /// A fixed pattern of the program: one that does not compile is a bug in it.
    pub fn fixed(pattern: &str) -> MatchTest {
        let set =
            Patterns::new(&[pattern]).unwrap_or_else(|e| panic!("static pattern {pattern:?}: {e}"));
        MatchTest { set }
    }

    /// As `regex::Regex::is_match`.
    pub fn is_match(&self, text: &str) -> bool {
        self.set.matches(text).next().is_some()
    }

    /// Whether it came compiled from `build.rs` (a test keeps the fixed ones so).
    #[cfg(test)]
    pub(crate) fn is_prebuilt(&self) -> bool {
        self.set.is_prebuilt()
    }

    /// The pattern as compiled.
    #[cfg(test)]
    pub(crate) fn source(&self) -> &str {
        match &self.set.sources {
            Sources::Static(s) => s.first().copied().unwrap_or(""),
            Sources::Owned(s) => s.first().map_or("", String::as_str),
        }
    }
}

/// `build/fixed-patterns.txt` as it should read for `patterns`: a header, then one
/// pattern a line. A test in each module with fixed patterns compares the file with this.
#[cfg(test)]
pub(crate) fn check_fixed_list(tests: &[(&str, bool)]) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/build/fixed-patterns.txt");
    let mut want = String::from(FIXED_HEADER);
    for (source, _) in tests {
        want.push_str(source);
        want.push('\n');
    }
    if std::env::var_os("COPYDESK_BLESS").is_some() {
        std::fs::write(path, &want).expect("write build/fixed-patterns.txt");
        return;
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        have, want,
        "build/fixed-patterns.txt is out of date: run `COPYDESK_BLESS=1 cargo test`"
    );
    // build.rs read the list: the small ones come prebuilt (a DFA over its size limit is
    // compiled at run time, from the forward NFA only).
    assert!(tests.iter().any(|t| t.1), "none prebuilt");
}

#[cfg(test)]
const FIXED_HEADER: &str = "// Generated by `COPYDESK_BLESS=1 cargo test` (src/text/patterns.rs, check_fixed_list):\n\
    // the parsers' fixed match-only patterns, one a line, which build.rs compiles into DFAs.\n";

/// One regular expression, searched like `regex::Regex` and built for a short start-up: the
/// same engine and the same matches, without the literal prefilter `Regex::new` extracts
/// (most of its compile time for a case-insensitive or Unicode-class pattern, and no help
/// for the anchored or line-sized searches these patterns make). For the fixed patterns
/// of the parsers, compiled on every run.
#[derive(Clone, Debug)]
pub struct Pattern {
    /// Whether it matches at all, when `build.rs` compiled that test: asked first, so that
    /// the full regex (captures, the reverse search for a match's start) is compiled only
    /// for a text it matches. Without it, the regex is compiled at once.
    test: Option<MatchTest>,
    source: Arc<str>,
    re: OnceLock<Regex>,
}

/// A match: its byte range in the searched text.
pub type Found = std::ops::Range<usize>;

impl Pattern {
    /// Compiles `pattern` with `regex`'s defaults (Unicode, the same size limits): the
    /// match test now, the full regex on first use.
    pub fn new(pattern: &str) -> Result<Pattern, BuildError> {
        let p = Pattern {
            test: Patterns::prebuilt(&[pattern]).map(|set| MatchTest { set }),
            source: Arc::from(pattern),
            re: OnceLock::new(),
        };
        if p.test.is_none() {
            let re = p.build()?;
            let _ = p.re.set(re);
        }
        Ok(p)
    }

    /// A fixed pattern of the program: one that does not compile is a bug in it.
    pub fn fixed(pattern: &str) -> Pattern {
        Pattern::new(pattern).unwrap_or_else(|e| panic!("static pattern {pattern:?}: {e}"))
    }

    fn build(&self) -> Result<Regex, BuildError> {
        let config = meta::Config::new()
            .utf8_empty(true)
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .auto_prefilter(false);
        meta::Builder::new()
            .configure(config)
            .syntax(syntax::Config::new().utf8(true))
            .build(&self.source)
            .map_err(|e| BuildError(e.to_string()))
    }

    /// The full regex: compiled by `new`, or on first need when the test came prebuilt
    /// (`build.rs` compiled the pattern, so it compiles).
    fn regex(&self) -> &Regex {
        self.re.get_or_init(|| {
            self.build()
                .unwrap_or_else(|e| panic!("pattern {:?} compiled in build.rs: {e}", self.source))
        })
    }

    /// The pattern as written, for the list of prebuilt patterns.
    #[cfg(test)]
    pub(crate) fn source(&self) -> &str {
        &self.source
    }

    /// Whether the match test came compiled from `build.rs`.
    #[cfg(test)]
    pub(crate) fn is_prebuilt(&self) -> bool {
        self.test.is_some()
    }

    /// As `regex::Regex::is_match`.
    pub fn is_match(&self, text: &str) -> bool {
        match &self.test {
            Some(t) => t.is_match(text),
            None => self.regex().is_match(text),
        }
    }

    /// The leftmost-first match, as `regex::Regex::find`.
    pub fn find(&self, text: &str) -> Option<Found> {
        if self.test.as_ref().is_some_and(|t| !t.is_match(text)) {
            return None;
        }
        self.regex().find(text).map(|m| m.range())
    }

    /// Where capture group `group` matched in each successive match, as
    /// `regex::Regex::captures_iter(text).map(|c| c.get(group))`.
    pub fn group_iter<'r, 'h>(
        &'r self,
        text: &'h str,
        group: usize,
    ) -> impl Iterator<Item = Option<Found>> + use<'r, 'h> {
        let matched = self.test.as_ref().is_none_or(|t| t.is_match(text));
        matched
            .then(|| self.regex().captures_iter(text))
            .into_iter()
            .flatten()
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

    /// Every set `build.rs` compiled answers as the same set compiled at run time, on
    /// every line of the fixtures and a few made to reach the PikeVM.
    #[test]
    fn prebuilt_sets_match_as_compiled() {
        let mut lines: Vec<String> = vec![
            String::new(),
            "© 2024 Reuters. All rights reserved.".into(),
            "(c) 2019 café, all rights reserved".into(),
            "12 comments".into(),
            "3 min read".into(),
            "He had free reign and a sneak peak at it.".into(),
            "all of the sudden, ça".into(),
        ];
        for dir in ["fixtures/articles", "tests/corpus"] {
            let Ok(entries) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    lines.extend(text.lines().map(str::to_string));
                    lines.extend(text.lines().map(str::to_lowercase));
                }
            }
        }
        assert!(lines.len() > 100, "fixtures found");
        assert!(!super::prebuilt::PREBUILT.is_empty());
        for (list, _) in super::prebuilt::PREBUILT {
            let pre = Patterns::new(list).expect("builds");
            assert!(pre.is_prebuilt());
            let run = Patterns::compile(list).expect("builds");
            assert!(!run.is_prebuilt());
            for l in &lines {
                let want: Vec<usize> = run.matches(l).collect();
                assert_eq!(pre.matches(l).collect::<Vec<_>>(), want, "{l:?}");
                assert_eq!(pre.clone().matches(l).collect::<Vec<_>>(), want, "{l:?}");
            }
        }
    }

    /// The built-in style sheet and residue list get their sets from `build.rs`: a change
    /// in how either writes its patterns that `build/patterns.rs` does not follow would
    /// silently bring back the compile time.
    #[test]
    fn builtin_sets_are_prebuilt() {
        assert!(crate::data::style::builtin().patterns.is_prebuilt());
        assert!(crate::data::residue::builtin().patterns.is_prebuilt());
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
