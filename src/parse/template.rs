//! Site-generator syntax in Markdown and HTML posts: front matter, Liquid/Jekyll and
//! Nunjucks/Eleventy tags, Hugo shortcodes and kramdown attribute lists.
//!
//! Each is found as an exact byte span; the document builder cuts them out of the prose as
//! holes. A tag must be closed before the next blank line (a raw or comment block before its
//! end tag): an unclosed opener masks nothing, so a tag never hides the prose after it.

use crate::span::Span;

/// The longest tag that is masked; an opener without a closer this close masks nothing.
const MAX_TAG: usize = 4096;

/// The longest kramdown attribute list.
const MAX_ATTRIBUTE_LIST: usize = 256;

/// The end of the front matter starting at `from` (after its closing fence's line end), if
/// the text there opens with a YAML (`---`) or TOML (`+++`) front matter block.
///
/// Blank lines may come before the opening fence (the block must then hold a key) and one
/// may follow it. The block must be empty or hold a `key:` or
/// `key =` line, so a Markdown file that opens with a thematic break stays prose.
pub(super) fn front_matter(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    // Blank lines before the fence (Hugo reads past them); then the block must hold a key.
    let mut start = 0;
    while let Some((line, next)) = next_line(rest, start) {
        if !line.trim().is_empty() {
            break;
        }
        start = next;
    }
    let (first, mut at) = next_line(rest, start)?;
    let fence = first.trim_end();
    if fence.starts_with('{') {
        return json_front_matter(rest).map(|end| from + end);
    }
    let closers: &[&str] = match fence {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return None,
    };
    let sep = if fence == "+++" { '=' } else { ':' };
    let mut keyed = false;
    let mut empty = true;
    while let Some((line, next)) = next_line(rest, at) {
        let t = line.trim_end();
        if closers.contains(&t) {
            return (keyed || (empty && start == 0)).then_some(from + next);
        }
        if !t.trim().is_empty() {
            empty = false;
            keyed |= is_key_line(t, sep);
        }
        at = next;
    }
    None
}

/// The end of JSON front matter (Hugo's): an object from the first character of the file to
/// a line that closes it, followed by a line end or the end of the text. Only a complete,
/// valid JSON object counts, so a Markdown file that opens with a brace stays prose.
fn json_front_matter(rest: &str) -> Option<usize> {
    // The closing brace is the first of a line: try each such line in turn (a brace that
    // closes an inner object comes first), within the first 64 KiB and 64 tries.
    let mut at = 0;
    let mut tries = 0;
    while at < rest.len().min(1 << 16) && tries < 64 {
        let (line, next) = next_line(rest, at)?;
        if line.starts_with('}') && line.trim_end() == "}" {
            tries += 1;
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(&rest[..=at]) {
                return v.is_object().then_some(next);
            }
        }
        at = next;
    }
    None
}

