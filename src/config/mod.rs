//! `copydesk.toml`: schema, discovery, and errors that name the file and line and suggest
//! the key that was meant.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use std::sync::Arc;

use crate::data::DataError;
use crate::data::style::{self, StyleSheet};
use crate::diagnostic::Severity;
use crate::rules::{self, RuleOptions};
use crate::text::date::Date;

/// The file name looked for in the current directory and its parents.
pub const FILE_NAME: &str = "copydesk.toml";

/// A configuration error, with the file and line it comes from.
#[derive(Debug, thiserror::Error)]
#[error("{path}{line}: {message}", line = .line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

/// How loud a rule is, or off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    On(Severity),
}

impl Level {
    fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "off" => Level::Off,
            "error" => Level::On(Severity::Error),
            "warning" => Level::On(Severity::Warning),
            "info" => Level::On(Severity::Info),
            _ => return None,
        })
    }
}

/// The lowest severity that makes `check` exit 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Never => false,
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
        }
    }
}

pub use crate::spell::Vocabulary;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawConfig {
    fail_on: Option<toml::Spanned<String>>,
    #[serde(default)]
    exclude: Vec<String>,
    date: Option<toml::Spanned<String>>,
    #[serde(default)]
    rules: BTreeMap<String, toml::Spanned<RuleSetting>>,
    #[serde(default)]
    vocabulary: Vocabulary,
    /// User style rules, the same schema as `rules/style/*.toml`.
    #[serde(default)]
    rule: Vec<toml::Spanned<style::RawRule>>,
    /// Rule files, or folders of `*.toml` rule files, relative to the config file.
    #[serde(default)]
    rule_paths: Vec<PathBuf>,
    /// The articles' languages: the first is the default, and with more than one, detection
    /// chooses among them.
    languages: Option<toml::Spanned<Vec<toml::Spanned<String>>>>,
    /// Path patterns (gitignore-style globs) with the language of the files they match.
    #[serde(default)]
    language_paths: BTreeMap<String, toml::Spanned<String>>,
    /// Front matter fields checked as prose.
    front_matter_prose: Option<Vec<String>>,
}

/// `typo = "warning"`, or a table with the level and the rule's options:
/// `[rules.typo]` / `level = "warning"` / `dialect = "en-GB"`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RuleSetting {
    Level(String),
    Table(toml::Table),
}

/// The loaded configuration.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// The file it came from; `None` for the defaults.
    pub path: Option<PathBuf>,
    pub fail_on: Option<FailOn>,
    pub exclude: Vec<String>,
    pub levels: BTreeMap<&'static str, Level>,
    /// The options of each rule with a `[rules.<id>]` table, read into the rule's options
    /// type when the config loads (see [`rules::options`]).
    pub options: BTreeMap<&'static str, RuleOptions>,
    /// The article date when the articles carry none (`date = "2012-06-07"`).
    pub date: Option<Date>,
    pub vocabulary: Vocabulary,
    /// The built-in style sheet with the user's rules, compiled; `None` when the user has
    /// none (the built-in sheet alone is used).
    pub style: Option<Arc<StyleSheet>>,
    /// The languages of the articles (`languages`, `[language-paths]`).
    pub languages: crate::lang::Settings,
    /// Front matter fields checked as prose (`front-matter-prose`); `None`: the built-in
    /// list, [`crate::parse::PROSE_FIELDS`].
    pub prose_fields: Option<Vec<String>>,
}

impl Config {
    /// The style rules of this run.
    pub fn style_sheet(&self) -> Arc<StyleSheet> {
        self.style.clone().unwrap_or_else(style::builtin)
    }

