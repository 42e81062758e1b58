//! copydesk: a proofreading linter for editorial copy.
//!
//! The pipeline runs one way: [`source`] decodes a file, [`parse`] builds the
//! [`doc::Document`] once, the [`rules`] read it and report [`diagnostic::Diagnostic`]s
//! through the [`engine`], and [`report`] renders them. Only [`cli`] touches the terminal.

pub mod baseline;
pub mod cli;
pub mod config;
pub mod data;
pub mod diagnostic;
pub mod diff;
pub mod doc;
pub mod engine;
pub mod fingerprint;
pub mod fix;
pub mod lang;
pub mod lsp;
pub mod parse;
pub mod report;
pub mod rules;
pub mod source;
pub mod span;
pub mod spell;
pub mod text;
pub mod walk;
