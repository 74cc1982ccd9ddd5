//! Tables of rows as Arrow record batches, handed to Python through the Arrow PyCapsule
//! interface: a [`Table`] has `__arrow_c_stream__` and `__arrow_c_schema__`, so
//! `pyarrow.table(t)`, `polars.DataFrame(t)`, `pandas.DataFrame.from_arrow(t)` and DuckDB
//! read its columns without a copy per row.
//!
//! The batches are built by `gongwen_arrow::TableBuilder` (column by column, from
//! `Row::FIELDS`), in parallel over chunks of documents with the GIL released; the `doc`
//! column is then set to what the frames hold: the documents' ids (`Utf8`, null for a
//! document without one) when any document has one, else their positions (`Int64`).
//! The capsules own their C structs (`FFI_ArrowArrayStream`, `FFI_ArrowSchema`): a consumer
//! moves the struct out (its `release` set to null in the capsule), and a capsule nobody
//! consumed releases it when it is freed.

use crate::document::Document;
use gongwen::export::{DiagnosticRow, DocumentRow, ElementRow, NoiseRow, OutlineRow, QuantityRow, ReferenceRow, Row};
use gongwen_arrow::TableBuilder;
use gongwen_arrow::arrow_array::builder::{Int64Builder, StringBuilder};
use gongwen_arrow::arrow_array::ffi::FFI_ArrowSchema;
use gongwen_arrow::arrow_array::ffi_stream::FFI_ArrowArrayStream;
use gongwen_arrow::arrow_array::{ArrayRef, RecordBatch, RecordBatchIterator};
use gongwen_arrow::arrow_schema::{ArrowError, DataType, Field, Schema, SchemaRef};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyCapsule;
use rayon::prelude::*;
use std::borrow::Cow;
use std::sync::Arc;

/// Rows of one table of many documents as Arrow record batches (one per chunk of
/// documents): `gongwen.outline_frame(docs, backend="arrow")` and the other frames.
///
/// An Arrow PyCapsule object: `pyarrow.table(t)`, `polars.DataFrame(t)`,
/// `pandas.DataFrame.from_arrow(t)` and `duckdb.sql("select … from t")` take its columns
/// as they are. It can be read any number of times. A `json` column (the `value` of
/// elements and references) holds compact JSON text.
#[pyclass(frozen, module = "gongwen", name = "ArrowTable")]
pub struct Table {
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
}

#[pymethods]
impl Table {
    /// The Arrow C stream of the batches, in a capsule named `arrow_array_stream`.
    /// `requested_schema` is accepted and ignored (the protocol allows it): the columns
    /// have the types of `__arrow_c_schema__`.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_stream__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyCapsule>> {
        let _ = requested_schema;
        let batches: Vec<Result<RecordBatch, ArrowError>> = self.batches.iter().cloned().map(Ok).collect();
        let reader = RecordBatchIterator::new(batches, Arc::clone(&self.schema));
        let stream = FFI_ArrowArrayStream::new(Box::new(reader));
        PyCapsule::new_with_value(py, stream, c"arrow_array_stream")
    }

    /// The Arrow C schema of the table, in a capsule named `arrow_schema`.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema =
            FFI_ArrowSchema::try_from(self.schema.as_ref()).map_err(|e| PyValueError::new_err(e.to_string()))?;
        PyCapsule::new_with_value(py, schema, c"arrow_schema")
    }

    /// The number of rows.
    #[getter]
    fn num_rows(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    /// The column names, in order.
    #[getter]
    fn column_names(&self) -> Vec<String> {
        self.schema.fields().iter().map(|f| f.name().clone()).collect()
    }

    fn __len__(&self) -> usize {
        self.num_rows()
    }

    fn __repr__(&self) -> String {
        format!("<gongwen.ArrowTable rows={} columns={}>", self.num_rows(), self.schema.fields().len())
    }
}

/// What the `doc` column holds.
#[derive(Clone, Copy)]
enum DocColumn {
    /// No `doc` column (the table of one document).
    None,
    /// The document's position in the list, plus an offset.
    Position(i64),
    /// The document's id (null without one).
    Id,
}

/// The schema of the table: the builder's, with `doc` replaced or removed.
fn table_schema<R: Row>(doc: DocColumn) -> Schema {
    let base = gongwen_arrow::schema::<R>();
    let mut fields: Vec<Field> = base.fields().iter().map(|f| f.as_ref().clone()).collect();
    let first = fields.first().map(|f| f.metadata().clone()).unwrap_or_default();
    match doc {
        DocColumn::None => {
            fields.remove(0);
        }
        DocColumn::Position(_) => {
            let doc = "The document's position in the list, from 0.".to_owned();
            let meta = std::iter::once(("doc".to_owned(), doc)).collect();
            fields[0] = Field::new(gongwen_arrow::DOC, DataType::Int64, false).with_metadata(meta);
        }
        DocColumn::Id => {
            fields[0] = Field::new(gongwen_arrow::DOC, DataType::Utf8, true).with_metadata(first);
        }
    }
    Schema::new(fields)
}

