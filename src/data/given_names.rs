//! `rules/given-names.txt`: given names that English copy spells more than one way
//! ("Yevgeny"/"Evgeny", "Rajeev"/"Rajiv"). Loaded once; forms are compared folded (no case,
//! no diacritics).

use std::sync::LazyLock;

use super::fxhash::FxMap;
use super::{data_lines, embedded};
use crate::text::fold::name_key as fold;

/// Each folded form with the number of its group.
static GROUPS: LazyLock<FxMap<String, u32>> = LazyLock::new(|| {
    let mut map = FxMap::default();
    for (n, (_, line)) in embedded("rules/given-names.txt")
        .map(data_lines)
        .into_iter()
        .flatten()
        .enumerate()
    {
        for form in line.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            map.insert(fold(form), n as u32);
        }
    }
    map
});

/// The group of a folded given name, if it is listed.
pub fn given_name_group(folded: &str) -> Option<u32> {
    GROUPS.get(folded).copied()
}

/// Whether two given names are spellings of one name: the same group in the list.
pub fn same_given_name(a: &str, b: &str) -> bool {
    match (GROUPS.get(&fold(a)), GROUPS.get(&fold(b))) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::same_given_name;

    #[test]
    fn groups_load_and_compare_folded() {
        assert!(same_given_name("Yevgeny", "Evgeny"));
        assert!(same_given_name("Rajeev", "Rajiv"));
        assert!(same_given_name("MOHAMMED", "Muhammad"));
        assert!(!same_given_name("Mohammed", "Ahmed"));
        assert!(!same_given_name("Rajiv", "Tarasov"));
    }

    #[test]
    fn no_form_is_in_two_groups() {
        let text = super::embedded("rules/given-names.txt").expect("embedded");
        let mut seen = std::collections::HashMap::new();
        for (n, line) in super::data_lines(text) {
            for form in line.split(',').map(str::trim) {
                let key = super::fold(form);
                assert!(!form.is_empty(), "line {n}: an empty form");
                if let Some(prev) = seen.insert(key, n) {
                    panic!("line {n}: `{form}` is already on line {prev}");
                }
            }
        }
    }
}
