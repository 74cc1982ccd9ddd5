"""Parse a corpus with Dask: outline and quantity tables as dask DataFrames.

Needs the ``dask`` extra (``pip install 'gongwen[dask]'``); ``import gongwen`` never
imports dask. Every partition is parsed in batches with :func:`gongwen.parse_many` on the
worker that holds it; the tables have the columns and dtypes of
:func:`gongwen.outline_frame` / :func:`gongwen.quantities_frame` (``meta`` is declared
from an empty frame of those). ``doc`` is the value of an id field or column
(``doc="id"``), as text (``str``, an integer id ``7`` gives ``"7"``, a missing one ``None``:
the ``doc`` of :func:`gongwen.outline_frame` of documents with ids), or, without ``doc``,
the document's position in the whole corpus (``int``)::

    import gongwen.dask
    records = gongwen.dask.read_jsonl("corpus/*.jsonl")     # a dask.bag of dicts
    outline, quantities = gongwen.dask.frames(records, doc="id")  # lazy dask DataFrames
    outline.groupby("depth").size().compute()

The input may be a ``dask.bag`` of texts or of dicts (records, with a ``text`` field), a
dask DataFrame with a text column (``read_parquet``, ``dd.read_json(..., lines=True)``), or
a dask Series of texts. Without ``doc``, the rows of each partition are counted first (one
quick pass) so that ``doc`` numbers the documents 0, 1, 2, … in corpus order, as
``gongwen.outline_frame(gongwen.parse_many(all_texts))`` does.
"""

from __future__ import annotations

import json
from operator import getitem
from typing import TYPE_CHECKING, Any, List, Optional, Sequence, Tuple, Union

from . import _scale

if TYPE_CHECKING:  # pragma: no cover
    import os

    _Paths = Union[str, "os.PathLike[str]", Sequence[Union[str, "os.PathLike[str]"]]]

__all__ = [
    "frames",
    "outline_frame",
    "outline_meta",
    "quantities_frame",
    "quantities_meta",
    "read_jsonl",
    "read_parquet",
]


def _dask() -> Any:
    try:
        import dask
        import dask.bag
        import dask.dataframe
    except ImportError as e:
        raise ImportError(
            "gongwen.dask needs dask[dataframe], pandas and pyarrow: pip install 'gongwen[dask]'"
        ) from e
    return dask


def _paths(paths: Any) -> Any:
    import os

    if isinstance(paths, (str, os.PathLike)):
        return os.fspath(paths)
    return [os.fspath(p) for p in paths]


def outline_meta(*, ids: bool = False) -> Any:
    """An empty pandas DataFrame with the columns and dtypes of the outline table (``doc``
    of ids, strings, with ``ids``; of positions, ``int64``, without)."""
    return _scale.meta("outline", ids)


def quantities_meta(*, ids: bool = False) -> Any:
    """An empty pandas DataFrame with the columns and dtypes of the quantities table."""
    return _scale.meta("quantities", ids)


def _record_of_line(line: str, field: str) -> Any:
    obj = json.loads(line)
    if not isinstance(obj, dict) or not isinstance(obj.get(field), str):
        raise ValueError(f"JSON Lines input: expected an object with a string {field!r}: {line[:80]!r}")
    return obj


def _not_blank(line: str) -> bool:
    return bool(line.strip())


def read_jsonl(paths: _Paths, field: str = "text", *, blocksize: Union[int, str, None] = "8MiB") -> Any:
    """A ``dask.bag`` of the records of JSON Lines files: one ``dict`` per line, every field
    kept (the id, the title, the source …), the text in ``field`` (checked: a record without
    a string ``field`` raises ``ValueError``).

    Give it to :func:`frames` with the same field names: ``frames(records, text=field,
    doc="id")`` (as the CLI's ``--jsonl-field`` and ``--id-field``); ``records.pluck(field)``
    is the bag of texts. ``paths`` is a path, a glob (``"corpus/*.jsonl"``) or a list of
    them, local or any fsspec URL. Files are split into partitions of about ``blocksize``
    bytes at line breaks (``None``: one partition per file). Blank lines are skipped.
    """
    dask = _dask()
    lines = dask.bag.read_text(_paths(paths), blocksize=blocksize, encoding="utf-8")
    return lines.filter(_not_blank).map(_record_of_line, field)


def read_parquet(paths: _Paths, column: str = "text", **kwargs: Any) -> Any:
    """A dask DataFrame of the ``column`` of Parquet files (``dd.read_parquet``;
    ``kwargs`` go there, e.g. ``columns=["id", "text"]`` to keep an id column)."""
    dask = _dask()
    kwargs.setdefault("columns", [column])
    return dask.dataframe.read_parquet(_paths(paths), **kwargs)