/// The `doc` column of the rows of `docs` (`counts[i]` rows for document `i`, which is
/// document `first + i` of the list).
fn doc_array(docs: &[&Document], counts: &[usize], doc: DocColumn, first: usize) -> Option<ArrayRef> {
    let rows = counts.iter().sum();
    match doc {
        DocColumn::None => None,
        DocColumn::Position(offset) => {
            let mut b = Int64Builder::with_capacity(rows);
            for (i, &n) in counts.iter().enumerate() {
                let position = i64::try_from(first + i).unwrap_or(i64::MAX).saturating_add(offset);
                b.append_value_n(position, n);
            }
            Some(Arc::new(b.finish()))
        }
        DocColumn::Id => {
            let mut b = StringBuilder::with_capacity(rows, rows * 8);
            for (d, &n) in docs.iter().zip(counts) {
                match d.id() {
                    Some(id) => b.append_value_n(id, n),
                    None => (0..n).for_each(|_| b.append_null()),
                }
            }
            Some(Arc::new(b.finish()))
        }
    }
}

/// One batch of the rows of `docs` (documents `first …` of the list).
fn batch<R: Row + Clone>(
    docs: &[&Document],
    first: usize,
    schema: &SchemaRef,
    doc: DocColumn,
    rows_of: &(dyn Fn(&Document) -> Cow<'_, [R]> + Sync),
) -> Result<RecordBatch, ArrowError> {
    let rows: Vec<Cow<'_, [R]>> = docs.iter().map(|d| rows_of(d)).collect();
    let counts: Vec<usize> = rows.iter().map(|r| r.len()).collect();
    let mut table = TableBuilder::<R>::with_capacity(counts.iter().sum());
    for r in &rows {
        table.push_document("", r);
    }
    let built = table.finish()?;
    let mut columns: Vec<ArrayRef> = built.columns().to_vec();
    match doc_array(docs, &counts, doc, first) {
        Some(array) => columns[0] = array,
        None => {
            columns.remove(0);
        }
    }
    RecordBatch::try_new(Arc::clone(schema), columns)
}

/// Documents per batch: enough batches for every core, none too small.
fn chunk_len(docs: usize) -> usize {
    let parts = rayon::current_num_threads().max(1) * 4;
    docs.div_ceil(parts).max(64)
}

/// The table of the rows `rows_of` gives for each document, built in parallel.
fn build<R: Row + Clone>(
    py: Python<'_>,
    docs: &[&Document],
    doc: DocColumn,
    rows_of: &(dyn Fn(&Document) -> Cow<'_, [R]> + Sync),
) -> PyResult<Table> {
    let schema = Arc::new(table_schema::<R>(doc));
    let chunk = chunk_len(docs.len());
    let batches = py.detach(|| {
        docs.par_chunks(chunk)
            .enumerate()
            .map(|(k, part)| batch(part, k * chunk, &schema, doc, rows_of))
            .collect::<Result<Vec<_>, _>>()
    });
    let batches = batches.map_err(|e| PyValueError::new_err(format!("cannot build the Arrow table: {e}")))?;
    Ok(Table { schema, batches })
}

/// The rows of `what` (`outline`, `quantities`, …) of `docs` as an Arrow table: `doc` (when
/// `with_doc`: the ids when `ids` is true, or `None` and a document has an id; else the
/// positions, from `first`), `index` for row types without that field, then the row's
/// fields.
#[pyfunction]
#[pyo3(name = "_arrow_table", signature = (docs, what, *, with_doc = true, ids = None, first = 0))]
pub fn arrow_table(
    py: Python<'_>,
    docs: &Bound<'_, PyAny>,
    what: &str,
    with_doc: bool,
    ids: Option<bool>,
    first: i64,
) -> PyResult<Table> {
    let bound = crate::columns::documents(docs)?;
    let docs: Vec<&Document> = bound.iter().map(Bound::get).collect();
    let doc = if !with_doc {
        DocColumn::None
    } else if ids.unwrap_or_else(|| docs.iter().any(|d| d.id().is_some())) {
        DocColumn::Id
    } else {
        DocColumn::Position(first)
    };
    match what {
        "outline" => build::<OutlineRow>(py, &docs, doc, &|d| Cow::Borrowed(&d.view().nodes)),
        "quantities" => build::<QuantityRow>(py, &docs, doc, &|d| Cow::Borrowed(&d.view().quantities)),
        "noise" => build::<NoiseRow>(py, &docs, doc, &|d| Cow::Borrowed(&d.view().noise)),
        "diagnostics" => build::<DiagnosticRow>(py, &docs, doc, &|d| Cow::Borrowed(&d.view().diagnostics)),
        "elements" => build::<ElementRow>(py, &docs, doc, &|d| Cow::Borrowed(&d.view().elements)),
        "references" => build::<ReferenceRow>(py, &docs, doc, &|d| Cow::Borrowed(d.reference_rows())),
        "documents" => {
            // One row per document: the position in the document `index` would be is 0.
            let table = build::<DocumentRow>(py, &docs, doc, &|d| Cow::Owned(vec![d.document_row()]))?;
            table.without(gongwen_arrow::INDEX)
        }
        _ => Err(PyTypeError::new_err(format!("unknown table {what:?}"))),
    }
}

impl Table {
    /// The table without the column `name`.
    fn without(self, name: &str) -> PyResult<Table> {
        let keep: Vec<usize> =
            (0..self.schema.fields().len()).filter(|&i| self.schema.field(i).name() != name).collect();
        let err = |e: ArrowError| PyValueError::new_err(e.to_string());
        let schema = Arc::new(self.schema.project(&keep).map_err(err)?);
        let batches = self.batches.iter().map(|b| b.project(&keep)).collect::<Result<Vec<_>, _>>().map_err(err)?;
        Ok(Table { schema, batches })
    }
}
