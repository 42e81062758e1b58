//! The tokenizer: at a `<`, a start tag, end tag, comment or other markup, with exact byte
//! spans (after the WHATWG tokenizer's states); attributes scanned on demand; where raw
//! text and comments end.

use crate::span::Span;

#[derive(Clone, Copy, Debug)]
pub(super) enum Token {
    Start {
        span: Span,
        name: Span,
        self_closing: bool,
    },
    End {
        span: Span,
        name: Span,
    },
    Comment(Span),
    /// Doctype, CDATA, processing instruction, bogus comment.
    Other(Span),
}

impl Token {
    pub(super) fn end(self) -> usize {
        match self {
            Token::Start { span, .. }
            | Token::End { span, .. }
            | Token::Comment(span)
            | Token::Other(span) => span.end(),
        }
    }
}

/// The token at a `<`; `None` when the `<` is text ("a < b").
pub(super) fn tokenize_at(b: &[u8], lt: usize) -> Option<Token> {
    let next = *b.get(lt + 1)?;
    match next {
        b'!' => {
            if b[lt..].starts_with(b"<!--") {
                return Some(Token::Comment(Span::new(lt, comment_end(b, lt + 4))));
            }
            Some(Token::Other(Span::new(lt, bogus_end(b, lt + 2))))
        }
        b'?' => Some(Token::Other(Span::new(lt, bogus_end(b, lt + 2)))),
        b'/' => {
            let c = *b.get(lt + 2)?;
            if c.is_ascii_alphabetic() {
                let name_end = name_end(b, lt + 2);
                let (end, _) = tag_end(b, name_end, |_, _| {});
                Some(Token::End {
                    span: Span::new(lt, end),
                    name: Span::new(lt + 2, name_end),
                })
            } else if c == b'>' {
                Some(Token::Other(Span::new(lt, lt + 3)))
            } else {
                Some(Token::Other(Span::new(lt, bogus_end(b, lt + 2))))
            }
        }
        c if c.is_ascii_alphabetic() => {
            let name_end = name_end(b, lt + 1);
            let (end, self_closing) = tag_end(b, name_end, |_, _| {});
            Some(Token::Start {
                span: Span::new(lt, end),
                name: Span::new(lt + 1, name_end),
                self_closing,
            })
        }
        _ => None,
    }
}

pub(super) fn name_end(b: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < b.len() && !matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>') {
        i += 1;
    }
    i
}

/// Where a comment that starts before `from` ends: after `-->` or `--!>` (or `<!-->` and
/// `<!--->`, which end at once), or at the end of the text.
pub(super) fn comment_end(b: &[u8], from: usize) -> usize {
    if b[from..].starts_with(b">") {
        return from + 1;
    }
    if b[from..].starts_with(b"->") {
        return from + 2;
    }
    let mut i = from;
    while let Some(off) = memchr_from(b, b'-', i) {
        let rest = &b[off..];
        if rest.starts_with(b"-->") {
            return off + 3;
        }
        if rest.starts_with(b"--!>") {
            return off + 4;
        }
        i = off + 1;
    }
    b.len()
}

pub(super) fn bogus_end(b: &[u8], from: usize) -> usize {
    memchr_from(b, b'>', from).map_or(b.len(), |i| i + 1)
}

pub(super) fn memchr_from(b: &[u8], needle: u8, from: usize) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&c| c == needle)
        .map(|i| from + i)
}

pub(super) fn is_space(c: u8) -> bool {
    matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')
}

/// Scans the attributes of a tag from the end of its name to its `>`, calling
/// `attr(name, value)` with byte ranges; returns the end of the tag and whether it was
/// written self-closing. A tag cut off by the end of the text runs to the end.
#[allow(clippy::many_single_char_names)] // byte, index and quote of a tokenizer
pub(super) fn tag_end(
    b: &[u8],
    from: usize,
    mut attr: impl FnMut(std::ops::Range<usize>, Option<std::ops::Range<usize>>),
) -> (usize, bool) {
    let mut i = from;
    let mut self_closing = false;
    loop {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            return (b.len(), false);
        };
        match c {
            b'>' => return (i + 1, self_closing),
            b'/' => {
                self_closing = b.get(i + 1) == Some(&b'>');
                i += 1;
                continue;
            }
            _ => {}
        }
        self_closing = false;
        // Attribute name: a leading `=` belongs to it.
        let name_start = i;
        i += 1;
        while i < b.len() && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        let name = name_start..i;
        let mut j = i;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        if b.get(j) != Some(&b'=') {
            attr(name, None);
            continue;
        }
        j += 1;
        while j < b.len() && is_space(b[j]) {
            j += 1;
        }
        match b.get(j) {
            Some(&q @ (b'"' | b'\'')) => {
                let Some(close) = memchr_from(b, q, j + 1) else {
                    attr(name, Some(j + 1..b.len()));
                    return (b.len(), false);
                };
                attr(name, Some(j + 1..close));
                i = close + 1;
            }
            Some(_) => {
                let v0 = j;
                while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                attr(name, Some(v0..j));
                i = j;
            }
            None => {
                attr(name, Some(j..j));
                return (b.len(), false);
            }
        }
    }
}

/// Calls `attr` for each attribute of the start tag at `span`.
pub(super) fn scan_attributes(
    b: &[u8],
    span: Span,
    attr: impl FnMut(std::ops::Range<usize>, Option<std::ops::Range<usize>>),
) {
    let from = name_end(b, span.start() + 1);
    tag_end(b, from.min(span.end()), attr);
}

/// Where the raw text of a `script`, `style`, `title` … opened before `from` ends: after
/// its end tag, or at the end of the text (`plaintext` always).
pub(super) fn raw_end(text: &str, from: usize, name: &str) -> usize {
    let b = text.as_bytes();
    if name == "plaintext" {
        return b.len();
    }
    let mut i = from;
    while let Some(off) = text[i..].find("</") {
        let at = i + off;
        let n = at + 2;
        if b.len() >= n + name.len()
            && b[n..n + name.len()].eq_ignore_ascii_case(name.as_bytes())
            && b.get(n + name.len())
                .is_none_or(|&c| is_space(c) || c == b'/' || c == b'>')
        {
            let (end, _) = tag_end(b, n + name.len(), |_, _| {});
            return end;
        }
        i = at + 2;
    }
    b.len()
}
