//! `rules/regions.txt`: states and provinces that qualify a place name ("Paris, Texas").
//! Loaded once.

use std::sync::LazyLock;

use super::fxhash::FxSet;
use super::{data_lines, embedded};
use crate::text::fold::name_key;

static REGIONS: LazyLock<FxSet<String>> = LazyLock::new(|| {
    embedded("rules/regions.txt")
        .map(|t| data_lines(t).map(|(_, l)| name_key(l.trim())).collect())
        .unwrap_or_default()
});

/// Whether a folded name is a region that qualifies a place.
pub fn is_region(key: &str) -> bool {
    REGIONS.contains(key)
}

#[cfg(test)]
mod tests {
    #[test]
    fn regions_load() {
        assert!(super::is_region("texas"));
        assert!(super::is_region("new south wales"));
        assert!(super::is_region("dc"));
        assert!(!super::is_region("france"));
    }
}
