//! copydesk for Python: the library's engine behind `copydesk.check`, `copydesk.fix`,
//! `copydesk.rules`, `copydesk.explain` and `copydesk.Config`.
//!
//! Everything that decides a finding is the `copydesk` crate; this file only converts
//! arguments and results. The GIL is released while a text is parsed and checked, so threads
//! check articles in parallel, and a `Config` builds its engine once and reuses it.

use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use copydesk::config::{self, Config as CoreConfig, FailOn};
use copydesk::diagnostic::Diagnostic;
use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::rules::{self as core_rules, FixKind};
use copydesk::source::SourceFile;
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

create_exception!(
    copydesk,
    CopydeskError,
    PyValueError,
    "Base class of copydesk's errors; a ValueError. The message is the one the command line prints."
);
create_exception!(
    copydesk,
    ConfigError,
    CopydeskError,
    "A configuration that cannot be used: the message names the file and line and what is wrong."
);
create_exception!(
    copydesk,
    UnknownRuleError,
    CopydeskError,
    "A rule id that copydesk does not have (in select, ignore or explain)."
);
create_exception!(
    copydesk,
    DecodeError,
    CopydeskError,
    "Bytes that are not UTF-8 (or UTF-16 with a byte order mark), or not text at all."
);

/// The file name shown for a configuration given as a dict.
const DICT_NAME: &str = "<dict>";

/// A loaded configuration with its engine, built once.
struct Loaded {
    config: CoreConfig,
    engine: Engine,
    select: Vec<String>,
    ignore: Vec<String>,
    /// The TOML text and the path it was read from, to rebuild it after pickling.
    toml: Option<(String, PathBuf)>,
}

impl Loaded {
    fn new(
        config: CoreConfig,
        select: Vec<String>,
        ignore: Vec<String>,
        toml: Option<(String, PathBuf)>,
    ) -> PyResult<Loaded> {
        let engine = Engine::new(&config, &select, &ignore)
            .map_err(|e| UnknownRuleError::new_err(e.to_string()))?;
        Ok(Loaded {
            config,
            engine,
            select,
            ignore,
            toml,
        })
    }
}

/// The built-in rules and settings, used when `config` is `None`.
static DEFAULTS: LazyLock<Arc<Loaded>> = LazyLock::new(|| {
    let config = CoreConfig::default();
    let engine = Engine::new(&config, &[], &[]).expect("no rule named, none unknown");
    Arc::new(Loaded {
        config,
        engine,
        select: Vec::new(),
        ignore: Vec::new(),
        toml: None,
    })
});

fn config_error(e: &config::ConfigError, synthetic: Option<&Path>) -> PyErr {
    if synthetic.is_some_and(|p| p == e.path) {
        ConfigError::new_err(format!("{DICT_NAME}: {}", e.message))
    } else {
        ConfigError::new_err(e.to_string())
    }
}

/// A copydesk configuration: the rules and their levels, options, vocabulary, house style
/// and default date, with the engine built from them once and reused by every check.
///
/// `Config()` is the built-in defaults; `Config("copydesk.toml")` reads a file;
/// `Config({"rules": {"serial-comma": "off"}})` takes the same settings as a dict.
/// `select` and `ignore` narrow the rules as `--select` and `--ignore` do.
#[pyclass(module = "copydesk", frozen)]
struct Config {
    inner: Arc<Loaded>,
}

