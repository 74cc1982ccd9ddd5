#!/usr/bin/env bash
# Builds the Python package and runs the Python suite (tests/python, which includes the
# shared conformance cases of tests/cases).
#
# Needs only python3 (>= 3.9, with venv and pip), cargo, Java 17+ (for the local Spark
# test) and network access to PyPI: the package is installed the way users install it,
# `pip install ".[test,dask,spark]"` (maturin is the build backend, fetched by pip), into a
# virtual environment ($GONGWEN_VENV, default .venv, created when missing). The `gongwen`
# CLI is built too, so that the tests can check that `python -m gongwen` prints the same
# rows (set GONGWEN_CLI to use another binary).
# Extra arguments go to pytest. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${GONGWEN_VENV:-.venv}"
python="${PYTHON:-python3}"

if [ ! -x "$venv/bin/python" ]; then
  echo "== creating $venv"
  "$python" -m venv "$venv"
fi
py="$(cd "$venv" && pwd)/bin/python"
"$py" -m pip install --quiet --upgrade pip

echo "== pip install .[test,dask,spark] (builds the extension in release mode)"
# A local directory is always rebuilt and reinstalled, whatever the installed version.
# The dask and spark extras let tests/python/test_dask.py and test_spark.py run for real
# (a LocalCluster with 2 worker processes, a local[2] SparkSession: Java 17+ needed);
# GONGWEN_REQUIRE_SCALE=1 turns a missing dask or pyspark into a failure, not a skip.
"$py" -m pip install --quiet ".[test,dask,spark]"
export GONGWEN_REQUIRE_SCALE="${GONGWEN_REQUIRE_SCALE-1}"
export PYSPARK_PYTHON="$py"

if [ -z "${GONGWEN_CLI:-}" ]; then
  echo "== cargo build --release -p gongwen-cli (for the python -m gongwen comparison)"
  cargo build --release --quiet -p gongwen-cli
  target_dir="$(cargo metadata --format-version 1 --no-deps | "$py" -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
  export GONGWEN_CLI="$target_dir/release/gongwen"
fi

echo "== mypy.stubtest (the hand-written stubs match the module)"
"$py" -m mypy.stubtest gongwen --mypy-config-file pyproject.toml

echo "== pytest"
# Run from tests/ so that `import gongwen` is the installed package, not python/gongwen.
cd tests
exec "$py" -m pytest -c ../pyproject.toml --rootdir .. -p no:cacheprovider "$@" python
