//! `rules/residue.toml`: web-page chrome left in copied text, for the `page-residue` rule.
//! The file's header documents the schema; this module reads it (the built-in file and any
//! user file alike, through [`Residue::parse`]) and compiles it once into one matcher: a
//! hash map of whole phrases, one anchored Aho-Corasick automaton of prefixes, one
//! set of patterns, and hash sets of button-row tokens.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use serde::Deserialize;
use toml::Spanned;

use super::{DataError, parse_toml};
use crate::text::patterns::Patterns;

/// The path of the built-in file.
pub const PATH: &str = "rules/residue.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    group: Vec<Spanned<GroupIn>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupIn {
    kind: String,
    message: String,
    #[serde(default)]
    phrases: Vec<Spanned<String>>,
    #[serde(default)]
    prefixes: Vec<Spanned<String>>,
    #[serde(default)]
    patterns: Vec<Spanned<String>>,
    #[serde(default)]
    tokens: Vec<Spanned<String>>,
    min_tokens: Option<usize>,
    #[serde(default)]
    weak: bool,
    min_run: Option<usize>,
    prefix_span: Option<Spanned<String>>,
}

/// When a group's match is reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    /// Always.
    Strong,
    /// Only beside other residue, or as the first or last line of the document.
    Weak,
    /// Only inside a run of at least this many residue lines.
    MinRun(usize),
}

#[derive(Clone, Debug)]
pub struct Group {
    pub kind: String,
    pub message: String,
    pub strength: Strength,
    /// A prefix match covers only the prefix ("Image caption," before a real caption).
    pub prefix_only: bool,
}

/// A line that matched: its group, and for a prefix-only group the prefix's length in the
/// normalised line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    pub group: usize,
    pub prefix_len: Option<usize>,
}

struct TokenGroup {
    group: usize,
    min: usize,
    /// Normalised tokens; multi-word tokens ("copy link") are joined by one space.
    tokens: HashSet<String>,
    max_words: usize,
}

/// The compiled phrase list.
pub struct Residue {
    pub groups: Vec<Group>,
    phrases: HashMap<String, usize>,
    prefixes: Option<AhoCorasick>,
    /// For each prefix pattern: its group, and whether it needs a word boundary after it.
    prefix_info: Vec<(usize, bool)>,
    pub(crate) patterns: Patterns,
    pattern_group: Vec<usize>,
    token_groups: Vec<TokenGroup>,
    /// The first words of the share and social phrases: a line opening with none of them
    /// is no row of buttons ([`Residue::button_row`]).
    button_starts: HashSet<String>,
}

/// The built-in list, compiled on first use. A broken built-in file is caught by a test;
/// should one slip through, the rule sees an empty list rather than failing.
pub fn builtin() -> &'static Residue {
    static BUILTIN: LazyLock<Residue> = LazyLock::new(|| {
        super::embedded(PATH)
            .and_then(|text| Residue::read(PATH, text, false).ok())
            .unwrap_or_else(Residue::empty)
    });
    &BUILTIN
}

/// The file as read, values and positions, for a test comparing the JSON twin's reading
/// with the TOML's.
#[cfg(test)]
pub(crate) fn debug_file(path: &str, text: &str) -> Result<String, DataError> {
    parse_toml::<FileIn>(path, text).map(|f| format!("{f:?}"))
}

fn line_of(text: &str, offset: usize) -> usize {
    1 + text[..offset.min(text.len())].matches('\n').count()
}

impl Residue {
    fn empty() -> Residue {
        Residue {
            groups: Vec::new(),
            phrases: HashMap::new(),
            prefixes: None,
            prefix_info: Vec::new(),
            patterns: Patterns::empty(),
            pattern_group: Vec::new(),
            token_groups: Vec::new(),
            button_starts: HashSet::new(),
        }
    }

    /// Reads and compiles a residue file; errors name the path and line.
    pub fn parse(path: &str, text: &str) -> Result<Residue, DataError> {
        Residue::read(path, text, true)
    }

