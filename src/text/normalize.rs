//! Normalising names for comparison, in one place: case, accents, a leading "the", a
//! possessive, punctuation, and the aliases of `rules/countries.toml` ("Britain" = "UK" =
//! "United Kingdom", "Burma" = "Myanmar"). Rules compare the normalised forms the document
//! model stores; nothing else folds names.

use crate::data::countries::{self, EntityId};

/// The folded key of a name: lower case, accents removed, curly apostrophes straightened,
/// dots dropped ("U.K." = "UK"), "&" read as "and", hyphens and other punctuation read as
/// spaces, a leading "the" and a trailing possessive removed, apostrophes then dropped.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// [`fold`] into a buffer the caller reuses (cleared first).
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    // Most names are one plain ASCII word: lower-case it and go.
    if s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.push_str(s);
        out.make_ascii_lowercase();
        return;
    }
    if s.is_ascii() {
        fold_ascii(s.as_bytes(), out);
    } else {
        fold_chars(s, out);
    }
    finish(out);
}

/// [`fold_into`]'s first pass for ASCII text, byte by byte.
fn fold_ascii(s: &[u8], out: &mut String) {
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

/// [`fold_into`]'s first pass for any text.
fn fold_chars(s: &str, out: &mut String) {
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
        } else if c == '.' || super::is_mark(c) {
            // "U.K." = "UK"; combining accents are dropped with the base letter kept.
        } else if super::is_apostrophe(c) {
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
fn finish(out: &mut String) {
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

/// A normalised list item: its folded key and, when it names a known country or other
/// entity of `rules/countries.toml`, that entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Normal {
    pub key: String,
    pub entity: Option<EntityId>,
}

impl Normal {
    /// The form two items are compared in: the entity's canonical name when known, else the
    /// folded key.
    pub fn form(&self) -> &str {
        match self.entity {
            Some(e) => countries::get().name(e),
            None => &self.key,
        }
    }
}

/// Normalises a name as written. `name_like` says whether the text is written as a name
/// (capitalised); lower-case text ("us", "chad") never names an entity.
pub fn normalize(s: &str, name_like: bool) -> Normal {
    let key = fold(s);
    let entity = if name_like {
        countries::get().lookup(&key)
    } else {
        None
    };
    Normal { key, entity }
}

/// The entity a folded key names, if any.
pub fn entity(key: &str) -> Option<EntityId> {
    countries::get().lookup(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: &str, b: &str) -> bool {
        let (a, b) = (normalize(a, true), normalize(b, true));
        a.form() == b.form()
    }

    #[test]
    fn folds_case_articles_possessives_and_punctuation() {
        assert_eq!(fold("The United States"), "united states");
        assert_eq!(fold("China’s"), "china");
        assert_eq!(fold("the Philippines'"), "philippines");
        assert_eq!(fold("U.K."), "uk");
        assert_eq!(fold("Antigua & Barbuda"), "antigua and barbuda");
        assert_eq!(fold("Guinea-Bissau"), "guinea bissau");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("Côte d’Ivoire"), "cote divoire");
    }

    #[test]
    fn aliases_name_the_same_entity() {
        assert!(same("Britain", "the United Kingdom"));
        assert!(same("UK", "U.K."));
        assert!(same("Kyrgyz Republic", "Kyrgyzstan"));
        assert!(same("Türkiye", "Turkey"));
        assert!(same("Burma", "Myanmar"));
        assert!(same("Czechia", "the Czech Republic"));
        assert!(!same("Austria", "Australia"));
        assert_eq!(normalize("us", false).entity, None);
        assert!(normalize("US", true).entity.is_some());
    }
}
