//! The result classes: `Document` owns a parsed `gongwen::Document<'static>`; `Node`,
//! `Quantity`, `Noise` and `Diagnostic` are small views (the document and an index) created
//! on access, so parsing a corpus builds no per-node Python objects.
//!
//! Offsets in Python are character offsets (`doc.text[n.char_start:n.char_end]`). They come
//! from [`gongwen::export::DocumentView`], computed once per document on first use.

use crate::batch;
use crate::errors::Origin;
use gongwen::export::{
    DiagnosticRow, DocumentView, ElementRow, JsonValue, NoiseRow, OutlineRow, QuantityRow, ReferenceRow,
};
use pyo3::exceptions::{PyIndexError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyString;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

/// A parsed document: the text, its title, the outline (`Node`s in document order), the
/// figures (`Quantity`), noise spans and diagnostics.
///
/// Offsets are character offsets: `doc.text[n.char_start:n.char_end] == n.text`.
/// Documents are immutable, compare equal when their parse is equal, and pickle by
/// re-parsing their text. `Document(text)` is `gongwen.parse(text)`.
#[pyclass(frozen, module = "gongwen", name = "Document")]
pub struct Document {
    doc: gongwen::Document<'static>,
    /// How the text was read from bytes (`parse_file`, `parse_bytes`).
    source: Source,
    /// The text as a Python `str`: the caller's object when there was one, else made on
    /// first access.
    text: PyOnceLock<Py<PyString>>,
    view: OnceLock<DocumentView>,
    /// The reference rows (not part of the view, which is what `parse` prints).
    references: OnceLock<Vec<ReferenceRow>>,
    /// What names the document: the `ids` given to `parse_many`, the path of `parse_file`,
    /// the id field of a JSON Lines record.
    id: Option<String>,
}

/// How a document's text was read: its encoding (`None` for a `str`), format, page title
/// and the reader's warnings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// `utf-8`, `gb18030`, `utf-16le`, `utf-16be`, …; `None` when the text was a `str`.
    pub encoding: Option<String>,
    /// `text`, `docx` or `html`.
    pub format: String,
    /// An HTML page's `<title>`.
    pub page_title: Option<String>,
    /// What the reader did imperfectly.
    pub warnings: Vec<String>,
}

/// A document's JSON: its view, and how it was read.
#[derive(serde::Serialize)]
pub struct Whole<'a> {
    /// The view.
    #[serde(flatten)]
    view: &'a DocumentView,
    /// How it was read (bytes only).
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    source: Option<SourceKeys<'a>>,
}

/// The keys `parse` adds for a document read from bytes.
#[derive(serde::Serialize)]
struct SourceKeys<'a> {
    /// The encoding.
    encoding: &'a str,
    /// The format.
    format: &'a str,
    /// The page title.
    #[serde(skip_serializing_if = "Option::is_none")]
    page_title: Option<&'a str>,
}

impl Default for Source {
    fn default() -> Self {
        Source { encoding: None, format: "text".to_owned(), page_title: None, warnings: Vec::new() }
    }
}

impl Source {
    /// What the reader reports.
    pub fn from_read(s: &gongwen_read::Source) -> Self {
        Source {
            encoding: Some(s.encoding.to_owned()),
            format: s.format.as_str().to_owned(),
            page_title: s.page_title.clone(),
            warnings: s.warnings.iter().map(ToString::to_string).collect(),
        }
    }
}

impl Document {
    /// Wraps a parsed document; `original` is the `str` it was parsed from, if any.
    pub fn new(py: Python<'_>, doc: gongwen::Document<'static>, original: Option<Py<PyString>>) -> Self {
        let text = PyOnceLock::new();
        if let Some(s) = original {
            let _ = text.set(py, s);
        }
        Document { doc, source: Source::default(), text, view: OnceLock::new(), references: OnceLock::new(), id: None }
    }

    /// The same document, named `id`.
    pub fn with_id(mut self, id: Option<String>) -> Self {
        self.id = id;
        self
    }

    /// What names the document, if anything does.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The same document, read from bytes as `source` says.
    pub fn with_source(mut self, source: Source) -> Self {
        self.source = source;
        self
    }

