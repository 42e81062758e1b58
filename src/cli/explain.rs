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
    let m = rule.meta();
    let text = format!(
        "# {}\n\nDefault severity: {}. {}.\n\nLanguages: {}\n\n{}",
        m.id,
        m.severity.as_str(),
        capitalise(m.summary),
        m.languages.describe(),
        rules::explain(m)
    );
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
    ExitCode::SUCCESS
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