#[pymethods]
impl Config {
    #[new]
    #[pyo3(signature = (source=None, *, select=None, ignore=None, base_dir=None))]
    fn new(
        py: Python<'_>,
        source: Option<&Bound<'_, PyAny>>,
        select: Option<Vec<String>>,
        ignore: Option<Vec<String>>,
        base_dir: Option<PathBuf>,
    ) -> PyResult<Config> {
        let select = select.unwrap_or_default();
        let ignore = ignore.unwrap_or_default();
        let Some(source) = source.filter(|s| !s.is_none()) else {
            let config = CoreConfig::default();
            return Ok(Config {
                inner: Arc::new(py.detach(|| Loaded::new(config, select, ignore, None))?),
            });
        };
        if let Ok(dict) = source.cast::<PyDict>() {
            let table = dict_to_table(dict, "")?;
            let text = toml::to_string(&table)
                .map_err(|e| ConfigError::new_err(format!("{DICT_NAME}: {e}")))?;
            let base = match base_dir {
                Some(b) => b,
                None => std::env::current_dir().map_err(|e| {
                    ConfigError::new_err(format!("cannot read the current directory: {e}"))
                })?,
            };
            let path = base.join(DICT_NAME);
            return Config::from_toml(py, text, path, select, ignore, true);
        }
        let path: PathBuf = source.extract().map_err(|_| {
            PyTypeError::new_err(
                "Config() takes the path of a copydesk.toml, a dict of settings, or None",
            )
        })?;
        let text = std::fs::read_to_string(&path).map_err(|e| {
            ConfigError::new_err(format!(
                "{}: cannot read the config file: {e}",
                path.display()
            ))
        })?;
        Config::from_toml(py, text, path, select, ignore, false)
    }

    /// The configuration `copydesk check` would use when run in `start` (default: the
    /// current directory): the nearest `copydesk.toml` in it or its parents, or the defaults.
    #[staticmethod]
    #[pyo3(signature = (start=None, *, select=None, ignore=None))]
    fn discover(
        py: Python<'_>,
        start: Option<PathBuf>,
        select: Option<Vec<String>>,
        ignore: Option<Vec<String>>,
    ) -> PyResult<Config> {
        let start = match start {
            Some(s) => s,
            None => std::env::current_dir().map_err(|e| {
                ConfigError::new_err(format!("cannot read the current directory: {e}"))
            })?,
        };
        match CoreConfig::discover(&start) {
            Some(path) => {
                let path = path.into_pyobject(py)?;
                Config::new(py, Some(path.as_any()), select, ignore, None)
            }
            None => Config::new(py, None, select, ignore, None),
        }
    }

    /// Rebuilds a pickled configuration (Spark and multiprocessing send it to workers).
    #[staticmethod]
    fn _from_pickle(
        py: Python<'_>,
        text: Option<String>,
        path: Option<PathBuf>,
        select: Vec<String>,
        ignore: Vec<String>,
    ) -> PyResult<Config> {
        match (text, path) {
            (Some(text), Some(path)) => {
                let synthetic = path.file_name().is_some_and(|n| n == DICT_NAME);
                Config::from_toml(py, text, path, select, ignore, synthetic)
            }
            _ => Config::new(py, None, Some(select), Some(ignore), None),
        }
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let (text, path) = match &me.inner.toml {
            Some((t, p)) => (Some(t.clone()), Some(p.clone())),
            None => (None, None),
        };
        // Through the package's per-process cache: a Config sent to many tasks of one worker
        // process (Spark, multiprocessing) is parsed and its engine built once there.
        let ctor = py.import("copydesk")?.getattr("_unpickle_config")?;
        let args =
            (text, path, me.inner.select.clone(), me.inner.ignore.clone()).into_pyobject(py)?;
        PyTuple::new(py, [ctor, args.into_any()])
    }

    /// The file the settings came from (`None` for the defaults, `"<dict>"` for a dict).
    #[getter]
    fn path(&self) -> Option<String> {
        let path = self.inner.config.path.as_deref()?;
        if path.file_name().is_some_and(|n| n == DICT_NAME) {
            Some(DICT_NAME.to_string())
        } else {
            Some(path.display().to_string())
        }
    }

    /// The config's `date`, used for articles that carry none.
    #[getter]
    fn date(&self) -> Option<String> {
        self.inner.config.date.map(|d| d.to_string())
    }