    /// Finds `copydesk.toml` in `dir` or its parents.
    pub fn discover(dir: &Path) -> Option<PathBuf> {
        dir.ancestors()
            .map(|d| d.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// Reads and checks a config file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
            path: path.to_path_buf(),
            line: None,
            message: format!("cannot read the config file: {e}"),
        })?;
        Config::parse(path, &text)
    }

    /// Checks config text read from `path`.
    pub fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
        let err = |offset: Option<usize>, message: String| ConfigError {
            path: path.to_path_buf(),
            line: offset.map(|o| 1 + text[..o.min(text.len())].matches('\n').count()),
            message,
        };
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let message = explain_toml_error(e.message());
            err(e.span().map(|s| s.start), message)
        })?;
        let fail_on = match raw.fail_on {
            None => None,
            Some(v) => Some(match v.get_ref().as_str() {
                "error" => FailOn::Error,
                "warning" => FailOn::Warning,
                "info" => FailOn::Info,
                "never" => FailOn::Never,
                other => {
                    return Err(err(
                        Some(v.span().start),
                        format!(
                            "`fail-on` is `{other}`, expected one of `error`, `warning`, `info`, `never`{}",
                            did_you_mean(other, ["error", "warning", "info", "never"])
                        ),
                    ));
                }
            }),
        };
        let mut levels = BTreeMap::new();
        let mut options = BTreeMap::new();
        for (id, setting) in &raw.rules {
            let at = Some(setting.span().start);
            let Some(rule) = rules::find(id) else {
                return Err(err(
                    at,
                    format!(
                        "unknown rule `{id}` in [rules]{}; `copydesk rules` lists them",
                        did_you_mean(id, rules::ids())
                    ),
                ));
            };
            let meta = rule.meta();
            let (level, table) = match setting.get_ref() {
                RuleSetting::Level(l) => (Some(l.as_str()), None),
                RuleSetting::Table(t) => {
                    let level = match t.get("level") {
                        None => None,
                        Some(toml::Value::String(l)) => Some(l.as_str()),
                        Some(_) => {
                            return Err(err(
                                at,
                                format!("`level` of rule `{id}` must be a string"),
                            ));
                        }
                    };
                    for key in t.keys().filter(|k| *k != "level") {
                        if !meta.options.contains(&key.as_str()) {
                            let known = if meta.options.is_empty() {
                                "it has no options".to_string()
                            } else {
                                format!("its options: {}", meta.options.join(", "))
                            };
                            return Err(err(
                                at,
                                format!(
                                    "unknown option `{key}` for rule `{id}`{}; {known}",
                                    did_you_mean(key, meta.options.iter().copied())
                                ),
                            ));
                        }
                    }
                    let mut t = t.clone();
                    t.remove("level");
                    let options = rule.read_options(&t).map_err(|e| match e.key {
                        Some(key) => err(
                            key_offset(text, setting.span().start, &key).or(at),
                            format!("option `{key}` of rule `{id}`: {}", e.message),
                        ),
                        None => err(at, format!("options of rule `{id}`: {}", e.message)),
                    })?;
                    (level, Some(options))
                }
            };
            if let Some(level) = level {
                let Some(l) = Level::parse(level) else {
                    return Err(err(
                        at,
                        format!(
                            "rule `{id}` is set to `{level}`, expected one of `error`, `warning`, `info`, `off`{}",
                            did_you_mean(level, ["error", "warning", "info", "off"])
                        ),
                    ));
                };
                levels.insert(meta.id, l);
            }
            if let Some(t) = table {
                options.insert(meta.id, t);
            }
        }
        let date = match raw.date {
            None => None,
            Some(d) => match Date::parse_iso(d.get_ref()).filter(|_| is_iso_date(d.get_ref())) {
                Some(date) => Some(date),
                None => {
                    return Err(err(
                        Some(d.span().start),
                        format!("`date` is `{}`; write it as YYYY-MM-DD", d.get_ref()),
                    ));
                }
            },
        };
        for glob in &raw.exclude {
            if let Err(e) = ignore::overrides::OverrideBuilder::new(".").add(&format!("!{glob}")) {
                let at = text.find(glob.as_str());
                return Err(err(at, format!("bad pattern in `exclude`: {e}")));
            }
        }
        let base = path.parent().unwrap_or(Path::new("."));
        let languages = languages(raw.languages, &raw.language_paths, base, &err)?;
        let mut vocabulary = raw.vocabulary;
        if let Err((file, message)) = vocabulary.index(base) {
            let at = text.find(&file).or_else(|| text.find("files"));
            return Err(err(at, message));
        }
        let style = if raw.rule.is_empty() && raw.rule_paths.is_empty() {
            None
        } else {
            let from_data = |e: DataError| ConfigError {
                path: PathBuf::from(e.path),
                line: Some(e.line),
                message: e.message,
            };
            let mut rules = style::builtin_raw();
            let shown = path.display().to_string();
            rules.extend(
                raw.rule
                    .into_iter()
                    .map(|r| style::located(&shown, text, r)),
            );
            for p in &raw.rule_paths {
                let p = base.join(p);
                let files = if p.is_dir() {
                    let mut v: Vec<PathBuf> = std::fs::read_dir(&p)
                        .map_err(|e| {
                            err(
                                None,
                                format!("cannot read rule folder {}: {e}", p.display()),
                            )
                        })?
                        .filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|f| f.extension().is_some_and(|x| x == "toml"))
                        .collect();
                    v.sort();
                    v
                } else {
                    vec![p]
                };
                for f in files {
                    rules.extend(style::read_file(&f).map_err(from_data)?);
                }
            }
            Some(Arc::new(style::compile(rules).map_err(from_data)?))
        };
        Ok(Config {
            path: Some(path.to_path_buf()),
            style,
            fail_on,
            exclude: raw.exclude,
            levels,
            options,
            date,
            vocabulary,
            languages,
            prose_fields: raw.front_matter_prose,
        })
    }

    /// The directory relative paths in the config are resolved against.
    pub fn base_dir(&self) -> PathBuf {
        self.path
            .as_deref()
            .and_then(Path::parent)
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }
}

