//! The command line: clap structs (a literal record of what was typed) and one file per
//! subcommand. Only this module touches stdout, stderr and exit codes.
#![allow(clippy::print_stderr, clippy::print_stdout)]

mod check;
mod explain;
mod init;
mod lsp;
mod rules;
mod test_rules;
mod vocab;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::config::FailOn;
use crate::text::date::Date;

#[derive(Debug, Parser)]
#[command(
    name = "copydesk",
    version,
    about = "A proofreading linter for editorial copy"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check files and directories ("-" reads standard input)
    Check(CheckArgs),
    /// List every rule with its default severity and summary
    Rules,
    /// Explain a rule: what it checks, why, an example, its options
    Explain {
        /// The rule id, e.g. repeated-word
        rule: String,
    },
    /// Run the examples of every style rule (built-in and from the config)
    TestRules {
        /// Use this config file instead of looking for copydesk.toml
        #[arg(long, value_name = "FILE")]
        config: Option<PathBuf>,
    },
    /// Run the language server on standard input and output (for editors)
    Lsp,
    /// Grow the vocabulary: append the words `typo` reports, with counts, for review
    Vocab(VocabArgs),
    /// Write a commented starter copydesk.toml in the current directory
    Init {
        /// Overwrite an existing copydesk.toml
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Annotated excerpts, like rustc
    Human,
    /// One JSON object with every finding
    Json,
    /// One JSON finding per line
    Jsonl,
    /// SARIF 2.1.0 for code scanning
    Sarif,
    /// GitHub Actions annotations
    Github,
    /// One page for editors, findings highlighted
    Html,
    /// Checkstyle XML
    Checkstyle,
    /// reviewdog's diagnostic format (`reviewdog -f=rdjson`)
    Rdjson,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check; "-" reads standard input
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,
    /// Use this config file instead of looking for copydesk.toml
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Run only these rules (comma-separated ids)
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    pub select: Vec<String>,
    /// Skip these rules (comma-separated ids)
    #[arg(long, value_delimiter = ',', value_name = "RULE,...")]
    pub ignore: Vec<String>,
    /// Lowest severity that makes the exit code 1 [default: error, or the config's fail-on]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Apply the fixes marked safe, then report what is left
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,
    /// Print the safe fixes as a unified diff (what --fix would write); write nothing
    #[arg(long)]
    pub diff: bool,
    /// Record the current findings in FILE by content fingerprint, and report nothing
    #[arg(long, value_name = "FILE", conflicts_with_all = ["baseline", "diff"])]
    pub write_baseline: Option<PathBuf>,
    /// Report only findings not recorded in FILE (written with --write-baseline)
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Name (and so format) of the text read from "-"
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// When to use colour
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Print nothing; only the exit code tells
    #[arg(long, short)]
    pub quiet: bool,
    /// The articles' date (YYYY-MM-DD) for checking membership lists, when an article
    /// carries none in its front matter or dateline; overrides the config's `date`
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<Date>,
    /// Number of files checked at once [default: number of cores]
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct VocabArgs {
    /// Append every word `typo` reports across the files, with its count, to the vocabulary
    /// file for review (sorted; existing entries kept)
    #[arg(long, required = true)]
    pub add_unknown: bool,
    /// The vocabulary file to write [default: the first of the config's `[vocabulary] files`]
    #[arg(long, value_name = "FILE")]
    pub vocab: Option<PathBuf>,
    /// Use this config file instead of looking for copydesk.toml
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Files or directories to check
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s)
        .filter(|_| crate::config::is_iso_date(s))
        .ok_or_else(|| format!("`{s}` is not a date; write it as YYYY-MM-DD"))
}

/// Exit code 2: usage, config or input error.
pub(crate) const EXIT_ERROR: u8 = 2;

/// Runs the parsed command line.
pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Check(args) => check::run(&args),
        Command::Rules => rules::run(),
        Command::Explain { rule } => explain::run(&rule),
        Command::Init { force } => init::run(force),
        Command::Vocab(args) => vocab::run(&args),
        Command::Lsp => lsp::run(),
        Command::TestRules { config } => test_rules::run(config.as_deref()),
    }
}

/// The config named with `--config`, or found by walking up from the current directory, or
/// the defaults.
pub(crate) fn load_config(path: Option<&std::path::Path>) -> Result<crate::config::Config, String> {
    use crate::config::Config;
    if let Some(path) = path {
        return Config::load(path).map_err(|e| e.to_string());
    }
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    match Config::discover(&cwd) {
        Some(path) => Config::load(&path).map_err(|e| e.to_string()),
        None => Ok(Config::default()),
    }
}

pub(crate) fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none() && std::io::stdout().is_terminal()
        }
    }
}

/// Ends quietly when stdout is closed early (`copydesk check | head`).
pub(crate) fn broken_pipe(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::BrokenPipe
}
