//! The binary as a user runs it: exit codes, formats, stdin, bad input, config, --fix.

use serde_json::Value;

mod common;
use common::{copydesk, run as stdout, tree_bytes as tree};

const CLEAN: &str = "The Chinese spokesman said Beijing supports the mediation efforts.\n";
const DOUBLED: &str = "The spokesman said Beijing supports the the mediation efforts.\n";

#[test]
fn exit_0_on_a_clean_file() {
    let d = tree(&[("clean.txt", CLEAN.as_bytes())]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "clean.txt"]));
    assert_eq!(code, 0);
    assert!(out.contains("no problems found in 1 file"), "{out}");
}

#[test]
fn exit_1_with_an_error_and_human_output_like_rustc() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "draft.txt"]));
    assert_eq!(code, 1);
    assert!(
        out.contains("error[repeated-word]: `the` is repeated"),
        "{out}"
    );
    assert!(out.contains("┌─ draft.txt:1:41"), "{out}");
    assert!(out.contains("first here"), "{out}");
    assert!(out.contains("= help: remove the second `the`"), "{out}");
    assert!(
        out.trim_end().ends_with("1 error in 1 file (1 checked)"),
        "{out}"
    );
}

#[test]
fn exit_2_for_a_missing_path_but_other_files_are_checked() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, out, err) = stdout(copydesk(d.path()).args(["check", "missing.md", "draft.txt"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("missing.md: no such file or directory"),
        "{err}"
    );
    assert!(out.contains("repeated-word"), "{out}");
}

#[test]
fn fail_on_changes_the_threshold() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, ..) = stdout(copydesk(d.path()).args(["check", "--fail-on", "never", "draft.txt"]));
    assert_eq!(code, 0);
    let cfg = "[rules]\nrepeated-word = \"warning\"\n";
    let d = tree(&[
        ("draft.txt", DOUBLED.as_bytes()),
        ("copydesk.toml", cfg.as_bytes()),
    ]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "draft.txt"]));
    assert_eq!(code, 0, "a warning does not fail by default");
    assert!(out.contains("warning[repeated-word]"), "{out}");
    let (code, ..) =
        stdout(copydesk(d.path()).args(["check", "--fail-on", "warning", "draft.txt"]));
    assert_eq!(code, 1);
}

#[test]
fn json_matches_the_spec_field_for_field() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, out, _) =
        stdout(copydesk(d.path()).args(["check", "--format", "json", "draft.txt"]));
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).expect("one JSON object");
    assert_eq!(v["version"], 1);
    assert_eq!(v["files_checked"], 1);
    let d0 = &v["diagnostics"][0];
    let keys: Vec<&str> = d0
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "rule",
        "severity",
        "path",
        "start",
        "end",
        "line",
        "column",
        "end_line",
        "end_column",
        "message",
        "labels",
        "suggestions",
        "fix",
    ];
    expected.sort_unstable();
    let mut keys = keys;
    keys.sort_unstable();
    assert_eq!(keys, expected);
    assert_eq!(d0["rule"], "repeated-word");
    assert_eq!(d0["path"], "draft.txt");
    assert_eq!(
        (d0["start"].as_u64(), d0["end"].as_u64()),
        (Some(40), Some(43))
    );
    assert_eq!(
        (d0["line"].as_u64(), d0["column"].as_u64()),
        (Some(1), Some(41))
    );
    assert_eq!(
        (d0["end_line"].as_u64(), d0["end_column"].as_u64()),
        (Some(1), Some(44))
    );
    assert_eq!(d0["labels"][0]["column"], 37);
    assert_eq!(d0["fix"]["safe"], true);
    assert_eq!(d0["fix"]["edits"][0]["replacement"], "");
}

#[test]
fn jsonl_prints_one_diagnostic_per_line() {
    let d = tree(&[("a.txt", DOUBLED.as_bytes()), ("b.txt", DOUBLED.as_bytes())]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "--format", "jsonl", "."]));
    assert_eq!(code, 1);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["path"], "a.txt");
    assert_eq!(lines[1]["path"], "b.txt");
}

