//! Embeds every data file under `rules/` into the binary: writes `$OUT_DIR/embedded.rs`
//! with one `(path, include_str!(…))` entry per file, so adding a data file needs no code.
//!
//! The big spelling lists are compiled instead of embedded as text: the word lists, the
//! frequencies and the misspellings become finite-state maps (`fst`) in `$OUT_DIR`, which the
//! `typo` rule opens in constant time. Parsing 250,000 lines at every start would cost more
//! than the rest of a typical run.

// The one folding module: the lists are keyed by the spelling key the run looks up with.
#[path = "src/text/fold.rs"]
#[allow(dead_code, unreachable_pub)]
mod fold;
#[path = "src/spell/layout.rs"]
mod layout;
#[path = "src/text/pattern_config.rs"]
mod pattern_config;
#[path = "build/patterns.rs"]
mod patterns;
#[path = "build/spanned.rs"]
mod spanned;

use layout::{CASED, COMMON, FREQ_SHIFT, GB, TITLE, US};

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut files = Vec::new();
    collect(&root.join("rules"), &mut files);
    files.sort();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    compile_spelling(&root.join("rules/spelling"), &out_dir);
    extract_names(&root.join("rules"), &out_dir);
    patterns::prebuild(&root, &out_dir);
    files.retain(|f| !COMPILED.iter().any(|c| f.ends_with(c)));
    let mut out = String::from("/// Every file under rules/, by its path relative to the crate.\n");
    out.push_str("pub(crate) static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let rel = f
            .strip_prefix(&root)
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        let _ = writeln!(
            out,
            "    ({rel:?}, include_str!({:?})),",
            f.to_string_lossy()
        );
    }
    out.push_str("];\n");
    out.push_str(&json_twins(&root, &files, &out_dir));
    let dest = out_dir.join("embedded.rs");
    std::fs::write(dest, out).expect("write embedded.rs");
    println!("cargo::rerun-if-changed=rules");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        println!("cargo::rerun-if-changed={}", p.display());
        if p.is_dir() {
            collect(&p, out);
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("toml" | "txt" | "tsv")
        ) {
            out.push(p);
        }
    }
}

/// The TOML data files read at every start whose readers need nothing TOML-only (no
/// `toml::Spanned`): each also gets a JSON twin, which loads several times faster. The
/// residue list and the style sheets, read with positions, get twins that keep them
/// (`build/spanned.rs`).
const JSON_TWINS: &[&str] = &[
    "rules/countries.toml",
    "rules/articles.toml",
    "rules/groups/",
];

/// Writes the JSON twin of the embedded file `rel` into `dir` and its `JSON` table row to `out`.
fn write_twin(dir: &Path, rel: &str, json: &str, out: &mut String) {
    let name = dir.join(rel.replace('/', "__").replace(".toml", ".json"));
    std::fs::write(&name, json).expect("write json twin");
    let _ = writeln!(
        out,
        "    ({rel:?}, include_str!({:?})),",
        name.to_string_lossy()
    );
}

