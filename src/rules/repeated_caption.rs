use std::collections::HashMap;

use crate::diagnostic::{Applicability, Finding};
use crate::doc::{BlockId, BlockKind, CaptionSource, Document, Format, Line};
use crate::rules::{Context, Rule, RuleMeta, declare_rule};
use crate::span::Span;
use crate::text::lexicon::is_photo_position_word;

declare_rule! {
    /// ## What it checks
    /// A photo caption given twice: pasted twice in a row, the same caption under two
    /// different images, two near-identical copies (one edited, one not), or a copy cut off
    /// part-way ("… at a signing ceremony at the Shanghai C"), or its first words given again
    /// as the caption of another photo (six words or more, and half the caption or more), or
    /// the caption with words left out under another photo ("Rescue workers search the
    /// rubble of an apartment block in Kyiv, July 31": eight words or more, in the same
    /// order, three fifths of the caption or more).
    /// Captions are plain-text caption lines ("Hu Jintao, left, …", "… (AP Photo/…)"), Markdown and HTML image alt
    /// text and titles, the line under an image, and HTML `figcaption`s. A paragraph that
    /// repeats a caption word for word counts as a copy too.
    ///
    /// Copies are compared by their words, ignoring case and punctuation. The finding is on
    /// the later copy, with a label on the first.
    ///
    /// ## Why it matters
    /// A caption pasted twice is the mark of copy moved between systems without a read; the
    /// same caption under two photos means one of them is captioned wrongly.
    ///
    /// ## Example
    /// ```text
    /// China's President Hu Jintao, left, is followed by Russia's President Vladimir Putin
    /// China's President Hu Jintao, left, is followed by Russia's President Vladimir Putin
    /// ```
    ///
    /// ## Not flagged
    /// - an image's alt text, title and caption saying the same thing (one image);
    /// - credit lines ("Photo: Reuters") under every photo;
    /// - pull quotes and block quotes that repeat a sentence of the story on purpose;
    /// - captions of three words or fewer ("Protesters in Damascus");
    /// - near-identical captions that differ only in numbers (dates of a photo series), in
    ///   who stands left and right, or in the two sides of a contrast ("before" and "after",
    ///   "the larger of the two statues" and "the smaller": a pair of photos), in the place
    ///   after "in", "at" or "near", or in the subject that opens them when the article names
    ///   each elsewhere ("Io in an image taken by …", "Europa in an image taken by …");
    /// - alt text that is the article's headline (content systems fill it in).
    ///
    /// ## Options
    /// None.
    ///
    /// ## Fix safety
    /// Safe only for an exact copy on the very next line whose source line is identical to
    /// the first: the line and its line break are deleted. Other copies are shown, not
    /// fixed — which one to keep is the editor's call.
    pub(crate) struct RepeatedCaption {
        id: "repeated-caption",
        severity: Error,
        summary: "a photo caption given twice, in full, nearly or cut off",
        fix: Safe,
        options: [],
        languages: Any,
    }
}

/// Captions shorter than this are generic enough to repeat.
const MIN_WORDS: usize = 4;
/// Near-identical copies must be this long, and this similar.
const NEAR_MIN_WORDS: usize = 8;
const NEAR_SIMILARITY: f64 = 0.9;
/// A caption shortened for another photo keeps at least this many of its words.
const SHORTENED_MIN_WORDS: usize = 6;
/// Pairs farther apart than this many units are not compared for near copies.
const WINDOW: usize = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A caption readers see: a caption line, the line under an image, a figcaption.
    Visible,
    /// Alt text or a title.
    Hidden,
    /// A paragraph: compared with visible captions, word for word or cut off only.
    Paragraph,
    /// A short line of plain text read as a heading: compared with visible captions given
    /// before it for a shortened copy only (a caption line without a credit or a full stop
    /// reads as a heading).
    Heading,
}

