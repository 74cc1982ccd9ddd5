"""The notebook display (`_repr_html_`) and the console repr."""

from __future__ import annotations

import html
import re

import gongwen
import gongwen.display
from conftest import PLAN


def test_tree_of_details() -> None:
    doc = gongwen.parse(PLAN)
    out = doc._repr_html_()
    assert out.count("<details") == len(doc.outline) == out.count("</details>")
    # （一） is inside 一、 and 1. inside （一）: three <details> open before the first close.
    first_close = out.index("</details>")
    assert out[:first_close].count("<details") == 3
    assert "加强党的建设" in out and "某县教育局工作要点" in out
    assert re.search(r"<summary><span class=\"gw-marker\">一、</span> 加强党的建设", out)


def test_quantities_are_marked_in_their_clause() -> None:
    doc = gongwen.parse(PLAN)
    out = doc._repr_html_()
    marks = re.findall(r"<mark [^>]*>(.*?)</mark>", out)
    assert marks == [q.text for q in doc.quantities if q.kind == "quantity"]
    assert "8所" in marks
    tip = re.search(r'<mark class="gw-q" title="([^"]*)">8所</mark>', out)
    assert tip is not None and "8" in tip.group(1) and "所" in tip.group(1)


def test_text_is_escaped() -> None:
    doc = gongwen.parse('标题<script>alert("x")</script>\n一、<b>甲</b> & 乙\n正文<i>斜</i>\n')
    out = doc._repr_html_()
    assert "<script>" not in out and "<b>甲" not in out and "<i>斜" not in out
    assert html.escape("<script>") in out
    assert "&amp;" in out


def test_every_character_is_shown_once() -> None:
    doc = gongwen.parse(PLAN)
    out = doc._repr_html_()
    bodies = re.findall(r'<div class="gw-text">(.*?)</div>', out, flags=re.S)
    shown = html.unescape(re.sub(r"<[^>]+>", "", "".join(bodies)))
    assert shown == PLAN, "the text divs tile the document"


def test_large_documents_are_cut() -> None:
    # 3000 articles, each with one item.
    doc = gongwen.parse("".join(f"第{i}条 甲\n（一）乙\n" for i in range(1, 3001)))
    assert len(doc.outline) == 6000
    out = doc._repr_html_()
    assert "cut after 2000 of 6000 nodes" in out
    assert out.count("<details") == gongwen.display.MAX_NODES == out.count("</details>")
    long = gongwen.parse("一、甲\n" + "长" * 300_000)
    assert len(long._repr_html_()) < 250_000 and "cut after" in long._repr_html_()


def test_console_repr() -> None:
    doc = gongwen.parse(PLAN)
    assert repr(doc) == f"<gongwen.Document title='某县教育局工作要点' nodes=4 quantities={len(doc.quantities)} chars={len(PLAN)}>"
    q = next(q for q in doc.quantities if q.text == "8所")
    assert repr(q) == "<gongwen.Quantity '8所' value=8.0 unit='所' comparator='eq' kind='quantity'>"
    assert repr(gongwen.parse("")) == "<gongwen.Document title=None nodes=0 quantities=0 chars=0>"
