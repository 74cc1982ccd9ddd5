//! gongwen's flat rows as Apache Arrow record batches, built column by column.
//!
//! A [`TableBuilder`] turns the rows of [`gongwen::export`] ([`OutlineRow`],
//! [`QuantityRow`], [`ElementRow`], [`ReferenceRow`], [`NoiseRow`], [`DiagnosticRow`], or
//! any other [`Row`]) into [`RecordBatch`]es. It is a [`RowVisitor`]: each value a row
//! hands it is appended to the typed builder of its column, so a row costs no allocation
//! of its own (a JSON value is written straight into its column's bytes).
//!
//! The columns are those of the Python frames: `doc` (the document's id), then `index`
//! when the row type has no `index` field (the row's position in its document), then the
//! row's fields in the order of [`Row::FIELDS`], with their names. The schema is derived
//! from that table ([`schema`]), so a field added to a row appears here with no change:
//!
//! | [`FieldType`] | Arrow type |
//! |---|---|
//! | `Int`, `OptInt` | `Int64` (signed: what pandas, polars and DuckDB use for counts and offsets; every value fits) |
//! | `Float`, `OptFloat` | `Float64` |
//! | `Str`, `OptStr` | `Utf8` |
//! | `Bool` | `Boolean` |
//! | `Json` | `Utf8`, each value compact JSON text (a string value is quoted: `"2019-01-22"`) |
//!
//! Each field carries metadata: `doc` (its documentation), `gongwen.type` (`int`, `int?`,
//! `float?`, `str`, `json` … as [`FieldType::as_str`] writes it) and, for an index of an
//! outline row, `gongwen.link` = `outline`. A `json` column is read back with
//! `json.loads` (Python) or `json_extract` (DuckDB). Only the optional types, and `json`
//! (whose value may be `null`), are nullable.
//!
//! With the `parquet` or `ipc` feature, [`TableFile`] writes the batches of a stream of
//! documents to a Parquet file (row groups as they fill, snappy-compressed) or an Arrow
//! IPC file, with memory bounded by one batch. The `ffi` feature turns on the Arrow C
//! data interface of `arrow-array` (`arrow_array::ffi_stream`), for the Python bindings.
//!
//! ```
//! use gongwen::export::{OutlineRow, outline_rows};
//! use gongwen_arrow::TableBuilder;
//!
//! let doc = gongwen::parse("一、总则\n（一）目标\n二、附则\n");
//! let mut table = TableBuilder::<OutlineRow>::new();
//! table.push_document("govcn:1", &outline_rows(&doc));
//! let batch = table.finish().unwrap();
//! assert_eq!(batch.num_rows(), 3);
//! assert_eq!(batch.schema().field(0).name(), "doc");
//! assert_eq!(batch.schema().field(1).name(), "index");
//! ```

use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, DataType, Field as ArrowField, Schema, SchemaRef};
use gongwen::export::{Field, FieldType, JsonValue, Link, Row, RowVisitor};
use std::collections::HashMap;
use std::marker::PhantomData;
use std::sync::Arc;

pub use arrow_array;
pub use arrow_schema;
pub use gongwen::export::{DiagnosticRow, ElementRow, NoiseRow, OutlineRow, QuantityRow, ReferenceRow};

#[cfg(any(feature = "parquet", feature = "ipc"))]
mod file;
#[cfg(any(feature = "parquet", feature = "ipc"))]
pub use file::{FileFormat, TableFile};

/// The name of the column holding the document's id.
pub const DOC: &str = "doc";
/// The name of the column holding a row's position in its document, for row types that
/// have no `index` field of their own.
pub const INDEX: &str = "index";

/// True when rows of type `R` get an `index` column: their position in their document
/// (an outline row has its own `index` field).
///
/// ```
/// use gongwen_arrow::{OutlineRow, QuantityRow, has_position};
/// assert!(!has_position::<OutlineRow>());
/// assert!(has_position::<QuantityRow>());
/// ```
#[must_use]
pub fn has_position<R: Row>() -> bool {
    !R::FIELDS.iter().any(|f| f.name == INDEX)
}

