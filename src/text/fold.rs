//! Folding text into comparison keys, in one place, over one table of apostrophes and
//! quotation marks. Three named keys:
//!
//! - the **spelling key** of a word ([`spelling_key_into`]): lower case, apostrophes made
//!   straight. The compiled word lists are keyed by it (`build.rs` includes this file), and
//!   so are the dictionary look-ups, the user's vocabulary and per-word comparisons;
//! - the **phrase key** of a run of words ([`phrase_key_into`]): the words' spelling keys one
//!   space apart, double quotation marks made straight. Captions, residue lines and residue
//!   phrases are compared by it;
//! - the **name key** ([`name_key`]): for names of countries, groups and list items — the
//!   spelling key with accents removed, dots dropped (`U.K.` = `UK`), `&` read as "and",
//!   hyphens and other punctuation read as spaces, a leading "the" and a trailing possessive
//!   removed, apostrophes then dropped.
//!
//! No dependency on the rest of the crate: `build.rs` compiles this file on its own.

/// Apostrophes: `'`, `’` and the modifier letter `ʼ`. They join the parts of a word
/// (`China's`) in the tokenizer.
pub const APOSTROPHES: [char; 3] = ['\'', '’', 'ʼ'];

/// The turned comma `‘`: an opening single quote, but typed for an apostrophe often enough
/// (`‘90s`, a word processor's wrong guess) and for the ʻokina (`Hawai‘i`), so keys read it
/// as one. It does not join words in the tokenizer, where it opens quotations.
pub const TURNED_COMMA: char = '‘';

/// Double quotation marks that keys make straight.
pub const DOUBLE_QUOTES: [char; 3] = ['“', '”', '„'];

/// An apostrophe (`'`, `’`, `ʼ`), as the tokenizer joins words with it.
pub fn is_apostrophe(c: char) -> bool {
    APOSTROPHES.contains(&c)
}

/// The character a key holds for `c`: `'` for every apostrophe and the turned comma, `"` for
/// every double quotation mark; `None` for any other character.
fn straight(c: char) -> Option<char> {
    if is_apostrophe(c) || c == TURNED_COMMA {
        Some('\'')
    } else if DOUBLE_QUOTES.contains(&c) {
        Some('"')
    } else {
        None
    }
}

/// The spelling key of a word into `out` (cleared first, so callers reuse one buffer): lower
/// case, apostrophes straight.
pub fn spelling_key_into(word: &str, out: &mut String) {
    out.clear();
    push_spelling_key(word, out);
}

/// The spelling key of a word.
pub fn spelling_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    push_spelling_key(word, &mut out);
    out
}

