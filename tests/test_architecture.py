"""The layering rule: the core never imports Qt, so it runs and tests headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CORE = ["app.event", "app.timing", "app.session", "app.report", "app.presenting"]
# Single modules the core packages share (they may import only each other and the stdlib).
SHARED_CORE_MODULES = ["app.observers", "app.paths", "app.lazy_names"]
APP = Path(__file__).resolve().parent.parent / "app"


def _core_modules() -> list[str]:
    modules = []
    for package in CORE:
        folder = APP / package.split(".")[1]
        for file in sorted(folder.rglob("*.py")) if folder.exists() else []:
            rel = file.relative_to(APP.parent).with_suffix("")
            modules.append(".".join(rel.parts).removesuffix(".__init__"))
    return [*modules, *SHARED_CORE_MODULES]


@pytest.mark.parametrize("module", _core_modules())
def test_core_module_imports_no_qt(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_core_source_mentions_no_qt() -> None:
    offenders = [
        str(f)
        for package in CORE
        for f in (APP / package.split(".")[1]).rglob("*.py")
        if "PySide6" in f.read_text(encoding="utf-8")
    ]
    assert offenders == []
