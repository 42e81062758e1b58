//! Spelling machinery for the `typo` rule: word-list membership, known misspellings,
//! suggestions within a small edit distance, and American/British spelling pairs.
//!
//! The lists in `rules/spelling/` are compiled by `build.rs` into finite-state maps and
//! embedded; opening them is constant time, so a run that checks one short file pays nothing
//! for 170,000 words. Keys are spelling keys (`crate::text::fold`: lower case, straight
//! apostrophes).

mod complete;
mod layout;
pub(crate) mod names;
mod nearby;
mod vocabulary;

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::{LazyLock, Mutex};

use crate::data::fxhash::FxHasher;
use crate::text::keyboard;

use fst::{Map, Set};

pub(crate) use complete::{Case as CompletionCase, complete};
pub use vocabulary::Vocabulary;

/// A vocabulary file's line without a trailing comment (`kanban  # 3 times`): a `#` after
/// white space starts one; a `#` inside a word (`C#`) does not.
pub fn strip_comment(line: &str) -> &str {
    line.char_indices()
        .find(|&(i, c)| c == '#' && i > 0 && line[..i].ends_with(char::is_whitespace))
        .map_or(line, |(i, _)| &line[..i])
}

use layout::{CASED, COMMON, FREQ_SHIFT, GB, TITLE, US};

static WORDS: LazyLock<Map<&'static [u8]>> = LazyLock::new(|| {
    Map::new(&include_bytes!(concat!(env!("OUT_DIR"), "/words.fst"))[..])
        .expect("words.fst is built by build.rs")
});

static ACCEPT: LazyLock<Set<&'static [u8]>> = LazyLock::new(|| {
    Set::new(&include_bytes!(concat!(env!("OUT_DIR"), "/accept.fst"))[..])
        .expect("accept.fst is built by build.rs")
});

static MISSPELLINGS: LazyLock<Map<&'static [u8]>> = LazyLock::new(|| {
    Map::new(&include_bytes!(concat!(env!("OUT_DIR"), "/misspellings.fst"))[..])
        .expect("misspellings.fst is built by build.rs")
});

static CORRECTIONS: &str = include_str!(concat!(env!("OUT_DIR"), "/corrections.txt"));

/// Which spellings count as right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Dialect {
    /// American and British spellings both.
    #[default]
    Either,
    Us,
    Gb,
}

impl Dialect {
    /// The names `dialect = "…"` takes in `[rules.typo]`.
    pub const NAMES: [&'static str; 2] = ["en-US", "en-GB"];
}

/// `"en-US"` or `"en-GB"`, in any case.
impl<'de> serde::Deserialize<'de> for Dialect {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Dialect, D::Error> {
        let s = String::deserialize(d)?;
        if s.eq_ignore_ascii_case("en-US") {
            Ok(Dialect::Us)
        } else if s.eq_ignore_ascii_case("en-GB") {
            Ok(Dialect::Gb)
        } else {
            Err(serde::de::Error::custom(format_args!(
                "`{s}` is not `en-US` or `en-GB`{}",
                crate::text::did_you_mean(&s, Dialect::NAMES)
            )))
        }
    }
}

/// What the word lists say about a folded word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry(u64);

impl Entry {
    /// In a list in lower case, valid in the dialect (or in either).
    pub fn lower_in(self, dialect: Dialect) -> bool {
        let bits = match dialect {
            Dialect::Either => COMMON | US | GB,
            Dialect::Us => COMMON | US,
            Dialect::Gb => COMMON | GB,
        };
        self.0 & bits != 0
    }

    /// In a list only in the other dialect's lower-case spelling ("colour" for en-US).
    pub fn other_dialect_only(self, dialect: Dialect) -> bool {
        !self.lower_in(dialect) && self.lower_in(Dialect::Either)
    }

    /// In a list with capitals ("Beijing", "NATO").
    pub fn cased(self) -> bool {
        self.0 & (TITLE | CASED) != 0
    }

    /// In a list only as a capitalised name ("Beijing"), so a suggestion is spelt that way.
    pub fn title_only(self) -> bool {
        self.0 & TITLE != 0 && self.0 & (COMMON | US | GB | CASED) == 0
    }

