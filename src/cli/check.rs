use std::io::{Read, Write};
use std::process::ExitCode;

use super::{CheckArgs, EXIT_ERROR, OutputFormat, broken_pipe, use_color};
use crate::config::FailOn;
use crate::engine::{Engine, LeftOut, MAX_PER_RULE};
use crate::report::{self, FileReport};
use crate::walk::{self, CheckOptions, InputError, Outcome};

pub(super) fn run(args: &CheckArgs) -> ExitCode {
    let config = match super::load_config(args.config.as_deref()) {
        Ok(mut c) => {
            if args.date.is_some() {
                c.date.clone_from(&args.date);
            }
            c
        }
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let engine = match Engine::new(&config, &args.select, &args.ignore) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("copydesk: error: {e}");
            return ExitCode::from(EXIT_ERROR);
        }
    };
    let stdin = args.paths.iter().any(|p| p.as_os_str() == "-");
    if stdin && args.fix {
        eprintln!(
            "copydesk: error: --fix cannot write back to standard input; name the file instead"
        );
        return ExitCode::from(EXIT_ERROR);
    }
    let files: Vec<_> = args
        .paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .cloned()
        .collect();
    let (targets, mut errors) = walk::collect(&files, &config);
    let jobs = args
        .jobs
        .filter(|&j| j > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let mut reports: Vec<FileReport> = Vec::new();
    let mut left_out: Vec<(String, LeftOut)> = Vec::new();
    let opts = CheckOptions {
        fix: args.fix,
        keep_clean_text: args.format == OutputFormat::Html,
    };
    for outcome in walk::check_all(&targets, &engine, opts, jobs) {
        match outcome {
            Outcome::Checked(r, left) => {
                left_out.extend(left.into_iter().map(|l| (r.source.name().to_string(), l)));
                reports.push(r);
            }
            Outcome::Skipped => {}
            Outcome::Failed(e) => errors.push(e),
        }
    }
    if stdin {
        let mut bytes = Vec::new();
        match std::io::stdin().read_to_end(&mut bytes) {
            Ok(_) => match walk::check_stdin(bytes, args.stdin_filename.as_deref(), &engine) {
                Ok((r, left)) => {
                    left_out.extend(left.into_iter().map(|l| (r.source.name().to_string(), l)));
                    reports.push(r);
                }
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(InputError {
                path: "<stdin>".into(),
                message: e.to_string(),
            }),
        }
    }
    reports.sort_by(|a, b| a.source.name().cmp(b.source.name()));
    {
        let mut files: Vec<(&str, &mut Vec<_>)> = reports
            .iter_mut()
            .map(|r| (r.source.text(), &mut r.diagnostics))
            .collect();
        crate::rules::drop_shared_terms(&mut files);
    }
    for e in &errors {
        eprintln!("copydesk: error: {e}");
    }
    if !args.quiet {
        for (path, l) in &left_out {
            eprintln!(
                "copydesk: note: {path}: {} more `{}` finding{} left out (at most {MAX_PER_RULE} per rule and file are reported)",
                l.count,
                l.rule,
                if l.count == 1 { "" } else { "s" }
            );
        }
    }
    if !args.quiet
        && let Err(e) = write_output(args, &reports)
        && !broken_pipe(&e)
    {
        eprintln!("copydesk: error: cannot write the output: {e}");
        return ExitCode::from(EXIT_ERROR);
    }
    if !errors.is_empty() {
        return ExitCode::from(EXIT_ERROR);
    }
    let fail_on = args.fail_on.or(config.fail_on).unwrap_or(FailOn::Error);
    let failed = reports
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| fail_on.fails(d.severity));
    ExitCode::from(u8::from(failed))
}

fn write_output(args: &CheckArgs, reports: &[FileReport]) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        OutputFormat::Human => report::human::write(&mut out, reports, use_color(args.color))?,
        OutputFormat::Json => report::json::write(&mut out, reports)?,
        OutputFormat::Jsonl => report::json::write_lines(&mut out, reports)?,
        OutputFormat::Sarif => report::sarif::write(&mut out, reports)?,
        OutputFormat::Github => report::github::write(&mut out, reports)?,
        OutputFormat::Html => report::html::write(&mut out, reports)?,
    }
    out.flush()
}
