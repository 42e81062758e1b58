//! The slip generator shared by the slip tests (`typo_slips.rs`: slips alone in a fixed
//! sentence; `typo_slips_in_copy.rs`: slips put into real copy): the same words, the same
//! kinds of slip, the same seeded random numbers.
// Each test crate uses only some of these.
#![allow(dead_code)]

use copydesk::spell;

/// Common words the slips are made from.
pub(crate) const WORDS: usize = 3000;
use copydesk::text::keyboard::qwerty_neighbours as neighbours;

/// xorshift64*: small, seeded, the same on every platform.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n.max(1)
    }
}

/// How a slip was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Kind {
    Dropped,
    Doubled,
    Swapped,
    Struck,
    Added,
}

/// One slip of `w` (ASCII) drawn from `rng`, and its kind; `None` when the draw makes no
/// slip (a swap of two equal letters, a key with no neighbours).
pub(crate) fn slip(w: &[u8], rng: &mut Rng) -> Option<(Vec<u8>, Kind)> {
    let p = rng.below(w.len());
    let mut s = w.to_vec();
    let kind = match rng.below(5) {
        0 => {
            s.remove(p);
            Kind::Dropped
        }
        1 => {
            s.insert(p, w[p]);
            Kind::Doubled
        }
        2 => {
            if p + 1 >= w.len() || w[p] == w[p + 1] {
                return None;
            }
            s.swap(p, p + 1);
            Kind::Swapped
        }
        3 => {
            let n = neighbours(w[p]);
            s[p] = *n.get(rng.below(n.len()))?;
            Kind::Struck
        }
        _ => {
            let n = neighbours(w[p]);
            s.insert(p, *n.get(rng.below(n.len()))?);
            Kind::Added
        }
    };
    Some((s, kind))
}

/// The most frequent lower-case common words of six letters or more, most frequent first:
/// the `skip` most frequent left out, then `WORDS` of them.
pub(crate) fn common_words(text: &str, skip: usize) -> Vec<&str> {
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
    words
        .into_iter()
        .skip(skip)
        .take(WORDS)
        .map(|(_, w)| w)
        .collect()
}
