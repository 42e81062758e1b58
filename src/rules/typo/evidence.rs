//! Evidence from the article for ranking suggestions: the word a slip was meant to be is
//! very often used elsewhere in the same article ("the ations of the region" in an article
//! that speaks of `nations` twice more). Of the suggestions equally far from the slip, the
//! ones the document uses — the same word, or an inflection of it — come first; the lists'
//! order (frequency, kind of slip) decides among the rest.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::{Checker, MAX_SUGGESTIONS};
use crate::doc::Document;
use crate::spell::{self, WordHasher};
use crate::text::fold::spelling_key_into as fold_into;
use crate::text::is_hyphen;

/// The folded forms of a document's listed words, and of each part of its hyphenated
/// compounds, with how often each is used, built from the document model's spelling keys
/// once per document, on first use. Unknown words are left out: another slip is no
/// evidence.
pub(super) struct DocWords<'d> {
    forms: HashMap<&'d str, u32, BuildHasherDefault<WordHasher>>,
    /// Words in the document.
    total: usize,
}

impl<'d> DocWords<'d> {
    pub(super) fn of(doc: &'d Document<'_>) -> DocWords<'d> {
        let mut forms: HashMap<&'d str, u32, BuildHasherDefault<WordHasher>> = HashMap::default();
        let mut add = |form: &'d str| {
            if let Some(n) = forms.get_mut(form) {
                *n += 1;
            } else if spell::lookup(form).is_some() {
                forms.insert(form, 1);
            }
        };
        for i in 0..doc.words.len() {
            let key = doc.word_key(i);
            if key.contains(is_hyphen) {
                key.split(is_hyphen)
                    .filter(|p| !p.is_empty())
                    .for_each(&mut add);
            } else {
                add(key);
            }
        }
        DocWords {
            forms,
            total: doc.words.len(),
        }
    }

    /// The likelier score of `word` (folded) once the document is taken into account, in
    /// the units of [`spell::Entry::frequency`] (8 = twice as likely), for the word and its
    /// inflections together ([`inflections`]: a plural or possessive, a past tense, an -ing
    /// form, or the word these are inflections of): their chance in this article is taken as
    /// the mean of their chance in English at large (the frequency list) and their share of
    /// the article's words. A family the article never uses gets nothing; a rare one it uses
    /// gets much more than a common one, whose use says little. Words of one family get
    /// the same, so the article does not choose between `people` and `peopled`.
    pub(super) fn bonus(&self, word: &str) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        let mut forms = inflections(word);
        forms.sort_unstable();
        forms.dedup();
        let used: u32 = forms
            .iter()
            .filter_map(|f| self.forms.get(f.as_str()))
            .sum();
        if used == 0 {
            return 0.0;
        }
        let count: f64 = forms
            .iter()
            .filter_map(|f| spell::lookup_uncached(f))
            .map(|e| (f64::from(e.frequency()) / 8.0).exp2())
            .sum();
        let corpus = count.max(1.0) / CORPUS_WORDS;
        let here = f64::from(used) / self.total as f64;
        8.0 * (1.0 + here / corpus).log2()
    }
}

/// Words counted in the frequency list (`rules/spelling/frequency.tsv`, the sum of its
/// counts), to turn a count into a share.
const CORPUS_WORDS: f64 = 5.4e11;

impl<'d> Checker<'d, '_> {
    /// The document's word forms, gathered on first use.
    pub(super) fn doc_words(&self) -> &DocWords<'d> {
        let doc = self.doc;
        self.doc_words.get_or_init(|| DocWords::of(doc))
    }

    /// An unknown word's suggestions with those the document uses first among the equally
    /// close ([`used_first`]), cut to [`MAX_SUGGESTIONS`].
    pub(super) fn used_first(&self, text: &str, mut suggestions: Vec<String>) -> Vec<String> {
        if suggestions.len() > 1 {
            let words = self.doc_words();
            let mut key = String::new();
            fold_into(text, &mut key);
            used_first(&key, &mut suggestions, words);
        }
        suggestions.truncate(MAX_SUGGESTIONS);
        suggestions
    }
}

