"""Saved versions of the selected summary, thinned for reading, and restoring one.

The store keeps a version about every 0.75 s of typing, so an hour of notes
is thousands of rows. The list shows the latest, every import and restore,
and the last version of each minute before that: enough to go back to "what
it said at 14:20" without scrolling through every pause for breath.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.session import DEVICE_SOURCE
from app.ui.console.style import caption
from app.ui.notes.editor import word_count
from app.ui.plain_text import plain_tooltip

if TYPE_CHECKING:
    from app.session import SummaryVersion


def thin_history(versions: Sequence[SummaryVersion]) -> list[SummaryVersion]:
    """Newest first: the latest, every non-editor version, the last of each earlier minute."""
    kept: list[SummaryVersion] = []
    minutes: set[tuple[int, int, int, int, int]] = set()
    for number, version in enumerate(reversed(versions)):
        at = version.saved_at.astimezone()
        minute = (at.year, at.month, at.day, at.hour, at.minute)
        if number == 0 or version.source != "editor" or minute not in minutes:
            kept.append(version)
        minutes.add(minute)
    return kept


class HistoryPanel(QWidget):
    """``restore_requested(version_id)`` when the user asks for an earlier version."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = caption(self.tr("HISTORY"))
        self.list = QListWidget(self)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The column is narrow on a 1024 px laptop: lines wrap rather than scroll sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.list.currentRowChanged.connect(self._selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.restore_button)
        self._read_only = False

    def set_versions(self, versions: Sequence[SummaryVersion], *, read_only: bool) -> None:
        self._read_only = read_only
        self.list.clear()
        for number, version in enumerate(thin_history(versions)):
            item = QListWidgetItem(self._describe(version, latest=number == 0))
            item.setData(Qt.ItemDataRole.UserRole, version.id)
            item.setToolTip(plain_tooltip(version.text[:400]))
            self.list.addItem(item)
        self._selection_changed(self.list.currentRow())

    def _describe(self, version: SummaryVersion, *, latest: bool) -> str:
        at = version.saved_at.astimezone().strftime("%H:%M:%S")
        words = self.tr("%n word(s)", "", word_count(version.text))
        marks: list[str] = []
        if version.source.startswith("import:"):
            marks.append(self.tr("imported"))
        elif version.source.startswith("restore:"):
            marks.append(self.tr("restored"))
        elif version.source == DEVICE_SOURCE:
            marks.append(self.tr("from a device"))
        if latest:
            marks.append(self.tr("current"))
        # Where it came from on a line of its own: the time and words line stays short.
        return "\n".join([f"{at}  ·  {words}", "  ·  ".join(marks)] if marks else [f"{at}  ·  {words}"])

    def _selection_changed(self, row: int) -> None:
        self.restore_button.setEnabled(not self._read_only and row > 0)

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.list.currentRow() > 0:
            self.restore_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
