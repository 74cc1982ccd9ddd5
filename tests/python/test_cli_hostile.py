"""A scripted battery of hostile input through the real `gongwen` CLI (issue 8).

For every family: the process ends in time, never prints a panic, exits with the status the
CLI promises (0 for text it can parse, 1 for unreadable input, with a message naming the
file), and the whole document comes back: `parse` reports as many characters as the input
has, and every row's offsets stay inside it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Dict, List, Tuple

import pytest

TIMEOUT = 120  # seconds; every family here parses in well under a second


def cli() -> str:
    path = os.environ.get("GONGWEN_CLI")
    if not path:
        pytest.skip("set GONGWEN_CLI to a gongwen binary built from these sources")
    return path


def run(args: List[str], stdin: bytes = b"") -> Tuple[int, bytes, str]:
    p = subprocess.run([cli(), *args], input=stdin, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def families() -> Dict[str, str]:
    nest = "".join(
        ["一、", "（一）", "1.", "（1）", "①", "第一章", "第一节", "第一条"][i % 8] + f"第{i}层\n" for i in range(200)
    )
    return {
        "no_line_break_4mb": "一、总体要求。新建学校3所，覆盖率达到95%以上。" * 90_000,
        "many_markers": "".join(f"{i % 99 + 1}.加强建设\n" for i in range(200_000)),
        "nesting_200_levels": nest,
        "million_digits": "1" * 1_000_000 + "个\n",
        "overflowing_numbers": "投资" + "9" * 400 + "亿元。" + "1e999%。" + "一" * 500 + "万个。\n",
        "wan_wan_yi_yi": "万万亿亿" * 10_000 + "元\n",
        "skipped_ordinals": "一、甲\n三、丙\n（一）子\n（三）子\n1.子\n3.子\n第一条 甲\n第三条 丙\n",
        "bom_cr_only": "\ufeff一、总则\r（一）目标\r1.细则\r",
        "crlf": "一、总则\r\n（一）目标3所\r\n",
        "ideographic_spaces": "\u3000\u3000一、\u3000总则\u3000\n\u3000\u3000（一）\u3000目标\n",
        "combining_and_rtl_marks": "\u200f一、\u0301总则\u202e\n（一\u0308）目标\u200e\n",
        "empty": "",
    }


@pytest.mark.parametrize("name", sorted(families()))
def test_family_through_the_cli(name: str, tmp_path: Path) -> None:
    text = families()[name]
    doc = tmp_path / f"{name}.txt"
    doc.write_text(text, encoding="utf-8", newline="")
    status, out, err = run(["parse", "--format", "json", str(doc)])
    assert status == 0, f"{name}: parse should succeed, got {status}: {err[:300]}"
    assert "panicked" not in err, f"{name}: no panic expected, stderr: {err[:300]}"
    view = json.loads(out)
    # Offsets are the file's own: a UTF-8 byte-order mark stays part of the text.
    assert view["char_len"] == len(text), f"{name}: the whole text should be accounted for"
    for key in ("nodes", "quantities", "noise", "diagnostics"):
        for row in view[key]:
            assert 0 <= row["char_start"] <= row["char_end"] <= len(text), f"{name}: {key} row out of range: {row}"
    for row in view["nodes"]:
        assert text[row["char_start"] :].startswith(row["marker"][:1]), f"{name}: marker {row['marker']!r} not at its offset"
    for row in view["quantities"]:
        assert text[row["char_start"] : row["char_end"]] == row["text"], f"{name}: figure text should slice out"
        value = row["value"]
        assert value is None or abs(value) < float("inf"), f"{name}: no infinite values: {row}"


def test_nul_bytes_mark_a_binary_file(tmp_path: Path) -> None:
    # The library parses NUL bytes like any other character (crates/gongwen/tests/hostile.rs);
    # the CLI reads a file holding one as binary and says so, naming the file and offset.
    doc = tmp_path / "nul.txt"
    doc.write_bytes("一、总则\x00\x00\n（一）目标\n".encode("utf-8"))
    status, _, err = run(["parse", str(doc)])
    assert status == 1 and "nul.txt" in err and "binary" in err and "panicked" not in err, err


def test_stdin_and_formats_survive_hostile_text() -> None:
    text = families()["combining_and_rtl_marks"].encode("utf-8")
    for fmt in ("json", "jsonl", "tree", "csv"):
        status, out, err = run(["outline", "--format", fmt, "-"], stdin=text)
        assert status == 0 and "panicked" not in err, f"{fmt}: {status} {err[:200]}"


def test_bad_files_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("一、总则\n（一）目标\n", encoding="utf-8")
    (tmp_path / "bad_utf8.txt").write_bytes("一、总则\n".encode("utf-8") + b"\xff\xfe\n")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    status, out, err = run(["outline", "--format", "jsonl", str(tmp_path)])
    assert status == 1, f"a folder with bad files should exit 1, got {status}"
    assert "panicked" not in err
    assert "bad_utf8.txt" in err and "byte" in err, f"the UTF-8 error should name the file and offset: {err}"
    assert "binary.txt" in err, f"the binary file should be reported: {err}"
    rows = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert any(r.get("doc", "").endswith("good.txt") and r["marker"] == "一、" for r in rows), "good files are still parsed"


def test_lossy_replaces_instead_of_failing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\n" + "一、总则\n".encode("utf-8"))
    status, _, err = run(["outline", "--encoding", "utf-8", str(bad)])
    assert status == 1 and "bad.txt" in err, "strict mode reports the file"
    status, out, err = run(["outline", "--encoding", "utf-8", "--lossy", str(bad)])
    assert status == 0, f"--lossy should parse: {err}"
    assert json.loads(out.splitlines()[0])["marker"] == "一、"


def test_missing_file_and_usage_errors(tmp_path: Path) -> None:
    status, _, err = run(["outline", str(tmp_path / "nope.txt")])
    assert status == 1 and "nope.txt" in err, f"a missing file exits 1 and is named: {status} {err}"
    status, _, _ = run(["outline", "--format", "xml", "-"])
    assert status == 2, "a usage error exits 2"


def test_output_closed_early(tmp_path: Path) -> None:
    doc = tmp_path / "many.txt"
    doc.write_text(families()["many_markers"], encoding="utf-8")
    p = subprocess.Popen([cli(), "outline", "--format", "jsonl", str(doc)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    p.stdout.readline()
    p.stdout.close()  # like `| head -1`
    err = p.stderr.read().decode("utf-8", "replace")
    status = p.wait(timeout=TIMEOUT)
    assert "panicked" not in err and status == 0, f"a closed pipe ends quietly: {status} {err[:200]}"