    /// [`Residue::parse`]; `check_syntax` is false for the built-in file, whose patterns
    /// `build.rs` has compiled already (and a test parses).
    fn read(path: &str, text: &str, check_syntax: bool) -> Result<Residue, DataError> {
        let file: FileIn = parse_toml(path, text)?;
        let err = |offset: usize, message: String| DataError {
            path: path.to_string(),
            line: line_of(text, offset),
            message,
        };
        let mut out = Residue::empty();
        let mut prefix_texts = Vec::new();
        let mut pattern_texts = Vec::new();
        for spanned in &file.group {
            let at = spanned.span().start;
            let g = spanned.get_ref();
            let id = out.groups.len();
            if g.kind.trim().is_empty() || g.message.trim().is_empty() {
                return Err(err(at, "a group needs a `kind` and a `message`".into()));
            }
            if g.phrases.is_empty()
                && g.prefixes.is_empty()
                && g.patterns.is_empty()
                && g.tokens.is_empty()
            {
                return Err(err(
                    at,
                    "a group needs `phrases`, `prefixes`, `patterns` or `tokens`".into(),
                ));
            }
            if g.tokens.is_empty() != g.min_tokens.is_none() {
                return Err(err(at, "`tokens` and `min_tokens` go together".into()));
            }
            if g.weak && g.min_run.is_some() {
                return Err(err(
                    at,
                    "a group is `weak` or has `min_run`, not both".into(),
                ));
            }
            if g.min_run == Some(0) || g.min_tokens == Some(0) {
                return Err(err(at, "`min_run` and `min_tokens` are at least 1".into()));
            }
            let prefix_only = match &g.prefix_span {
                None => false,
                Some(p) if p.get_ref() == "prefix" && !g.prefixes.is_empty() => true,
                Some(p) if p.get_ref() == "line" => false,
                Some(p) => {
                    return Err(err(
                        p.span().start,
                        "`prefix_span` is \"prefix\" (with `prefixes`) or \"line\"".into(),
                    ));
                }
            };
            let strength = match (g.weak, g.min_run) {
                (true, _) => Strength::Weak,
                (false, Some(n)) => Strength::MinRun(n),
                (false, None) => Strength::Strong,
            };
            out.groups.push(Group {
                kind: g.kind.clone(),
                message: g.message.clone(),
                strength,
                prefix_only,
            });
            for p in &g.phrases {
                let n = normalize(p.get_ref());
                if n.is_empty() {
                    return Err(err(p.span().start, "an empty phrase".into()));
                }
                if matches!(g.kind.as_str(), "share" | "social")
                    && let Some(first) = n.split(' ').next()
                {
                    out.button_starts.insert(first.to_string());
                }
                if out.phrases.insert(n, id).is_some() {
                    return Err(err(
                        p.span().start,
                        format!("`{}` is listed in two groups", p.get_ref()),
                    ));
                }
            }
            for p in &g.prefixes {
                let n = normalize(p.get_ref());
                if n.is_empty() {
                    return Err(err(p.span().start, "an empty prefix".into()));
                }
                let needs_boundary = n.chars().next_back().is_some_and(char::is_alphanumeric);
                out.prefix_info.push((id, needs_boundary));
                prefix_texts.push(n);
            }
            for p in &g.patterns {
                // Parsed (cheap), not compiled: the set below compiles every pattern once.
                if check_syntax && let Err(e) = regex_syntax::Parser::new().parse(p.get_ref()) {
                    return Err(err(p.span().start, format!("bad pattern: {e}")));
                }
                pattern_texts.push(crate::text::pattern_config::residue_pattern(p.get_ref()));
                out.pattern_group.push(id);
            }
            if let Some(min) = g.min_tokens {
                let tokens: HashSet<String> =
                    g.tokens.iter().map(|t| normalize(t.get_ref())).collect();
                let max_words = tokens
                    .iter()
                    .map(|t| t.split(' ').count())
                    .max()
                    .unwrap_or(1);
                out.token_groups.push(TokenGroup {
                    group: id,
                    min,
                    tokens,
                    max_words,
                });
            }
        }
        if !prefix_texts.is_empty() {
            // A contiguous NFA rather than the DFA the builder would pick: the same matches,
            // a quarter of the build time (built on every run), and no slower for an
            // anchored search a few bytes long.
            let ac = AhoCorasick::builder()
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(&prefix_texts)
                .map_err(|e| err(0, format!("prefixes: {e}")))?;
            out.prefixes = Some(ac);
        }
        out.patterns =
            Patterns::new(&pattern_texts).map_err(|e| err(0, format!("patterns: {e}")))?;
        Ok(out)
    }

    /// The group a whole line belongs to, if it is residue. `line` is the visible text of
    /// one line; nothing inside a sentence ever matches, because the whole line is compared.
    pub fn find(&self, line: &str) -> Option<Match> {
        let n = normalize(line);
        if n.is_empty() {
            return None;
        }
        if let Some(&group) = self.phrases.get(&n) {
            return Some(Match {
                group,
                prefix_len: None,
            });
        }
        if let Some(i) = self.patterns.matches(&n).next() {
            return Some(Match {
                group: self.pattern_group[i],
                prefix_len: None,
            });
        }
        for tg in &self.token_groups {
            if tokens_only(&n, tg) {
                return Some(Match {
                    group: tg.group,
                    prefix_len: None,
                });
            }
        }
        if let Some(group) = self.button_row(&n) {
            return Some(Match {
                group,
                prefix_len: None,
            });
        }
        let ac = self.prefixes.as_ref()?;
        let m = ac.find(Input::new(&n).anchored(Anchored::Yes))?;
        let (group, needs_boundary) = self.prefix_info[m.pattern().as_usize()];
        let after = n[m.end()..].chars().next();
        if needs_boundary && after.is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some(Match {
            group,
            prefix_len: self.groups[group].prefix_only.then_some(m.end()),
        })
    }
}

