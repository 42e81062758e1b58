//! How sure the extractor is of a series' item boundaries.
//!
//! The extractor finds lists generously: the rules that compare a list with a group's
//! members want every candidate. A comma before the last "and" is only evidence of a
//! house style when the list really is a list of three or more, with its items where the
//! extractor put them. [`mark`] sets [`Series::sure`] for those; everything else — a
//! sentence-opening phrase read as a first item ("In the city centre, mobility and
//! access …"), an item that holds its own "and" ("thinner flat screen and high-definition
//! TVs, and games consoles"), clauses joined by commas, repetition ("really, really
//! small") — stays unsure. Only `serial-comma` reads the mark.

use super::extractor::{Punct, classify};
use super::{Conjunction, ItemKind, Series, SeriesKind};
use crate::doc::{Document, Shape};
use crate::text::lexicon::{FINITE_AUXILIARIES, is_auxiliary};

/// Words that make a stretch of text a clause, an aside or an interjection rather than a
/// list item, besides the auxiliaries and modals of the lexicon: subject pronouns, relative
/// words, "yes" and "no".
const CLAUSE_WORDS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "who",
    "which",
    "that",
    "yes",
    "no",
    "not",
    "it's",
    "that's",
    "there's",
    "they're",
    "we're",
    "he's",
    "she's",
    "isn't",
    "aren't",
    "won't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "we've",
    "i've",
    "they've",
    "you've",
    "we'll",
    "they'll",
    "i'm",
    "we'd",
    "they'd",
    // Focus words that open an aside, not an item: "including and especially tonight",
    // "notably food products and beverages", "developed and developing alike".
    "including",
    "notably",
    "especially",
    "particularly",
    "both",
    "alike",
    "mainly",
    "chiefly",
    "mostly",
    // Sentence adverbs and asides: "and, ultimately, general and complete disarmament",
    // "thereby providing", "I believe", "And now, ladies and gentlemen".
    "thereby",
    "ultimately",
    "finally",
    "now",
    "believe",
    "think",
    "whenever",
    "wherever",
    "however",
];

/// Words that open a sentence with an introductory phrase ("In the city centre, …",
/// "With two canneries open again, …"): the text up to the first comma is not a list item.
const OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "for",
    "with",
    "without",
    "after",
    "before",
    "during",
    "since",
    "under",
    "over",
    "from",
    "by",
    "across",
    "through",
    "throughout",
    "within",
    "when",
    "while",
    "as",
    "if",
    "although",
    "though",
    "because",
    "once",
    "until",
    "unlike",
    "like",
    "despite",
    "among",
    "amid",
    "beyond",
    "behind",
    "near",
    "outside",
    "inside",
    "to",
    "for",
    "of",
    "along",
    "around",
    "following",
    "besides",
    "thanks",
    "whether",
];

/// A clause word or an auxiliary.
fn is_clause_word(w: &str) -> bool {
    is_auxiliary(w) || CLAUSE_WORDS.contains(&w)
}

/// Lower-case words after a list that do not open a new clause's verb phrase.
const NOT_VERBS: &[&str] = &[
    "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "than",
    "into", "about", "after", "before", "during", "since", "until",
];

/// Sets `sure` on every series.
pub(super) fn mark(doc: &Document<'_>, series: &mut [Series]) {
    for s in series {
        s.sure = sure(doc, s);
    }
}

