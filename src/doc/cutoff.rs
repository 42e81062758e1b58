//! Blocks that end cut off: the one judgement of "this caption or paragraph breaks off"
//! that `truncated-text` reports and `typo` defers to (a fragment such as "statem" at the
//! end of a cut paragraph is not a misspelling, and one finding is enough).
//!
//! A block ends cut off when nothing follows its last word (no punctuation, URL or code)
//! and that word shows the cut:
//! - a fragment the article completes right after the same word ("Shanghai C" where
//!   "Shanghai Cooperation" appears);
//! - a fragment of three letters or more that is no listed word and begins a longer word
//!   of the article or of the word lists ("statem" → "statement", "Luxemb" → "Luxembourg");
//! - a word no sentence ends on ("… a signing ceremony at the");
//! - a lone capital after such a word or a preposition ("… held in B").
//!
//! Precision decisions (each a trap in `fixtures/truncated-text/`):
//! - a complete listed word is complete even when a longer word of the article begins with
//!   it ("the pro" beside "professional"): a cut that lands on a word boundary cannot be
//!   told from a short word, and short words are far more common;
//! - a word used elsewhere in the article as it stands is complete (a name used twice);
//! - a completion must be at least two letters longer ("Zelensky" beside "Zelenskyy" is a
//!   second spelling, which `name-variant` reports);
//! - plain-text lines the parser reads as headings stay headings when they read as one:
//!   title case, no lower-case function word at the end, and a paragraph after them that
//!   opens a new topic (starts with a capital, a digit or a quote mark);
//! - headings in Markdown and HTML are marked up as such by the writer and never judged;
//! - list items, credits, table cells, alt text and title-like lines are never judged.

use crate::text::lexicon::TITLE_SMALL_WORDS;
use std::collections::HashSet;
use std::ops::Range;

use super::{BlockId, BlockKind, CaptionSource, Document, Format, Gap, HoleKind, Shape};
use crate::span::Span;
use crate::text::{eq_ignore_case, is_dangling, strip_prefix_ignore_case};

mod index;
mod names;

use index::Index;

/// A block whose end is cut off.
#[derive(Clone, Debug)]
pub struct CutOff {
    pub block: BlockId,
    /// The last word of the block: the fragment, or the word no sentence ends on.
    pub word: usize,
    pub kind: CutKind,
    /// An earlier block has the same words: a second copy (`repeated-caption` reports it).
    pub copy: bool,
}

/// The evidence of the cut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CutKind {
    /// The word before and the fragment, written out in full elsewhere ("Shanghai C" →
    /// "Shanghai Cooperation" at `whole`).
    Pair { whole: Span },
    /// A longer word of the article that begins with the fragment.
    InArticle { whole: Span },
    /// A longer word of the word lists that begins with the fragment.
    Listed { whole: String },
    /// A word no sentence ends on ("the", "of", "because").
    Dangling,
    /// A lone capital after a word that needs more ("held in B").
    LoneCapital,
}

impl CutKind {
    /// True when the last word is part of a word, not a whole word left hanging.
    pub fn mid_word(&self) -> bool {
        !matches!(self, CutKind::Dangling)
    }
}

