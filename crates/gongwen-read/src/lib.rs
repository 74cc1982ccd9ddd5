//! # gongwen-read
//!
//! Turns the files Chinese official documents really come in into the text that
//! [`gongwen`](https://docs.rs/gongwen) parses:
//!
//! * **text** in UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or GB18030/GBK,
//!   detected automatically (byte-order mark, then UTF-8 validity, then statistics);
//! * **Word .docx**: paragraphs become lines, table rows one line with cells separated by a
//!   tab, and Word's automatic numbering is written out as the label Word displays
//!   (`一、`, `（一）`, `1.`) — many real .docx files have no marker in their text at all;
//! * **HTML pages**: block elements become line breaks, table rows one line, scripts,
//!   styles and navigation are dropped, entities decoded; the page `<title>` is kept apart.
//!
//! The core crate `gongwen` has no I/O and none of these dependencies; this crate reads
//! bytes the caller already has (a file, standard input, a Python `bytes`).
//!
//! ```
//! use gongwen_read::{decode, Format, ReadOptions};
//! // "一、总则" in GBK, as Chinese Windows writes it.
//! let bytes = [0xD2, 0xBB, 0xA1, 0xA2, 0xD7, 0xDC, 0xD4, 0xF2, b'\n'];
//! let source = decode(&bytes, &ReadOptions::default())?;
//! assert_eq!(source.text, "一、总则\n");
//! assert_eq!(source.encoding, "gb18030");
//! assert_eq!(source.format, Format::Text);
//! # Ok::<(), gongwen_read::ReadError>(())
//! ```
//!
//! ## Hostile input
//!
//! Every reader is bounded ([`Limits`]): a zip bomb, a truncated archive, XML entity
//! expansion, HTML nested 100,000 levels deep or a file that only claims to be a .docx
//! gives a [`ReadError`] or a bounded read, never a hang, a stack overflow or an
//! out-of-memory. Nothing recurses on the input's depth.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
// Unit tests may unwrap: a panic there is a failing test, not a crash on input.
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic))]

mod docx;
mod encoding;
mod error;
mod html;
mod writer;

pub use error::{ReadError, Warning};

use std::path::Path;

/// What kind of input the bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Format {
    /// Decide from the bytes: a zip archive with `word/document.xml` is a .docx, a page
    /// that starts with `<` and names `<html`, `<!doctype html`, `<head` or `<body` in its
    /// first kilobyte is HTML, anything else is text.
    #[default]
    Auto,
    /// Plain text (`.txt`, `.md`).
    Text,
    /// A Word document (`.docx`).
    Docx,
    /// An HTML page (`.html`, `.htm`).
    Html,
}

impl Format {
    /// The format a file name says: `.txt`/`.md` text, `.docx`, `.html`/`.htm`; `None` for
    /// any other extension (let [`Format::Auto`] sniff the bytes).
    ///
    /// ```
    /// use gongwen_read::Format;
    /// assert_eq!(Format::from_path("a/通知.DOCX"), Some(Format::Docx));
    /// assert_eq!(Format::from_path("page.htm"), Some(Format::Html));
    /// assert_eq!(Format::from_path("notes.txt"), Some(Format::Text));
    /// assert_eq!(Format::from_path("data.bin"), None);
    /// ```
    pub fn from_path(path: impl AsRef<Path>) -> Option<Format> {
        let ext = path.as_ref().extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "md" | "text" => Some(Format::Text),
            "docx" => Some(Format::Docx),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// The format's name: `auto`, `text`, `docx`, `html`.
    ///
    /// ```
    /// assert_eq!(gongwen_read::Format::Docx.as_str(), "docx");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Auto => "auto",
            Format::Text => "text",
            Format::Docx => "docx",
            Format::Html => "html",
        }
    }

    /// Parses a format name (`auto`, `text`, `txt`, `docx`, `html`, `htm`).
    ///
    /// ```
    /// assert_eq!(gongwen_read::Format::from_name("HTML"), Some(gongwen_read::Format::Html));
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "auto" => Some(Format::Auto),
            "text" | "txt" | "md" => Some(Format::Text),
            "docx" => Some(Format::Docx),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Which encoding text and HTML bytes are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum EncodingChoice {
    /// Detect: a byte-order mark first, then (HTML) `<meta charset>`, then UTF-8 if the
    /// bytes are valid UTF-8, else statistics (GB18030/GBK for Chinese text).
    #[default]
    Auto,
    /// UTF-8 (a BOM stays in the text, so offsets are the file's own).
    Utf8,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
    /// UTF-16: the BOM says which byte order; without one, the byte order whose zero bytes
    /// fall where ASCII characters put them (little-endian when undecided).
    Utf16,
}