/// Where option `key` is written in the config text, looking from `from` (where its rule's
/// table starts): `key = …` at the start of a line, or inside an inline table.
fn key_offset(text: &str, from: usize, key: &str) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut at = 0;
    while let Some(i) = rest[at..].find(key) {
        let start = at + i;
        let before = rest[..start].chars().next_back();
        let after = rest[start + key.len()..].trim_start_matches([' ', '\t', '"', '\'']);
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
            && after.starts_with('=')
        {
            return Some(from + start);
        }
        at = start + key.len();
    }
    None
}

/// A language tag from the config, or an error that says what is expected.
fn language(
    tag: &toml::Spanned<String>,
    key: &str,
    err: &dyn Fn(Option<usize>, String) -> ConfigError,
) -> Result<crate::lang::Language, ConfigError> {
    crate::lang::Language::parse(tag.get_ref()).ok_or_else(|| {
        err(
            Some(tag.span().start),
            format!(
                "`{}` in `{key}` is not a language copydesk knows{}; write an ISO 639-1 code such as `en`, `es`, `fr` or `de`",
                tag.get_ref(),
                did_you_mean(tag.get_ref(), crate::lang::Language::codes())
            ),
        )
    })
}

/// `languages = ["en", "es"]` and `[language-paths]`, checked.
fn languages(
    list: Option<toml::Spanned<Vec<toml::Spanned<String>>>>,
    paths: &BTreeMap<String, toml::Spanned<String>>,
    base: &Path,
    err: &dyn Fn(Option<usize>, String) -> ConfigError,
) -> Result<crate::lang::Settings, ConfigError> {
    let mut settings = crate::lang::Settings::default();
    if let Some(list) = list {
        let at = list.span().start;
        let list = list.into_inner();
        if list.is_empty() {
            return Err(err(
                Some(at),
                "`languages` is empty; list at least one, the default first: `languages = [\"en\"]`".to_string(),
            ));
        }
        let parsed = list
            .iter()
            .map(|t| language(t, "languages", err))
            .collect::<Result<Vec<_>, _>>()?;
        settings.default = parsed[0];
        if parsed.len() > 1 {
            settings.allow = parsed;
        }
    }
    let mut patterns: Vec<(&String, &toml::Spanned<String>)> = paths.iter().collect();
    // The longest (most specific) pattern is tried first.
    patterns.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    for (pattern, tag) in patterns {
        let lang = language(tag, "language-paths", err)?;
        let mut b = ignore::overrides::OverrideBuilder::new(base);
        let built = b.add(pattern).and_then(|b| b.build());
        match built {
            Ok(o) => settings.paths.push((o, lang)),
            Err(e) => {
                return Err(err(
                    Some(tag.span().start),
                    format!("bad pattern `{pattern}` in `language-paths`: {e}"),
                ));
            }
        }
    }
    Ok(settings)
}

/// `YYYY-MM-DD`, a real day of the calendar.
pub fn is_iso_date(s: &str) -> bool {
    s.len() == 10 && crate::text::date::Date::parse_iso(s).is_some()
}

/// Turns serde's "unknown field `x`, expected one of `a`, `b`" into a sentence with a
/// suggestion.
fn explain_toml_error(message: &str) -> String {
    let message = message.trim();
    if let Some(rest) = message.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected ")
    {
        let candidates: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        return format!(
            "unknown key `{field}`{}; known keys: {}",
            did_you_mean(field, candidates.iter().copied()),
            candidates.join(", ")
        );
    }
    message.to_string()
}

/// Kept here for callers that knew it as a config helper; it lives in [`crate::text`].
pub use crate::text::did_you_mean;

/// The commented starter file `copydesk init` writes.
pub const STARTER: &str = r#"# copydesk configuration: https://github.com/copydesk/copydesk#configuration
# Found by walking up from the current directory; or pass --config FILE.

# Lowest severity that makes `copydesk check` exit 1: error | warning | info | never
fail-on = "error"

# Paths (gitignore-style globs) never checked.
exclude = ["archive/**"]

# The articles' languages, the default first. A document's language comes from its front
# matter (`lang:`), its HTML `lang`, [language-paths], or detection; English-only rules
# (typo, serial-comma …) skip documents and passages in another language.
# languages = ["en"]

# [language-paths]
# "es/**" = "es"
# "**/*.fr.md" = "fr"

# Front matter fields checked as prose (the rest of the front matter is not).
# front-matter-prose = ["title", "description", "excerpt", "summary", "caption"]

[rules]
# Every rule id with its level: error | warning | info | off. `copydesk rules` lists them.
# repeated-word = "error"
# typo = "error"

