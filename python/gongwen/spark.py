"""Parse a corpus with PySpark: outline and quantity tables as Spark DataFrames.

Needs the ``spark`` extra (``pip install 'gongwen[spark]'``: pyspark >= 3.5 and pyarrow);
``import gongwen`` never imports pyspark. The tables are built with ``mapInArrow``: each
Spark task parses its partition in batches with :func:`gongwen.parse_many` and returns
Arrow record batches with the declared schema (:func:`outline_schema`,
:func:`quantities_schema`), whose columns are those of :func:`gongwen.outline_frame` /
:func:`gongwen.quantities_frame`::

    import gongwen.spark
    df = spark.read.json("corpus/*.jsonl")                  # any DataFrame with a text column
    outline = gongwen.spark.outline_frame(df)               # text="text"
    outline.groupBy("depth").count().show()

``doc`` is the value of an id column (``doc="id"``, no extra job) as text (a string
column; an integer id ``7`` gives ``"7"``, a null id null), as ``gongwen.outline_frame``
of documents with ids gives it, or, without ``doc``, the document's position in ``df``
(a long: 0, 1, 2, … in partition order, as ``gongwen.outline_frame(gongwen.parse_many(texts))``
numbers them; this costs one job that counts the rows of each partition, run when the
table is built). The Python workers must be able to import
gongwen (the same environment as the driver, e.g. ``PYSPARK_PYTHON``).
"""

from __future__ import annotations

from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from . import _scale

__all__ = [
    "frames",
    "outline_frame",
    "outline_schema",
    "quantities_frame",
    "quantities_schema",
]

# frames.py kinds -> (Spark SQL type name, nullable)
_SPARK = {
    "int": ("LongType", False),
    "int?": ("LongType", True),
    "float?": ("DoubleType", True),
    "str": ("StringType", False),
    "str?": ("StringType", True),
    "bool": ("BooleanType", False),
}


def _types() -> Any:
    try:
        import pyarrow  # noqa: F401
        from pyspark.sql import types
    except ImportError as e:
        raise ImportError("gongwen.spark needs pyspark>=3.5 and pyarrow: pip install 'gongwen[spark]'") from e
    return types


def _schema(what: str, ids: bool) -> Any:
    types = _types()
    return types.StructType(
        [
            types.StructField(name, getattr(types, _SPARK[kind][0])(), nullable=_SPARK[kind][1])
            for name, kind in _scale.schema(what, ids)
        ]
    )


def outline_schema(*, ids: bool = False) -> Any:
    """The ``StructType`` of :func:`outline_frame` (long, double, string, boolean columns);
    ``doc`` is a string with ``ids`` (``doc="id"``), else a long."""
    return _schema("outline", ids)


def quantities_schema(*, ids: bool = False) -> Any:
    """The ``StructType`` of :func:`quantities_frame` (``ids``: see :func:`outline_schema`)."""
    return _schema("quantities", ids)


def _arrow_schema(what: str, ids: bool) -> Any:
    import pyarrow as pa

    arrow = {"int": pa.int64(), "int?": pa.int64(), "float?": pa.float64(), "str": pa.string(), "str?": pa.string(), "bool": pa.bool_()}
    return pa.schema([pa.field(name, arrow[kind], nullable=_SPARK[kind][1]) for name, kind in _scale.schema(what, ids)])


def _mapper(
    what: str, text: str, doc: Optional[str], offsets: Optional[Dict[int, int]], batch_size: int, threads: Optional[int]
) -> Callable[[Iterator[Any]], Iterator[Any]]:
    """The function given to ``mapInArrow``: record batches of texts -> record batches of rows."""

    def parse_partition(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa
        from pyspark import TaskContext

        schema = _arrow_schema(what, doc is not None)
        position = 0
        if offsets is not None:
            context = TaskContext.get()
            position = offsets.get(context.partitionId(), 0) if context is not None else 0
        for batch in batches:
            texts = batch.column(text).to_pylist()
            if doc is not None:
                ids: Optional[List[Optional[str]]] = [_scale.as_id(v) for v in batch.column(doc).to_pylist()]
                first = 0
            else:
                ids, first = None, position
                position += len(texts)
            for (table,) in _scale.parse_tables(texts, ids, first, (what,), batch_size=batch_size, threads=threads):
                yield from pa.table(table).cast(schema).to_batches()

    return parse_partition


def _offsets(df: Any) -> Dict[int, int]:
    """Row offset of each partition of ``df`` (one counting job, in the JVM)."""
    from pyspark.sql import functions as F

    counts = {row[0]: row[1] for row in df.select(F.spark_partition_id().alias("p")).groupBy("p").count().collect()}
    offsets, total = {}, 0
    for p in sorted(counts):
        offsets[p] = total
        total += counts[p]
    return offsets


def _table(
    df: Any, what: str, text: str, doc: Optional[str], batch_size: int, threads: Optional[int], offsets: Optional[Dict[int, int]]
) -> Any:
    _types()
    _scale.check(batch_size, threads)
    for column in [text] + ([doc] if doc else []):
        if column not in df.columns:
            raise KeyError(f"gongwen.spark: no column {column!r} in {df.columns}")
    source = df.select(text, doc) if doc else df.select(text)
    if doc is None and offsets is None:
        offsets = _offsets(source)
    return source.mapInArrow(_mapper(what, text, doc, offsets, batch_size, threads), _schema(what, doc is not None))


def outline_frame(
    df: Any, *, text: str = "text", doc: Optional[str] = None, batch_size: int = 256, threads: Optional[int] = 1
) -> Any:
    """The outlines of the texts in column ``text`` of ``df``: a Spark DataFrame with
    :func:`outline_schema`, one row per node.

    ``doc``: an id column whose values, as text, become ``doc`` (a string column; default:
    the row's position in ``df``, a long). Each task parses ``batch_size`` texts at a time with
    ``parse_many(batch, threads=threads)`` (one thread by default, as Spark runs one task
    per core).
    """
    return _table(df, "outline", text, doc, batch_size, threads, None)


def quantities_frame(
    df: Any, *, text: str = "text", doc: Optional[str] = None, batch_size: int = 256, threads: Optional[int] = 1
) -> Any:
    """The figures of the texts in column ``text`` of ``df``: a Spark DataFrame with
    :func:`quantities_schema`, one row per figure (see :func:`outline_frame`)."""
    return _table(df, "quantities", text, doc, batch_size, threads, None)


def frames(
    df: Any, *, text: str = "text", doc: Optional[str] = None, batch_size: int = 256, threads: Optional[int] = 1
) -> Tuple[Any, Any]:
    """``(outline, quantities)`` of ``df`` (partition offsets counted once for both).

    Each table parses the texts when it is computed; ``df.cache()`` first if reading the
    input is expensive."""
    offsets = None
    if doc is None:
        _types()
        offsets = _offsets(df.select(text))
    return (
        _table(df, "outline", text, doc, batch_size, threads, offsets),
        _table(df, "quantities", text, doc, batch_size, threads, offsets),
    )
