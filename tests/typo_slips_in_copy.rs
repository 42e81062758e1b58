//! Recall of the `typo` rule on slips in context: generated one-letter slips put INTO real
//! copy. `typo_slips.rs` checks each slip alone in one fixed sentence, where nothing but the
//! slip itself can choose between two words it could have been ("ations": `actions` or
//! `nations`); an editor's copy is never like that. Here the copy is the tuning half of
//! `tests/corpus/real/` (`tune/`: State of the Union addresses and World Factbook entries;
//! never the held-out half). In each paragraph (a paragraph, list item or quotation of ten
//! words or more; not a label line such as "Constitution: history") one occurrence of
//! a common word — lower case, six letters or more, one of the words `typo_slips.rs` makes
//! its slips of — is drawn at random and replaced by a slip made by the same generator
//! (`slipgen`: a letter dropped, doubled, swapped, struck on a neighbouring key or added
//! from one). A slip that is itself a listed word is skipped, as there, and so is one already
//! made in the same file (a slip repeated is a term to `typo`). Each file is then
//! checked alone, and a slip counts as caught when a finding starts where it does, and as
//! right when that finding's first suggestion is the word replaced.
//!
//! This measures what the ranking does with the article around a slip (the word meant is
//! often used elsewhere in the same article), not the generator's even draw of words: the
//! words replaced are drawn in proportion to their use in real copy.
//!
//! Two seeds: the ranking may be tuned on the first seed's slips; the second's are only ever
//! counted (the test prints nothing of them one by one).
#![allow(clippy::print_stdout)]

use std::collections::HashSet;
use std::path::Path;

use copydesk::doc::{BlockKind, Format};
use copydesk::engine::Engine;
use copydesk::parse::parse;
use copydesk::source::SourceFile;
use copydesk::spell;

mod slipgen;
use slipgen::{Kind, Rng, common_words, slip};

/// The seed the ranking may be tuned on.
const TUNE_SEED: u64 = 0x7e57_c0b7_0ff1_ce11;
/// A seed never tuned on: counted only.
const CHECK_SEED: u64 = 0x0b5e_55ed_c0de_5eed;
/// Required share caught, on each seed. Measured (6,645 slips per seed) 97.5 % on the
/// tuning seed and 97.6 % on the untouched one; 97.7 % and 97.8 % (6,491 and 6,497) once
/// word formation gives way to a slip of a word the article uses ("bilion" beside
/// `billion`, not bi + "lion"). The slips missed are not a matter of ranking: words of the
/// accept-only list ("secor", "statins"), other slips read as a formation, and slips in text
/// the rule leaves alone for good reasons (foreign words by their context, cited terms).
const MIN_CAUGHT: f64 = 0.976;
/// Required share caught with the word replaced as the first suggestion, on each seed.
/// Measured 96.5 % on the tuning seed and 96.6 % on the untouched one with the lists'
/// ranking alone (6,414 and 6,417 of 6,645); 96.7 % and 96.8 % (6,427 and 6,432) once a
/// suggestion whose family of inflections the article uses elsewhere is taken as likelier
/// (`typo`'s `evidence`), 99.2 % and 99.1 % of those caught (98.96 % and 98.9 % before);
/// 96.9 % and 96.9 % (6,437 and 6,441) with formation giving way as above. Since a slip and
/// its plural count as one slip per file (a term to `typo`): caught 6,491 and 6,494, right
/// first 6,437 and 6,436. Before `typo` required a term's other form (`-s` more or less) to
/// be unknown too, "acros" beside `across` and "dollarss" beside `dollars` were read as
/// terms: 97.2 % caught on the tuning seed.
const MIN_RIGHT: f64 = 0.968;

/// Words a paragraph needs to get a slip: prose, not a label line.
const MIN_WORDS: usize = 10;

/// One slip put into a file.
struct Placed {
    /// Where the slip starts in the file as changed.
    start: usize,
    typed: String,
    meant: String,
    kind: Kind,
}

/// The tuning files, sorted by name: (name, format, text).
fn tuning_files() -> Vec<(String, Format, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/real/tune");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/corpus/real/tune")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let format = Format::from_path(&p)?;
            let text = std::fs::read_to_string(&p).expect("utf-8 text");
            let name = p.file_name()?.to_str()?.to_string();
            Some((name, format, text))
        })
        .collect()
}

