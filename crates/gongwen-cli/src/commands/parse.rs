//! `gongwen parse`: the whole document (title, outline, quantities, noise, diagnostics).

use crate::Failure;
use crate::args::ParseArgs;
use crate::output::{Kind, Printer};
use std::process::ExitCode;

/// Runs `gongwen parse`.
///
/// # Errors
/// See [`super::stream`]; a usage error for `--format csv`.
pub fn run(args: &ParseArgs) -> Result<ExitCode, Failure> {
    let multi = crate::input::is_multi(&args.input.paths, args.input.jsonl);
    let printer = Printer::new(Kind::Document, args.format, multi).map_err(Failure::Usage)?;
    super::stream(&args.input, &printer)
}
