#![allow(clippy::many_single_char_names)] // i, j, n: item indices and list length

use std::collections::HashMap;

use crate::diagnostic::{Applicability, Edit, Finding};
use crate::doc::{BlockKind, Conjunction, Document, ItemKind, NoteKind, Series, SeriesKind};
use crate::rules::{Context, Needs, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::fold::name_key;

declare_rule! {
    /// ## What it checks
    /// An item named twice in one list: an inline series ("Russia, China, Uzbekistan,
    /// Tajikistan and Uzbekistan"), a bulleted or numbered list, a semicolon list, or a
    /// fact-box line. Items are compared after normalising case, a leading "the", a
    /// possessive, punctuation and the country aliases of `rules/countries.toml`, so
    /// "Britain" and "the United Kingdom" are one item, and so are "Burma" and "Myanmar".
    ///
    /// A country one letter away from another item of the list ("Kyrgyzstan" … "Kyrgystan")
    /// is reported as a near-duplicate that names the likely misspelling.
    ///
    /// ## Why it matters
    /// A list that names a country twice usually lost another one on the way: the reader
    /// counts seven names where there are six members, and the missing one is the country
    /// whose embassy calls the newsroom.
    ///
    /// ## Example
    /// ```text
    /// The SCO, consisting of Russia, China, Kazakhstan, Uzbekistan, Kyrgyzstan,
    /// Tajikistan and Uzbekistan, says …
    /// ```
    ///
    /// ## Not flagged
    /// - the same name in two different lists, or twice in one sentence outside a list;
    /// - lists of numbers ("scores of 10, 10 and 9");
    /// - two items with different notes ("Federer (2003), Federer (2004)") or places told
    ///   apart by their state ("Paris, France, and Paris, Texas");
    /// - two-item pairs ("Johnson and Johnson"), rhetorical repetition in lower-case lists
    ///   ("jobs, jobs and jobs"), and items whose edges in the sentence are a guess;
    /// - near-duplicates between two names that are both known ("Niger, Nigeria",
    ///   "Austria, Australia") or both unknown (people: "Jon Smith, John Smith").
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe for exact duplicates: removes the second copy with its separator so the list
    /// still reads right ("A, B and B" → "A and B"; a bullet's whole line). None for
    /// near-duplicates: which spelling is meant, and which item is missing, takes a person.
    pub(crate) struct DuplicateListItem {
        id: "duplicate-list-item",
        severity: Error,
        summary: "the same item twice in one list (\"Uzbekistan … and Uzbekistan\")",
        fix: Safe,
        options: [],
        languages: Any,
    }
}

/// Lists longer than this are not searched for near-duplicates (quadratic in the list);
/// exact duplicates are found in lists of any length.
const NEAR_LIMIT: usize = 200;

impl Rule for DuplicateListItem {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn needs(&self) -> Needs {
        Needs::SERIES
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        for s in &doc.series {
            check_series(doc, s, cx);
        }
    }
}

/// Findings reported for one list at most.
const MAX_PER_LIST: usize = 50;

fn check_series(doc: &Document<'_>, s: &Series, cx: &mut Context<'_>) {
    let n = s.items.len();
    // Numbers repeat legitimately ("votes of 5, 5 and 3").
    if s.items_kind == ItemKind::Number || n < 2 {
        return;
    }
    // "Johnson and Johnson", "Bora and Bora": a pair joined by "and" is a name, not a list.
    if n == 2 && s.conjunction != Conjunction::None && s.kind != SeriesKind::Bulleted {
        return;
    }
    let phrases = s.items_kind == ItemKind::Phrase;
    if s.items.iter().all(|i| i.form() == s.items[0].form()) {
        // "jobs, jobs and jobs", "Russia, Russia, Russia": repetition on purpose.
        return;
    }
    let mut seen: HashMap<(&str, String), usize> = HashMap::new();
    let mut reported = vec![false; n];
    let mut exact_found = 0;
    // A caption's ", second right," commas close a note, not list items: moving them
    // around takes an editor, so such a list gets no fix. Known once per list.
    let fixable = !s
        .items
        .iter()
        .any(|x| x.note_kind == Some(NoteKind::Position));
    for (i, it) in s.items.iter().enumerate() {
        if !it.bounded || glued(doc.text(), it.span) {
            continue;
        }
        // A note tells two items apart ("Federer (2003)", "Paris, Texas"), except where a
        // person stands in a photo: the same person twice in a caption is a slip.
        let note = match (it.note, it.note_kind) {
            (Some(sp), kind) if kind != Some(NoteKind::Position) => name_key(doc.slice(sp)),
            _ => String::new(),
        };
        let key = (it.form(), note);
        match seen.get(&key) {
            Some(&j) => {
                // Lower-case lists repeat a word next to itself on purpose ("work, work,
                // and more work"); a name repeated next to itself is a slip.
                if phrases && j + 1 == i {
                    continue;
                }
                reported[i] = true;
                reported[j] = true;
                // A list that repeats itself hundreds of times is not copy to fix item by item
                // (and reporting each would cost time in proportion to the list, per item).
                exact_found += 1;
                if exact_found > MAX_PER_LIST {
                    break;
                }
                cx.report(exact(doc, s, j, i, fixable));
            }
            None => {
                seen.insert(key, i);
            }
        }
    }
    if s.items_kind == ItemKind::Name && n <= NEAR_LIMIT {
        near(doc, s, &reported, cx);
    }
}

/// True when the item runs on into the text after it through a full stop and a letter: the
/// item read is only the start of a longer token ("Ideo" of "Ideo and Ideo.org", a domain;
/// "report" of "report.pdf").
fn glued(text: &str, span: Span) -> bool {
    let mut after = text[span.end()..].chars();
    after.next() == Some('.') && after.next().is_some_and(char::is_alphanumeric)
}

fn exact(doc: &Document<'_>, s: &Series, j: usize, i: usize, fixable: bool) -> Finding {
    let (first, second) = (&s.items[j], &s.items[i]);
    let a = doc.decoded(first.span);
    let b = doc.decoded(second.span);
    let message = if name_key(&a) == name_key(&b) {
        format!("`{}` is listed twice", strip_the(&b))
    } else {
        format!(
            "`{b}` is listed twice: `{a}` is the same {}",
            kind_word(first.entity().is_some())
        )
    };
    let mut d = Finding::new(second.span, message)
        .label(first.span, "first listed here")
        .help("remove the second copy");
    if fixable && let Some(edits) = removal(doc, s, i) {
        d = d.fix_edits(Applicability::Safe, edits);
    }
    d
}

fn kind_word(entity: bool) -> &'static str {
    if entity { "country" } else { "item" }
}

