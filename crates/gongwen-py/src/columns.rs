//! Columnar data (`dict[str, list]`) for DataFrames: one pass over the documents' rows,
//! character offsets included, with a `doc` column when several documents are stacked.
//! `gongwen.frames` turns the dict into a pandas or polars frame.
//!
//! The columns are the row's fields ([`Row::FIELDS`]), filled by a [`RowVisitor`], after
//! `doc` and, for rows without an `index` field, `index` (the row's position in its
//! document). The field tables are also given to Python ([`add_schemas`]), where the frames
//! take their column types and the tests compare them with the attributes and the stubs.

use crate::document::Document;
use gongwen::export::{
    DiagnosticRow, ElementRow, Field, JsonValue, Link, NoiseRow, OutlineRow, QuantityRow, ReferenceRow, Row, RowVisitor,
};
use pyo3::BoundObject;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

fn documents<'py>(docs: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, Document>>> {
    docs.try_iter()?
        .enumerate()
        .map(|(i, item)| {
            let item = item?;
            item.cast_into::<Document>().map_err(|e| {
                pyo3::exceptions::PyTypeError::new_err(format!(
                    "item {i}: expected gongwen.Document ({})",
                    e.into_inner()
                ))
            })
        })
        .collect()
}

/// Appends the values of rows to one list per field.
struct Columns<'py> {
    py: Python<'py>,
    lists: Vec<Vec<Bound<'py, PyAny>>>,
    /// The field the next value belongs to.
    at: usize,
}

impl<'py> Columns<'py> {
    fn push(&mut self, value: Bound<'py, PyAny>) {
        if let Some(list) = self.lists.get_mut(self.at) {
            list.push(value);
        }
        self.at += 1;
    }

    fn push_into<T: IntoPyObject<'py, Error = std::convert::Infallible>>(&mut self, value: T) {
        let Ok(v) = value.into_pyobject(self.py);
        self.push(v.into_bound().into_any());
    }
}

impl RowVisitor for Columns<'_> {
    fn int(&mut self, _: &'static str, value: u64) {
        self.push_into(value);
    }

    fn float(&mut self, _: &'static str, value: f64) {
        self.push_into(value);
    }

    fn str(&mut self, _: &'static str, value: &str) {
        self.push_into(value);
    }

    fn bool(&mut self, _: &'static str, value: bool) {
        self.push_into(value);
    }

    fn null(&mut self, _: &'static str) {
        self.push(self.py.None().into_bound(self.py));
    }

    fn json(&mut self, _: &'static str, value: &JsonValue) {
        self.push(crate::document::json_to_py(self.py, value));
    }
}

/// The `doc` value of each document: its id when any document has one (`None` for those
/// without), else its position.
fn doc_values<'py>(py: Python<'py>, docs: &[Bound<'py, Document>]) -> Vec<Bound<'py, PyAny>> {
    let with_ids = docs.iter().any(|d| d.get().id().is_some());
    let value = |(i, d): (usize, &Bound<'py, Document>)| -> Bound<'py, PyAny> {
        if !with_ids {
            let Ok(v) = i.into_pyobject(py);
            return v.into_any();
        }
        match d.get().id() {
            Some(id) => PyString::new(py, id).into_any(),
            None => py.None().into_bound(py),
        }
    };
    docs.iter().enumerate().map(value).collect()
}

/// The rows `rows_of` picks from each document, as columns: `doc` (when `with_doc`: the
/// document's id, or its position when no document has an id), `index` (when the row has
/// no such field), then the row's fields.
fn row_columns<'py, R: Row>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    with_doc: bool,
    rows_of: fn(&Document) -> &[R],
) -> PyResult<Bound<'py, PyDict>> {
    let docs = documents(docs)?;
    let doc_values = doc_values(py, &docs);
    let (mut doc_col, mut index_col) = (Vec::new(), Vec::new());
    let mut cols = Columns { py, lists: vec![Vec::new(); R::FIELDS.len()], at: 0 };
    for (doc, doc_value) in docs.iter().zip(&doc_values) {
        for (i, row) in rows_of(doc.get()).iter().enumerate() {
            doc_col.push(doc_value.clone());
            index_col.push(i);
            cols.at = 0;
            row.visit(&mut cols);
        }
    }
    let out = PyDict::new(py);
    if with_doc {
        out.set_item("doc", PyList::new(py, doc_col)?)?;
    }
    if !R::FIELDS.iter().any(|f| f.name == "index") {
        out.set_item("index", index_col)?;
    }
    for (field, list) in R::FIELDS.iter().zip(cols.lists) {
        out.set_item(field.name, PyList::new(py, list)?)?;
    }
    Ok(out)
}

