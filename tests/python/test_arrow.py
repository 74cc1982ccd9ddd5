"""Frames over Arrow (issue 22): ``backend="arrow"`` gives a :class:`gongwen.ArrowTable`,
whose ``__arrow_c_stream__`` capsule pyarrow, polars, pandas and DuckDB read; every frame
is built from it and equals the rows' attributes."""

from __future__ import annotations

import json
from typing import Any, Callable, List

import pytest

import gongwen
from conftest import PLAN

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

NOTICE = (
    "关于做好防汛工作的通知\n国办函〔2005〕57号\n各省、自治区人民政府：\n"
    "请按照《国务院关于加强防汛工作的意见》（国发〔2004〕3号）执行。\n"
    "一、总则\n第一条 依照本办法第二条执行。\n第二条 新建堤坝3处。\n- 1 -\n三、附则\n"
    "国务院办公厅\n二〇〇五年六月十一日\n"
)
TABLES = ["outline", "quantities", "noise", "diagnostics", "elements", "references", "documents"]
# The field names of each table, as the module gives them (gongwen.OUTLINE_FIELDS …).
FIELDS = {what: tuple(name for name, *_ in gongwen._gongwen._SCHEMAS[what]) for what in TABLES}


def frame_fn(what: str) -> Callable[..., Any]:
    fn: Callable[..., Any] = getattr(gongwen, f"{what}_frame")
    return fn


@pytest.fixture(scope="module")
def docs() -> List[gongwen.Document]:
    return gongwen.parse_many([PLAN, NOTICE, ""], ids=["a", "b", "c"])


def test_the_field_tables_are_the_public_names() -> None:
    assert FIELDS["documents"] == gongwen.DOCUMENT_FIELDS and FIELDS["outline"] == gongwen.OUTLINE_FIELDS


@pytest.mark.parametrize("what", TABLES)
def test_arrow_table_columns_are_the_schema(docs: List[gongwen.Document], what: str) -> None:
    table = frame_fn(what)(docs, backend="arrow")
    assert isinstance(table, gongwen.ArrowTable)
    index = [] if what == "documents" or "index" in FIELDS[what] else ["index"]
    assert table.column_names == ["doc", *index, *FIELDS[what]]
    arrow = pa.table(table)
    assert arrow.column_names == table.column_names and arrow.num_rows == table.num_rows == len(table)
    schema = pa.schema(table)  # __arrow_c_schema__
    assert schema.names == table.column_names
    assert arrow.schema.field("doc").type == pa.string()
    types = {name: ty for name, ty, _link, _doc in gongwen._gongwen._SCHEMAS[what]}
    for name in FIELDS[what]:
        field = arrow.schema.field(name)
        assert field.metadata[b"gongwen.type"].decode() == types[name]
        assert field.nullable == (types[name].endswith("?") or types[name] == "json")


def test_the_capsule_is_read_by_pyarrow_polars_pandas_and_duckdb(docs: List[gongwen.Document]) -> None:
    duckdb = pytest.importorskip("duckdb")
    outline = table = gongwen.outline_frame(docs, backend="arrow")
    capsule = table.__arrow_c_stream__()
    assert type(capsule).__name__ == "PyCapsule" and "arrow_array_stream" in repr(capsule)
    del capsule  # an unread capsule releases its stream
    expected = pa.table(table).to_pylist()
    assert [r["path"] for r in expected] == ["一、", "一、/（一）", "一、/（一）/1.", "二、", "一、", "一、/第一条", "一、/第二条", "一、/第二条/三、"]
    assert pl.DataFrame(table).to_dicts() == expected
    if hasattr(pd.DataFrame, "from_arrow"):  # pandas >= 3
        assert pd.DataFrame.from_arrow(table)["path"].tolist() == [r["path"] for r in expected]
    assert pa.table(table).to_pandas()["path"].tolist() == [r["path"] for r in expected]
    rel = duckdb.sql("select doc, count(*) as n, max(depth) as d from outline group by doc order by doc")
    assert rel.fetchall() == [("a", 4, 3), ("b", 4, 3)]
    assert pa.table(table).num_rows == 8, "the table can be read again"


def test_json_columns_are_json_text_in_arrow_and_data_in_frames(docs: List[gongwen.Document]) -> None:
    arrow = pa.table(gongwen.elements_frame(docs, backend="arrow"))
    values = arrow.column("value").to_pylist()
    assert json.loads(values[0]) == {"agency": "国办函", "year": 2005, "number": 57}
    frame = gongwen.elements_frame(docs)
    assert frame["value"].tolist() == [json.loads(v) if v is not None else None for v in values]
    polars = gongwen.elements_frame(docs, backend="polars")
    assert polars.schema["value"] == pl.Object and polars["value"].to_list() == frame["value"].tolist()


@pytest.mark.parametrize("backend", ["pandas", "polars"])
def test_frames_equal_the_row_attributes(docs: List[gongwen.Document], backend: str) -> None:
    objects = {
        "outline": lambda d: d.outline,
        "quantities": lambda d: d.quantities,
        "noise": lambda d: d.noise,
        "diagnostics": lambda d: d.diagnostics,
        "elements": lambda d: d.elements,
        "references": lambda d: d.references,
    }
    for what, of in objects.items():
        df = frame_fn(what)(docs, backend=backend)
        rows = df.to_dicts() if backend == "polars" else df.astype(object).where(df.notna(), None).to_dict("records")
        expected = []
        for d in docs:
            for o in of(d):
                row = {"doc": d.id, "index": o.index}
                for name in FIELDS[what]:
                    v = getattr(o, name)
                    row[name] = v.index if isinstance(v, gongwen.Node) else v
                expected.append(row)
        assert rows == expected, what
        assert len(rows) > 0, what


def test_pandas_dtypes_are_sensible(docs: List[gongwen.Document]) -> None:
    outline, quantities = gongwen.outline_frame(docs), gongwen.quantities_frame(docs)
    assert str(outline["parent"].dtype) == "Int64" and str(quantities["node"].dtype) == "Int64"
    assert str(outline["char_start"].dtype) == "int64" and str(quantities["value"].dtype) == "float64"
    assert pd.api.types.is_string_dtype(outline["path"]) and str(quantities["placeholder"].dtype) == "bool"
    positions = gongwen.outline_frame(gongwen.parse_many([PLAN, PLAN]))
    assert str(positions["doc"].dtype) == "int64" and positions["doc"].tolist() == [0] * 4 + [1] * 4


def test_many_documents_make_several_batches_in_order() -> None:
    texts = [f"{i}号文件\n一、甲{i}\n（一）乙\n" for i in range(500)]
    table = gongwen.outline_frame(gongwen.parse_many(texts), backend="arrow")
    arrow = pa.table(table)
    assert arrow.column("doc").to_pylist() == [i // 2 for i in range(1000)]
    assert arrow.column("heading").to_pylist()[::2] == [f"甲{i}" for i in range(500)]
