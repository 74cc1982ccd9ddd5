//! Tables written to a file while documents stream in: Parquet (row groups as batches
//! fill) or an Arrow IPC file.

use crate::TableBuilder;
use arrow_array::RecordBatch;
use arrow_schema::{ArrowError, SchemaRef};
use gongwen::export::Row;
use std::io::{self, Write};

/// The kind of file a [`TableFile`] writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileFormat {
    /// Parquet: row groups of [`TableFile::BATCH_ROWS`] rows, snappy-compressed
    /// pages, the Arrow schema (with the field metadata) in the footer.
    #[cfg(feature = "parquet")]
    Parquet,
    /// The Arrow IPC file format (Feather v2, `.arrow`), uncompressed: one record batch per
    /// [`TableFile::BATCH_ROWS`] rows, and the footer that lets a reader map the file and
    /// seek to any batch. It needs no seeking to write, so it can go to a pipe.
    #[cfg(feature = "ipc")]
    Ipc,
}

/// The writer of one format.
enum Writer<W: Write + Send> {
    #[cfg(feature = "parquet")]
    Parquet(parquet::arrow::ArrowWriter<W>),
    #[cfg(feature = "ipc")]
    Ipc(arrow_ipc::writer::FileWriter<W>),
}

/// A table of `R` rows written to `W` as documents come: rows are gathered in a
/// [`TableBuilder`] and written as a batch (a Parquet row group, an IPC record batch) each
/// time [`TableFile::BATCH_ROWS`] rows have gathered, so memory stays bounded however many
/// documents are pushed.
///
/// ```
/// # #[cfg(feature = "parquet")] {
/// use gongwen::export::outline_rows;
/// use gongwen_arrow::{FileFormat, OutlineRow, TableFile};
///
/// let mut file = TableFile::<OutlineRow, _>::new(Vec::new(), FileFormat::Parquet).unwrap();
/// file.push_document("a", &outline_rows(&gongwen::parse("一、总则\n二、附则\n"))).unwrap();
/// let bytes = file.finish().unwrap();
/// assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));
/// # }
/// ```
pub struct TableFile<R, W: Write + Send> {
    /// The rows since the last batch.
    table: TableBuilder<R>,
    /// Where batches go.
    writer: Writer<W>,
    /// Rows per batch.
    batch_rows: usize,
}

impl<R: Row, W: Write + Send> TableFile<R, W> {
    /// Rows per batch (and per Parquet row group) unless [`TableFile::with_batch_rows`]
    /// says otherwise: a few megabytes of columns, whatever the row type.
    pub const BATCH_ROWS: usize = 1 << 16;

    /// A table written to `out` in `format` (its header is written now), in batches of
    /// [`TableFile::BATCH_ROWS`] rows.
    ///
    /// ```
    /// # #[cfg(feature = "ipc")] {
    /// use gongwen_arrow::{FileFormat, QuantityRow, TableFile};
    /// let file = TableFile::<QuantityRow, _>::new(Vec::new(), FileFormat::Ipc).unwrap();
    /// assert!(file.finish().unwrap().starts_with(b"ARROW1"));
    /// # }
    /// ```
    ///
    /// # Errors
    /// When the header cannot be written.
    pub fn new(out: W, format: FileFormat) -> io::Result<Self> {
        Self::with_batch_rows(out, format, Self::BATCH_ROWS)
    }

    /// A table written to `out` in `format` in batches (and Parquet row groups) of `rows`
    /// rows (at least one). A document's rows stay in one batch, so a batch holds `rows`
    /// rows or more, but a Parquet row group never more than `rows`.
    ///
    /// ```
    /// # #[cfg(feature = "parquet")] {
    /// use gongwen_arrow::{FileFormat, OutlineRow, TableFile};
    /// let file = TableFile::<OutlineRow, _>::with_batch_rows(Vec::new(), FileFormat::Parquet, 100).unwrap();
    /// # let _ = file;
    /// # }
    /// ```
    ///
    /// # Errors
    /// When the header cannot be written.
    pub fn with_batch_rows(out: W, format: FileFormat, rows: usize) -> io::Result<Self> {
        let rows = rows.max(1);
        let table = TableBuilder::<R>::new();
        let schema = table.schema();
        let writer = match format {
            #[cfg(feature = "parquet")]
            FileFormat::Parquet => {
                let props = parquet_properties(&schema, rows);
                Writer::Parquet(parquet::arrow::ArrowWriter::try_new(out, schema, Some(props)).map_err(parquet_io)?)
            }
            #[cfg(feature = "ipc")]
            FileFormat::Ipc => Writer::Ipc(arrow_ipc::writer::FileWriter::try_new(out, &schema).map_err(arrow_io)?),
        };
        Ok(TableFile { table, writer, batch_rows: rows })
    }

