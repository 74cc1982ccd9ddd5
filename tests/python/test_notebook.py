"""The example notebook (``examples/research.ipynb``) runs top to bottom.

It is executed cell by cell with nbclient in a kernel of this interpreter (a kernel spec
written to a temporary Jupyter path, so nothing is installed for the user), on the small
samples of ``tests/data`` by default; ``GONGWEN_NOTEBOOK_CORPUS`` points it at another
corpus (``../shared/corpus`` for the full run). The test checks that no cell fails, that the
two plots were drawn (two PNG images in the outputs, and the figure objects in the
kernel), and that the tables it builds agree with the package.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, List

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "research.ipynb"
CELL_TIMEOUT = 600  # seconds per cell: a guard against a hung kernel, not a speed test


def _need(module: str) -> Any:
    if os.environ.get("GONGWEN_REQUIRE_SCALE"):
        return __import__(module)
    return pytest.importorskip(module)


def _kernel_spec(folder: Path) -> str:
    """Writes a kernel spec that runs this interpreter; returns its name."""
    name = "gongwen-test"
    spec = folder / "kernels" / name
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": name, "language": "python"}))
    return name


def _outputs(nb: Any, kind: str) -> List[Any]:
    return [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs if kind in o.get("data", {})]


def test_the_committed_notebook_has_no_outputs() -> None:
    nbformat = _need("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, "clear the outputs before committing"


def test_the_notebook_runs_top_to_bottom(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = _need("nbformat")
    nbclient = _need("nbclient")
    _need("ipykernel")
    _need("matplotlib")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    monkeypatch.setenv("GONGWEN_CORPUS", os.environ.get("GONGWEN_NOTEBOOK_CORPUS", str(ROOT / "tests" / "data")))
    kernel = _kernel_spec(tmp_path)

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, kernel_name=kernel, timeout=CELL_TIMEOUT, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)  # raises CellExecutionError, naming the cell
        # The figures exist in the kernel, with what the notebook drew on them.
        checks = (
            "import json; print(json.dumps({"
            "'units': [len(a.patches) for a in fig_units.axes],"
            "'depth': len(fig_depth.axes[0].get_yticklabels()),"
            "'docs': len(docs), 'documents': len(documents), 'ids': documents['doc'].tolist() == ids,"
            "'doc_columns': set(outline['doc']) <= set(ids) and set(quantities['doc']) <= set(ids),"
            "'outline': len(outline) == sum(len(d.outline) for d in docs),"
            "'targets': len(targets) == sum(q.kind == 'quantity' for d in docs for q in d.quantities),"
            "}))"
        )
        probe = nbformat.v4.new_code_cell(checks)
        nb.cells.append(probe)
        client.execute_cell(probe, len(nb.cells) - 1)
    stream = "".join(o.get("text", "") for o in probe.outputs if o.output_type == "stream")
    facts = json.loads(stream)
    assert facts["docs"] > 0 and facts["documents"] == facts["docs"], facts
    assert facts["ids"], "the documents table follows the corpus ids, in order"
    assert facts["doc_columns"], "the outline and figure rows name their documents by id"
    assert facts["outline"] and facts["targets"], facts
    assert all(bars > 0 for bars in facts["units"]), f"both panels of the units plot have bars: {facts}"
    assert facts["depth"] > 0, "the depth plot has a row per type"
    images = _outputs(nb, "image/png")
    assert len(images) >= 2, f"two plots in the outputs, got {len(images)}"
