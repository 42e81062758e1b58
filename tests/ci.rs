//! copydesk in an article repository's CI, run as a user runs it: baselines, `--diff`, the
//! checkstyle, rdjson and SARIF formats on the seed article, and plain-text suppressions.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

mod common;
use common::{copydesk, run, tree};

fn seed() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/articles/seed-article.txt"),
    )
    .expect("seed article")
}

/// The JSON findings of `args` in `dir`.
fn json(dir: &Path, args: &[&str]) -> (i32, Vec<Value>, String) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = run(copydesk(dir).args(&all));
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    (
        code,
        v["diagnostics"].as_array().expect("diagnostics").clone(),
        err,
    )
}

// ---------------------------------------------------------------------------------------
// Baseline

const ARTICLE: &str = "\
Council Votes on Budget

The council said it would suport the budget on Thursday.

Members argued for hours about teh proposal before the vote.
";

#[test]
fn baseline_hides_old_findings_reports_new_ones_and_counts_stale_entries() {
    let d = tree(&[("articles/budget.txt", ARTICLE)]);
    let (code, before, _) = json(d.path(), &["articles"]);
    assert_eq!(code, 1);
    assert_eq!(before.len(), 2, "{before:?}");

    let (code, _, err) = run(copydesk(d.path()).args([
        "check",
        "--write-baseline",
        "copydesk-baseline.tsv",
        "articles",
    ]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("wrote 2 findings"), "{err}");
    let written = std::fs::read_to_string(d.path().join("copydesk-baseline.tsv")).expect("file");
    let lines: Vec<&str> = written.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].ends_with("\ttypo\tarticles/budget.txt\tsuport"),
        "{written}"
    );
    assert!(
        lines[1].ends_with("\ttypo\tarticles/budget.txt\tteh"),
        "{written}"
    );

    let with_baseline = ["--baseline", "copydesk-baseline.tsv", "articles"];
    let (code, now, err) = json(d.path(), &with_baseline);
    assert_eq!((code, now.len()), (0, 0), "{now:?}");
    assert!(
        err.contains("2 known findings not shown, no stale entries"),
        "{err}"
    );

    // A paragraph added above the old findings reports nothing new.
    let edited = ARTICLE.replace(
        "Council Votes on Budget\n\n",
        "Council Votes on Budget\n\nA new opening paragraph about the session.\n\n",
    );
    std::fs::write(d.path().join("articles/budget.txt"), &edited).expect("write");
    let (code, now, _) = json(d.path(), &with_baseline);
    assert_eq!((code, now.len()), (0, 0), "{now:?}");

    // Moving a paragraph reports nothing new either, and rewriting the baseline then gives
    // the same file: it is sorted by content, not by position.
    let moved = "Council Votes on Budget\n\nMembers argued for hours about teh proposal before the vote.\n\nThe council said it would suport the budget on Thursday.\n";
    std::fs::write(d.path().join("articles/budget.txt"), moved).expect("write");
    let (code, now, _) = json(d.path(), &with_baseline);
    assert_eq!((code, now.len()), (0, 0), "{now:?}");
    run(copydesk(d.path()).args(["check", "--write-baseline", "again.tsv", "articles"]));
    let again = std::fs::read_to_string(d.path().join("again.tsv")).expect("file");
    assert_eq!(again, written);

    // A new typo reports exactly that typo.
    let typo = edited.replace("about the session", "about the sesion");
    std::fs::write(d.path().join("articles/budget.txt"), &typo).expect("write");
    let (code, now, err) = json(d.path(), &with_baseline);
    assert_eq!(code, 1);
    assert_eq!(now.len(), 1, "{now:?}");
    assert_eq!(now[0]["rule"], "typo");
    assert_eq!(now[0]["message"], "misspelt word `sesion`");
    assert_eq!(now[0]["line"], 3);
    assert!(err.contains("no stale entries"), "{err}");

    // Removing a finding's text makes its entry stale.
    let fixed = typo.replace("about teh proposal", "about the proposal");
    std::fs::write(d.path().join("articles/budget.txt"), &fixed).expect("write");
    let (_, now, err) = json(d.path(), &with_baseline);
    assert_eq!(now.len(), 1, "{now:?}");
    assert!(
        err.contains("1 known finding not shown, 1 stale entry"),
        "{err}"
    );
}