/// The Arrow type of a field type (see the table of the crate documentation).
///
/// ```
/// use gongwen::export::FieldType;
/// use gongwen_arrow::arrow_schema::DataType;
/// assert_eq!(gongwen_arrow::data_type(FieldType::OptInt), DataType::Int64);
/// assert_eq!(gongwen_arrow::data_type(FieldType::Json), DataType::Utf8);
/// ```
#[must_use]
pub fn data_type(ty: FieldType) -> DataType {
    match ty {
        FieldType::Int | FieldType::OptInt => DataType::Int64,
        FieldType::Float | FieldType::OptFloat => DataType::Float64,
        FieldType::Bool => DataType::Boolean,
        // Str, OptStr, Json, and any later type: text.
        _ => DataType::Utf8,
    }
}

/// True when a column of this field type may hold nulls: the optional types, and `json`
/// (whose value may be `null`).
///
/// ```
/// use gongwen::export::FieldType;
/// assert!(gongwen_arrow::nullable(FieldType::Json));
/// assert!(!gongwen_arrow::nullable(FieldType::Str));
/// ```
#[must_use]
pub fn nullable(ty: FieldType) -> bool {
    ty.nullable() || !matches!(ty, FieldType::Int | FieldType::Float | FieldType::Str | FieldType::Bool)
}

/// The Arrow field of a row field: same name, [`data_type`], [`nullable`], and the
/// metadata `doc`, `gongwen.type` and (for an index of a row) `gongwen.link`.
///
/// ```
/// use gongwen::export::Row;
/// use gongwen_arrow::QuantityRow;
/// let node = QuantityRow::FIELDS.iter().find(|f| f.name == "node").unwrap();
/// let field = gongwen_arrow::arrow_field(node);
/// assert!(field.is_nullable());
/// assert_eq!(field.metadata()["gongwen.type"], "int?");
/// assert_eq!(field.metadata()["gongwen.link"], "outline");
/// ```
#[must_use]
pub fn arrow_field(field: &Field) -> ArrowField {
    let mut meta = HashMap::from([
        ("doc".to_owned(), field.doc.trim_end().to_owned()),
        ("gongwen.type".to_owned(), field.ty.as_str().to_owned()),
    ]);
    if let Some(link) = field.link {
        let target = match link {
            Link::Outline => "outline".to_owned(),
            other => format!("{other:?}").to_lowercase(),
        };
        meta.insert("gongwen.link".to_owned(), target);
    }
    ArrowField::new(field.name, data_type(field.ty), nullable(field.ty)).with_metadata(meta)
}

/// The schema of a table of `R` rows: `doc`, `index` when `R` has no such field
/// ([`has_position`]), then one column per field of [`Row::FIELDS`] ([`arrow_field`]).
///
/// ```
/// use gongwen::export::Row;
/// use gongwen_arrow::QuantityRow;
/// let schema = gongwen_arrow::schema::<QuantityRow>();
/// assert_eq!(schema.fields().len(), QuantityRow::FIELDS.len() + 2);
/// assert_eq!(schema.field(2).name(), "char_start");
/// ```
#[must_use]
pub fn schema<R: Row>() -> Schema {
    let doc = ArrowField::new(DOC, DataType::Utf8, false)
        .with_metadata(HashMap::from([("doc".to_owned(), "The document's id.".to_owned())]));
    let mut fields = vec![doc];
    if has_position::<R>() {
        let index = ArrowField::new(INDEX, DataType::Int64, false).with_metadata(HashMap::from([(
            "doc".to_owned(),
            "Position of the row in its document, from 0.".to_owned(),
        )]));
        fields.push(index);
    }
    fields.extend(R::FIELDS.iter().map(arrow_field));
    Schema::new(fields)
}

/// The builder of one column.
#[derive(Debug)]
enum Column {
    /// `Int64`.
    Int(Int64Builder),
    /// `Float64`.
    Float(Float64Builder),
    /// `Utf8` (strings and JSON text).
    Str(StringBuilder),
    /// `Boolean`.
    Bool(BooleanBuilder),
}

impl Column {
    /// An empty builder for values of `ty`, with room for `rows` values.
    fn new(ty: &DataType, rows: usize) -> Self {
        match ty {
            DataType::Int64 => Column::Int(Int64Builder::with_capacity(rows)),
            DataType::Float64 => Column::Float(Float64Builder::with_capacity(rows)),
            DataType::Boolean => Column::Bool(BooleanBuilder::with_capacity(rows)),
            _ => Column::Str(StringBuilder::with_capacity(rows, rows.saturating_mul(16))),
        }
    }

    /// Appends a null.
    fn null(&mut self) {
        match self {
            Column::Int(b) => b.append_null(),
            Column::Float(b) => b.append_null(),
            Column::Str(b) => b.append_null(),
            Column::Bool(b) => b.append_null(),
        }
    }