/// Blocks shorter than this are not judged on a dangling word or a lone capital, which a
/// short label or title may end on; a fragment is evidence at any length.
const MIN_WORDS: usize = 6;
const MIN_CHARS: usize = 30;
/// A plain-text line read as a heading with this many words or more, in sentence case, is
/// judged as a caption or a paragraph (headlines run shorter).
const CAPTION_LINE_WORDS: usize = 9;
/// A fragment judged by the longer words it begins has at least this many letters: "Syr",
/// "Pra"; two letters begin too many words to say anything.
const MIN_FRAGMENT: usize = 3;
/// A listed word ending a long paragraph is read as a fragment only from this length: "pro"
/// and "play" begin too many longer words.
const MIN_LISTED_FRAGMENT: usize = 5;
/// A listed word is taken for a cut only of a word at most this many letters longer.
const MAX_LISTED_REST: usize = 4;
/// A listed word used fewer than five million times in the frequency list (frequencies
/// are `8 * log2(count)`: 8 * log2(5 * 10^6)) is rare enough to be read as a fragment of a
/// far more frequent word it begins.
const RARE_LISTED: u32 = 178;
/// Ten and thirty times as frequent, in the same units (8 * log2(10), 8 * log2(30)).
const TIMES_10: u32 = 27;
const TIMES_30: u32 = 39;
/// Endings that make a form of the same word, not a longer one.
const INFLECTIONS: &[&str] = &[
    "s", "es", "ed", "d", "ing", "er", "ers", "ment", "ments", "ly", "ness", "al", "ally", "able",
    "ive", "ary", "ian", "ist", "ism", "ity", "ic", "ical", "ial", "ship", "ful", "less", "ise",
    "ised", "ises", "ize", "ized", "izes",
];
/// A completion adds at least this many letters: one more is a second spelling or a plural.
const MIN_EXTRA: usize = 2;
/// ... except at the end of a long paragraph, for a fragment of at least this many letters.
const MIN_ONE_SHORT: usize = 5;

impl Document<'_> {
    /// Every block that ends cut off, in source order (judged once, on first use).
    pub fn cut_offs(&self) -> &[CutOff] {
        self.cut_off_cache.get_or_init(|| find(self))
    }

    /// True when word `i` is the last word of a block that ends cut off: the fragment or
    /// dangling word that `truncated-text` reports, and no other rule should.
    pub fn ends_cut_off(&self, i: usize) -> bool {
        let cuts = self.cut_offs();
        cuts.binary_search_by_key(&i, |c| c.word).is_ok()
    }
}

