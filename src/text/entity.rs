//! HTML character references (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`), decoded for
//! matching while spans stay on the source bytes.
//!
//! Named references are the 253 of HTML 4 (Latin-1, typographic punctuation, Greek, maths)
//! plus the ASCII punctuation names of HTML 5; a named reference must end in `;` (HTML 5
//! accepts a few legacy names without it, but "AT&T" and "R&D" show why a linter should
//! not guess). Numeric references may omit the `;`. A reference that is not recognised is
//! left as it is written: it stays text, and nothing is invented for it.

use std::borrow::Cow;

use super::cp1252;

/// `&nbsp;` … `&yuml;`: U+00A0 to U+00FF in order.
#[rustfmt::skip]
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave",
    "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
    "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml",
    "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig",
    "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth",
    "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
    "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
];

/// The other named references, with their code points.
#[rustfmt::skip]
const OTHER: &[(&str, u32)] = &[
    ("quot", 34), ("amp", 38), ("apos", 39), ("lt", 60), ("gt", 62),
    ("excl", 33), ("num", 35), ("dollar", 36), ("percnt", 37), ("lpar", 40), ("rpar", 41),
    ("ast", 42), ("plus", 43), ("comma", 44), ("period", 46), ("sol", 47), ("colon", 58),
    ("semi", 59), ("equals", 61), ("quest", 63), ("commat", 64), ("lsqb", 91), ("bsol", 92),
    ("rsqb", 93), ("lowbar", 95), ("grave", 96), ("lcub", 123), ("verbar", 124), ("rcub", 125),
    ("OElig", 338), ("oelig", 339), ("Scaron", 352), ("scaron", 353), ("Yuml", 376),
    ("fnof", 402), ("circ", 710), ("tilde", 732),
    ("Alpha", 913), ("Beta", 914), ("Gamma", 915), ("Delta", 916), ("Epsilon", 917),
    ("Zeta", 918), ("Eta", 919), ("Theta", 920), ("Iota", 921), ("Kappa", 922), ("Lambda", 923),
    ("Mu", 924), ("Nu", 925), ("Xi", 926), ("Omicron", 927), ("Pi", 928), ("Rho", 929),
    ("Sigma", 931), ("Tau", 932), ("Upsilon", 933), ("Phi", 934), ("Chi", 935), ("Psi", 936),
    ("Omega", 937), ("alpha", 945), ("beta", 946), ("gamma", 947), ("delta", 948),
    ("epsilon", 949), ("zeta", 950), ("eta", 951), ("theta", 952), ("iota", 953),
    ("kappa", 954), ("lambda", 955), ("mu", 956), ("nu", 957), ("xi", 958), ("omicron", 959),
    ("pi", 960), ("rho", 961), ("sigmaf", 962), ("sigma", 963), ("tau", 964), ("upsilon", 965),
    ("phi", 966), ("chi", 967), ("psi", 968), ("omega", 969), ("thetasym", 977),
    ("upsih", 978), ("piv", 982),
    ("ensp", 8194), ("emsp", 8195), ("thinsp", 8201), ("hairsp", 8202), ("zwnj", 8204),
    ("zwj", 8205), ("lrm", 8206), ("rlm", 8207), ("hyphen", 8208), ("dash", 8208),
    ("ndash", 8211), ("mdash", 8212), ("horbar", 8213), ("lsquo", 8216), ("rsquo", 8217),
    ("sbquo", 8218), ("ldquo", 8220), ("rdquo", 8221), ("bdquo", 8222), ("dagger", 8224),
    ("Dagger", 8225), ("bull", 8226), ("hellip", 8230), ("permil", 8240), ("prime", 8242),
    ("Prime", 8243), ("lsaquo", 8249), ("rsaquo", 8250), ("oline", 8254), ("frasl", 8260),
    ("euro", 8364), ("image", 8465), ("weierp", 8472), ("real", 8476), ("trade", 8482),
    ("alefsym", 8501), ("larr", 8592), ("uarr", 8593), ("rarr", 8594), ("darr", 8595),
    ("harr", 8596), ("crarr", 8629), ("lArr", 8656), ("uArr", 8657), ("rArr", 8658),
    ("dArr", 8659), ("hArr", 8660), ("forall", 8704), ("part", 8706), ("exist", 8707),
    ("empty", 8709), ("nabla", 8711), ("isin", 8712), ("notin", 8713), ("ni", 8715),
    ("prod", 8719), ("sum", 8721), ("minus", 8722), ("lowast", 8727), ("radic", 8730),
    ("prop", 8733), ("infin", 8734), ("ang", 8736), ("and", 8743), ("or", 8744), ("cap", 8745),
    ("cup", 8746), ("int", 8747), ("there4", 8756), ("sim", 8764), ("cong", 8773),
    ("asymp", 8776), ("ne", 8800), ("equiv", 8801), ("le", 8804), ("ge", 8805), ("sub", 8834),
    ("sup", 8835), ("nsub", 8836), ("sube", 8838), ("supe", 8839), ("oplus", 8853),
    ("otimes", 8855), ("perp", 8869), ("sdot", 8901), ("lceil", 8968), ("rceil", 8969),
    ("lfloor", 8970), ("rfloor", 8971), ("lang", 9001), ("rang", 9002), ("loz", 9674),
    ("spades", 9824), ("clubs", 9827), ("hearts", 9829), ("diams", 9830),
];

