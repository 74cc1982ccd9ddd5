//! The text layer: byte spans, lines, and the character classes of layout (white space,
//! padding, CJK ideographs), each one table with byte matchers derived from it.
//!
//! This is the bottom of the pipeline: it imports no other module of the crate (but the
//! named limits), and every stage reads the text through it.

pub(crate) mod chars;
pub(crate) mod lines;
pub(crate) mod wrap;
mod span;

pub use span::{Ranged, Span};
pub(crate) use span::{ceil_char_boundary, floor_char_boundary, to_u32};