    /// The word's frequency as `8 * log2(count)`; 0 when it is not in the frequency list.
    pub fn frequency(self) -> u32 {
        (self.0 >> FREQ_SHIFT) as u32
    }
}

/// The list entry of a folded word, if any of the common lists (SCOWL up to size 70 and
/// `additions.txt`) has it in any case. Words only of the accept-only list are not here:
/// see [`accepted`].
pub fn lookup(folded: &str) -> Option<Entry> {
    cached(&LOOKUPS, folded, |k| WORDS.get(k)).map(Entry)
}

/// [`lookup`] without this thread's cache: for forms made up to be tried (a word's
/// inflections), most of which are no word and would only crowd the cache.
pub(crate) fn lookup_uncached(folded: &str) -> Option<Entry> {
    WORDS.get(folded).map(Entry)
}

/// True when any list has the folded word, the accept-only lists included: a rarer word of
/// SCOWL size 80 ("switchgrass", "unban") or 95 ("workshopping"), a software term ("nginx")
/// or a loanword without its accents ("cafe"). Such a
/// word is right as spelt, but is never suggested (it is in a set of its own, which the
/// suggestion search does not walk).
pub fn accepted(folded: &str) -> bool {
    WORDS.contains_key(folded) || ACCEPT.contains(folded)
}

/// True when the lists have the folded word only in lower case, never capitalised: a common
/// noun ("qualifier", "evacuated"), not a word that is also a name ("mark", "rose").
pub fn common_only(folded: &str) -> bool {
    lookup(folded).is_some_and(|e| e.lower_in(Dialect::Either) && !e.cased())
}

/// The corrections of a known misspelling (folded), in the list's order.
pub fn misspelling(folded: &str) -> Option<impl Iterator<Item = &'static str> + use<>> {
    let at = cached(&MISSPELLING_LOOKUPS, folded, |k| MISSPELLINGS.get(k))? as usize;
    let line = CORRECTIONS.get(at..)?.split('\n').next()?;
    Some(line.split(',').map(str::trim).filter(|s| !s.is_empty()))
}

/// Words looked up per thread, up to this many: copy repeats its words from file to file,
/// and a hash probe is several times cheaper than a walk down the compiled map. Bounded,
/// so memory does not grow with the number of files.
const CACHED_WORDS: usize = 100_000;

type WordCache = RefCell<HashMap<Box<str>, Option<u64>, BuildHasherDefault<WordHasher>>>;

/// FxHash with a final mix, for tables keyed by words: FxHash's low bits depend only on the low bits of the input, and
/// the table picks its bucket from the low bits, so words alike in their first bytes piled
/// into the same buckets and every probe compared strings.
#[derive(Default)]
pub(crate) struct WordHasher(FxHasher);

impl std::hash::Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }

    fn finish(&self) -> u64 {
        // The finaliser of MurmurHash3.
        let mut h = self.0.finish();
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

thread_local! {
    static LOOKUPS: WordCache = RefCell::default();
    static MISSPELLING_LOOKUPS: WordCache = RefCell::default();
}

/// `find(key)` through this thread's cache.
fn cached(
    cache: &'static std::thread::LocalKey<WordCache>,
    key: &str,
    find: impl FnOnce(&str) -> Option<u64>,
) -> Option<u64> {
    cache.with(|c| {
        if let Some(v) = c.borrow().get(key) {
            return *v;
        }
        let v = find(key);
        let mut c = c.borrow_mut();
        if c.len() < CACHED_WORDS {
            c.insert(key.into(), v);
        }
        v
    })
}

/// A suggested word and how far it is from the word checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Spelt as in the lists: lower case, or capitalised for names ("Beijing").
    pub word: String,
    /// Optimal-string-alignment distance in characters.
    pub distance: usize,
    pub frequency: u32,
}

/// Longest word, in bytes, for which suggestions are searched; longer words are not
/// plausible typos of a listed word anyway.
const MAX_QUERY: usize = nearby::MAX_QUERY;