    /// The whole document as the CLI's `parse` prints it: the view, then `encoding`,
    /// `format` and `page_title` when the text was read from bytes.
    pub fn whole(&self) -> Whole<'_> {
        let source = self.source.encoding.as_deref().map(|encoding| SourceKeys {
            encoding,
            format: &self.source.format,
            page_title: self.source.page_title.as_deref(),
        });
        Whole { view: self.view(), source }
    }

    /// The rows with character offsets and paths (computed on first use).
    pub fn view(&self) -> &DocumentView {
        self.view.get_or_init(|| DocumentView::new(&self.doc))
    }

    /// The document's row of the documents table.
    pub fn document_row(&self) -> gongwen::export::DocumentRow {
        gongwen::export::document_row(&self.doc)
    }

    /// The reference rows with character offsets (computed on first use).
    pub fn reference_rows(&self) -> &[ReferenceRow] {
        self.references.get_or_init(|| gongwen::export::reference_rows(&self.doc))
    }

    fn py_text<'py>(&self, py: Python<'py>) -> &Bound<'py, PyString> {
        self.text.get_or_init(py, || PyString::new(py, self.doc.text()).unbind()).bind(py)
    }

    /// The text between two byte offsets, as a Python `str`.
    fn slice<'py>(&self, py: Python<'py>, start: u32, end: u32) -> Bound<'py, PyString> {
        let text = self.doc.text();
        PyString::new(py, text.get(start as usize..end as usize).unwrap_or_default())
    }
}

fn pyrepr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s).repr().map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max { s.to_owned() } else { s.chars().take(max).chain(['…']).collect() }
}

fn helper<'py>(
    py: Python<'py>,
    module: &str,
    func: &str,
    args: impl pyo3::call::PyCallArgs<'py>,
) -> PyResult<Bound<'py, PyAny>> {
    py.import(module)?.getattr(func)?.call1(args)
}

#[pymethods]
impl Document {
    /// Parses `text` (a `str`, or UTF-8 `bytes`), named `id`; the same as
    /// `gongwen.parse(text, id=id)`.
    #[new]
    #[pyo3(signature = (text, *, id = None))]
    pub fn py_new(py: Python<'_>, text: &Bound<'_, PyAny>, id: Option<String>) -> PyResult<Self> {
        let input = batch::extract(text, &Origin::default())?;
        let mut docs = batch::parse_texts(py, vec![input.text], None, |_| Origin::default())?;
        let doc = docs.pop().ok_or_else(|| PyValueError::new_err("no document"))?;
        Ok(Document::new(py, doc, input.original).with_id(id))
    }