def _partition_texts(part: Any, text: str, doc: Optional[str]) -> Tuple[List[Any], Optional[List[Any]]]:
    if hasattr(part, "columns"):  # pandas DataFrame
        texts = part[text].tolist()
        ids = [_scale.as_id(i) for i in part[doc].tolist()] if doc is not None else None
        return texts, ids
    if hasattr(part, "tolist"):  # pandas Series
        return part.tolist(), None
    items = list(part)
    if doc is not None:
        return _scale.texts_of(items, text), [_scale.as_id(_scale.value_of(item, doc)) for item in items]
    return _scale.texts_of(items, text), None


def _count(part: Any) -> int:
    if hasattr(part, "__len__"):
        return len(part)
    return sum(1 for _ in part)


def _parse_partition(
    part: Any, offset: int, text: str, doc: Optional[str], batch_size: int, threads: Optional[int]
) -> Tuple[Any, Any]:
    texts, ids = _partition_texts(part, text, doc)
    outline, quantities = _scale.parse_frames(
        texts, ids, offset, _scale.WHAT, batch_size=batch_size, threads=threads
    )
    return outline, quantities


def _partitions(corpus: Any, text: str, doc: Optional[str]) -> List[Any]:
    dask = _dask()
    if isinstance(corpus, dask.bag.Bag):
        return list(corpus.to_delayed())
    if isinstance(corpus, dask.dataframe.DataFrame):
        missing = [c for c in ([text] + ([doc] if doc else [])) if c not in corpus.columns]
        if missing:
            raise KeyError(f"gongwen.dask: no column {missing[0]!r} in {list(corpus.columns)}")
        return list(corpus[[text] + ([doc] if doc else [])].to_delayed())
    if isinstance(corpus, dask.dataframe.Series):
        if doc is not None:
            raise ValueError("doc= names an id column: pass a DataFrame, not a Series")
        return list(corpus.to_delayed())
    raise TypeError(
        "gongwen.dask expects a dask.bag, a dask DataFrame with a text column or a dask Series, "
        f"not {type(corpus).__name__}"
    )


def frames(
    corpus: Any,
    *,
    text: str = "text",
    doc: Optional[str] = None,
    batch_size: int = 256,
    threads: Optional[int] = 1,
) -> Tuple[Any, Any]:
    """``(outline, quantities)``: two lazy dask DataFrames from one parse of ``corpus``.

    ``text`` is the text column (or the field of dict items of a bag); ``doc`` an id column
    (or field) whose values become ``doc``, as text (``str``; ``None`` where missing). By
    default ``doc`` is the position in the corpus (``int``), which costs one counting pass
    over the input, run now. Each partition is parsed ``batch_size``
    documents at a time with ``parse_many(batch, threads=threads)``: one thread by
    default, as Dask runs one task per worker thread; raise it when workers have spare
    cores. Computing both tables together (``dask.compute(outline, quantities)``) parses
    every document once.
    """
    dask = _dask()
    _scale.check(batch_size, threads)
    parts = _partitions(corpus, text, doc)
    if doc is None:
        counts = dask.compute(*[dask.delayed(_count, pure=True)(p) for p in parts])
        offsets, total = [], 0
        for n in counts:
            offsets.append(total)
            total += int(n)
    else:
        offsets = [0] * len(parts)
    parse = dask.delayed(_parse_partition, pure=True, nout=2)
    parsed = [parse(p, off, text, doc, batch_size, threads) for p, off in zip(parts, offsets)]
    outline = dask.dataframe.from_delayed(
        [dask.delayed(getitem, pure=True)(p, 0) for p in parsed],
        meta=outline_meta(ids=doc is not None),
        verify_meta=False,
    )
    quantities = dask.dataframe.from_delayed(
        [dask.delayed(getitem, pure=True)(p, 1) for p in parsed],
        meta=quantities_meta(ids=doc is not None),
        verify_meta=False,
    )
    return outline, quantities


def outline_frame(corpus: Any, **kwargs: Any) -> Any:
    """The outline table of ``corpus`` as a lazy dask DataFrame (see :func:`frames`)."""
    return frames(corpus, **kwargs)[0]


def quantities_frame(corpus: Any, **kwargs: Any) -> Any:
    """The quantities table of ``corpus`` as a lazy dask DataFrame (see :func:`frames`)."""
    return frames(corpus, **kwargs)[1]
