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
///
/// An embedded file with a JSON twin (written by `build.rs` from the same file) is read from
/// the twin, several times faster; if the twin does not fit `T`, the TOML is read instead, so
/// an error still names the TOML line.
pub fn parse_toml<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, DataError> {
    if let Some(json) = json_twin(path, text)
        && let Ok(value) = serde_json::from_str(json)
    {
        return Ok(value);
    }
    toml::from_str(text).map_err(|e| DataError {
        path: path.to_string(),
        line: e.span().map_or(1, |s| {
            1 + text[..s.start.min(text.len())].matches('\n').count()
        }),
        message: e.message().trim().to_string(),
    })
}

/// The JSON twin of `text` when `text` is the embedded file at `path` itself (not a user's
/// file of the same name, nor an edited copy).
fn json_twin(path: &str, text: &str) -> Option<&'static str> {
    let embedded = embedded(path)?;
    if !std::ptr::eq(embedded, text) {
        return None;
    }
    embedded::JSON
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, j)| *j)
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

#[cfg(test)]
mod tests {
    /// Each JSON twin holds exactly its TOML file's values, and the files read at every
    /// start have one.
    #[test]
    fn json_twins_hold_the_toml_values() {
        for (path, json) in super::embedded::JSON {
            let text = super::embedded(path).expect("a twin of an embedded file");
            if json.contains(SPANNED) {
                // A twin with positions: `spanned_twins_read_as_the_toml` compares it.
                continue;
            }
            let from_toml: toml::Value = toml::from_str(text).expect("parses");
            let want = serde_json::to_value(&from_toml).expect("converts");
            let got: serde_json::Value = serde_json::from_str(json).expect("parses");
            assert_eq!(got, want, "{path}");
            assert_eq!(super::json_twin(path, text), Some(*json));
        }
        for path in [
            "rules/countries.toml",
            "rules/articles.toml",
            "rules/groups/nato.toml",
        ] {
            let text = super::embedded(path).expect("embedded");
            assert!(super::json_twin(path, text).is_some(), "{path}");
            // A copy of the text (a user's file) is read as TOML.
            let copy = String::from(text);
            assert!(super::json_twin(path, copy.as_str()).is_none(), "{path}");
        }
    }

    /// The key of a position in a twin that keeps them (`build/spanned.rs`).
    const SPANNED: &str = "\"$__serde_spanned_private_start\"";

    /// The residue list and the style sheets have twins that keep the positions of their
    /// values, and read from them exactly as from the TOML: the same values, the same
    /// byte spans.
    #[test]
    fn spanned_twins_read_as_the_toml() {
        let mut checked = 0;
        for (path, json) in super::embedded::JSON {
            if !json.contains(SPANNED) {
                continue;
            }
            let text = super::embedded(path).expect("a twin of an embedded file");
            let copy = String::from(text);
            let (twin, toml) = if path.starts_with("rules/style/") {
                let read = |t: &str| {
                    super::style::parse_file(path, t).map(|rules| {
                        format!(
                            "{:?}",
                            rules
                                .iter()
                                .map(super::style::Located::debug)
                                .collect::<Vec<_>>()
                        )
                    })
                };
                (read(text), read(&copy))
            } else {
                (
                    super::residue::debug_file(path, text),
                    super::residue::debug_file(path, &copy),
                )
            };
            let twin = twin.unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(twin, toml.unwrap_or_else(|e| panic!("{e}")), "{path}");
            assert!(twin.contains("span") || twin.contains("line"), "{path}");
            checked += 1;
        }
        assert!(
            checked >= 2,
            "the residue list and the house style have twins"
        );
    }
}
