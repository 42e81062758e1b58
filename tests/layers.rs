//! The shape of the source tree: data flows one way (parse → document → rules → diagnostics →
//! report), so no top-level module of `src/` reaches, directly or through others, back into
//! itself. Read from the source text: every `crate::module` path outside comments and test code.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, test files left out.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if path.is_dir() {
            if name != "tests" {
                sources(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests.rs" {
            out.push(path);
        }
    }
}

/// The top-level module a file belongs to (`src/doc/series/mod.rs` → `doc`).
fn top_module(path: &Path) -> String {
    let rel = path.strip_prefix(src()).expect("under src");
    let first = rel.components().next().expect("a component");
    first
        .as_os_str()
        .to_string_lossy()
        .trim_end_matches(".rs")
        .to_string()
}

/// The top-level modules the code of one file names, outside comments and `#[cfg(test)]`.
fn names(text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut in_braces = false;
    for line in text.lines() {
        if line.trim_start().starts_with("#[cfg(test)]") {
            break;
        }
        let code = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if rest.starts_with('{') {
                in_braces = true;
                rest = &rest[1..];
                continue;
            }
            let word: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.insert(word);
        }
        // `use crate::{a, b::C}` over one or more lines: each path's first segment.
        if in_braces {
            for part in rest.split([',', '{', ' ']) {
                let word: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                out.insert(word);
            }
            if code.contains("};") {
                in_braces = false;
            }
        }
    }
    out.retain(|m| modules.contains(m));
    out
}

// A depth-first search; a grey node met again closes a cycle.
fn visit<'a>(
    m: &'a str,
    graph: &'a BTreeMap<String, BTreeMap<String, Vec<String>>>,
    state: &mut BTreeMap<&'a str, bool>,
    path: &mut Vec<&'a str>,
) -> Option<Vec<String>> {
    match state.get(m) {
        Some(true) => {
            let at = path.iter().position(|p| *p == m).unwrap_or(0);
            let mut cycle: Vec<String> = path[at..].iter().map(ToString::to_string).collect();
            cycle.push(m.to_string());
            return Some(cycle);
        }
        Some(false) => return None,
        None => {}
    }
    state.insert(m, true);
    path.push(m);
    for to in graph.get(m).into_iter().flat_map(|g| g.keys()) {
        if let Some(c) = visit(to, graph, state, path) {
            return Some(c);
        }
    }
    path.pop();
    state.insert(m, false);
    None
}

#[test]
fn no_import_cycles_between_top_level_modules() {
    let mut files = Vec::new();
    sources(&src(), &mut files);
    let modules: BTreeSet<String> = files
        .iter()
        .map(PathBuf::as_path)
        .map(top_module)
        .filter(|m| m != "lib" && m != "main")
        .collect();
    // module → module it names → the files that name it
    let mut graph: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    for file in &files {
        let from = top_module(file);
        if !modules.contains(&from) {
            continue;
        }
        let text = fs::read_to_string(file).expect("a readable source file");
        for to in names(&text, &modules) {
            if to != from {
                let rel = file.strip_prefix(src()).unwrap().display().to_string();
                graph
                    .entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_default()
                    .push(rel);
            }
        }
    }
    assert!(
        graph.get("rules").is_some_and(|g| g.contains_key("doc")),
        "the scan sees rules reading the document model; if not, it is broken"
    );
    let mut state = BTreeMap::new();
    for m in &modules {
        if let Some(cycle) = visit(m, &graph, &mut state, &mut Vec::new()) {
            let steps: Vec<String> = cycle
                .windows(2)
                .map(|w| format!("{} -> {} ({})", w[0], w[1], graph[&w[0]][&w[1]].join(", ")))
                .collect();
            panic!("import cycle between modules:\n  {}", steps.join("\n  "));
        }
    }
}

/// A source file longer than this is split into named parts (a rule family's helpers beside
/// it in a folder, its tests in `tests.rs`), the way the typo and membership rules are.
const MAX_LINES: usize = 800;

#[test]
fn no_source_file_is_over_800_lines() {
    fn all(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                all(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    all(&src(), &mut files);
    assert!(files.len() > 50, "the scan sees the source tree");
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let n = fs::read_to_string(f).expect("readable").lines().count();
            (n > MAX_LINES).then(|| format!("{} ({n} lines)", f.display()))
        })
        .collect();
    assert!(
        long.is_empty(),
        "split these files into named parts: {}",
        long.join(", ")
    );
}
