//! Small readers over the document's words shared by the count and age extractors: numbers
//! in digits or words, the text between two words, capitalised name runs.

use std::borrow::Cow;

use crate::doc::{Document, Gap, Shape};

use super::vocab::IRREGULAR_PLURALS;

/// The word at `i` in lower case ([`Document::word_lower`]), borrowed from the document's
/// word table: no allocation per word or per question.
/// Past the last word, the empty word: the readers look a word or two ahead ("born in
/// Leeds in …") and a text may end there.
pub(super) fn lower<'d>(doc: &'d Document<'_>, i: usize) -> Lower<'d> {
    if i >= doc.words.len() {
        return Lower(Cow::Borrowed(""));
    }
    // From the document's word table: folded once per word, not per question.
    Lower(Cow::Borrowed(doc.word_lower(i)))
}

/// Whether word `k` is part of the article's dateline, which dates the article, not what
/// its first sentence tells.
pub(super) fn in_dateline(doc: &Document<'_>, k: usize) -> bool {
    doc.meta
        .dateline
        .is_some_and(|(_, at)| at.contains(doc.words[k].span))
}

/// A word in lower case, borrowed from the document when it already was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Lower<'a>(Cow<'a, str>);

impl Lower<'_> {
    pub(super) fn as_str(&self) -> &str {
        &self.0
    }

    pub(super) fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

/// The source text between word `i` and word `i + 1` (empty when there is no next word).
pub(crate) fn between<'a>(doc: &Document<'a>, i: usize) -> &'a str {
    match doc.words.get(i + 1) {
        Some(next) if next.span.start() >= doc.words[i].span.end() => {
            &doc.text()[doc.words[i].span.end()..next.span.start()]
        }
        _ => "",
    }
}

/// The comma aside that holds word `k`, as the indices of its first and last words: ", set
/// up by council in 2021," in "The committee, set up by council in 2021, has nine members".
/// At most ten words, within one block.
pub(super) fn aside_around(doc: &Document<'_>, k: usize) -> Option<(usize, usize)> {
    let comma = |i: usize| comma_after(doc, i);
    let open = (k.saturating_sub(10)..=k)
        .rev()
        .find(|&j| j == 0 || !spaced(doc, j - 1))
        .filter(|&j| j > 0 && comma(j - 1))?;
    let close = (k..(open + 10).min(doc.words.len()))
        .find(|&j| !spaced(doc, j))
        .filter(|&j| comma(j))?;
    Some((open, close))
}

/// Whether a comma, and only a comma, stands between word `i` and the next in its block.
pub(super) fn comma_after(doc: &Document<'_>, i: usize) -> bool {
    next_in_block(doc, i) && between(doc, i).trim() == ","
}

/// Whether word `i + 1` follows word `i` in the same block.
pub(super) fn next_in_block(doc: &Document<'_>, i: usize) -> bool {
    doc.words
        .get(i + 1)
        .is_some_and(|n| n.block == doc.words[i].block)
}

/// Whether word `i + 1` follows word `i` in the same block with only white space between.
pub(super) fn spaced(doc: &Document<'_>, i: usize) -> bool {
    next_in_block(doc, i) && doc.words[i + 1].gap == Gap::Space
}

/// A number written in digits ("87", "2,500", "1.5"), or `None`. Years and other numbers
/// that are not counts are the caller's business.
pub(super) fn digits(word: &str) -> Option<f64> {
    let b = word.as_bytes();
    if b.is_empty()
        || !b[0].is_ascii_digit()
        || !b
            .iter()
            .all(|c| c.is_ascii_digit() || *c == b',' || *c == b'.')
    {
        return None;
    }
    // Commas only as thousands separators.
    let (int, frac) = match word.split_once('.') {
        Some((i, f)) if !f.contains(['.', ',']) && !f.is_empty() => (i, Some(f)),
        Some(_) => return None,
        None => (word, None),
    };
    if int.contains(',') {
        let mut groups = int.split(',');
        let first = groups.next()?;
        if first.is_empty() || first.len() > 3 || groups.any(|g| g.len() != 3) {
            return None;
        }
    }
    let plain: String = int.chars().filter(|c| *c != ',').collect();
    let mut v: f64 = plain.parse().ok()?;
    if let Some(f) = frac {
        v = format!("{plain}.{f}").parse().unwrap_or(v);
    }
    Some(v)
}

