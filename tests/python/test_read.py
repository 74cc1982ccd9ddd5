"""Real inputs from Python: GB18030/GBK and UTF-16 text, .docx with Word's automatic
numbering and HTML pages through ``parse_file`` and ``parse_bytes``; what the document
reports (``encoding``, ``source_format``, ``page_title``, ``warnings``); pickling; errors."""

from __future__ import annotations

import io
import pickle
import zipfile
from pathlib import Path

import pytest

import gongwen

TEXT = "某县教育局2024年工作要点\n一、加强党的建设\n（一）全面加强党的领导\n1.全年培训党员不少于2次。\n二、深化改革\n"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _summary(doc: gongwen.Document) -> list:
    nodes = [(n.marker, n.ordinal, n.depth, n.heading) for n in doc.outline]
    figures = [(q.text, q.value, q.unit, q.kind) for q in doc.quantities]
    return [doc.title, nodes, figures]


def _para(text: str, level: int | None = None) -> str:
    ppr = "" if level is None else f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _docx() -> bytes:
    """TEXT as Word writes it with a multi-level list: 一、 （一） 1. are numbering."""
    body = "".join(
        [
            _para("某县教育局2024年工作要点"),
            _para("加强党的建设", 0),
            _para("全面加强党的领导", 1),
            _para("全年培训党员不少于2次。", 2),
            _para("深化改革", 0),
        ]
    )
    levels = [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing"), ("decimal", "%3.", "tab")]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/><w:suff w:val="{s}"/></w:lvl>'
        for i, (f, t, s) in enumerate(levels)
    )
    numbering = f'<w:numbering {W}><w:abstractNum w:abstractNumId="0">{lvls}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f"<w:document {W}><w:body>{body}</w:body></w:document>")
        z.writestr("word/numbering.xml", numbering)
    return buf.getvalue()


def _html() -> str:
    paras = "".join(f"<p>&emsp;&emsp;{line}</p>" for line in TEXT.splitlines())
    return (
        '<!DOCTYPE html><html><head><meta charset="gbk"><title>某县人民政府网</title>'
        "<script>var x = '<p>一、脚本</p>';</script></head><body><nav>首页 政务公开</nav>"
        f'<div class="content">{paras}</div><footer>版权所有</footer></body></html>'
    )


def test_every_input_gives_the_same_document(tmp_path: Path) -> None:
    want = _summary(gongwen.parse(TEXT))
    files = {
        "utf8.txt": (TEXT.encode("utf-8"), "utf-8", "text"),
        "gbk.txt": (TEXT.encode("gbk"), "gb18030", "text"),
        "utf16.txt": (TEXT.encode("utf-16"), "utf-16le", "text"),
        "utf16be.txt": (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16be", "text"),
        "word.docx": (_docx(), "utf-8", "docx"),
        "page.html": (_html().encode("gbk"), "gb18030", "html"),
    }
    for name, (data, encoding, fmt) in files.items():
        path = tmp_path / name
        path.write_bytes(data)
        doc = gongwen.parse_file(path)
        assert (doc.encoding, doc.source_format, doc.warnings) == (encoding, fmt, []), name
        assert _summary(doc) == want, name
        assert _summary(gongwen.parse_bytes(data)) == want, f"{name} as bytes"
    page = gongwen.parse_file(tmp_path / "page.html")
    assert page.page_title == "某县人民政府网" and page.title == "某县教育局2024年工作要点"
    assert "首页" not in page.text and "脚本" not in page.text and "版权所有" not in page.text
    assert gongwen.parse(TEXT).encoding is None and gongwen.parse(TEXT).source_format == "text"


def test_forced_encodings_and_formats(tmp_path: Path) -> None:
    gbk = TEXT.encode("gbk")
    assert gongwen.parse_bytes(gbk, encoding="gb18030").text == TEXT
    with pytest.raises(gongwen.GongwenError) as info:
        gongwen.parse_bytes(gbk, encoding="utf-8")
    assert info.value.byte_offset is not None and "invalid UTF-8" in str(info.value)
    lossy = gongwen.parse_bytes(gbk, encoding="utf-8", lossy=True)
    assert "\ufffd" in lossy.text and lossy.warnings
    with pytest.raises(ValueError, match="unknown encoding"):
        gongwen.parse_bytes(gbk, encoding="latin-9")
    with pytest.raises(ValueError, match="unknown format"):
        gongwen.parse_bytes(gbk, format="pdf")
    assert gongwen.parse_bytes(_html().encode("gbk"), format="text").source_format == "text"


def test_replaced_bytes_are_reported(tmp_path: Path) -> None:
    damaged = TEXT.encode("utf-8") + b"\xff"
    with pytest.warns(UserWarning, match="replaced with U\\+FFFD"):
        doc = gongwen.parse_bytes(damaged)
    assert doc.encoding == "utf-8" and len(doc.warnings) == 1


def test_damaged_and_fake_docx_name_the_problem(tmp_path: Path) -> None:
    fake = tmp_path / "通知.docx"
    fake.write_text("一、总则\n", encoding="utf-8")
    with pytest.raises(gongwen.GongwenError, match="not a .docx file") as info:
        gongwen.parse_file(fake)
    assert info.value.path == str(fake)
    cut = tmp_path / "cut.docx"
    cut.write_bytes(_docx()[:100])
    with pytest.raises(gongwen.GongwenError, match="damaged .docx"):
        gongwen.parse_file(cut)


def test_pickling_keeps_how_the_document_was_read() -> None:
    doc = gongwen.parse_bytes(_html().encode("gbk"))
    copy = pickle.loads(pickle.dumps(doc))
    assert copy == doc
    assert (copy.encoding, copy.source_format, copy.page_title) == ("gb18030", "html", "某县人民政府网")
    assert copy.to_dict() == doc.to_dict() and doc.to_dict()["format"] == "html"
    plain = gongwen.parse(TEXT)
    assert pickle.loads(pickle.dumps(plain)).encoding is None
