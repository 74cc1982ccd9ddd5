//! Printers: JSON, JSONL, CSV and tree renderings of parsed documents.
//!
//! Rows are the flat-export rows of [`gongwen::export`], serialised as they are, so the
//! JSONL of a single document is exactly the flat-export contract (docs/fields.md). JSON and CSV both walk a
//! row's fields ([`Row::visit`]): the JSON keys and the CSV columns are the row's fields
//! ([`Row::FIELDS`]), in order. When the input is several
//! documents (several paths, a folder, a JSONL corpus) every row starts with a `doc` key
//! (CSV: a `doc` column) holding the file path or the record id.
//!
//! A document renders into its own buffer on a worker thread ([`Printer::render`]); the
//! main thread writes the buffers in input order between [`Printer::begin`] and
//! [`Printer::end`], and [`Printer::separator`] between non-empty buffers where the format
//! needs one (the commas of a JSON array).

use crate::args::Format;
use crate::columnar::DocRows;
use crate::input::{DocId, SourceInfo};
use crate::json;
use gongwen::export::{DocumentRow, DocumentRows, ElementRow, OutlineRow, QuantityRow, ReferenceRow, Row, RowVisitor};
use gongwen::{Document, ParseOptions};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Called with the output buffer of a document when it holds [`SPILL_AT`] bytes or more
/// ([`Printer::render`]).
pub type Spill<'s> = &'s mut dyn FnMut(&mut Vec<u8>);

/// The size at which a document's output buffer is handed to the [`Spill`].
pub const SPILL_AT: usize = 1 << 20;

/// What a command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The whole document (`gongwen parse`).
    Document,
    /// Outline rows.
    Outline,
    /// Quantity rows.
    Quantities,
    /// Element rows.
    Elements,
    /// Reference rows.
    References,
    /// One row per document.
    Documents,
}

/// Renders documents of one kind in one format.
#[derive(Debug, Clone)]
pub struct Printer {
    /// What is printed.
    kind: Kind,
    /// How.
    format: Format,
    /// Whether rows carry a `doc` key (several documents).
    multi: bool,
}

/// What rendering one document found (for the exit status and the summary).
#[derive(Debug, Clone, Copy, Default)]
pub struct Rendered {
    /// Rows (or documents) written.
    pub items: usize,
    /// Diagnostics of the document.
    pub diagnostics: usize,
}

/// The CSV header of rows of type `R`: its field names (after `doc` when `multi`).
fn csv_header<R: Row>(multi: bool) -> String {
    let names = R::FIELDS.iter().map(|f| f.name);
    let mut header = if multi { "doc," } else { "" }.to_owned();
    header.push_str(&names.collect::<Vec<_>>().join(","));
    header
}

/// Appends how the document's file was read to the compact JSON object just written to
/// `out`: `encoding`, `format` and, for an HTML page with a title, `page_title` (none of them
/// for a JSONL record).
fn push_source(out: &mut Vec<u8>, source: Option<&SourceInfo>) {
    let Some(s) = source else { return };
    if out.last() == Some(&b'}') {
        out.pop(); // the object's closing brace
        out.extend_from_slice(b",\"encoding\":");
        json::string(out, s.encoding);
        out.extend_from_slice(b",\"format\":");
        json::string(out, s.format);
        if let Some(title) = &s.page_title {
            out.extend_from_slice(b",\"page_title\":");
            json::string(out, title);
        }
        out.push(b'}');
    }
}

impl Printer {
    /// A printer of `kind` rows in `format`; `multi` adds the `doc` key or column.
    ///
    /// # Errors
    /// When `format` is not available for `kind` (CSV of a whole document).
    pub fn new(kind: Kind, format: Format, multi: bool) -> Result<Self, String> {
        if kind == Kind::Document && (format == Format::Csv || format.columnar()) {
            return Err(format!(
                "`--format {}` is for the row commands; `parse` prints json, jsonl or tree",
                if format == Format::Csv { "csv" } else { "parquet/arrow" }
            ));
        }
        Ok(Printer { kind, format, multi })
    }

