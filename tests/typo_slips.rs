//! Recall of the `typo` rule on generated one-letter slips of common words: a letter
//! dropped, doubled, swapped with its neighbour, struck on a neighbouring key, or added from
//! a neighbouring key. The words are the most frequent lower-case words of six letters or
//! more in `rules/spelling/frequency.tsv`; the generator is seeded, so every run checks the
//! same slips. A slip that is itself a common word ("form" for "from") cannot be found by a
//! spelling list and is skipped; one that is a rare word of the accept-only list is counted
//! as missed — that is the price of the bigger list, measured here.
//!
//! Two sets of slips are checked. The ranking of suggestions (`copydesk::spell`) was tuned
//! on the first seed's slips only; the second seed's (slips the first set lacks) were never
//! looked at one by one, only counted, so their score says whether the ranking generalises.
#![allow(clippy::print_stdout)]

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;
use copydesk::spell;

mod slipgen;
use slipgen::{Kind, Rng, WORDS, common_words, slip};

/// Slips checked per seed.
const SLIPS: usize = 3000;
/// The seed the ranking was tuned on.
const TUNE_SEED: u64 = 0x0c0f_fee5_11c0_ffee;
/// A seed never tuned on.
const CHECK_SEED: u64 = 0x5eed_0b11_d0c0_ffee;
/// Required share caught (reported at all). Measured 99.3 % on the tuning seed and 99.1 %
/// on the untouched one (99.0 % before word formation gave way to a slip of a word a hundred
/// times more frequent than its stem: "coruts" was taken for co + "ruts", not `courts`).
const MIN_CAUGHT: f64 = 0.991;
/// Required share caught with the intended word as the first suggestion, on each seed.
/// Measured 98.3 % on the tuning seed and 97.8 % on the untouched one (2,949 and 2,935 of
/// 3,000). The untouched seed had one more (2,936) before suggestions were ranked by the
/// article's evidence (a word the article uses elsewhere is likelier): here the "article"
/// is the one fixed sentence a hundred times over, so its own words ("minister", "said",
/// "discussed", "Monday") and their inflections are strong evidence, which real copy does
/// not have; `typo_slips_in_copy.rs` measures slips in real copy. Before: 98.3 % and 97.9 %
/// (98.0 % and 97.8 %
/// before that change to word formation; 97.5 % and 97.2 % before a dropped or doubled
/// letter cost no more than a swap and known misspellings' corrections were ranked as
/// slips). Of the 51 tuning slips not right, 21 are not reported at all: 12 are words of the
/// accept-only list (SCOWL 95, filtered, and the software terms), 9 are still read as a
/// listed word with a prefix whose stem is less than a hundred times rarer than the word
/// meant ("desure" as de + "sure", not `desire`; "conest" as co + "nest"). Letting any more
/// frequent word outweigh a stem of four letters or fewer caught 4 more of those but added
/// a false alarm on held-out real copy, so it was dropped. Most of the others are one edit
/// from two common words by the same kind of slip ("ations": `actions`, `nations`), where
/// the more frequent is suggested first. Issue 11 asks for 99 %; not reached.
const MIN_RIGHT: f64 = 0.978;

struct Slip<'w> {
    typed: String,
    meant: &'w str,
    kind: Kind,
}

/// `SLIPS` distinct slips of `words` from the seed, none of them in `tuned`.
fn slips<'w>(words: &[&'w str], seed: u64, tuned: &HashSet<String>) -> (Vec<Slip<'w>>, usize) {
    let mut rng = Rng(seed);
    let mut made = HashSet::new();
    let mut out = Vec::new();
    let mut accept_only = 0;
    while out.len() < SLIPS {
        let w = words[rng.below(words.len())];
        let Some((s, kind)) = slip(w.as_bytes(), &mut rng) else {
            continue;
        };
        let s = String::from_utf8(s).expect("ascii");
        if tuned.contains(&s) || !made.insert(s.clone()) {
            continue;
        }
        if spell::lookup(&s).is_some() {
            // A common word: no list can tell it is a slip.
            continue;
        }
        if spell::accepted(&s) {
            accept_only += 1;
        }
        out.push(Slip {
            typed: s,
            meant: w,
            kind,
        });
    }
    (out, accept_only)
}

