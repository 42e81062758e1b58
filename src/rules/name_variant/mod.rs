use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::data::fxhash::FxMap;
use crate::data::given_names::given_name_group;
use crate::diagnostic::Finding;
use crate::doc::{BlockKind, Document, Gap, Needs, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::spell::{self, Dialect};
use crate::text::fold::name_key as fold;

declare_rule! {
    /// ## What it checks
    /// One person's name spelled two ways in one document: "Zelensky" in three paragraphs
    /// and "Zelenskyy" in two, "Mohammed bin Salman" and "Mohammad bin Salman". The spelling
    /// used less often is reported, each time, with a label on the other. Three kinds of
    /// difference count:
    /// - diacritics only ("Žukauskas"/"Zukauskas", "Traoré"/"Traore"): always one name;
    /// - a given name transliterated two ways beside the same family name ("Yevgeny
    ///   Tarasov"/"Evgeny Tarasov", "Rajeev Kurian"/"Rajiv Kurian"; the pairs are listed in
    ///   `rules/given-names.txt`);
    /// - one or two letters in a family name when the text ties both spellings to one
    ///   person: a given name they share, or the odd spelling used alone (a second
    ///   reference) after one full name ("Volodymyr Zelensky … Zelensky … Zelenskyy").
    ///
    /// Owned here, not by `typo`: a slip in a name the article ties to one person this way,
    /// even when the odd spelling occurs once. `typo` reports one-off slips of names only
    /// where nothing ties them to a person in the article.
    ///
    /// ## Why it matters
    /// Transliterated names drift between wire services and between reporters; a story that
    /// spells its own subject two ways looks careless.
    ///
    /// ## Example
    /// ```text
    /// Almaz Atambayev said … Atambaev later told reporters …
    /// ```
    ///
    /// ## Not flagged
    /// - different people who share or nearly share a family name: "Boris Johnson" and
    ///   "Andrew Johnston" (two names the word lists know, with different given names), or
    ///   with the same given name when each spelling is written in full and again alone
    ///   ("Speaker Mike Johnson … Johnson", "Mayor Mike Johnston … Johnston");
    /// - a country and its people ("East Germany", "East Germans");
    /// - inflected and possessive forms: "Kazakh"/"Kazakhs", "Annan's";
    /// - a name with a capitalised part added, another product or edition
    ///   ("VirtuWheel"/"VirtuWheelOS");
    /// - a spelling inside a sentence marked `[sic]`;
    /// - a one-off slip with nothing tying it to the person (no shared given name, not a
    ///   second reference after one full name): the `typo` rule's to report;
    /// - names in a line-up, a results table or another list of surnames ("McMillan,
    ///   McMullen"; "Malone" and "Maloney" in a table): different players, not one spelled
    ///   twice, unless a shared given name ties them;
    /// - different given names that are not spellings of one name ("Ahmed"/"Ahmad" are;
    ///   "Omar"/"Amar" are not);
    /// - family-name transliterations that start with another letter ("Gaddafi"/"Qaddafi").
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Not safe: the majority spelling is suggested, but only an editor knows which is right.
    pub(crate) struct NameVariant {
        id: "name-variant",
        severity: Warning,
        summary: "one name spelled two ways in one document",
        fix: Unsafe,
        options: [],
        languages: English,
    }
}

/// Endings that make another word of a name rather than another spelling of it:
/// "Kazakh"/"Kazakhs", "Syria"/"Syrian", "Israel"/"Israeli", "Congo"/"Congolese".
const INFLECTIONS: &[&str] = &[
    "s", "es", "n", "an", "ns", "ans", "i", "is", "ese", "ian", "ians",
];

/// Lower-case words inside a full name.
const PARTICLES: &[&str] = &[
    "al", "bin", "bint", "ibn", "da", "de", "del", "der", "di", "dos", "du", "el", "la", "le",
    "van", "von",
];

/// Shortest name compared: short names collide by chance ("Lee"/"Lea").
const MIN_LEN: usize = 5;

/// Shortest name compared at all: a four-letter name only when the text ties both
/// spellings to one person by its given name or as a second reference ("Petra Kern …
/// Kern … Karn").
const MIN_SHORT_LEN: usize = 4;

/// Shortest name compared for diacritics alone ("Sanó"/"Sano").
const MIN_DIACRITIC_LEN: usize = 4;

#[derive(Default)]
struct Form<'a> {
    spans: Vec<Span>,
    /// Capitalised words next to the name: a given name before, a family name after.
    neighbours: Vec<&'a str>,
    /// The capitalised words before it alone: given names.
    before: Vec<&'a str>,
    /// The capitalised words after it alone, over particles: family names.
    after: Vec<&'a str>,
    /// Uses with no capitalised word beside them (a family name on second reference).
    alone: usize,
    first: usize,
    /// Uses inside a list series, a table cell or a results line: a line-up or results.
    listed: usize,
    /// Uses after a determiner or a preposition of place ("the Arabic language", "shortened
    /// to Amman"): a name of a thing or a place more likely than a person's.
    determined: usize,
}