    /// The parse options this printer needs, so that nothing is found that is not printed:
    /// the outline alone when only the outline is printed, with the elements or the
    /// references for theirs; for the quantity rows, the outline and the quantities (the rows
    /// point at outline nodes, so the outline is built exactly as for `outline`); for the
    /// whole document and the quantities' tree, everything but the references, which neither
    /// prints (the elements stay: the title is read with them); everything for the documents
    /// table, which counts the references.
    pub fn options(&self) -> ParseOptions {
        match self.kind {
            Kind::Outline => ParseOptions::outline_only(),
            Kind::Elements => ParseOptions::outline_only().with_elements(true),
            Kind::References => ParseOptions::outline_only().with_references(true),
            Kind::Quantities if self.format != Format::Tree => {
                ParseOptions::default().with_elements(false).with_references(false)
            }
            Kind::Document | Kind::Quantities => ParseOptions::default().with_references(false),
            Kind::Documents => ParseOptions::default(),
        }
    }

    /// The row table and file format of a columnar format (`parquet`, `arrow`); `None`
    /// for the text formats.
    pub fn table(&self) -> Option<(Kind, gongwen_arrow::FileFormat)> {
        crate::columnar::file_format(self.format).map(|f| (self.kind, f))
    }

    /// The rows of `doc` for a columnar format, for the writing thread's table; `None` for
    /// the text formats (they render with [`Printer::render`]).
    pub fn rows(&self, id: &DocId, doc: &Document<'_>) -> Option<DocRows> {
        if self.format.columnar() { DocRows::of(self.kind, id, doc) } else { None }
    }

    /// True when a single document prints as one pretty JSON object (not an array).
    fn single_object(&self) -> bool {
        self.kind == Kind::Document && self.format == Format::Json && !self.multi
    }

    /// Written before the first document.
    ///
    /// # Errors
    /// Write errors.
    pub fn begin(&self, w: &mut impl Write) -> io::Result<()> {
        match self.format {
            Format::Json if !self.single_object() => w.write_all(b"["),
            Format::Csv => match self.kind {
                Kind::Outline => writeln!(w, "{}", csv_header::<OutlineRow>(self.multi)),
                Kind::Quantities => writeln!(w, "{}", csv_header::<QuantityRow>(self.multi)),
                Kind::Elements => writeln!(w, "{}", csv_header::<ElementRow>(self.multi)),
                Kind::References => writeln!(w, "{}", csv_header::<ReferenceRow>(self.multi)),
                Kind::Documents => writeln!(w, "{}", csv_header::<DocumentRow>(self.multi)),
                Kind::Document => Ok(()),
            },
            _ => Ok(()),
        }
    }

    /// Written between two non-empty document buffers.
    ///
    /// # Errors
    /// Write errors.
    pub fn separator(&self, w: &mut impl Write, first: bool) -> io::Result<()> {
        match self.format {
            Format::Json if !self.single_object() => w.write_all(if first { b"\n" } else { b",\n" }),
            Format::Tree if self.multi && !first => w.write_all(b"\n"),
            _ => Ok(()),
        }
    }

    /// Written after the last document; `any` says whether any buffer was written.
    ///
    /// # Errors
    /// Write errors.
    pub fn end(&self, w: &mut impl Write, any: bool) -> io::Result<()> {
        match self.format {
            Format::Json if !self.single_object() => w.write_all(if any { b"\n]\n" } else { b"]\n" }),
            _ => Ok(()),
        }
    }

    /// True when [`Printer::render`] writes rows one by one (and hands a large buffer to its
    /// spill): every text format (the single pretty JSON object and the tree too); not the
    /// columnar formats, whose rows go to the writing thread.
    pub fn spills(&self) -> bool {
        !self.format.columnar()
    }

    /// About how many bytes [`Printer::render`] writes for a text of `text_len` bytes: room
    /// to reserve for the output (the whole document's JSON runs to about 1.7 times the
    /// text on the bench corpus; rows and trees to far less).
    pub fn expected_len(&self, text_len: usize) -> usize {
        match self.kind {
            Kind::Document => text_len.saturating_mul(2),
            Kind::Outline | Kind::Quantities => text_len / 2,
            Kind::Elements | Kind::Documents => 1024,
            Kind::References => text_len / 4,
        }
    }

