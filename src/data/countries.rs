//! `rules/countries.toml`: countries and the other entities groups have as members, with
//! their aliases and former names. Loaded once.

use std::sync::LazyLock;

use serde::Deserialize;

use super::fxhash::FxMap;
use super::{DataError, embedded, parse_toml};
use crate::text::fold::name_key;

/// Index of an entity in [`Countries::entities`].
pub type EntityId = u16;

const PATH: &str = "rules/countries.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    country: Vec<RawCountry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    former: Vec<String>,
}

/// One country or other entity.
#[derive(Debug)]
pub struct Entity {
    pub name: String,
    pub aliases: Vec<String>,
    pub former: Vec<String>,
}

/// All entities, with a lookup from folded names.
#[derive(Debug, Default)]
pub struct Countries {
    pub entities: Vec<Entity>,
    by_key: FxMap<String, EntityId>,
    /// The folded first word of every name, alias and former name, with the most words a
    /// name starting with it has: a quick "could a name start here, and how long" test.
    first_words: FxMap<String, u8>,
}

impl Countries {
    pub fn load(path: &str, text: &str) -> Result<Countries, DataError> {
        let raw: Raw = parse_toml(path, text)?;
        let mut c = Countries::default();
        for (i, r) in raw.country.into_iter().enumerate() {
            let id = EntityId::try_from(i).map_err(|_| DataError {
                path: path.to_string(),
                line: 1,
                message: "too many entities".into(),
            })?;
            for n in std::iter::once(&r.name).chain(&r.aliases).chain(&r.former) {
                let key = name_key(n);
                if let Some(first) = key.split(' ').next() {
                    let words = key.split(' ').count().min(255) as u8;
                    let max = c.first_words.entry(first.to_string()).or_insert(0);
                    *max = (*max).max(words);
                }
                if let Some(prev) = c.by_key.insert(key.clone(), id)
                    && prev != id
                {
                    return Err(DataError {
                        path: path.to_string(),
                        line: line_of(text, n),
                        message: format!("`{n}` names two entities"),
                    });
                }
            }
            c.entities.push(Entity {
                name: r.name,
                aliases: r.aliases,
                former: r.former,
            });
        }
        Ok(c)
    }

    /// The entity a folded key names.
    pub fn lookup(&self, key: &str) -> Option<EntityId> {
        self.by_key.get(key).copied()
    }

    /// Whether some name starts with this folded word.
    pub fn starts_name(&self, first_word: &str) -> bool {
        self.first_words.contains_key(first_word)
    }

    /// The most words (folded) of a name starting with this folded word; 0 for none.
    pub fn longest_from(&self, first_word: &str) -> usize {
        self.first_words.get(first_word).map_or(0, |&n| n as usize)
    }

    /// The canonical name.
    pub fn name(&self, id: EntityId) -> &str {
        &self.entities[id as usize].name
    }

    /// The entity with this canonical name.
    pub fn by_name(&self, name: &str) -> Option<EntityId> {
        self.entities
            .iter()
            .position(|e| e.name == name)
            .map(|i| i as EntityId)
    }
}

fn line_of(text: &str, needle: &str) -> usize {
    text.rfind(&format!("\"{needle}\""))
        .map_or(1, |at| 1 + text[..at].matches('\n').count())
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    // The embedded file is checked by a test; a broken build-time file must not take
    // the whole run down, so it degrades to "no entities known".
    embedded(PATH)
        .and_then(|t| Countries::load(PATH, t).ok())
        .unwrap_or_default()
});

/// The embedded countries, loaded on first use.
pub fn get() -> &'static Countries {
    &COUNTRIES
}

/// Loads the embedded file, reporting errors (for the data test).
pub fn check_embedded() -> Result<usize, DataError> {
    let text = embedded(PATH).ok_or_else(|| DataError {
        path: PATH.into(),
        line: 1,
        message: "not embedded".into(),
    })?;
    Countries::load(PATH, text).map(|c| c.entities.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_file_loads() {
        assert!(check_embedded().unwrap() > 200);
        let c = get();
        let uk = c.by_name("United Kingdom").unwrap();
        assert_eq!(c.lookup("britain"), Some(uk));
        assert_eq!(c.lookup("uk"), Some(uk));
        assert!(c.starts_name("bosnia"));
    }

    #[test]
    fn a_name_for_two_entities_is_an_error_with_its_line() {
        let e = Countries::load(
            "x.toml",
            "[[country]]\nname = \"A\"\n\n[[country]]\nname = \"B\"\naliases = [\"A\"]\n",
        )
        .unwrap_err();
        assert_eq!(e.line, 6);
    }
}
