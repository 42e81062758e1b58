//! Name slips: a capitalised word one slip from a name the document spells otherwise, or
//! from a name in `rules/`; and what says a capitalised word is a name (a run of capitals,
//! a title-case headline, a genus before a species).

use std::collections::HashMap;

use super::{Checker, strip_possessive};
use crate::data::given_names;
use crate::diagnostic::Finding;
use crate::doc::{Gap, Shape};
use crate::span::Span;
use crate::spell::{self, Dialect, names};
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::tokenize;

impl<'a> Checker<'_, 'a> {
    /// The word being checked stands in a run of capitalised words inside a sentence:
    /// after a capitalised word that does not start the sentence ("Television Nacional",
    /// "Elena Dementieva"), or before a capitalised word ("Radio Mauritanie, …" is caught by
    /// the first test; "Nacional Financiera"), with only a space between.
    pub(super) fn in_capitalised_run(&self) -> bool {
        // A headline in title case ("Goverment Rejects Calls") capitalises every word.
        !self.title_case() && self.beside_capital()
    }

    /// The word being checked has a capitalised word right before it (not starting the
    /// sentence) or right after it, with only a space between, whatever the sentence: in a
    /// sentence of names ("partners at Citi Community Development and the Mayor's Fund to
    /// Advance New York City") as in a title.
    pub(super) fn beside_capital(&self) -> bool {
        let capitalised = |w: &str| {
            matches!(
                tokenize::shape(strip_possessive(w)),
                Shape::Capitalised | Shape::AllCaps
            )
        };
        let after_name = self.at.checked_sub(1).is_some_and(|p| {
            !self.initial.get(p).copied().unwrap_or(true)
                && self
                    .previous()
                    .is_some_and(|(w, between)| between == " " && capitalised(w))
        });
        after_name || self.next().is_some_and(capitalised)
    }

    /// The sentence of the word being checked has most of its words of four letters or
    /// more capitalised: a headline or title in title case.
    pub(super) fn title_case(&self) -> bool {
        let at = self.at as u32;
        let i = self.doc.sentences.partition_point(|s| s.words.end <= at);
        let Some(s) = self.doc.sentences.get(i).filter(|s| s.words.start <= at) else {
            return false;
        };
        let (mut long, mut capitalised) = (0, 0);
        for w in &self.doc.words[s.words.start as usize..s.words.end as usize] {
            let t = self.doc.slice(w.span);
            if t.len() >= 4 {
                long += 1;
                capitalised += usize::from(t.starts_with(char::is_uppercase));
            }
        }
        capitalised * 2 > long
    }

    /// The word before the one being checked, with a space between, is a personal pronoun
    /// ("I cant", "they wont"): there "cant" and "wont" are not the nouns.
    pub(super) fn after_pronoun(&self) -> bool {
        const PRONOUNS: &[&str] = &[
            "i", "you", "we", "they", "he", "she", "it", "who", "that", "this", "there",
        ];
        self.previous().is_some_and(|(w, between)| {
            between == " " && PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w))
        })
    }

    /// An all-capitals word among English words ("GOVERMENT WARNS"), not in a foreign motto
    /// ("ORDEM E PROGRESSO (Order and Progress)"): a word of three letters or more right
    /// before or after it, with nothing but a space between, is a listed word.
    pub(super) fn english_caps(&mut self) -> bool {
        let before = self
            .previous()
            .filter(|p| p.1.chars().all(char::is_whitespace))
            .map(|p| p.0);
        let neighbours = [before, self.next()];
        neighbours.into_iter().flatten().any(|w| {
            w.chars().count() >= 3 && {
                fold_into(strip_possessive(w), &mut self.key);
                spell::lookup(&self.key).is_some()
            }
        })
    }

    /// A species epithet after its genus: "Euphausia superba", "D. mawsoni". The Latin
    /// ending and an unlisted capitalised word (or an initial) just before it must both be
    /// there, so "Atambayev saidd" is still reported.
    pub(super) fn species_name(&mut self, text: &str) -> bool {
        const ENDINGS: &[&str] = &[
            "a", "ae", "i", "ii", "is", "us", "um", "es", "ensis", "oides",
        ];
        let Some((prev, between)) = self.previous() else {
            return false;
        };
        if !ENDINGS.iter().any(|e| text.ends_with(e)) {
            return false;
        }
        let initial = prev.chars().count() == 1
            && prev.starts_with(char::is_uppercase)
            && between.starts_with(". ");
        let genus = between.chars().all(char::is_whitespace)
            && tokenize::shape(prev) == Shape::Capitalised
            && {
                fold_into(prev, &mut self.key);
                spell::lookup(&self.key).is_none()
            };
        initial || genus
    }

    /// The names that stand beside the capitalised word at `span`, with a space between
    /// and in the same block: a given name before, a family name after ("Andy" in "Andy
    /// Rodick"). Capitalised common words ("But", "President") say nothing of the person.
    fn partners(&self, span: Span) -> Vec<&'a str> {
        let mut key = String::new();
        self.capitals_around(span)
            .into_iter()
            .flatten()
            .filter(|t| {
                fold_into(t, &mut key);
                tokenize::shape(t) == Shape::Capitalised
                    && !spell::lookup(&key).is_some_and(|e| e.lower_in(Dialect::Either))
            })
            .collect()
    }

    /// The capitalised form `other` is a name here: not a lower-case listed word, or one the
    /// document capitalises inside a sentence ("said Davenport", not "Hares" at the start of
    /// two sentences).
    fn used_as_name(&self, other: &str) -> bool {
        let mut key = String::new();
        fold_into(other, &mut key);
        if !spell::lookup(&key).is_some_and(|e| e.lower_in(Dialect::Either)) {
            return true;
        }
        self.names.iter().any(|&(w, span)| {
            w == other && {
                let i = self
                    .doc
                    .words
                    .partition_point(|x| x.span.start() < span.start());
                !self.initial.get(i).copied().unwrap_or(true)
                    && self.doc.words.get(i).is_some_and(|x| x.gap != Gap::Start)
            }
        })
    }

    /// Every use of `other` is followed by a full stop that ends no sentence: a title or
    /// an abbreviation ("Gen. Ne Win", "Gen. Prayut"), not a name one might misspell.
    fn abbreviation(&self, other: &str) -> bool {
        let sentences = &self.doc.sentences;
        self.names
            .iter()
            .filter(|&&(w, _)| w == other)
            .all(|&(_, span)| {
                let after = &self.text[span.end()..];
                // The sentence splitter knows titles: after one the sentence goes on.
                let k = sentences.partition_point(|s| s.span.end() <= span.start());
                after.starts_with('.')
                    && sentences.get(k).is_some_and(|s| {
                        s.span.start() <= span.start() && s.span.end() > span.end() + 1
                    })
            })
    }

    /// The one-off spelling at `span` and the spelling `other`, used more often, each stand
    /// beside names of their own, none of them shared: two people ("Andrew Johnston",
    /// "Boris Johnson"), not one name spelt two ways.
    fn two_people(&self, span: Span, other: &str) -> bool {
        let mine = self.partners(span);
        if mine.is_empty() {
            return false;
        }
        let theirs: Vec<&str> = self
            .names
            .iter()
            .filter(|(w, _)| *w == other)
            .flat_map(|&(_, s)| self.partners(s))
            .collect();
        !theirs.is_empty() && !mine.iter().any(|m| theirs.contains(m))
    }

    /// The one-off spelling at `span` stands beside a name that also stands beside the
    /// spelling `other` somewhere: one person ("Andy Rodick", "Andy Roddick").
    fn shares_partner(&self, span: Span, other: &str) -> bool {
        let mine = self.partners(span);
        !mine.is_empty()
            && self
                .names
                .iter()
                .filter(|(w, _)| *w == other)
                .any(|&(_, s)| self.partners(s).iter().any(|t| mine.contains(t)))
    }

    /// The capitalised words right before and after the word at `span` (space between,
    /// same block), any of them.
    fn capitals_around(&self, span: Span) -> [Option<&'a str>; 2] {
        let doc = self.doc;
        let i = doc.words.partition_point(|w| w.span.start() < span.start());
        let capital = |j: usize, gap_of: usize| {
            let (n, g) = (doc.words.get(j)?, doc.words.get(gap_of)?);
            let t = strip_possessive(doc.slice(n.span));
            (g.gap == Gap::Space
                && n.block == doc.words[i].block
                && matches!(tokenize::shape(t), Shape::Capitalised | Shape::AllCaps))
            .then_some(t)
        };
        if i >= doc.words.len() {
            return [None, None];
        }
        [
            i.checked_sub(1).and_then(|j| capital(j, i)),
            capital(i + 1, i + 1),
        ]
    }

    /// The spelling `other` stands somewhere between the same capitalised words as the
    /// word at `span` does: one name spelt two ways ("SRR Centenntial Challenge" and "SRR
    /// Centennial Challenge").
    fn same_name_around(&self, span: Span, other: &str) -> bool {
        let mine = self.capitals_around(span);
        self.names
            .iter()
            .filter(|(w, _)| *w == other)
            .any(|&(_, s)| {
                let theirs = self.capitals_around(s);
                (0..2).any(|k| mine[k].is_some() && mine[k] == theirs[k])
            })
    }

    /// The word at `span` names a place or a work by the noun after it ("the Rogun
    /// project", "by the Bosna river"): place names are transliterated more than one way.
    fn place_before_noun(&self, span: Span) -> bool {
        const PLACES: &[&str] = &[
            "river",
            "dam",
            "project",
            "plant",
            "lake",
            "valley",
            "region",
            "province",
            "district",
            "mountains",
            "basin",
            "delta",
            "island",
            "islands",
            "peninsula",
            "desert",
            "gorge",
            "canal",
            "bay",
        ];
        let i = self
            .doc
            .words
            .partition_point(|w| w.span.start() < span.start());
        self.doc
            .words
            .get(i + 1)
            .is_some_and(|n| n.gap == Gap::Space && PLACES.contains(&self.doc.slice(n.span)))
    }

    /// `w` is a plural: without its final `s` it is a listed word or a name the document
    /// uses ("Koreas").
    fn plural_of_listed(&self, w: &str) -> bool {
        let Some(stem) = w.strip_suffix('s') else {
            return false;
        };
        let mut key = String::new();
        fold_into(stem, &mut key);
        spell::lookup(&key).is_some() || self.names.iter().any(|&(n, _)| n == stem)
    }

    /// Step 3: an unknown capitalised word one slip away from a name spelt another way
    /// more often in this document, or from a country or organisation name in `rules/`.
    pub(super) fn names_near_names(&mut self) {
        if self.unknown_names.is_empty() {
            return;
        }
        // Usage counts of each capitalised form, bucketed by (first letter, length) so each
        // unknown word is compared with a handful of forms, not all of them.
        let mut counts: HashMap<&str, (usize, Span)> = HashMap::new();
        for &(w, span) in &self.names {
            counts.entry(w).or_insert((0, span)).0 += 1;
        }
        let mut buckets: HashMap<(char, usize), Vec<Usage<'_>>> = HashMap::new();
        for (&w, &(n, span)) in &counts {
            if n >= 2 {
                buckets.entry(bucket(w)).or_default().push((w, n, span));
            }
        }
        let mut verdicts: HashMap<&str, Option<Spelt>> = HashMap::new();
        for &(w, span, run, beside) in &self.unknown_names {
            // "4. Keely 23:26": a name after its place in a results line is a runner's own.
            let at = self
                .doc
                .words
                .partition_point(|x| x.span.start() < span.start());
            if self.doc.after_rank(at) {
                continue;
            }
            let once = counts.get(w).map_or(1, |c| c.0) == 1;
            let verdict = verdicts.entry(w).or_insert_with(|| {
                let len = w.chars().count();
                if names::known().any(|k| k == w) {
                    // Itself a name from rules/ ("Mercosur" beside "Mercosul").
                    return None;
                }
                // A slip happens once; a spelling used twice is somebody's name ("Mohammed"
                // beside "Mohamed" may be two people). With that evidence from the document
                // a name of any length is compared ("Rodick" beside "Roddick" ×8).
                if once && len >= MIN_SHORT_NAME {
                    let (first, _) = bucket(w);
                    let mut best: Option<(&str, usize, Span)> = None;
                    for l in len - 1..=len + 1 {
                        for &(other, n, at) in buckets.get(&(first, l)).into_iter().flatten() {
                            if best.is_none_or(|b| n > b.1)
                                && slip_of_used_name(w, other)
                                && !given_names::same_given_name(w, other)
                                && self.used_as_name(other)
                                && !self.abbreviation(other)
                            {
                                best = Some((other, n, at));
                            }
                        }
                    }
                    if let Some((other, n, at)) = best {
                        return Some((other.to_string(), Some((n, at))));
                    }
                }
                if len < names::MIN_LEN {
                    // Short names from rules/ collide with real names ("Chinh", "China").
                    return None;
                }
                names::known()
                    .find(|k| near(w, k))
                    .map(|k| (k.to_string(), None))
            });
            let Some((other, evidence)) = verdict.clone() else {
                continue;
            };
            // "Dara Pressley" beside "Data" ×4: a given name beside a surname is a person's,
            // not a slip of a capitalised dictionary word.
            if self.person_names.contains(&span) && {
                fold_into(&other, &mut self.key);
                spell::lookup(&self.key).is_some_and(|e| e.lower_in(Dialect::Either))
            } {
                continue;
            }
            // Near a name from rules/ only: no evidence from this document that the word
            // is not a name of its own when it is used twice ("Mauritanid", a station) or
            // stands in a multi-word name ("Radio Mauritanie").
            if evidence.is_none() && (!once || run) {
                continue;
            }
            // Inside a multi-word name ("Television Nacional", "Citi Community Development"),
            // a word is not compared with a capitalised dictionary word ("National",
            // "City"): nothing says it is not a name, even where names fill the sentence;
            // unless the other spelling stands in the same name elsewhere ("SSR Centenntial
            // Challenge" beside "SRR Centennial Challenge").
            if beside && !self.same_name_around(span, &other) && {
                fold_into(&other, &mut self.key);
                spell::lookup(&self.key).is_some_and(|e| e.lower_in(Dialect::Either))
            } {
                continue;
            }
            // "Boris Johnson" and "Andrew Johnston": each spelling beside a name of its own,
            // none shared, is two people, not a slip.
            if evidence.is_some() && self.two_people(span, &other) {
                continue;
            }
            // A one-off spelling inside a multi-word name ("Rogun Dam", "Islom KARIMOV",
            // "Suid Afrika") is that name's own spelling unless it shares a given or family
            // name with the other spelling ("Andy Rodick" beside "Andy Roddick"). In a clause
            // about names or words ("named for the Bosna River", "the Tongans called it
            // Fisi") it is a name of another language; "Koreas" beside "Korean" is a plural.
            if evidence.is_some()
                && ((run
                    && w.chars().count() < names::MIN_LEN
                    && !self.shares_partner(span, &other))
                    || naming_clause(self.text, span)
                    || self.place_before_noun(span)
                    || self.plural_of_listed(w))
            {
                continue;
            }
            let mut d = Finding::new(span, format!("`{w}` looks like a misspelling of `{other}`"));
            d = match evidence {
                Some((n, at)) => d
                    .label(at, format!("spelt `{other}` {n} times in this document"))
                    .help(format!("write `{other}` if the same name is meant")),
                None => d.help(format!("write `{other}` if that is the name meant")),
            };
            self.found
                .push(d.suggest(other.clone()).fix(false, span, other));
        }
    }
}

