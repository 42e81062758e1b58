//! The extractor's view of the words: the text of word `i`, its shape, and what the
//! punctuation between two words amounts to. The list finder (`extract`), the subject
//! reader (`subject`) and `confidence` all read the words through it.

use crate::doc::{Document, Gap, Shape};

/// What the punctuation between two words amounts to (white space and emphasis markers
/// ignored).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Punct {
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

pub(super) fn classify(g: &str) -> Punct {
    // HTML writes the dash around an apposition as "&mdash;": the character it stands for.
    if g.contains('&') {
        let d = crate::text::entity::decode(g);
        if d != g {
            return classify(&d);
        }
    }
    // "<b>Members:</b> France, …": inline tags between two words are not punctuation.
    if g.contains('<') {
        let bare = strip_tags(g);
        if bare.len() != g.len() {
            return classify(&bare);
        }
    }
    // "…, United States\n**Host in 2025:** Canada": a line that opens with bold starts a
    // fact line of its own, which no list runs into.
    if let Some((_, line)) = g.rsplit_once('\n')
        && (line.trim_start().starts_with("**") || line.trim_start().starts_with("__"))
    {
        return Punct::Other;
    }
    let mut sig = ['\0'; 2];
    let mut n = 0;
    for c in g.chars() {
        if c.is_whitespace() || c == '*' || c == '_' {
            continue;
        }
        if n == 2 {
            return Punct::Other;
        }
        sig[n] = c;
        n += 1;
    }
    match &sig[..n] {
        [] => Punct::Space,
        [','] => Punct::Comma,
        [';'] => Punct::Semi,
        [':'] => Punct::Colon,
        // "the Quad [Australia, India, …]": an editor's brackets set off a list as well.
        ['(' | '['] => Punct::Open,
        [')' | ']'] => Punct::Close,
        ['-' | '–' | '—'] | ['-', '-'] => {
            // A hyphen only separates when spaced: "Russia - China" is not "Russia-China".
            if g.starts_with(char::is_whitespace) || g.ends_with(char::is_whitespace) {
                Punct::Dash
            } else {
                Punct::Other
            }
        }
        ['&'] => Punct::Amp,
        ['.'] => Punct::Dot,
        _ => Punct::Other,
    }
}

/// The text without its HTML tags (`<b>`, `</a>`, `<br/>`); a `<` that opens no tag stays.
fn strip_tags(g: &str) -> String {
    let mut out = String::with_capacity(g.len());
    let mut rest = g;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let opens = tail
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '/');
        match tail.find('>') {
            Some(end) if opens => rest = &tail[end + 1..],
            _ => {
                out.push('<');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The extractor: read-only access to the document and a reusable buffer.
pub(super) struct Extractor<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub text: &'a str,
    pub buf: String,
}

impl<'d, 'a> Extractor<'d, 'a> {
    pub(super) fn new(doc: &'d Document<'a>) -> Self {
        Extractor {
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

    pub(super) fn gap_is(&self, i: usize, g: Punct) -> bool {
        self.gap(i).is_some_and(|t| classify(t) == g)
    }
}
