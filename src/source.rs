//! Reading a file: decoding, line index, byte offset to line and column.

use std::path::{Path, PathBuf};

use crate::span::Span;

/// How the bytes of a file were turned into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte order mark. The mark stays in the text so offsets are file offsets.
    Utf8Bom,
    Utf16Le,
    Utf16Be,
}

/// Why a file could not be turned into text.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("not a text file (NUL byte at offset {offset}); skipped")]
    Binary { offset: usize },
    #[error(
        "not valid UTF-8 at line {line}, byte {offset}; save it as UTF-8 (or UTF-16 with a byte order mark)"
    )]
    InvalidUtf8 { line: usize, offset: usize },
    #[error("not valid UTF-16 (odd length or broken surrogate pair near byte {offset})")]
    InvalidUtf16 { offset: usize },
    #[error("file is larger than 4 GiB")]
    TooLarge,
}

/// One file's text with its line index.
#[derive(Debug)]
pub struct SourceFile {
    path: PathBuf,
    name: String,
    text: String,
    encoding: Encoding,
    /// Byte offset where the content starts (after a UTF-8 byte order mark).
    content_start: usize,
    /// Byte offsets of line starts; a line ends at `\n`, `\r\n` or a lone `\r`.
    line_starts: Vec<u32>,
    /// Checkpoints for long lines and UTF-16 offsets, built on first use.
    marks: std::sync::OnceLock<Marks>,
    /// Set when the text was let go ([`SourceFile::release`]).
    released: Option<Box<Released>>,
}

/// What is kept of a file whose text was let go: enough to find out whether the file on disk
/// is still what was checked, and the positions of the offsets its findings point at.
#[derive(Debug)]
struct Released {
    /// Length and hash of the text as checked.
    len: usize,
    hash: u64,
    /// The positions of the offsets the findings point at, sorted by offset.
    at: Vec<Position>,
}

/// An offset with its 1-based line, column (Unicode scalar values) and UTF-8 byte column,
/// and its offset in the original bytes.
/// (Files are under 4 GiB: every field fits in 32 bits.)
#[derive(Clone, Copy, Debug)]
struct Position {
    offset: u32,
    line: u32,
    column: u32,
    byte_column: u32,
    original: u32,
}

/// Why a file whose text was let go could not be read again as it was checked.
#[derive(Debug, thiserror::Error)]
pub enum RereadError {
    #[error("cannot be read again: {0}")]
    Unreadable(String),
    #[error("changed after it was checked")]
    Changed,
}

fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::hash::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Every [`MARK`] bytes: how many characters lie before that point on its line, and how many
/// UTF-16 units before it in the file, so a column or an offset is counted from the nearest
/// checkpoint rather than from the start of a 100 MB line.
#[derive(Debug, Default)]
struct Marks {
    /// (byte offset, characters since its line's start), in order; only inside long lines.
    columns: Vec<(u32, u32)>,
    /// (byte offset, UTF-16 units before it), in order; only for UTF-16 files.
    units: Vec<(u32, u64)>,
}

/// Distance between checkpoints.
const MARK: usize = 1 << 16;

