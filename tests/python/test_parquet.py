"""`gongwen <rows> --format parquet` (and `--format arrow`) opened in polars and DuckDB: the
same rows and values as `--format jsonl`, on the sample corpus and, when it is there, on
the bench corpus (../shared/corpus/bench)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample_corpus.jsonl"
BENCH = ROOT.parent / "shared" / "corpus" / "bench"
COMMANDS = ("outline", "quantities", "elements", "references", "documents")


@pytest.fixture(scope="module")
def cli() -> str:
    path = os.environ.get("GONGWEN_CLI")
    if not path:
        pytest.skip("set GONGWEN_CLI to a gongwen binary built from these sources")
    return path


def _jsonl_rows(cli: str, command: str, corpus: Path) -> List[Dict[str, Any]]:
    """The JSONL rows, with ``index`` (the row's position in its document) after ``doc``
    for row types without one, as the tables have it."""
    out = subprocess.run([cli, command, "--format", "jsonl", "-q", str(corpus)], capture_output=True, check=True)
    rows = []
    doc, position = None, 0
    for line in out.stdout.decode("utf-8").splitlines():
        row = json.loads(line)
        if row["doc"] != doc:
            doc, position = row["doc"], 0
        if "index" not in row:
            row = {"doc": row.pop("doc"), "index": position, **row}
        rows.append(row)
        position += 1
    return rows


def _table(cli: str, command: str, corpus: Path, fmt: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{command}.{fmt}"
    subprocess.run([cli, command, "--format", fmt, "-q", "-o", str(path), str(corpus)], check=True)
    return path


def _decoded(rows: List[Dict[str, Any]], json_columns: List[str]) -> List[Dict[str, Any]]:
    """Rows whose JSON text columns are parsed back into values."""
    for row in rows:
        for name in json_columns:
            if row[name] is not None:
                row[name] = json.loads(row[name])
    return rows


def _json_columns(path: Path) -> List[str]:
    """The columns the field metadata marks as JSON text (``gongwen.type`` = ``json``),
    read with pyarrow from a Parquet or an Arrow IPC file."""
    pa = pytest.importorskip("pyarrow")
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        schema = pq.read_schema(path)
    else:
        with pa.ipc.open_file(path) as reader:
            schema = reader.schema
    return [f.name for f in schema if (f.metadata or {}).get(b"gongwen.type") == b"json"]


def _check_corpus(cli: str, corpus: Path, tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    duckdb = pytest.importorskip("duckdb")
    for command in COMMANDS:
        expected = _jsonl_rows(cli, command, corpus)
        assert expected, command
        path = _table(cli, command, corpus, "parquet", tmp_path)
        json_columns = _json_columns(path)

        frame = pl.read_parquet(path)
        assert frame.columns == list(expected[0]), command
        assert frame.height == len(expected), command
        assert _decoded(frame.to_dicts(), json_columns) == expected, f"polars: {command}"

        con = duckdb.connect()
        rel = con.sql(f"SELECT * FROM read_parquet('{path}')")
        assert rel.columns == list(expected[0]), command
        got = [dict(zip(rel.columns, row)) for row in rel.fetchall()]
        assert _decoded(got, json_columns) == expected, f"duckdb: {command}"
        if json_columns:
            (name,) = json_columns
            bad = con.sql(
                f"SELECT count(*) FROM read_parquet('{path}') WHERE {name} IS NOT NULL AND NOT json_valid({name})"
            ).fetchall()
            assert bad == [(0,)], "every JSON cell is JSON text"
        con.close()


def test_sample_corpus_in_polars_and_duckdb(cli: str, tmp_path: Path) -> None:
    _check_corpus(cli, SAMPLE, tmp_path)


def test_arrow_ipc_in_polars(cli: str, tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    for command in COMMANDS:
        expected = _jsonl_rows(cli, command, SAMPLE)
        path = _table(cli, command, SAMPLE, "arrow", tmp_path)
        json_columns = _json_columns(path)
        assert json_columns == (["value"] if command in ("elements", "references") else []), command
        frame = pl.read_ipc(path)
        assert _decoded(frame.to_dicts(), json_columns) == expected, command


def test_integer_columns_are_int64_and_nullable_where_the_field_is(cli: str, tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    frame = pl.read_parquet(_table(cli, "outline", SAMPLE, "parquet", tmp_path))
    assert frame.schema["parent"] == pl.Int64
    assert frame["parent"].null_count() > 0, "top-level nodes have no parent"
    assert frame.schema["doc"] == pl.Utf8
    assert frame["doc"].str.starts_with("govcn:").all(), "string ids travel"


def test_bench_corpus_in_polars_and_duckdb(cli: str, tmp_path: Path) -> None:
    if not BENCH.is_dir():
        pytest.skip(f"{BENCH} is not there")
    _check_corpus(cli, BENCH, tmp_path)
