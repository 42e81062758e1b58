//! Tests about the rules as a set: ids, docs, fixtures, README, embedded data.

use std::fmt::Write as _;

use std::path::Path;

use copydesk::rules::{RULES, RuleMeta};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn ids_are_unique_kebab_case_and_sorted() {
    let ids: Vec<&str> = RULES.iter().map(|r| r.meta().id).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(
        ids, sorted,
        "the registry is alphabetical and has no duplicates"
    );
    for id in ids {
        assert!(
            id.split('-').all(|p| !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "`{id}` is not kebab-case"
        );
    }
}

#[test]
fn docs_have_every_heading_and_summaries_read_right() {
    for r in RULES {
        let m: &RuleMeta = r.meta();
        for heading in copydesk::rules::DOC_HEADINGS {
            assert!(
                m.docs.contains(&format!("## {heading}")),
                "{}: docs lack `## {heading}`",
                m.id
            );
        }
        assert!(
            !m.summary.ends_with('.'),
            "{}: summary ends with a period",
            m.id
        );
        assert!(
            m.summary.chars().next().is_some_and(|c| !c.is_uppercase()),
            "{}: summary starts with a capital",
            m.id
        );
    }
}

#[test]
fn every_rule_has_catch_and_trap_fixtures() {
    for r in RULES {
        let id = r.meta().id;
        let dir = root().join("fixtures").join(id);
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("fixtures/{id}/ is missing"))
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().any(|n| n.starts_with("catch-")),
            "fixtures/{id}/ has no catch-* case"
        );
        assert!(
            names.iter().any(|n| n.starts_with("trap-")),
            "fixtures/{id}/ has no trap-* case"
        );
    }
}

/// The README's rule table, between its markers, is what `copydesk rules` knows.
#[test]
fn readme_rule_table_is_current() {
    let mut table = String::from("| rule | default | catches | fix |\n|---|---|---|---|\n");
    for r in RULES {
        let m = r.meta();
        let fix = match m.fix {
            copydesk::rules::FixKind::Safe => "safe",
            copydesk::rules::FixKind::Unsafe => "shown",
            copydesk::rules::FixKind::None => "",
        };
        let _ = writeln!(
            table,
            "| `{}` | {} | {} | {fix} |",
            m.id,
            m.severity.as_str(),
            m.summary
        );
    }
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("README.md");
    let (start, end) = ("<!-- rules:start -->\n", "<!-- rules:end -->");
    let a = readme
        .find(start)
        .expect("README has the rules:start marker")
        + start.len();
    let b = readme.find(end).expect("README has the rules:end marker");
    if std::env::var_os("COPYDESK_BLESS").is_some() {
        let new = format!("{}{table}{}", &readme[..a], &readme[b..]);
        std::fs::write(&path, new).expect("write README");
        return;
    }
    assert_eq!(
        &readme[a..b],
        table,
        "README rule table is stale: run COPYDESK_BLESS=1 cargo test --test meta"
    );
}

#[test]
fn every_embedded_data_file_parses() {
    for (path, text) in copydesk::data::all_embedded() {
        let is_toml = Path::new(path)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
        if is_toml && let Err(e) = copydesk::data::parse_toml::<toml::Table>(path, text) {
            panic!("{e}");
        }
    }
}

/// The option names a rule lists (for `explain`, the config's "its options: …" and the
/// Python binding) are exactly the fields its options type reads: each listed name is a
/// known key (a bad value is then a value error), and a name it does not list is refused.
#[test]
fn listed_options_are_the_fields_of_the_options_type() {
    for rule in RULES {
        let meta = rule.meta();
        for name in meta.options {
            let mut table = toml::Table::new();
            // No option takes a date-time, so this is a bad value for every one of them.
            table.insert(
                (*name).to_string(),
                toml::Value::Datetime("1979-05-27T07:32:00Z".parse().unwrap()),
            );
            let e = rule
                .read_options(&table)
                .expect_err("a date-time is no option's value");
            assert_eq!(e.key.as_deref(), Some(*name), "{}", meta.id);
            assert!(
                !e.message.contains("unknown field"),
                "{}: option `{name}` is listed but its options type does not read it: {}",
                meta.id,
                e.message
            );
        }
        let mut table = toml::Table::new();
        table.insert("no-such-option".into(), toml::Value::Integer(1));
        let e = rule
            .read_options(&table)
            .expect_err("an unlisted option is refused");
        assert!(
            e.message.contains("unknown field"),
            "{}: {}",
            meta.id,
            e.message
        );
        assert!(
            rule.read_options(&toml::Table::new()).is_ok(),
            "{}",
            meta.id
        );
    }
}
