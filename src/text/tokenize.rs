//! Splitting prose into words. Works on slices of the source with byte offsets; allocates
//! nothing per word.

use super::{is_apostrophe, is_hyphen, is_word_char};

/// The shape of a word, computed once when it is tokenised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// all letters lower case: "support"
    Lower,
    /// first letter upper case, the rest lower: "Kazakhstan"
    Capitalised,
    /// two or more letters, all upper case: "SCO", "U.N"
    AllCaps,
    /// upper case after the first letter: "McDonald", "iPhone"
    Mixed,
    /// digits only, possibly with `.` or `,` inside: "9,000", "1.5"
    Number,
    /// letters and digits: "G20", "4th", "COVID-19"
    Alnum,
    /// letters without case (CJK, Arabic, Devanagari …)
    Caseless,
}

/// What a raw token is, before it becomes a word or a hole.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word(Shape),
    /// "@handle" or "#hashtag"
    Tag,
}

/// Scans `text` for word tokens, calling `emit(start, end, kind)` with offsets relative to `text`.
///
/// A word is a run of letters, digits and combining marks, joined inside by a single
/// apostrophe ("China's"), hyphen ("cease-fire"), or dot between letters or digits ("U.N",
/// "1.5"), or a comma between digits ("9,000"). A trailing apostrophe or dot is not part of it.
pub(crate) fn scan_words(text: &str, emit: impl FnMut(usize, usize, TokenKind)) {
    scan(text, false, emit);
}

/// [`scan_words`] for HTML text: a character reference counts as the character it stands
/// for, so "don&rsquo;t" and "Caf&eacute;" are one word each, their spans covering the
/// reference's source bytes, while "&nbsp;" and "&mdash;" separate words.
pub(crate) fn scan_words_html(text: &str, emit: impl FnMut(usize, usize, TokenKind)) {
    scan(text, true, emit);
}

fn scan(text: &str, html: bool, mut emit: impl FnMut(usize, usize, TokenKind)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let (c, len) = char_at(text, i, html);
        let tag = (c == '@' || c == '#')
            && text[i + len..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            && (i == 0 || !is_word_char(char_before(text, i, html)));
        // A word starts with a letter or digit; a stray combining mark starts nothing.
        if !c.is_alphanumeric() && !tag {
            i += len;
            continue;
        }
        let start = i;
        i += len;
        loop {
            if i >= text.len() {
                break;
            }
            let (c, len) = char_at(text, i, html);
            if is_word_char(c) {
                i += len;
                continue;
            }
            let joiner = is_apostrophe(c)
                || is_hyphen(c)
                || ((c == '.' || c == ',') && i + len < text.len());
            if !joiner {
                break;
            }
            if i + len >= text.len() {
                break;
            }
            let next = char_at(text, i + len, html).0;
            let ok = match c {
                ',' => {
                    bytes[i - 1].is_ascii_digit() && next.is_ascii_digit() && {
                        // "9,000" but not "1,2": a thousands group has three digits.
                        let rest = &bytes[i + 1..];
                        rest.len() >= 3
                            && rest[..3].iter().all(u8::is_ascii_digit)
                            && rest.get(3).is_none_or(|b| !b.is_ascii_digit())
                    }
                }
                '.' => {
                    let prev = char_before(text, i, html);
                    (prev.is_ascii_digit() && next.is_ascii_digit())
                        || (prev.is_alphabetic() && next.is_alphabetic() && {
                            // "U.N" and "e.g" but not "end.Next": dotted letters are single.
                            let word = &text[start..i];
                            word.chars().rev().nth(1).is_none_or(|p| p == '.')
                        })
                }
                _ => is_word_char(next),
            };
            if !ok {
                break;
            }
            i += len;
        }
        let word = &text[start..i];
        let kind = if tag {
            TokenKind::Tag
        } else if html && word.contains('&') {
            TokenKind::Word(shape(&super::entity::decode(word)))
        } else {
            TokenKind::Word(shape(word))
        };
        emit(start, i, kind);
    }
}

/// The shape of a word.
pub fn shape(word: &str) -> Shape {
    if word.is_ascii() {
        shape_ascii(word.as_bytes())
    } else {
        shape_chars(word)
    }
}

/// [`shape`] of any word, character by character.
fn shape_chars(word: &str) -> Shape {
    let mut counts = Counts::default();
    for (n, c) in word.chars().filter(|c| c.is_alphanumeric()).enumerate() {
        counts.add(
            n,
            if c.is_numeric() {
                Case::Digit
            } else if c.is_uppercase() {
                Case::Upper
            } else if c.is_lowercase() {
                Case::Lower
            } else {
                Case::None
            },
        );
    }
    counts.shape()
}

/// [`shape`] of an ASCII word (most words; every word is asked once, when it is
/// tokenised), byte by byte with the same counts.
fn shape_ascii(word: &[u8]) -> Shape {
    let mut counts = Counts::default();
    for (n, &c) in word
        .iter()
        .filter(|c| c.is_ascii_alphanumeric())
        .enumerate()
    {
        counts.add(
            n,
            if c.is_ascii_digit() {
                Case::Digit
            } else if c.is_ascii_uppercase() {
                Case::Upper
            } else {
                Case::Lower
            },
        );
    }
    counts.shape()
}

