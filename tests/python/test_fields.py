"""One schema per row type: the fields of the Rust rows (``gongwen.OUTLINE_FIELDS`` …) are the
keys of the JSON rows, the CSV columns, the attributes of the Python objects (with the same
values), the columns of the frames and the typed properties of the stubs."""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import subprocess
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

import gongwen
from gongwen import _gongwen

# Every field of every row type gets a value somewhere in this text: a title, nested
# numbering with a skipped ordinal (a diagnostic), a change phrase with modality and a
# deadline, a range, page lines (noise).
TEXT = (
    "某县教育局工作要点\n"
    "一、总体目标\n"
    "（一）普及学前教育。到2025年，确保学前教育毛入园率由85%提高到95%，新建幼儿园3至5所。\n"
    "- 1 -\n"
    "（三）提升质量。全年培训教师不少于200人次。\n"
    "- 2 -\n"
    "二、保障措施\n"
)

# Every field of the element and reference rows gets a value in this one: a notice with its
# number, addressees, a citation with its number, 附件说明, signature and 附注, and an enclosed
# measure whose article refers to another (resolved to its node).
NOTICE = (
    "关于做好防汛工作的通知\n"
    "国办函〔2005〕57号\n"
    "各省、自治区人民政府：\n"
    "请按照《国务院关于加强防汛工作的意见》（国发〔2004〕3号）执行。\n"
    "附件：1.防汛名单\n"
    "2.联系表\n"
    "国务院办公厅\n"
    "二〇〇五年六月十一日\n"
    "（此件公开发布）\n"
    "附件1\n"
    "防汛名单管理办法\n"
    "第一条 为了规范管理，制定本办法。\n"
    "第二条 依照本办法第一条和刑法第十条执行。\n"
)

# row type -> (objects of a document, class in the stubs, `_jsonl` name or None)
KINDS = {
    "outline": (lambda d: d.outline, "Node", "outline"),
    "quantities": (lambda d: d.quantities, "Quantity", "quantities"),
    "noise": (lambda d: d.noise, "Noise", None),
    "diagnostics": (lambda d: d.diagnostics, "Diagnostic", None),
    "elements": (lambda d: d.elements, "Element", "elements"),
    "references": (lambda d: d.references, "Reference", "references"),
}
NAMES = {
    "outline": gongwen.OUTLINE_FIELDS,
    "quantities": gongwen.QUANTITY_FIELDS,
    "noise": gongwen.NOISE_FIELDS,
    "diagnostics": gongwen.DIAGNOSTIC_FIELDS,
    "elements": gongwen.ELEMENT_FIELDS,
    "references": gongwen.REFERENCE_FIELDS,
}


def rows(doc: gongwen.Document, kind: str) -> List[Dict[str, Any]]:
    """The rows of ``kind`` as the JSON of ``parse`` writes them (references, which ``parse``
    leaves out, as ``gongwen references`` writes them)."""
    if kind == "references":
        return [json.loads(line) for line in _gongwen._jsonl(doc, "references").splitlines()]
    key = "nodes" if kind == "outline" else kind
    return doc.to_dict()[key]


def plain(value: Any) -> Any:
    """An attribute's value as its row writes it: a node as its index."""
    return value.index if isinstance(value, gongwen.Node) else value


@pytest.fixture(scope="module")
def docs() -> Dict[str, gongwen.Document]:
    """The test document of each row type."""
    plan, notice = gongwen.parse(TEXT), gongwen.parse(NOTICE)
    return {kind: notice if kind in ("elements", "references") else plan for kind in KINDS}


@pytest.fixture(scope="module")
def doc() -> gongwen.Document:
    return gongwen.parse(TEXT)


@pytest.mark.parametrize("kind", KINDS)
def test_the_field_names_are_the_schema_and_the_json_keys(docs: Dict[str, gongwen.Document], kind: str) -> None:
    doc = docs[kind]
    schema = _gongwen._SCHEMAS[kind]
    assert NAMES[kind] == tuple(name for name, *_ in schema)
    assert len(set(NAMES[kind])) == len(NAMES[kind]), "no field twice"
    found = rows(doc, kind)
    assert found, f"the test text has {kind} rows"
    for row in found:
        assert tuple(row) == NAMES[kind]
    what = KINDS[kind][2]
    if what is not None:
        for line in _gongwen._jsonl(doc, what).splitlines():
            assert tuple(json.loads(line)) == NAMES[kind], "the CLI's JSONL rows have the same keys"


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_an_attribute_with_the_rows_value(docs: Dict[str, gongwen.Document], kind: str) -> None:
    doc = docs[kind]
    objects = KINDS[kind][0](doc)
    found = rows(doc, kind)
    assert len(objects) == len(found)
    valued = set()
    for obj, row in zip(objects, found):
        for name in NAMES[kind]:
            assert plain(getattr(obj, name)) == row[name], (kind, name)
            if row[name] is not None:
                valued.add(name)
    assert valued == set(NAMES[kind]), f"every {kind} field has a value somewhere in the test text"


@pytest.mark.parametrize("kind", KINDS)
def test_field_attributes_have_the_fields_types_and_docs(docs: Dict[str, gongwen.Document], kind: str) -> None:
    doc = docs[kind]
    types: Dict[str, Any] = {"int": (int,), "float": (float,), "str": (str,), "bool": (bool,), "json": (str, list, dict)}
    cls = type(KINDS[kind][0](doc)[0])
    for obj in KINDS[kind][0](doc):
        for name, ty, link, text in _gongwen._SCHEMAS[kind]:
            value = getattr(obj, name)
            if value is None:
                assert ty.endswith("?"), (kind, name)
                continue
            expected = (gongwen.Node,) if link == "outline" else types[ty.rstrip("?")]
            assert type(value) in expected, (kind, name, value)
            assert text and getattr(cls, name).__doc__.split() == text.split(), "the field's doc is the docstring"


