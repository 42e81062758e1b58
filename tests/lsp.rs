//! `copydesk lsp` driven over standard input and output, as an editor drives it: initialize,
//! didOpen, didChange, codeAction, hover, executeCommand, shutdown and exit.

// The helpers take JSON by value so that call sites read like the messages they send.
#![allow(clippy::needless_pass_by_value)]

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::{Value, json};

struct Client {
    child: Child,
    stdin: ChildStdin,
    messages: mpsc::Receiver<Value>,
    /// Messages read while waiting for another one.
    seen: Vec<Value>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(assert_cmd::cargo::cargo_bin!("copydesk"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start copydesk lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, messages) = mpsc::channel();
        std::thread::spawn(move || {
            let mut r = BufReader::new(stdout);
            loop {
                let mut len = None;
                loop {
                    let mut line = String::new();
                    if r.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        len = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; len.expect("Content-Length")];
                r.read_exact(&mut body).unwrap();
                if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
                    return;
                }
            }
        });
        Client {
            child,
            stdin,
            messages,
            seen: Vec::new(),
            next_id: 1,
        }
    }

    fn send(&mut self, v: &Value) {
        let body = serde_json::to_vec(v).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns its response (the whole message).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait(|m| m["id"] == id && m.get("method").is_none())
    }

    /// The first message (already seen or still to come) that `pred` accepts.
    fn wait(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.seen.iter().position(&pred) {
            return self.seen.remove(i);
        }
        loop {
            let m = self
                .messages
                .recv_timeout(Duration::from_secs(30))
                .expect("the server answered within 30 s");
            if pred(&m) {
                return m;
            }
            self.seen.push(m);
        }
    }

    /// The diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let m = self.wait(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        });
        m["params"]["diagnostics"].as_array().unwrap().clone()
    }

    fn initialize(&mut self, capabilities: Value, root: Option<&Path>) -> Value {
        let root = root.map(|p| format!("file://{}", p.display()));
        let r = self.request(
            "initialize",
            json!({"processId": null, "rootUri": root, "capabilities": capabilities}),
        );
        self.notify("initialized", json!({}));
        r["result"].clone()
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": 1, "text": text}}),
        );
    }

    fn shutdown(mut self) {
        let r = self.request("shutdown", json!(null));
        assert_eq!(r["result"], Value::Null);
        self.notify("exit", json!(null));
        let status = self.child.wait().unwrap();
        assert!(status.success(), "the server exits cleanly: {status}");
    }
}

fn by_rule<'a>(diags: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == rule).collect()
}

fn range(line: u32, start: u32, end: u32) -> Value {
    json!({"start": {"line": line, "character": start}, "end": {"line": line, "character": end}})
}

/// Applies the text edits of a `changes` workspace edit to `text`, in UTF-16 positions.
fn apply_edits(text: &str, edits: &[Value]) -> String {
    let offset = |pos: &Value| {
        let line = pos["line"].as_u64().unwrap() as usize;
        let ch = pos["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= ch {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut edits: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset(&e["range"]["start"]),
                offset(&e["range"]["end"]),
                e["newText"].as_str().unwrap(),
            )
        })
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.0));
    let mut out = text.to_string();
    for (s, e, t) in edits {
        out.replace_range(s..e, t);
    }
    out
}

const ARTICLE: &str = "# Café news\n\nNaïve 𝄞 delegates said the the talks with Russia, China, Kazakhstan and Russia were a suceess.\n";

#[test]
fn diagnostics_code_actions_hover_and_shutdown() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Client::start();
    let init = c.initialize(json!({}), Some(dir.path()));
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(init["capabilities"]["textDocumentSync"]["change"], 2);
    assert_eq!(init["capabilities"]["hoverProvider"], true);

    let uri = format!("file://{}/story.md", dir.path().display());
    c.open(&uri, "markdown", ARTICLE);
    let diags = c.diagnostics(&uri, 1);

    // "Naïve 𝄞 delegates said the " is 28 UTF-16 units (𝄞 is a surrogate pair) and 31 bytes.
    let repeated = by_rule(&diags, "repeated-word");
    assert_eq!(repeated.len(), 1, "{diags:?}");
    let d = repeated[0];
    assert_eq!(d["range"], range(2, 28, 31));
    assert_eq!(d["severity"], 1);
    assert_eq!(d["source"], "copydesk");
    assert_eq!(d["message"], "`the` is repeated");
    assert_eq!(
        d["codeDescription"]["href"],
        "https://github.com/copydesk/copydesk#rules"
    );
    assert_eq!(d["relatedInformation"][0]["message"], "first here");
    assert_eq!(
        d["relatedInformation"][0]["location"]["range"],
        range(2, 24, 27)
    );
    assert_eq!(d["relatedInformation"][0]["location"]["uri"], uri.as_str());

    let dup = by_rule(&diags, "duplicate-list-item");
    assert_eq!(dup.len(), 1, "{diags:?}");
    assert!(
        dup[0]["relatedInformation"]
            .as_array()
            .is_some_and(|r| !r.is_empty())
    );

    let typo = by_rule(&diags, "typo");
    assert_eq!(typo.len(), 1, "{diags:?}");
    let typo_range = typo[0]["range"].clone();

    // The quick fix for the doubled word, applied as an editor would.
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(2, 29, 29),
               "context": {"diagnostics": [d]}}),
    );
    let actions = r["result"].as_array().unwrap();
    let fix = actions
        .iter()
        .find(|a| a["isPreferred"] == true && a["diagnostics"][0]["code"] == "repeated-word")
        .expect("a preferred quick fix");
    assert_eq!(fix["kind"], "quickfix");
    let edits = fix["edit"]["changes"][uri.as_str()].as_array().unwrap();
    let fixed = apply_edits(ARTICLE, edits);
    assert!(fixed.contains("said the talks"), "{fixed}");
    let disable = actions
        .iter()
        .find(|a| a["title"] == "Disable repeated-word for this line")
        .expect("a disable action");
    let disabled = apply_edits(
        ARTICLE,
        disable["edit"]["changes"][uri.as_str()].as_array().unwrap(),
    );
    assert!(
        disabled.contains("\n<!-- copydesk-disable-next-line repeated-word -->\nNaïve"),
        "{disabled}"
    );

    // The edit goes back as an incremental change; the doubled word is gone.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": edits.iter().map(|e| json!({"range": e["range"], "text": e["newText"]})).collect::<Vec<_>>()}),
    );
    let diags = c.diagnostics(&uri, 2);
    assert!(by_rule(&diags, "repeated-word").is_empty(), "{diags:?}");
    // The typo moved four units left with the deleted "the ".
    let moved = by_rule(&diags, "typo")[0]["range"].clone();
    assert_eq!(
        moved["start"]["character"].as_u64().unwrap() + 4,
        typo_range["start"]["character"].as_u64().unwrap()
    );

    // A suppression comment added by the disable action is honoured.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": disabled}]}),
    );
    let diags = c.diagnostics(&uri, 3);
    assert!(by_rule(&diags, "repeated-word").is_empty(), "{diags:?}");
    assert_eq!(by_rule(&diags, "typo").len(), 1, "{diags:?}");

    // Hover over the typo shows the rule's documentation.
    let typo_line = by_rule(&diags, "typo")[0]["range"]["start"].clone();
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": typo_line["line"], "character": typo_line["character"].as_u64().unwrap() + 1}}),
    );
    let hover = r["result"]["contents"]["value"].as_str().unwrap();
    assert!(hover.contains("misspelt word `suceess`"), "{hover}");
    assert!(hover.contains("## What it checks"), "{hover}");
    // Nothing under a clean word.
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}}),
    );
    assert_eq!(r["result"], Value::Null);

    c.shutdown();
}