#[test]
fn a_finding_fixed_and_made_again_elsewhere_is_reported() {
    let d = tree(&[("a.txt", ARTICLE)]);
    run(copydesk(d.path()).args(["check", "--write-baseline", "bl.tsv", "a.txt"]));
    let elsewhere = ARTICLE
        .replace("about teh proposal", "about the proposal")
        .replace("on Thursday", "on Thursday after teh debate");
    std::fs::write(d.path().join("a.txt"), elsewhere).expect("write");
    let (code, now, err) = json(d.path(), &["--baseline", "bl.tsv", "a.txt"]);
    assert_eq!(code, 1);
    assert_eq!(now.len(), 1, "{now:?}");
    assert_eq!(now[0]["message"], "misspelt word `teh`");
    assert!(err.contains("1 stale entry"), "{err}");
}

#[test]
fn baseline_entries_of_rules_or_files_not_checked_are_not_stale() {
    let d = tree(&[("a.txt", ARTICLE), ("b.txt", ARTICLE)]);
    run(copydesk(d.path()).args(["check", "--write-baseline", "bl.tsv", "."]));
    let (code, _, err) = json(d.path(), &["--baseline", "bl.tsv", "a.txt"]);
    assert_eq!(code, 0);
    assert!(err.contains("no stale entries"), "{err}");
    let (_, _, err) = json(
        d.path(),
        &["--baseline", "bl.tsv", "--select", "repeated-word", "."],
    );
    assert!(err.contains("no stale entries"), "{err}");
    // A file that is gone leaves stale entries.
    std::fs::remove_file(d.path().join("b.txt")).expect("rm");
    let (_, _, err) = json(d.path(), &["--baseline", "bl.tsv", "a.txt"]);
    assert!(err.contains("2 stale entries"), "{err}");
}