    /// What names the document (`str`), or `None`: the `ids` given to `parse_many`, the path
    /// given to `parse_file`, the id field of a `read_jsonl` record, the `id` given to
    /// `parse`. It is the `doc` column of the frames of several documents.
    #[getter(id)]
    fn py_id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The text that was parsed; every offset indexes into it.
    #[getter]
    fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
        self.py_text(py).clone()
    }

    /// The title on one line, without noise and white space (its lines joined), or `None`;
    /// `title_span` is where it is printed.
    #[getter]
    fn title(&self) -> Option<String> {
        self.doc.title_line().map(std::borrow::Cow::into_owned)
    }

    /// The titles of the documents it encloses, `(tree, title)`: tree 0 for the document a
    /// notice transmits (after its signature), `k` for the `k`-th attachment.
    #[getter]
    fn enclosed_titles(&self) -> Vec<(u16, String)> {
        self.view().enclosed_titles.clone()
    }

    /// Character range `(start, end)` of the title, or `None`.
    #[getter]
    fn title_span(&self) -> Option<(u32, u32)> {
        self.view().title_chars
    }

    /// Every outline node, in document order.
    #[getter]
    fn outline(slf: &Bound<'_, Self>) -> Vec<Node> {
        let n = slf.get().doc.node_count();
        (0..n).map(|index| Node { doc: slf.clone().unbind(), index }).collect()
    }

    /// The top-level nodes (of the main document and of each attachment), in order.
    #[getter]
    fn roots(slf: &Bound<'_, Self>) -> Vec<Node> {
        slf.get().doc.roots().map(|n| Node { doc: slf.clone().unbind(), index: n.id.index() }).collect()
    }

    /// Every figure (all kinds: use `q.kind == "quantity"` for targets), in document order.
    #[getter]
    fn quantities(slf: &Bound<'_, Self>) -> Vec<Quantity> {
        let n = slf.get().doc.quantities().len();
        (0..n).map(|index| Quantity { doc: slf.clone().unbind(), index }).collect()
    }

    /// Noise spans (page markers, chunk numbers, boilerplate …), in document order.
    #[getter]
    fn noise(slf: &Bound<'_, Self>) -> Vec<Noise> {
        let n = slf.get().doc.noise().len();
        (0..n).map(|index| Noise { doc: slf.clone().unbind(), index }).collect()
    }

    /// Diagnostics (skipped or repeated ordinals, …), in document order.
    #[getter]
    fn diagnostics(slf: &Bound<'_, Self>) -> Vec<Diagnostic> {
        let n = slf.get().doc.diagnostics().len();
        (0..n).map(|index| Diagnostic { doc: slf.clone().unbind(), index }).collect()
    }

    /// The document elements it prints (GB/T 9704-2012 §7: `doc_number`, `recipients`,
    /// `date`, `attachments`, `issuer` …), in document order; none where it prints none.
    #[getter]
    fn elements(slf: &Bound<'_, Self>) -> Vec<Element> {
        let n = slf.get().doc.elements().len();
        (0..n).map(|index| Element { doc: slf.clone().unbind(), index }).collect()
    }

    /// The first element named `name` (`"date"`, `"doc_number"` …), or `None`.
    fn element(slf: &Bound<'_, Self>, name: &str) -> Option<Element> {
        let index = slf.get().view().elements.iter().position(|e| e.element == name)?;
        Some(Element { doc: slf.clone().unbind(), index })
    }

    /// The references, in document order: cited documents (`《…》`), provisions of this
    /// document (`第十条`, `前款`: `node` is the article or item they resolve to) and of
    /// other documents.
    #[getter]
    fn references(slf: &Bound<'_, Self>) -> Vec<Reference> {
        let n = slf.get().doc.references().len();
        (0..n).map(|index| Reference { doc: slf.clone().unbind(), index }).collect()
    }

    /// Attachments (`附件1`) that start a new tree: `(tree, label)` pairs, in order.
    #[getter]
    fn attachments(&self) -> Vec<(u16, &str)> {
        self.doc.attachments().map(|a| (a.tree, self.doc.text().get(a.label.range()).unwrap_or_default())).collect()
    }

    /// The innermost node whose unit contains character `offset`, or `None`.
    fn node_at(slf: &Bound<'_, Self>, offset: usize) -> Option<Node> {
        let this = slf.get();
        let text = this.doc.text();
        let byte = text.char_indices().nth(offset).map_or(text.len(), |(b, _)| b);
        if offset >= text.chars().count() {
            return None;
        }
        this.doc.node_at(byte).map(|n| Node { doc: slf.clone().unbind(), index: n.id.index() })
    }

    /// The whole document as JSON (the shape `gongwen parse` prints): title, nodes,
    /// quantities, noise and diagnostics, with character and byte offsets.
    #[pyo3(signature = (*, indent = None))]
    fn to_json(&self, indent: Option<usize>) -> PyResult<String> {
        let view = &self.whole();
        let out = match indent {
            None => serde_json::to_string(view),
            Some(n) => {
                let pad = " ".repeat(n);
                let mut buf = Vec::new();
                let fmt = serde_json::ser::PrettyFormatter::with_indent(pad.as_bytes());
                let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
                serde::Serialize::serialize(view, &mut ser).map(|()| String::from_utf8_lossy(&buf).into_owned())
            }
        };
        out.map_err(|e| PyValueError::new_err(e.to_string()))
    }

    /// The whole document as plain Python data (`json.loads(doc.to_json())`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let json = self.to_json(None)?;
        py.import("json")?.call_method1("loads", (json,))
    }

    /// The outline as a DataFrame, one row per node, one column per field of
    /// `gongwen.OUTLINE_FIELDS` (`index parent depth marker … byte_end`).
    /// `backend` is `"pandas"` (default), `"polars"` or `"arrow"` (a `gongwen.ArrowTable`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn outline_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.frames", "_document_frame", (slf, "outline", backend))
    }

    /// The figures as a DataFrame, one row per figure: `index` (the figure's position), then
    /// one column per field of `gongwen.QUANTITY_FIELDS` (`char_start … path`).
    /// `backend` is `"pandas"` (default), `"polars"` or `"arrow"` (a `gongwen.ArrowTable`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn quantities_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.frames", "_document_frame", (slf, "quantities", backend))
    }

    /// The elements as a DataFrame, one row per element: `index`, then one column per field
    /// of `gongwen.ELEMENT_FIELDS` (`element char_start … value`).
    /// `backend` is `"pandas"` (default), `"polars"` or `"arrow"` (a `gongwen.ArrowTable`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn elements_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.frames", "_document_frame", (slf, "elements", backend))
    }

    /// The references as a DataFrame, one row per reference: `index`, then one column per
    /// field of `gongwen.REFERENCE_FIELDS` (`reference char_start … node`).
    /// `backend` is `"pandas"` (default), `"polars"` or `"arrow"` (a `gongwen.ArrowTable`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn references_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.frames", "_document_frame", (slf, "references", backend))
    }

    /// The noise spans as a DataFrame, one row per span: `index`, then one column per field
    /// of `gongwen.NOISE_FIELDS` (`kind char_start … text`).
    /// `backend` is `"pandas"` (default), `"polars"` or `"arrow"` (a `gongwen.ArrowTable`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn noise_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.frames", "_document_frame", (slf, "noise", backend))
    }

    /// The diagnostics as a DataFrame, one row per diagnostic: `index`, then one column per
    /// field of `gongwen.DIAGNOSTIC_FIELDS` (`kind message line column … text`).
    /// `backend` is `"pandas"` (default), `"polars"` or `"arrow"` (a `gongwen.ArrowTable`).
    #[pyo3(signature = (*, backend = "pandas"))]
    fn diagnostics_frame<'py>(slf: &Bound<'py, Self>, backend: &str) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.frames", "_document_frame", (slf, "diagnostics", backend))
    }

    /// The lossless tiling in rust-analyzer's `KIND@a..b "text"` format (byte offsets).
    fn debug_tree(&self) -> String {
        self.doc.debug_tree()
    }

    /// Jupyter: the outline as a collapsible tree with the figures highlighted.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        helper(slf.py(), "gongwen.display", "document_html", (slf,))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let title = self.doc.title_line().map_or_else(|| "None".to_owned(), |t| pyrepr(py, &shorten(&t, 30)));
        let id = self.id.as_deref().map_or_else(String::new, |id| format!("id={} ", pyrepr(py, id)));
        format!(
            "<gongwen.Document {id}title={title} nodes={} quantities={} chars={}>",
            self.doc.node_count(),
            self.doc.quantities().len(),
            self.view().char_len
        )
    }

    fn __eq__(&self, other: &Self) -> bool {
        self.doc == other.doc
    }

    fn __hash__(&self) -> u64 {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.doc.text().hash(&mut h);
        // Python forbids -1 as a hash; keep the value in the positive half.
        h.finish() >> 1
    }

    /// The encoding the bytes were read in (`utf-8`, `gb18030`, `utf-16le`, `utf-16be`, …),
    /// or `None` when the text was given as a `str`.
    #[getter]
    fn encoding(&self) -> Option<&str> {
        self.source.encoding.as_deref()
    }

    /// The format the text was read from: `text`, `docx` or `html`.
    #[getter]
    fn source_format(&self) -> &str {
        &self.source.format
    }

    /// An HTML page's `<title>` (not the document's title, which its body prints), or `None`.
    #[getter]
    fn page_title(&self) -> Option<&str> {
        self.source.page_title.as_deref()
    }

    /// What reading the bytes did imperfectly (malformed bytes replaced, …).
    #[getter]
    fn warnings(&self) -> Vec<String> {
        self.source.warnings.clone()
    }

    /// Pickling re-parses the text (parsing is deterministic) and keeps its id and how it
    /// was read.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, pyo3::types::PyTuple>)> {
        let py = slf.py();
        let this = slf.get();
        let text = this.py_text(py).clone();
        let s = &this.source;
        if *s == Source::default() && this.id.is_none() {
            return Ok((slf.get_type().into_any(), pyo3::types::PyTuple::new(py, [text])?));
        }
        let restore = py.import("gongwen._gongwen")?.getattr("_restore")?;
        let args =
            (text, s.encoding.clone(), s.format.clone(), s.page_title.clone(), s.warnings.clone(), this.id.clone());
        Ok((restore, args.into_pyobject(py)?))
    }

    fn __copy__(slf: &Bound<'_, Self>) -> Py<Self> {
        slf.clone().unbind()
    }

    fn __deepcopy__(slf: &Bound<'_, Self>, _memo: &Bound<'_, PyAny>) -> Py<Self> {
        slf.clone().unbind()
    }
}