    /// The config's `fail-on`, if it sets one.
    #[getter]
    fn fail_on(&self) -> Option<&'static str> {
        self.inner.config.fail_on.map(|f| match f {
            FailOn::Error => "error",
            FailOn::Warning => "warning",
            FailOn::Info => "info",
            FailOn::Never => "never",
        })
    }

    /// The ids of the rules this configuration runs, in order.
    #[getter]
    fn rules(&self) -> Vec<&'static str> {
        self.inner.engine.rule_ids().collect()
    }

    fn __repr__(&self) -> String {
        match self.path() {
            Some(p) => format!("Config({p:?})"),
            None => "Config()".to_string(),
        }
    }
}

impl Config {
    fn from_toml(
        py: Python<'_>,
        text: String,
        path: PathBuf,
        select: Vec<String>,
        ignore: Vec<String>,
        synthetic: bool,
    ) -> PyResult<Config> {
        let loaded = py.detach(|| {
            let config = CoreConfig::parse(&path, &text)
                .map_err(|e| config_error(&e, synthetic.then_some(path.as_path())))?;
            Loaded::new(config, select, ignore, Some((text, path)))
        })?;
        Ok(Config {
            inner: Arc::new(loaded),
        })
    }
}

/// A Python dict of settings as a TOML table.
fn dict_to_table(dict: &Bound<'_, PyDict>, at: &str) -> PyResult<toml::Table> {
    let mut table = toml::Table::new();
    for (k, v) in dict.iter() {
        let key: String = k.extract().map_err(|_| {
            ConfigError::new_err(format!(
                "{DICT_NAME}: keys must be strings, found `{}`",
                k.repr().map_or_else(|_| "?".to_string(), |r| r.to_string())
            ))
        })?;
        let here = if at.is_empty() {
            key.clone()
        } else {
            format!("{at}.{key}")
        };
        table.insert(key, py_to_toml(&v, &here)?);
    }
    Ok(table)
}

fn py_to_toml(v: &Bound<'_, PyAny>, at: &str) -> PyResult<toml::Value> {
    if let Ok(b) = v.cast::<PyBool>() {
        return Ok(toml::Value::Boolean(b.is_true()));
    }
    if v.is_instance_of::<PyInt>() {
        return Ok(toml::Value::Integer(v.extract()?));
    }
    if v.is_instance_of::<PyFloat>() {
        return Ok(toml::Value::Float(v.extract()?));
    }
    if let Ok(s) = v.cast::<PyString>() {
        return Ok(toml::Value::String(s.to_cow()?.into_owned()));
    }
    if let Ok(d) = v.cast::<PyDict>() {
        return Ok(toml::Value::Table(dict_to_table(d, at)?));
    }
    if let Ok(path) = v.extract::<PathBuf>() {
        return Ok(toml::Value::String(path.display().to_string()));
    }
    if v.is_instance_of::<PyList>() || v.is_instance_of::<PyTuple>() {
        let items: Vec<Bound<'_, PyAny>> = v.extract()?;
        return items
            .iter()
            .map(|i| py_to_toml(i, at))
            .collect::<PyResult<Vec<_>>>()
            .map(toml::Value::Array);
    }
    if v.hasattr("isoformat")? {
        let s: String = v.call_method0("isoformat")?.extract()?;
        return Ok(toml::Value::String(s.chars().take(10).collect()));
    }
    Err(ConfigError::new_err(format!(
        "{DICT_NAME}: `{at}` is a {}, which a copydesk.toml cannot hold; use a string, number, \
         boolean, list or dict",
        v.get_type().name()?
    )))
}

/// A secondary span of a finding, with its note ("first listed here").
#[pyclass(module = "copydesk", frozen, get_all, eq)]
#[derive(Clone, Debug, PartialEq)]
struct Label {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    message: String,
}

#[pymethods]
impl Label {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("line", self.line)?;
        d.set_item("column", self.column)?;
        d.set_item("message", &self.message)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Label(line={}, column={}, message={:?})",
            self.line, self.column, self.message
        )
    }
}

