//! The few things that cannot be parsed at all.
//!
//! [`crate::parse`] never fails: any `&str` gives a [`crate::Document`]. This error type is
//! for the edges that turn bytes into text: invalid UTF-8 in strict mode and input larger
//! than spans can address.

/// Why bytes could not become a document.
///
/// ```
/// let err = gongwen::Document::from_utf8(b"ok\xff").unwrap_err();
/// assert!(matches!(err, gongwen::Error::InvalidUtf8 { valid_up_to: 2 }));
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The bytes are not UTF-8; `valid_up_to` is the offset of the first bad byte.
    #[error("invalid UTF-8 at byte offset {valid_up_to}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not valid UTF-8.
        valid_up_to: usize,
    },
    /// The input is longer than [`crate::limits::MAX_INPUT_LEN`] bytes.
    #[error("input of {len} bytes is larger than the {max} bytes gongwen can address")]
    TooLarge {
        /// Length of the input in bytes.
        len: usize,
        /// The limit.
        max: usize,
    },
}