struct Unit {
    block: BlockId,
    span: Span,
    role: Role,
    norm: String,
    words: usize,
    /// The text ends without a sentence's closing punctuation, as a caption may.
    open_end: bool,
    /// Position among the document's leaf blocks, for "directly after".
    order: usize,
    figure: Option<BlockId>,
    /// The caption's words before a credit that ends it ("… August 24, 2016.
    /// REUTERS/Stringer"), normalised; `None` without one.
    uncredited: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relation {
    Same,
    /// The later copy is the cut-off one.
    LaterCut,
    /// The earlier copy is the cut-off one.
    EarlierCut,
    /// The later copy is the earlier caption's first words, ended at a word: a caption
    /// shortened for another photo ("Firefighters battle the Eaton Fire in Altadena, Calif."
    /// under "… Calif., Wednesday, Jan. 8, 2025. (AP Photo/…)").
    Shortened,
    /// The later caption is the earlier one with words left out ("Rescue workers search the
    /// rubble of an apartment block in Kyiv, July 31" under a second photo): copied and
    /// trimmed, not written for its own photo.
    Trimmed,
    /// Two visible captions with the same words and another photographer's credit: the
    /// caption copied under another photo, its credit changed.
    Recredited,
    Near,
}

impl Rule for RepeatedCaption {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, doc: &Document<'_>, cx: &mut Context<'_>) {
        // Paragraphs are compared with captions only: without a caption there is no pair.
        if !doc
            .leaves()
            .any(|(_, b)| matches!(b.kind, BlockKind::Caption(_)))
        {
            return;
        }
        let units = units(doc);
        if units.len() < 2 {
            return;
        }
        let headings: Vec<String> = doc
            .leaves()
            .filter(|(_, b)| b.kind.is_heading())
            .map(|(id, _)| normalize(doc, &doc.blocks[id as usize].words()))
            .collect();
        let kinds: Vec<BlockKind> = doc.leaves().map(|(_, b)| b.kind).collect();
        let mut first_shown: HashMap<&str, usize> = HashMap::new();
        let mut first_hidden: HashMap<&str, usize> = HashMap::new();
        for (j, b) in units.iter().enumerate() {
            // The first copy a reader saw: a visible caption before alt text.
            let mut found: Option<(usize, Relation)> = None;
            for hidden in [false, true] {
                let first = if hidden { &first_hidden } else { &first_shown };
                if let Some(&i) = first.get(b.norm.as_str())
                    && b.role != Role::Heading
                    && comparable(&units[i], b, Relation::Same, &headings, &kinds)
                {
                    found = Some((i, Relation::Same));
                    break;
                }
                let from = j.saturating_sub(WINDOW);
                found = units[from..j]
                    .iter()
                    .enumerate()
                    .map(|(k, a)| (from + k, a))
                    .filter(|(_, a)| {
                        (a.role == Role::Hidden) == hidden
                            && !(a.role == Role::Paragraph && b.role == Role::Paragraph)
                    })
                    .find_map(|(i, a)| {
                        relation(a, b)
                            .filter(|&rel| comparable(a, b, rel, &headings, &kinds))
                            .filter(|&rel| rel != Relation::Near || !other_names(doc, a, b))
                            .map(|rel| (i, rel))
                    });
                if found.is_some() {
                    break;
                }
            }
            let first = if b.role == Role::Hidden {
                &mut first_hidden
            } else {
                &mut first_shown
            };
            if b.role != Role::Heading {
                first.entry(b.norm.as_str()).or_insert(j);
            }
            if let Some((i, rel)) = found {
                report(doc, &units[i], b, rel, cx);
            }
        }
    }
}

