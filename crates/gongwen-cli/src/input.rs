//! Inputs: files, folders, JSONL corpora and standard input, read lazily in input order.
//!
//! [`Inputs`] walks the command-line paths and yields [`Unit`]s: a file to read, a record
//! of a JSONL corpus, the bytes of standard input, or an input that already failed (a
//! missing path, an unreadable folder). Folders are searched recursively for `*.txt`,
//! `*.md`, `*.docx`, `*.html`, `*.htm` and `*.jsonl` files, in sorted order. A JSONL corpus
//! is read one line at a time, so memory does not grow with its size.
//!
//! [`load`] turns a unit into text (it runs on the worker threads): files and standard
//! input go through [`gongwen_read`] (the format from the extension, else sniffed; the
//! encoding detected or forced with `--encoding`; valid UTF-8 is taken in place, no copy),
//! binary files are rejected, and a JSONL record's text and id fields are picked out.

use crate::args::InputArgs;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::Value;
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The name of a document: the `doc` value of output rows and the label of messages.
#[derive(Debug, Clone)]
pub struct DocId {
    /// What rows carry as `doc`: the path of a file, the id of a JSONL record.
    pub json: Value,
    /// What messages and tree headers show.
    pub label: String,
    /// How a file or standard input was read (`None` for a JSONL record).
    pub source: Option<SourceInfo>,
}

impl DocId {
    fn path(path: &Path) -> Self {
        let label = path.display().to_string();
        DocId { json: Value::String(label.clone()), label, source: None }
    }
}

/// How the bytes of a file became text (what `parse` reports).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SourceInfo {
    /// The encoding used (`utf-8`, `gb18030`, `utf-16le`, `utf-16be`, …).
    pub encoding: &'static str,
    /// The format read (`text`, `docx`, `html`).
    pub format: &'static str,
    /// An HTML page's `<title>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_title: Option<String>,
}

/// One document still to be read (or an input that failed before it could be read).
#[derive(Debug)]
pub enum Unit {
    /// A text file.
    File {
        /// Its path.
        path: PathBuf,
        /// Its size in bytes (for batching and the progress bar).
        size: u64,
    },
    /// Bytes read already (standard input).
    Bytes {
        /// The document's name.
        id: DocId,
        /// The content.
        bytes: Vec<u8>,
    },
    /// One line of a JSONL corpus.
    Record {
        /// The corpus file.
        file: Arc<str>,
        /// 1-based line number.
        line: u64,
        /// Byte offset of the line in the file.
        offset: u64,
        /// The line.
        bytes: Vec<u8>,
    },
    /// An input that could not be read at all.
    Failed {
        /// What failed (a path).
        label: String,
        /// Why.
        message: String,
    },
}

impl Unit {
    /// Input bytes this unit stands for.
    pub fn weight(&self) -> u64 {
        match self {
            Unit::File { size, .. } => *size,
            Unit::Bytes { bytes, .. } | Unit::Record { bytes, .. } => bytes.len() as u64,
            Unit::Failed { .. } => 0,
        }
    }
}

/// A document that could not be turned into text.
#[derive(Debug, Clone)]
pub struct LoadError {
    /// What failed: a path, or `path:line` for a JSONL record.
    pub label: String,
    /// Why.
    pub message: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.label, self.message)
    }
}

/// How bytes become text.
#[derive(Debug, Clone)]
pub struct Decode {
    /// Replace invalid bytes instead of failing (forced encodings, JSONL).
    pub lossy: bool,
    /// The encoding of files and standard input.
    pub encoding: gongwen_read::EncodingChoice,
    /// The JSONL field with the text.
    pub text_field: String,
    /// The JSONL field with the id.
    pub id_field: String,
}

impl Decode {
    /// The decoding the arguments ask for.
    pub fn new(args: &InputArgs) -> Self {
        Decode {
            lossy: args.lossy,
            encoding: args.encoding.choice(),
            text_field: args.jsonl_field.clone(),
            id_field: args.id_field.clone(),
        }
    }
}

/// A document's text, ready to parse.
#[derive(Debug)]
pub struct Loaded {
    /// Its name.
    pub id: DocId,
    /// Its text.
    pub text: String,
    /// What the reader did imperfectly (replaced bytes, …), to print.
    pub warnings: Vec<String>,
}