/// `word` and the forms it shares a stem with by regular inflection, both ways:
/// `nation` → `nations`, `nation's`; `nations` → `nation`; `use` → `used`, `using`;
/// `carry` → `carries`, `carried`; `passed` → `pass`, `passes`.
fn inflections(word: &str) -> Vec<String> {
    let mut stems = vec![word.to_string()];
    for (end, add) in [
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("'s", ""),
    ] {
        if let Some(stem) = word.strip_suffix(end) {
            let stem = format!("{stem}{add}");
            if stem.chars().count() >= 3 {
                stems.push(stem);
            }
        }
    }
    let mut out = Vec::with_capacity(stems.len() * 8);
    for stem in stems {
        if let Some(y) = stem.strip_suffix('y') {
            out.push(format!("{y}ies"));
            out.push(format!("{y}ied"));
        }
        if let Some(e) = stem.strip_suffix('e') {
            out.push(format!("{e}ing"));
            out.push(format!("{stem}d"));
        }
        for end in ["s", "es", "ed", "ing", "'s"] {
            if !(stem.ends_with('e') && end.starts_with('e')) {
                out.push(format!("{stem}{end}"));
            }
        }
        out.push(stem);
    }
    out
}

/// `suggestions` for the folded word `typed` reordered by what the document uses: among
/// the suggestions equally far from `typed` (edits, in lower case), by their likelihood as
/// the slip's word ([`spell::slip_score`]: frequency less the cost of the slip) plus the
/// article's evidence ([`DocWords::bonus`]). Suggestions the document does not use keep
/// their order; a split ("a lot") keeps its place.
pub(super) fn used_first(typed: &str, suggestions: &mut Vec<String>, words: &DocWords<'_>) {
    let split = suggestions
        .iter()
        .position(|s| s.contains(' '))
        .map(|i| (i, suggestions.remove(i)));
    if suggestions.len() > 1 {
        let scored: Vec<(usize, f64, bool)> = suggestions
            .iter()
            .map(|s| {
                let lower = s.to_lowercase();
                let frequency = spell::lookup(&lower).map_or(0, spell::Entry::frequency);
                let bonus = words.bonus(&lower);
                let score = spell::slip_score(typed, &lower, frequency) as f64 + bonus;
                (strsim::osa_distance(typed, &lower), score, bonus > 0.0)
            })
            .collect();
        if scored.iter().any(|&(_, _, used)| used) {
            let mut order: Vec<usize> = (0..suggestions.len()).collect();
            order.sort_by(|&a, &b| {
                let (da, sa, _) = scored[a];
                let (db, sb, _) = scored[b];
                da.cmp(&db).then(sb.total_cmp(&sa)).then(a.cmp(&b))
            });
            let old = std::mem::take(suggestions);
            let mut old: Vec<Option<String>> = old.into_iter().map(Some).collect();
            suggestions.extend(order.into_iter().filter_map(|i| old[i].take()));
        }
    }
    if let Some((i, s)) = split {
        suggestions.insert(i.min(suggestions.len()), s);
    }
}

#[cfg(test)]
mod tests {
    use super::{DocWords, inflections, used_first};
    use crate::doc::Format;
    use crate::parse::parse;
    use crate::source::SourceFile;

    fn ranked(text: &str, typed: &str, suggestions: &[&str]) -> Vec<String> {
        let src = SourceFile::new("t.txt", text.to_string());
        let doc = parse(&src, Format::Plain);
        let words = DocWords::of(&doc);
        let mut s: Vec<String> = suggestions.iter().map(ToString::to_string).collect();
        used_first(typed, &mut s, &words);
        s
    }

    #[test]
    fn a_word_the_article_uses_comes_before_an_equally_close_one() {
        let text = "The nations met. Two nations agreed on the ations of the region.";
        assert_eq!(
            ranked(text, "ations", &["actions", "nations", "cations"]),
            ["nations", "actions", "cations"]
        );
    }

    #[test]
    fn an_inflection_of_the_word_counts_as_a_use() {
        let text = "The nation met. It agreed on the ations of the region.";
        assert_eq!(
            ranked(text, "ations", &["actions", "nations"]),
            ["nations", "actions"]
        );
        let text = "They were carrying the flag. The flag was caried.";
        assert_eq!(
            ranked(text, "caried", &["cared", "carried"]),
            ["carried", "cared"]
        );
    }

