#!/usr/bin/env python3
"""Robustness: score the parse of annotated documents after changing them the way real copies
differ from their source, with the gold moved along.

    python3 scripts/perturb.py --gongwen target/release/gongwen \
        --docs ../shared/corpus/dev --gold ../shared/gold/dev [--only join,trailing] [-v] [--keep]

Each perturbation maps the text to a new text and an old -> new character offset map; the
gold's starts and ends move through the map, and its strings (marker, heading, text, title)
take the same character substitution. Then `scripts/score.py` scores the perturbed set, one
TOTAL line per perturbation, then `scripts/score_elements.py` scores the document elements
(their values; the elements gold goes along unchanged):

* `halfparen`, `fullparen`, `fulldigits`: half-/full-width brackets and digits;
* `crlf`: Windows line ends; `indent3000`, `indentspace`, `indentnbsp`: every line indented;
  `blanklines`: a blank line after every line; `trailing`: two spaces at every line end;
* `pagemarks` (`- 3 -` lines) and `pagecounter` (`3/12` lines) inserted between lines;
* `wrap40`, `wrap25`: lines broken every 40 or 25 characters (a PDF copy's hard wraps);
* `halfpunct`: half-width commas, semicolons, colons, `!` and `?`;
* `join`: every line break removed (a page scraped as one line);
* `wordtext` (indents, trailing spaces, CRLF) and `pdfcopy` (wraps at 40, page counters,
  trailing spaces): several at once, as one copy has them.

A perturbation that changes the score shows a rule that depends on the layout of the
documents it was written from. A report, not a test.
"""
import argparse, json, subprocess, sys, tempfile, shutil
from pathlib import Path

SCORE = Path(__file__).resolve().parent / "score.py"
SCORE_ELEMENTS = Path(__file__).resolve().parent / "score_elements.py"


def subst(table):
    def f(text):
        out = "".join(table.get(c, c) for c in text)
        return out, list(range(len(text) + 1)), lambda s: "".join(table.get(c, c) for c in s)
    return f


def insert_at_lines(prefix_fn=None, suffix_fn=None, newline="\n"):
    """Rebuild the text line by line, adding a prefix/suffix; map offsets."""
    def f(text):
        out, m = [], []
        pos = 0
        lines = text.split("\n")
        for k, line in enumerate(lines):
            pre = prefix_fn(k, line) if prefix_fn else ""
            out.append(pre)
            pos += len(pre)
            for c in line:
                m.append(pos)
                out.append(c)
                pos += 1
            suf = suffix_fn(k, line) if suffix_fn else ""
            out.append(suf)
            pos += len(suf)
            if k < len(lines) - 1:
                m.append(pos)
                out.append(newline)
                pos += len(newline)
        m.append(pos)
        return "".join(out), m, lambda s: s
    return f


def indent(ws):
    return insert_at_lines(prefix_fn=lambda k, l: ws if l and not l[0].isspace() else "")


