//! HTML articles, with exact source spans.
//!
//! A small tokenizer of our own (after the WHATWG tokenizer's states for tags, attributes,
//! comments, raw text and RCDATA) feeds a light tree builder that knows HTML's implied end
//! tags (`<p>` closed by a block, `<li>` by the next `<li>`, table cells by the next cell).
//! Why not lol_html: it gives source locations for tokens, but it is a rewriter — it
//! serialises output we would throw away, matches selectors, reaches our state only through
//! shared closures, does not run end-tag handlers for implicitly closed elements (so the
//! implied-end-tag logic would be ours anyway), and brings a dozen crates with it. Tokenizing
//! ourselves on the `&str` we already hold is a few hundred lines, allocates nothing per
//! token and keeps every offset a plain byte index.
//!
//! What becomes what:
//! - `h1`–`h6` headings; `p`, `li`, `dt`/`dd`, `td`/`th` and text directly inside `div`,
//!   `section`, `article` … paragraphs, list items, table cells; `ul`/`ol`, `blockquote`,
//!   `table`, `figure` containers; an element whose class names a pull quote is a quote, and
//!   one whose class names a fact box (or a heading such as "… Facts" followed by a list) is
//!   a fact box.
//! - Captions: `figcaption` (and other prose inside a `figure`), an `img`'s `alt` and
//!   `title`, and paragraphs that read like captions or credits, as in plain text.
//! - Masked (holes): every tag (an `img`'s `alt`/`title` values excepted), comments, the
//!   doctype; the whole of `head`, `script`, `style`, `template`, `nav`, `svg`, `math`,
//!   `select`, `iframe`, `noscript`, `object`, `video`, `audio`, `canvas`, and of `header`
//!   and `footer` outside an `article` (the page's header; an article's own header holds its
//!   headline); `pre` and `code` as code.
//! - Character references stay in the source: a word's span covers "don&rsquo;t" whole, and
//!   rules read the decoded text through `Document::word_str`, `decoded` and `lines`.
//! - `<br>` is a line break inside its block (`Document::breaks`); line ends in the source
//!   are only spaces.
//!
//! Layout: `tokenizer` finds tags, comments and raw text at a `<`; `tree` is the tree
//! builder (the stack of open elements, implied end tags, masks); `leaf` gathers the prose
//! blocks; `elements` knows the tag names and what each makes of its content.

mod elements;
mod leaf;
#[cfg(test)]
mod tests;
mod tokenizer;
mod tree;

pub(super) use tree::parse;