/// Reads and decodes one unit.
///
/// # Errors
/// When the file cannot be read, is binary, a damaged .docx, not in the forced encoding
/// (strict mode), or the JSONL record is not an object with a string text field.
pub fn load(unit: Unit, decode: &Decode) -> Result<Loaded, LoadError> {
    match unit {
        Unit::File { path, .. } => {
            let id = DocId::path(&path);
            let fail = |message: String| LoadError { label: id.label.clone(), message };
            let bytes = std::fs::read(&path).map_err(|e| fail(io_message(&e)))?;
            let format = gongwen_read::Format::from_path(&path).unwrap_or_default();
            read_source(id, bytes, format, decode)
        }
        Unit::Bytes { id, bytes } => read_source(id, bytes, gongwen_read::Format::Auto, decode),
        Unit::Record { file, line, offset, bytes } => {
            let label = format!("{file}:{line}");
            load_record(bytes, offset, decode).map_err(|message| LoadError { label: label.clone(), message }).map(
                |(id, text)| {
                    let json = id.unwrap_or_else(|| Value::String(label.clone()));
                    let label = match &json {
                        Value::String(s) if *s == label => label,
                        Value::String(s) => format!("{label} ({s})"),
                        other => format!("{label} ({other})"),
                    };
                    Loaded { id: DocId { json, label, source: None }, text, warnings: Vec::new() }
                },
            )
        }
        Unit::Failed { label, message } => Err(LoadError { label, message }),
    }
}

/// A file's (or standard input's) bytes → text, through the reader.
fn read_source(
    mut id: DocId,
    bytes: Vec<u8>,
    format: gongwen_read::Format,
    decode: &Decode,
) -> Result<Loaded, LoadError> {
    let opts = gongwen_read::ReadOptions::new().format(format).encoding(decode.encoding).lossy(decode.lossy);
    let source = match gongwen_read::decode_owned(bytes, &opts) {
        Ok(s) => s,
        Err(e) => return Err(LoadError { label: id.label, message: read_message(&e) }),
    };
    if source.text.len() > gongwen::limits::MAX_INPUT_LEN {
        let message = gongwen::Error::TooLarge { len: source.text.len(), max: gongwen::limits::MAX_INPUT_LEN };
        return Err(LoadError { label: id.label, message: message.to_string() });
    }
    id.source =
        Some(SourceInfo { encoding: source.encoding, format: source.format.as_str(), page_title: source.page_title });
    let warnings = source.warnings.iter().map(ToString::to_string).collect();
    Ok(Loaded { id, text: source.text, warnings })
}

/// The message for a reader error: with the `--lossy` hint where it applies.
fn read_message(e: &gongwen_read::ReadError) -> String {
    match e {
        gongwen_read::ReadError::Malformed { .. } => format!("{e}; use --lossy to replace invalid bytes"),
        _ => e.to_string(),
    }
}

/// The message for an I/O error, without Rust's `(os error N)` noise where a plain one exists.
fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a directory".to_owned(),
        _ => e.to_string(),
    }
}

/// `bytes` as text, checked with SIMD (`simdutf8`: several times faster than the standard
/// library on Chinese text, where no byte is ASCII); `Err(valid_up_to)` when it is not
/// UTF-8. For a JSONL record, whose text field the JSON parser copies out anyway.
fn utf8(bytes: &[u8]) -> Result<&str, usize> {
    simdutf8::basic::from_utf8(bytes).map_err(|_| std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), str::len))
}

/// "invalid UTF-8 at byte offset N of the corpus file; use --lossy …" for a JSONL record
/// whose line starts at `corpus_offset`.
fn utf8_message(valid_up_to: usize, corpus_offset: u64) -> String {
    let offset = corpus_offset + valid_up_to as u64;
    format!("invalid UTF-8 at byte offset {offset} of the corpus file; use --lossy to replace invalid bytes")
}

