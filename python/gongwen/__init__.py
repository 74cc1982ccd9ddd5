"""Parse Chinese official documents (公文) into a lossless outline and typed quantities.

>>> import gongwen
>>> doc = gongwen.parse("某县工作要点\\n一、加强党的建设\\n（一）全面加强党的领导\\n")
>>> doc.title
'某县工作要点'
>>> [n.path for n in doc.outline]
['一、', '一、/（一）']

* :func:`parse`, :func:`parse_file` (text in UTF-8, GB18030/GBK or UTF-16, ``.docx``,
  ``.html``), :func:`parse_bytes`, :func:`parse_many` (all cores, GIL released) and
  :func:`read_jsonl` (a JSON Lines corpus) return :class:`Document` objects.
* A :class:`Document` has ``.text``, ``.title``, ``.outline`` (:class:`Node` objects in
  document order), ``.roots``, ``.quantities`` (:class:`Quantity`), ``.noise``,
  ``.diagnostics``, ``.elements`` (:class:`Element`: 发文字号, 主送机关, 成文日期 …),
  ``.references`` (:class:`Reference`: ``《…》`` citations, ``第十条`` provisions resolved to
  their articles), ``.id``, ``.to_dict()``, ``.to_json()``, ``.outline_frame()``,
  ``.quantities_frame()``, ``.elements_frame()``, ``.references_frame()``,
  ``.noise_frame()`` and ``.diagnostics_frame()`` (pandas; ``backend="polars"`` for polars,
  ``backend="arrow"`` for an :class:`ArrowTable`: Arrow record batches behind the Arrow
  PyCapsule interface, read without a copy by pyarrow, polars, pandas and DuckDB).
* Frames of many documents: :func:`outline_frame`, :func:`quantities_frame`,
  :func:`elements_frame`, :func:`references_frame`, :func:`noise_frame`,
  :func:`diagnostics_frame`, :func:`documents_frame` (one row per document).
* Ids travel: ``parse_many(texts, ids=ids)``, ``parse_file(path)`` (the path),
  ``read_jsonl(path)`` (the ``id`` field) set ``Document.id``, which pickling keeps and the
  frames of several documents (:func:`outline_frame`, :func:`documents_frame` …) give as
  their ``doc`` column.
* Offsets are character offsets: ``doc.text[n.char_start:n.char_end] == n.text``.
* Every field of a row (``OUTLINE_FIELDS``, ``QUANTITY_FIELDS``, ``NOISE_FIELDS``,
  ``DIAGNOSTIC_FIELDS``, ``ELEMENT_FIELDS``, ``REFERENCE_FIELDS``, ``DOCUMENT_FIELDS``: the keys of the CLI's
  JSON rows and the CSV columns) is an attribute of its object and a column of its frame.
* Results pickle (they re-parse their text), so they travel to worker processes.
* Input that cannot be parsed raises :class:`GongwenError` (a ``ValueError``).

``python -m gongwen outline|quantities|parse|tree FILE…`` prints what the ``gongwen`` CLI
prints.
"""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING, Iterable, List, Optional, Union

from ._gongwen import (
    DIAGNOSTIC_FIELDS,
    DOCUMENT_FIELDS,
    ELEMENT_FIELDS,
    NOISE_FIELDS,
    OUTLINE_FIELDS,
    QUANTITY_FIELDS,
    REFERENCE_FIELDS,
    ArrowTable,
    Diagnostic,
    Document,
    Element,
    GongwenError,
    InputTypeError,
    Node,
    Noise,
    Quantity,
    Reference,
    __version__,
    _parse_bytes,
    _read_jsonl,
    parse,
    parse_many,
)
from .frames import (
    diagnostics_frame,
    documents_frame,
    elements_frame,
    noise_frame,
    outline_frame,
    quantities_frame,
    references_frame,
)

if TYPE_CHECKING:  # pragma: no cover
    _PathLike = Union[str, "os.PathLike[str]"]