impl EncodingChoice {
    /// Parses a name: `auto`, `utf-8`/`utf8`, `gb18030`/`gbk`/`gb2312`, `utf-16`/`utf16`.
    ///
    /// ```
    /// use gongwen_read::EncodingChoice;
    /// assert_eq!(EncodingChoice::from_name("GBK"), Some(EncodingChoice::Gb18030));
    /// assert_eq!(EncodingChoice::from_name("latin1"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<EncodingChoice> {
        match name.to_ascii_lowercase().replace('_', "-").as_str() {
            "auto" => Some(EncodingChoice::Auto),
            "utf-8" | "utf8" => Some(EncodingChoice::Utf8),
            "gb18030" | "gbk" | "gb2312" | "cp936" => Some(EncodingChoice::Gb18030),
            "utf-16" | "utf16" => Some(EncodingChoice::Utf16),
            _ => None,
        }
    }
}

/// Bounds on what a read may cost (see the crate's "Hostile input").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Longest input accepted, in bytes (default 1 GiB).
    pub max_input: usize,
    /// Longest text produced, in bytes (default 512 MiB).
    pub max_text: usize,
    /// Most bytes decompressed from a .docx, all parts together (default 256 MiB).
    pub max_unzipped: u64,
    /// Largest expansion of one zip entry over its compressed size, checked once the
    /// entry has produced 1 MiB (default 1000).
    pub max_ratio: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_input: 1 << 30, max_text: 512 << 20, max_unzipped: 256 << 20, max_ratio: 1000 }
    }
}

/// How to read: the format, the encoding, the limits.
///
/// ```
/// use gongwen_read::{EncodingChoice, Format, ReadOptions};
/// let opts = ReadOptions::new().format(Format::Html).encoding(EncodingChoice::Gb18030);
/// assert_eq!(opts.format, Format::Html);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ReadOptions {
    /// The input's format ([`Format::Auto`] sniffs it).
    pub format: Format,
    /// The encoding of text and HTML ([`EncodingChoice::Auto`] detects it).
    pub encoding: EncodingChoice,
    /// With a forced encoding, replace malformed bytes with U+FFFD (and warn) instead of
    /// failing. Automatic detection always replaces and warns.
    pub lossy: bool,
    /// The bounds.
    pub limits: Limits,
}

impl ReadOptions {
    /// The defaults: sniff the format, detect the encoding, strict forced encodings.
    ///
    /// ```
    /// assert_eq!(gongwen_read::ReadOptions::new(), Default::default());
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the format.
    ///
    /// ```
    /// let o = gongwen_read::ReadOptions::new().format(gongwen_read::Format::Docx);
    /// assert_eq!(o.format, gongwen_read::Format::Docx);
    /// ```
    #[must_use]
    pub fn format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// Sets the encoding.
    ///
    /// ```
    /// let o = gongwen_read::ReadOptions::new().encoding(gongwen_read::EncodingChoice::Utf8);
    /// assert_eq!(o.encoding, gongwen_read::EncodingChoice::Utf8);
    /// ```
    #[must_use]
    pub fn encoding(mut self, encoding: EncodingChoice) -> Self {
        self.encoding = encoding;
        self
    }

    /// Sets lossy decoding of forced encodings.
    ///
    /// ```
    /// assert!(gongwen_read::ReadOptions::new().lossy(true).lossy);
    /// ```
    #[must_use]
    pub fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }

    /// Sets the limits.
    ///
    /// ```
    /// let mut limits = gongwen_read::Limits::default();
    /// limits.max_unzipped = 1 << 20;
    /// let o = gongwen_read::ReadOptions::new().limits(limits);
    /// assert_eq!(o.limits.max_unzipped, 1 << 20);
    /// ```
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }
}

