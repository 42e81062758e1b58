//! The user's vocabulary: words that are right here and words that are always wrong, from
//! the config and its word-list files.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Words that are right here and words that are always wrong.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    #[serde(default)]
    pub accept: Vec<String>,
    #[serde(default)]
    pub reject: Vec<String>,
    /// Word-list files, one word per line, relative to the config file.
    #[serde(default)]
    pub files: Vec<PathBuf>,
    /// `accept` and the words of `files`, folded (lower case, straight apostrophes); built
    /// once when the config is loaded.
    #[serde(skip)]
    accepted: HashSet<String>,
    /// `reject`, folded.
    #[serde(skip)]
    rejected: HashSet<String>,
}

impl Vocabulary {
    /// Whether the folded word is accepted by the user's vocabulary.
    pub fn accepts(&self, folded: &str) -> bool {
        self.accepted.contains(folded)
    }

    /// Whether the folded word is on the user's reject list.
    pub fn rejects(&self, folded: &str) -> bool {
        self.rejected.contains(folded)
    }

    /// True when there is nothing on the reject list (the common case: no lookup per word).
    pub fn rejects_nothing(&self) -> bool {
        self.rejected.is_empty()
    }

    /// Builds the folded sets, reading `files` relative to `base`. On error returns the file
    /// as written in the config and what went wrong.
    pub(crate) fn index(&mut self, base: &Path) -> Result<(), (String, String)> {
        let mut key = String::new();
        let mut fold = |w: &str| {
            crate::text::fold::spelling_key_into(w.trim(), &mut key);
            key.clone()
        };
        self.accepted = self.accept.iter().map(|w| fold(w)).collect();
        self.rejected = self.reject.iter().map(|w| fold(w)).collect();
        for f in &self.files {
            let path = base.join(f);
            let text = std::fs::read(&path)
                .map_err(|e| e.to_string())
                .and_then(|b| String::from_utf8(b).map_err(|_| "it is not UTF-8".to_string()))
                .map_err(|e| {
                    (
                        f.display().to_string(),
                        format!("cannot read the vocabulary file `{}`: {e}", path.display()),
                    )
                })?;
            for (_, line) in crate::data::data_lines(&text) {
                self.accepted.insert(fold(super::strip_comment(line)));
            }
        }
        Ok(())
    }
}
