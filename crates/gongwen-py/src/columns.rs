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

/// Outline rows of `docs` as columns.
#[pyfunction]
#[pyo3(name = "_outline_columns", signature = (docs, *, with_doc))]
pub fn outline_columns<'py>(py: Python<'py>, docs: &Bound<'py, PyAny>, with_doc: bool) -> PyResult<Bound<'py, PyDict>> {
    let docs = documents(docs)?;
    let mut doc_col = Vec::new();
    let mut index = Vec::new();
    let mut parent = Vec::new();
    let mut depth = Vec::new();
    let mut marker = Vec::new();
    let mut ordinal = Vec::new();
    let mut style = Vec::new();
    let mut heading = Vec::new();
    let mut tree = Vec::new();
    let mut path = Vec::new();
    let mut char_start = Vec::new();
    let mut char_end = Vec::new();
    let mut byte_start = Vec::new();
    let mut byte_end = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for r in &doc.get().view().nodes {
            doc_col.push(d);
            index.push(r.index);
            parent.push(r.parent);
            depth.push(r.depth);
            marker.push(r.marker.as_str());
            ordinal.push(r.ordinal);
            style.push(r.style);
            heading.push(r.heading.as_deref());
            tree.push(r.tree);
            path.push(r.path.as_str());
            char_start.push(r.char_start);
            char_end.push(r.char_end);
            byte_start.push(r.byte_start);
            byte_end.push(r.byte_end);
        }
    }
    let out = PyDict::new(py);
    if with_doc {
        out.set_item("doc", doc_col)?;
    }
    out.set_item("index", index)?;
    out.set_item("parent", parent)?;
    out.set_item("depth", depth)?;
    out.set_item("marker", marker)?;
    out.set_item("ordinal", ordinal)?;
    out.set_item("style", style)?;
    out.set_item("heading", heading)?;
    out.set_item("tree", tree)?;
    out.set_item("path", path)?;
    out.set_item("char_start", char_start)?;
    out.set_item("char_end", char_end)?;
    out.set_item("byte_start", byte_start)?;
    out.set_item("byte_end", byte_end)?;
    Ok(out)
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
    let mut doc_col = Vec::new();
    let mut index = Vec::new();
    let mut node = Vec::new();
    let mut path = Vec::new();
    let mut text = Vec::new();
    let mut value = Vec::new();
    let mut value_max = Vec::new();
    let mut unit = Vec::new();
    let mut comparator = Vec::new();
    let mut kind = Vec::new();
    let mut placeholder = Vec::new();
    let mut char_start = Vec::new();
    let mut char_end = Vec::new();
    let mut byte_start = Vec::new();
    let mut byte_end = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let view = doc.get().view();
        for (i, r) in view.quantities.iter().enumerate() {
            doc_col.push(d);
            index.push(i);
            node.push(r.node);
            path.push(r.node.and_then(|n| view.nodes.get(n)).map(|n| n.path.as_str()));
            text.push(r.text.as_str());
            value.push(r.value);
            value_max.push(r.value_max);
            unit.push(r.unit.as_deref());
            comparator.push(r.comparator);
            kind.push(r.kind);
            placeholder.push(r.placeholder);
            char_start.push(r.char_start);
            char_end.push(r.char_end);
            byte_start.push(r.byte_start);
            byte_end.push(r.byte_end);
        }
    }
    let out = PyDict::new(py);
    if with_doc {
        out.set_item("doc", doc_col)?;
    }
    out.set_item("index", index)?;
    out.set_item("node", node)?;
    out.set_item("path", path)?;
    out.set_item("text", text)?;
    out.set_item("value", value)?;
    out.set_item("value_max", value_max)?;
    out.set_item("unit", unit)?;
    out.set_item("comparator", comparator)?;
    out.set_item("kind", kind)?;
    out.set_item("placeholder", placeholder)?;
    out.set_item("char_start", char_start)?;
    out.set_item("char_end", char_end)?;
    out.set_item("byte_start", byte_start)?;
    out.set_item("byte_end", byte_end)?;
    Ok(out)
}