    /// The schema of the table ([`crate::schema`]).
    ///
    /// ```
    /// # #[cfg(feature = "ipc")] {
    /// use gongwen_arrow::{FileFormat, ElementRow, TableFile};
    /// let file = TableFile::<ElementRow, _>::new(Vec::new(), FileFormat::Ipc).unwrap();
    /// assert_eq!(file.schema().field(1).name(), "index");
    /// # }
    /// ```
    #[must_use]
    pub fn schema(&self) -> SchemaRef {
        self.table.schema()
    }

    /// Appends the rows of one document ([`TableBuilder::push_document`]), and writes a
    /// batch when enough rows have gathered.
    ///
    /// # Errors
    /// When the batch cannot be written.
    pub fn push_document(&mut self, id: &str, rows: &[R]) -> io::Result<()> {
        self.table.push_document(id, rows);
        if self.table.len() >= self.batch_rows { self.write_batch() } else { Ok(()) }
    }

    /// Writes the rows gathered so far as one batch (nothing when there are none).
    fn write_batch(&mut self) -> io::Result<()> {
        if self.table.is_empty() {
            return Ok(());
        }
        let batch: RecordBatch = self.table.finish().map_err(arrow_io)?;
        match &mut self.writer {
            #[cfg(feature = "parquet")]
            Writer::Parquet(w) => w.write(&batch).map_err(parquet_io),
            #[cfg(feature = "ipc")]
            Writer::Ipc(w) => w.write(&batch).map_err(arrow_io),
        }
    }

    /// Writes the last batch and the file's footer, and gives back the output.
    ///
    /// # Errors
    /// When the output cannot be written.
    pub fn finish(mut self) -> io::Result<W> {
        self.write_batch()?;
        match self.writer {
            #[cfg(feature = "parquet")]
            Writer::Parquet(w) => w.into_inner().map_err(parquet_io),
            #[cfg(feature = "ipc")]
            Writer::Ipc(w) => w.into_inner().map_err(arrow_io),
        }
    }
}

/// How the Parquet columns are written: snappy pages, statistics per column chunk, row
/// groups of `rows` rows; strings (`doc`, `style`, `kind` … repeat a lot) in a dictionary,
/// integers delta-encoded (offsets grow, depths and ordinals are small: a few bits a value,
/// and no hashing of every value into a dictionary that offsets would outgrow anyway).
#[cfg(feature = "parquet")]
fn parquet_properties(schema: &arrow_schema::Schema, rows: usize) -> parquet::file::properties::WriterProperties {
    use parquet::basic::{Compression, Encoding};
    use parquet::file::properties::EnabledStatistics;
    use parquet::schema::types::ColumnPath;
    let mut props = parquet::file::properties::WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_statistics_enabled(EnabledStatistics::Chunk)
        .set_max_row_group_row_count(Some(rows));
    for field in schema.fields() {
        let column = || ColumnPath::from(field.name().as_str());
        match field.data_type() {
            arrow_schema::DataType::Int64 => {
                props = props
                    .set_column_dictionary_enabled(column(), false)
                    .set_column_encoding(column(), Encoding::DELTA_BINARY_PACKED);
            }
            arrow_schema::DataType::Float64 | arrow_schema::DataType::Boolean => {
                props = props.set_column_dictionary_enabled(column(), false);
            }
            _ => {}
        }
    }
    props.build()
}

/// An Arrow error as an I/O error: the I/O error itself when it is one (so a closed pipe
/// stays a closed pipe).
fn arrow_io(e: ArrowError) -> io::Error {
    match e {
        ArrowError::IoError(_, e) => e,
        ArrowError::ExternalError(e) => boxed_io(e),
        other => io::Error::other(other),
    }
}

/// A boxed error as an I/O error, unwrapped when it is one.
fn boxed_io(e: Box<dyn std::error::Error + Send + Sync>) -> io::Error {
    match e.downcast::<io::Error>() {
        Ok(e) => *e,
        Err(e) => match e.downcast::<ArrowError>() {
            Ok(e) => arrow_io(*e),
            Err(e) => io::Error::other(e),
        },
    }
}

/// A Parquet error as an I/O error, unwrapped when it is one.
#[cfg(feature = "parquet")]
fn parquet_io(e: parquet::errors::ParquetError) -> io::Error {
    match e {
        parquet::errors::ParquetError::External(e) => boxed_io(e),
        other => io::Error::other(other),
    }
}
