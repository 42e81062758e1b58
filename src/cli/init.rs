use std::process::ExitCode;

use super::EXIT_ERROR;
use crate::config::{FILE_NAME, STARTER};

pub(super) fn run(force: bool) -> ExitCode {
    let path = std::path::Path::new(FILE_NAME);
    if path.exists() && !force {
        eprintln!("copydesk: error: {FILE_NAME} already exists; pass --force to overwrite it");
        return ExitCode::from(EXIT_ERROR);
    }
    if let Err(e) = std::fs::write(path, STARTER) {
        eprintln!("copydesk: error: cannot write {FILE_NAME}: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    eprintln!("wrote {FILE_NAME}");
    ExitCode::SUCCESS
}