    /// The values appended so far, as an array; the builder starts again empty.
    fn finish(&mut self) -> ArrayRef {
        match self {
            Column::Int(b) => Arc::new(b.finish()),
            Column::Float(b) => Arc::new(b.finish()),
            Column::Str(b) => Arc::new(b.finish()),
            Column::Bool(b) => Arc::new(b.finish()),
        }
    }
}

/// Appends the values of one row to the columns of its fields, in field order: each
/// visitor call fills the next column. A value whose type is not its column's (which the
/// field tables rule out) becomes a null rather than a shifted column.
struct Append<'c> {
    /// The columns of the row's fields.
    columns: std::slice::IterMut<'c, Column>,
}

impl RowVisitor for Append<'_> {
    #[inline]
    fn int(&mut self, _: &'static str, value: u64) {
        match (self.columns.next(), i64::try_from(value)) {
            (Some(Column::Int(b)), Ok(v)) => b.append_value(v),
            // Past i64 (no row field is): null, not a wrong value.
            (Some(other), _) => other.null(),
            (None, _) => {}
        }
    }

    #[inline]
    fn float(&mut self, _: &'static str, value: f64) {
        match self.columns.next() {
            Some(Column::Float(b)) => b.append_value(value),
            Some(other) => other.null(),
            None => {}
        }
    }

    #[inline]
    fn str(&mut self, _: &'static str, value: &str) {
        match self.columns.next() {
            Some(Column::Str(b)) => b.append_value(value),
            Some(other) => other.null(),
            None => {}
        }
    }

    #[inline]
    fn bool(&mut self, _: &'static str, value: bool) {
        match self.columns.next() {
            Some(Column::Bool(b)) => b.append_value(value),
            Some(other) => other.null(),
            None => {}
        }
    }

    #[inline]
    fn null(&mut self, _: &'static str) {
        if let Some(c) = self.columns.next() {
            c.null();
        }
    }

    /// Compact JSON text, written into the column's bytes (a string is quoted); `null`
    /// is a null.
    fn json(&mut self, _: &'static str, value: &JsonValue) {
        match (self.columns.next(), value) {
            (Some(c), JsonValue::Null) => c.null(),
            (Some(Column::Str(b)), v) => {
                // The builder is a `fmt::Write` that never fails; `append_value("")`
                // closes the value written into it.
                let _ = v.write_json(b);
                b.append_value("");
            }
            (Some(other), _) => other.null(),
            (None, _) => {}
        }
    }
}

/// Builds record batches of `R` rows, column by column (see the crate documentation).
///
/// Push the rows of each document with [`TableBuilder::push_document`], then take a batch
/// with [`TableBuilder::finish`]; the builder is empty again and can go on. Memory is the
/// rows pushed since the last batch.
///
/// ```
/// use gongwen::export::quantity_rows;
/// use gongwen_arrow::{QuantityRow, TableBuilder};
/// use gongwen_arrow::arrow_array::{Array, Float64Array, Int64Array, StringArray};
///
/// let mut table = TableBuilder::<QuantityRow>::new();
/// for (id, text) in [("a", "新建幼儿园8所，学位3.5万个。\n"), ("b", "约XX所。\n")] {
///     table.push_document(id, &quantity_rows(&gongwen::parse(text)));
/// }
/// let batch = table.finish().unwrap();
/// let col = |name: &str| batch.column_by_name(name).unwrap().clone();
/// let doc = col("doc");
/// let doc = doc.as_any().downcast_ref::<StringArray>().unwrap();
/// let index = col("index");
/// let index = index.as_any().downcast_ref::<Int64Array>().unwrap();
/// let value = col("value");
/// let value = value.as_any().downcast_ref::<Float64Array>().unwrap();
/// assert_eq!((doc.value(1), index.value(1), value.value(1)), ("a", 1, 35000.0));
/// assert_eq!((doc.value(2), index.value(2)), ("b", 0));
/// assert!(value.is_null(2), "a placeholder has no value");
/// ```
#[derive(Debug)]
pub struct TableBuilder<R> {
    /// The table's schema ([`schema`]).
    schema: SchemaRef,
    /// The `doc` column.
    doc: StringBuilder,
    /// The `index` column, when `R` has no `index` field.
    position: Option<Int64Builder>,
    /// One builder per field of `R`, in field order.
    columns: Vec<Column>,
    /// Rows pushed since the last batch.
    rows: usize,
    /// The row type.
    row: PhantomData<fn(&R)>,
}

