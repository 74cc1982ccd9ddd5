"""One schema everywhere: one outline node and one quantity have the same field names, in the
same order, with the same values, in every output (issue 21: `change*`, `modality`,
`deadline*` were in the CLI's JSONL and `to_dict()` but not in the `Quantity` attributes,
`quantities_frame()` or the CLI's CSV, and the CSV had no `path`).

The outputs compared, for the node and the quantity of one document:

- the CLI's JSONL rows (the keys) and CSV rows (the header), `gongwen outline|quantities`;
- ``Document.to_dict()`` (``nodes``, ``quantities``) and ``gongwen.OUTLINE_FIELDS`` /
  ``gongwen.QUANTITY_FIELDS``;
- the attributes of ``Node`` and ``Quantity`` (a link field gives the node: its index is
  the row's value);
- the frames, pandas and polars, of one document and of several: their columns are the
  fields, after at most ``doc`` (which document) and ``index`` (the row's position, for a
  row type without an ``index`` field of its own), in that order — nothing else, nothing
  left out;
- the type stubs: the properties of ``Node`` and ``Quantity`` start with the fields, in
  order;
- ``docs/fields.md``: its tables list the same fields.
"""

from __future__ import annotations

import ast
import csv
import io
import json
import math
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List, Sequence

import pytest

import gongwen

ROOT = Path(__file__).resolve().parents[2]

# A plan whose figure `提高到90%至95%` fills every quantity field (a range reached by a change
# with its direction, modality, deadline, a path), and whose node `（一）` every outline field.
TEXT = (
    "某县教育局工作要点\n"
    "一、总体目标\n"
    "（一）普及学前教育。到2025年，确保学前教育毛入园率由85%提高到90%至95%，新建幼儿园3至5所。\n"
    "（二）提升质量。全年培训教师不少于200人次。\n"
)
# (row type, CLI command, the fields, the stub class, which row: a predicate on the JSON row)
KINDS = {
    "outline": ("outline", gongwen.OUTLINE_FIELDS, "Node", lambda r: r["marker"] == "（一）"),
    "quantities": ("quantities", gongwen.QUANTITY_FIELDS, "Quantity", lambda r: r["change"] == "to"),
}
FRAME_PREFIX = ("doc", "index")


