"""The layering rules, checked by import-linter against the contracts in pyproject.toml.

The core (event, timing, session, report, presenting) imports no Qt, so it runs
and tests headless; rendering sits below the windows; the windows do not import
the command line. The linter reads every import, including those inside
functions, which the one-subprocess-per-module check it replaced could not see
(it missed ``app.ui.session.notes_transfer`` importing ``app.cli.export_notes``).
What a linter cannot see, that the presenter's first frame comes before
reportlab and the session are loaded, is guarded in tests/ui/test_performance_guards.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
_LINT = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True))"


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(root))
    return subprocess.run([sys.executable, "-c", _LINT], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_every_layer_contract_is_kept() -> None:
    done = _lint_imports(PROJECT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _lint_with_module(tmp_path: Path, module: str, source: str) -> subprocess.CompletedProcess[str]:
    """lint-imports on a copy of the app with one module added (``app/...py``)."""
    shutil.copytree(PROJECT / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(PROJECT / "pyproject.toml", tmp_path)
    (tmp_path / module).write_text(source, encoding="utf-8")
    return _lint_imports(tmp_path)


@pytest.mark.slow  # copies the app and lints it in a fresh interpreter
def test_a_window_importing_the_command_line_breaks_a_contract(tmp_path: Path) -> None:
    done = _lint_with_module(tmp_path, "app/ui/reaches_into_cli.py",
                             "def export() -> None:\n    from app.cli.export_notes import run\n")
    assert done.returncode != 0
    assert "The windows do not import the command line BROKEN" in done.stdout
    assert "app.ui.reaches_into_cli -> app.cli.export_notes" in done.stdout


@pytest.mark.slow  # copies the app and lints it in a fresh interpreter
def test_the_core_importing_qt_breaks_a_contract(tmp_path: Path) -> None:
    done = _lint_with_module(tmp_path, "app/timing/painted.py", "from PySide6.QtGui import QColor\n")
    assert done.returncode != 0
    assert "app.timing is not allowed to import PySide6" in done.stdout
