//! Named limits that keep parsing linear and memory bounded on hostile input.

/// The longest input, in bytes, that spans can address (`u32` offsets). Longer input is
/// parsed up to this length; the rest is reported by a diagnostic and kept as body text
/// by no node.
///
/// ```
/// assert_eq!(gongwen::limits::MAX_INPUT_LEN, u32::MAX as usize);
/// ```
pub const MAX_INPUT_LEN: usize = u32::MAX as usize;

/// The deepest outline level kept; deeper markers are attached at this depth and reported.
///
/// ```
/// assert!(gongwen::limits::MAX_DEPTH >= 16);
/// ```
pub const MAX_DEPTH: usize = 64;

/// The most digits or numeral characters read for one number; longer runs are not numbers
/// but strings of digits (telephone numbers, IDs) and give no value.
///
/// ```
/// assert!(gongwen::limits::MAX_NUMERAL_LEN >= 20);
/// ```
pub const MAX_NUMERAL_LEN: usize = 32;

/// The most bytes a heading may run before gongwen stops looking for its end, on a line that
/// runs on for pages (line breaks lost); on a shorter line the line's end bounds the heading.
///
/// ```
/// assert!(gongwen::limits::MAX_HEADING_LEN > 100);
/// ```
pub const MAX_HEADING_LEN: usize = 600;

/// The most diagnostics kept for one document; the rest are counted in a final one.
///
/// ```
/// assert!(gongwen::limits::MAX_DIAGNOSTICS >= 100);
/// ```
pub const MAX_DIAGNOSTICS: usize = 1000;

/// The largest ordinal a marker may carry; a larger number (`第10000条`) is no numbering.
///
/// ```
/// assert!(gongwen::parse("10000、甲\n").nodes().all(|n| n.ordinal <= gongwen::limits::MAX_ORDINAL));
/// ```
pub const MAX_ORDINAL: u32 = 9999;
