#!/usr/bin/env python3
"""Do a document's elements survive the ways real copies differ from their source?

    python3 scripts/element_variants.py target/release/gongwen CORPUS.jsonl|DIR \
        [--ids ID,ID…] [--only wrap40,wrap25,pdf28,join,pdfcopy] [-v]

Each document (a JSONL corpus's `text`, or the `.txt` files of a folder) is perturbed with the
transforms of `scripts/perturb.py`; `gongwen elements` reads the original and each variant, and
each element's value (white space removed, as `scripts/score_elements.py` compares) is compared
with the original's: `same`, `missing` (the variant has none), `extra` (only the variant has
one), `differs`. One line per transform with the counts; `-v` lists every disagreement. A report,
not a test: the original's value is not known to be right (read it by hand).
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturb import PERTURBATIONS  # noqa: E402
from score_elements import norm  # noqa: E402


def load(src, ids):
    """(id, text) pairs of a JSONL corpus or a folder of `.txt` files, only `ids` when given."""
    src = Path(src)
    if src.is_dir():
        docs = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.txt"))]
    else:
        with src.open(encoding="utf-8") as f:
            docs = [(r["id"], r["text"]) for r in map(json.loads, f)]
    return [d for d in docs if not ids or d[0] in ids]


def elements(binary, docs):
    """{id: {element: value}} of `docs`, the first value of each key as the scorer takes it."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for i, t in docs:
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    p = subprocess.run([binary, "elements", "--format", "jsonl", f.name], capture_output=True, text=True)
    Path(f.name).unlink()
    out = {i: {} for i, _ in docs}
    for line in p.stdout.splitlines():
        r = json.loads(line)
        out.setdefault(r["doc"], {}).setdefault(r["element"], norm(r["value"]))
    return out


def compare(base, var):
    """Counts of same/missing/extra/differs and the disagreements as (id, key, base, variant)."""
    counts, rows = {"same": 0, "missing": 0, "extra": 0, "differs": 0}, []
    for i, b in base.items():
        v = var.get(i, {})
        for k in sorted(set(b) | set(v)):
            if k in b and k in v:
                kind = "same" if b[k] == v[k] else "differs"
            else:
                kind = "missing" if k in b else "extra"
            counts[kind] += 1
            if kind != "same":
                rows.append((kind, i, k, b.get(k), v.get(k)))
    return counts, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gongwen")
    ap.add_argument("src")
    ap.add_argument("--ids", default="")
    ap.add_argument("--only", default="wrap40,wrap25,pdf28,join,pdfcopy")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    docs = load(a.src, set(filter(None, a.ids.split(","))))
    base = elements(a.gongwen, docs)
    for name in a.only.split(","):
        f = PERTURBATIONS[name]
        var = elements(a.gongwen, [(i, f(t)[0]) for i, t in docs])
        counts, rows = compare(base, var)
        print(f"{name:8s} " + " ".join(f"{k} {n}" for k, n in counts.items()))
        if a.v:
            for kind, i, k, b, v in rows:
                print(f"   {kind:7s} {i} {k}: {json.dumps(b, ensure_ascii=False)} -> {json.dumps(v, ensure_ascii=False)}")


if __name__ == "__main__":
    main()
