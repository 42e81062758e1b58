//! `copydesk lsp`: a language server over standard input and output.
//!
//! Built on `lsp-server` (rust-analyzer's synchronous transport) and `lsp-types`. One thread
//! runs the message loop below; it keeps the open documents, applies edits and answers
//! requests without ever running a check itself. The `checker` thread runs the same engine
//! and config discovery as `copydesk check` on snapshots of the documents, and the loop
//! publishes what comes back unless a newer edit has superseded it. Code actions and hover
//! need findings for the text as it is now: when the newest check is still running they wait
//! for it (the request is answered when it lands) instead of blocking the loop.

mod actions;
mod checker;
mod convert;
mod position;
mod uri;
mod vocabulary;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crossbeam_channel::{Receiver, Sender, select};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeActionParams, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, ExecuteCommandParams, HoverParams, InitializeParams,
    LogMessageParams, MessageType, PositionEncodingKind, PublishDiagnosticsParams,
    ShowMessageParams, Uri,
};
use serde_json::{Value, json};

use self::checker::{Job, Outcome, RunCheck, VocabularyTarget, Worker};
use self::position::{Encoding, LineIndex};
use crate::diagnostic::Diagnostic;
use crate::doc::Format;

/// A failure of the connection itself (not of a check, which is only logged).
#[derive(Debug, thiserror::Error)]
#[error("language server: {0}")]
pub struct LspError(String);

/// Default quiet time after an edit before the check starts; overridden by the client's
/// `initializationOptions.debounceMs`.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(2);

/// Serves one client over standard input and output until it exits.
pub fn run_stdio() -> Result<(), LspError> {
    let (connection, io) = Connection::stdio();
    serve(&connection)?;
    drop(connection);
    io.join().map_err(|e| LspError(e.to_string()))
}

/// Serves one client over `connection` (stdio, or in-memory channels in tests).
pub fn serve(connection: &Connection) -> Result<(), LspError> {
    serve_with(connection, checker::run_engine)
}

fn serve_with(connection: &Connection, run: RunCheck) -> Result<(), LspError> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| LspError(e.to_string()))?;
    let init: InitializeParams =
        serde_json::from_value(params.clone()).map_err(|e| LspError(e.to_string()))?;
    let offers = |name: &str| {
        let standard = init
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|e| e.iter().any(|k| k.as_str() == name));
        // clangd's older `offsetEncoding` extension, which some clients send instead.
        let clangd = params["capabilities"]["offsetEncoding"]
            .as_array()
            .is_some_and(|a| a.iter().any(|v| v == name));
        standard || clangd
    };
    let encoding = if offers("utf-8") {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    };
    let root = workspace_root(&init);
    let debounce = init
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("debounceMs"))
        .and_then(Value::as_u64)
        .map_or(DEFAULT_DEBOUNCE, Duration::from_millis);
    let log_timing = init
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("logTiming"))
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let watch = init
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files.as_ref())
        .and_then(|w| w.dynamic_registration)
        .unwrap_or(false);
    let mut result = json!({
        "capabilities": {
            "positionEncoding": PositionEncodingKind::new(encoding.as_str()),
            "textDocumentSync": {"openClose": true, "change": 2, "save": {"includeText": false}},
            "codeActionProvider": {"codeActionKinds": ["quickfix"]},
            "hoverProvider": true,
            "executeCommandProvider": {"commands": [actions::ADD_WORD]},
        },
        "serverInfo": {"name": "copydesk", "version": env!("CARGO_PKG_VERSION")},
    });
    if params["capabilities"]["offsetEncoding"].is_array() {
        result["offsetEncoding"] = json!(encoding.as_str());
    }
    connection
        .initialize_finish(id, result)
        .map_err(|e| LspError(e.to_string()))?;

    let (jobs, job_rx) = crossbeam_channel::unbounded();
    let (outcome_tx, outcomes) = crossbeam_channel::unbounded();
    let worker = Worker::spawn(job_rx, outcome_tx, debounce, root.clone(), run)
        .map_err(|e| LspError(format!("cannot start the check thread: {e}")))?;
    let mut server = Server {
        sender: connection.sender.clone(),
        encoding,
        docs: HashMap::new(),
        jobs,
        generation: 0,
        deferred: Vec::new(),
        watch,
        log_timing,
    };
    let outcome = server.run(connection, &outcomes);
    drop(server);
    let _ = worker.join();
    outcome
}

