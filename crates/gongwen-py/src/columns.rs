//! Columnar data (`dict[str, list]`) for DataFrames: one pass over the documents' rows,
//! character offsets included, with a `doc` column when several documents are stacked.
//! `gongwen.frames` turns the dict into a pandas or polars frame.

use crate::document::Document;
use pyo3::prelude::*;
use pyo3::types::PyDict;

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

/// Builds a `dict[str, list]` with one list per named column, filled in one pass over
/// `rows` (an iterator of `(doc position, row)`); the column list is written once.
macro_rules! columns {
    ($py:expr, $with_doc:expr, $rows:expr, |$r:ident| { $($name:ident: $value:expr),+ $(,)? }) => {{
        let mut doc_col = Vec::new();
        $(let mut $name = Vec::new();)+
        for (d, $r) in $rows {
            doc_col.push(d);
            $($name.push($value);)+
        }
        let out = PyDict::new($py);
        if $with_doc {
            out.set_item("doc", doc_col)?;
        }
        $(out.set_item(stringify!($name), $name)?;)+
        Ok(out)
    }};
}

/// Outline rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_outline_columns", signature = (docs, *, with_doc))]
pub fn outline_columns<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>, with_doc: bool) -> PyResult<Bound<'py, PyDict>> {
    let docs = documents(docs)?;
    let rows = docs.iter().enumerate().flat_map(|(d, doc)| doc.get().view().nodes.iter().map(move |r| (d, r)));
    columns!(py, with_doc, rows, |r| {
        index: r.index,
        parent: r.parent,
        depth: r.depth,
        marker: r.marker.as_str(),
        ordinal: r.ordinal,
        style: r.style,
        heading: r.heading.as_deref(),
        tree: r.tree,
        path: r.path.as_str(),
        char_start: r.char_start,
        char_end: r.char_end,
        byte_start: r.byte_start,
        byte_end: r.byte_end,
    })
}

/// Quantity rows of `docs` as columns, with the path of each figure's node.
#[pyfunction]
#[pyo3(name = "_quantities_columns", signature = (docs, *, with_doc))]
pub fn quantities_columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    with_doc: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let docs = documents(docs)?;
    let rows = docs.iter().enumerate().flat_map(|(d, doc)| {
        let view = doc.get().view();
        view.quantities.iter().enumerate().map(move |(i, r)| (d, (i, r, view)))
    });
    columns!(py, with_doc, rows, |q| {
        index: q.0,
        node: q.1.node,
        path: q.1.node.and_then(|n| q.2.nodes.get(n)).map(|n| n.path.as_str()),
        text: q.1.text.as_str(),
        value: q.1.value,
        value_max: q.1.value_max,
        unit: q.1.unit.as_deref(),
        comparator: q.1.comparator,
        kind: q.1.kind,
        placeholder: q.1.placeholder,
        char_start: q.1.char_start,
        char_end: q.1.char_end,
        byte_start: q.1.byte_start,
        byte_end: q.1.byte_end,
    })
}
