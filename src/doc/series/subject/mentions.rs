//! Every group named in the document ("SCO", "members of NATO", "G-20"), found once.

use crate::data::groups;
use crate::doc::series::GroupMention;
use crate::doc::series::extractor::{Punct, classify};
use crate::doc::{Document, Shape};
use crate::span::Span;
use crate::text::fold::name_key_into as fold_into;

/// Every group named in the document, in order.
pub(in crate::doc::series) fn find_mentions(doc: &Document<'_>) -> Vec<GroupMention> {
    let groups = groups::get();
    let words = &doc.words;
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut buf2 = String::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let t = doc.slice(w.span);
        let lower = w.shape == Shape::Lower;
        if matches!(w.shape, Shape::Number) {
            i += 1;
            continue;
        }
        // Folded before the test: the first words of lower-case aliases are kept folded
        // ("non-permanent members of the Security Council").
        fold_into(t, &mut buf);
        if lower && !groups.lower_firsts.contains(&buf) {
            i += 1;
            continue;
        }
        let mut found = None;
        'alias: for a in groups.aliases_starting(&buf) {
            if lower && !a.any_case {
                continue;
            }
            let n = a.words.len();
            if i + n > words.len() {
                continue;
            }
            for (j, aw) in a.words.iter().enumerate().skip(1) {
                let wj = &words[i + j];
                // Words out of source order (text the HTML parser moved, as an image's alt
                // text at the end of a broken file) have no gap between them: not a mention.
                let Some(gap) = doc.text().get(words[i + j - 1].span.end()..wj.span.start()) else {
                    continue 'alias;
                };
                // A dotted abbreviation keeps its last stop: "the U.N. Security Council".
                let prev = doc.slice(words[i + j - 1].span);
                let gap = match gap.strip_prefix('.') {
                    Some(rest) if prev.contains('.') => rest,
                    _ => gap,
                };
                if wj.block != w.block || classify(gap) != Punct::Space {
                    continue 'alias;
                }
                fold_into(doc.slice(wj.span), &mut buf2);
                if buf2 != *aw && !(j + 1 == a.words.len() && same_count(aw, &buf2)) {
                    continue 'alias;
                }
            }
            found = Some((a.group, n));
            break;
        }
        if let Some((group, n)) = found {
            out.push(GroupMention {
                span: Span::new(w.span.start(), words[i + n - 1].span.end()),
                group,
                first_word: i as u32,
                end_word: (i + n) as u32,
            });
            i += n;
        } else {
            i += 1;
        }
    }
    out
}

/// A name that states its count in its last word is also written with a count noun of the
/// same value: "the Visegrad quartet" for "Visegrad Four".
fn same_count(alias_word: &str, word: &str) -> bool {
    super::vocab::count_value(alias_word)
        .is_some_and(|n| n >= 2 && crate::data::claim_words::count_noun(word) == Some(n))
}
