use std::collections::HashMap;

use crate::diagnostic::Diagnostic;
use crate::doc::{Document, Gap, Shape};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::spell::{self, Dialect};
use crate::text::normalize::fold;

declare_rule! {
    /// ## What it checks
    /// One name spelled two ways in one document: "Zelensky" in three paragraphs and
    /// "Zelenskyy" in two, "Mohammed bin Salman" and "Mohammad bin Salman". The spelling
    /// used less often is reported, each time, with a label on the other.
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
    ///   "Andrew Johnston" (two names the word lists know, with different given names);
    /// - inflected and possessive forms: "Kazakh"/"Kazakhs", "Annan's";
    /// - a spelling inside a sentence marked `[sic]`;
    /// - a one-off slip beside a spelling used twice or more, which the `typo` rule already
    ///   reports as a misspelling;
    /// - transliterations that start with another letter ("Gaddafi"/"Qaddafi").
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

#[derive(Default)]
struct Form<'a> {
    spans: Vec<Span>,
    /// Capitalised words next to the name: a given name before, a family name after.
    neighbours: Vec<&'a str>,
    /// Uses with no capitalised word beside them (a family name on second reference).
    alone: usize,
    first: usize,
}

impl Rule for NameVariant {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        check_spellings(doc, cx);
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

fn check_spellings(doc: &Document<'_>, cx: &mut Context<'_>) {
    let mut forms: HashMap<&str, Form<'_>> = HashMap::new();
    let sic: Vec<Span> = doc
        .sentences
        .iter()
        .filter(|s| doc.slice(s.span).contains("[sic]"))
        .map(|s| s.span)
        .collect();
    let mut key = String::new();
    for (i, w) in doc.words.iter().enumerate() {
        if !is_name(doc, i) {
            continue;
        }
        let text = stem(doc.slice(w.span));
        if text.chars().count() < MIN_LEN || sic.iter().any(|s| s.contains(w.span)) {
            continue;
        }
        // A capitalised common word ("Opposition" at a sentence start) is not a name.
        spell::fold_into(text, &mut key);
        if spell::lookup(&key).is_some_and(|e| e.lower_in(Dialect::Either)) {
            continue;
        }
        let order = forms.len();
        let f = forms.entry(text).or_insert_with(|| Form {
            first: order,
            ..Form::default()
        });
        f.spans
            .push(Span::new(w.span.start(), w.span.start() + text.len()));
        // Capitalised words beside the name, but not a possessive ("Saudi Arabia's
        // Mohammed"): that is an owner, not a given name.
        let neighbour = |j: usize| {
            let n = &doc.words[j];
            let t = doc.slice(n.span);
            (n.block == w.block && is_name(doc, j) && stem(t).len() == t.len()).then_some(t)
        };
        let mut alone = true;
        if i > 0
            && w.gap == Gap::Space
            && let Some(t) = neighbour(i - 1)
        {
            f.neighbours.push(t);
            alone = false;
        }
        // The family name after a given name, over particles: "Mohammed bin Salman".
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
            && let Some(t) = neighbour(j)
        {
            f.neighbours.push(t);
            alone = false;
        }
        f.alone += usize::from(alone);
    }
    let mut list: Vec<(&str, Form<'_>)> = forms.into_iter().collect();
    list.sort_by_key(|(_, f)| f.first);
    // Variants share a first letter and differ in length by two at most: compare each form
    // only with the forms in those buckets, not with every name in the document.
    let mut buckets: HashMap<(char, usize), Vec<usize>> = HashMap::new();
    for (k, (a, _)) in list.iter().enumerate() {
        let first = a.chars().next().unwrap_or(' ');
        buckets
            .entry((first, a.chars().count()))
            .or_default()
            .push(k);
    }
    for (a, fa) in &list {
        let (first, len) = (a.chars().next().unwrap_or(' '), a.chars().count());
        let near = (len.saturating_sub(2)..=len + 2)
            .filter_map(|l| buckets.get(&(first, l)))
            .flatten()
            .map(|&k| &list[k]);
        for (b, fb) in near {
            // Each pair once, the minority form reported: fewer uses, or on a tie the later.
            let a_minor = fa.spans.len() < fb.spans.len()
                || (fa.spans.len() == fb.spans.len() && fa.first > fb.first);
            if !a_minor || !variants(a, b) {
                continue;
            }
            // The typo rule reports misspellings of the countries and groups in rules/.
            if crate::text::normalize::entity(&fold(b)).is_some() {
                continue;
            }
            spell::fold_into(a, &mut key);
            let a_known = spell::lookup(&key).is_some();
            spell::fold_into(b, &mut key);
            let b_known = spell::lookup(&key).is_some();
            // Two names the word lists know ("Michel", "Michael") are two names unless the
            // text ties them to one person with a shared given or family name.
            let shared = fa
                .neighbours
                .iter()
                .any(|n| fb.neighbours.iter().any(|m| same_name(n, m)));
            if !(shared || (!(a_known && b_known) && same_person(fa, fb))) {
                continue;
            }
            // A one-off unknown spelling beside one used twice is the typo rule's to report.
            if fa.spans.len() == 1 && !a_known && fb.spans.len() >= 2 {
                continue;
            }
            for &span in &fa.spans {
                cx.report(
                    Diagnostic::new(
                        span,
                        format!("`{a}` is also spelled `{b}` in this document"),
                    )
                    .label(
                        fb.spans[0],
                        format!("spelled `{b}` here ({} times)", fb.spans.len()),
                    )
                    .suggest(*b)
                    .fix(false, span, *b),
                );
            }
        }
    }
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
    minor.alone == minor.spans.len() && major.spans.len() >= 2 && full.len() == 1
}

/// One neighbouring name, with or without its diacritics: "Phu" and "Phú".
fn same_name(a: &str, b: &str) -> bool {
    a == b || (!(a.is_ascii() && b.is_ascii()) && fold(a) == fold(b))
}

/// Two spellings of one name: same first letter, one or two edits apart, neither a prefix of
/// the other (which would be an inflection: "Kazakh"/"Kazakhs", "Syria"/"Syrian").
fn variants(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if a == b || la.abs_diff(lb) > 2 || a.chars().next() != b.chars().next() {
        return false;
    }
    let (al, bl) = (a.to_lowercase(), b.to_lowercase());
    let (short, long) = if al.len() <= bl.len() {
        (&al, &bl)
    } else {
        (&bl, &al)
    };
    if let Some(rest) = long.strip_prefix(short.as_str())
        && INFLECTIONS.contains(&rest)
    {
        return false;
    }
    let limit = if la.min(lb) >= 8 { 2 } else { 1 };
    let ascii = al.is_ascii() && bl.is_ascii();
    if la.abs_diff(lb) > limit || (ascii && letters_apart(&al, &bl) > 2 * limit) {
        // Lower bounds of the distance, cheap to take: most pairs of names end here.
        return false;
    }
    strsim::damerau_levenshtein(&al, &bl) <= limit
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
mod tests {
    use super::NameVariant;
    use crate::rules::test_util::{assert_clean, assert_flags};

    #[test]
    fn flags_the_minority_spelling_of_a_name() {
        assert_flags(
            &NameVariant,
            "President Volodymyr Zelensky spoke. Zelensky said more. Zelenskyy left. Zelensky, aides said, and Zelenskyy agreed.",
            &["Zelenskyy", "Zelenskyy"],
        );
        assert_flags(
            &NameVariant,
            "Crown Prince Mohammed bin Salman met envoys. Mohammad bin Salman then left.",
            &["Mohammad"],
        );
    }

    #[test]
    fn given_names_match_with_or_without_diacritics() {
        assert_flags(
            &NameVariant,
            "Nguyen Phu Trong died. Nguyen Phu Trong led the party. Crowds mourned Nguyễn Phú Trọng. Nguyễn Phú Trọng was 80.",
            &["Nguyễn", "Trọng", "Nguyễn", "Trọng"],
        );
    }

    #[test]
    fn a_one_off_slip_is_left_to_the_typo_rule() {
        assert_clean(
            &NameVariant,
            "Zelensky spoke. Zelensky said more. Later Zelenskyy left.",
        );
    }

    #[test]
    fn leaves_different_people_inflections_and_sic() {
        assert_clean(
            &NameVariant,
            "Boris Johnson met Andrew Johnston. Johnson left first.",
        );
        assert_clean(
            &NameVariant,
            "The Kazakh minister met Kazakhs abroad. Annan's plan and Annan.",
        );
        assert_clean(
            &NameVariant,
            "Zelensky spoke. Zelensky again. The sign read \"Zelenskyy [sic] welcome\" twice.",
        );
        assert_clean(
            &NameVariant,
            "James Michel met Michel Kafando. Michael Sata left.",
        );
    }
}