/// Rebuilds a document with an id or read from bytes (used by pickle): the text re-parsed,
/// with its id and how it was read.
#[pyfunction]
#[pyo3(name = "_restore", signature = (text, encoding, format, page_title, warnings, id = None))]
pub fn restore(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    encoding: Option<String>,
    format: String,
    page_title: Option<String>,
    warnings: Vec<String>,
    id: Option<String>,
) -> PyResult<Document> {
    let doc = Document::py_new(py, text.as_any(), id)?;
    Ok(doc.with_source(Source { encoding, format, page_title, warnings }))
}

/// Rebuilds a view from its document (used by pickle).
#[pyfunction]
#[pyo3(name = "_item")]
pub fn item(py: Python<'_>, doc: Py<Document>, kind: &str, index: usize) -> PyResult<Py<PyAny>> {
    let d = doc.get();
    let len = match kind {
        "node" => d.doc.node_count(),
        "quantity" => d.doc.quantities().len(),
        "noise" => d.doc.noise().len(),
        "diagnostic" => d.doc.diagnostics().len(),
        "element" => d.doc.elements().len(),
        "reference" => d.doc.references().len(),
        _ => return Err(PyValueError::new_err(format!("unknown item kind {kind:?}"))),
    };
    if index >= len {
        return Err(PyIndexError::new_err(format!("{kind} index {index} out of range ({len})")));
    }
    Ok(match kind {
        "node" => Node { doc, index }.into_pyobject(py)?.into_any().unbind(),
        "quantity" => Quantity { doc, index }.into_pyobject(py)?.into_any().unbind(),
        "noise" => Noise { doc, index }.into_pyobject(py)?.into_any().unbind(),
        "element" => Element { doc, index }.into_pyobject(py)?.into_any().unbind(),
        "reference" => Reference { doc, index }.into_pyobject(py)?.into_any().unbind(),
        _ => Diagnostic { doc, index }.into_pyobject(py)?.into_any().unbind(),
    })
}

