"""DataFrames (pandas and polars) of outlines and quantities."""

from __future__ import annotations

import pytest

import gongwen
from conftest import PLAN

pd = pytest.importorskip("pandas")
pl = pytest.importorskip("polars")

OUTLINE_COLUMNS = [
    "index", "parent", "depth", "marker", "ordinal", "style", "heading", "tree", "path",
    "char_start", "char_end", "byte_start", "byte_end",
]  # fmt: skip
QUANTITY_COLUMNS = [
    "index", "char_start", "char_end", "byte_start", "byte_end", "text", "value", "value_max", "unit",
    "comparator", "placeholder", "kind", "node", "change", "change_direction", "change_from", "change_to",
    "modality", "deadline", "deadline_year", "path",
]  # fmt: skip


def test_outline_frame_pandas() -> None:
    doc = gongwen.parse(PLAN)
    df = doc.outline_frame()
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == OUTLINE_COLUMNS
    assert df["path"].tolist() == ["一、", "一、/（一）", "一、/（一）/1.", "二、"]
    assert df["depth"].tolist() == [1, 2, 3, 1]
    assert df["parent"].tolist()[1:3] == [0, 1] and df["parent"].isna().tolist() == [True, False, False, True]
    assert str(df["parent"].dtype) == "Int64" and str(df["char_start"].dtype) == "int64"
    for row in df.itertuples():
        assert doc.text[row.char_start : row.char_end] == doc.outline[row.index].text


def test_quantities_frame_pandas() -> None:
    doc = gongwen.parse(PLAN)
    df = doc.quantities_frame()
    assert list(df.columns) == QUANTITY_COLUMNS
    targets = df[df["kind"] == "quantity"]
    assert targets["text"].tolist() == ["不少于2次", "8所"]
    assert targets["value"].tolist() == [2.0, 8.0] and targets["unit"].tolist() == ["次", "所"]
    assert targets["path"].tolist() == ["一、/（一）/1.", "二、"]
    for row in df.itertuples():
        assert doc.text[row.char_start : row.char_end] == row.text


def test_polars_backend() -> None:
    doc = gongwen.parse(PLAN)
    df = doc.outline_frame(backend="polars")
    assert isinstance(df, pl.DataFrame)
    assert df.columns == OUTLINE_COLUMNS
    assert df["path"].to_list() == ["一、", "一、/（一）", "一、/（一）/1.", "二、"]
    assert df["parent"].to_list() == [None, 0, 1, None]
    assert df.schema["parent"] == pl.Int64 and df.schema["heading"] == pl.Utf8
    q = doc.quantities_frame(backend="polars")
    assert q.columns == QUANTITY_COLUMNS and q.schema["value"] == pl.Float64
    assert q.filter(pl.col("kind") == "quantity")["text"].to_list() == ["不少于2次", "8所"]


def test_many_documents_get_a_doc_column() -> None:
    docs = gongwen.parse_many([PLAN, "", "一、甲\n（一）乙\n"])
    df = gongwen.outline_frame(docs)
    assert list(df.columns) == ["doc", *OUTLINE_COLUMNS]
    assert df["doc"].tolist() == [0, 0, 0, 0, 2, 2]
    assert df[df["doc"] == 2]["path"].tolist() == ["一、", "一、/（一）"]
    qf = gongwen.quantities_frame(docs, backend="polars")
    assert qf.columns == ["doc", *QUANTITY_COLUMNS]
    assert set(qf["doc"].to_list()) <= {0, 2}
    assert gongwen.outline_frame(docs[0]).shape == (4, 14), "a single Document is accepted too"


def test_empty_frames_keep_their_columns_and_types() -> None:
    doc = gongwen.parse("没有编号的一段话。")
    df = doc.outline_frame()
    assert df.shape == (0, len(OUTLINE_COLUMNS)) and list(df.columns) == OUTLINE_COLUMNS
    assert str(df["char_start"].dtype) == "int64"
    p = gongwen.quantities_frame([], backend="polars")
    assert p.shape == (0, len(QUANTITY_COLUMNS) + 1) and p.schema["value"] == pl.Float64


def test_bad_backend_and_bad_items() -> None:
    doc = gongwen.parse(PLAN)
    with pytest.raises(ValueError, match="backend"):
        doc.outline_frame(backend="excel")
    with pytest.raises(TypeError, match="item 1"):
        gongwen.outline_frame([doc, "not a document"])
