"""gongwen.spark on a real local-mode SparkSession (local[2], loopback, UI off).

A slice of the bench corpus (../shared/corpus/bench, else tests/data) is parsed by Spark
tasks (mapInArrow) and every row is compared with a direct ``parse_many`` of the same
documents. Needs Java; skipped only when pyspark is missing and GONGWEN_REQUIRE_SCALE is
unset (scripts/test-python.sh sets it).
"""

from __future__ import annotations

import json
import math
import os
import sys
import warnings
from pathlib import Path
from typing import Any, Iterator, List, Tuple

import pytest

import gongwen
from scale_corpus import corpus_slice, require

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning")  # pyspark about pandas >= 3


@pytest.fixture(scope="module")
def texts() -> List[str]:
    return corpus_slice()


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    require("pyarrow", "spark")
    sql = require("pyspark.sql", "spark")
    saved = {k: os.environ.get(k) for k in ("PYSPARK_PYTHON", "SPARK_LOCAL_IP")}
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers import this gongwen
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        session = (
            sql.SparkSession.builder.master("local[2]")
            .appName("gongwen-test")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .getOrCreate()
        )
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def rows_of_pandas(frame: Any) -> List[Tuple[Any, ...]]:
    """Rows as plain Python values (missing -> None), sorted by (doc, index)."""

    def plain(v: Any) -> Any:
        if v is None or v is getattr(__import__("pandas"), "NA"):
            return None
        if isinstance(v, float) and math.isnan(v):
            return None
        return v.item() if hasattr(v, "item") else v

    return sorted((tuple(plain(v) for v in row) for row in frame.itertuples(index=False)), key=by_doc_and_index)


def rows_of_spark(df: Any) -> List[Tuple[Any, ...]]:
    return sorted((tuple(row) for row in df.collect()), key=by_doc_and_index)


def by_doc_and_index(row: Tuple[Any, ...]) -> Tuple[Any, ...]:
    """A sort key for rows whose doc is a position, an id or None (a missing id: several
    documents, told apart by the rest of the row)."""
    return (type(row[0]).__name__, row[0] if row[0] is not None else 0, row[1], repr(row))


def test_missing_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import gongwen.spark

    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setitem(sys.modules, "pyspark.sql", None)
    with pytest.raises(ImportError, match=r"gongwen\[spark\]"):
        gongwen.spark.outline_schema()


def test_local_spark_matches_parse_many(spark: Any, texts: List[str]) -> None:
    import gongwen.spark

    # Four partitions in document order; doc is the position in the DataFrame.
    df = spark.sparkContext.parallelize([(t,) for t in texts], 4).toDF("text string")
    outline, quantities = gongwen.spark.frames(df, batch_size=64)

    assert outline.schema == gongwen.spark.outline_schema()
    assert quantities.schema == gongwen.spark.quantities_schema()
    assert outline.columns == list(gongwen.outline_frame([]).columns)
    assert quantities.columns == list(gongwen.quantities_frame([]).columns)

    docs = gongwen.parse_many(texts)
    expected_outline, expected_quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert len(expected_outline) > 0 and len(expected_quantities) > 0
    assert rows_of_spark(outline) == rows_of_pandas(expected_outline)
    assert rows_of_spark(quantities) == rows_of_pandas(expected_quantities)


def test_spark_read_json_with_id_column(spark: Any, texts: List[str], tmp_path: Path) -> None:
    import gongwen.spark

    path = tmp_path / "slice.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"n": 7 * i, "title": "-", "text": t}, ensure_ascii=False) + "\n")
    # A quarter of the file per partition: several partitions whatever corpus slice was used.
    spark.conf.set("spark.sql.files.maxPartitionBytes", str(max(path.stat().st_size // 4, 4096)))
    try:
        df = spark.read.schema("n long, title string, text string").json(str(path))
        assert df.rdd.getNumPartitions() > 2
        outline = gongwen.spark.outline_frame(df, doc="n", threads=2)
        quantities = gongwen.spark.quantities_frame(df, doc="n", batch_size=1)
        got_outline, got_quantities = rows_of_spark(outline), rows_of_spark(quantities)
    finally:
        spark.conf.unset("spark.sql.files.maxPartitionBytes")

    # Integer ids come back as text, the type of Document.id (one type whatever the input).
    assert outline.schema == gongwen.spark.outline_schema(ids=True)
    docs = gongwen.parse_many(texts, ids=[str(7 * i) for i in range(len(texts))])
    expected_outline, expected_quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert got_outline == rows_of_pandas(expected_outline)
    assert got_quantities == rows_of_pandas(expected_quantities)


def test_spark_string_ids(spark: Any, texts: List[str]) -> None:
    """doc="id" with the corpora's string ids (govcn:2): issue 21."""
    import gongwen.spark

    ids = [f"govcn:{i}" if i % 9 else None for i in range(len(texts))]  # a few null ids
    df = spark.createDataFrame(list(zip(ids, texts)), "id string, text string").repartition(3)
    outline, quantities = gongwen.spark.frames(df, doc="id", batch_size=50)
    assert outline.schema == gongwen.spark.outline_schema(ids=True)
    assert dict(outline.dtypes)["doc"] == "string"
    got_outline, got_quantities = rows_of_spark(outline), rows_of_spark(quantities)

    docs = [gongwen.parse(t, id=i) for t, i in zip(texts, ids)]
    expected_outline, expected_quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert {r[0] for r in got_outline} >= {None, "govcn:1"}
    assert got_outline == rows_of_pandas(expected_outline)
    assert got_quantities == rows_of_pandas(expected_quantities)