__all__ = [
    "DIAGNOSTIC_FIELDS",
    "DOCUMENT_FIELDS",
    "ELEMENT_FIELDS",
    "NOISE_FIELDS",
    "OUTLINE_FIELDS",
    "QUANTITY_FIELDS",
    "REFERENCE_FIELDS",
    "ArrowTable",
    "Diagnostic",
    "Document",
    "Element",
    "GongwenError",
    "InputTypeError",
    "Node",
    "Noise",
    "Quantity",
    "Reference",
    "__version__",
    "diagnostics_frame",
    "documents_frame",
    "elements_frame",
    "outline_frame",
    "parse",
    "parse_bytes",
    "parse_file",
    "noise_frame",
    "parse_many",
    "quantities_frame",
    "read_jsonl",
    "references_frame",
]


def parse_file(
    path: _PathLike, *, encoding: str = "auto", format: str = "auto", lossy: bool = False
) -> Document:
    """Read the file at ``path`` and parse it.

    ``.txt``/``.md`` text, ``.docx`` (Word's automatic numbering is written out as the label
    Word shows) and ``.html``/``.htm`` pages are read; another extension is sniffed
    (``format`` forces one: ``"text"``, ``"docx"``, ``"html"``). Text and HTML may be in
    UTF-8, UTF-16 (with a byte-order mark) or GB18030/GBK, detected unless ``encoding`` is
    ``"utf-8"``, ``"gb18030"`` or ``"utf-16"``. The document reports what was used
    (``doc.encoding``, ``doc.source_format``, ``doc.page_title``); offsets refer to the
    decoded text, which ``doc.text`` returns.

    Detection replaces malformed bytes with U+FFFD and says so (``doc.warnings``, and a
    :class:`UserWarning`). A forced encoding is strict: malformed bytes raise
    :class:`GongwenError` with ``path`` and ``byte_offset`` set, unless ``lossy=True``. A
    damaged .docx raises :class:`GongwenError` naming the problem; a missing file the usual
    ``FileNotFoundError``. The document's :attr:`Document.id` is ``path`` as given (``str``).
    """
    name = os.fspath(path)
    with open(name, "rb") as f:
        data = f.read()
    doc = _parse_bytes(data, path=str(name), lossy=lossy, encoding=encoding, format=format)
    _warn(doc, str(name))
    return doc


def parse_bytes(data: bytes, *, encoding: str = "auto", format: str = "auto", lossy: bool = False) -> Document:
    """Parse the bytes of a document read elsewhere (a download, an archive member, a
    database blob): text in any encoding :func:`parse_file` reads, a ``.docx`` or an HTML
    page, sniffed unless ``format`` says which."""
    doc = _parse_bytes(bytes(data), lossy=lossy, encoding=encoding, format=format)
    _warn(doc, "<bytes>")
    return doc


def _warn(doc: Document, name: str) -> None:
    for message in doc.warnings:
        warnings.warn(f"{name}: {message}", UserWarning, stacklevel=3)


def read_jsonl(
    path: _PathLike, field: str = "text", *, id_field: str = "id", threads: Optional[int] = None
) -> List[Document]:
    """Parse a JSON Lines corpus: one JSON object a line, the text in ``field``, the id in
    ``id_field`` (as the CLI's ``--jsonl-field`` and ``--id-field``).

    A record's id becomes :attr:`Document.id`: a string as is, another JSON value (a number)
    as its JSON text (``7`` → ``"7"``), ``None`` when the record has no such field or it is
    ``null``. Decoding and parsing run in Rust on all cores (``threads`` to limit them) with
    the GIL released; documents come back in file order (blank lines are skipped). A line
    that is not a JSON object with a string ``field`` raises :class:`GongwenError` with
    ``path`` and ``line`` set; invalid UTF-8 raises it with ``byte_offset`` too.
    """
    name = os.fspath(path)
    with open(name, "rb") as f:
        data = f.read()
    return _read_jsonl(data, path=str(name), field=field, id_field=id_field, threads=threads)
