//! What the parser knows about tag names: each element's category, the canonical names,
//! heading levels, what may sit in `head`, and the prose roles and fact boxes named by a
//! `class`.

use super::tokenizer::scan_attributes;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Category {
    /// Never has content: `br`, `img`, `hr`, `meta` …
    Void,
    /// Raw text up to its end tag, masked: `script`, `style`, `title`, `textarea` …
    Raw,
    /// Masked with everything inside; `block` says whether it ends a paragraph.
    Masked { block: bool, code: bool },
    /// Formatting inside a paragraph: `a`, `b`, `em`, `span`, unknown elements.
    Inline,
    /// Ends a paragraph; text directly inside it forms paragraphs: `div`, `section`, `body`.
    Block,
    /// Opens a prose block of its own: `p`, `h1`–`h6`, `li`, `td`, `figcaption` …
    Leaf,
    /// A container of the document model.
    Container,
}

pub(super) fn category(name: &str) -> Category {
    match name {
        "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "keygen" | "link"
        | "meta" | "param" | "source" | "track" | "wbr" | "basefont" | "bgsound" | "frame" => {
            Category::Void
        }
        "script" | "style" | "title" | "textarea" | "xmp" | "iframe" | "noembed" | "noframes"
        | "noscript" | "plaintext" => Category::Raw,
        "head" | "nav" | "template" | "header" | "footer" | "menu" | "dialog" => Category::Masked {
            block: true,
            code: false,
        },
        "pre" | "listing" => Category::Masked {
            block: true,
            code: true,
        },
        "code" | "kbd" | "samp" | "var" => Category::Masked {
            block: false,
            code: true,
        },
        "svg" | "math" | "select" | "object" | "video" | "audio" | "canvas" | "button"
        | "datalist" | "map" => Category::Masked {
            block: false,
            code: false,
        },
        "p" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "dt" | "dd" | "td" | "th"
        | "figcaption" | "caption" | "address" | "summary" | "legend" => Category::Leaf,
        "ul" | "ol" | "blockquote" | "table" | "figure" => Category::Container,
        "html" | "body" | "div" | "section" | "article" | "main" | "aside" | "hgroup"
        | "details" | "fieldset" | "form" | "center" | "dl" | "tbody" | "thead" | "tfoot"
        | "tr" | "colgroup" | "frameset" | "search" | "optgroup" | "option" | "dir" => {
            Category::Block
        }
        _ => Category::Inline,
    }
}

/// The canonical (lower-case, static) name of a tag, or `None` for an unknown one.
pub(super) fn canonical(raw: &str) -> Option<&'static str> {
    const KNOWN: &[&str] = &[
        "a",
        "abbr",
        "address",
        "area",
        "article",
        "aside",
        "audio",
        "b",
        "base",
        "basefont",
        "bgsound",
        "blockquote",
        "body",
        "br",
        "button",
        "canvas",
        "caption",
        "center",
        "code",
        "col",
        "colgroup",
        "datalist",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "frame",
        "frameset",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "header",
        "hgroup",
        "hr",
        "html",
        "i",
        "iframe",
        "img",
        "input",
        "kbd",
        "keygen",
        "legend",
        "li",
        "link",
        "listing",
        "main",
        "map",
        "math",
        "menu",
        "meta",
        "nav",
        "noembed",
        "noframes",
        "noscript",
        "object",
        "ol",
        "optgroup",
        "option",
        "p",
        "param",
        "picture",
        "plaintext",
        "pre",
        "samp",
        "script",
        "search",
        "section",
        "select",
        "source",
        "span",
        "strong",
        "style",
        "summary",
        "svg",
        "table",
        "tbody",
        "td",
        "template",
        "textarea",
        "tfoot",
        "th",
        "thead",
        "title",
        "tr",
        "track",
        "ul",
        "var",
        "video",
        "wbr",
        "xmp",
    ];
    debug_assert!(KNOWN.is_sorted());
    if raw.len() > 10 {
        return None;
    }
    let mut buf = [0u8; 10];
    let lower = &mut buf[..raw.len()];
    lower.copy_from_slice(raw.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).ok()?;
    KNOWN.binary_search(&lower).ok().map(|i| KNOWN[i])
}

/// What an open element makes of the prose inside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ProseRole {
    None,
    Item,
    Cell,
    Quote,
    Figure,
    Caption,
    Credit,
}

pub(super) fn heading_level(name: &str) -> Option<u8> {
    match name {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

pub(super) fn allowed_in_head(name: &str) -> bool {
    matches!(
        name,
        "title"
            | "meta"
            | "link"
            | "style"
            | "script"
            | "base"
            | "noscript"
            | "template"
            | "basefont"
            | "bgsound"
    )
}

/// The value of the `class` attribute of the tag at `span`.
pub(super) fn class_of(text: &str, span: Span) -> Option<&str> {
    let mut class = None;
    scan_attributes(text.as_bytes(), span, |name, value| {
        if text[name].eq_ignore_ascii_case("class") {
            class = value;
        }
    });
    class.map(|r| &text[r])
}

/// Prose roles named by a class: pull quotes, captions, credits.
pub(super) fn class_ctx(class: Option<&str>) -> ProseRole {
    let Some(class) = class else {
        return ProseRole::None;
    };
    let lower = class.to_ascii_lowercase();
    let has = |w: &str| lower.split_ascii_whitespace().any(|c| c.contains(w));
    if has("pullquote") || has("pull-quote") || has("pull_quote") {
        ProseRole::Quote
    } else if has("caption") {
        ProseRole::Caption
    } else if has("credit") {
        ProseRole::Credit
    } else {
        ProseRole::None
    }
}

pub(super) fn is_fact_box_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|c| {
        let c = c.to_ascii_lowercase();
        c.contains("factbox") || c.contains("fact-box") || c.contains("fact_box") || c == "facts"
    })
}