/// Spans of MDX syntax in an `.mdx` file's text after `from`: `import`/`export` blocks (from
/// a line starting with the keyword to the next blank line), JSX tags (`<Chart data={x} />`,
/// `</Callout>`, `<>`) and `{…}` expressions, outside fenced code. Sorted, not overlapping.
pub(super) fn mdx_spans(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = from;
    let mut fence: Option<&str> = None;
    let mut line_start = true;
    let mut block_start = true;
    while at < text.len() {
        if line_start {
            let (line, next) = next_line(text, at).unwrap_or(("", text.len()));
            let t = line.trim_start();
            if let Some(f) = fence {
                if t.starts_with(f) {
                    fence = None;
                }
                block_start = false;
                at = next;
                continue;
            }
            if t.starts_with("```") || t.starts_with("~~~") {
                fence = Some(&t[..3]);
                at = next;
                continue;
            }
            if t.is_empty() {
                block_start = true;
                at = next;
                continue;
            }
            if block_start
                && line.len() == t.len()
                && (t.starts_with("import ") || t.starts_with("export "))
            {
                // The ESM block runs to the next blank line.
                let end = blank_line(text, at).map_or(text.len(), |(nl, _)| nl);
                out.push(Span::new(at, end));
                at = end;
                continue;
            }
            block_start = false;
            line_start = false;
        }
        match bytes[at] {
            b'\n' => {
                line_start = true;
                at += 1;
            }
            b'`' => {
                // Inline code: skip to the matching run of backticks on the same paragraph.
                let run = text[at..].bytes().take_while(|&b| b == b'`').count();
                let marker = &text[at..at + run];
                at = text[at + run..]
                    .find(marker)
                    .map_or(at + run, |i| at + run + i + run);
            }
            b'{' => match balanced(text, at, b'{', b'}') {
                Some(end) => {
                    out.push(Span::new(at, end));
                    at = end;
                }
                None => at += 1,
            },
            b'<' if jsx_opens(&text[at..]) => match jsx_tag_end(text, at) {
                Some(end) => {
                    out.push(Span::new(at, end));
                    at = end;
                }
                None => at += 1,
            },
            _ => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// `<Name`, `</Name`, `<>` or `</>`, where a component's name starts with a capital.
fn jsx_opens(rest: &str) -> bool {
    let after = rest[1..].strip_prefix('/').unwrap_or(&rest[1..]);
    after.starts_with('>') || after.starts_with(|c: char| c.is_ascii_uppercase())
}

/// The end of a JSX tag opening at `at`: its `>`, past quoted strings and `{…}` attribute
/// values, within [`MAX_TAG`] bytes and before a blank line.
fn jsx_tag_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    let limit = (at + MAX_TAG).min(b.len());
    let mut i = at + 1;
    while i < limit {
        match b[i] {
            b'>' => return Some(i + 1),
            b'"' | b'\'' => {
                let q = b[i];
                i += 1 + b[i + 1..limit].iter().position(|&c| c == q)?;
                i += 1;
            }
            b'{' => i = balanced(text, i, b'{', b'}')?,
            b'\n' if b.get(i + 1) == Some(&b'\n') => return None,
            _ => i += 1,
        }
    }
    None
}

/// The end of a `{…}` group at `at`, braces counted, within [`MAX_TAG`] bytes and before a
/// blank line.
fn balanced(text: &str, at: usize, open: u8, close: u8) -> Option<usize> {
    let b = text.as_bytes();
    let limit = (at + MAX_TAG).min(b.len());
    let mut depth = 0usize;
    for i in at..limit {
        match b[i] {
            c if c == open => depth += 1,
            c if c == close => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            b'\n' if b.get(i + 1) == Some(&b'\n') => return None,
            _ => {}
        }
    }
    None
}

/// Two sorted lists of spans as one, sorted; a span overlapping one kept before it is
/// dropped.
pub(super) fn merge(a: Vec<Span>, b: Vec<Span>) -> Vec<Span> {
    let mut all = a;
    all.extend(b);
    all.sort_by_key(|s| (s.start(), std::cmp::Reverse(s.end())));
    let mut out: Vec<Span> = Vec::with_capacity(all.len());
    for s in all {
        if out.last().is_none_or(|l| l.end() <= s.start()) {
            out.push(s);
        }
    }
    out
}

/// A named character reference (`&rsquo;`).
static ENTITY: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"&[A-Za-z]{2,8};").expect("static regex"));

/// The front matter fields read as prose unless the config names others.
pub const PROSE_FIELDS: &[&str] = &["title", "description", "excerpt", "summary", "caption"];

/// The values of the prose fields `fields` in the front matter `text[fm]`, each as the exact
/// span of its text (inside the quotes), with its field name, in order. A value is read only
/// when it is on the key's line: YAML `title: …` (plain, or quoted without escapes), TOML
/// `title = "…"`, JSON `"title": "…"`, at the top level; block scalars, lists and values
/// with escapes are left as front matter, so every span is the text as written.
pub(super) fn prose_fields<'f>(text: &str, fm: Span, fields: &'f [String]) -> Vec<(&'f str, Span)> {
    let mut out = Vec::new();
    let block = &text[fm.range()];
    let json = block.starts_with('{');
    let mut at = 0;
    while let Some((line, next)) = next_line(block, at) {
        let line_start = fm.start() + at;
        at = next;
        // Top level only: no indent in YAML and TOML, one level of indent in JSON.
        let indent = line.len() - line.trim_start().len();
        if (json && indent == 0) || (!json && indent > 0) {
            continue;
        }
        let t = line.trim_start();
        let (key, rest) = if json {
            let Some(k) = t.strip_prefix('"') else {
                continue;
            };
            let Some(q) = k.find('"') else { continue };
            (&k[..q], k[q + 1..].trim_start())
        } else {
            let end = t
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                .unwrap_or(t.len());
            (&t[..end], t[end..].trim_start())
        };
        let Some(field) = fields.iter().find(|f| f.eq_ignore_ascii_case(key)) else {
            continue;
        };
        let Some(value) = rest.strip_prefix([':', '=']) else {
            continue;
        };
        let value = value.trim_start();
        let value_at = line_start + (line.len() - value.len());
        let value = if json {
            value.trim_end().trim_end_matches(',')
        } else {
            value.trim_end()
        };
        let inner = match value.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let Some(body) = value[1..].strip_suffix(q) else {
                    continue;
                };
                if body.contains('\\') || body.contains(q) {
                    continue;
                }
                Span::new(value_at + 1, value_at + 1 + body.len())
            }
            // Plain YAML scalars only; no block scalars, lists, maps, anchors or comments.
            Some(c) if !json && !"|>[{&*!#%@`".contains(c) && !value.contains(" #") => {
                Span::new(value_at, value_at + value.len())
            }
            _ => continue,
        };
        // A value holding HTML or character references is markup, not plain prose.
        let markup = {
            let v = &text[inner.range()];
            v.contains('<') || v.contains("&#") || ENTITY.is_match(v)
        };
        if !inner.is_empty() && !markup {
            out.push((field.as_str(), inner));
        }
    }
    out
}