/// A record at least this long has its text decoded in place, in the line's own buffer
/// ([`unescape_in_place`]): a large document is then never held twice, and no buffer of its
/// size is freed before the parse (glibc raises its mmap threshold to the size of a freed
/// mapped block, after which the parse's large vectors stay resident when freed: a 10 MB
/// record peaked at 8.2 times its size, a plain file at 6.4 times). Below it the text is
/// copied out of the validated line, which needs no second UTF-8 check.
const IN_PLACE_LEN: usize = 1 << 20;

/// A JSONL line → (id, text).
fn load_record(bytes: Vec<u8>, offset: u64, decode: &Decode) -> Result<(Option<Value>, String), String> {
    let owned;
    let (line, valid): (&str, bool) = match utf8(&bytes) {
        Ok(s) => (s, true),
        Err(_) if decode.lossy => {
            owned = String::from_utf8_lossy(&bytes).into_owned();
            (&owned, false)
        }
        Err(valid_up_to) => return Err(utf8_message(valid_up_to, offset)),
    };
    let seed = RecordSeed { text_field: &decode.text_field, id_field: &decode.id_field };
    let in_place = valid && bytes.len() >= IN_PLACE_LEN;
    let record = match flat_fields(line, seed, !in_place) {
        Some(Fields { text: Some(Text::At(at)), id }) => {
            let text = unescape_in_place(bytes, at).ok_or("invalid JSONL record: an unreadable string")?;
            Record { text: Some(text), id }
        }
        Some(Fields { text: Some(Text::Copied(text)), id }) => Record { text: Some(text), id },
        Some(Fields { text: None, id }) => Record { text: None, id },
        None => serde_record(line, seed)?,
    };
    let text = record.text.ok_or_else(|| format!("the record has no string field \"{}\"", decode.text_field))?;
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return Err("binary text (it contains a NUL character), skipped".to_owned());
    }
    Ok((record.id, text))
}

/// A JSONL record read by `serde_json` (the reference for [`flat_record`]).
fn serde_record(line: &str, seed: RecordSeed<'_>) -> Result<Record, String> {
    let mut de = serde_json::Deserializer::from_str(line);
    let record = seed.deserialize(&mut de).map_err(|e| format!("invalid JSONL record: {e}"))?;
    de.end().map_err(|e| format!("invalid JSONL record: {e}"))?;
    Ok(record)
}

/// What [`flat_fields`] found in a record: its text field and its id.
#[derive(Debug)]
struct Fields {
    text: Option<Text>,
    id: Option<Value>,
}

/// The text field as [`flat_fields`] read it.
#[derive(Debug, PartialEq)]
enum Text {
    /// Decoded into a string of its own.
    Copied(String),
    /// Checked, to be decoded in place: where its string starts (its opening quote).
    At(usize),
}

/// The fast path of a JSONL record: a JSON object whose text field is a string, read
/// without `serde_json`'s per-byte string decoding (the text is copied in runs between its
/// escapes, or decoded in place); the other values are checked (and the id read) by
/// `serde_json`. `None` for anything it does not read exactly as `serde_json` would (an
/// escaped key, a lone surrogate, invalid JSON, a text that is not a string): the caller
/// then parses the record with `serde_json`, which gives its result or its error.
/// With `copy`, the text is decoded into a string of its own ([`Text::Copied`]); without,
/// it is only checked ([`Text::At`]).
fn flat_fields(line: &str, seed: RecordSeed<'_>, copy: bool) -> Option<Fields> {
    let b = line.as_bytes();
    let ws = |mut i: usize| {
        while b.get(i).is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r')) {
            i += 1;
        }
        i
    };
    let mut fields = Fields { text: None, id: None };
    let mut i = ws(0);
    (b.get(i) == Some(&b'{')).then_some(())?;
    i = ws(i + 1);
    if b.get(i) == Some(&b'}') {
        return (ws(i + 1) == b.len()).then_some(fields);
    }
    loop {
        (b.get(i) == Some(&b'"')).then_some(())?;
        let key_end = i + 1 + crate::json::plain_len(b.get(i + 1..)?);
        (b.get(key_end) == Some(&b'"')).then_some(())?;
        let key = line.get(i + 1..key_end)?;
        i = ws(key_end + 1);
        (b.get(i) == Some(&b':')).then_some(())?;
        i = ws(i + 1);
        if key == seed.text_field && copy {
            // Sized once: the text is never longer than the rest of the line.
            let out = String::with_capacity(b.len() - i);
            let (text, end) = json_string(line, i, out, String::push_str, String::push)?;
            fields.text = Some(Text::Copied(text));
            i = end;
        } else if key == seed.text_field {
            let ((), end) = json_string(line, i, (), |(), _| {}, |(), _| {})?;
            fields.text = Some(Text::At(i));
            i = end;
        } else {
            let end = value_end(b, i)?;
            let raw = line.get(i..end)?;
            if key == seed.id_field {
                fields.id = Some(serde_json::from_str(raw).ok()?);
            } else {
                serde_json::from_str::<IgnoredAny>(raw).ok()?;
            }
            i = end;
        }
        i = ws(i);
        match b.get(i) {
            Some(b',') => i = ws(i + 1),
            Some(b'}') => return (ws(i + 1) == b.len()).then_some(fields),
            _ => return None,
        }
    }
}

