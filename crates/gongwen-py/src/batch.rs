//! Turning Python inputs into documents: extract every text first (with the GIL), then
//! parse with the GIL released, on a rayon pool, then hand back documents in input order.
//!
//! [`detach_map`] is the one place that releases the GIL, runs work in parallel and turns
//! panics into errors; `parse`, `parse_many`, `parse_file` and `read_jsonl` all go through it.

use crate::errors::{self, Origin};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};
use rayon::prelude::*;

/// Inputs of at least this many bytes are parsed with the GIL released even when alone, so
/// other Python threads run meanwhile; smaller ones are not worth the round trip.
const DETACH_MIN_LEN: usize = 64 * 1024;

/// One input, extracted from Python: its text as Rust owns it, and the original `str`
/// object when there was one (so `Document.text` returns it without a copy).
pub struct Input {
    pub text: String,
    pub original: Option<Py<PyString>>,
}

/// Extracts a `str` (strict: lone surrogates are an error) or UTF-8 `bytes`.
pub fn extract(obj: &Bound<'_, PyAny>, origin: &Origin) -> PyResult<Input> {
    let py = obj.py();
    if let Ok(s) = obj.cast::<PyString>() {
        return match s.to_cow() {
            Ok(text) => Ok(Input { text: text.into_owned(), original: Some(s.clone().unbind()) }),
            Err(cause) => {
                let err = errors::error(py, origin, &format!("text is not valid Unicode ({})", cause.value(py)));
                err.set_cause(py, Some(cause));
                Err(err)
            }
        };
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return match std::str::from_utf8(b.as_bytes()) {
            Ok(text) => Ok(Input { text: text.to_owned(), original: None }),
            Err(e) => Err(errors::invalid_utf8(py, origin, e.valid_up_to())),
        };
    }
    Err(errors::wrong_type(py, origin, obj))
}

/// The `ids` of `parse_many`: an iterable of `str` (or `None`: no id), one per text
/// (`count`).
pub fn extract_ids(ids: &Bound<'_, PyAny>, count: usize) -> PyResult<Vec<Option<String>>> {
    let type_error = |msg: String| pyo3::exceptions::PyTypeError::new_err(msg);
    if ids.is_instance_of::<PyString>() || ids.is_instance_of::<PyBytes>() {
        return Err(type_error("ids must be an iterable of str (one per text), not one str".to_owned()));
    }
    let ids = ids
        .try_iter()?
        .enumerate()
        .map(|(i, id)| {
            let id = id?;
            id.extract::<Option<String>>().map_err(|_| {
                let name = id.get_type().name().map_or_else(|_| "?".to_owned(), |n| n.to_string());
                type_error(format!("ids[{i}]: expected str, not {name}"))
            })
        })
        .collect::<PyResult<Vec<_>>>()?;
    if ids.len() != count {
        return Err(pyo3::exceptions::PyValueError::new_err(format!(
            "ids has {} items but there are {count} texts",
            ids.len()
        )));
    }
    Ok(ids)
}

/// Applies `f` to every item, in parallel on `threads` threads (rayon's global pool, all
/// cores, when `None`), with the GIL released when there is more than one item or `bytes`
/// is large. Results are in input order; a panic in `f` becomes an `Err` with its message.
pub fn detach_map<I, T, F>(
    py: Python<'_>,
    items: Vec<I>,
    bytes: usize,
    threads: Option<usize>,
    f: F,
) -> PyResult<Vec<Result<T, String>>>
where
    I: Send,
    T: Send,
    F: Fn(I) -> Result<T, String> + Send + Sync,
{
    let count = items.len();
    let one = |item: I| errors::catch(|| f(item)).and_then(|r| r);
    let work = move || -> Vec<Result<T, String>> {
        if count <= 1 || threads == Some(1) {
            items.into_iter().map(one).collect()
        } else {
            items.into_par_iter().map(one).collect()
        }
    };
    match threads {
        Some(0) => Err(pyo3::exceptions::PyValueError::new_err("threads must be at least 1")),
        Some(n) if n > 1 && count > 1 => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n.min(count))
                .thread_name(|i| format!("gongwen-{i}"))
                .build()
                .map_err(|e| errors::error(py, &Origin::default(), &format!("cannot start threads: {e}")))?;
            Ok(py.detach(|| pool.install(work)))
        }
        _ if bytes >= DETACH_MIN_LEN || count > 1 => Ok(py.detach(work)),
        _ => Ok(work()),
    }
}

