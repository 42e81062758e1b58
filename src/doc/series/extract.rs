//! Finding the series of a document: inline lists sentence by sentence, bulleted lists
//! container by container, semicolon lists, and lower-case phrase lists. One pass over the
//! words; every chain of items is parsed once, so a 10,000-item list costs 10,000 steps.
// Word indices are the currency here: `a..b` a sentence, `k`, `s`, `e` positions in it.
#![allow(clippy::many_single_char_names)]

use super::confidence;
use super::subject::{self, Describe};
use super::{Conjunction, ItemKind, NoteKind, Series, SeriesItem, SeriesKind};
use crate::data::countries::{self, EntityId};
use crate::doc::{BlockId, BlockKind, Document, Gap, Shape};
use crate::span::Span;
use crate::text::fold::{name_key as fold, name_key_into as fold_into};
use crate::text::normalize::Normal;

/// Finds every series and group mention and stores them in the document.
pub(crate) fn build(doc: &mut Document<'_>) {
    doc.group_mentions = subject::find_mentions(doc);
    let mut out = Vec::new();
    {
        let mut x = X::new(doc);
        for (id, block) in doc.leaves() {
            for s in block.sentences() {
                let r = doc.sentences[s].words.clone();
                x.sentence(id, r.start as usize, r.end as usize, &mut out);
            }
        }
        for (id, block) in doc.blocks.iter().enumerate() {
            if matches!(block.kind, BlockKind::List { .. }) {
                x.bulleted(id as BlockId, &mut out);
            }
        }
    }
    out.sort_by_key(|s| (s.span.start, s.span.end));
    confidence::mark(doc, &mut out);
    doc.series = out;
}

/// What the punctuation between two words amounts to (white space and emphasis markers
/// ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum G {
    Space,
    Comma,
    Semi,
    Colon,
    Open,
    Close,
    Dash,
    Amp,
    Dot,
    Other,
}

pub(super) fn classify(g: &str) -> G {
    let mut sig = ['\0'; 2];
    let mut n = 0;
    for c in g.chars() {
        if c.is_whitespace() || c == '*' || c == '_' {
            continue;
        }
        if n == 2 {
            return G::Other;
        }
        sig[n] = c;
        n += 1;
    }
    match &sig[..n] {
        [] => G::Space,
        [','] => G::Comma,
        [';'] => G::Semi,
        [':'] => G::Colon,
        ['('] => G::Open,
        [')'] => G::Close,
        ['-' | '–' | '—'] | ['-', '-'] => {
            // A hyphen only separates when spaced: "Russia - China" is not "Russia-China".
            if g.starts_with(char::is_whitespace) || g.ends_with(char::is_whitespace) {
                G::Dash
            } else {
                G::Other
            }
        }
        ['&'] => G::Amp,
        ['.'] => G::Dot,
        _ => G::Other,
    }
}

/// Lower-case words that may sit inside a capitalised name: "Republic of the Congo",
/// "Charles de Gaulle", "Ludwig van Beethoven".
const CONNECTORS: &[&str] = &[
    "of", "the", "de", "du", "des", "del", "della", "di", "da", "do", "dos", "das", "la", "le",
    "van", "von", "der", "den", "al", "el", "bin", "ibn", "y",
];

/// Abbreviations after which a full stop does not end a name ("Mr. Smith", "St. Lucia").
const NAME_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Ste", "Mt", "Ft", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt",
    "Sen", "Rep", "Gov", "Prof", "Rev", "Jr", "Sr", "Adm",
];

/// Capitalised words that open a sentence without being part of the first name after them
/// ("Includes China, …", "Both Russia and China").
const LEAD_WORDS: &[&str] = &[
    "includes",
    "including",
    "include",
    "members",
    "member",
    "observers",
    "consisting",
    "comprising",
    "both",
    "neither",
    "either",
    "and",
    "but",
    "or",
    "also",
    "only",
    "even",
    "like",
    "unlike",
    "besides",
    "among",
    "between",
    "with",
    "without",
    "from",
    "to",
    "for",
];

/// Prepositions that open an introductory phrase: "In Beijing, China and Russia said …".
const INTRO_PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "from",
    "for",
    "after",
    "before",
    "during",
    "since",
    "with",
    "by",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "until",
    "as",
];

/// Words that open a sentence before a comma without being a list's first item.
const OPENERS: &[&str] = &[
    "however",
    "meanwhile",
    "still",
    "yet",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "earlier",
    "later",
    "instead",
    "also",
    "moreover",
    "furthermore",
    "indeed",
    "nevertheless",
    "nonetheless",
    "besides",
    "otherwise",
    "again",
    "here",
    "there",
    "thus",
    "hence",
    "elsewhere",
    "afterwards",
    "afterward",
    "overall",
    "meantime",
    "sometimes",
    "often",
    "once",
    "so",
    "well",
    "yes",
    "no",
    "first",
    "second",
    "third",
    "finally",
    "last",
    "lastly",
    "next",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "thankfully",
    "instead",
    "regardless",
    "similarly",
    "likewise",
    "still",
    "separately",
    "specifically",
    "ultimately",
    "initially",
    "originally",
    "currently",
    "recently",
    "traditionally",
    "historically",
    "officially",
    "sadly",
    "fortunately",
    "unfortunately",
    "ironically",
    "interestingly",
    "importantly",
    "notably",
    "typically",
    "generally",
    "clearly",
    "obviously",
    "together",
    "overnight",
    "previously",
];

