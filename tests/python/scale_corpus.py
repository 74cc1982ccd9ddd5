"""Shared by test_dask.py and test_spark.py: the corpus slice and the skip policy."""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import Any, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT.parent / "shared" / "corpus" / "bench"
SLICE = 200


def require(module: str, extra: str) -> Any:
    """Import ``module``; skip when it is missing, unless GONGWEN_REQUIRE_SCALE is set."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        if os.environ.get("GONGWEN_REQUIRE_SCALE"):
            raise AssertionError(f"GONGWEN_REQUIRE_SCALE is set but {module} cannot be imported: {e}") from e
        pytest.skip(f"{module} is not installed (pip install 'gongwen[{extra}]')")


def corpus_slice(n: int = SLICE) -> List[str]:
    """The first ``n`` documents of the bench corpus (files in name order), else tests/data."""
    texts: List[str] = []
    files = sorted(BENCH.glob("*.jsonl")) if BENCH.is_dir() else []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if len(texts) >= n:
                    break
                if line.strip():
                    texts.append(json.loads(line)["text"])
    if not texts:  # no shared corpus: the sample documents, repeated to fill partitions
        samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").glob("*.txt"))]
        texts = [samples[i % len(samples)] for i in range(60)]
    return texts
