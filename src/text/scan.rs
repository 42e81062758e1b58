//! Hand-written matchers for small fixed regular expressions that every run would otherwise
//! compile at start-up (a regex with a Unicode class or case folding costs hundreds of
//! thousands of instructions to build, more than a short article takes to check). Each
//! finds exactly what its regex finds, left to right; the tests compare the two over many
//! strings, case-folded and non-ASCII ones included.

use std::ops::Range;

/// Web addresses, as `(?i)(?:(?:https?|ftp)://|mailto:|www\.)[^\s<>"'()\[\]{}]+` found by
/// `regex::Regex::find_iter`.
///
/// Every match has a `:` or a `.` three to six bytes after its start (`www.`, `ftp:`,
/// `http:`, `https:` or `httpſ:`, `mailto:`), so only the starts before one are tried:
/// with the next such byte at `a`, the starts from `a - 6` to `a - 3` in order, none before
/// having one (a start before `a - 6` would need a `:` or `.` before `a`).
pub fn web_addresses(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let from = at + 3;
            let a = from + memchr::memchr2(b':', b'.', bytes.get(from..)?)?;
            for i in at.max(a.saturating_sub(6))..=a - 3 {
                // Every alternative starts with an ASCII letter (so at a character
                // boundary).
                if !matches!(bytes[i] | 0x20, b'h' | b'f' | b'm' | b'w') {
                    continue;
                }
                let rest = &text[i..];
                let Some(prefix) = address_prefix(rest) else {
                    continue;
                };
                let tail: usize = rest[prefix..]
                    .chars()
                    .take_while(|&c| !c.is_whitespace() && !"<>\"'()[]{}".contains(c))
                    .map(char::len_utf8)
                    .sum();
                if tail == 0 {
                    continue;
                }
                at = i + prefix + tail;
                return Some(i..at);
            }
            at = a - 2;
        }
    })
}

/// The length of `(?i)(?:https?|ftp)://|mailto:|www\.` at the start of `s`.
fn address_prefix(s: &str) -> Option<usize> {
    match s.as_bytes().first()? | 0x20 {
        b'h' => {
            let n = literal_ci(s, "http")?;
            if let Some(k) = literal_ci(&s[n..], "s")
                && let Some(m) = literal_ci(&s[n + k..], "://")
            {
                return Some(n + k + m);
            }
            // `s?` gives the `s` back; "://" right after "http" then.
            literal_ci(&s[n..], "://").map(|k| n + k)
        }
        b'f' => literal_ci(s, "ftp://"),
        b'm' => literal_ci(s, "mailto:"),
        b'w' => literal_ci(s, "www."),
        _ => None,
    }
}

/// The length in `s` of `lit` (ASCII) at its start, compared as `(?i)` compares: ASCII case,
/// and the two characters outside ASCII that Unicode's simple case folding makes an ASCII
/// letter: `ſ` (U+017F) an `s`, the Kelvin sign (U+212A) a `k`. A test checks this against
/// the regex for every letter of the literals matched here.
fn literal_ci(s: &str, lit: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 0;
    for &want in lit.as_bytes() {
        let c = *b.get(i)?;
        if c.eq_ignore_ascii_case(&want) {
            i += 1;
        } else if want == b's' && b[i..].starts_with("ſ".as_bytes()) {
            i += 'ſ'.len_utf8();
        } else if want == b'k' && b[i..].starts_with("\u{212a}".as_bytes()) {
            i += '\u{212a}'.len_utf8();
        } else {
            return None;
        }
    }
    Some(i)
}

/// Inline code, as `` `[^`\n]+`|(?i)<code>[^<]*</code> `` found by `regex::Regex::find_iter`.
pub fn inline_code(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(n) = memchr::memchr2(b'`', b'<', bytes.get(at..)?) {
            let i = at + n;
            at = i + 1;
            match bytes[i] {
                b'`' => {
                    // Up to the next backtick or line end: each backtick's look ends
                    // where the next one's starts, so the whole search is linear.
                    let n = memchr::memchr2(b'`', b'\n', &bytes[i + 1..]);
                    if let Some(n) = n
                        && n > 0
                        && bytes[i + 1 + n] == b'`'
                    {
                        at = i + n + 2;
                        return Some(i..at);
                    }
                }
                b'<' => {
                    let Some(open) = literal_ci(&text[i..], "<code>") else {
                        continue;
                    };
                    let body = i + open;
                    let close =
                        body + memchr::memchr(b'<', &bytes[body..]).unwrap_or(bytes.len() - body);
                    // The look ends at the next `<`, where the next `<`'s starts.
                    if let Some(n) = literal_ci(&text[close..], "</code>") {
                        at = close + n;
                        return Some(i..at);
                    }
                }
                _ => {}
            }
        }
        None
    })
}