/// The units to compare: caption blocks and paragraphs, one per block — or one per line
/// when a block's own lines repeat each other (a caption pasted twice without a blank line).
fn units(doc: &Document<'_>) -> Vec<Unit> {
    let mut lines_by_block: HashMap<BlockId, Vec<&Line<'_>>> = HashMap::new();
    for l in doc.lines() {
        lines_by_block.entry(l.block).or_default().push(l);
    }
    let mut out = Vec::new();
    for (order, (id, b)) in doc.leaves().enumerate() {
        let role = match b.kind {
            BlockKind::Caption(CaptionSource::Line | CaptionSource::Below) => Role::Visible,
            BlockKind::Caption(CaptionSource::Alt | CaptionSource::Title) => Role::Hidden,
            BlockKind::Paragraph => Role::Paragraph,
            BlockKind::Heading { .. } if doc.format == Format::Plain => Role::Heading,
            _ => continue,
        };
        let figure = figure_of(doc, id);
        let lines = lines_by_block.get(&id).map_or(&[][..], Vec::as_slice);
        let line_units: Vec<(Span, String, usize)> =
            if lines.len() > 1 && matches!(role, Role::Visible | Role::Hidden) {
                lines
                    .iter()
                    .map(|l| {
                        let words = word_range(doc, id, l.span);
                        (l.span, normalize(doc, &words), words.len())
                    })
                    .collect()
            } else {
                Vec::new()
            };
        // (Or the second line the first with words left out: the date dropped.)
        let repeats_inside = line_units.windows(2).any(|w| {
            w[0].2 >= MIN_WORDS
                && (relation_of(&w[0].1, w[0].2, &w[1].1, w[1].2, true).is_some()
                    || (role == Role::Visible && trimmed_words(&w[0].1, w[0].2, &w[1].1, w[1].2)))
        });
        if repeats_inside {
            for (span, norm, words) in line_units {
                out.push(Unit {
                    block: id,
                    span,
                    role,
                    norm,
                    words,
                    open_end: open_end(doc.slice(span)),
                    order,
                    figure,
                    uncredited: None,
                });
            }
            continue;
        }
        let words = b.words();
        if words.len() < MIN_WORDS {
            continue;
        }
        let Some(span) = doc.prose_span(id) else {
            continue;
        };
        // "<figcaption>Smoke rises from … the Noto peninsula. Smoke rises from … the Noto
        // peninsula.</figcaption>": one caption pasted twice on one line, each copy a unit.
        if role == Role::Visible
            && let Some(halves) = pasted_twice(doc, &words).or_else(|| {
                // ("… January 3, 2024. … January 3, 2024. Photo: Reuters": one credit after both.)
                credit_start(doc, &words).and_then(|k| pasted_twice(doc, &(words.start..k)))
            })
        {
            for (range, end) in halves {
                let start = doc.words[range.start].span.start();
                out.push(Unit {
                    block: id,
                    span: Span::new(start, end),
                    role,
                    norm: normalize(doc, &range),
                    words: range.len(),
                    open_end: false,
                    order,
                    figure,
                    uncredited: None,
                });
            }
            continue;
        }
        let uncredited = (role == Role::Visible)
            .then(|| credit_start(doc, &words))
            .flatten()
            .map(|k| normalize(doc, &(words.start..k)));
        out.push(Unit {
            block: id,
            span,
            role,
            norm: normalize(doc, &words),
            words: words.len(),
            open_end: open_end(doc.slice(span)),
            order,
            figure,
            uncredited,
        });
    }
    out
}

/// A caption's words as two halves with the same words, each a sentence or more
/// ([`MIN_WORDS`] words or more), with where each half's text ends (its full stop).
fn pasted_twice(
    doc: &Document<'_>,
    words: &std::ops::Range<usize>,
) -> Option<[(std::ops::Range<usize>, usize); 2]> {
    let n = words.len();
    if !n.is_multiple_of(2) || n / 2 < MIN_WORDS {
        return None;
    }
    let mid = words.start + n / 2;
    let (first, second) = (words.start..mid, mid..words.end);
    let end_of = |last: usize| {
        let gap = doc.text()[doc.words[last].span.end()..].chars().next();
        doc.words[last].span.end()
            + gap
                .filter(|c| matches!(c, '.' | '!' | '?'))
                .map_or(0, char::len_utf8)
    };
    // The first copy ends a sentence, or a bracketed credit ("(Photo: Reuters)"), where the
    // second begins.
    let gap = doc.text()[doc.words[mid - 1].span.end()..doc.words[mid].span.start()].trim();
    let ends = gap.starts_with(['.', '!', '?']) || gap == ")";
    (ends && normalize(doc, &first) == normalize(doc, &second))
        .then(|| [(first, end_of(mid - 1)), (second, end_of(words.end - 1))])
}

