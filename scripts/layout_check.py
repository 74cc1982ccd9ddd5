#!/usr/bin/env python3
"""Layout consistency without gold: parse each document as it is and after changing its
layout the way real copies differ (`scripts/perturb.py`), and list what the parse changes.

    python3 scripts/layout_check.py --gongwen target/release/gongwen \
        --docs CORPUS [--only wrap40,pagecounter] [--every K] [--list N]

CORPUS is a folder of `.txt` files (searched recursively) or of JSONL files with `id` and
`text` (the bench corpus). The parse of the document as it is, moved through the
perturbation's offset map, is the reference; per perturbation the report counts:

* outline nodes lost, invented, at another depth, under another parent;
* quantity rows (kind `quantity`, as scored) lost, invented, with another value, comparator
  or kind (`differs`), with the same reading over another span (`span`), or another unit.

A layout-only change should change nothing but spans; every other line shows a rule that
reads the layout of the documents it was written from. A report, not a test: some changes
are the layout's own ambiguity (a hard wrap inside a number may cut it either way).
"""
import argparse, collections, glob, json, os, subprocess, sys, tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturb import PERTURBATIONS  # noqa: E402


def load(corpus):
    docs = []
    for f in sorted(glob.glob(os.path.join(corpus, "**/*.jsonl"), recursive=True)):
        for line in open(f, encoding="utf-8"):
            r = json.loads(line)
            docs.append((r["id"], r["text"]))
    for f in sorted(glob.glob(os.path.join(corpus, "**/*.txt"), recursive=True)):
        docs.append((f, open(f, encoding="utf-8", newline="").read()))
    return docs


def run(gongwen, docs, command, workdir):
    """The rows of `command` for every document, by document id."""
    path = os.path.join(workdir, "docs.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, t in docs:
            f.write(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n")
    out = subprocess.run([gongwen, command, "--format", "jsonl", path], capture_output=True, text=True, check=True).stdout
    rows = collections.defaultdict(list)
    for line in out.splitlines():
        r = json.loads(line)
        rows[r["doc"]].append(r)
    return rows


def reading(q):
    return (q["value"], q["value_max"], q["comparator"], q["kind"])


def compare(docs, base, new, maps, texts, note):
    (bo, bq), (no, nq) = base, new
    for i, _ in docs:
        m, text = maps[i], texts[i]
        ctx = lambda s: repr(text[max(0, s - 20):s + 25])
        a = {m[n["char_start"]]: n for n in bo.get(i, [])}
        b = {n["char_start"]: n for n in no.get(i, [])}
        start_a = {n["index"]: m[n["char_start"]] for n in bo.get(i, [])}
        start_b = {n["index"]: n["char_start"] for n in no.get(i, [])}
        for s in sorted(set(a) - set(b)):
            note("outline lost", i, f"{a[s]['marker']!r} {ctx(s)}")
        for s in sorted(set(b) - set(a)):
            note("outline invented", i, f"{b[s]['marker']!r} {ctx(s)}")
        for s in sorted(set(a) & set(b)):
            x, y = a[s], b[s]
            if x["depth"] != y["depth"]:
                note("outline depth", i, f"{x['marker']!r} {x['depth']}->{y['depth']} {ctx(s)}")
            elif start_a.get(x["parent"]) != start_b.get(y["parent"]):
                note("outline parent", i, f"{x['marker']!r} {ctx(s)}")
        qa = {m[q["char_start"]]: q for q in bq.get(i, []) if q["kind"] == "quantity"}
        qb = {q["char_start"]: q for q in nq.get(i, []) if q["kind"] == "quantity"}
        for s in sorted(set(qa) & set(qb)):
            x, y = qa[s], qb[s]
            if reading(x) != reading(y):
                note("quantity differs", i, f"{x['text']!r}->{y['text']!r} {reading(x)}->{reading(y)} {ctx(s)}")
            elif x["unit"] != y["unit"]:
                note("quantity unit", i, f"{x['text']!r} {x['unit']}->{y['unit']} {ctx(s)}")
        # Rows whose start moved: matched by their end.
        end_a = {m[qa[s]["char_end"]]: s for s in set(qa) - set(qb)}
        end_b = {qb[s]["char_end"]: s for s in set(qb) - set(qa)}
        for e in sorted(set(end_a) & set(end_b)):
            x, y = qa[end_a[e]], qb[end_b[e]]
            kind = "quantity span" if reading(x) == reading(y) else "quantity differs"
            note(kind, i, f"{x['text']!r}->{y['text']!r} {reading(x)}->{reading(y)}")
        for e in sorted(set(end_a) - set(end_b)):
            s = end_a[e]
            note("quantity lost", i, f"{qa[s]['text']!r} {reading(qa[s])} {ctx(s)}")
        for e in sorted(set(end_b) - set(end_a)):
            s = end_b[e]
            note("quantity invented", i, f"{qb[s]['text']!r} {reading(qb[s])} {ctx(s)}")


KINDS = ["outline lost", "outline invented", "outline depth", "outline parent",
         "quantity lost", "quantity invented", "quantity differs", "quantity span", "quantity unit"]
LAYOUT_ONLY = [p for p in PERTURBATIONS if p != "join"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gongwen", required=True)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--only", help="comma-separated perturbations (default: all but join)")
    ap.add_argument("--every", type=int, default=1, help="every K-th document")
    ap.add_argument("--list", type=int, default=0, help="examples listed per kind")
    args = ap.parse_args()
    docs = load(args.docs)[::args.every]
    with tempfile.TemporaryDirectory() as workdir:
        report(args, docs, workdir)


def report(args, docs, workdir):
    base = (run(args.gongwen, docs, "outline", workdir), run(args.gongwen, docs, "quantities", workdir))
    for pert in (args.only.split(",") if args.only else LAYOUT_ONLY):
        new_docs, maps, texts = [], {}, {}
        for i, t in docs:
            nt, m, _ = PERTURBATIONS[pert](t)
            new_docs.append((i, nt)); maps[i] = m; texts[i] = nt
        new = (run(args.gongwen, new_docs, "outline", workdir), run(args.gongwen, new_docs, "quantities", workdir))
        counts, examples = collections.Counter(), collections.defaultdict(list)

        def note(kind, doc, what):
            counts[kind] += 1
            if len(examples[kind]) < args.list:
                examples[kind].append(f"{doc} {what}")

        compare(docs, base, new, maps, texts, note)
        print(f"{pert:12s} docs {len(docs)}: " + ", ".join(f"{k} {counts[k]}" for k in KINDS))
        for k in KINDS:
            for e in examples[k]:
                print(f"   [{k}] {e}")


if __name__ == "__main__":
    main()
