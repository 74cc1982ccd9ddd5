//! The `gongwen` command-line tool: a printer over the [`gongwen`] library.
//!
//! This binary is the only place with I/O and threads: it reads files, folders, JSONL
//! corpora and standard input, parses documents in parallel (rayon) in bounded batches,
//! and prints rows in input order. See `gongwen --help`.
//!
//! Exit status: 0 when everything was printed (also when the reader of standard output
//! went away early, as with `| head`); 1 when some document could not be read or decoded
//! (the others are still printed), or had diagnostics under `--deny-diagnostics`; 2 for a
//! usage error.

mod args;
mod columnar;
mod commands;
mod input;
mod json;
mod output;
mod progress;

use clap::Parser;
use std::io::Write;
use std::process::ExitCode;

/// Why a command stopped before its end.
#[derive(Debug)]
pub enum Failure {
    /// The arguments make no sense together (exit status 2).
    Usage(String),
    /// Writing the output failed (exit status 1; a closed pipe is not a failure).
    Output(std::io::Error),
    /// Something else that stops the command (exit status 1).
    Other(String),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Output(e)
    }
}

/// Writes a message to standard error, ignoring a closed standard error (unlike
/// `eprintln!`, which panics then).
pub fn warn(msg: std::fmt::Arguments<'_>) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "gongwen: {msg}");
}

/// Parses the arguments, runs the subcommand and maps its outcome to the exit status.
fn main() -> ExitCode {
    let cli = match args::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to stdout (status 0); usage errors to stderr (status 2).
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let result = match &cli.command {
        args::Command::Parse(a) => commands::parse::run(a),
        args::Command::Outline(a) => commands::outline::run(a),
        args::Command::Quantities(a) => commands::quantities::run(a),
        args::Command::Elements(a) => commands::rows(a, output::Kind::Elements),
        args::Command::References(a) => commands::rows(a, output::Kind::References),
        args::Command::Documents(a) => commands::rows(a, output::Kind::Documents),
        args::Command::Tree(a) => commands::outline::tree(a),
        args::Command::Bench(a) => commands::bench::run(a),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Output(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            warn(format_args!("cannot write the output: {e}"));
            ExitCode::FAILURE
        }
        Err(Failure::Usage(msg)) => {
            warn(format_args!("error: {msg}"));
            ExitCode::from(2)
        }
        Err(Failure::Other(msg)) => {
            warn(format_args!("error: {msg}"));
            ExitCode::FAILURE
        }
    }
}