    /// Renders `doc` into `out` (without separators). The rows of the whole document and
    /// of the row commands' JSON and CSV are written one by one, and `spill` is called with
    /// `out` whenever it holds [`SPILL_AT`] bytes or more (a large document is written to the
    /// output in pieces: `spill` writes and clears the buffer; otherwise it does nothing).
    pub fn render(&self, id: &DocId, doc: &Document<'_>, out: &mut Vec<u8>, spill: Spill<'_>) -> Rendered {
        let mut r = Rendered { items: 0, diagnostics: doc.diagnostics().len() };
        match (self.kind, self.format) {
            (Kind::Document, Format::Json) if !self.multi => {
                // Written compact, row by row, and laid out on its way to `out` (the same
                // bytes as `serde_json`'s pretty printer): never held whole.
                r.items = 1;
                let rows = DocumentRows::new(doc);
                let (mut indent, mut compact) = (json::Indent::default(), Vec::new());
                json::document(&mut compact, None, &rows, doc.title_line().as_deref(), &mut |piece| {
                    indent.feed(piece, out);
                    piece.clear();
                    spill(out);
                });
                push_source(&mut compact, id.source.as_ref());
                indent.feed(&compact, out);
                out.push(b'\n');
            }
            (Kind::Document, Format::Json | Format::Jsonl) => {
                r.items = 1;
                let rows = DocumentRows::new(doc);
                json::document(out, self.multi.then_some(&id.json), &rows, doc.title_line().as_deref(), spill);
                push_source(out, id.source.as_ref());
                if self.format == Format::Jsonl {
                    out.push(b'\n');
                }
            }
            (Kind::Outline, Format::Json | Format::Jsonl) => {
                r.items = self.objects(out, id, spill, |f| DocumentRows::new(doc).outline(f));
            }
            (Kind::Quantities, Format::Json | Format::Jsonl) => {
                r.items = self.objects(out, id, spill, |f| DocumentRows::new(doc).quantities(f));
            }
            (Kind::Elements, Format::Json | Format::Jsonl) => {
                r.items = self.objects(out, id, spill, |f| gongwen::export::element_rows(doc).iter().for_each(f));
            }
            (Kind::References, Format::Json | Format::Jsonl) => {
                r.items = self.objects(out, id, spill, |f| gongwen::export::reference_rows(doc).iter().for_each(f));
            }
            (Kind::Documents, Format::Json | Format::Jsonl) => {
                r.items = 1;
                self.objects(out, id, spill, |f| f(&gongwen::export::document_row(doc)));
            }
            (Kind::Documents, Format::Csv) => {
                r.items = self.csv_rows(out, id, spill, |f| f(&gongwen::export::document_row(doc)));
            }
            (Kind::Documents, Format::Tree) => {
                let mut s = String::new();
                r.items = document_tree(&mut s, &gongwen::export::document_row(doc), self.multi.then_some(id));
                out.extend_from_slice(s.as_bytes());
            }
            (Kind::Elements, Format::Csv) => {
                r.items = self.csv_rows(out, id, spill, |f| gongwen::export::element_rows(doc).iter().for_each(f));
            }
            (Kind::References, Format::Csv) => {
                r.items = self.csv_rows(out, id, spill, |f| gongwen::export::reference_rows(doc).iter().for_each(f));
            }
            (Kind::Elements | Kind::References, Format::Tree) => {
                let mut s = String::new();
                r.items = items_tree(&mut s, doc, self.multi.then_some(id), self.kind);
                out.extend_from_slice(s.as_bytes());
            }
            (Kind::Outline, Format::Csv) => {
                r.items = self.csv_rows(out, id, spill, |f| DocumentRows::new(doc).outline(f));
            }
            (Kind::Quantities, Format::Csv) => {
                r.items = self.csv_rows(out, id, spill, |f| DocumentRows::new(doc).quantities(f));
            }
            (_, Format::Tree) => {
                let mut s = String::new();
                r.items = tree(&mut s, doc, self.multi.then_some(id), self.kind, &mut |s| {
                    out.extend_from_slice(s.as_bytes());
                    s.clear();
                    spill(out);
                });
                out.extend_from_slice(s.as_bytes());
            }
            // Rows of a columnar format are taken by `Printer::rows`.
            (_, Format::Parquet | Format::Arrow) | (Kind::Document, Format::Csv) => {}
        }
        r
    }

    /// Writes the rows that `each` hands to its callback as JSON objects: one a line (JSONL)
    /// or joined by `,\n` (JSON array), with `"doc"` as their first key when several
    /// documents are printed. Returns the number of rows.
    fn objects<R: Row>(
        &self,
        out: &mut Vec<u8>,
        id: &DocId,
        spill: Spill<'_>,
        each: impl FnOnce(&mut dyn FnMut(&R)),
    ) -> usize {
        let mut n = 0;
        let doc = self.multi.then_some(&id.json);
        each(&mut |row: &R| {
            if self.format == Format::Json && n > 0 {
                out.extend_from_slice(b",\n");
            }
            n += 1;
            json::row(out, doc, row);
            if self.format == Format::Jsonl {
                out.push(b'\n');
            }
            if out.len() >= SPILL_AT {
                spill(out);
            }
        });
        n
    }

