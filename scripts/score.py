#!/usr/bin/env python3
"""Score the gongwen CLI's flat exports against gold annotations.

    python3 scripts/score.py --gongwen target/release/gongwen \
        --docs CORPUS_DIR --gold GOLD_DIR [--json] [-v] [--titles]

For every `<stem>.outline.json` / `<stem>.quantities.json` in --gold it runs
`gongwen outline --format jsonl <doc>` and `gongwen quantities --format jsonl <doc>`
and compares the rows with the gold (docs/annotation.md says what a correct parse is).
The annotated documents and their gold files are not part of this repository: the figures
of the CHANGELOG were measured on the project's development seeds and dev set with this
script.

Rows it reads (other keys are ignored):
  outline:    index, parent, depth, marker, ordinal, heading, char_start
  quantities: char_start, char_end, value, value_max, unit, comparator, placeholder, kind
A quantity row whose `kind` is present and not "quantity" is not counted as a quantity.
Exit status: 0 when it could score, 1 when the command failed on some document.
"""
import argparse
import json
import math
import re
import subprocess
import sys
from pathlib import Path

WINDOW = 8  # a reported marker may start up to this many characters after the gold start


def run_rows(cmd, sub, doc):
    p = subprocess.run([*cmd, sub, "--format", "jsonl", str(doc)], capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise RuntimeError(f"`{' '.join(cmd)} {sub} --format jsonl {doc}` exited {p.returncode}: {p.stderr.strip()[:300]}")
    rows = []
    for line in p.stdout.splitlines():
        line = line.strip()
        if line:
            rows.append(json.loads(line))
    return rows


def squash(s):
    return re.sub(r"\s+", "", s or "")


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    try:
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (TypeError, ValueError):
        return False


def score_outline(gold, rows, verbose):
    nodes = gold["nodes"]
    used = set()
    match = {}  # gold index -> row index
    # Three passes, so that a missed node does not shift every later match in a block of short lines:
    # 1) same start, 2) within the window with the same marker text, 3) anything within the window.
    passes = (
        lambda g, r: r["char_start"] == g["start"],
        lambda g, r: squash(r.get("marker")) == squash(g["marker"]),
        lambda g, r: True,
    )
    for ok in passes:
        for gi, g in enumerate(nodes):
            if gi in match:
                continue
            best = None
            for ri, r in enumerate(rows):
                if ri in used:
                    continue
                s = r.get("char_start")
                if s is None or not (g["start"] <= s <= g["start"] + WINDOW) or not ok(g, r):
                    continue
                if best is None or s < rows[best]["char_start"]:
                    best = ri
            if best is not None:
                used.add(best)
                match[gi] = best
    optional = [n["start"] for n in gold.get("optional_nodes", [])]
    ignored = {ri for ri, r in enumerate(rows) if ri not in used and any(
        st <= (r.get("char_start") or -1) <= st + WINDOW for st in optional)}
    tp = len(match)
    fp = len(rows) - tp - len(ignored)
    fn = len(nodes) - tp
    not_starts = {n["start"] for n in gold.get("not_nodes", [])}
    noise = sum(1 for ri, r in enumerate(rows) if ri not in used and any(
        st <= (r.get("char_start") or -1) <= st + WINDOW for st in not_starts))
    row_to_gold = {ri: gi for gi, ri in match.items()}
    depth_ok = ordinal_ok = heading_ok = heading_n = parent_ok = parent_n = 0
    for gi, ri in match.items():
        g, r = nodes[gi], rows[ri]
        depth_ok += r.get("depth") == g["depth"]
        ordinal_ok += r.get("ordinal") == g["ordinal"]
        if g.get("heading") is not None:
            heading_n += 1
            ok = squash(r.get("heading")) == squash(g["heading"])
            heading_ok += ok
            if verbose and not ok:
                print(f"    heading @{g['start']} gold={g['heading']!r} got={r.get('heading')!r}")
        if not gold.get("scrambled"):
            parent_n += 1
            rp = r.get("parent")
            got = row_to_gold.get(rp) if rp is not None else None
            parent_ok += got == g["parent"]
    if verbose:
        for gi, g in enumerate(nodes):
            if gi not in match:
                print(f"    missed node @{g['start']} {g['marker']} {g.get('heading')!r}")
        for ri, r in enumerate(rows):
            if ri not in used and ri not in ignored:
                print(f"    extra node @{r.get('char_start')} {r.get('marker')!r} {r.get('heading')!r}")
    return dict(tp=tp, fp=fp, fn=fn, noise=noise, depth_ok=depth_ok, ordinal_ok=ordinal_ok,
                heading_ok=heading_ok, heading_n=heading_n, parent_ok=parent_ok, parent_n=parent_n)


def overlap(a0, a1, b0, b1):
    return max(0, min(a1, b1) - max(a0, b0))


def score_quantities(gold, rows, verbose):
    rows = [r for r in rows if r.get("kind") in (None, "quantity")
            and r.get("char_start") is not None and r.get("char_end") is not None]
    req = gold["quantities"]
    used = set()
    match = {}
    for gi, g in enumerate(req):
        best, best_ov = None, 0
        for ri, r in enumerate(rows):
            if ri in used:
                continue
            ov = overlap(g["start"], g["end"], r["char_start"], r["char_end"])
            if ov > best_ov:
                best, best_ov = ri, ov
        if best is not None:
            used.add(best)
            match[gi] = best
    fields = dict(value=0, unit=0, comparator=0, exact=0)
    for gi, ri in match.items():
        g, r = req[gi], rows[ri]
        v = same_number(r.get("value"), g.get("value"))
        vm = same_number(r.get("value_max"), g.get("value_max"))
        u = (r.get("unit") or None) == (g.get("unit") or None)
        c = r.get("comparator") == g.get("comparator")
        fields["value"] += v and vm
        fields["unit"] += u
        fields["comparator"] += c
        fields["exact"] += v and vm and u and c
        if verbose and not (v and vm and u and c):
            print(f"    field @{g['start']} {g['text']!r}: gold=({g.get('value')},{g.get('value_max')},{g.get('unit')},"
                  f"{g.get('comparator')}) got=({r.get('value')},{r.get('value_max')},{r.get('unit')},{r.get('comparator')})")
    forbidden = 0
    unlisted = 0
    for ri, r in enumerate(rows):
        if ri in used:
            continue
        span = (r["char_start"], r["char_end"])
        if any(overlap(*span, n["start"], n["end"]) for n in gold.get("not_quantities", [])):
            forbidden += 1
            if verbose:
                print(f"    forbidden quantity @{span[0]} {r.get('text')!r}")
        elif any(overlap(*span, n["start"], n["end"]) for n in gold.get("optional", []) + req):
            pass
        else:
            unlisted += 1
            if verbose:
                print(f"    unlisted quantity @{span[0]} {r.get('text')!r}")
    if verbose:
        for gi, g in enumerate(req):
            if gi not in match:
                print(f"    missed quantity @{g['start']} {g['text']!r}")
    return dict(tp=len(match), fn=len(req) - len(match), forbidden=forbidden, unlisted=unlisted, **fields)


def f1(tp, fp, fn):
    if tp + fp + fn == 0:  # nothing expected and nothing reported: perfect, not zero
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_title(cmd, doc):
    """The title the CLI gives for `doc` (`gongwen parse --format json`), or None."""
    p = subprocess.run([*cmd, "parse", "--format", "json", str(doc)], capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        return None
    t = json.loads(p.stdout).get("title")
    return t.get("text") if isinstance(t, dict) else t


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gongwen", required=True, help="the CLI to run, e.g. target/release/gongwen (split on spaces)")
    ap.add_argument("--docs", required=True, type=Path)
    ap.add_argument("--gold", required=True, type=Path)
    ap.add_argument("--json", action="store_true", help="print one JSON summary line last")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    ap.add_argument("--titles", action="store_true",
                    help="also score document titles (gold `title` or one of its `title_alternatives`, white space ignored) "
                         "from `gongwen parse --format json`")
    a = ap.parse_args()
    cmd = a.gongwen.split()
    tot_o, tot_q, failed, per_doc, titles = {}, {}, [], {}, []
    for gf in sorted(a.gold.glob("*.json")):
        stem, _, part = gf.name[:-5].rpartition(".")
        if part not in ("outline", "quantities"):
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        doc = a.docs / gold["doc"]
        try:
            rows = run_rows(cmd, part, doc)
        except Exception as e:  # report and go on with the other documents
            failed.append(f"{gold['doc']} ({part}): {e}")
            print(f"{gold['doc']:32s} {part:10s} FAILED: {e}")
            continue
        if a.verbose:
            print(f"{gold['doc']} {part}:")
        if part == "outline":
            s = score_outline(gold, rows, a.verbose)
            p, r, f = f1(s["tp"], s["fp"], s["fn"])
            print(f"{gold['doc']:32s} outline    P {p:.3f} R {r:.3f} F1 {f:.3f}  depth {s['depth_ok']}/{s['tp']}"
                  f"  heading {s['heading_ok']}/{s['heading_n']}  parent {s['parent_ok']}/{s['parent_n']}  noise-as-node {s['noise']}")
            tot = tot_o
            per_doc.setdefault(gold["doc"], {})["outline"] = dict(f1=round(f, 4), noise_as_node=s["noise"])
            if a.titles and "title" in gold:
                got = run_title(cmd, doc)
                ok = squash(got) in {squash(t) for t in [gold["title"], *gold.get("title_alternatives", [])]}
                titles.append(ok)
                per_doc[gold["doc"]]["title_ok"] = ok
                if a.verbose and not ok:
                    print(f"    title gold={gold['title']!r} got={got!r}")
        else:
            s = score_quantities(gold, rows, a.verbose)
            p, r, f = f1(s["tp"], s["forbidden"] + s["unlisted"], s["fn"])
            print(f"{gold['doc']:32s} quantities P {p:.3f} R {r:.3f} F1 {f:.3f}  exact {s['exact']}/{s['tp']}"
                  f"  value {s['value']} unit {s['unit']} comparator {s['comparator']}  forbidden {s['forbidden']} unlisted {s['unlisted']}")
            tot = tot_q
            per_doc.setdefault(gold["doc"], {})["quantities"] = dict(
                f1=round(f, 4), recall=round(r, 4), exact_of_matched=round(s["exact"] / max(1, s["tp"]), 4))
        for k, v in s.items():
            tot[k] = tot.get(k, 0) + v
    summary = {}
    if tot_o:
        p, r, f = f1(tot_o["tp"], tot_o["fp"], tot_o["fn"])
        summary["outline"] = dict(precision=round(p, 4), recall=round(r, 4), f1=round(f, 4),
                                  depth=round(tot_o["depth_ok"] / max(1, tot_o["tp"]), 4),
                                  heading=round(tot_o["heading_ok"] / max(1, tot_o["heading_n"]), 4),
                                  parent=round(tot_o["parent_ok"] / max(1, tot_o["parent_n"]), 4),
                                  noise_as_node=tot_o["noise"])
    if tot_q:
        p, r, f = f1(tot_q["tp"], tot_q["forbidden"] + tot_q["unlisted"], tot_q["fn"])
        summary["quantities"] = dict(precision=round(p, 4), recall=round(r, 4), f1=round(f, 4),
                                     exact_recall=round(tot_q["exact"] / max(1, tot_q["tp"] + tot_q["fn"]), 4),
                                     exact_of_matched=round(tot_q["exact"] / max(1, tot_q["tp"]), 4),
                                     forbidden=tot_q["forbidden"], unlisted=tot_q["unlisted"])
    if titles:
        summary["titles"] = dict(correct=sum(titles), total=len(titles), accuracy=round(sum(titles) / len(titles), 4))
    o, q = summary.get("outline", {}), summary.get("quantities", {})
    print(f"TOTAL outline F1 {o.get('f1', 0):.3f} (depth {o.get('depth', 0):.3f}, heading {o.get('heading', 0):.3f}, "
          f"parent {o.get('parent', 0):.3f})  quantities F1 {q.get('f1', 0):.3f} "
          f"(exact recall {q.get('exact_recall', 0):.3f}, forbidden {q.get('forbidden', 0)})"
          + (f"  titles {sum(titles)}/{len(titles)}" if titles else "")
          + (f"  FAILED on {len(failed)}" if failed else ""))
    if a.json:
        summary["failed"] = failed
        summary["docs"] = per_doc
        print(json.dumps(summary, ensure_ascii=False))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
