//! The field tables of the rows given to Python ([`add_schemas`]), where the frames take
//! their column types and the tests compare them with the attributes and the stubs; and
//! the documents of a Python iterable ([`documents`]), for the tables of `crate::arrow`.

use crate::document::Document;
use gongwen::export::{
    DiagnosticRow, DocumentRow, ElementRow, Field, Link, NoiseRow, OutlineRow, QuantityRow, ReferenceRow, Row,
};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple};

/// The documents of an iterable, or a `TypeError` naming the first item that is not one.
pub fn documents<'py>(docs: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, Document>>> {
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
/// `DIAGNOSTIC_FIELDS`, `ELEMENT_FIELDS`, `REFERENCE_FIELDS` and `DOCUMENT_FIELDS` (the
/// names, in order) and
/// `_SCHEMAS` (`{"outline": schema, …}`, see [`schema`]).
pub fn add_schemas(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    let tables: [(&str, &str, &[Field]); 7] = [
        ("outline", "OUTLINE_FIELDS", OutlineRow::FIELDS),
        ("quantities", "QUANTITY_FIELDS", QuantityRow::FIELDS),
        ("noise", "NOISE_FIELDS", NoiseRow::FIELDS),
        ("diagnostics", "DIAGNOSTIC_FIELDS", DiagnosticRow::FIELDS),
        ("elements", "ELEMENT_FIELDS", ElementRow::FIELDS),
        ("references", "REFERENCE_FIELDS", ReferenceRow::FIELDS),
        ("documents", "DOCUMENT_FIELDS", DocumentRow::FIELDS),
    ];
    let schemas = PyDict::new(py);
    for (key, names, fields) in tables {
        m.add(names, PyTuple::new(py, fields.iter().map(|f| f.name))?)?;
        schemas.set_item(key, schema(py, fields)?)?;
    }
    m.add("_SCHEMAS", schemas)
}
