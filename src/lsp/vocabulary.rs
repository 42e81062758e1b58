//! "Ignore this word": adds a word to the user's vocabulary on disk.
//!
//! The word goes to the first file of the nearest config's `[vocabulary] files` (one word a
//! line), else into the `accept` list of the nearest `copydesk.toml`, else into a new
//! `copydesk.toml` at the workspace root. The server writes the file itself, so the action
//! works in every editor, including for files the editor has not opened.

use std::fmt::Write as _;
use std::path::Path;

use super::checker::VocabularyTarget;
use crate::config::Config;

/// Adds `word`; returns the file written.
pub(crate) fn add(target: &VocabularyTarget, word: &str) -> Result<String, String> {
    let word = word.trim();
    if word.is_empty() || word.contains(['\n', '\r']) {
        return Err(format!("`{word}` cannot be added to the vocabulary"));
    }
    match target {
        VocabularyTarget::File(path) => {
            let mut text = read(path)?;
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(word);
            text.push('\n');
            write(path, &text)?;
            Ok(path.display().to_string())
        }
        VocabularyTarget::Accept(path) => {
            let old = read(path)?;
            let new = add_to_accept(&old, word).ok_or_else(|| {
                format!(
                    "cannot find where to add `{word}` in {}; add it to `[vocabulary] accept` by hand",
                    path.display()
                )
            })?;
            write(path, &new)?;
            if let Err(e) = Config::load(path) {
                // Never leave a config behind that `check` would refuse.
                write(path, &old)?;
                return Err(format!(
                    "adding `{word}` would break the config ({e}); not added"
                ));
            }
            Ok(path.display().to_string())
        }
        VocabularyTarget::Create(path) => {
            if path.exists() {
                return add(&VocabularyTarget::Accept(path.clone()), word);
            }
            write(
                path,
                &format!(
                    "# Words copydesk accepts here; see `copydesk init` for the other settings.\n[vocabulary]\naccept = [{}]\n",
                    quote(word)
                ),
            )?;
            Ok(path.display().to_string())
        }
    }
}

fn read(path: &Path) -> Result<String, String> {
    match std::fs::read_to_string(path) {
        Ok(t) => Ok(t),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(String::new()),
        Err(e) => Err(format!("cannot read {}: {e}", path.display())),
    }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn quote(word: &str) -> String {
    let mut s = String::from("\"");
    for c in word.chars() {
        match c {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            _ => s.push(c),
        }
    }
    s.push('"');
    s
}

#[derive(serde::Deserialize)]
struct Shape {
    vocabulary: Option<VocabularyShape>,
}

#[derive(serde::Deserialize)]
struct VocabularyShape {
    accept: Option<toml::Spanned<Vec<String>>>,
}

/// The config text with `word` added to `[vocabulary] accept`: into the existing array, or as
/// a new `accept` line under `[vocabulary]`, or as a new `[vocabulary]` table at the end.
fn add_to_accept(text: &str, word: &str) -> Option<String> {
    let shape: Shape = toml::from_str(text).ok()?;
    let quoted = quote(word);
    if let Some(accept) = shape.vocabulary.as_ref().and_then(|v| v.accept.as_ref()) {
        let span = accept.span();
        let close = span.end.checked_sub(1)?;
        if text.as_bytes().get(close) != Some(&b']') {
            return None;
        }
        // After the last element, or right after `[` when the list is empty.
        let inner = &text[span.start + 1..close];
        let trimmed = inner.trim_end();
        let (at, insert) = if accept.get_ref().is_empty() {
            (span.start + 1, quoted)
        } else if trimmed.ends_with(',') {
            (span.start + 1 + trimmed.len(), format!(" {quoted}"))
        } else {
            (span.start + 1 + trimmed.len(), format!(", {quoted}"))
        };
        let mut out = text.to_string();
        out.insert_str(at, &insert);
        return Some(out);
    }
    if shape.vocabulary.is_some() {
        // A `[vocabulary]` header without `accept`: the new key goes right under it.
        let mut at = 0;
        for line in text.split_inclusive('\n') {
            at += line.len();
            let head = line.split('#').next().unwrap_or("").trim();
            if head == "[vocabulary]" {
                let mut out = text.to_string();
                let nl = if line.ends_with('\n') { "" } else { "\n" };
                out.insert_str(at, &format!("{nl}accept = [{quoted}]\n"));
                return Some(out);
            }
        }
        return None;
    }
    let mut out = text.to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    let _ = write!(out, "\n[vocabulary]\naccept = [{quoted}]\n");
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_join_the_accept_list() {
        assert_eq!(
            add_to_accept("[vocabulary]\naccept = [\"Atambayev\"]\n", "jirga").as_deref(),
            Some("[vocabulary]\naccept = [\"Atambayev\", \"jirga\"]\n")
        );
        assert_eq!(
            add_to_accept("[vocabulary]\naccept = [\n  \"a\",\n]\n", "b").as_deref(),
            Some("[vocabulary]\naccept = [\n  \"a\", \"b\"\n]\n")
        );
        assert_eq!(
            add_to_accept("[vocabulary]\naccept = []\n", "b").as_deref(),
            Some("[vocabulary]\naccept = [\"b\"]\n")
        );
        assert_eq!(
            add_to_accept("[vocabulary] # mine\nreject = [\"x\"]\n", "b").as_deref(),
            Some("[vocabulary] # mine\naccept = [\"b\"]\nreject = [\"x\"]\n")
        );
        assert_eq!(
            add_to_accept("fail-on = \"error\"", "O\"Neil").as_deref(),
            Some("fail-on = \"error\"\n\n[vocabulary]\naccept = [\"O\\\"Neil\"]\n")
        );
    }

    #[test]
    fn the_written_config_still_loads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("copydesk.toml");
        std::fs::write(&path, "[rules]\ntypo = \"error\"\n").unwrap();
        add(&VocabularyTarget::Accept(path.clone()), "Sadyr").unwrap();
        let config = Config::load(&path).unwrap();
        assert!(config.vocabulary.accepts("sadyr"));

        let created = dir.path().join("sub").join("copydesk.toml");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        add(&VocabularyTarget::Create(created.clone()), "Jeenbekov").unwrap();
        assert!(
            Config::load(&created)
                .unwrap()
                .vocabulary
                .accepts("jeenbekov")
        );

        let words = dir.path().join("names.txt");
        std::fs::write(&words, "# names\nAlpha").unwrap();
        add(&VocabularyTarget::File(words.clone()), "Beta").unwrap();
        assert_eq!(
            std::fs::read_to_string(&words).unwrap(),
            "# names\nAlpha\nBeta\n"
        );
    }
}