/// Each slip's first suggestion ("" when it has none); a slip not reported is absent.
fn first_suggestions(slips: &[Slip<'_>]) -> HashMap<String, String> {
    // One paragraph per slip, in ordinary prose; articles of a hundred slips, each checked
    // on its own (a rule reports a bounded number of findings per file).
    let engine = Engine::only("typo");
    let mut found: HashMap<String, String> = HashMap::new();
    for chunk in slips.chunks(100) {
        let mut doc = String::new();
        for s in chunk {
            let _ = write!(
                doc,
                "The minister said the {} was discussed on Monday.\n\n",
                s.typed
            );
        }
        let src = SourceFile::new("slips.txt", doc);
        for d in engine.check_source(&src, Format::Plain) {
            found.insert(
                src.text()[d.span.range()].to_string(),
                d.suggestions.first().cloned().unwrap_or_default(),
            );
        }
    }
    found
}

/// (caught, right first) and the slips not right.
fn score<'s, 'w>(
    slips: &'s [Slip<'w>],
    found: &HashMap<String, String>,
) -> (usize, usize, Vec<(&'s Slip<'w>, Option<String>)>) {
    let (mut caught, mut right) = (0, 0);
    let mut wrong = Vec::new();
    for s in slips {
        match found.get(&s.typed) {
            Some(first) => {
                caught += 1;
                if first == s.meant {
                    right += 1;
                } else {
                    wrong.push((s, Some(first.clone())));
                }
            }
            None => wrong.push((s, None)),
        }
    }
    (caught, right, wrong)
}

fn frequency(word: &str) -> u32 {
    spell::lookup(&word.to_lowercase()).map_or(0, spell::Entry::frequency)
}

#[test]
fn generated_one_letter_slips_are_caught_with_the_right_first_suggestion() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/spelling/frequency.tsv");
    let text = std::fs::read_to_string(path).expect("frequency.tsv");
    let words = common_words(&text, 0);
    let (tune, tune_accept) = slips(&words, TUNE_SEED, &HashSet::new());
    let tuned: HashSet<String> = tune.iter().map(|s| s.typed.clone()).collect();
    let (check, check_accept) = slips(&words, CHECK_SEED, &tuned);
    for (name, set, accept_only) in [
        ("tuning seed", &tune, tune_accept),
        ("untouched seed", &check, check_accept),
    ] {
        let found = first_suggestions(set);
        let (caught, right, wrong) = score(set, &found);
        let n = set.len();
        println!(
            "generated slips, {name}: {caught}/{n} caught, {right}/{n} with the right first \
             suggestion ({accept_only} are words of the accept-only list)"
        );
        if name == "tuning seed" {
            for (s, got) in wrong.iter().take(40) {
                match got {
                    Some(g) => println!("  {} → {g} (meant {})", s.typed, s.meant),
                    None => println!("  {}: not found (meant {})", s.typed, s.meant),
                }
            }
        }
        assert!(
            caught as f64 >= MIN_CAUGHT * n as f64,
            "{name}: only {caught} of {n} slips caught"
        );
        assert!(
            right as f64 >= MIN_RIGHT * n as f64,
            "{name}: only {right} of {n} slips caught with the right first suggestion"
        );
    }
}

/// Every slip of the tuning seed whose first suggestion is wrong, by kind, with the
/// frequencies of the word meant and the one suggested and the candidates in order:
/// `cargo test --test typo_slips -- --ignored --nocapture`.
#[test]
#[ignore = "a report for tuning, not a check"]
fn list_the_wrong_first_suggestions_of_the_tuning_seed() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/spelling/frequency.tsv");
    let text = std::fs::read_to_string(path).expect("frequency.tsv");
    let words = common_words(&text, 0);
    let (tune, _) = slips(&words, TUNE_SEED, &HashSet::new());
    // The words slips are made of are frequent, and so favoured by a ranking by frequency:
    // how does it do on slips of the next `WORDS` words (never tuned on)?
    let rarer = common_words(&text, WORDS);
    let (rare, _) = slips(&rarer, CHECK_SEED, &HashSet::new());
    let (caught, right, _) = score(&rare, &first_suggestions(&rare));
    println!(
        "slips of the next {WORDS} words: {caught}/{n} caught, {right}/{n} right first",
        n = rare.len()
    );
    let found = first_suggestions(&tune);
    let (_, _, mut wrong) = score(&tune, &found);
    wrong.sort_by_key(|(s, _)| (s.kind, s.meant));
    for (s, got) in wrong {
        let cands: Vec<String> = spell::candidates(&s.typed, 2, spell::Dialect::Either)
            .into_iter()
            .take(4)
            .map(|c| format!("{}:{}:{}", c.word, c.distance, c.frequency))
            .collect();
        let known = spell::misspelling(&s.typed).map(|f| f.collect::<Vec<_>>().join(","));
        println!(
            "{:?}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            s.kind,
            if spell::accepted(&s.typed) {
                "accept-only"
            } else {
                "-"
            },
            s.typed,
            s.meant,
            frequency(s.meant),
            got.as_deref().unwrap_or("-"),
            got.as_deref().map_or(0, frequency),
            known.unwrap_or_default(),
            cands.join(" ")
        );
    }
}
