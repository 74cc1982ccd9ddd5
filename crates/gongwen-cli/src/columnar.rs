//! `--format parquet` and `--format arrow`: the rows of a row command as one table file.
//!
//! A worker thread turns its document into rows ([`DocRows::of`]); the writing thread
//! pushes them, in input order, into a [`Table`] ([`gongwen_arrow::TableFile`]), which
//! writes a Parquet row group or an IPC record batch whenever
//! [`gongwen_arrow::TableFile::BATCH_ROWS`] rows have gathered. Memory is one batch of rows
//! on top of the streaming driver's, however large the corpus.
//!
//! The columns are `doc` (the file path or the JSONL record's id, as the other formats'
//! `doc`; always there, also for a single document), `index` for row types without one,
//! then the row's fields ([`gongwen_arrow::schema`]). The IPC output is the file format
//! (Feather v2), not the stream format: readers (polars `read_ipc`, pyarrow `feather`,
//! DuckDB through pyarrow) open it by name and can map it, and writing it needs no seek,
//! so it can go to a pipe as well.

use crate::args::Format;
use crate::input::DocId;
use crate::output::{Kind, Printer};
use gongwen::Document;
use gongwen::export::{DocumentRow, ElementRow, OutlineRow, QuantityRow, ReferenceRow};
use gongwen_arrow::{FileFormat, TableFile};
use std::io::{self, Write};

/// Declares [`Rows`] and [`Table`] with one variant per row table, and the dispatch
/// between them: a new row table is one more line.
macro_rules! tables {
    ($($variant:ident($row:ty) = $kind:ident => $rows:expr;)+) => {
        /// The rows of one document, of one of the row tables.
        pub enum Rows {
            $(
                #[doc = concat!("[`", stringify!($row), "`]s.")]
                $variant(Vec<$row>),
            )+
        }

        impl Rows {
            /// The rows of `doc` that a `kind` command prints (none for `parse`).
            fn of(kind: Kind, doc: &Document<'_>) -> Option<Rows> {
                match kind {
                    $(Kind::$kind => Some(Rows::$variant($rows(doc))),)+
                    #[allow(unreachable_patterns)]
                    _ => None,
                }
            }

            /// How many rows.
            pub fn len(&self) -> usize {
                match self {
                    $(Rows::$variant(rows) => rows.len(),)+
                }
            }
        }

        /// A table file of one of the row tables.
        pub enum Table<W: Write + Send> {
            $(
                #[doc = concat!("A table of [`", stringify!($row), "`]s.")]
                $variant(TableFile<$row, W>),
            )+
        }

        impl<W: Write + Send> Table<W> {
            /// The table of `kind` rows written to `out` in `format` (the file's header is
            /// written now).
            ///
            /// # Errors
            /// When `kind` has no row table, or the header cannot be written.
            pub fn new(kind: Kind, format: FileFormat, out: W) -> io::Result<Self> {
                match kind {
                    $(Kind::$kind => Ok(Table::$variant(TableFile::new(out, format)?)),)+
                    #[allow(unreachable_patterns)]
                    _ => Err(io::Error::other("this command has no row table")),
                }
            }

            /// Appends the rows of one document (ignored when they are another table's).
            ///
            /// # Errors
            /// When a batch cannot be written.
            pub fn push(&mut self, doc: &DocRows) -> io::Result<()> {
                match (self, &doc.rows) {
                    $((Table::$variant(t), Rows::$variant(rows)) => t.push_document(&doc.id, rows),)+
                    #[allow(unreachable_patterns)]
                    _ => Ok(()),
                }
            }

            /// Writes the last batch and the footer; gives back the output.
            ///
            /// # Errors
            /// When the output cannot be written.
            pub fn finish(self) -> io::Result<W> {
                match self {
                    $(Table::$variant(t) => t.finish(),)+
                }
            }
        }
    };
}

tables! {
    Outline(OutlineRow) = Outline => gongwen::export::outline_rows;
    Quantities(QuantityRow) = Quantities => gongwen::export::quantity_rows;
    Elements(ElementRow) = Elements => gongwen::export::element_rows;
    References(ReferenceRow) = References => gongwen::export::reference_rows;
    Documents(DocumentRow) = Documents => |doc| vec![gongwen::export::document_row(doc)];
}

/// The rows of one document and its id (the `doc` column).
pub struct DocRows {
    /// The document's `doc` value as text ([`doc_id`]).
    id: String,
    /// Its rows.
    rows: Rows,
}

impl DocRows {
    /// The rows of `doc` that a `kind` command writes, with the document's id.
    pub fn of(kind: Kind, id: &DocId, doc: &Document<'_>) -> Option<DocRows> {
        let rows = Rows::of(kind, doc)?;
        Some(DocRows { id: doc_id(id), rows })
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }
}

/// A document's `doc` value as text: a path, or a JSONL record's id (a string as it is,
/// another JSON value as its JSON text, as in CSV).
pub fn doc_id(id: &DocId) -> String {
    match &id.json {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The table file format of a columnar `--format`.
pub fn file_format(format: Format) -> Option<FileFormat> {
    match format {
        Format::Parquet => Some(FileFormat::Parquet),
        Format::Arrow => Some(FileFormat::Ipc),
        _ => None,
    }
}

/// Where the streaming driver writes: text (the bytes each document rendered, between the
/// printer's header, separators and trailer) or a table file (the rows of each document).
pub enum Sink<W: Write + Send> {
    /// JSON, JSONL, CSV, tree.
    Text(W),
    /// Parquet, Arrow IPC (boxed: the writer's state is large beside a buffered output).
    Table(Box<Table<W>>),
}

impl<W: Write + Send> Sink<W> {
    /// The sink of `printer`'s format on `out`, its header written.
    ///
    /// # Errors
    /// When the header cannot be written.
    pub fn new(printer: &Printer, mut out: W) -> io::Result<Self> {
        match printer.table() {
            Some((kind, format)) => Ok(Sink::Table(Box::new(Table::new(kind, format, out)?))),
            None => {
                printer.begin(&mut out)?;
                Ok(Sink::Text(out))
            }
        }
    }

    /// Writes one document: its rendered bytes (after a separator unless it is the
    /// `first` written) or its rows. Returns whether anything was written.
    ///
    /// # Errors
    /// Write errors.
    pub fn document(&mut self, printer: &Printer, out: &[u8], rows: Option<&DocRows>, first: bool) -> io::Result<bool> {
        match self {
            Sink::Text(w) if !out.is_empty() => {
                printer.separator(w, first)?;
                w.write_all(out)?;
                Ok(true)
            }
            Sink::Table(t) => match rows {
                Some(rows) if rows.len() > 0 => t.push(rows).map(|()| true),
                _ => Ok(false),
            },
            Sink::Text(_) => Ok(false),
        }
    }

    /// Writes the trailer (`any`: whether any document was written) or the table's last
    /// batch and footer; gives back the output.
    ///
    /// # Errors
    /// Write errors.
    pub fn end(self, printer: &Printer, any: bool) -> io::Result<W> {
        match self {
            Sink::Text(mut w) => {
                printer.end(&mut w, any)?;
                Ok(w)
            }
            Sink::Table(t) => t.finish(),
        }
    }
}