/// The first word of a credit of four words or fewer that ends a caption after a full
/// stop ("… 2016. REUTERS/Stringer", "… 2007. (Reuters)"), when [`MIN_WORDS`] words or
/// more stand before it.
fn credit_start(doc: &Document<'_>, words: &std::ops::Range<usize>) -> Option<usize> {
    let end = doc.words[words.end - 1].span.end();
    (words.end.saturating_sub(4).max(words.start + MIN_WORDS)..words.end).find(|&k| {
        let before = &doc.text()[doc.words[k - 1].span.end()..doc.words[k].span.start()];
        let tail = doc.text()[doc.words[k].span.start()..end].trim_end_matches(')');
        before.trim_end_matches('(').trim() == "."
            && doc.words[k].shape != crate::doc::Shape::Lower
            && crate::text::credit::agency_credit(tail)
    })
}

fn open_end(text: &str) -> bool {
    !text
        .trim_end()
        .ends_with(['.', '!', '?', '"', '\'', ')', '\u{201d}', '\u{2019}'])
}

/// The indices of a block's words inside `span`.
fn word_range(doc: &Document<'_>, block: BlockId, span: Span) -> std::ops::Range<usize> {
    let r = doc.blocks[block as usize].words();
    let ws = &doc.words[r.clone()];
    let a = ws.partition_point(|w| w.span.start < span.start);
    let b = ws.partition_point(|w| w.span.end <= span.end);
    r.start + a..r.start + b.max(a)
}

/// The phrase key of the words (`crate::text::fold`): lower case, straight apostrophes,
/// one space apart.
fn normalize(doc: &Document<'_>, words: &std::ops::Range<usize>) -> String {
    let mut out = String::new();
    crate::text::fold::phrase_key_into(words.clone().map(|i| doc.word_str(i)), &mut out);
    out
}

fn figure_of(doc: &Document<'_>, id: BlockId) -> Option<BlockId> {
    let mut p = doc.blocks[id as usize].parent;
    while let Some(b) = p {
        if doc.blocks[b as usize].kind == BlockKind::Figure {
            return Some(b);
        }
        p = doc.blocks[b as usize].parent;
    }
    None
}

fn relation(a: &Unit, b: &Unit) -> Option<Relation> {
    if a.role == Role::Heading || b.role == Role::Heading {
        return shortened(a, b);
    }
    // Paragraphs are never near copies of a caption (see `comparable`): skip the measure.
    let near = a.role != Role::Paragraph && b.role != Role::Paragraph;
    // A paragraph or caption that is a caption without its credit ("… August 24, 2016."
    // before "… August 24, 2016. REUTERS/Stringer"): the caption given twice.
    let credit_dropped = |p: &Unit, c: &Unit| {
        matches!(p.role, Role::Paragraph | Role::Visible)
            && c.uncredited.as_deref() == Some(p.norm.as_str())
    };
    if credit_dropped(a, b) || credit_dropped(b, a) {
        return Some(Relation::Same);
    }
    // A paragraph that is a caption's first words cut back ("Police stand beside the wrecked
    // bus in Tavistock Square." under "…, central London, July 7, 2005."): a shortened copy,
    // whatever share of the caption it keeps.
    if !near && let Some(r) = shortened(a, b) {
        return Some(r);
    }
    relation_of(&a.norm, a.words, &b.norm, b.words, near)
        .or_else(|| shortened(a, b))
        .or_else(|| trimmed(a, b))
        .or_else(|| recredited(a, b))
}

/// Two visible captions whose words before a credit ("… in Iten, Kenya. (Photo by Joseph
/// Kiprono / AFP)") are the same, [`NEAR_MIN_WORDS`] of them or more.
fn recredited(a: &Unit, b: &Unit) -> Option<Relation> {
    if a.role != Role::Visible || b.role != Role::Visible {
        return None;
    }
    let body = |norm: &str| -> Option<String> {
        let words: Vec<&str> = norm.split(' ').collect();
        let at = (words.len().saturating_sub(8)..words.len().saturating_sub(1)).find(|&k| {
            matches!(words[k], "photo" | "photograph" | "picture" | "image") && words[k + 1] == "by"
        })?;
        (at >= NEAR_MIN_WORDS).then(|| words[..at].join(" "))
    };
    // (Or the same words before two agency credits: "… in Izmit. (Photo: Newswire)" and
    // "… in Izmit. (Photo: Pool)".)
    let same_uncredited = a.uncredited.is_some() && a.uncredited == b.uncredited;
    (a.norm != b.norm && (same_uncredited || body(&a.norm)? == body(&b.norm)?))
        .then_some(Relation::Recredited)
}

