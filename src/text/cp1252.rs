//! Windows-1252 and Latin-1 as byte tables, for repairing mojibake and for HTML's numeric
//! character references in 128–159 (which browsers read as Windows-1252).
//!
//! The table is written out here rather than taken from an encoding crate: it is 32 entries,
//! and the rules need the *reverse* direction character by character (which byte did a
//! decoder turn into this character?), including the Latin-1 reading of the five bytes that
//! Windows-1252 leaves undefined — something an encoder built for the WHATWG standard refuses.

/// Windows-1252 bytes 0x80–0x9F as characters; `None` where Windows-1252 defines nothing
/// (0x81, 0x8D, 0x8F, 0x90, 0x9D).
const HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The character Windows-1252 gives a byte of 0x80–0x9F, if it defines one.
pub fn decode_high(byte: u8) -> Option<char> {
    if (0x80..=0x9F).contains(&byte) {
        HIGH[usize::from(byte - 0x80)]
    } else {
        None
    }
}

/// The byte a Windows-1252 or Latin-1 decoder turned into `c`, for bytes 0x80–0xFF.
///
/// U+00A0–U+00FF are the bytes themselves in both; the Windows-1252 punctuation (`€`, `’`,
/// `™` …) maps back to 0x80–0x9F; and the C1 controls U+0080–U+009F are what a Latin-1
/// decoder (or a lenient Windows-1252 one, for its undefined bytes) makes of 0x80–0x9F.
pub fn encode_high(c: char) -> Option<u8> {
    let n = c as u32;
    if (0x80..=0xFF).contains(&n) {
        return Some(n as u8);
    }
    HIGH.iter()
        .position(|h| *h == Some(c))
        .map(|i| 0x80 + i as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_every_defined_byte() {
        for b in 0x80..=0xFFu8 {
            let c = decode_high(b).unwrap_or(char::from(b));
            assert_eq!(encode_high(c), Some(b), "byte {b:#x}");
        }
        assert_eq!(encode_high('’'), Some(0x92));
        assert_eq!(encode_high('€'), Some(0x80));
        assert_eq!(encode_high('a'), None);
        assert_eq!(encode_high('中'), None);
    }
}