/// What `__reduce__` returns for a view: `(gongwen._gongwen._item, (doc, kind, index))`.
type Reduced<'py> = (Bound<'py, PyAny>, (Py<Document>, &'static str, usize));

/// Two views (nodes, quantities, …) are equal when they are the same item of equal documents.
fn same_item(a: &Py<Document>, a_index: usize, b: &Py<Document>, b_index: usize) -> bool {
    a_index == b_index && (a.is(b) || a.get().doc == b.get().doc)
}

/// The hash of a view: its document's hash mixed with its index (`salt` differs per kind).
fn item_hash(doc: &Py<Document>, index: usize, salt: u64) -> u64 {
    (doc.get().__hash__() ^ (index as u64).wrapping_mul(salt)) >> 1
}

fn reduce<'py>(py: Python<'py>, doc: &Py<Document>, kind: &'static str, index: usize) -> PyResult<Reduced<'py>> {
    let f = py.import("gongwen._gongwen")?.getattr("_item")?;
    Ok((f, (doc.clone_ref(py), kind, index)))
}

/// The `#[pymethods]` of a view class: one getter per field of its row, generated from the
/// row's field list in the core (`gongwen::outline_row_fields!` …), then the class's own
/// methods. A field holding the index of an outline row (`=> Outline` in the list) gives the
/// `Node` itself; every other field gives its value ([`Attr`]). So every field of a row is
/// an attribute of its view, with the field's doc comment as its docstring.
macro_rules! view_methods {
    // Every field done: one `#[pymethods]` block.
    (@fields $class:ident [$($getters:tt)*] { $($own:tt)* }) => {
        #[pymethods]
        impl $class {
            $($getters)*
            $($own)*
        }
    };
    // The index of an outline row: the attribute is the `Node`.
    (@fields $class:ident [$($getters:tt)*] { $($own:tt)* }
        $(#[doc = $doc:literal])* $name:ident : $ty:ty => Outline $(, $($rest:tt)*)?) => {
        view_methods!(@fields $class [$($getters)*
            $(#[doc = $doc])*
            #[getter]
            fn $name(&self, py: Python<'_>) -> Option<Node> {
                self.row().$name.map(|index| Node { doc: self.doc.clone_ref(py), index })
            }
        ] { $($own)* } $($($rest)*)?);
    };
    // Any other field: its value.
    (@fields $class:ident [$($getters:tt)*] { $($own:tt)* }
        $(#[doc = $doc:literal])* $name:ident : $ty:ty $(, $($rest:tt)*)?) => {
        view_methods!(@fields $class [$($getters)*
            $(#[doc = $doc])*
            #[getter]
            fn $name<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
                Attr::attr(&self.row().$name, py)
            }
        ] { $($own)* } $($($rest)*)?);
    };
    // The callback of a field-list macro: `Class(kind, hash salt) { own methods }`, then the
    // fields. Every view also compares, hashes and pickles as its document and index.
    ($class:ident($kind:literal, $salt:literal) { $($own:tt)* } $($fields:tt)*) => {
        view_methods!(@fields $class [] {
            $($own)*

            fn __eq__(&self, other: &Self) -> bool {
                same_item(&self.doc, self.index, &other.doc, other.index)
            }

            fn __hash__(&self) -> u64 {
                item_hash(&self.doc, self.index, $salt)
            }

            fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<Reduced<'py>> {
                reduce(py, &self.doc, $kind, self.index)
            }
        } $($fields)*);
    };
}

/// A row value as the Python object of its attribute.
trait Attr {
    fn attr<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny>;
}

/// Numbers and booleans: pyo3's conversions (infallible).
macro_rules! attr_via_pyo3 {
    ($($t:ty),*) => {$(
        impl Attr for $t {
            fn attr<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
                let Ok(v) = (*self).into_pyobject(py);
                pyo3::BoundObject::into_bound(v).into_any()
            }
        }
    )*};
}
attr_via_pyo3!(u16, u32, usize, f64, bool);

impl Attr for String {
    fn attr<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        PyString::new(py, self).into_any()
    }
}

impl Attr for &'static str {
    fn attr<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        PyString::new(py, self).into_any()
    }
}

