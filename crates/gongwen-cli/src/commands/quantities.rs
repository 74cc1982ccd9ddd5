//! `gongwen quantities`: one row per figure.

use crate::Failure;
use crate::args::RowsArgs;
use crate::output::Kind;
use std::process::ExitCode;

/// Runs `gongwen quantities`.
///
/// # Errors
/// See [`super::rows`].
pub fn run(args: &RowsArgs) -> Result<ExitCode, Failure> {
    super::rows(args, Kind::Quantities)
}