/// Words from the frequency list within `max` edits (OSA: insert, delete, substitute, swap
/// two neighbours; at most two) of the folded word `query`, best first: fewest edits, then
/// most frequent once the kind of slip is weighed (see [`slip_cost`]).
///
/// Walks the compiled map's word tree with the edit-distance table ([`nearby`]), so only
/// the branches that can still lie within `max` edits are visited — never the whole list.
///
/// The answer depends on nothing but the compiled lists, so it is kept for the rest of the
/// run (up to [`CACHED_QUERIES`] queries): the same unknown word in many files — a foreign
/// term, a recurring slip — walks the lists once.
pub fn candidates(query: &str, max: u8, dialect: Dialect) -> Vec<Candidate> {
    type Cache = HashMap<(String, u8, Dialect), Vec<Candidate>, BuildHasherDefault<WordHasher>>;
    static CACHE: LazyLock<Mutex<Cache>> = LazyLock::new(|| Mutex::new(Cache::default()));
    if query.len() > MAX_QUERY || query.is_empty() {
        return Vec::new();
    }
    let key = (query.to_string(), max, dialect);
    if let Some(hit) = CACHE.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return hit;
    }
    let found = search_candidates(query, max, dialect);
    if let Ok(mut c) = CACHE.lock()
        && c.len() < CACHED_QUERIES
    {
        c.insert(key, found.clone());
    }
    found
}

/// How many candidate queries [`candidates`] keeps: bounded, so memory does not grow with
/// the number of files.
pub const CACHED_QUERIES: usize = 20_000;

fn search_candidates(query: &str, max: u8, dialect: Dialect) -> Vec<Candidate> {
    let mut out = Vec::new();
    // One edit anywhere; two edits only after the right first letter, which slips rarely
    // change: the walk then visits one branch of the word tree instead of all of them.
    let other = max.min(1);
    let reach = nearby::Reach {
        first: max.max(other),
        other: Some(other),
    };
    collect(query, reach, dialect, &mut out);
    out.sort_by_cached_key(|c| {
        let lower = c.word.to_lowercase();
        let cost = if c.distance == 1 {
            slip_cost(query.as_bytes(), lower.as_bytes())
        } else {
            0
        };
        (
            c.distance,
            std::cmp::Reverse(i64::from(c.frequency) - cost),
            // Equally likely: the cheaper slip, then the word.
            cost,
            c.word.clone(),
        )
    });
    out.dedup_by(|a, b| a.word == b.word);
    out
}

/// How likely `meant` is the word a hand meant when it typed `typed`: its frequency (in the
/// units of [`Entry::frequency`], 8 = twice as often) less the cost of the slip
/// ([`slip_cost`]) when the two are one edit apart. Higher is likelier. Both are folded.
pub fn slip_score(typed: &str, meant: &str, frequency: u32) -> i64 {
    let cost = if strsim::osa_distance(typed, meant) == 1 {
        slip_cost(typed.as_bytes(), meant.as_bytes())
    } else {
        0
    };
    i64::from(frequency) - cost
}

/// How unlikely a hand is to type `typed` for `meant`, one edit apart, in the units of
/// [`Entry::frequency`] (8 = half as often). Each slip of one stroke is as likely as
/// another: two letters swapped, a letter left out or struck twice. A wrong key is one of
/// the four or so keys around the right one, so any one of them is a quarter as likely
/// (`NEAR`); a key nowhere near the right one ("punds" for `funds`: p is far from f) is
/// much less likely still (`FAR`), so "punds" suggests `pounds` and "lfower" `flower`,
/// however common the other word. Leaving out one letter of a pair ("potery" for
/// `pottery`) is twice as likely as another letter: either stroke of the two may be lost.
fn slip_cost(typed: &[u8], meant: &[u8]) -> i64 {
    /// One of the keys next to the right one.
    const NEAR: i64 = 16;
    /// A key nowhere near the letter meant.
    const FAR: i64 = 64;
    /// Either letter of a pair: twice as likely.
    const PAIR: i64 = -8;
    let near = |a: u8, b: u8| keyboard::qwerty_neighbours(b).contains(&a);
    let first = typed.iter().zip(meant).position(|(a, b)| a != b);
    match typed.len().cmp(&meant.len()) {
        std::cmp::Ordering::Less => {
            // The letter left out: the first that differs, or the last.
            let i = first.unwrap_or(typed.len());
            if i > 0 && meant.get(i) == meant.get(i - 1) {
                PAIR
            } else {
                0
            }
        }
        std::cmp::Ordering::Equal => {
            let Some(i) = first else { return 0 };
            if i + 1 < typed.len() && typed[i] == meant[i + 1] && typed[i + 1] == meant[i] {
                0
            } else if near(typed[i], meant[i]) {
                NEAR
            } else {
                FAR
            }
        }
        std::cmp::Ordering::Greater => {
            // The extra key: the first that differs, or the last.
            let i = first.unwrap_or(meant.len());
            let extra = typed[i];
            let beside = [i.checked_sub(1), Some(i + 1)];
            let beside = || beside.iter().flatten().filter_map(|&j| typed.get(j));
            if beside().any(|&b| b == extra) {
                // A letter struck twice.
                0
            } else if beside().any(|&b| near(extra, b)) {
                NEAR
            } else {
                FAR
            }
        }
    }
}

