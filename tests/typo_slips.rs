//! Recall of the `typo` rule on generated one-letter slips of common words: a letter
//! dropped, doubled, swapped with its neighbour, struck on a neighbouring key, or added from
//! a neighbouring key. The words are the most frequent lower-case words of six letters or
//! more in `rules/spelling/frequency.tsv`; the generator is seeded, so every run checks the
//! same slips. A slip that is itself a common word ("form" for "from") cannot be found by a
//! spelling list and is skipped; one that is a rare word of the accept-only list is counted
//! as missed — that is the price of the bigger list, measured here.
#![allow(clippy::print_stdout)]

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;
use copydesk::spell;

/// Common words the slips are made from.
const WORDS: usize = 3000;
/// Slips checked.
const SLIPS: usize = 3000;
/// Required share caught (reported at all).
const MIN_CAUGHT: f64 = 0.99;
/// Required share caught with the intended word as the first suggestion. Measured 97.5 %
/// (94.9 % before one-edit candidates were ranked by how a hand slips: a swap, a dropped or
/// doubled letter, a neighbouring key before a key far off). The accept-only list costs at
/// most the 15 slips that are its words (0.50 %; 14 before size 95, filtered, and the
/// software terms were added); most of the rest are one edit from two
/// words by the same kind of slip ("ations": `actions`, `nations`), where the more frequent
/// is suggested first. Issue 11 asks for 99 %; not reached.
const MIN_RIGHT: f64 = 0.97;

use copydesk::text::keyboard::qwerty_neighbours as neighbours;

/// xorshift64*: small, seeded, the same on every platform.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }
}

fn slip(w: &[u8], rng: &mut Rng) -> Option<Vec<u8>> {
    let p = rng.below(w.len());
    let mut s = w.to_vec();
    match rng.below(5) {
        0 => {
            s.remove(p);
        }
        1 => s.insert(p, w[p]),
        2 => {
            if p + 1 >= w.len() || w[p] == w[p + 1] {
                return None;
            }
            s.swap(p, p + 1);
        }
        3 => {
            let n = neighbours(w[p]);
            s[p] = *n.get(rng.below(n.len()))?;
        }
        _ => {
            let n = neighbours(w[p]);
            s.insert(p, *n.get(rng.below(n.len()))?);
        }
    }
    Some(s)
}

#[test]
fn generated_one_letter_slips_are_caught_with_the_right_first_suggestion() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/spelling/frequency.tsv");
    let text = std::fs::read_to_string(path).expect("frequency.tsv");
    let mut words: Vec<(u64, &str)> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (w, n) = l.split_once('\t')?;
            Some((n.parse().ok()?, w))
        })
        .filter(|(_, w)| {
            w.len() >= 6
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && spell::lookup(w).is_some_and(|e| e.lower_in(spell::Dialect::Either))
        })
        .collect();
    words.sort_by(|a, b| b.cmp(a));
    words.truncate(WORDS);

    let mut rng = Rng(0x0c0f_fee5_11c0_ffee);
    let mut seen = HashSet::new();
    let mut slips: Vec<(String, &str)> = Vec::new();
    let mut accept_only = 0;
    while slips.len() < SLIPS {
        let (_, w) = words[rng.below(words.len())];
        let Some(s) = slip(w.as_bytes(), &mut rng) else {
            continue;
        };
        let s = String::from_utf8(s).expect("ascii");
        if !seen.insert(s.clone()) {
            continue;
        }
        if spell::lookup(&s).is_some() {
            // A common word: no list can tell it is a slip.
            continue;
        }
        if spell::accepted(&s) {
            accept_only += 1;
        }
        slips.push((s, w));
    }

    // One paragraph per slip, in ordinary prose; articles of a hundred slips, each checked
    // on its own (a rule reports a bounded number of findings per file).
    let engine = Engine::only("typo");
    let mut found: HashMap<String, String> = HashMap::new();
    for chunk in slips.chunks(100) {
        let mut doc = String::new();
        for (s, _) in chunk {
            let _ = write!(
                doc,
                "The minister said the {s} was discussed on Monday.\n\n"
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
    let (mut caught, mut right) = (0_usize, 0_usize);
    let mut wrong = Vec::new();
    for (s, w) in &slips {
        if let Some(first) = found.get(s) {
            caught += 1;
            if first == w {
                right += 1;
            } else if wrong.len() < 40 {
                wrong.push(format!("{s} → {first} (meant {w})"));
            }
        } else if wrong.len() < 40 {
            wrong.push(format!("{s}: not found (meant {w})"));
        }
    }
    let n = slips.len();
    println!(
        "generated slips: {caught}/{n} caught, {right}/{n} with the right first suggestion \
         ({accept_only} are words of the accept-only list)"
    );
    println!("{}", wrong.join("\n"));
    assert!(
        caught as f64 >= MIN_CAUGHT * n as f64,
        "only {caught} of {n} slips caught"
    );
    assert!(
        right as f64 >= MIN_RIGHT * n as f64,
        "only {right} of {n} slips caught with the right first suggestion"
    );
}