/// The language a front matter block declares (`lang: es`, `language = "fr"`,
/// `locale: de_DE`), as written.
pub(super) fn declared_language(front_matter: &str) -> Option<String> {
    static KEY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?m)^\s*"?(?:lang|language|locale)"?\s*[:=]\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)["']?\s*,?\s*$"#,
        )
        .expect("static regex")
    });
    KEY.captures(front_matter).map(|c| c[1].to_string())
}

/// The `lang` attribute of an HTML page's `<html>` element.
pub(super) fn html_lang(text: &str) -> Option<String> {
    static LANG: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#"(?i)<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)"#,
        )
        .expect("static regex")
    });
    let head = &text[..crate::source::floor_char_boundary(text, text.len().min(4096))];
    LANG.captures(head).map(|c| c[1].to_string())
}

/// A line at `at` in `s` without its line end, and where the next line starts.
fn next_line(s: &str, at: usize) -> Option<(&str, usize)> {
    if at >= s.len() {
        return None;
    }
    let rest = &s[at..];
    match rest.find('\n') {
        Some(i) => Some((rest[..i].trim_end_matches('\r'), at + i + 1)),
        None => Some((rest, s.len())),
    }
}

/// `title: …` (YAML), `title = …` (TOML), or a YAML list item or continuation.
fn is_key_line(line: &str, sep: char) -> bool {
    let t = line.trim_start();
    if line.len() != t.len() || t.starts_with("- ") || t.starts_with('#') {
        // Indented lines, list items and comments belong to a key above them.
        return true;
    }
    let key_end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.' || c == '"'))
        .unwrap_or(t.len());
    key_end > 0 && t[key_end..].trim_start().starts_with(sep)
}

/// What kinds of syntax to look for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Flavour {
    Markdown,
    Html,
}

/// Spans of template tags, shortcodes and attribute lists in `text[from..]`, sorted and
/// not overlapping.
pub(super) fn spans(text: &str, from: usize, flavour: Flavour) -> Vec<Span> {
    let mut sc = Scanner::new(text, flavour);
    let mut out = Vec::new();
    let mut pos = from;
    while let Some(off) = text.get(pos..).and_then(|r| r.find('{')) {
        let at = pos + off;
        match sc.tag_at(at) {
            Some(end) => {
                out.push(Span::new(at, end));
                pos = end;
            }
            None => pos = at + 1,
        }
    }
    out
}

/// The next match of something at or after a position, remembered: the scan moves forward,
/// so each search is done once and the whole scan stays linear.
#[derive(Clone, Copy)]
struct Memo {
    /// Where the remembered search started; `usize::MAX` before the first search.
    from: usize,
    /// The match found: its start and end.
    hit: Option<(usize, usize)>,
}

impl Memo {
    const EMPTY: Memo = Memo {
        from: usize::MAX,
        hit: None,
    };

    fn get(
        &mut self,
        q: usize,
        search: impl FnOnce(usize) -> Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let valid = self.from <= q && self.hit.is_none_or(|(s, _)| s >= q);
        if !valid {
            *self = Memo {
                from: q,
                hit: search(q),
            };
        }
        self.hit
    }
}