#[test]
fn stdin_with_a_filename_uses_its_format() {
    let d = tree(&[]);
    let md = "Some `the the` code, then the\nthe prose.\n";
    let (code, out, _) = stdout(
        copydesk(d.path())
            .args([
                "check",
                "--format",
                "jsonl",
                "--stdin-filename",
                "story.md",
                "-",
            ])
            .write_stdin(md),
    );
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(out.trim()).expect("json");
    assert_eq!(v["path"], "story.md");
    assert_eq!(
        v["line"], 2,
        "the code span is masked; the soft break is not"
    );
}

#[test]
fn a_non_utf8_file_is_reported_with_its_line_and_skipped() {
    let d = tree(&[
        ("bad.txt", b"fine\nbroken \xff here\n"),
        ("draft.txt", DOUBLED.as_bytes()),
    ]);
    let (code, out, err) = stdout(copydesk(d.path()).args(["check", "."]));
    assert_eq!(code, 2);
    assert!(err.contains("bad.txt: not valid UTF-8 at line 2"), "{err}");
    assert!(
        out.contains("draft.txt"),
        "the other file is still checked: {out}"
    );
}

#[test]
fn a_binary_file_named_explicitly_is_an_error() {
    let d = tree(&[("photo.txt", b"JFIF\0\0\x01binary")]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "photo.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("photo.txt: not a text file"), "{err}");
}

#[test]
fn an_unreadable_file_is_reported_and_skipped() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    // A symlink loop cannot be read by anyone, root included.
    #[cfg(unix)]
    std::os::unix::fs::symlink("loop.txt", d.path().join("loop.txt")).expect("symlink");
    let (code, out, err) = stdout(copydesk(d.path()).args(["check", "loop.txt", "draft.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("loop.txt:"), "{err}");
    assert!(out.contains("draft.txt"), "{out}");
}

/// A named pipe named on the command line would block until a writer comes: it is refused
/// at once, the other files are still checked; walked, it is passed over.
#[cfg(unix)]
#[test]
fn a_named_pipe_is_refused_not_waited_on() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let status = std::process::Command::new("mkfifo")
        .arg(d.path().join("pipe.txt"))
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let (code, out, err) = stdout(
        copydesk(d.path())
            .args(["check", "pipe.txt", "draft.txt"])
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("pipe.txt: not a regular file (a named pipe)"),
        "{err}"
    );
    assert!(out.contains("draft.txt"), "{out}");
    let (code, _, err) = stdout(
        copydesk(d.path())
            .args(["check", "."])
            .timeout(std::time::Duration::from_secs(20)),
    );
    assert_eq!(code, 1, "{err}");
}

#[test]
fn utf16_and_crlf_files_are_read() {
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "Héllo\r\nthe the end.\r\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let d = tree(&[("u.txt", &utf16)]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "--format", "jsonl", "u.txt"]));
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(out.trim()).expect("json");
    assert_eq!(
        (v["line"].as_u64(), v["column"].as_u64()),
        (Some(2), Some(5))
    );
    // Offsets are into the file's own bytes: BOM + "Héllo\r\nthe " in UTF-16.
    assert_eq!(v["start"], 2 + 2 * 11);
}

#[test]
fn walking_honours_gitignore_and_exclude() {
    let d = tree(&[
        (".gitignore", b"drafts/\n"),
        ("copydesk.toml", b"exclude = [\"archive/**\"]\n"),
        ("drafts/a.md", DOUBLED.as_bytes()),
        ("archive/b.md", DOUBLED.as_bytes()),
        ("notes.rs", DOUBLED.as_bytes()),
        ("ok.md", CLEAN.as_bytes()),
    ]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "--format", "json", "."]));
    assert_eq!(code, 0, "{out}");
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["files_checked"], 1);
}

#[test]
fn select_and_ignore_check_rule_ids() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, ..) =
        stdout(copydesk(d.path()).args(["check", "--ignore", "repeated-word", "draft.txt"]));
    assert_eq!(code, 0);
    let (code, _, err) =
        stdout(copydesk(d.path()).args(["check", "--select", "repeated-words", "draft.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `repeated-word`"), "{err}");
}

