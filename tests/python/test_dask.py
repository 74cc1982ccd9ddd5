"""gongwen.dask on a real dask.distributed LocalCluster (2 worker processes, loopback).

A slice of the bench corpus (../shared/corpus/bench, else tests/data) is parsed on the
cluster from JSON Lines and from Parquet, and every row is compared with a direct
``parse_many`` of the same documents. Skipped only when dask is missing and
GONGWEN_REQUIRE_SCALE is unset (scripts/test-python.sh sets it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any, Iterator, List

import pytest

import gongwen
from scale_corpus import corpus_slice, require


@pytest.fixture(scope="module")
def texts() -> List[str]:
    return corpus_slice()


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    require("dask.dataframe", "dask")
    distributed = require("dask.distributed", "dask")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def test_core_package_does_not_import_dask_or_pyspark() -> None:
    code = "import sys, gongwen; sys.exit(sorted(m for m in ('dask', 'pyspark', 'pyarrow') if m in sys.modules) or 0)"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_missing_dask_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import gongwen.dask

    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(ImportError, match=r"gongwen\[dask\]"):
        gongwen.dask.read_jsonl("corpus.jsonl")


def test_jsonl_on_local_cluster_matches_parse_many(client: Any, texts: List[str], tmp_path: Path) -> None:
    import dask
    import pandas as pd

    import gongwen.dask

    path = tmp_path / "slice.jsonl"
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n")
            if i % 50 == 0:
                f.write("\n")  # blank lines are skipped

    with dask.config.set({"dataframe.convert-string": False}):  # the exact dtypes of frames.py
        # A quarter of the file per block: several partitions whatever corpus slice was used.
        bag = gongwen.dask.read_jsonl(path, blocksize=max(path.stat().st_size // 4, 4096))
        outline, quantities = gongwen.dask.frames(bag, batch_size=64)
        assert bag.npartitions > 2
        pd.testing.assert_frame_equal(outline._meta, gongwen.outline_frame([]))
        pd.testing.assert_frame_equal(quantities._meta, gongwen.quantities_frame([]))
        got_outline, got_quantities = dask.compute(outline, quantities)

    docs = gongwen.parse_many(texts)
    expected_outline, expected_quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert len(expected_outline) > 0 and len(expected_quantities) > 0
    pd.testing.assert_frame_equal(got_outline.reset_index(drop=True), expected_outline)
    pd.testing.assert_frame_equal(got_quantities.reset_index(drop=True), expected_quantities)


def test_string_ids_of_jsonl_records_on_local_cluster(client: Any, texts: List[str], tmp_path: Path) -> None:
    """read_jsonl keeps every field of a record; doc="id" gives the string ids (issue 21)."""
    import dask
    import pandas as pd

    import gongwen.dask

    path = tmp_path / "ids.jsonl"
    ids = [f"govcn:{3 * i}" for i in range(len(texts))]
    with open(path, "w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"uid": ids[i], "source": "s", "body": t}, ensure_ascii=False) + "\n")

    with dask.config.set({"dataframe.convert-string": False}):
        records = gongwen.dask.read_jsonl(path, field="body", blocksize=max(path.stat().st_size // 4, 4096))
        first = records.take(1)[0]
        assert first == {"uid": ids[0], "source": "s", "body": texts[0]}
        outline, quantities = gongwen.dask.frames(records, text="body", doc="uid", batch_size=32)
        pd.testing.assert_frame_equal(outline._meta, gongwen.outline_frame([gongwen.parse("", id="x")]))
        got_outline, got_quantities = dask.compute(outline, quantities)

    docs = gongwen.parse_many(texts, ids=ids)
    expected_outline, expected_quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert expected_outline["doc"].iloc[0].startswith("govcn:")
    pd.testing.assert_frame_equal(got_outline.reset_index(drop=True), expected_outline)
    pd.testing.assert_frame_equal(got_quantities.reset_index(drop=True), expected_quantities)


def test_parquet_with_id_column_on_local_cluster(client: Any, texts: List[str], tmp_path: Path) -> None:
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    import gongwen.dask

    # Two files, small row groups; ids are not positions (every other document, from 1000).
    keep = texts[::2]
    ids = [1000 + 2 * i for i in range(len(keep))]
    half = len(keep) // 2
    for n, (lo, hi) in enumerate([(0, half), (half, len(keep))]):
        table = pa.table({"n": ids[lo:hi], "text": keep[lo:hi], "other": ["x"] * (hi - lo)})
        pq.write_table(table, tmp_path / f"part-{n}.parquet", row_group_size=16)

    df = gongwen.dask.read_parquet(str(tmp_path / "*.parquet"), columns=["n", "text"])
    outline = gongwen.dask.outline_frame(df, doc="n", batch_size=10)
    quantities = gongwen.dask.quantities_frame(df, doc="n", threads=2)
    assert list(outline.columns) == list(gongwen.outline_frame([]).columns)
    assert list(quantities.columns) == list(gongwen.quantities_frame([]).columns)
    got_outline = outline.compute().reset_index(drop=True)
    got_quantities = quantities.compute().reset_index(drop=True)

    # Integer ids come back as text, the type of Document.id (one dtype whatever the input).
    docs = gongwen.parse_many(keep, ids=[str(i) for i in ids])
    expected_outline, expected_quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert expected_outline["doc"].iloc[0] == "1000"
    # Dask keeps strings as pyarrow strings by default (dataframe.convert-string): same values.
    pd.testing.assert_frame_equal(got_outline, expected_outline.astype(got_outline.dtypes.to_dict()))
    pd.testing.assert_frame_equal(got_quantities, expected_quantities.astype(got_quantities.dtypes.to_dict()))