/// What one letter or digit of a word is, for its [`Counts`].
#[derive(Clone, Copy)]
enum Case {
    Digit,
    Upper,
    Lower,
    /// A letter without case (most scripts of Asia).
    None,
}

/// A word's counts of letters by case and of digits, and where its capitals are.
#[derive(Default)]
struct Counts {
    letters: u32,
    upper: u32,
    lower: u32,
    digits: u32,
    first_upper: bool,
    upper_after_first: bool,
}

impl Counts {
    /// Counts the `n`-th letter or digit of the word.
    #[inline]
    fn add(&mut self, n: usize, case: Case) {
        match case {
            Case::Digit => self.digits += 1,
            Case::Upper => {
                self.letters += 1;
                self.upper += 1;
                if n == 0 {
                    self.first_upper = true;
                } else {
                    self.upper_after_first = true;
                }
            }
            Case::Lower => {
                self.letters += 1;
                self.lower += 1;
            }
            Case::None => self.letters += 1,
        }
    }

    /// The shape these counts make.
    fn shape(&self) -> Shape {
        if self.letters == 0 {
            return Shape::Number;
        }
        if self.digits > 0 {
            return Shape::Alnum;
        }
        if self.upper == 0 && self.lower == 0 {
            return Shape::Caseless;
        }
        if self.lower == 0 {
            return if self.upper >= 2 {
                Shape::AllCaps
            } else {
                Shape::Capitalised
            };
        }
        if self.upper == 0 {
            return Shape::Lower;
        }
        if self.first_upper && !self.upper_after_first {
            Shape::Capitalised
        } else {
            Shape::Mixed
        }
    }
}

/// The character at byte `i` and its length in the source; in HTML a character reference
/// is read as its character.
fn char_at(text: &str, i: usize, html: bool) -> (char, usize) {
    let c = text[i..].chars().next().unwrap_or('\0');
    if html
        && c == '&'
        && let Some(decoded) = super::entity::decode_at(&text[i..])
    {
        return decoded;
    }
    (c, c.len_utf8())
}

fn char_before(text: &str, i: usize, html: bool) -> char {
    if html && let Some((c, _)) = super::entity::decode_before(text, i) {
        return c;
    }
    text[..i].chars().next_back().unwrap_or('\0')
}

#[cfg(test)]
mod tests {
    #[test]
    fn ascii_words_take_the_shape_the_general_reading_gives() {
        for w in [
            "support",
            "Kazakhstan",
            "SCO",
            "U.N",
            "McDonald",
            "iPhone",
            "9,000",
            "1.5",
            "G20",
            "4th",
            "COVID-19",
            "A",
            "a",
            "I'm",
            "O'Neill",
            "e.g",
            "x2Y",
            "2X",
            "--",
            "",
            "AbC",
            "ABc",
            "aBC",
            "Ab-Cd",
            "#tag",
            "@Handle",
        ] {
            assert_eq!(
                super::shape_ascii(w.as_bytes()),
                super::shape_chars(w),
                "{w}"
            );
        }
    }

    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        scan_words(text, |s, e, _| out.push(&text[s..e]));
        out
    }

    #[test]
    fn joins_apostrophes_hyphens_and_dotted_abbreviations() {
        assert_eq!(
            words("China's cease-fire; the U.N. mission’s 9,000 (1.5) end.Next"),
            [
                "China's",
                "cease-fire",
                "the",
                "U.N",
                "mission’s",
                "9,000",
                "1.5",
                "end",
                "Next"
            ]
        );
    }

    #[test]
    fn trailing_apostrophe_is_not_part_of_the_word() {
        assert_eq!(words("the Joneses' house"), ["the", "Joneses", "house"]);
    }

    #[test]
    fn keeps_combining_marks_and_other_scripts() {
        assert_eq!(
            words("Cafe\u{301} Москва 北京"),
            ["Cafe\u{301}", "Москва", "北京"]
        );
    }

    #[test]
    fn html_references_stay_inside_words() {
        let text = "don&rsquo;t Caf&eacute; AT&amp;T the&nbsp;end a&mdash;b";
        let mut out = Vec::new();
        scan_words_html(text, |s, e, _| out.push(&text[s..e]));
        assert_eq!(
            out,
            [
                "don&rsquo;t",
                "Caf&eacute;",
                "AT",
                "T",
                "the",
                "end",
                "a",
                "b"
            ]
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("support"), Shape::Lower);
        assert_eq!(shape("Kazakhstan"), Shape::Capitalised);
        assert_eq!(shape("SCO"), Shape::AllCaps);
        assert_eq!(shape("U.N"), Shape::AllCaps);
        assert_eq!(shape("McDonald"), Shape::Mixed);
        assert_eq!(shape("9,000"), Shape::Number);
        assert_eq!(shape("G20"), Shape::Alnum);
        assert_eq!(shape("北京"), Shape::Caseless);
    }
}