/// A rule option of the wrong type is a config error on the line of the option, saying
/// what was expected; a misspelt value gets a suggestion.
#[test]
fn a_bad_option_value_names_the_file_line_and_expected_type() {
    let d = tree(&[
        (
            "copydesk.toml",
            b"[rules.serial-comma]\nlevel = \"warning\"\nstyle = 3\n",
        ),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("copydesk.toml:3: option `style` of rule `serial-comma`: expected"),
        "{err}"
    );
    assert!(err.contains("found integer `3`"), "{err}");
    let d = tree(&[
        ("copydesk.toml", b"[rules.typo]\n\ndialect = \"en_GB\"\n"),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("copydesk.toml:3: option `dialect` of rule `typo`"),
        "{err}"
    );
    assert!(err.contains("did you mean `en-GB`"), "{err}");
}

#[test]
fn a_config_error_names_the_file_and_line() {
    let d = tree(&[
        ("copydesk.toml", b"[rules]\nrepated-word = \"error\"\n"),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("copydesk.toml:2: unknown rule `repated-word`"),
        "{err}"
    );
    assert!(err.contains("did you mean `repeated-word`"), "{err}");
}

#[test]
fn config_is_found_in_a_parent_directory_or_given() {
    let d = tree(&[
        ("copydesk.toml", b"[rules]\nrepeated-word = \"off\"\n"),
        ("sub/a.txt", DOUBLED.as_bytes()),
    ]);
    let (code, ..) = stdout(copydesk(&d.path().join("sub")).args(["check", "a.txt"]));
    assert_eq!(code, 0);
    let other = tree(&[("strict.toml", b"fail-on = \"error\"\n")]);
    let cfg = other.path().join("strict.toml");
    let (code, ..) = stdout(
        copydesk(&d.path().join("sub"))
            .args(["check", "--config"])
            .arg(&cfg)
            .arg("a.txt"),
    );
    assert_eq!(code, 1);
}

#[test]
fn fix_rewrites_the_file_and_a_second_run_is_clean() {
    let d = tree(&[("draft.md", DOUBLED.as_bytes())]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "--fix", "draft.md"]));
    assert_eq!(code, 0, "{out}");
    let text = std::fs::read_to_string(d.path().join("draft.md")).expect("read");
    assert_eq!(
        text,
        "The spokesman said Beijing supports the mediation efforts.\n"
    );
    let (code, ..) = stdout(copydesk(d.path()).args(["check", "--fix", "draft.md"]));
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(d.path().join("draft.md")).expect("read"),
        text
    );
}

#[test]
fn fixes_of_two_rules_at_one_point_never_join_into_nonsense() {
    // The seed article's SCO sentence: duplicate-list-item deletes " and Uzbekistan" and
    // serial-comma inserts a comma at the same point. Applied together they wrote
    // "Tajikistan,, says".
    let seed = std::fs::read("../shared/seed-article.txt").expect("../shared beside the repo");
    let d = tree(&[("seed.txt", &seed)]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "--fix", "seed.txt"]));
    assert!(code <= 1, "{err}");
    let text = std::fs::read_to_string(d.path().join("seed.txt")).expect("read");
    assert!(!text.contains(",,"), "{text}");
    assert!(
        text.contains("Uzbekistan, Kyrgyzstan, and Tajikistan, says"),
        "{text}"
    );
}

#[test]
fn a_specific_rule_reports_a_word_alone_and_typo_still_sees_it_on_its_own() {
    // `statem` is a cut-off fragment (truncated-text) and an unknown word (typo); `Zelenskyy`
    // a second spelling of one person's name (name-variant) and a slip (typo).
    let text = "President Volodymyr Zelensky spoke in Kyiv on Monday. Zelensky asked for air \
                defence and more shells. Zelenskyy then left for Warsaw.\n\n\
                Her office said the remarks had been misreported, and she withdrew them in a \
                later statem\n\nThe delegates said there was alot of work left to do.\n";
    let d = tree(&[("a.md", text.as_bytes())]);
    let rules_at = |select: Option<&str>| {
        let mut cmd = copydesk(d.path());
        cmd.args(["check", "--format", "jsonl", "--fail-on", "never"]);
        if let Some(s) = select {
            cmd.args(["--select", s]);
        }
        let (_, out, _) = stdout(cmd.arg("a.md"));
        let mut found: Vec<(u64, String)> = out
            .lines()
            .map(|l| {
                let v: Value = serde_json::from_str(l).expect("jsonl");
                (
                    v["start"].as_u64().unwrap_or(0),
                    v["rule"].as_str().unwrap_or("").to_string(),
                )
            })
            .collect();
        found.sort();
        found
    };
    let statem = text.find("statem").expect("in text") as u64;
    let slip = text.find("Zelenskyy").expect("in text") as u64;
    let all = rules_at(None);
    let at = |n: u64| {
        all.iter()
            .filter(|(s, _)| *s == n)
            .map(|(_, r)| r.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(at(statem), ["truncated-text"], "{all:?}");
    assert_eq!(at(slip), ["name-variant"], "{all:?}");
    // A word the house style sheet names is its finding alone.
    let alot = text.find("alot").expect("in text") as u64;
    assert_eq!(at(alot), ["house/alot"], "{all:?}");
    let typo = rules_at(Some("typo"));
    assert!(typo.contains(&(statem, "typo".to_string())), "{typo:?}");
}

#[test]
fn quiet_prints_nothing() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "-q", "draft.txt"]));
    assert_eq!((code, out.as_str()), (1, ""));
}

