"""Notes files from the UI: import (off the UI thread) with a conflicts panel, export one group.

An import may read many files and commits once; it runs through
``app.ui.jobs`` so the console stays live. Conflicts (a task whose text
differed) are listed in a non-modal panel: nothing was overwritten, both
versions are in the history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.event.model import Event
from app.ui.jobs import Job, run_job
from app.ui.session.style import DIALOG_STYLE

if TYPE_CHECKING:
    from app.session import ImportResult, SessionStore


class ImportPanel(QDialog):
    """What an import did: counts, and every conflict; errors as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import notes"))
        self.setModal(False)
        self.setStyleSheet(DIALOG_STYLE)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.conflicts = QListWidget(self)
        self.conflicts.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(640, 360)

    def show_running(self, files: list[Path]) -> None:
        self.summary.setText(self.tr("Importing %n file(s)…", "", len(files)))
        self.conflicts.clear()
        self.conflicts.hide()
        self.show()

    def show_result(self, result: ImportResult) -> None:
        lines = [
            self.tr("Imported %n file(s).", "", len(result.files)),
            self.tr("%n summary(ies) saved, %1 already identical.", "", len(result.saved))
            .replace("%1", str(result.unchanged)),
        ]
        if result.added_groups:
            lines.append(self.tr("New groups: %1").replace("%1", ", ".join(result.added_groups)))
        if result.conflicts:
            lines.append(self.tr(
                "%n conflict(s): the session had different text. Nothing was overwritten; the "
                "imported text is now current and the earlier text is in the history.", "",
                len(result.conflicts)))
        self.summary.setText("\n".join(lines))
        self.conflicts.clear()
        for conflict in result.conflicts:
            self.conflicts.addItem(self.tr("%1: %2, task %3 (earlier text: version %4)")
                                   .replace("%1", conflict.file.name).replace("%2", conflict.group)
                                   .replace("%3", conflict.task_id)
                                   .replace("%4", str(conflict.previous.id)))
        self.conflicts.setVisible(bool(result.conflicts))
        self.show()

    def show_error(self, error: Exception) -> None:
        self.summary.setText(self.tr("Nothing was imported:") + "\n" + str(error))
        self.summary.setStyleSheet("color: #ff6b6b;")
        self.conflicts.hide()
        self.show()


def start_import(store: SessionStore, files: list[Path], event: Event, panel: ImportPanel,
                 done: Callable[[], None]) -> Job:
    """Import ``files`` on a worker; ``done()`` runs on the UI thread afterwards."""
    from app.session import import_notes

    panel.summary.setStyleSheet("")
    panel.show_running(files)

    def finished(result: ImportResult) -> None:
        panel.show_result(result)
        done()

    def failed(error: Exception) -> None:
        panel.show_error(error)
        done()

    return run_job(lambda _report: import_notes(store, files, event),
                   on_done=finished, on_error=failed)


def export_group_notes(store: SessionStore, group_id: int, event: Event, out: Path) -> None:
    """Write one group's notes file atomically; raises OSError with the path in the message."""
    from app.files import write_atomically
    from app.session import export_notes

    tasks = tuple(task.id for task in event.groupwork.tasks)
    write_atomically(out, export_notes(store, group_id, task_order=tasks).encode("utf-8"))