/// Extracts every item (with the GIL) and parses it on the pool as soon as it is extracted,
/// so extraction (a UTF-8 copy of each `str`, the only serial part) overlaps parsing. The
/// GIL is held only while extracting. With one thread or one item it extracts everything,
/// then parses (see [`detach_map`]). Returns the documents and the original `str` objects,
/// in input order; a bad item or a failed parse raises an error naming its index.
pub fn parse_items(
    py: Python<'_>,
    items: Vec<Py<PyAny>>,
    threads: Option<usize>,
) -> PyResult<Vec<(gongwen::Document<'static>, Option<Py<PyString>>)>> {
    let n = items.len();
    if n <= 1 || matches!(threads, Some(0 | 1)) {
        let mut texts = Vec::with_capacity(n);
        let mut originals = Vec::with_capacity(n);
        for (i, item) in items.iter().enumerate() {
            let input = extract(item.bind(py), &Origin::item(i))?;
            texts.push(input.text);
            originals.push(input.original);
        }
        let docs = parse_texts(py, texts, threads, Origin::item)?;
        return Ok(docs.into_iter().zip(originals).collect());
    }
    let pool = match threads {
        Some(k) => Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(k.min(n))
                .thread_name(|i| format!("gongwen-{i}"))
                .build()
                .map_err(|e| errors::error(py, &Origin::default(), &format!("cannot start threads: {e}")))?,
        ),
        None => None,
    };
    let slots: Vec<Slot> = (0..n).map(|_| Slot::new()).collect();
    let mut originals: Vec<Option<Py<PyString>>> = Vec::with_capacity(n);
    let failed = py.detach(|| match &pool {
        Some(p) => p.in_place_scope(|scope| feed(scope, &items, &slots, &mut originals)),
        None => rayon::in_place_scope(|scope| feed(scope, &items, &slots, &mut originals)),
    });
    if let Some(e) = failed {
        return Err(e);
    }
    slots
        .into_iter()
        .zip(originals)
        .enumerate()
        .map(|(i, (slot, original))| match slot.into_inner() {
            Some(Ok(doc)) => Ok((doc, original)),
            Some(Err(msg)) => Err(errors::error(py, &Origin::item(i), &msg)),
            None => Err(errors::error(py, &Origin::item(i), "internal error: the document was not parsed")),
        })
        .collect()
}

type Slot = std::sync::OnceLock<Result<gongwen::Document<'static>, String>>;

/// The feeding half of [`parse_items`]: back under the GIL, extract each item and spawn its
/// parse on `scope`; the scope waits for the parses after the GIL is released again.
fn feed<'s>(
    scope: &rayon::Scope<'s>,
    items: &'s [Py<PyAny>],
    slots: &'s [Slot],
    originals: &mut Vec<Option<Py<PyString>>>,
) -> Option<PyErr> {
    Python::attach(|py| {
        for (i, (item, slot)) in items.iter().zip(slots).enumerate() {
            match extract(item.bind(py), &Origin::item(i)) {
                Ok(input) => {
                    originals.push(input.original);
                    let text = input.text;
                    scope.spawn(move |_| {
                        let _ = slot.set(errors::catch(|| gongwen::parse(&text).into_owned()));
                    });
                }
                Err(e) => return Some(e),
            }
        }
        None
    })
}

/// Parses every text (see [`detach_map`]); `origin(i)` names input `i` in errors.
pub fn parse_texts(
    py: Python<'_>,
    texts: Vec<String>,
    threads: Option<usize>,
    origin: impl Fn(usize) -> Origin,
) -> PyResult<Vec<gongwen::Document<'static>>> {
    let bytes = texts.iter().map(String::len).sum();
    detach_map(py, texts, bytes, threads, |text| Ok(gongwen::parse(&text).into_owned()))?
        .into_iter()
        .enumerate()
        .map(|(i, r)| r.map_err(|msg| errors::error(py, &origin(i), &msg)))
        .collect()
}
