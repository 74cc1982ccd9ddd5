//! Python bindings of gongwen: the private native module `gongwen._gongwen`.
//!
//! The public API is the Python package `gongwen` (`python/gongwen/__init__.py`), which
//! re-exports what is here and adds the pure-Python helpers (frames, notebook display,
//! `python -m gongwen`). Everything that touches many documents releases the GIL and runs
//! on rayon (see [`batch`]).

mod arrow;
mod batch;
mod columns;
mod document;
mod errors;
mod jsonl;

use crate::errors::Origin;
use document::Document;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// Parses one text (`str`, or UTF-8 `bytes`) into a `Document`, named `id`.
#[pyfunction]
#[pyo3(signature = (text, *, id = None))]
fn parse(py: Python<'_>, text: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<Document> {
    let input = batch::extract(text, &Origin::default())?;
    let doc = batch::parse_texts(py, vec![input.text], None, |_| Origin::default())?.pop();
    doc.map(|d| Document::new(py, d, input.original).with_id(id))
        .ok_or_else(|| pyo3::exceptions::PyValueError::new_err("no document"))
}

/// Parses many texts on all cores (or `threads` threads) with the GIL released; results in
/// input order. `ids` (an iterable of `str` or `None`, one per text) name the documents. A bad input
/// raises `GongwenError` naming its index; a `str` or `bytes` given as `texts` (which would
/// be parsed character by character) raises `TypeError`.
#[pyfunction]
#[pyo3(signature = (texts, *, ids = None, threads = None))]
fn parse_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    ids: Option<&Bound<'_, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Vec<Document>> {
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "parse_many expects an iterable of texts, not one {}: use gongwen.parse(text), or parse_many([text])",
            texts.get_type().name()?
        )));
    }
    let items = texts.try_iter()?.map(|item| item.map(Bound::unbind)).collect::<PyResult<Vec<_>>>()?;
    let ids = ids.map(|ids| batch::extract_ids(ids, items.len())).transpose()?;
    let docs = batch::parse_items(py, items, threads)?;
    let docs = docs.into_iter().map(|(d, o)| Document::new(py, d, o));
    Ok(match ids {
        Some(ids) => docs.zip(ids).map(|(d, id)| d.with_id(id)).collect(),
        None => docs.collect(),
    })
}

/// Reads and parses the bytes of a file or a buffer (`gongwen.parse_file`,
/// `gongwen.parse_bytes`) with `gongwen_read`: text in UTF-8, GB18030/GBK or UTF-16, .docx
/// or HTML. `encoding` is `auto`, `utf-8`, `gb18030` or `utf-16`; `format` is `auto`
/// (the extension of `path`, else sniffed), `text`, `docx` or `html`; `lossy` replaces
/// malformed bytes of a forced encoding instead of raising.
#[pyfunction]
#[pyo3(name = "_parse_bytes", signature = (data, *, path = None, lossy = false, encoding = "auto", format = "auto"))]
fn parse_bytes(
    py: Python<'_>,
    data: &Bound<'_, PyBytes>,
    path: Option<String>,
    lossy: bool,
    encoding: &str,
    format: &str,
) -> PyResult<Document> {
    let value_error = pyo3::exceptions::PyValueError::new_err;
    let encoding = gongwen_read::EncodingChoice::from_name(encoding)
        .ok_or_else(|| value_error(format!("unknown encoding {encoding:?} (auto, utf-8, gb18030, utf-16)")))?;
    let format = match gongwen_read::Format::from_name(format) {
        Some(gongwen_read::Format::Auto) => {
            path.as_deref().and_then(gongwen_read::Format::from_path).unwrap_or_default()
        }
        Some(f) => f,
        None => return Err(value_error(format!("unknown format {format:?} (auto, text, docx, html)"))),
    };
    let opts = gongwen_read::ReadOptions::new().format(format).encoding(encoding).lossy(lossy);
    let bytes = data.as_bytes();
    let origin = Origin { path, ..Origin::default() };
    let parsed = batch::detach_map(py, vec![bytes], bytes.len(), None, |b| {
        Ok(gongwen_read::decode(b, &opts).map(|src| {
            let source = document::Source::from_read(&src);
            (gongwen::parse(&src.text).into_owned(), source)
        }))
    })?
    .pop();
    match parsed {
        Some(Ok(Ok((doc, source)))) => Ok(Document::new(py, doc, None).with_source(source).with_id(origin.path)),
        Some(Ok(Err(e))) => Err(errors::read_error(py, &origin, &e)),
        Some(Err(msg)) => Err(errors::error(py, &origin, &msg)),
        None => Err(value_error("no document".to_owned())),
    }
}

/// The rows of `doc` as JSON Lines, exactly as the CLI prints them: `what` is `outline`,
/// `quantities`, `elements`, `references` or `parse` (one line for the whole document).
#[pyfunction]
#[pyo3(name = "_jsonl")]
fn rows_jsonl(doc: &Bound<'_, Document>, what: &str) -> PyResult<String> {
    let view = doc.get().view();
    let mut out = String::new();
    let mut push = |r: Result<String, serde_json::Error>| -> PyResult<()> {
        out.push_str(&r.map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?);
        out.push('\n');
        Ok(())
    };
    match what {
        "outline" => view.nodes.iter().try_for_each(|r| push(serde_json::to_string(r)))?,
        "quantities" => view.quantities.iter().try_for_each(|r| push(serde_json::to_string(r)))?,
        "elements" => view.elements.iter().try_for_each(|r| push(serde_json::to_string(r)))?,
        "references" => doc.get().reference_rows().iter().try_for_each(|r| push(serde_json::to_string(r)))?,
        "parse" => push(serde_json::to_string(&doc.get().whole()))?,
        _ => return Err(pyo3::exceptions::PyValueError::new_err(format!("unknown rows {what:?}"))),
    }
    Ok(out)
}

#[pymodule]
fn _gongwen(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("GongwenError", py.get_type::<errors::GongwenError>())?;
    m.add("InputTypeError", errors::input_type_error(py)?)?;
    m.add_class::<Document>()?;
    m.add_class::<arrow::Table>()?;
    m.add_class::<document::Node>()?;
    m.add_class::<document::Quantity>()?;
    m.add_class::<document::Noise>()?;
    m.add_class::<document::Diagnostic>()?;
    m.add_class::<document::Element>()?;
    m.add_class::<document::Reference>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    m.add_function(wrap_pyfunction!(parse_bytes, m)?)?;
    m.add_function(wrap_pyfunction!(jsonl::read_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(rows_jsonl, m)?)?;
    m.add_function(wrap_pyfunction!(document::item, m)?)?;
    m.add_function(wrap_pyfunction!(document::restore, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::arrow_table, m)?)?;
    columns::add_schemas(m)?;
    Ok(())
}