fn strip_the(s: &str) -> &str {
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s)
}

/// Edits that take item `i` (not the first) out of the list so it still reads right.
fn removal(doc: &Document<'_>, s: &Series, i: usize) -> Option<Vec<Edit>> {
    let items = &s.items;
    let n = items.len();
    if i == 0 {
        return None;
    }
    if s.kind == SeriesKind::Bulleted {
        return bullet_line(doc, s, i).map(|span| {
            vec![Edit {
                span,
                replacement: String::new(),
            }]
        });
    }
    let text = doc.text();
    let markup = |c: char| c == '*' || c == '_';
    // A separator without the emphasis markers of its neighbours: in ", **France**" the
    // "**" belongs to France.
    let core = |sp: Span| -> Span {
        let t = &text[sp.range()];
        let lead = t.len() - t.trim_start_matches(markup).len();
        let trail = t.len() - t.trim_end_matches(markup).len();
        if lead + trail >= t.len() {
            return sp;
        }
        Span::new(sp.start() + lead, sp.end() - trail)
    };
    let sep_text = |k: usize| &text[core(items[k].sep).range()];
    // The item with the emphasis markers around it.
    let item_end = |k: usize| -> usize {
        let sep = &text[items[k].sep.range()];
        let open = sep.len() - sep.trim_end_matches(markup).len();
        let end = items[k].full().end();
        if open > 0 && text[end..].starts_with(&sep[sep.len() - open..]) {
            end + open
        } else {
            end
        }
    };
    // With two items left, "A, and B" loses its comma: "A and B".
    let unserial = |sep: &str| -> String {
        if n - 1 == 2 {
            let t = sep.trim_start_matches([',', ';']);
            if t.starts_with(char::is_whitespace) {
                t.to_string()
            } else {
                format!(" {t}")
            }
        } else {
            sep.to_string()
        }
    };
    let mut edits = Vec::new();
    let cut = Span::new(core(items[i].sep).start(), item_end(i));
    if i + 1 < n {
        // "A, B, B and C" → "A, B and C"
        edits.push(Edit {
            span: cut,
            replacement: String::new(),
        });
        let last = core(items[n - 1].sep);
        let fixed = unserial(sep_text(n - 1));
        if fixed != sep_text(n - 1) {
            edits.push(Edit {
                span: last,
                replacement: fixed,
            });
        }
    } else {
        // "A, B and B" → "A and B": the conjunction moves to the item before. "A and B, as
        // well as B" just loses its tail.
        if i >= 2 && s.conjunction != Conjunction::AsWellAs {
            let conj = unserial(sep_text(i));
            if conj != sep_text(i - 1) {
                edits.push(Edit {
                    span: core(items[i - 1].sep),
                    replacement: conj,
                });
            }
        }
        edits.push(Edit {
            span: cut,
            replacement: String::new(),
        });
    }
    Some(edits)
}