fn sure(doc: &Document<'_>, s: &Series) -> bool {
    let n = s.items.len();
    if n < 3 || !matches!(s.conjunction, Conjunction::And | Conjunction::Or) {
        return false;
    }
    if matches!(s.kind, SeriesKind::Bulleted | SeriesKind::Semicolon) {
        return true;
    }
    let w = Words { doc };
    // Repetition: "really, really small".
    let texts: Vec<String> = s
        .items
        .iter()
        .map(|i| doc.slice(i.span).to_lowercase())
        .collect();
    if texts
        .windows(2)
        .any(|p| p[0] == p[1] || p[1].starts_with(&format!("{} ", p[0])))
    {
        return false;
    }
    // An item that reads as a clause or an aside, or runs over a sentence end ("in
    // Washington, D.C. The UAE and Bahrain").
    if texts.iter().any(|x| x.contains(". ")) {
        return false;
    }
    for item in &s.items {
        let (from, to) = w.range(item.span.start(), item.span.end());
        if (from..to).any(|i| is_clause_word(doc.word_text(i))) {
            return false;
        }
    }
    let Some(first) = w.at(s.items[0].span.start()) else {
        return false;
    };
    let Some(last_end) = w.before(s.items[n - 1].full().end()) else {
        return false;
    };
    let Some(sentence) = doc
        .sentences
        .iter()
        .find(|t| (t.words.start as usize) <= first && first < t.words.end as usize)
    else {
        return false;
    };
    let (start, end) = (sentence.words.start as usize, sentence.words.end as usize);
    // A sentence-opening phrase read as the first item: "At the trade fair, smart fabrics
    // and textiles drew crowds" is two items, not three.
    if s.items_kind == ItemKind::Phrase
        && !s.items[0].bounded
        && OPENERS.contains(&doc.word_text(start).to_lowercase().as_str())
        && !(start + 1..=first).any(|i| w.gap_is(i, Punct::Comma))
    {
        return false;
    }
    // "liberty and triumph, progress and freedom": the first item is itself the second
    // half of a pair.
    if first > start
        && w.gap_is(first, Punct::Space)
        && matches!(doc.word_text(first - 1), "and" | "or")
    {
        return false;
    }
    let next = last_end + 1;
    // Clauses joined by commas: "… are teaming up, O2 is trialling a system in Oxford, UK,
    // and Nokia begins …". The list sits in a clause that opens after a comma, and a verb
    // follows its last item: the last "item" is the subject of a new clause.
    let opens = (start + 1..=first)
        .rev()
        .find(|&i| w.gap_is(i, Punct::Comma) || w.gap_is(i, Punct::Semi));
    if let Some(o) = opens
        && (o..first).any(|i| FINITE_AUXILIARIES.contains(&doc.word_text(i)))
        && next < end
        && w.gap_is(next, Punct::Space)
        && doc.words[next].shape == Shape::Lower
        && !NOT_VERBS.contains(&doc.word_text(next))
    {
        return false;
    }
    if next >= end {
        return true;
    }
    // "parents and schools and government": the last "and" is not the list's only one.
    if w.gap_is(next, Punct::Space) && matches!(doc.word_text(next), "and" | "or") {
        return false;
    }
    // "thinner flat screen and high-definition TVs, and games consoles": a ", and" a few
    // words on means the "and" read as the list's may sit inside an item.
    let reach = if s.items_kind == ItemKind::Phrase {
        7
    } else {
        4
    };
    if (next + 1..end.min(next + reach))
        .any(|i| w.gap_is(i, Punct::Comma) && matches!(doc.word_text(i), "and" | "or"))
    {
        return false;
    }
    // "search and rescue, immigration control, fishery protection": the comma chain goes
    // on after the last item with another short lower-case item, so the "and" read as the
    // list's joins two words of one item. A clause, a participle ("leaving …", "called
    // …") or an attribution ("officials said") after the comma does not continue it.
    let comma = (next..end.min(next + 6)).find(|&i| !w.gap_is(i, Punct::Space));
    if let Some(at) = comma
        && w.gap_is(at, Punct::Comma)
    {
        let to = (at + 1..end)
            .find(|&i| !w.gap_is(i, Punct::Space))
            .unwrap_or(end);
        let opener = doc.word_text(at);
        let plain = doc.words[at].shape == Shape::Lower
            && !NOT_VERBS.contains(&opener)
            && !opener.ends_with("ing")
            && !opener.ends_with("ed")
            && (at..to).all(|i| {
                let t = doc.word_text(i);
                !is_clause_word(t) && !matches!(t, "said" | "says" | "say" | "told" | "added")
            });
        if plain && to - at <= 4 && (to == end || w.gap_is(to, Punct::Comma)) {
            return false;
        }
    }
    true
}

/// Word lookups by byte offset and the punctuation between words.
struct Words<'d, 'a> {
    doc: &'d Document<'a>,
}

impl Words<'_, '_> {
    /// The index of the word starting at or after byte `at`.
    fn at(&self, at: usize) -> Option<usize> {
        let i = self.doc.words.partition_point(|w| w.span.start() < at);
        (i < self.doc.words.len()).then_some(i)
    }