/// `-q` folds each file into the exit code as it is checked (nothing is kept), and still
/// gives the full run's code: an unknown word in three files is a term, not a failure.
#[test]
fn quiet_exit_code_is_the_full_runs_across_files() {
    const UNKNOWN: &[u8] = b"The reporr came late to the meeting.\n";
    let two = tree(&[("a.txt", UNKNOWN), ("b.txt", UNKNOWN)]);
    let three = tree(&[("a.txt", UNKNOWN), ("b.txt", UNKNOWN), ("c.txt", UNKNOWN)]);
    let mixed = tree(&[
        ("a.txt", UNKNOWN),
        ("b.txt", UNKNOWN),
        ("c.txt", UNKNOWN),
        ("d.txt", DOUBLED.as_bytes()),
    ]);
    for (d, want) in [(&two, 1), (&three, 0), (&mixed, 1)] {
        for jobs in ["1", "2"] {
            let (full, _, _) = stdout(copydesk(d.path()).args(["check", "-j", jobs, "."]));
            let (quiet, out, _) = stdout(copydesk(d.path()).args(["check", "-q", "-j", jobs, "."]));
            assert_eq!((full, quiet, out.as_str()), (want, want, ""));
        }
    }
    let (code, _, err) = stdout(copydesk(two.path()).args(["check", "-q", "missing.md", "."]));
    assert_eq!(code, 2);
    assert!(err.contains("missing.md"), "{err}");
}

#[test]
fn color_always_uses_ansi_escapes() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (_, out, _) = stdout(copydesk(d.path()).args(["check", "--color", "always", "draft.txt"]));
    assert!(out.contains("\u{1b}["), "{out}");
    let (_, out, _) = stdout(copydesk(d.path()).args(["check", "--color", "never", "draft.txt"]));
    assert!(!out.contains("\u{1b}["), "{out}");
}

#[test]
fn rules_and_explain() {
    let d = tree(&[]);
    let (code, out, _) = stdout(copydesk(d.path()).arg("rules"));
    assert_eq!(code, 0);
    assert!(out.contains("repeated-word"), "{out}");
    let (code, out, _) = stdout(copydesk(d.path()).args(["explain", "repeated-word"]));
    assert_eq!(code, 0);
    assert!(out.contains("## Why it matters"), "{out}");
    let (code, _, err) = stdout(copydesk(d.path()).args(["explain", "repeat-word"]));
    assert_eq!(code, 2);
    assert!(err.contains("did you mean `repeated-word`"), "{err}");
}

#[test]
fn init_writes_a_config_that_check_accepts() {
    let d = tree(&[("a.txt", CLEAN.as_bytes())]);
    let (code, ..) = stdout(copydesk(d.path()).arg("init"));
    assert_eq!(code, 0);
    assert!(d.path().join("copydesk.toml").exists());
    let (code, ..) = stdout(copydesk(d.path()).arg("init"));
    assert_eq!(code, 2, "init does not overwrite");
    let (code, ..) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 0);
}

