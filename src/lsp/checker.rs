//! The check worker: one thread that runs the engine off the message loop.
//!
//! The loop hands it a snapshot of a document with a generation number and goes back to the
//! editor at once, so a slow check never holds up a request. Edits that arrive while the
//! worker waits out the debounce or runs a check replace the older snapshot of the same
//! document in its queue, so only the newest text is checked; a result whose generation is no
//! longer the document's newest is dropped by the loop instead of being published. The
//! config is looked up and reloaded here too, so the loop never touches the disk either.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

use crate::config::{Config, Level};
use crate::diagnostic::Diagnostic;
use crate::doc::Format;
use crate::engine::Engine;
use crate::source::SourceFile;

/// How a check is run; a seam for the tests, which make a rule panic.
pub(crate) type RunCheck = fn(&Engine, &SourceFile, Format) -> Vec<Diagnostic>;

/// The engine's own check.
pub(crate) fn run_engine(engine: &Engine, source: &SourceFile, format: Format) -> Vec<Diagnostic> {
    engine.check_source(source, format)
}

/// A document snapshot to check.
pub(crate) struct Job {
    pub(crate) uri: String,
    pub(crate) generation: u64,
    pub(crate) text: Arc<str>,
    pub(crate) path: Option<PathBuf>,
    pub(crate) format: Format,
}

/// Where "ignore this word" writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum VocabularyTarget {
    /// The first file of the nearest config's `[vocabulary] files`.
    File(PathBuf),
    /// The `accept` list of this config file.
    Accept(PathBuf),
    /// No config: a new `copydesk.toml` at this path.
    Create(PathBuf),
}

/// What came of a check.
pub(crate) struct Outcome {
    pub(crate) uri: String,
    pub(crate) generation: u64,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) vocabulary: VocabularyTarget,
    /// Time spent in the engine (config lookup included).
    pub(crate) elapsed: Duration,
    /// Things to tell the user through the log: a broken config, a rule that panicked.
    pub(crate) log: Vec<String>,
}

/// A config as loaded, with what it was loaded from.
struct Loaded {
    engine: Arc<Engine>,
    config: Arc<Config>,
    /// The config file and its vocabulary files with their modification stamps.
    stamps: Vec<(PathBuf, Option<(SystemTime, u64)>)>,
    /// The config could not be read: the message, reported once per change.
    error: Option<String>,
}

pub(crate) struct Worker {
    jobs: Receiver<Job>,
    out: Sender<Outcome>,
    debounce: Duration,
    root: Option<PathBuf>,
    run: RunCheck,
    /// Configs by file (`None`: no config found, the defaults).
    configs: HashMap<Option<PathBuf>, Loaded>,
}

impl Worker {
    pub(crate) fn spawn(
        jobs: Receiver<Job>,
        out: Sender<Outcome>,
        debounce: Duration,
        root: Option<PathBuf>,
        run: RunCheck,
    ) -> std::io::Result<std::thread::JoinHandle<()>> {
        let mut worker = Worker {
            jobs,
            out,
            debounce,
            root,
            run,
            configs: HashMap::new(),
        };
        std::thread::Builder::new()
            .name("copydesk-check".into())
            .spawn(move || worker.serve())
    }

