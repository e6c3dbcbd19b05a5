"""``plenum-gui``: the gui-script Windows starts with pythonw, where there is no stdout or stderr."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.cli import main_gui
from app.ui import startup_problems


def _without_console(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """pythonw's streams (None), set in the test itself (pytest's capture resets them after
    fixtures); returns the texts the message box would have shown."""
    shown: list[str] = []
    monkeypatch.setattr(startup_problems, "show_startup_problems", shown.append)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    return shown


def test_a_bad_event_is_explained_in_a_message_box(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _without_console(monkeypatch)
    missing = tmp_path / "missing.yaml"
    assert main_gui([str(missing)]) == 1
    assert len(shown) == 1 and f"{missing}:1:1: error: file not found" in shown[0]
    sys.stdout.close()  # the null device main_gui opened for pythonw's missing stdout


def test_a_bad_option_is_explained_too(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _without_console(monkeypatch)
    assert main_gui(["--no-such-option"]) == 2
    assert "--no-such-option" in shown[0]
    sys.stdout.close()


def test_the_box_shows_the_text_as_plain_text(qapp: QApplication) -> None:
    box = startup_problems.startup_problems_box("x.yaml:3:5: error: <b>not bold</b>\n")
    assert box.text() == "x.yaml:3:5: error: <b>not bold</b>"
    assert box.textFormat() == Qt.TextFormat.PlainText
    box.deleteLater()