impl<R: Row> Default for TableBuilder<R> {
    fn default() -> Self {
        Self::new()
    }
}

impl<R: Row> TableBuilder<R> {
    /// An empty table of `R` rows.
    ///
    /// ```
    /// let table = gongwen_arrow::TableBuilder::<gongwen_arrow::OutlineRow>::new();
    /// assert!(table.is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::with_capacity(1024)
    }

    /// An empty table with room for `rows` rows before its builders grow.
    ///
    /// ```
    /// let table = gongwen_arrow::TableBuilder::<gongwen_arrow::ElementRow>::with_capacity(64);
    /// assert_eq!(table.len(), 0);
    /// ```
    #[must_use]
    pub fn with_capacity(rows: usize) -> Self {
        let schema = Arc::new(schema::<R>());
        let skip = if has_position::<R>() { 2 } else { 1 };
        let columns = schema.fields().iter().skip(skip).map(|f| Column::new(f.data_type(), rows)).collect();
        TableBuilder {
            schema,
            doc: StringBuilder::with_capacity(rows, rows.saturating_mul(8)),
            position: has_position::<R>().then(|| Int64Builder::with_capacity(rows)),
            columns,
            rows: 0,
            row: PhantomData,
        }
    }

    /// The schema of the batches ([`schema`]).
    ///
    /// ```
    /// let table = gongwen_arrow::TableBuilder::<gongwen_arrow::ReferenceRow>::new();
    /// assert_eq!(table.schema().field(0).name(), "doc");
    /// ```
    #[must_use]
    pub fn schema(&self) -> SchemaRef {
        Arc::clone(&self.schema)
    }

    /// Rows pushed since the last batch.
    ///
    /// ```
    /// let doc = gongwen::parse("一、总则\n");
    /// let mut table = gongwen_arrow::TableBuilder::new();
    /// table.push_document("a", &gongwen::export::outline_rows(&doc));
    /// assert_eq!(table.len(), 1);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.rows
    }

    /// True when no row was pushed since the last batch.
    ///
    /// ```
    /// assert!(gongwen_arrow::TableBuilder::<gongwen_arrow::NoiseRow>::new().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Appends the rows of one document, `id` in their `doc` column (and their positions
    /// in the `index` column when `R` has no `index` field). A document with no rows adds
    /// nothing.
    ///
    /// ```
    /// let doc = gongwen::parse("第一条 甲。\n第二条 依照本法第一条处理。\n");
    /// let mut table = gongwen_arrow::TableBuilder::new();
    /// table.push_document("法", &gongwen::export::reference_rows(&doc));
    /// table.push_document("空", &gongwen::export::reference_rows(&gongwen::parse("")));
    /// assert_eq!(table.len(), 1);
    /// ```
    pub fn push_document(&mut self, id: &str, rows: &[R]) {
        self.doc.append_value_n(id, rows.len());
        if let Some(position) = &mut self.position {
            for i in 0..rows.len() {
                // Positions past i64 cannot occur (a slice holds fewer rows).
                position.append_value(i64::try_from(i).unwrap_or(i64::MAX));
            }
        }
        for row in rows {
            row.visit(&mut Append { columns: self.columns.iter_mut() });
        }
        self.rows += rows.len();
    }

    /// The rows pushed since the last batch as one record batch; the builder is empty
    /// again.
    ///
    /// ```
    /// let mut table = gongwen_arrow::TableBuilder::<gongwen_arrow::DiagnosticRow>::new();
    /// let empty = table.finish().unwrap();
    /// assert_eq!(empty.num_rows(), 0);
    /// assert_eq!(empty.schema(), table.schema());
    /// ```
    ///
    /// # Errors
    /// When a column does not match the schema (a row whose [`Row::visit`] does not follow
    /// its [`Row::FIELDS`]: a bug of the row type, reported rather than written).
    pub fn finish(&mut self) -> Result<RecordBatch, ArrowError> {
        let mut arrays: Vec<ArrayRef> = Vec::with_capacity(self.schema.fields().len());
        arrays.push(Arc::new(self.doc.finish()));
        if let Some(position) = &mut self.position {
            arrays.push(Arc::new(position.finish()));
        }
        arrays.extend(self.columns.iter_mut().map(Column::finish));
        self.rows = 0;
        RecordBatch::try_new(Arc::clone(&self.schema), arrays)
    }
}