/// The clause of the word at `span` (between stops, semicolons or line ends) is about names
/// or words: "is named for", "called it", "known as", "derived from", "language", "means".
/// Etymologies cite the names of other languages, one letter from the English ones
/// ("Afrika", "Quitu", "Barundi").
fn naming_clause(text: &str, span: Span) -> bool {
    const CUES: &[&str] = &[
        "name", "called", "known as", "derive", "language", "spell", "mean", "pronounc",
        "translat", "word",
    ];
    const REACH: usize = 200;
    const STOPS: &[char] = &['.', ';', '!', '?', '\n'];
    let from = text.floor_char_boundary(span.start().saturating_sub(REACH));
    let to = text.floor_char_boundary((span.end() + REACH).min(text.len()));
    let before = &text[from..span.start()];
    let before = before.rfind(STOPS).map_or(before, |i| &before[i + 1..]);
    let after = &text[span.end()..to];
    let after = after.find(STOPS).map_or(after, |i| &after[..i]);
    let clause = format!("{before} {after}").to_lowercase();
    CUES.iter().any(|c| clause.contains(c))
}

/// A capitalised form, how often the document uses it, and where first.
type Usage<'a> = (&'a str, usize, Span);

/// The name an unknown word looks like, with the document's evidence (uses, first place)
/// or `None` when the name comes from `rules/`.
type Spelt = (String, Option<(usize, Span)>);