    fn serve(&mut self) {
        // The word lists, style sheet and regexes load on first use: load them now, while the
        // editor is still starting, so the first document opened is checked as fast as the rest.
        let _ = catch_unwind(|| {
            Engine::defaults().check_source(
                &SourceFile::new("warm-up.md", "Warm up the the rules, Kazakstan."),
                Format::Markdown,
            )
        });
        // Queued snapshots, newest per document, in arrival order.
        let mut queue: Vec<Job> = Vec::new();
        loop {
            if queue.is_empty() {
                match self.jobs.recv() {
                    Ok(job) => enqueue(&mut queue, job),
                    Err(_) => return,
                }
            }
            // Debounce: wait until the editor has been quiet for a moment.
            loop {
                match self.jobs.recv_timeout(self.debounce) {
                    Ok(job) => enqueue(&mut queue, job),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            let job = queue.remove(0);
            let outcome = self.check(job);
            if self.out.send(outcome).is_err() {
                return;
            }
        }
    }

    fn check(&mut self, job: Job) -> Outcome {
        let started = Instant::now();
        let mut log = Vec::new();
        let dir = job
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .or_else(|| self.root.clone());
        let config_path = dir.as_deref().and_then(Config::discover);
        let root = self.root.clone();
        let loaded = self.config(config_path.as_ref(), &mut log);
        let vocabulary = vocabulary_target(
            loaded,
            config_path.as_deref(),
            dir.as_deref(),
            root.as_deref(),
        );
        let engine = Arc::clone(&loaded.engine);
        let config = Arc::clone(&loaded.config);
        let name = job.path.clone().unwrap_or_else(|| PathBuf::from(&job.uri));
        let source = SourceFile::new(name, job.text.to_string());
        let diagnostics = check_catching(self.run, &engine, &config, &source, job.format, &mut log);
        Outcome {
            uri: job.uri,
            generation: job.generation,
            diagnostics,
            vocabulary,
            elapsed: started.elapsed(),
            log,
        }
    }

    /// The config at `path`, reloaded when it or one of its vocabulary files changed.
    fn config(&mut self, path: Option<&PathBuf>, log: &mut Vec<String>) -> &Loaded {
        let key = path.cloned();
        let fresh = self
            .configs
            .get(&key)
            .is_some_and(|l| l.stamps.iter().all(|(p, s)| stamp(p) == *s));
        if !fresh {
            let loaded = load(path.map(PathBuf::as_path));
            if let Some(e) = &loaded.error {
                log.push(format!(
                    "{e}; checking with the default rules until it is fixed"
                ));
            }
            self.configs.insert(key.clone(), loaded);
        }
        &self.configs[&key]
    }
}

fn enqueue(queue: &mut Vec<Job>, job: Job) {
    queue.retain(|j| j.uri != job.uri);
    queue.push(job);
}

fn load(path: Option<&Path>) -> Loaded {
    let Some(path) = path else {
        return Loaded {
            engine: Arc::new(Engine::defaults()),
            config: Arc::new(Config::default()),
            stamps: Vec::new(),
            error: None,
        };
    };
    let mut stamps = vec![(path.to_path_buf(), stamp(path))];
    let (config, error) = match Config::load(path) {
        Ok(c) => (c, None),
        Err(e) => (Config::default(), Some(e.to_string())),
    };
    let base = config.base_dir();
    for f in &config.vocabulary.files {
        let p = base.join(f);
        let s = stamp(&p);
        stamps.push((p, s));
    }
    let engine = Engine::new(&config, &[], &[]).unwrap_or_else(|_| Engine::defaults());
    Loaded {
        engine: Arc::new(engine),
        config: Arc::new(config),
        stamps,
        error,
    }
}

/// A file's modification time and length; `None` when it is missing.
fn stamp(path: &Path) -> Option<(SystemTime, u64)> {
    let m = std::fs::metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

fn vocabulary_target(
    loaded: &Loaded,
    config_path: Option<&Path>,
    dir: Option<&Path>,
    root: Option<&Path>,
) -> VocabularyTarget {
    match config_path {
        Some(path) if loaded.error.is_none() => match loaded.config.vocabulary.files.first() {
            Some(f) => VocabularyTarget::File(loaded.config.base_dir().join(f)),
            None => VocabularyTarget::Accept(path.to_path_buf()),
        },
        Some(path) => VocabularyTarget::Accept(path.to_path_buf()),
        None => {
            // The workspace root when the file is inside it, else the file's folder.
            let at = match (root, dir) {
                (Some(r), Some(d)) if d.starts_with(r) => r,
                (_, Some(d)) => d,
                (Some(r), None) => r,
                (None, None) => Path::new("."),
            };
            VocabularyTarget::Create(at.join(crate::config::FILE_NAME))
        }
    }
}

/// Runs the check; when it panics, runs each rule alone so that one broken rule costs only
/// its own findings, and says which rule it was.
fn check_catching(
    run: RunCheck,
    engine: &Engine,
    config: &Config,
    source: &SourceFile,
    format: Format,
    log: &mut Vec<String>,
) -> Vec<Diagnostic> {
    if let Ok(d) = catch_unwind(AssertUnwindSafe(|| run(engine, source, format))) {
        return d;
    }
    let mut all = Vec::new();
    for id in engine.rule_ids() {
        if config.levels.get(id) == Some(&Level::Off) {
            continue;
        }
        let Ok(one) = Engine::new(config, &[id.to_string()], &[]) else {
            continue;
        };
        match catch_unwind(AssertUnwindSafe(|| run(&one, source, format))) {
            Ok(d) => all.extend(d),
            Err(payload) => log.push(format!(
                "rule `{id}` panicked on {} and was skipped: {}; please report this with the text \
                 that caused it",
                source.name(),
                panic_message(payload.as_ref())
            )),
        }
    }
    all.sort_by(|a, b| (a.span, &a.rule).cmp(&(b.span, &b.rule)));
    all
}

pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(ToString::to_string)
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}