/// What was read: the text to parse and how it was obtained.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Source {
    /// The text (a byte-order mark is not part of it). Offsets of a parse refer to it.
    pub text: String,
    /// The encoding the bytes were read in: `utf-8`, `gb18030`, `utf-16le`, `utf-16be`, or
    /// another WHATWG encoding name when detection found one (`Big5`, `Shift_JIS`, …).
    /// A .docx reports `utf-8` (its XML).
    pub encoding: &'static str,
    /// The format read: [`Format::Text`], [`Format::Docx`] or [`Format::Html`].
    pub format: Format,
    /// The HTML page's `<title>`, if any. It is not put into [`Source::text`]: a page
    /// prints its document's own title in its body.
    pub page_title: Option<String>,
    /// What was read imperfectly.
    pub warnings: Vec<Warning>,
}

impl Source {
    /// Text read as it is, without conversion.
    fn plain(text: String, encoding: &'static str) -> Self {
        Source { text, encoding, format: Format::Text, page_title: None, warnings: Vec::new() }
    }
}

/// Reads `bytes` (a whole file) into text, copying it (see [`decode_owned`] to read a
/// buffer in place).
///
/// # Errors
/// [`ReadError`] when the bytes cannot be read as the format or encoding (a damaged
/// .docx, a binary file, strict decoding of malformed bytes, a limit exceeded).
///
/// ```
/// use gongwen_read::{decode, Format, ReadOptions};
/// let page = "<html><head><title>站点</title></head><body><nav>首页</nav><p>一、总则</p></body></html>";
/// let s = decode(page.as_bytes(), &ReadOptions::default())?;
/// assert_eq!((s.text.as_str(), s.format), ("一、总则\n", Format::Html));
/// assert_eq!(s.page_title.as_deref(), Some("站点"));
/// # Ok::<(), gongwen_read::ReadError>(())
/// ```
pub fn decode(bytes: &[u8], opts: &ReadOptions) -> Result<Source, ReadError> {
    read(Input::Borrowed(bytes), opts)
}

/// Reads `bytes` into text. Valid UTF-8 text (a byte-order mark included) becomes the
/// [`Source::text`] in place: no copy, one validity check.
///
/// # Errors
/// As [`decode`].
///
/// ```
/// let s = gongwen_read::decode_owned(b"1.\xE6\x80\xBB\n".to_vec(), &Default::default())?;
/// assert_eq!((s.text.as_str(), s.encoding), ("1.总\n", "utf-8"));
/// # Ok::<(), gongwen_read::ReadError>(())
/// ```
pub fn decode_owned(bytes: Vec<u8>, opts: &ReadOptions) -> Result<Source, ReadError> {
    read(Input::Owned(bytes), opts)
}

/// The bytes of a read, owned or borrowed.
enum Input<'a> {
    /// A buffer the text may take over.
    Owned(Vec<u8>),
    /// Bytes to copy from.
    Borrowed(&'a [u8]),
}

impl Input<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Input::Owned(v) => v,
            Input::Borrowed(b) => b,
        }
    }
}

/// Dispatches on the format.
fn read(input: Input<'_>, opts: &ReadOptions) -> Result<Source, ReadError> {
    let bytes = input.bytes();
    if bytes.len() > opts.limits.max_input {
        return Err(ReadError::TooLarge { len: bytes.len(), max: opts.limits.max_input });
    }
    let format = match opts.format {
        Format::Auto => sniff(bytes),
        f => f,
    };
    let source = match format {
        Format::Docx => docx::read(bytes, &opts.limits)?,
        Format::Html => html::read(bytes, opts)?,
        Format::Text | Format::Auto => return encoding::read_text(input, opts),
    };
    if source.text.len() > opts.limits.max_text {
        return Err(ReadError::TextTooLarge { max: opts.limits.max_text });
    }
    Ok(source)
}

/// [`Format::Auto`]: a zip archive is a .docx (a zip without a Word document is
/// reported by the .docx reader), markup that names an HTML element is HTML, anything
/// else is text.
fn sniff(bytes: &[u8]) -> Format {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(docx::OLE_MAGIC) {
        Format::Docx
    } else if html::looks_like_html(bytes) {
        Format::Html
    } else {
        Format::Text
    }
}