#[test]
fn a_broken_or_missing_baseline_is_an_error_naming_it() {
    let d = tree(&[("a.txt", ARTICLE), ("bl.tsv", "# head\nnot a line\n")]);
    let (code, _, err) = run(copydesk(d.path()).args(["check", "--baseline", "bl.tsv", "a.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("bl.tsv:2:"), "{err}");
    let (code, _, err) =
        run(copydesk(d.path()).args(["check", "--baseline", "missing.tsv", "a.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("missing.tsv: no such baseline"), "{err}");
}

// ---------------------------------------------------------------------------------------
// --diff

#[test]
fn diff_prints_what_fix_would_write_and_writes_nothing() {
    let text = seed();
    let d = tree(&[("seed.txt", &text), ("copy/seed.txt", &text)]);
    let (code, diff, _) = run(copydesk(d.path()).args(["check", "--diff", "seed.txt"]));
    assert_eq!(code, 1, "exit code as for check");
    assert_eq!(
        std::fs::read_to_string(d.path().join("seed.txt")).expect("read"),
        text
    );
    assert!(
        diff.starts_with("--- a/seed.txt\n+++ b/seed.txt\n@@ "),
        "{diff}"
    );
    assert!(diff.contains("\n-Accessibility links\n"), "{diff}");

    // Applying the diff gives what --fix writes.
    let (_, _, _) = run(copydesk(&d.path().join("copy")).args(["check", "--fix", "seed.txt"]));
    let fixed = std::fs::read_to_string(d.path().join("copy/seed.txt")).expect("read");
    assert_eq!(apply_unified(&text, &diff), fixed);

    // With a baseline hiding every finding, the diff is still what --fix would write, and the
    // exit code is check's: 0.
    run(copydesk(d.path()).args(["check", "--write-baseline", "bl.tsv", "seed.txt"]));
    let (code, with_baseline, _) =
        run(copydesk(d.path()).args(["check", "--diff", "--baseline", "bl.tsv", "seed.txt"]));
    assert_eq!(code, 0);
    assert_eq!(with_baseline, diff);

    // Nothing to fix: no output, exit as check.
    let clean = tree(&[("c.txt", "The council met on Thursday.\n")]);
    let (code, diff, _) = run(copydesk(clean.path()).args(["check", "--diff", "c.txt"]));
    assert_eq!((code, diff.as_str()), (0, ""));
}

/// A small applier for one file's unified diff (hunks in order, exact context).
fn apply_unified(old: &str, diff: &str) -> String {
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let mut out = String::new();
    let mut at = 0;
    let mut lines = diff.split_inclusive('\n').skip(2).peekable();
    while let Some(header) = lines.next() {
        assert!(header.starts_with("@@ -"), "{header}");
        let start: usize = header[4..]
            .split([',', ' '])
            .next()
            .and_then(|n| n.parse().ok())
            .expect("hunk start");
        let start = start.saturating_sub(1);
        while at < start {
            out.push_str(old_lines[at]);
            at += 1;
        }
        while let Some(l) = lines.peek() {
            if l.starts_with("@@") {
                break;
            }
            let l = lines.next().expect("line");
            // `\ No newline at end of file` belongs to the line before it.
            let l = match lines.peek() {
                Some(next) if next.starts_with('\\') => {
                    lines.next();
                    l.strip_suffix('\n').unwrap_or(l)
                }
                _ => l,
            };
            match l.as_bytes()[0] {
                b' ' => {
                    assert_eq!(&l[1..], old_lines[at]);
                    out.push_str(&l[1..]);
                    at += 1;
                }
                b'-' => {
                    assert_eq!(&l[1..], old_lines[at]);
                    at += 1;
                }
                b'+' => out.push_str(&l[1..]),
                _ => {}
            }
        }
    }
    for l in &old_lines[at..] {
        out.push_str(l);
    }
    out
}

#[test]
fn diff_conflicts_with_fix() {
    let d = tree(&[("a.txt", ARTICLE)]);
    let (code, _, err) = run(copydesk(d.path()).args(["check", "--diff", "--fix", "a.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("cannot be used with"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Formats on the seed article

fn seed_tree() -> (TempDir, Vec<Value>) {
    let d = tree(&[("articles/seed-article.txt", &seed())]);
    let (code, diags, _) = json(d.path(), &["articles"]);
    assert_eq!(code, 1);
    assert!(diags.len() > 10);
    (d, diags)
}

#[test]
fn checkstyle_on_the_seed_article_parses_as_xml_with_every_finding() {
    let (d, diags) = seed_tree();
    let (code, out, _) =
        run(copydesk(d.path()).args(["check", "--format", "checkstyle", "articles"]));
    assert_eq!(code, 1);
    let xml = roxmltree::Document::parse(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let root = xml.root_element();
    assert_eq!(root.tag_name().name(), "checkstyle");
    let files: Vec<_> = root.children().filter(|n| n.has_tag_name("file")).collect();
    assert_eq!(files.len(), 1);
    assert_eq!(
        files[0].attribute("name"),
        Some("articles/seed-article.txt")
    );
    let errors: Vec<_> = files[0]
        .children()
        .filter(|n| n.has_tag_name("error"))
        .collect();
    assert_eq!(errors.len(), diags.len());
    for (e, d) in errors.iter().zip(&diags) {
        assert_eq!(e.attribute("line"), Some(d["line"].to_string().as_str()));
        assert_eq!(
            e.attribute("column"),
            Some(d["column"].to_string().as_str())
        );
        assert_eq!(e.attribute("severity"), d["severity"].as_str());
        let source = format!("copydesk.{}", d["rule"].as_str().expect("rule"));
        assert_eq!(e.attribute("source"), Some(source.as_str()));
        let message = e.attribute("message").expect("message");
        assert!(message.starts_with(d["message"].as_str().expect("message")));
    }
}

#[test]
fn checkstyle_escapes_markup_in_messages_and_paths() {
    let d = tree(&[(
        "a&b <1>.txt",
        "The \"council\" said it would suport <b> it.\n",
    )]);
    let (_, out, _) = run(copydesk(d.path()).args(["check", "--format", "checkstyle", "."]));
    let xml = roxmltree::Document::parse(&out).unwrap_or_else(|e| panic!("{e}\n{out}"));
    let file = xml
        .descendants()
        .find(|n| n.has_tag_name("file"))
        .expect("file");
    assert_eq!(file.attribute("name"), Some("a&b <1>.txt"));
}

#[test]
fn rdjson_on_the_seed_article_has_every_finding_and_fixes_as_suggestions() {
    let (d, diags) = seed_tree();
    let (code, out, _) = run(copydesk(d.path()).args(["check", "--format", "rdjson", "articles"]));
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["source"]["name"], "copydesk");
    let rd = v["diagnostics"].as_array().expect("diagnostics");
    assert_eq!(rd.len(), diags.len());
    let text = seed();
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |p: &Value| -> usize {
        let line = p["line"].as_u64().expect("line") as usize;
        line_starts[line - 1] + p["column"].as_u64().expect("column") as usize - 1
    };
    for (r, d) in rd.iter().zip(&diags) {
        assert_eq!(r["location"]["path"], "articles/seed-article.txt");
        assert_eq!(r["code"]["value"], d["rule"]);
        assert_eq!(r["message"], d["message"]);
        let sev = d["severity"].as_str().expect("severity").to_uppercase();
        assert_eq!(r["severity"], sev.as_str());
        // Columns are UTF-8 bytes: the range maps back to the finding's byte offsets.
        let range = &r["location"]["range"];
        assert_eq!(
            offset(&range["start"]),
            d["start"].as_u64().expect("start") as usize
        );
        assert_eq!(
            offset(&range["end"]),
            d["end"].as_u64().expect("end") as usize
        );
        match d["fix"]["edits"].as_array() {
            Some(edits) if edits.len() == 1 => {
                let s = &r["suggestions"][0];
                assert_eq!(s["text"], edits[0]["replacement"]);
                assert_eq!(
                    offset(&s["range"]["start"]),
                    edits[0]["start"].as_u64().expect("s") as usize
                );
                assert_eq!(
                    offset(&s["range"]["end"]),
                    edits[0]["end"].as_u64().expect("e") as usize
                );
            }
            Some(_) => assert!(r["suggestions"][0]["text"].is_string()),
            None => assert!(r.get("suggestions").is_none()),
        }
    }
    assert!(rd.iter().any(|r| r.get("suggestions").is_some()));
}

#[test]
fn sarif_on_the_seed_article_validates_and_maps_to_repository_files() {
    let (d, diags) = seed_tree();
    let cfg = "[[rule]]\nid = \"house/ceasefire\"\npattern = \"\\\\bcease-fire\\\\b\"\nreplace = \"ceasefire\"\nmessage = \"house style is `ceasefire`\"\nseverity = \"warning\"\n";
    std::fs::write(d.path().join("copydesk.toml"), cfg).expect("config");
    let (code, out, _) = run(copydesk(d.path()).args(["check", "--format", "sarif", "articles"]));
    assert_eq!(code, 1);

    // An independent SARIF 2.1.0 type library reads it.
    let sarif: serde_sarif::sarif::Sarif =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("not SARIF 2.1.0: {e}"));
    assert_eq!(sarif.version, Value::from("2.1.0"));
    let run0 = &sarif.runs[0];
    let rules = run0.tool.driver.rules.as_ref().expect("rules");
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    for id in [
        "typo",
        "duplicate-list-item",
        "house-style",
        "house/ceasefire",
        "house/alot",
    ] {
        assert!(ids.contains(&id), "{id} not in {ids:?}");
    }
    for r in rules {
        let help = r.help.as_ref().expect("help");
        assert!(!help.text.is_empty(), "{} has no help", r.id);
    }
    let ceasefire = rules
        .iter()
        .find(|r| r.id == "house/ceasefire")
        .expect("data rule");
    assert!(
        ceasefire
            .help
            .as_ref()
            .expect("help")
            .text
            .contains("house style is `ceasefire`")
    );

    let results = run0.results.as_ref().expect("results");
    assert_eq!(
        results.len(),
        diags.len() + 2,
        "the seed article's findings and its two cease-fires"
    );
    let bases = run0
        .original_uri_base_ids
        .as_ref()
        .expect("originalUriBaseIds");
    let root = bases["%SRCROOT%"].uri.as_ref().expect("uri");
    assert!(
        root.starts_with("file:///") && root.ends_with('/'),
        "{root}"
    );
    for r in results {
        let id = r.rule_id.as_deref().expect("ruleId");
        let index = usize::try_from(r.rule_index.expect("ruleIndex")).expect("index");
        assert_eq!(rules[index].id, id);
        let loc = r.locations.as_ref().expect("locations")[0]
            .physical_location
            .as_ref()
            .expect("physical")
            .artifact_location
            .as_ref()
            .expect("artifact")
            .clone();
        assert_eq!(loc.uri.as_deref(), Some("articles/seed-article.txt"));
        assert_eq!(loc.uri_base_id.as_deref(), Some("%SRCROOT%"));
        let fp = r.partial_fingerprints.as_ref().expect("fingerprints");
        assert_eq!(fp["copydesk/v1"].len(), 16);
    }

    // The fingerprints are the baseline's.
    run(copydesk(d.path()).args(["check", "--write-baseline", "bl.tsv", "articles"]));
    let baseline = std::fs::read_to_string(d.path().join("bl.tsv")).expect("baseline");
    let mut in_baseline: BTreeMap<String, usize> = BTreeMap::new();
    for l in baseline.lines().filter(|l| !l.starts_with('#')) {
        *in_baseline.entry(l[..16].to_string()).or_default() += 1;
    }
    let mut in_sarif: BTreeMap<String, usize> = BTreeMap::new();
    for r in results {
        let fp = &r.partial_fingerprints.as_ref().expect("fp")["copydesk/v1"];
        *in_sarif.entry(fp.clone()).or_default() += 1;
    }
    assert_eq!(in_sarif, in_baseline);
}

#[test]
fn sarif_lists_only_the_rules_that_ran() {
    let (d, _) = seed_tree();
    let (_, out, _) = run(copydesk(d.path()).args([
        "check",
        "--format",
        "sarif",
        "--select",
        "typo,repeated-word",
        "articles",
    ]));
    let sarif: serde_sarif::sarif::Sarif = serde_json::from_str(&out).expect("SARIF");
    let rules = sarif.runs[0].tool.driver.rules.as_ref().expect("rules");
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["repeated-word", "typo"]);
}

// ---------------------------------------------------------------------------------------
// Suppression in plain text

const SUPPRESSED: &str = "\
The council said it would suport the budget.

copydesk-disable-next-line typo -- quoted as the minister wrote it: teh suport
The minister wrote that he would suport the budget.
";

#[test]
fn plain_text_suppression_is_honoured_and_not_checked_as_prose() {
    let d = tree(&[("a.txt", SUPPRESSED)]);
    let (code, diags, _) = json(d.path(), &["a.txt"]);
    assert_eq!(code, 1);
    // Only the first line's typo: not the suppressed line, not the directive's own words.
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["line"], 1);

    // The reason is kept in JSON, in the suppression list beside the findings.
    let (_, out, _) = run(copydesk(d.path()).args(["check", "--format", "json", "a.txt"]));
    let v: Value = serde_json::from_str(&out).expect("json");
    let s = &v["suppressions"][0];
    assert_eq!(s["path"], "a.txt");
    assert_eq!(s["line"], 3);
    assert_eq!(s["rules"], serde_json::json!(["typo"]));
    assert_eq!(s["reason"], "quoted as the minister wrote it: teh suport");
    assert_eq!(v["version"], 1);

    // Without suppressions the JSON object is exactly the fixed one.
    let clean = tree(&[("a.txt", "The council met.\n")]);
    let (_, out, _) = run(copydesk(clean.path()).args(["check", "--format", "json", "a.txt"]));
    let v: Value = serde_json::from_str(&out).expect("json");
    let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["diagnostics", "files_checked", "version"]);
}

#[test]
fn an_unknown_rule_id_in_a_suppression_is_a_finding_in_every_format() {
    let text = SUPPRESSED.replace("next-line typo --", "next-line typoo --");
    let d = tree(&[("a.txt", &text)]);
    let (_, diags, _) = json(d.path(), &["a.txt"]);
    let unknown: Vec<&Value> = diags
        .iter()
        .filter(|d| d["rule"] == "unknown-suppression")
        .collect();
    assert_eq!(unknown.len(), 1, "{diags:?}");
    assert_eq!(unknown[0]["line"], 3);
    assert_eq!(unknown[0]["suggestions"], serde_json::json!(["typo"]));
    assert_eq!(unknown[0]["fix"]["safe"], false);
    for (format, needle) in [
        (
            "human",
            "warning[unknown-suppression]: unknown rule `typoo`",
        ),
        ("jsonl", "\"rule\":\"unknown-suppression\""),
        (
            "github",
            "title=copydesk unknown-suppression::unknown rule `typoo`",
        ),
        ("checkstyle", "source=\"copydesk.unknown-suppression\""),
        ("rdjson", "\"value\":\"unknown-suppression\""),
        ("sarif", "\"ruleId\": \"unknown-suppression\""),
        ("html", "unknown rule <code>typoo</code>"),
    ] {
        let (_, out, _) = run(copydesk(d.path()).args(["check", "--format", format, "a.txt"]));
        let found =
            out.contains(needle) || (format == "html" && out.contains("unknown rule `typoo`"));
        assert!(found, "{format}: {needle} not in\n{out}");
    }
    // Markdown and HTML comments too.
    let md = tree(&[
        (
            "a.md",
            "<!-- copydesk-disable-next-line repeated-words -->\nIt is is here.\n",
        ),
        (
            "b.html",
            "<p><!-- copydesk-disable-next-line tyop --></p>\n<p>Fine.</p>\n",
        ),
    ]);
    let (_, diags, _) = json(md.path(), &["."]);
    let ids: Vec<(&str, &str)> = diags
        .iter()
        .filter(|d| d["rule"] == "unknown-suppression")
        .map(|d| {
            (
                d["path"].as_str().expect("p"),
                d["suggestions"][0].as_str().expect("s"),
            )
        })
        .collect();
    assert_eq!(ids, [("a.md", "repeated-word"), ("b.html", "typo")]);
}