/// Two visible captions (two photos), the shorter the longer's words in order with some
/// left out ([`trimmed_words`]).
fn trimmed(a: &Unit, b: &Unit) -> Option<Relation> {
    if a.role != Role::Visible || b.role != Role::Visible {
        return None;
    }
    // (Also the words before two credits: "… in Tacloban, Leyte province, on Sunday. (Photo:
    // Erik Lund)" cut back to "… in Tacloban. (Photo: Maria Santos)" under the next photo.)
    let uncredited = || {
        let (x, y) = (a.uncredited.as_deref()?, b.uncredited.as_deref()?);
        let words = |t: &str| t.split(' ').count();
        Some(x != y && trimmed_words(x, words(x), y, words(y)))
    };
    (trimmed_words(&a.norm, a.words, &b.norm, b.words) || uncredited() == Some(true))
        .then_some(Relation::Trimmed)
}

/// Whether the shorter of two captions (normalised, with their word counts; `a` the
/// earlier) is the longer's words in order with some left out, [`NEAR_MIN_WORDS`] words or
/// more, and not a harmless difference (numbers, positions): a third of the longer or more
/// when the later is the shorter (a copy cut back under the next photo), half otherwise (a
/// short caption before a lede that opens with its words is no copy).
fn trimmed_words(a: &str, aw: usize, b: &str, bw: usize) -> bool {
    let ((short, sw), (long, lw)) = if bw < aw {
        ((b, bw), (a, aw))
    } else {
        ((a, aw), (b, bw))
    };
    let share = if bw < aw { 3 } else { 2 };
    if sw < NEAR_MIN_WORDS || sw * share < lw || sw == lw {
        return false;
    }
    // (A later caption that puts words in front of the earlier one's, "Supporters cheer as
    // Democratic presidential candidate Kamala Harris … appear at a rally", says what its
    // own photo shows: it opens another way.)
    if bw > aw && long.split(' ').next() != short.split(' ').next() {
        return false;
    }
    let mut rest = long.split(' ');
    let inside = short.split(' ').all(|w| rest.any(|x| x == w));
    inside && !differs_harmlessly(a, b)
}

/// A later caption or paragraph that is a visible caption's first words, at least
/// [`SHORTENED_MIN_WORDS`] of them, ended where a word ends, and either half of the caption
/// or more or ended without a full stop: the caption copied under another photo and cut
/// back. A paragraph that goes on past the caption's words (a lede opening with them) is not
/// one.
fn shortened(a: &Unit, b: &Unit) -> Option<Relation> {
    let shortened = a.role == Role::Visible
        && b.role != Role::Hidden
        && b.words >= SHORTENED_MIN_WORDS
        && (b.words * 2 >= a.words || b.open_end)
        && b.words < a.words
        && a.norm.starts_with(b.norm.as_str())
        && a.norm[b.norm.len()..].starts_with(' ');
    shortened.then_some(Relation::Shortened)
}

fn relation_of(a: &str, aw: usize, b: &str, bw: usize, near: bool) -> Option<Relation> {
    if aw < MIN_WORDS || bw < MIN_WORDS {
        return None;
    }
    if a == b {
        return Some(Relation::Same);
    }
    let (short, long, later_cut) = if b.len() < a.len() {
        (b, a, true)
    } else {
        (a, b, false)
    };
    if long.starts_with(short) && short.split(' ').count() >= 5 {
        let next = long[short.len()..].chars().next();
        let mid_word = next.is_some_and(|c| c != ' ');
        let long_enough =
            short.split(' ').count() >= NEAR_MIN_WORDS && short.len() * 10 >= long.len() * 6;
        if mid_word || long_enough {
            return Some(if later_cut {
                Relation::LaterCut
            } else {
                Relation::EarlierCut
            });
        }
    }
    if near && aw >= NEAR_MIN_WORDS && bw >= NEAR_MIN_WORDS {
        // Byte lengths first: cheap, and close enough to rule most pairs out.
        if a.len().abs_diff(b.len()) * 5 > a.len().max(b.len()) {
            return None;
        }
        let (la, lb) = (a.chars().count(), b.chars().count());
        // Lengths this far apart cannot reach the similarity; skip the expensive measure.
        if la.abs_diff(lb) as f64 > (1.0 - NEAR_SIMILARITY) * la.max(lb) as f64 {
            return None;
        }
        // A bound first: Levenshtein's distance is at least the bag distance, so a pair
        // the bound already puts below the similarity is not measured.
        let longest = la.max(lb) as f64;
        if 1.0 - crate::text::bag_distance(a, b) as f64 / longest < NEAR_SIMILARITY {
            return None;
        }
        if strsim::normalized_levenshtein(a, b) >= NEAR_SIMILARITY && !differs_harmlessly(a, b) {
            return Some(Relation::Near);
        }
    }
    None
}

