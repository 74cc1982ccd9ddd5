"""The conformance suite from Python: every case of ``tests/cases/*.toml``.

One set of cases, two runners: this file and ``crates/gongwen/tests/conformance.rs`` check
the same fields with the same rules (``tests/cases/README.md``), here through the Python
API, so a case also tests the bindings (character offsets, rows, kinds).

- ``outline``: ``"DEPTH|MARKER|ORDINAL|HEADING"`` per node in document order (HEADING
  without white space, ``~`` for none); parents are implied: a node's parent is the nearest
  earlier node with depth - 1 (a depth-1 node has none).
- ``title``: the title on one line (noise and white space left out).
- ``paths``: the ``path`` of every node, in document order.
- ``quantities``: the figures of kind ``quantity``, 1:1 in document order; ``text`` must be
  contained in the figure's text; ``value_max``/``unit`` default to None, ``comparator``
  to ``eq``, ``placeholder`` to False.
- ``not_quantities``: no figure of kind ``quantity`` overlaps any occurrence of the string.
- ``kinds``: some figure of that kind overlaps an occurrence of ``text``.
- ``noise``: some noise span of that kind overlaps an occurrence of ``text``, and one of
  the two contains the other.
- ``diagnostics``: some diagnostic of that kind whose text (stripped) is ``text``.
- ``elements``: for each key, the first element of that name has that value (a key an
  expected table leaves out must be None).
- ``element_texts``: for each key, the first element of that name is written as that text.
- ``no_elements``: no element of these names is reported.
- ``references``: every reference, 1:1 in document order: its text and kind, and the value
  fields and the resolved node's marker (``~``: none) where given.
- ``enclosed_titles``: the titles of the enclosed documents, white space left out, in order.
- ``document``: the given fields of the document's row (``gongwen.documents_frame``, the
  CLI's ``gongwen documents``), ``~`` for None; checked for the columns the frame has.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import pytest

import gongwen

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES_DIR = Path(__file__).resolve().parent.parent / "cases"
KNOWN_KEYS = {
    "name",
    "source",
    "text",
    "outline",
    "paths",
    "title",
    "quantities",
    "not_quantities",
    "kinds",
    "noise",
    "diagnostics",
    "elements",
    "element_texts",
    "no_elements",
    "references",
    "enclosed_titles",
    "document",
}
REFERENCE_KEYS = {"text", "kind", "node", "title", "doc_number", "law", "article", "sub", "paragraph", "item"}


def load_cases() -> List[Any]:
    params = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        unknown_top = set(data) - {"case"}
        assert not unknown_top, f"{path.name}: unknown top-level keys {sorted(unknown_top)}"
        seen = set()
        for case in data.get("case", []):
            name = case.get("name", "?")
            assert name not in seen, f"{path.name}: case name {name!r} is used twice"
            seen.add(name)
            params.append(pytest.param(path.name, case, id=f"{path.stem}::{name}"))
    return params


CASES = load_cases()


def test_the_suite_is_not_empty() -> None:
    assert CASES, "tests/cases should hold at least one *.toml case with a [[case]]"


def outline_line(node: gongwen.Node) -> str:
    heading = "~" if node.heading is None else "".join(ch for ch in node.heading if not ch.isspace())
    return f"{node.depth}|{node.marker}|{node.ordinal}|{heading}"


def occurrences(text: str, needle: str) -> List[Tuple[int, int]]:
    if not needle:
        return []
    out, at = [], text.find(needle)
    while at >= 0:
        out.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return out


def overlaps(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def same_number(a: Optional[float], b: Optional[float]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def value_matches(want: Any, got: Any) -> bool:
    """``got`` is ``want``, numbers compared as numbers and a key an expected table leaves out
    None in ``got``."""
    if isinstance(want, dict) and isinstance(got, dict):
        return set(want) <= set(got) and all(
            value_matches(want[k], v) if k in want else v is None for k, v in got.items()
        )
    if isinstance(want, list) and isinstance(got, list):
        return len(want) == len(got) and all(value_matches(a, b) for a, b in zip(want, got))
    return bool(want == got)


def check_elements(case: Dict[str, Any], doc: gongwen.Document, fail: Any) -> None:
    """``elements``, ``element_texts`` and ``no_elements``."""
    for e in doc.elements:
        if doc.text[e.char_start : e.char_end] != e.text:
            fail("offsets", f"element {e.element}: text[char_start:char_end] is not {e.text!r}")
    for name, want in case.get("elements", {}).items():
        got = doc.element(name)
        if got is None:
            fail("elements", f"{name}: expected {want!r}, got none")
        elif not value_matches(want, got.value):
            fail("elements", f"{name}: expected {want!r}, got {got.value!r}")
    for name, want in case.get("element_texts", {}).items():
        got = doc.element(name)
        if got is None or got.text != want:
            fail("element_texts", f"{name}: expected {want!r}, got {None if got is None else got.text!r}")
    for name in case.get("no_elements", []):
        got = doc.element(name)
        if got is not None:
            fail("no_elements", f"{name}: expected none, got {got.text!r} = {got.value!r}")


def check_references(case: Dict[str, Any], doc: gongwen.Document, fail: Any) -> None:
    """``references``: every reference, 1:1 in document order."""
    if "references" not in case:
        return
    refs = doc.references
    want = case["references"]
    got_lines = [f"{r.reference} {r.text}" for r in refs]
    want_lines = [f"{w.get('kind')} {w.get('text')}" for w in want]
    if got_lines != want_lines:
        fail("references", "expected (-) vs got (+):\n" + diff_lines(want_lines, got_lines))
        return
    for w, r in zip(want, refs):
        unknown = set(w) - REFERENCE_KEYS
        if unknown:
            fail("references", f"{w.get('text')!r}: unknown keys {sorted(unknown)}")
        if doc.text[r.char_start : r.char_end] != r.text:
            fail("offsets", f"reference {r.index}: text[char_start:char_end] is not {r.text!r}")
        for key in ("title", "doc_number", "law", "article", "sub", "paragraph", "item"):
            # `~`: null (a provision whose article is not known).
            if key in w and not value_matches(None if w[key] == "~" else w[key], r.value.get(key)):
                fail("references", f"{w['text']!r}: {key} expected {w[key]!r}, got {r.value.get(key)!r}")
        if "node" in w:
            got = "~" if r.node is None else r.node.marker
            if got != w["node"]:
                fail("references", f"{w['text']!r}: node expected {w['node']!r}, got {got!r}")


def check_document(case: Dict[str, Any], doc: gongwen.Document, fail: Any) -> None:
    """``document``: the fields of the document's row, as ``documents_frame`` gives them."""
    want = case.get("document")
    frame = getattr(gongwen, "documents_frame", None)
    if want is None or frame is None:
        return
    row = frame([doc]).iloc[0].to_dict()
    if not set(want) & set(row):
        fail("document", f"none of {sorted(want)} is a column of documents_frame: {sorted(row)}")
    for name, value in want.items():
        if name not in row:
            continue
        got = row[name]
        got = None if got is None or (isinstance(got, float) and math.isnan(got)) else got
        value = None if value == "~" else value
        if not (got == value or (isinstance(value, (int, float)) and same_number(value, got))):
            fail("document", f"{name}: expected {value!r}, got {got!r}")