fn find(doc: &Document<'_>) -> Vec<CutOff> {
    let mut out = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut index = None;
    let leaves: Vec<(BlockId, &super::Block)> = doc.leaves().collect();
    let open_style = ends_paragraphs_open(doc, &leaves);
    for (n, &(id, b)) in leaves.iter().enumerate() {
        // A bullet ends without a full stop as often as not: it is judged only on a word
        // the article itself writes out longer ("- … flights were cancell" beside
        // "cancelled").
        let item = matches!(b.kind, BlockKind::ListItem { .. });
        let heading = match b.kind {
            BlockKind::Caption(CaptionSource::Line | CaptionSource::Below)
            | BlockKind::Paragraph
            | BlockKind::Quote
            | BlockKind::ListItem { .. } => false,
            BlockKind::Heading { .. } if doc.format == Format::Plain => true,
            _ => continue,
        };
        let r = b.words();
        if r.len() < 2 {
            continue;
        }
        let Some(prose) = doc.prose_span(id) else {
            continue;
        };
        let last = r.end - 1;
        let w = &doc.words[last];
        // Nothing after the last word but white space: no punctuation, no URL or code.
        let end = prose.start() + doc.slice(prose).trim_end().len();
        if w.span.end() != end || holes_after(doc, w.span.end(), b.span.end()) {
            continue;
        }
        let title = title_like(doc, r.clone());
        if heading {
            if title && !ends_on_small_word(doc, last) && opens_topic(doc, leaves.get(n + 1)) {
                continue;
            }
        } else if title {
            continue;
        }
        let long = r.len() >= MIN_WORDS && prose.len() >= MIN_CHARS && !item;
        // A plain-text line read as a heading that reads as a sentence, not the first line
        // (a headline) and longer than headlines run, is a caption or a paragraph's last
        // line: "Firefighters work at the site of a drone strike in the Kharkiv region, Ukr".
        let heading = heading
            && !(n > 0 && r.len() >= CAPTION_LINE_WORDS && long && sentence_like(doc, r.clone()));
        // A bullet's last word is judged only when no list has it (the index of the
        // article's words is built for nothing on every list otherwise).
        if item && !unlisted(doc, last, &doc.word_str(last)) {
            continue;
        }
        let index = index.get_or_insert_with(|| Index::new(doc));
        let Some(kind) = judge(doc, index, last, long && !heading, open_style) else {
            continue;
        };
        if item && !matches!(kind, CutKind::InArticle { .. } | CutKind::Pair { .. }) {
            continue;
        }
        if kind == CutKind::Dangling && leads_into_item(doc, b.span.end(), leaves.get(n + 1)) {
            continue;
        }
        if !kind.mid_word() && runs_on(doc, b.span.end(), leaves.get(n + 1)) {
            continue;
        }
        // A word the dictionary completes ("Headd": headdress) but that closes its own bold,
        // italics or link ("— **Mark Headd**", "[email Rachel Flagg](…)") was ended on
        // purpose: a cut takes the closing markup with it.
        // So does a listed word the article writes out longer ("*… at the national
        // reference lab*" beside "reference laboratory").
        let listed_pair =
            matches!(kind, CutKind::Pair { .. }) && in_dictionary(&doc.word_str(last));
        if (listed_pair || matches!(kind, CutKind::Listed { .. }))
            && closes_markup(doc.text(), w.span.end())
        {
            continue;
        }
        let norm: String = r
            .clone()
            .map(|i| doc.word_str(i).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        let copy = !seen.insert(norm);
        out.push(CutOff {
            block: id,
            word: last,
            kind,
            copy,
        });
    }
    out
}

/// Paragraphs (of [`MIN_WORDS`] words or more) that end on a word, with no punctuation,
/// at least this many and this share of them: the copy's style (reference entries, notes),
/// where "… a man named Wars or Warsz" ends as every entry does, not cut.
const OPEN_STYLE_MIN: usize = 3;
const OPEN_STYLE_SHARE: f32 = 0.3;

/// True when the document ends its paragraphs without punctuation as a rule.
fn ends_paragraphs_open(doc: &Document<'_>, leaves: &[(BlockId, &super::Block)]) -> bool {
    let (mut long, mut open) = (0usize, 0usize);
    for &(id, b) in leaves {
        if b.kind != BlockKind::Paragraph || b.words().len() < MIN_WORDS {
            continue;
        }
        let Some(prose) = doc.prose_span(id) else {
            continue;
        };
        long += 1;
        let end = prose.start() + doc.slice(prose).trim_end().len();
        if doc.words[b.words().end - 1].span.end() == end {
            open += 1;
        }
    }
    #[allow(clippy::cast_precision_loss)] // counts of paragraphs
    let share = open as f32 / long.max(1) as f32;
    open >= OPEN_STYLE_MIN && share >= OPEN_STYLE_SHARE
}

/// What shows that the last word of a block, `last`, is cut. `long`: the block is a
/// paragraph, caption or quote long enough to be judged on a dangling word, a lone capital,
/// or a listed word the article writes out longer after the same word. `open_style`: the copy ends its
/// paragraphs without a full stop as a rule, so a fragment of a longer word is no evidence.
fn judge(
    doc: &Document<'_>,
    index: &mut Index,
    last: usize,
    long: bool,
    open_style: bool,
) -> Option<CutKind> {
    let word = doc.word_str(last);
    let prev = (doc.words[last].gap == Gap::Space).then(|| doc.word_str(last - 1));
    if names::labels_name(doc, last) {
        return None;
    }
    // A line read as a heading, a short line, is judged only on a word that is no listed
    // word: "Oil prices reach three-month low" beside "three-month lower" is a headline.
    if let Some(prev) = &prev
        && (long || unlisted(doc, last, &word))
        && let Some(whole) = pair_completion(doc, index, last, prev, &word)
    {
        return Some(CutKind::Pair { whole });
    }
    if !open_style && let Some(kind) = fragment(doc, index, last, &word, long) {
        return Some(kind);
    }
    if !long {
        return None;
    }
    // "Q&A", "AT&T": a letter joined by an ampersand is part of a name, not an article.
    let joined = doc.text()[..doc.words[last].span.start()].ends_with('&');
    if is_dangling(&word) && !joined {
        return Some(CutKind::Dangling);
    }
    let lone_capital = word.chars().count() == 1
        && word.chars().all(char::is_uppercase)
        && word != "A"
        && word != "I"
        && prev.as_ref().is_some_and(|p| {
            // "held in B", "at the C": a letter after a word that needs more.
            is_dangling(p) || ["in", "at", "on", "to", "from"].contains(&p.as_ref())
        });
    lone_capital.then_some(CutKind::LoneCapital)
}

/// Whether word `i` stands in a paragraph, which ends with a full stop as a rule (a
/// caption often does not).
fn in_paragraph(doc: &Document<'_>, i: usize) -> bool {
    doc.blocks[doc.words[i].block as usize].kind == BlockKind::Paragraph
}

/// A word of letters, lower case or capitalised, that no word list has.
fn unlisted(doc: &Document<'_>, at: usize, word: &str) -> bool {
    if !matches!(doc.words[at].shape, Shape::Lower | Shape::Capitalised)
        || !word.chars().all(char::is_alphabetic)
    {
        return false;
    }
    let mut key = String::with_capacity(word.len());
    crate::text::fold::spelling_key_into(word, &mut key);
    !crate::spell::accepted(&key)
}

/// A fragment of a longer word of the article or the word lists.
/// `long`: the block is a paragraph long enough that ending on a bare word is itself odd.
fn fragment(
    doc: &Document<'_>,
    index: &Index,
    last: usize,
    word: &str,
    long: bool,
) -> Option<CutKind> {
    let shape = doc.words[last].shape;
    if !matches!(shape, Shape::Lower | Shape::Capitalised)
        || word.chars().count() < MIN_FRAGMENT
        || !word.chars().all(char::is_alphabetic)
    {
        return None;
    }
    let mut key = String::with_capacity(word.len());
    crate::text::fold::spelling_key_into(word, &mut key);
    // A listed word is whole ("the pro"), and so is a word the article uses elsewhere as it
    // stands (a name written twice).
    if index.used_elsewhere(&key, last) {
        return None;
    }
    // "… rejected the offer of consulta" beside "consultations": a word only the large
    // accept-only list has (no common word) ending a long paragraph is judged as a word no
    // list has.
    let rare = crate::spell::lookup(&key).is_none();
    if long
        && shape == Shape::Lower
        && rare
        && crate::spell::accepted(&key)
        && let Some(k) = index.longer_other_any_length(&key)
    {
        return Some(CutKind::InArticle {
            whole: doc.words[k].span,
        });
    }
    if crate::spell::accepted(&key) {
        // "… examined by the finance commit" beside "committee": a long paragraph that
        // stops with no punctuation on a listed word of some length that begins a longer
        // word of the article, not a form of it ("commits", "committed").
        // (Not a word more common than the longer one: "… guarded by police" beside
        // "policemen", "… destroyed by fire from the wreck" beside "Wreckage".)
        let freq = |w: &str| crate::spell::lookup(w).map_or(0, crate::spell::Entry::frequency);
        if long
            && shape == Shape::Lower
            && key.chars().count() >= MIN_LISTED_FRAGMENT
            && let Some(k) = index.longer_other(&key)
            && freq(doc.word_lower(k)) > freq(&key)
        {
            return Some(CutKind::InArticle {
                whole: doc.words[k].span,
            });
        }
        // "… capital of the devastated prov" beside "province", "… at a news confer": a
        // rare listed word (an abbreviation, a verb few use) ending a long paragraph, when a
        // far more frequent word that is no form of it begins with it: the article's, else
        // the lists'.
        // (A word after a space: "Digital.gov" ends on a domain, not a cut "gov".)
        if long && shape == Shape::Lower && doc.words[last].gap == Gap::Space {
            let f = freq(&key);
            if f > 0 && f < RARE_LISTED {
                if let Some(k) = index.longer_other_any_length(&key)
                    && freq(doc.word_lower(k)) >= f + TIMES_10
                {
                    return Some(CutKind::InArticle {
                        whole: doc.words[k].span,
                    });
                }
                if let Some(whole) =
                    crate::spell::complete(&key, crate::spell::CompletionCase::Lower, MIN_EXTRA)
                    && other_word(&key, &whole[key.len()..])
                    && freq(&whole) >= f + TIMES_30
                {
                    return Some(CutKind::Listed { whole });
                }
            }
        }
        // "… in the Kharkiv region, Ukr", "… near Porto Ale" beside "Ukraine", "Porto
        // Alegre": a capitalised listed word that begins a name of the article, after a
        // comma or a word, at the end of a long line.
        // ("… outside banks in Germany and Ita" beside "Italy": a name's ending is no
        // inflection, when the longer word is a name, never a common word.)
        let name = |k: usize| {
            doc.words[k].shape == Shape::Capitalised
                && !crate::spell::common_only(doc.word_lower(k))
        };
        let named = || {
            index
                .longer_where(&key, |rest| rest.chars().count() <= MAX_LISTED_REST)
                .filter(|&k| name(k))
        };
        // (On a short line too when the word, listed only in lower case, is capitalised after
        // a lower-case word: "The presidency then passes to Sloven" beside "Slovenia".)
        let mid_sentence = || {
            last > 0
                && doc.words[last].gap == Gap::Space
                && doc.words[last - 1].shape == Shape::Lower
                && crate::spell::common_only(&key)
        };
        if (long || mid_sentence())
            && shape == Shape::Capitalised
            && let Some(k) = index.longer_other(&key).or_else(named)
            && doc.words[k].shape == Shape::Capitalised
        {
            return Some(CutKind::InArticle {
                whole: doc.words[k].span,
            });
        }
        return None;
    }
    if let Some(k) = index
        .longer(&key)
        .filter(|_| !names::closes_coined_names(doc, last))
    {
        return Some(CutKind::InArticle {
            whole: doc.words[k].span,
        });
    }
    // "… and in parts of Donega" beside "Donegal": a long paragraph that stops on a word no
    // list has, one letter short of a word of the article (not a plural or past form).
    // (Not a caption, which often ends without a full stop: "… President Volodymyr
    // Zelensky" beside "Zelenskyy" is a second spelling, which `name-variant` reports.)
    // (But a caption's place after "in", "near" or "at" is no person's name: "… wrecked
    // houses in Ishinomak" beside "Ishinomaki".)
    let place = last > 0
        && matches!(doc.word_lower(last - 1), "in" | "near" | "at" | "outside")
        && doc.words[last].gap == crate::doc::Gap::Space;
    if long
        && (in_paragraph(doc, last) || place)
        && key.chars().count() >= MIN_ONE_SHORT
        && let Some(k) = index.longer_by_one(&key)
    {
        return Some(CutKind::InArticle {
            whole: doc.words[k].span,
        });
    }
    let case = if shape == Shape::Capitalised {
        crate::spell::CompletionCase::Capitalised
    } else {
        crate::spell::CompletionCase::Lower
    };
    crate::spell::complete(&key, case, MIN_EXTRA).map(|whole| CutKind::Listed { whole })
}

/// Whether `key` and the letters `rest` after it make another word, not a form of `key`
/// ("committee", not "commits" or "committed": the last letter doubled before the ending).
fn other_word(key: &str, rest: &str) -> bool {
    let doubled = key
        .chars()
        .last()
        .and_then(|c| rest.strip_prefix(c))
        .unwrap_or(rest);
    !INFLECTIONS.contains(&rest) && !INFLECTIONS.contains(&doubled)
}

/// Words `r` read as a sentence: more lower-case words than capitalised ones after the
/// first, with a lower-case function word among them.
fn sentence_like(doc: &Document<'_>, r: Range<usize>) -> bool {
    let (mut lower, mut upper, mut small) = (0, 0, false);
    for k in r.start + 1..r.end {
        match doc.words[k].shape {
            Shape::Lower => {
                lower += 1;
                small |= matches!(
                    doc.word_str(k).as_ref(),
                    "the" | "a" | "an" | "of" | "in" | "at" | "on" | "by" | "to" | "near"
                );
            }
            Shape::Capitalised | Shape::AllCaps => upper += 1,
            _ => {}
        }
    }
    small && lower > upper
}

/// A hole (URL, code) between the last word and the end of the block.
fn holes_after(doc: &Document<'_>, from: usize, to: usize) -> bool {
    let i = doc.holes.partition_point(|h| h.span.end() <= from);
    doc.holes[i..]
        .iter()
        .take_while(|h| h.span.start() < to)
        .any(|h| !matches!(h.kind, HoleKind::Html | HoleKind::Comment))
}

/// A short line of capitalised words reads as a title or a byline, not a cut sentence.
fn title_like(doc: &Document<'_>, r: Range<usize>) -> bool {
    r.len() <= 12
        && r.clone().all(|i| {
            matches!(
                doc.words[i].shape,
                Shape::Capitalised | Shape::AllCaps | Shape::Number | Shape::Alnum | Shape::Mixed
            ) || TITLE_SMALL_WORDS.contains(&doc.word_key(i))
        })
}

/// A title ends on a word of its own, never on "of" or "the".
fn ends_on_small_word(doc: &Document<'_>, last: usize) -> bool {
    let w = doc.word_str(last);
    doc.words[last].shape == Shape::Lower
        && (is_dangling(&w) || TITLE_SMALL_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The block after a heading opens a new topic: it starts as a sentence does, not as the
/// rest of a line broken off.
fn opens_topic(doc: &Document<'_>, next: Option<&(BlockId, &super::Block)>) -> bool {
    let Some(&(id, _)) = next else {
        return false;
    };
    let Some(prose) = doc.prose_span(id) else {
        return false;
    };
    doc.slice(prose)
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "\"“‘'([".contains(c))
}

/// The sentence goes on in what follows, so a word like "including" or "and" at the end
/// leads into it rather than being cut: the next block is a list item ("… metrics
/// including" and a numbered list), a code block stands between (Markdown: "run" and a
/// fenced command), or the block after starts with a dash — the next item of a list set as
/// dashed or labelled paragraphs ("… to the budget requests, and" then "—to improve …";
/// "…; and" then "(d) Cooperate …").
/// Whether the text goes on at the next line: "… below the level of" then "1971. Now
/// that …" with no blank line between, a hard-wrapped sentence that a line opening with a
/// number split off (it reads as a numbered item), not a paragraph that stops.
fn runs_on(doc: &Document<'_>, end: usize, next: Option<&(BlockId, &super::Block)>) -> bool {
    let Some(&(id, _)) = next else {
        return false;
    };
    let Some(p) = doc.prose_span(id) else {
        return false;
    };
    let Some(between) = doc.text().get(end..p.start()) else {
        return false;
    };
    let opens = doc.slice(p).chars().next();
    between.chars().filter(|&c| c == '\n').count() == 1
        && between
            .trim()
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && opens.is_some_and(|c| c.is_ascii_digit() || c.is_lowercase())
}

fn leads_into_item(
    doc: &Document<'_>,
    end: usize,
    next: Option<&(BlockId, &super::Block)>,
) -> bool {
    let Some(&(id, b)) = next else {
        return false;
    };
    if matches!(b.kind, BlockKind::ListItem { .. }) {
        return true;
    }
    let i = doc.holes.partition_point(|h| h.span.end() <= end);
    if doc.holes[i..]
        .iter()
        .take_while(|h| h.span.start() < b.span.start())
        .any(|h| h.kind == HoleKind::CodeBlock)
    {
        return true;
    }
    let Some(next) = doc.prose_span(id).map(|p| doc.slice(p)) else {
        return false;
    };
    // A labelled item set as its own paragraph: "(c) … the environment; and" then "(d) …".
    let label = next
        .strip_prefix('(')
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(l, _)| {
            (1..=3).contains(&l.len()) && l.chars().all(|c| c.is_ascii_alphanumeric())
        });
    label || next.starts_with(['—', '–', '-', '•'])
}

/// Emphasis or a link's text closes right after `at` (Markdown or an inline HTML element;
/// not the paragraph's own `</p>`).
fn closes_markup(text: &str, at: usize) -> bool {
    const INLINE: &[&str] = &["</a>", "</strong>", "</em>", "</b>", "</i>"];
    let rest = &text[at..];
    rest.starts_with(['*', '_', ']'])
        || INLINE.iter().any(|t| {
            rest.get(..t.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(t))
        })
}

/// Where the document writes `prev` followed by a longer word that `word` begins: the
/// evidence that `word` is a fragment ("Shanghai C" → "Shanghai Cooperation").
fn pair_completion(
    doc: &Document<'_>,
    index: &Index,
    last: usize,
    prev: &str,
    word: &str,
) -> Option<Span> {
    // A dictionary word of four letters or more is complete ("into Syria" beside "Syrian
    // refugees"); shorter entries are often abbreviations ("Syr", "Na") that a cut leaves.
    if word.chars().count() >= 4 && in_dictionary(word) {
        return None;
    }
    let mut found = None;
    let paragraph = in_paragraph(doc, last);
    let after = index
        .follows
        .get(&prev.to_lowercase())
        .map_or(&[][..], Vec::as_slice);
    for &k in after {
        let k = k as usize;
        if k == last {
            continue;
        }
        let (a, x) = (&doc.words[k - 1], &doc.words[k]);
        let xs = doc.word_str(k);
        if eq_ignore_case(&xs, word) {
            // The same two words elsewhere, followed by more: "President Hu" is complete.
            // (At the end of a block they may be a copy of the same cut.)
            let ends_block = doc.words.get(k + 1).is_none_or(|n| n.block != x.block);
            if !ends_block {
                return None;
            }
            continue;
        }
        let Some(rest) = strip_prefix_ignore_case(&xs, word) else {
            continue;
        };
        // (One letter more, outside a paragraph, is a second spelling: a caption ending
        // "General Oleksandr Syrsky" beside "Oleksandr Syrskyi"; `name-variant` reports it.)
        let second_spelling = rest.chars().count() == 1 && !paragraph;
        if found.is_none()
            && !second_spelling
            && rest.chars().next().is_some_and(char::is_alphabetic)
        {
            found = Some(a.span.cover(x.span));
        }
    }
    found
}

/// In the spelling lists (compiled into the binary; see `crate::spell`), in any case.
fn in_dictionary(word: &str) -> bool {
    let mut key = String::with_capacity(word.len());
    crate::text::fold::spelling_key_into(word, &mut key);
    crate::spell::lookup(&key).is_some()
}

#[cfg(test)]
mod tests {
    use super::{CutKind, in_dictionary};
    use crate::doc::Format;
    use crate::source::SourceFile;

    fn cuts(name: &str, text: &str) -> Vec<(String, CutKind)> {
        let src = SourceFile::new(name, text);
        let format = Format::from_path(std::path::Path::new(name)).unwrap_or(Format::Plain);
        let doc = crate::parse::parse(&src, format);
        doc.cut_offs()
            .iter()
            .filter(|c| !c.copy)
            .map(|c| (doc.word_str(c.word).into_owned(), c.kind.clone()))
            .collect()
    }

    #[test]
    fn the_dictionary_is_the_spelling_lists() {
        assert!(in_dictionary("Syria") && in_dictionary("ceremony") && in_dictionary("Kazakhstan"));
        assert!(!in_dictionary("Shanghaix"));
    }

    #[test]
    fn a_short_sentence_case_line_cut_mid_word_is_not_a_heading() {
        let found = cuts(
            "a.txt",
            "Talks end\n\nThe presidency then passes to Luxemb\n\nMinisters met on Friday.\n",
        );
        assert_eq!(
            found,
            [(
                "Luxemb".to_string(),
                CutKind::Listed {
                    whole: "Luxembourg".into()
                }
            )]
        );
    }

    #[test]
    fn a_fragment_the_article_completes() {
        let found = cuts(
            "a.md",
            "The minister gave a statement on Monday.\n\nShe later withdrew it in a later statem\n",
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "statem");
        assert!(matches!(found[0].1, CutKind::InArticle { .. }));
    }

    #[test]
    fn title_case_headings_and_listed_words_stay_whole() {
        let found = cuts(
            "a.txt",
            "Talks Move To Luxemb\n\nMinisters met on Friday in the city.\n\nHe said the company was now run as a pro\n\nThe professional league agreed.\n",
        );
        assert!(found.is_empty(), "{found:?}");
    }
}
