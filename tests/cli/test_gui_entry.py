"""``plenum-gui``: the gui-script Windows starts with pythonw, where there is no stdout or stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.cli import main_gui


def test_without_console_streams_a_bad_event_exits_1_instead_of_raising(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main_gui([str(tmp_path / "missing.yaml")]) == 1
    assert sys.stderr is not None and sys.stdout is not None
    sys.stderr.close()
    sys.stdout.close()

