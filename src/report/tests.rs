//! Writing reports whose text was let go after the check ([`Reread`]) gives the same bytes
//! as writing them with their text, and says so when a file changed in between.

use super::*;
use crate::doc::Format;
use crate::engine::Engine;

/// Articles with findings, a UTF-16 one with characters outside ASCII (columns and
/// original offsets), a suppression comment, a fix and a long line.
const FILES: &[(&str, &str)] = &[
    (
        "a.md",
        "# Notes\n\nThe the end of teh story.\n\n<!-- copydesk-disable-next-line typo -- quoted -->\nA wrold apart.\n",
    ),
    (
        "b.txt",
        "Café “naïve” résumé: the the recieve.\n\nSecond  line.\n",
    ),
    ("c.txt", "Clean text with nothing to say.\n"),
];

fn check(dir: &std::path::Path, release: bool) -> Vec<FileReport> {
    let engine = Engine::defaults();
    FILES
        .iter()
        .map(|(name, _)| {
            let path = dir.join(name);
            let bytes = std::fs::read(&path).expect("written");
            let source = SourceFile::decode(path.clone(), bytes).expect("text");
            let format = Format::from_path(&path).unwrap_or(Format::Plain);
            let diagnostics = engine.check_file(&source, format).diagnostics;
            let offsets: Vec<usize> = diagnostics
                .iter()
                .flat_map(|d| {
                    let mut o = vec![d.span.start(), d.span.end()];
                    o.extend(d.labels.iter().flat_map(|l| [l.span.start(), l.span.end()]));
                    o.extend(
                        d.fix
                            .iter()
                            .flat_map(|f| &f.edits)
                            .flat_map(|e| [e.span.start(), e.span.end()]),
                    );
                    o
                })
                .collect();
            let source = if release && !diagnostics.is_empty() {
                source.release(offsets)
            } else {
                source
            };
            FileReport {
                source,
                diagnostics,
            }
        })
        .collect()
}

fn write_files(dir: &std::path::Path) {
    for (name, text) in FILES {
        let bytes: Vec<u8> = if name.starts_with('b') {
            let mut b = vec![0xFF, 0xFE];
            b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            b
        } else {
            text.as_bytes().to_vec()
        };
        std::fs::write(dir.join(name), bytes).expect("write");
    }
}

type Writer = fn(&mut Vec<u8>, &[FileReport], &mut dyn Texts) -> std::io::Result<()>;

const WRITERS: &[(&str, Writer)] = &[
    ("human", |o, r, t| human::write_from(o, r, false, t)),
    ("json", |o, r, t| json::write_from(o, r, t)),
    ("jsonl", |o, r, t| json::write_lines_from(o, r, t)),
    ("sarif", |o, r, t| {
        sarif::write_run_from(
            o,
            r,
            &sarif::RuleInfo::for_run(["typo"], &crate::config::Config::default()),
            t,
        )
    }),
    ("github", |o, r, t| github::write_from(o, r, t)),
    ("checkstyle", |o, r, t| checkstyle::write_from(o, r, t)),
    ("rdjson", |o, r, t| rdjson::write_from(o, r, t)),
];

#[test]
fn released_reports_read_again_write_the_same_bytes() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_files(dir.path());
    let kept = check(dir.path(), false);
    let released = check(dir.path(), true);
    assert!(released[0].source.is_released() && released[1].source.is_released());
    assert!(kept.iter().filter(|r| !r.diagnostics.is_empty()).count() >= 2);
    for (name, write) in WRITERS {
        let mut before = Vec::new();
        write(&mut before, &kept, &mut Kept).expect("write");
        let mut after = Vec::new();
        let mut texts = Reread::default();
        write(&mut after, &released, &mut texts).expect("write");
        assert_eq!(
            String::from_utf8_lossy(&before),
            String::from_utf8_lossy(&after),
            "{name}"
        );
        assert!(texts.notes.is_empty(), "{name}: {:?}", texts.notes);
    }
    // The JSON writer file by file is the one-object writer with the suppressions.
    let mut whole = Vec::new();
    json::write_with_suppressions(&mut whole, &kept, &suppressions::records(&kept)).expect("write");
    let mut streamed = Vec::new();
    json::write_from(&mut streamed, &kept, &mut Kept).expect("write");
    assert_eq!(
        String::from_utf8_lossy(&whole),
        String::from_utf8_lossy(&streamed)
    );
    assert!(String::from_utf8_lossy(&whole).contains("\"suppressions\""));
}

