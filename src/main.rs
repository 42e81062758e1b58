use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    copydesk::cli::run(copydesk::cli::Cli::parse())
}
