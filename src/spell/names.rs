//! Names copydesk knows to be spelt right: every capitalised word of eight letters or more in
//! the country and organisation names and aliases of `rules/countries.toml` and
//! `rules/groups/` ("Kyrgyzstan", "Herzegovina", "Cooperation"). A capitalised word one slip
//! away from one of them is worth a second look ("Kyrgyztan").
//!
//! `build.rs` extracts the words once, so start-up does not parse the TOML files (that cost
//! about 5 ms); a test below checks the extraction against a real parse.

/// Names shorter than this are not compared: below eight letters too many real names are
/// one letter apart ("Chinh" and "China", "Sauli" and "Saudi", "Andrzej" and "Andrej").
pub(crate) const MIN_LEN: usize = 8;

static NAMES: &str = include_str!(concat!(env!("OUT_DIR"), "/names.txt"));

/// The known names, sorted.
pub(crate) fn known() -> impl Iterator<Item = &'static str> {
    NAMES.lines()
}

#[cfg(test)]
mod tests {
    use crate::data;
    use crate::text::tokenize::{Shape, TokenKind, scan_words};

    #[test]
    fn reads_countries_and_groups() {
        let names: Vec<&str> = super::known().collect();
        for n in ["Kyrgyzstan", "Kazakhstan", "Herzegovina", "Cooperation"] {
            assert!(names.contains(&n), "{n}");
        }
        assert!(!names.contains(&"China"), "short names are left out");
    }

    /// The same words from a real TOML parse of every name, alias and former name.
    #[test]
    fn build_time_extraction_matches_the_toml() {
        let mut want = Vec::new();
        let mut add = |v: Option<&toml::Value>| {
            let strings: Vec<&str> = match v {
                Some(toml::Value::String(s)) => vec![s.as_str()],
                Some(toml::Value::Array(a)) => a.iter().filter_map(toml::Value::as_str).collect(),
                _ => Vec::new(),
            };
            for s in strings {
                scan_words(s, |a, b, kind| {
                    let w = &s[a..b];
                    if kind == TokenKind::Word(Shape::Capitalised)
                        && !w.contains(['-', '.'])
                        && w.chars().count() >= super::MIN_LEN
                    {
                        want.push(w.to_string());
                    }
                });
            }
        };
        let text = data::embedded("rules/countries.toml").unwrap();
        let t: toml::Table = data::parse_toml("rules/countries.toml", text).unwrap();
        for c in t["country"].as_array().unwrap() {
            for key in ["name", "aliases", "former"] {
                add(c.get(key));
            }
        }
        for (path, text) in data::embedded_under("rules/groups/") {
            let t: toml::Table = data::parse_toml(path, text).unwrap();
            add(t.get("name"));
            add(t.get("aliases"));
        }
        want.sort();
        want.dedup();
        let got: Vec<&str> = super::known().collect();
        assert_eq!(got, want);
    }
}
