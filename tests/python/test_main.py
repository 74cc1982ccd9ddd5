"""`python -m gongwen`: the CLI's common cases, with the CLI's rows."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest

import gongwen
from conftest import PLAN

def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gongwen", *args], input=stdin, capture_output=True, timeout=120)


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    p = tmp_path / "plan.txt"
    p.write_text(PLAN, encoding="utf-8")
    return p


def test_outline_jsonl(plan_file: Path) -> None:
    p = run("outline", "--format", "jsonl", str(plan_file))
    assert p.returncode == 0, p.stderr
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["path"] for r in rows] == ["一、", "一、/（一）", "一、/（一）/1.", "二、"]
    assert rows[1]["parent"] == 0 and rows[0]["char_start"] == PLAN.index("一、")
    assert list(rows[0]) == [
        "index", "parent", "depth", "marker", "ordinal", "style", "heading", "tree", "path",
        "char_start", "char_end", "byte_start", "byte_end",
    ]  # fmt: skip


def test_quantities_csv_and_json(plan_file: Path) -> None:
    p = run("quantities", "--format", "csv", str(plan_file))
    assert p.returncode == 0, p.stderr
    rows = list(csv.DictReader(io.StringIO(p.stdout.decode())))
    doc = gongwen.parse(PLAN)
    assert [r["text"] for r in rows] == [q.text for q in doc.quantities]
    p = run("quantities", "-f", "json", str(plan_file))
    assert [r["text"] for r in json.loads(p.stdout)] == [q.text for q in doc.quantities]


def test_parse_json_is_to_dict(plan_file: Path) -> None:
    p = run("parse", str(plan_file))
    assert p.returncode == 0, p.stderr
    printed = json.loads(p.stdout)
    assert printed == gongwen.parse_file(plan_file).to_dict()
    assert (printed.pop("encoding"), printed.pop("format")) == ("utf-8", "text")
    assert printed == gongwen.parse(PLAN).to_dict()


def test_tree_and_stdin() -> None:
    p = run("tree", "-", stdin=PLAN.encode())
    assert p.returncode == 0, p.stderr
    assert p.stdout.decode().splitlines() == [
        "某县教育局工作要点",
        "一、 加强党的建设",
        "  （一） 全面加强党的领导",
        "    1. 强化政治建设",
        "二、 提升教育质量",
    ]


def test_several_files_and_a_corpus(tmp_path: Path, plan_file: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("一、甲\n", encoding="utf-8")
    p = run("outline", str(plan_file), str(other))
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["doc"] for r in rows] == [str(plan_file)] * 4 + [str(other)]
    assert list(rows[0])[:2] == ["doc", "index"]

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a1", "text": "一、甲\n（一）乙\n"}, ensure_ascii=False) + "\n", encoding="utf-8")
    p = run("outline", str(corpus))
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [(r["doc"], r["path"]) for r in rows] == [("a1", "一、"), ("a1", "一、/（一）")]


def test_bad_utf8_exit_status(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\n")
    p = run("outline", "--encoding", "utf-8", str(bad))
    assert p.returncode == 1 and b"invalid UTF-8 at byte offset 0" in p.stderr
    assert run("outline", "--encoding", "utf-8", "--lossy", str(bad)).returncode == 0
    assert run("outline", "--format", "xml", str(bad)).returncode == 2


def _cli() -> Optional[str]:
    """The CLI built from the same sources (scripts/test-python.sh builds it and sets
    GONGWEN_CLI); a binary lying in target/ may be older than the extension, so it is not
    picked up on its own."""
    return os.environ.get("GONGWEN_CLI") or None


@pytest.mark.parametrize("command", ["outline", "quantities", "parse"])
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "tree"])
def test_same_output_as_the_cli(tmp_path: Path, plan_file: Path, command: str, fmt: str) -> None:
    cli = _cli()
    if cli is None:
        pytest.skip("set GONGWEN_CLI to a gongwen binary built from these sources to compare")
    if command == "parse" and fmt == "csv":
        return
    other = tmp_path / "other.txt"
    other.write_text("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全县。", encoding="utf-8")
    corpus = tmp_path / "corpus.jsonl"
    records = [{"id": "a", "text": PLAN}, {"id": 7, "text": "一、甲\n三、丙\n"}, {"text": "（一）乙"}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    for files in ([str(plan_file)], [str(plan_file), str(other)], [str(corpus)]):
        ours = run(command, "--format", fmt, *files)
        theirs = subprocess.run([cli, command, "--format", fmt, *files], capture_output=True, timeout=120)
        assert ours.returncode == theirs.returncode == 0, (ours.stderr, theirs.stderr)
        assert ours.stdout.decode() == theirs.stdout.decode()
