"""Shared by :mod:`gongwen.dask` and :mod:`gongwen.spark`: parse one partition in batches.

A partition's texts are parsed ``batch_size`` at a time with :func:`gongwen.parse_many`
(with their ids, if any) and turned into the Arrow tables of :func:`gongwen.outline_frame`
/ :func:`gongwen.quantities_frame` (the same Rust code, ``_arrow_table``), ``doc`` being
the id or the position in the whole corpus. Only one batch of
:class:`~gongwen.Document` objects is alive at a time.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, List, Optional, Sequence, Tuple

from . import _gongwen
from .frames import _OUTLINE, _QUANTITIES, _convert

__all__: List[str] = []

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


def meta(what: str, ids: bool) -> Any:
    """An empty pandas frame of ``what``, as the partitions are (Dask's ``meta``)."""
    return _convert(_gongwen._arrow_table([], what, ids=ids), what, "pandas")


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


def parse_tables(
    texts: Sequence[Any],
    ids: Optional[Sequence[Optional[str]]],
    first: int,
    what: Sequence[str],
    *,
    batch_size: int,
    threads: Optional[int],
) -> Iterator[Tuple[Any, ...]]:
    """For each batch of ``texts``: one Arrow table (``_gongwen._arrow_table``) per name in
    ``what``, whose ``doc`` is ``ids`` (made by :func:`as_id`) or, without ids, the position
    in the corpus (``first`` for the first text)."""
    for start in range(0, len(texts), batch_size):
        batch_ids = ids[start : start + batch_size] if ids is not None else None
        docs = _gongwen.parse_many(texts[start : start + batch_size], ids=batch_ids, threads=threads)
        yield tuple(
            _gongwen._arrow_table(docs, name, ids=ids is not None, first=first + start) for name in what
        )
        del docs


def parse_frames(
    texts: Sequence[Any],
    ids: Optional[Sequence[Optional[str]]],
    first: int,
    what: Sequence[str],
    *,
    batch_size: int,
    threads: Optional[int],
) -> Tuple[Any, ...]:
    """The pandas frames of all the batches of :func:`parse_tables` (one per name in
    ``what``), as :func:`gongwen.outline_frame` converts them."""
    import pyarrow

    parts: List[List[Any]] = [[] for _ in what]
    for tables in parse_tables(texts, ids, first, what, batch_size=batch_size, threads=threads):
        for acc, table in zip(parts, tables):
            acc.append(pyarrow.table(table))
    out = []
    for name, acc in zip(what, parts):
        table = pyarrow.concat_tables(acc) if acc else _gongwen._arrow_table([], name, ids=ids is not None)
        out.append(_convert(table, name, "pandas"))
    return tuple(out)


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