#[test]
fn a_file_changed_after_the_check_is_shown_without_its_text_and_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_files(dir.path());
    let kept = check(dir.path(), false);
    let released = check(dir.path(), true);
    // Same length, other bytes: only the hash tells.
    let a = dir.path().join("a.md");
    let text = std::fs::read_to_string(&a).expect("read");
    std::fs::write(&a, text.replace("story", "stork")).expect("write");
    let mut out = Vec::new();
    let mut texts = Reread::default();
    human::write_from(&mut out, &released, false, &mut texts).expect("write");
    let out = String::from_utf8(out).expect("utf-8");
    assert_eq!(texts.notes.len(), 1, "{:?}", texts.notes);
    assert!(texts.notes[0].contains("a.md: changed after it was checked"));
    assert!(out.contains("no excerpt: the file changed after it was checked"));
    assert!(!out.contains("stork") && !out.contains("story"));
    // Where each finding is, as before.
    let (line, col) = kept[0].source.line_col(kept[0].diagnostics[0].span.start());
    assert!(out.contains(&format!("a.md:{line}:{col}")), "{out}");
    // The formats that need only positions are unchanged.
    for (name, write) in WRITERS {
        if !["jsonl", "github", "checkstyle"].contains(name) {
            continue;
        }
        let mut before = Vec::new();
        write(&mut before, &kept, &mut Kept).expect("write");
        let mut after = Vec::new();
        write(&mut after, &released, &mut Reread::default()).expect("write");
        assert_eq!(before, after, "{name}");
    }
    // A file that is gone is named too.
    std::fs::remove_file(dir.path().join("b.txt")).expect("remove");
    let mut texts = Reread::default();
    json::write_from(&mut Vec::new(), &released, &mut texts).expect("write");
    assert!(
        texts
            .notes
            .iter()
            .any(|n| n.contains("b.txt: cannot be read again"))
    );
}

/// The human output rendered on two threads is the same bytes as on one, in the same file
/// order, and a file changed after the check is still named once.
#[test]
fn human_output_rendered_on_several_threads_is_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    write_files(dir.path());
    let kept = check(dir.path(), false);
    let released = check(dir.path(), true);
    let mut before = Vec::new();
    human::write_from(&mut before, &kept, false, &mut Kept).expect("write");
    for jobs in [0, 1, 2, 3] {
        let mut after = Vec::new();
        let mut texts = Reread {
            jobs,
            ..Reread::default()
        };
        human::write_from(&mut after, &released, false, &mut texts).expect("write");
        assert_eq!(
            String::from_utf8_lossy(&before),
            String::from_utf8_lossy(&after),
            "jobs {jobs}"
        );
        assert!(texts.notes.is_empty(), "jobs {jobs}: {:?}", texts.notes);
    }
    let a = dir.path().join("a.md");
    let text = std::fs::read_to_string(&a).expect("read");
    std::fs::write(&a, text.replace("story", "stork")).expect("write");
    let mut texts = Reread {
        jobs: 2,
        ..Reread::default()
    };
    let mut out = Vec::new();
    human::write_from(&mut out, &released, false, &mut texts).expect("write");
    assert_eq!(texts.notes.len(), 1, "{:?}", texts.notes);
    assert!(texts.notes[0].contains("a.md: changed after it was checked"));
}
