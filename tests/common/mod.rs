//! Helpers shared by the tests that run the binary as a user does (`cli.rs`, `ci.rs`).
// Each test crate uses only some of these.
#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;
use tempfile::TempDir;

/// The built `copydesk` binary, run in `dir`, without colour.
pub(crate) fn copydesk(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("copydesk").expect("binary");
    c.current_dir(dir).env("NO_COLOR", "1");
    c
}

/// A temporary tree holding `files` (relative paths, folders made as needed).
pub(crate) fn tree_bytes(files: &[(&str, &[u8])]) -> TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, body) in files {
        let p = dir.path().join(name);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, body).expect("write");
    }
    dir
}

/// [`tree_bytes`] for text files.
pub(crate) fn tree(files: &[(&str, &str)]) -> TempDir {
    let bytes: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_bytes())).collect();
    tree_bytes(&bytes)
}

/// Runs `c`: its exit code, standard output and standard error.
pub(crate) fn run(c: &mut Command) -> (i32, String, String) {
    let out = c.output().expect("run");
    (
        out.status.code().expect("exit code"),
        String::from_utf8(out.stdout).expect("utf-8 stdout"),
        String::from_utf8(out.stderr).expect("utf-8 stderr"),
    )
}
