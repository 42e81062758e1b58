//! How ages are written: "45", "forty-five", "45-year-old".

use super::{age_value, year_old};

#[test]
fn ages_are_read_in_any_case_and_with_any_hyphen() {
    for (w, n) in [
        ("45", Some(45)),
        ("0", None),
        ("121", None),
        ("forty-five", Some(45)),
        ("Forty-Five", Some(45)),
        ("forty‐five", Some(45)),
        ("FORTY‑FIVE", Some(45)),
        ("seventy-seven", Some(77)),
        ("twelve", Some(12)),
        ("one", None),
        ("seventy-sevenish", None),
        ("Émile", None),
        ("", None),
    ] {
        assert_eq!(age_value(w), n, "{w}");
    }
    for (w, n) in [
        ("45-year-old", Some(45)),
        ("Sixty-year-old", Some(60)),
        ("forty‐five‐year‐old", Some(45)),
        ("45-YEAR-OLD", Some(45)),
        ("year-old", None),
        ("old", None),
        ("bold", None),
        ("45-year-olds", None),
    ] {
        assert_eq!(year_old(w), n, "{w}");
    }
}
