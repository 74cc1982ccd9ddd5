"""DataFrames of documents, outlines, quantities, elements, references, noise and diagnostics:
pandas, polars, or the Arrow table itself (each library imported only when asked for).

Every frame is built from Arrow record batches made in Rust (``gongwen-arrow``: column by
column from the rows' field tables, in parallel, GIL released) and handed over through the
Arrow PyCapsule interface (``__arrow_c_stream__``): ``backend="arrow"`` returns that object
(:class:`gongwen.ArrowTable`), which ``pyarrow.table``, ``polars.DataFrame``,
``pandas.DataFrame.from_arrow`` (pandas 3) and DuckDB read without a copy per row; ``"polars"`` is
``polars.DataFrame`` of it; ``"pandas"`` is ``pyarrow.table(t).to_pandas()`` (pandas needs
pyarrow here) with the integer columns that may be missing (``parent``, ``node``) as
pandas' nullable ``Int64``; strings are pandas' default string dtype (``str`` in pandas 3).

Columns: ``doc``, ``index`` when the row has no such field (the row's position in its
document), then the row's fields (:data:`gongwen.OUTLINE_FIELDS` …), in order.
A ``json`` column (the ``value`` of elements and references) is compact JSON text in the
Arrow table (``json.loads`` it, or DuckDB's ``json_extract``) and plain Python data
(``str``, ``list``, ``dict``) in the pandas (``object``) and polars (``Object``) frames.

``doc`` names the document of each row, with one type per call: the documents' ids
(:attr:`gongwen.Document.id`, ``str``) when any of them has one (missing for a document
without an id), else their positions in ``docs`` (``int``: 0, 1, 2 …).
"""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

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
    bool, json. ``doc`` is ``int`` here (positions); ``str?`` with ids."""
    fields = _gongwen._SCHEMAS[what]
    columns = [("doc", "int")]
    if what != "documents" and not any(name == "index" for name, *_ in fields):
        columns.append(("index", "int"))
    columns.extend((name, kind) for name, kind, _link, _doc in fields)
    return columns


_TABLES = ("outline", "quantities", "elements", "references", "noise", "diagnostics", "documents")
_SCHEMA: Dict[str, List[Tuple[str, str]]] = {what: _columns(what) for what in _TABLES}
# Kept for gongwen.dask / gongwen.spark (and older imports).
_OUTLINE = _SCHEMA["outline"]
_QUANTITIES = _SCHEMA["quantities"]

_BACKENDS = ("pandas", "polars", "arrow")


def _import(backend: str) -> Any:
    if backend not in _BACKENDS:
        raise ValueError(f"backend must be 'pandas', 'polars' or 'arrow', not {backend!r}")
    if backend == "arrow":
        return None
    try:
        if backend == "pandas":
            import pandas
            import pyarrow  # noqa: F401 (the Arrow table is converted by pyarrow)

            return pandas
        import polars

        return polars
    except ImportError as e:
        raise ImportError(
            f"gongwen frames with backend={backend!r} need {backend}"
            f"{' and pyarrow' if backend == 'pandas' else ''}: pip install 'gongwen[{backend}]'"
        ) from e


def _json_values(column: Any) -> List[Any]:
    return [None if v is None else json.loads(v) for v in column]


def _convert(table: Any, what: str, backend: str) -> Any:
    """The Arrow table ``table`` of ``what`` as a frame of ``backend``."""
    lib = _import(backend)
    if backend == "arrow":
        return table
    kinds = [(name, kind) for name, kind in _SCHEMA[what] if kind in ("int?", "json")]
    if backend == "polars":
        df = lib.DataFrame(table)
        for name, _ in (k for k in kinds if k[1] == "json"):
            df = df.with_columns(lib.Series(name, _json_values(df[name].to_list()), dtype=lib.Object))
        return df
    import pyarrow

    arrow = pyarrow.table(table)
    df = arrow.to_pandas()
    for name, kind in kinds:
        column = arrow.column(name)
        if kind == "int?":
            df[name] = column.to_pandas(types_mapper={pyarrow.int64(): lib.Int64Dtype()}.get)
        else:
            df[name] = lib.Series(_json_values(column.to_pylist()), dtype=object)
    return df


_Docs = Union[_gongwen.Document, Iterable[_gongwen.Document]]


def _docs(docs: _Docs) -> List[_gongwen.Document]:
    return [docs] if isinstance(docs, _gongwen.Document) else list(docs)


def _frame(docs: _Docs, what: str, backend: str, *, ids: Optional[bool] = None, first: int = 0) -> Any:
    """The frame of table ``what`` of ``docs``, with a ``doc`` column (ids when ``ids`` or,
    when ``None``, when a document has an id; else positions from ``first``)."""
    _import(backend)
    table = _gongwen._arrow_table(_docs(docs), what, with_doc=True, ids=ids, first=first)
    return _convert(table, what, backend)


def outline_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The outlines of ``docs`` as one DataFrame, one row per node.

    Columns: ``doc`` (the document's id, or its position in ``docs`` when no document has
    an id: see the module's docstring), then the fields of
    :data:`gongwen.OUTLINE_FIELDS`: ``index``, ``parent`` (index of the parent row),
    ``depth``, ``marker``, ``ordinal``, ``style``, ``heading``, ``tree``, ``path``,
    ``char_start``, ``char_end`` (character offsets: ``text[char_start:char_end]``),
    ``byte_start``, ``byte_end``. ``backend`` is ``"pandas"``, ``"polars"`` or ``"arrow"``
    (a :class:`gongwen.ArrowTable`).
    """
    return _frame(docs, "outline", backend)


