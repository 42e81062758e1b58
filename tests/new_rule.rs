//! `scripts/new-rule.sh` run in a temporary copy of the files it edits: the rule file with
//! its doc headings and test module, one line in each list of the registry, a README row,
//! and a catch and a trap. (The template itself is compiled by `cargo test`: see
//! `src/rules/mod.rs`.)

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A temporary tree with the script, its template, the registry and the README.
fn copy() -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("temp dir");
    for f in [
        "scripts/new-rule.sh",
        "scripts/new-rule/template.rs",
        "src/rules/mod.rs",
        "README.md",
    ] {
        let to = d.path().join(f);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(root().join(f), &to).expect("copy");
    }
    std::fs::create_dir_all(d.path().join("fixtures")).expect("mkdir");
    d
}

fn run(dir: &Path, id: &str) -> (i32, String) {
    let out = Command::new("bash")
        .arg(dir.join("scripts/new-rule.sh"))
        .arg(id)
        .env_remove("COPYDESK_ROOT")
        .output()
        .expect("bash runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The lines of `text` that match `keep`, in order.
fn lines(text: &str, keep: impl Fn(&str) -> bool) -> Vec<&str> {
    text.lines().filter(|l| keep(l)).collect()
}

fn is_sorted(v: &[&str]) -> bool {
    v.windows(2).all(|w| w[0] < w[1])
}

#[test]
fn scaffolds_a_rule_in_every_place_it_needs() {
    let d = copy();
    let registry_before = read(&d.path().join("src/rules/mod.rs"));
    let readme_before = read(&d.path().join("README.md"));
    // First, middle and last in alphabetical order.
    for id in ["aaa-first", "doubled-space", "zzz-last"] {
        let (code, err) = run(d.path(), id);
        assert_eq!(code, 0, "{id}: {err}");
    }

    let rule = read(&d.path().join("src/rules/doubled_space.rs"));
    assert!(rule.starts_with("use "), "{rule}");
    assert!(rule.contains("pub(crate) struct DoubledSpace {"));
    assert!(rule.contains("id: \"doubled-space\","));
    assert!(rule.contains("impl Rule for DoubledSpace {"));
    assert!(rule.contains("#[cfg(test)]\nmod tests {"));
    for heading in copydesk::rules::DOC_HEADINGS {
        assert!(rule.contains(&format!("/// ## {heading}\n")), "{heading}");
    }
    for left in ["rule-template", "rule_template", "RuleTemplate", "TEMPLATE"] {
        assert!(!rule.contains(left), "`{left}` left in the new rule");
    }

    let registry = read(&d.path().join("src/rules/mod.rs"));
    let mods = lines(&registry, |l| {
        l.starts_with("mod ") && !l.contains("rule_template")
    });
    assert!(mods.contains(&"mod doubled_space;"));
    assert_eq!(mods.first(), Some(&"mod aaa_first;"));
    assert_eq!(mods.last(), Some(&"mod zzz_last;"));
    assert!(is_sorted(&mods), "{mods:?}");
    let entries = lines(&registry, |l| l.starts_with("    &") && l.contains("::"));
    assert!(entries.contains(&"    &doubled_space::DoubledSpace,"));
    assert_eq!(entries.first(), Some(&"    &aaa_first::AaaFirst,"));
    assert_eq!(entries.last(), Some(&"    &zzz_last::ZzzLast,"));
    assert!(is_sorted(&entries), "{entries:?}");
    // Nothing else in the registry changed.
    let added = [
        "mod aaa_first;",
        "mod doubled_space;",
        "mod zzz_last;",
        "    &aaa_first::AaaFirst,",
        "    &doubled_space::DoubledSpace,",
        "    &zzz_last::ZzzLast,",
    ];
    assert_eq!(
        lines(&registry, |l| !added.contains(&l)),
        registry_before.lines().collect::<Vec<_>>()
    );

    let readme = read(&d.path().join("README.md"));
    let table = &readme[readme.find("<!-- rules:start -->").expect("marker")
        ..readme.find("<!-- rules:end -->").expect("marker")];
    let rows = lines(table, |l| l.starts_with("| `"));
    let row = "| `doubled-space` | warning | what it finds, in a lower-case fragment |  |";
    assert!(rows.contains(&row), "{rows:?}");
    assert!(is_sorted(&rows), "{rows:?}");
    assert_eq!(readme.lines().count(), readme_before.lines().count() + 3);

    let fixtures = d.path().join("fixtures/doubled-space");
    assert!(fixtures.join("catch-example.txt").is_file());
    assert!(fixtures.join("trap-example.txt").is_file());
}

#[test]
fn refuses_an_existing_rule_and_a_bad_id() {
    let d = copy();
    assert_eq!(run(d.path(), "doubled-space").0, 0);
    let (code, err) = run(d.path(), "doubled-space");
    assert_eq!(code, 2);
    assert!(err.contains("exists already"), "{err}");
    let (code, err) = run(d.path(), "typo");
    assert_eq!(code, 2, "{err}");
    for bad in ["Doubled-Space", "doubled_space", "-x", ""] {
        let (code, err) = run(d.path(), bad);
        assert_eq!(code, 2, "{bad:?}: {err}");
    }
}