    /// Writes one CSV line per row (after the `doc` cell when there is one): the row's
    /// fields in order, as [`csv_header`] names them. Returns the number of rows.
    fn csv_rows<R: Row>(
        &self,
        out: &mut Vec<u8>,
        id: &DocId,
        spill: Spill<'_>,
        each: impl FnOnce(&mut dyn FnMut(&R)),
    ) -> usize {
        let mut doc = String::new();
        if self.multi {
            match &id.json {
                serde_json::Value::String(s) => csv_field(&mut doc, s),
                other => csv_field(&mut doc, &other.to_string()),
            }
            doc.push(',');
        }
        let mut line = CsvLine { line: String::new(), first: true };
        let mut n = 0;
        each(&mut |row: &R| {
            line.line.clear();
            line.line.push_str(&doc);
            line.first = true;
            row.visit(&mut line);
            line.line.push('\n');
            out.extend_from_slice(line.line.as_bytes());
            n += 1;
            if out.len() >= SPILL_AT {
                spill(out);
            }
        });
        n
    }
}

/// Appends a CSV field, quoted when it holds a comma, a quote or a line break.
fn csv_field(line: &mut String, s: &str) {
    if s.contains([',', '"', '\n', '\r']) {
        line.push('"');
        line.push_str(&s.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(s);
    }
}

/// Writes a row's values as the cells of one CSV line: integers and numbers as Rust
/// displays them, booleans as `true`/`false`, strings quoted when needed, nulls empty.
struct CsvLine {
    line: String,
    /// No cell written yet.
    first: bool,
}

impl CsvLine {
    /// Starts a cell.
    fn cell(&mut self) -> &mut String {
        if !std::mem::take(&mut self.first) {
            self.line.push(',');
        }
        &mut self.line
    }
}

impl RowVisitor for CsvLine {
    fn int(&mut self, _: &'static str, value: u64) {
        let _ = write!(self.cell(), "{value}");
    }

    fn float(&mut self, _: &'static str, value: f64) {
        let _ = write!(self.cell(), "{value}");
    }

    fn str(&mut self, _: &'static str, value: &str) {
        csv_field(self.cell(), value);
    }

    fn bool(&mut self, _: &'static str, value: bool) {
        let _ = write!(self.cell(), "{value}");
    }

    fn null(&mut self, _: &'static str) {
        self.cell();
    }
}

/// A document's row in a few lines: its title, then its type, number, date and issuer,
/// then its counts (`nodes 12 (depth 3, trees 1) · figures 8 (targets 5) · …`). Returns 1.
fn document_tree(out: &mut String, row: &DocumentRow, header: Option<&DocId>) -> usize {
    if let Some(id) = header {
        let _ = writeln!(out, "== {} ==", id.label);
    }
    let _ = writeln!(out, "{}", row.title.as_deref().unwrap_or("(no title)"));
    let facts = [row.genre, row.doc_number.as_deref(), row.date.as_deref(), row.issuer.as_deref()];
    let facts: Vec<&str> = facts.into_iter().flatten().collect();
    if !facts.is_empty() {
        let _ = writeln!(out, "{INDENT}{}", facts.join(" · "));
    }
    let _ = writeln!(
        out,
        "{INDENT}nodes {} (depth {}, trees {}) · figures {} (targets {}) · references {} · noise {} · diagnostics {}",
        row.nodes, row.max_depth, row.trees, row.quantities, row.targets, row.references, row.noise, row.diagnostics
    );
    1
}

/// Elements or references one a line (`doc_number  国办发〔2019〕6号  → {"agency":…}`,
/// `internal  本法第六条  → {"article":6,…}  → node 12`); returns how many.
fn items_tree(out: &mut String, doc: &Document<'_>, header: Option<&DocId>, kind: Kind) -> usize {
    if let Some(id) = header {
        let _ = writeln!(out, "== {} ==", id.label);
    }
    let mut n = 0;
    if kind == Kind::Elements {
        for r in gongwen::export::element_rows(doc) {
            n += 1;
            let _ = writeln!(out, "{}  {}  → {}", r.element, squash(&r.text), r.value.to_json());
        }
        return n;
    }
    for r in gongwen::export::reference_rows(doc) {
        n += 1;
        let _ = write!(out, "{}  {}  → {}", r.reference, squash(&r.text), r.value.to_json());
        match (r.reference, r.node) {
            (_, Some(i)) => {
                let _ = writeln!(out, "  → node {i}");
            }
            ("internal", None) => out.push_str("  → unresolved\n"),
            _ => out.push('\n'),
        }
    }
    n
}

/// The indented outline of `doc`; with `Kind::Quantities` or `Kind::Document` the figures
/// are listed under the node they follow in the text (`· 8所  quantity 8 所 eq`), and with
/// `Kind::Document` the diagnostics follow. Returns the number of lines for nodes and
/// figures.
fn tree(out: &mut String, doc: &Document<'_>, header: Option<&DocId>, kind: Kind, spill: TreeSpill<'_>) -> usize {
    let text = doc.text();
    if let Some(id) = header {
        let _ = writeln!(out, "== {} ==", id.label);
    }
    if let Some(title) = doc.title_line() {
        let _ = writeln!(out, "{title}");
    }
    let with_quantities = kind != Kind::Outline;
    let mut quantities = doc.quantities().peekable();
    let mut items = 0;
    let mut tree_no = 0u16;
    let mut nodes = doc.nodes().peekable();
    if with_quantities {
        // Figures before the first node (title, preamble).
        let first = nodes.peek().map_or(u32::MAX, |n| n.marker.start);
        items += tree_quantities(out, &mut quantities, text, 0, first);
    }
    while let Some(n) = nodes.next() {
        if n.tree != tree_no {
            tree_no = n.tree;
            if let Some(att) = doc.attachments().find(|a| a.tree == n.tree) {
                let _ = writeln!(out, "{}", squash(att.label.slice(text)));
            }
        }
        items += 1;
        let depth = usize::from(n.depth.saturating_sub(1));
        let _ = write!(out, "{}{}", INDENT.repeat(depth), doc.clean_slice(n.marker));
        match doc.heading(n) {
            Some(h) => {
                let _ = writeln!(out, " {h}");
            }
            None => out.push('\n'),
        }
        if with_quantities {
            let until = nodes.peek().map_or(u32::MAX, |next| next.marker.start);
            items += tree_quantities(out, &mut quantities, text, depth + 1, until);
        }
        if out.len() >= SPILL_AT {
            spill(out);
        }
    }
    if kind == Kind::Document && doc.diagnostics().len() > 0 {
        let _ = writeln!(out, "diagnostics:");
        DocumentRows::new(doc).diagnostics(|d| {
            let _ = writeln!(out, "{INDENT}{}:{} {}: {} {:?}", d.line, d.column, d.kind, d.message, d.text);
        });
    }
    items
}

/// What [`tree`] hands its text to whenever it holds [`SPILL_AT`] bytes (the tree of a large
/// document is written in pieces, as its JSON is).
type TreeSpill<'s> = &'s mut dyn FnMut(&mut String);

/// Lists the figures that start before byte `until`, one a line at `depth`; returns how many.
fn tree_quantities<'d>(
    out: &mut String,
    quantities: &mut std::iter::Peekable<impl Iterator<Item = &'d gongwen::Quantity>>,
    text: &str,
    depth: usize,
    until: u32,
) -> usize {
    let mut n = 0;
    while let Some(q) = quantities.next_if(|q| q.span.start < until) {
        n += 1;
        let _ = write!(out, "{}· {}  {}", INDENT.repeat(depth), squash(q.span.slice(text)), q.kind.as_str());
        if let Some(v) = q.value {
            let _ = write!(out, " {v}");
            if let Some(m) = q.value_max {
                let _ = write!(out, "–{m}");
            }
        }
        if let Some(u) = q.unit.as_deref() {
            let _ = write!(out, " {u}");
        }
        let _ = writeln!(out, " {}{}", q.comparator.as_str(), if q.placeholder { " placeholder" } else { "" });
    }
    n
}

/// One level of indentation in the tree format.
const INDENT: &str = "  ";

/// Text on one line: line breaks are dropped (a wrapped Chinese title joins without a
/// space) and other runs of white space become one space.
fn squash(s: &str) -> String {
    s.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).collect()
}
