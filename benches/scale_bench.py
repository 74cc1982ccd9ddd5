#!/usr/bin/env python3
"""Documents per second on one process, on Dask (2 workers) and on Spark (local[2]).

    python benches/scale_bench.py [PATH…] [--limit N] [--repeat 2] [--skip dask,spark] [--json]

PATH is a JSONL corpus or a folder of them (default: ../shared/corpus/bench); --limit
keeps the first N documents (written to a temporary JSONL file). Every row does the same
work, end to end from the JSONL files: read the texts, parse them in batches with
``parse_many`` and build both tables (outline and quantities), then count their rows:

* ``1 process, parse_many -j1`` / ``-jN``: ``json.loads`` of every line,
  ``gongwen.parse_many(texts, threads=…)``, ``gongwen.outline_frame`` and
  ``gongwen.quantities_frame`` (pandas);
* ``dask, 2 workers``: a ``dask.distributed.LocalCluster`` (2 worker processes, 1 thread
  each, loopback); ``gongwen.dask.read_jsonl`` (8 MiB blocks), ``gongwen.dask.frames``,
  ``dask.compute`` of both row counts (the doc numbering pass included);
* ``spark local[2]``: ``spark.read.json``, ``gongwen.spark.frames`` (mapInArrow), the
  ``count()`` of both tables (Spark parses once per table).

Cluster start-up is not timed (reported beside). The fastest of --repeat runs is kept, and
every row must find the same numbers of nodes and figures (checked). This is a script that
prints a table, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, List, Tuple

import gongwen

ROOT = Path(__file__).resolve().parent.parent


def corpus_files(paths: List[str]) -> List[Path]:
    files: List[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    return files


def count_docs(files: List[Path]) -> Tuple[int, int]:
    docs = chars = 0
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    docs += 1
                    chars += len(json.loads(line)["text"])
    return docs, chars


def best(repeat: int, fn: Callable[[], Tuple[int, int]]) -> Tuple[float, Tuple[int, int]]:
    runs, result = [], (0, 0)
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t0)
    return min(runs), result


def one_process(files: List[Path], threads: int) -> Tuple[int, int]:
    texts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    outline_rows = quantity_rows = 0
    batch = 256 * threads
    for start in range(0, len(texts), batch):  # batches, like the partitions of the engines
        docs = gongwen.parse_many(texts[start : start + batch], threads=threads)
        outline_rows += len(gongwen.outline_frame(docs))
        quantity_rows += len(gongwen.quantities_frame(docs))
    return outline_rows, quantity_rows


def run_dask(files: List[Path], repeat: int) -> Tuple[float, float, Tuple[int, int]]:
    import dask
    from dask.distributed import Client, LocalCluster

    import gongwen.dask

    t0 = time.perf_counter()
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    ) as cluster, Client(cluster):
        startup = time.perf_counter() - t0

        def once() -> Tuple[int, int]:
            outline, quantities = gongwen.dask.frames(gongwen.dask.read_jsonl([str(f) for f in files]))
            rows = dask.compute(outline.map_partitions(len).sum(), quantities.map_partitions(len).sum())
            return int(rows[0]), int(rows[1])

        seconds, rows = best(repeat, once)
    return startup, seconds, rows


def run_spark(files: List[Path], repeat: int) -> Tuple[float, float, Tuple[int, int]]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    warnings.simplefilter("ignore", FutureWarning)
    from pyspark.sql import SparkSession

    import gongwen.spark

    t0 = time.perf_counter()
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("gongwen-scale-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - t0
    try:

        def once() -> Tuple[int, int]:
            df = spark.read.schema("text string").json([str(f) for f in files])
            outline, quantities = gongwen.spark.frames(df)
            return outline.count(), quantities.count()

        seconds, rows = best(repeat, once)
    finally:
        spark.stop()
    return startup, seconds, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "corpus" / "bench")])
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--skip", default="", help="comma-separated: dask, spark")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args()

    files = corpus_files(args.paths)
    if not files:
        print(f"no JSONL files in {args.paths}", file=sys.stderr)
        return 2
    tmp = None
    if args.limit is not None:
        tmp = tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False)
        n = 0
        for f in files:
            with open(f, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip() and n < args.limit:
                        tmp.write(line if line.endswith("\n") else line + "\n")
                        n += 1
        tmp.close()
        files = [Path(tmp.name)]
    try:
        docs, chars = count_docs(files)
        skip = {s.strip() for s in args.skip.split(",") if s.strip()}
        cores = os.cpu_count() or 1
        rows: List[Dict[str, Any]] = []

        def add(name: str, seconds: float, found: Tuple[int, int], startup: float = 0.0) -> None:
            rows.append(
                {"run": name, "seconds": seconds, "docs_per_s": docs / seconds, "mchars_per_s": chars / seconds / 1e6,
                 "startup_s": startup, "outline_rows": found[0], "quantity_rows": found[1]}
            )

        for threads in sorted({1, cores}):
            seconds, found = best(args.repeat, lambda: one_process(files, threads))
            add(f"1 process, parse_many -j{threads}", seconds, found)
        if "dask" not in skip:
            startup, seconds, found = run_dask(files, args.repeat)
            add("dask, 2 workers x 1 thread", seconds, found, startup)
        if "spark" not in skip:
            startup, seconds, found = run_spark(files, args.repeat)
            add("spark local[2]", seconds, found, startup)
    finally:
        if tmp is not None:
            os.unlink(tmp.name)

    expected = (rows[0]["outline_rows"], rows[0]["quantity_rows"])
    bad = [r["run"] for r in rows if (r["outline_rows"], r["quantity_rows"]) != expected]
    if args.json:
        print(json.dumps({"docs": docs, "chars": chars, "cores": cores, "rows": rows}, indent=2))
    else:
        print(f"{docs} documents, {chars / 1e6:.1f} M characters, {len(files)} files, {cores} cores; "
              f"{expected[0]} outline rows, {expected[1]} quantity rows; best of {args.repeat}")
        print(f"| {'run':<30} | {'seconds':>8} | {'docs/s':>8} | {'M chars/s':>9} | {'start-up s':>10} |")
        print(f"|{'-' * 32}|{'-' * 9}:|{'-' * 9}:|{'-' * 10}:|{'-' * 11}:|")
        for r in rows:
            print(f"| {r['run']:<30} | {r['seconds']:>8.2f} | {r['docs_per_s']:>8.0f} | {r['mchars_per_s']:>9.2f} "
                  f"| {r['startup_s']:>10.1f} |")
    if bad:
        print(f"row counts differ from the first run: {bad}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