def quantities_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The figures of ``docs`` as one DataFrame, one row per figure.

    Columns: ``doc``, ``index`` (position of the figure in its document), then the fields
    of :data:`gongwen.QUANTITY_FIELDS`: ``char_start``, ``char_end``, ``byte_start``,
    ``byte_end``, ``text``, ``value``, ``value_max``, ``unit``, ``comparator``,
    ``placeholder``, ``kind``, ``node`` (index of the innermost node, or missing),
    ``change``, ``change_direction``, ``change_from``, ``change_to``, ``modality``,
    ``deadline``, ``deadline_year``, ``path`` (that node's path). Filter
    ``kind == "quantity"`` for targets. ``backend``: see :func:`outline_frame`.
    """
    return _frame(docs, "quantities", backend)


def elements_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The document elements of ``docs`` as one DataFrame, one row per element.

    Columns: ``doc``, ``index`` (position of the element in its document), then the fields
    of :data:`gongwen.ELEMENT_FIELDS`: ``element`` (``doc_number``, ``recipients``, ``date``
    …), ``char_start``, ``char_end``, ``byte_start``, ``byte_end``, ``text``, ``value`` (a
    ``dict``, a ``list``, an ISO date or a ``str``; JSON text in the Arrow table).
    """
    return _frame(docs, "elements", backend)


def references_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The references of ``docs`` as one DataFrame, one row per reference.

    Columns: ``doc``, ``index``, then the fields of :data:`gongwen.REFERENCE_FIELDS`:
    ``reference`` (``document``, ``internal``, ``external``), ``char_start``, ``char_end``,
    ``byte_start``, ``byte_end``, ``text``, ``value`` (a ``dict``; JSON text in the Arrow
    table), ``node`` (index of the article or item a provision of the document resolves
    to, or missing).
    """
    return _frame(docs, "references", backend)


def noise_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The noise spans of ``docs`` as one DataFrame, one row per span.

    Columns: ``doc``, ``index`` (position of the span in its document), then the fields of
    :data:`gongwen.NOISE_FIELDS` (``kind``, ``text``, character and byte offsets).
    """
    return _frame(docs, "noise", backend)


def diagnostics_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """The diagnostics of ``docs`` as one DataFrame, one row per diagnostic.

    Columns: ``doc``, ``index`` (position of the diagnostic in its document), then the
    fields of :data:`gongwen.DIAGNOSTIC_FIELDS` (``kind``, ``message``, ``line``,
    ``column``, offsets, the related span's offsets …).
    """
    return _frame(docs, "diagnostics", backend)


def documents_frame(docs: _Docs, *, backend: str = "pandas") -> Any:
    """One row per document of ``docs``: the table to join the others to on ``doc``.

    Columns: ``doc`` (as in every frame: the id, or the position when no document has an
    id), then the fields of :data:`gongwen.DOCUMENT_FIELDS` (the CLI's ``gongwen
    documents`` rows): ``title`` (on one line, without white space or noise), ``genre``
    (the document type its title ends with: ``通知``, ``意见``, ``条例`` …), ``doc_number``,
    ``date`` (ISO), ``issuer``, ``chars``, ``nodes``, ``max_depth``, ``trees``,
    ``quantities`` (figures of every kind), ``targets`` (figures of kind ``quantity``),
    ``references``, ``noise``, ``diagnostics``.
    """
    return _frame(docs, "documents", backend)


def _document_frame(doc: _gongwen.Document, what: str, backend: str) -> Any:
    """``Document.outline_frame()``, ``quantities_frame()``, ``elements_frame()``,
    ``references_frame()``, ``noise_frame()``, ``diagnostics_frame()``: one document, no
    ``doc`` column."""
    _import(backend)
    return _convert(_gongwen._arrow_table([doc], what, with_doc=False), what, backend)
