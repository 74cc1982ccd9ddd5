"""Notebook display: ``Document._repr_html_`` renders the document elements (发文字号,
主送机关, 成文日期 …) as a small table, then the outline as a collapsible tree (one
``<details>`` per node, nested by depth) with every figure highlighted in its clause
(``<mark>`` for quantities, a dotted underline for years, dates and other numbers that are
not quantities), and counts the references (unresolved ones named). All document text is
HTML-escaped. Large documents are cut after ``MAX_NODES`` nodes or ``MAX_CHARS``
characters of text, with a note saying so.
"""

from __future__ import annotations

import html
from typing import List, Sequence

from . import _gongwen

__all__ = ["document_html", "MAX_NODES", "MAX_CHARS"]

MAX_NODES = 2000
MAX_CHARS = 200_000

_STYLE = """<style>
.gongwen-doc{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.5}
.gongwen-doc details{margin-left:1.2em;border-left:1px solid #ddd;padding-left:.4em}
.gongwen-doc summary{cursor:pointer}
.gongwen-doc .gw-marker{font-weight:bold;color:#2a5db0}
.gongwen-doc .gw-count{color:#888;font-size:85%}
.gongwen-doc .gw-text{white-space:pre-wrap;color:#333;font-size:90%;margin:.1em 0 .3em 0}
.gongwen-doc mark.gw-q{background:#ffe58a;padding:0 1px}
.gongwen-doc span.gw-other{border-bottom:1px dotted #999}
.gongwen-doc .gw-note{color:#a00;font-size:85%}
.gongwen-doc table.gw-elements{border-collapse:collapse;font-size:90%;margin:.3em 0}
.gongwen-doc table.gw-elements td{padding:0 .6em 0 0;vertical-align:top}
.gongwen-doc table.gw-elements td.gw-key{color:#2a5db0}
</style>"""


class _Marks:
    """Wraps the figures of one document in their markup, segment by segment."""

    def __init__(self, text: str, quantities: Sequence[_gongwen.Quantity]) -> None:
        self.text = text
        self.qs = [(q.char_start, q.char_end, q) for q in quantities]
        self.i = 0

    def render(self, start: int, end: int) -> str:
        out: List[str] = []
        pos = start
        while self.i < len(self.qs) and self.qs[self.i][1] <= start:
            self.i += 1
        j = self.i
        while j < len(self.qs) and self.qs[j][0] < end:
            qs, qe, q = self.qs[j]
            qs, qe = max(qs, pos), min(qe, end)
            if qs >= qe:
                j += 1
                continue
            out.append(html.escape(self.text[pos:qs]))
            inner = html.escape(self.text[qs:qe])
            tip = html.escape(_tip(q), quote=True)
            if q.kind == "quantity":
                out.append(f'<mark class="gw-q" title="{tip}">{inner}</mark>')
            else:
                out.append(f'<span class="gw-other" title="{tip}">{inner}</span>')
            pos = qe
            j += 1
        out.append(html.escape(self.text[pos:end]))
        return "".join(out)


def _tip(q: _gongwen.Quantity) -> str:
    parts = [q.kind]
    if q.value is not None:
        v = f"{q.value:g}"
        if q.value_max is not None:
            v += f"–{q.value_max:g}"
        parts.append(v)
    if q.unit:
        parts.append(q.unit)
    parts.append(q.comparator)
    if q.placeholder:
        parts.append("placeholder")
    return " ".join(parts)


def _value(value: object) -> str:
    """An element's value as short readable text: names joined, numbered attachments
    listed, a document number written out."""
    if isinstance(value, list):
        return "；".join(_value(v) for v in value)
    if isinstance(value, dict):
        if {"agency", "year", "number"} <= value.keys():
            return f"{value['agency']}〔{value['year']}〕{value['number']}号"
        if "name" in value:
            return f"{value['number']}. {value['name']}" if value.get("number") is not None else str(value["name"])
        return ", ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    return str(value)