impl Attr for JsonValue {
    /// A JSON value as plain Python data: `str`, `int`, `list`, `dict` or `None`.
    fn attr<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        json_to_py(py, self)
    }
}

/// A [`JsonValue`] as plain Python data.
fn json_to_py<'py>(py: Python<'py>, value: &JsonValue) -> Bound<'py, PyAny> {
    match value {
        JsonValue::Str(s) => PyString::new(py, s).into_any(),
        JsonValue::Int(n) => {
            let Ok(v) = n.into_pyobject(py);
            v.into_any()
        }
        JsonValue::List(items) => {
            let items: Vec<Bound<'py, PyAny>> = items.iter().map(|v| json_to_py(py, v)).collect();
            pyo3::types::PyList::new(py, items).map_or_else(|_| py.None().into_bound(py), Bound::into_any)
        }
        JsonValue::Object(members) => {
            let dict = pyo3::types::PyDict::new(py);
            for (k, v) in members {
                let _ = dict.set_item(k, json_to_py(py, v));
            }
            dict.into_any()
        }
        _ => py.None().into_bound(py),
    }
}

impl<T: Attr> Attr for Option<T> {
    fn attr<'py>(&self, py: Python<'py>) -> Bound<'py, PyAny> {
        match self {
            Some(v) => v.attr(py),
            None => py.None().into_bound(py),
        }
    }
}

/// One unit of the outline: a numbering marker (`二、`, `（三）`, `第十条`) with its heading
/// and body, its depth in this document, its parent and children, and its `path`
/// (`二、/（三）/2.`). `text` is the whole unit, descendants included.
#[pyclass(frozen, module = "gongwen", name = "Node")]
pub struct Node {
    doc: Py<Document>,
    index: usize,
}

impl Node {
    fn row(&self) -> &OutlineRow {
        &self.doc.get().view().nodes[self.index]
    }

