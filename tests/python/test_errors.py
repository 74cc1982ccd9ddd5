"""Errors are Python exceptions with the place of the problem, never a PanicException."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

import gongwen


def test_hierarchy() -> None:
    assert issubclass(gongwen.GongwenError, ValueError)
    assert issubclass(gongwen.InputTypeError, gongwen.GongwenError)
    assert issubclass(gongwen.InputTypeError, TypeError)
    assert gongwen.GongwenError.__module__ == "gongwen"


def test_invalid_utf8_bytes_give_the_offset() -> None:
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse(b"ok\xff")
    assert info.value.byte_offset == 2 and info.value.path is None
    assert "invalid UTF-8 at byte offset 2" in str(info.value)


def test_lone_surrogate_is_a_gongwen_error() -> None:
    with pytest.raises(gongwen.GongwenError, match="not valid Unicode"):
        gongwen.parse("一、甲\ud800")


def test_wrong_type() -> None:
    with pytest.raises(gongwen.InputTypeError, match="expected str or bytes, got int"):
        gongwen.parse(3)
    with pytest.raises(TypeError):
        gongwen.parse(None)


def test_parse_many_names_the_bad_input() -> None:
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse_many(["一、甲\n", "二、乙\n", None, "三、丙\n"])
    assert info.value.index == 2 and "item 2" in str(info.value) and "NoneType" in str(info.value)
    assert isinstance(info.value, TypeError)

    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse_many(["a", "b", b"c\xffd"], threads=2)
    assert (info.value.index, info.value.byte_offset) == (2, 1)
    assert "item 2: invalid UTF-8 at byte offset 1" in str(info.value)

    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse_many(["a", "b\udcff"])
    assert info.value.index == 1


def test_parse_many_threads_must_be_positive() -> None:
    with pytest.raises(ValueError, match="threads"):
        gongwen.parse_many(["a", "b"], threads=0)
    with pytest.raises(OverflowError):
        gongwen.parse_many(["a", "b"], threads=-1)


def test_read_jsonl_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"text": "一、甲"}\n\n{"text": 3}\n', encoding="utf-8")
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.read_jsonl(path)
    assert info.value.path == str(path) and info.value.line == 3
    assert f"{path}, line 3" in str(info.value)

    path.write_text('{"text": "一、甲"}\nnot json\n', encoding="utf-8")
    with pytest.raises(gongwen.GongwenError, match="line 2: invalid JSON"):
        gongwen.read_jsonl(path)

    path.write_text('{"title": "x"}\n', encoding="utf-8")
    with pytest.raises(gongwen.GongwenError, match='no "text" field'):
        gongwen.read_jsonl(path)

    path.write_bytes(b'{"text": "a"}\n{"text": "\xff"}\n')
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.read_jsonl(path)
    assert (info.value.line, info.value.byte_offset) == (2, 24)


def test_errors_pickle() -> None:
    """Errors travel back from worker processes with their attributes."""
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse_many(["a", b"\xff"])
    err = pickle.loads(pickle.dumps(info.value))
    assert type(err) is gongwen.GongwenError and (err.index, err.byte_offset) == (1, 0)
    assert str(err) == str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00" * 1000,
        "（" * 10_000,
        "一、" * 5000,
        "".join(f"{'（' * (i % 7)}{i}." for i in range(3000)),
        "第" * 10_000 + "条",
        "9" * 100_000 + "万亿元",
        "\r\n\r\r\n" * 1000,
        "\ufeff\u3000一、\u200b甲\n",
        json.dumps(["一、", "（一）"] * 100, ensure_ascii=False),
    ],
    ids=["empty", "nul", "parens", "markers", "nested", "di", "long-number", "line-ends", "bom-spaces", "json"],
)
def test_hostile_input_parses(text: str) -> None:
    doc = gongwen.parse(text)
    assert doc.text == text
    for n in doc.outline:
        assert doc.text[n.char_start : n.char_end] == n.text
    doc.to_dict()
    doc._repr_html_()
