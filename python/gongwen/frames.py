"""DataFrames of outlines, quantities, elements and references (pandas or polars, imported
only when asked for).

The columns come from Rust in one pass (``gongwen._gongwen._outline_columns``): ``doc``, then
the fields of the row (:data:`gongwen.OUTLINE_FIELDS`, :data:`gongwen.QUANTITY_FIELDS`), typed
from the same field tables; this module only picks the library and the dtypes. Integer
columns that may be missing (``parent``, ``node``) are pandas' nullable ``Int64``; in polars
every column is nullable. A ``json`` column (the ``value`` of elements and references) holds
plain Python data (``str``, ``list``, ``dict``): pandas' ``object``, polars' ``Object``.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Tuple, Union

from . import _gongwen

__all__ = ["elements_frame", "outline_frame", "quantities_frame", "references_frame"]


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


def _docs(docs: Union[_gongwen.Document, Iterable[_gongwen.Document]]) -> Iterable[_gongwen.Document]:
    return [docs] if isinstance(docs, _gongwen.Document) else docs


def outline_frame(docs: Union[_gongwen.Document, Iterable[_gongwen.Document]], *, backend: str = "pandas") -> Any:
    """The outlines of ``docs`` as one DataFrame, one row per node.

    Columns: ``doc`` (position of the document in ``docs``), then the fields of
    :data:`gongwen.OUTLINE_FIELDS`: ``index``, ``parent`` (index of the parent row),
    ``depth``, ``marker``, ``ordinal``, ``style``, ``heading``, ``tree``, ``path``,
    ``char_start``, ``char_end`` (character offsets: ``text[char_start:char_end]``),
    ``byte_start``, ``byte_end``. ``backend`` is ``"pandas"`` or ``"polars"``.
    """
    _import(backend)
    return _frame(_gongwen._outline_columns(_docs(docs), with_doc=True), _OUTLINE, backend)


def quantities_frame(docs: Union[_gongwen.Document, Iterable[_gongwen.Document]], *, backend: str = "pandas") -> Any:
    """The figures of ``docs`` as one DataFrame, one row per figure.

    Columns: ``doc``, ``index`` (position of the figure in its document), then the fields
    of :data:`gongwen.QUANTITY_FIELDS`: ``char_start``, ``char_end``, ``byte_start``,
    ``byte_end``, ``text``, ``value``, ``value_max``, ``unit``, ``comparator``,
    ``placeholder``, ``kind``, ``node`` (index of the innermost node, or missing),
    ``change``, ``change_direction``, ``change_from``, ``change_to``, ``modality``,
    ``deadline``, ``deadline_year``, ``path`` (that node's path). Filter
    ``kind == "quantity"`` for targets.
    """
    _import(backend)
    return _frame(_gongwen._quantities_columns(_docs(docs), with_doc=True), _QUANTITIES, backend)


def elements_frame(docs: Union[_gongwen.Document, Iterable[_gongwen.Document]], *, backend: str = "pandas") -> Any:
    """The document elements of ``docs`` as one DataFrame, one row per element.

    Columns: ``doc``, ``index`` (position of the element in its document), then the fields
    of :data:`gongwen.ELEMENT_FIELDS`: ``element`` (``doc_number``, ``recipients``, ``date``
    …), ``char_start``, ``char_end``, ``byte_start``, ``byte_end``, ``text``, ``value`` (a
    ``dict``, a ``list``, an ISO date or a ``str``).
    """
    _import(backend)
    return _frame(_gongwen._elements_columns(_docs(docs), with_doc=True), _ELEMENTS, backend)


def references_frame(docs: Union[_gongwen.Document, Iterable[_gongwen.Document]], *, backend: str = "pandas") -> Any:
    """The references of ``docs`` as one DataFrame, one row per reference.

    Columns: ``doc``, ``index``, then the fields of :data:`gongwen.REFERENCE_FIELDS`:
    ``reference`` (``document``, ``internal``, ``external``), ``char_start``, ``char_end``,
    ``byte_start``, ``byte_end``, ``text``, ``value`` (a ``dict``), ``node`` (index of the
    article or item a provision of the document resolves to, or missing).
    """
    _import(backend)
    return _frame(_gongwen._references_columns(_docs(docs), with_doc=True), _REFERENCES, backend)


_TABLES = {
    "outline": (_gongwen._outline_columns, _OUTLINE),
    "quantities": (_gongwen._quantities_columns, _QUANTITIES),
    "elements": (_gongwen._elements_columns, _ELEMENTS),
    "references": (_gongwen._references_columns, _REFERENCES),
}


def _document_frame(doc: _gongwen.Document, what: str, backend: str) -> Any:
    """``Document.outline_frame()``, ``quantities_frame()``, ``elements_frame()``,
    ``references_frame()``: one document, no ``doc`` column."""
    _import(backend)
    columns, schema = _TABLES[what]
    return _frame(columns([doc], with_doc=False), schema, backend)