/// The longest name above, so a scan for `;` stops early on "AT&T and more".
const MAX_NAME: usize = 8;

/// Decodes the character reference at the start of `s` (which starts with `&`): the
/// character and the length of the reference in bytes.
pub fn decode_at(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    if b.get(1) == Some(&b'#') {
        let (hex, digits_at) = match b.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let digits = b[digits_at..]
            .iter()
            .take_while(|c| {
                if hex {
                    c.is_ascii_hexdigit()
                } else {
                    c.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 || digits > 8 {
            return None;
        }
        let text = &s[digits_at..digits_at + digits];
        let n = u32::from_str_radix(text, if hex { 16 } else { 10 }).ok()?;
        let mut len = digits_at + digits;
        if b.get(len) == Some(&b';') {
            len += 1;
        }
        return Some((numeric(n), len));
    }
    let name_len = b[1..]
        .iter()
        .take(MAX_NAME + 1)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 || b.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let name = &s[1..=name_len];
    let c = named(name)?;
    Some((c, name_len + 2))
}

fn named(name: &str) -> Option<char> {
    if let Some(i) = LATIN1.iter().position(|n| *n == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    OTHER
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, c)| char::from_u32(*c))
}

/// A numeric reference's character as browsers read it: 128–159 as Windows-1252, nothing
/// invalid (zero, surrogates, beyond Unicode) let through.
fn numeric(n: u32) -> char {
    if (0x80..=0x9F).contains(&n)
        && let Some(c) = cp1252::decode_high(n as u8)
    {
        return c;
    }
    match char::from_u32(n) {
        Some('\0') | None => '\u{FFFD}',
        Some(c) => c,
    }
}

/// `s` with every character reference decoded; borrowed when there is none.
pub fn decode(s: &str) -> Cow<'_, str> {
    let Some(first) = s.find('&') else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut i = first;
    while i < s.len() {
        let rest = &s[i..];
        if rest.starts_with('&')
            && let Some((c, len)) = decode_at(rest)
        {
            out.push(c);
            i += len;
            continue;
        }
        // A `&` that starts no reference is text; look for the next one after it.
        let skip = usize::from(rest.starts_with('&'));
        let next = rest[skip..].find('&').map_or(s.len(), |n| i + skip + n);
        out.push_str(&s[i..next]);
        i = next;
    }
    Cow::Owned(out)
}

/// The character a reference ending at `end` in `s` stands for, with the reference's start,
/// when `s[..end]` ends in one (`"don&rsquo;"` → `’`).
pub fn decode_before(s: &str, end: usize) -> Option<(char, usize)> {
    let head = &s[..end];
    if !head.ends_with(';') {
        return None;
    }
    let from = head.len().saturating_sub(MAX_NAME + 3);
    let amp = head[crate::source::floor_char_boundary(head, from)..].rfind('&')?;
    let start = crate::source::floor_char_boundary(head, from) + amp;
    let (c, len) = decode_at(&s[start..end])?;
    (start + len == end).then_some((c, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_numeric_and_unknown_references() {
        assert_eq!(decode("don&rsquo;t"), "don’t");
        assert_eq!(decode("AT&amp;T &amp; R&D"), "AT&T & R&D");
        assert_eq!(decode("Caf&eacute; &#233; &#xE9; &#xe9"), "Café é é é");
        assert_eq!(decode("&nbsp;&pound;3.9bn"), "\u{a0}£3.9bn");
        assert_eq!(decode("&#146;s"), "’s", "128–159 read as Windows-1252");
        assert_eq!(
            decode("&bogus; &amp &#0; &#xD800;"),
            "&bogus; &amp \u{FFFD} \u{FFFD}"
        );
        assert!(matches!(decode("plain"), Cow::Borrowed(_)));
        assert_eq!(decode("&amp;“Ü” & x"), "&“Ü” & x");
    }

    #[test]
    fn every_name_is_unique() {
        let mut names: Vec<&str> = LATIN1.to_vec();
        names.extend(OTHER.iter().map(|(n, _)| *n));
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(n, names.len());
        assert!(names.iter().all(|n| n.len() <= MAX_NAME));
    }

    #[test]
    fn decodes_a_reference_backwards() {
        let s = "don&rsquo;t";
        assert_eq!(decode_before(s, 10), Some(('’', 3)));
        assert_eq!(decode_before(s, 9), None);
    }
}