/// Outline rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_outline_columns", signature = (docs, *, with_doc))]
pub fn outline_columns<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>, with_doc: bool) -> PyResult<Bound<'py, PyDict>> {
    row_columns(py, docs, with_doc, |d| &d.view().nodes)
}

/// Quantity rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_quantities_columns", signature = (docs, *, with_doc))]
pub fn quantities_columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    with_doc: bool,
) -> PyResult<Bound<'py, PyDict>> {
    row_columns(py, docs, with_doc, |d| &d.view().quantities)
}

/// Element rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_elements_columns", signature = (docs, *, with_doc))]
pub fn elements_columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    with_doc: bool,
) -> PyResult<Bound<'py, PyDict>> {
    row_columns(py, docs, with_doc, |d| &d.view().elements)
}

/// Reference rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_references_columns", signature = (docs, *, with_doc))]
pub fn references_columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    with_doc: bool,
) -> PyResult<Bound<'py, PyDict>> {
    row_columns(py, docs, with_doc, Document::reference_rows)
}

/// Noise rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_noise_columns", signature = (docs, *, with_doc))]
pub fn noise_columns<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>, with_doc: bool) -> PyResult<Bound<'py, PyDict>> {
    row_columns(py, docs, with_doc, |d| &d.view().noise)
}

/// Diagnostic rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_diagnostics_columns", signature = (docs, *, with_doc))]
pub fn diagnostics_columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    with_doc: bool,
) -> PyResult<Bound<'py, PyDict>> {
    row_columns(py, docs, with_doc, |d| &d.view().diagnostics)
}

/// One row type's field table as Python data: `(name, type, link, doc)` tuples, `type` as
/// [`gongwen::export::FieldType::as_str`] writes it, `link` `"outline"` or `None`.
fn schema<'py>(py: Python<'py>, fields: &[Field]) -> PyResult<Bound<'py, PyTuple>> {
    let items = fields.iter().map(|f| {
        let link = f.link.map(|l| match l {
            Link::Outline => "outline",
            _ => "other",
        });
        let doc: Vec<&str> = f.doc.lines().map(str::trim).collect();
        (f.name, f.ty.as_str(), link, doc.join(" "))
    });
    PyTuple::new(py, items)
}

/// Adds the field tables to the module: `OUTLINE_FIELDS`, `QUANTITY_FIELDS`, `NOISE_FIELDS`,
/// `DIAGNOSTIC_FIELDS`, `ELEMENT_FIELDS` and `REFERENCE_FIELDS` (the names, in order) and
/// `_SCHEMAS` (`{"outline": schema, …}`, see [`schema`]).
pub fn add_schemas(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let tables: [(&str, &str, &[Field]); 6] = [
        ("outline", "OUTLINE_FIELDS", OutlineRow::FIELDS),
        ("quantities", "QUANTITY_FIELDS", QuantityRow::FIELDS),
        ("noise", "NOISE_FIELDS", NoiseRow::FIELDS),
        ("diagnostics", "DIAGNOSTIC_FIELDS", DiagnosticRow::FIELDS),
        ("elements", "ELEMENT_FIELDS", ElementRow::FIELDS),
        ("references", "REFERENCE_FIELDS", ReferenceRow::FIELDS),
    ];
    let schemas = PyDict::new(py);
    for (key, names, fields) in tables {
        m.add(names, PyTuple::new(py, fields.iter().map(|f| f.name))?)?;
        schemas.set_item(key, schema(py, fields)?)?;
    }
    m.add("_SCHEMAS", schemas)
}
