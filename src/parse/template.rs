//! Site-generator syntax in Markdown and HTML posts: front matter, Liquid/Jekyll and
//! Nunjucks/Eleventy tags, Hugo shortcodes and kramdown attribute lists.
//!
//! Each is found as an exact byte span; the document builder cuts them out of the prose as
//! holes. A tag must be closed before the next blank line (a raw or comment block before its
//! end tag): an unclosed opener masks nothing, so a tag never hides the prose after it.

use crate::span::Span;

/// The longest tag that is masked; an opener without a closer this close masks nothing.
const MAX_TAG: usize = 4096;

/// The end of the front matter starting at `from` (after its closing fence's line end), if
/// the text there opens with a YAML (`---`) or TOML (`+++`) front matter block.
///
/// A blank line may follow the opening fence. The block must be empty or hold a `key:` or
/// `key =` line, so a Markdown file that opens with a thematic break stays prose.
pub(super) fn front_matter(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let (first, mut at) = next_line(rest, 0)?;
    let fence = first.trim_end();
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
            return (keyed || empty).then_some(from + next);
        }
        if !t.trim().is_empty() {
            empty = false;
            keyed |= is_key_line(t, sep);
        }
        at = next;
    }
    None
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
    let mut out = Vec::new();
    let mut pos = from;
    while let Some(off) = text.get(pos..).and_then(|r| r.find('{')) {
        let at = pos + off;
        match tag_at(text, at, flavour) {
            Some(end) => {
                out.push(Span::new(at, end));
                pos = end;
            }
            None => pos = at + 1,
        }
    }
    out
}

/// The end of the tag opening at `at` (which holds `{`), if it is one and is closed.
fn tag_at(text: &str, at: usize, flavour: Flavour) -> Option<usize> {
    let rest = &text[at..];
    if rest.starts_with("{{<") {
        return closed(text, at, 3, ">}}");
    }
    if rest.starts_with("{{%") {
        return closed(text, at, 3, "%}}");
    }
    if rest.starts_with("{{") {
        return closed(text, at, 2, "}}");
    }
    if rest.starts_with("{#") {
        // A Nunjucks/Jinja comment; in Markdown also a Hugo/kramdown heading id `{#id}`.
        return closed(text, at, 2, "#}").or_else(|| {
            (flavour == Flavour::Markdown)
                .then(|| attribute_list(text, at))
                .flatten()
        });
    }
    if rest.starts_with("{%") {
        let end = closed(text, at, 2, "%}")?;
        let name = tag_name(&text[at + 2..end - 2]);
        let block_end = match name {
            "raw" => "endraw",
            "comment" => "endcomment",
            _ => return Some(end),
        };
        // The block runs to its end tag; without one, only the opening tag is masked.
        return Some(end_tag(text, end, block_end).unwrap_or(end));
    }
    if flavour == Flavour::Markdown && rest.starts_with("{:") {
        return attribute_list(text, at);
    }
    None
}

/// The end of a tag opened at `at` with an opener `skip` bytes long, closed by `close`
/// before a blank line and within [`MAX_TAG`] bytes.
fn closed(text: &str, at: usize, skip: usize, close: &str) -> Option<usize> {
    let body_start = at + skip;
    let mut limit = (at + MAX_TAG).min(text.len());
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = text.get(body_start..limit)?;
    let i = window.find(close)?;
    let inside = &window[..i];
    if has_blank_line(inside) {
        return None;
    }
    Some(body_start + i + close.len())
}

fn has_blank_line(s: &str) -> bool {
    let mut lines = s.split('\n');
    lines.next();
    let mut iter = lines.peekable();
    while let Some(line) = iter.next() {
        // A line between two line ends that holds only white space.
        if iter.peek().is_some() && line.trim().is_empty() {
            return true;
        }
    }
    false
}

/// The first word of a tag's body: `raw` in `{%- raw -%}`.
fn tag_name(body: &str) -> &str {
    let t = body.trim_start_matches(['-', '~']).trim_start();
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    &t[..end]
}

/// The end of the first `{% name %}` tag at or after `from`.
fn end_tag(text: &str, from: usize, name: &str) -> Option<usize> {
    let mut pos = from;
    while let Some(off) = text.get(pos..).and_then(|r| r.find("{%")) {
        let at = pos + off;
        if let Some(end) = closed(text, at, 2, "%}") {
            if tag_name(&text[at + 2..end - 2]) == name {
                return Some(end);
            }
            pos = end;
        } else {
            pos = at + 2;
        }
    }
    None
}

/// A kramdown attribute list or extension on one line: `{: .class}`, `{:.lead}`, `{:#id}`,
/// `{::options …}`, `{:toc}`; also a heading id `{#id}`.
fn attribute_list(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let line_end = rest.find('\n').unwrap_or(rest.len());
    let line = &rest[..line_end];
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
}