// Where people stand in a photo (", left,", ", second right,") and the function words: one
// list each, in the lexicon.
use crate::text::lexicon::{
    FUNCTION_WORDS, PHOTO_POSITION_MODIFIERS as POSITION_MODIFIERS, PHOTO_POSITIONS as POSITIONS,
};

/// Words that show a comma-delimited stretch is a clause or an aside, not a list item.
const NOT_ITEMS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "asked",
    "however",
    "though",
    "although",
    "meanwhile",
    "therefore",
    "moreover",
    "course",
    "fact",
    "instance",
    "example",
    "too",
    "also",
    "then",
    "yet",
    "still",
    "indeed",
    "perhaps",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "which",
    "who",
    "that",
    "if",
    "when",
    "while",
    "because",
    "but",
    "nor",
];

/// Words an item whose right edge is a guess does not end on: "cement from the port" is
/// cut to "cement", not "cement from the".
const NOT_ITEM_ENDS: &[&str] = &[
    "the", "a", "an", "of", "from", "for", "to", "in", "on", "at", "with", "by", "into",
];

/// An item found in the words.
#[derive(Clone, Copy, Debug)]
pub(super) struct It {
    /// First word (a leading "the" included).
    pub start: usize,
    /// First word of the name itself.
    pub core: usize,
    /// Last word of the name, inclusive.
    pub end: usize,
    pub span: Span,
    pub note: Option<Span>,
    pub note_kind: Option<NoteKind>,
    /// The note is a caption position set off by commas (", second right,").
    pub pos_note: bool,
    /// The word after the item and its note.
    pub next: usize,
    /// Byte range of the punctuation after the item and its note, up to word `next`.
    pub rest: (usize, usize),
    pub kind: ItemKind,
    pub entity: Option<EntityId>,
}

impl It {
    fn full_end(&self) -> usize {
        self.note
            .map_or(self.span.end(), |n| n.end().max(self.span.end()))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SepKind {
    Comma,
    Semi,
    Conj,
}

#[derive(Clone, Copy, Debug)]
struct Sp {
    kind: SepKind,
    /// A comma (or semicolon) stands before the conjunction.
    serial: bool,
    semi: bool,
    conj: Conjunction,
    item_word: usize,
}

/// The extractor: read-only access to the document and a reusable buffer.
pub(super) struct X<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub text: &'a str,
    buf: String,
}

impl<'d, 'a> X<'d, 'a> {
    fn new(doc: &'d Document<'a>) -> Self {
        X {
            doc,
            text: doc.text(),
            buf: String::new(),
        }
    }

    pub(super) fn w(&self, i: usize) -> &'a str {
        &self.text[self.doc.words[i].span.range()]
    }

    /// The word is exactly this lower-case word.
    pub(super) fn exact(&self, i: usize, lower: &str) -> bool {
        i < self.doc.words.len() && self.w(i) == lower
    }

    pub(super) fn shape(&self, i: usize) -> Shape {
        self.doc.words[i].shape
    }

    /// Written like a name: capitalised, all capitals, mixed ("McDonald"), letters with
    /// digits that start with a letter ("G7"), or a script without case.
    pub(super) fn namey(&self, i: usize) -> bool {
        match self.shape(i) {
            Shape::Capitalised | Shape::AllCaps | Shape::Mixed | Shape::Caseless => true,
            Shape::Alnum => self.w(i).chars().next().is_some_and(char::is_alphabetic),
            Shape::Lower | Shape::Number => false,
        }
    }

    fn connector(&self, i: usize) -> bool {
        self.shape(i) == Shape::Lower && CONNECTORS.contains(&self.w(i))
    }