/// A number word from two to ninety-nine ("six", "twenty-one"), or `None`. "One" is left
/// out: "one of them", "one day" are rarely counts.
pub(super) fn number_word(lower: &str) -> Option<f64> {
    // Asked of nearly every word: every number word starts with one of these letters and
    // has 3 to 15 bytes ("seventy‑seven" with a non-ASCII hyphen), so most words are ruled
    // out by two bytes.
    if !(3..=15).contains(&lower.len())
        || !matches!(
            lower.as_bytes().first(),
            Some(b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n')
        )
    {
        return None;
    }
    if let Some(n) = crate::text::unit_value(lower) {
        return (n >= 2).then_some(n as f64);
    }
    if let Some(t) = crate::text::tens_index(lower) {
        return Some((t as f64) * 10.0 + 20.0);
    }
    let (tens, unit) = lower.split_once(['-', '‐', '‑'])?;
    let t = crate::text::tens_index(tens)?;
    let u = crate::text::unit_value(unit).filter(|u| (1..10).contains(u))? - 1;
    Some((t as f64) * 10.0 + 20.0 + u as f64 + 1.0)
}

/// A multiplier word after a number ("2.5 million").
pub(super) fn multiplier(lower: &str) -> Option<f64> {
    match lower {
        "hundred" => Some(100.0),
        "thousand" => Some(1_000.0),
        "million" => Some(1_000_000.0),
        "billion" => Some(1_000_000_000.0),
        _ => None,
    }
}

/// A number starting at word `i`: its value, the index of its last word, and whether it is
/// written in digits.
pub(super) fn number_at(doc: &Document<'_>, i: usize) -> Option<(f64, usize, bool)> {
    let w = &doc.words[i];
    let (mut v, is_digits) = match w.shape {
        Shape::Number => (digits(&doc.word_str(i))?, true),
        Shape::Lower | Shape::Capitalised => (number_word(&lower(doc, i))?, false),
        _ => return None,
    };
    let mut end = i;
    if spaced(doc, i)
        && let Some(m) = multiplier(&lower(doc, i + 1))
    {
        v *= m;
        end = i + 1;
    }
    Some((v, end, is_digits))
}

/// A year as written in a sentence ("1972"): four digits from 1800 to 2100.
pub(super) fn year(word: &str) -> Option<u16> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1800..=2100).contains(y))
}

/// Whether a word may be part of a person's name: capitalised, or mixed case ("McDonald").
pub(super) fn name_like(doc: &Document<'_>, i: usize) -> bool {
    matches!(doc.words[i].shape, Shape::Capitalised | Shape::Mixed)
}

/// The words of an owner that starts at word `o`, lower case: one word, or a name whole
/// ("security council"); two names joined by "and" are one owner of both ("the 22 members
/// of NATO and the Warsaw Pact" are not NATO's).
pub(super) fn owner_name(doc: &Document<'_>, mut o: usize) -> Vec<String> {
    let mut parts = vec![lower(doc, o).into_owned()];
    let name = |i: usize| name_like(doc, i) || doc.words[i].shape == Shape::AllCaps;
    if !name(o) {
        return parts;
    }
    // Up to four words a name ("NATO" is one; it stops before the next).
    let mut limit = 4;
    loop {
        while spaced(doc, o) && name_like(doc, o + 1) && parts.len() < limit {
            o += 1;
            parts.push(lower(doc, o).into_owned());
        }
        if limit > 4 || !spaced(doc, o) || lower(doc, o + 1) != "and" || !spaced(doc, o + 1) {
            return parts;
        }
        let mut n = o + 2;
        if lower(doc, n) == "the" && spaced(doc, n) {
            n += 1;
        }
        if n >= doc.words.len() || !name(n) {
            return parts;
        }
        parts.extend(["and".to_string(), lower(doc, n).into_owned()]);
        limit = parts.len() + 3;
        o = n;
    }
}

