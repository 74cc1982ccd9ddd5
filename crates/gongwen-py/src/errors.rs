//! Python exceptions: one hierarchy, built in one place.
//!
//! * `gongwen.GongwenError(ValueError)`: input that cannot become a document (invalid UTF-8,
//!   a `str` with lone surrogates, an internal error), with the attributes `path`, `index`
//!   and `byte_offset` set where they are known (else `None`).
//! * `gongwen.InputTypeError(GongwenError, TypeError)`: an input that is not `str`/`bytes`,
//!   so both `except TypeError` and `except GongwenError` catch it.
//!
//! A panic inside the core is caught ([`catch`]) and becomes a `GongwenError`, never a
//! `pyo3_runtime.PanicException`.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

pyo3::create_exception!(
    gongwen,
    GongwenError,
    PyValueError,
    "Input gongwen cannot parse: invalid UTF-8, lone surrogates, or an internal error.\n\n\
     Attributes: `path` (file, or None), `index` (position in a batch, or None), \
     `byte_offset` (first bad byte, or None)."
);

static INPUT_TYPE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `gongwen.InputTypeError`, a subclass of both `GongwenError` and `TypeError`.
pub fn input_type_error(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    INPUT_TYPE_ERROR
        .get_or_try_init(py, || {
            let bases = PyTuple::new(py, [py.get_type::<GongwenError>(), py.get_type::<PyTypeError>()])?;
            let ns = PyDict::new(py);
            ns.set_item("__module__", "gongwen")?;
            ns.set_item("__doc__", "An input that is not `str` or `bytes` (a GongwenError and a TypeError).")?;
            let ty = py.get_type::<PyType>().call1(("InputTypeError", bases, ns))?;
            Ok::<_, PyErr>(ty.cast_into::<PyType>()?.unbind())
        })
        .map(|t| t.bind(py))
}

/// Where a failing input came from: a file, a position in a batch, a line of a corpus.
#[derive(Clone, Debug, Default)]
pub struct Origin {
    /// The file the input was read from.
    pub path: Option<String>,
    /// Position in a `parse_many` batch (0-based).
    pub index: Option<usize>,
    /// Line of a JSON Lines file (1-based).
    pub line: Option<usize>,
}

impl Origin {
    /// An input at position `index` of a batch.
    pub fn item(index: usize) -> Self {
        Origin { index: Some(index), ..Origin::default() }
    }

    fn prefix(&self) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &self.path {
            parts.push(p.clone());
        }
        if let Some(l) = self.line {
            parts.push(format!("line {l}"));
        }
        if let Some(i) = self.index {
            parts.push(format!("item {i}"));
        }
        if parts.is_empty() { String::new() } else { format!("{}: ", parts.join(", ")) }
    }
}

/// Builds a `GongwenError` (or `InputTypeError`) with its attributes set.
fn build(ty: &Bound<'_, PyType>, origin: &Origin, byte_offset: Option<usize>, msg: &str) -> PyErr {
    let message = format!("{}{msg}", origin.prefix());
    let value = match ty.call1((message.clone(),)) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let set = || -> PyResult<()> {
        value.setattr("path", origin.path.as_deref())?;
        value.setattr("index", origin.index)?;
        value.setattr("line", origin.line)?;
        value.setattr("byte_offset", byte_offset)?;
        Ok(())
    };
    if let Err(e) = set() {
        return e;
    }
    PyErr::from_value(value)
}

/// A `GongwenError` with a message.
pub fn error(py: Python<'_>, origin: &Origin, msg: &str) -> PyErr {
    build(&py.get_type::<GongwenError>(), origin, None, msg)
}

/// The error for bytes that are not UTF-8.
pub fn invalid_utf8(py: Python<'_>, origin: &Origin, valid_up_to: usize) -> PyErr {
    let err = gongwen::Error::InvalidUtf8 { valid_up_to };
    build(&py.get_type::<GongwenError>(), origin, Some(valid_up_to), &err.to_string())
}

/// The error for bytes the reader cannot read (`byte_offset` set for malformed bytes and
/// binary files).
pub fn read_error(py: Python<'_>, origin: &Origin, e: &gongwen_read::ReadError) -> PyErr {
    let offset = match e {
        gongwen_read::ReadError::Malformed { offset, .. } | gongwen_read::ReadError::Binary { offset } => Some(*offset),
        _ => None,
    };
    build(&py.get_type::<GongwenError>(), origin, offset, &e.to_string())
}

/// The error for an input of the wrong type.
pub fn wrong_type(py: Python<'_>, origin: &Origin, obj: &Bound<'_, PyAny>) -> PyErr {
    let name = obj.get_type().name().map_or_else(|_| "?".to_owned(), |n| n.to_string());
    match input_type_error(py) {
        Ok(ty) => build(ty, origin, None, &format!("expected str or bytes, got {name}")),
        Err(e) => e,
    }
}

/// Runs `f`, turning a panic into an `Err` with the panic message (the caller maps it to a
/// `GongwenError`). `parse` is total by contract; this is the last line of defence.
pub fn catch<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_owned());
        format!("internal error in gongwen (please report): {msg}")
    })
}
