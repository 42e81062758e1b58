//! Byte offsets ↔ LSP positions.
//!
//! Findings carry byte ranges into the text; the protocol speaks in lines and characters,
//! where a character is a UTF-16 code unit unless client and server agreed on UTF-8. Lines end
//! at `\n`, `\r\n` or a lone `\r`, as in the protocol and in [`crate::source::SourceFile`].

use lsp_types::Position;

/// The unit of `Position::character`, negotiated at initialisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16 => "utf-16",
        }
    }
}

/// Where each line of one text starts.
#[derive(Clone, Debug)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while let Some(at) = memchr_line_end(&bytes[i..]) {
            let end = i + at;
            let next = if bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n') {
                end + 2
            } else {
                end + 1
            };
            starts.push(next);
            i = next;
        }
        LineIndex { starts }
    }

    /// The position of byte `offset` (clamped to the text and floored to a character).
    pub(crate) fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let before = &text[start..offset];
        let character = match enc {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 if before.is_ascii() => before.len(),
            Encoding::Utf16 => before.encode_utf16().count(),
        };
        Position::new(line as u32, character as u32)
    }

    /// The byte offset of `pos`; a line past the end is the end of the text, a character past
    /// the end of its line is the end of the line, and a position inside a character (half
    /// of a surrogate pair, a byte inside a UTF-8 sequence) is the start of that character.
    pub(crate) fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let line = pos.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return text.len();
        };
        let end = self.line_content_end(text, line);
        let content = &text[start..end];
        let want = pos.character as usize;
        match enc {
            Encoding::Utf8 => {
                let mut at = want.min(content.len());
                while !content.is_char_boundary(at) {
                    at -= 1;
                }
                start + at
            }
            Encoding::Utf16 => {
                let mut units = 0;
                for (i, c) in content.char_indices() {
                    if units + c.len_utf16() > want {
                        return start + i;
                    }
                    units += c.len_utf16();
                }
                end
            }
        }
    }

    /// The end of line `line` without its terminator.
    fn line_content_end(&self, text: &str, line: usize) -> usize {
        let Some(&next) = self.starts.get(line + 1) else {
            return text.len();
        };
        let bytes = text.as_bytes();
        let mut end = next;
        if end > 0 && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > 0 && bytes[end - 1] == b'\r' && end > self.starts[line] {
            end -= 1;
        }
        end
    }

    /// The byte where line `line` starts (the end of the text past the last line).
    pub(crate) fn line_start(&self, line: usize, text: &str) -> usize {
        self.starts.get(line).copied().unwrap_or(text.len())
    }

    /// The line holding byte `offset`.
    pub(crate) fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// Line `line` without its terminator.
    pub(crate) fn line_text<'t>(&self, text: &'t str, line: usize) -> &'t str {
        let start = self.line_start(line, text);
        &text[start..self.line_content_end(text, line).max(start)]
    }
}

fn memchr_line_end(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n' || b == b'\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str, enc: Encoding) {
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            if text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                continue; // inside a CRLF: no position of its own
            }
            let pos = index.position(text, offset, enc);
            assert_eq!(index.offset(text, pos, enc), offset, "{text:?} at {offset}");
        }
    }

    #[test]
    fn non_ascii_before_and_on_the_word_in_utf16() {
        // "é" is 2 bytes and 1 unit; "𝄞" is 4 bytes and 2 units (a surrogate pair).
        let text = "Café 𝄞 teh\nnaïve wrold";
        let index = LineIndex::new(text);
        let teh = text.find("teh").unwrap();
        assert_eq!(
            index.position(text, teh, Encoding::Utf16),
            Position::new(0, 8)
        );
        assert_eq!(
            index.position(text, teh, Encoding::Utf8),
            Position::new(0, 11)
        );
        // The flagged word itself non-ASCII: its end counts units of "ï".
        let naive_end = text.find(" wrold").unwrap();
        assert_eq!(
            index.position(text, naive_end, Encoding::Utf16),
            Position::new(1, 5)
        );
        assert_eq!(
            index.position(text, naive_end, Encoding::Utf8),
            Position::new(1, 6)
        );
        round_trip(text, Encoding::Utf16);
        round_trip(text, Encoding::Utf8);
    }

    #[test]
    fn every_line_ending_counts_once() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(
            index.position(text, 3, Encoding::Utf16),
            Position::new(1, 0)
        );
        assert_eq!(
            index.position(text, 5, Encoding::Utf16),
            Position::new(2, 0)
        );
        assert_eq!(
            index.position(text, 7, Encoding::Utf16),
            Position::new(3, 0)
        );
        assert_eq!(index.line_text(text, 0), "a");
        round_trip(text, Encoding::Utf16);
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let text = "ab\n𝄞x";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, Position::new(0, 99), Encoding::Utf16), 2);
        assert_eq!(
            index.offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
        // Inside the surrogate pair: the start of the character.
        assert_eq!(index.offset(text, Position::new(1, 1), Encoding::Utf16), 3);
        assert_eq!(index.offset(text, Position::new(1, 2), Encoding::Utf8), 3);
    }
}
