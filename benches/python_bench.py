#!/usr/bin/env python3
"""Throughput of the Python package on the bench corpus, beside references in the same run.

    python benches/python_bench.py [PATH…] [--cli target/release/gongwen] [--repeat 3] [--json]

PATH is a JSONL corpus or a folder of them (default: ../shared/corpus/bench). The texts are
loaded into memory first (not timed); then every pass runs over the same texts and the
fastest of --repeat runs is reported:

* ``encode``: ``len(t.encode())`` per text: the Python floor (one UTF-8 copy per document);
* ``regex``: a compiled ``re`` of the line-start marker families and ``第X条``, what a
  researcher writes by hand (as ``benches/baseline_regex.py``);
* ``parse loop``: ``[gongwen.parse(t) for t in texts]``, one thread;
* ``parse_many -j1`` / ``-j2``: the same on 1 and 2 threads, GIL released (speed-up
  reported; the aim is >= 1.8x on 2 cores);
* ``read_jsonl``: ``gongwen.read_jsonl(path)``: JSON decoding and parsing of the files, all
  cores;
* ``cli bench full -j1/-jN``: ``gongwen bench --json``'s full parse of the same files, in
  memory, to compare the Python side with the CLI (aim: within 1.5x);
* ``cli outline jsonl``: ``gongwen outline --format jsonl FILES > /dev/null`` end to end,
  beside ``read_jsonl`` plus the same rows from Python.

Every gongwen pass must find the same number of nodes and figures (checked). This is a
script that prints a table, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import gongwen
from gongwen import _gongwen

ROOT = Path(__file__).resolve().parent.parent
MB = 1e6

MARKERS = re.compile(
    r"(?m)^[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]"
    r"|[0-9０-９]{1,2}[.．、](?![0-9])|[（(][0-9０-９]{1,2}[）)]|[①-⑳]"
    r"|第[一二三四五六七八九十百千零〇两]+[编章节条])"
)


def corpus_files(paths: List[str]) -> List[Path]:
    files: List[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.rglob("*.jsonl")) if p.is_dir() else [p])
    return files


def load(files: List[Path]) -> List[str]:
    texts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    texts.append(json.loads(line)["text"])
    return texts


CPU: Dict[str, float] = {"last": 0.0, "seconds": 0.0}


def best(repeat: int, fn: Callable[[], Any]) -> Tuple[float, Any]:
    """The fastest of `repeat` runs; CPU["last"] is that run's process CPU time / wall time
    (about 2 when two threads are busy: it shows the GIL released even on a loaded machine)."""
    runs, result = [], None
    for _ in range(repeat):
        result = None  # free the previous run's result outside the timed region
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        wall = time.perf_counter() - t0
        cpu = time.process_time() - c0
        runs.append((wall, cpu / wall if wall > 0 else 0.0, cpu))
    wall, CPU["last"], CPU["seconds"] = min(runs)
    return wall, result


def counts(docs: List[gongwen.Document]) -> Tuple[int, int]:
    return sum(len(d.outline) for d in docs), sum(len(d.quantities) for d in docs)


def run_cli_bench(cli: str, files: List[Path], threads: int) -> Optional[Dict[str, Any]]:
    p = subprocess.run(
        [cli, "bench", "--json", "-q", "-j", str(threads), "--min-time", "0", *map(str, files)],
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        print(f"cli bench failed: {p.stderr.strip()[:300]}", file=sys.stderr)
        return None
    return json.loads(p.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT.parent / "shared" / "corpus" / "bench")])
    ap.add_argument("--cli", default=None, help="gongwen binary (default: target/release/gongwen if present)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="threads of the parallel passes (default 2)")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    a = ap.parse_args()

    files = corpus_files(a.paths)
    if not files:
        print("no *.jsonl corpus found", file=sys.stderr)
        return 1
    texts = load(files)
    total = sum(len(t.encode("utf-8")) for t in texts)
    n = len(texts)
    rows: List[Dict[str, Any]] = []
    expected: Optional[Tuple[int, int]] = None

    def record(name: str, seconds: float, threads: int, docs: Optional[List[gongwen.Document]] = None, **extra: Any) -> None:
        nonlocal expected
        row = {"pass": name, "threads": threads, "seconds": seconds, "mb_per_s": total / MB / seconds, "docs_per_s": n / seconds}
        if not name.startswith("cli"):
            row["cpu_per_wall"] = CPU["last"]
            row["cpu_seconds"] = CPU["seconds"]
        if docs is not None:
            c = counts(docs)
            if expected is None:
                expected = c
            assert c == expected, f"{name}: {c} nodes/figures, other passes found {expected}"
            row["nodes"], row["figures"] = c
        row.update(extra)
        rows.append(row)

    gongwen.parse_many(texts[:50])  # warm up (thread pool, page cache)
    s, _ = best(a.repeat, lambda: [len(t.encode("utf-8")) for t in texts])
    record("encode (floor)", s, 1)
    s, _ = best(a.repeat, lambda: sum(1 for t in texts for _ in MARKERS.finditer(t)))
    record("regex markers (re)", s, 1)
    s, docs = best(a.repeat, lambda: [gongwen.parse(t) for t in texts])
    record("parse loop", s, 1, docs)
    s1, docs = best(a.repeat, lambda: gongwen.parse_many(texts, threads=1))
    record("parse_many", s1, 1, docs)
    sn, docs = best(a.repeat, lambda: gongwen.parse_many(texts, threads=a.threads))
    record("parse_many", sn, a.threads, docs, speedup=s1 / sn)
    s, docs = best(a.repeat, lambda: [d for f in files for d in gongwen.read_jsonl(f, threads=a.threads)])
    record("read_jsonl (decode+parse)", s, a.threads, docs)
    s, _ = best(
        a.repeat,
        lambda: sum(len(_gongwen._jsonl(d, "outline")) for f in files for d in gongwen.read_jsonl(f, threads=a.threads)),
    )
    record("read_jsonl + outline rows", s, a.threads)
    del docs

    cli = a.cli or (str(ROOT / "target" / "release" / "gongwen") if (ROOT / "target" / "release" / "gongwen").is_file() else shutil.which("gongwen"))
    cli_full: Dict[int, float] = {}
    cli_cpu_mb_per_s: Optional[float] = None
    if cli:
        for threads in (1, a.threads):
            best_s = None
            for _ in range(a.repeat):
                out = run_cli_bench(cli, files, threads)
                if out is None:
                    break
                full = out["full"]
                if threads == 1 and full.get("cpu_mb_per_s"):
                    cli_cpu_mb_per_s = max(cli_cpu_mb_per_s or 0.0, full["cpu_mb_per_s"])
                secs = full["seconds"] if threads == 1 else out["bytes"] / MB / full["parallel"]["mb_per_s"]
                best_s = secs if best_s is None else min(best_s, secs)
            if best_s is not None:
                cli_full[threads] = best_s
                record("cli bench full (in memory)", best_s, threads)

        def cli_outline() -> int:
            with open(os.devnull, "wb") as null:
                return subprocess.run([cli, "outline", "--format", "jsonl", "-q", "-j", str(a.threads), *map(str, files)], stdout=null).returncode

        s, code = best(a.repeat, cli_outline)
        if code == 0:
            record("cli outline jsonl (end to end)", s, a.threads)

    def rows_by(name: str, threads: int) -> Dict[str, Any]:
        return next(r for r in rows if r["pass"] == name and r["threads"] == threads)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {
        "files": [str(f) for f in files],
        "docs": n,
        "mb": total / MB,
        "cpus": os.cpu_count(),
        "gongwen": gongwen.__version__,
        "peak_rss_mb": peak,
        "speedup_parse_many": s1 / sn,
        "python_vs_cli_1_thread": (s1 / cli_full[1]) if 1 in cli_full else None,
        "python_cpu_mb_per_s": total / MB / rows_by("parse_many", 1)["cpu_seconds"],
        "cli_cpu_mb_per_s": cli_cpu_mb_per_s,
        f"python_vs_cli_{a.threads}_threads": (sn / cli_full[a.threads]) if a.threads in cli_full else None,
        "passes": rows,
    }
    if a.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print(f"corpus: {n} documents, {total / MB:.1f} MB, {len(files)} file(s); {os.cpu_count()} CPUs; gongwen {gongwen.__version__}")
    print(f"{'pass':32} {'threads':>7} {'seconds':>8} {'MB/s':>8} {'docs/s':>9} {'cpu s':>6} {'cpu/wall':>8}  notes")
    for r in rows:
        notes = []
        if "speedup" in r:
            notes.append(f"speed-up {r['speedup']:.2f}x over 1 thread")
        if "nodes" in r:
            notes.append(f"{r['nodes']} nodes, {r['figures']} figures")
        cpu = f"{r['cpu_per_wall']:.2f}" if "cpu_per_wall" in r else "-"
        cpu_s = f"{r['cpu_seconds']:.2f}" if "cpu_seconds" in r else "-"
        print(
            f"{r['pass']:32} {r['threads']:>7} {r['seconds']:>8.3f} {r['mb_per_s']:>8.1f} {r['docs_per_s']:>9.0f}"
            f" {cpu_s:>6} {cpu:>8}  {'; '.join(notes)}"
        )
    for k in ("python_vs_cli_1_thread", f"python_vs_cli_{a.threads}_threads"):
        if summary[k] is not None:
            print(f"{k.replace('_', ' ')}: parse_many takes {summary[k]:.2f}x the CLI's time (aim <= 1.5x)")
    if cli_cpu_mb_per_s:
        ratio = cli_cpu_mb_per_s / summary["python_cpu_mb_per_s"]
        print(
            f"per CPU-second (robust on a busy machine): parse_many -j1 {summary['python_cpu_mb_per_s']:.1f} MB/s, "
            f"CLI full {cli_cpu_mb_per_s:.1f} MB/s: Python takes {ratio:.2f}x the CLI's CPU time"
        )
    print(f"parse_many speed-up on {a.threads} threads: {summary['speedup_parse_many']:.2f}x (aim >= 1.8x on 2 cores)")
    print(f"peak RSS of this process: {peak:.0f} MB")
    par = [r for r in rows if r["pass"] == "parse_many" and r["threads"] > 1]
    single = [r for r in rows if r["threads"] == 1 and "cpu_per_wall" in r]
    if (single and min(r["cpu_per_wall"] for r in single) < 0.9) or (par and par[0]["cpu_per_wall"] < 0.9 * a.threads):
        print("note: some passes got fewer CPUs than threads (cpu/wall): the machine is busy, so wall-time speed-ups")
        print("      are not meaningful; compare the 'cpu s' column (CPU seconds of the same work) instead")
    return 0


if __name__ == "__main__":
    sys.exit(main())