/// The whole line (or lines) of the bullet holding item `i`.
fn bullet_line(doc: &Document<'_>, s: &Series, i: usize) -> Option<Span> {
    let at = s.items[i].span;
    // Blocks are in source order: the item's block is the last one starting at or before it.
    let idx = doc.blocks.partition_point(|b| b.span.start <= at.start);
    let item = doc.blocks[..idx].iter().rev().take(4).find(|b| {
        b.parent == Some(s.block)
            && matches!(b.kind, BlockKind::ListItem { .. })
            && b.span.contains(at)
    })?;
    let src = doc.source;
    let first_line = src.line_index(item.span.start());
    let last_line = src.line_index(item.span.end().saturating_sub(1).max(item.span.start()));
    let start = src.line_starts()[first_line] as usize;
    let end = src
        .line_starts()
        .get(last_line + 1)
        .map_or(doc.text().len(), |&e| e as usize);
    Some(Span::new(start, end))
}

/// One known country and one unknown name one letter apart: the unknown one is likely the
/// known one misspelt.
fn near(doc: &Document<'_>, s: &Series, reported: &[bool], cx: &mut Context<'_>) {
    for i in 1..s.items.len() {
        for j in 0..i {
            if reported[i] || reported[j] {
                continue;
            }
            let (a, b) = (&s.items[j], &s.items[i]);
            let (known, unknown) = match (a.entity(), b.entity()) {
                (Some(_), None) => (a, b),
                (None, Some(_)) => (b, a),
                _ => continue,
            };
            let (k, u) = (known.form().to_lowercase(), unknown.norm.key.as_str());
            if k.chars().count() < 5 || u.chars().count() < 5 || k.contains(' ') != u.contains(' ')
            {
                continue;
            }
            if strsim::osa_distance(&name_key(&k), u) != 1 {
                continue;
            }
            let (ta, tb, tu) = (
                doc.slice(a.span),
                doc.slice(b.span),
                doc.slice(unknown.span),
            );
            cx.report(
                Finding::new(
                    b.span,
                    format!(
                        "`{tb}` looks like `{ta}` listed twice: `{tu}` is likely a misspelling"
                    ),
                )
                .label(a.span, "first listed here")
                .help("correct the spelling, or remove the second copy"),
            );
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::DuplicateListItem;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

    const R: DuplicateListItem = DuplicateListItem;

    #[test]
    fn flags_the_second_copy_in_inline_lists() {
        assert_flags(
            &R,
            "The SCO, consisting of Russia, China, Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan and Uzbekistan, met.",
            &["Uzbekistan"],
        );
        assert_flags(
            &R,
            "Ministers from France, Germany, France and Italy met.",
            &["France"],
        );
    }

    #[test]
    fn a_name_beside_its_own_domain_is_two_items() {
        assert_clean(
            &R,
            "Methods came from Luma Institute, Ideo and Ideo.org, and Frog Design.",
        );
        // A full stop that ends the sentence does not glue the item to anything.
        assert_flags(
            &R,
            "Methods came from Luma Institute, Ideo, Frog Design and Ideo. Then more.",
            &["Ideo"],
        );
    }

    #[test]
    fn aliases_are_the_same_item() {
        assert_flags(
            &R,
            "Talks involved Britain, France, Germany and the United Kingdom.",
            &["the United Kingdom"],
        );
        assert_flags(
            &R,
            "Observers came from Burma, Laos, Thailand and Myanmar.",
            &["Myanmar"],
        );
    }

    #[test]
    fn near_duplicates_name_the_misspelling() {
        let d = run(
            &R,
            "Envoys from Kyrgyzstan, Kazakhstan, Tajikistan and Kyrgystan met.",
            Format::Plain,
        );
        assert_eq!(d.len(), 1);
        assert!(
            d[0].message.contains("`Kyrgystan` is likely a misspelling"),
            "{}",
            d[0].message
        );
        assert!(d[0].fix.is_none());
    }

    #[test]
    fn fixes_keep_the_list_readable() {
        assert_eq!(
            fixed(&R, "Leaders of France, Germany and Germany met."),
            "Leaders of France and Germany met."
        );
        assert_eq!(
            fixed(&R, "Leaders of France, Germany, Germany and Italy met."),
            "Leaders of France, Germany and Italy met."
        );
        assert_eq!(
            fixed(&R, "Leaders of France, Germany, and Germany met."),
            "Leaders of France and Germany met."
        );
        assert_eq!(
            fixed(&R, "Leaders of France, Italy, Germany, and Germany met."),
            "Leaders of France, Italy, and Germany met."
        );
        assert_eq!(
            fixed(&R, "Members:\n\n- France\n- Germany\n- France\n- Italy\n"),
            "Members:\n\n- France\n- Germany\n- Italy\n"
        );
    }

    #[test]
    fn leaves_numbers_pairs_people_and_places() {
        assert_clean(&R, "The judges gave scores of 10, 10 and 9.");
        assert_clean(&R, "The firm Johnson and Johnson reported.");
        assert_clean(&R, "He toured Paris, Texas, and Paris, France, last year.");
        assert_clean(
            &R,
            "The winners were Federer (2003), Nadal (2005) and Federer (2004).",
        );
        assert_clean(
            &R,
            "Delegates came from Niger, Nigeria, Austria and Australia.",
        );
        assert_clean(&R, "The panel heard Jon Smith, John Smith and Ann Lee.");
        assert_clean(&R, "It is about jobs, jobs and jobs.");
    }
}
