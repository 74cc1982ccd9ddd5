//! Why an input could not be read ([`ReadError`]) and what was read imperfectly
//! ([`Warning`]).

use std::fmt;

/// An input that cannot be turned into text. Every variant names the problem in words a
/// user can act on; the caller adds the file name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ReadError {
    /// The input is longer than [`Limits::max_input`](crate::Limits::max_input).
    #[error("input too large ({len} bytes; the limit is {max} bytes)")]
    TooLarge {
        /// Bytes given.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The text decoded from the input is longer than
    /// [`Limits::max_text`](crate::Limits::max_text).
    #[error("the text read from this input is larger than {max} bytes")]
    TextTooLarge {
        /// The limit.
        max: usize,
    },
    /// The bytes are not valid in the encoding that was asked for (strict decoding).
    #[error("invalid {} at byte offset {offset}{}", encoding.to_uppercase(), line.map(|l| format!(" (line {l})")).unwrap_or_default())]
    Malformed {
        /// The encoding (`utf-8`, `gb18030`, `utf-16le`, `utf-16be`).
        encoding: &'static str,
        /// Byte offset of the first invalid sequence in the input.
        offset: usize,
        /// Its 1-based line, when the encoding is ASCII-compatible.
        line: Option<usize>,
    },
    /// The input holds NUL characters: a binary file, not text.
    #[error("binary file (NUL byte at byte offset {offset}), skipped")]
    Binary {
        /// Offset of the first NUL (in the input, or in the decoded text for UTF-16).
        offset: usize,
    },
    /// The input was expected to be a .docx (Word) file but is not a zip archive.
    #[error("not a .docx file: {0}")]
    NotDocx(String),
    /// A zip archive that is damaged (truncated, bad checksum, unreadable entry).
    #[error("damaged .docx (zip archive): {0}")]
    Zip(String),
    /// A part of the archive expands beyond the limits: a zip bomb, or a document too
    /// large to read.
    #[error("{part} expands beyond the limit ({detail}); not read (zip bomb?)")]
    ZipBomb {
        /// The zip entry.
        part: String,
        /// Which limit.
        detail: String,
    },
    /// An XML part of a .docx is not well-formed.
    #[error("damaged .docx: {part}: {message}")]
    Xml {
        /// The zip entry (`word/document.xml`, …).
        part: String,
        /// The XML parser's message, with the byte offset.
        message: String,
    },
}

/// Something read imperfectly: the text is still usable, but the reader says what it
/// did. Printed by the CLI, exposed by the Python `Document.warnings`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// Malformed byte sequences were replaced with U+FFFD.
    Replaced {
        /// The encoding the text was read as.
        encoding: &'static str,
        /// How many malformed sequences.
        count: usize,
        /// Byte offset of the first one in the input.
        first_offset: usize,
    },
    /// An HTML page declared one encoding (`<meta charset>`) but its bytes are not valid in
    /// it; it was read in the encoding detected instead.
    DeclaredEncodingWrong {
        /// What the page declared.
        declared: &'static str,
        /// What it was read as.
        used: &'static str,
    },
    /// XML entity references other than the five predefined ones and character
    /// references were left out (custom entities are never expanded).
    UnknownEntities {
        /// How many references.
        count: usize,
    },
    /// Word numbering formats gongwen does not render were shown as decimal numbers.
    NumberFormat {
        /// The `w:numFmt` value.
        format: String,
    },
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Replaced { encoding, count, first_offset } => write!(
                f,
                "read as {encoding}: {count} malformed byte sequence{} replaced with U+FFFD (the first at byte offset {first_offset})",
                if *count == 1 { "" } else { "s" }
            ),
            Warning::DeclaredEncodingWrong { declared, used } => {
                write!(f, "the page declares {declared} but is not valid {declared}; read as {used}")
            }
            Warning::UnknownEntities { count } => {
                write!(f, "{count} XML entity reference{} not expanded", if *count == 1 { "" } else { "s" })
            }
            Warning::NumberFormat { format } => {
                write!(f, "Word numbering format {format:?} shown as decimal numbers")
            }
        }
    }
}