const CLOSERS: [&str; 5] = [">}}", "%}}", "}}", "#}", "%}"];

struct Scanner<'t> {
    text: &'t str,
    flavour: Flavour,
    closers: [Memo; 5],
    blank: Memo,
    /// The next `{% endraw %}` and `{% endcomment %}`.
    ends: [Memo; 2],
}

impl<'t> Scanner<'t> {
    fn new(text: &'t str, flavour: Flavour) -> Self {
        Scanner {
            text,
            flavour,
            closers: [Memo::EMPTY; 5],
            blank: Memo::EMPTY,
            ends: [Memo::EMPTY; 2],
        }
    }

    /// The end of the tag opening at `at` (which holds `{`), if it is one and is closed.
    fn tag_at(&mut self, at: usize) -> Option<usize> {
        let rest = &self.text[at..];
        if rest.starts_with("{{<") {
            return self.closed(at, 3, 0);
        }
        if rest.starts_with("{{%") {
            return self.closed(at, 3, 1);
        }
        if rest.starts_with("{{") {
            return self.closed(at, 2, 2);
        }
        let markdown = self.flavour == Flavour::Markdown;
        if rest.starts_with("{#") {
            // A Nunjucks/Jinja comment; in Markdown also a Hugo/kramdown heading id `{#id}`.
            return self
                .closed(at, 2, 3)
                .or_else(|| markdown.then(|| attribute_list(self.text, at)).flatten());
        }
        if rest.starts_with("{%") {
            let end = self.closed(at, 2, 4)?;
            let (which, block_end) = match tag_name(&self.text[at + 2..end - 2]) {
                "raw" => (0, "endraw"),
                "comment" => (1, "endcomment"),
                _ => return Some(end),
            };
            // The block runs to its end tag; without one, only the opening tag is masked.
            let text = self.text;
            let found = self.ends[which].get(end, |from| end_tag(text, from, block_end));
            return Some(found.map_or(end, |(_, e)| e));
        }
        if markdown && rest.starts_with("{:") {
            return attribute_list(self.text, at);
        }
        None
    }

    /// The end of a tag opened at `at` with an opener `skip` bytes long, closed by
    /// `CLOSERS[closer]` before a blank line and within [`MAX_TAG`] bytes.
    fn closed(&mut self, at: usize, skip: usize, closer: usize) -> Option<usize> {
        let text = self.text;
        let body_start = at + skip;
        let close = CLOSERS[closer];
        let (s, e) = self.closers[closer].get(body_start, |from| {
            let i = text.get(from..)?.find(close)?;
            Some((from + i, from + i + close.len()))
        })?;
        if e - at > MAX_TAG {
            return None;
        }
        let blank = self.blank.get(body_start, |from| blank_line(text, from));
        if blank.is_some_and(|(_, line_end)| line_end < s) {
            return None;
        }
        Some(e)
    }
}

/// The first blank line whose line end before it is at or after `from`: that line end and
/// the blank line's own line end.
fn blank_line(text: &str, from: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = from + text.get(from..)?.find('\n')?;
    loop {
        let mut j = i + 1;
        while j < b.len() && b[j] != b'\n' && b[j].is_ascii_whitespace() {
            j += 1;
        }
        match b.get(j) {
            Some(b'\n') => return Some((i, j)),
            Some(_) => i = j + text[j..].find('\n')?,
            None => return None,
        }
    }
}

/// The first word of a tag's body: `raw` in `{%- raw -%}`.
fn tag_name(body: &str) -> &str {
    let t = body.trim_start_matches(['-', '~']).trim_start();
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    &t[..end]
}

/// The first `{% name %}` tag at or after `from`: its start and end.
fn end_tag(text: &str, from: usize, name: &str) -> Option<(usize, usize)> {
    let mut pos = from;
    // The next `%}`, found once for every `{%` before it.
    let mut close: Option<usize> = None;
    while let Some(off) = text.get(pos..).and_then(|r| r.find("{%")) {
        let at = pos + off;
        let e = match close {
            Some(c) if c >= at + 2 => c + 2,
            _ => {
                let c = at + 2 + text[at + 2..].find("%}")?;
                close = Some(c);
                c + 2
            }
        };
        if e - at <= MAX_TAG && tag_name(&text[at + 2..e - 2]) == name {
            return Some((at, e));
        }
        pos = at + 2;
    }
    None
}