def diff_lines(want: List[str], got: List[str]) -> str:
    """Line diff (longest common subsequence): ``  `` same, ``- `` expected only, ``+ `` got only."""
    n, m = len(want), len(got)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if want[i] == got[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    i = j = 0
    out = []
    while i < n or j < m:
        if i < n and j < m and want[i] == got[j]:
            out.append(f"  {want[i]}")
            i, j = i + 1, j + 1
        elif j < m and (i == n or lcs[i][j + 1] >= lcs[i + 1][j]):
            out.append(f"+ {got[j]}")
            j += 1
        else:
            out.append(f"- {want[i]}")
            i += 1
    return "\n".join(out)


def check_case(case: Dict[str, Any]) -> List[str]:
    """Every failure of one case, as ``[field] detail`` lines (empty when it passes)."""
    problems: List[str] = []
    fail = lambda field, detail: problems.append(f"[{field}] {detail}")  # noqa: E731

    unknown = set(case) - KNOWN_KEYS
    if unknown:
        fail("case", f"unknown keys {sorted(unknown)}")
    for key in ("name", "source", "text"):
        if key not in case:
            fail("case", f"missing {key!r}")
    text = case.get("text", "")
    doc = gongwen.parse(text)
    nodes = doc.outline

    # The Python view itself: offsets slice the text, parents enclose children.
    for n in nodes:
        if doc.text[n.char_start : n.char_end] != n.text:
            fail("offsets", f"node {n.index} {n.marker!r}: text[char_start:char_end] is not node.text")
        parent = n.parent
        if parent is not None and not (parent.char_start <= n.char_start and n.char_end <= parent.char_end):
            fail("offsets", f"node {n.index} {n.marker!r} is not inside its parent {parent.marker!r}")
    for q in doc.quantities:
        if doc.text[q.char_start : q.char_end] != q.text:
            fail("offsets", f"figure {q.index}: text[char_start:char_end] is not {q.text!r}")

    if "outline" in case:
        want = list(case["outline"])
        got = [outline_line(n) for n in nodes]
        if want != got:
            fail("outline", "expected (-) vs got (+):\n" + diff_lines(want, got))
        else:
            # Implied parents: the nearest earlier node of the same tree with depth - 1 (a
            # tree interrupted by a note or an enclosed document resumes after it).
            for i, n in enumerate(nodes):
                implied = None
                for j in range(i - 1, -1, -1):
                    if nodes[j].tree == n.tree and nodes[j].depth == n.depth - 1:
                        implied = j
                        break
                if n.depth == 1:
                    implied = None
                got_parent = n.parent.index if n.parent is not None else None
                if got_parent != implied:
                    fail("outline", f"node {i} {want[i]!r}: parent is node {got_parent}, implied {implied}")

    if "paths" in case and [n.path for n in nodes] != list(case["paths"]):
        fail("paths", "expected (-) vs got (+):\n" + diff_lines(list(case["paths"]), [n.path for n in nodes]))
    if "title" in case and doc.title != (None if case["title"] == "~" else case["title"]):
        fail("title", f"expected {case['title']!r}, got {doc.title!r}")

    figures = doc.quantities
    if "quantities" in case:
        want_q = case["quantities"]
        got_q = [q for q in figures if q.kind == "quantity"]
        if len(got_q) != len(want_q):
            fail(
                "quantities",
                f"expected {len(want_q)} quantities {[w.get('text') for w in want_q]}, "
                f"got {len(got_q)} {[q.text for q in got_q]}",
            )
        for i, (w, g) in enumerate(zip(want_q, got_q)):
            diffs = []
            if w["text"] not in g.text:
                diffs.append(f"text: expected to contain {w['text']!r}, got {g.text!r}")
            for key, got_value in (("value", g.value), ("value_max", g.value_max)):
                if not same_number(w.get(key), got_value):
                    diffs.append(f"{key}: expected {w.get(key)!r}, got {got_value!r}")
            if w.get("unit") != g.unit:
                diffs.append(f"unit: expected {w.get('unit')!r}, got {g.unit!r}")
            if w.get("comparator", "eq") != g.comparator:
                diffs.append(f"comparator: expected {w.get('comparator', 'eq')}, got {g.comparator}")
            if bool(w.get("placeholder", False)) != g.placeholder:
                diffs.append(f"placeholder: expected {w.get('placeholder', False)}, got {g.placeholder}")
            if diffs:
                fail("quantities", f"#{i} {w['text']!r} (got {g.text!r}): " + "; ".join(diffs))

    for s in case.get("not_quantities", []):
        occ = occurrences(text, s)
        if not occ:
            fail("not_quantities", f"{s!r} does not occur in the text (case error)")
        for o in occ:
            for q in figures:
                if q.kind == "quantity" and overlaps((q.char_start, q.char_end), o):
                    fail("not_quantities", f"{s!r} at char {o[0]} is reported as a quantity: {q.text!r}")

    for k in case.get("kinds", []):
        occ = occurrences(text, k["text"])
        if not occ:
            fail("kinds", f"{k['text']!r} does not occur in the text (case error)")
            continue
        near = [q for q in figures if any(overlaps((q.char_start, q.char_end), o) for o in occ)]
        if not any(q.kind == k["kind"] for q in near):
            fail("kinds", f"{k['text']!r}: expected kind {k['kind']}, got {[(q.text, q.kind) for q in near]}")

    for n in case.get("noise", []):
        occ = occurrences(text, n["text"])
        if not occ:
            fail("noise", f"{n['text']!r} does not occur in the text (case error)")
            continue

        def nested(s: Tuple[int, int], o: Tuple[int, int]) -> bool:
            return overlaps(s, o) and ((s[0] <= o[0] and o[1] <= s[1]) or (o[0] <= s[0] and s[1] <= o[1]))

        found = any(
            x.kind == n["kind"] and any(nested((x.char_start, x.char_end), o) for o in occ) for x in doc.noise
        )
        if not found:
            fail("noise", f"expected {n['text']!r} as {n['kind']}, got noise {[(x.text, x.kind) for x in doc.noise]}")

    for d in case.get("diagnostics", []):
        found = any(x.kind == d["kind"] and x.text.strip() == d["text"].strip() for x in doc.diagnostics)
        if not found:
            fail(
                "diagnostics",
                f"expected {d['kind']} at {d['text']!r}, got {[(x.kind, x.text) for x in doc.diagnostics]}",
            )
    check_elements(case, doc, fail)
    check_references(case, doc, fail)
    check_document(case, doc, fail)
    if "enclosed_titles" in case:
        got_titles = ["".join(c for c in t if not c.isspace()) for _, t in doc.enclosed_titles]
        if got_titles != case["enclosed_titles"]:
            fail("enclosed_titles", f"expected {case['enclosed_titles']!r}, got {got_titles!r}")
    return problems


@pytest.mark.parametrize(("file", "case"), CASES)
def test_case(file: str, case: Dict[str, Any]) -> None:
    problems = check_case(case)
    assert not problems, f"{file} :: {case.get('name')} (source: {case.get('source')})\n" + "\n".join(problems)


def test_runner_reports_a_wrong_outline() -> None:
    """The runner itself: a case whose expectation is wrong must fail, field by field."""
    case = {
        "name": "wrong",
        "source": "runner self-test",
        "text": "一、甲\n（一）乙\n",
        "outline": ["1|一、|1|甲", "2|（一）|2|乙"],
        "title": "不存在",
        "paths": ["一、", "一、/（二）"],
        "not_quantities": ["没有"],
    }
    problems = check_case(case)
    assert any(p.startswith("[paths]") and "- 一、/（二）" in p for p in problems), problems
    assert any(p.startswith("[outline]") and "- 2|（一）|2|乙" in p for p in problems), problems
    assert any(p.startswith("[title]") for p in problems), problems
    assert any(p.startswith("[not_quantities]") and "case error" in p for p in problems), problems


def test_runner_reports_wrong_elements_and_references() -> None:
    case = {
        "name": "wrong_elements",
        "source": "runner self-test",
        "text": "关于某事的通知\n各有关单位：\n第一条 依照本法第二条。\n第二条 乙。\n",
        "elements": {"date": "2005-06-11", "recipients": ["各有关单位", "另一单位"]},
        "element_texts": {"recipients": "各有关单位"},
        "no_elements": ["recipients"],
        "references": [{"text": "本法第二条", "kind": "internal", "article": 3, "node": "第一条"}],
    }
    problems = check_case(case)
    for field in ("[elements] date", "[elements] recipients", "[element_texts]", "[no_elements]"):
        assert any(p.startswith(field) for p in problems), (field, problems)
    assert sum(p.startswith("[references]") for p in problems) == 2, problems


def test_runner_accepts_a_right_outline() -> None:
    case = {"name": "right", "source": "runner self-test", "text": "一、甲\n（一）乙\n", "outline": ["1|一、|1|甲", "2|（一）|1|乙"]}
    assert check_case(case) == []


def test_diff_marks_missing_and_extra_lines() -> None:
    assert diff_lines(["a", "b", "c"], ["a", "c", "d"]) == "  a\n- b\n  c\n+ d"