impl Residue {
    /// A line made only of share and social buttons' phrases, two or more, one of them
    /// always residue: "Share on Facebook Share on X Share on LinkedIn Email this article",
    /// "Share on Facebook | Share on Twitter", "Share this story: Facebook Twitter Email".
    /// Its group is the first such phrase's. `n` is normalised ([`normalize`]).
    pub fn button_row(&self, n: &str) -> Option<usize> {
        const LONGEST: usize = 6;
        let mut words = n
            .split([' ', '|', '/', '·', '•'])
            .map(|w| w.trim_end_matches([':', ',']))
            .filter(|w| !w.is_empty() && *w != "-");
        // (Asked of every line: the first word rules most out before anything is collected.)
        let first = words.next()?;
        if !self.button_starts.contains(first) {
            return None;
        }
        let words: Vec<&str> = std::iter::once(first).chain(words).collect();
        let (mut i, mut found, mut strong) = (0, 0, None);
        while i < words.len() {
            let (len, group) = (1..=LONGEST.min(words.len() - i)).rev().find_map(|len| {
                let g = *self.phrases.get(&words[i..i + len].join(" "))?;
                matches!(self.groups[g].kind.as_str(), "share" | "social").then_some((len, g))
            })?;
            if self.groups[group].strength == Strength::Strong {
                strong = strong.or(Some(group));
            }
            found += 1;
            i += len;
        }
        strong.filter(|_| found >= 2)
    }
}

/// The line made only of a group's tokens, at least `min` of them.
fn tokens_only(n: &str, tg: &TokenGroup) -> bool {
    let words: Vec<&str> = n
        .split([' ', ',', '|', '/', '·', '•'])
        .filter(|w| !w.is_empty() && *w != "-")
        .collect();
    let mut i = 0;
    let mut count = 0;
    'outer: while i < words.len() {
        for len in (1..=tg.max_words.min(words.len() - i)).rev() {
            let candidate = words[i..i + len].join(" ");
            if tg.tokens.contains(&candidate) {
                i += len;
                count += 1;
                continue 'outer;
            }
        }
        return false;
    }
    count >= tg.min
}

/// The form lines and phrases are compared in: the phrase key (`crate::text::fold`) of the
/// text trimmed of trailing separators (`Menu »`, `Share |`).
///
/// A dot or a dash set between two parts of a line is one separator whichever it is:
/// "Advertisement · Scroll to continue" is the listed "Advertisement - Scroll to continue".
pub fn normalize(s: &str) -> String {
    let trimmed = s
        .trim()
        .trim_end_matches([':', '»', '›', '|', '>', '·', '•', ' ', '\t']);
    let mut key = crate::text::fold::phrase_key(trimmed);
    if key.contains(['·', '•', '–', '—']) {
        key = key
            .split(' ')
            .map(|w| {
                if matches!(w, "·" | "•" | "–" | "—") {
                    "-"
                } else {
                    w
                }
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_file_parses_and_matches_whole_lines_only() {
        let text = crate::data::embedded(PATH).expect("embedded");
        let r = Residue::parse(PATH, text).unwrap_or_else(|e| panic!("{e}"));
        let kind = |line: &str| r.find(line).map(|m| r.groups[m.group].kind.as_str());
        assert_eq!(kind("Accessibility links"), Some("accessibility"));
        assert_eq!(kind("  BREAKING NEWS:  "), Some("banner"));
        assert_eq!(kind("XS SM MD LG"), Some("font-size"));
        assert_eq!(kind("Facebook | Twitter | Copy link"), Some("social"));
        // (A dot or a dash between parts is one separator whichever it is.)
        assert_eq!(
            kind("Advertisement · Scroll to continue"),
            Some("advertisement")
        );
        assert_eq!(kind("Facebook · Twitter · Copy link"), Some("social"));
        assert_eq!(
            kind("Click here to read the full statement"),
            Some("click-here")
        );
        assert_eq!(kind("Click heresy"), None);
        assert_eq!(kind("12 comments"), Some("comments"));
        assert_eq!(
            kind("Share this article with friends, the minister said."),
            None
        );
        assert_eq!(kind("Please print the form"), None);
        let m = r.find("Image caption, Hu Jintao arrives").expect("match");
        assert_eq!(m.prefix_len, Some("image caption,".len()));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let bad = "[[group]]\nkind = \"x\"\nmessage = \"m\"\nphrases = [\"a\"]\n\n[[group]]\nkind = \"y\"\nmessage = \"m\"\nphrases = [\n  \"b\",\n  \"A\",\n]\n";
        let e = Residue::parse("user.toml", bad).err().expect("error");
        assert_eq!(e.to_string(), "user.toml:11: `A` is listed in two groups");
        let bad = "[[group]]\nkind = \"x\"\nmessage = \"m\"\npatterns = ['^(a$']\n";
        let e = Residue::parse("user.toml", bad).err().expect("error");
        assert!(e.to_string().starts_with("user.toml:4: bad pattern"), "{e}");
        let bad = "[[group]]\nkind = \"x\"\nmesage = \"m\"\n";
        let e = Residue::parse("user.toml", bad).err().expect("error");
        assert!(
            e.to_string().starts_with("user.toml:3: unknown field"),
            "{e}"
        );
    }
}
