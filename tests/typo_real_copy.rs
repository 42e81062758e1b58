//! Precision of the `typo` rule on real published copy (issue 11): the held-out half of
//! `tests/corpus/real/` (public-domain State of the Union texts and World Factbook entries,
//! see `tests/corpus/real/SOURCES.md`), never used for tuning. Every finding that is not a
//! real error of the published text, listed with its reason in
//! `tests/corpus/real/heldout-typo-errors.tsv`, is a false alarm. Every listed real error
//! must still be found.
//!
//! Issue 11's goal is 0.5 false alarms per 10,000 words. The one look at this half, after
//! the tuning on `tune/` of the first seven commits of issue 11 (0.48 there), measured 37
//! false alarms in 387,701 words = 0.95 (before issue 11: 138 = 3.56). Three later changes,
//! each judged on `tune/` only (character references, quoted informal speech, SCOWL's
//! level-2 variants as accept-only words: 0.31 on `tune/`), bring it to 29 = 0.75. Issue
//! 18's short-name check (any one-off spelling one edit from a name used twice) found two
//! more real errors here (`Ouddai`, `Moldavan`, judged and listed) and no new false alarm
//! once one name written with a curly and a straight apostrophe stopped counting as a slip:
//! still 29 = 0.75. Session 5 (typo11) took the doubled-`t`/`s` variants of the
//! accept-only list ("combatting", judged on `tune/`: three of its false alarms) out of the
//! misspelling lists' reach: 27 = 0.70. Session 6: words cut by inline markup are read whole
//! ("Ammon[ites]"): 26 = 0.67; the bigger accept-only list (SCOWL 95, filtered) changed
//! nothing here. Session 7 (foreign11): foreign words read from the text around them (a
//! stretch of unknown words or another language's function words, a motto or local-name
//! cue, "in <language>", a non-English quotation with its translation), built on `tune/`
//! and cases written for it, run here once at the end: 19 = 0.49, with all 7 real errors
//! still found. The bound below is that measurement (19 false alarms; 20 would fail): it
//! stops the rate from getting worse.
#![allow(clippy::print_stdout)]

use std::collections::HashSet;
use std::path::Path;

use copydesk::diagnostic::Diagnostic;
use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;

/// False alarms allowed per 10,000 words (measured 19 = 0.490; the goal is 0.5).
const MAX_PER_10K: f64 = 0.50;

#[test]
fn typo_false_alarms_on_held_out_real_copy() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/real");
    let listed = std::fs::read_to_string(root.join("heldout-typo-errors.tsv"))
        .expect("heldout-typo-errors.tsv");
    // (file, line, word) of each real error.
    let real: HashSet<(String, usize, String)> = listed
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(
                f.len() >= 4,
                "heldout-typo-errors.tsv: file, line, word, reason: {l}"
            );
            (
                f[0].to_string(),
                f[1].parse().expect("line number"),
                f[2].to_string(),
            )
        })
        .collect();
    let mut paths: Vec<_> = std::fs::read_dir(root.join("heldout"))
        .expect("heldout/")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let engine = Engine::only("typo");
    let mut words = 0;
    let mut checked: Vec<(SourceFile, Vec<Diagnostic>)> = Vec::new();
    for path in paths {
        let Some(format) = Format::from_path(&path) else {
            continue;
        };
        let src =
            SourceFile::decode(path.clone(), std::fs::read(&path).expect("read")).expect("decodes");
        words += src.text().split_whitespace().count();
        let found = engine.check_source(&src, format);
        checked.push((src, found));
    }
    // As `copydesk check` does for the files it checks together.
    {
        let mut files: Vec<(&str, &mut Vec<Diagnostic>)> =
            checked.iter_mut().map(|(s, d)| (s.text(), d)).collect();
        copydesk::rules::drop_shared_terms(&mut files);
    }
    let mut false_alarms = Vec::new();
    let mut caught = HashSet::new();
    for (src, found) in &checked {
        let name = src
            .path()
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        for d in found {
            let word = src.text()[d.span.range()].to_string();
            let line = src.text()[..d.span.start()].matches('\n').count() + 1;
            let key = (name.clone(), line, word);
            if real.contains(&key) {
                caught.insert(key);
            } else {
                false_alarms.push(format!("{}:{}: {}", key.0, key.1, d.message));
            }
        }
    }
    let rate = false_alarms.len() as f64 * 10_000.0 / words as f64;
    // Only the counts: the findings of this half are not for tuning eyes. The lead may set
    // COPYDESK_SHOW_HELDOUT=1 to list them when scoring.
    println!(
        "held-out real copy: {words} words, {} real errors listed, {} caught, {} false alarms \
         = {rate:.2} per 10,000 words",
        real.len(),
        caught.len(),
        false_alarms.len(),
    );
    if std::env::var_os("COPYDESK_SHOW_HELDOUT").is_some() {
        println!("{}", false_alarms.join("\n"));
    }
    let missed: Vec<_> = real.difference(&caught).collect();
    assert!(missed.is_empty(), "real errors no longer found: {missed:?}");
    assert!(
        rate <= MAX_PER_10K,
        "{} false alarms = {rate:.2} per 10,000 words, more than {MAX_PER_10K}",
        false_alarms.len()
    );
}
