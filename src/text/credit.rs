//! Photo credits by their words: the agencies that sign photos.

/// Whether a short line names a photo agency or has the photographer/agency slash, as a
/// credit does ("Reuters", "(AP)", "REUTERS/Stringer"). The parser's credit test adds a
/// pattern to this (any short capitalised line, "Breaking News", would fit the pattern).
pub fn agency_credit(line: &str) -> bool {
    line.contains('/') || {
        let l = line.trim_matches(['(', ')']).to_ascii_lowercase();
        [
            "ap",
            "afp",
            "reuters",
            "epa",
            "epa-efe",
            "getty images",
            "xinhua",
            "bloomberg",
            "pa",
            "pa wire",
            "pa media",
            "dpa",
            "anadolu",
            "anadolu agency",
            "tass",
            "kyodo",
            "yonhap",
            "shutterstock",
            "alamy",
            "handout",
            "pool",
        ]
        .contains(&l.as_str())
            || l.ends_with(" via getty images")
            // "Photo: Reuters", "Photo by Jane Smith": a credit line's label and whose.
            || ["photo:", "photo by ", "photograph:", "picture:"].iter().any(|p| {
                l.strip_prefix(p).is_some_and(|who| {
                    let n = who.split_whitespace().count();
                    (1..=3).contains(&n)
                })
            })
    }
}
