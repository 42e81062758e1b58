//! The fixture harness. `fixtures/<rule-id>/catch-*` must give findings and `trap-*` none,
//! each run with only that rule; `fixtures/articles/*` run with the default rules. Findings
//! are compared with `<case>.findings` beside the file, and safe fixes with `<case>.fixed`
//! (applied twice: the second time must change nothing). `COPYDESK_BLESS=1 cargo test`
//! rewrites the expected files.
#![allow(clippy::format_collect, clippy::print_stderr)]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::report::compact;
use copydesk::source::SourceFile;

fn bless() -> bool {
    std::env::var_os("COPYDESK_BLESS").is_some_and(|v| v != "0")
}

fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.is_file() && Format::from_path(p).is_some() && p.extension().is_some())
        .collect();
    files.sort();
    files
}

/// Compares `actual` with the file at `path` (or writes it when blessing); returns a
/// complaint when they differ.
fn expect_file(path: &Path, actual: &str) -> Option<String> {
    if bless() {
        std::fs::write(path, actual).expect("write expected file");
        return None;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{}: expected\n{}\n--- but got ---\n{}",
            path.display(),
            indent(&expected),
            indent(actual)
        )
    })
}

fn indent(s: &str) -> String {
    if s.is_empty() {
        return "    (nothing)".into();
    }
    s.lines().map(|l| format!("    {l}\n")).collect()
}

fn check_case(engine: &Engine, path: &Path, role: Role, failures: &mut Vec<String>) {
    let bytes = std::fs::read(path).expect("read fixture");
    let src = SourceFile::decode(path.to_path_buf(), bytes).expect("fixture decodes");
    let format = Format::from_path(path).expect("known format");
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("utf-8 name");
    // A case may carry its own options in `<case>.toml` (a copydesk.toml).
    let config_path = path.with_file_name(format!("{stem}.toml"));
    let configured;
    let engine = if config_path.exists() {
        let config = copydesk::config::Config::load(&config_path).unwrap_or_else(|e| panic!("{e}"));
        configured = engine.clone_with(config);
        &configured
    } else {
        engine
    };
    let diags = engine.check_source(&src, format);
    let expected = path.with_file_name(format!("{stem}.findings"));
    match role {
        Role::Catch if diags.is_empty() => {
            failures.push(format!(
                "{}: a catch fixture gave no finding",
                path.display()
            ));
        }
        Role::Trap if !diags.is_empty() => failures.push(format!(
            "{}: a trap fixture was flagged:\n{}",
            path.display(),
            indent(&compact::findings(&src, &diags))
        )),
        _ => {}
    }
    if role != Role::Trap {
        failures.extend(expect_file(&expected, &compact::findings(&src, &diags)));
    }
    let fixed_path = path.with_file_name(format!("{stem}.fixed"));
    let has_safe_fix = diags.iter().any(|d| {
        d.fix
            .as_ref()
            .is_some_and(copydesk::diagnostic::Fix::is_safe)
    });
    if has_safe_fix && (fixed_path.exists() || (bless() && role == Role::Catch)) {
        let (once, _) = copydesk::fix::apply(src.text(), &diags);
        let again_src = SourceFile::new(path.to_path_buf(), once.clone());
        let again = engine.check_source(&again_src, format);
        let (twice, _) = copydesk::fix::apply(&once, &again);
        if twice != once {
            failures.push(format!(
                "{}: applying the fixes a second time changed the text",
                path.display()
            ));
        }
        failures.extend(expect_file(&fixed_path, &once));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Catch,
    Trap,
    Article,
}

#[test]
fn fixtures() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut failures = Vec::new();
    let mut counts = String::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let name = dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("utf-8 name")
            .to_string();
        let engine = if name == "articles" {
            Engine::defaults()
        } else {
            assert!(
                copydesk::rules::find(&name).is_some(),
                "fixtures/{name}/ does not name a rule"
            );
            Engine::only(&name)
        };
        let (mut catches, mut traps) = (0, 0);
        // Expected output is named by the stem: two cases that differ only in their
        // extension would share (and overwrite) one `.findings` and one `.fixed`.
        let mut stems = std::collections::HashSet::new();
        for case in cases(&dir) {
            let file = case
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default();
            let role = if name == "articles" {
                Role::Article
            } else if file.starts_with("catch-") {
                catches += 1;
                Role::Catch
            } else if file.starts_with("trap-") {
                traps += 1;
                Role::Trap
            } else {
                failures.push(format!(
                    "{}: fixture names start with catch- or trap-",
                    case.display()
                ));
                continue;
            };
            // (Traps expect no findings and keep no expected files.)
            let stem = case.with_extension("");
            if role != Role::Trap && !stems.insert(stem.clone()) {
                failures.push(format!(
                    "{}: another fixture has the stem {}; give one a -md or -html suffix",
                    case.display(),
                    stem.display()
                ));
            }
            check_case(&engine, &case, role, &mut failures);
        }
        let _ = writeln!(counts, "{name}: {catches} catch, {traps} trap");
    }
    eprintln!("{counts}");
    assert!(
        failures.is_empty(),
        "{} fixture failures:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The seed article fixture is the shared one, unchanged.
#[test]
fn seed_article_fixture_is_the_shared_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/seed-article.txt");
    let Ok(shared) = std::fs::read(shared) else {
        return; // ../shared is beside the checkout in CI and for developers; not in a tarball
    };
    let ours = std::fs::read(root.join("fixtures/articles/seed-article.txt")).expect("fixture");
    assert_eq!(
        ours, shared,
        "fixtures/articles/seed-article.txt differs from ../shared"
    );
}
