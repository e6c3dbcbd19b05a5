"""The file choosers the session menus use, behind one small class tests replace.

Each returns the chosen path, or None when the user cancels. Tests pass an
object with the same methods that returns prepared paths, so no native
dialog ever opens in CI.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget


class FileDialogs(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def open_session(self, start: Path) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Open session"), str(start), self.tr("Plenum sessions (*.plenum)"))
        return Path(name) if name else None

    def import_notes(self, start: Path) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Import notes"), str(start), self.tr("Notes files (*.yaml *.yml)"))
        return [Path(name) for name in names]

    def save_notes(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export notes for group"), str(suggested), self.tr("Notes files (*.yaml)"))
        return Path(name) if name else None

    def save_report(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export report (PDF)"), str(suggested), self.tr("PDF (*.pdf)"))
        return Path(name) if name else None

    def save_handout(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Print handout"), str(suggested), self.tr("PDF (*.pdf)"))
        return Path(name) if name else None

    def choose_group(self, names: list[str], current: int) -> int | None:
        """Which group to export (the selected one offered first); None if cancelled."""
        if not names:
            return None
        name, ok = QInputDialog.getItem(
            self._parent, self.tr("Export notes for group"), self.tr("Group"), names, max(0, current), False)
        return names.index(name) if ok and name in names else None
