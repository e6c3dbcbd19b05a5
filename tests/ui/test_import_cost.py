"""The start-up trick in app/ui/import_cost.py replaces a private PySide6 hook.

It only works while PySide6 keeps that hook where it is; these tests fail when
an upgrade moves it, instead of the ~25 ms of start-up quietly coming back.
Each runs in a fresh interpreter, since the hook acts on modules imported
after PySide6.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

_CHILD = """
import linecache, sys
sys.path.insert(0, {folder!r})
import PySide6.QtCore
if {skip}:
    from app.ui.import_cost import skip_source_scan
    print("FOUND", skip_source_scan())
import freshly_imported
print("SCANNED", any(name.endswith("freshly_imported.py") for name in linecache.cache))
"""


def _run(tmp_path: Path, *, skip: bool) -> str:
    (tmp_path / "freshly_imported.py").write_text("VALUE = 1\n", encoding="utf-8")
    code = _CHILD.format(folder=str(tmp_path), skip=skip)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_pyside_reads_the_source_of_modules_imported_after_it(tmp_path: Path) -> None:
    # What the trick avoids: if this stops being true, the trick can go.
    assert "SCANNED True" in _run(tmp_path, skip=False)


def test_the_hook_is_found_and_the_source_is_no_longer_read(tmp_path: Path) -> None:
    out = _run(tmp_path, skip=True)
    assert "FOUND True" in out
    assert "SCANNED False" in out


def test_called_before_pyside_is_imported_it_returns_false_and_imports_nothing() -> None:
    code = """
import sys
from app.ui.import_cost import skip_source_scan
assert "PySide6" not in sys.modules, "the module itself imported PySide6"
print("EARLY", skip_source_scan(), "PySide6" in sys.modules)
import PySide6.QtCore
print("AFTER", skip_source_scan())
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "EARLY False False" in done.stdout
    assert "AFTER True" in done.stdout