fn workspace_root(init: &InitializeParams) -> Option<PathBuf> {
    #[allow(deprecated)] // root_uri: still what most clients send.
    let root = init.root_uri.as_ref();
    init.workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri)
        .or(root)
        .and_then(|u| uri::to_path(u.as_str()))
}

/// An open document.
struct Doc {
    uri: Uri,
    path: Option<PathBuf>,
    /// `None`: not a format copydesk reads; never checked.
    format: Option<Format>,
    version: i32,
    text: String,
    index: LineIndex,
    /// Bumped on every change; a check result counts only for the generation it was run on.
    generation: u64,
    checked: Option<Checked>,
}

/// The findings of the newest check of a document.
struct Checked {
    generation: u64,
    diagnostics: Vec<Diagnostic>,
    vocabulary: VocabularyTarget,
}

impl Doc {
    fn current(&self) -> Option<&Checked> {
        self.checked
            .as_ref()
            .filter(|c| c.generation == self.generation)
    }
}

struct Server {
    sender: Sender<Message>,
    encoding: Encoding,
    docs: HashMap<String, Doc>,
    jobs: Sender<Job>,
    generation: u64,
    /// Code action and hover requests waiting for the check of the current text.
    deferred: Vec<(String, Request)>,
    watch: bool,
    /// Log how long each check took (`initializationOptions.logTiming`).
    log_timing: bool,
}

impl Server {
    fn run(
        &mut self,
        connection: &Connection,
        outcomes: &Receiver<Outcome>,
    ) -> Result<(), LspError> {
        loop {
            select! {
                recv(connection.receiver) -> msg => match msg {
                    Err(_) => return Ok(()),
                    Ok(Message::Request(req)) => {
                        let shutdown = connection
                            .handle_shutdown(&req)
                            .map_err(|e| LspError(e.to_string()))?;
                        if shutdown {
                            return Ok(());
                        }
                        let id = req.id.clone();
                        if !self.guarded(|s| s.request(req)) {
                            self.send(Response::new_err(
                                id,
                                ErrorCode::InternalError as i32,
                                "copydesk: internal error; see the log".to_string(),
                            ));
                        }
                    }
                    Ok(Message::Notification(n)) => {
                        if n.method == "exit" {
                            return Ok(());
                        }
                        self.guarded(|s| s.notification(n));
                    }
                    Ok(Message::Response(_)) => {}
                },
                recv(outcomes) -> outcome => {
                    if let Ok(o) = outcome {
                        self.guarded(|s| s.outcome(o));
                    }
                }
            }
        }
    }