/// One replacement of a byte range.
#[pyclass(module = "copydesk", frozen, get_all, eq)]
#[derive(Clone, Debug, PartialEq)]
struct Edit {
    start: usize,
    end: usize,
    replacement: String,
}

#[pymethods]
impl Edit {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("replacement", &self.replacement)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Edit(start={}, end={}, replacement={:?})",
            self.start, self.end, self.replacement
        )
    }
}

/// The edits that mend a finding; `safe` ones are applied by `copydesk.fix`.
#[pyclass(module = "copydesk", frozen, get_all, eq)]
#[derive(Clone, Debug, PartialEq)]
struct Fix {
    safe: bool,
    edits: Vec<Edit>,
}

#[pymethods]
impl Fix {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("safe", self.safe)?;
        let edits = self
            .edits
            .iter()
            .map(|e| e.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("edits", edits)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!("Fix(safe={}, edits={:?})", py_bool(self.safe), self.edits)
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

/// A finding, with the fields of `copydesk check --format json`. Offsets (`start`, `end`)
/// are byte offsets into the text as UTF-8 (or into the bytes given); lines and columns are
/// 1-based, columns counted in characters.
#[pyclass(module = "copydesk", frozen, get_all, eq)]
#[derive(Clone, Debug, PartialEq)]
struct Finding {
    rule: String,
    severity: &'static str,
    path: Option<String>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    message: String,
    labels: Vec<Label>,
    suggestions: Vec<String>,
    fix: Option<Fix>,
}

#[pymethods]
impl Finding {
    /// The finding as the dict `copydesk check --format json` prints for it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("rule", &self.rule)?;
        d.set_item("severity", self.severity)?;
        d.set_item("path", &self.path)?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("line", self.line)?;
        d.set_item("column", self.column)?;
        d.set_item("end_line", self.end_line)?;
        d.set_item("end_column", self.end_column)?;
        d.set_item("message", &self.message)?;
        let labels = self
            .labels
            .iter()
            .map(|l| l.to_dict(py))
            .collect::<PyResult<Vec<_>>>()?;
        d.set_item("labels", labels)?;
        d.set_item("suggestions", &self.suggestions)?;
        match &self.fix {
            Some(f) => d.set_item("fix", f.to_dict(py)?)?,
            None => d.set_item("fix", py.None())?,
        }
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Finding(rule={:?}, severity={:?}, line={}, column={}, message={:?})",
            self.rule, self.severity, self.line, self.column, self.message
        )
    }
}

fn finding(src: &SourceFile, d: &Diagnostic, path: Option<&str>) -> Finding {
    let (line, column) = src.line_col(d.span.start());
    let (end_line, end_column) = src.line_col(d.span.end());
    Finding {
        rule: d.rule.to_string(),
        severity: d.severity.as_str(),
        path: path.map(str::to_string),
        start: src.original_offset(d.span.start()),
        end: src.original_offset(d.span.end()),
        line,
        column,
        end_line,
        end_column,
        message: d.message.clone(),
        labels: d
            .labels
            .iter()
            .map(|l| {
                let (line, column) = src.line_col(l.span.start());
                Label {
                    start: src.original_offset(l.span.start()),
                    end: src.original_offset(l.span.end()),
                    line,
                    column,
                    message: l.message.clone(),
                }
            })
            .collect(),
        suggestions: d.suggestions.clone(),
        fix: d.fix.as_ref().map(|f| Fix {
            safe: f.is_safe(),
            edits: f
                .edits
                .iter()
                .map(|e| Edit {
                    start: src.original_offset(e.span.start()),
                    end: src.original_offset(e.span.end()),
                    replacement: e.replacement.clone(),
                })
                .collect(),
        }),
    }
}

/// A summary of one rule, as `copydesk rules` lists it.
#[pyclass(module = "copydesk", frozen, get_all, eq)]
#[derive(Clone, Debug, PartialEq)]
struct Rule {
    id: &'static str,
    severity: &'static str,
    summary: &'static str,
    /// `"safe"` (applied by `fix`), `"unsafe"` (shown only) or `None`.
    fix: Option<&'static str>,
    options: Vec<&'static str>,
}