/// The characters that mark a list item by themselves.
const BULLETS: &str = "•◦▪▫●○‣∙·*–—-";

/// A text where the hand matcher cannot tell without Unicode's digit table (a digit other
/// than ASCII may start it): ask the regex.
#[derive(Debug, PartialEq, Eq)]
pub struct Unsure;

/// The marker of a list item starting `line`: group 1 of
/// `^([•◦▪▫●○‣∙·*–—-]|(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t]+\S`, as
/// `regex::Regex::captures(line).and_then(|c| c.get(1))`. [`Unsure`] when a character
/// outside ASCII that may be a decimal digit (`\d` is Unicode's) stands where the digits go.
pub fn list_marker(line: &str) -> Result<Option<Range<usize>>, Unsure> {
    let Some(first) = line.chars().next() else {
        return Ok(None);
    };
    let marker = if BULLETS.contains(first) {
        first.len_utf8()
    } else {
        // The alternatives cannot match different lengths: a digit is none of the rest,
        // and "i." is as long by `[a-z]` as by `[ivx]{1,4}`.
        let mut digits = 0;
        for c in line.chars().take(4) {
            if c.is_ascii_digit() {
                digits += 1;
            } else if !c.is_ascii() && c.is_numeric() {
                return Err(Unsure);
            } else {
                break;
            }
        }
        let roman = line
            .bytes()
            .take(5)
            .take_while(|b| b"ivx".contains(b))
            .count();
        let closes = |n: usize| matches!(line.as_bytes().get(n), Some(b'.' | b')'));
        if (1..=3).contains(&digits) && closes(digits) {
            digits + 1
        } else if first.is_ascii_lowercase() && closes(1) {
            2
        } else if (1..=4).contains(&roman) && closes(roman) {
            roman + 1
        } else {
            return Ok(None);
        }
    };
    let rest = &line[marker..];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let then = rest[gap..].chars().next();
    Ok((gap > 0 && then.is_some_and(|c| !c.is_whitespace())).then_some(0..marker))
}

/// Group 1 of every match of the photo-position pattern, as
/// `Regex::captures_iter(line).map(|c| c.get(1))` finds them for
/// `([\p{L}'’.-]+|\))\s*(?:,|\()\s*(?i:(?:(?:M1|M2|…)(?: from)? )?(?:P1|P2|…))\s*(?:,|\)|\.?$)`
/// with the `modifiers` M and `positions` P (ASCII words) in that order. [`Unsure`] when a
/// character outside ASCII that may or may not be a letter (`\p{L}`) stands in a group.
///
/// Why the groups are the regex's: the group is a run of name characters (or a `)`), and
/// what may follow it (space, `,`, `(`) is none of them, so a match's group is a whole run;
/// whether a run starts a match depends only on the text after it; and each match ends on
/// a `,`, a `)` or the end of the line, never inside a run. So the matches are the runs,
/// left to right, after each of which the rest of the pattern matches, each searched for
/// after the end of the one before, and the end of each is the first way through the rest
/// of the pattern in the regex's order of preference.
pub fn position_groups(
    line: &str,
    modifiers: &[&str],
    positions: &[&str],
) -> Result<Vec<Range<usize>>, Unsure> {
    let mut groups = Vec::new();
    let mut at = 0;
    while let Some((i, c)) = line[at..]
        .char_indices()
        .find(|&(_, c)| c == ')' || name_char(c).is_some())
    {
        let start = at + i;
        let (end, unsure) = if c == ')' {
            (start + 1, false)
        } else {
            let mut end = start;
            let mut unsure = false;
            for c in line[start..].chars() {
                match name_char(c) {
                    Some(sure) => unsure |= !sure,
                    None => break,
                }
                end += c.len_utf8();
            }
            (end, unsure)
        };
        match position_tail(line, end, modifiers, positions) {
            Some(match_end) => {
                if unsure {
                    return Err(Unsure);
                }
                groups.push(start..end);
                at = match_end;
            }
            None => at = end,
        }
    }
    Ok(groups)
}