    /// Runs one message's handler; a panic in it is logged instead of ending the server.
    /// Returns whether the handler finished.
    fn guarded(&mut self, f: impl FnOnce(&mut Server)) -> bool {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self))) {
            Ok(()) => true,
            Err(payload) => {
                let what = checker::panic_message(payload.as_ref());
                self.log(
                    MessageType::ERROR,
                    format!("copydesk: internal error ({what}); please report it"),
                );
                false
            }
        }
    }

    fn send(&self, m: impl Into<Message>) {
        let _ = self.sender.send(m.into());
    }

    fn notify(&self, method: &str, params: impl serde::Serialize) {
        self.send(Notification::new(method.to_string(), params));
    }

    fn log(&self, typ: MessageType, message: String) {
        self.notify(
            "window/logMessage",
            LogMessageParams {
                typ,
                message: message.clone(),
            },
        );
        if typ == MessageType::ERROR || typ == MessageType::WARNING {
            self.notify("window/showMessage", ShowMessageParams { typ, message });
        }
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            "initialized" if self.watch => {
                let params = json!({"registrations": [{
                    "id": "copydesk-config",
                    "method": "workspace/didChangeWatchedFiles",
                    "registerOptions": {"watchers": [{"globPattern": "**/copydesk.toml"}]},
                }]});
                self.send(Request::new(
                    RequestId::from("copydesk-watch".to_string()),
                    "client/registerCapability".to_string(),
                    params,
                ));
            }
            "textDocument/didOpen" => {
                if let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) {
                    let item = p.text_document;
                    let path = uri::to_path(item.uri.as_str());
                    let format = format_of(&item.language_id, path.as_deref());
                    let key = item.uri.as_str().to_string();
                    self.docs.insert(
                        key.clone(),
                        Doc {
                            uri: item.uri,
                            path,
                            format,
                            version: item.version,
                            index: LineIndex::new(&item.text),
                            text: item.text,
                            generation: 0,
                            checked: None,
                        },
                    );
                    self.schedule(&key);
                }
            }
            "textDocument/didChange" => {
                if let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) {
                    let key = p.text_document.uri.as_str().to_string();
                    let encoding = self.encoding;
                    let Some(doc) = self.docs.get_mut(&key) else {
                        return;
                    };
                    for change in p.content_changes {
                        match change.range {
                            Some(r) => {
                                let start = doc.index.offset(&doc.text, r.start, encoding);
                                let end = doc.index.offset(&doc.text, r.end, encoding).max(start);
                                doc.text.replace_range(start..end, &change.text);
                            }
                            None => doc.text = change.text,
                        }
                        doc.index = LineIndex::new(&doc.text);
                    }
                    doc.version = p.text_document.version;
                    self.schedule(&key);
                }
            }
            "textDocument/didClose" => {
                if let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) {
                    let key = p.text_document.uri.as_str().to_string();
                    self.docs.remove(&key);
                    self.answer_deferred(&key);
                    self.notify(
                        "textDocument/publishDiagnostics",
                        PublishDiagnosticsParams::new(p.text_document.uri, Vec::new(), None),
                    );
                }
            }
            // A saved or changed file may be a config or a vocabulary file: check again; the
            // worker reloads whatever changed on disk.
            "textDocument/didSave" | "workspace/didChangeWatchedFiles" => self.recheck_all(),
            "$/cancelRequest" => {
                let id = n.params.get("id").cloned();
                let cancelled: Vec<Request> = self
                    .deferred
                    .extract_if(.., |(_, r)| Some(json!(r.id)) == id)
                    .map(|(_, r)| r)
                    .collect();
                for r in cancelled {
                    self.send(Response::new_err(
                        r.id,
                        ErrorCode::RequestCanceled as i32,
                        "cancelled".to_string(),
                    ));
                }
            }
            _ => {}
        }
    }

    fn recheck_all(&mut self) {
        let keys: Vec<String> = self.docs.keys().cloned().collect();
        for k in keys {
            self.schedule(&k);
        }
    }

    /// Queues a check of the document's current text.
    fn schedule(&mut self, key: &str) {
        self.generation += 1;
        let generation = self.generation;
        let Some(doc) = self.docs.get_mut(key) else {
            return;
        };
        doc.generation = generation;
        let Some(format) = doc.format else {
            return;
        };
        let _ = self.jobs.send(Job {
            uri: key.to_string(),
            generation,
            text: Arc::from(doc.text.as_str()),
            path: doc.path.clone(),
            format,
        });
    }

    fn outcome(&mut self, o: Outcome) {
        for line in o.log {
            self.log(MessageType::ERROR, format!("copydesk: {line}"));
        }
        let encoding = self.encoding;
        let Some(doc) = self.docs.get_mut(&o.uri) else {
            return;
        };
        if o.generation != doc.generation {
            // Superseded by a newer edit: the newer check will publish.
            return;
        }
        let timing = self.log_timing.then(|| {
            format!(
                "copydesk: checked {} version {} in {:.2} ms",
                o.uri,
                doc.version,
                o.elapsed.as_secs_f64() * 1000.0
            )
        });
        let text = convert::Text {
            source: &doc.text,
            index: &doc.index,
            encoding,
        };
        let diagnostics = o
            .diagnostics
            .iter()
            .map(|d| convert::diagnostic(d, &doc.uri, &text))
            .collect();
        let params = PublishDiagnosticsParams::new(doc.uri.clone(), diagnostics, Some(doc.version));
        doc.checked = Some(Checked {
            generation: o.generation,
            diagnostics: o.diagnostics,
            vocabulary: o.vocabulary,
        });
        self.notify("textDocument/publishDiagnostics", params);
        if let Some(t) = timing {
            self.log(MessageType::LOG, t);
        }
        self.answer_deferred(&o.uri);
    }

    /// Answers the requests that were waiting for this document's check.
    fn answer_deferred(&mut self, key: &str) {
        let ready = match self.docs.get(key) {
            Some(doc) => doc.current().is_some() || doc.format.is_none(),
            None => true,
        };
        if !ready {
            return;
        }
        let waiting: Vec<Request> = self
            .deferred
            .extract_if(.., |(k, _)| k == key)
            .map(|(_, r)| r)
            .collect();
        for r in waiting {
            self.request(r);
        }
    }

    fn request(&mut self, req: Request) {
        match req.method.as_str() {
            "textDocument/codeAction" => {
                let Ok(p) = serde_json::from_value::<CodeActionParams>(req.params.clone()) else {
                    return self.invalid(req.id);
                };
                let wants_quickfix = p.context.only.as_ref().is_none_or(|only| {
                    only.iter()
                        .any(|k| k.as_str().is_empty() || "quickfix".starts_with(k.as_str()))
                });
                let key = p.text_document.uri.as_str().to_string();
                let answer = self.with_checked(&key, &req, json!([]), |view, doc, enc| {
                    if !wants_quickfix {
                        return json!([]);
                    }
                    let start = doc.index.offset(&doc.text, p.range.start, enc);
                    let end = doc.index.offset(&doc.text, p.range.end, enc);
                    json!(view.code_actions(start, end.max(start)))
                });
                if let Some(result) = answer {
                    self.send(Response::new_ok(req.id, result));
                }
            }
            "textDocument/hover" => {
                let Ok(p) = serde_json::from_value::<HoverParams>(req.params.clone()) else {
                    return self.invalid(req.id);
                };
                let at = p.text_document_position_params;
                let key = at.text_document.uri.as_str().to_string();
                let answer = self.with_checked(&key, &req, Value::Null, |view, doc, enc| {
                    let offset = doc.index.offset(&doc.text, at.position, enc);
                    json!(view.hover(offset))
                });
                if let Some(result) = answer {
                    self.send(Response::new_ok(req.id, result));
                }
            }
            "workspace/executeCommand" => {
                let Ok(p) = serde_json::from_value::<ExecuteCommandParams>(req.params) else {
                    return self.invalid(req.id);
                };
                let result = match (p.command.as_str(), p.arguments.as_slice()) {
                    (actions::ADD_WORD, [Value::String(uri), Value::String(word)]) => {
                        self.add_word(uri, word)
                    }
                    _ => Err(format!("unknown command `{}`", p.command)),
                };
                match result {
                    Ok(file) => {
                        self.log(
                            MessageType::INFO,
                            format!("copydesk: added to the vocabulary in {file}"),
                        );
                        self.recheck_all();
                        self.send(Response::new_ok(req.id, Value::Null));
                    }
                    Err(e) => {
                        self.log(MessageType::ERROR, format!("copydesk: {e}"));
                        self.send(Response::new_err(
                            req.id,
                            ErrorCode::RequestFailed as i32,
                            e,
                        ));
                    }
                }
            }
            _ => self.send(Response::new_err(
                req.id,
                ErrorCode::MethodNotFound as i32,
                format!("copydesk does not handle `{}`", req.method),
            )),
        }
    }

    fn invalid(&self, id: RequestId) {
        self.send(Response::new_err(
            id,
            ErrorCode::InvalidParams as i32,
            "invalid parameters".to_string(),
        ));
    }

    /// Runs `f` on the document with findings for its current text; `empty` when there is no
    /// such document; `None` when the request has been put aside until the check lands.
    fn with_checked(
        &mut self,
        key: &str,
        req: &Request,
        empty: Value,
        f: impl FnOnce(&actions::Checked<'_>, &Doc, Encoding) -> Value,
    ) -> Option<Value> {
        let doc = match self.docs.get(key) {
            Some(doc) if doc.format.is_some() => doc,
            _ => return Some(empty),
        };
        let Some(checked) = doc.current() else {
            self.deferred.push((key.to_string(), req.clone()));
            return None;
        };
        let view = actions::Checked {
            uri: &doc.uri,
            text: convert::Text {
                source: &doc.text,
                index: &doc.index,
                encoding: self.encoding,
            },
            format: doc.format.unwrap_or(Format::Plain),
            diagnostics: &checked.diagnostics,
            vocabulary: &checked.vocabulary,
        };
        Some(f(&view, doc, self.encoding))
    }

    fn add_word(&self, uri: &str, word: &str) -> Result<String, String> {
        let target = self
            .docs
            .get(uri)
            .and_then(|d| d.checked.as_ref())
            .map(|c| c.vocabulary.clone())
            .ok_or_else(|| format!("{uri} is not open or not checked yet"))?;
        vocabulary::add(&target, word)
    }
}

/// The format by the editor's language id, else by the file's extension.
fn format_of(language: &str, path: Option<&std::path::Path>) -> Option<Format> {
    match language {
        "markdown" | "mdx" => Some(Format::Markdown),
        "html" => Some(Format::Html),
        "plaintext" | "text" | "txt" => Some(Format::Plain),
        // Other editors' ids: by extension, but never a file without one (a `Makefile`).
        _ => path
            .filter(|p| p.extension().is_some())
            .and_then(Format::from_path),
    }
}

#[cfg(test)]
mod tests;