#[pymethods]
impl Rule {
    fn __repr__(&self) -> String {
        format!(
            "Rule(id={:?}, severity={:?}, summary={:?})",
            self.id, self.severity, self.summary
        )
    }
}

/// The text to check, decoded: a `str` as it is; `bytes` as a file's bytes (UTF-8 with or
/// without a byte order mark, or UTF-16 with one).
enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    fn extract(text: &Bound<'_, PyAny>) -> PyResult<Input> {
        if let Ok(s) = text.cast::<PyString>() {
            return Ok(Input::Text(s.to_cow()?.into_owned()));
        }
        if let Ok(b) = text.cast::<PyBytes>() {
            return Ok(Input::Bytes(b.as_bytes().to_vec()));
        }
        Err(PyTypeError::new_err(format!(
            "text must be str or bytes, not {}",
            text.get_type().name()?
        )))
    }

    fn source(self, path: &Path) -> Result<SourceFile, String> {
        match self {
            Input::Text(t) => Ok(SourceFile::new(path, t)),
            Input::Bytes(b) => SourceFile::decode(path, b).map_err(|e| {
                format!(
                    "{}: {e}",
                    path.display().to_string().trim_start_matches("./")
                )
            }),
        }
    }
}

/// Everything one call needs, taken from its arguments while the GIL is held.
struct Call {
    input: Input,
    path: Option<PathBuf>,
    format: Format,
    date: Option<String>,
    loaded: Arc<Loaded>,
}