def same(a: Any, b: Any) -> bool:
    """Equal as values: None and NaN are null; numbers compare as numbers."""
    if hasattr(a, "item"):
        a = a.item()
    if hasattr(b, "item"):
        b = b.item()
    null = lambda v: v is None or (isinstance(v, float) and math.isnan(v))  # noqa: E731
    if null(a) or null(b):
        return null(a) and null(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or (isinstance(a, bool) and isinstance(b, bool) and a == b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return float(a) == float(b)
    return bool(a == b)


def same_csv(cell: str, value: Any) -> bool:
    """A CSV cell is the value written as text: empty for null, `true`/`false`, a number."""
    if value is None:
        return cell == ""
    if isinstance(value, bool):
        return cell == ("true" if value else "false")
    if isinstance(value, (int, float)):
        return float(cell) == float(value)
    return cell == value


@pytest.fixture(scope="module")
def doc() -> gongwen.Document:
    return gongwen.parse(TEXT)


@pytest.fixture(scope="module")
def reference(doc: gongwen.Document) -> Dict[str, Dict[str, Any]]:
    """The node's and the quantity's row as `to_dict()` gives them: the reference."""
    d = doc.to_dict()
    out = {}
    for kind, (_, names, _, pick) in KINDS.items():
        rows = d["nodes" if kind == "outline" else "quantities"]
        found = [r for r in rows if pick(r)]
        assert len(found) == 1, kind
        assert tuple(found[0]) == names, f"to_dict() {kind} keys are the fields, in order"
        out[kind] = found[0]
    return out


def test_every_field_has_a_value_in_the_chosen_rows(reference: Dict[str, Dict[str, Any]]) -> None:
    """No field is null in them, so that every field's value is compared."""
    assert all(v is not None for v in reference["quantities"].values()), reference["quantities"]
    assert all(v is not None for v in reference["outline"].values()), reference["outline"]


def cli() -> str:
    path = os.environ.get("GONGWEN_CLI")
    if not path:
        pytest.skip("set GONGWEN_CLI to a gongwen binary built from these sources (scripts/test-python.sh does)")
    return path


@pytest.mark.parametrize("kind", KINDS)
def test_cli_jsonl_and_csv_rows(kind: str, reference: Dict[str, Dict[str, Any]], tmp_path: Path) -> None:
    command, names, _, pick = KINDS[kind]
    f = tmp_path / "plan.txt"
    f.write_text(TEXT, encoding="utf-8")
    jsonl = subprocess.run([cli(), command, "--format", "jsonl", str(f)], capture_output=True, check=True, text=True)
    rows = [json.loads(line) for line in jsonl.stdout.splitlines()]
    row = next(r for r in rows if pick(r))
    assert tuple(row) == names, "JSONL keys are the fields, in order"
    assert all(same(row[n], reference[kind][n]) for n in names), (row, reference[kind])
    out = subprocess.run([cli(), command, "--format", "csv", str(f)], capture_output=True, check=True, text=True)
    table = list(csv.reader(io.StringIO(out.stdout, newline="")))
    assert tuple(table[0]) == names, "the CSV header is the fields, in order"
    cells = table[1 + rows.index(row)]
    for name, cell in zip(names, cells):
        assert same_csv(cell, reference[kind][name]), (name, cell, reference[kind][name])


@pytest.mark.parametrize("kind", KINDS)
def test_python_attributes(kind: str, doc: gongwen.Document, reference: Dict[str, Dict[str, Any]]) -> None:
    _, names, _, _ = KINDS[kind]
    objects = doc.outline if kind == "outline" else doc.quantities
    rows = doc.to_dict()["nodes" if kind == "outline" else "quantities"]
    obj = objects[rows.index(reference[kind])]
    for name in names:
        value = getattr(obj, name)
        value = value.index if isinstance(value, gongwen.Node) else value
        assert same(value, reference[kind][name]), (name, value, reference[kind][name])


def frame_rows(frame: Any) -> List[Dict[str, Any]]:
    if hasattr(frame, "to_dicts"):  # polars
        return list(frame.to_dicts())
    return list(frame.to_dict("records"))  # pandas


def check_columns(columns: Sequence[str], names: Sequence[str], what: str) -> None:
    columns = list(columns)
    prefix = columns[: len(columns) - len(names)]
    assert columns[len(prefix):] == list(names), f"{what}: the columns end with the fields, in order"
    assert prefix == [c for c in FRAME_PREFIX if c in prefix], f"{what}: only {FRAME_PREFIX} go before the fields"


@pytest.mark.parametrize("backend", ["pandas", "polars"])
@pytest.mark.parametrize("kind", KINDS)
def test_frames(kind: str, backend: Any, doc: gongwen.Document, reference: Dict[str, Dict[str, Any]]) -> None:
    pytest.importorskip(backend)
    _, names, _, pick = KINDS[kind]
    one = doc.outline_frame(backend=backend) if kind == "outline" else doc.quantities_frame(backend=backend)
    many_fn = gongwen.outline_frame if kind == "outline" else gongwen.quantities_frame
    many = many_fn([gongwen.parse("一、甲\n"), doc], backend=backend)
    for frame, what in ((one, f"{kind} frame of one document"), (many, f"{kind} frame of two documents")):
        check_columns(frame.columns, names, f"{backend} {what}")
        rows = [r for r in frame_rows(frame) if all(same(r[n], reference[kind][n]) for n in ("char_start", "char_end"))]
        rows = [r for r in rows if pick(r)]
        assert len(rows) == 1, what
        for name in names:
            assert same(rows[0][name], reference[kind][name]), (backend, what, name, rows[0][name], reference[kind][name])
    assert "doc" in list(many.columns), "a frame of several documents says which document a row is from"


def stub_properties(cls: str) -> List[str]:
    tree = ast.parse((ROOT / "python" / "gongwen" / "_gongwen.pyi").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            return [
                item.name
                for item in node.body
                if isinstance(item, ast.FunctionDef)
                and any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list)
            ]
    raise AssertionError(f"no class {cls} in the stubs")


@pytest.mark.parametrize("kind", KINDS)
def test_stubs_and_the_field_reference(kind: str) -> None:
    _, names, cls, _ = KINDS[kind]
    assert stub_properties(cls)[: len(names)] == list(names), "the stubs list the fields first, in order"
    lines = (ROOT / "docs" / "fields.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(f"## {kind}")
    table: List[str] = []
    for line in lines[start + 1:]:
        if line.startswith("#"):
            break
        if line.startswith("| `"):
            table.append(line.split("`")[1])
    assert table == list(names), "docs/fields.md lists the fields, in order"
