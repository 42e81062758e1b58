use std::io::Write;
use std::process::ExitCode;

use super::EXIT_ERROR;
use crate::rules;
use crate::text::did_you_mean;

pub(super) fn run(id: &str) -> ExitCode {
    let Some(rule) = rules::find(id) else {
        eprintln!(
            "copydesk: error: unknown rule `{id}`{}; `copydesk rules` lists them",
            did_you_mean(id, rules::ids())
        );
        return ExitCode::from(EXIT_ERROR);
    };
    let text = rules::explain_page(rule.meta());
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}
