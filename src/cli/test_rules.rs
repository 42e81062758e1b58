use std::process::ExitCode;

use super::EXIT_ERROR;
use crate::config::Config;
use crate::engine::run_examples;

pub(super) fn run(config: Option<&std::path::Path>) -> ExitCode {
    let config = match super::load_config(config) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    report(&config)
}

fn report(config: &Config) -> ExitCode {
    let (rules, examples, failures) = run_examples(config);
    for f in &failures {
        println!("{}:{}: rule `{}`: {}", f.path, f.line, f.rule, f.message);
    }
    if failures.is_empty() {
        println!("{rules} style rules, {examples} examples: all behave");
        ExitCode::SUCCESS
    } else {
        println!(
            "{rules} style rules, {examples} examples: {} misbehave",
            failures.len()
        );
        ExitCode::from(1)
    }
}
