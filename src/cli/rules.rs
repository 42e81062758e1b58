use std::io::Write;
use std::process::ExitCode;

use super::broken_pipe;
use crate::rules::{FixKind, RULES};

pub(super) fn run() -> ExitCode {
    let mut out = std::io::stdout().lock();
    let width = RULES.iter().map(|r| r.meta().id.len()).max().unwrap_or(0);
    for r in RULES {
        let m = r.meta();
        let fix = match m.fix {
            FixKind::Safe => " (fixable)",
            FixKind::Unsafe | FixKind::None => "",
        };
        if let Err(e) = writeln!(
            out,
            "{:width$}  {:7}  {}{fix}",
            m.id,
            m.severity.as_str(),
            m.summary
        ) && broken_pipe(&e)
        {
            break;
        }
    }
    ExitCode::SUCCESS
}