fn cut_mid_word(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    long.starts_with(short) && long[short.len()..].chars().next().is_some_and(|c| c != ' ')
}

/// Near copies that differ only in numbers (a photo series by date), in days or months, in
/// who stands where ("left", "right"), in the sides of a contrast ("before", "after") or in
/// an ordinal ("first goal", "second goal") are different photos.
fn differs_harmlessly(a: &str, b: &str) -> bool {
    let strip = |s: &str| -> String { s.chars().filter(|c| !c.is_numeric()).collect() };
    if strip(a) == strip(b) {
        return true;
    }
    // A weekday or a month, by its number ("Dec." and "December" are one month).
    let day = |w: &str| {
        crate::text::date::Weekday::parse(w)
            .map(|(d, _)| (true, d.index()))
            .or_else(|| crate::text::date::month_number(w).map(|m| (false, m)))
    };
    let wa: Vec<&str> = a.split(' ').collect();
    let wb: Vec<&str> = b.split(' ').collect();
    wa.len() == wb.len()
        && wa.iter().zip(&wb).all(|(x, y)| {
            x == y
                    // ("before the collapse, June 5" and "after the collapse, June 6".)
                    || strip(x) == strip(y)
                    || (is_photo_position_word(x) && is_photo_position_word(y))
                    // A pair of images: "before its collapse", "after"; "the larger of", "the smaller".
                    || crate::text::lexicon::contrasting(x, y)
                    // ("… 100 meters final in Seoul on Sunday" and "… 200 meters final … on
                    // Thursday": two days, two races.)
                    || matches!((day(x), day(y)), (Some(d), Some(e)) if d != e)
                    // ("heads France's first goal" and "… second goal": two moments.)
                    || (crate::text::lexicon::ordinal(x) && crate::text::lexicon::ordinal(y))
        })
}

