"""The README's examples work exactly as printed.

Every ```python block of README.md runs as a script of its own, in a fresh interpreter, from
the repository root, and must exit 0 and print something: as a user saves and runs it, not
inside pytest (which hid that the Dask example needs the ``if __name__ == "__main__":``
guard: ``RuntimeError: Nanny failed to start`` when the workers import the main module).
The Dask and Spark examples run when those extras are installed (with
GONGWEN_REQUIRE_SCALE=1, as ``scripts/test-python.sh`` sets, a missing extra is a failure).

The shell blocks: the quick start has exactly two commands, the install steps put the CLI on
the PATH and install the package from the checkout or a wheel, never from the index, and the
extras they name are the package's.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def blocks(lang: str) -> List[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, flags=re.S | re.M)


def section(title: str) -> str:
    """The text of the README's `## title` section."""
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.S | re.M)
    assert m, f"README.md has a `## {title}` section"
    return m.group(1)


def commands(text: str) -> List[List[str]]:
    """The commands of the sh blocks of `text`, comments left out, as argument lists."""
    out = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, flags=re.S | re.M):
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words:
                out.append(words)
    return out


# The module a block needs beyond the package's own, by what it imports.
NEEDS = {"gongwen.dask": "dask.distributed", "gongwen.spark": "pyspark"}


def needs(code: str) -> List[str]:
    return [module for imported, module in NEEDS.items() if re.search(rf"^\s*import {re.escape(imported)}\b", code, re.M)]


def test_the_readme_has_the_python_dask_and_spark_examples() -> None:
    found = blocks("python")
    assert found, "README.md shows how to use gongwen from Python"
    assert {m for code in found for m in needs(code)} == set(NEEDS.values()), "a Dask and a Spark example"


@pytest.mark.parametrize("index", range(len(blocks("python"))))
def test_readme_python_example_runs_as_a_script(index: int, tmp_path: Path) -> None:
    code = blocks("python")[index]
    for module in needs(code):
        if importlib.util.find_spec(module.split(".")[0]) is None:
            if os.environ.get("GONGWEN_REQUIRE_SCALE") == "1":
                pytest.fail(f"{module} is not installed, and GONGWEN_REQUIRE_SCALE=1")
            pytest.skip(f"{module} is not installed")
    script = tmp_path / f"readme_example_{index}.py"
    script.write_text(code, encoding="utf-8")
    # Run from the repository root, as the README's relative paths expect, with the installed
    # package (a script's own folder, not the working directory, is on sys.path).
    run = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"README python block {index} failed:\n{code}\n--- stderr:\n{run.stderr[-4000:]}"
    assert run.stdout.strip(), "the example prints something"


def test_quick_start_is_two_commands() -> None:
    assert len(commands(section("Quick start"))) == 2


def test_install_puts_the_cli_on_the_path_and_the_package_from_the_checkout() -> None:
    install = commands(section("Install"))
    assert ["cargo", "install", "--path", "crates/gongwen-cli"] in install
    manifest = tomllib.loads((ROOT / "crates" / "gongwen-cli" / "Cargo.toml").read_text(encoding="utf-8"))
    assert any(b.get("name") == "gongwen" for b in manifest.get("bin", [])) or manifest["package"]["name"] == "gongwen"
    assert ["pip", "install", "."] in install
    assert any(c[:2] == ["maturin", "build"] for c in install), "how to build a wheel"
    assert any(c[:2] == ["pip", "install"] and c[-1].startswith("target/wheels/") for c in install)


def test_no_command_installs_from_the_index_and_extras_exist() -> None:
    """`pip install gongwen` is not a command of the README (the package is not on PyPI),
    and every `.[extra]` it names is an extra of pyproject.toml."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras: Dict[str, List[str]] = project["optional-dependencies"]
    for words in commands(README):
        if words[:2] == ["pip", "install"]:
            assert "gongwen" not in words[2:], f"`{' '.join(words)}`: not on the index"
    for names in re.findall(r'"\.\[([\w,]+)\]"', README):
        for name in names.split(","):
            assert name in extras, f"README names the extra {name!r}, which pyproject.toml does not define"