/// Whether `c` is in `[\p{L}'’.-]`: `Some(true)` surely, `Some(false)` perhaps (a
/// character outside ASCII that is alphabetic; every letter is), `None` surely not.
fn name_char(c: char) -> Option<bool> {
    if c.is_ascii() {
        (c.is_ascii_alphabetic() || matches!(c, '\'' | '.' | '-')).then_some(true)
    } else if c == '’' {
        Some(true)
    } else {
        c.is_alphabetic().then_some(false)
    }
}

/// Where `\s*(?:,|\()\s*(?i:(?:(?:M…)(?: from)? )?(?:P…))\s*(?:,|\)|\.?$)` ends when matched
/// at `at`, taking the alternatives in the regex's order.
fn position_tail(line: &str, at: usize, modifiers: &[&str], positions: &[&str]) -> Option<usize> {
    let skip_space = |i: usize| {
        let rest = &line[i..];
        i + rest.len() - rest.trim_start().len()
    };
    let i = skip_space(at);
    if !matches!(line.as_bytes().get(i), Some(b',' | b'(')) {
        return None;
    }
    let i = skip_space(i + 1);
    let position_from = |i: usize| {
        positions.iter().find_map(|p| {
            let j = skip_space(i + literal_ci(&line[i..], p)?);
            match line.as_bytes().get(j) {
                Some(b',' | b')') => Some(j + 1),
                None => Some(j),
                Some(b'.') if j + 1 == line.len() => Some(j + 1),
                _ => None,
            }
        })
    };
    for m in modifiers {
        let Some(n) = literal_ci(&line[i..], m) else {
            continue;
        };
        let after = i + n;
        let from = literal_ci(&line[after..], " from").map(|k| after + k);
        for j in from.into_iter().chain([after]) {
            if line.as_bytes().get(j) == Some(&b' ')
                && let Some(end) = position_from(j + 1)
            {
                return Some(end);
            }
        }
    }
    position_from(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADDRESS: &str = r#"(?i)(?:(?:https?|ftp)://|mailto:|www\.)[^\s<>"'()\[\]{}]+"#;
    const INLINE_CODE: &str = r"`[^`\n]+`|(?i)<code>[^<]*</code>";

    /// Texts built from pieces that reach every branch of both patterns, joined in every
    /// order of two and three.
    fn texts() -> Vec<String> {
        let pieces = [
            "",
            " ",
            "x",
            "see https://example.com/a?b=c.",
            "HTTP://x",
            "httpſ://x",
            "httPS://",
            "https//x",
            "http:/x",
            "https:// x",
            "ftp://ftp.x(y)",
            "FTP://\u{a0}",
            "mailto:a@b.c",
            "MAILTO:",
            "www.",
            "WWW.gov.uk/é",
            "wwww.x",
            "hhttp://a",
            "(www.a.b)",
            "www.a\u{2003}b",
            "“https://a.b/c”",
            "`code`",
            "``",
            "`a\nb`",
            "`",
            "``x``",
            "<code>x</code>",
            "<CODE>a<b</CODE>",
            "<code>",
            "</code>",
            "<Code></cOdE>",
            "<co",
            "é<code>ü</code>",
            "\n",
            "a.b:c",
            "w.www.x",
            "mailto:http://x",
            "ftp:.//",
            "ww.w:",
            "http:://x",
        ];
        let mut out: Vec<String> = pieces.iter().map(ToString::to_string).collect();
        for a in pieces {
            for b in pieces {
                out.push(format!("{a}{b}"));
                for c in ["`", "<code>", "</code>", "http://", " ", "ſ"] {
                    out.push(format!("{a}{c}{b}"));
                }
            }
        }
        out
    }

    #[test]
    fn web_addresses_match_the_regex() {
        let re = regex::Regex::new(ADDRESS).expect("builds");
        for t in texts() {
            let want: Vec<_> = re.find_iter(&t).map(|m| m.range()).collect();
            assert_eq!(web_addresses(&t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    #[test]
    fn inline_code_matches_the_regex() {
        let re = regex::Regex::new(INLINE_CODE).expect("builds");
        for t in texts() {
            let want: Vec<_> = re.find_iter(&t).map(|m| m.range()).collect();
            assert_eq!(inline_code(&t).collect::<Vec<_>>(), want, "{t:?}");
        }
    }

    /// `literal_ci` folds case as `(?i)` does for every letter of the literals: the only
    /// character outside ASCII that any of them matches is `ſ`, which matches `s`.
    #[test]
    fn case_folding_is_the_regex_one() {
        // The letters of the web-address and inline-code literals, and of the photo
        // positions and their modifiers.
        let mut letters: Vec<char> = "httpsftpmailtowcode"
            .chars()
            .chain(
                crate::text::lexicon::PHOTO_POSITIONS
                    .iter()
                    .flat_map(|w| w.chars()),
            )
            .chain(
                crate::text::lexicon::PHOTO_POSITION_MODIFIERS
                    .iter()
                    .flat_map(|w| w.chars()),
            )
            .chain("from".chars())
            .collect();
        letters.sort_unstable();
        letters.dedup();
        let letters: String = letters.into_iter().collect();
        let any = regex::Regex::new(&format!("(?i)^[{letters}]$")).expect("builds");
        let outside: Vec<char> = (0x80..=0x0010_FFFF)
            .filter_map(char::from_u32)
            .filter(|c| any.is_match(&c.to_string()))
            .collect();
        assert_eq!(outside, ['ſ', '\u{212a}']);
        for letter in letters.chars() {
            let lit = letter.to_string();
            let re = regex::Regex::new(&format!("(?i)^{letter}$")).expect("builds");
            for c in (0..0x80u8).map(char::from).chain(['ſ', '\u{212a}']) {
                assert_eq!(
                    literal_ci(&c.to_string(), &lit).is_some(),
                    re.is_match(&c.to_string()),
                    "{letter} {c:?}"
                );
            }
        }
    }

    const BULLET: &str = r"^([•◦▪▫●○‣∙·*–—-]|(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])[ \t]+\S";

    #[test]
    fn list_markers_match_the_regex() {
        let re = regex::Regex::new(BULLET).expect("builds");
        let heads = [
            "", "•", "◦", "▪", "▫", "●", "○", "‣", "∙", "·", "*", "–", "—", "-", "1", "12", "123",
            "1234", "0", "a", "z", "i", "iv", "viii", "xviii", "ix", "ivxi", "A", "I", "é", "١",
            "١٢", "1١", "Ⅳ", "½", "²", "b2", "x", "+", "#", "١٢٣٤",
        ];
        let closes = ["", ".", ")", "..", ":", "(", "a"];
        let tails = [
            "", " ", "  ", "\t", " \t", "x", " x", "  x", "\tx", " \u{a0}", " \u{a0}x", "\u{a0}x",
            " \n", " é", " .", " ١",
        ];
        let mut n = 0;
        for h in heads {
            for c in closes {
                for t in tails {
                    let line = format!("{h}{c}{t}");
                    let want = re.captures(&line).and_then(|c| c.get(1)).map(|m| m.range());
                    match list_marker(&line) {
                        Ok(got) => assert_eq!(got, want, "{line:?}"),
                        Err(Unsure) => n += 1,
                    }
                }
            }
        }
        // Only lines led by a number outside ASCII (7 of the heads) go to the regex.
        assert_eq!(n, 7 * closes.len() * tails.len());
        assert_eq!(list_marker("Über alles"), Ok(None));
        assert_eq!(list_marker("١) x"), Err(Unsure));
    }

    /// What the hand matchers assume of Unicode: `\s` is `char::is_whitespace`, every `\d`
    /// is `char::is_numeric` (so a character that is not numeric is no digit), and every
    /// `\p{L}` is `char::is_alphabetic` (the ASCII ones the ASCII letters).
    #[test]
    fn classes_are_the_regex_ones() {
        let space = regex::Regex::new(r"^\s$").expect("builds");
        let digit = regex::Regex::new(r"^\d$").expect("builds");
        let letter = regex::Regex::new(r"^\p{L}$").expect("builds");
        for c in (0..=0x0010_FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(space.is_match(&s), c.is_whitespace(), "{c:?}");
            if digit.is_match(&s) {
                assert!(c.is_numeric(), "{c:?}");
            }
            if letter.is_match(&s) {
                assert!(c.is_alphabetic(), "{c:?}");
                assert_eq!(c.is_ascii(), c.is_ascii_alphabetic(), "{c:?}");
            }
        }
    }
}