#[test]
fn user_rules_from_config_and_rule_files_report_under_their_ids() {
    let cfg = r#"rule-paths = ["styles"]

[[rule]]
id = "house/ceasefire"
pattern = "\\bcease-fire\\b"
replace = "ceasefire"
message = "house style is `ceasefire`"
severity = "error"
examples = { bad = ["a cease-fire deal"], good = ["a ceasefire deal"] }
"#;
    let file = "[[rule]]\nid = \"desk/utilise\"\nwords = [\"utilise\", \"utilize\"]\nreplace = \"use\"\nmessage = \"write `use`\"\n";
    let d = tree(&[
        ("copydesk.toml", cfg.as_bytes()),
        ("styles/desk.toml", file.as_bytes()),
        ("a.txt", b"They agreed a cease-fire and will utilise it.\n"),
    ]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "--format", "jsonl", "a.txt"]));
    assert_eq!(code, 1);
    let rules: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).expect("json")["rule"]
                .as_str()
                .expect("rule")
                .to_string()
        })
        .collect();
    assert_eq!(rules, ["house/ceasefire", "desk/utilise"]);
    let (code, out, _) = stdout(copydesk(d.path()).arg("test-rules"));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("32 style rules"), "{out}");
}

#[test]
fn test_rules_fails_clearly_on_a_rule_whose_example_misbehaves() {
    let cfg = "\n[[rule]]\nid = \"house/x\"\nwords = [\"foo\"]\nmessage = \"no foo\"\nexamples = { bad = [\"a bar here\"], good = [\"food\"] }\n";
    let d = tree(&[("copydesk.toml", cfg.as_bytes())]);
    let (code, out, _) = stdout(copydesk(d.path()).arg("test-rules"));
    assert_eq!(code, 1);
    assert!(
        out.contains("copydesk.toml:2: rule `house/x`: bad example not reported: \"a bar here\""),
        "{out}"
    );
    assert!(out.contains("1 misbehave"), "{out}");
}

