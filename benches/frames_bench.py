#!/usr/bin/env python3
"""Frames of a whole corpus beside the parse, in one run (issue 22's Python bar).

    python benches/frames_bench.py [PATH…] [--repeat 3] [--threads N]

PATH is a JSONL corpus or a folder of them (default: ../shared/corpus/bench). The texts are
loaded first (not timed). Each pass is the fastest of --repeat runs:

* ``parse_many``: ``gongwen.parse_many(texts)`` (all cores, or --threads);
* ``outline_frame pandas`` / ``polars``, ``quantities_frame pandas`` / ``polars``: the frame
  of documents just parsed (a fresh ``parse_many`` before each run, not timed, so the
  first-use work of a document — its character offsets — is part of the frame's time, as it
  is for a user who parses and then asks for a frame);
* ``outline_frame arrow`` / ``quantities_frame arrow`` (when the package has
  ``backend="arrow"``): the Arrow table alone (:class:`gongwen.ArrowTable`), and
  ``pyarrow.table`` of it.

The bar (issue 22): each frame takes no longer than ``parse_many`` (ratio <= 1.00). The rows
of the pandas and polars frames are counted and must agree. A script that prints a table,
not a test.
"""

from __future__ import annotations

import argparse
import gc
import json
import time
from pathlib import Path
from typing import Any, Callable, List, Optional, Tuple

import gongwen

ROOT = Path(__file__).resolve().parent.parent


def load(paths: List[str]) -> List[str]:
    files: List[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    texts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts


def timed(repeat: int, prepare: Callable[[], Any], run: Callable[[Any], Any]) -> Tuple[float, Any]:
    """The fastest of ``repeat`` runs of ``run(prepare())``; ``prepare`` is not timed."""
    best, result = float("inf"), None
    for _ in range(repeat):
        result = None
        arg = prepare()
        gc.collect()
        t0 = time.perf_counter()
        result = run(arg)
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: Optional[List[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "corpus" / "bench")])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=None)
    args = ap.parse_args(argv)
    texts = load(args.paths)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"gongwen {gongwen.__version__}: {len(texts)} documents, {mb:.1f} MB, repeat {args.repeat}")

    def parse() -> Any:
        return gongwen.parse_many(texts, threads=args.threads)

    t_parse, docs = timed(args.repeat, lambda: None, lambda _: parse())
    rows: List[Tuple[str, float, str]] = [("parse_many", t_parse, f"{len(docs)} documents")]
    del docs
    for what in ("outline", "quantities"):
        frame = getattr(gongwen, f"{what}_frame")
        counts = []
        for backend in ("pandas", "polars"):
            t, df = timed(args.repeat, parse, lambda d: frame(d, backend=backend))
            counts.append(len(df))
            rows.append((f"{what}_frame {backend}", t, f"{len(df)} rows"))
        if counts[0] != counts[1]:
            raise SystemExit(f"{what}: pandas has {counts[0]} rows, polars {counts[1]}")
        if hasattr(gongwen, "ArrowTable"):
            import pyarrow

            t, _ = timed(args.repeat, parse, lambda d: frame(d, backend="arrow"))
            rows.append((f"{what}_frame arrow", t, "not read"))
            t, tab = timed(args.repeat, parse, lambda d: pyarrow.table(frame(d, backend="arrow")))
            rows.append((f"pyarrow.table({what} arrow)", t, f"{tab.num_rows} rows"))

    print(f"{'pass':<34}{'seconds':>9}{'× parse':>9}  rows")
    for name, t, note in rows:
        print(f"{name:<34}{t:>9.3f}{t / t_parse:>9.2f}  {note}")


if __name__ == "__main__":
    main()