    fn core(&self) -> Option<&gongwen::Node> {
        self.doc.get().doc.node(gongwen::NodeId::from_index(self.index))
    }

    fn other(&self, py: Python<'_>, index: usize) -> Node {
        Node { doc: self.doc.clone_ref(py), index }
    }
}

gongwen::outline_row_fields!(view_methods! {
    Node("node", 0x9e37_79b9_7f4a_7c15) {
        /// The child nodes, in order.
        #[getter]
        fn children(&self, py: Python<'_>) -> Vec<Node> {
            let doc = &self.doc.get().doc;
            doc.children(gongwen::NodeId::from_index(self.index)).map(|c| self.other(py, c.id.index())).collect()
        }

        /// The whole unit as written, from the marker to the end of its last descendant:
        /// `doc.text[node.char_start:node.char_end]`.
        #[getter]
        fn text<'py>(&self, py: Python<'py>) -> Bound<'py, PyString> {
            let row = self.row();
            self.doc.get().slice(py, row.byte_start, row.byte_end)
        }

        /// The figures inside this unit (its descendants' included), in document order.
        #[getter]
        fn quantities(&self, py: Python<'_>) -> Vec<Quantity> {
            let row = self.row();
            let rows = &self.doc.get().view().quantities;
            let from = rows.partition_point(|q| q.byte_start < row.byte_start);
            let to = rows.partition_point(|q| q.byte_start < row.byte_end).max(from);
            (from..to).map(|index| Quantity { doc: self.doc.clone_ref(py), index }).collect()
        }

        /// True when the marker opens a unit in the middle of a line (`一是…`).
        #[getter]
        fn inline(&self) -> bool {
            self.core().is_some_and(|n| n.inline)
        }

        /// The document this node belongs to.
        #[getter]
        fn document(&self, py: Python<'_>) -> Py<Document> {
            self.doc.clone_ref(py)
        }

        fn __repr__(&self, py: Python<'_>) -> String {
            let row = self.row();
            let heading = row.heading.as_deref().map_or_else(|| "None".to_owned(), |h| pyrepr(py, &shorten(h, 30)));
            format!("<gongwen.Node {} depth={} heading={heading}>", row.path, row.depth)
        }
    }
});

/// A figure: a number with its value (万/亿 applied), range, unit, comparator, placeholder
/// flag and kind (`quantity` for targets and counts; `year`, `date`, `doc_number` … for
/// numbers that are not quantities), and the innermost `node` it sits in.
#[pyclass(frozen, module = "gongwen", name = "Quantity")]
pub struct Quantity {
    doc: Py<Document>,
    index: usize,
}

impl Quantity {
    fn row(&self) -> &QuantityRow {
        &self.doc.get().view().quantities[self.index]
    }
}

gongwen::quantity_row_fields!(view_methods! {
    Quantity("quantity", 0x85eb_ca6b_c2b2_ae35) {
        /// Position among the document's figures (0-based).
        #[getter]
        fn index(&self) -> usize {
            self.index
        }

        /// The document this figure belongs to.
        #[getter]
        fn document(&self, py: Python<'_>) -> Py<Document> {
            self.doc.clone_ref(py)
        }

        fn __repr__(&self, py: Python<'_>) -> String {
            let row = self.row();
            let num = |v: Option<f64>| v.map_or_else(|| "None".to_owned(), |v| format!("{v:?}"));
            let unit = row.unit.as_deref().map_or_else(|| "None".to_owned(), |u| pyrepr(py, u));
            let mut s = format!("<gongwen.Quantity {} value={}", pyrepr(py, &row.text), num(row.value));
            if row.value_max.is_some() {
                s.push_str(&format!(" value_max={}", num(row.value_max)));
            }
            s.push_str(&format!(" unit={unit} comparator={} kind={}>", pyrepr(py, row.comparator), pyrepr(py, row.kind)));
            s
        }
    }
});

/// A span of noise from a scraped copy (kept, never deleted).
#[pyclass(frozen, module = "gongwen", name = "Noise")]
pub struct Noise {
    doc: Py<Document>,
    index: usize,
}

impl Noise {
    fn row(&self) -> &NoiseRow {
        &self.doc.get().view().noise[self.index]
    }
}