impl SourceFile {
    /// Decodes `bytes` read from `path`.
    pub fn decode(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<SourceFile, DecodeError> {
        if u32::try_from(bytes.len()).is_err() {
            return Err(DecodeError::TooLarge);
        }
        let (text, encoding) = match bytes.as_slice() {
            [0xFF, 0xFE, rest @ ..] => (decode_utf16(rest, u16::from_le_bytes)?, Encoding::Utf16Le),
            [0xFE, 0xFF, rest @ ..] => (decode_utf16(rest, u16::from_be_bytes)?, Encoding::Utf16Be),
            _ => {
                if let Some(offset) = bytes.iter().position(|&b| b == 0) {
                    return Err(DecodeError::Binary { offset });
                }
                let bom = bytes.starts_with(&[0xEF, 0xBB, 0xBF]);
                match String::from_utf8(bytes) {
                    Ok(text) => (
                        text,
                        if bom {
                            Encoding::Utf8Bom
                        } else {
                            Encoding::Utf8
                        },
                    ),
                    Err(e) => {
                        let offset = e.utf8_error().valid_up_to();
                        let bytes = e.as_bytes();
                        let line = 1 + line_starts(&bytes[..offset]).len() - 1;
                        return Err(DecodeError::InvalidUtf8 { line, offset });
                    }
                }
            }
        };
        Ok(SourceFile::from_text(path, text, encoding))
    }

    /// A file from text that is already decoded (tests, standard input).
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> SourceFile {
        SourceFile::from_text(path, text.into(), Encoding::Utf8)
    }

    fn from_text(path: impl Into<PathBuf>, text: String, encoding: Encoding) -> SourceFile {
        let path = path.into();
        let name = display_name(&path);
        let content_start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let line_starts = line_starts(text.as_bytes());
        SourceFile {
            path,
            name,
            text,
            encoding,
            content_start,
            line_starts,
            marks: std::sync::OnceLock::new(),
            released: None,
        }
    }

    /// The same file without its text, keeping its length and hash (for
    /// [`SourceFile::reread`]) and the positions of `offsets` (the offsets findings point
    /// at), so that memory does not grow with the text of every file checked. Positions
    /// of other offsets are not known afterwards.
    #[must_use]
    pub fn release(self, offsets: impl IntoIterator<Item = usize>) -> SourceFile {
        let mut at: Vec<Position> = offsets
            .into_iter()
            .map(|o| o.min(self.text.len()))
            .map(|offset| {
                let (line, column) = self.line_col(offset);
                let start = self.line_starts[line - 1] as usize;
                let original = self.original_offset(floor_char_boundary(&self.text, offset));
                let small = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
                Position {
                    offset: small(offset),
                    line: small(line),
                    column: small(column),
                    byte_column: small(offset - start + 1),
                    original: small(original),
                }
            })
            .collect();
        at.sort_unstable_by_key(|p| p.offset);
        at.dedup_by_key(|p| p.offset);
        at.shrink_to_fit();
        let released = Released {
            len: self.text.len(),
            hash: text_hash(&self.text),
            at,
        };
        SourceFile {
            path: self.path,
            name: self.name,
            text: String::new(),
            encoding: self.encoding,
            content_start: self.content_start,
            line_starts: vec![0],
            marks: std::sync::OnceLock::new(),
            released: Some(Box::new(released)),
        }
    }

    /// Whether the text was let go ([`SourceFile::release`]).
    pub fn is_released(&self) -> bool {
        self.released.is_some()
    }

    /// A released file read again from its path, when it is still the text that was
    /// checked (same encoding, length and hash).
    pub fn reread(&self) -> Result<SourceFile, RereadError> {
        let Some(r) = &self.released else {
            return Err(RereadError::Unreadable("it was not let go".into()));
        };
        let bytes =
            std::fs::read(&self.path).map_err(|e| RereadError::Unreadable(e.to_string()))?;
        let file = SourceFile::decode(self.path.clone(), bytes)
            .map_err(|e| RereadError::Unreadable(e.to_string()))?;
        if file.encoding != self.encoding
            || file.text.len() != r.len
            || text_hash(&file.text) != r.hash
        {
            return Err(RereadError::Changed);
        }
        Ok(SourceFile {
            name: self.name.clone(),
            ..file
        })
    }

    /// The recorded position at or before `offset` of a released file.
    fn released_at(&self, offset: usize) -> Option<Position> {
        let at = &self.released.as_ref()?.at;
        let i = at.partition_point(|p| p.offset as usize <= offset);
        Some(i.checked_sub(1).map_or(
            Position {
                offset: 0,
                line: 1,
                column: 1,
                byte_column: 1,
                original: 0,
            },
            |i| at[i],
        ))
    }

    fn marks(&self) -> &Marks {
        self.marks.get_or_init(|| {
            let text = self.text.as_str();
            let mut m = Marks::default();
            for (i, &start) in self.line_starts.iter().enumerate() {
                let end = self
                    .line_starts
                    .get(i + 1)
                    .map_or(text.len(), |&e| e as usize);
                let (mut at, mut col) = (start as usize, 0u32);
                while end - at > MARK {
                    let next = floor_char_boundary(text, at + MARK);
                    col += text[at..next].chars().count() as u32;
                    m.columns.push((next as u32, col));
                    at = next;
                }
            }
            if matches!(self.encoding, Encoding::Utf16Le | Encoding::Utf16Be) {
                let (mut at, mut units) = (0usize, 0u64);
                while text.len() - at > MARK {
                    let next = floor_char_boundary(text, at + MARK);
                    units += text[at..next].chars().map(char::len_utf16).sum::<usize>() as u64;
                    m.units.push((next as u32, units));
                    at = next;
                }
            }
            m
        })
    }

    /// The same file with new text (after fixes), keeping its path and encoding.
    #[must_use]
    pub fn with_text(self, text: String) -> SourceFile {
        SourceFile::from_text(self.path, text, self.encoding)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The path as shown to the user.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// Byte offset of the first content byte (3 after a UTF-8 byte order mark, else 0).
    pub fn content_start(&self) -> usize {
        self.content_start
    }

    pub fn line_starts(&self) -> &[u32] {
        &self.line_starts
    }

    /// 0-based line index of a byte offset.
    pub fn line_index(&self, offset: usize) -> usize {
        if let Some(p) = self.released_at(offset) {
            return p.line as usize - 1;
        }
        match self.line_starts.binary_search(&(offset as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The byte range of a 0-based line, without its line terminator.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&s| s as usize);
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |&s| s as usize);
        let bytes = self.text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// 1-based line and column of a byte offset; the column counts Unicode scalar values.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        if let Some(p) = self.released_at(offset) {
            return (p.line as usize, p.column as usize);
        }
        let offset = offset.min(self.text.len());
        let line = self.line_index(offset);
        let mut start = self.line_starts[line] as usize;
        let mut before = 0;
        if offset - start > MARK {
            let cols = &self.marks().columns;
            let i = cols.partition_point(|&(b, _)| b as usize <= offset);
            if let Some(&(b, c)) = i.checked_sub(1).and_then(|i| cols.get(i))
                && b as usize >= start
            {
                start = b as usize;
                before = c as usize;
            }
        }
        let col = before
            + self.text[start..floor_char_boundary(&self.text, offset)]
                .chars()
                .count();
        (line + 1, col + 1)
    }

    /// The offset in the file's original bytes of an offset into the decoded text.
    ///
    /// The same number for UTF-8 files; for UTF-16 files it counts the original code units.
    pub fn original_offset(&self, offset: usize) -> usize {
        if let Some(p) = self.released_at(offset) {
            return p.original as usize;
        }
        match self.encoding {
            Encoding::Utf8 | Encoding::Utf8Bom => offset,
            Encoding::Utf16Le | Encoding::Utf16Be => {
                let units = &self.marks().units;
                let i = units.partition_point(|&(b, _)| b as usize <= offset);
                let (from, before) = i
                    .checked_sub(1)
                    .and_then(|i| units.get(i))
                    .map_or((0, 0), |&(b, u)| (b as usize, u as usize));
                2 + 2
                    * (before
                        + self.text[from..offset]
                            .chars()
                            .map(char::len_utf16)
                            .sum::<usize>())
            }
        }
    }

    /// 1-based line and column counted in UTF-8 bytes of a byte offset.
    pub fn line_byte_col(&self, offset: usize) -> (usize, usize) {
        if let Some(p) = self.released_at(offset) {
            return (p.line as usize, p.byte_column as usize);
        }
        let line = self.line_index(offset);
        (line + 1, offset - self.line_starts[line] as usize + 1)
    }

    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError::InvalidUtf16 {
            offset: bytes.len() + 1,
        });
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut text = String::with_capacity(bytes.len());
    for (i, c) in char::decode_utf16(units).enumerate() {
        match c {
            Ok('\0') => return Err(DecodeError::Binary { offset: 2 + 2 * i }),
            Ok(c) => text.push(c),
            Err(_) => return Err(DecodeError::InvalidUtf16 { offset: 2 + 2 * i }),
        }
    }
    Ok(text)
}

