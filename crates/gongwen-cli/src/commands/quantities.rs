//! `gongwen quantities`: one row per figure.

use crate::Failure;
use crate::args::RowsArgs;
use crate::output::{Kind, Printer};
use std::process::ExitCode;

/// Runs `gongwen quantities`.
///
/// # Errors
/// See [`super::stream`].
pub fn run(args: &RowsArgs) -> Result<ExitCode, Failure> {
    let multi = crate::input::is_multi(&args.input.paths, args.input.jsonl);
    let printer = Printer::new(Kind::Quantities, args.format, multi).map_err(Failure::Usage)?;
    super::stream(&args.input, &printer)
}
