"""What ships: the license texts the metadata names, and extras that install cleanly.

- The metadata says MIT OR Apache-2.0, so LICENSE-MIT and LICENSE-APACHE are at the root,
  in the installed wheel's metadata (``License-File``, PEP 639) and in each published crate
  (issue 21: no LICENSE files at all).
- The ``spark`` extra installs a pandas that pyspark supports: pyspark warns
  (``FutureWarning: PySpark does not yet fully support pandas >= 3.0.0``) when it meets
  pandas 3, so the extra keeps pandas below 3 and pyspark's own check passes with warnings
  as errors.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import sys
import warnings
from pathlib import Path

import pytest
from packaging.requirements import Requirement

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
LICENSES = ("LICENSE-MIT", "LICENSE-APACHE")


def test_the_license_texts_are_at_the_root() -> None:
    mit = (ROOT / "LICENSE-MIT").read_text(encoding="utf-8")
    apache = (ROOT / "LICENSE-APACHE").read_text(encoding="utf-8")
    assert "Permission is hereby granted, free of charge" in mit
    assert "Apache License" in apache and "Version 2.0, January 2004" in apache
    assert "END OF TERMS AND CONDITIONS" in apache


def test_pyproject_and_cargo_name_the_licenses() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT OR Apache-2.0"
    assert sorted(project["license-files"]) == sorted(LICENSES)
    workspace = tomllib.loads((ROOT / "Cargo.toml").read_text(encoding="utf-8"))
    assert workspace["workspace"]["package"]["license"] == "MIT OR Apache-2.0"
    for crate in ("gongwen", "gongwen-read", "gongwen-cli"):
        manifest = tomllib.loads((ROOT / "crates" / crate / "Cargo.toml").read_text(encoding="utf-8"))
        include = manifest["package"].get("include")
        assert include is None or all(name in include for name in LICENSES), f"{crate}: `include` ships the licenses"
        for name in LICENSES:
            copy = ROOT / "crates" / crate / name
            assert copy.read_bytes() == (ROOT / name).read_bytes(), f"{crate}/{name} is the root's text"


def test_the_installed_package_carries_the_licenses() -> None:
    dist = importlib.metadata.distribution("gongwen")
    assert dist.metadata["License-Expression"] == "MIT OR Apache-2.0"
    assert sorted(dist.metadata.get_all("License-File") or []) == sorted(LICENSES)
    shipped = {Path(str(f)).name: f for f in dist.files or [] if Path(str(f)).name in LICENSES}
    assert sorted(shipped) == sorted(LICENSES), "the wheel holds the license texts"
    for name, f in shipped.items():
        assert Path(str(f.locate())).read_bytes() == (ROOT / name).read_bytes()


def test_the_spark_extra_keeps_pandas_below_3() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    pandas = [Requirement(r) for r in extras["spark"] if Requirement(r).name == "pandas"]
    assert pandas, "the spark extra names pandas"
    assert not pandas[0].specifier.contains("3.0.0"), "pyspark warns about pandas >= 3"


def test_pyspark_accepts_the_installed_pandas_without_a_warning() -> None:
    if importlib.util.find_spec("pyspark") is None:
        if os.environ.get("GONGWEN_REQUIRE_SCALE") == "1":
            pytest.fail("pyspark is not installed, and GONGWEN_REQUIRE_SCALE=1")
        pytest.skip("pyspark is not installed")
    from pyspark.sql.pandas.utils import require_minimum_pandas_version

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        require_minimum_pandas_version()
