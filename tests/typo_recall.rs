//! Recall of the `typo` rule on its catch fixtures: every misspelling listed in
//! `fixtures/typo/recall.tsv` must be found, with the listed word as its first suggestion.
#![allow(clippy::print_stdout)]

use std::collections::HashMap;
use std::path::Path;

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;

#[test]
fn every_listed_misspelling_is_caught_with_the_right_first_suggestion() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/typo");
    let expected = std::fs::read_to_string(dir.join("recall.tsv")).expect("recall.tsv");
    let engine = Engine::only("typo");
    // What the rule finds: flagged text -> first suggestion.
    let mut found: HashMap<String, String> = HashMap::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixtures/typo")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let Some(format) = Format::from_path(&path) else {
            continue;
        };
        // Cases with their own options (dialect, vocabulary) are not default-option recall.
        if !name.starts_with("catch-") || path.with_extension("toml").exists() {
            continue;
        }
        let src =
            SourceFile::decode(path.clone(), std::fs::read(&path).expect("read")).expect("decodes");
        for d in engine.check_source(&src, format) {
            let text = src.text()[d.span.range()].to_string();
            let first = d.suggestions.first().cloned().unwrap_or_default();
            found.insert(text, first);
        }
    }
    let (mut total, mut caught, mut right) = (0, 0, 0);
    let mut misses = Vec::new();
    for line in expected
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        let (wrong, fix) = line.split_once('\t').expect("wrong<TAB>right");
        total += 1;
        match found.get(wrong) {
            None => misses.push(format!("{wrong}: not found")),
            Some(got) => {
                caught += 1;
                if got == fix {
                    right += 1;
                } else {
                    misses.push(format!(
                        "{wrong}: first suggestion `{got}`, expected `{fix}`"
                    ));
                }
            }
        }
    }
    println!(
        "typo recall: {caught}/{total} misspellings caught, {right}/{total} with the right first suggestion"
    );
    assert!(
        total >= 60,
        "recall.tsv lists {total} misspellings, fewer than 60"
    );
    assert!(misses.is_empty(), "{}", misses.join("\n"));
}
