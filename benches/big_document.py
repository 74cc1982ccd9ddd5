#!/usr/bin/env python3
"""One large document without line breaks, dense with enumerations, and its peak memory.

    python benches/big_document.py write OUT.txt --mb 20      # the document alone
    python benches/big_document.py measure --gongwen target/release/gongwen --mb 10 60

``write`` builds the text deterministically: realistic paragraphs of a work plan (a
``一、`` section, its ``（一）`` items, ``1.`` points, ``一是…二是…`` inline enumerations and
figures with units, ranges, comparators and deadlines) repeated with rising ordinals and
numbers, joined without ``\\n`` until the size is reached (UTF-8 bytes).

``measure`` writes the document once per size (to a temporary folder) and runs, under
``/usr/bin/time -v``, ``gongwen parse`` as JSONL, pretty JSON and tree, ``gongwen outline --format jsonl``,
``gongwen parse`` and ``gongwen bench --stream-only`` of a one-record JSONL corpus, and with
``--python PY`` the library parse alone (``gongwen.parse`` in that Python); it prints each
peak RSS and its ratio to the input size. A report, not a test: memory is a measurement.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    """A Chinese numeral for 1..99 (十一, 二十三)."""
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CN[tens - 1]
    return head + "十" + (CN[ones - 1] if ones else "")


def section(k: int) -> str:
    """The k-th section: a heading, three items, points and inline enumerations."""
    s = [f"{cn((k - 1) % 99 + 1)}、加快推进第{k}项重点工作。"]
    for i in range(1, 4):
        n = k * 7 + i
        s.append(
            f"（{cn(i)}）强化要素保障。一是新建学校{n % 40 + 3}所、幼儿园{n % 13 + 5}-{n % 13 + 8}所，"
            f"学前教育毛入园率达到{85 + n % 10}%以上；二是全年投入资金约{n % 9 + 2}.{n % 10}亿元，"
            f"其中中央预算内投资不少于{n % 50 + 10}万元；三是到{2025 + n % 5}年底前完成改造任务{n % 300 + 20}个，"
            f"覆盖率由{40 + n % 20}%提高到{60 + n % 30}%。"
        )
        for j in range(1, 4):
            s.append(
                f"{j}.落实责任分工。各地区要在{n % 12 + 1}月{n % 28 + 1}日前报送进展情况，"
                f"培训人员不少于{n % 90 + 10}人次，每季度至少开展{j + 1}次督查，确保工作落到实处。"
            )
    return "".join(s)


def document(size: int) -> str:
    """Sections joined without line breaks until the text has `size` UTF-8 bytes."""
    parts, total, k = ["关于印发某市重点工作实施方案的通知"], 0, 0
    while total < size:
        k += 1
        p = section(k)
        parts.append(p)
        total += len(p.encode())
    text = "".join(parts).encode()[:size].decode("utf-8", "ignore")
    return text


def peak_kb(cmd: list[str]) -> int:
    """Peak RSS (kB) of `cmd`, from /usr/bin/time -v; its output goes to /dev/null."""
    r = subprocess.run(["/usr/bin/time", "-v", *cmd], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{r.stderr[-2000:]}")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", r.stderr)
    return int(m.group(1)) if m else 0


def measure(gongwen: str, sizes: list[int], python: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'input':>8}  {'command':<40} {'peak RSS':>10} {'× input':>8}")
        for mb in sizes:
            text = document(mb << 20)
            txt = os.path.join(tmp, f"big{mb}.txt")
            with open(txt, "w", encoding="utf-8") as f:
                f.write(text)
            jsonl = os.path.join(tmp, f"big{mb}.jsonl")
            with open(jsonl, "w", encoding="utf-8") as f:
                f.write(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n")
            size = os.path.getsize(txt)
            runs = [
                ("parse --format jsonl", [gongwen, "parse", "--format", "jsonl", txt]),
                ("parse (pretty JSON)", [gongwen, "parse", txt]),
                ("parse --format tree", [gongwen, "parse", "--format", "tree", txt]),
                ("outline --format jsonl", [gongwen, "outline", "--format", "jsonl", txt]),
                ("parse --format jsonl (JSONL corpus)", [gongwen, "parse", "--format", "jsonl", jsonl]),
                ("bench --stream-only (JSONL corpus)", [gongwen, "bench", "-j", "1", "--stream-only", jsonl]),
            ]
            if python:
                # The library parse alone, through the Python bindings (the interpreter and the
                # text as a Python str are included).
                code = f"import gongwen; t = open({txt!r}, encoding='utf-8').read(); d = gongwen.parse(t)"
                runs.append(("library parse (Python gongwen.parse)", [python, "-c", code]))
            for name, cmd in runs:
                kb = peak_kb(cmd)
                print(f"{size / 2**20:>6.1f}MB  {name:<40} {kb / 1024:>8.0f}MB {kb * 1024 / size:>7.1f}×", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write", help="write the document")
    w.add_argument("out")
    w.add_argument("--mb", type=float, default=20)
    m = sub.add_parser("measure", help="peak RSS of the CLI on documents of these sizes")
    m.add_argument("--gongwen", default="target/release/gongwen")
    m.add_argument("--mb", type=int, nargs="+", default=[10, 60])
    m.add_argument("--python", help="a Python with the gongwen package: also measure gongwen.parse alone")
    a = ap.parse_args()
    if a.cmd == "write":
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(document(int(a.mb * 2**20)))
    else:
        measure(a.gongwen, a.mb, a.python)


if __name__ == "__main__":
    main()