/// Near copies whose only differing words are the names of a place or of the subject, on
/// both sides: the same template for another place ("… a total solar eclipse in Mazatlan,
/// Mexico, April 8" and "… in Dallas, Texas, April 8") or subject, two photos.
fn other_names(doc: &Document<'_>, a: &Unit, b: &Unit) -> bool {
    let (wa, wb) = (
        word_range(doc, a.block, a.span),
        word_range(doc, b.block, b.span),
    );
    let same = |i: usize, j: usize| doc.word_lower(i) == doc.word_lower(j);
    let (mut lo_a, mut lo_b) = (wa.start, wb.start);
    while lo_a < wa.end && lo_b < wb.end && same(lo_a, lo_b) {
        lo_a += 1;
        lo_b += 1;
    }
    let (mut hi_a, mut hi_b) = (wa.end, wb.end);
    while hi_a > lo_a && hi_b > lo_b && same(hi_a - 1, hi_b - 1) {
        hi_a -= 1;
        hi_b -= 1;
    }
    let names = |r: std::ops::Range<usize>| {
        !r.is_empty()
            && r.clone().all(|k| {
                matches!(
                    doc.words[k].shape,
                    crate::doc::Shape::Capitalised | crate::doc::Shape::AllCaps
                )
            })
    };
    // (Not a name misspelt in the copy: "Dallas" and "Dalas" are one place.)
    let text = |r: std::ops::Range<usize>| {
        r.map(|k| doc.word_lower(k).to_string())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // (A place: the words before the difference end in "in", "at" or "near". Not a credit,
    // "(AFP)" against "(Reuters)", nor "China's" against "Chinese": a copy edited.)
    let place = lo_a > wa.start && matches!(doc.word_lower(lo_a - 1), "in" | "at" | "near");
    // (Or the subject that opens both, when the article names each elsewhere: "Pluto as
    // seen by New Horizons …" and "Charon as seen by New Horizons …", two images.)
    let elsewhere = |r: &std::ops::Range<usize>| {
        let first = doc.word_lower(r.start);
        (0..doc.words.len())
            .any(|k| !wa.contains(&k) && !wb.contains(&k) && doc.word_lower(k) == first)
    };
    let subject = lo_a == wa.start
        && lo_b == wb.start
        && elsewhere(&(lo_a..hi_a))
        && elsewhere(&(lo_b..hi_b));
    (place || subject)
        && names(lo_a..hi_a)
        && names(lo_b..hi_b)
        && strsim::levenshtein(&text(lo_a..hi_a), &text(lo_b..hi_b)) > 2
}

/// Pairs that are not a caption given twice: one image's own alt, title and caption;
/// paragraphs among themselves or against hidden text; alt text that is the headline.
fn comparable(a: &Unit, b: &Unit, rel: Relation, headings: &[String], kinds: &[BlockKind]) -> bool {
    if a.block == b.block && a.span == b.span {
        return false;
    }
    let hidden = a.role == Role::Hidden || b.role == Role::Hidden;
    let paragraph = a.role == Role::Paragraph || b.role == Role::Paragraph;
    if paragraph && (a.role == b.role || hidden || rel == Relation::Near) {
        return false;
    }
    if paragraph
        && !matches!(rel, Relation::Same | Relation::Shortened)
        && !cut_mid_word(&a.norm, &b.norm)
    {
        // A lede often opens with the caption's words and goes on: only a copy cut
        // mid-word is a cut-off caption.
        return false;
    }
    if a.figure.is_some() && a.figure == b.figure && a.block != b.block {
        return false;
    }
    if hidden {
        // Alt text, title and the caption beside them describe one image: nothing but
        // other alt text, titles or credits lies between them.
        let (h, other) = if a.role == Role::Hidden {
            (a, b)
        } else {
            (b, a)
        };
        let (lo, hi) = (a.order.min(b.order), a.order.max(b.order));
        let beside = kinds[lo + 1..hi].iter().all(|k| {
            matches!(
                k,
                BlockKind::Caption(CaptionSource::Alt | CaptionSource::Title) | BlockKind::Credit
            )
        });
        if beside && (other.role != Role::Hidden || h.order.abs_diff(other.order) == 1) {
            return false;
        }
        if headings.contains(&h.norm) {
            return false;
        }
        if a.words.min(b.words) < 6 || rel == Relation::Near {
            return false;
        }
    }
    true
}

fn report(doc: &Document<'_>, a: &Unit, b: &Unit, rel: Relation, cx: &mut Context<'_>) {
    let (message, label, help) = match rel {
        Relation::Same => (
            match (a.role, b.role) {
                (_, Role::Hidden) => "alt text repeats a caption given above",
                (Role::Hidden, _) => "caption repeats the alt text of another image",
                (Role::Paragraph, _) | (_, Role::Paragraph) => "caption text is given twice",
                _ => "caption is given twice",
            },
            "first given here",
            "remove the second copy",
        ),
        Relation::LaterCut => (
            "cut-off copy of a caption given above",
            "full caption here",
            "remove the cut-off copy",
        ),
        Relation::EarlierCut => (
            "caption repeats a cut-off copy given above",
            "cut-off copy here",
            "keep one complete copy",
        ),
        Relation::Shortened => (
            "shortened copy of a caption given above",
            "full caption here",
            "give this photo its own caption, or remove the copy",
        ),
        Relation::Trimmed if b.words > a.words => (
            "caption repeats one given above with words added",
            "shorter caption here",
            "give this photo its own caption, or remove the copy",
        ),
        Relation::Trimmed => (
            "caption repeats one given above with words left out",
            "fuller caption here",
            "give this photo its own caption, or remove the copy",
        ),
        Relation::Recredited => (
            "caption is given twice, with another credit",
            "first given here",
            "give this photo its own caption, or remove the copy",
        ),
        Relation::Near => (
            "caption nearly repeats one given above",
            "similar caption here",
            "keep one copy",
        ),
    };
    let mut d = Finding::new(b.span, message)
        .label(a.span, label)
        .help(help);
    if rel == Relation::Same
        && let Some(del) = duplicate_line(doc, a.span, b.span)
    {
        d = d.fix(Applicability::Safe, del, "");
    }
    cx.report(d);
}

/// The whole source line of `b` with its line break, when it is the line right after `a`'s
/// and byte for byte the same line.
fn duplicate_line(doc: &Document<'_>, a: Span, b: Span) -> Option<Span> {
    let src = doc.source;
    let text = doc.text();
    let (la, lb) = (src.line_index(a.start()), src.line_index(b.start()));
    if lb != la + 1 || src.line_index(a.end()) != la || src.line_index(b.end()) != lb {
        return None;
    }
    let (ra, rb) = (src.line_range(la), src.line_range(lb));
    if text[ra.clone()] != text[rb.clone()] {
        return None;
    }
    // Delete the line break before the copy and the copy: the result ends as the first
    // line did, also when the copy is the last line without a break of its own.
    Some(Span::new(ra.end, rb.end))
}

#[cfg(test)]
mod tests {
    use super::RepeatedCaption;
    use crate::doc::Format;
    use crate::rules::test_util::{assert_clean, assert_flags, fixed, run};

    const CAPTION: &str = "China's President Hu Jintao, left, is followed by Russia's President Vladimir Putin, second right, at the summit";

    #[test]
    fn flags_a_caption_pasted_twice_and_fixes_it() {
        let text =
            format!("Headline Here\n\n{CAPTION}\n{CAPTION}\nBEIJING - The alliance said so.\n");
        assert_flags(&RepeatedCaption, &text, &[CAPTION]);
        let d = &run(&RepeatedCaption, &text, Format::Plain)[0];
        assert_eq!(d.labels[0].span.start(), text.find(CAPTION).expect("first"));
        assert_eq!(
            fixed(&RepeatedCaption, &text),
            format!("Headline Here\n\n{CAPTION}\nBEIJING - The alliance said so.\n")
        );
    }

    #[test]
    fn flags_cut_off_and_near_copies() {
        let cut = &CAPTION[..CAPTION.len() - 5];
        let text = format!("{CAPTION}\n\nThe alliance said so.\n\n{cut}\n");
        assert_flags(&RepeatedCaption, &text, &[cut]);
        let near = CAPTION.replace("China's", "Chinese");
        let text = format!("{CAPTION}\n\nThe alliance said so.\n\n{near}\n");
        assert_flags(&RepeatedCaption, &text, &[near.as_str()]);
    }

    #[test]
    fn leaves_credits_pull_quotes_and_photo_series() {
        assert_clean(
            &RepeatedCaption,
            "Hu Jintao, left, walks to the hall in Beijing.\nPhoto: Reuters\n\nBody text here.\n\nPutin, right, speaks to reporters in Beijing.\nPhoto: Reuters\n",
        );
        assert_clean(
            &RepeatedCaption,
            "Hu Jintao, left, arrives at the summit in Beijing, June 6, 2012.\n\nBody.\n\nHu Jintao, left, arrives at the summit in Beijing, June 7, 2012.\n",
        );
        let md = "The SCO says it favors a peaceful resolution of the Syrian problem.\n\n> The SCO says it favors a peaceful resolution of the Syrian problem.\n";
        assert!(run(&RepeatedCaption, md, Format::Markdown).is_empty());
    }

    #[test]
    fn one_image_may_say_the_same_thing_in_alt_and_caption() {
        let html = format!(
            "<figure><img src=a.jpg alt=\"{CAPTION}\"><figcaption>{CAPTION}</figcaption></figure><p>Body.</p>"
        );
        assert!(run(&RepeatedCaption, &html, Format::Html).is_empty());
        let md = format!("![{CAPTION}](a.jpg)\n\n{CAPTION}\n\nBody text.\n");
        assert!(run(&RepeatedCaption, &md, Format::Markdown).is_empty());
    }
}