/// Appends the spelling key of `word` to `out`.
pub fn push_spelling_key(word: &str, out: &mut String) {
    if word.is_ascii() {
        // Most words: lower-cased in place, byte by byte.
        let from = out.len();
        out.push_str(word);
        out[from..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        match straight(c) {
            Some(s) => out.push(s),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// The phrase key of a run of words (split at white space) into `out` (cleared first): each
/// word's spelling key, one space apart, double quotation marks straight.
pub fn phrase_key_into<S: AsRef<str>>(words: impl IntoIterator<Item = S>, out: &mut String) {
    out.clear();
    for s in words {
        for w in s.as_ref().split_whitespace() {
            if !out.is_empty() {
                out.push(' ');
            }
            push_spelling_key(w, out);
        }
    }
}

/// The phrase key of a text.
pub fn phrase_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    phrase_key_into([text], &mut out);
    out
}

/// The name key of a name: see the module documentation.
pub fn name_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    name_key_into(s, &mut out);
    out
}

/// [`name_key`] into a buffer the caller reuses (cleared first).
pub fn name_key_into(s: &str, out: &mut String) {
    out.clear();
    // Most names are one plain ASCII word: lower-case it and go.
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    if s.is_ascii() {
        name_ascii(s.as_bytes(), out);
    } else {
        name_chars(s, out);
    }
    finish_name(out);
}

/// [`name_key_into`]'s first pass for ASCII text, byte by byte.
fn name_ascii(s: &[u8], out: &mut String) {
    let mut space = true;
    for &b in s {
        match b {
            b'a'..=b'z' | b'0'..=b'9' => {
                out.push(b as char);
                space = false;
            }
            b'A'..=b'Z' => {
                out.push(b.to_ascii_lowercase() as char);
                space = false;
            }
            b'.' => {}
            b'\'' => {
                out.push('\'');
                space = false;
            }
            b'&' => {
                if !space {
                    out.push(' ');
                }
                out.push_str("and ");
                space = true;
            }
            _ => {
                if !space {
                    out.push(' ');
                    space = true;
                }
            }
        }
    }
}

/// [`name_key_into`]'s first pass for any text.
fn name_chars(s: &str, out: &mut String) {
    let mut space = true; // suppress leading and repeated spaces
    let push_space = |out: &mut String, space: &mut bool| {
        if !*space {
            out.push(' ');
            *space = true;
        }
    };
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if c == '.' || is_combining_mark(c) {
            // "U.K." = "UK"; combining accents are dropped with the base letter kept.
        } else if straight(c) == Some('\'') {
            out.push('\'');
            space = false;
        } else if c == '&' {
            push_space(out, &mut space);
            out.push_str("and");
            space = false;
            push_space(out, &mut space);
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                match fold_accent(l) {
                    Some(plain) => out.push_str(plain),
                    None => out.push(l),
                }
            }
            space = false;
        } else {
            push_space(out, &mut space);
        }
    }
}

/// Trailing spaces, a possessive, a leading "the", apostrophes.
fn finish_name(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    // A trailing possessive: "China's", "the Philippines'".
    if out.ends_with("'s") {
        out.truncate(out.len() - 2);
    } else if out.ends_with("s'") {
        out.truncate(out.len() - 1);
    }
    if out.starts_with("the ") {
        out.drain(..4);
    }
    if out.contains('\'') {
        out.retain(|c| c != '\'');
    }
}

/// Combining marks that `char::is_alphanumeric` does not count as letters but that belong
/// inside a word (decomposed accents, Cyrillic and Greek combining marks, Indic signs).
pub fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// The plain letters of a lower-case accented Latin letter.
fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_keys_lower_case_and_straighten_every_apostrophe() {
        assert_eq!(spelling_key("China’s"), "china's");
        assert_eq!(spelling_key("DON'T"), "don't");
        assert_eq!(spelling_key("Hawai‘i"), "hawai'i");
        assert_eq!(spelling_key("Wazirʼs"), "wazir's");
        assert_eq!(spelling_key("Élysée"), "élysée");
    }

    #[test]
    fn phrase_keys_are_spelling_keys_one_space_apart() {
        assert_eq!(
            phrase_key("  Click   HERE’s\t“more” "),
            "click here's \"more\""
        );
        let mut out = String::from("stale");
        phrase_key_into(["The", "SCO’s", "summit"], &mut out);
        assert_eq!(out, "the sco's summit");
    }

    #[test]
    fn name_keys_fold_case_articles_possessives_and_punctuation() {
        assert_eq!(name_key("The United States"), "united states");
        assert_eq!(name_key("China’s"), "china");
        assert_eq!(name_key("the Philippines'"), "philippines");
        assert_eq!(name_key("U.K."), "uk");
        assert_eq!(name_key("Antigua & Barbuda"), "antigua and barbuda");
        assert_eq!(name_key("Guinea-Bissau"), "guinea bissau");
        assert_eq!(name_key("Türkiye"), "turkiye");
        assert_eq!(name_key("Côte d’Ivoire"), "cote divoire");
        // One apostrophe table: the turned comma is read as an apostrophe in every key.
        assert_eq!(name_key("Côte d‘Ivoire"), "cote divoire");
    }
}
