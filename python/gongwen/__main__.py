"""``python -m gongwen``: the common cases of the ``gongwen`` command-line tool.

    python -m gongwen outline    FILE… [--format json|jsonl|tree|csv]
    python -m gongwen quantities FILE… [--format json|jsonl|tree|csv]
    python -m gongwen parse      FILE… [--format json|jsonl|tree]
    python -m gongwen tree       FILE…

``FILE`` is a text file, a folder (``*.txt`` and ``*.jsonl`` below it, sorted), a JSONL
corpus (``*.jsonl``, the text in ``--jsonl-field``) or ``-`` for standard input. Rows are
the CLI's rows, byte for byte (they are serialised by the same Rust code); with several
documents every row starts with a ``doc`` key (the file path or the record id).
Exit status: 0, 1 when a document could not be read (or had diagnostics with
``--deny-diagnostics``), 2 for bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from decimal import Decimal
from typing import Any, Dict, Iterator, List, Optional, Sequence, TextIO, Tuple

from . import OUTLINE_FIELDS, QUANTITY_FIELDS, Document, GongwenError, Node, _gongwen, parse_many

# (doc value for rows, label for messages and tree headers, document)
Item = Tuple[Any, str, Document]


def _warn(msg: str) -> None:
    print(f"gongwen: {msg}", file=sys.stderr)


def _is_multi(paths: Sequence[str], force_jsonl: bool) -> bool:
    if force_jsonl or len(paths) != 1:
        return True
    p = paths[0]
    return p != "-" and (p.lower().endswith(".jsonl") or os.path.isdir(p))


def _expand(path: str) -> List[str]:
    if path == "-" or not os.path.isdir(path):
        return [path]
    found: List[str] = []
    for entry in sorted(os.listdir(path)):
        full = os.path.join(path, entry)
        if os.path.isdir(full):
            found.extend(_expand(full))
        elif entry.lower().endswith((".txt", ".md", ".docx", ".html", ".htm", ".jsonl")):
            found.append(full)
    return found


def _corpus(data: bytes, name: str, args: argparse.Namespace, state: Dict[str, int]) -> Iterator[Item]:
    ids: List[Tuple[Any, str]] = []
    texts: List[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        label = f"{name}:{number}"
        try:
            line = raw.decode("utf-8", errors="replace" if args.lossy else "strict")
        except UnicodeDecodeError as e:
            _warn(f"{label}: invalid UTF-8 at byte offset {e.start} of the line")
            state["failed"] += 1
            continue
        try:
            record = json.loads(line)
            text = record[args.jsonl_field] if isinstance(record, dict) else None
        except (ValueError, KeyError) as e:
            _warn(f"{label}: invalid JSONL record: {e}")
            state["failed"] += 1
            continue
        if not isinstance(text, str):
            _warn(f'{label}: the record has no string field "{args.jsonl_field}"')
            state["failed"] += 1
            continue
        ident = record.get(args.id_field, label)
        shown = label if ident == label else f"{label} ({ident})"
        ids.append((ident, shown))
        texts.append(text)
    for (ident, shown), doc in zip(ids, parse_many(texts, threads=args.threads)):
        yield ident, shown, doc


def _documents(args: argparse.Namespace, state: Dict[str, int]) -> Iterator[Item]:
    for top in args.paths:
        for path in _expand(top):
            if path == "-":
                data = sys.stdin.buffer.read()
                name, label = "-", "<stdin>"
            else:
                name = label = path
                try:
                    with open(path, "rb") as f:
                        data = f.read()
                except OSError as e:
                    _warn(f"{path}: {e.strerror or e}")
                    state["failed"] += 1
                    continue
            if args.jsonl or (path != "-" and path.lower().endswith(".jsonl")):
                yield from _corpus(data, name, args, state)
                continue
            try:
                doc = _gongwen._parse_bytes(
                    data, path=None if path == "-" else path, lossy=args.lossy, encoding=args.encoding
                )
            except GongwenError as e:
                hint = "; use --lossy to replace invalid bytes" if e.byte_offset is not None and "invalid" in str(e) else ""
                _warn(f"{label}: {str(e).removeprefix(path + ': ')}{hint}")
                state["failed"] += 1
                continue
            for w in doc.warnings:
                _warn(f"{label}: {w}")
            yield name, label, doc


def _num(v: float) -> str:
    """A float as Rust's ``Display`` prints it (no exponent, no trailing ``.0``)."""
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "inf" if v > 0 else "-inf"
    if v == int(v):
        return str(int(v))
    s = repr(v)
    return format(Decimal(s), "f") if "e" in s else s


def _csv_field(s: str) -> str:
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def _csv_cell(v: Any) -> str:
    """An attribute's value as the CLI's CSV writes the field: a node as its index."""
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return _num(v)
    if isinstance(v, Node):
        return str(v.index)
    return str(v) if isinstance(v, int) else _csv_field(v)


def _csv_rows(doc: Document, kind: str) -> Iterator[str]:
    """One CSV line per row: every field of the row (its attribute), in field order."""
    fields, items = (OUTLINE_FIELDS, doc.outline) if kind == "outline" else (QUANTITY_FIELDS, doc.quantities)
    for item in items:
        yield ",".join(_csv_cell(getattr(item, name)) for name in fields)


def _squash(s: str) -> str:
    return " ".join(s.split())