fn line_starts(bytes: &[u8]) -> Vec<u32> {
    let mut starts = vec![0];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => starts.push(i as u32 + 1),
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i as u32 + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

/// The largest char boundary at or before `i`.
pub(crate) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn display_name(path: &Path) -> String {
    let s = path.to_string_lossy();
    s.strip_prefix("./").unwrap_or(&s).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_utf16_offsets_on_long_lines_match_counting_from_the_start() {
        let line = "é a ß € 😀 word ".repeat(3 * MARK / 10);
        let text = format!("first\n{line}\nlast {line}");
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let utf16 = SourceFile::decode("a.txt", bytes).expect("utf-16");
        let utf8 = SourceFile::new("a.txt", text.clone());
        for offset in (0..text.len())
            .step_by(997)
            .filter(|&o| text.is_char_boundary(o))
        {
            let line = text[..offset].matches('\n').count();
            let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let col = text[start..offset].chars().count();
            assert_eq!(utf8.line_col(offset), (line + 1, col + 1), "at {offset}");
            let units: usize = text[..offset].chars().map(char::len_utf16).sum();
            assert_eq!(utf16.original_offset(offset), 2 + 2 * units, "at {offset}");
        }
    }

    #[test]
    fn a_released_file_keeps_the_positions_of_the_offsets_given() {
        let line = "é a ß € 😀 word ".repeat(MARK / 5);
        let text = format!("first\r\n{line}\rlast {line}");
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        let whole = SourceFile::decode("a.txt", bytes.clone()).expect("utf-16");
        let offsets: Vec<usize> = (0..text.len())
            .step_by(4099)
            .filter(|&o| text.is_char_boundary(o))
            .chain([text.len()])
            .collect();
        let released = SourceFile::decode("a.txt", bytes)
            .expect("utf-16")
            .release(offsets.iter().copied());
        assert!(released.is_released() && released.text().is_empty());
        for &o in &offsets {
            assert_eq!(released.line_col(o), whole.line_col(o), "at {o}");
            assert_eq!(released.line_index(o), whole.line_index(o), "at {o}");
            assert_eq!(
                released.original_offset(o),
                whole.original_offset(o),
                "at {o}"
            );
            let line = whole.line_index(o);
            let byte_col = o - whole.line_starts()[line] as usize + 1;
            assert_eq!(released.line_byte_col(o), (line + 1, byte_col), "at {o}");
        }
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let f = SourceFile::new("a.txt", "one\r\ntwo\rthree\nfour");
        assert_eq!(f.line_starts(), &[0, 5, 9, 15]);
        assert_eq!(f.line_col(6), (2, 2));
        assert_eq!(&f.text()[f.line_range(0)], "one");
        assert_eq!(&f.text()[f.line_range(1)], "two");
    }

    #[test]
    fn columns_count_scalar_values() {
        let f = SourceFile::new("a.txt", "“Ünïcode” ok");
        let ok = f.text().find("ok").unwrap();
        assert_eq!(f.line_col(ok), (1, 11));
    }

    #[test]
    fn utf16_with_bom_decodes_and_maps_offsets() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "aé b".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        let f = SourceFile::decode("a.txt", bytes).unwrap();
        assert_eq!(f.text(), "aé b");
        assert_eq!(f.original_offset(4), 2 + 6);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let e = SourceFile::decode("a.bin", b"ab\0cd".to_vec()).unwrap_err();
        assert!(matches!(e, DecodeError::Binary { offset: 2 }));
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let e = SourceFile::decode("a.txt", b"ok\nalso ok\nbad \xff here".to_vec()).unwrap_err();
        assert!(matches!(
            e,
            DecodeError::InvalidUtf8 {
                line: 3,
                offset: 15
            }
        ));
    }

    #[test]
    fn utf8_bom_is_kept_and_skipped() {
        let f = SourceFile::decode("a.txt", b"\xEF\xBB\xBFhi".to_vec()).unwrap();
        assert_eq!(f.content_start(), 3);
        assert_eq!(f.encoding(), Encoding::Utf8Bom);
    }
}