    #[test]
    fn without_evidence_the_order_given_stays() {
        let text = "Nothing here is related. The ations of the region.";
        assert_eq!(
            ranked(text, "ations", &["actions", "nations", "cations"]),
            ["actions", "nations", "cations"]
        );
    }

    #[test]
    fn a_used_word_further_away_does_not_pass_a_closer_one() {
        // `nation` is two edits from "ations", `actions` one.
        let text = "The nation met. It agreed on the ations of the region.";
        assert_eq!(
            ranked(text, "ations", &["actions", "nation"]),
            ["actions", "nation"]
        );
    }

    #[test]
    fn a_word_used_inside_a_compound_counts() {
        let text = "A fire-fighting team came. The ighting went on.";
        assert_eq!(
            ranked(text, "ighting", &["lighting", "fighting"]),
            ["fighting", "lighting"]
        );
    }

    #[test]
    fn the_slip_itself_is_no_evidence() {
        // "refugess" is `refuges` + s, but only the slip is in the document.
        let text = "The refugess arrived.";
        assert_eq!(
            ranked(text, "refugess", &["refugees", "refuges"]),
            ["refugees", "refuges"]
        );
    }

    #[test]
    fn a_rare_word_used_is_more_evidence_than_a_common_one() {
        let filler = "The committee met on Monday and talked about the budget. ".repeat(50);
        let text = format!("{filler}The nations were there.");
        let src = SourceFile::new("t.txt", text);
        let doc = parse(&src, Format::Plain);
        let words = DocWords::of(&doc);
        let (nations, the) = (words.bonus("nations"), words.bonus("the"));
        assert!(nations > the + 8.0, "{nations} {the}");
        assert!(words.bonus("actions").abs() < f64::EPSILON);
        assert!((words.bonus("nation") - nations).abs() < 1e-9);
    }

    #[test]
    fn a_rare_inflection_of_a_word_used_does_not_pass_the_word() {
        // "peoplde": `people` with d added, or `peopled` with two letters swapped; the
        // article's "people" is evidence for both alike, and `people` is far commoner.
        let text = "The people voted. The peoplde were there.";
        assert_eq!(
            ranked(text, "peoplde", &["people", "peopled"]),
            ["people", "peopled"]
        );
    }

    #[test]
    fn the_rule_ranks_by_what_the_article_uses() {
        use crate::rules::test_util::run;
        let text = "Two nations met on Monday. The ations of the region agreed.";
        let d = run(&super::super::Typo, text, Format::Plain);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].suggestions[0], "nations");
        let text = "Two sides met on Monday. The ations of the region agreed.";
        let d = run(&super::super::Typo, text, Format::Plain);
        assert_eq!(d[0].suggestions[0], "actions");
    }

    #[test]
    fn a_formation_gives_way_to_a_slip_of_a_word_the_article_uses() {
        use crate::rules::test_util::{assert_clean, run};
        // Alone, "bilion" may be bi + "lion"; in an article that writes `billion`, it is
        // a slip of that.
        assert_clean(&super::super::Typo, "The deal was worth a bilion dollars.");
        let text = "The budget grew by a billion dollars. Another billion came later. \
                    The deal was worth a bilion dollars.";
        let d = run(&super::super::Typo, text, Format::Plain);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].suggestions[0], "billion");
    }

    #[test]
    fn the_corpus_size_is_the_sum_of_the_frequency_list() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/spelling/frequency.tsv");
        let text = std::fs::read_to_string(path).expect("frequency.tsv");
        let sum: f64 = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t')?.1.trim().parse::<f64>().ok())
            .sum();
        assert!((sum / super::CORPUS_WORDS - 1.0).abs() < 0.05, "{sum}");
    }

    #[test]
    fn inflections_go_both_ways() {
        assert!(inflections("nation").contains(&"nations".to_string()));
        assert!(inflections("nations").contains(&"nation".to_string()));
        assert!(inflections("use").contains(&"using".to_string()));
        assert!(inflections("used").contains(&"use".to_string()));
        assert!(inflections("carry").contains(&"carried".to_string()));
        assert!(inflections("carried").contains(&"carrying".to_string()));
    }
}