/// A kramdown attribute list or extension on one line: `{: .class}`, `{:.lead}`, `{:#id}`,
/// `{::options …}`, `{:toc}`; also a heading id `{#id}`.
fn attribute_list(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let mut cut = rest.len().min(MAX_ATTRIBUTE_LIST);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    let rest = &rest[..cut];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let close = line[1..].find(['}', '{'])? + 1;
    if line.as_bytes()[close] != b'}' {
        return None;
    }
    let body = line[1..close].trim_start_matches(':').trim_start();
    let starts_ok = body
        .chars()
        .next()
        .is_some_and(|c| c == '.' || c == '#' || c.is_ascii_alphabetic());
    (starts_ok && !body.contains(['(', ')'])).then_some(at + close + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str, flavour: Flavour) -> Vec<&str> {
        spans(text, 0, flavour)
            .iter()
            .map(|s| &text[s.range()])
            .collect()
    }

    #[test]
    fn liquid_and_nunjucks_tags() {
        let t = r#"See {{ "/path/" | url }} and {% endfor %}, {%- if x -%}y{%- endif -%}."#;
        assert_eq!(
            masked(t, Flavour::Markdown),
            [
                r#"{{ "/path/" | url }}"#,
                "{% endfor %}",
                "{%- if x -%}",
                "{%- endif -%}"
            ]
        );
    }

    #[test]
    fn raw_and_comment_blocks_run_to_their_end_tag() {
        let t =
            "a {% raw %}{{ x }}\n\nmore{% endraw %} b {% comment %}note\n\nnote{% endcomment %} c";
        assert_eq!(
            masked(t, Flavour::Html),
            [
                "{% raw %}{{ x }}\n\nmore{% endraw %}",
                "{% comment %}note\n\nnote{% endcomment %}"
            ]
        );
        // Without its end tag a raw block masks only its opening tag.
        assert_eq!(masked("{% raw %} teh rest", Flavour::Html), ["{% raw %}"]);
    }

    #[test]
    fn hugo_shortcodes() {
        let t =
            r#"{{< figure src="/a.png" caption="A href" >}} and {{% notice %}}x{{% /notice %}}"#;
        assert_eq!(
            masked(t, Flavour::Markdown),
            [
                r#"{{< figure src="/a.png" caption="A href" >}}"#,
                "{{% notice %}}",
                "{{% /notice %}}"
            ]
        );
    }

    #[test]
    fn unclosed_tags_mask_nothing() {
        assert!(masked("{% if x\n\nThe prose teh after.", Flavour::Markdown).is_empty());
        assert!(masked("a {{ b", Flavour::Html).is_empty());
        assert!(masked("set {a, b} and {:(", Flavour::Markdown).is_empty());
        // A tag over several lines without a blank one is still a tag.
        assert_eq!(
            masked("{% include x.html\n  a=1 %}", Flavour::Markdown),
            ["{% include x.html\n  a=1 %}"]
        );
    }

    #[test]
    fn many_unclosed_openers_take_linear_time() {
        // Quadratic scanning would take minutes on these.
        for t in [
            "{{ {% {# {{< {{% ".repeat(200_000),
            format!("{}%}}", "{%".repeat(500_000)),
            format!("{{% raw %}}{}", "{% raw %} x ".repeat(100_000)),
            format!("{}}}}}", "{{\n \n".repeat(300_000)),
            "{:".repeat(500_000),
        ] {
            let started = std::time::Instant::now();
            let _ = spans(&t, 0, Flavour::Markdown);
            assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
        }
    }

    #[test]
    fn kramdown_attribute_lists_in_markdown_only() {
        let t =
            "Lead.\n{: .lead}\n\n*x*{:.big} ## H {#top} {::options parse_block_html=\"true\" /}";
        assert_eq!(
            masked(t, Flavour::Markdown),
            [
                "{: .lead}",
                "{:.big}",
                "{#top}",
                "{::options parse_block_html=\"true\" /}"
            ]
        );
        assert!(masked("{: .lead}", Flavour::Html).is_empty());
    }

    #[test]
    fn json_front_matter_is_a_whole_object() {
        let t = "{\n  \"title\": \"Teh post\",\n  \"tags\": {\"a\": 1\n}\n}\nBody {x}\n";
        assert_eq!(front_matter(t, 0), Some(t.len() - "Body {x}\n".len()));
        // Not JSON, or never closed: prose.
        assert_eq!(front_matter("{ not json }\nBody\n", 0), None);
        assert_eq!(front_matter("{\n\"a\": 1,\nBody\n", 0), None);
        assert_eq!(front_matter("{\n}\n", 0), Some(4));
    }

    #[test]
    fn mdx_esm_jsx_and_expressions() {
        let t = "import Chart from './chart'\nexport const meta = {\n  a: 1,\n}\n\n\
                 Text <Chart data={[1, 2]} label=\"x > y\" /> and {props.name} teh.\n\n\
                 <Callout type=\"note\">\n\nInside teh callout.\n\n</Callout>\n\n\
                 ```js\nimport x from 'y'\n{code}\n```\n\nA <b>bold</b> `{not}` word.\n";
        assert_eq!(
            spans_text(t, &mdx_spans(t, 0)),
            [
                "import Chart from './chart'\nexport const meta = {\n  a: 1,\n}",
                "<Chart data={[1, 2]} label=\"x > y\" />",
                "{props.name}",
                "<Callout type=\"note\">",
                "</Callout>",
            ]
        );
        // An import in the middle of a paragraph is prose.
        assert!(mdx_spans("We import goods\nimport more.\n", 0).is_empty());
        assert!(mdx_spans("a { b\n\nc } <Open never closed\n\n", 0).is_empty());
    }

    #[test]
    fn prose_fields_have_exact_spans() {
        let fields: Vec<String> = PROSE_FIELDS.iter().map(|f| (*f).to_string()).collect();
        let value_of = |t: &str| -> Vec<(String, String)> {
            let end = front_matter(t, 0).expect("front matter");
            prose_fields(t, Span::new(0, end), &fields)
                .into_iter()
                .map(|(f, s)| (f.to_string(), t[s.range()].to_string()))
                .collect()
        };
        let yaml = "---\ntitle: Teh plain title\ndescription: \"A quoted one\"\nsummary: >\n  folded\n\
                    tags: [a]\n  caption: nested\nexcerpt: 'It''s'\ncaption: with \\ escape\n---\n";
        assert_eq!(
            value_of(yaml),
            [
                ("title".into(), "Teh plain title".into()),
                ("description".into(), "A quoted one".into()),
                ("caption".into(), "with \\ escape".into()),
            ]
        );
        let html = "---\nexcerpt: We <a href=\"x\">launched</a>\nsummary: I&#8217;m\n---\n";
        assert!(value_of(html).is_empty());
        let toml = "+++\ntitle = \"A TOML title\"\ndate = 2020-01-01\n+++\n";
        assert_eq!(value_of(toml), [("title".into(), "A TOML title".into())]);
        let json = "{\n  \"title\": \"A JSON title\",\n  \"summary\": \"Esc\\\"aped\"\n}\n";
        assert_eq!(value_of(json), [("title".into(), "A JSON title".into())]);
    }

    fn spans_text<'t>(text: &'t str, spans: &[Span]) -> Vec<&'t str> {
        spans.iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn front_matter_with_a_blank_line_after_the_fence() {
        let t = "---\n\ntitle: Teh post\ndate: 2020-01-01\n---\nBody";
        assert_eq!(front_matter(t, 0), Some(t.len() - 4));
        let toml = "+++\ntitle = \"x\"\n+++\nBody";
        assert_eq!(front_matter(toml, 0), Some(toml.len() - 4));
        assert_eq!(front_matter("---\n---\nBody", 0), Some(8));
        // A thematic break followed by prose is not front matter.
        assert_eq!(
            front_matter("---\n\nSome prose here.\n\n---\nMore", 0),
            None
        );
        assert_eq!(front_matter("--- \ntitle: x", 0), None);
        assert_eq!(front_matter("Body\n---\ntitle: x\n---\n", 0), None);
    }

    #[test]
    fn front_matter_after_blank_lines() {
        // Hugo reads past blank lines before the fence (digital.gov posts open so).
        let t = "\n\n---\ntitle: x\nauthors:\n  - ruxi-giura\n---\nBody";
        assert_eq!(front_matter(t, 0), Some(t.len() - 4));
        // Then the block must hold a key: two thematic breaks stay prose.
        assert_eq!(front_matter("\n---\n---\nBody", 0), None);
        assert_eq!(front_matter("\n---\n\nSome prose.\n\n---\nMore", 0), None);
    }
}
