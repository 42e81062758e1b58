use std::process::ExitCode;

use super::EXIT_ERROR;

pub(super) fn run() -> ExitCode {
    match crate::lsp::run_stdio() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