/// Writes each [`JSON_TWINS`] file as JSON into `$OUT_DIR/json/` and returns the source of
/// `JSON: &[(path, json)]`. A file with a TOML date-time gets no twin (JSON has no such
/// value) and is read as TOML.
fn json_twins(root: &Path, files: &[PathBuf], out_dir: &Path) -> String {
    let dir = out_dir.join("json");
    std::fs::create_dir_all(&dir).expect("create json dir");
    let mut out = String::from(
        "/// JSON twins of embedded TOML files, by the same path: the same values, faster to load.\n",
    );
    out.push_str("pub(crate) static JSON: &[(&str, &str)] = &[\n");
    for f in files {
        let rel = f
            .strip_prefix(root)
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        let spanned_paths = spanned::spanned_paths(&rel);
        if f.extension().is_none_or(|e| e != "toml")
            || !(JSON_TWINS.iter().any(|t| rel.starts_with(t)) || spanned_paths.is_some())
        {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        if let Some(paths) = spanned_paths {
            // Read with positions: the twin keeps them (`build/spanned.rs`).
            if let Some(json) = spanned::twin(&text, paths) {
                write_twin(&dir, &rel, &json, &mut out);
            }
            continue;
        }
        // A file that does not parse is left to the run's loader, which names the line.
        let Ok(value) = toml::from_str::<toml::Value>(&text) else {
            continue;
        };
        if has_datetime(&value) {
            continue;
        }
        let json = serde_json::to_string(&value).expect("a TOML value is JSON");
        write_twin(&dir, &rel, &json, &mut out);
    }
    out.push_str("];\n");
    out
}

fn has_datetime(v: &toml::Value) -> bool {
    match v {
        toml::Value::Datetime(_) => true,
        toml::Value::Array(a) => a.iter().any(has_datetime),
        toml::Value::Table(t) => t.values().any(has_datetime),
        _ => false,
    }
}

/// Spelling files compiled into maps by [`compile_spelling`] rather than embedded as text.
const COMPILED: &[&str] = &[
    "rules/spelling/words.txt",
    "rules/spelling/words-us.txt",
    "rules/spelling/words-gb.txt",
    "rules/spelling/additions.txt",
    "rules/spelling/words-accept.txt",
    "rules/spelling/words-software.txt",
    "rules/spelling/frequency.tsv",
    "rules/spelling/misspellings.tsv",
];

/// Writes `words.fst` (folded word -> flags and frequency), `accept.fst` (the folded
/// accept-only words of `words-accept.txt` and `words-software.txt` that `words.fst` lacks), `misspellings.fst`
/// (misspelling -> offset into `corrections.txt`) and `corrections.txt` (each entry's
/// corrections, comma-separated, one entry per line).
fn compile_spelling(dir: &Path, out_dir: &Path) {
    let read = |name: &str| {
        let p = dir.join(name);
        std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
    };
    let data = |text: &str| -> Vec<String> {
        text.lines()
            .map(|l| l.trim_end_matches('\r'))
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    };
    let mut key = String::new();

    let mut words: std::collections::BTreeMap<String, u64> = std::collections::BTreeMap::new();
    for (name, flag) in [
        ("words.txt", COMMON),
        ("words-us.txt", US),
        ("words-gb.txt", GB),
        ("additions.txt", COMMON),
    ] {
        for w in data(&read(name)) {
            fold::spelling_key_into(&w, &mut key);
            let mut chars = w.chars();
            let first_upper = chars.next().is_some_and(char::is_uppercase);
            let rest_upper = chars.any(char::is_uppercase);
            let bit = match (first_upper, rest_upper) {
                (false, false) => flag,
                (true, false) => TITLE,
                _ => CASED,
            };
            *words.entry(key.clone()).or_default() |= bit;
        }
    }
    for line in data(&read("frequency.tsv")) {
        let (w, n) = line
            .split_once('\t')
            .expect("frequency.tsv: word<TAB>count");
        let n: u64 = n.trim().parse().expect("frequency.tsv: count");
        fold::spelling_key_into(w, &mut key);
        // Every frequency word is in the lists (the generator filters them); one that is not
        // cannot be suggested anyway.
        if let Some(v) = words.get_mut(&key) {
            let q = (8.0 * (n.max(1) as f64).log2()).round() as u64;
            let old = *v >> FREQ_SHIFT;
            *v = (*v & ((1 << FREQ_SHIFT) - 1)) | (q.max(old).max(1) << FREQ_SHIFT);
        }
    }
    let mut b = fst::MapBuilder::memory();
    for (k, v) in &words {
        b.insert(k, *v).expect("sorted unique keys");
    }
    write(out_dir, "words.fst", &b.into_inner().expect("fst"));

    // The accept-only words, in a set of their own: the suggestion search walks `words.fst`
    // only, so the bigger list costs it nothing.
    let mut accept = std::collections::BTreeSet::new();
    for name in ["words-accept.txt", "words-software.txt"] {
        for w in data(&read(name)) {
            fold::spelling_key_into(&w, &mut key);
            if !words.contains_key(&key) {
                accept.insert(key.clone());
            }
        }
    }
    let mut b = fst::SetBuilder::memory();
    for k in &accept {
        b.insert(k).expect("sorted unique keys");
    }
    write(out_dir, "accept.fst", &b.into_inner().expect("fst"));

    let mut miss: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for line in data(&read("misspellings.tsv")) {
        let (w, fixes) = line
            .split_once('\t')
            .expect("misspellings.tsv: wrong<TAB>right[,right]");
        fold::spelling_key_into(w, &mut key);
        miss.entry(key.clone()).or_insert_with(|| fixes.to_string());
    }
    let mut blob = String::new();
    let mut b = fst::MapBuilder::memory();
    for (k, fixes) in &miss {
        b.insert(k, blob.len() as u64).expect("sorted unique keys");
        blob.push_str(fixes);
        blob.push('\n');
    }
    write(out_dir, "misspellings.fst", &b.into_inner().expect("fst"));
    write(out_dir, "corrections.txt", blob.as_bytes());
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
}

/// Writes `names.txt`: the capitalised words of eight letters or more in the names, aliases
/// and former names of `rules/countries.toml` and `rules/groups/*.toml`, one per line, sorted.
/// Read line by line (`name = "…"`, `aliases = ["…", …]`) so that start-up does not parse
/// the TOML; `src/spell/names.rs` tests that this agrees with a real TOML parse.
fn extract_names(rules: &Path, out_dir: &Path) {
    let mut files = vec![rules.join("countries.toml")];
    let mut groups: Vec<PathBuf> = std::fs::read_dir(rules.join("groups"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    groups.retain(|p| p.extension().is_some_and(|e| e == "toml"));
    groups.sort();
    files.extend(groups);
    let mut names = std::collections::BTreeSet::new();
    for f in files {
        let Ok(text) = std::fs::read_to_string(&f) else {
            continue;
        };
        for line in text.lines() {
            let line = line.trim();
            let Some((key, value)) = line.split_once('=') else {
                continue;
            };
            if !matches!(key.trim(), "name" | "aliases" | "former") {
                continue;
            }
            // The quoted strings of the value.
            for (i, s) in value.split('"').enumerate() {
                if i % 2 == 0 {
                    continue;
                }
                for w in s.split(|c: char| !c.is_alphanumeric() && c != '\'') {
                    let mut chars = w.chars();
                    let capitalised = chars.next().is_some_and(char::is_uppercase)
                        && chars.all(|c| c.is_lowercase() || c == '\'');
                    if capitalised && w.chars().count() >= 8 {
                        names.insert(w.to_string());
                    }
                }
            }
        }
    }
    let mut out = String::new();
    for n in names {
        out.push_str(&n);
        out.push('\n');
    }
    write(out_dir, "names.txt", out.as_bytes());
}