/// `text` with one word per paragraph replaced by a slip of it, drawn from `rng`, and the
/// slips put in. `common`: the words slips are made of.
fn with_slips(
    text: &str,
    format: Format,
    common: &HashSet<&str>,
    rng: &mut Rng,
) -> (String, Vec<Placed>) {
    let src = SourceFile::new("slips", text.to_string());
    let doc = parse(&src, format);
    // (start, end, slip, word, kind), in source order.
    let mut picks: Vec<(usize, usize, String, String, Kind)> = Vec::new();
    // A hand does not make the same slip twice in one article ("ppeople" twice would be a
    // term the article uses, and is rightly left alone): each slip once per file, a slip
    // and its plural counting as one ("pprogram" and "pprograms" are one unknown term to
    // `typo`, which reads "listserve" beside "listserves" as a term).
    let mut made: HashSet<String> = HashSet::new();
    let term = |typed: &str| typed.strip_suffix('s').unwrap_or(typed).to_string();
    for (id, block) in doc.leaves() {
        // Prose: a paragraph, list item or quotation of a sentence or more, not a label
        // line ("Constitution: history", "National anthem: history").
        let prose = matches!(
            block.kind,
            BlockKind::Paragraph | BlockKind::ListItem { .. } | BlockKind::Quote
        );
        if !prose || block.words().len() < MIN_WORDS {
            continue;
        }
        let words: Vec<(usize, usize)> = doc
            .block_words(id)
            .iter()
            .map(|w| (w.span.start(), w.span.end()))
            .filter(|&(s, e)| common.contains(&text[s..e]))
            .collect();
        if words.is_empty() {
            continue;
        }
        let (s, e) = words[rng.below(words.len())];
        let meant = &text[s..e];
        // A few draws: a draw may make no slip, or a listed word.
        for _ in 0..8 {
            let Some((typed, kind)) = slip(meant.as_bytes(), rng) else {
                continue;
            };
            let typed = String::from_utf8(typed).expect("ascii");
            if spell::lookup(&typed).is_some() || made.contains(&term(&typed)) {
                continue;
            }
            made.insert(term(&typed));
            picks.push((s, e, typed, meant.to_string(), kind));
            break;
        }
    }
    picks.sort_by_key(|p| p.0);
    let mut out = String::with_capacity(text.len() + picks.len());
    let mut placed = Vec::with_capacity(picks.len());
    let mut at = 0;
    for (s, e, typed, meant, kind) in picks {
        out.push_str(&text[at..s]);
        placed.push(Placed {
            start: out.len(),
            typed: typed.clone(),
            meant,
            kind,
        });
        out.push_str(&typed);
        at = e;
    }
    out.push_str(&text[at..]);
    (out, placed)
}

/// Per slip: its first suggestion when a finding starts where it does ("" when the finding
/// has none), `None` when none does.
fn check_all(seed: u64, common: &HashSet<&str>) -> Vec<(Placed, Option<String>)> {
    let engine = Engine::only("typo");
    let mut rng = Rng(seed);
    let mut out = Vec::new();
    for (name, format, text) in tuning_files() {
        let (changed, placed) = with_slips(&text, format, common, &mut rng);
        let src = SourceFile::new(name, changed);
        let found = engine.check_source(&src, format);
        for p in placed {
            let first = found
                .iter()
                .find(|d| d.span.start() == p.start)
                .map(|d| d.suggestions.first().cloned().unwrap_or_default());
            out.push((p, first));
        }
    }
    out
}

fn common() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/spelling/frequency.tsv");
    let text = std::fs::read_to_string(path).expect("frequency.tsv");
    common_words(&text, 0)
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[test]
fn one_letter_slips_in_real_copy_are_caught_with_the_right_first_suggestion() {
    let words = common();
    let common: HashSet<&str> = words.iter().map(String::as_str).collect();
    for (name, seed) in [("tuning seed", TUNE_SEED), ("untouched seed", CHECK_SEED)] {
        let results = check_all(seed, &common);
        let n = results.len();
        let caught = results.iter().filter(|(_, f)| f.is_some()).count();
        let right = results
            .iter()
            .filter(|(p, f)| f.as_deref() == Some(p.meant.as_str()))
            .count();
        println!(
            "slips in real copy, {name}: {caught}/{n} caught ({:.1} %), {right}/{n} with the \
             right first suggestion ({:.1} %)",
            100.0 * caught as f64 / n as f64,
            100.0 * right as f64 / n as f64
        );
        assert!(n >= 1000, "{name}: only {n} slips placed");
        assert!(
            caught as f64 >= MIN_CAUGHT * n as f64,
            "{name}: only {caught} of {n} slips caught"
        );
        assert!(
            right as f64 >= MIN_RIGHT * n as f64,
            "{name}: only {right} of {n} slips caught with the right first suggestion"
        );
    }
}

/// Every slip of the tuning seed not caught with the right first suggestion, by kind:
/// `cargo test --test typo_slips_in_copy -- --ignored --nocapture`.
#[test]
#[ignore = "a report for tuning, not a check"]
fn list_the_wrong_first_suggestions_of_the_tuning_seed() {
    let words = common();
    let common: HashSet<&str> = words.iter().map(String::as_str).collect();
    let mut wrong: Vec<(Placed, Option<String>)> = check_all(TUNE_SEED, &common)
        .into_iter()
        .filter(|(p, f)| f.as_deref() != Some(p.meant.as_str()))
        .collect();
    wrong.sort_by(|a, b| (a.0.kind, &a.0.meant).cmp(&(b.0.kind, &b.0.meant)));
    for (p, first) in wrong {
        println!(
            "{:?}\t{}\t{}\t{}\t{}",
            p.kind,
            if spell::accepted(&p.typed) {
                "accept-only"
            } else {
                "-"
            },
            p.typed,
            p.meant,
            first.as_deref().unwrap_or("(not found)")
        );
    }
}