    /// The index of the last word ending at or before byte `at`.
    fn before(&self, at: usize) -> Option<usize> {
        let i = self.doc.words.partition_point(|w| w.span.end() <= at);
        i.checked_sub(1)
    }

    /// The words inside bytes `a..b`, as an index range.
    fn range(&self, a: usize, b: usize) -> (usize, usize) {
        let words = &self.doc.words;
        (
            words.partition_point(|w| w.span.start() < a),
            words.partition_point(|w| w.span.end() <= b),
        )
    }

    /// Whether the text between word `i - 1` and word `i` (one block) is `g`.
    fn gap_is(&self, i: usize, g: Punct) -> bool {
        let words = &self.doc.words;
        if i == 0 || i >= words.len() || words[i - 1].block != words[i].block {
            return false;
        }
        let gap = &self.doc.text()[words[i - 1].span.end()..words[i].span.start()];
        classify(gap) == g
    }
}

#[cfg(test)]
mod tests {
    use crate::doc::Format;
    use crate::parse::parse;
    use crate::source::SourceFile;

    /// Each series of three or more items in `text`, its items joined by `|`, with whether
    /// the extractor is sure of it.
    fn marks(text: &str) -> Vec<(String, bool)> {
        let src = SourceFile::new("t.txt", text);
        let doc = parse(&src, Format::Plain);
        doc.series
            .iter()
            .filter(|s| s.items.len() >= 3)
            .map(|s| {
                let items: Vec<&str> = s.items.iter().map(|i| doc.slice(i.span)).collect();
                (items.join("|"), s.sure)
            })
            .collect()
    }

    fn unsure(text: &str) {
        let m = marks(text);
        assert!(!m.is_empty(), "no series of three in {text:?}");
        assert!(m.iter().all(|(_, sure)| !sure), "{text:?} gave {m:?}");
    }

    fn sure(text: &str) {
        let m = marks(text);
        assert!(m.len() == 1 && m[0].1, "{text:?} gave {m:?}");
    }

    #[test]
    fn plain_lists_are_sure() {
        sure("The council named roads, parks, and libraries as its priorities.\n");
        sure("Ministers from France, Germany and Poland pushed for the measures.\n");
        sure("Lithuania, Latvia, and Estonia, which border Belarus, said so.\n");
        sure("The package covers banks, potash exporters and state media, diplomats said.\n");
        sure("They spent Monday on sanctions, energy, and migration, leaving little time.\n");
        sure(
            "Leaders backed the bid, a step that President Ursula von der Leyen, President Charles Michel, and President Andrzej Duda have urged.\n",
        );
    }

    #[test]
    fn an_opening_phrase_is_not_a_first_item() {
        unsure("In the city centre, mobility and access remain the main worries.\n");
        unsure("At the autumn trade fair, smart fabrics and textiles drew crowds.\n");
        unsure("On the new office network, video and voice travel over one line.\n");
    }

    #[test]
    fn an_item_with_its_own_and() {
        unsure("Parents want sick days, paid family and medical leave, affordable childcare.\n");
        unsure(
            "Its tasks include guarding oil platforms, fighting crime and piracy in the gulf, and patrolling rivers.\n",
        );
        unsure(
            "The shop stocks cameras, laptops, thinner flat screen and high-definition TVs, and games consoles.\n",
        );
        unsure(
            "Item helps in emergencies, prevention of smuggling, search and rescue, immigration control, fishery protection.\n",
        );
        unsure("All of us, parents and schools and government, must work together.\n");
    }

    #[test]
    fn clauses_joined_by_commas() {
        unsure(
            "Three networks are teaming up, O2 is trialling a system in Oxford, UK, and Nokia begins its own tests in May.\n",
        );
    }

    #[test]
    fn pairs_and_asides() {
        unsure(
            "We will mark two centuries of liberty and triumph, progress and freedom in this nation.\n",
        );
        unsure("We must stand by these democracies, including and especially tonight Colombia.\n");
        unsure("Over the past year, we've captured or killed thousands of extremists.\n");
        unsure("And, ultimately, general and complete disarmament.\n");
    }

    #[test]
    fn repetition() {
        unsure("Item was really, really small, and yes, it ran cool.\n");
        unsure("Item was very, very hot, and dry too.\n");
    }
}