def _tree(out: List[str], doc: Document, header: Optional[str], kind: str) -> None:
    """The CLI's indented outline (figures under their node for quantities/parse)."""
    if header is not None:
        out.append(f"== {header} ==")
    if doc.title is not None:
        out.append(_squash(doc.title))
    figures = doc.quantities if kind != "outline" else []
    qi = 0

    def print_quantities(depth: int, until: Optional[int]) -> None:
        nonlocal qi
        while qi < len(figures) and (until is None or figures[qi].char_start < until):
            q = figures[qi]
            qi += 1
            line = "  " * depth + f"· {_squash(q.text)}  {q.kind}"
            if q.value is not None:
                line += f" {_num(q.value)}"
                if q.value_max is not None:
                    line += f"–{_num(q.value_max)}"
            if q.unit is not None:
                line += f" {q.unit}"
            line += f" {q.comparator}{' placeholder' if q.placeholder else ''}"
            out.append(line)

    nodes = doc.outline
    labels = dict(doc.attachments)
    if figures:
        print_quantities(0, nodes[0].char_start if nodes else None)
    tree_no = 0
    for i, n in enumerate(nodes):
        if n.tree != tree_no:
            tree_no = n.tree
            if tree_no in labels:
                out.append(_squash(labels[tree_no]))
        depth = max(n.depth - 1, 0)
        line = "  " * depth + _squash(n.marker)
        out.append(f"{line} {n.heading}" if n.heading is not None else line)
        if figures:
            print_quantities(depth + 1, nodes[i + 1].char_start if i + 1 < len(nodes) else None)
    if kind == "parse" and doc.diagnostics:
        out.append("diagnostics:")
        for d in doc.diagnostics:
            out.append(f"  {d.line}:{d.column} {d.kind}: {d.message} {json.dumps(d.text, ensure_ascii=False)}")


def _with_doc(ident: Any, obj_json: str) -> str:
    """``{"doc":…,`` + the object's keys (as the CLI writes rows of several documents)."""
    doc = json.dumps(ident, ensure_ascii=False, separators=(",", ":"))
    body = obj_json[1:]
    return "{" + f'"doc":{doc}' + ("," + body if body != "}" else "}")


def run(argv: Optional[Sequence[str]] = None, out: TextIO = sys.stdout) -> int:
    """Runs the command line ``argv`` (default ``sys.argv[1:]``); returns the exit status."""
    ap = argparse.ArgumentParser(prog="python -m gongwen", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    for name, formats, default in (
        ("parse", ["json", "jsonl", "tree"], "json"),
        ("outline", ["json", "jsonl", "tree", "csv"], "jsonl"),
        ("quantities", ["json", "jsonl", "tree", "csv"], "jsonl"),
        ("tree", None, None),
    ):
        p = sub.add_parser(name)
        p.add_argument("paths", nargs="+", metavar="FILE")
        if formats:
            p.add_argument("-f", "--format", choices=formats, default=default)
        p.add_argument(
            "--encoding",
            choices=["auto", "utf-8", "utf8", "gb18030", "gbk", "utf-16", "utf16"],
            default="auto",
            help="encoding of text files, HTML pages and standard input (auto detects)",
        )
        p.add_argument("--lossy", action="store_true", help="replace invalid bytes of a forced encoding with U+FFFD")
        p.add_argument("--jsonl", action="store_true", help="read every input as a JSONL corpus")
        p.add_argument("--jsonl-field", default="text", metavar="NAME")
        p.add_argument("--id-field", default="id", metavar="NAME")
        p.add_argument("-j", "--threads", type=int, default=None, metavar="N")
        p.add_argument("--deny-diagnostics", action="store_true")
        p.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    kind = "outline" if args.command == "tree" else args.command
    fmt = "tree" if args.command == "tree" else args.format
    multi = _is_multi(args.paths, args.jsonl)
    state = {"failed": 0, "docs": 0, "diagnostics": 0}
    what: Any = kind

    if fmt == "csv":
        cols = ",".join(OUTLINE_FIELDS if kind == "outline" else QUANTITY_FIELDS)
        out.write(f"doc,{cols}\n" if multi else f"{cols}\n")
    single_object = kind == "parse" and fmt == "json" and not multi
    if fmt == "json" and not single_object:
        out.write("[")
    wrote_any = False
    for ident, label, doc in _documents(args, state):
        state["docs"] += 1
        if doc.diagnostics:
            state["diagnostics"] += 1
        if fmt in ("json", "jsonl"):
            if single_object:
                chunk = doc.to_json(indent=2) + "\n"
            else:
                rows = _gongwen._jsonl(doc, what).splitlines()
                if multi:
                    rows = [_with_doc(ident, r) for r in rows]
                chunk = "".join(r + "\n" for r in rows) if fmt == "jsonl" else ",\n".join(rows)
        elif fmt == "csv":
            prefix = _csv_field(ident if isinstance(ident, str) else json.dumps(ident)) + "," if multi else ""
            chunk = "".join(prefix + row + "\n" for row in _csv_rows(doc, kind))
        else:
            lines: List[str] = []
            _tree(lines, doc, label if multi else None, kind)
            chunk = "".join(line + "\n" for line in lines)
        if not chunk:
            continue
        if fmt == "json" and not single_object:
            out.write("\n" if not wrote_any else ",\n")
        elif fmt == "tree" and multi and wrote_any:
            out.write("\n")
        out.write(chunk)
        wrote_any = True
    if fmt == "json" and not single_object:
        out.write("\n]\n" if wrote_any else "]\n")
    out.flush()

    code = 0
    if state["failed"]:
        _warn(f"{state['failed']} of {state['docs'] + state['failed']} documents could not be read")
        code = 1
    if args.deny_diagnostics and state["diagnostics"]:
        _warn(f"{state['diagnostics']} of {state['docs']} documents have diagnostics")
        code = 1
    return code


def main() -> None:
    try:
        code = run()
    except BrokenPipeError:
        code = 0
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    main()
