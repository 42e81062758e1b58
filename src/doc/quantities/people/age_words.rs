//! How ages are written: "45", "forty-five", "45-year-old" (any case, any hyphen).

use super::super::words::number_word;

/// The age a word states: "45", "forty-five", "Forty-five".
pub(super) fn age_value(w: &str) -> Option<u32> {
    if w.len() <= 3 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) {
        return w.parse::<u32>().ok().filter(|n| (1..=120).contains(n));
    }
    // Asked of every word: an ASCII word (most) is lower-cased on the stack. Every number
    // word is ASCII and at most 13 bytes ("seventy-seven"); a longer ASCII word is none.
    if w.is_ascii() {
        let mut buf = [0u8; 16];
        let low = buf.get_mut(..w.len())?;
        for (l, b) in low.iter_mut().zip(w.bytes()) {
            *l = b.to_ascii_lowercase();
        }
        return number_word(std::str::from_utf8(low).ok()?).map(|n| n as u32);
    }
    let folded: String = w
        .chars()
        .map(|c| if crate::text::is_hyphen(c) { '-' } else { c })
        .collect::<String>()
        .to_lowercase();
    // Whole numbers only: `number_word` gives whole values from two to ninety-nine.
    number_word(&folded).map(|n| n as u32)
}

/// "45-year-old", "forty-five-year-old", "Sixty-year-old" (any hyphen).
pub(in crate::doc::quantities) fn year_old(w: &str) -> Option<u32> {
    // Asked of every word: most do not end in "old" (no hyphen is a letter, so folding
    // hyphens leaves those bytes alone) or are shorter than "-year-old" (folding only
    // shortens), and need nothing copied.
    let tail = w.len().checked_sub(3).and_then(|k| w.as_bytes().get(k..))?;
    if w.len() < "-year-old".len() || !tail.eq_ignore_ascii_case(b"old") {
        return None;
    }
    let folded: String = w
        .chars()
        .map(|c| if crate::text::is_hyphen(c) { '-' } else { c })
        .collect();
    let cut = folded.len().checked_sub("-year-old".len())?;
    if !folded.is_char_boundary(cut) || !folded[cut..].eq_ignore_ascii_case("-year-old") {
        return None;
    }
    age_value(&folded[..cut])
}

#[cfg(test)]
#[path = "age_word_tests.rs"]
mod tests;