    /// The text after word `i` up to the next word of its block, or to the end of the
    /// block's prose. Masked text (a hole) reads as a hard break.
    pub(super) fn after(&self, i: usize) -> &'a str {
        let words = &self.doc.words;
        let w = &words[i];
        if let Some(n) = words.get(i + 1)
            && n.block == w.block
        {
            if n.gap == Gap::Hole {
                return "\u{1}";
            }
            return &self.text[w.span.end()..n.span.start()];
        }
        let end = self
            .doc
            .prose_span(w.block)
            .map_or(w.span.end(), |s| s.end().max(w.span.end()));
        let tail = &self.text[w.span.end()..end];
        // Up to the end of the line: what follows on later lines is not this word's.
        &tail[..tail.find(['\n', '\r']).unwrap_or(tail.len())]
    }

    /// The text between word `i - 1` and word `i`, if both are in one block.
    pub(super) fn gap(&self, i: usize) -> Option<&'a str> {
        let words = &self.doc.words;
        if i == 0 || i >= words.len() || words[i - 1].block != words[i].block {
            return None;
        }
        Some(self.after(i - 1))
    }

    pub(super) fn gap_is(&self, i: usize, g: G) -> bool {
        self.gap(i).is_some_and(|t| classify(t) == g)
    }

    /// The longest known entity name starting at word `k`, ending before word `b`.
    fn known_at(&mut self, k: usize, b: usize) -> Option<(usize, EntityId)> {
        let countries = countries::get();
        fold_into(self.w(k), &mut self.buf);
        let head = self.buf.split(' ').next().unwrap_or("");
        let longest = countries.longest_from(head);
        if longest == 0 {
            return None;
        }
        if longest == 1 && !self.buf.contains(' ') {
            // "China", "Kyrgyzstan's": the one word is the whole name or nothing.
            return countries.lookup(&self.buf).map(|e| (k, e));
        }
        // A name of n folded words spans at most n words of text ("U.S." is one word,
        // "Antigua & Barbuda" two).
        let mut reach = k;
        while reach + 1 < b && reach - k + 1 < longest.min(8) {
            match self.gap(reach + 1).map(classify) {
                Some(G::Space | G::Amp | G::Dot | G::Open | G::Close) => reach += 1,
                _ => break,
            }
        }
        let words = &self.doc.words;
        for j in (k..=reach).rev() {
            let s = &self.text[words[k].span.start()..words[j].span.end()];
            fold_into(s, &mut self.buf);
            if let Some(e) = countries.lookup(&self.buf) {
                return Some((j, e));
            }
        }
        None
    }

    /// The last word of a capitalised name that starts at `start` and has reached `e`.
    fn extend_chunk(&self, start: usize, mut e: usize, b: usize) -> usize {
        while e + 1 < b && e + 1 - start < 8 {
            let g = self.gap(e + 1).map(classify);
            if g == Some(G::Space) && self.namey(e + 1) {
                e += 1;
                continue;
            }
            if g == Some(G::Dot) && self.namey(e + 1) && {
                let w = self.w(e);
                NAME_ABBREVIATIONS.contains(&w)
                    || w.contains('.')
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            } {
                e += 1;
                continue;
            }
            if g == Some(G::Space) && self.connector(e + 1) {
                let mut c = e + 1;
                if c + 1 < b && self.gap_is(c + 1, G::Space) && self.connector(c + 1) {
                    c += 1;
                }
                if c + 1 < b && self.gap_is(c + 1, G::Space) && self.namey(c + 1) {
                    e = c + 1;
                    continue;
                }
            }
            break;
        }
        e
    }

    /// An item starting at word `k` of a sentence ending before word `b`.
    pub(super) fn item(&mut self, k: usize, b: usize) -> Option<It> {
        if k >= b {
            return None;
        }
        let mut core = k;
        if (self.exact(k, "the") || self.w(k) == "The")
            && k + 1 < b
            && self.gap_is(k + 1, G::Space)
            && self.namey(k + 1)
        {
            core = k + 1;
        }
        let (end, kind, entity) = if core == k && self.shape(k) == Shape::Number {
            (k, ItemKind::Number, None)
        } else if self.namey(core) {
            let chunk_end = self.extend_chunk(core, core, b);
            match self.known_at(core, b) {
                Some((j, e)) if j >= chunk_end => {
                    // The name may go on: "Bosnia and Herzegovina Football Federation".
                    let j2 = self.extend_chunk(core, j, b);
                    if j2 > j {
                        (j2, ItemKind::Name, None)
                    } else {
                        (j, ItemKind::Name, Some(e))
                    }
                }
                _ => (chunk_end, ItemKind::Name, None),
            }
        } else {
            return None;
        };
        // "the United Kingdom's closest partners", "Iraq's neighbours": a possessive that
        // modifies a noun is not a list item itself.
        let w_last = self.w(end);
        if kind == ItemKind::Name
            && (w_last.ends_with("'s") || w_last.ends_with("’s") || w_last.ends_with("s'"))
            && end + 1 < b
            && self.gap_is(end + 1, G::Space)
            && self.shape(end + 1) == Shape::Lower
            && !self.exact(end + 1, "and")
            && !self.exact(end + 1, "or")
        {
            return None;
        }
        let words = &self.doc.words;
        let mut it = It {
            start: k,
            core,
            end,
            span: Span::new(words[k].span.start(), words[end].span.end()),
            note: None,
            note_kind: None,
            pos_note: false,
            next: end + 1,
            rest: (words[end].span.end(), words[end].span.end()),
            kind,
            entity,
        };
        // "U.S.", "St.": the full stop belongs to the abbreviation.
        let w_end = self.w(end);
        if (w_end.contains('.') || NAME_ABBREVIATIONS.contains(&w_end))
            && self.after(end).starts_with('.')
        {
            it.span.end += 1;
            it.rest.0 += 1;
        }
        let after = &self.after(end)[it.rest.0 - words[end].span.end()..];
        match classify(after) {
            G::Open => self.paren_note(&mut it, after, b),
            G::Comma => {
                self.position_note(&mut it, b);
                if it.note.is_none() && it.kind == ItemKind::Name && it.entity.is_none() {
                    self.region_note(&mut it, b);
                }
            }
            _ => {}
        }
        let words = &self.doc.words;
        let p = it.next - 1;
        it.rest.1 = if it.next < words.len() && words[it.next].block == words[p].block {
            words[it.next].span.start()
        } else {
            words[p].span.end() + self.after(p).len()
        }
        .max(it.rest.0);
        Some(it)
    }

    /// "India (observer)": a short parenthesis without commas or a second name list.
    fn paren_note(&self, it: &mut It, after: &str, b: usize) {
        let words = &self.doc.words;
        let Some(open) = after.find('(') else { return };
        let open_at = words[it.end].span.end() + open;
        let mut j = it.end + 1;
        while j < b && j <= it.end + 8 {
            if j > it.end + 1 && (self.exact(j, "and") || self.exact(j, "or")) {
                return;
            }
            let g = self.after(j);
            let trimmed = g.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
            if trimmed.starts_with(')') {
                let close_at = words[j].span.end() + (g.len() - trimmed.len());
                it.note = Some(Span::new(open_at, close_at + 1));
                it.note_kind = Some(NoteKind::Paren);
                it.rest.0 = close_at + 1;
                it.next = j + 1;
                return;
            }
            if classify(g) != G::Space {
                return;
            }
            j += 1;
        }
    }

    /// ", left,", ", second right,": where a person stands in a photo.
    fn position_note(&self, it: &mut It, b: usize) {
        let s = it.end + 1;
        let mut j = s;
        while j < b && j < s + 3 && self.shape(j) == Shape::Lower {
            let w = self.w(j);
            if POSITIONS.contains(&w) {
                let closes = j + 1 >= b || {
                    let g = classify(self.after(j));
                    matches!(g, G::Comma | G::Close | G::Dot | G::Semi)
                };
                if !closes {
                    return;
                }
                let words = &self.doc.words;
                it.note = Some(Span::new(words[s].span.start(), words[j].span.end()));
                it.note_kind = Some(NoteKind::Position);
                it.pos_note = true;
                it.rest.0 = words[j].span.end();
                it.next = j + 1;
                return;
            }
            if !POSITION_MODIFIERS.contains(&w) && w != "from" {
                return;
            }
            if j > s && !self.gap_is(j, G::Space) {
                return;
            }
            j += 1;
        }
    }

    /// ", Texas": a state or province after a place name keeps the two together, so that
    /// "Paris, Texas, and Paris, France" is two places.
    fn region_note(&mut self, it: &mut It, b: usize) {
        let s = it.end + 1;
        if s >= b || !self.namey(s) {
            return;
        }
        let words = &self.doc.words;
        for e in (s..(s + 4).min(b)).rev() {
            if !(s + 1..=e).all(|k| self.gap_is(k, G::Space)) {
                continue;
            }
            // "D.C.": the abbreviation's full stop is part of the region, not after it.
            let mut after = self.after(e);
            let dot = usize::from(self.w(e).contains('.') && after.starts_with('.'));
            after = &after[dot..];
            let closes = e + 1 >= b
                || matches!(
                    classify(after),
                    G::Comma | G::Dot | G::Close | G::Semi | G::Colon
                );
            if !closes {
                continue;
            }
            fold_into(
                &self.text[words[s].span.start()..words[e].span.end()],
                &mut self.buf,
            );
            if crate::data::regions::is_region(&self.buf) {
                let end = words[e].span.end() + dot;
                it.note = Some(Span::new(words[s].span.start(), end));
                it.note_kind = Some(NoteKind::Region);
                it.rest.0 = end;
                it.next = e + 1;
                return;
            }
        }
    }

    fn rest_text(&self, it: &It) -> &'a str {
        &self.text[it.rest.0..it.rest.1]
    }

    /// "and"/"or"/"as well as" at word `i`, followed by the next item's first word.
    fn conj_at(&self, i: usize, b: usize) -> Option<(Conjunction, usize)> {
        let c = if self.exact(i, "and") {
            Conjunction::And
        } else if self.exact(i, "or") {
            Conjunction::Or
        } else if self.exact(i, "as")
            && i + 2 < b
            && self.exact(i + 1, "well")
            && self.exact(i + 2, "as")
            && self.gap_is(i + 1, G::Space)
            && self.gap_is(i + 2, G::Space)
        {
            return (i + 3 < b && self.gap_is(i + 3, G::Space))
                .then_some((Conjunction::AsWellAs, i + 3));
        } else {
            return None;
        };
        (i + 1 < b && self.gap_is(i + 1, G::Space)).then_some((c, i + 1))
    }

    fn sep(&self, it: &It, b: usize) -> Option<Sp> {
        let n = it.next;
        if n >= b {
            return None;
        }
        let g = classify(self.rest_text(it));
        let plain = |kind, semi| Sp {
            kind,
            serial: false,
            semi,
            conj: Conjunction::None,
            item_word: n,
        };
        match g {
            G::Space => self.conj_at(n, b).map(|(conj, w)| Sp {
                kind: SepKind::Conj,
                serial: false,
                semi: false,
                conj,
                item_word: w,
            }),
            G::Amp => Some(Sp {
                kind: SepKind::Conj,
                serial: false,
                semi: false,
                conj: Conjunction::And,
                item_word: n,
            }),
            G::Comma | G::Semi => {
                let semi = g == G::Semi;
                Some(match self.conj_at(n, b) {
                    Some((conj, w)) => Sp {
                        kind: SepKind::Conj,
                        serial: conj != Conjunction::AsWellAs,
                        semi,
                        conj,
                        item_word: w,
                    },
                    None => plain(if semi { SepKind::Semi } else { SepKind::Comma }, semi),
                })
            }
            _ => None,
        }
    }

    /// "June 6, 2012": `year` is the year of the date `day` ends, not the next item of a
    /// list of numbers.
    fn year_of_date(&self, day: &It, year: &It) -> bool {
        day.kind == ItemKind::Number
            && year.kind == ItemKind::Number
            && day.start > 0
            && matches!(self.gap(day.start).map(classify), Some(G::Space | G::Dot))
            && crate::text::date::month_number(self.w(day.start - 1)).is_some()
            && {
                let y = self.w(year.start);
                y.len() == 4 && y.bytes().all(|c| c.is_ascii_digit())
            }
    }

    fn in_fact_box(&self, block: BlockId) -> bool {
        let mut p = self.doc.blocks[block as usize].parent;
        while let Some(id) = p {
            if self.doc.blocks[id as usize].kind == BlockKind::FactBox {
                return true;
            }
            p = self.doc.blocks[id as usize].parent;
        }
        false
    }

    /// Every series of one sentence (words `a..b` of `block`).
    fn sentence(&mut self, block: BlockId, a: usize, b: usize, out: &mut Vec<Series>) {
        let words = &self.doc.words;
        let whole = &self.text[words[a].span.start()..words[b - 1].span.end()];
        // No separator, no list: most of a sentence's cost is skipped with one scan.
        if !whole.contains([',', ';', '&'])
            && !(a..b).any(|i| self.exact(i, "and") || self.exact(i, "or"))
        {
            return;
        }
        let before = out.len();
        let mut window = a;
        let mut k = a;
        while k < b {
            let Some(first) = self.item(k, b) else {
                k += 1;
                continue;
            };
            let mut items = vec![first];
            let mut seps: Vec<Sp> = Vec::new();
            let mut resume;
            loop {
                let cur = items[items.len() - 1];
                resume = cur.next;
                let Some(sp) = self.sep(&cur, b) else { break };
                if sp.semi {
                    break;
                }
                let Some(it) = self.item(sp.item_word, b) else {
                    break;
                };
                if it.kind != first.kind {
                    resume = it.start;
                    break;
                }
                if sp.kind == SepKind::Comma && self.year_of_date(&cur, &it) {
                    break;
                }
                items.push(it);
                seps.push(sp);
                resume = it.next;
                if sp.kind == SepKind::Conj {
                    // "Russia and China, as well as India"
                    if sp.conj != Conjunction::AsWellAs
                        && let Some(sp2) = self.sep(&it, b)
                        && sp2.conj == Conjunction::AsWellAs
                        && let Some(it2) = self.item(sp2.item_word, b)
                        && it2.kind == first.kind
                    {
                        items.push(it2);
                        seps.push(sp2);
                        resume = it2.next;
                    }
                    break;
                }
            }
            let last_conj = seps.last().is_some_and(|s| s.kind == SepKind::Conj);
            // "Nestle, Procter and Gamble, and Danone": a second ", and" with another item
            // after it means the first "and" may be inside an item; the comma cannot be told.
            let and_inside = last_conj
                && self.sep(&items[items.len() - 1], b).is_some_and(|sp2| {
                    sp2.serial
                        && matches!(sp2.conj, Conjunction::And | Conjunction::Or)
                        && self
                            .item(sp2.item_word, b)
                            .is_some_and(|it| it.kind == first.kind)
                });
            let known = |i: &It| i.entity.is_some();
            let valid = (items.len() >= 2 && last_conj)
                || (items.len() >= 3
                    && first.kind == ItemKind::Name
                    && seps.iter().all(|s| s.kind == SepKind::Comma)
                    && items.iter().all(known));
            if valid {
                self.trim_first(&mut items, &mut seps, a);
                if items.len() >= 2 {
                    let mut s = self.make_inline(block, window, b, &items, &seps);
                    if and_inside {
                        s.uses_serial_comma = None;
                    }
                    window = resume.min(b);
                    out.push(s);
                }
            } else if items.len() >= 3 && seps.iter().all(|s| s.kind == SepKind::Comma) {
                // A comma chain that is not a list as a whole may hold one: "Paris, London,
                // France, Germany, Italy" holds "France, Germany, Italy".
                let mut run = 0;
                for i in 0..=items.len() {
                    if i < items.len() && known(&items[i]) {
                        run += 1;
                        continue;
                    }
                    if run >= 3 {
                        let r = i - run..i;
                        let s = self.make_inline(
                            block,
                            window,
                            b,
                            &items[r.clone()],
                            &seps[r.start..r.end - 1],
                        );
                        window = items[i - 1].next.min(b);
                        out.push(s);
                    }
                    run = 0;
                }
            }
            k = resume.max(k + 1);
        }
        self.semicolons(block, a, b, out);
        if !self.doc.blocks[block as usize].kind.is_heading() {
            self.phrases(block, a, b, before, out);
        }
    }

    /// Fixes the first item's left edge: "Leaders of Russia" → "Russia", "Includes China"
    /// → "China"; drops an introductory word or place ("Meanwhile, China and Russia …",
    /// "In Beijing, China and Russia said …").
    fn trim_first(&mut self, items: &mut Vec<It>, seps: &mut Vec<Sp>, a: usize) {
        let first = items[0];
        if first.kind != ItemKind::Name {
            return;
        }
        if first.entity.is_none() && first.end > first.core {
            let end = first.end;
            let mut cut = None;
            for m in first.core + 1..=end {
                if self.gap_is(m, G::Space)
                    && let Some((j, e)) = self.known_at(m, end + 1)
                    && j == end
                {
                    cut = Some((m, e));
                    break;
                }
            }
            if let Some((m, e)) = cut {
                let it = &mut items[0];
                it.start = m;
                it.core = m;
                it.entity = Some(e);
                it.span.start = self.doc.words[m].span.start;
            } else if first.core == a
                && (LEAD_WORDS.contains(&self.w(a).to_ascii_lowercase().as_str())
                    || INTRO_PREPOSITIONS.contains(&self.w(a).to_ascii_lowercase().as_str()))
            {
                let m = a + 1;
                let it = &mut items[0];
                it.start = m;
                it.core = m;
                it.span.start = self.doc.words[m].span.start;
            }
        }
        let first = items[0];
        // "Meanwhile, China and Russia …", "Thursday, …", "In Beijing, China and Russia said
        // …": an opening word or place, not a first item. "Apple, Google and Microsoft" keeps
        // Apple.
        let opener = {
            let w = self.w(first.core);
            let l = w.to_ascii_lowercase();
            (l.len() > 4 && l.ends_with("ly"))
                || OPENERS.contains(&l.as_str())
                || crate::text::date::month_number(w).is_some_and(|_| l.len() >= 5 || l == "may")
        };
        let at_start = (first.start == a && opener)
            || (first.start == a + 1
                && INTRO_PREPOSITIONS.contains(&self.w(a).to_ascii_lowercase().as_str()));
        if items.len() >= 3
            && at_start
            && first.entity.is_none()
            && first.core == first.end
            && first.note.is_none()
            && seps[0].kind == SepKind::Comma
        {
            items.remove(0);
            seps.remove(0);
        }
    }

    fn normal(&self, it: &It) -> Normal {
        let words = &self.doc.words;
        let s = &self.text[words[it.core].span.start()..words[it.end].span.end()];
        Normal {
            key: fold(s),
            entity: it.entity,
        }
    }

    fn make_inline(
        &mut self,
        block: BlockId,
        window: usize,
        b: usize,
        items: &[It],
        seps: &[Sp],
    ) -> Series {
        let mut out_items = Vec::with_capacity(items.len());
        for (i, it) in items.iter().enumerate() {
            let sep = if i == 0 {
                Span::new(it.span.start(), it.span.start())
            } else {
                Span::new(items[i - 1].full_end(), it.span.start())
            };
            out_items.push(SeriesItem {
                span: it.span,
                note: it.note,
                note_kind: it.note_kind,
                sep,
                norm: self.normal(it),
                bounded: true,
            });
        }
        let last = seps.last();
        let conjunction = match last {
            Some(s) if s.kind == SepKind::Conj => s.conj,
            _ => Conjunction::None,
        };
        let n = items.len();
        // "Ernst & Young": an ampersand joins a name more often than a list.
        let amp =
            n >= 2 && self.text[items[n - 2].full_end()..items[n - 1].span.start()].contains('&');
        let uses_serial_comma = match last {
            Some(s)
                if n >= 3
                    && s.kind == SepKind::Conj
                    && matches!(s.conj, Conjunction::And | Conjunction::Or)
                    && !amp
                    && !items[n - 2].pos_note =>
            {
                Some(s.serial)
            }
            _ => None,
        };
        let kind = if self.in_fact_box(block) {
            SeriesKind::FactBoxLine
        } else {
            SeriesKind::Inline
        };
        let last_it = items[n - 1];
        let d = subject::describe_inline(
            self,
            block,
            window,
            items[0].start,
            last_it.next,
            b,
            last_it.rest,
        );
        Series {
            kind,
            items_kind: items[0].kind,
            block,
            span: Span::new(items[0].span.start(), last_it.full_end()),
            items: out_items,
            conjunction,
            uses_serial_comma,
            lead_in: d.lead_in,
            claim: d.claim,
            count: d.count,
            sure: false,
        }
    }

    /// "Paris, France; Berlin, Germany; and Rome, Italy": items that may hold commas,
    /// introduced by a colon or standing alone in the sentence.
    fn semicolons(&mut self, block: BlockId, a: usize, b: usize, out: &mut Vec<Series>) {
        let words = &self.doc.words;
        let whole = &self.text[words[a].span.start()..words[b - 1].span.end()];
        if !whole.contains(';') {
            return;
        }
        let semis: Vec<usize> = (a + 1..b).filter(|&i| self.gap_is(i, G::Semi)).collect();
        if semis.is_empty() {
            return;
        }
        // The list starts after the last colon before the first semicolon, or at the
        // sentence start.
        let start = (a + 1..semis[0])
            .rev()
            .find(|&i| self.gap_is(i, G::Colon))
            .unwrap_or(a);
        let mut bounds: Vec<(usize, usize)> = Vec::new();
        let mut s = start;
        for &i in &semis {
            bounds.push((s, i));
            s = i;
        }
        bounds.push((s, b));
        let mut conj = Conjunction::None;
        let last = bounds.len() - 1;
        if self.exact(bounds[last].0, "and") || self.exact(bounds[last].0, "or") {
            conj = if self.exact(bounds[last].0, "and") {
                Conjunction::And
            } else {
                Conjunction::Or
            };
            bounds[last].0 += 1;
        }
        let ok_len = |(x, y): (usize, usize)| y > x && y - x <= 10;
        if bounds.len() < 2
            || (bounds.len() == 2 && conj == Conjunction::None)
            || !bounds.iter().all(|&r| ok_len(r))
        {
            return;
        }
        // Without a colon the first item's start is a guess: as long as the second item.
        let mut first_bounded = true;
        if start == a {
            let want = bounds[1].1 - bounds[1].0;
            if bounds[0].1 - bounds[0].0 > want {
                bounds[0].0 = bounds[0].1 - want;
                first_bounded = false;
            }
        }
        // The last item ends at its own first clause break when the sentence goes on.
        let words = &self.doc.words;
        let mut items = Vec::new();
        let names = bounds.iter().all(|&(x, _)| self.namey(x));
        for (n, &(x, y)) in bounds.iter().enumerate() {
            let span = Span::new(words[x].span.start(), words[y - 1].span.end());
            let s = &self.text[span.range()];
            let key = fold(s);
            let entity = if self.namey(x) {
                countries::get().lookup(&key).or_else(|| {
                    let head = s.split(',').next().unwrap_or(s);
                    countries::get().lookup(&fold(head))
                })
            } else {
                None
            };
            let sep = if n == 0 {
                Span::new(span.start(), span.start())
            } else {
                Span::new(words[bounds[n - 1].1 - 1].span.end(), span.start())
            };
            items.push(SeriesItem {
                span,
                note: None,
                note_kind: None,
                sep,
                norm: Normal { key, entity },
                bounded: n > 0 || first_bounded,
            });
        }
        let lead = (start > a).then(|| {
            let colon = words[start - 1].span.end();
            let gap = self.after(start - 1);
            let at = colon + gap.find(':').unwrap_or(0);
            Span::new(words[start - 1].span.start(), at + 1)
        });
        let span = items[0].span.cover(items[items.len() - 1].span);
        out.push(Series {
            kind: SeriesKind::Semicolon,
            items_kind: if names {
                ItemKind::Name
            } else {
                ItemKind::Phrase
            },
            block,
            span,
            items,
            conjunction: conj,
            uses_serial_comma: None,
            lead_in: lead.map(|span| super::LeadIn {
                span,
                exhaustive: true,
                past: false,
            }),
            claim: None,
            count: None,
            sure: false,
        });
    }

    /// Lower-case lists: "politics, trade, science, and the environment". Middle items sit
    /// between commas and are short; the first item's left edge and a long last item's
    /// right edge are guesses, marked unbounded.
    fn phrases(
        &mut self,
        block: BlockId,
        a: usize,
        b: usize,
        names_from: usize,
        out: &mut Vec<Series>,
    ) {
        let taken: Vec<Span> = out[names_from..].iter().map(|s| s.span).collect();
        let lower = |x: &Self, i: usize| {
            x.shape(i) == Shape::Lower
                && !NOT_ITEMS.contains(&x.w(i))
                && !FUNCTION_WORDS.contains(&x.w(i))
        };
        let article =
            |x: &Self, i: usize| matches!(x.w(i), "the" | "a" | "an" | "their" | "its" | "our");
        let first_new = out.len();
        // Each phrase series found here, with the span of its conjunction.
        let mut conjs: Vec<(usize, Span)> = Vec::new();
        let mut c = a + 1;
        while c < b {
            // A conjunction with a list item on each side.
            let conj = if self.exact(c, "and") {
                Conjunction::And
            } else if self.exact(c, "or") {
                Conjunction::Or
            } else {
                c += 1;
                continue;
            };
            let serial = self.gap_is(c, G::Comma);
            if !(serial || self.gap_is(c, G::Space)) || c + 1 >= b || !self.gap_is(c + 1, G::Space)
            {
                c += 1;
                continue;
            }
            // Items to the left, right to left: (first word, last word).
            let mut left: Vec<(usize, usize)> = Vec::new();
            let mut e = c - 1;
            let mut ok = true;
            let mut first_bounded = false;
            loop {
                if !lower(self, e) {
                    ok = false;
                    break;
                }
                // Back to the previous comma, at most three words.
                let mut s = e;
                while s > a && self.gap_is(s, G::Space) && e - s < 2 && lower(self, s - 1) {
                    s -= 1;
                }
                // "the environment": an article opens an item.
                if s > a && self.gap_is(s, G::Space) && e - s < 2 && article(self, s - 1) {
                    s -= 1;
                }
                if s > a && self.gap_is(s, G::Comma) && lower(self, s - 1) {
                    left.push((s, e));
                    e = s - 1;
                    continue;
                }
                // The first item. Its left edge is marked by punctuation or the sentence
                // start; otherwise it runs on, and is cut to the length of its neighbour.
                if s == a || !self.gap_is(s, G::Space) {
                    first_bounded = true;
                    left.push((s, e));
                } else {
                    let want = left.last().map_or(0, |&(x, y)| y - x);
                    left.push((e - want.min(e - s), e));
                }
                break;
            }
            if !ok || left.len() < 2 {
                c += 1;
                continue;
            }
            left.reverse();
            // The last item: lower-case words to the next punctuation, at most 4.
            let s = c + 1;
            let opens = if article(self, s) && s + 1 < b && self.gap_is(s + 1, G::Space) {
                s + 1
            } else {
                s
            };
            let mut e = opens;
            while e + 1 < b && self.gap_is(e + 1, G::Space) && lower(self, e + 1) && e + 1 - s < 3 {
                e += 1;
            }
            if !lower(self, opens) {
                c += 1;
                continue;
            }
            let last_bounded = e + 1 >= b || !self.gap_is(e + 1, G::Space);
            if !last_bounded {
                while e > s && NOT_ITEM_ENDS.contains(&self.w(e)) {
                    e -= 1;
                }
            }
            let words = &self.doc.words;
            let span_of =
                |(x, y): (usize, usize)| Span::new(words[x].span.start(), words[y].span.end());
            let whole = span_of(left[0]).cover(span_of((s, e)));
            if taken
                .iter()
                .any(|t| t.start < whole.end && whole.start < t.end)
            {
                c = e + 1;
                continue;
            }
            let mut items = Vec::new();
            let all: Vec<(usize, usize)> = left
                .iter()
                .copied()
                .chain(std::iter::once((s, e)))
                .collect();
            for (n, &(x, y)) in all.iter().enumerate() {
                let span = span_of((x, y));
                let sep = if n == 0 {
                    Span::new(span.start(), span.start())
                } else {
                    Span::new(span_of(all[n - 1]).end(), span.start())
                };
                items.push(SeriesItem {
                    span,
                    note: None,
                    note_kind: None,
                    sep,
                    norm: Normal {
                        key: fold(&self.text[span.range()]),
                        entity: None,
                    },
                    bounded: (n > 0 || first_bounded) && (n + 1 < all.len() || last_bounded),
                });
            }
            let n = items.len();
            // ", and …" right after the list: its "and" may sit inside an item ("schools,
            // research and development, and border posts"), so the style is unknown.
            let followed = e + 2 < b
                && self.gap_is(e + 1, G::Comma)
                && (self.exact(e + 1, "and") || self.exact(e + 1, "or"))
                && (lower(self, e + 2) || article(self, e + 2));
            out.push(Series {
                kind: if self.in_fact_box(block) {
                    SeriesKind::FactBoxLine
                } else {
                    SeriesKind::Inline
                },
                items_kind: ItemKind::Phrase,
                block,
                span: whole,
                items,
                conjunction: conj,
                uses_serial_comma: (n >= 3 && !followed).then_some(serial),
                lead_in: None,
                claim: None,
                count: None,
                sure: false,
            });
            conjs.push((out.len() - 1, self.doc.words[c].span));
            c = e + 1;
        }
        // "schools, research and development, and border posts" is read twice: as
        // "schools, research and development" and as a list whose item "research and
        // development" holds the first reading's "and". That "and" is inside an item, so
        // the first reading cannot tell whether the list uses a serial comma.
        for &(i, conj) in &conjs {
            let inside = out[first_new..].iter().any(|s| {
                s.items
                    .iter()
                    .any(|it| it.span.start <= conj.start && conj.end <= it.span.end)
            });
            if inside {
                out[i].uses_serial_comma = None;
            }
        }
    }

    /// A bulleted or numbered list whose items are names ("- Kazakhstan (founding member)").
    fn bulleted(&mut self, list: BlockId, out: &mut Vec<Series>) {
        let doc = self.doc;
        let lb = &doc.blocks[list as usize];
        let children: Vec<BlockId> = doc.blocks[list as usize + 1..]
            .iter()
            .enumerate()
            .take_while(|(_, b)| b.span.start < lb.span.end || b.parent == Some(list))
            .filter(|(_, b)| b.parent == Some(list) && matches!(b.kind, BlockKind::ListItem { .. }))
            .map(|(i, _)| list + 1 + i as BlockId)
            .collect();
        if children.len() < 2 {
            return;
        }
        let mut items = Vec::with_capacity(children.len());
        let mut kind = None;
        for &c in &children {
            let r = doc.blocks[c as usize].words();
            if r.is_empty() {
                return;
            }
            let (s, e) = (r.start, r.end);
            let Some(it) = self.item(s, e) else { return };
            if it.start != s || *kind.get_or_insert(it.kind) != it.kind {
                return;
            }
            // What follows the name: nothing, a closing "and"/"or", or a note set off by
            // punctuation ("— joined 2004", ": founding member", ", chief executive").
            let mut note = it.note;
            let mut note_kind = it.note_kind;
            if it.next < e {
                let tail_is_conj =
                    it.next + 1 == e && (self.exact(it.next, "and") || self.exact(it.next, "or"));
                if !tail_is_conj {
                    let g = classify(self.rest_text(&it));
                    let commas = (it.next + 1..e).any(|i| self.gap_is(i, G::Comma));
                    let ok = match g {
                        G::Dash | G::Colon | G::Open => e - it.next <= 8,
                        G::Comma => e - it.next <= 5 && !commas,
                        _ => false,
                    };
                    if !ok || (self.exact(it.next, "and") || self.exact(it.next, "or")) {
                        return;
                    }
                    let rest =
                        Span::new(doc.words[it.next].span.start(), doc.words[e - 1].span.end());
                    note = Some(note.map_or(rest, |n| n.cover(rest)));
                    note_kind = Some(NoteKind::Trailing);
                }
            }
            items.push(SeriesItem {
                span: it.span,
                note,
                note_kind,
                sep: Span::new(it.span.start(), it.span.start()),
                norm: self.normal(&it),
                bounded: true,
            });
        }
        let d: Describe = subject::describe_bulleted(self, list);
        let span = items[0].span.cover(items[items.len() - 1].full());
        out.push(Series {
            kind: SeriesKind::Bulleted,
            items_kind: kind.unwrap_or(ItemKind::Name),
            block: list,
            span,
            items,
            conjunction: Conjunction::None,
            uses_serial_comma: None,
            lead_in: d.lead_in,
            claim: d.claim,
            count: d.count,
            sure: false,
        });
    }
}
