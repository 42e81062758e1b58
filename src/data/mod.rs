//! The data under `rules/`, embedded at build time, and the user's additions, read through
//! one loader so a bad built-in file and a bad user file give the same error: path, line,
//! what is wrong.

pub mod residue;
pub mod style;

use serde::de::DeserializeOwned;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// A data file that does not parse.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct DataError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

/// The embedded file at `path` (relative to the crate, e.g. `rules/countries.toml`).
pub fn embedded(path: &str) -> Option<&'static str> {
    embedded::FILES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, t)| *t)
}

/// Every embedded file whose path starts with `prefix`, sorted by path.
pub fn embedded_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static str)> {
    embedded::FILES
        .iter()
        .filter(move |(p, _)| p.starts_with(prefix))
        .copied()
}

/// Every embedded file.
pub fn all_embedded() -> &'static [(&'static str, &'static str)] {
    embedded::FILES
}

/// Parses a TOML data file, turning errors into path:line form.
pub fn parse_toml<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, DataError> {
    toml::from_str(text).map_err(|e| DataError {
        path: path.to_string(),
        line: e.span().map_or(1, |s| {
            1 + text[..s.start.min(text.len())].matches('\n').count()
        }),
        message: e.message().trim().to_string(),
    })
}

/// The data lines of a line-oriented file with their 1-based numbers: blank lines and lines
/// starting with `#` are skipped.
pub fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

pub mod claim_words;
pub mod countries;
pub mod fxhash;
pub mod given_names;
pub mod groups;
pub mod normalize;
pub mod regions;
