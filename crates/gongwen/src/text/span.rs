//! Byte spans into the original text.
//!
//! Every position gongwen reports inside Rust is a byte offset into the `&str` that was
//! parsed, so `&text[span]` always gives back exactly what was written. Character
//! (code point) offsets exist only at the edges: see [`crate::export::CharIndex`].

use std::fmt;
use std::ops::{Index, Range};

/// A half-open byte range `start..end` into the parsed text.
///
/// Invariant: `start <= end`. Offsets are `u32`, so a document may be at most
/// [`crate::limits::MAX_INPUT_LEN`] bytes long.
///
/// ```
/// use gongwen::Span;
/// let text = "一、总则";
/// let span = Span::new(0, 6);
/// assert_eq!(&text[span], "一、");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; the two are swapped if given in the wrong order.
    ///
    /// ```
    /// assert_eq!(gongwen::Span::new(5, 2), gongwen::Span::new(2, 5));
    /// ```
    #[must_use]
    pub const fn new(start: u32, end: u32) -> Self {
        if start <= end { Span { start, end } } else { Span { start: end, end: start } }
    }

    /// A span from `usize` offsets, saturating at `u32::MAX`.
    ///
    /// ```
    /// assert_eq!(gongwen::Span::from_usize(1, 3), gongwen::Span::new(1, 3));
    /// ```
    #[must_use]
    pub fn from_usize(start: usize, end: usize) -> Self {
        Span::new(to_u32(start), to_u32(end))
    }

    /// An empty span at `offset`.
    ///
    /// ```
    /// assert!(gongwen::Span::empty(4).is_empty());
    /// ```
    #[must_use]
    pub const fn empty(offset: u32) -> Self {
        Span { start: offset, end: offset }
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(gongwen::Span::new(3, 9).len(), 6);
    /// ```
    #[must_use]
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    ///
    /// ```
    /// assert!(!gongwen::Span::new(0, 1).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The span as a `usize` range, for slicing.
    ///
    /// ```
    /// assert_eq!(gongwen::Span::new(1, 4).range(), 1..4);
    /// ```
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// True when `other` lies entirely inside `self`.
    ///
    /// ```
    /// use gongwen::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    ///
    /// ```
    /// use gongwen::Span;
    /// assert!(Span::new(0, 4).overlaps(Span::new(3, 6)));
    /// assert!(!Span::new(0, 3).overlaps(Span::new(3, 6)));
    /// ```
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    ///
    /// ```
    /// use gongwen::Span;
    /// assert_eq!(Span::new(0, 2).cover(Span::new(5, 7)), Span::new(0, 7));
    /// ```
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text of this span, or `""` when it does not fall on char boundaries of `text`.
    ///
    /// ```
    /// assert_eq!(gongwen::Span::new(0, 3).slice("第一条"), "第");
    /// assert_eq!(gongwen::Span::new(0, 1).slice("第一条"), "");
    /// ```
    #[must_use]
    pub fn slice(self, text: &str) -> &str {
        text.get(self.range()).unwrap_or("")
    }
}

pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

/// Slicing a `str` by a [`Span`]; panics like `&text[a..b]` when the span is out of
/// bounds, so use [`Span::slice`] for spans that did not come from this text.
///
/// ```
/// let text = "（一）目标";
/// assert_eq!(&text[gongwen::Span::new(0, 9)], "（一）");
/// ```
impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// Anything that covers a byte range of the document: nodes, quantities, noise,
/// diagnostics.
///
/// ```
/// use gongwen::{Ranged, Span};
/// let doc = gongwen::parse("一、总则\n");
/// let node = doc.nodes().next().unwrap();
/// assert_eq!(node.span().start, 0);
/// ```
pub trait Ranged {
    /// The byte range this item covers.
    fn span(&self) -> Span;
}

impl Ranged for Span {
    fn span(&self) -> Span {
        *self
    }
}

/// The first char boundary of `text` at or after byte `i` (`text.len()` past its end): where a
/// window that starts `i` bytes in begins with a whole character.
pub(crate) fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The last char boundary of `text` at or before byte `i` (`text.len()` past its end): where a
/// window that ends `i` bytes in ends with a whole character.
pub(crate) fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}
