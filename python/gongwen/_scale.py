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


def schema(what: str) -> List[Tuple[str, str]]:
    """The (column, kind) list of ``what`` ("outline" or "quantities"), as in frames.py."""
    if what == "outline":
        return _OUTLINE
    if what == "quantities":
        return _QUANTITIES
    raise ValueError(f"what must be 'outline' or 'quantities', not {what!r}")


def empty(what: str) -> Columns:
    return {name: [] for name, _ in schema(what)}


def check(batch_size: int, threads: Optional[int]) -> None:
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, not {batch_size!r}")
    if threads is not None and (not isinstance(threads, int) or threads < 1):
        raise ValueError(f"threads must be a positive integer or None, not {threads!r}")


def parse_batches(
    texts: Sequence[Any],
    ids: Sequence[int],
    what: Sequence[str],
    *,
    batch_size: int,
    threads: Optional[int],
) -> Iterator[Tuple[Columns, ...]]:
    """For each batch of ``texts``: one column dict per name in ``what``, ``doc`` = ``ids``."""
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
    ids: Sequence[int],
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


def texts_of(items: Iterable[Any], field: str) -> List[Any]:
    """Texts from strings, bytes or mappings (``item[field]``)."""
    return [item[field] if isinstance(item, dict) else item for item in items]
