//! The keys of a compiled word map within a few edits of a word: a depth-first walk of the
//! map's word tree that carries the optimal-string-alignment table (insert, delete,
//! substitute, swap two neighbours) one row per letter, and leaves a branch as soon as no
//! key below it can come within reach.
//!
//! This is what an `fst` automaton search does, without its costs: the rows live in one
//! table indexed by depth instead of being copied into every stacked state, and a child
//! node is decoded only when its branch is still within reach.

use fst::raw::{Fst, Node, Output};

/// Longest query, in bytes.
pub(super) const MAX_QUERY: usize = 32;
/// Most edits searched for.
pub(super) const MAX_EDITS: u8 = 2;
/// Deepest row: no key longer than the query plus the edits is within reach, and the row
/// one below that is computed to find it out.
const ROWS: usize = MAX_QUERY + MAX_EDITS as usize + 2;

/// Edits allowed below the first letter: `first` under the query's own first letter,
/// `other` under any other (`None`: those branches are not walked).
#[derive(Clone, Copy)]
pub(super) struct Reach {
    pub first: u8,
    pub other: Option<u8>,
}

/// Calls `found(key, value)` for every key of `fst` within `reach` edits of `query` (at
/// most [`MAX_QUERY`] bytes, not empty), in the map's order.
pub(super) fn walk(
    fst: &Fst<&[u8]>,
    query: &[u8],
    reach: Reach,
    found: &mut dyn FnMut(&[u8], u64),
) {
    let n = query.len();
    if n == 0 || n > MAX_QUERY {
        return;
    }
    let mut w = Walk {
        query,
        max: 0,
        rows: [[u8::MAX; MAX_QUERY + 1]; ROWS],
        mins: [u8::MAX; ROWS],
        key: [0; ROWS],
    };
    for (i, r) in w.rows[0].iter_mut().enumerate().take(n + 1) {
        *r = i as u8;
    }
    w.mins[0] = 0;
    let root = fst.root();
    for t in root.transitions() {
        let max = if t.inp == query[0] {
            reach.first
        } else if let Some(other) = reach.other {
            other
        } else {
            continue;
        };
        w.max = max.min(MAX_EDITS);
        w.step(fst, 0, t.inp, t.addr, Output::zero().cat(t.out), found);
    }
}

struct Walk<'q> {
    query: &'q [u8],
    /// The edits allowed in the branch being walked.
    max: u8,
    /// `rows[d]`: the table's row after the first `d` letters of the key. Entries farther
    /// than `max` from the diagonal are not computed and stay above `max`.
    rows: [[u8; MAX_QUERY + 1]; ROWS],
    /// `mins[d]`: the smallest entry of `rows[d]`.
    mins: [u8; ROWS],
    /// The key's letters so far.
    key: [u8; ROWS],
}

impl Walk<'_> {
    /// Takes the letter `byte` from depth `d` to the node at `addr`, reached with `out`.
    fn step(
        &mut self,
        fst: &Fst<&[u8]>,
        d: usize,
        byte: u8,
        addr: fst::raw::CompiledAddr,
        out: Output,
        found: &mut dyn FnMut(&[u8], u64),
    ) {
        let max = self.max;
        let min = self.row(d, byte);
        let matched = self.rows[d + 1][self.query.len()] <= max;
        // A key below can still be within reach when an entry of this row is, or one of
        // the row before is one swap away from it.
        let live = min <= max || self.mins[d].saturating_add(1) <= max;
        if !matched && !live {
            return;
        }
        let node: Node<'_> = fst.node(addr);
        if matched && node.is_final() {
            found(&self.key[..=d], out.cat(node.final_output()).value());
        }
        if live && d + 2 < ROWS {
            for t in node.transitions() {
                self.step(fst, d + 1, t.inp, t.addr, out.cat(t.out), found);
            }
        }
    }

    /// Fills `rows[d + 1]` for the key's letter `byte` at depth `d` and returns its
    /// smallest entry.
    fn row(&mut self, d: usize, byte: u8) -> u8 {
        let q = self.query;
        let n = q.len();
        let cap = self.max.saturating_add(2);
        self.key[d] = byte;
        let prev = self.rows[d];
        let before = if d > 0 {
            self.rows[d - 1]
        } else {
            [u8::MAX; MAX_QUERY + 1]
        };
        let row = &mut self.rows[d + 1];
        *row = [u8::MAX; MAX_QUERY + 1];
        row[0] = prev[0].saturating_add(1).min(cap);
        // Only the band of entries `max` or less from the diagonal can be `max` or less:
        // every entry is at least its distance from the diagonal. An entry outside the band
        // stays above `max`, which decides nothing, so every entry within `max` is exact.
        let depth = d + 1;
        let max = usize::from(self.max);
        let lo = depth.saturating_sub(max).max(1);
        let hi = (depth + max).min(n);
        let mut min = row[0];
        for i in lo..=hi {
            let cost = u8::from(q[i - 1] != byte);
            let mut v = (prev[i].saturating_add(1))
                .min(row[i - 1].saturating_add(1))
                .min(prev[i - 1].saturating_add(cost));
            if i > 1 && d > 0 && q[i - 1] == self.key[d - 1] && q[i - 2] == byte {
                v = v.min(before[i - 2].saturating_add(1));
            }
            row[i] = v.min(cap);
            min = min.min(row[i]);
        }
        self.mins[d + 1] = min;
        min
    }
}

#[cfg(test)]
mod tests {
    use super::{Reach, walk};
    use fst::{IntoStreamer, Streamer};

    /// Byte-level OSA distance: each byte read as one character.
    fn bytes_distance(a: &[u8], b: &[u8]) -> usize {
        let s = |x: &[u8]| x.iter().map(|&c| char::from(c)).collect::<String>();
        strsim::osa_distance(&s(a), &s(b))
    }

    /// The walk finds exactly the keys a comparison with every key finds, byte for byte,
    /// for either reach, on ASCII and accented queries.
    #[test]
    fn the_walk_finds_what_a_full_scan_finds() {
        let fst = super::super::WORDS.as_fst();
        let mut all = Vec::new();
        let mut stream = super::super::WORDS.into_stream();
        while let Some((k, _)) = stream.next() {
            all.push(k.to_vec());
        }
        let reaches = [
            Reach {
                first: 2,
                other: Some(1),
            },
            Reach {
                first: 1,
                other: None,
            },
            Reach {
                first: 1,
                other: Some(1),
            },
        ];
        for q in [
            "suport",
            "teh",
            "abotu",
            "café",
            "naïve",
            "zz",
            "qwertyuiopasdf",
        ] {
            let q = q.as_bytes();
            for reach in reaches {
                let mut want: Vec<Vec<u8>> = all
                    .iter()
                    .filter(|k| {
                        let max = if k.first() == q.first() {
                            Some(reach.first)
                        } else {
                            reach.other
                        };
                        max.is_some_and(|m| bytes_distance(q, k) <= usize::from(m))
                    })
                    .cloned()
                    .collect();
                want.sort();
                let mut got = Vec::new();
                walk(fst, q, reach, &mut |k, v| {
                    assert_eq!(super::super::WORDS.get(k), Some(v));
                    got.push(k.to_vec());
                });
                assert_eq!(got, want, "{}", String::from_utf8_lossy(q));
            }
        }
    }
}