/// Words before a name that make it a thing's or a place's name rather than a person's.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "to",
    "in", "at", "from", "into", "near", "via", "toward", "towards",
];

impl Rule for NameVariant {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::SERIES
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        for d in findings(doc) {
            cx.report(d);
        }
    }
}

/// The name's stem: without a possessive.
fn stem(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

fn is_name(doc: &Document<'_>, i: usize) -> bool {
    matches!(doc.words[i].shape, Shape::Capitalised | Shape::Mixed)
}

fn findings(doc: &Document<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    // Keyed by words, looked up and never iterated in hash order: a word hasher, not SipHash.
    let mut forms: HashMap<&str, Form<'_>, BuildHasherDefault<spell::WordHasher>> =
        HashMap::default();
    // (One search of the whole text first: most documents have no "[sic]".)
    let sic: Vec<Span> = if doc.text().contains("[sic]") {
        doc.sentences
            .iter()
            .filter(|s| doc.slice(s.span).contains("[sic]"))
            .map(|s| s.span)
            .collect()
    } else {
        Vec::new()
    };
    // Items of lists of three or more: where line-ups and results are.
    let listed = Covers::new(
        doc.series
            .iter()
            .filter(|s| s.items.len() >= 3)
            .flat_map(|s| s.items.iter().map(|i| i.span)),
    );
    let mut key = String::new();
    // Folded forms of the names written with diacritics, in order (few in any document).
    let mut accented: Vec<String> = Vec::new();
    for (i, w) in doc.words.iter().enumerate() {
        if !is_name(doc, i) {
            continue;
        }
        let text = stem(doc.slice(w.span));
        // Shorter names are kept for their diacritics alone ("Thé"/"The" aside: common words
        // go below); the other comparisons start at MIN_LEN.
        if text.chars().count() < MIN_DIACRITIC_LEN || sic.iter().any(|s| s.contains(w.span)) {
            continue;
        }
        // A capitalised common word ("Opposition" at a sentence start) is not a name, unless
        // a given name that is no common word introduces it ("Petra Kern"), and then on
        // every later use ("Kern said").
        // (Nor when the text has spelt it with diacritics and it stands beside another
        // name: "Miloš Zeman … Milos Zeman", though "milos" is a plural of "milo"; not
        // "Ángel Cabrera … Angel investors".)
        let respelt = |key: &mut String| {
            !accented.is_empty()
                && text.is_ascii()
                && beside_name(doc, i)
                && accented.contains(&fold(text))
                || introduced_by_given_name(doc, i, key)
        };
        if common_word(text, &mut key) && !forms.contains_key(text) && !respelt(&mut key) {
            continue;
        }
        if !text.is_ascii() && !forms.contains_key(text) {
            accented.push(fold(text));
        }
        let order = forms.len();
        let f = forms.entry(text).or_insert_with(|| Form {
            first: order,
            ..Form::default()
        });
        f.spans
            .push(Span::new(w.span.start(), w.span.start() + text.len()));
        if matches!(doc.blocks[w.block as usize].kind, BlockKind::TableCell)
            || listed.contains(w.span)
            || doc.after_rank(i)
        {
            f.listed += 1;
        }
        if i > 0
            && w.gap == Gap::Space
            && DETERMINERS
                .iter()
                .any(|d| doc.slice(doc.words[i - 1].span).eq_ignore_ascii_case(d))
        {
            f.determined += 1;
        }
        // Capitalised words beside the name, but not a possessive ("Saudi Arabia's
        // Mohammed"): that is an owner, not a given name.
        let neighbour = |j: usize, owner: bool| {
            let n = &doc.words[j];
            let t = doc.slice(n.span);
            (n.block == w.block && is_name(doc, j) && (owner || stem(t).len() == t.len()))
                .then(|| stem(t))
        };
        let mut alone = true;
        if i > 0
            && w.gap == Gap::Space
            && let Some(t) = neighbour(i - 1, false)
        {
            f.neighbours.push(t);
            f.before.push(t);
            alone = false;
        }
        // The family name after a given name, over particles: "Mohammed bin Salman", its
        // possessive too ("Rajiv Kurian's departure").
        let mut j = i + 1;
        while doc
            .words
            .get(j)
            .is_some_and(|n| n.gap == Gap::Space && n.block == w.block)
            && PARTICLES.contains(&doc.slice(doc.words[j].span))
            && j < i + 3
        {
            j += 1;
        }
        if doc.words.get(j).is_some_and(|n| n.gap == Gap::Space)
            && stem(doc.slice(w.span)).len() == doc.slice(w.span).len()
            && let Some(t) = neighbour(j, true)
        {
            f.neighbours.push(t);
            f.after.push(t);
            alone = false;
        }
        f.alone += usize::from(alone);
    }
    let mut list: Vec<(&str, Form<'_>)> = forms.into_iter().collect();
    list.sort_by_key(|(_, f)| f.first);
    // Variants share a first letter (without its diacritics) and differ in length by two
    // at most, or are listed spellings of one given name: compare each form only with the
    // forms in its buckets, not with every name in the document.
    let mut buckets: FxMap<(char, usize), Vec<usize>> = FxMap::default();
    let mut given: FxMap<u32, Vec<usize>> = FxMap::default();
    let folded: Vec<NameKey> = list.iter().map(|(a, _)| NameKey::new(a)).collect();
    for (k, f) in folded.iter().enumerate() {
        buckets.entry((f.first, f.len)).or_default().push(k);
        if let Some(g) = f.group {
            given.entry(g).or_default().push(k);
        }
    }
    for (k, (a, fa)) in list.iter().enumerate() {
        let f = &folded[k];
        let mut near: Vec<usize> = (f.len.saturating_sub(2)..=f.len + 2)
            .filter_map(|l| buckets.get(&(f.first, l)))
            .flatten()
            .copied()
            .collect();
        if let Some(g) = f.group {
            near.extend(given.get(&g).into_iter().flatten().copied());
            near.sort_unstable();
            near.dedup();
        }
        for j in near {
            let (b, fb) = &list[j];
            // Each pair once, the minority form reported: fewer uses, or on a tie the later.
            let a_minor = fa.spans.len() < fb.spans.len()
                || (fa.spans.len() == fb.spans.len() && fa.first > fb.first);
            if !a_minor {
                continue;
            }
            let Some(kind) = variants(a, b, f, &folded[j]) else {
                continue;
            };
            // The typo rule reports misspellings of the countries and groups in rules/; and
            // a country is no slip of its people's name ("East Germany" beside "East
            // Germans").
            if crate::data::normalize::entity(&fold(b)).is_some()
                || crate::data::normalize::entity(&fold(a)).is_some()
            {
                continue;
            }
            crate::text::fold::spelling_key_into(a, &mut key);
            let a_entry = spell::lookup(&key);
            let a_known = a_entry.is_some();
            crate::text::fold::spelling_key_into(b, &mut key);
            let b_entry = spell::lookup(&key);
            let b_known = b_entry.is_some();
            // Both spellings listed, and only as names ("Thompson", "Thomson"): a one-off
            // second reference can still be a slip of the name introduced in full.
            // Not a thing's name ("the Arabic language") nor a place's ("Saudi Arabia").
            let names_only = [a_entry, b_entry]
                .iter()
                .all(|e| e.is_some_and(|e| !e.lower_in(Dialect::Either)))
                && fa.determined == 0
                && crate::data::normalize::entity(&fold(a)).is_none()
                && !fb
                    .before
                    .iter()
                    .any(|g| crate::data::normalize::entity(&fold(&format!("{g} {b}"))).is_some());
            // Two names the word lists know ("Michel", "Michael") are two names unless the
            // text ties them to one person with a shared given or family name.
            let shared = fa
                .neighbours
                .iter()
                .any(|n| fb.neighbours.iter().any(|m| same_name(n, m)));
            let short = a.chars().count().min(b.chars().count()) < MIN_LEN;
            let tied = match kind {
                Kind::Diacritics => true,
                // A short name collides by chance: only the same given name, or the odd
                // spelling once, alone, after the one full name.
                Kind::Letters if short => {
                    shares(&fa.before, &fb.before)
                        || (fa.spans.len() == 1
                            && !a_known
                            && second_reference(fa, fb)
                            && (!b_known || given_before(fb, &mut key)))
                }
                // Listed variants of a given name: the same family name after both (not a
                // title before: "Sheikh Mohamed bin Zayed", "Sheikh Mohammed bin Rashid").
                Kind::GivenName => shares(&fa.after, &fb.after),
                // A line-up or results table lists different people.
                Kind::Letters if fa.listed == fa.spans.len() || fb.listed == fb.spans.len() => {
                    shared
                }
                // A one-off spelling needs a person behind it: the same given name, or a
                // second reference after the one full name the other spelling was introduced
                // with, the odd spelling unknown to the word lists (a family name, not
                // "Quito" or "Venezuelan"). The usual spelling may be a listed surname
                // ("Siobhan Gallagher … Gallagher … Gallager"): the full name ties it to one
                // person. Without that it is the typo rule's to judge.
                Kind::Letters if fa.spans.len() == 1 => {
                    shares(&fa.before, &fb.before)
                        || ((!a_known || names_only)
                            && second_reference(fa, fb)
                            && (!b_known || given_before(fb, &mut key)))
                }
                // Two surnames the word lists both know, each written in full and again
                // alone ("House Speaker Mike Johnson … Johnson", "Mayor Mike Johnston …
                // Johnston"): two people, each named consistently. (Transliterations the
                // lists lack, "Gaddafi" and "Gadhafi" twice each, are one person.)
                Kind::Letters
                    if a_known
                        && b_known
                        && fa.alone > 0
                        && fa.alone < fa.spans.len()
                        && fb.alone > 0 =>
                {
                    false
                }
                Kind::Letters => shared || (!(a_known && b_known) && same_person(fa, fb)),
            };
            // "Iguaçu Falls (Iguazú Falls)": a name given in two languages on purpose.
            if !tied || side_by_side(doc, fa, fb) {
                continue;
            }
            for &span in &fa.spans {
                out.push(
                    Finding::new(
                        span,
                        format!("`{a}` is also spelled `{b}` in this document"),
                    )
                    .label(
                        fb.spans[0],
                        match fb.spans.len() {
                            1 => format!("spelled `{b}` here (once)"),
                            n => format!("spelled `{b}` here ({n} times)"),
                        },
                    )
                    .suggest(*b)
                    .fix(false, span, *b),
                );
            }
        }
    }
    out
}

/// Spans sorted by start with the furthest end reached so far: whether any of them contains
/// a span, in one binary search rather than a walk over all of them (a long line-up has
/// thousands of items, and every capitalised word asks).
struct Covers {
    starts: Vec<usize>,
    /// `reach[k]`: the largest end among the first `k + 1` spans by start.
    reach: Vec<usize>,
}

impl Covers {
    fn new(spans: impl Iterator<Item = Span>) -> Covers {
        let mut spans: Vec<Span> = spans.collect();
        spans.sort_unstable_by_key(|s| s.start());
        let mut furthest = 0;
        let reach = spans
            .iter()
            .map(|s| {
                furthest = furthest.max(s.end());
                furthest
            })
            .collect();
        Covers {
            starts: spans.iter().map(|s| s.start()).collect(),
            reach,
        }
    }

    /// Some span starts at or before `span` and ends at or after it.
    fn contains(&self, span: Span) -> bool {
        let k = self.starts.partition_point(|&s| s <= span.start());
        k > 0 && self.reach[k - 1] >= span.end()
    }
}

/// Whether a capitalised word stands right before or after word `i`, with a space between.
fn beside_name(doc: &Document<'_>, i: usize) -> bool {
    let w = &doc.words[i];
    let before =
        i > 0 && w.gap == Gap::Space && doc.words[i - 1].block == w.block && is_name(doc, i - 1);
    let after = doc
        .words
        .get(i + 1)
        .is_some_and(|n| n.gap == Gap::Space && n.block == w.block && is_name(doc, i + 1));
    before || after
}

/// Whether the word before word `i` is a capitalised name that is no common word ("Petra"
/// before "Kern"; not "Mark" nor "New").
fn introduced_by_given_name(doc: &Document<'_>, i: usize, key: &mut String) -> bool {
    if i == 0 || doc.words[i].gap != Gap::Space || doc.words[i - 1].block != doc.words[i].block {
        return false;
    }
    let before = doc.slice(doc.words[i - 1].span);
    if stem(before).len() != before.len() {
        return false;
    }
    if doc.words[i - 1].shape == Shape::Capitalised && !before.contains('-') {
        return !common_word(before, key);
    }
    // A hyphenated given name of two capitalised parts, one of them no common word:
    // "Jean-Claude" ("jean" is one), "Hans-Dietrich".
    let mut parts = before.split('-');
    let capitalised = |p: &str| {
        let mut c = p.chars();
        p.chars().count() >= 2
            && c.next().is_some_and(char::is_uppercase)
            && c.all(char::is_lowercase)
    };
    parts.clone().count() == 2
        && parts.clone().all(capitalised)
        && parts.any(|p| !common_word(p, key))
}

/// Whether the word lists have `word` in lower case: a common word ("Opposition", "Mark",
/// "Kern"), not only a name. `key` is a buffer for its folded form.
fn common_word(word: &str, key: &mut String) -> bool {
    crate::text::fold::spelling_key_into(word, key);
    spell::lookup(key).is_some_and(|e| e.lower_in(Dialect::Either))
}

/// Evidence that two spellings name one person: a given or family name they share
/// ("Mohammed bin Salman" / "Mohammad bin Salman" share nothing capitalised, but "Almaz
/// Atambayev" / "Almaz Atambaev" share "Almaz"); or the minority spelling used only on its
/// own, as a family name on second reference, after the majority spelling was introduced
/// with one full name (one person, not several Nguyens) and used at least twice.
fn same_person(minor: &Form<'_>, major: &Form<'_>) -> bool {
    if minor
        .neighbours
        .iter()
        .any(|n| major.neighbours.iter().any(|m| same_name(n, m)))
    {
        return true;
    }
    let mut full: Vec<&str> = major.neighbours.clone();
    full.sort_unstable();
    full.dedup();
    // (A given name is a second reference only after its full name: "Ronaldo scored"
    // before "Ronald de Boer" is introduced is no slip of his name; a family name may come
    // first in a headline, "Tokaev calls early election".)
    minor.alone == minor.spans.len()
        && major.spans.len() >= 2
        && full.len() == 1
        && (major.after.is_empty() || minor.spans[0].start() > major.spans[0].start())
}

/// Whether two lists of neighbouring names share one.
fn shares(a: &[&str], b: &[&str]) -> bool {
    a.iter().any(|n| b.iter().any(|m| same_name(n, m)))
}

/// The minority spelling used alone, after the majority spelling was introduced once with a
/// given name ("Volodymyr Zelensky … Zelensky … Zelenskyy") and used at least twice.
fn second_reference(minor: &Form<'_>, major: &Form<'_>) -> bool {
    let mut given: Vec<&str> = major.before.clone();
    given.sort_unstable();
    given.dedup();
    minor.alone == minor.spans.len()
        && major.spans.len() >= 2
        && given.len() == 1
        && major.neighbours.len() == major.before.len()
        && minor.spans[0].start() > major.spans[0].start()
}

/// A listed spelling introduced with a word that is a name and nothing else ("Siobhan
/// Gallagher"), not with a capitalised common word ("When Quito withdrew").
fn given_before(major: &Form<'_>, key: &mut String) -> bool {
    major.before.iter().all(|g| !common_word(g, key)) && !major.before.is_empty()
}

/// Whether the two spellings stand side by side as alternatives: one in brackets right after
/// the other, or joined by a slash.
fn side_by_side(doc: &Document<'_>, fa: &Form<'_>, fb: &Form<'_>) -> bool {
    fa.spans.iter().any(|a| {
        fb.spans.iter().any(|b| {
            let (first, second) = if a.start() < b.start() {
                (a, b)
            } else {
                (b, a)
            };
            doc.text()
                .get(first.end()..second.start())
                .is_some_and(|between| {
                    between.len() <= 40 && (between.contains('(') || between.contains('/'))
                })
        })
    })
}

/// One neighbouring name, with or without its diacritics: "Phu" and "Phú".
fn same_name(a: &str, b: &str) -> bool {
    a == b || (!(a.is_ascii() && b.is_ascii()) && fold(a) == fold(b))
}

/// How two spellings of one name differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Only in diacritics: "Traoré"/"Traore".
    Diacritics,
    /// Listed spellings of one given name: "Yevgeny"/"Evgeny".
    GivenName,
    /// One or two letters (two from eight letters on): "Zelensky"/"Zelenskyy".
    Letters,
}

/// Whether two capitalised forms can be spellings of one name, and how they differ.
fn variants(a: &str, b: &str, fa: &NameKey, fb: &NameKey) -> Option<Kind> {
    if a == b {
        return None;
    }
    // Apostrophes and hyphens are typography, not spelling ("Qa’ida"/"Qa'ida", a
    // non-breaking hyphen), and a different set of them makes another word
    // ("Australia-US"/"Australians").
    let plain = |c: char| match c {
        '’' | '‘' | 'ʼ' => '\'',
        '‐' | '‑' | '–' => '-',
        c => c,
    };
    let marks = |s| str::chars(s).filter(|c| !c.is_alphanumeric()).map(plain);
    let same_letters = a
        .chars()
        .flat_map(char::to_lowercase)
        .map(plain)
        .eq(b.chars().flat_map(char::to_lowercase).map(plain));
    if !marks(a).eq(marks(b)) || same_letters {
        return None;
    }

    let (al, bl) = (fa.folded.as_str(), fb.folded.as_str());
    if al == bl {
        // Diacritics only: a name, whatever its length, unless one of them is a common word.
        return (!a.is_ascii() || !b.is_ascii()).then_some(Kind::Diacritics);
    }
    // Names with none of the letter groups are romanised as they are (and differ).
    let same_given = fa.group.is_some_and(|g| fb.group == Some(g));
    let same_romanised = match (&fa.romanised, &fb.romanised) {
        (None, None) => false,
        (x, y) => x.as_deref().unwrap_or(al) == y.as_deref().unwrap_or(bl),
    };
    if same_given || same_romanised {
        return Some(Kind::GivenName);
    }
    let (la, lb) = (fa.len, fb.len);
    if la.min(lb) < MIN_SHORT_LEN || la.abs_diff(lb) > 2 || fa.first != fb.first {
        return None;
    }
    let (short, long) = if al.len() <= bl.len() {
        (al, bl)
    } else {
        (bl, al)
    };
    if let Some(rest) = long.strip_prefix(short)
        && INFLECTIONS.contains(&rest)
    {
        return None;
    }
    // One name with a capitalised part added ("VirtuWheel", "VirtuWheelOS"): another
    // product or edition, not a spelling.
    let (short_raw, long_raw) = if a.chars().count() <= b.chars().count() {
        (a, b)
    } else {
        (b, a)
    };
    if long.starts_with(short)
        && long_raw
            .chars()
            .skip(short_raw.chars().count())
            .any(char::is_uppercase)
    {
        return None;
    }
    // "Jae-myung"/"Jae-yong": a hyphenated name is judged by the part that differs, so
    // two letters in a four-letter syllable are not one slip of an eight-letter name.
    let hyphens = ['-', '‐', '‑'];
    let parts = |s: &str| -> Vec<String> { s.split(hyphens).map(fold).collect() };
    // (The same marks on both, so one test tells whether both are hyphenated.)
    if a.contains(hyphens)
        && let (pa, pb) = (parts(a), parts(b))
        && pa.len() == pb.len()
    {
        let differ: Vec<(&str, &str)> = pa
            .iter()
            .zip(&pb)
            .filter(|(x, y)| x != y)
            .map(|(x, y)| (x.as_str(), y.as_str()))
            .collect();
        if let [(x, y)] = differ.as_slice() {
            let limit = if x.len().min(y.len()) >= 8 { 2 } else { 1 };
            return (strsim::damerau_levenshtein(x, y) <= limit).then_some(Kind::Letters);
        }
    }
    let limit = if la.min(lb) >= 8 { 2 } else { 1 };
    let ascii = al.is_ascii() && bl.is_ascii();
    if la.abs_diff(lb) > limit || (ascii && letters_apart(al, bl) > 2 * limit) {
        // Lower bounds of the distance, cheap to take: most pairs of names end here.
        return None;
    }
    (strsim::damerau_levenshtein(al, bl) <= limit).then_some(Kind::Letters)
}

/// Letter groups that romanisations of one sound write differently, each with the form
/// they are compared in: Hindi and other Indic names ("Lakshmi"/"Laxmi",
/// "Sudheer"/"Sudhir", "Jeetendra"/"Jitendra", "Poonam"/"Punam").
/// Ukrainian names in the national system write "ія" as "iia" ("Yuliia"/"Yulia",
/// "Mariia"/"Maria").
const ROMANISED: &[(&str, &str)] = &[
    ("ksh", "x"),
    // "Oleksandr"/"Olexandr", "Maksim"/"Maxim": one Cyrillic letter pair, two spellings.
    ("ks", "x"),
    ("ee", "i"),
    ("oo", "u"),
    ("aa", "a"),
    ("ii", "i"),
];

/// What the comparison of two names needs of each, worked out once per name rather than
/// once per pair compared.
struct NameKey {
    folded: String,
    /// In characters.
    len: usize,
    first: char,
    group: Option<u32>,
    /// The folded name with the letter groups of [`ROMANISED`] written one way, when it has
    /// any: two names with the same key are one name spelled by two systems (a given name
    /// beside the same family name, `Kind::GivenName`). A name with none of them is
    /// romanised as it is.
    romanised: Option<String>,
}

impl NameKey {
    fn new(name: &str) -> NameKey {
        let folded = fold(name);
        let romanised = ROMANISED
            .iter()
            .any(|(from, _)| folded.contains(from))
            .then(|| {
                ROMANISED
                    .iter()
                    .fold(folded.clone(), |s, (from, to)| s.replace(from, to))
            });
        NameKey {
            len: folded.chars().count(),
            first: folded.chars().next().unwrap_or(' '),
            group: given_name_group(&folded),
            romanised,
            folded,
        }
    }
}

/// How many letters one ASCII word has that the other lacks, counted both ways (as
/// multisets): an edit changes this by at most two, so half of it bounds the edit distance.
fn letters_apart(a: &str, b: &str) -> usize {
    let mut count = [0i32; 256];
    for &x in a.as_bytes() {
        count[x as usize] += 1;
    }
    for &x in b.as_bytes() {
        count[x as usize] -= 1;
    }
    count.iter().map(|c| c.unsigned_abs() as usize).sum()
}

#[cfg(test)]
mod tests;