# [rules.typo]
# dialect = "en-GB"        # or "en-US"; unset accepts American and British spellings

[vocabulary]
# Words that are right here (names, jargon) and words that are always wrong.
accept = []
reject = []
# Word lists, one word per line, relative to this file.
files = []
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(Path::new("copydesk.toml"), text)
    }

    #[test]
    fn reads_levels_and_fail_on() {
        let c = parse("fail-on = \"warning\"\n[rules]\nrepeated-word = \"off\"\n").unwrap();
        assert_eq!(c.fail_on, Some(FailOn::Warning));
        assert_eq!(c.levels.get("repeated-word"), Some(&Level::Off));
    }

    #[test]
    fn unknown_key_names_line_and_suggests() {
        let e = parse("exclude = []\nfail_on = \"error\"\n").unwrap_err();
        assert_eq!(e.line, Some(2));
        assert!(
            e.message.contains("did you mean `fail-on`"),
            "{}",
            e.message
        );
    }

    #[test]
    fn unknown_rule_suggests_the_nearest_id() {
        let e = parse("[rules]\n\nrepeated-words = \"error\"\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.message.contains("did you mean `repeated-word`"),
            "{}",
            e.message
        );
    }

    #[test]
    fn bad_level_is_an_error() {
        let e = parse("[rules]\nrepeated-word = \"eror\"\n").unwrap_err();
        assert!(e.message.contains("did you mean `error`"), "{}", e.message);
    }

    #[test]
    fn rule_tables_take_a_level_and_known_options_only() {
        let c = parse("[rules.repeated-word]\nlevel = \"warning\"\n").unwrap();
        assert_eq!(
            c.levels.get("repeated-word"),
            Some(&Level::On(Severity::Warning))
        );
        let e = parse("[rules.repeated-word]\nstyle = \"x\"\n").unwrap_err();
        assert!(
            e.message.contains("unknown option `style`"),
            "{}",
            e.message
        );
    }

    #[test]
    fn option_values_are_checked() {
        assert!(parse("[rules.typo]\ndialect = \"en-GB\"\n").is_ok());
        let e = parse("[rules.typo]\ndialect = \"en_GB\"\n").unwrap_err();
        assert!(e.message.contains("did you mean `en-GB`"), "{}", e.message);
    }

    #[test]
    fn option_values_are_checked_by_their_rule() {
        let c = parse("[rules.serial-comma]\nstyle = \"oxford\"\n").unwrap();
        assert!(c.options.contains_key("serial-comma"));
        let e = parse("[rules.serial-comma]\nstyle = \"oxfrod\"\n").unwrap_err();
        assert!(e.message.contains("did you mean `oxford`"), "{}", e.message);
    }

    #[test]
    fn a_value_of_the_wrong_type_names_the_line_of_its_key() {
        let e = parse("[rules]\nmissing-word = \"warning\"\n\n[rules.page-residue]\nlevel = \"error\"\nallow = \"Live updates\"\n")
            .unwrap_err();
        assert_eq!(e.line, Some(6), "{e}");
        assert!(
            e.message
                .starts_with("option `allow` of rule `page-residue`: expected a sequence"),
            "{}",
            e.message
        );
        let e = parse("[rules]\ntypo = { level = \"error\", dialect = 1 }\n").unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert!(e.message.contains("option `dialect` of rule `typo`"), "{e}");
    }

    #[test]
    fn date_must_be_iso() {
        assert_eq!(
            parse("date = \"2012-06-07\"\n").unwrap().date,
            Date::new(2012, 6, 7)
        );
        let e = parse("date = \"7 June 2012\"\n").unwrap_err();
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn vocabulary_files_are_read_relative_to_the_config() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("styles")).unwrap();
        std::fs::write(
            dir.path().join("styles/names.txt"),
            "# newsroom names\nAtambayev\nRahmonov\n",
        )
        .unwrap();
        let cfg = dir.path().join("copydesk.toml");
        let text = "[vocabulary]\naccept = [\"Weimin\"]\nreject = [\"Alot\"]\nfiles = [\"styles/names.txt\"]\n";
        let c = Config::parse(&cfg, text).unwrap();
        assert!(c.vocabulary.accepts("atambayev"));
        assert!(c.vocabulary.accepts("weimin"));
        assert!(c.vocabulary.rejects("alot"));
        assert!(!c.vocabulary.accepts("newsroom names"));
    }

    #[test]
    fn a_missing_vocabulary_file_names_the_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let cfg = dir.path().join("copydesk.toml");
        let e = Config::parse(&cfg, "[vocabulary]\n\nfiles = [\"names.txt\"]\n").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert!(
            e.message.contains("cannot read the vocabulary file")
                && e.message.contains("names.txt"),
            "{}",
            e.message
        );
    }

    #[test]
    fn starter_file_parses() {
        parse(STARTER).unwrap();
    }
}