/// [`flat_fields`] and the text decoded out of `line`.
#[cfg(test)]
fn flat_record(line: &str, seed: RecordSeed<'_>) -> Option<Record> {
    let fields = flat_fields(line, seed, true)?;
    let text = match fields.text {
        Some(Text::Copied(text)) => Some(text),
        _ => None,
    };
    Some(Record { text, id: fields.id })
}

/// The JSON escape at byte `i` of `b` (its backslash): the character and the escape's
/// length; `None` for one `serde_json` might read otherwise (a surrogate) or rejects.
fn escape(b: &[u8], i: usize) -> Option<(char, usize)> {
    let c = match b.get(i + 1)? {
        b'"' => '"',
        b'\\' => '\\',
        b'/' => '/',
        b'b' => '\u{8}',
        b'f' => '\u{c}',
        b'n' => '\n',
        b'r' => '\r',
        b't' => '\t',
        b'u' => {
            let hex = std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?;
            (hex.bytes().all(|h| h.is_ascii_hexdigit())).then_some(())?;
            return Some((char::from_u32(u32::from_str_radix(hex, 16).ok()?)?, 6));
        }
        _ => return None,
    };
    Some((c, 2))
}

/// Walks the JSON string starting at byte `at` of `line` (its opening quote), handing `out`
/// its runs of plain text (`run`) and its escaped characters (`char`); returns `out` and the
/// byte after the closing quote. `None` when it is no string, or when an escape is one
/// `serde_json` might read otherwise (a surrogate).
fn json_string<T>(
    line: &str,
    at: usize,
    mut out: T,
    run: impl Fn(&mut T, &str),
    char: impl Fn(&mut T, char),
) -> Option<(T, usize)> {
    let b = line.as_bytes();
    (b.get(at) == Some(&b'"')).then_some(())?;
    let mut i = at + 1;
    loop {
        // The run up to the next quote or backslash (JSON allows no control character in it).
        let len = memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        let text = line.get(i..i + len)?;
        (!crate::json::any_escape(text.as_bytes())).then_some(())?;
        run(&mut out, text);
        i += len;
        if b.get(i)? == &b'"' {
            return Some((out, i + 1));
        }
        let (c, len) = escape(b, i)?;
        char(&mut out, c);
        i += len;
    }
}

/// Decodes the JSON string whose opening quote is at byte `at` of the valid UTF-8 `line`
/// into the start of the same buffer (no escape is shorter than what it stands for, so the
/// writing never overtakes the reading) and returns it as the text. For a string
/// [`json_string`] has read (`None` otherwise, the buffer then lost).
fn unescape_in_place(mut line: Vec<u8>, at: usize) -> Option<String> {
    let (mut r, mut w) = (at + 1, 0);
    loop {
        let len = memchr::memchr2(b'"', b'\\', line.get(r..)?)?;
        line.copy_within(r..r + len, w);
        (r, w) = (r + len, w + len);
        if line.get(r)? == &b'"' {
            line.truncate(w);
            line.shrink_to_fit();
            // The runs are cut at ASCII bytes of valid UTF-8 and the escapes are encoded
            // characters: valid, but checked again (the only safe way to a `String`).
            return String::from_utf8(line).ok();
        }
        let (c, len) = escape(&line, r)?;
        let mut utf8 = [0u8; 4];
        let bytes = c.encode_utf8(&mut utf8).as_bytes();
        line.get_mut(w..w + bytes.len())?.copy_from_slice(bytes);
        (r, w) = (r + len, w + bytes.len());
    }
}

