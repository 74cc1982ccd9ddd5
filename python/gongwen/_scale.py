"""Shared by :mod:`gongwen.dask` and :mod:`gongwen.spark`: parse one partition in batches.

A partition's texts are parsed ``batch_size`` at a time with :func:`gongwen.parse_many`
and turned into the columns of :func:`gongwen.outline_frame` /
:func:`gongwen.quantities_frame` (the same Rust code, ``_outline_columns``), with ``doc``
rewritten from the position in the batch to the document's id in the whole corpus.
Only one batch of :class:`~gongwen.Document` objects is alive at a time.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from . import _gongwen
from .frames import _OUTLINE, _QUANTITIES

__all__: List[str] = []

Columns = Dict[str, List[Any]]
WHAT = ("outline", "quantities")


def schema(what: str, ids: bool = False) -> List[Tuple[str, str]]:
    """The (column, kind) list of ``what`` ("outline" or "quantities"), as in frames.py;
    with ``ids``, ``doc`` holds ids (``str?``) instead of positions (``int``)."""
    if what == "outline":
        columns = _OUTLINE
    elif what == "quantities":
        columns = _QUANTITIES
    else:
        raise ValueError(f"what must be 'outline' or 'quantities', not {what!r}")
    return [("doc", "str?"), *columns[1:]] if ids else columns


def empty(what: str) -> Columns:
    return {name: [] for name, _ in schema(what)}


def as_id(value: Any) -> Optional[str]:
    """An id column's value as the ``doc`` of its rows: a ``str`` as is, a number as its
    text (``7`` -> ``"7"``), a missing value (``None``, NaN, ``pd.NA``) as ``None``."""
    if value is None or isinstance(value, str):
        return value
    try:
        if value != value:  # NaN
            return None
    except (TypeError, ValueError):  # pd.NA
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return str(value)


def check(batch_size: int, threads: Optional[int]) -> None:
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, not {batch_size!r}")
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise ValueError(f"threads must be a positive integer or None, not {threads!r}")


def parse_batches(
    texts: Sequence[Any],
    ids: Sequence[Any],
    what: Sequence[str],
    *,
    batch_size: int,
    threads: Optional[int],
) -> Iterator[Tuple[Columns, ...]]:
    """For each batch of ``texts``: one column dict per name in ``what``, ``doc`` = ``ids``
    (positions, or ids made by :func:`as_id`)."""
    for start in range(0, len(texts), batch_size):
        docs = _gongwen.parse_many(texts[start : start + batch_size], threads=threads)
        batch_ids = ids[start : start + batch_size]
        out = []
        for name in what:
            if name == "outline":
                cols = _gongwen._outline_columns(docs, with_doc=True)
            else:
                cols = _gongwen._quantities_columns(docs, with_doc=True)
            cols["doc"] = [batch_ids[d] for d in cols["doc"]]
            out.append(cols)
        del docs
        yield tuple(out)


def parse_columns(
    texts: Sequence[Any],
    ids: Sequence[Any],
    what: Sequence[str],
    *,
    batch_size: int,
    threads: Optional[int],
) -> Tuple[Columns, ...]:
    """All the batches of :func:`parse_batches`, concatenated."""
    acc = tuple(empty(name) for name in what)
    for cols in parse_batches(texts, ids, what, batch_size=batch_size, threads=threads):
        for total, part in zip(acc, cols):
            for name, values in total.items():
                values.extend(part[name])
    return acc


def value_of(item: Any, name: str) -> Any:
    """``item[name]`` of a record (``dict``), with an error naming the field when missing."""
    if not isinstance(item, dict):
        raise TypeError(f"doc={name!r} names a field of dict records, not of {type(item).__name__} items")
    if name not in item:
        raise KeyError(f"a record has no {name!r} field (its fields: {sorted(item)[:10]})")
    return item[name]


def texts_of(items: Iterable[Any], field: str) -> List[Any]:
    """Texts from strings, bytes or mappings (``item[field]``)."""
    return [item[field] if isinstance(item, dict) else item for item in items]