/// Orders a known misspelling's corrections (`typed` folded) like [`candidates`]: the
/// closest first, then the likeliest slip ([`slip_score`]: "increaes" → `increase` by two
/// letters swapped before `increases` with one left out; "equatin" → `equation` before the
/// rarer `equating`); corrections alike in both keep the list's order.
///
/// A listed word of the dialect one slip away that the list lacks comes first when it is
/// likelier as a slip than the list's first word is as a word, by more than [`LISTED`] (the
/// list's word for having been seen misspelt this way), or when every correction is two
/// edits or more away: "commuincate" → `communicate` before the list's `communicated`,
/// "businesss" → `business` before `businesses`; but "persue" → `pursue`, not `peruse`.
pub fn rank_corrections(typed: &str, fixes: &mut Vec<String>, dialect: Dialect) {
    let rank = |word: &str, frequency: u32| {
        (
            strsim::osa_distance(typed, word),
            std::cmp::Reverse(slip_score(typed, word, frequency)),
        )
    };
    fixes.sort_by_cached_key(|f| {
        let lower = f.to_lowercase();
        rank(&lower, lookup(&lower).map_or(0, Entry::frequency))
    });
    let Some(first) = fixes.first().map(|f| f.to_lowercase()) else {
        return;
    };
    // The list has seen this misspelling made for its word, by a hand or by ear ("persue"
    // for `pursue`: e is far from u), so its word pays no slip cost here.
    let listed = i64::from(lookup(&first).map_or(0, Entry::frequency)) + LISTED;
    if let Some(c) = candidates(typed, 1, dialect)
        .into_iter()
        .find(|c| !c.word.contains(char::is_uppercase))
        && (strsim::osa_distance(typed, &first) > 1
            || slip_score(typed, &c.word, c.frequency) > listed)
    {
        fixes.retain(|f| *f != c.word);
        fixes.insert(0, c.word);
    }
}

/// How much likelier than a known misspelling's listed correction another word one slip
/// away must be to come before it, in the units of [`Entry::frequency`].
const LISTED: i64 = 24;

fn collect(query: &str, reach: nearby::Reach, dialect: Dialect, out: &mut Vec<Candidate>) {
    nearby::walk(
        WORDS.as_fst(),
        query.as_bytes(),
        reach,
        &mut |key, value| {
            // The edits allowed in the key's branch.
            let max = if key.first() == query.as_bytes().first() {
                reach.first
            } else {
                reach.other.unwrap_or(0)
            };
            let e = Entry(value);
            if e.frequency() == 0 || key == query.as_bytes() {
                return;
            }
            let Ok(word) = std::str::from_utf8(key) else {
                return;
            };
            let word = if e.lower_in(dialect) {
                word.to_string()
            } else if e.title_only() {
                capitalise(word)
            } else {
                // Only the other dialect's spelling, or a name cased another way ("NATO").
                return;
            };
            let distance = strsim::osa_distance(query, &word.to_lowercase());
            if distance <= usize::from(max) {
                out.push(Candidate {
                    word,
                    distance,
                    frequency: e.frequency(),
                });
            }
        },
    );
}

