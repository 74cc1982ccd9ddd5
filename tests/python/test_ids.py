"""Ids travel (issue 21): ``parse_many(texts, ids=…)``, ``parse_file``, ``read_jsonl`` and
``parse(text, id=…)`` name documents; pickling keeps the name; the frames of several
documents give it as ``doc`` (one type per call: ids as ``str``, else positions as ``int``)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any, List

import pytest

import gongwen
from conftest import PLAN

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

TEXTS = [PLAN, "一、甲\n（一）乙\n三、丙\n", "没有编号。"]
IDS = ["govcn:2", "lawref:69a4c154d0af", "gwr:2008"]


def test_parse_many_names_documents_with_ids() -> None:
    docs = gongwen.parse_many(TEXTS, ids=IDS)
    assert [d.id for d in docs] == IDS
    assert [d.id for d in gongwen.parse_many(TEXTS)] == [None, None, None]
    assert [d.id for d in gongwen.parse_many(iter(TEXTS), ids=(i for i in IDS), threads=1)] == IDS
    assert gongwen.parse(PLAN, id="x").id == "x" and gongwen.parse(PLAN).id is None
    assert docs[0] == gongwen.parse(PLAN), "the id names the document; equality is the parse's"
    assert "id='govcn:2'" in repr(docs[0])


def test_parse_many_rejects_bad_ids() -> None:
    with pytest.raises(ValueError, match="ids has 2 items but there are 3 texts"):
        gongwen.parse_many(TEXTS, ids=IDS[:2])
    with pytest.raises(TypeError, match=r"ids\[1\]: expected str, not int"):
        gongwen.parse_many(TEXTS, ids=["a", 2, "c"])
    with pytest.raises(TypeError, match="not one str"):
        gongwen.parse_many(TEXTS, ids="abc")


@pytest.mark.parametrize("text", ["一、总则", "一、总则".encode()])
def test_parse_many_of_one_text_is_a_type_error(text: Any) -> None:
    """Not one Document per character (issue 21)."""
    with pytest.raises(TypeError, match="iterable of texts, not one (str|bytes).*gongwen.parse"):
        gongwen.parse_many(text)


def test_parse_file_names_the_document_by_its_path(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    assert gongwen.parse_file(path).id == str(path)
    assert gongwen.parse_file(str(path)).id == str(path)
    assert gongwen.parse_bytes(PLAN.encode()).id is None


def test_read_jsonl_keeps_the_id_field(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    records = [
        {"id": "govcn:2", "text": TEXTS[0]},
        {"text": TEXTS[1]},  # no id
        {"id": 7, "title": "x", "text": TEXTS[2]},  # a number: its JSON text
        {"id": None, "text": TEXTS[0]},
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    assert [d.id for d in gongwen.read_jsonl(path)] == ["govcn:2", None, "7", None]
    assert [d.id for d in gongwen.read_jsonl(path, id_field="title")] == [None, None, "x", None]
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"uid": "a:1", "body": PLAN}, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = gongwen.read_jsonl(other, "body", id_field="uid")
    assert doc.id == "a:1" and doc == gongwen.parse(PLAN)


def test_pickling_keeps_the_id(tmp_path: Path) -> None:
    doc = gongwen.parse_many([PLAN], ids=["govcn:2"])[0]
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back.id == "govcn:2" and back == doc
    node = pickle.loads(pickle.dumps(doc.outline[1]))
    assert node.document.id == "govcn:2"
    path = tmp_path / "a.txt"
    path.write_bytes(PLAN.encode("gb18030"))
    read = pickle.loads(pickle.dumps(gongwen.parse_file(path)))
    assert read.id == str(path) and read.encoding == "gb18030"


def frames(docs: List[gongwen.Document], backend: str) -> List[Any]:
    return [
        f(docs, backend=backend)
        for f in (
            gongwen.outline_frame,
            gongwen.quantities_frame,
            gongwen.noise_frame,
            gongwen.diagnostics_frame,
            gongwen.elements_frame,
            gongwen.references_frame,
            gongwen.documents_frame,
        )
    ]


def test_frames_doc_column_holds_the_ids() -> None:
    docs = gongwen.parse_many(TEXTS, ids=IDS)
    for df in frames(docs, "pandas"):
        assert pd.api.types.is_string_dtype(df["doc"]) and set(df["doc"]) <= set(IDS)
    for df in frames(docs, "polars"):
        assert df.schema["doc"] == pl.Utf8 and set(df["doc"].to_list()) <= set(IDS)
    outline = gongwen.outline_frame(docs)
    assert outline["doc"].tolist() == [IDS[0]] * 4 + [IDS[1]] * 3
    # Empty frames of documents with ids: the same dtype (what Dask's meta relies on).
    empty = gongwen.outline_frame([gongwen.parse("", id="x")])
    assert len(empty) == 0 and pd.api.types.is_string_dtype(empty["doc"])


def test_frames_doc_column_without_ids_is_the_position() -> None:
    docs = gongwen.parse_many(TEXTS)
    assert gongwen.outline_frame(docs)["doc"].tolist() == [0] * 4 + [1] * 3
    assert str(gongwen.documents_frame(docs)["doc"].dtype) == "int64"
    # Some documents with ids, some without: ids, missing where there is none.
    mixed = [gongwen.parse(TEXTS[0], id="a"), gongwen.parse(TEXTS[1])]
    doc = gongwen.outline_frame(mixed)["doc"]
    assert doc[:4].tolist() == ["a"] * 4 and doc[4:].isna().all() and len(doc) == 7
    assert gongwen.documents_frame(mixed, backend="polars")["doc"].to_list() == ["a", None]


def test_documents_frame_counts_what_the_documents_hold() -> None:
    docs = gongwen.parse_many(TEXTS, ids=IDS)
    df = gongwen.documents_frame(docs)
    assert list(df.columns) == ["doc", *gongwen.DOCUMENT_FIELDS]
    assert {"title", "genre", "nodes", "max_depth", "quantities", "targets", "noise", "diagnostics"} <= set(df.columns)
    for row, d in zip(df.itertuples(index=False), docs):
        assert row.doc == d.id and row.chars == len(d.text)
        assert (row.nodes, row.quantities, row.noise, row.diagnostics, row.references) == (
            len(d.outline), len(d.quantities), len(d.noise), len(d.diagnostics), len(d.references)
        )
        assert row.max_depth == max((n.depth for n in d.outline), default=0)
        assert row.targets == sum(q.kind == "quantity" for q in d.quantities)
    assert df["title"].tolist()[0] == "某县教育局工作要点" and df["genre"].tolist()[0] == "要点"
    assert df["diagnostics"].tolist()[1] >= 1, "三、 after 一、 skips an ordinal"
    two_lines = gongwen.parse("关于加强\n某项工作的通知\n一、总则\n")
    assert gongwen.documents_frame(two_lines)["title"].tolist() == ["关于加强某项工作的通知"]
    assert gongwen.documents_frame([]).shape == (0, len(gongwen.DOCUMENT_FIELDS) + 1)
    polars = gongwen.documents_frame(docs, backend="polars")
    assert polars.columns == list(df.columns) and polars["nodes"].to_list() == df["nodes"].tolist()
