//! Re-check latency of the language server: `cargo run --release --example lsp_latency [FILE ...]`.
//!
//! Serves over in-memory channels (the same loop and check thread as `copydesk lsp`, without
//! the pipe), opens each document, then makes small edits one at a time — a letter typed and
//! deleted again at places spread over the text, as incremental changes — and times each from
//! sending `didChange` to receiving the `publishDiagnostics` of that version. The time includes
//! the debounce (`DEFAULT_DEBOUNCE`). It also times the engine alone on the same text.
//! Without arguments it measures the seed article and a 2,000-word Markdown article made from
//! the clean-prose corpus with the seed's mistakes mixed in.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::{Duration, Instant};

use copydesk::doc::Format;
use copydesk::engine::Engine;
use copydesk::source::SourceFile;
use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{Value, json};

const EDITS: usize = 200;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let docs: Vec<(String, String)> = if args.is_empty() {
        vec![
            (
                "seed-article.txt".to_string(),
                std::fs::read_to_string("fixtures/articles/seed-article.txt").expect("seed"),
            ),
            ("article-2000-words.md".to_string(), article_2000()),
        ]
    } else {
        args.iter()
            .map(|p| (p.clone(), std::fs::read_to_string(p).expect("read file")))
            .collect()
    };

    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || copydesk::lsp::serve(&server));
    send_request(&client, 1, "initialize", json!({"capabilities": {}}));
    wait(&client, |m| matches!(m, Message::Response(_)));
    notify(&client, "initialized", json!({}));

    println!(
        "{:<24} {:>6} {:>6}  {:>9} {:>9} {:>9} {:>9}   {:>11}",
        "document", "words", "finds", "median", "p90", "p99", "max", "engine med"
    );
    for (name, text) in docs {
        let uri = format!("file:///latency/{name}");
        let markdown = std::path::Path::new(&name)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("md"));
        let language = if markdown { "markdown" } else { "plaintext" };
        notify(
            &client,
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
        let found = published(&client, &uri, 1);
        let lines: Vec<&str> = text.lines().collect();
        let mut times = Vec::with_capacity(EDITS);
        for i in 0..EDITS {
            let version = 2 + i64::try_from(i).expect("few edits");
            // Type an "x" at the start of a line, then delete it on the next edit.
            let line = (i / 2 * 7) % lines.len();
            let change = if i % 2 == 0 {
                json!({"range": range(line, 0, 0), "text": "x"})
            } else {
                json!({"range": range(line, 0, 1), "text": ""})
            };
            let started = Instant::now();
            notify(
                &client,
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}),
            );
            published(&client, &uri, version);
            times.push(started.elapsed());
        }
        times.sort();
        let engine = engine_median(&name, &text);
        println!(
            "{:<24} {:>6} {:>6}  {:>9} {:>9} {:>9} {:>9}   {:>11}",
            name,
            text.split_whitespace().count(),
            found,
            ms(times[times.len() / 2]),
            ms(times[times.len() * 9 / 10]),
            ms(times[times.len() * 99 / 100]),
            ms(times[times.len() - 1]),
            ms(engine),
        );
    }
    send_request(&client, 2, "shutdown", Value::Null);
    wait(&client, |m| matches!(m, Message::Response(_)));
    notify(&client, "exit", Value::Null);
    thread.join().expect("server thread").expect("server");
}

/// ~2,000 words of published prose in paragraphs under a heading, with the seed article's
/// kinds of mistakes in it.
fn article_2000() -> String {
    let prose = std::fs::read_to_string("tests/corpus/clean/factbook-backgrounds-africa.txt")
        .expect("clean corpus");
    let mut out = String::from("# Africa in brief\n\n");
    let mut words = 0;
    for (i, para) in prose.split("\n\n").enumerate() {
        let para = para.trim();
        if para.is_empty() {
            continue;
        }
        if i % 5 == 2 {
            out.push_str("Leaders of Russia, China, Kazakhstan and Russia said the the talks were a suceess. ");
        }
        out.push_str(para);
        out.push_str("\n\n");
        words += para.split_whitespace().count();
        if words >= 1900 {
            break;
        }
    }
    out
}

fn engine_median(name: &str, text: &str) -> Duration {
    let engine = Engine::defaults();
    let format = Format::from_path(std::path::Path::new(name)).unwrap_or(Format::Plain);
    let source = SourceFile::new(name, text);
    let mut times: Vec<Duration> = (0..50)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(engine.check_source(&source, format));
            started.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn range(line: usize, start: usize, end: usize) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

fn notify(c: &Connection, method: &str, params: Value) {
    c.sender
        .send(Notification::new(method.to_string(), params).into())
        .expect("send");
}

fn send_request(c: &Connection, id: i32, method: &str, params: Value) {
    c.sender
        .send(Request::new(RequestId::from(id), method.to_string(), params).into())
        .expect("send");
}

fn wait(c: &Connection, pred: impl Fn(&Message) -> bool) -> Message {
    loop {
        let m = c
            .receiver
            .recv_timeout(Duration::from_secs(30))
            .expect("the server answered");
        if pred(&m) {
            return m;
        }
    }
}

/// Waits for the diagnostics of `version`; returns how many there were.
fn published(c: &Connection, uri: &str, version: i64) -> usize {
    let m = wait(c, |m| {
        matches!(m, Message::Notification(n)
            if n.method == "textDocument/publishDiagnostics"
                && n.params["uri"] == uri
                && n.params["version"] == version)
    });
    match m {
        Message::Notification(n) => n.params["diagnostics"].as_array().map_or(0, Vec::len),
        _ => 0,
    }
}
