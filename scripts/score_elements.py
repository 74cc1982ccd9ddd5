#!/usr/bin/env python3
"""Score document elements and titles.

    python3 scripts/score_elements.py target/release/gongwen CORPUS_DIR GOLD_DIR [TITLES_JSON]

Reads GOLD/<stem>.elements.json (docs/annotation.md, "Document elements") and runs `GONGWEN elements --format jsonl DOC`,
whose rows carry `element` (the key), `char_start`, `char_end`, `text`, `value`. Per key: documents where the
gold prints it and the value is exactly right; plus elements reported where the gold has none (invented).
TITLES_JSON, when given, is score.py --titles --json output, for the title accuracy.
Exit 0 when titles >= 0.97 and each of the five main keys >= 0.95 with no more than 2 invented.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

MAIN = ('doc_number', 'recipients', 'date', 'attachments', 'issuer')
sq = lambda s: re.sub(r'\s+', '', s) if isinstance(s, str) else s


def norm(v):
    if isinstance(v, list):
        return [norm(x) for x in v]
    if isinstance(v, dict):
        return {k: norm(x) for k, x in v.items() if x is not None}
    return sq(v)


def main():
    binary, docs, gold = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    titles = json.loads(sys.argv[4]).get('titles', {}) if len(sys.argv) > 4 and sys.argv[4].strip() else {}
    right, total, invented, failed = {}, {}, {}, 0
    files = sorted(gold.glob('*.elements.json'))
    for g in files:
        G = json.loads(g.read_text(encoding='utf-8'))
        p = subprocess.run([binary, 'elements', '--format', 'jsonl', str(docs / G['doc'])], capture_output=True, text=True, timeout=120)
        if p.returncode != 0:
            failed += 1
            got = {}
        else:
            got = {}
            for line in p.stdout.splitlines():
                if line.strip():
                    r = json.loads(line)
                    got.setdefault(r.get('element'), r.get('value'))
        want = G.get('elements', {})
        for k in set(want) | set(got):
            if k in want:
                total[k] = total.get(k, 0) + 1
                right[k] = right.get(k, 0) + (k in got and norm(got[k]) == norm(want[k]['value']))
            elif k in MAIN:
                invented[k] = invented.get(k, 0) + 1
    parts = [f"titles {titles.get('correct', '?')}/{titles.get('total', '?')}"]
    ok = titles.get('accuracy', 0) >= 0.97 and failed == 0 and bool(files)
    for k in MAIN:
        n, r = total.get(k, 0), right.get(k, 0)
        parts.append(f"{k} {r}/{n}" + (f" +{invented[k]} invented" if invented.get(k) else ''))
        ok = ok and n > 0 and r / n >= 0.95 and invented.get(k, 0) <= 2
    others = sorted(set(total) - set(MAIN))
    parts += [f"{k} {right.get(k, 0)}/{total[k]}" for k in others]
    print(f"{len(files)} docs with elements gold" + (f", `elements` failed on {failed}" if failed else '') + ': ' + '; '.join(parts))
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