gongwen::noise_row_fields!(view_methods! {
    Noise("noise", 0xc2b2_ae3d_27d4_eb4f) {
        /// Position among the document's noise spans (0-based).
        #[getter]
        fn index(&self) -> usize {
            self.index
        }

        fn __repr__(&self, py: Python<'_>) -> String {
            let row = self.row();
            format!("<gongwen.Noise {} {} at {}..{}>", row.kind, pyrepr(py, &row.text), row.char_start, row.char_end)
        }
    }
});

/// Something odd in the numbering (a skipped or repeated ordinal, …).
#[pyclass(frozen, module = "gongwen", name = "Diagnostic")]
pub struct Diagnostic {
    doc: Py<Document>,
    index: usize,
}

impl Diagnostic {
    fn row(&self) -> &DiagnosticRow {
        &self.doc.get().view().diagnostics[self.index]
    }
}

gongwen::diagnostic_row_fields!(view_methods! {
    Diagnostic("diagnostic", 0x27d4_eb2f_1656_67c5) {
        /// Position among the document's diagnostics (0-based).
        #[getter]
        fn index(&self) -> usize {
            self.index
        }

        fn __str__(&self) -> String {
            let row = self.row();
            format!("{}:{}: {} ({}): {}", row.line, row.column, row.message, row.kind, row.text)
        }

        fn __repr__(&self, py: Python<'_>) -> String {
            let row = self.row();
            format!("<gongwen.Diagnostic {} {} at {}:{}>", row.kind, pyrepr(py, &row.text), row.line, row.column)
        }
    }
});

/// A document element (GB/T 9704-2012 §7): what it is (`element`: `doc_number`,
/// `recipients`, `date` …), where it is written (`text`, character and byte offsets) and its
/// normalised `value` (a `dict` for a document number, a `list` of names or of
/// `{"number", "name"}` attachments, an ISO date `str`, or a `str`).
#[pyclass(frozen, module = "gongwen", name = "Element")]
pub struct Element {
    doc: Py<Document>,
    index: usize,
}

impl Element {
    fn row(&self) -> &ElementRow {
        &self.doc.get().view().elements[self.index]
    }
}

gongwen::element_row_fields!(view_methods! {
    Element("element", 0x1656_67b1_9e37_79f9) {
        /// Position among the document's elements (0-based).
        #[getter]
        fn index(&self) -> usize {
            self.index
        }

        /// The document this element belongs to.
        #[getter]
        fn document(&self, py: Python<'_>) -> Py<Document> {
            self.doc.clone_ref(py)
        }

        fn __repr__(&self, py: Python<'_>) -> String {
            let row = self.row();
            format!("<gongwen.Element {} {}>", row.element, pyrepr(py, &shorten(&row.value.to_json(), 40)))
        }
    }
});

/// A reference: a cited document (`reference == "document"`, `value` `{"title",
/// "doc_number"}`), a provision of this document (`"internal"`, `value` `{"article", "sub",
/// "paragraph", "item"}`, `node` the article or item it resolves to, `None` when it cannot be
/// found) or of another (`"external"`, with `"law"` in `value`).
#[pyclass(frozen, module = "gongwen", name = "Reference")]
pub struct Reference {
    doc: Py<Document>,
    index: usize,
}

impl Reference {
    fn row(&self) -> &ReferenceRow {
        &self.doc.get().reference_rows()[self.index]
    }
}

gongwen::reference_row_fields!(view_methods! {
    Reference("reference", 0x9e37_79f9_27d4_eb2f) {
        /// Position among the document's references (0-based).
        #[getter]
        fn index(&self) -> usize {
            self.index
        }

        /// True for a provision of this document that resolves to no node.
        #[getter]
        fn unresolved(&self) -> bool {
            let row = self.row();
            row.reference == "internal" && row.node.is_none()
        }

        /// The document this reference belongs to.
        #[getter]
        fn document(&self, py: Python<'_>) -> Py<Document> {
            self.doc.clone_ref(py)
        }

        fn __repr__(&self, py: Python<'_>) -> String {
            let row = self.row();
            let node = row.node.map_or_else(String::new, |n| format!(" node={n}"));
            format!("<gongwen.Reference {} {}{node}>", row.reference, pyrepr(py, &row.text))
        }
    }
});