#[test]
fn utf8_positions_when_the_client_offers_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Client::start();
    let init = c.initialize(
        json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
        Some(dir.path()),
    );
    assert_eq!(init["capabilities"]["positionEncoding"], "utf-8");
    let uri = format!("file://{}/story.txt", dir.path().display());
    c.open(&uri, "plaintext", ARTICLE);
    let diags = c.diagnostics(&uri, 1);
    assert_eq!(
        by_rule(&diags, "repeated-word")[0]["range"],
        range(2, 31, 34)
    );
    // Plain text has no comments: no "disable for this line".
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(2, 32, 32), "context": {"diagnostics": []}}),
    );
    let titles: Vec<&str> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert!(titles.iter().any(|t| t.starts_with("Remove")), "{titles:?}");
    assert!(
        !titles.iter().any(|t| t.starts_with("Disable")),
        "{titles:?}"
    );
    c.shutdown();
}

#[test]
fn nearest_config_is_used_and_reloaded_and_words_can_be_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("desk");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(dir.path().join("copydesk.toml"), "").unwrap();
    let config = sub.join("copydesk.toml");
    std::fs::write(&config, "[rules]\nrepeated-word = \"off\"\n").unwrap();

    let mut c = Client::start();
    c.initialize(json!({}), Some(dir.path()));
    let uri = format!("file://{}/story.md", sub.display());
    let text = "The envoy Zhakyp said the the talks were a suceess.\n";
    c.open(&uri, "markdown", text);
    let diags = c.diagnostics(&uri, 1);
    assert!(by_rule(&diags, "repeated-word").is_empty(), "{diags:?}");
    let typo = by_rule(&diags, "typo")[0].clone();

    // "Add to the vocabulary" goes to the nearest config's accept list.
    let start = &typo["range"]["start"];
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": {"start": start, "end": start}, "context": {"diagnostics": [typo]}}),
    );
    let add = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["command"]["command"] == "copydesk.addToVocabulary")
        .expect("an add-to-vocabulary action")
        .clone();
    assert_eq!(
        add["title"],
        "Add `suceess` to the vocabulary (copydesk.toml)"
    );
    let r = c.request(
        "workspace/executeCommand",
        json!({"command": add["command"]["command"], "arguments": add["command"]["arguments"]}),
    );
    assert_eq!(r["result"], Value::Null, "{r}");
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(written.contains("accept = [\"suceess\"]"), "{written}");

    // The server re-checks open documents with the reloaded config on its own.
    let diags = c.wait(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| !d.iter().any(|d| d["code"] == "typo"))
    });
    assert!(
        diags["params"]["diagnostics"]
            .as_array()
            .unwrap()
            .is_empty(),
        "{diags}"
    );

    // Turning repeated-word back on in the config and saving it re-checks the open document.
    std::fs::write(&config, "[vocabulary]\naccept = [\"suceess\"]\n").unwrap();
    c.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": format!("file://{}", config.display())}}),
    );
    let diags = c.wait(|m| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| d.iter().any(|d| d["code"] == "repeated-word"))
    });
    assert_eq!(diags["params"]["version"], 1);

    // A broken config is reported to the user, and the defaults are used meanwhile.
    std::fs::write(&config, "[rules]\nrepeated-wrd = \"off\"\n").unwrap();
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text}]}),
    );
    let shown = c.wait(|m| m["method"] == "window/showMessage");
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(message.contains("copydesk.toml:2"), "{message}");
    assert!(message.contains("repeated-word"), "{message}");
    let diags = c.diagnostics(&uri, 2);
    assert_eq!(by_rule(&diags, "repeated-word").len(), 1, "{diags:?}");
    c.shutdown();
}
