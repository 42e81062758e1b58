//! Names copydesk knows to be spelt right: every capitalised word of the country and
//! organisation names and aliases in `rules/countries.toml` and `rules/groups/`
//! ("Kyrgyzstan", "Herzegovina", "Mercosur"). A capitalised word one slip away from one of
//! them is worth a second look ("Kyrgyztan").

use std::sync::LazyLock;

use crate::data;
use crate::text::tokenize::{Shape, TokenKind, scan_words};

/// Names shorter than this are not compared: below eight letters too many real names are
/// one letter apart ("Chinh" and "China", "Sauli" and "Saudi", "Andrzej" and "Andrej").
pub(crate) const MIN_LEN: usize = 8;

static NAMES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut out = Vec::new();
    let mut add = |v: Option<&toml::Value>| {
        let strings: Vec<&str> = match v {
            Some(toml::Value::String(s)) => vec![s.as_str()],
            Some(toml::Value::Array(a)) => a.iter().filter_map(toml::Value::as_str).collect(),
            _ => Vec::new(),
        };
        for s in strings {
            scan_words(s, |a, b, kind| {
                let w = &s[a..b];
                if kind == TokenKind::Word(Shape::Capitalised) && w.chars().count() >= MIN_LEN {
                    out.push(w.to_string());
                }
            });
        }
    };
    // A file that does not parse is reported by the rules that own it (and by the meta
    // test); here it just contributes no names.
    if let Some(text) = data::embedded("rules/countries.toml")
        && let Ok(t) = data::parse_toml::<toml::Table>("rules/countries.toml", text)
        && let Some(toml::Value::Array(countries)) = t.get("country")
    {
        for c in countries {
            for key in ["name", "aliases", "former"] {
                add(c.get(key));
            }
        }
    }
    for (path, text) in data::embedded_under("rules/groups/") {
        if let Ok(t) = data::parse_toml::<toml::Table>(path, text) {
            add(t.get("name"));
            add(t.get("aliases"));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
});

/// The known names, sorted.
pub(crate) fn known() -> &'static [String] {
    &NAMES
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_countries_and_groups() {
        let names = super::known();
        for n in ["Kyrgyzstan", "Kazakhstan", "Herzegovina", "Cooperation"] {
            assert!(names.iter().any(|x| x == n), "{n}");
        }
        assert!(
            !names.iter().any(|x| x == "Mali"),
            "short names are left out"
        );
    }
}
