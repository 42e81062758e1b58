//! Typed rule options. A rule with options declares a type (serde `Deserialize`, every field
//! with a default) that is read from its `[rules.<id>]` table once, when the config loads;
//! the rule reads it back from the [`Context`](super::Context) with
//! [`Context::options`](super::Context::options). A bad table is a config error naming the
//! key, so the file and line can be reported.

use std::any::Any;
use std::sync::Arc;

use serde::de::DeserializeOwned;

/// A rule's options, deserialised: the rule's own type behind `Any`, shared by every engine
/// built from the config.
pub type RuleOptions = Arc<dyn Any + Send + Sync>;

/// Why a `[rules.<id>]` table could not be read into the rule's options.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    /// The option at fault, when one key alone is.
    pub key: Option<String>,
    /// What is wrong and what is expected.
    pub message: String,
}

/// The options type of a rule that has none: only an empty table (or `level` alone, which
/// the config takes out first) is accepted.
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoOptions {}

/// Reads `table` (the rule's table without `level`) into `T`.
///
/// On an error, each key is tried alone to find the one at fault: every field of an options
/// type has a default, so a table of one good key always reads.
pub fn read<T>(table: &toml::Table) -> Result<RuleOptions, OptionError>
where
    T: DeserializeOwned + Send + Sync + 'static,
{
    match toml::Value::Table(table.clone()).try_into::<T>() {
        Ok(options) => Ok(Arc::new(options)),
        Err(whole) => {
            for (key, value) in table {
                let mut alone = toml::Table::new();
                alone.insert(key.clone(), value.clone());
                if let Err(e) = toml::Value::Table(alone).try_into::<T>() {
                    return Err(OptionError {
                        key: Some(key.clone()),
                        message: explain(&e.to_string(), Some(value)),
                    });
                }
            }
            Err(OptionError {
                key: None,
                message: explain(&whole.to_string(), None),
            })
        }
    }
}

/// Turns serde's wording ("unknown variant `x`, expected one of `a`, `b`"; "invalid type:
/// integer `3`, expected a string") into copydesk's, with a suggestion for a misspelt value.
/// `value` is the value at fault, when known.
fn explain(message: &str, value: Option<&toml::Value>) -> String {
    let message = message.trim();
    // toml adds where it was ("… in `style`"); the caller names the key itself.
    let message = message.split('\n').next().unwrap_or(message).trim();
    if let Some(rest) = message.strip_prefix("unknown variant `")
        && let Some((value, expected)) = rest.split_once("`, expected ")
    {
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return format!(
            "`{value}` is not one of {}{}",
            candidates
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", "),
            crate::text::did_you_mean(value, candidates.iter().copied())
        );
    }
    // What toml says when a value of the wrong type meets an enum of names.
    if message == "invalid type: unit variant, expected string only" {
        return match value {
            Some(v @ (toml::Value::Array(_) | toml::Value::Table(_))) => {
                format!("expected a string, found {}", v.type_str())
            }
            Some(v) => format!("expected a string, found {} `{v}`", v.type_str()),
            None => "expected a string".to_string(),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return format!("expected {expected}, found {found}");
    }
    message.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Default, serde::Deserialize)]
    #[serde(default, deny_unknown_fields)]
    struct Sample {
        style: Style,
        allow: Vec<String>,
    }

    #[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Style {
        #[default]
        Consistent,
        Oxford,
    }

    fn table(text: &str) -> toml::Table {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn a_good_table_reads_into_the_type() {
        let o = read::<Sample>(&table("style = \"oxford\"\nallow = [\"a\"]\n")).unwrap();
        let o = o.downcast_ref::<Sample>().unwrap();
        assert_eq!(o.style, Style::Oxford);
        assert_eq!(o.allow, ["a"]);
    }

    #[test]
    fn a_misspelt_value_names_its_key_and_suggests() {
        let e = read::<Sample>(&table("allow = []\nstyle = \"oxfrod\"\n")).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("style"));
        assert_eq!(
            e.message,
            "`oxfrod` is not one of `consistent`, `oxford` (did you mean `oxford`?)"
        );
    }

    #[test]
    fn a_value_of_the_wrong_type_names_its_key_and_the_type_expected() {
        let e = read::<Sample>(&table("style = \"oxford\"\nallow = \"a\"\n")).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("allow"));
        assert!(
            e.message.starts_with("expected a sequence"),
            "{}",
            e.message
        );
    }

    #[test]
    fn a_rule_without_options_takes_an_empty_table_only() {
        assert!(read::<NoOptions>(&toml::Table::new()).is_ok());
        let e = read::<NoOptions>(&table("style = 1\n")).unwrap_err();
        assert_eq!(e.key.as_deref(), Some("style"));
    }

    #[test]
    fn a_name_of_the_wrong_type_says_a_string_is_expected() {
        let e = read::<Sample>(&table("style = 3\n")).unwrap_err();
        assert_eq!(e.message, "expected a string, found integer `3`");
        let e = read::<Sample>(&table("style = [\"oxford\"]\n")).unwrap_err();
        assert_eq!(e.message, "expected a string, found array");
    }
}
