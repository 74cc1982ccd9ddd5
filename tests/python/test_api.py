"""The Python API: parse, Document, Node, Quantity, parse_file, parse_many, read_jsonl."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

import gongwen
from conftest import PLAN


def test_exports_and_version() -> None:
    for name in gongwen.__all__:
        assert hasattr(gongwen, name), f"gongwen.{name} is listed in __all__ but missing"
    assert isinstance(gongwen.__version__, str) and gongwen.__version__.count(".") == 2


def test_simple_outline() -> None:
    doc = gongwen.parse("一、甲\n（一）乙\n")
    assert [(n.depth, n.marker, n.ordinal, n.heading) for n in doc.outline] == [(1, "一、", 1, "甲"), (2, "（一）", 1, "乙")]
    first, second = doc.outline
    assert second.parent == first and first.parent is None
    assert first.children == [second] and second.children == []
    assert [n.path for n in doc.outline] == ["一、", "一、/（一）"]
    assert doc.roots == [first]
    assert first.style != second.style, "一、 and （一） are different numbering families"


def test_document_fields(plan: str) -> None:
    doc = gongwen.parse(plan)
    assert doc.text is plan, "Document.text should be the str that was parsed, not a copy"
    assert doc.title == "某县教育局工作要点"
    assert doc.title_span == (0, 9)
    assert [n.path for n in doc.outline] == ["一、", "一、/（一）", "一、/（一）/1.", "二、"]
    assert [n.heading for n in doc.outline] == ["加强党的建设", "全面加强党的领导", "强化政治建设", "提升教育质量"]
    assert [n.index for n in doc.outline] == [0, 1, 2, 3]
    assert [n.marker for n in doc.roots] == ["一、", "二、"]
    assert doc.noise == [] and doc.diagnostics == []


def test_node_path_three_levels() -> None:
    doc = gongwen.parse("二、甲\n（三）乙\n2.丙\n")
    assert doc.outline[-1].path == "二、/（三）/2."
    assert [n.ordinal for n in doc.outline] == [2, 3, 2]


def test_character_offsets_slice_the_text(plan: str) -> None:
    doc = gongwen.parse(plan)
    for n in doc.outline:
        assert doc.text[n.char_start : n.char_end] == n.text
        assert n.text.startswith(n.marker)
        assert len(doc.text[: n.char_start].encode("utf-8")) == n.byte_start, "byte offsets are UTF-8 offsets"
    first = doc.outline[0]
    assert first.char_start == plan.index("一、")
    assert first.char_end == plan.index("二、"), "a unit runs to the next node that is not its descendant"
    assert doc.outline[-1].char_end == len(plan)


def test_offsets_with_characters_outside_the_bmp() -> None:
    text = "𠀀𠀁标题\n一、甲😀\n二、乙\n"
    doc = gongwen.parse(text)
    second = doc.outline[1]
    assert second.char_start == text.index("二、")
    assert doc.text[second.char_start : second.char_end] == "二、乙\n"


def test_node_at() -> None:
    doc = gongwen.parse("一、甲\n（一）乙丙丁\n")
    at = doc.node_at(doc.text.index("丙"))
    assert at is not None and at.marker == "（一）"
    assert doc.node_at(10_000) is None


def test_quantities_in_their_clause(plan: str) -> None:
    doc = gongwen.parse(plan)
    targets = [q for q in doc.quantities if q.kind == "quantity"]
    assert [q.text for q in targets] == ["不少于2次", "8所"]
    twice, schools = targets
    assert (twice.value, twice.unit, twice.comparator, twice.placeholder) == (2.0, "次", "ge", False)
    assert (schools.value, schools.value_max, schools.unit, schools.comparator) == (8.0, None, "所", "eq")
    assert twice.node == doc.outline[2] and twice.path == "一、/（一）/1."
    assert schools.node == doc.outline[3]
    assert doc.outline[0].quantities == [twice], "a node's quantities include its descendants'"
    assert doc.outline[3].quantities == [schools]


def test_quantity_offsets_and_nodes_are_consistent() -> None:
    doc = gongwen.parse(PLAN + "到2025年，覆盖率达到95%以上，约3.5万人。\n")
    for q in doc.quantities:
        assert doc.text[q.char_start : q.char_end] == q.text
        if q.node is not None:
            assert q.node.char_start <= q.char_start < q.node.char_end
            assert q in q.node.quantities


def test_to_dict_and_to_json(plan: str) -> None:
    doc = gongwen.parse(plan)
    d = doc.to_dict()
    assert d["title"] == "某县教育局工作要点"
    assert [n["path"] for n in d["nodes"]] == [n.path for n in doc.outline]
    assert d["nodes"][1]["parent"] == 0
    assert d["char_len"] == len(plan)
    assert json.loads(doc.to_json()) == d
    assert json.loads(doc.to_json(indent=2)) == d
    assert "\n  " in doc.to_json(indent=2)


def test_repr_is_short() -> None:
    doc = gongwen.parse(PLAN * 50)
    r = repr(doc)
    assert r.startswith("<gongwen.Document title='某县教育局工作要点'") and len(r) < 120
    assert repr(doc.outline[2]) == "<gongwen.Node 一、/（一）/1. depth=3 heading='强化政治建设'>"


def test_parse_accepts_utf8_bytes() -> None:
    assert gongwen.parse("一、甲\n".encode()) == gongwen.parse("一、甲\n")
    assert gongwen.Document("一、甲\n") == gongwen.parse("一、甲\n")


def test_parse_file_strict_and_lossy(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(PLAN, encoding="utf-8")
    assert gongwen.parse_file(good) == gongwen.parse(PLAN)
    assert gongwen.parse_file(str(good)).text == PLAN

    bad = tmp_path / "bad.txt"
    bad.write_bytes("一、甲".encode() + b"\xff\xfe" + "\n二、乙\n".encode())
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse_file(bad, encoding="utf-8")
    assert info.value.path == str(bad) and info.value.byte_offset == 9
    assert str(bad) in str(info.value) and "byte offset 9" in str(info.value)

    doc = gongwen.parse_file(bad, encoding="utf-8", lossy=True)
    assert "\ufffd" in doc.text
    assert [n.marker for n in doc.outline] == ["一、", "二、"]
    second = doc.outline[1]
    assert doc.text[second.char_start : second.char_end] == "二、乙\n"

    with pytest.raises(FileNotFoundError):
        gongwen.parse_file(tmp_path / "missing.txt")


def test_parse_many_equals_parse() -> None:
    texts = [PLAN, "", "一、甲\n（一）乙\n", "第一章 总则\n第一条 为了规范管理，制定本办法。\n", "x" * 100_000] * 20
    expected = [gongwen.parse(t) for t in texts]
    assert gongwen.parse_many(texts) == expected
    assert gongwen.parse_many(texts, threads=1) == expected
    assert gongwen.parse_many(texts, threads=2) == expected
    assert gongwen.parse_many(iter(texts[:5])) == expected[:5], "any iterable of str"
    assert gongwen.parse_many([]) == []
    docs = gongwen.parse_many(texts[:3])
    assert docs[0].text is texts[0], "the original str objects are kept"


def test_parse_many_keeps_input_order() -> None:
    texts = [f"{'一二三四五六七八九'[i % 9]}、第{i}项\n" for i in range(500)]
    docs = gongwen.parse_many(texts, threads=2)
    assert [d.outline[0].heading for d in docs] == [f"第{i}项" for i in range(500)]


def test_parse_many_from_threads() -> None:
    """The GIL is released while parsing: calls from several threads all finish correctly."""
    texts = [PLAN] * 200
    want = gongwen.parse(PLAN)
    results: list = []

    def work() -> None:
        results.append(gongwen.parse_many(texts, threads=2))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 4 and all(d == want for docs in results for d in docs)


def test_read_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    records = [{"id": 1, "text": PLAN}, {"id": 2, "body": "一、甲\n", "text": "第一条 总则\n"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n", encoding="utf-8")
    docs = gongwen.read_jsonl(path)
    assert docs == [gongwen.parse(PLAN), gongwen.parse("第一条 总则\n")]
    assert gongwen.read_jsonl(path, threads=1) == docs

    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"body": "一、甲\n"}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert [d.outline[0].marker for d in gongwen.read_jsonl(other, "body")] == ["一、"]


def test_diagnostics() -> None:
    doc = gongwen.parse("一、甲\n三、丙\n")
    (d,) = doc.diagnostics
    assert (d.kind, d.text, d.line, d.column, d.char_start, d.char_end) == ("skipped_ordinal", "三、", 2, 1, 4, 6)
    assert d.related_char_start == 0, "it points back at the previous sibling 一、"
    assert "skip" in d.message and str(d) == f"2:1: {d.message} (skipped_ordinal): 三、"


def test_noise() -> None:
    text = "一、加强党的建设工作，推进\n3/28\n基层治理。\n二、乙\n"
    doc = gongwen.parse(text)
    (n,) = doc.noise
    assert (n.kind, n.text) == ("page_marker", "3/28")
    assert text[n.char_start : n.char_end] == "3/28"
    assert [x.marker for x in doc.outline] == ["一、", "二、"], "the page marker is not an outline node"


def test_docstring_examples() -> None:
    import doctest

    result = doctest.testmod(gongwen, verbose=False)
    assert result.attempted >= 2 and result.failed == 0


def test_public_objects_have_docstrings() -> None:
    for name in gongwen.__all__:
        obj = getattr(gongwen, name)
        if name != "__version__":
            assert (obj.__doc__ or "").strip(), f"gongwen.{name} has no docstring"
    for cls in (gongwen.Document, gongwen.Node, gongwen.Quantity):
        for attr in dir(cls):
            if not attr.startswith("_"):
                assert (getattr(cls, attr).__doc__ or "").strip(), f"{cls.__name__}.{attr} has no docstring"


def test_parse_many_with_more_threads_than_texts() -> None:
    assert gongwen.parse_many(["一、甲\n", "二、乙\n"], threads=64) == [gongwen.parse("一、甲\n"), gongwen.parse("二、乙\n")]


NOTICE = (
    "国务院办公厅关于做好防汛工作的通知\n国办发〔2019〕6号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
    "请按照《国务院关于加强防汛工作的意见》（国发〔2004〕3号）执行。\n附件：防汛工作方案\n国务院办公厅\n"
    "二〇一九年一月二十二日\n（此件公开发布）\n"
)


def test_elements_are_typed_with_offsets() -> None:
    doc = gongwen.parse(NOTICE)
    names = [e.element for e in doc.elements]
    assert names == ["doc_number", "recipients", "attachments", "issuer", "date", "note"]
    number = doc.element("doc_number")
    assert number is not None and number.value == {"agency": "国办发", "year": 2019, "number": 6}
    assert doc.text[number.char_start : number.char_end] == number.text == "国办发〔2019〕6号"
    recipients = doc.element("recipients")
    assert recipients is not None and recipients.value[:3] == ["各省", "自治区", "直辖市人民政府"]
    assert doc.element("date").value == "2019-01-22"  # type: ignore[union-attr]
    assert doc.element("attachments").value == [{"number": None, "name": "防汛工作方案"}]  # type: ignore[union-attr]
    assert doc.element("cc") is None, "nothing where the document prints none"
    assert "Element" in repr(number)


def test_references_resolve_to_articles() -> None:
    doc = gongwen.parse("第一条 为了规范管理，制定本办法。\n前款规定的事项。\n第二条 依照本办法第一条、《刑法》第十条和第九条。\n")
    kinds = [(r.reference, r.text) for r in doc.references]
    assert kinds == [
        ("internal", "前款"),
        ("internal", "本办法第一条"),
        ("document", "《刑法》"),
        ("external", "第十条"),
        ("external", "第九条"),
    ]
    previous, first = doc.references[:2]
    assert previous.value["paragraph"] == 1 and previous.node == doc.outline[0]
    assert first.node == doc.outline[0] and not first.unresolved
    assert doc.references[4].value["law"] == "刑法", "a list goes on with the law it started with"


def test_elements_and_references_frames() -> None:
    pd = pytest.importorskip("pandas")
    doc = gongwen.parse(NOTICE)
    frame = gongwen.elements_frame([doc, gongwen.parse("")])
    assert isinstance(frame, pd.DataFrame) and list(frame["element"])[:2] == ["doc_number", "recipients"]
    assert frame["value"][0] == {"agency": "国办发", "year": 2019, "number": 6}
    refs = doc.references_frame()
    assert list(refs["reference"]) == ["document"]
