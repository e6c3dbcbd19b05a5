"""The file choosers the session menus use, behind one small class tests replace.

Each returns the chosen path, or None when the user cancels. Tests pass an
object with the same methods that returns prepared paths, so no native
dialog ever opens in CI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


class FileDialogs:
    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def open_session(self, start: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, _tr("Open session"), str(start), _tr("Plenum sessions (*.plenum)"))
        return Path(name) if name else None

    def import_notes(self, start: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self._parent, _tr("Import notes"), str(start), _tr("Notes files (*.yaml *.yml)"))
        return [Path(name) for name in names]

    def save_notes(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, _tr("Export notes for group"), str(suggested), _tr("Notes files (*.yaml)"))
        return Path(name) if name else None

    def save_report(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, _tr("Export report (PDF)"), str(suggested), _tr("PDF (*.pdf)"))
        return Path(name) if name else None

    def choose_group(self, names: list[str], current: int) -> int | None:
        """Which group to export (the selected one offered first); None if cancelled."""
        if not names:
            return None
        name, ok = QInputDialog.getItem(
            self._parent, _tr("Export notes for group"), _tr("Group"), names, max(0, current), False)
        return names.index(name) if ok and name in names else None