def _elements_table(doc: _gongwen.Document) -> str:
    """The elements as a two-column table (key, value), or nothing when there are none."""
    rows = [
        f'<tr><td class="gw-key">{html.escape(e.element)}</td><td>{html.escape(_value(e.value))}</td></tr>'
        for e in doc.elements
    ]
    return f'<table class="gw-elements">{"".join(rows)}</table>' if rows else ""


def _references_note(doc: _gongwen.Document) -> str:
    """How many references there are, and which provisions of the document resolve to no
    node."""
    refs = doc.references
    if not refs:
        return ""
    unresolved = [r for r in refs if r.unresolved]
    counts = {k: sum(1 for r in refs if r.reference == k) for k in ("document", "internal", "external")}
    note = (
        f'<div class="gw-count">references: {counts["document"]} cited documents, '
        f'{counts["internal"]} provisions of this document, {counts["external"]} of others'
    )
    if unresolved:
        shown = "、".join(html.escape(r.text) for r in unresolved[:10])
        note += f' · <span class="gw-note">{len(unresolved)} unresolved: {shown}</span>'
    return note + "</div>"


def _text_div(body: str) -> str:
    return f'<div class="gw-text">{body}</div>' if body.strip() else ""


def document_html(doc: _gongwen.Document) -> str:
    """The HTML of ``doc`` for Jupyter (``Document._repr_html_``)."""
    text = doc.text
    nodes = doc.outline
    quantities = doc.quantities
    marks = _Marks(text, quantities)
    n_quantities = sum(1 for q in quantities if q.kind == "quantity")
    title = html.escape(doc.title) if doc.title else "<i>(no title)</i>"
    head = (
        f"<div><b>{title}</b> "
        f'<span class="gw-count">· {len(nodes)} nodes · {n_quantities} quantities '
        f"({len(quantities)} figures) · {len(text)} chars"
    )
    if doc.diagnostics:
        head += f" · {len(doc.diagnostics)} diagnostics"
    head += "</span></div>"
    out: List[str] = ['<div class="gongwen-doc">', _STYLE, head, _elements_table(doc), _references_note(doc)]

    # Counts of figures per node (innermost), for the summaries.
    per_node = [0] * len(nodes)
    for q in quantities:
        node = q.node
        if node is not None and q.kind == "quantity":
            per_node[node.index] += 1

    first = nodes[0].char_start if nodes else len(text)
    out.append(_text_div(marks.render(0, min(first, MAX_CHARS))))
    budget = MAX_CHARS - first
    stack: List[_gongwen.Node] = []  # open <details>, innermost last
    shown = 0
    for i, node in enumerate(nodes):
        if shown >= MAX_NODES or budget <= 0:
            break
        parent = node.parent
        parent_index = parent.index if parent is not None else None
        while stack and stack[-1].index != parent_index:
            stack.pop()
            out.append("</details>")
        nxt = nodes[i + 1].char_start if i + 1 < len(nodes) else len(text)
        own_end = min(node.char_end, nxt)
        heading = html.escape(node.heading) if node.heading else ""
        count = per_node[node.index]
        badge = f' <span class="gw-count">({count})</span>' if count else ""
        opened = " open" if node.depth <= 1 else ""
        out.append(
            f'<details{opened}><summary><span class="gw-marker">{html.escape(node.marker)}</span> '
            f"{heading}{badge}</summary>"
        )
        end = min(own_end, node.char_start + budget)
        out.append(_text_div(marks.render(node.char_start, end)))
        budget -= end - node.char_start
        stack.append(node)
        shown += 1
        if own_end < nxt and budget > 0:
            # Text that belongs to no node of this tree (an attachment label, the tail).
            while stack and stack[-1].char_end <= own_end:
                stack.pop()
                out.append("</details>")
            gap_end = min(nxt, own_end + budget)
            out.append(_text_div(marks.render(own_end, gap_end)))
            budget -= gap_end - own_end
    out.extend("</details>" for _ in stack)
    if shown < len(nodes) or budget <= 0:
        out.append(
            f'<div class="gw-note">… cut after {shown} of {len(nodes)} nodes; '
            "use doc.outline_frame() for everything</div>"
        )
    out.append("</div>")
    return "".join(out)