/// The end of the JSON value starting at byte `at` (a string, an object or array with
/// their strings, or a scalar up to the next `,` `}` `]` or white space); not validated.
/// `None` past a nesting depth that could reach `serde_json`'s recursion limit.
fn value_end(b: &[u8], at: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = at;
    loop {
        match b.get(i)? {
            b'"' => {
                i += 1;
                loop {
                    i += crate::json::plain_len(b.get(i..)?);
                    match b.get(i)? {
                        b'"' => break,
                        b'\\' => i += 2,
                        _ => i += 1,
                    }
                }
            }
            b'{' | b'[' if depth < 64 => depth += 1,
            b'{' | b'[' => return None,
            b'}' | b']' if depth > 0 => depth -= 1,
            b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => return Some(i),
            _ => {}
        }
        i += 1;
        if depth == 0 && b.get(at).is_some_and(|c| matches!(c, b'"' | b'{' | b'[')) {
            return Some(i);
        }
    }
}

/// The two fields of a record that matter; the others are skipped without allocating.
#[derive(Debug, PartialEq)]
struct Record {
    /// The text field, if present.
    text: Option<String>,
    /// The id field, if present.
    id: Option<Value>,
}

/// Deserializes a [`Record`], keeping only `text_field` and `id_field`.
#[derive(Clone, Copy)]
struct RecordSeed<'f> {
    /// Name of the text field.
    text_field: &'f str,
    /// Name of the id field.
    id_field: &'f str,
}

impl<'de> DeserializeSeed<'de> for RecordSeed<'_> {
    type Value = Record;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Record, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for RecordSeed<'_> {
    type Value = Record;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut record = Record { text: None, id: None };
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if key == self.text_field {
                record.text = Some(map.next_value()?);
            } else if key == self.id_field {
                record.id = Some(map.next_value()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(record)
    }
}

/// Something still to be walked.
#[derive(Debug)]
enum Pending {
    /// A path from the command line (any extension).
    Arg(PathBuf),
    /// A folder found while walking.
    Dir(PathBuf),
}

/// A JSONL corpus being read line by line.
struct JsonlReader {
    /// The corpus's name in messages (its path, or `-`).
    name: Arc<str>,
    /// The buffered reader.
    reader: Box<dyn BufRead + Send>,
    /// Lines read so far.
    line: u64,
    /// Bytes read so far (the offset of the next line).
    offset: u64,
    /// Length of the last record line (a capacity hint for the next one).
    last_len: usize,
}

/// The documents of the command-line inputs, in order, read lazily.
pub struct Inputs {
    /// Paths still to visit, in order.
    pending: VecDeque<Pending>,
    /// The corpus being read, if any.
    jsonl: Option<JsonlReader>,
    /// `--jsonl`: every file is a corpus.
    force_jsonl: bool,
}

impl Inputs {
    /// Inputs over `paths`; `force_jsonl` reads every file (and `-`) as a JSONL corpus.
    pub fn new(paths: &[PathBuf], force_jsonl: bool) -> Self {
        Inputs { pending: paths.iter().cloned().map(Pending::Arg).collect(), jsonl: None, force_jsonl }
    }

    /// The next units, up to `max_docs` of them or about `max_bytes` of input.
    pub fn next_batch(&mut self, max_docs: usize, max_bytes: u64) -> Vec<Unit> {
        let mut batch = Vec::new();
        let mut bytes = 0u64;
        while batch.len() < max_docs && bytes < max_bytes {
            let Some(unit) = self.next() else { break };
            bytes += unit.weight();
            batch.push(unit);
        }
        batch
    }