/// Month and weekday names, which are capitalised but name no one ("May" is left out: it is
/// a surname too).
pub(super) fn calendar_word(lower: &str) -> bool {
    matches!(
        lower,
        "january"
            | "february"
            | "march"
            | "april"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Whether the number at word `i` is a day of the month: "June 20", "May 3" ("shut on June 20
/// after inspectors found …" counts no inspectors).
pub(super) fn day_of_month(doc: &Document<'_>, i: usize) -> bool {
    i > 0 && spaced(doc, i - 1) && {
        let m = lower(doc, i - 1);
        m == "may" || (calendar_word(&m) && !m.ends_with("day"))
    }
}

/// The last word of "aboard" or "on board" right after word `k` (which the caller has
/// checked is followed by a space): where people were, not what they are.
pub(crate) fn aboard_after(doc: &Document<'_>, k: usize) -> Option<usize> {
    match lower(doc, k + 1).as_ref() {
        "aboard" => Some(k + 1),
        "on" if spaced(doc, k + 1) && lower(doc, k + 2) == "board" => Some(k + 2),
        _ => None,
    }
}

/// The index of the sentence holding word `i`.
pub(super) fn sentence_at(doc: &Document<'_>, i: usize) -> u32 {
    doc.sentence_index(i) as u32
}

pub(super) fn is_plural(w: &str) -> bool {
    // "fishermen", "gunmen", "servicewomen": compounds of "men" ("specimen", "abdomen" and
    // "acumen" are singular, and a few more).
    let men = w.len() >= 6
        && w.ends_with("men")
        && !matches!(w.as_bytes()[w.len() - 4], b'i' | b'o' | b'u')
        && !matches!(
            w,
            "stamen" | "hymen" | "semen" | "dolmen" | "foramen" | "gravamen"
        );
    IRREGULAR_PLURALS.contains(&w)
        || men
        || (w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

/// The stem a verb is compared by: "killed", "killing", "kills" → "kill"; dying and injury
/// verbs read as one.
pub(super) fn stem(verb: &str) -> String {
    let s = match verb {
        "died" | "dies" | "dying" | "dead" | "slain" => return "kill".into(),
        "hurt" | "wounded" | "wounding" => return "injur".into(),
        // "released three hostages" and "the four hostages freed": one release.
        "freed" | "frees" | "freeing" => return "releas".into(),
        // "buries" and "buried".
        v if v.len() > 5 && v.ends_with("ies") => return format!("{}i", &v[..v.len() - 3]),
        v => v
            .strip_suffix("ing")
            .filter(|s| s.len() >= 3)
            .or_else(|| v.strip_suffix("ed").filter(|s| s.len() >= 3))
            .or_else(|| v.strip_suffix('s').filter(|s| s.len() >= 3))
            .unwrap_or(v),
    };
    // "carrying", "carries", "carried": a final "y" after a consonant is the "i" of the
    // other forms.
    if s.len() >= 4
        && s.ends_with('y')
        && !matches!(s.as_bytes()[s.len() - 2], b'a' | b'e' | b'o' | b'u')
    {
        return format!("{}i", &s[..s.len() - 1]);
    }
    // "displace" in a headline and "displaced": the silent e is the spelling's too.
    if s.len() > 4 && s.ends_with('e') && !s.ends_with("ee") {
        return s[..s.len() - 1].to_string();
    }
    // "cancelled" and "cancel", "installed" and "install": a final double "l" of a longer
    // stem is one spelling's, whichever form the stem comes from.
    if s.len() >= 6 && s.ends_with("ll") {
        return s[..s.len() - 1].to_string();
    }
    // "cutting", "stopped": the doubled consonant is the spelling's, not the verb's.
    let b = s.as_bytes();
    if s.len() < verb.len()
        && b.len() >= 3
        && b[b.len() - 1] == b[b.len() - 2]
        && !matches!(b[b.len() - 1], b'l' | b's' | b'f' | b'z' | b'e' | b'o')
    {
        return s[..s.len() - 1].to_string();
    }
    s.to_string()
}

/// Whether the word before a count is "the" or "all" after a verb: "recovered the 32 dead",
/// "to recover the 32 dead".
pub(super) fn verb_before_determiner(
    doc: &Document<'_>,
    before: Option<&(usize, Lower<'_>)>,
) -> bool {
    let Some((b, w)) = before else {
        return false;
    };
    let Some(mut v) = b.checked_sub(1) else {
        return false;
    };
    // ("to bring up the 14 dead from the gorge": over the particle.)
    if matches!(
        lower(doc, v).as_ref(),
        "up" | "out" | "down" | "off" | "back"
    ) && v > 0
    {
        v -= 1;
    }
    let verb = lower(doc, v);
    matches!(w.as_ref(), "the" | "all")
        && spaced(doc, v)
        && doc.words[v].shape == Shape::Lower
        && (verb.ends_with("ed")
            || verb.ends_with("ing")
            || (v > 0 && spaced(doc, v - 1) && lower(doc, v - 1) == "to"))
}

/// Where the things counted are, said right after the count ending at word `end`: "killed in
/// Kabul", "troops in Mali", "troops stationed in Syria"; or the craft they were on, named:
/// "All 248 people aboard the KLM jet", "the 396 people on the Pan Am jet" (two aircraft of one
/// collision, each with its own count). Folded; empty when none is said.
pub(super) fn place_after(doc: &Document<'_>, end: usize) -> String {
    let mut place = String::new();
    // ("troops now in Iraq", "troops stationed in Syria": where they are.)
    let at = if spaced(doc, end)
        && matches!(
            lower(doc, end + 1).as_str(),
            "now" | "still" | "currently" | "stationed" | "based"
        ) {
        end + 1
    } else {
        end
    };
    if spaced(doc, at)
        && matches!(lower(doc, at + 1).as_str(), "in" | "at" | "near")
        && spaced(doc, at + 1)
        && name_like(doc, at + 2)
    {
        place = crate::text::fold::name_key(&doc.word_str(at + 2));
    }
    // The craft they were on.
    let aboard = aboard_after(doc, at).or_else(|| {
        (spaced(doc, at) && lower(doc, at + 1) == "on" && lower(doc, at + 2) == "the")
            .then_some(at + 1)
    });
    if place.is_empty()
        && let Some(k) = aboard
        && spaced(doc, k)
    {
        let name = if matches!(lower(doc, k + 1).as_str(), "the" | "a" | "an") {
            k + 2
        } else {
            k + 1
        };
        if spaced(doc, name - 1)
            && name < doc.words.len()
            && (name_like(doc, name) || doc.words[name].shape == Shape::AllCaps)
            && !calendar_word(&lower(doc, name))
        {
            place = crate::text::fold::name_key(&doc.word_str(name));
        }
    }
    place
}

#[cfg(test)]
mod tests {
    use super::number_word;
    use crate::text::{TENS, UNITS};

    #[test]
    fn number_words_from_two_to_ninety_nine_are_read_with_any_hyphen() {
        for n in 2..100usize {
            let words = match n {
                ..20 => vec![UNITS[n].to_string()],
                _ if n % 10 == 0 => vec![TENS[n / 10 - 2].to_string()],
                _ => ['-', '‐', '‑']
                    .iter()
                    .map(|h| format!("{}{h}{}", TENS[n / 10 - 2], UNITS[n % 10]))
                    .collect(),
            };
            for w in words {
                assert_eq!(number_word(&w), Some(n as f64), "{w}");
            }
        }
        for w in [
            "one",
            "zero",
            "",
            "the",
            "twenty-",
            "twenty-ten",
            "seventy-seven-",
            "Six",
        ] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }
}
