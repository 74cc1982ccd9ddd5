//! `gongwen outline` (and `gongwen tree`): one row per outline node.

use crate::Failure;
use crate::args::{Format, InputArgs, RowsArgs};
use crate::output::{Kind, Printer};
use std::process::ExitCode;

/// Runs `gongwen outline`.
///
/// # Errors
/// See [`super::rows`].
pub fn run(args: &RowsArgs) -> Result<ExitCode, Failure> {
    super::rows(args, Kind::Outline)
}

/// Runs `gongwen tree` (`outline --format tree`).
///
/// # Errors
/// See [`super::stream`].
pub fn tree(args: &InputArgs) -> Result<ExitCode, Failure> {
    let multi = crate::input::is_multi(&args.paths, args.jsonl);
    let printer = Printer::new(Kind::Outline, Format::Tree, multi).map_err(Failure::Usage)?;
    super::stream(args, &printer)
}