    /// The next record of the open corpus (blank lines skipped), closing it at its end.
    fn next_record(&mut self) -> Option<Unit> {
        let jsonl = self.jsonl.as_mut()?;
        // Sized like the previous line (up to 1 MB: a huge line is not held twice), so that a
        // long line is not regrown from empty.
        let mut buf = Vec::with_capacity(jsonl.last_len.min(1 << 20));
        loop {
            buf.clear();
            let offset = jsonl.offset;
            match jsonl.reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.jsonl = None;
                    return None;
                }
                Ok(n) => {
                    jsonl.line += 1;
                    jsonl.offset += n as u64;
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    jsonl.last_len = n + n / 8;
                    let bytes = std::mem::take(&mut buf);
                    return Some(Unit::Record { file: Arc::clone(&jsonl.name), line: jsonl.line, offset, bytes });
                }
                Err(e) => {
                    let label = format!("{}:{}", jsonl.name, jsonl.line + 1);
                    self.jsonl = None;
                    return Some(Unit::Failed { label, message: e.to_string() });
                }
            }
        }
    }

    /// Starts reading `reader` as a JSONL corpus named `name`.
    fn open_jsonl(&mut self, name: &str, reader: Box<dyn BufRead + Send>) {
        self.jsonl = Some(JsonlReader { name: Arc::from(name), reader, line: 0, offset: 0, last_len: 4096 });
    }

    /// Expands a path found on the command line or in a folder.
    fn visit_arg(&mut self, path: PathBuf) -> Option<Unit> {
        if path.as_os_str() == "-" {
            if self.force_jsonl {
                self.open_jsonl("-", Box::new(BufReader::with_capacity(1 << 20, io::stdin())));
                return None;
            }
            let mut bytes = Vec::new();
            let id = DocId { json: Value::String("-".to_owned()), label: "<stdin>".to_owned(), source: None };
            return Some(match io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => Unit::Bytes { id, bytes },
                Err(e) => Unit::Failed { label: id.label, message: e.to_string() },
            });
        }
        let label = || path.display().to_string();
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => return Some(Unit::Failed { label: label(), message: io_message(&e) }),
        };
        if meta.is_dir() {
            self.visit_dir(path)
        } else if self.force_jsonl || is_jsonl(&path) {
            match File::open(&path) {
                Ok(f) => {
                    self.open_jsonl(&label(), Box::new(BufReader::with_capacity(1 << 20, f)));
                    None
                }
                Err(e) => Some(Unit::Failed { label: label(), message: io_message(&e) }),
            }
        } else {
            Some(Unit::File { size: meta.len(), path })
        }
    }

    /// Queues the `*.txt` / `*.jsonl` files and the subfolders of `dir`, sorted by name.
    fn visit_dir(&mut self, dir: PathBuf) -> Option<Unit> {
        let entries = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) => return Some(Unit::Failed { label: dir.display().to_string(), message: io_message(&e) }),
        };
        let mut found: Vec<Pending> = Vec::new();
        let mut failed = None;
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    failed = Some(Unit::Failed { label: dir.display().to_string(), message: io_message(&e) });
                    continue;
                }
            };
            let path = entry.path();
            // Symlinked folders are not followed (no cycles); symlinked files are.
            match entry.file_type() {
                Ok(t) if t.is_dir() => found.push(Pending::Dir(path)),
                Ok(_) if is_text(&path) || is_jsonl(&path) => found.push(Pending::Arg(path)),
                Ok(_) => {}
                Err(e) => failed = Some(Unit::Failed { label: path.display().to_string(), message: io_message(&e) }),
            }
        }
        found.sort_by(|a, b| pending_path(a).cmp(pending_path(b)));
        for p in found.into_iter().rev() {
            self.pending.push_front(p);
        }
        failed
    }
}

/// The path a pending entry stands for (the sort key of a folder's entries).
fn pending_path(p: &Pending) -> &Path {
    match p {
        Pending::Arg(p) | Pending::Dir(p) => p,
    }
}

impl Iterator for Inputs {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if let Some(unit) = self.next_record() {
                return Some(unit);
            }
            let unit = match self.pending.pop_front()? {
                Pending::Arg(path) => self.visit_arg(path),
                Pending::Dir(path) => self.visit_dir(path),
            };
            if unit.is_some() {
                return unit;
            }
        }
    }
}

