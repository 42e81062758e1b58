//! The server over in-memory channels, with checks that panic or take their time.

use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

use super::{LspError, serve_with};
use crate::diagnostic::Diagnostic;
use crate::doc::Format;
use crate::engine::Engine;
use crate::source::SourceFile;

struct Client {
    conn: Connection,
    server: JoinHandle<Result<(), LspError>>,
    seen: Vec<Message>,
    next_id: i32,
}

impl Client {
    fn start(run: super::RunCheck) -> Client {
        let (server, conn) = Connection::memory();
        let server = std::thread::spawn(move || serve_with(&server, run));
        let mut c = Client {
            conn,
            server,
            seen: Vec::new(),
            next_id: 1,
        };
        c.request("initialize", json!({"capabilities": {}}));
        c.notify("initialized", json!({}));
        c
    }

    fn notify(&self, method: &str, params: Value) {
        self.conn
            .sender
            .send(Notification::new(method.to_string(), params).into())
            .unwrap();
    }

    fn send_request(&mut self, method: &str, params: Value) -> RequestId {
        let id = RequestId::from(self.next_id);
        self.next_id += 1;
        self.conn
            .sender
            .send(Request::new(id.clone(), method.to_string(), params).into())
            .unwrap();
        id
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        self.response(&id)
    }

    fn response(&mut self, id: &RequestId) -> Value {
        match self.wait(|m| matches!(m, Message::Response(r) if r.id == *id)) {
            Message::Response(r) => r.response_result.unwrap_or(Value::Null),
            _ => unreachable!(),
        }
    }

    fn wait(&mut self, pred: impl Fn(&Message) -> bool) -> Message {
        if let Some(i) = self.seen.iter().position(&pred) {
            return self.seen.remove(i);
        }
        loop {
            let m = self
                .conn
                .receiver
                .recv_timeout(Duration::from_secs(30))
                .expect("the server answered");
            if pred(&m) {
                return m;
            }
            self.seen.push(m);
        }
    }

    /// The next diagnostics published for `uri`: (version, diagnostics).
    fn published(&mut self, uri: &str) -> (i64, Vec<Value>) {
        let m = self.wait(|m| {
            matches!(m, Message::Notification(n)
                if n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri)
        });
        let Message::Notification(n) = m else {
            unreachable!()
        };
        (
            n.params["version"].as_i64().unwrap(),
            n.params["diagnostics"].as_array().unwrap().clone(),
        )
    }

    fn open(&self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }

    fn change(&self, uri: &str, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]}),
        );
    }

    fn shutdown(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        self.server.join().unwrap().unwrap();
    }
}

fn codes(diags: &[Value]) -> Vec<&str> {
    diags.iter().filter_map(|d| d["code"].as_str()).collect()
}

/// The typo rule panics on any text with "PANIC" in it.
fn typo_panics(engine: &Engine, source: &SourceFile, format: Format) -> Vec<Diagnostic> {
    assert!(
        !(source.text().contains("PANIC") && engine.rule_ids().any(|id| id == "typo")),
        "typo rule blew up"
    );
    engine.check_source(source, format)
}

#[test]
fn a_panicking_rule_is_logged_and_the_server_keeps_going() {
    let mut c = Client::start(typo_panics);
    c.open("file:///p.md", "PANIC: the the talks were a suceess.\n");
    let (_, diags) = c.published("file:///p.md");
    // The other rules still report; the broken one is skipped and named in the log.
    assert_eq!(codes(&diags), ["repeated-word"]);
    let log = c.wait(|m| {
        matches!(m, Message::Notification(n)
            if n.method == "window/logMessage" && n.params["message"].as_str().is_some_and(|s| s.contains("rule `typo` panicked")))
    });
    let Message::Notification(log) = log else {
        unreachable!()
    };
    assert!(
        log.params["message"]
            .as_str()
            .unwrap()
            .contains("typo rule blew up")
    );
    // Requests are still answered, and the next edit is checked in full.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///p.md"}, "position": {"line": 0, "character": 12}}),
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("repeated-word")
    );
    c.change("file:///p.md", 2, "Calm: the the talks were a suceess.\n");
    let (version, diags) = c.published("file:///p.md");
    assert_eq!(version, 2);
    assert_eq!(codes(&diags), ["repeated-word", "typo"]);
    c.shutdown();
}

/// A check of any text with "SLOW" in it takes a second.
fn slow(engine: &Engine, source: &SourceFile, format: Format) -> Vec<Diagnostic> {
    if source.text().contains("SLOW") {
        std::thread::sleep(Duration::from_secs(1));
    }
    engine.check_source(source, format)
}

#[test]
fn a_slow_check_blocks_nothing_and_superseded_checks_are_dropped() {
    let mut c = Client::start(slow);
    c.open("file:///fast.md", "The the end.\n");
    let (_, diags) = c.published("file:///fast.md");
    assert_eq!(codes(&diags), ["repeated-word"]);

    // Twenty quick edits to a document whose check is slow.
    c.open("file:///slow.md", "SLOW v1 the the\n");
    for v in 2..=20 {
        c.change("file:///slow.md", v, &format!("SLOW v{v} the the\n"));
    }
    // Meanwhile the other document's requests are answered at once.
    let started = Instant::now();
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///fast.md"}, "position": {"line": 0, "character": 5}}),
    );
    assert!(hover["contents"]["value"].as_str().is_some());
    assert!(
        started.elapsed() < Duration::from_millis(500),
        "hover waited {:?} for a slow check",
        started.elapsed()
    );
    // A code action on the slow document waits for the check of its current text.
    let id = c.send_request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": "file:///slow.md"}, "range": {"start": {"line": 0, "character": 13}, "end": {"line": 0, "character": 13}}, "context": {"diagnostics": []}}),
    );
    let actions = c.response(&id);
    let edit = &actions[0]["edit"]["changes"]["file:///slow.md"][0];
    assert_eq!(edit["range"]["start"]["character"], 12, "{actions}");

    // Only the newest text was published: the checks of versions it superseded were skipped
    // in the queue or dropped when they landed.
    let (version, _) = c.published("file:///slow.md");
    assert_eq!(version, 20);
    let stale = c.seen.iter().any(|m| {
        matches!(m, Message::Notification(n)
            if n.method == "textDocument/publishDiagnostics" && n.params["uri"] == "file:///slow.md")
    });
    assert!(!stale, "a superseded check was published");
    c.shutdown();
}

#[test]
fn documents_copydesk_does_not_read_get_no_diagnostics() {
    let mut c = Client::start(super::checker::run_engine);
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "file:///x/Makefile", "languageId": "make", "version": 1, "text": "the the\n"}}),
    );
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": "file:///x/Makefile"}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "context": {"diagnostics": []}}),
    );
    assert_eq!(r, json!([]));
    c.open("file:///x/a.md", "the the\n");
    let (_, diags) = c.published("file:///x/a.md");
    assert_eq!(codes(&diags), ["repeated-word"]);
    assert!(c.seen.is_empty(), "{:?}", c.seen);
    c.shutdown();
}