#[test]
fn a_malformed_rule_names_the_file_line_and_problem() {
    let file = "# desk rules\n\n[[rule]]\nid = \"desk/a\"\nwords = [\"x\"]\nmessage = \"m\"\n\n[[rule]]\nid = \"desk/b\"\npattern = \"(unclosed\"\nmessage = \"m\"\n";
    let d = tree(&[
        ("copydesk.toml", b"rule-paths = [\"desk.toml\"]\n"),
        ("desk.toml", file.as_bytes()),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("desk.toml:8: rule `desk/b`: bad `pattern`"),
        "{err}"
    );
    let d = tree(&[
        (
            "copydesk.toml",
            b"[[rule]]\nid = \"nonamespace\"\nwords = [\"x\"]\nmessage = \"m\"\n",
        ),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("copydesk.toml:1: rule `nonamespace`: the id must be namespaced"),
        "{err}"
    );
}

#[test]
fn sarif_is_2_1_0_with_rules_results_and_fixes() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, out, _) =
        stdout(copydesk(d.path()).args(["check", "--format", "sarif", "draft.txt"]));
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    assert!(
        run["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules")
            .iter()
            .any(|r| r["id"] == "repeated-word")
    );
    let r = &run["results"][0];
    assert_eq!(r["ruleId"], "repeated-word");
    assert_eq!(r["level"], "error");
    let region = &r["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(1), Some(41))
    );
    assert_eq!(r["relatedLocations"][0]["message"]["text"], "first here");
    assert_eq!(
        r["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
        ""
    );
}

#[test]
fn github_prints_workflow_commands() {
    let d = tree(&[("draft.txt", DOUBLED.as_bytes())]);
    let (code, out, _) =
        stdout(copydesk(d.path()).args(["check", "--format", "github", "draft.txt"]));
    assert_eq!(code, 1);
    assert_eq!(
        out.trim(),
        "::error file=draft.txt,line=1,col=41,endLine=1,endColumn=44,title=copydesk repeated-word::`the` is repeated"
    );
}

#[test]
fn html_report_highlights_findings_and_escapes_the_text() {
    let d = tree(&[("draft.txt", b"Q&A: <b> the the end.\n")]);
    let (code, out, _) =
        stdout(copydesk(d.path()).args(["check", "--format", "html", "draft.txt"]));
    assert_eq!(code, 1);
    assert!(out.starts_with("<!doctype html>"), "{out}");
    assert!(out.contains("Q&amp;A: &lt;b&gt; the <mark class=\"error\" title=\"`the` is repeated\">the<sup>1</sup></mark> end."), "{out}");
    assert!(out.contains("repeated-word · 1:14"), "{out}");
}

#[test]
fn a_missing_vocabulary_file_is_a_config_error_naming_it() {
    let d = tree(&[
        (
            "copydesk.toml",
            b"[vocabulary]\naccept = []\nfiles = [\"styles/names.txt\"]\n",
        ),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.txt"]));
    assert_eq!(code, 2);
    assert!(err.contains("copydesk.toml:3:"), "{err}");
    assert!(
        err.contains("cannot read the vocabulary file") && err.contains("styles/names.txt"),
        "{err}"
    );
}

#[test]
fn the_vocabulary_accepts_and_rejects_words_for_typo() {
    let d = tree(&[
        (
            "copydesk.toml",
            b"[vocabulary]\nreject = [\"Kazakstan\"]\nfiles = [\"names.txt\"]\n",
        ),
        ("names.txt", b"# checked names\nsuportive\n"),
        (
            "a.txt",
            b"The suportive minister flew to Kazakstan and praised the goverment.\n",
        ),
    ]);
    let (code, out, _) = stdout(copydesk(d.path()).args(["check", "--format", "jsonl", "a.txt"]));
    assert_eq!(code, 1);
    let flagged: Vec<String> = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("json")["message"].to_string())
        .collect();
    assert_eq!(flagged.len(), 2, "{out}");
    assert!(
        flagged[0].contains("Kazakstan") && flagged[0].contains("reject list"),
        "{out}"
    );
    assert!(flagged[1].contains("goverment"), "{out}");
}

/// `--date` gives undated articles a date; the article's own date (front matter, dateline)
/// wins over it; the config's `date` is the fallback; a bad date is a usage error.
#[test]
fn date_option_front_matter_and_config() {
    const SCO_2012: &str = "The SCO, consisting of China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan, Uzbekistan, India and Pakistan, met.\n";
    let dated_md = format!("---\ndate: 2018-06-10\n---\n\n{SCO_2012}");
    let d = tree(&[
        ("undated.txt", SCO_2012.as_bytes()),
        ("dated.md", dated_md.as_bytes()),
        ("conf/copydesk.toml", b"date = \"2012-06-07\"\n"),
    ]);
    let run = |args: &[&str]| {
        let mut c = copydesk(d.path());
        c.args([
            "check",
            "--select",
            "inconsistent-membership",
            "--format",
            "json",
        ]);
        c.args(args);
        let (code, out, err) = stdout(&mut c);
        (code, out, err)
    };
    // Undated: India and Pakistan have been members (since 2017), so the list is accepted.
    let (code, _, _) = run(&["undated.txt"]);
    assert_eq!(code, 0);
    // On 7 June 2012 they were observers.
    let (code, out, _) = run(&["--date", "2012-06-07", "undated.txt"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("does not match 7 June 2012"), "{out}");
    // The front matter's 2018 date wins over --date.
    let (code, out, _) = run(&["--date", "2012-06-07", "dated.md"]);
    assert_eq!(code, 0, "{out}");
    // The config's date applies when neither the article nor the command line gives one.
    let (code, out, _) = run(&["--config", "conf/copydesk.toml", "undated.txt"]);
    assert_eq!(code, 1, "{out}");
    let (code, _, err) = run(&["--date", "2012-02-30", "undated.txt"]);
    assert_eq!(code, 2);
    assert!(err.contains("not a date"), "{err}");
}

#[test]
fn findings_over_the_cap_are_counted_in_a_note_on_stderr() {
    let body = "word ".repeat(1_200);
    let d = tree(&[("many.txt", body.as_bytes())]);
    let (code, out, err) = stdout(copydesk(d.path()).args([
        "check",
        "--format",
        "json",
        "--select",
        "repeated-word",
        "many.txt",
    ]));
    assert_eq!(code, 1);
    let v: Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v["diagnostics"].as_array().map(Vec::len), Some(1_000));
    assert!(
        err.contains("many.txt: 199 more `repeated-word` findings left out"),
        "{err}"
    );
    let (_, _, quiet) = stdout(copydesk(d.path()).args(["check", "-q", "many.txt"]));
    assert!(quiet.is_empty(), "{quiet}");
}

#[test]
fn a_finding_on_a_long_line_is_shown_in_a_window_with_its_real_column() {
    let mut line = "The talks went on. ".repeat(1_000);
    // The second `the`, 1-based.
    let col = line.chars().count() + "Then the ".len() + 1;
    line.push_str("Then the the envoys left.\n");
    let d = tree(&[("long.txt", line.as_bytes())]);
    let (code, out, _) =
        stdout(copydesk(d.path()).args(["check", "--select", "repeated-word", "long.txt"]));
    assert_eq!(code, 1);
    assert!(out.contains(&format!("long.txt:1:{col}")), "{out}");
    assert!(out.contains("Then the the envoys left."), "{out}");
    assert!(
        out.len() < 2_000,
        "the whole line was printed: {} bytes",
        out.len()
    );
}

/// Spanish pages told apart by a path pattern: English rules skip them, the summary says so,
/// and language-neutral rules still run on them.
#[test]
fn language_paths_skip_english_rules_and_the_summary_says_so() {
    let d = tree(&[
        (
            "copydesk.toml",
            b"languages = [\"en\"]\n\n[language-paths]\n\"es/**\" = \"es\"\n",
        ),
        ("es/corto.md", b"Gracias por venir el el martes.\n"),
        ("en/short.md", b"Thanks for comming on Tuesday.\n"),
    ]);
    let (code, out, err) = stdout(copydesk(d.path()).args(["check", "--format", "jsonl", "."]));
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("comming"), "{out}");
    assert!(!out.contains("Gracias") && !out.contains("martes"), "{out}");
    assert!(out.contains("repeated-word"), "{out}");
    assert!(
        err.contains("1 file in Spanish: English rules skipped"),
        "{err}"
    );
}

#[test]
fn an_unknown_language_in_the_config_names_the_line() {
    let d = tree(&[
        (
            "copydesk.toml",
            b"exclude = []\nlanguages = [\"en\", \"esp\"]\n",
        ),
        ("a.md", b"Hello.\n"),
    ]);
    let (code, _, err) = stdout(copydesk(d.path()).args(["check", "a.md"]));
    assert_eq!(code, 2);
    assert!(
        err.contains("copydesk.toml:2") && err.contains("`esp`") && err.contains("ISO 639-1"),
        "{err}"
    );
}

/// `vocab --add-unknown` appends the words `typo` reports, sorted and counted, keeps what the
/// file had, and a second run adds nothing; `check` then accepts the words.
#[test]
fn vocab_add_unknown_grows_the_vocabulary_without_damaging_it() {
    let d = tree(&[
        ("copydesk.toml", b"[vocabulary]\nfiles = [\"words.txt\"]\n"),
        ("words.txt", b"# our names\nAtambayev\nC#"),
        (
            "a.md",
            b"The frobnicator hummed. Atambayev stopped teh engine.\n",
        ),
        ("b.md", b"We checked the dashbaord and teh gauges.\n"),
    ]);
    let (code, _, err) =
        stdout(copydesk(d.path()).args(["vocab", "--add-unknown", "a.md", "b.md"]));
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(d.path().join("words.txt")).unwrap();
    assert!(text.starts_with("# our names\nAtambayev\nC#\n"), "{text}");
    let entries: Vec<&str> = text
        .lines()
        .skip(3)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    assert_eq!(
        entries,
        [
            "dashbaord  # 1 time; reported as a misspelling of `dashboard`: keep only if right",
            "frobnicator  # 1 time",
            "teh  # 2 times; reported as a misspelling of `the`: keep only if right",
        ],
        "{text}"
    );
    let (code, out, err) = stdout(copydesk(d.path()).args(["check", "a.md", "b.md"]));
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) =
        stdout(copydesk(d.path()).args(["vocab", "--add-unknown", "a.md", "b.md"]));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("nothing written"), "{err}");
    assert_eq!(
        std::fs::read_to_string(d.path().join("words.txt")).unwrap(),
        text
    );
    let (code, _, err) = stdout(copydesk(d.path()).args([
        "vocab",
        "--add-unknown",
        "--config",
        "none.toml",
        "a.md",
    ]));
    assert_eq!(code, 2, "{err}");
}