def test_links_give_the_node(doc: gongwen.Document) -> None:
    assert _gongwen._SCHEMAS["outline"][1][:3] == ("parent", "int?", "outline")
    leaf = doc.outline[1]
    assert leaf.parent == doc.outline[0]
    q = next(q for q in doc.quantities if q.kind == "quantity")
    assert q.node is not None and q.path == q.node.path


@pytest.mark.parametrize("kind", KINDS)
def test_frame_columns_are_doc_index_and_the_fields(docs: Dict[str, gongwen.Document], kind: str) -> None:
    """The Arrow table every frame is made from: its columns are ``doc``, ``index`` and the
    fields, its values those of the JSON rows (a ``json`` column as JSON text)."""
    pa = pytest.importorskip("pyarrow")
    doc = docs[kind]
    columns = pa.table(_gongwen._arrow_table([gongwen.parse(""), doc], kind)).to_pydict()
    index = [] if "index" in NAMES[kind] else ["index"]
    assert list(columns) == ["doc", *index, *NAMES[kind]]
    found = rows(doc, kind)
    assert columns["doc"] == [1] * len(found)
    types = {name: ty for name, ty, _link, _doc in _gongwen._SCHEMAS[kind]}
    for name in NAMES[kind]:
        got = columns[name]
        if types[name] == "json":
            got = [None if v is None else json.loads(v) for v in got]
        assert got == [row[name] for row in found], name
    if index:
        assert columns["index"] == list(range(len(found)))


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_frames_have_every_field(docs: Dict[str, gongwen.Document], backend: str) -> None:
    pytest.importorskip(backend)
    doc, notice = docs["outline"], docs["elements"]
    outline = doc.outline_frame(backend=backend)
    quantities = doc.quantities_frame(backend=backend)
    assert list(outline.columns) == list(gongwen.OUTLINE_FIELDS)
    assert list(quantities.columns) == ["index", *gongwen.QUANTITY_FIELDS]
    assert list(notice.elements_frame(backend=backend).columns) == ["index", *gongwen.ELEMENT_FIELDS]
    assert list(notice.references_frame(backend=backend).columns) == ["index", *gongwen.REFERENCE_FIELDS]
    noise, diagnostics = doc.noise_frame(backend=backend), doc.diagnostics_frame(backend=backend)
    assert list(noise.columns) == ["index", *gongwen.NOISE_FIELDS] and len(noise) == len(doc.noise) > 0
    assert list(diagnostics.columns) == ["index", *gongwen.DIAGNOSTIC_FIELDS]
    assert len(diagnostics) == len(doc.diagnostics) > 0


def _stub_classes() -> Dict[str, Dict[str, str]]:
    """The property annotations of each class of the stubs, with aliases resolved
    (``_Comparator = Literal[...]`` is ``str``)."""
    path = Path(__file__).resolve().parents[2] / "python" / "gongwen" / "_gongwen.pyi"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = {
        node.targets[0].id: node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
    }

    def norm(node: ast.expr) -> str:
        if isinstance(node, ast.Name) and node.id in aliases:
            return norm(aliases[node.id])
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if node.value.id == "Literal":
                return "str"
            if node.value.id == "Optional":
                return f"Optional[{norm(node.slice)}]"
        return ast.unparse(node)

    classes: Dict[str, Dict[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            props = classes.setdefault(node.name, {})
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.returns is not None:
                    if any(isinstance(d, ast.Name) and d.id == "property" for d in item.decorator_list):
                        props[item.name] = norm(item.returns)
    return classes


def _stub_type(ty: str, link: Optional[str]) -> str:
    json_value = "Union[str, List[Any], Dict[str, Any]]"
    base = "Node" if link == "outline" else json_value if ty == "json" else ty.rstrip("?")
    return f"Optional[{base}]" if ty.endswith("?") else base


@pytest.mark.parametrize("kind", KINDS)
def test_the_stubs_declare_every_field_with_its_type(kind: str) -> None:
    props = _stub_classes()[KINDS[kind][1]]
    expected = {name: _stub_type(ty, link) for name, ty, link, _ in _gongwen._SCHEMAS[kind]}
    assert {name: props.get(name) for name in expected} == expected
    fields_first = list(props)[: len(expected)]
    assert fields_first == list(NAMES[kind]), "the stubs list the fields first, in field order"


def test_the_cli_csv_header_is_the_fields(tmp_path: Path) -> None:
    cli = os.environ.get("GONGWEN_CLI")
    if not cli:
        pytest.skip("set GONGWEN_CLI to a gongwen binary built from these sources")
    f = tmp_path / "plan.txt"
    f.write_text(TEXT, encoding="utf-8")
    g = tmp_path / "notice.txt"
    g.write_text(NOTICE, encoding="utf-8")
    commands = (
        ("outline", gongwen.OUTLINE_FIELDS, f),
        ("quantities", gongwen.QUANTITY_FIELDS, f),
        ("elements", gongwen.ELEMENT_FIELDS, g),
        ("references", gongwen.REFERENCE_FIELDS, g),
    )
    for command, names, f in commands:
        out = subprocess.run([cli, command, "--format", "csv", str(f)], capture_output=True, check=True).stdout
        rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
        assert rows[0] == list(names)
        assert len(rows) > 1, command
        jsonl = subprocess.run([cli, command, "--format", "jsonl", str(f)], capture_output=True, check=True).stdout
        assert [tuple(json.loads(line)) for line in jsonl.decode().splitlines()] == [names] * (len(rows) - 1)
