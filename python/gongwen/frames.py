"""DataFrames of documents, outlines, quantities, elements, references, noise and diagnostics
(pandas or polars, imported only when asked for).

The columns come from Rust in one pass (``gongwen._gongwen._outline_columns``): ``doc``, then
the fields of the row (:data:`gongwen.OUTLINE_FIELDS`, :data:`gongwen.QUANTITY_FIELDS`), typed
from the same field tables; this module only picks the library and the dtypes. Integer
columns that may be missing (``parent``, ``node``) are pandas' nullable ``Int64``; in polars
every column is nullable. A ``json`` column (the ``value`` of elements and references) holds
plain Python data (``str``, ``list``, ``dict``): pandas' ``object``, polars' ``Object``.

``doc`` names the document of each row, with one type per call: the documents' ids
(:attr:`gongwen.Document.id`, ``str``) when any of them has one (missing for a document
without an id), else their positions in ``docs`` (``int``: 0, 1, 2 …).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Tuple, Union

from . import _gongwen

__all__ = [
    "diagnostics_frame",
    "documents_frame",
    "elements_frame",
    "noise_frame",
    "outline_frame",
    "quantities_frame",
    "references_frame",
]


def _columns(what: str) -> List[Tuple[str, str]]:
    """The (column, type) list of a table: ``doc``, ``index`` when the row has no such field
    (the row's position in its document), then the row's fields (``_gongwen._SCHEMAS``, the
    field tables of the Rust rows). Types: int, int? (nullable), float, float?, str, str?,
    bool, json."""
    fields = _gongwen._SCHEMAS[what]
    columns = [("doc", "int")]
    if not any(name == "index" for name, *_ in fields):
        columns.append(("index", "int"))
    columns.extend((name, kind) for name, kind, _link, _doc in fields)
    return columns


_OUTLINE: List[Tuple[str, str]] = _columns("outline")
_QUANTITIES: List[Tuple[str, str]] = _columns("quantities")
_ELEMENTS: List[Tuple[str, str]] = _columns("elements")
_REFERENCES: List[Tuple[str, str]] = _columns("references")
_NOISE: List[Tuple[str, str]] = _columns("noise")
_DIAGNOSTICS: List[Tuple[str, str]] = _columns("diagnostics")
# One row per document (before the core's documents table: built here from the documents).
_DOCUMENTS: List[Tuple[str, str]] = [
    ("doc", "int"),
    ("title", "str?"),
    ("chars", "int"),
    ("nodes", "int"),
    ("max_depth", "int"),
    ("quantities", "int"),
    ("targets", "int"),
    ("elements", "int"),
    ("references", "int"),
    ("noise", "int"),
    ("diagnostics", "int"),
]

_BACKENDS = ("pandas", "polars")


def _import(backend: str) -> Any:
    if backend not in _BACKENDS:
        raise ValueError(f"backend must be 'pandas' or 'polars', not {backend!r}")
    try:
        if backend == "pandas":
            import pandas

            return pandas
        import polars

        return polars
    except ImportError as e:
        raise ImportError(
            f"gongwen frames with backend={backend!r} need {backend}: "
            f"pip install 'gongwen[{backend}]'"
        ) from e


def _frame(columns: Dict[str, List[Any]], schema: List[Tuple[str, str]], backend: str) -> Any:
    lib = _import(backend)
    schema = [(name, kind) for name, kind in schema if name in columns]
    if backend == "pandas":
        dtypes = {
            "int": "int64",
            "int?": "Int64",
            "float": "float64",
            "float?": "float64",
            "str": "object",
            "str?": "object",
            "bool": "bool",
            "json": "object",
        }
        data = {name: lib.Series(columns[name], dtype=dtypes[kind]) for name, kind in schema}
        return lib.DataFrame(data, columns=[name for name, _ in schema])
    types = {
        "int": lib.Int64,
        "int?": lib.Int64,
        "float": lib.Float64,
        "float?": lib.Float64,
        "str": lib.Utf8,
        "str?": lib.Utf8,
        "bool": lib.Boolean,
        "json": lib.Object,
    }
    return lib.DataFrame({name: columns[name] for name, _ in schema}, schema={name: types[kind] for name, kind in schema})


_Docs = Union[_gongwen.Document, Iterable[_gongwen.Document]]


def _docs(docs: _Docs) -> List[_gongwen.Document]:
    return [docs] if isinstance(docs, _gongwen.Document) else list(docs)


def _with_ids(docs: List[_gongwen.Document], schema: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """``schema`` with ``doc`` of kind ``str?`` (ids) when a document has an id."""
    if any(getattr(d, "id", None) is not None for d in docs):
        return [("doc", "str?"), *schema[1:]]
    return schema


def _table(docs: _Docs, what: str, backend: str) -> Any:
    """The frame of table ``what`` of ``docs``, with a ``doc`` column."""
    _import(backend)
    columns, schema = _TABLES[what]
    docs = _docs(docs)
    return _frame(columns(docs, with_doc=True), _with_ids(docs, schema), backend)


def outline_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The outlines of ``docs`` as one DataFrame, one row per node.

    Columns: ``doc`` (the document's id, or its position in ``docs`` when no document has
    an id: see the module's docstring), then the fields of
    :data:`gongwen.OUTLINE_FIELDS`: ``index``, ``parent`` (index of the parent row),
    ``depth``, ``marker``, ``ordinal``, ``style``, ``heading``, ``tree``, ``path``,
    ``char_start``, ``char_end`` (character offsets: ``text[char_start:char_end]``),
    ``byte_start``, ``byte_end``. ``backend`` is ``"pandas"`` or ``"polars"``.
    """
    return _table(docs, "outline", backend)


def quantities_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The figures of ``docs`` as one DataFrame, one row per figure.

    Columns: ``doc``, ``index`` (position of the figure in its document), then the fields
    of :data:`gongwen.QUANTITY_FIELDS`: ``char_start``, ``char_end``, ``byte_start``,
    ``byte_end``, ``text``, ``value``, ``value_max``, ``unit``, ``comparator``,
    ``placeholder``, ``kind``, ``node`` (index of the innermost node, or missing),
    ``change``, ``change_direction``, ``change_from``, ``change_to``, ``modality``,
    ``deadline``, ``deadline_year``, ``path`` (that node's path). Filter
    ``kind == "quantity"`` for targets.
    """
    return _table(docs, "quantities", backend)


def elements_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The document elements of ``docs`` as one DataFrame, one row per element.

    Columns: ``doc``, ``index`` (position of the element in its document), then the fields
    of :data:`gongwen.ELEMENT_FIELDS`: ``element`` (``doc_number``, ``recipients``, ``date``
    …), ``char_start``, ``char_end``, ``byte_start``, ``byte_end``, ``text``, ``value`` (a
    ``dict``, a ``list``, an ISO date or a ``str``).
    """
    return _table(docs, "elements", backend)


def references_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The references of ``docs`` as one DataFrame, one row per reference.

    Columns: ``doc``, ``index``, then the fields of :data:`gongwen.REFERENCE_FIELDS`:
    ``reference`` (``document``, ``internal``, ``external``), ``char_start``, ``char_end``,
    ``byte_start``, ``byte_end``, ``text``, ``value`` (a ``dict``), ``node`` (index of the
    article or item a provision of the document resolves to, or missing).
    """
    return _table(docs, "references", backend)


def noise_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The noise spans of ``docs`` as one DataFrame, one row per span.

    Columns: ``doc``, ``index`` (position of the span in its document), then the fields of
    :data:`gongwen.NOISE_FIELDS` (``kind``, ``text``, character and byte offsets).
    """
    return _table(docs, "noise", backend)


def diagnostics_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The diagnostics of ``docs`` as one DataFrame, one row per diagnostic.

    Columns: ``doc``, ``index`` (position of the diagnostic in its document), then the
    fields of :data:`gongwen.DIAGNOSTIC_FIELDS` (``kind``, ``message``, ``line``,
    ``column``, offsets, the related span's offsets …).
    """
    return _table(docs, "diagnostics", backend)


def documents_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """One row per document of ``docs``: the table to join the others to on ``doc``.

    Columns: ``doc`` (as in every frame: the id, or the position when no document has an
    id), ``title`` (on one line: white space and line breaks removed; missing when the
    document has none), ``chars`` (length in characters), ``nodes``, ``max_depth`` (0
    without nodes), ``quantities`` (figures of every kind), ``targets`` (figures of kind
    ``quantity``), ``elements``, ``references``, ``noise``, ``diagnostics`` (counts).
    """
    _import(backend)
    docs = _docs(docs)
    with_ids = any(getattr(d, "id", None) is not None for d in docs)
    columns: Dict[str, List[Any]] = {name: [] for name, _ in _DOCUMENTS}
    for i, d in enumerate(docs):
        if not isinstance(d, _gongwen.Document):
            raise TypeError(f"item {i}: expected gongwen.Document, not {type(d).__name__}")
        outline = d.outline
        quantities = d.quantities
        title = d.title
        row = (
            d.id if with_ids else i,
            "".join(title.split()) or None if title is not None else None,
            len(d.text),
            len(outline),
            max((n.depth for n in outline), default=0),
            len(quantities),
            sum(1 for q in quantities if q.kind == "quantity"),
            len(d.elements),
            len(d.references),
            len(d.noise),
            len(d.diagnostics),
        )
        for (name, _), value in zip(_DOCUMENTS, row):
            columns[name].append(value)
    return _frame(columns, _with_ids(docs, _DOCUMENTS), backend)


_TABLES = {
    "outline": (_gongwen._outline_columns, _OUTLINE),
    "quantities": (_gongwen._quantities_columns, _QUANTITIES),
    "elements": (_gongwen._elements_columns, _ELEMENTS),
    "references": (_gongwen._references_columns, _REFERENCES),
    "noise": (_gongwen._noise_columns, _NOISE),
    "diagnostics": (_gongwen._diagnostics_columns, _DIAGNOSTICS),
}


def _document_frame(doc: _gongwen.Document, what: str, backend: str) -> Any:
    """``Document.outline_frame()``, ``quantities_frame()``, ``elements_frame()``,
    ``references_frame()``, ``noise_frame()``, ``diagnostics_frame()``: one document, no
    ``doc`` column."""
    _import(backend)
    columns, schema = _TABLES[what]
    return _frame(columns([doc], with_doc=False), schema, backend)
