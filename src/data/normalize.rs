//! Normalising names for comparison: the name key of [`crate::text::fold`] (case, accents,
//! a leading "the", a possessive, punctuation) and the aliases of `rules/countries.toml`
//! ("Britain" = "UK" = "United Kingdom", "Burma" = "Myanmar"). Rules compare the normalised
//! forms the document model stores.

use crate::data::countries::{self, EntityId};
use crate::text::fold::name_key;

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
    let key = name_key(s);
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