def every_page(lines_per_page, line_for):
    """A line `line_for(page, total)` inserted before every `lines_per_page`-th line."""
    def f(text):
        total = max(1, text.count("\n") // lines_per_page + 1)
        state = {"p": 0}

        def pre(k, l):
            if k and k % lines_per_page == 0:
                state["p"] += 1
                return line_for(state["p"], total) + "\n"
            return ""
        return insert_at_lines(prefix_fn=pre)(text)
    return f


page_marks = every_page(25, lambda p, total: f"- {p} -")
page_counter = every_page(30, lambda p, total: f"{p}/{total}")


def hard_wrap(width):
    """Every line longer than `width` characters broken every `width` characters, as a PDF
    extractor copies a page's lines."""
    def f(text):
        out, m, pos = [], [], 0
        col = 0
        for c in text:
            if c == "\n":
                col = -1
            elif col == width:
                out.append("\n")
                pos += 1
                col = 0
            m.append(pos)
            out.append(c)
            pos += 1
            col += 1
        m.append(pos)
        return "".join(out), m, lambda s: s
    return f


def join_lines(text):
    out, m, pos = [], [], 0
    for c in text:
        m.append(pos)
        if c == "\n":
            continue
        out.append(c)
        pos += 1
    m.append(pos)
    return "".join(out), m, lambda s: s


def compose(*fs):
    """The perturbations `fs` applied one after the other, their offset maps chained."""
    def f(text):
        m, conv = list(range(len(text) + 1)), (lambda s: s)
        for g in fs:
            text, gm, gconv = g(text)
            m = [gm[x] for x in m]
            conv = (lambda a, b: (lambda s: b(a(s))))(conv, gconv)
        return text, m, conv
    return f


FW = {chr(c): chr(c + 0xFEE0) for c in range(ord("0"), ord("9") + 1)}

PERTURBATIONS = {
    "halfparen": subst({"（": "(", "）": ")"}),
    "fullparen": subst({"(": "（", ")": "）"}),
    "fulldigits": subst(FW),
    "crlf": insert_at_lines(newline="\r\n"),
    "indent3000": indent("\u3000\u3000"),
    "indentspace": indent("    "),
    "indentnbsp": indent("\u00a0\u00a0"),
    "blanklines": insert_at_lines(newline="\n\n"),
    "trailing": insert_at_lines(suffix_fn=lambda k, l: "  " if l else ""),
    "pagemarks": page_marks,
    "pagecounter": page_counter,
    "wrap40": hard_wrap(40),
    "wrap25": hard_wrap(25),
    "halfpunct": subst({"，": ",", "；": ";", "：": ":", "！": "!", "？": "?"}),
    "join": join_lines,
    # A Word document saved as text: indented paragraphs, trailing spaces, CRLF.
    "wordtext": compose(indent("\u3000\u3000"), insert_at_lines(suffix_fn=lambda k, l: " " if l else ""),
                        insert_at_lines(newline="\r\n")),
    # A PDF copy: hard wraps, page counters, trailing spaces.
    "pdfcopy": compose(hard_wrap(40), every_page(30, lambda p, total: f"{p}/{total}"),
                       insert_at_lines(suffix_fn=lambda k, l: " " if l else "")),
    # A narrow PDF copy (a two-column bulletin or a phone-sized page): hard wraps every 28
    # characters, and every 22 lines a page number `- N -` and the running head of the next page.
    "pdf28": compose(hard_wrap(28), every_page(22, lambda p, total: f"- {p} -\n××市人民政府公报")),
}


def move(gold, m, conv):
    def mv(x):
        return m[x] if 0 <= x < len(m) else x
    for key in ("nodes", "not_nodes", "optional_nodes", "quantities", "optional", "not_quantities"):
        for n in gold.get(key, []):
            if "start" in n:
                n["start"] = mv(n["start"])
            if "end" in n:
                # an end is exclusive: map the last char and add one
                n["end"] = mv(n["end"] - 1) + 1 if n["end"] > 0 else 0
            for s in ("marker", "heading", "text"):
                if isinstance(n.get(s), str):
                    n[s] = conv(n[s])
    if isinstance(gold.get("title"), str):
        gold["title"] = conv(gold["title"])
    gold["title_alternatives"] = [conv(t) for t in gold.get("title_alternatives", [])]
    return gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gongwen", required=True)
    ap.add_argument("--docs", required=True, type=Path, help="a folder of annotated .txt documents")
    ap.add_argument("--gold", required=True, type=Path, help="their gold (*.outline.json, *.quantities.json)")
    ap.add_argument("--only", default="")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    names = a.only.split(",") if a.only else list(PERTURBATIONS)
    docs, golds = a.docs, a.gold
    for name in names:
        f = PERTURBATIONS[name]
        tmp = Path(tempfile.mkdtemp(prefix=f"perturb-{name}-"))
        (tmp / "docs").mkdir()
        (tmp / "gold").mkdir()
        maps = {}
        for d in sorted(docs.glob("*.txt")):
            text = d.read_text(encoding="utf-8")
            new, m, conv = f(text)
            (tmp / "docs" / d.name).write_text(new, encoding="utf-8")
            maps[d.name] = (m, conv)
        for g in sorted(golds.glob("*.json")):
            if g.name.endswith(".elements.json"):
                # Element values are scored, not offsets: the gold goes along as it is.
                shutil.copy(g, tmp / "gold" / g.name)
                continue
            gold = json.loads(g.read_text(encoding="utf-8"))
            m, conv = maps[gold["doc"]]
            (tmp / "gold" / g.name).write_text(json.dumps(move(gold, m, conv), ensure_ascii=False), encoding="utf-8")
        cmd = [sys.executable, str(SCORE), "--gongwen", a.gongwen, "--docs", str(tmp / "docs"),
               "--gold", str(tmp / "gold"), "--titles"] + (["-v"] if a.v else [])
        p = subprocess.run(cmd, capture_output=True, text=True)
        lines = p.stdout.strip().splitlines()
        if a.v:
            print("\n".join(lines))
        tot = [l for l in lines if l.startswith("TOTAL")]
        print(f"{name:12s} {tot[-1] if tot else p.stderr[-300:]}")
        if any((tmp / "gold").glob("*.elements.json")):
            e = subprocess.run([sys.executable, str(SCORE_ELEMENTS), a.gongwen, str(tmp / "docs"), str(tmp / "gold")],
                               capture_output=True, text=True)
            print(f"{'':12s} elements: {e.stdout.strip().split(': ', 1)[-1]}")
        if a.keep:
            print("   kept in", tmp)
        else:
            shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