fn bucket(w: &str) -> (char, usize) {
    let first = w
        .chars()
        .next()
        .map_or(' ', |c| c.to_lowercase().next().unwrap_or(c));
    (first, w.chars().count())
}

/// Two spellings of one name that differ by a slip of the keys: one edit apart (a letter
/// swapped, dropped, added or struck wrong), the same first letter. Not a slip, and so not
/// reported: one word with an ending added ("Bosnia", "Bosniak"), one vowel for another
/// ("Abdullah", "Abdallah"; "Batswana", "Botswana") and a doubled letter ("Mohammed",
/// "Mohamed") — the usual differences between transliterations of one name, or two names.
fn near(a: &str, b: &str) -> bool {
    // Asked of every name in rules/ for each unknown name: the first letters, compared in
    // lower case before anything is copied, rule out almost all of them. (The first letter
    // of a lower-cased word is the first letter's own lower case.)
    let first = |s: &str| s.chars().next().and_then(|c| c.to_lowercase().next());
    if first(a) != first(b) {
        return false;
    }
    let (la, lb) = (a.to_lowercase(), b.to_lowercase());
    if la == lb || la.starts_with(&lb) || lb.starts_with(&la) {
        return false;
    }
    if la.chars().next() != lb.chars().next() || strsim::osa_distance(&la, &lb) != 1 {
        return false;
    }
    let (ca, cb): (Vec<char>, Vec<char>) = (la.chars().collect(), lb.chars().collect());
    if ca.len() == cb.len() {
        // A substitution or a swap; only a vowel for a vowel is let through.
        let diff: Vec<usize> = (0..ca.len()).filter(|&i| ca[i] != cb[i]).collect();
        let vowel = |c: char| "aeiouy".contains(c);
        return !(diff.len() == 1 && vowel(ca[diff[0]]) && vowel(cb[diff[0]]));
    }
    // One letter more: not when it doubles its neighbour.
    let (long, short) = if ca.len() > cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    let i = (0..short.len())
        .find(|&i| long[i] != short[i])
        .unwrap_or(short.len());
    let doubled = (i > 0 && long[i - 1] == long[i]) || long.get(i + 1) == Some(&long[i]);
    !doubled
}

/// Capitalised words shorter than this are not compared even with the document's evidence:
/// three-letter names one letter apart are as often two names as one ("Tam", "Tom").
const MIN_SHORT_NAME: usize = 4;

/// A one-off spelling `w` one edit from `other`, a name the document uses at least twice
/// (issue 18): a letter swapped, dropped, added or struck wrong, whatever the length ("Galo"
/// for "Gallo", "Okafur" for "Okafor", "Lowrey" for "Lowry"). The document's own spelling,
/// used twice, says which is right. Not a slip: another first letter ("Kane", "Lane"), or
/// one word with an ending added or cut ("Bosnia", "Bosniak").
fn slip_of_used_name(w: &str, other: &str) -> bool {
    // One name with a curly or a straight apostrophe ("Qa’ida", "Qa'ida") is not a slip.
    let fold = |s: &str| s.to_lowercase().replace(crate::text::is_apostrophe, "'");
    let (lw, lo) = (fold(w), fold(other));
    if lw == lo {
        return false;
    }
    if lw.starts_with(&lo) || lo.starts_with(&lw) || lw.chars().next() != lo.chars().next() {
        return false;
    }
    strsim::osa_distance(&lw, &lo) == 1
}
