"""Parse Chinese official documents (公文) into a lossless outline and typed quantities.

>>> import gongwen
>>> doc = gongwen.parse("某县工作要点\\n一、加强党的建设\\n（一）全面加强党的领导\\n")
>>> doc.title
'某县工作要点'
>>> [n.path for n in doc.outline]
['一、', '一、/（一）']

* :func:`parse`, :func:`parse_file`, :func:`parse_many` (all cores, GIL released) and
  :func:`read_jsonl` (a JSON Lines corpus) return :class:`Document` objects.
* A :class:`Document` has ``.text``, ``.title``, ``.outline`` (:class:`Node` objects in
  document order), ``.roots``, ``.quantities`` (:class:`Quantity`), ``.noise``,
  ``.diagnostics``, ``.to_dict()``, ``.to_json()``, ``.outline_frame()`` and
  ``.quantities_frame()`` (pandas; ``backend="polars"`` for polars).
* Offsets are character offsets: ``doc.text[n.char_start:n.char_end] == n.text``.
* Every field of a row (``OUTLINE_FIELDS``, ``QUANTITY_FIELDS``, ``NOISE_FIELDS``,
  ``DIAGNOSTIC_FIELDS``: the keys of the CLI's JSON rows and the CSV columns) is an
  attribute of its object and a column of its frame.
* Results pickle (they re-parse their text), so they travel to worker processes.
* Input that cannot be parsed raises :class:`GongwenError` (a ``ValueError``).

``python -m gongwen outline|quantities|parse|tree FILE…`` prints what the ``gongwen`` CLI
prints.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable, List, Optional, Union

from ._gongwen import (
    DIAGNOSTIC_FIELDS,
    NOISE_FIELDS,
    OUTLINE_FIELDS,
    QUANTITY_FIELDS,
    Diagnostic,
    Document,
    GongwenError,
    InputTypeError,
    Node,
    Noise,
    Quantity,
    __version__,
    _parse_bytes,
    _read_jsonl,
    parse,
    parse_many,
)
from .frames import outline_frame, quantities_frame

if TYPE_CHECKING:  # pragma: no cover
    _PathLike = Union[str, "os.PathLike[str]"]

__all__ = [
    "DIAGNOSTIC_FIELDS",
    "NOISE_FIELDS",
    "OUTLINE_FIELDS",
    "QUANTITY_FIELDS",
    "Diagnostic",
    "Document",
    "GongwenError",
    "InputTypeError",
    "Node",
    "Noise",
    "Quantity",
    "__version__",
    "outline_frame",
    "parse",
    "parse_file",
    "parse_many",
    "quantities_frame",
    "read_jsonl",
]


def parse_file(path: _PathLike, *, lossy: bool = False) -> Document:
    """Read the file at ``path`` and parse it.

    The file must be UTF-8 (a BOM is kept as part of the text). Invalid UTF-8 raises
    :class:`GongwenError` with ``path`` and ``byte_offset`` (the first bad byte) set,
    unless ``lossy=True``, which replaces bad bytes with U+FFFD; offsets then refer to
    the replaced text, which ``doc.text`` returns. A missing file raises the usual
    ``FileNotFoundError``.
    """
    name = os.fspath(path)
    with open(name, "rb") as f:
        data = f.read()
    return _parse_bytes(data, path=str(name), lossy=lossy)


def read_jsonl(
    path: _PathLike, field: str = "text", *, threads: Optional[int] = None
) -> List[Document]:
    """Parse a JSON Lines corpus: one JSON object a line, the text in ``field``.

    Decoding and parsing run in Rust on all cores (``threads`` to limit them) with the GIL
    released; documents come back in file order (blank lines are skipped). A line that is
    not a JSON object with a string ``field`` raises :class:`GongwenError` with ``path``
    and ``line`` set; invalid UTF-8 raises it with ``byte_offset`` too.
    """
    name = os.fspath(path)
    with open(name, "rb") as f:
        data = f.read()
    return _read_jsonl(data, path=str(name), field=field, threads=threads)