impl Call {
    fn new(
        text: &Bound<'_, PyAny>,
        format: Option<&str>,
        path: Option<PathBuf>,
        config: Option<&Bound<'_, Config>>,
        date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Call> {
        let format = match format {
            Some(f) => parse_format(f)?,
            // As the command reads a file it is given: by extension, other files as plain
            // text; a text without a name is Markdown.
            None => path.as_deref().map_or(Format::Markdown, |p| {
                Format::from_path(p).unwrap_or(Format::Plain)
            }),
        };
        let date = match date.filter(|d| !d.is_none()) {
            None => None,
            Some(d) => Some(date_string(d)?),
        };
        Ok(Call {
            input: Input::extract(text)?,
            path,
            format,
            date,
            loaded: config.map_or_else(|| DEFAULTS.clone(), |c| c.get().inner.clone()),
        })
    }

    /// Runs without the GIL: decodes and checks.
    fn check(self) -> Result<(SourceFile, Vec<Diagnostic>, Format, Arc<Loaded>), String> {
        let shown = self.path.clone().unwrap_or_else(|| PathBuf::from("<text>"));
        let source = self.input.source(&shown)?;
        let diags =
            self.loaded
                .engine
                .check_source_dated(&source, self.format, self.date.as_deref());
        Ok((source, diags, self.format, self.loaded))
    }
}

fn parse_format(f: &str) -> PyResult<Format> {
    Ok(match f.to_ascii_lowercase().as_str() {
        "md" | "markdown" => Format::Markdown,
        "txt" | "text" | "plain" => Format::Plain,
        "html" | "htm" => Format::Html,
        _ => {
            return Err(CopydeskError::new_err(format!(
                "unknown format `{f}`; expected `md`, `txt` or `html`"
            )));
        }
    })
}

/// A date as YYYY-MM-DD, from a string or a `datetime.date`.
fn date_string(d: &Bound<'_, PyAny>) -> PyResult<String> {
    let s: String = if let Ok(s) = d.cast::<PyString>() {
        s.to_cow()?.into_owned()
    } else if d.hasattr("isoformat")? {
        let iso: String = d.call_method0("isoformat")?.extract()?;
        iso.chars().take(10).collect()
    } else {
        return Err(PyTypeError::new_err(format!(
            "date must be a str (YYYY-MM-DD) or a datetime.date, not {}",
            d.get_type().name()?
        )));
    };
    if config::is_iso_date(&s) {
        Ok(s)
    } else {
        Err(CopydeskError::new_err(format!(
            "`{s}` is not a date; write it as YYYY-MM-DD"
        )))
    }
}

/// Checks one article and returns its findings, sorted by position.
///
/// `text` is a `str`, or `bytes` as read from a file. `format` is `"md"`, `"txt"` or
/// `"html"`; without it, the format comes from `path` as the command line reads a file (by
/// extension; plain text for others), and is Markdown when there is no `path`. `path` is
/// only the name findings carry. `config` is a `Config` (default: the built-in rules).
/// `date` (YYYY-MM-DD or a `datetime.date`) is the article's date for membership checks when
/// the text gives none, as `copydesk check --date` does.
#[pyfunction]
#[pyo3(signature = (text, format=None, path=None, config=None, date=None))]
fn check(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    format: Option<&str>,
    path: Option<PathBuf>,
    config: Option<&Bound<'_, Config>>,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<Finding>> {
    let call = Call::new(text, format, path, config, date)?;
    let named = call.path.is_some();
    py.detach(move || {
        let (source, diags, _, _) = call.check()?;
        let name = named.then(|| source.name().to_string());
        Ok(diags
            .iter()
            .map(|d| finding(&source, d, name.as_deref()))
            .collect())
    })
    .map_err(|e: String| DecodeError::new_err(e))
}

/// Applies the safe fixes, again and again until none is left (as `copydesk check --fix`
/// does), and returns the mended text. Takes the same arguments as `check`.
#[pyfunction]
#[pyo3(signature = (text, format=None, path=None, config=None, date=None))]
fn fix(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    format: Option<&str>,
    path: Option<PathBuf>,
    config: Option<&Bound<'_, Config>>,
    date: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let call = Call::new(text, format, path, config, date)?;
    let date = call.date.clone();
    py.detach(move || {
        let (mut source, mut diags, format, loaded) = call.check()?;
        for _ in 0..8 {
            let (text, applied) = copydesk::fix::apply(source.text(), &diags);
            if applied == 0 || text == source.text() {
                break;
            }
            source = source.with_text(text);
            diags = loaded
                .engine
                .check_source_dated(&source, format, date.as_deref());
        }
        Ok(source.text().to_string())
    })
    .map_err(|e: String| DecodeError::new_err(e))
}

/// Every rule, sorted by id, as `copydesk rules` lists them.
#[pyfunction]
fn rules() -> Vec<Rule> {
    core_rules::RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            Rule {
                id: m.id,
                severity: m.severity.as_str(),
                summary: m.summary,
                fix: match m.fix {
                    FixKind::Safe => Some("safe"),
                    FixKind::Unsafe => Some("unsafe"),
                    FixKind::None => None,
                },
                options: m.options.to_vec(),
            }
        })
        .collect()
}

/// A rule's documentation, as `copydesk explain RULE` prints it.
#[pyfunction]
fn explain(id: &str) -> PyResult<String> {
    let Some(rule) = core_rules::find(id) else {
        return Err(UnknownRuleError::new_err(format!(
            "unknown rule `{id}`{}; `copydesk rules` lists them",
            config::did_you_mean(id, core_rules::ids())
        )));
    };
    Ok(core_rules::explain_page(rule.meta()))
}

/// copydesk, the proofreading linter for editorial copy, from Python.
#[pymodule]
fn _copydesk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(check, m)?)?;
    m.add_function(wrap_pyfunction!(fix, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_class::<Config>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Label>()?;
    m.add_class::<Fix>()?;
    m.add_class::<Edit>()?;
    m.add_class::<Rule>()?;
    m.add("CopydeskError", py.get_type::<CopydeskError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("UnknownRuleError", py.get_type::<UnknownRuleError>())?;
    m.add("DecodeError", py.get_type::<DecodeError>())?;
    Ok(())
}
