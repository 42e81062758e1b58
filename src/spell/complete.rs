//! Completions of a word fragment from the word lists: the evidence that "statem" or
//! "Luxemb" is a word cut short ("statement", "Luxembourg").

use fst::{Automaton, IntoStreamer, Streamer};

use super::{Entry, WORDS, capitalise};

/// How a fragment must be completed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// A lower-case fragment: a word listed in lower case ("statem" → "statement").
    Lower,
    /// A capitalised fragment: a name listed capitalised ("Luxemb" → "Luxembourg"), or,
    /// when no name continues it, a lower-case word (it may start a sentence).
    Capitalised,
}

/// Most words sharing a prefix are looked at; a short prefix ("sta") has thousands.
const MAX_SCANNED: usize = 20_000;

/// The most frequent listed word (in the frequency list) that starts with the folded
/// `prefix` and is at least `min_extra` characters longer, spelt as listed (for a
/// capitalised fragment, the most frequent name first). `None` when no listed word
/// continues the prefix.
pub(crate) fn complete(prefix: &str, case: Case, min_extra: usize) -> Option<String> {
    if prefix.is_empty() {
        return None;
    }
    let want = prefix.chars().count() + min_extra;
    let aut = fst::automaton::Str::new(prefix).starts_with();
    let mut stream = WORDS.search(aut).into_stream();
    // The best lower-case word and the best name.
    let mut best: [Option<(u32, String)>; 2] = [None, None];
    let mut scanned = 0;
    while let Some((key, value)) = stream.next() {
        scanned += 1;
        if scanned > MAX_SCANNED {
            break;
        }
        let e = Entry(value);
        let Ok(word) = std::str::from_utf8(key) else {
            continue;
        };
        if e.frequency() == 0 || word.chars().count() < want {
            continue;
        }
        // A completion is a whole word: letters only ("statem" is not "statem-ent").
        if !word.chars().all(char::is_alphabetic) {
            continue;
        }
        let (slot, spelt) = if e.lower_in(super::Dialect::Either) {
            (0, word.to_string())
        } else if e.title_only() && case == Case::Capitalised {
            (1, capitalise(word))
        } else {
            continue;
        };
        if best[slot].as_ref().is_none_or(|(f, _)| e.frequency() > *f) {
            best[slot] = Some((e.frequency(), spelt));
        }
    }
    let [lower, name] = best;
    name.or(lower).map(|(_, w)| w)
}

#[cfg(test)]
mod tests {
    use super::{Case, complete};

    #[test]
    fn completes_fragments_from_the_lists() {
        assert_eq!(
            complete("statem", Case::Lower, 2).as_deref(),
            Some("statement")
        );
        assert_eq!(
            complete("luxemb", Case::Capitalised, 2).as_deref(),
            Some("Luxembourg")
        );
        // A name is not a completion of a lower-case fragment.
        assert_eq!(complete("luxemb", Case::Lower, 2), None);
        assert_eq!(complete("qzxv", Case::Lower, 1), None);
    }
}
