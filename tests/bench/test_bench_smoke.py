"""``python -m bench --quick --json`` runs, and reports every figure whose feature exists."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.cli import BENCHMARKS
from bench.context import ROOT, Run

# Absences that are not a fault of the harness in a quick run on CI.
ALLOWED_ABSENCE = ("only with --long", "LibreOffice not installed")


@pytest.mark.slow
def test_quick_run_writes_every_built_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["mode"] == "quick"
    assert "Machine:" in result.stdout and document["machine"]["cores"]
    for name in BENCHMARKS:
        module = importlib.import_module(f"bench.{name}")
        if module.missing(Run(quick=True)) is not None:
            continue
        for key in module.FIGURES:
            if key in document:
                figure = document[key]
                assert figure["runs"] >= 1 and figure["value"] >= 0, key
                assert key in result.stdout
            else:
                assert document["absent"].get(key) in ALLOWED_ABSENCE, (key, document["absent"].get(key))