/// First letter upper case, the rest as given.
pub fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Edits between American and British spellings, as (American, British). Each is tried on
/// the word and the result kept only when the lists confirm it, so a broad pattern cannot
/// invent a word.
const DIALECT_PAIRS: &[(&str, &str)] = &[
    ("or", "our"),
    ("ize", "ise"),
    ("iza", "isa"),
    ("yze", "yse"),
    ("yzi", "ysi"),
    ("ter", "tre"),
    ("ber", "bre"),
    ("ered", "red"),
    ("led", "lled"),
    ("ling", "lling"),
    ("ler", "ller"),
    ("og", "ogue"),
    ("ense", "ence"),
    ("am", "amme"),
    ("ment", "ement"),
    ("ll", "l"),
    ("aging", "ageing"),
    ("gray", "grey"),
    // Greek and Latin ae/oe only in the stems where British keeps them: a bare e -> ae
    // edit would turn "stipule" into "stipulae" and "deva" into "daeva".
    ("hem", "haem"),
    ("anem", "anaem"),
    ("ped", "paed"),
    ("esth", "aesth"),
    ("fet", "foet"),
    ("estr", "oestr"),
    ("edem", "oedem"),
    ("celiac", "coeliac"),
    ("ameb", "amoeb"),
    ("pnea", "pnoea"),
    ("rrhea", "rrhoea"),
    ("fec", "faec"),
    ("eon", "aeon"),
    ("cesium", "caesium"),
    ("iev", "iaev"),
    ("cheo", "chaeo"),
    ("paleo", "palaeo"),
];

/// The preferred dialect's spelling of `lower`, a word valid only in the other dialect:
/// `organise` -> `organize` for en-US, `color` -> `colour` for en-GB. `None` unless exactly
/// one edit from `DIALECT_PAIRS` yields a word the lists give for the preferred dialect.
pub fn dialect_spelling(lower: &str, prefer: Dialect) -> Option<String> {
    // Short words map by accident ("bel" -> "bael"); the variant pairs worth a finding are
    // longer.
    if prefer == Dialect::Either || lower.chars().count() < 5 {
        return None;
    }
    let mut found: Option<String> = None;
    let mut key = String::new();
    for &(us, gb) in DIALECT_PAIRS {
        let (from, to) = if prefer == Dialect::Us {
            (gb, us)
        } else {
            (us, gb)
        };
        if from == to {
            continue;
        }
        for (at, _) in lower.match_indices(from) {
            let candidate = format!("{}{to}{}", &lower[..at], &lower[at + from.len()..]);
            if candidate.chars().count() < 5 {
                // "bourg" is not "borg", nor "stour" "stor".
                continue;
            }
            crate::text::fold::spelling_key_into(&candidate, &mut key);
            if lookup(&key).is_some_and(|e| e.lower_in(prefer)) {
                match &found {
                    Some(f) if *f != candidate => return None,
                    _ => found = Some(candidate),
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod dialect_lists {
    use super::{Dialect, dialect_spelling};

    /// Every American-only word that maps to a British spelling maps back to itself (or to
    /// nothing, when two British spellings fit: "glamorize" has "glamourize" and
    /// "glamorise"), and the other way round: neither direction invents a word.
    #[test]
    fn mappings_of_the_dialect_lists_round_trip() {
        let mut mapped = 0;
        let mut bad = Vec::new();
        for (text, from, to) in [
            (
                crate_file("rules/spelling/words-us.txt"),
                Dialect::Us,
                Dialect::Gb,
            ),
            (
                crate_file("rules/spelling/words-gb.txt"),
                Dialect::Gb,
                Dialect::Us,
            ),
        ] {
            for w in text.lines().filter(|l| !l.starts_with('#')) {
                if let Some(m) = dialect_spelling(w, to) {
                    mapped += 1;
                    let back = dialect_spelling(&m, from);
                    if back.as_deref().is_some_and(|b| b != w) {
                        bad.push(format!("{w} -> {m} -> {back:?}"));
                    }
                }
            }
        }
        assert!(mapped > 4000, "only {mapped} dialect spellings mapped");
        assert!(
            bad.is_empty(),
            "{} do not map back:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    fn crate_file(path: &str) -> String {
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
            .expect("spelling list")
    }
}