/// True when `path` ends in `.ext` (ASCII case-insensitive).
fn has_ext(path: &Path, ext: &str) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// A JSONL corpus (`*.jsonl`).
fn is_jsonl(path: &Path) -> bool {
    has_ext(path, "jsonl")
}

/// A document found in a folder: `*.txt`, `*.md`, `*.docx`, `*.html`, `*.htm`.
fn is_text(path: &Path) -> bool {
    ["txt", "md", "docx", "html", "htm"].iter().any(|e| has_ext(path, e))
}

/// True when the inputs are more than one document (or may be): several paths, a folder,
/// or a JSONL corpus. Rows then carry a `doc` key.
pub fn is_multi(paths: &[PathBuf], force_jsonl: bool) -> bool {
    if force_jsonl || paths.len() != 1 {
        return true;
    }
    paths.iter().any(|p| p.as_os_str() != "-" && (is_jsonl(p) || p.is_dir()))
}

/// Total bytes of the inputs, for the progress bar (`None` when stdin is among them).
pub fn total_bytes(paths: &[PathBuf]) -> Option<u64> {
    let mut total = 0u64;
    let mut stack: Vec<(PathBuf, bool)> = paths.iter().rev().map(|p| (p.clone(), true)).collect();
    while let Some((path, explicit)) = stack.pop() {
        if path.as_os_str() == "-" {
            return None;
        }
        let Ok(meta) = std::fs::metadata(&path) else { continue };
        if meta.is_dir() {
            if let Ok(rd) = std::fs::read_dir(&path) {
                for entry in rd.flatten() {
                    let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                    let p = entry.path();
                    if is_dir || is_text(&p) || is_jsonl(&p) {
                        stack.push((p, false));
                    }
                }
            }
        } else if explicit || is_text(&path) || is_jsonl(&path) {
            total += meta.len();
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path reads what serde_json reads, or leaves the record to it.
    #[test]
    fn flat_records_are_what_serde_json_reads() {
        let lines = [
            r#"{"id":"govcn:2","text":"一、总则\n（一）目标。\t\"引号\"\\ \/ \b\f\r"}"#,
            r#"  { "text" : "a\u4e00\u00e9\u0001b" , "id" : 7 , "meta": {"a": [1, "x\"}]", {"b": null}], "c": -1.5e3} }  "#,
            "{\"text\":\"\",\"id\":null}\n",
            "{\"text\":\"x\"}\r\n",
            r#"{"text":"\ud83d\ude00 emoji"}"#,
            r#"{"text":"\ud83d lone"}"#,
            r#"{"text":"a","text":"b","id":[1,{"k":"v"}]}"#,
            r#"{"text":1}"#,
            r#"{"text":"a\x"}"#,
            r#"{"text":"a	tab"}"#,
            r#"{"text":"a","n":01}"#,
            r#"{"text":"a","n":tru}"#,
            r#"{"te\u0078t":"escaped key"}"#,
            r#"{"text":"a"} x"#,
            r#"{"text":"a",}"#,
            r#"{"id":"only"}"#,
            "{}",
            "[]",
            r#"{"text":"a""#,
            r#"{"text":"a","deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
        ];
        let seed = RecordSeed { text_field: "text", id_field: "id" };
        let mut fast = 0;
        for line in lines {
            let serde = serde_record(line, seed);
            if let Some(record) = flat_record(line, seed) {
                fast += 1;
                assert_eq!(Ok(record), serde, "{line}");
            }
        }
        assert!(fast >= 6, "the fast path reads the plain records ({fast})");
        // Decoding in place (large records) gives the text copying does.
        let mut in_place = 0;
        for line in lines {
            if let Some(Fields { text: Some(Text::At(at)), id }) = flat_fields(line, seed, false) {
                let copied = flat_record(line, seed).and_then(|r| r.text);
                assert_eq!(unescape_in_place(line.as_bytes().to_vec(), at), copied, "{line}");
                assert_eq!(id, flat_record(line, seed).and_then(|r| r.id));
                in_place += 1;
            }
        }
        assert!(in_place >= 5, "the plain records with a text ({in_place})");
        assert!(flat_record(lines[0], seed).is_some_and(|r| r.text.is_some_and(|t| t.contains("\"引号\""))));
    }
}
